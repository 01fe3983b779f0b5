"""The review queue in the main window, worked with the keyboard alone, and the phrases of the
comment library typed into the reviewer note and the return reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMenu

from mysteryshop import demo
from mysteryshop.store import comments, queries, queue
from mysteryshop.ui.main_window import NAVIGATION, MainWindow
from mysteryshop.ui.queue import BADGE_ROLE, QueueView
from mysteryshop.ui.review import ReturnDialog
from mysteryshop.ui.workspace import Settings, Workspace
from tests.test_review_store import queued, walk

# The offscreen platform cannot raise the phrase menu or let it grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def workspace(db, tmp_path: Path, qapp) -> Workspace:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.observer_alias = "trainer-tiina"
    return Workspace(db, settings)


def open_window(workspace, qtbot) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    return window


def key(qtbot, keys: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard's focus is, as a user would."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, keys, modifier)


def type_text(qtbot, text: str) -> None:
    """Type `text` where the keyboard's focus is."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)


def badge(window: MainWindow) -> int:
    row = [k for k, _label in NAVIGATION].index("queue")
    return window.navigation.item(row).data(BADGE_ROLE)


def open_phrase_menu_and_pick(qtbot, number: str) -> None:
    key(qtbot, "P", Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    qtbot.keyClick(menu, number)


def test_a_trainer_works_through_50_visits_with_the_keyboard_alone(workspace, qtbot):
    db = workspace.db
    waiting = queued(db, 50, total=120)
    window = open_window(workspace, qtbot)
    order = walk(db)
    assert len(order) == 50 and {e.id for e in waiting} == set(order)
    general = comments.add_phrase(db, "Please add the time you waited.")
    assert badge(window) == 50  # counted since the window opened

    key(qtbot, "2", Qt.KeyboardModifier.ControlModifier)  # View › To review
    assert window.current_page() == "queue"
    view = window.queue
    expected: dict[str, str] = {}
    skipped: list[str] = []
    for index, encounter_id in enumerate(order):
        assert view.current == encounter_id, index
        assert view.review.encounter.id == encounter_id
        if index % 10 == 3:
            key(qtbot, "R")
            dialog = view.review.return_dialog
            assert isinstance(dialog, ReturnDialog) and dialog.isVisible()
            qtbot.waitUntil(lambda d=dialog: QApplication.focusWidget() is d.reason)
            type_text(qtbot, "Greeting: wait ")
            open_phrase_menu_and_pick(qtbot, "1")
            assert dialog.reason_text() == "Greeting: wait " + general.text
            key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            # The window is active again once the event loop has run (at once for a user).
            qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
            expected[encounter_id] = "returned"
        elif index % 10 == 7:
            key(qtbot, "S")
            skipped.append(encounter_id)
        else:
            key(qtbot, "A")
            expected[encounter_id] = "approved"
        if index == 20:  # a look back at the one just approved, and on again
            key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
            assert view.current == order[index]
            assert not view.review.approve_button.isVisible()
            key(qtbot, "A")  # approved already: nothing happens
            assert queries.get_encounter(db, order[index]).revision == 2
            key(qtbot, "S")  # on to where the queue stands
    assert badge(window) == len(skipped) == 5
    assert view.pages.currentIndex() == 1
    assert "Nothing to review" in view.empty_label.text()
    assert "5" in view.empty_detail.text()

    assert QApplication.focusWidget() is view.again_button
    key(qtbot, Qt.Key.Key_Space)  # go through the skipped ones
    for encounter_id in skipped:
        assert view.current == encounter_id
        key(qtbot, "A")
        expected[encounter_id] = "approved"
    assert queue.count(db) == 0 and badge(window) == 0
    assert view.pages.currentIndex() == 1
    for encounter_id, status in expected.items():
        data = queries.get_encounter(db, encounter_id)
        assert data.status == status, encounter_id
        assert data.reviewed_by == "trainer-tiina"
        if status == "returned":
            assert data.return_reason == "Greeting: wait " + general.text
    assert len(expected) == 50


def test_approve_is_not_offered_where_the_lifecycle_forbids_it(workspace, qtbot):
    db = workspace.db
    queued(db, 2)
    view = QueueView(workspace)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    first = view.current
    assert view.review.approve_button.isVisible()
    qtbot.keyClick(view, "A")
    assert queries.get_encounter(db, first).status == "approved"
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.current == first
    assert not view.review.approve_button.isVisible()
    revision = queries.get_encounter(db, first).revision
    qtbot.keyClick(view, "A")
    assert queries.get_encounter(db, first).revision == revision
    assert "cannot be approved" in view.position_label.text()
    # Returning an approved encounter is allowed, and the return button says so.
    assert view.review.return_button.isEnabled()


def test_the_queue_follows_the_log_filter_and_says_what_it_hides(workspace, qtbot):
    db = workspace.db
    waiting = queued(db, 6)
    window = open_window(workspace, qtbot)
    other = next(e.location_id for e in waiting if e.location_id != waiting[0].location_id)
    others = [e for e in waiting if e.location_id == other]
    location = queries.locations_of(db, [other])[0]
    window.log.set_filter(window.log.current_filter().__class__(location=location.id))
    assert badge(window) == len(others)
    window.show_page("queue")
    for _ in others:
        qtbot.keyClick(window.queue, "A")
    assert window.queue.pages.currentIndex() == 1
    assert "hides 6" not in window.queue.empty_detail.text()
    assert str(6 - len(others)) in window.queue.empty_detail.text()
    assert window.queue.clear_button.isVisible()
    qtbot.mouseClick(window.queue.clear_button, Qt.MouseButton.LeftButton)
    assert badge(window) == 6 - len(others)
    assert window.queue.current is not None


def test_phrases_of_missed_questions_come_first_in_the_note_menu(workspace, qtbot):
    db = workspace.db
    queued(db, 3)
    view = QueueView(workspace)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    data = view.review.encounter
    scores = view.review._scores
    missed = [q for q, (earned, possible) in scores.points.items() if earned < possible]
    kept = [q for q, (earned, possible) in scores.points.items() if earned == possible]
    assert missed and kept
    comments.add_phrase(db, "General praise.")
    comments.add_phrase(db, "About a kept one.", data.form_id, kept[0])
    comments.add_phrase(db, "About a missed one.", data.form_id, missed[0])
    view.review.note_edit.setFocus()
    qtbot.keyClicks(view.review.note_edit, "Well done.")
    open_phrase_menu_and_pick(qtbot, "1")
    assert view.review.note_edit.toPlainText() == "Well done. About a missed one."
    menu = view.review.phrase_button.phrase_menu
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert [t.split("  ", 1)[-1] for t in texts if t.startswith("&")] == [
        "About a missed one.",
        "About a kept one.",
        "General praise.",
    ]


def test_the_comment_library_is_edited_in_the_settings(workspace, qtbot):
    from mysteryshop.ui.settings_view import SettingsView

    db = workspace.db
    view = SettingsView(workspace)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    editor = view.comment_library
    qtbot.keyClicks(editor.new_phrase, "Thank you for the careful notes.")
    qtbot.keyClick(editor.new_phrase, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.new_phrase, "  ")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert "needs some text" in editor.message.text()
    editor.form_box.setCurrentIndex(editor.form_box.findData("service-encounter"))
    editor.question_box.setCurrentIndex(editor.question_box.findData("greeting_wait"))
    editor.new_phrase.clear()
    for text in ("How many seconds?", "Note the time on the timer.", "Second one."):
        qtbot.keyClicks(editor.new_phrase, text)
        qtbot.keyClick(editor.new_phrase, Qt.Key.Key_Return)
    assert not editor.message.isVisible()
    assert editor.question_box.currentText().endswith("(3)")  # how many it has
    assert [editor.list.item(i).text() for i in range(editor.list.count())] == [
        "How many seconds?",
        "Note the time on the timer.",
        "Second one.",
    ]
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)  # the one just added
    editor.list.item(0).setText("How many seconds did you wait?")  # as an edit in place does
    editor.list.setCurrentRow(2)
    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)
    assert [p.text for p in comments.phrases_for(db, "service-encounter", "greeting_wait")] == [
        "How many seconds did you wait?",
        "Second one.",
        "Thank you for the careful notes.",
    ]


def test_the_badge_follows_imports_and_saves_and_alt_left_goes_back_in_queue_order(
    workspace, qtbot
):
    from mysteryshop.changes import Changes
    from mysteryshop.ui.ops import announce

    db = workspace.db
    queued(db, 3)
    window = open_window(workspace, qtbot)
    assert badge(window) == 3
    # Another two arrive (as an import stores them and announces it).
    shipped = [queries.get_form(db, "service-encounter")]
    data = demo.generate(shipped, encounters=12, seed=9)
    complete = [e for e in data.encounters if e.status in ("submitted", "approved")]
    for encounter in data.encounters:
        encounter.status = "draft"
        encounter.reviewed_by = encounter.reviewed_at = None
    for encounter in complete[:2]:
        encounter.status = "submitted"
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped)
    assert badge(window) == 3  # not told yet
    announce(workspace, Changes.everything())
    assert badge(window) == 5
    # A save that submits a draft (as the editor's does).
    stored = queries.get_encounter(db, complete[2].id)
    stored.status = "submitted"
    queries.save_encounter(db, stored)
    announce(workspace, Changes.of_encounters(stored.id))
    assert badge(window) == 6
    window.show_page("queue")
    view = window.queue
    order = walk(db)
    assert view.current == order[0]
    qtbot.keyClick(view, "S")
    qtbot.keyClick(view, "S")
    assert view.current == order[2]
    view.shown_before.clear()  # as if the queue had been opened on this one
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.current == order[1]
