"""The team server went away: a banner across the window says so, the app goes on (the editor
keeps every keystroke in a file beside the data, store.drafts), and when the server answers
again the banner goes and the kept work of the open encounter is saved.

The store tells of every lost or refused connection, from whichever view or worker met it
(store.db.on_connection_lost); while the banner shows, the server is asked every few seconds
in a worker thread (store.db.reachable), so nothing waits on it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from mysteryshop.changes import Changes
from mysteryshop.store.db import on_connection_lost, reachable
from mysteryshop.ui import ops, tasks
from mysteryshop.ui.editor_banner import Banner
from mysteryshop.ui.editor_style import editor_style_sheet
from mysteryshop.ui.workspace import Workspace

PROBE_MS = 3000  # how often a server that went away is asked whether it is back


class ConnectionWatch(QObject):
    """Watches the connection of a server database (none for a SQLite file) and shows
    `banner` at the top of `window` while it is gone. When the server is back `save_kept` is
    called (the editor saves what it kept) and every view reads again."""

    lost = Signal()  # emitted from any thread; handled on the UI thread
    back = Signal()

    def __init__(
        self, window: QMainWindow, workspace: Workspace, save_kept: Callable[[], object]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.db = workspace.db
        self.save_kept = save_kept
        self.offline = False
        self._probing = False
        self.banner = Banner("warning")
        self.banner.setObjectName("connectionBanner")
        self.banner.setStyleSheet(editor_style_sheet())
        self._timer = QTimer(self, interval=PROBE_MS)
        self._timer.timeout.connect(self.probe)
        self._place_banner()
        self.lost.connect(self.on_lost)
        on_connection_lost(self.db, self.lost.emit)

    def _place_banner(self) -> None:
        """Above everything in the window (the navigation and the pages)."""
        inner = self.window.takeCentralWidget()
        outer = QWidget()
        layout = QVBoxLayout(outer)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        if inner is not None:
            layout.addWidget(inner, 1)
        self.window.setCentralWidget(outer)

    @Slot()
    def on_lost(self) -> None:
        if self.offline:
            return
        self.offline = True
        self.workspace.server_gone = True
        self.banner.show_message(
            self.tr("The team server is not answering"),
            self.tr(
                "You can go on: your work is kept on this computer and saved when the "
                "server is back."
            ),
        )
        self._timer.start()

    @Slot()
    def probe(self) -> None:
        """Ask the server, in a worker thread, whether it answers again."""
        if self._probing:
            return
        self._probing = True
        tasks.start(lambda _progress: reachable(self.db), done=self.on_probed)

    @Slot(object)
    def on_probed(self, answering: object) -> None:
        self._probing = False
        if not (answering and self.offline):
            return
        self.offline = False
        self.workspace.server_gone = False
        self._timer.stop()
        self.banner.setVisible(False)
        self.save_kept()
        ops.announce(self.workspace, Changes.everything())  # views read what they missed
        self.back.emit()
