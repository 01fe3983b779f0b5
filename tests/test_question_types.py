"""Question types, each written once: every type of forms.QUESTION_CLASSES has its rules on its
class and an entry in every registry (editor input, form preview, demo), and each reads the
same in the reports and the app. A new type fails here until it has all of them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from mysteryshop import demo, forms
from mysteryshop.forms import QUESTION_CLASSES, QUESTION_TYPES, Form, validate_form

# One question of each type, with a valid answer and how the answer reads in English: in the
# reports, then in the app. Adding a type means adding it here too.
SAMPLES: dict[str, tuple[dict[str, Any], Any, str, str]] = {
    "yes_no": ({"points": 2}, True, "Yes", "Yes"),
    "rating": (
        {"scale": [1, 5], "labels": {4: "Good"}},
        4,
        "4 of 1–5 · Good",
        "4 of 1–5 · Good",
    ),
    "feeling": ({}, 1, "+1 Somewhat uplifted", "▲ Somewhat uplifted (+1)"),
    "choice": (
        {"options": [{"id": "a", "text": "Option A", "points": 1}, {"id": "b", "text": "B"}]},
        "a",
        "Option A",
        "Option A",
    ),
    "multi_choice": (
        {"options": [{"id": "a", "text": "Option A", "points": 1}, {"id": "b", "text": "B"}]},
        ["a", "b"],
        "Option A, B",
        "Option A, B",
    ),
    "number": ({"min": 0, "max": 10}, 2.5, "2.5", "2.5"),
    "duration": ({"target": 30}, 45, "45 s (target 30 s)", "45 s (target 30 s)"),
    "text": ({}, "Kind and quick", "Kind and quick", "Kind and quick"),
    "note": ({}, None, "", ""),
}


def sample_form() -> Form:
    """A form with one question of each type, each allowed N/A (notes aside)."""
    questions = []
    for kind, (extra, _value, _report, _app) in SAMPLES.items():
        question = {"id": kind, "type": kind, "text": f"The {kind} question", **extra}
        if kind != "note":
            question["allow_na"] = True
        questions.append(question)
    return validate_form(
        {
            "id": "every-type",
            "version": 1,
            "title": "Every type",
            "sections": [{"id": "all", "title": "All", "questions": questions}],
        }
    )


def answerable_samples() -> list[str]:
    return [kind for kind in QUESTION_TYPES if kind != "note"]


# --- every type in every registry -------------------------------------------------------------


def test_every_type_has_a_sample_here() -> None:
    assert list(SAMPLES) == list(QUESTION_TYPES)


def test_every_type_writes_its_own_rules() -> None:
    for kind, cls in QUESTION_CLASSES.items():
        assert not cls.__abstractmethods__, f"{kind}: implement {sorted(cls.__abstractmethods__)}"


@pytest.mark.gui
def test_every_type_has_an_input_and_a_preview(qapp: object) -> None:
    from mysteryshop.ui.editor_widgets import INPUTS
    from mysteryshop.ui.forms_view import PREVIEWS

    classes = set(QUESTION_CLASSES.values())
    for name, registry in (("editor_widgets.INPUTS", INPUTS), ("forms_view.PREVIEWS", PREVIEWS)):
        missing = sorted(cls.__name__ for cls in classes - set(registry))
        assert not missing, f"add to {name}: {missing}"
        assert set(registry) == classes, f"{name} lists a class that is no question type"


def test_every_type_has_a_demo_planner() -> None:
    classes = set(QUESTION_CLASSES.values())
    missing = sorted(cls.__name__ for cls in classes - set(demo._PLANNERS))
    assert not missing, f"add to demo._PLANNERS: {missing}"
    assert set(demo._PLANNERS) == classes


@pytest.mark.gui
def test_both_renderers_translate_every_answer_phrase(qapp: object) -> None:
    from mysteryshop.reports.common import wording
    from mysteryshop.ui import answers

    assert set(answers.PHRASES) == set(forms.ANSWER_PHRASES)
    assert set(wording().phrases) == set(forms.ANSWER_PHRASES)


# --- each type behaves ------------------------------------------------------------------------


@pytest.mark.parametrize("kind", QUESTION_TYPES)
def test_each_type_checks_its_answers(kind: str) -> None:
    question = sample_form().question(kind)
    assert question is not None
    _extra, value, _report, _app = SAMPLES[kind]
    if kind == "note":
        assert question.check(value) == "a note takes no answer"
        return
    assert question.check(value) is None
    assert question.check(object()), "an answer of the wrong kind is refused with a reason"
    earned = question.earned(value)
    if question.scored:
        assert earned is not None and 0 <= earned <= question.max_points
    else:
        assert earned is None


@pytest.mark.parametrize("kind", answerable_samples())
def test_each_type_reads_the_same_way_in_reports(kind: str) -> None:
    from mysteryshop.reports.common import answer_words
    from mysteryshop.reports.i18n import use_language
    from mysteryshop.reports.styles import DASH

    form = sample_form()
    question = form.question(kind)
    assert question is not None
    _extra, value, report, _app = SAMPLES[kind]
    with use_language("en"):
        assert answer_words(form, question, value) == report
        assert answer_words(form, question, None) == DASH


@pytest.mark.gui
@pytest.mark.parametrize("kind", answerable_samples())
def test_each_type_reads_the_same_way_in_the_app(kind: str, qapp: object) -> None:
    from mysteryshop.ui.answers import answer_text

    form = sample_form()
    question = form.question(kind)
    assert question is not None
    _extra, value, _report, app = SAMPLES[kind]
    assert answer_text(form, question, value, "en") == app


def test_answer_words_follow_the_report_language() -> None:
    from mysteryshop.reports.common import answer_words
    from mysteryshop.reports.i18n import use_language

    form = sample_form()
    yes_no, rating, duration = (form.question(kind) for kind in ("yes_no", "rating", "duration"))
    assert yes_no is not None and rating is not None and duration is not None
    with use_language("fi"):
        assert answer_words(form, yes_no, False) == "Ei"
        assert answer_words(form, rating, 4) == "4 asteikolla 1–5 · Good"
        assert answer_words(form, duration, 45) == "45 s (tavoite 30 s)"
    with use_language("sv"):
        assert answer_words(form, yes_no, True) == "Ja"


@pytest.mark.gui
@pytest.mark.parametrize("kind", QUESTION_TYPES)
def test_each_type_gets_an_input_that_gives_back_its_answer(kind: str, qtbot: Any) -> None:
    from mysteryshop.ui.editor_widgets import make_input

    form = sample_form()
    question = form.question(kind)
    assert question is not None
    widget = make_input(question, form, "en", {})
    if kind == "note":
        assert widget is None
        return
    assert widget is not None
    qtbot.addWidget(widget)
    _extra, value, _report, _app = SAMPLES[kind]
    widget.set_answer(value, False)
    assert widget.value() == value and not widget.is_na()
    widget.set_answer(None, True)
    assert widget.value() is None and widget.is_na()


@pytest.mark.gui
@pytest.mark.parametrize("kind", QUESTION_TYPES)
def test_each_type_shows_in_the_preview(kind: str, qapp: object) -> None:
    from mysteryshop.ui.forms_view import FormPreview

    form = sample_form()
    question = form.question(kind)
    assert question is not None
    preview = FormPreview(form)
    assert f"The {kind} question" in preview.question_html(question)
    if kind != "note":
        assert preview.answer_html(question).count("<td") >= 2  # an answer box and N/A
        assert "N/A allowed" in preview.markers(question)


def test_the_demo_fills_every_type_with_valid_answers() -> None:
    form = sample_form()
    data = demo.generate([form], encounters=60, seed=3, now=datetime(2026, 11, 23, tzinfo=UTC))
    answered: set[str] = set()
    for encounter in data.encounters:
        assert forms.answer_problems(form, encounter.answers, encounter.na) == []
        answered.update(encounter.answers)
    assert answered == set(answerable_samples())
