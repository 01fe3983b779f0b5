"""Discard, delete and the trash in the app: the log's context menu and Delete key, the
editor's Discard draft, the Trash dialog (restore, empty now) and the purge at start."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
import test_store  # tests/ is on sys.path (rootdir conftest)
from PySide6.QtCore import QPoint, QSettings, Qt, QThreadPool
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from sqlalchemy import update

from mysteryshop import workflow
from mysteryshop.store import queries, trash
from mysteryshop.store.models import Encounter
from mysteryshop.store.records import EncounterFilter
from mysteryshop.ui import trash_view
from mysteryshop.ui.editor import EncounterEditor
from mysteryshop.ui.log_view import EncounterLogView
from mysteryshop.ui.main_window import MainWindow
from mysteryshop.ui.workspace import Settings, Workspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # popups, offscreen


@pytest.fixture
def workspace(db, shipped_forms, tmp_path: Path, qapp) -> Workspace:
    for form in shipped_forms:
        queries.store_form(db, form)
    location = queries.add_location(db, "Kamppi store", "Helsinki")
    form = shipped_forms[0]
    for status, hour in (("draft", 9), ("submitted", 10), ("approved", 11)):
        data = test_store.encounter(form, location, status=status)
        data.visited_at = data.visited_at.replace(hour=hour)
        if status == "approved":
            data.status = "submitted"
            saved = queries.save_encounter(db, data)
            queries.review_encounter(db, saved.id, saved.revision, reviewer="m", action="approve")
        else:
            queries.save_encounter(db, data)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.observer_alias = "tuuli"
    return Workspace(db, settings)


@pytest.fixture
def answers(monkeypatch):
    """Confirmations and reasons asked for, answered from the lists (yes / None: cancel)."""
    asked: list[QMessageBox] = []
    replies: list[bool] = []
    reasons: list[str | None] = []
    told: list[QMessageBox] = []

    def ask(box: QMessageBox) -> bool:
        asked.append(box)
        return replies.pop(0) if replies else True

    def ask_reason(dialog: trash_view.ReasonDialog) -> str | None:
        asked.append(dialog)  # type: ignore[arg-type]
        reason = reasons.pop(0) if reasons else None
        if reason is not None:
            dialog.reason.setText(reason)
            assert dialog.delete_button.isEnabled() == bool(reason.strip())
        return reason

    monkeypatch.setattr(trash_view, "ask", ask)
    monkeypatch.setattr(trash_view, "ask_reason", ask_reason)
    monkeypatch.setattr(trash_view, "tell", told.append)
    return asked, replies, reasons, told


@pytest.fixture
def log(workspace, qtbot) -> EncounterLogView:
    view = EncounterLogView(workspace)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def _row_of(log: EncounterLogView, status: str) -> int:
    model = log.model
    return next(r for r in range(model.rowCount()) if model.encounter_row(r).status == status)


def _menu_texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def test_the_context_menu_offers_what_fits_the_row(log, qtbot) -> None:
    draft = log.model.encounter_row(_row_of(log, "draft"))
    assert _menu_texts(log.row_menu(draft)) == [
        "&Open", "Re&view", "Visit &report…", "&Export…", "Discard draft…"
    ]  # fmt: skip
    submitted_row = _row_of(log, "submitted")
    submitted = log.model.encounter_row(submitted_row)
    menu = log.row_menu(submitted)
    assert _menu_texts(menu)[-1] == "Delete…"
    assert menu.actions()[-1].shortcut().toString() == "Del"  # the key, shown in the menu
    # Each action asks the window for its step, about this row.
    with qtbot.waitSignal(log.review_requested) as review:
        menu.actions()[1].trigger()
    assert review.args == [submitted.id]
    with qtbot.waitSignal(log.report_requested) as report:
        menu.actions()[2].trigger()
    assert report.args == [submitted.id]
    with qtbot.waitSignal(log.export_requested) as export:
        menu.actions()[3].trigger()
    assert export.args == [EncounterFilter(ids=(submitted.id,))]
    with qtbot.waitSignal(log.open_requested) as opened:
        menu.actions()[0].trigger()
    assert opened.args == [submitted.id, "submitted"]


def test_a_right_click_selects_the_row_and_pops_the_menu_up(log, qtbot) -> None:
    row = _row_of(log, "approved")
    point = log.table.visualRect(log.model.index(row, 1)).center()
    log.table.customContextMenuRequested.emit(point)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    popup = QApplication.activePopupWidget()
    assert "Delete…" in _menu_texts(popup)
    assert log.selected_encounter() == log.model.encounter_row(row).id
    popup.close()


def test_the_delete_key_discards_a_draft_once_confirmed(log, workspace, qtbot, answers) -> None:
    asked, replies, _reasons, _told = answers
    db = workspace.db
    draft_id = log.model.encounter_row(_row_of(log, "draft")).id
    log.table.setFocus()
    log.table.selectRow(_row_of(log, "draft"))
    replies.append(False)
    qtbot.keyClick(log.table, Qt.Key.Key_Delete)
    assert asked[-1].text() == "Discard this draft?"
    assert "30 days" in asked[-1].informativeText()
    assert trash.count_trash(db) == 0  # said no: nothing changed
    qtbot.keyClick(log.table, Qt.Key.Key_Delete)
    assert [e.row.id for e in trash.list_trash(db)] == [draft_id]
    assert trash.list_trash(db)[0].deleted_by == "tuuli"
    assert log.model.row_of(draft_id) is None  # the log followed
    assert log.model.total == 2


def test_the_delete_key_deletes_a_submitted_visit_with_a_reason(
    log, workspace, qtbot, answers
) -> None:
    _asked, _replies, reasons, _told = answers
    db = workspace.db
    row = _row_of(log, "submitted")
    submitted_id = log.model.encounter_row(row).id
    log.table.setFocus()
    log.table.selectRow(row)
    reasons.append(None)  # cancelled
    qtbot.keyClick(log.table, Qt.Key.Key_Delete)
    assert trash.count_trash(db) == 0
    reasons.append("recorded twice")
    qtbot.keyClick(log.table, Qt.Key.Key_Delete)
    (entry,) = trash.list_trash(db)
    assert (entry.row.id, entry.kind, entry.reason) == (submitted_id, "delete", "recorded twice")


def test_a_refused_step_is_shown_and_changes_nothing(log, workspace, qtbot, answers) -> None:
    _asked, _replies, _reasons, told = answers
    db = workspace.db
    row = _row_of(log, "draft")
    draft_id = log.model.encounter_row(row).id
    trash.discard(db, draft_id)  # elsewhere, meanwhile: the log still shows it
    log.table.selectRow(row)
    log.remove_selected()
    assert "already in the trash" in told[-1].text()
    assert trash.count_trash(db) == 1


def test_the_reason_dialog_offers_delete_only_with_a_reason(qtbot) -> None:
    dialog = trash_view.ReasonDialog()
    qtbot.addWidget(dialog)
    assert not dialog.delete_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.delete_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "test visit")
    assert dialog.delete_button.isEnabled()


def test_the_editor_discards_the_open_draft(qtbot, workspace, answers) -> None:
    asked, replies, _reasons, _told = answers
    db = workspace.db
    editor = EncounterEditor(workspace)
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    draft_id = next(e.id for e in queries.iter_encounters(db) if e.status == "draft")
    editor.open_encounter(draft_id)
    assert editor.discard_draft_button.isVisible()
    assert editor.drafts_button.discardable
    editor.notes.setPlainText("typed just before discarding")
    replies.append(False)
    qtbot.mouseClick(editor.discard_draft_button, Qt.MouseButton.LeftButton)
    assert asked[-1].text() == "Discard this draft?"
    assert editor.record is not None and trash.count_trash(db) == 0
    # Alt+I on a desktop (the offscreen platform delivers no mnemonics).
    assert QKeySequence.mnemonic(editor.discard_draft_button.text()).toString() == "Alt+I"
    with qtbot.waitSignal(editor.closed):
        qtbot.mouseClick(editor.discard_draft_button, Qt.MouseButton.LeftButton)
    assert editor.record is None
    (entry,) = trash.list_trash(db)
    assert entry.row.id == draft_id
    # What was typed went with it, and comes back with a restore.
    trash.restore(db, draft_id)
    assert queries.get_encounter(db, draft_id).notes == "typed just before discarding"
    QThreadPool.globalInstance().waitForDone(5000)


def test_the_drafts_menu_discards_the_open_draft(qtbot, workspace, answers) -> None:
    db = workspace.db
    editor = EncounterEditor(workspace)
    qtbot.addWidget(editor)
    draft_id = next(e.id for e in queries.iter_encounters(db) if e.status == "draft")
    editor.open_encounter(draft_id)
    menu = editor.drafts_button.menu()
    menu.aboutToShow.emit()
    action = next(a for a in menu.actions() if a.text() == "Discard the open draft…")
    with qtbot.waitSignal(editor.closed):
        action.trigger()
    assert trash.count_trash(db) == 1
    QThreadPool.globalInstance().waitForDone(5000)


def test_unsaved_work_without_a_location_is_deleted_only_once_confirmed(
    qtbot, workspace, answers
) -> None:
    asked, _replies, _reasons, _told = answers
    editor = EncounterEditor(workspace)
    qtbot.addWidget(editor)
    editor.new_encounter()
    assert editor.discard_draft_button.isVisibleTo(editor)
    with qtbot.waitSignal(editor.closed):
        editor.discard_draft_button.click()
    assert "cannot go to the trash" in asked[-1].informativeText()
    assert trash.count_trash(workspace.db) == 0
    QThreadPool.globalInstance().waitForDone(5000)


def test_the_trash_dialog_lists_restores_and_empties(qtbot, workspace, answers) -> None:
    asked, replies, _reasons, _told = answers
    db = workspace.db
    by_status = {e.status: e.id for e in queries.iter_encounters(db)}
    trash.discard(db, by_status["draft"], "tuuli")
    trash.delete(db, by_status["approved"], workflow.REVIEWER_ROLE, "test visit")
    dialog = trash_view.TrashDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    assert table.rowCount() == 2
    cells = [[table.item(0, c).text() for c in range(table.columnCount())] for _ in (0,)][0]
    assert cells[1:] == [
        "Kamppi store", "Approved", cells[3], "a reviewer", "test visit", "30 day(s)"
    ]  # fmt: skip
    assert cells[3].startswith("Deleted ")
    assert table.item(1, 4).text() == "tuuli"
    # The first row (the latest) is selected; Restore is Alt+R.
    assert QKeySequence.mnemonic(dialog.restore_button.text()).toString() == "Alt+R"
    dialog.restore_button.click()
    assert table.rowCount() == 1
    assert queries.get_encounter(db, by_status["approved"]).status == "approved"
    assert queries.count_encounters(db) == 2
    replies.append(False)
    dialog.empty_button.click()
    assert asked[-1].text() == "Delete the 1 encounter(s) in the trash for good?"
    assert trash.count_trash(db) == 1
    with qtbot.waitSignal(workspace.changed, timeout=10_000):
        dialog.empty_button.click()
    qtbot.waitUntil(lambda: table.rowCount() == 0)
    assert dialog.empty_label.isVisibleTo(dialog) and not dialog.empty_button.isEnabled()
    assert trash.count_trash(db) == 0


def test_double_click_and_enter_open_a_trashed_encounter_read_only(qtbot, workspace) -> None:
    """Double-click and Enter open, as in every other list (they used to restore); the
    encounter is shown read-only, and Restore is the explicit button or the menu's."""
    db = workspace.db
    by_status = {e.status: e.id for e in queries.iter_encounters(db)}
    trash.delete(db, by_status["submitted"], workflow.REVIEWER_ROLE, "test visit")
    dialog = trash_view.TrashDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    rect = table.visualRect(table.model().index(0, 1))
    # A real double-click starts with a press: the view opens only the row pressed first.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert trash.count_trash(db) == 1  # nothing restored
    preview = dialog.preview
    assert preview is not None and preview.isVisible()
    review = preview.review
    assert review.encounter is not None and review.encounter.id == by_status["submitted"]
    assert review.approve_button.isHidden() and review.return_button.isHidden()
    assert not review.note_edit.isEnabled() and not review.edit_button.isEnabled()
    assert not review.attachments_panel.add_button.isVisibleTo(review)
    preview.reject()
    assert trash.count_trash(db) == 1
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert dialog.preview is not preview and dialog.preview.isVisible()
    assert QKeySequence.mnemonic(dialog.preview.restore_button.text()).toString() == "Alt+R"
    dialog.preview.restore_button.click()  # restoring is asked for by name
    assert trash.count_trash(db) == 0
    assert queries.get_encounter(db, by_status["submitted"]).status == "submitted"


def test_the_trash_context_menu_opens_and_restores(qtbot, workspace) -> None:
    db = workspace.db
    by_status = {e.status: e.id for e in queries.iter_encounters(db)}
    trash.discard(db, by_status["draft"], "tuuli")
    dialog = trash_view.TrashDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    dialog.on_context_menu(table.visualRect(table.model().index(0, 0)).center())
    texts = [a.text() for a in dialog.context_menu.actions()]
    assert texts == ["Open", "Restore"]
    dialog.context_menu.close()
    dialog.context_menu.actions()[1].trigger()
    assert trash.count_trash(db) == 0


def test_the_start_purges_what_has_been_in_the_trash_30_days(qtbot, workspace) -> None:
    db = workspace.db
    by_status = {e.status: e.id for e in queries.iter_encounters(db)}
    trash.discard(db, by_status["draft"])
    trash.delete(db, by_status["submitted"], "m", "duplicate")
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    assert trash_view.purge_expired(window, workspace) is None  # nothing is 30 days old
    with db.write() as session:  # the first went to the trash 30 days and a minute ago
        session.execute(
            update(Encounter)
            .where(Encounter.id == by_status["draft"])
            .values(deleted_at=trash.list_trash(db)[1].deleted_at - timedelta(days=30, minutes=1))
        )
    with qtbot.waitSignal(workspace.changed, timeout=10_000):
        assert trash_view.purge_expired(window, workspace) is not None
    assert [e.row.id for e in trash.list_trash(db)] == [by_status["submitted"]]
    assert "Deleted 1 encounter(s)" in window.statusBar().currentMessage()


def test_the_window_has_a_trash_menu_item_and_follows_the_log(qtbot, workspace, monkeypatch):
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    assert window.trash_action in window.file_menu.actions()
    shown: list[str] = []
    monkeypatch.setattr(trash_view.TrashDialog, "exec", lambda self: shown.append("trash"))
    window.trash_action.trigger()
    assert shown == ["trash"]
    submitted = next(e.id for e in queries.iter_encounters(workspace.db) if e.status != "draft")
    window.log.review_requested.emit(submitted)
    assert window.current_page() == "review"
    window.log.report_requested.emit(submitted)
    assert window.current_page() == "reports"
    assert window.reports.encounter_id() == submitted
    exported: list[object] = []
    monkeypatch.setattr(window.exchange, "export_to", lambda *a: exported.append(a))
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *a, **k: (
            str(Path(workspace.db.url.removeprefix("sqlite:///")).parent / "one.json"),
            "",
        ),
    )
    window.log.export_requested.emit(EncounterFilter(ids=(submitted,)))
    assert exported and exported[0][2] == EncounterFilter(ids=(submitted,))


def test_an_export_of_one_selected_encounter_holds_just_it(workspace, tmp_path) -> None:
    from mysteryshop.exchange.bundle import export_bundle

    one = next(e.id for e in queries.iter_encounters(workspace.db))
    assert export_bundle(workspace.db, tmp_path / "one.json", EncounterFilter(ids=(one,))) == 1


def test_a_point_outside_the_rows_opens_no_menu(log) -> None:
    log.table.customContextMenuRequested.emit(QPoint(5, log.table.viewport().height() - 2))
    assert QApplication.activePopupWidget() is None


def test_an_import_says_what_stayed_deleted_and_what_came_back(qapp) -> None:
    from mysteryshop.store.merge import MergeResult
    from mysteryshop.ui.exchange import merge_lines

    lines = merge_lines(MergeResult(unchanged=3, stayed_deleted=2, restored=1))
    assert lines == [
        "3 encounters already here, unchanged",
        "2 encounters deleted here stay deleted: the file's version is not newer than the deletion",
        "1 deleted encounters brought back: the file's version was changed after the deletion",
    ]


def test_the_editor_closes_a_draft_that_went_to_the_trash_elsewhere(qtbot, workspace) -> None:
    from mysteryshop.changes import Changes
    from mysteryshop.ui.ops import announce

    db = workspace.db
    editor = EncounterEditor(workspace)
    qtbot.addWidget(editor)
    editor.show()
    draft_id = next(e.id for e in queries.iter_encounters(db) if e.status == "draft")
    editor.open_encounter(draft_id)
    announce(workspace, Changes.of_encounters(draft_id))  # a save elsewhere: the draft stays
    assert editor.record is not None
    trash.discard(db, draft_id)
    announce(workspace, Changes.of_encounters(draft_id))
    assert editor.record is None
    assert "in the trash" in editor.subtitle.text()
    QThreadPool.globalInstance().waitForDone(5000)
