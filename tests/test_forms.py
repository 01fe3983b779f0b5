"""Loading and validating forms (DESIGN.md "Form format"), and checking answers against them."""

from __future__ import annotations

import json
import os
import subprocess
import textwrap
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from mysteryshop.forms import (
    MAX_FORM_BYTES,
    Form,
    FormError,
    answer_problems,
    check_answer,
    json_schema,
    load_form,
    missing_required,
    parse_form,
    timer_answers,
    timer_durations,
    validate_form,
    visible_questions,
)
from mysteryshop.vocabulary import BUILTIN_DIMENSIONS

FIXTURES = Path(__file__).parent / "fixtures" / "forms"
SHIPPED_FORMS = Path(__file__).parent.parent / "forms"

# --- helpers ----------------------------------------------------------------------------------


def form_text(questions: str, head: str = "") -> str:
    """A form with one section holding `questions` (YAML list items, unindented)."""
    return (
        "id: test-form\nversion: 1\ntitle: Test form\n"
        + head
        + "sections:\n  - id: main\n    title: Main\n    questions:\n"
        + textwrap.indent(textwrap.dedent(questions).strip("\n"), " " * 6)
        + "\n"
    )


def form_of(questions: str, head: str = "") -> Form:
    return parse_form(form_text(questions, head), "test.yaml")


def one_question(question: str) -> Any:
    form = form_of(question)
    return next(form.questions())


def refused(path: Path) -> list[str]:
    """The problems load_form reports for `path`; fails the test when the form loads."""
    with pytest.raises(FormError) as caught:
        load_form(path)
    problems = caught.value.problems
    assert problems, "a FormError must carry at least one problem"
    assert str(caught.value) == "\n".join(problems)
    for problem in problems:
        assert problem.startswith(f"{path}: "), problem
        assert "\n" not in problem
    return problems


# --- valid forms ------------------------------------------------------------------------------


def test_minimal_form_loads_with_defaults() -> None:
    form = load_form(FIXTURES / "minimal.yaml")
    assert form.id == "minimal"
    assert form.version == 1
    assert form.title == "Minimal form"
    assert form.languages == ["en"]
    assert form.default_language == "en"
    assert form.channels == ["in_person"]
    assert [section.id for section in form.sections] == ["visit"]
    question = form.question("greeted")
    assert question is not None
    assert question.type == "yes_no"
    assert question.required is False
    assert question.allow_na is False
    assert question.critical is False
    assert question.points == 1
    assert question.dimension is None
    assert form.question("nope") is None
    assert form.section_of("greeted").id == "visit"


def test_design_example_form_loads() -> None:
    # The example of DESIGN.md "Form format", near verbatim.
    form = form_of(
        """
        - id: greeted
          type: yes_no
          text: {en: "Were you greeted when you arrived?", fi: "Tervehdittiinkö sinua?"}
          dimension: greeting
          points: 2
          required: true
          allow_na: false
          critical: false
        - id: wait_seconds
          type: duration
          target: 30
          timer: [arrived, greeted]
          dimension: greeting
          text: {en: Seconds until greeted}
        - id: smile
          type: rating
          scale: [1, 5]
          labels: {1: No smile, 5: "Warm, sincere smile"}
          dimension: smile
          text: {en: Smile}
        - id: feeling
          type: feeling
          dimension: feeling
          text: {en: "How did you feel leaving?"}
        - id: how
          type: text
          text: {en: "How were you greeted?"}
          show_if: {question: greeted, equals: true}
        - id: role
          type: choice
          text: {en: "Who served you?"}
          options:
            - {id: cashier, text: Cashier, points: 0}
            - {id: advisor, text: Advisor}
        - id: notice
          type: note
          text: {en: Now the farewell.}
        - id: staff_count
          type: number
          min: 0
          max: 50
          text: {en: "How many staff did you see?"}
        - id: extras
          type: multi_choice
          text: {en: "What else happened?"}
          options: [{id: a, text: A, points: 1}, {id: b, text: B}]
    """,
        head="languages: [en, fi]\n",
    )
    assert [q.type for q in form.questions()] == [
        "yes_no",
        "duration",
        "rating",
        "feeling",
        "text",
        "choice",
        "note",
        "number",
        "multi_choice",
    ]
    assert [q.id for q in form.answerable()] == [
        "greeted",
        "wait_seconds",
        "smile",
        "feeling",
        "how",
        "role",
        "staff_count",
        "extras",
    ]
    smile = form.question("smile")
    assert smile is not None and smile.labels == {1: "No smile", 5: "Warm, sincere smile"}


def test_translated_text_falls_back_to_the_default_language() -> None:
    form = form_of(
        "- {id: q, type: yes_no, text: {en: 'Greeted?', fi: 'Tervehdittiinkö?'}}",
        head="languages: [fi, en, sv]\n",
    )
    text = next(form.questions()).text
    assert form.tr(text, "en") == "Greeted?"
    assert form.tr(text, "fi") == "Tervehdittiinkö?"
    assert form.tr(text, "sv") == "Tervehdittiinkö?"  # no Swedish: the default, Finnish
    assert form.tr(text) == "Tervehdittiinkö?"
    assert form.tr("Plain", "sv") == "Plain"


def test_plain_string_texts_are_the_same_in_every_language() -> None:
    form = form_of(
        "- {id: q, type: yes_no, text: 'Greeted?', hint: Words count}", head="languages: [en, fi]\n"
    )
    assert form.title == "Test form"
    assert form.tr(form.title, "fi") == "Test form"
    question = next(form.questions())
    assert form.tr(question.text, "fi") == "Greeted?"
    assert question.hint == "Words count"


def test_hint_description_and_channels_are_accepted() -> None:
    form = parse_form(
        textwrap.dedent("""
        id: phone
        version: 2
        title: Phone call
        description: {en: A call to the service line}
        channels: [phone, chat]
        sections:
          - id: call
            title: Call
            description: Until the call ends
            questions:
              - {id: answered, type: yes_no, text: "Answered?", hint: Within three rings}
    """),
        "phone.yaml",
    )
    assert form.channels == ["phone", "chat"]
    assert form.description == {"en": "A call to the service line"}
    assert form.sections[0].description == "Until the call ends"


BLOCK_STYLE = """\
id: same
version: 4
title: {en: Same, fi: Sama}
languages: [en, fi]
sections:
  - id: s
    title: {en: S, fi: S}
    questions:
      - id: greeted
        type: yes_no
        text: {en: "Greeted?", fi: "Tervehdittiinkö?"}
        points: 2
      - id: smile
        type: rating
        text: {en: Smile, fi: Hymy}
        labels: {1: None, 5: Warm}
"""

FLOW_STYLE_OTHER_ORDER = """\
# the same form: other key order, flow style, defaults spelled out, JSON-style label keys
sections: [{questions: [
    {points: 2.0, text: {fi: "Tervehdittiinkö?", en: "Greeted?"}, type: yes_no, id: greeted,
     required: false, allow_na: false},
    {labels: {"5": Warm, "1": None}, scale: [1, 5], type: rating, id: smile,
     text: {fi: Hymy, en: Smile}, points: 1}],
  title: {fi: S, en: S}, id: s}]
languages: [en, fi]
channels: [in_person]
title: {fi: Sama, en: Same}
version: 4
id: same
"""


def test_canonical_json_and_hash_ignore_layout_and_key_order() -> None:
    first = parse_form(BLOCK_STYLE, "a.yaml")
    second = parse_form(FLOW_STYLE_OTHER_ORDER, "b.yaml")
    assert first.canonical_json() == second.canonical_json()
    assert first.content_hash() == second.content_hash()
    assert len(first.content_hash()) == 64
    assert json.loads(first.canonical_json()) == first.definition()


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param("points: 2", "points: 3", id="points"),
        pytest.param('"Greeted?"', '"Greeted on arrival?"', id="text"),
        pytest.param("version: 4", "version: 5", id="version"),
        pytest.param("labels: {1: None, 5: Warm}", "labels: {1: None, 5: Warmest}", id="label"),
        pytest.param("type: rating", "type: rating\n        required: true", id="required"),
    ],
)
def test_content_hash_differs_for_different_content(old: str, new: str) -> None:
    changed = BLOCK_STYLE.replace(old, new, 1)
    assert changed != BLOCK_STYLE
    first, second = parse_form(BLOCK_STYLE, "a.yaml"), parse_form(changed, "b.yaml")
    assert first.canonical_json() != second.canonical_json()
    assert first.content_hash() != second.content_hash()


def test_definition_round_trips_through_validate_form() -> None:
    form = parse_form(
        BLOCK_STYLE + "      - {id: how, type: text, text: {en: 'How?'},"
        " show_if: {question: smile, in: [4, 5]}}\n",
        "a.yaml",
    )
    again = validate_form(json.loads(form.canonical_json()), "database")
    assert again == form
    assert again.content_hash() == form.content_hash()
    assert again.definition()["sections"][0]["questions"][2]["show_if"] == {
        "question": "smile",
        "in": [4, 5],
    }


def test_json_schema_describes_the_form_format() -> None:
    schema = json_schema()
    text = json.dumps(schema)
    assert json.loads(text) == schema
    assert schema["type"] == "object"
    assert {"id", "version", "sections"} <= set(schema["properties"])
    assert {"id", "version", "title", "sections"} <= set(schema["required"])


def test_json_schema_is_a_valid_schema_that_accepts_forms() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    form = parse_form(
        BLOCK_STYLE + "      - {id: how, type: text, text: {en: 'How?'},"
        " show_if: {question: smile, in: [4, 5]}}\n",
        "a.yaml",
    )
    assert list(validator.iter_errors(form.definition())) == []
    bad = form.definition()
    bad["sections"][0]["questions"][0]["type"] = "yesno"
    assert list(validator.iter_errors(bad)) != []


# --- bad forms --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        pytest.param(
            "unknown-type.yaml",
            "sections[0].questions[0].type: unknown type 'yesno' (expected one of: yes_no,",
            id="unknown-type",
        ),
        pytest.param("billion-laughs.yaml", "alias bomb", id="alias-bomb"),
        pytest.param(
            "recursive-alias.yaml", "line 5: an alias refers to itself", id="recursive-alias"
        ),
    ],
)
def test_bad_fixture_forms_are_refused(name: str, fragment: str) -> None:
    problems = refused(FIXTURES / name)
    assert any(fragment in problem for problem in problems), problems


def test_unknown_type_error_names_file_place_and_line() -> None:
    path = FIXTURES / "unknown-type.yaml"
    assert refused(path) == [
        f"{path}: sections[0].questions[0].type: unknown type 'yesno' (expected one of: "
        "yes_no, rating, feeling, choice, multi_choice, number, duration, text, note) (line 9)"
    ]


def test_yaml_python_tag_is_refused_and_nothing_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[Any] = []
    monkeypatch.setattr(os, "system", lambda *args: ran.append(args) or 0)
    monkeypatch.setattr(subprocess, "Popen", lambda *args, **kw: ran.append(args))
    problems = refused(FIXTURES / "python-tag.yaml")
    assert any("tags are not allowed" in problem for problem in problems), problems
    marker = tmp_path / "pwned"
    bad = tmp_path / "touch.yaml"
    bad.write_text(
        f'id: x\nversion: 1\ntitle: !!python/object/apply:os.system ["touch {marker}"]'
        "\nsections: []\n"
    )
    problems = refused(bad)
    assert any("line 3" in problem and "tag" in problem for problem in problems), problems
    assert ran == []
    assert not marker.exists()


MINIMAL_QUESTION = "- {id: q, type: yes_no, text: Q}"
TWO_LANGUAGES = "languages: [en, fi]\n"

BAD_FORMS = [
    # structure and YAML safety
    pytest.param(b"", ["the file is empty"], id="empty-file"),
    pytest.param(b"# only a comment\n", ["the file is empty"], id="only-comments"),
    pytest.param(
        b"- id: x\n- version: 1\n",
        ["expected a mapping", "got a list"],
        id="list-instead-of-mapping",
    ),
    pytest.param(b"just some words\n", ["expected a mapping", "got the text"], id="plain-text"),
    pytest.param(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01",
        ["not a UTF-8 text file"],
        id="png-header",
    ),
    pytest.param(
        "id: x\ntitle: caf\xe9\n".encode("latin-1"),
        ["not a UTF-8 text file (byte 16)"],
        id="latin-1",
    ),
    pytest.param(b"id: x\x00\n", ["NUL bytes"], id="nul-byte"),
    pytest.param(b"id: [unclosed\n", ["line 2, column 1"], id="broken-yaml"),
    pytest.param(b"id: a\nversion: 1\nid: b\n", ["line 3: duplicate key 'id'"], id="duplicate-key"),
    pytest.param(
        form_text("- {id: q, type: yes_no, text: Q, text: R}").encode(),
        ["line 8: duplicate key 'text'"],
        id="duplicate-key-in-question",
    ),
    pytest.param(b"id: &a [*a]\n", ["an alias refers to itself"], id="recursive-alias-list"),
    pytest.param(b"&a {id: *a}\n", ["an alias refers to itself"], id="recursive-alias-mapping"),
    pytest.param(
        ("id: " + "[" * 45 + "]" * 45 + "\n").encode(), ["nested deeper than 40"], id="deep-nesting"
    ),
    pytest.param(
        ("id: " + "[" * 50_000 + "]" * 50_000 + "\n").encode(),
        ["nested too deeply"],
        id="very-deep-nesting",
    ),
    pytest.param(
        form_text(MINIMAL_QUESTION).replace("title: Test form", "title: !foo bar").encode(),
        ["tags are not allowed"],
        id="custom-tag",
    ),
    # ids and sections
    pytest.param(
        form_text("- {id: q, type: yes_no, text: Q}\n- {id: q, type: rating, text: R}").encode(),
        ["sections[0].questions[1].id: duplicate question id 'q' (line 9)"],
        id="duplicate-question-id",
    ),
    pytest.param(
        (
            form_text(MINIMAL_QUESTION) + "  - id: main\n    title: Again\n    questions:\n"
            "      - {id: r, type: yes_no, text: R}\n"
        ).encode(),
        ["sections[1].id: duplicate section id 'main'"],
        id="duplicate-section-id",
    ),
    pytest.param(
        form_text("- {id: q, type: yes_no, text: Q}").replace("id: q,", "id: 'q x',").encode(),
        ["sections[0].questions[0].id: 'q x' is not a valid id"],
        id="bad-question-id",
    ),
    pytest.param(
        form_text(MINIMAL_QUESTION).replace("id: test-form", "id: Test_Form").encode(),
        ["id: 'Test_Form' is not a valid id"],
        id="bad-form-id",
    ),
    pytest.param(
        form_text("").replace("    questions:\n", "    questions: []\n").encode(),
        ["sections[0].questions: "],
        id="section-without-questions",
    ),
    pytest.param(
        b"id: x\nversion: 1\ntitle: X\nsections: []\n", ["sections: "], id="form-without-sections"
    ),
    pytest.param(
        b"version: 1\ntitle: X\nsections: [{id: s, title: S, questions: "
        b"[{id: q, type: yes_no, text: Q}]}]\n",
        ["id: required key is missing"],
        id="missing-id",
    ),
    pytest.param(
        form_text("- {id: q, text: Q}").encode(),
        ["sections[0].questions[0].type: missing 'type'"],
        id="missing-type",
    ),
    # show_if
    pytest.param(
        form_text("- {id: q, type: text, text: Q, show_if: {question: nope, equals: x}}").encode(),
        ["sections[0].questions[0].show_if.question: unknown question 'nope'"],
        id="show-if-unknown-target",
    ),
    pytest.param(
        form_text(
            "- {id: q, type: text, text: Q, show_if: {question: later, "
            "equals: true}}\n- {id: later, type: yes_no, text: L}"
        ).encode(),
        [
            "sections[0].questions[0].show_if.question: 'later' comes later in the form; "
            "a question can only depend on an earlier one"
        ],
        id="show-if-later-question",
    ),
    pytest.param(
        form_text(
            "- {id: q, type: yes_no, text: Q, show_if: {question: q, equals: true}}"
        ).encode(),
        ["show_if.question: a question cannot depend on itself"],
        id="show-if-self",
    ),
    pytest.param(
        form_text(
            "- {id: n, type: note, text: N}\n- {id: q, type: text, text: Q, "
            "show_if: {question: n, equals: x}}"
        ).encode(),
        ["'n' is a note and has no answer"],
        id="show-if-note",
    ),
    pytest.param(
        form_text(
            "- {id: g, type: yes_no, text: G}\n- {id: q, type: text, text: Q, "
            "show_if: {question: g, equals: 'yes'}}"
        ).encode(),
        ["sections[0].questions[1].show_if: 'yes' can never be an answer to 'g'"],
        id="show-if-impossible-value",
    ),
    pytest.param(
        form_text(
            "- {id: r, type: rating, text: R}\n- {id: q, type: text, text: Q, "
            "show_if: {question: r, in: [4, 9]}}"
        ).encode(),
        ["9 can never be an answer to 'r' (9 is outside 1 … 5)"],
        id="show-if-value-out-of-range",
    ),
    pytest.param(
        form_text(
            "- {id: m, type: multi_choice, text: M, options: [{id: a, text: A}]}"
            "\n- {id: q, type: text, text: Q, show_if: {question: m, "
            "equals: b}}"
        ).encode(),
        ["'b' can never be an answer to 'm' (unknown option 'b'"],
        id="show-if-unknown-multi-choice-option",
    ),
    pytest.param(
        form_text(
            "- {id: g, type: yes_no, text: G}\n- {id: q, type: text, text: Q, "
            "show_if: {question: g, equals: true, not_equals: false}}"
        ).encode(),
        ["show_if: expected exactly one of: equals, not_equals, in"],
        id="show-if-two-conditions",
    ),
    # scales, options, timers
    pytest.param(
        form_text("- {id: r, type: rating, text: R, scale: [5, 1]}").encode(),
        ["sections[0].questions[0]: scale [5, 1]: expected [min, max] with min below max"],
        id="reversed-scale",
    ),
    pytest.param(
        form_text("- {id: r, type: rating, text: R, scale: [3, 3]}").encode(),
        ["scale [3, 3]"],
        id="empty-scale",
    ),
    pytest.param(
        form_text("- {id: r, type: rating, text: R, labels: {6: Too high}}").encode(),
        ["label 6 is outside the scale [1, 5]"],
        id="label-outside-scale",
    ),
    pytest.param(
        form_text("- {id: f, type: feeling, text: F, labels: {3: Too high}}").encode(),
        ["label 3 is outside the feeling scale"],
        id="feeling-label-outside",
    ),
    pytest.param(
        form_text(
            "- {id: c, type: choice, text: C, options: [{id: a, text: A}, {id: a, text: B}]}"
        ).encode(),
        ["duplicate option id 'a'"],
        id="duplicate-option",
    ),
    pytest.param(
        form_text("- {id: c, type: choice, text: C, options: []}").encode(),
        ["sections[0].questions[0].options: "],
        id="no-options",
    ),
    pytest.param(
        form_text(
            "- {id: c, type: choice, text: C, points: 2, options: [{id: a, text: A}]}"
        ).encode(),
        ["points given, but no option earns any points"],
        id="points-without-options",
    ),
    pytest.param(
        form_text("- {id: n, type: number, text: N, min: 5, max: 1}").encode(),
        ["min 5 is above max 1"],
        id="number-min-above-max",
    ),
    pytest.param(
        form_text("- {id: d, type: duration, text: D, timer: [left, arrived]}").encode(),
        ["timer ['left', 'arrived']: expected two events in the order"],
        id="timer-backwards",
    ),
    pytest.param(
        form_text("- {id: d, type: duration, text: D, timer: [arrived, lunch]}").encode(),
        ["sections[0].questions[0].timer[1]: got 'lunch'"],
        id="timer-unknown-event",
    ),
    # wrong types
    pytest.param(
        form_text(MINIMAL_QUESTION).replace("version: 1", 'version: "3"').encode(),
        ["version: expected a whole number, got the text '3' (line 2)"],
        id="version-string",
    ),
    pytest.param(
        form_text(MINIMAL_QUESTION).replace("version: 1", "version: 0").encode(),
        ["version: "],
        id="version-zero",
    ),
    pytest.param(
        form_text(MINIMAL_QUESTION).replace("version: 1", "version: 1.5").encode(),
        ["version: expected a whole number"],
        id="version-float",
    ),
    pytest.param(
        form_text("- {id: q, type: yes_no, text: Q, required: 'yes'}").encode(),
        ["sections[0].questions[0].required: expected true or false, got the text 'yes'"],
        id="required-string",
    ),
    pytest.param(
        form_text("- {id: q, type: yes_no, text: Q, points: true}").encode(),
        ["sections[0].questions[0].points: expected a number, got true"],
        id="points-bool",
    ),
    pytest.param(
        form_text("- {id: q, type: yes_no, text: Q, points: '2'}").encode(),
        ["sections[0].questions[0].points: expected a number, got the text '2'"],
        id="points-string",
    ),
    pytest.param(
        form_text("- {id: q, type: yes_no, text: Q, points: -1}").encode(),
        ["sections[0].questions[0].points: "],
        id="points-negative",
    ),
    pytest.param(
        form_text("- {id: q, type: yes_no, text: Q, points: .nan}").encode(),
        ["sections[0].questions[0].points: "],
        id="points-nan",
    ),
    pytest.param(
        form_text("- {id: q, type: yes_no, text: Q, allow_na: 1}").encode(),
        ["sections[0].questions[0].allow_na: expected true or false, got the number 1"],
        id="allow-na-number",
    ),
    pytest.param(
        form_text("- {id: r, type: rating, text: R, scale: [1, '5']}").encode(),
        ["sections[0].questions[0].scale[1]: expected a whole number"],
        id="scale-string",
    ),
    pytest.param(
        form_text("- {id: q, type: yes_no, text: 42}").encode(),
        ["sections[0].questions[0].text: expected a text"],
        id="text-number",
    ),
    pytest.param(
        form_text("- {id: q, type: yes_no, text: ''}").encode(),
        ["sections[0].questions[0].text: expected a non-empty text"],
        id="text-empty",
    ),
    pytest.param(
        form_text("- {id: q, type: yes_no, text: !!binary aGk=}").encode(),
        ["sections[0].questions[0].text: expected a text"],
        id="binary-text",
    ),
    pytest.param(
        form_text(MINIMAL_QUESTION).replace("sections:\n", "sections: {}\nx:\n").encode(),
        ["sections: expected a list"],
        id="sections-mapping",
    ),
    pytest.param(
        form_text(MINIMAL_QUESTION, head="channels: [carrier_pigeon]\n").encode(),
        ["channels[0]: got 'carrier_pigeon'"],
        id="unknown-channel",
    ),
    # unknown keys
    pytest.param(
        form_text("- {id: q, type: yes_no, text: Q, colour: red}").encode(),
        ["sections[0].questions[0].colour: unknown key (line 8)"],
        id="unknown-question-key",
    ),
    pytest.param(
        (form_text(MINIMAL_QUESTION) + "owner: me\n").encode(),
        ["owner: unknown key"],
        id="unknown-form-key",
    ),
    pytest.param(
        form_text(
            "- {id: c, type: choice, text: C, options: [{id: a, text: A, score: 2}]}"
        ).encode(),
        ["sections[0].questions[0].options[0].score: unknown key"],
        id="unknown-option-key",
    ),
    pytest.param(
        form_text("- {id: q, type: yes_no, text: Q, target: 30}").encode(),
        ["sections[0].questions[0].target: unknown key"],
        id="key-of-another-type",
    ),
    # critical on unscored questions
    pytest.param(
        form_text("- {id: t, type: text, text: T, critical: true}").encode(),
        ["sections[0].questions[0].critical: unknown key"],
        id="critical-text",
    ),
    pytest.param(
        form_text("- {id: d, type: duration, text: D, critical: true}").encode(),
        ["sections[0].questions[0].critical: question 'd' earns no points"],
        id="critical-duration-without-target",
    ),
    pytest.param(
        form_text("- {id: f, type: feeling, text: F, critical: true}").encode(),
        ["sections[0].questions[0].critical: question 'f' earns no points"],
        id="critical-unscored-feeling",
    ),
    pytest.param(
        form_text("- {id: q, type: yes_no, text: Q, points: 0, critical: true}").encode(),
        ["sections[0].questions[0].critical: question 'q' earns no points"],
        id="critical-zero-points",
    ),
    pytest.param(
        form_text(
            "- {id: c, type: choice, text: C, critical: true, options: "
            "[{id: a, text: A}, {id: b, text: B}]}"
        ).encode(),
        ["sections[0].questions[0].critical: question 'c' earns no points"],
        id="critical-choice-all-zero-options",
    ),
    # languages
    pytest.param(
        form_text("- {id: q, type: yes_no, text: {fi: Q}}", head=TWO_LANGUAGES).encode(),
        ["sections[0].questions[0].text: missing the default language 'en'"],
        id="missing-default-language",
    ),
    pytest.param(
        form_text("- {id: q, type: yes_no, text: {en: Q, sv: Q}}", head=TWO_LANGUAGES).encode(),
        ["sections[0].questions[0].text: language 'sv' is not in languages ['en', 'fi']"],
        id="language-not-listed",
    ),
    pytest.param(
        form_text(
            "- {id: c, type: choice, text: C, options: [{id: a, text: {fi: A}}]}",
            head=TWO_LANGUAGES,
        ).encode(),
        ["sections[0].questions[0].options[0].text: missing the default language"],
        id="option-missing-default-language",
    ),
    pytest.param(
        form_text(
            "- {id: r, type: rating, text: R, labels: {1: {sv: Nej}}}", head=TWO_LANGUAGES
        ).encode(),
        ["sections[0].questions[0].labels[1]: language 'sv' is not in languages"],
        id="label-language-not-listed",
    ),
    pytest.param(
        form_text(MINIMAL_QUESTION, head="languages: [en, fi, en]\n").encode(),
        ["languages: a language is listed twice"],
        id="language-twice",
    ),
    pytest.param(
        form_text(MINIMAL_QUESTION, head="languages: [english]\n").encode(),
        ["languages[0]: 'english' is not a valid id or code"],
        id="bad-language-code",
    ),
    pytest.param(
        form_text(MINIMAL_QUESTION, head="languages: []\n").encode(),
        ["languages: "],
        id="no-languages",
    ),
]


@pytest.mark.parametrize(("content", "fragments"), BAD_FORMS)
def test_bad_form_is_refused_naming_file_and_place(
    tmp_path: Path, content: bytes, fragments: list[str]
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    problems = refused(path)
    for fragment in fragments:
        assert any(fragment in problem for problem in problems), (fragment, problems)


def test_every_problem_of_a_form_is_reported_at_once(tmp_path: Path) -> None:
    path = tmp_path / "many.yaml"
    path.write_text(
        form_text("""
        - {id: a, type: yesno, text: A}
        - {id: b, type: yes_no, text: B, required: 'yes'}
        - {id: c, type: rating, text: C, colour: red}
    """)
    )
    problems = refused(path)
    assert len(problems) == 3
    assert any("questions[0].type: unknown type 'yesno'" in p for p in problems)
    assert any("questions[1].required: expected true or false" in p for p in problems)
    assert any("questions[2].colour: unknown key" in p for p in problems)


def test_each_problem_is_also_located_as_data_for_the_form_builder() -> None:
    data: dict[str, Any] = {
        "id": "located",
        "version": 1,
        "title": {"en": "T", "fi": "T"},
        "languages": ["en", "fi"],
        "sections": [
            {
                "id": "s",
                "title": "S",
                "questions": [
                    {"id": "a", "type": "yes_no", "text": "A", "points": -1},
                    {"id": "b", "type": "choice", "text": "B", "options": [{"id": "x"}]},
                    {"id": "c", "type": "rating", "text": "C", "scale": [5, 1]},
                ],
            }
        ],
    }
    with pytest.raises(FormError) as error:
        validate_form(data, "f.yaml")
    located = dict(error.value.located)
    assert len(error.value.located) == len(error.value.problems) == 3
    prefix = ("sections", 0, "questions")
    assert located[(*prefix, 0, "points")] == "input should be greater than or equal to 0"
    assert located[(*prefix, 1, "options", 0, "text")] == "required key is missing"
    assert located[(*prefix, 2)] == "scale [5, 1]: expected [min, max] with min below max"
    for (_place, message), line in zip(error.value.located, error.value.problems, strict=True):
        assert line.endswith(message) and line.startswith("f.yaml: sections[0].")
    # Problems of the whole form (found once every field is valid) have their places too.
    data["sections"][0]["questions"] = [
        {"id": "a", "type": "yes_no", "text": "A", "critical": True, "points": 0},
        {"id": "b", "type": "text", "text": {"en": "B", "sv": "B"}},
        {"id": "b", "type": "text", "text": "B2", "show_if": {"question": "a", "in": ["maybe"]}},
    ]
    with pytest.raises(FormError) as error:
        validate_form(data)
    assert [place for place, _ in error.value.located] == [
        (*prefix, 1, "text"),
        (*prefix, 0, "critical"),
        (*prefix, 2, "id"),
    ]
    data["sections"][0]["questions"].pop()
    data["sections"][0]["questions"][1]["show_if"] = {"question": "a", "in": ["maybe"]}
    with pytest.raises(FormError) as error:
        validate_form({**data, "title": "T"})
    assert (
        (*prefix, 1, "show_if"),
        "'maybe' can never be an answer to 'a' (expected true or false)",
    ) in error.value.located


def test_a_problem_of_the_whole_file_is_located_at_the_form() -> None:
    with pytest.raises(FormError) as error:
        parse_form("id: [unclosed", "bad.yaml")
    assert error.value.located == [((), error.value.problems[0])]


def test_file_over_one_megabyte_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    padding = "#" * (MAX_FORM_BYTES + 1) + "\n"
    path.write_text(padding + form_text(MINIMAL_QUESTION))
    problems = refused(path)
    assert any("a form may have at most 1,000,000" in problem for problem in problems)


@pytest.mark.parametrize("as_bytes", [True, False], ids=["bytes", "str"])
def test_parse_form_refuses_more_than_one_megabyte(as_bytes: bool) -> None:
    text = "#" * MAX_FORM_BYTES + "\n" + form_text(MINIMAL_QUESTION)
    with pytest.raises(FormError, match="at most 1,000,000"):
        parse_form(text.encode() if as_bytes else text, "big.yaml")


def test_form_just_under_the_size_limit_loads() -> None:
    text = form_text(MINIMAL_QUESTION)
    text = "#" * (MAX_FORM_BYTES - len(text) - 2) + "\n" + text
    assert len(text.encode()) < MAX_FORM_BYTES
    assert parse_form(text, "big.yaml").id == "test-form"


def test_missing_file_is_a_form_error(tmp_path: Path) -> None:
    path = tmp_path / "absent.yaml"
    with pytest.raises(FormError, match="cannot read"):
        load_form(path)


def test_utf8_byte_order_mark_is_accepted() -> None:
    assert parse_form(b"\xef\xbb\xbf" + form_text(MINIMAL_QUESTION).encode(), "bom.yaml").id


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(None, id="none"),
        pytest.param([1, 2], id="list"),
        pytest.param("form", id="string"),
        pytest.param(3, id="number"),
    ],
)
def test_validate_form_refuses_non_mappings(data: Any) -> None:
    with pytest.raises(FormError) as caught:
        validate_form(data, "db")
    assert caught.value.problems[0].startswith("db: expected a mapping")


def test_show_if_equals_an_option_of_an_earlier_multi_choice_is_valid() -> None:
    form = form_of("""
        - {id: m, type: multi_choice, text: M, options: [{id: a, text: A}, {id: b, text: B}]}
        - {id: q, type: text, text: Q, show_if: {question: m, equals: a}}
        - {id: r, type: text, text: R, show_if: {question: m, in: [a, b]}}
        - {id: s, type: text, text: S, show_if: {question: m, not_equals: b}}
    """)
    assert visible_questions(form, {"m": ["a"]}) == {"m", "q", "r", "s"}
    assert visible_questions(form, {"m": ["b"]}) == {"m", "r"}
    assert visible_questions(form, {"m": []}) == {"m", "s"}
    assert visible_questions(form, {}) == {"m"}


# --- answers ----------------------------------------------------------------------------------

ANSWER_CASES = [
    # yes_no
    ("{id: q, type: yes_no, text: Q}", True, None),
    ("{id: q, type: yes_no, text: Q}", False, None),
    ("{id: q, type: yes_no, text: Q}", 1, "expected true or false"),
    ("{id: q, type: yes_no, text: Q}", "yes", "expected true or false"),
    ("{id: q, type: yes_no, text: Q}", None, "expected true or false"),
    # rating
    ("{id: q, type: rating, text: Q}", 1, None),
    ("{id: q, type: rating, text: Q}", 5, None),
    ("{id: q, type: rating, text: Q}", 3.5, "expected a whole number from 1 to 5"),
    ("{id: q, type: rating, text: Q}", 0, "0 is outside 1 … 5"),
    ("{id: q, type: rating, text: Q}", 6, "6 is outside 1 … 5"),
    ("{id: q, type: rating, text: Q}", True, "expected a whole number"),
    ("{id: q, type: rating, text: Q}", "4", "expected a whole number"),
    ("{id: q, type: rating, text: Q, scale: [0, 10]}", 0, None),
    ("{id: q, type: rating, text: Q, scale: [0, 10]}", 11, "11 is outside 0 … 10"),
    # feeling
    ("{id: q, type: feeling, text: Q}", -2, None),
    ("{id: q, type: feeling, text: Q}", 0, None),
    ("{id: q, type: feeling, text: Q}", 2, None),
    ("{id: q, type: feeling, text: Q}", 3, "3 is outside -2 … 2"),
    ("{id: q, type: feeling, text: Q}", -3, "-3 is outside -2 … 2"),
    ("{id: q, type: feeling, text: Q}", 0.5, "expected a whole number from -2 to 2"),
    ("{id: q, type: feeling, text: Q}", False, "expected a whole number"),
    # choice
    ("{id: q, type: choice, text: Q, options: [{id: a, text: A}, {id: b, text: B}]}", "a", None),
    (
        "{id: q, type: choice, text: Q, options: [{id: a, text: A}, {id: b, text: B}]}",
        "z",
        "unknown option 'z' (expected one of: a, b)",
    ),
    ("{id: q, type: choice, text: Q, options: [{id: a, text: A}]}", 1, "expected an option id"),
    ("{id: q, type: choice, text: Q, options: [{id: a, text: A}]}", ["a"], "expected an option id"),
    # multi_choice
    (
        "{id: q, type: multi_choice, text: Q, options: [{id: a, text: A}, {id: b, text: B}]}",
        ["a", "b"],
        None,
    ),
    ("{id: q, type: multi_choice, text: Q, options: [{id: a, text: A}]}", [], None),
    (
        "{id: q, type: multi_choice, text: Q, options: [{id: a, text: A}]}",
        "a",
        "expected a list of option ids",
    ),
    (
        "{id: q, type: multi_choice, text: Q, options: [{id: a, text: A}]}",
        [1],
        "expected a list of option ids",
    ),
    (
        "{id: q, type: multi_choice, text: Q, options: [{id: a, text: A}]}",
        ["a", "a"],
        "an option is chosen twice",
    ),
    (
        "{id: q, type: multi_choice, text: Q, options: [{id: a, text: A}]}",
        ["a", "x"],
        "unknown option 'x'",
    ),
    # number
    ("{id: q, type: number, text: Q}", -7.25, None),
    ("{id: q, type: number, text: Q, min: 0, max: 10}", 10, None),
    ("{id: q, type: number, text: Q, min: 0, max: 10}", 2.5, None),
    ("{id: q, type: number, text: Q, min: 0, max: 10}", -1, "-1 is below the minimum 0"),
    ("{id: q, type: number, text: Q, min: 0, max: 10}", 11, "11 is above the maximum 10"),
    ("{id: q, type: number, text: Q}", True, "expected a number"),
    ("{id: q, type: number, text: Q}", "5", "expected a number"),
    ("{id: q, type: number, text: Q}", float("nan"), "expected a number"),
    ("{id: q, type: number, text: Q}", float("inf"), "expected a number"),
    # duration
    ("{id: q, type: duration, text: Q}", 0, None),
    ("{id: q, type: duration, text: Q}", 12.5, None),
    ("{id: q, type: duration, text: Q}", -1, "expected seconds, a number of 0 or more"),
    ("{id: q, type: duration, text: Q}", True, "expected seconds"),
    ("{id: q, type: duration, text: Q}", "12", "expected seconds"),
    ("{id: q, type: duration, text: Q}", 8 * 86_400, "longer than a week"),
    # text
    ("{id: q, type: text, text: Q}", "Hei!", None),
    ("{id: q, type: text, text: Q}", "", None),
    ("{id: q, type: text, text: Q}", 5, "expected a text"),
    ("{id: q, type: text, text: Q, max_length: 3}", "abcd", "longer than 3 characters"),
    # note
    ("{id: q, type: note, text: Q}", "anything", "a note takes no answer"),
]


@pytest.mark.parametrize(
    ("question", "value", "reason"),
    [
        pytest.param(
            q,
            v,
            r,
            id=f"{q.split('type: ')[1].split(',')[0]}-{v!r}-" + ("ok" if r is None else "refused"),
        )
        for q, v, r in ANSWER_CASES
    ],
)
def test_check_answer(question: str, value: Any, reason: str | None) -> None:
    got = check_answer(one_question("- " + question), value)
    if reason is None:
        assert got is None
    else:
        assert got is not None and reason in got


ANSWER_FORM = """
- {id: greeted, type: yes_no, text: G}
- {id: smile, type: rating, text: S, allow_na: true}
- {id: how, type: text, text: H}
"""


@pytest.mark.parametrize(
    ("answers", "na", "problems"),
    [
        pytest.param({"greeted": True, "smile": 4, "how": "Hi"}, [], [], id="valid"),
        pytest.param({}, ["smile"], [], id="allowed-na"),
        pytest.param({"greeted": "yes"}, [], ["greeted: expected true or false"], id="wrong-type"),
        pytest.param({"smile": 9}, [], ["smile: 9 is outside 1 … 5"], id="out-of-range"),
        pytest.param(
            {"smile": 3.5},
            [],
            ["smile: expected a whole number from 1 to 5"],
            id="rating-not-whole",
        ),
        pytest.param(
            {"smiles": 4}, [], ["smiles: no such question in test-form v1"], id="unknown-question"
        ),
        pytest.param(
            {}, ["greeted"], ["greeted: N/A is not allowed for this question"], id="na-not-allowed"
        ),
        pytest.param({}, ["ghost"], ["ghost: no such question in test-form v1"], id="na-unknown"),
        pytest.param(
            {"smile": 3}, ["smile"], ["smile: both answered and marked N/A"], id="answered-and-na"
        ),
        pytest.param(
            {"greeted": 1, "how": 2},
            [],
            ["greeted: expected true or false", "how: expected a text"],
            id="every-problem",
        ),
    ],
)
def test_answer_problems(answers: dict[str, Any], na: list[str], problems: list[str]) -> None:
    assert answer_problems(form_of(ANSWER_FORM), answers, na) == problems


REQUIRED_FORM = """
- {id: greeted, type: yes_no, text: G, required: true}
- {id: how, type: text, text: H, required: true, show_if: {question: greeted, equals: true}}
- {id: why, type: text, text: W, required: true, show_if: {question: greeted, equals: false}}
- {id: smile, type: rating, text: S, required: true, allow_na: true}
- {id: extra, type: text, text: E}
"""


@pytest.mark.parametrize(
    ("answers", "na", "missing"),
    [
        pytest.param({}, [], ["greeted", "smile"], id="nothing-answered-hides-follow-ups"),
        pytest.param({"greeted": True}, [], ["how", "smile"], id="yes-shows-how"),
        pytest.param({"greeted": False}, [], ["why", "smile"], id="no-shows-why"),
        pytest.param({"greeted": True, "how": "Hi", "smile": 4}, [], [], id="complete"),
        pytest.param({"greeted": False, "why": "Busy"}, ["smile"], [], id="na-counts-as-given"),
    ],
)
def test_missing_required_respects_show_if(
    answers: dict[str, Any], na: list[str], missing: list[str]
) -> None:
    form = form_of(REQUIRED_FORM)
    assert [q.id for q in missing_required(form, answers, na)] == missing


TIMER_FORM = """
- {id: wait, type: duration, text: W, timer: [arrived, greeted], target: 30}
- {id: service, type: duration, text: S, timer: [greeted, served]}
- {id: visit, type: duration, text: V, timer: [arrived, left]}
- {id: manual, type: duration, text: M}
"""
HELSINKI = timezone(timedelta(hours=2))
ARRIVED = datetime(2026, 11, 20, 14, 5, 2, tzinfo=HELSINKI)


@pytest.mark.parametrize(
    ("timer", "expected"),
    [
        pytest.param(
            {"arrived": ARRIVED, "greeted": ARRIVED + timedelta(seconds=12)},
            {"wait": 12},
            id="two-taps",
        ),
        pytest.param(
            {
                "arrived": ARRIVED,
                "greeted": datetime(2026, 11, 20, 12, 5, 14, tzinfo=UTC),
                "served": datetime(2026, 11, 20, 12, 7, 14, tzinfo=UTC),
                "left": ARRIVED + timedelta(minutes=10),
            },
            {"wait": 12, "service": 120, "visit": 600},
            id="different-time-zones",
        ),
        pytest.param({"arrived": ARRIVED}, {}, id="one-tap-only"),
        pytest.param(
            {"arrived": ARRIVED, "greeted": ARRIVED - timedelta(seconds=5)},
            {},
            id="end-before-start-ignored",
        ),
        pytest.param({}, {}, id="no-taps"),
    ],
)
def test_timer_durations_in_seconds(timer: dict[str, datetime], expected: dict[str, float]) -> None:
    assert timer_durations(form_of(TIMER_FORM), timer) == expected


def test_a_yes_no_question_linked_to_a_timer_event_is_answered_by_its_tap() -> None:
    form = form_of(
        """
- {id: greeted, type: yes_no, text: G, timer: greeted}
- {id: served, type: yes_no, text: S, timer: served}
- {id: smiled, type: yes_no, text: M}
"""
    )
    assert timer_answers(form, {"arrived": ARRIVED, "greeted": ARRIVED}) == {"greeted": True}
    assert timer_answers(form, {}) == {}
    shipped = load_form(SHIPPED_FORMS / "service-encounter.yaml")
    assert timer_answers(shipped, {"greeted": ARRIVED}) == {"greeted_on_arrival": True}


def test_a_yes_no_timer_link_names_a_timer_event() -> None:
    with pytest.raises(FormError, match="timer"):
        form_of("- {id: greeted, type: yes_no, text: G, timer: smiled}")


# --- shipped forms ----------------------------------------------------------------------------


def shipped_forms() -> list[Path]:
    return sorted(SHIPPED_FORMS.glob("*.yaml"))


@pytest.mark.parametrize(
    "path",
    shipped_forms()
    or [pytest.param(None, marks=pytest.mark.skip(reason="no shipped forms in forms/ yet"))],
    ids=lambda p: p.name if isinstance(p, Path) else "none",
)
def test_shipped_form_loads_and_round_trips(path: Path) -> None:
    form = load_form(path)
    again = validate_form(json.loads(form.canonical_json()), "database")
    assert again == form
    assert again.content_hash() == form.content_hash()
    try:
        import jsonschema
    except ImportError:
        return
    assert list(jsonschema.Draft202012Validator(json_schema()).iter_errors(form.definition())) == []


def test_shipped_forms_cover_the_built_in_dimensions() -> None:
    paths = shipped_forms()
    if not paths:
        pytest.skip("no shipped forms in forms/ yet")
    forms = [load_form(path) for path in paths]
    assert len({form.id for form in forms}) == len(forms), "two shipped forms share an id"
    dimensions = {
        question.dimension
        for form in forms
        for question in form.answerable()
        if getattr(question, "dimension", None)
    }
    assert set(BUILTIN_DIMENSIONS) == {
        "greeting",
        "smile",
        "presence",
        "helpfulness",
        "feeling",
        "farewell",
    }
    missing = set(BUILTIN_DIMENSIONS) - dimensions
    assert not missing, f"no shipped form asks about {sorted(missing)}"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ({"type": "yes_no"}, [True, False]),
        ({"type": "rating", "scale": [0, 3]}, [0, 1, 2, 3]),
        ({"type": "feeling"}, [-2, -1, 0, 1, 2]),
        (
            {"type": "choice", "options": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}]},
            ["a", "b"],
        ),
        ({"type": "multi_choice", "options": [{"id": "x", "text": "X"}]}, ["x"]),
        ({"type": "number"}, None),
        ({"type": "duration"}, None),
        ({"type": "text"}, None),
        ({"type": "note"}, []),
    ],
    ids=lambda value: value["type"] if isinstance(value, dict) else None,
)
def test_condition_values_are_what_a_show_if_may_name(
    question: dict[str, Any], expected: list[Any] | None
) -> None:
    def form_with(condition: dict[str, Any]) -> Form:
        return validate_form(
            {
                "id": "f",
                "version": 1,
                "title": "F",
                "sections": [
                    {
                        "id": "s",
                        "title": "S",
                        "questions": [
                            {"id": "t", "text": "T", **question},
                            {"id": "d", "type": "text", "text": "D", "show_if": condition},
                        ],
                    }
                ],
            }
        )

    base = validate_form(
        {
            "id": "f",
            "version": 1,
            "title": "F",
            "sections": [
                {"id": "s", "title": "S", "questions": [{"id": "t", "text": "T", **question}]}
            ],
        }
    )
    found = base.questions_by_id()["t"].condition_values()
    assert found == expected
    for value in found or []:  # every value offered is one the format accepts
        form_with({"question": "t", "equals": value})
    if found is not None and question["type"] != "note":
        with pytest.raises(FormError):
            form_with({"question": "t", "equals": "not-a-value-of-it"})
