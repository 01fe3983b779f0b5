"""Discarding, deleting and restoring encounters in the app (store/trash.py): the confirmation
before a draft goes to the trash, the reason a deletion asks for, the Trash dialog (restore,
empty now) and the purge of what has been in the trash workflow.TRASH_DAYS days, run at start.

Which encounter is discarded and which deleted is workflow.py's rule; the store enforces it,
these widgets only ask."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mysteryshop import workflow
from mysteryshop.changes import Changes
from mysteryshop.store import trash
from mysteryshop.store.db import StoreError
from mysteryshop.store.privacy import ErasureResult
from mysteryshop.ui import display, privacy_dialogs
from mysteryshop.ui.ops import Op, announce
from mysteryshop.ui.workspace import Workspace

# Call sites use translate("TrashView", "…"): pyside6-lupdate sees those.
translate = QCoreApplication.translate


def _ask_yes(box: QMessageBox) -> bool:
    return box.exec() == QMessageBox.StandardButton.Yes


# Replaced in tests: shows the box, returns whether the user said yes.
ask: Callable[[QMessageBox], bool] = _ask_yes


class ReasonDialog(QDialog):
    """Asks why an encounter is deleted: Delete is offered only once a reason is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete encounter"))
        text = QLabel(
            self.tr(
                "The encounter goes to the trash, where it can be restored for {days} days; "
                "then it is deleted for good. The reason is kept for the audit, with who "
                "deleted it and when."
            ).format(days=workflow.TRASH_DAYS)
        )
        text.setWordWrap(True)
        label = QLabel(self.tr("&Reason:"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. recorded twice, test visit, wrong store"))
        self.reason.setAccessibleName(self.tr("Reason"))
        label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.delete_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setEnabled(False)
        self.reason.textChanged.connect(
            lambda typed: self.delete_button.setEnabled(bool(typed.strip()))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        if self.reason.text().strip():
            super().accept()


def _ask_reason(dialog: ReasonDialog) -> str | None:
    return dialog.reason.text().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None


# Replaced in tests: shows the dialog, returns the reason (None: cancelled).
ask_reason: Callable[[ReasonDialog], str | None] = _ask_reason


def discard_box(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("TrashView", "Discard draft"),
        translate("TrashView", "Discard this draft?"),
        parent=parent,
    )
    box.setInformativeText(
        translate(
            "TrashView",
            "It goes to the trash, where you can restore it for {days} days (File ▸ Trash…); "
            "then it is deleted for good.",
        ).format(days=workflow.TRASH_DAYS)
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("TrashView", "Discard"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


def discard_unsaved_box(parent: QWidget | None) -> QMessageBox:
    """Discarding work that never reached the database: it cannot go to the trash."""
    box = discard_box(parent)
    box.setInformativeText(
        translate(
            "TrashView",
            "It was never saved to the database (no location was chosen), so it cannot go "
            "to the trash: it is deleted for good.",
        )
    )
    return box


def _tell(box: QMessageBox) -> None:
    box.open()


# Replaced in tests: shows why a step was refused.
tell: Callable[[QMessageBox], None] = _tell


def remove_label(status: str) -> str:
    """The menu's and button's word for sending an encounter in `status` to the trash."""
    if workflow.trash_action(status) == "discard":
        return translate("TrashView", "Discard draft…")
    return translate("TrashView", "Delete…")


def remove_encounter(
    parent: QWidget | None, workspace: Workspace, encounter_id: str, status: str
) -> bool:
    """Ask (a draft: whether to discard it; anything else: why it is deleted), then put the
    encounter in the trash. Returns whether it went; a refusal is shown, nothing changes."""
    action = workflow.trash_action(status)
    reason = ""
    if action == "discard":
        if not ask(discard_box(parent)):
            return False
    else:
        given = ask_reason(ReasonDialog(parent))
        if given is None:
            return False
        reason = given
    alias = workspace.settings.observer_alias or None
    try:
        if action == "discard":
            trash.discard(workspace.db, encounter_id, alias)
        else:
            trash.delete(workspace.db, encounter_id, alias or workflow.REVIEWER_ROLE, reason)
    except StoreError as error:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("TrashView", "Not moved to the trash"),
            str(error),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        tell(box)
        return False
    announce(workspace, Changes.of_encounters(encounter_id))
    return True


# --- the trash ---------------------------------------------------------------------------------

COLUMNS = (
    QT_TRANSLATE_NOOP("TrashView", "Visited"),
    QT_TRANSLATE_NOOP("TrashView", "Location"),
    QT_TRANSLATE_NOOP("TrashView", "Status"),
    QT_TRANSLATE_NOOP("TrashView", "Removed"),
    QT_TRANSLATE_NOOP("TrashView", "By"),
    QT_TRANSLATE_NOOP("TrashView", "Reason"),
    QT_TRANSLATE_NOOP("TrashView", "Days left"),
)
ID_ROLE = Qt.ItemDataRole.UserRole


class TrashDialog(QDialog):
    """What is in the trash, with when, who and why, and the days left before the purge;
    Restore takes the selected encounter back, Empty trash now deletes everything in it."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.op: Op[ErasureResult] | None = None
        self.setWindowTitle(self.tr("Trash"))
        intro = QLabel(
            self.tr(
                "Discarded drafts and deleted encounters stay here for {days} days, then they "
                "are deleted for good. They are left out of the log, reports and exports."
            ).format(days=workflow.TRASH_DAYS)
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("TrashView", str(c)) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Trash"))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        # Double-click and Enter open the encounter to look at, as in every other list;
        # restoring is the explicit button (or the menu), never a side effect of a look.
        self.table.activated.connect(lambda _index: self.on_open())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.on_context_menu)
        self.preview: TrashedEncounterDialog | None = None
        self.empty_label = QLabel(self.tr("The trash is empty."))
        self.empty_label.setProperty("role", "subheading")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setProperty("role", "primary")
        self.restore_button.setToolTip(self.tr("Put the selected encounter back (Alt+R)"))
        self.restore_button.clicked.connect(self.on_restore)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(
            self.tr("Look at the selected encounter, unchanged (Enter, double-click, Alt+O)")
        )
        self.open_button.clicked.connect(self.on_open)
        self.empty_button = QPushButton(self.tr("&Empty trash now…"))
        self.empty_button.setToolTip(self.tr("Delete everything in the trash for good (Alt+E)"))
        self.empty_button.clicked.connect(self.on_empty)
        close = QPushButton(self.tr("Close"))
        close.setShortcut(QKeySequence("Esc"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.empty_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(buttons)
        self.resize(940, 440)
        self.refresh()

    def refresh(self) -> None:
        entries = trash.list_trash(self.workspace.db)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            removed = (
                self.tr("Discarded") if entry.kind == "discard" else self.tr("Deleted")
            ) + f" {display.date_time_text(entry.deleted_at.astimezone())}"
            days = entry.days_left()
            cells = (
                display.date_time_text(entry.row.visited_at),
                entry.row.location,
                display.status_name(entry.row.status),
                removed,
                _who(entry.deleted_by),
                entry.reason,
                self.tr("%n day(s)", "", days) if days else self.tr("at the next start"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, entry.row.id)
                if column == 5:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(entries))
        self.empty_label.setVisible(not entries)
        if entries and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._update_buttons()

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return str(items[0].data(ID_ROLE)) if items else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_id() is not None)
        self.open_button.setEnabled(self.selected_id() is not None)
        self.empty_button.setEnabled(self.table.rowCount() > 0)

    @Slot()
    def on_open(self) -> None:
        """Show the selected encounter read-only; its Restore button restores it."""
        encounter_id = self.selected_id()
        if encounter_id is None:
            return
        self.preview = TrashedEncounterDialog(self.workspace, encounter_id, self)
        self.preview.accepted.connect(self.on_restore)  # its Restore; Close rejects
        self.preview.open()

    @Slot(QPoint)
    def on_context_menu(self, position: QPoint) -> None:
        if self.table.itemAt(position) is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), self.on_open)
        menu.addAction(self.tr("Restore"), self.on_restore)
        self.context_menu = menu  # kept for tests
        menu.popup(self.table.viewport().mapToGlobal(position))

    @Slot()
    def on_restore(self) -> None:
        encounter_id = self.selected_id()
        if encounter_id is None:
            return
        try:
            trash.restore(
                self.workspace.db, encounter_id, self.workspace.settings.observer_alias or None
            )
        except StoreError as error:
            tell(
                QMessageBox(
                    QMessageBox.Icon.Warning,
                    self.tr("Not restored"),
                    str(error),
                    QMessageBox.StandardButton.Ok,
                    self,
                )
            )
            return
        announce(self.workspace, Changes.of_encounters(encounter_id), self)
        self.refresh()

    @Slot()
    def on_empty(self) -> None:
        count = self.table.rowCount()
        if count == 0:
            return
        box = privacy_dialogs._box(
            self,
            self.tr("Empty trash"),
            self.tr("Delete the %n encounter(s) in the trash for good?", "", count),
            self.tr("They can no longer be restored."),
            self.tr("Empty trash"),
        )
        if not ask(box):
            return
        db = self.workspace.db
        self.op = privacy_dialogs._erasure(
            self,
            self.workspace,
            self.tr("Emptying the trash…"),
            lambda progress: trash.purge_trash(db, days=0, progress=progress),
        )
        self.op.success(lambda _result: self.refresh()).run()


class TrashedEncounterDialog(QDialog):
    """An encounter in the trash as the review shows it, read-only: what it held, before
    deciding to restore it. Restore accepts the dialog; Close (Esc) rejects it."""

    def __init__(self, workspace: Workspace, encounter_id: str, parent: QWidget | None = None):
        from mysteryshop.ui.review import ReviewView

        super().__init__(parent)
        self.setWindowTitle(self.tr("Encounter in the trash"))
        note = QLabel(self.tr("In the trash: shown as it was, read-only. Restore it to change it."))
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        self.review = ReviewView(workspace)
        self.review.read_only = True
        self.review.back_button.hide()  # Close below; Esc closes the dialog
        self.review.show_encounter(encounter_id)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setProperty("role", "primary")
        self.restore_button.setToolTip(self.tr("Put this encounter back (Alt+R)"))
        self.restore_button.clicked.connect(self.accept)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(note)
        layout.addWidget(self.review, 1)
        layout.addLayout(buttons)
        self.resize(1000, 700)


def _who(by: str | None) -> str:
    if by is None:
        return ""
    if by == workflow.REVIEWER_ROLE:
        return translate("TrashView", "a reviewer")
    if by == workflow.UNKNOWN_REVIEWER:
        return translate("TrashView", "unknown")
    return by


def purge_expired(window: QMainWindow, workspace: Workspace) -> Op[ErasureResult] | None:
    """At start: delete for good what has been in the trash workflow.TRASH_DAYS days (the
    trash's promise, so nobody is asked), then reclaim the space. None: nothing to purge."""
    db = workspace.db
    try:
        if trash.count_expired(db) == 0:
            return None
    except StoreError:
        return None
    op = privacy_dialogs._erasure(
        window,
        workspace,
        translate("TrashView", "Emptying the trash of what is {days} days old…").format(
            days=workflow.TRASH_DAYS
        ),
        lambda progress: trash.purge_trash(db, progress=progress),
    )

    def done(result: ErasureResult) -> None:
        window.statusBar().showMessage(
            translate(
                "TrashView", "Deleted %n encounter(s) that were in the trash for good.", "",
                result.encounters,
            ),
            10_000,
        )  # fmt: skip

    def failed(error: Exception) -> None:
        if not isinstance(error, StoreError):
            raise error
        window.statusBar().showMessage(
            translate("TrashView", "The trash was not emptied: {error}").format(error=error)
        )

    op.success(done).failure(failed).run()
    return op
