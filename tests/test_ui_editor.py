"""The encounter editor, driven as an observer uses it: start with the default form, find or
add the location by typing, answer with the keyboard, tap the visit timer, watch show_if
questions and the live score, let autosave keep a draft, reopen it, submit (issue 3)."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QWidget

from mysteryshop import scoring, workflow
from mysteryshop.forms import Form, load_form
from mysteryshop.store import drafts, listing, queries
from mysteryshop.store.records import EncounterData, EncounterFilter, new_id
from mysteryshop.ui.editor import EncounterEditor
from mysteryshop.ui.editor_widgets import NA
from mysteryshop.ui.workspace import Settings, Workspace

# The offscreen platform cannot raise the location's completion popup or grab the keyboard
# for it; it says so, and nothing is wrong.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise()", "This plugin does not support grabbing the keyboard"
)

HELSINKI = timezone(timedelta(hours=2))
ARRIVED = datetime(2026, 11, 20, 14, 5, 0, tzinfo=HELSINKI)

EVERYTHING_FORM = """
id: everything
version: 1
title: Every question type
channels: [phone, chat]
sections:
  - id: one
    title: One
    questions:
      - {id: intro, type: note, text: Read the brief first.}
      - id: extras
        type: multi_choice
        text: What was offered?
        options:
          - {id: bag, text: A bag, points: 1}
          - {id: receipt, text: A receipt, points: 1}
          - {id: coupon, text: A coupon, points: 1}
      - {id: queue, type: number, text: "People in the queue?", min: 0, max: 20, allow_na: true}
      - {id: call_length, type: duration, text: Length of the call, target: 300}
      - id: role
        type: choice
        text: Who served you?
        allow_na: true
        options:
          - {id: cashier, text: Cashier}
          - {id: advisor, text: Advisor, points: 1}
      - id: why
        type: text
        text: Why?
        required: true
        show_if: {question: role, equals: cashier}
"""


# --- fixtures and helpers ---------------------------------------------------------------------


@pytest.fixture
def workspace(db, tmp_path: Path) -> Workspace:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.observer_alias = "anna"
    return Workspace(db, settings)


@pytest.fixture
def editor(qtbot, workspace: Workspace):
    widget = EncounterEditor(workspace)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    yield widget
    QThreadPool.globalInstance().waitForDone(5000)  # no save may run when the database closes


def choice(editor: EncounterEditor, question_id: str, value: Any) -> QWidget:
    """The button of one answer to a question."""
    row = editor.form_view.rows[question_id]
    return row.input.buttons[row.input.values.index(value)]


def press(qtbot, widget: QWidget, key: Qt.Key) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(widget, key)


def answer(qtbot, editor: EncounterEditor, question_id: str, value: Any) -> None:
    """Answer a button question with the keyboard: focus its button, press Space."""
    press(qtbot, choice(editor, question_id, value), Qt.Key.Key_Space)


def type_location(qtbot, editor: EncounterEditor, text: str) -> None:
    combo = editor.header.location.combo
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), text)


def stored(db, statuses: tuple[str, ...]) -> list[listing.EncounterRow]:
    return listing.list_rows(db, EncounterFilter(statuses=statuses))


def wait_saved(qtbot, editor: EncounterEditor) -> None:
    qtbot.waitUntil(lambda: not editor.autosave.busy and not editor.autosave.dirty, timeout=3000)


def with_location(qtbot, editor: EncounterEditor, db, name: str = "Kamppi store") -> None:
    queries.add_location(db, name, "Helsinki")
    editor.refresh()
    type_location(qtbot, editor, name)
    assert editor.header.location.location_id() is not None


def full_answers() -> dict[str, Any]:
    """Every required answer to service-encounter v1, as stored."""
    return {
        "greeted_on_arrival": False,
        "smile": 2,
        "said_goodbye": False,
        "helped": "fully",
        "feeling": -1,
        "treated_with_respect": True,
    }


def answer_all_required(qtbot, editor: EncounterEditor) -> None:
    answer(qtbot, editor, "greeted_on_arrival", True)
    press(qtbot, choice(editor, "smile", 5), Qt.Key.Key_Space)
    answer(qtbot, editor, "said_goodbye", True)
    answer(qtbot, editor, "helped", "fully")
    answer(qtbot, editor, "feeling", 2)
    answer(qtbot, editor, "treated_with_respect", True)


# --- starting ---------------------------------------------------------------------------------


def test_new_encounter_imports_the_shipped_forms_and_starts_with_the_default(editor, db):
    editor.new_encounter()
    assert {info.form_id for info in queries.list_forms(db)} == {"service-encounter", "phone-chat"}
    assert editor.form.id == "service-encounter"
    assert editor.header.form_combo.currentData()[0] == "service-encounter"
    assert editor.header.observer.text() == "anna"
    assert editor.header.channel_id() == "in_person"
    visited = editor.header.visited_at()
    assert visited.tzinfo is not None
    assert abs((visited - datetime.now(visited.tzinfo)).total_seconds()) < 120
    # Nothing is stored before the observer does anything.
    assert queries.count_encounters(db) == 0
    assert editor.header.location.combo.hasFocus()


def test_the_last_used_form_and_default_channel_are_preselected(editor, workspace):
    workspace.settings.last_form = "phone-chat"
    workspace.settings.default_channel = "chat"
    editor.new_encounter()
    assert editor.form.id == "phone-chat"
    assert editor.header.channel_id() == "chat"
    assert "answer_wait" in editor.form_view.rows


def test_choosing_another_form_keeps_the_answers_that_fit(qtbot, editor, workspace):
    editor.new_encounter()
    answer(qtbot, editor, "helped", "partly")
    answer(qtbot, editor, "eye_contact", True)
    editor.confirm_form_change = lambda dropped: dropped == 1
    combo = editor.header.form_combo
    combo.setCurrentIndex(combo.findText("Phone or chat service"))
    combo.activated.emit(combo.currentIndex())
    assert editor.form.id == "phone-chat"
    assert editor.form_view.answers() == {"helped": "partly"}  # eye_contact is not on it
    assert workspace.settings.last_form == "phone-chat"


# --- the location -----------------------------------------------------------------------------


def test_typing_a_known_location_chooses_it(qtbot, editor, db):
    kamppi = queries.add_location(db, "Kamppi store", "Helsinki")
    queries.add_location(db, "Itis mall", "Helsinki")
    editor.new_encounter()
    type_location(qtbot, editor, "kamppi store")
    assert editor.header.location.location_id() == kamppi.id
    assert editor.header.location.add_row.isHidden()


def suggested(editor: EncounterEditor) -> list[str]:
    model = editor.header.location.suggestions
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_location_list_finds_prefixes_and_words_without_accents(qtbot, editor, db):
    for name, region in (
        ("Kamppi store", "Uusimaa"),
        ("Itis mall", "Uusimaa"),
        ("Äänekoski store", "Keski-Suomi"),
        ("Sokos Kamppi", ""),
    ):
        queries.add_location(db, name, region)
    editor.new_encounter()
    picker = editor.header.location
    type_location(qtbot, editor, "kamp")
    # The name that starts with it first, then a word; the choice to add comes last.
    assert suggested(editor) == [
        "Kamppi store — Uusimaa",
        "Sokos Kamppi",
        "+ Add “kamp” as a new location…",
    ]
    popup = picker.completer.popup()
    assert popup.isVisible()
    assert not popup.currentIndex().isValid()  # nothing chosen before the user arrows down
    assert picker.add_row.isHidden()  # nothing under the list to be covered by it
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    assert popup.currentIndex().row() == 0
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.location_id() is not None
    assert picker.combo.currentText() == "Kamppi store — Uusimaa"
    type_location(qtbot, editor, "aane")  # no ä on the keyboard
    assert suggested(editor)[0] == "Äänekoski store — Keski-Suomi"
    type_location(qtbot, editor, "store")
    assert suggested(editor)[:2] == ["Kamppi store — Uusimaa", "Äänekoski store — Keski-Suomi"]
    # Choosing the last row asks for the new location's region.
    type_location(qtbot, editor, "Kamp")
    popup = picker.completer.popup()
    popup.setCurrentIndex(popup.model().index(2, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not picker.add_row.isHidden()
    assert editor.focusWidget() is picker.region
    assert picker.location_id() is None


def test_the_observer_alias_typed_is_prefilled_on_the_next_visit(qtbot, editor, workspace):
    editor.new_encounter()
    assert editor.header.observer.text() == "anna"  # from Settings
    editor.header.observer.clear()
    editor.header.observer.setFocus()
    qtbot.keyClicks(editor.header.observer, "shopper-test")
    qtbot.keyClick(editor.header.observer, Qt.Key.Key_Tab)  # leaving the box keeps it
    assert workspace.settings.observer_alias == "shopper-test"
    editor.new_encounter()
    assert editor.header.observer.text() == "shopper-test"


def test_typing_a_new_location_adds_it_in_place_with_a_region(qtbot, editor, db, workspace):
    editor.new_encounter()
    type_location(qtbot, editor, "Sello mall")
    picker = editor.header.location
    assert picker.location_id() is None
    assert not picker.add_row.isHidden()
    assert "Sello mall" in picker.add_text.text()
    qtbot.keyClick(picker.combo.lineEdit(), Qt.Key.Key_Tab)  # on to the region box
    assert editor.focusWidget() is picker.region
    qtbot.keyClicks(picker.region, "Espoo")
    with qtbot.waitSignal(workspace.changed):
        qtbot.keyClick(picker.region, Qt.Key.Key_Return)
    [sello] = queries.find_locations(db, "Sello mall")
    assert sello.region == "Espoo"
    assert picker.location_id() == sello.id
    assert picker.add_row.isHidden()


# --- answering --------------------------------------------------------------------------------


def test_tab_and_space_answer_questions_and_reveal_show_if_questions(qtbot, editor):
    editor.new_encounter()
    press(qtbot, editor.header.staff, Qt.Key.Key_Tab)
    yes = choice(editor, "greeted_on_arrival", True)
    assert editor.focusWidget() is yes  # the first question follows the header
    wait_row = editor.form_view.rows["greeting_wait"]
    assert wait_row.isHidden()
    qtbot.keyClick(yes, Qt.Key.Key_Space)
    assert editor.form_view.answers() == {"greeted_on_arrival": True}
    assert not wait_row.isHidden()
    qtbot.keyClick(yes, Qt.Key.Key_Tab)  # one Tab stop per question: past "No"
    assert editor.focusWidget() is wait_row.input.spin  # the revealed question
    qtbot.keyClicks(wait_row.input.spin, "0:45")
    assert editor.form_view.answers()["greeting_wait"] == 45
    # Space again on the chosen answer clears it; Right arrow moves to the next button.
    qtbot.keyClick(yes, Qt.Key.Key_Space)
    assert "greeted_on_arrival" not in editor.form_view.answers()
    assert wait_row.isHidden()
    qtbot.keyClick(yes, Qt.Key.Key_Right)
    assert editor.focusWidget() is choice(editor, "greeted_on_arrival", False)


def test_a_question_is_one_tab_stop_and_arrows_move_its_answer(qtbot, editor):
    editor.new_encounter()
    yes, no = choice(editor, "eye_contact", True), choice(editor, "eye_contact", False)
    natural = choice(editor, "greeting_natural", True)
    answer(qtbot, editor, "greeted_on_arrival", True)
    # Unanswered: Tab reaches the question's first button, and leaves after it.
    press(qtbot, choice(editor, "greeted_on_arrival", True), Qt.Key.Key_Tab)
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)  # the wait time, then eye contact
    assert editor.focusWidget() is yes
    qtbot.keyClick(yes, Qt.Key.Key_Right)  # unanswered: the focus moves, nothing is chosen
    assert editor.focusWidget() is no
    assert "eye_contact" not in editor.form_view.answers()
    qtbot.keyClick(no, Qt.Key.Key_Space)
    qtbot.keyClick(no, Qt.Key.Key_Left)  # answered: the answer moves with the arrow
    assert editor.focusWidget() is yes
    assert editor.form_view.answers()["eye_contact"] is True
    qtbot.keyClick(yes, Qt.Key.Key_Tab)  # straight on to the next question, not to "No"
    assert editor.focusWidget() is natural
    qtbot.keyClick(natural, Qt.Key.Key_Backtab)  # back to the chosen answer
    assert editor.focusWidget() is yes
    assert editor.form_view.answers()["eye_contact"] is True  # Tab and Space never flip it


def test_choice_options_are_buttons_like_yes_no_and_one_tab_stop(qtbot, editor):
    from PySide6.QtWidgets import QPushButton

    editor.new_encounter()
    fully, partly = choice(editor, "helped", "fully"), choice(editor, "helped", "partly")
    assert isinstance(partly, QPushButton) and partly.property("answer") == "choice"
    assert partly.height() >= choice(editor, "thanked", True).height()  # no small targets
    answer(qtbot, editor, "helped", "partly")
    assert partly.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the chosen one is the stop
    assert fully.focusPolicy() == Qt.FocusPolicy.ClickFocus


def test_show_if_question_hides_again_keeping_its_value_but_not_counting(qtbot, editor):
    editor.new_encounter()
    answer(qtbot, editor, "greeted_on_arrival", True)
    editor.form_view.rows["greeting_wait"].input.spin.setValue(90)  # over the 30 s target
    assert editor.score.score.text() == "67 %"  # (2 + 0) / (2 + 1)
    answer(qtbot, editor, "greeted_on_arrival", False)
    assert editor.form_view.rows["greeting_wait"].isHidden()
    assert editor.form_view.rows["greeting_natural"].isHidden()
    assert editor.form_view.answers()["greeting_wait"] == 90  # kept while hidden
    assert editor.score.score.text() == "0 %"  # only the 'no' counts


def test_enter_never_submits(qtbot, editor, db):
    editor.new_encounter()
    with_location(qtbot, editor, db)
    answer_all_required(qtbot, editor)
    submitted = []
    editor.submitted.connect(submitted.append)
    for widget in (editor.header.staff, choice(editor, "smile", 5), editor.submit_button):
        press(qtbot, widget, Qt.Key.Key_Return)
        press(qtbot, widget, Qt.Key.Key_Enter)
    assert submitted == []


def test_every_question_type_gives_its_json_answer(qtbot, editor, db, tmp_path):
    path = tmp_path / "everything.yaml"
    path.write_text(EVERYTHING_FORM, encoding="utf-8")
    queries.store_form(db, load_form(path))
    editor.new_encounter("everything")
    rows = editor.form_view.rows
    assert rows["intro"].input is None and "Read the brief first." in rows["intro"].label.text()
    assert editor.header.channel.isEnabled()  # two channels to choose from
    boxes = dict(rows["extras"].input.boxes)
    press(qtbot, boxes["bag"], Qt.Key.Key_Space)
    press(qtbot, boxes["coupon"], Qt.Key.Key_Space)
    spin = rows["queue"].input.spin
    spin.setFocus(Qt.FocusReason.MouseFocusReason)  # clicked: the dash is not selected
    qtbot.keyClicks(spin, "25")  # above the maximum: the box refuses the 5
    assert editor.form_view.answers()["queue"] == 2
    spin.selectAll()
    qtbot.keyClick(spin, Qt.Key.Key_Delete)  # emptied: not answered
    assert "queue" not in editor.form_view.answers()
    press(qtbot, rows["queue"].input.na_box, Qt.Key.Key_Space)
    assert not spin.isEnabled()
    qtbot.keyClicks(rows["call_length"].input.spin, "4:05")
    answer(qtbot, editor, "role", "cashier")
    assert not rows["why"].isHidden()
    qtbot.keyClicks(rows["why"].input.edit, "Nobody else was there.")
    qtbot.keyClick(rows["why"].input.edit, Qt.Key.Key_Tab)  # Tab leaves the text box
    assert rows["why"].input.edit.toPlainText() == "Nobody else was there."
    assert editor.form_view.answers() == {
        "extras": ["bag", "coupon"],
        "call_length": 245,
        "role": "cashier",
        "why": "Nobody else was there.",
    }
    assert editor.form_view.na() == ["queue"]
    answer(qtbot, editor, "role", NA)
    assert editor.form_view.na() == ["queue", "role"]
    assert "role" not in editor.form_view.answers()


# --- the visit timer and the live score -------------------------------------------------------


def test_timer_taps_fill_the_greeting_wait_and_can_be_undone(qtbot, editor):
    editor.new_encounter()
    answer(qtbot, editor, "greeted_on_arrival", True)
    editor.timer.now = lambda: ARRIVED
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_F5)  # Arrived
    editor.timer.now = lambda: ARRIVED + timedelta(seconds=12)
    qtbot.mouseClick(editor.timer.buttons["greeted"], Qt.MouseButton.LeftButton)
    assert editor.timer.events == {"arrived": ARRIVED, "greeted": ARRIVED + timedelta(seconds=12)}
    assert editor.form_view.answers()["greeting_wait"] == 12
    assert "14:05:12" in editor.timer.times["greeted"].text()
    assert "+0:12" in editor.timer.times["greeted"].text()
    assert editor.timer.stopwatch.text() == "0:12"
    # Tapping again keeps the first tap; ✕ undoes it and a new tap replaces it.
    editor.timer.now = lambda: ARRIVED + timedelta(seconds=40)
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_F6)
    assert editor.timer.events["greeted"] == ARRIVED + timedelta(seconds=12)
    assert "already" in editor.timer_note.text()
    qtbot.mouseClick(editor.timer.clears["greeted"], Qt.MouseButton.LeftButton)
    assert "greeted" not in editor.timer.events
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_F6)
    assert editor.form_view.answers()["greeting_wait"] == 40
    editor.timer.now = lambda: ARRIVED + timedelta(minutes=5)
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_F8)  # Left: the stopwatch stops
    assert editor.timer.stopwatch.text() == "5:00"
    assert not editor.timer.ticker.isActive()


def test_tapping_greeted_answers_were_you_greeted_unless_it_is_answered(qtbot, editor):
    """APP.md: tapping "Greeted" did not pre-answer "Were you greeted?"; the form links the
    question to the timer event, and an answer already chosen stays."""
    editor.new_encounter()
    assert editor.form_view.answers().get("greeted_on_arrival") is None
    editor.timer.now = lambda: ARRIVED
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_F5)  # Arrived: answers nothing
    assert "greeted_on_arrival" not in editor.form_view.answers()
    editor.timer.now = lambda: ARRIVED + timedelta(seconds=9)
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_F6)  # Greeted
    assert editor.form_view.answers()["greeted_on_arrival"] is True
    assert editor.form_view.answers()["greeting_wait"] == 9  # shown now that it is Yes
    assert not editor.form_view.rows["greeting_wait"].isHidden()
    # A No the shopper chose is theirs: a second tap after an undo does not overturn it.
    answer(qtbot, editor, "greeted_on_arrival", False)
    qtbot.mouseClick(editor.timer.clears["greeted"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_F6)
    assert editor.form_view.answers()["greeted_on_arrival"] is False


def test_the_reviewer_note_is_shown_to_the_observer(qtbot, editor, db, shipped_forms):
    """APP.md: the reviewer's coaching note never reached the observer. A returned visit shows
    the reason and the note; an approved one opened for editing shows the note."""
    ids = [
        reviewed(
            db,
            shipped_forms,
            action,
            reason="Say what the cashier said." if action == "return" else "",
            note=f"Good eye for detail <{action}>.",
        )
        for action in ("return", "approve")
    ]
    editor.open_encounter(ids[0])
    shown = editor.returned_banner.text.text()
    assert "Say what the cashier said." in shown
    assert "Good eye for detail &lt;return&gt;." in shown  # escaped: shown as typed
    assert editor.note_banner.isHidden()
    editor.open_encounter(ids[1])
    assert editor.title.text() == "Editing an approved encounter"
    assert editor.returned_banner.isHidden()
    assert not editor.note_banner.isHidden()
    assert editor.note_banner.title.text() == "The reviewer's note"
    assert "Good eye for detail &lt;approve&gt;." in editor.note_banner.text.text()
    editor.new_encounter()  # a new visit has no reviewer yet
    assert editor.note_banner.isHidden() and editor.returned_banner.isHidden()


def test_live_score_follows_the_answers(qtbot, editor, db):
    editor.new_encounter()
    answer(qtbot, editor, "greeted_on_arrival", True)  # 2 of 2
    editor.form_view.rows["greeting_wait"].input.spin.setValue(12)  # 1 of 1 (target 30)
    answer(qtbot, editor, "eye_contact", False)  # 0 of 1
    answer(qtbot, editor, "smile", 4)  # 2 × (4 − 1) / (5 − 1) = 1.5 of 2
    expected = (2 + 1 + 0 + 1.5) / (2 + 1 + 1 + 2) * 100  # 75 %, worked out by hand
    assert editor.score.score.text() == f"{round(expected)} %"
    form = queries.get_form(db, "service-encounter")
    assert scoring.score_encounter(form, editor.form_view.answers()).score == expected
    assert editor.score.critical.isHidden()
    answer(qtbot, editor, "helped", "not_at_all")  # critical, earns nothing
    assert not editor.score.critical.isHidden()
    assert "Were you helped" in editor.score.critical.text()
    answer(qtbot, editor, "feeling", 1)
    assert editor.score.feeling.text() == "Feeling: Somewhat uplifted"


# --- autosave and drafts ----------------------------------------------------------------------


def test_autosave_writes_the_draft_within_a_second(qtbot, editor, db):
    editor.new_encounter()
    with_location(qtbot, editor, db)
    answer(qtbot, editor, "greeted_on_arrival", True)
    started = time.monotonic()
    qtbot.waitUntil(lambda: len(stored(db, ("draft",))) == 1, timeout=1000)
    assert time.monotonic() - started < 1.0
    [row] = stored(db, ("draft",))
    assert row.id == editor.record.id and row.observer == "anna"
    wait_saved(qtbot, editor)
    assert editor.save_state.text().startswith("Saved ")
    # Later changes update the same draft (its revision moves on, no conflict).
    qtbot.keyClicks(editor.notes, "Greeted at the door.")
    wait_saved(qtbot, editor)
    data = queries.get_encounter(db, row.id)
    assert data.notes == "Greeted at the door."
    assert data.answers == {"greeted_on_arrival": True}
    assert data.revision == editor.autosave.revision >= 2
    assert editor.autosave.last_error == ""


def test_autosave_saves_while_the_observer_keeps_typing(qtbot, editor, db):
    editor.new_encounter()
    with_location(qtbot, editor, db)
    wait_saved(qtbot, editor)
    saves_before = len(editor.autosave.durations_ms)
    for word in ("The ", "cashier ", "looked ", "up ", "and ", "smiled ", "at ", "once."):
        qtbot.keyClicks(editor.notes, word)
        qtbot.wait(200)  # never quiet long enough for the debounce alone
    # The one-second deadline saved during the typing, not only after it.
    assert len(editor.autosave.durations_ms) > saves_before
    editor.save_now()
    assert queries.get_encounter(db, editor.record.id).notes.endswith("at once.")


def test_reopening_a_draft_restores_answers_timer_and_notes(qtbot, editor, db, workspace):
    editor.new_encounter()
    with_location(qtbot, editor, db)
    answer(qtbot, editor, "greeted_on_arrival", True)
    editor.timer.now = lambda: ARRIVED
    editor.timer.tap("arrived")
    editor.timer.now = lambda: ARRIVED + timedelta(seconds=20)
    editor.timer.tap("greeted")
    answer(qtbot, editor, "smile", 3)
    editor.header.staff.setFocus()
    qtbot.keyClicks(editor.header.staff, "cashier")
    qtbot.keyClicks(editor.notes, "Busy afternoon.")
    wait_saved(qtbot, editor)
    encounter_id = editor.record.id

    other = EncounterEditor(workspace)
    qtbot.addWidget(other)
    other.open_encounter(encounter_id)
    assert other.form_view.answers() == {
        "greeted_on_arrival": True,
        "greeting_wait": 20,
        "smile": 3,
    }
    assert other.timer.events == {"arrived": ARRIVED, "greeted": ARRIVED + timedelta(seconds=20)}
    assert other.notes.toPlainText() == "Busy afternoon."
    assert other.header.staff.text() == "cashier"
    assert other.header.location.text() == "Kamppi store — Helsinki"
    assert other.title.text() == "Draft encounter"
    # Where the observer left off: the first open question has the focus.
    other.show()
    qtbot.waitExposed(other)
    other.activateWindow()
    other._focus_first_open()
    assert other.focusWidget() is choice(other, "eye_contact", True)


def test_drafts_menu_lists_drafts_and_opens_them(qtbot, editor, db):
    editor.new_encounter()
    with_location(qtbot, editor, db, "Itis mall")
    answer(qtbot, editor, "eye_contact", True)
    wait_saved(qtbot, editor)
    first_id = editor.record.id
    editor.new_encounter()
    assert editor.drafts_button.text() == "D&rafts (1)"
    editor.drafts_button.menu().aboutToShow.emit()
    actions = [a for a in editor.drafts_button.menu().actions() if "Itis mall" in a.text()]
    assert len(actions) == 1
    actions[0].trigger()
    assert editor.record.id == first_id
    assert editor.form_view.answers() == {"eye_contact": True}


def test_without_a_location_work_is_kept_on_disk_until_one_is_chosen(qtbot, editor, db, workspace):
    editor.new_encounter()
    answer(qtbot, editor, "greeted_on_arrival", True)
    qtbot.waitUntil(lambda: editor.save_state.text().startswith("Choose a location"), timeout=1500)
    assert queries.count_encounters(db) == 0
    encounter_id = editor.record.id
    assert [kept.data.id for kept in drafts.list_unsaved(db)] == [encounter_id]
    assert editor.save_now() is False  # Ctrl+S says it could not save

    # The app is killed here; next time the work is offered in Drafts and restored.
    other = EncounterEditor(workspace)
    qtbot.addWidget(other)
    other.drafts_button.menu().aboutToShow.emit()
    [action] = [a for a in other.drafts_button.menu().actions() if "not saved yet" in a.text()]
    action.trigger()
    assert other.record.id == encounter_id
    assert other.form_view.answers() == {"greeted_on_arrival": True}
    assert not other.restored_banner.isHidden()
    queries.add_location(db, "Kamppi store")
    other.refresh()
    type_location(qtbot, other, "Kamppi store")
    qtbot.waitUntil(lambda: queries.count_encounters(db) == 1, timeout=1500)
    qtbot.waitUntil(lambda: not other.autosave.busy, timeout=3000)
    assert drafts.list_unsaved(db) == []
    assert queries.get_encounter(db, encounter_id).answers == {"greeted_on_arrival": True}


def reviewed(
    db,
    shipped_forms: list[Form],
    action: workflow.Action,
    *,
    reason: str = "",
    note: str | None = None,
) -> str:
    """A submitted encounter (service-encounter version 1 at Kamppi store) after a trainer's
    `action`: its id."""
    for form in shipped_forms:
        queries.store_form(db, form)
    found = queries.find_locations(db, "Kamppi store")
    location = found[0] if found else queries.add_location(db, "Kamppi store")
    data = EncounterData(
        id=new_id(),
        form_id="service-encounter",
        form_version=1,
        location_id=location.id,
        visited_at=ARRIVED,
        status="submitted",
        answers=full_answers(),
    )
    queries.save_encounter(db, data)
    queries.review_encounter(
        db,
        data.id,
        1,
        reviewer="Trainer A",
        action=action,
        reason=reason,
        note=note,
    )
    return data.id


def test_a_returned_encounter_shows_the_reason(qtbot, editor, db, shipped_forms: list[Form]):
    encounter_id = reviewed(db, shipped_forms, "return", reason="Say what the cashier said.")
    editor.open_encounter(encounter_id)
    assert editor.title.text() == "Returned encounter"  # not "Draft encounter"
    assert not editor.returned_banner.isHidden()
    assert "Say what the cashier said." in editor.returned_banner.text.text()
    qtbot.keyClicks(editor.notes, "She said: next please.")
    wait_saved(qtbot, editor)
    saved = queries.get_encounter(db, encounter_id)
    assert saved.status == "draft"  # being revised; the reason stays with it
    assert saved.return_reason == "Say what the cashier said."
    assert not editor.returned_banner.isHidden()
    reopened = queries.encounter_history(db, encounter_id)[-1]
    assert (reopened.change, reopened.details["status"]) == ("reopened", ["returned", "draft"])


def test_a_refused_save_keeps_the_typing_and_says_why(qtbot, editor, db):
    editor.new_encounter()
    with_location(qtbot, editor, db)
    answer(qtbot, editor, "greeted_on_arrival", True)
    wait_saved(qtbot, editor)
    encounter_id = editor.record.id
    elsewhere = queries.get_encounter(db, encounter_id)  # e.g. a reviewer on another machine
    elsewhere.notes = "Changed elsewhere."
    queries.save_encounter(db, elsewhere)
    qtbot.keyClicks(editor.notes, "My own notes.")
    qtbot.waitUntil(lambda: editor.save_state.property("state") == "error", timeout=2000)
    assert "changed elsewhere" in editor.save_state.text()
    assert editor.notes.toPlainText() == "My own notes."
    assert editor.save_now() is False
    assert queries.get_encounter(db, encounter_id).notes == "Changed elsewhere."
    assert drafts.read_unsaved(db, encounter_id).data.notes == "My own notes."


def test_a_submitted_encounter_is_saved_only_with_save_changes(
    qtbot, editor, db, shipped_forms: list[Form]
):
    for form in shipped_forms:
        queries.store_form(db, form)
    location = queries.add_location(db, "Kamppi store")
    data = EncounterData(
        id=new_id(),
        form_id="service-encounter",
        form_version=1,
        location_id=location.id,
        visited_at=ARRIVED,
        status="submitted",
        answers=full_answers(),
    )
    queries.save_encounter(db, data)
    editor.open_encounter(data.id)
    assert editor.submit_button.text() == "Save chan&ges"
    qtbot.keyClicks(editor.notes, "Typo fixed.")
    qtbot.waitUntil(lambda: editor.save_state.text().startswith("Not saved yet"), timeout=1500)
    assert queries.get_encounter(db, data.id).notes == ""  # no history entry per keystroke
    with qtbot.waitSignal(editor.closed):
        press(qtbot, editor.submit_button, Qt.Key.Key_Space)
    saved = queries.get_encounter(db, data.id)
    assert (saved.status, saved.notes) == ("submitted", "Typo fixed.")
    # Stored submitted in one go (its first entry, with its hash), then this one edit.
    assert [e.change for e in queries.encounter_history(db, data.id)] == ["submitted", "edited"]
    assert drafts.list_unsaved(db) == []


# --- submitting -------------------------------------------------------------------------------


def test_submit_with_missing_answers_lists_them_and_submits_nothing(qtbot, editor, db):
    editor.new_encounter()
    with_location(qtbot, editor, db)
    answer(qtbot, editor, "greeted_on_arrival", True)
    answer(qtbot, editor, "helped", "partly")  # reveals the required 'what was left undone'
    submitted = []
    editor.submitted.connect(submitted.append)
    press(qtbot, editor.submit_button, Qt.Key.Key_Space)
    banner = editor.problems_banner
    assert not banner.isHidden()
    for text in (
        "How would you describe the staff member's smile?",
        "Did a staff member say goodbye as you left?",
        "What was left undone? Write down what staff said about it.",
        "Did the encounter leave you uplifted or diminished?",
        "Were you treated with respect throughout the visit?",
    ):
        assert text.replace("'", "&#x27;") in banner.text.text(), text
    assert "Were you greeted" not in banner.text.text()
    smile = editor.form_view.rows["smile"]
    assert editor.focusWidget() is choice(editor, "smile", 1)  # the first missing
    assert not smile.problem.isHidden()
    assert submitted == []
    assert stored(db, ("submitted",)) == []
    # Answering clears its mark at once.
    answer(qtbot, editor, "smile", 4)
    assert smile.problem.isHidden()
    assert "smile" not in banner.text.text()


def test_submit_after_answering_stores_it_as_submitted(qtbot, editor, db):
    editor.new_encounter()
    with_location(qtbot, editor, db)
    answer_all_required(qtbot, editor)
    answer(qtbot, editor, "greeted_on_arrival", False)
    qtbot.keyClicks(editor.notes, "Quiet store.")
    encounter_id = editor.record.id
    with qtbot.waitSignal(editor.submitted) as signal:
        press(qtbot, editor.submit_button, Qt.Key.Key_Space)
    assert signal.args == [encounter_id]
    saved = queries.get_encounter(db, encounter_id)
    assert saved.status == "submitted"
    assert saved.notes == "Quiet store."
    form = queries.get_form(db, "service-encounter")
    assert saved.score == scoring.score_encounter(form, saved.answers).score
    assert saved.answers == {
        "greeted_on_arrival": False,
        "smile": 5,
        "said_goodbye": True,
        "helped": "fully",
        "feeling": 2,
        "treated_with_respect": True,
    }
    assert editor.record is None  # the editor is free for the next visit
    assert stored(db, ("draft",)) == []


def test_hidden_answers_are_left_out_when_submitting(qtbot, editor, db):
    editor.new_encounter()
    with_location(qtbot, editor, db)
    answer_all_required(qtbot, editor)
    editor.form_view.rows["greeting_wait"].input.spin.setValue(15)
    answer(qtbot, editor, "greeted_on_arrival", False)  # hides the wait: kept in the draft
    wait_saved(qtbot, editor)
    assert queries.get_encounter(db, editor.record.id).answers["greeting_wait"] == 15
    encounter_id = editor.record.id
    with qtbot.waitSignal(editor.submitted):
        qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    assert "greeting_wait" not in queries.get_encounter(db, encounter_id).answers
