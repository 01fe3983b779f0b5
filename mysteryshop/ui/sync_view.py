"""Syncing a laptop with its team server in the app (store/sync.py does the work): the Sync
button and its state at the end of the menu bar (last synced, what waits to be sent, conflicts, in
words), the sync run in a worker with its progress, and the dialog where a conflict is
resolved, the two versions side by side, field by field.

The team URL is in the settings without its password; the password is in the system keyring
(mysteryshop/credentials.py). Nothing here decides what is synced or who wins: sync.py does."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenuBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mysteryshop import workflow
from mysteryshop.changes import Changes
from mysteryshop.store.db import Database, StoreError, redacted_url
from mysteryshop.ui import display, tasks, theme
from mysteryshop.ui.answers import answer_text
from mysteryshop.ui.ops import announce
from mysteryshop.ui.workspace import Workspace

SHORTCUT = "Ctrl+Shift+S"
translate = QCoreApplication.translate  # a short name pyside6-lupdate still recognises


def relative_time(moment: datetime, now: datetime | None = None) -> str:
    """When, as people say it: "just now", "12 min ago", "3 h ago", "2 days ago", then the
    date. Naive moments are UTC (the store's)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    minutes = int((now - moment).total_seconds() // 60)
    if minutes < 1:
        return translate("SyncPanel", "just now")
    if minutes < 60:
        return translate("SyncPanel", "%n min ago", "", minutes)
    if minutes < 24 * 60:
        return translate("SyncPanel", "%n h ago", "", minutes // 60)
    if minutes < 7 * 24 * 60:
        return translate("SyncPanel", "%n day(s) ago", "", minutes // (24 * 60))
    return display.date_time_text(moment)


def open_server(url: str) -> Database:
    """The team server of a saved URL, with its password from the keyring; not migrated
    (a laptop never changes the server's schema)."""
    from mysteryshop import credentials
    from mysteryshop.store.opening import open_database

    return open_database(credentials.with_password(url), migrate=False)


class SyncPanel(QWidget):
    """The Sync button and a line of its state, for the end of the menu bar. A click (or
    Ctrl+Shift+S through the window's menu) syncs in a worker; the window stays usable."""

    settings_requested = Signal()  # sync is not set up: the Team settings are wanted
    conflicts_requested = Signal()
    synced = Signal(object)  # a sync.SyncResult

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.task: tasks.Task | None = None
        # The last sync's trouble: a short word in the state, the whole line in the status
        # bar and the state's tooltip.
        self.problem = ""
        self.detail = ""
        self.last_progress: tuple[int, int] | None = None  # (done, total) of the sync under way
        # The stored state is read in a worker (its count of what waits to be sent took
        # 0.12 s at 100,000 encounters, measured), once per burst of changes.
        self.status: Any = None  # the last sync.SyncStatus read
        self.status_task: tasks.Task | None = None
        self._status_stale = False
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(300)
        self.debounce.timeout.connect(self.refresh)
        self.button = QToolButton()
        self.button.setText(self.tr("⟳ Sync"))
        self.button.setToolTip(
            self.tr("Sync with the team server ({key})").format(
                key=QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.button.setAccessibleName(self.tr("Sync with the team server"))
        self.button.clicked.connect(self.start)
        self.state = QLabel()
        self.state.setObjectName("sync_state")
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.state.linkActivated.connect(self.on_link)
        self.state.setAccessibleName(self.tr("Sync state"))
        # The state gives way in a narrow window (900 px at 150 %) rather than widening it;
        # its tooltip and the button stay.
        self.state.setMinimumWidth(1)  # (its whole text is still its preferred width)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        layout.addWidget(self.state)
        layout.addWidget(self.button)
        workspace.changed.connect(self.on_changed)
        self.refresh()

    @Slot(object, object)
    def on_changed(self, _changes: object, _initiator: object) -> None:
        self.debounce.start()  # a submit, a discard: what waits to be sent

    @property
    def running(self) -> bool:
        return self.task is not None

    def set_state(self, text: str) -> None:
        """Show `text` as the state, and have the menu bar make room for it (it places its
        corner widget only when resized)."""
        self.state.setText(text)
        bar = self.parentWidget()
        if isinstance(bar, QMenuBar):
            QCoreApplication.sendEvent(bar, QResizeEvent(bar.size(), bar.size()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The menu bar resized: the state may take half of it, the menus keep the rest (a
        state cut short has its whole text in the tooltip)."""
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            room = watched.width() // 2 - self.button.sizeHint().width()
            self.state.setMaximumWidth(max(room, 1))
        return False

    @property
    def settled(self) -> bool:
        """No sync, no read of the state under way or due: the state shown is the stored one."""
        return self.task is None and self.status_task is None and not self.debounce.isActive()

    @Slot()
    def refresh(self) -> None:
        """Read the stored state (set up or not, last synced, pending, conflicts) in a
        worker, then show it."""
        if self.running:
            return
        if not self.workspace.settings.team_url:
            self.set_state(self.tr('Sync is not set up. <a href="settings">Set up…</a>'))
            self.state.setToolTip("")
            return
        if self.status is not None:
            self._show(self.status)  # at once (a problem just met), then as stored now
        if self.status_task is not None:
            self._status_stale = True  # read again once this read is in
            return
        from mysteryshop.store import sync

        local = self.workspace.db
        self.status_task = tasks.start(
            lambda _progress: sync.status(local),
            done=self._status_read,
            failed=self._status_failed,
            parent=self,
        )

    @Slot(object)
    def _status_read(self, status: Any) -> None:
        self.status_task = None
        self.status = status
        if not self.running:
            self._show(status)
        if self._status_stale:
            self._status_stale = False
            self.refresh()

    @Slot(object)
    def _status_failed(self, error: Exception) -> None:
        self.status_task = None
        if not isinstance(error, StoreError):
            raise error  # (a busy database: the state shown stays until the next change)

    def _show(self, status: Any) -> None:
        url = self.workspace.settings.team_url
        parts = [
            self.tr("Last synced {when}").format(when=relative_time(status.last_synced_at))
            if status.last_synced_at
            else self.tr("Never synced")
        ]
        parts.append(self.tr("%n to send", "", status.pending))
        if status.conflicts:
            parts.append(
                '⚠ <a href="conflicts">'
                + self.tr("%n conflict(s) to resolve", "", status.conflicts)
                + "</a>"
            )
        if self.problem:
            parts.insert(0, "⚠ " + html.escape(self.problem))
        self.set_state(" · ".join(parts))
        where = self.tr("Team server: {server}").format(server=status.server or redacted_url(url))
        self.state.setToolTip(f"{self.detail}\n{where}" if self.detail else where)

    @Slot(str)
    def on_link(self, link: str) -> None:
        if link == "settings":
            self.settings_requested.emit()
        elif link == "conflicts":
            self.conflicts_requested.emit()

    @Slot()
    def start(self) -> tasks.Task | None:
        """Sync in a worker; the state line shows its progress, then its result."""
        if self.running:
            return self.task
        settings = self.workspace.settings
        url = settings.team_url
        if not url:
            self.settings_requested.emit()
            return None
        alias = settings.observer_alias
        if not alias:
            self._problem(
                self.tr("Not synced"),
                self.tr("Not synced: set your observer alias in Settings first."),
            )
            return None
        local = self.workspace.db
        from mysteryshop.store import sync

        def work(progress: Any) -> Any:
            server = open_server(url)
            try:
                return sync.sync(local, server, alias=alias, progress=progress)
            finally:
                server.close()

        self.problem = self.detail = ""
        self.last_progress = None
        self.button.setEnabled(False)
        self.set_state(self.tr("Syncing…"))
        self.task = tasks.start(
            work, done=self.on_done, failed=self.on_failed, progress=self.on_progress, parent=self
        )
        return self.task

    @Slot(int, int)
    def on_progress(self, done: int, total: int) -> None:
        self.last_progress = (done, total)
        if total > 0:
            self.set_state(self.tr("Syncing… {done} of {total}").format(done=done, total=total))

    def _ended(self) -> None:
        self.task = None
        self.button.setEnabled(True)

    @Slot(object)
    def on_done(self, result: Any) -> None:
        self._ended()
        announce(self.workspace, Changes.everything(), None)  # pulled visits, forms, places…
        summary = (
            self.tr("Synced: %n sent", "", result.pushed)
            + ", "
            + self.tr("%n received", "", result.pulled)
        )
        if result.conflicts:
            summary += ", " + self.tr("%n conflict(s) to resolve", "", result.conflicts)
        if result.refused:
            self.problem = self.tr("%n refused by the server", "", len(result.refused))
            self.detail = self.tr("Refused by the server: {reason}").format(
                reason=result.refused[0]
            )
            summary += ", " + self.problem
        self._say(summary, 8000)
        self.refresh()
        self.synced.emit(result)

    @Slot(object)
    def on_failed(self, error: Exception) -> None:
        self._ended()
        if not isinstance(error, StoreError):
            raise error
        self._problem(
            self.tr("Not synced"),
            self.tr("Not synced: {reason} Your work is kept on this computer.").format(
                reason=_one_line(error)
            ),
        )

    def _problem(self, short: str, detail: str) -> None:
        """Why the sync did not happen: `short` in the state, `detail` (one line) in the
        status bar until the next message."""
        self.problem, self.detail = short, detail
        self._say(detail)
        self.refresh()

    def _say(self, text: str, timeout_ms: int = 0) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, timeout_ms)


def _one_line(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text if text.endswith((".", "!", "?")) else text + "."


class ConflictsDialog(QDialog):
    """The encounters changed both here and on the server since the last sync: the server's
    version stands, this computer's is kept until someone chooses. For the chosen one, both
    versions field by field, the differing fields marked in words; then keep one."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(980, 560)
        self.views: list[Any] = []
        intro = QLabel(
            self.tr(
                "These encounters changed on this computer and on the team server since the "
                "last sync. The server's version stands until you choose; nothing is lost."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.currentRowChanged.connect(self.show_conflict)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Both versions, field by field"))
        self.table.setHorizontalHeaderLabels(
            ["", self.tr("Field"), self.tr("On this computer"), self.tr("On the server")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 240)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.keep_server = QPushButton(self.tr("Keep the &server's version"))
        self.keep_server.clicked.connect(lambda: self.resolve("server"))
        self.keep_local = QPushButton(self.tr("Keep &mine"))
        self.keep_local.setToolTip(
            self.tr("Send this computer's version to the server at the next sync")
        )
        self.keep_local.clicked.connect(lambda: self.resolve("local"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {theme.MUTED.name()};")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        choice = QHBoxLayout()
        choice.addWidget(self.keep_server)
        choice.addWidget(self.keep_local)
        choice.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(choice)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([260, 720])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        from mysteryshop.store import queries, sync

        self.views = list(sync.conflicts(self.workspace.db))
        names = {place.id: place.name for place in queries.list_locations(self.workspace.db)}
        self.list.blockSignals(True)
        self.list.clear()
        for view in self.views:
            item = QListWidgetItem(self._title(view, names))
            item.setToolTip(view.encounter_id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        for button in (self.keep_server, self.keep_local):
            button.setEnabled(bool(self.views))  # (show_conflict says when mine cannot be)
        if self.views:
            self.list.setCurrentRow(0)
            self.show_conflict(0)
        else:
            self.table.setRowCount(0)
            self.status.setText(self.tr("No conflicts: everything is in step."))

    def _title(self, view: Any, names: dict[str, str]) -> str:
        """The visit as the log names it: when and where."""
        record = view.server
        where = names.get(record.location_id, record.location_id)
        return f"{display.date_time_text(record.visited_at)} · {where}"

    @Slot(int)
    def show_conflict(self, row: int) -> None:
        """Both versions of one encounter field by field: what differs first (marked in
        words), then what is the same, for context."""
        if not 0 <= row < len(self.views):
            return
        view = self.views[row]
        differing = {difference.key for difference in view.differences}
        rows = self._rows(view.local, view.server)
        rows.sort(key=lambda entry: entry[0] not in differing)  # stable: reading order kept
        self.table.setRowCount(len(rows))
        for index, (key, label, mine, theirs) in enumerate(rows):
            differs = key in differing
            cells = [self.tr("≠ differs") if differs else self.tr("same"), label, mine, theirs]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if differs:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                else:
                    item.setForeground(theme.MUTED)
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        text = self.tr(
            "%n field(s) differ. The server's version stands until you choose.",
            "",
            len(differing),
        )
        # Mine can be kept only where the server would take it (workflow.py's rule: an
        # approved visit never goes back to submitted): else say why, and offer only theirs.
        problems = workflow.transition_problems(
            view.server.status, view.local.status, by=view.local.reviewed_by
        )
        self.keep_local.setEnabled(not problems)
        if problems:
            text += " " + self.tr("Yours cannot be kept: {reason}").format(reason=problems[0])
        self.status.setText(text)

    def _rows(self, local: Any, server: Any) -> list[tuple[str, str, str, str]]:
        """(difference key, label, this computer's value, the server's value) in the order
        an encounter reads, every answer by its question's text."""
        from mysteryshop.store import queries

        lang = display.ui_language()
        try:
            form: Any = queries.get_form(self.workspace.db, server.form_id, server.form_version)
        except StoreError:
            form = None
        names = {
            location.id: location.name for location in queries.list_locations(self.workspace.db)
        }

        def when(moment: datetime | None) -> str:
            return display.date_time_text(moment) if moment else "—"

        def timer(data: Any) -> str:
            return (
                ", ".join(
                    f"{display.timer_event_name(event, data.channel)} {display.time_text(moment)}"
                    for event, moment in sorted(data.timer.items(), key=lambda item: item[1])
                )
                or "—"
            )

        def answer(data: Any, question_id: str) -> str:
            if question_id in data.na:
                return self.tr("N/A")
            if question_id not in data.answers:
                return "—"
            value = data.answers[question_id]
            question = form.question(question_id) if form is not None else None
            if question is None:
                return str(value)
            try:
                return answer_text(form, question, value, lang)
            except (TypeError, ValueError, KeyError):
                return str(value)

        fields: list[tuple[str, str, Any]] = [
            ("status", self.tr("Status"), lambda d: display.status_name(d.status)),
            ("location", self.tr("Location"), lambda d: names.get(d.location_id, d.location_id)),
            ("visited_at", self.tr("Visited"), lambda d: when(d.visited_at)),
            ("channel", self.tr("Channel"), lambda d: display.channel_label(d.channel)),
            ("staff", self.tr("Staff"), lambda d: d.staff or "—"),
            ("observer", self.tr("Observer"), lambda d: d.observer or "—"),
        ]
        question_ids = list(dict.fromkeys([*local.answers, *local.na, *server.answers, *server.na]))
        if form is not None:
            order = [question.id for question in form.questions()]
            question_ids.sort(key=lambda qid: order.index(qid) if qid in order else len(order))
        for question_id in question_ids:
            question = form.question(question_id) if form is not None else None
            label = form.tr(question.text, lang) if question is not None else question_id
            fields.append(
                (f"answers.{question_id}", label, lambda d, qid=question_id: answer(d, qid))
            )
        fields += [
            ("notes", self.tr("Notes"), lambda d: d.notes or "—"),
            ("tags", self.tr("Tags"), lambda d: ", ".join(map(display.tag_name, d.tags)) or "—"),
            ("timer", self.tr("Visit timer"), timer),
            ("reviewer_note", self.tr("Reviewer note"), lambda d: d.reviewer_note or "—"),
            ("return_reason", self.tr("Reason for return"), lambda d: d.return_reason or "—"),
            ("reviewed_by", self.tr("Reviewed by"), lambda d: d.reviewed_by or "—"),
            ("reviewed_at", self.tr("Reviewed"), lambda d: when(d.reviewed_at)),
            ("score", self.tr("Score"), lambda d: display.score_text(d.score)),
        ]
        return [(key, label, show(local), show(server)) for key, label, show in fields]

    def resolve(self, keep: Literal["server", "local"]) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.views):
            return
        from mysteryshop.store import sync

        encounter_id = self.views[row].encounter_id
        try:
            sync.resolve(self.workspace.db, None, encounter_id, keep)
        except StoreError as error:
            self.status.setText(self.tr("Not resolved: {reason}").format(reason=_one_line(error)))
            return
        announce(self.workspace, Changes.of_encounters(encounter_id), self)
        self.reload()
        self.status.setText(
            self.tr("Kept the server's version.")
            if keep == "server"
            else self.tr("Kept your version: it is sent at the next sync.")
        )
