"""Scoring rules of DESIGN.md ("Scoring"), one table per rule; expected numbers are literals."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mysteryshop.forms import Form, validate_form
from mysteryshop.scoring import (
    Ratio,
    net_uplift,
    percent,
    question_points,
    score_encounter,
)

# --- helpers ----------------------------------------------------------------------------------


def make_form(
    *questions: dict[str, Any],
    sections: dict[str, list[dict[str, Any]]] | None = None,
) -> Form:
    """A form of plain-string texts from question dicts; `sections` maps section id to its
    questions, else all questions go into one section 'main'."""
    if sections is None:
        sections = {"main": list(questions)}
    data = {
        "id": "test-form",
        "version": 1,
        "title": "Test form",
        "sections": [
            {
                "id": section_id,
                "title": section_id.title(),
                "questions": [{"text": f"Question {q['id']}?", **q} for q in items],
            }
            for section_id, items in sections.items()
        ],
    }
    return validate_form(data, "test-form.yaml")


def the_question(question: dict[str, Any]) -> Any:
    form = make_form({"id": "q", **question})
    found = form.question("q")
    assert found is not None
    return found


def points_of(question: dict[str, Any], answer: Any) -> tuple[float, float] | None:
    ratio = question_points(the_question(question), answer)
    return None if ratio is None else (ratio.earned, ratio.possible)


YES = {"type": "yes_no"}
CHOICE_2_1_0 = {
    "type": "choice",
    "options": [
        {"id": "best", "text": "Best", "points": 2},
        {"id": "fair", "text": "Fair", "points": 1},
        {"id": "none", "text": "None", "points": 0},
    ],
}
MULTI = {
    "type": "multi_choice",
    "options": [
        {"id": "a", "text": "A", "points": 1},
        {"id": "b", "text": "B", "points": 2},
        {"id": "rude", "text": "Rude", "points": -1},
        {"id": "zero", "text": "Zero"},
    ],
}

# --- points per question type -----------------------------------------------------------------

POINTS_CASES = [
    # yes_no: true = all, false = none; default points 1
    pytest.param(YES, True, (1.0, 1.0), id="yes_no-true-default-points-1"),
    pytest.param(YES, False, (0.0, 1.0), id="yes_no-false-earns-none"),
    pytest.param({**YES, "points": 2}, True, (2.0, 2.0), id="yes_no-true-2-points"),
    pytest.param({**YES, "points": 2}, False, (0.0, 2.0), id="yes_no-false-2-points"),
    pytest.param({**YES, "points": 0}, True, None, id="yes_no-points-0-not-scored"),
    # rating: linear from min (none) to max (all)
    pytest.param(
        {"type": "rating", "scale": [1, 5], "points": 2},
        4,
        (1.5, 2.0),
        id="rating-1-5-value-4-of-2-points",
    ),
    pytest.param(
        {"type": "rating", "scale": [1, 5], "points": 2}, 1, (0.0, 2.0), id="rating-min-earns-none"
    ),
    pytest.param(
        {"type": "rating", "scale": [1, 5], "points": 2}, 5, (2.0, 2.0), id="rating-max-earns-all"
    ),
    pytest.param({"type": "rating"}, 3, (0.5, 1.0), id="rating-default-scale-1-5-default-points-1"),
    pytest.param(
        {"type": "rating", "scale": [0, 10], "points": 5}, 7, (3.5, 5.0), id="rating-0-10-value-7"
    ),
    pytest.param(
        {"type": "rating", "scale": [-3, 3], "points": 6}, 0, (3.0, 6.0), id="rating-negative-min"
    ),
    pytest.param({"type": "rating", "points": 0}, 5, None, id="rating-points-0-not-scored"),
    # feeling: default points 0 (an outcome); with points like a rating on -2..+2
    pytest.param({"type": "feeling"}, 2, None, id="feeling-default-not-scored"),
    pytest.param({"type": "feeling", "points": 4}, -2, (0.0, 4.0), id="feeling-minus-2-none"),
    pytest.param({"type": "feeling", "points": 4}, 0, (2.0, 4.0), id="feeling-0-half"),
    pytest.param({"type": "feeling", "points": 4}, 1, (3.0, 4.0), id="feeling-plus-1"),
    pytest.param({"type": "feeling", "points": 4}, 2, (4.0, 4.0), id="feeling-plus-2-all"),
    pytest.param({"type": "feeling", "points": 2}, 1, (1.5, 2.0), id="feeling-plus-1-of-2"),
    # duration: all at or under target, none above; no target: not scored
    pytest.param({"type": "duration", "target": 30}, 12, (1.0, 1.0), id="duration-under-target"),
    pytest.param({"type": "duration", "target": 30}, 30, (1.0, 1.0), id="duration-at-target"),
    pytest.param(
        {"type": "duration", "target": 30}, 30.5, (0.0, 1.0), id="duration-just-above-target"
    ),
    pytest.param({"type": "duration", "target": 30}, 300, (0.0, 1.0), id="duration-far-above"),
    pytest.param(
        {"type": "duration", "target": 60, "points": 3},
        0,
        (3.0, 3.0),
        id="duration-zero-seconds-3-points",
    ),
    pytest.param({"type": "duration"}, 5, None, id="duration-no-target-not-scored"),
    pytest.param(
        {"type": "duration", "points": 5}, 5, None, id="duration-points-but-no-target-not-scored"
    ),
    # choice: chosen option's points out of the highest option's
    pytest.param(CHOICE_2_1_0, "best", (2.0, 2.0), id="choice-best"),
    pytest.param(CHOICE_2_1_0, "fair", (1.0, 2.0), id="choice-fair"),
    pytest.param(CHOICE_2_1_0, "none", (0.0, 2.0), id="choice-zero-option"),
    pytest.param(
        {**CHOICE_2_1_0, "points": 6},
        "fair",
        (3.0, 6.0),
        id="choice-points-scale-chosen-over-highest",
    ),
    pytest.param(
        {
            "type": "choice",
            "options": [
                {"id": "good", "text": "Good", "points": 3},
                {"id": "plain", "text": "Plain"},
            ],
        },
        "plain",
        (0.0, 3.0),
        id="choice-option-points-default-0",
    ),
    pytest.param(
        {
            "type": "choice",
            "options": [
                {"id": "good", "text": "Good", "points": 2},
                {"id": "bad", "text": "Bad", "points": -1},
            ],
        },
        "bad",
        (0.0, 2.0),
        id="choice-negative-option-clamped-at-0",
    ),
    pytest.param(
        {
            "type": "choice",
            "options": [{"id": "x", "text": "X"}, {"id": "y", "text": "Y", "points": 0}],
        },
        "x",
        None,
        id="choice-all-options-0-not-scored",
    ),
    # multi_choice: sum of chosen (never below 0) out of the sum of the positive ones (1+2=3)
    pytest.param(MULTI, ["a", "b"], (3.0, 3.0), id="multi-all-positive"),
    pytest.param(MULTI, ["a"], (1.0, 3.0), id="multi-one"),
    pytest.param(MULTI, ["b", "rude"], (1.0, 3.0), id="multi-negative-subtracts"),
    pytest.param(MULTI, ["a", "rude"], (0.0, 3.0), id="multi-sum-zero"),
    pytest.param(MULTI, ["rude"], (0.0, 3.0), id="multi-negative-sum-clamped-at-0"),
    pytest.param(MULTI, ["zero"], (0.0, 3.0), id="multi-zero-option"),
    pytest.param(MULTI, [], (0.0, 3.0), id="multi-none-chosen"),
    pytest.param(MULTI, ["a", "b", "rude", "zero"], (2.0, 3.0), id="multi-everything"),
    pytest.param({**MULTI, "points": 6}, ["b"], (4.0, 6.0), id="multi-points-scale"),
    pytest.param(
        {
            "type": "multi_choice",
            "options": [{"id": "x", "text": "X"}, {"id": "y", "text": "Y", "points": -2}],
        },
        ["x"],
        None,
        id="multi-no-positive-option-not-scored",
    ),
    # number, text, note: never scored
    pytest.param({"type": "number"}, 5, None, id="number-never-scored"),
    pytest.param({"type": "number", "min": 0, "max": 10}, 10, None, id="number-range-never-scored"),
    pytest.param({"type": "text"}, "Hello!", None, id="text-never-scored"),
    pytest.param({"type": "note"}, None, None, id="note-never-scored"),
]


@pytest.mark.parametrize(("question", "answer", "expected"), POINTS_CASES)
def test_question_points_per_type(
    question: dict[str, Any], answer: Any, expected: tuple[float, float] | None
) -> None:
    got = points_of(question, answer)
    if expected is None:
        assert got is None
    else:
        assert got == pytest.approx(expected)


@pytest.mark.parametrize(
    ("question", "possible"),
    [
        pytest.param(YES, 1.0, id="yes_no"),
        pytest.param({"type": "rating"}, 1.0, id="rating"),
        pytest.param({"type": "duration", "target": 10}, 1.0, id="duration"),
        pytest.param({"type": "feeling"}, 0.0, id="feeling"),
        pytest.param(CHOICE_2_1_0, 2.0, id="choice-highest-option"),
        pytest.param(MULTI, 3.0, id="multi-sum-of-positive-options"),
        pytest.param({"type": "number"}, 0.0, id="number"),
        pytest.param({"type": "text"}, 0.0, id="text"),
        pytest.param({"type": "note"}, 0.0, id="note"),
    ],
)
def test_default_points_per_type(question: dict[str, Any], possible: float) -> None:
    found = the_question(question)
    assert found.max_points == possible
    assert found.scored is (possible > 0)


# --- encounter score: what drops out ----------------------------------------------------------


def test_field_notes_example_na_drops_out_of_possible_points() -> None:
    # 10 questions of 10 points, one N/A: out of 90; one 'no' among the other nine: 80/90.
    form = make_form(
        *({"id": f"q{i}", "type": "yes_no", "points": 10, "allow_na": True} for i in range(10))
    )
    answers = {f"q{i}": True for i in range(1, 10)}
    answers["q9"] = False
    result = score_encounter(form, answers, na=["q0"])
    assert result.total.possible == 90
    assert result.total.earned == 80
    assert result.score == pytest.approx(88.888888889)
    assert result.questions["q0"].state == "na"
    assert result.questions["q0"].points is None


SCORED_TRIO = (
    {"id": "a", "type": "yes_no", "points": 2, "allow_na": True},
    {"id": "b", "type": "rating", "scale": [1, 5], "points": 4, "allow_na": True},
    {"id": "c", "type": "duration", "target": 30, "allow_na": True},
)


@pytest.mark.parametrize(
    ("answers", "na", "earned", "possible", "score"),
    [
        pytest.param({"a": True, "b": 5, "c": 10}, [], 7, 7, 100.0, id="all-full"),
        pytest.param({"a": False, "b": 3, "c": 45}, [], 2, 7, 200 / 7, id="partial"),
        pytest.param({"a": True, "b": 3}, [], 4, 6, 200 / 3, id="unanswered-drops-out"),
        pytest.param({"a": True, "b": 3}, ["c"], 4, 6, 200 / 3, id="na-drops-out"),
        pytest.param({"a": False}, ["b", "c"], 0, 2, 0.0, id="only-one-left-earning-0"),
        pytest.param({}, [], 0, 0, None, id="nothing-answered-no-score"),
        pytest.param({}, ["a", "b", "c"], 0, 0, None, id="everything-na-no-score"),
    ],
)
def test_encounter_score_is_earned_over_possible(
    answers: dict[str, Any], na: list[str], earned: float, possible: float, score: float | None
) -> None:
    result = score_encounter(make_form(*SCORED_TRIO), answers, na)
    assert result.total.earned == pytest.approx(earned)
    assert result.total.possible == pytest.approx(possible)
    if score is None:
        assert result.score is None
    else:
        assert result.score == pytest.approx(score)


def test_form_without_scored_questions_has_no_score() -> None:
    form = make_form(
        {"id": "feeling", "type": "feeling"},
        {"id": "staff", "type": "number"},
        {"id": "how", "type": "text"},
        {"id": "about", "type": "note"},
        {"id": "wait", "type": "duration"},
    )
    result = score_encounter(form, {"feeling": 2, "staff": 3, "how": "Fine", "wait": 5})
    assert result.score is None
    assert result.total == Ratio(0.0, 0.0)
    assert result.sections["main"].score is None
    assert result.dimensions == {}
    assert {qid: r.state for qid, r in result.questions.items()} == {
        "feeling": "unscored",
        "staff": "unscored",
        "how": "unscored",
        "wait": "unscored",
    }
    assert "about" not in result.questions  # a note takes no answer


def test_hidden_question_drops_out_even_when_answered() -> None:
    form = make_form(
        {"id": "greeted", "type": "yes_no"},
        {
            "id": "natural",
            "type": "yes_no",
            "points": 3,
            "show_if": {"question": "greeted", "equals": True},
        },
    )
    result = score_encounter(form, {"greeted": False, "natural": True})
    assert result.questions["natural"].state == "hidden"
    assert (result.total.earned, result.total.possible) == (0, 1)
    assert result.score == 0.0


CHAIN = (
    {"id": "a", "type": "yes_no", "allow_na": True},
    {"id": "b", "type": "yes_no", "show_if": {"question": "a", "equals": True}},
    {"id": "c", "type": "yes_no", "show_if": {"question": "b", "equals": True}},
)


@pytest.mark.parametrize(
    ("answers", "na", "states", "earned", "possible"),
    [
        pytest.param(
            {"a": True, "b": True, "c": True},
            [],
            {"a": "scored", "b": "scored", "c": "scored"},
            3,
            3,
            id="all-shown",
        ),
        pytest.param(
            {"a": True, "b": False, "c": True},
            [],
            {"a": "scored", "b": "scored", "c": "hidden"},
            1,
            2,
            id="b-false-hides-c",
        ),
        pytest.param(
            {"a": False, "b": True, "c": True},
            [],
            {"a": "scored", "b": "hidden", "c": "hidden"},
            0,
            1,
            id="hidden-b-hides-c-although-b-is-true",
        ),
        pytest.param(
            {"b": True, "c": True},
            [],
            {"a": "unanswered", "b": "hidden", "c": "hidden"},
            0,
            0,
            id="unanswered-a-hides-b-and-c",
        ),
        pytest.param(
            {"a": True, "c": True},
            [],
            {"a": "scored", "b": "unanswered", "c": "hidden"},
            1,
            1,
            id="unanswered-b-hides-c",
        ),
        pytest.param(
            {"b": True, "c": True},
            ["a"],
            {"a": "na", "b": "hidden", "c": "hidden"},
            0,
            0,
            id="na-a-hides-b-and-c",
        ),
    ],
)
def test_show_if_on_hidden_or_unanswered_question_is_false(
    answers: dict[str, Any],
    na: list[str],
    states: dict[str, str],
    earned: float,
    possible: float,
) -> None:
    result = score_encounter(make_form(*CHAIN), answers, na)
    assert {qid: r.state for qid, r in result.questions.items()} == states
    assert (result.total.earned, result.total.possible) == (earned, possible)


@pytest.mark.parametrize(
    ("condition", "answer", "shown"),
    [
        pytest.param({"equals": "advisor"}, "advisor", True, id="equals-match"),
        pytest.param({"equals": "advisor"}, "cashier", False, id="equals-other"),
        pytest.param({"not_equals": "advisor"}, "cashier", True, id="not-equals-other"),
        pytest.param({"not_equals": "advisor"}, "advisor", False, id="not-equals-match"),
        pytest.param({"in": ["advisor", "manager"]}, "manager", True, id="in-match"),
        pytest.param({"in": ["advisor", "manager"]}, "cashier", False, id="in-other"),
    ],
)
def test_show_if_conditions_decide_whether_a_question_counts(
    condition: dict[str, Any], answer: str, shown: bool
) -> None:
    form = make_form(
        {
            "id": "role",
            "type": "choice",
            "options": [
                {"id": "cashier", "text": "Cashier"},
                {"id": "advisor", "text": "Advisor"},
                {"id": "manager", "text": "Manager"},
            ],
        },
        {"id": "advice", "type": "yes_no", "show_if": {"question": "role", **condition}},
    )
    result = score_encounter(form, {"role": answer, "advice": True})
    assert result.questions["advice"].state == ("scored" if shown else "hidden")
    assert result.total.possible == (1 if shown else 0)


@pytest.mark.parametrize(
    ("chosen", "shown"),
    [
        pytest.param(["help", "smile"], True, id="among-chosen"),
        pytest.param(["help"], True, id="only-chosen"),
        pytest.param(["smile"], False, id="not-chosen"),
        pytest.param([], False, id="nothing-chosen"),
    ],
)
def test_show_if_equals_on_multi_choice_means_among_the_chosen(
    chosen: list[str], shown: bool
) -> None:
    form = make_form(
        {
            "id": "got",
            "type": "multi_choice",
            "options": [{"id": "help", "text": "Help"}, {"id": "smile", "text": "Smile"}],
        },
        {"id": "solved", "type": "yes_no", "show_if": {"question": "got", "equals": "help"}},
    )
    result = score_encounter(form, {"got": chosen, "solved": True})
    assert result.questions["solved"].state == ("scored" if shown else "hidden")


# --- sections and dimensions ------------------------------------------------------------------


def test_section_and_dimension_scores_are_the_same_ratio_per_group() -> None:
    form = make_form(
        sections={
            "arrival": [
                {"id": "greeted", "type": "yes_no", "points": 2, "dimension": "greeting"},
                {"id": "wait", "type": "duration", "target": 30, "dimension": "greeting"},
                {
                    "id": "smile",
                    "type": "rating",
                    "scale": [1, 5],
                    "points": 4,
                    "dimension": "smile",
                },
            ],
            "service": [
                {"id": "helped", "type": "yes_no", "points": 3, "dimension": "helpfulness"},
                {"id": "thanked", "type": "yes_no", "dimension": "farewell", "allow_na": True},
                {"id": "undimensioned", "type": "yes_no"},
                {"id": "feeling", "type": "feeling", "dimension": "feeling"},
            ],
            "notes": [
                {"id": "how", "type": "text"},
            ],
        }
    )
    answers = {
        "greeted": True,
        "wait": 45,
        "smile": 4,
        "helped": False,
        "undimensioned": True,
        "feeling": 1,
        "how": "ok",
    }
    result = score_encounter(form, answers, na=["thanked"])
    # arrival: 2 + 0 + 3 of 2 + 1 + 4; service: 0 + 1 of 3 + 1 (thanked N/A)
    assert result.sections["arrival"] == Ratio(5.0, 7.0)
    assert result.sections["service"] == Ratio(1.0, 4.0)
    assert result.sections["notes"] == Ratio(0.0, 0.0)
    assert result.sections["notes"].score is None
    assert result.sections["arrival"].score == pytest.approx(500 / 7)
    assert result.sections["service"].score == pytest.approx(25.0)
    assert result.total == Ratio(6.0, 11.0)
    assert result.score == pytest.approx(600 / 11)
    assert result.dimensions == {
        "greeting": Ratio(2.0, 3.0),
        "smile": Ratio(3.0, 4.0),
        "helpfulness": Ratio(0.0, 3.0),
    }
    assert result.dimensions["greeting"].score == pytest.approx(200 / 3)
    assert result.feeling == 1
    assert not result.critical_fail


# --- critical questions -----------------------------------------------------------------------

CRITICAL_CASES = [
    pytest.param({"type": "yes_no"}, False, [], True, 50.0, id="yes_no-no-fails"),
    pytest.param({"type": "yes_no"}, True, [], False, 100.0, id="yes_no-yes-passes"),
    pytest.param({"type": "rating", "scale": [1, 5]}, 1, [], True, 50.0, id="rating-min-fails"),
    pytest.param(
        {"type": "rating", "scale": [1, 5]}, 2, [], False, 62.5, id="rating-above-min-passes"
    ),
    pytest.param(
        {"type": "duration", "target": 60}, 61, [], True, 50.0, id="duration-over-target-fails"
    ),
    pytest.param(
        {
            "type": "choice",
            "options": [
                {"id": "ok", "text": "OK", "points": 1},
                {"id": "bad", "text": "Bad", "points": -1},
            ],
        },
        "bad",
        [],
        True,
        50.0,
        id="choice-negative-option-fails",
    ),
    pytest.param(
        {
            "type": "multi_choice",
            "options": [{"id": "ok", "text": "OK", "points": 1}, {"id": "meh", "text": "Meh"}],
        },
        ["meh"],
        [],
        True,
        50.0,
        id="multi-choice-earning-0-fails",
    ),
    pytest.param(
        {"type": "feeling", "points": 1}, -2, [], True, 50.0, id="scored-feeling-minus-2-fails"
    ),
    pytest.param(
        {"type": "yes_no", "allow_na": True}, None, ["crit"], False, 100.0, id="na-does-not-fail"
    ),
    pytest.param({"type": "yes_no"}, None, [], False, 100.0, id="unanswered-does-not-fail"),
]


@pytest.mark.parametrize(("question", "answer", "na", "fails", "score"), CRITICAL_CASES)
def test_critical_question_earning_zero_flags_the_encounter_but_keeps_the_score(
    question: dict[str, Any], answer: Any, na: list[str], fails: bool, score: float
) -> None:
    form = make_form(
        {"id": "crit", "critical": True, **question},
        {"id": "other", "type": "yes_no"},
    )
    answers: dict[str, Any] = {"other": True}
    if answer is not None:
        answers["crit"] = answer
    result = score_encounter(form, answers, na)
    assert result.critical_fail is fails
    assert result.critical_failures == (("crit",) if fails else ())
    assert result.score == pytest.approx(score)


def test_hidden_critical_question_does_not_fail() -> None:
    form = make_form(
        {"id": "greeted", "type": "yes_no"},
        {
            "id": "natural",
            "type": "yes_no",
            "critical": True,
            "show_if": {"question": "greeted", "equals": True},
        },
    )
    result = score_encounter(form, {"greeted": False, "natural": False})
    assert not result.critical_fail
    assert result.critical_failures == ()


def test_every_failed_critical_question_is_listed_in_form_order() -> None:
    form = make_form(
        {"id": "first", "type": "yes_no", "critical": True},
        {"id": "fine", "type": "yes_no", "critical": True},
        {"id": "last", "type": "rating", "critical": True},
    )
    result = score_encounter(form, {"first": False, "fine": True, "last": 1})
    assert result.critical_failures == ("first", "last")
    assert result.score == pytest.approx(100 / 3)


# --- feeling and Net Uplift -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "na", "feeling"),
    [
        pytest.param({"greeted": True, "feeling": -1}, [], -1, id="answered"),
        pytest.param({"greeted": True}, [], None, id="unanswered"),
        pytest.param({"greeted": True}, ["feeling"], None, id="na"),
        pytest.param({"greeted": False, "feeling": 2}, [], None, id="hidden"),
    ],
)
def test_encounter_feeling_is_the_visible_answer(
    answers: dict[str, Any], na: list[str], feeling: int | None
) -> None:
    form = make_form(
        {"id": "greeted", "type": "yes_no"},
        {
            "id": "feeling",
            "type": "feeling",
            "allow_na": True,
            "show_if": {"question": "greeted", "equals": True},
        },
    )
    assert score_encounter(form, answers, na).feeling == feeling


@pytest.mark.parametrize(
    ("feelings", "expected"),
    [
        pytest.param([2, 1, 0, -1, None], 25.0, id="mixed-none-ignored"),
        pytest.param([], None, id="empty"),
        pytest.param([None, None], None, id="only-unanswered"),
        pytest.param([1, 2, 1], 100.0, id="all-uplifted"),
        pytest.param([-1, -2], -100.0, id="all-diminished"),
        pytest.param([0, 0, 0], 0.0, id="all-neutral"),
        pytest.param([2, -2], 0.0, id="balanced"),
        pytest.param([1, 0, 0], 100 / 3, id="one-in-three"),
        pytest.param([-2, 0, 0, 0], -25.0, id="negative"),
    ],
)
def test_net_uplift(feelings: list[int | None], expected: float | None) -> None:
    got = net_uplift(feelings)
    if expected is None:
        assert got is None
    else:
        assert got == pytest.approx(expected)


def test_net_uplift_accepts_any_iterable() -> None:
    assert net_uplift(iter([1, -1, 1, 1])) == pytest.approx(50.0)


@pytest.mark.parametrize(
    ("earned", "possible", "expected"),
    [
        pytest.param(3, 4, 75.0, id="three-quarters"),
        pytest.param(0, 5, 0.0, id="zero-earned"),
        pytest.param(0, 0, None, id="nothing-possible"),
    ],
)
def test_percent(earned: float, possible: float, expected: float | None) -> None:
    assert percent(earned, possible) == expected
    assert Ratio(earned, possible).score == expected


# --- properties over generated forms and answers ----------------------------------------------

OPTION_POINTS = st.integers(min_value=-3, max_value=5)


@st.composite
def question_and_answer(
    draw: st.DrawFn, index: int, earlier_yes_no: list[str]
) -> tuple[dict[str, Any], str, Any]:
    """A random question and what the observer did with it: ('answer', value), ('na', None)
    or ('skip', None)."""
    kind = draw(
        st.sampled_from(
            [
                "yes_no",
                "rating",
                "feeling",
                "choice",
                "multi_choice",
                "number",
                "duration",
                "text",
                "note",
            ]
        )
    )
    q: dict[str, Any] = {"id": f"q{index}", "type": kind}
    if kind != "note":
        q["allow_na"] = draw(st.booleans())
    if earlier_yes_no and draw(st.booleans()):
        q["show_if"] = {
            "question": draw(st.sampled_from(earlier_yes_no)),
            "equals": draw(st.booleans()),
        }
    if kind in ("yes_no", "rating", "feeling", "duration") and draw(st.booleans()):
        q["points"] = draw(st.integers(min_value=0, max_value=10))
    if kind in ("yes_no", "rating", "feeling", "duration", "choice", "multi_choice"):
        q["dimension"] = draw(st.sampled_from(["greeting", "smile", "presence", "feeling"]))
    value: Any = None
    if kind == "yes_no":
        value = draw(st.booleans())
    elif kind == "rating":
        low = draw(st.integers(min_value=-5, max_value=5))
        high = low + draw(st.integers(min_value=1, max_value=10))
        q["scale"] = [low, high]
        value = draw(st.integers(min_value=low, max_value=high))
    elif kind == "feeling":
        value = draw(st.integers(min_value=-2, max_value=2))
    elif kind in ("choice", "multi_choice"):
        points = draw(st.lists(OPTION_POINTS, min_size=1, max_size=5))
        q["options"] = [{"id": f"o{i}", "text": f"O{i}", "points": p} for i, p in enumerate(points)]
        best = max(points) if kind == "choice" else sum(p for p in points if p > 0)
        if best > 0 and draw(st.booleans()):
            q["points"] = draw(st.integers(min_value=0, max_value=10))
        ids = [f"o{i}" for i in range(len(points))]
        if kind == "choice":
            value = draw(st.sampled_from(ids))
        else:
            value = draw(st.lists(st.sampled_from(ids), unique=True))
    elif kind == "number":
        value = draw(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False))
    elif kind == "duration":
        if draw(st.booleans()):
            q["target"] = draw(st.integers(min_value=1, max_value=600))
        value = draw(st.integers(min_value=0, max_value=1200))
    elif kind == "text":
        value = draw(st.text(max_size=20))
    scored = (
        kind in ("yes_no", "rating", "duration")
        and q.get("points", 1) > 0
        and (kind != "duration" or "target" in q)
    )
    if scored and draw(st.booleans()):
        q["critical"] = True
    choices = ["skip"] if kind == "note" else ["answer", "skip"] + (["na"] if q["allow_na"] else [])
    return q, draw(st.sampled_from(choices)), value


@st.composite
def encounters(draw: st.DrawFn) -> tuple[Form, dict[str, Any], list[str]]:
    count = draw(st.integers(min_value=1, max_value=12))
    questions, answers, na = [], {}, []
    earlier_yes_no: list[str] = []
    for index in range(count):
        q, action, value = draw(question_and_answer(index, list(earlier_yes_no)))
        questions.append(q)
        if q["type"] == "yes_no":
            earlier_yes_no.append(q["id"])
        if action == "answer":
            answers[q["id"]] = value
        elif action == "na":
            na.append(q["id"])
    cuts = sorted(
        draw(st.sets(st.integers(min_value=1, max_value=count - 1), max_size=3))
        if count > 1
        else set()
    )
    bounds = [0, *cuts, count]
    sections = {f"s{i}": questions[bounds[i] : bounds[i + 1]] for i in range(len(bounds) - 1)}
    return make_form(sections=sections), answers, na


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(encounters())
def test_score_is_a_percentage_and_groups_add_up(
    encounter: tuple[Form, dict[str, Any], list[str]],
) -> None:
    form, answers, na = encounter
    result = score_encounter(form, answers, na)
    total = result.total
    assert 0 <= total.earned <= total.possible + 1e-9
    if total.possible == 0:
        assert result.score is None
    else:
        assert result.score is not None
        assert -1e-9 <= result.score <= 100 + 1e-9
    # sections add up to the total
    assert sum(r.earned for r in result.sections.values()) == pytest.approx(total.earned)
    assert sum(r.possible for r in result.sections.values()) == pytest.approx(total.possible)
    assert set(result.sections) == {section.id for section in form.sections}
    # every group is a ratio within bounds, and dimensions never exceed the total
    for ratio in (*result.sections.values(), *result.dimensions.values()):
        assert 0 <= ratio.earned <= ratio.possible + 1e-9
    assert sum(r.possible for r in result.dimensions.values()) <= total.possible + 1e-9
    # the total is exactly the scored questions; each earns between 0 and its question's max
    scored = [r for r in result.questions.values() if r.state == "scored"]
    assert sum(r.points.possible for r in scored if r.points) == pytest.approx(total.possible)
    for r in scored:
        assert r.points is not None
        question = form.question(r.question_id)
        assert question is not None
        assert r.points.possible == question.max_points
        assert 0 <= r.points.earned <= r.points.possible
    for qid, r in result.questions.items():
        if r.state in ("na", "hidden", "unanswered", "unscored"):
            assert r.points is None
        if r.state == "na":
            assert qid in na
        if r.state == "unanswered":
            assert qid not in answers
    # critical_fail iff some visible, answered critical question earned nothing
    expected_failures = tuple(
        r.question_id
        for r in scored
        if getattr(form.question(r.question_id), "critical", False)
        and r.points is not None
        and r.points.earned == 0
    )
    assert result.critical_failures == expected_failures
    assert result.critical_fail is bool(expected_failures)
