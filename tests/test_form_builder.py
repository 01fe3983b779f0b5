"""The form builder (ui/form_builder*.py): a form built with keyboard and mouse events only,
saved, used for an encounter and exported to YAML that `forms validate` accepts; a form with
encounters saved as a new version while its encounters keep their scores; undo, moves,
problems beside their fields, and the raw-data edits underneath."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from mysteryshop import form_diff
from mysteryshop.forms import QUESTION_TYPES, load_form, validate_form
from mysteryshop.store import queries
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterData, new_id
from mysteryshop.ui import form_builder_data as fd
from mysteryshop.ui.form_builder import DIFF_MESSAGES, FormBuilder, NewFormDialog
from mysteryshop.ui.forms_view import FormsView
from mysteryshop.ui.workspace import Settings, Workspace

HELSINKI = timezone(timedelta(hours=2))
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def workspace(db: Database, tmp_path: Path) -> Workspace:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return Workspace(db, settings)


@pytest.fixture
def view(qtbot, workspace: Workspace) -> FormsView:
    shown = FormsView(workspace)
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    shown.refresh()
    return shown


# --- driving the builder with events ------------------------------------------------------------


def field(builder: FormBuilder, name: str) -> Any:
    found = builder.fields.findChild(QWidget, name)
    assert found is not None, name
    return found


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(edit, text)


def choose(qtbot, builder: FormBuilder, name: str, wanted: Any) -> None:
    """Choose the item with data `wanted` in a combo with Down/Up keys (each choice may
    rebuild the panel: the combo is found again after each key)."""
    for _ in range(40):
        combo: QComboBox = field(builder, name)
        index = combo.findData(wanted)
        assert index >= 0, (name, wanted)
        if combo.currentIndex() == index:
            return
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    raise AssertionError(f"could not choose {wanted!r} in {name}")


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot, box: QCheckBox) -> None:
    """A click on a check box's indicator, where a user clicks (its middle may be past its
    text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def tree_key(
    qtbot, builder: FormBuilder, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier
) -> None:
    # Shortcuts work in the active window (the offscreen platform does not give activation
    # back after a dialog, as a desktop does).
    if QApplication.activeWindow() is None:
        builder.window().activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is not None)
    builder.tree.setFocus()
    qtbot.keyClick(builder.tree, key, modifier)


def click_row(qtbot, view: FormsView, form_id: str, version: int) -> None:
    """Click a form's row in the Forms list."""
    row = view.model.row_of(form_id, version)
    assert row is not None
    view.table.scrollTo(view.model.index(row, 0))
    rect = view.table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.selected_key() == (form_id, version)


def new_form_with_dialog(
    qtbot, view: FormsView, template_keys: list[Qt.Key], form_id: str, title: str
) -> None:
    """Click New form…, and in the dialog choose a template with keys and type id and title."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewFormDialog)
        for key in template_keys:
            qtbot.keyClick(dialog.template, key)
        qtbot.keyClicks(dialog.form_id, form_id)
        qtbot.keyClicks(dialog.title, title)
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    QTimer.singleShot(0, fill)
    click(qtbot, view.new_button)


# --- the issue's test ---------------------------------------------------------------------------


def test_build_a_form_with_every_type_save_record_and_export(
    qtbot, view: FormsView, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_form_with_dialog(qtbot, view, [Qt.Key.Key_End], "store-check", "Store check")
    builder = view.builder
    assert view.in_builder()
    assert builder.data["languages"] == ["en", "fi", "sv"]  # the empty template's

    # Two languages: the form's own field, typed; Swedish texts go with the language.
    tree_key(qtbot, builder, Qt.Key.Key_Home)
    assert builder.selected == ()
    languages = field(builder, "languages")
    retype(qtbot, languages, "en, fi")
    qtbot.keyClick(languages, Qt.Key.Key_Return)
    assert builder.data["languages"] == ["en", "fi"]
    retype(qtbot, field(builder, "title.fi"), "Kauppatarkastus")

    # The template's one question becomes the first of nine, one of each type.
    tree_key(qtbot, builder, Qt.Key.Key_Down)  # the section
    tree_key(qtbot, builder, Qt.Key.Key_Down)  # its question
    assert builder.selected == ("sections", 0, "questions", 0)
    for number, kind in enumerate(QUESTION_TYPES):
        if number:
            tree_key(qtbot, builder, Qt.Key.Key_Insert)
            assert builder.selected == ("sections", 0, "questions", number)
        choose(qtbot, builder, "type", kind)
        retype(qtbot, field(builder, "text.en"), f"Question {number + 1} in English")
        retype(qtbot, field(builder, "text.fi"), f"Kysymys {number + 1} suomeksi")
        if kind == "yes_no":
            tick(qtbot, field(builder, "critical"))
        if kind == "rating":
            # Shown only when the first (yes/no) question is answered No.
            choose(
                qtbot,
                builder,
                "show_if.question",
                builder.data["sections"][0]["questions"][0]["id"],
            )
            choose(qtbot, builder, "show_if.value", False)
        if kind == "duration":
            retype(qtbot, field(builder, "target"), "30")
            choose(qtbot, builder, "timer.start", "arrived")
            choose(qtbot, builder, "timer.end", "greeted")
        assert builder.located == [], builder.located

    assert builder.save_button.isEnabled()
    click(qtbot, builder.save_button)
    assert not builder.modified
    saved = queries.get_form(workspace.db, "store-check", 1)
    kinds = [question.type for question in saved.questions()]
    assert kinds == list(QUESTION_TYPES)
    assert saved.languages == ["en", "fi"]
    first, rating = saved.sections[0].questions[0], saved.sections[0].questions[1]
    assert first.critical is True
    assert rating.show_if is not None and rating.show_if.question == first.id
    assert rating.show_if.equals is False
    assert saved.tr(rating.text, "fi") == "Kysymys 2 suomeksi"

    # An encounter with it: the critical question answered No fails the visit.
    location = queries.add_location(workspace.db, "Kamppi store", "Helsinki")
    stored = queries.save_encounter(
        workspace.db,
        EncounterData(
            id=new_id(),
            form_id="store-check",
            form_version=1,
            location_id=location.id,
            visited_at=datetime(2026, 11, 20, 14, 5, tzinfo=HELSINKI),
            observer="owl",
            answers={first.id: False, rating.id: 4},
        ),
    )
    assert stored.critical_fail is True
    assert stored.score == pytest.approx(100 * (0 + 0.75) / 2)

    # Back to the list, then Export to YAML of the saved form.
    click(qtbot, builder.close_button)
    assert not view.in_builder()
    target = tmp_path / "store-check.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click_row(qtbot, view, "store-check", 1)
    qtbot.keyClick(view.table, Qt.Key.Key_X, CTRL | SHIFT)  # Export to YAML…
    assert load_form(target).content_hash() == saved.content_hash()
    run = subprocess.run(
        [sys.executable, "-m", "mysteryshop", "forms", "validate", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "ok (store-check version 1, 8 questions)" in run.stdout


def test_editing_a_form_with_encounters_saves_a_new_version_and_keeps_their_scores(
    qtbot, view: FormsView, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = validate_form(
        {
            "id": "kiosk",
            "version": 1,
            "title": "Kiosk",
            "sections": [
                {
                    "id": "s",
                    "title": "Visit",
                    "questions": [
                        {"id": "greeted", "type": "yes_no", "text": "Greeted?"},
                        {"id": "smile", "type": "rating", "text": "Smile?"},
                    ],
                }
            ],
        }
    )
    queries.store_form(workspace.db, form)
    location = queries.add_location(workspace.db, "Kiosk 1", "Espoo")
    old = queries.save_encounter(
        workspace.db,
        EncounterData(
            id=new_id(),
            form_id="kiosk",
            form_version=1,
            location_id=location.id,
            visited_at=datetime(2026, 11, 20, 14, 5, tzinfo=HELSINKI),
            observer="owl",
            answers={"greeted": True, "smile": 1},
        ),
    )
    assert old.score == pytest.approx(50.0)
    view.refresh()
    click_row(qtbot, view, "kiosk", 1)
    click(qtbot, view.edit_button)
    builder = view.builder
    assert builder.base == ("kiosk", 1)
    tree_key(qtbot, builder, Qt.Key.Key_End)  # the last question: smile
    assert builder.selected == ("sections", 0, "questions", 1)
    retype(qtbot, field(builder, "points"), "3")
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    click(qtbot, builder.save_button)

    assert builder.base == ("kiosk", 2)
    assert sorted(i.version for i in queries.list_forms(workspace.db) if i.form_id == "kiosk") == [
        1,
        2,
    ]
    assert queries.get_form(workspace.db, "kiosk", 1).content_hash() == form.content_hash()
    assert queries.get_form(workspace.db, "kiosk", 2).question("smile").points == 3
    # The builder said so, with what changed.
    assert shown and "version 2. Version 1 stays as it was" in shown[0].text()
    assert "smile: points changed from 1 to 3" in shown[0].informativeText()
    # The old encounter keeps its version and its score.
    again = queries.get_encounter(workspace.db, old.id)
    assert (again.form_version, again.score) == (1, pytest.approx(50.0))

    # A version nobody used yet is edited in place.
    retype(qtbot, field(builder, "points"), "4")
    click(qtbot, builder.save_button)
    assert builder.base == ("kiosk", 2)
    assert queries.get_form(workspace.db, "kiosk", 2).question("smile").points == 4


# --- editing ------------------------------------------------------------------------------------


@pytest.fixture
def builder(qtbot, view: FormsView) -> FormBuilder:
    form = queries.get_form(view.workspace.db, "service-encounter")
    view.open_builder(form.definition(), (form.id, form.version))
    return view.builder


def test_typing_in_one_field_is_one_undo_step(qtbot, builder: FormBuilder) -> None:
    tree_key(qtbot, builder, Qt.Key.Key_Down)
    tree_key(qtbot, builder, Qt.Key.Key_Down)
    path = builder.selected
    before = fd.get(builder.data, (*path, "text", "en"))
    edit = field(builder, "text.en")
    qtbot.keyClick(edit, Qt.Key.Key_End)
    qtbot.keyClicks(edit, " now")
    assert fd.get(builder.data, (*path, "text", "en")) == before + " now"
    assert builder.stack.count() == 1
    qtbot.keyClick(field(builder, "text.en"), Qt.Key.Key_Z, CTRL)
    assert fd.get(builder.data, (*path, "text", "en")) == before
    assert field(builder, "text.en").text() == before
    qtbot.keyClick(field(builder, "text.en"), Qt.Key.Key_Z, CTRL | SHIFT)
    assert fd.get(builder.data, (*path, "text", "en")) == before + " now"


def test_ctrl_arrows_move_questions_across_sections(qtbot, builder: FormBuilder) -> None:
    sections = builder.data["sections"]
    last_of_first = sections[0]["questions"][-1]["id"]
    count = len(sections[0]["questions"])
    builder.selected = ()
    tree_key(qtbot, builder, Qt.Key.Key_Down)
    for _ in range(count):
        tree_key(qtbot, builder, Qt.Key.Key_Down)
    assert builder.selected == ("sections", 0, "questions", count - 1)
    tree_key(qtbot, builder, Qt.Key.Key_Down, CTRL)
    assert builder.selected == ("sections", 1, "questions", 0)
    assert builder.data["sections"][1]["questions"][0]["id"] == last_of_first
    tree_key(qtbot, builder, Qt.Key.Key_Up, CTRL)
    assert builder.data["sections"][0]["questions"][-1]["id"] == last_of_first
    # Undo takes back both moves, one at a time.
    assert builder.stack.count() == 2


def test_a_drop_moves_the_question_in_the_data(builder: FormBuilder) -> None:
    first = builder.data["sections"][0]["questions"][0]["id"]
    builder.drop(("sections", 0, "questions", 0), ("sections", 1, "questions", 0), -1)
    assert builder.data["sections"][1]["questions"][0]["id"] == first
    assert builder.selected == ("sections", 1, "questions", 0)


def test_problems_show_beside_their_field_and_block_saving(qtbot, builder: FormBuilder) -> None:
    tree_key(qtbot, builder, Qt.Key.Key_Down)
    tree_key(qtbot, builder, Qt.Key.Key_Down)
    retype(qtbot, field(builder, "points"), "lots")
    assert builder.located
    assert not builder.save_button.isEnabled()
    assert "1 problem" in builder.save_button.toolTip() or "1" in builder.save_button.toolTip()
    labels = [
        label
        for path, label in builder.fields.problem_labels.items()
        if path[-1:] == ("points",) and not label.isHidden()
    ]
    assert labels and "number" in labels[0].text()
    assert "⚠" in builder.tree.currentItem().text(0)
    retype(qtbot, field(builder, "points"), "2")
    assert builder.save_button.isEnabled()
    assert all(
        label.isHidden()
        for label in builder.fields.findChildren(QLabel)
        if label.property("role") == "problem"
    )


def test_leaving_with_unsaved_edits_asks(qtbot, builder: FormBuilder, monkeypatch) -> None:
    tree_key(qtbot, builder, Qt.Key.Key_Down)
    retype(qtbot, field(builder, "title.en"), "Changed")
    asked: list[str] = []

    def answer(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    click(qtbot, builder.close_button)
    assert asked and builder.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    click(qtbot, builder.close_button)
    assert not builder.isVisible()


def test_preview_uses_the_editors_widgets_with_show_if_and_score(
    qtbot, builder: FormBuilder
) -> None:
    from mysteryshop.ui.editor_form import FormView

    builder.preview_timer.timeout.emit()
    view = builder.preview.form_view
    assert isinstance(view, FormView)
    assert builder.preview.score.score.text() == "–"


def test_the_diff_messages_are_form_diffs() -> None:
    assert DIFF_MESSAGES == dict(form_diff.MESSAGES)


def test_every_question_type_has_a_name_in_the_builder() -> None:
    from mysteryshop.ui.form_builder_fields import TYPE_NAMES

    assert tuple(TYPE_NAMES) == QUESTION_TYPES


# --- the raw-data edits ---------------------------------------------------------------------------


def small() -> dict[str, Any]:
    return {
        "id": "x",
        "version": 1,
        "title": {"en": "X", "fi": "X fi"},
        "languages": ["en", "fi"],
        "sections": [
            {"id": "a", "title": "A", "questions": [{"id": "q1", "type": "yes_no", "text": "One"}]},
            {
                "id": "b",
                "title": "B",
                "questions": [
                    {"id": "q2", "type": "yes_no", "text": "Two"},
                    {
                        "id": "q3",
                        "type": "text",
                        "text": "Three",
                        "show_if": {"question": "q1", "equals": True},
                    },
                ],
            },
        ],
    }


def test_moves_cross_section_boundaries() -> None:
    data = small()
    assert fd.move_question(data, ("sections", 0, "questions", 0), 1) == (
        "sections",
        1,
        "questions",
        0,
    )
    assert [q["id"] for q in data["sections"][1]["questions"]] == ["q1", "q2", "q3"]
    assert fd.move_question(data, ("sections", 1, "questions", 0), -1) == (
        "sections",
        0,
        "questions",
        0,
    )
    assert fd.move_question(data, ("sections", 0, "questions", 0), -1) == (
        "sections",
        0,
        "questions",
        0,
    )


def test_renaming_a_question_renames_its_conditions() -> None:
    data = small()
    fd.rename_question(data, ("sections", 0, "questions", 0), "greeted")
    assert data["sections"][1]["questions"][1]["show_if"]["question"] == "greeted"
    validate_form(data)


def test_texts_per_language_and_languages_taken_away() -> None:
    data = small()
    fd.set_text(data, ("sections", 0, "questions", 0, "text"), "fi", "Yksi")
    assert data["sections"][0]["questions"][0]["text"] == {"en": "One", "fi": "Yksi"}
    fd.set_languages(data, ["en"])
    assert data["title"] == "X"
    assert data["sections"][0]["questions"][0]["text"] == "One"
    validate_form(data)


def test_a_new_type_keeps_what_it_shares() -> None:
    data = small()
    path = ("sections", 1, "questions", 0)  # (q1 is a condition's: its type stays)
    fd.set_value(data, (*path, "critical"), True)
    fd.change_type(data, path, "choice")
    question = fd.get(data, path)
    assert question["critical"] is True and question["options"]
    fd.change_type(data, path, "text")
    assert "critical" not in fd.get(data, path)
    validate_form(data)


def kiosk_data() -> dict[str, Any]:
    return {
        "id": "kiosk",
        "version": 1,
        "title": "Kiosk",
        "sections": [
            {
                "id": "s",
                "title": "Visit",
                "questions": [
                    {"id": "greeted", "type": "yes_no", "text": "Greeted?", "points": 2},
                    {
                        "id": "why",
                        "type": "choice",
                        "text": "Why not?",
                        "options": [
                            {"id": "busy", "text": "Busy", "points": 1},
                            {"id": "away", "text": "Away"},
                        ],
                        "show_if": {"question": "greeted", "equals": False},
                    },
                ],
            }
        ],
    }


def test_the_preview_answers_as_the_editor_with_show_if_and_score(qtbot, view: FormsView) -> None:
    view.open_builder(kiosk_data(), None)
    builder = view.builder
    builder.preview_timer.timeout.emit()
    rows = builder.preview.form_view.rows
    assert rows["why"].isHidden()
    no = next(b for b in rows["greeted"].input.focus_widgets() if b.text() == "No")
    click(qtbot, no)
    assert not rows["why"].isHidden()  # shown only when greeted is No
    assert builder.preview.score.score.text().startswith("0")
    yes = next(b for b in rows["greeted"].input.focus_widgets() if b.text() == "Yes")
    click(qtbot, yes)
    assert rows["why"].isHidden()
    assert builder.preview.score.score.text().startswith("100")
    # An edit keeps the answers tried where they still fit.
    tree_key(qtbot, builder, Qt.Key.Key_End)
    retype(qtbot, field(builder, "text.en"), "Why not greeted?")
    builder.preview_timer.timeout.emit()
    assert builder.preview.form_view.answers() == {"greeted": True}


def test_show_if_offers_earlier_questions_and_their_answers(qtbot, view: FormsView) -> None:
    view.open_builder(kiosk_data(), None)
    builder = view.builder
    tree_key(qtbot, builder, Qt.Key.Key_End)
    target: QComboBox = field(builder, "show_if.question")
    assert [target.itemData(i) for i in range(target.count())] == [None, "greeted"]
    values: QComboBox = field(builder, "show_if.value")
    assert [values.itemData(i) for i in range(values.count())] == [True, False]
    choose(qtbot, builder, "show_if.operator", "in")
    assert builder.data["sections"][0]["questions"][1]["show_if"] == {
        "question": "greeted",
        "in": [False],
    }
    tick(qtbot, field(builder, "show_if.in.True"))
    assert builder.data["sections"][0]["questions"][1]["show_if"]["in"] == [False, True]
    choose(qtbot, builder, "show_if.question", None)
    assert "show_if" not in builder.data["sections"][0]["questions"][1]
    assert builder.located == []


def test_remove_and_undo_bring_the_question_back(qtbot, view: FormsView) -> None:
    view.open_builder(kiosk_data(), None)
    builder = view.builder
    tree_key(qtbot, builder, Qt.Key.Key_End)
    tree_key(qtbot, builder, Qt.Key.Key_Delete)
    assert [q["id"] for q in builder.data["sections"][0]["questions"]] == ["greeted"]
    qtbot.keyClick(builder.tree, Qt.Key.Key_Z, CTRL)
    assert [q["id"] for q in builder.data["sections"][0]["questions"]] == ["greeted", "why"]
    assert builder.selected == ("sections", 0, "questions", 1)


def test_a_built_form_round_trips_through_yaml_byte_for_byte(
    qtbot, view: FormsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view.open_builder(kiosk_data(), None)
    builder = view.builder
    first = tmp_path / "first.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(first), ""))
    click(qtbot, builder.export_button)
    click(qtbot, builder.save_button)
    click(qtbot, builder.close_button)
    # Into the builder again from the file (an edit of the stored form, as its id is stored).
    assert view.open_file_in_builder(str(first))
    assert builder.base == ("kiosk", 1)
    assert field(builder, "id").isReadOnly()
    second = tmp_path / "second.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(second), ""))
    click(qtbot, builder.export_button)
    assert second.read_bytes() == first.read_bytes()


def test_an_xlsform_opens_in_the_builder_as_a_new_form(qtbot, view: FormsView) -> None:
    xlsforms = sorted((Path(__file__).parent / "fixtures" / "xlsform").glob("*.xlsx"))
    assert xlsforms
    for path in xlsforms:
        if view.open_file_in_builder(str(path)):
            break
    else:
        pytest.fail("no XLSForm fixture opened")
    assert view.in_builder() and view.builder.base is None
    assert view.builder.located == []


def test_duplicate_opens_a_copy_under_a_new_id(qtbot, view: FormsView) -> None:
    view.select_row(view.model.row_of("service-encounter", 3))

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewFormDialog)
        assert not dialog.template.isVisible()
        qtbot.keyClicks(dialog.form_id, "my-visit")
        qtbot.keyClicks(dialog.title, "My visit")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    QTimer.singleShot(0, fill)
    view.duplicate_form()
    builder = view.builder
    assert builder.base is None
    assert (builder.data["id"], builder.data["title"]) == ("my-visit", "My visit")
    assert not field(builder, "id").isReadOnly()


def test_the_window_saves_the_builder_with_ctrl_s_and_offers_its_undo(
    qtbot, workspace: Workspace
) -> None:
    from mysteryshop.ui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_page("forms")
    window.forms.open_builder(kiosk_data(), None)
    builder = window.forms.builder
    assert builder.undo_action in window.edit_menu.actions()
    retype(qtbot, field(builder, "title.en"), "Kiosk visit")
    assert builder.undo_action.isEnabled()
    qtbot.keyClick(field(builder, "title.en"), Qt.Key.Key_S, CTRL)
    assert not builder.modified
    assert queries.get_form(workspace.db, "kiosk", 1).title == "Kiosk visit"


def test_numbers_read_as_the_locale_writes_them() -> None:
    assert fd.parse_number("100\u00a0000") == 100_000
    assert fd.parse_number(" 1,5 ") == 1.5
    assert fd.parse_number("") is None
    assert fd.parse_number("lots") == "lots"  # left for validation to name beside its field


def test_every_control_of_the_builder_has_an_accessible_name(qtbot, view: FormsView) -> None:
    """The walk of tests/test_accessibility.py over the builder: each question type's fields
    (the preview is the editor's own widgets, walked there)."""
    from tests.test_accessibility import settle, unnamed_controls

    data = kiosk_data()
    data["languages"] = ["en", "fi"]
    questions = data["sections"][0]["questions"]
    for kind in QUESTION_TYPES:
        question = fd.new_question(data, kind)
        question["text"] = f"A {kind} question"
        questions.append(question)
    view.open_builder(data, None)
    builder = view.builder
    problems: dict[str, list[str]] = {}
    for index in range(len(questions)):
        builder.apply(builder.data, ("sections", 0, "questions", index), True)
        settle(qtbot)
        named: list[str] = []
        if found := unnamed_controls(builder.fields, named):
            problems[questions[index]["type"]] = found
    builder.apply(builder.data, (), True)
    settle(qtbot)
    # The whole builder, its preview (the editor's own widgets for every type) included.
    if found := unnamed_controls(builder, []):
        problems["form"] = found
    assert not problems, problems
