"""The Actions view, the action item dialog from the review and the dashboard, the dashboard's
panel, and the promise that the observer's editor never shows action items (issue 16, item 5),
driven with the keyboard and the mouse under pytest-qt on demo data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from mysteryshop import demo, forms, paths
from mysteryshop.store import actions, listing, queries
from mysteryshop.store.actions import ActionFilter
from mysteryshop.store.records import EncounterFilter
from mysteryshop.ui.actions_view import ActionDialog, ActionsPanel, ActionsView
from mysteryshop.ui.dashboard import DashboardView
from mysteryshop.ui.editor import EncounterEditor
from mysteryshop.ui.review import ReviewView
from mysteryshop.ui.workspace import Settings, Workspace

MARKER = "Greet every customer within ten seconds (ZQX)"


@pytest.fixture
def filled(db):
    shipped = [forms.load_form(path) for path in paths.shipped_form_files()]
    data = demo.generate(shipped, encounters=300, seed=1)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped)
    return db


@pytest.fixture
def workspace(filled, tmp_path: Path, qapp) -> Workspace:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.observer_alias = "trainer anna"
    return Workspace(filled, settings)


def first(db, **filter_fields) -> str:
    rows = listing.list_rows(db, EncounterFilter(**filter_fields), limit=1)
    assert rows, filter_fields
    return rows[0].id


def some_location(db) -> str:
    return queries.list_locations(db)[0].id


def add(db, location_id: str, what: str = MARKER, **kwargs) -> str:
    values = {"form_id": "service-encounter", "question_id": "greeted_on_arrival"}
    values.update(kwargs)
    return actions.add_action(db, location_id=location_id, what=what, **values)


def answering(qtbot, handle: Callable[[ActionDialog], None]) -> list[ActionDialog]:
    """Handle the action item dialog the next call opens (it runs its own event loop)."""
    seen: list[ActionDialog] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ActionDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(dialog)
        try:
            handle(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, act)
    return seen


def save_with(what: str, owner: str = "store manager") -> Callable[[ActionDialog], None]:
    def handle(dialog: ActionDialog) -> None:
        dialog.what_edit.setPlainText(what)
        dialog.owner_edit.setText(owner)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    return handle


# --- the view ---------------------------------------------------------------------------------


@pytest.fixture
def view(workspace, qtbot) -> ActionsView:
    widget = ActionsView(workspace)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def test_the_list_shows_state_overdue_and_follow_up_in_words(view, filled, qtbot) -> None:
    location = some_location(filled)
    late = add(filled, location, due_on=date.today())
    view.today = date.today() + timedelta(days=3)  # three days later: overdue
    view.refresh()
    model = view.model
    row = next(i for i, item in enumerate(model.rows) if item.id == late)
    state = model.index(row, model.COL_STATE).data()
    assert state == "Open · overdue"
    assert model.index(row, model.COL_WHAT).data() == MARKER
    assert model.index(row, model.COL_ABOUT).data() == "Were you greeted when you arrived?"
    assert model.index(row, model.COL_FOLLOW).data() == "no visits since"
    assert "1 overdue" in view.summary.text()


def test_done_drop_and_reopen_with_the_keyboard(view, filled, qtbot) -> None:
    location = some_location(filled)
    action_id = add(filled, location)
    view.refresh()
    view.select(action_id)
    view.table.setFocus()
    assert view.done_button.isEnabled() and not view.reopen_button.isEnabled()
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert actions.get_action(filled, action_id).state == "done"
    # "Open and reopened" no longer lists it: show every state.
    view.state_box.setCurrentIndex(view.state_box.findData("all"))
    view.select(action_id)
    assert view.reopen_button.isEnabled() and not view.drop_button.isEnabled()
    qtbot.keyClick(view.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert actions.get_action(filled, action_id).state == "open"
    view.select(action_id)
    qtbot.keyClick(
        view.table,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert actions.get_action(filled, action_id).state == "dropped"
    row = next(i for i, item in enumerate(view.model.rows) if item.id == action_id)
    assert view.model.index(row, view.model.COL_STATE).data() == "Dropped"


def test_filters_by_state_location_and_overdue(view, filled) -> None:
    first_place, second_place = [loc.id for loc in queries.list_locations(filled)[:2]]
    here = add(filled, first_place)
    there = add(filled, second_place, due_on=date.today())
    actions.set_state(filled, here, "dropped")
    view.today = date.today() + timedelta(days=1)
    view.refresh()
    assert [item.id for item in view.model.rows] == [there]  # open and reopened by default
    view.state_box.setCurrentIndex(view.state_box.findData("dropped"))
    assert [item.id for item in view.model.rows] == [here]
    view.set_filter(state="all", location_id=second_place)
    assert [item.id for item in view.model.rows] == [there]
    view.set_filter(overdue=True)
    assert [item.id for item in view.model.rows] == [there]


def test_new_action_with_the_dialog_and_a_refusal_stays_in_it(view, filled, qtbot) -> None:
    refused: list[str] = []

    def blank_then_save(dialog: ActionDialog) -> None:
        dialog.what_edit.setPlainText("   ")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        refused.append(dialog.error.text())
        assert dialog.isVisible()
        save_with("Coach the greeting at the door")(dialog)

    answering(qtbot, blank_then_save)
    qtbot.keyClick(view.table, Qt.Key.Key_Insert)
    assert refused == ["an action item needs a text: what is to be done"]
    (item,) = actions.list_actions(filled)
    assert (item.what, item.owner_role, item.source, item.created_by) == (
        "Coach the greeting at the door",
        "store manager",
        "location",
        "trainer anna",
    )
    assert item.due_on is not None and item.due_on > date.today()  # two weeks by default
    assert view.selected() is not None and view.selected().id == item.id


def test_suggestions_from_coaching_themes_make_an_action_about_that_question(
    view, filled, qtbot
) -> None:
    view.refresh()
    assert view.suggestions.count() > 0
    form_id, question_id = view.suggestions.item(0).data(Qt.ItemDataRole.UserRole)
    answering(qtbot, save_with("Practise it in the morning meeting"))
    view.suggest_button.click()
    (item,) = actions.list_actions(filled)
    assert (item.form_id, item.question_id, item.source) == (form_id, question_id, "coaching")


# --- from the review --------------------------------------------------------------------------


def test_a_missed_answer_in_the_review_becomes_an_action_item(workspace, filled, qtbot) -> None:
    review = ReviewView(workspace)
    qtbot.addWidget(review)
    review.resize(1100, 760)
    review.show()
    for row in listing.list_rows(filled, EncounterFilter(statuses=("submitted",)), limit=50):
        review.show_encounter(row.id)
        buttons = [b for b in review.content.findChildren(QToolButton) if b.objectName()]
        if buttons:
            break
    assert buttons, "no submitted demo visit missed a question"
    question_id = buttons[0].objectName().removeprefix("action-")
    data = review.encounter
    assert data is not None
    answering(qtbot, save_with("Talk about it at the next team meeting"))
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    (item,) = actions.list_actions(filled)
    assert (item.location_id, item.form_id, item.question_id) == (
        data.location_id,
        data.form_id,
        question_id,
    )
    assert (item.source, item.source_encounter_id) == ("review", data.id)
    # The whole visit: the button (Alt+T).
    assert review.action_button.text() == "Action i&tem…"
    seen = answering(qtbot, save_with("Whole visit"))
    qtbot.mouseClick(review.action_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].location_box.currentData() == data.location_id
    assert len(actions.list_actions(filled)) == 2


# --- the dashboard ----------------------------------------------------------------------------


def test_the_dashboard_panel_counts_open_overdue_and_reopened(workspace, filled, qtbot) -> None:
    location = some_location(filled)
    add(filled, location, due_on=date.today())
    add(
        filled,
        location,
        what="Smile at the till",
        dimension="smile",
        form_id=None,
        question_id=None,
    )
    panel = ActionsPanel(workspace)
    qtbot.addWidget(panel)
    panel.today = date.today() + timedelta(days=2)
    panel.refresh()
    text = panel.text()
    assert "2 open" in text and "1 overdue" in text and "0 reopened" in text
    assert MARKER in text and "overdue since" in text
    with qtbot.waitSignal(panel.open_requested) as asked:
        panel.counts.linkActivated.emit("overdue:")
    assert asked.args == ["outstanding", "", True]


def test_the_dashboard_makes_an_action_about_a_locations_weakest_question(
    workspace, filled, qtbot
) -> None:
    dashboard = DashboardView(workspace)
    qtbot.addWidget(dashboard)
    location = some_location(filled)
    seen = answering(qtbot, save_with("Work on the weakest question"))
    dashboard.make_action(location)
    (item,) = actions.list_actions(filled)
    assert item.location_id == location and item.question_id is not None
    themes = seen[0]  # the dialog chose the location's most missed question
    assert themes.question_box.currentData() == f"{item.form_id}\t{item.question_id}"
    assert item.form_id and actions.list_actions(
        filled, ActionFilter(form_id=item.form_id, question_id=item.question_id)
    )


# --- the observer's editor never shows them -----------------------------------------------------


def shown_texts(widget: QWidget) -> str:
    found: list[str] = []
    for child in widget.findChildren(QWidget):
        found.append(child.toolTip())
        if isinstance(child, QLabel | QAbstractButton):
            found.append(child.text())
        elif isinstance(child, QLineEdit):
            found.append(child.text())
        elif isinstance(child, QPlainTextEdit):
            found.append(child.toPlainText())
    return "\n".join(found)


def test_the_observers_editor_never_shows_action_items(workspace, filled, qtbot) -> None:
    draft = queries.get_encounter(filled, first(filled, statuses=("draft",)))
    location = queries.locations_of(filled, [draft.location_id])[0]
    add(filled, draft.location_id, owner_role="store manager ZQX")
    add(
        filled,
        draft.location_id,
        what="Smile (ZQX)",
        dimension="smile",
        form_id=None,
        question_id=None,
    )
    editor = EncounterEditor(workspace)
    qtbot.addWidget(editor)
    editor.resize(1100, 800)
    editor.show()
    editor.open_encounter(draft.id)
    qtbot.wait(50)
    text = shown_texts(editor)
    assert location.name in text  # the texts are read: the location the draft is at shows
    assert "ZQX" not in text
    editor.new_encounter()
    qtbot.wait(50)
    assert "ZQX" not in shown_texts(editor)


def test_when_made_and_closed_is_recorded(filled) -> None:
    location = some_location(filled)
    action_id = add(filled, location)
    before = datetime.now(UTC)
    actions.set_state(filled, action_id, "done")
    item = actions.get_action(filled, action_id)
    assert item.closed_at is not None and item.closed_at >= before - timedelta(seconds=1)


# --- the main window ----------------------------------------------------------------------------


def test_the_dashboard_panel_opens_the_actions_view_filtered(workspace, filled, qtbot) -> None:
    from mysteryshop.ui.main_window import NAVIGATION, MainWindow

    location = some_location(filled)
    late = add(filled, location, due_on=date.today())
    add(filled, location, what="Not late")
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    assert "actions" in dict(NAVIGATION)
    window.dashboard.actions_panel.open_requested.emit("outstanding", location, True)
    assert window.current_page() == "actions"
    view = window.actions_view
    assert view.overdue_check.isChecked() and view.location_box.currentData() == location
    view.today = date.today() + timedelta(days=1)
    view.refresh()
    assert [item.id for item in view.model.rows] == [late]


def test_no_editor_module_reads_action_items() -> None:
    """A guard beside the test above: the editor's modules do not import the action items."""
    ui = Path(__file__).resolve().parent.parent / "mysteryshop" / "ui"
    editor_modules = sorted(ui.glob("editor*.py"))
    assert len(editor_modules) > 5
    for module in editor_modules:
        source = module.read_text(encoding="utf-8")
        assert "actions_view" not in source and "store.actions" not in source, module.name
        assert "import actions" not in source, module.name
