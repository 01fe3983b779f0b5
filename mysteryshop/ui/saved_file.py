"""What a finished PDF or export shows: the file's name with "Open" and "Show in folder"
buttons, instead of a bare path (APP.md: the path was all a user got, and opening it failed
silently where no viewer is registered)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.ui import tasks, theme


def open_url(url: QUrl) -> bool:
    """Open a file or folder with the desktop's app for it; False when there is none.
    Tests replace this function: they must not start a viewer or a file manager."""
    return QDesktopServices.openUrl(url)


class SavedFile(QWidget):
    """'Saved: name' with Open and Show in folder; hidden until `show_file`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.label = QLabel()
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setAccessibleDescription(self.tr("Open the file with its usual app"))
        self.open_button.clicked.connect(self.on_open_clicked)
        self.folder_button = QPushButton(self.tr("Show in &folder"))
        self.folder_button.setAccessibleDescription(self.tr("Open the folder that holds the file"))
        self.folder_button.clicked.connect(self.on_folder_clicked)
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {theme.POOR.name()};")
        self.problem.setWordWrap(True)
        self.problem.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.open_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.hide()

    def show_file(self, path: str | Path) -> None:
        self.path = Path(path)
        self.label.setText(self.tr("Saved: {name}").format(name=self.path.name))
        self.label.setToolTip(str(self.path))
        self.problem.hide()
        self.show()

    def open_file(self) -> bool:
        """Open the file now (as after a report is created); says so when nothing could."""
        return self._open(self.path)

    @Slot()
    def on_open_clicked(self) -> None:
        self._open(self.path)

    @Slot()
    def on_folder_clicked(self) -> None:
        self._open(self.path.parent if self.path is not None else None)

    def _open(self, target: Path | None) -> bool:
        if target is None:
            return False
        opened = open_url(QUrl.fromLocalFile(str(target)))
        folder = target if target.is_dir() else target.parent
        self.problem.setText(
            self.tr("No app was found to open it; it is in {folder}").format(folder=folder)
        )
        self.problem.setVisible(not opened)
        return opened


class PdfJob(QObject):
    """A PDF written in a worker thread for a view (Reports, Moments, Calibration): while it
    runs the view's button is off and its progress bar busy; then the file is shown with Open
    and Show in folder (and opened, unless reports.OPEN_ENV is "1"), or the status line says
    why not. `created` and `failed` (the message shown) let the view add its own part."""

    created = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        button: QAbstractButton,
        status: QLabel,
        saved: SavedFile,
        progress: QProgressBar | None = None,
        *,
        can_start: Callable[[], bool] = lambda: True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.button = button
        self.status = status
        self.saved = saved
        self.progress = progress
        self.can_start = can_start  # whether the button is on again afterwards
        self.task: tasks.Task | None = None

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, work: Callable[[Callable[[int, int], None]], str]) -> None:
        """Run `work` (in a worker thread: no widgets there), which writes the PDF and
        returns its path."""
        self.button.setEnabled(False)
        if self.progress is not None:
            self.progress.setRange(0, 0)
            self.progress.show()
        self.show_status(self.tr("Creating the report…"))
        self.saved.hide()
        self.task = tasks.start(
            work,
            done=self.on_done,
            failed=self.on_failed,
            progress=self.on_progress if self.progress is not None else None,
            parent=self,
        )

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(f"color: {theme.POOR.name()};" if error else "")
        self.status.setText(text)

    @Slot(int, int)
    def on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _finish(self) -> None:
        self.task = None
        if self.progress is not None:
            self.progress.hide()
        self.button.setEnabled(self.can_start())

    @Slot(object)
    def on_done(self, path: str) -> None:
        from mysteryshop import reports  # the report modules: not before a report is made

        self._finish()
        self.show_status("")
        self.saved.show_file(path)
        if os.environ.get(reports.OPEN_ENV) != "1":
            self.saved.open_file()
        self.created.emit(path)

    @Slot(object)
    def on_failed(self, error: Exception) -> None:
        self._finish()
        problems = getattr(error, "problems", None)
        reason = problems[0] if problems else (str(error).splitlines() or [repr(error)])[0]
        message = self.tr("Could not create the report: {reason}").format(reason=reason)
        self.show_status(message, error=True)
        self.failed.emit(message)
