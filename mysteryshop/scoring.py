"""Scores of encounters: the one place where DESIGN.md's scoring rules are written down."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from mysteryshop.forms import (
    ChoiceQuestion,
    DurationQuestion,
    FeelingQuestion,
    Form,
    MultiChoiceQuestion,
    Question,
    RatingQuestion,
    YesNoQuestion,
    visible_questions,
)

QuestionState = Literal["scored", "unscored", "na", "unanswered", "hidden"]


@dataclass(frozen=True)
class Ratio:
    """Points earned out of points possible; `score` is the percentage, None when nothing
    was possible."""

    earned: float = 0.0
    possible: float = 0.0

    @property
    def score(self) -> float | None:
        return percent(self.earned, self.possible)


@dataclass(frozen=True)
class QuestionResult:
    """How one question counted: `points` is set only when the state is 'scored'."""

    question_id: str
    state: QuestionState
    points: Ratio | None = None


@dataclass(frozen=True)
class EncounterScore:
    """Everything scoring.py computes for one encounter."""

    total: Ratio
    sections: dict[str, Ratio]
    dimensions: dict[str, Ratio]
    questions: dict[str, QuestionResult]
    critical_failures: tuple[str, ...] = field(default=())
    feeling: int | None = None

    @property
    def score(self) -> float | None:
        return self.total.score

    @property
    def critical_fail(self) -> bool:
        return bool(self.critical_failures)


def percent(earned: float, possible: float) -> float | None:
    """earned / possible × 100, or None when nothing was possible."""
    return earned / possible * 100 if possible > 0 else None


def question_points(question: Question, answer: Any) -> Ratio | None:
    """Points earned and possible for one answered question; None for unscored questions.

    The answer must already be valid for the question (forms.check_answer)."""
    possible = question.max_points
    if possible <= 0:
        return None
    if isinstance(question, YesNoQuestion):
        share = 1.0 if answer is True else 0.0
    elif isinstance(question, (RatingQuestion, FeelingQuestion)):
        low, high = question.scale
        share = (answer - low) / (high - low)
    elif isinstance(question, DurationQuestion):
        assert question.target is not None  # max_points is 0 without a target
        share = 1.0 if answer <= question.target else 0.0
    elif isinstance(question, ChoiceQuestion):
        chosen = question.option(answer)
        share = max(chosen.points if chosen else 0.0, 0.0) / question.option_points_possible
    elif isinstance(question, MultiChoiceQuestion):
        total = sum(option.points for option in question.options if option.id in answer)
        share = max(total, 0.0) / question.option_points_possible
    else:
        return None
    return Ratio(possible * min(max(share, 0.0), 1.0), possible)


def score_encounter(
    form: Form, answers: Mapping[str, Any], na: Iterable[str] = ()
) -> EncounterScore:
    """Score one encounter's answers. N/A, unanswered and hidden questions drop out of both
    earned and possible points; a critical question earning 0 flags the encounter."""
    na = set(na)
    visible = visible_questions(form, answers)
    # Sums kept as plain floats, Ratios made once per group: a Ratio per addition was a third
    # of the scoring time of an import (bench/README.md).
    total_earned = total_possible = 0.0
    sections: dict[str, Ratio] = {}
    dimension_sums: dict[str, list[float]] = {}
    results: dict[str, QuestionResult] = {}
    critical: list[str] = []
    feeling: int | None = None
    for section in form.sections:
        section_earned = section_possible = 0.0
        for question in section.questions:
            if question.type == "note":
                continue
            state, points = _count(question, answers, na, visible)
            results[question.id] = QuestionResult(question.id, state, points)
            if isinstance(question, FeelingQuestion) and state != "hidden" and feeling is None:
                feeling = answers.get(question.id)
            if points is None:
                continue
            earned, possible = points.earned, points.possible
            total_earned += earned
            total_possible += possible
            section_earned += earned
            section_possible += possible
            dimension = getattr(question, "dimension", None)
            if dimension:
                sums = dimension_sums.setdefault(dimension, [0.0, 0.0])
                sums[0] += earned
                sums[1] += possible
            if getattr(question, "critical", False) and earned <= 0:
                critical.append(question.id)
        sections[section.id] = Ratio(section_earned, section_possible)
    dimensions = {
        key: Ratio(earned, possible) for key, (earned, possible) in dimension_sums.items()
    }
    total = Ratio(total_earned, total_possible)
    return EncounterScore(total, sections, dimensions, results, tuple(critical), feeling)


def _count(
    question: Question, answers: Mapping[str, Any], na: set[str], visible: set[str]
) -> tuple[QuestionState, Ratio | None]:
    if question.id not in visible:
        return "hidden", None
    if question.id in na:
        return "na", None
    if question.id not in answers:
        return "unanswered", None
    points = question_points(question, answers[question.id])
    return ("scored", points) if points is not None else ("unscored", None)


def net_uplift(feelings: Iterable[int | None]) -> float | None:
    """% of encounters with feeling > 0 minus % with feeling < 0 (−100 … +100); encounters
    without a feeling answer do not count. None when there are none."""
    counted = uplifted = diminished = 0
    for feeling in feelings:
        if feeling is None:
            continue
        counted += 1
        uplifted += feeling > 0
        diminished += feeling < 0
    if not counted:
        return None
    return (uplifted - diminished) / counted * 100
