"""Scores of encounters: the one place where DESIGN.md's scoring rules are written down."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from mysteryshop.forms import (
    AnswerableQuestion,
    FeelingQuestion,
    Form,
    Question,
    Section,
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
    """How one question counted: `points` is set only when the state is 'scored';
    `critical_failed` when it is a critical question whose points came to nothing."""

    question_id: str
    state: QuestionState
    points: Ratio | None = None
    critical_failed: bool = False


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
    earned = question.earned(answer)
    return None if earned is None else Ratio(earned, question.max_points)


def question_results(
    form: Form,
    answers: Mapping[str, Any],
    na: Iterable[str] = (),
    stored: Mapping[str, tuple[float, float]] | None = None,
) -> dict[str, QuestionResult]:
    """Each answerable question's state (scored, unscored, na, unanswered or hidden), points
    and whether it failed as a critical question, in form order.

    Without `stored` the points follow the form's rules. With `stored` (question id →
    (earned, possible) as the store kept them when the encounter was saved) an answered,
    visible question has the stored points, and is unscored when the store kept none: what
    was stored is what is shown."""
    return {
        result.question_id: result
        for _section, _question, result in _results(form, answers, set(na), stored)
    }


def score_encounter(
    form: Form, answers: Mapping[str, Any], na: Iterable[str] = ()
) -> EncounterScore:
    """Score one encounter's answers. N/A, unanswered and hidden questions drop out of both
    earned and possible points; a critical question earning 0 flags the encounter."""
    # Sums kept as plain floats, Ratios made once per group: a Ratio per addition was a third
    # of the scoring time of an import (bench/README.md).
    total_earned = total_possible = 0.0
    section_sums: dict[str, list[float]] = {section.id: [0.0, 0.0] for section in form.sections}
    dimension_sums: dict[str, list[float]] = {}
    results: dict[str, QuestionResult] = {}
    critical: list[str] = []
    feeling: int | None = None
    for section, question, result in _results(form, answers, set(na), None):
        results[question.id] = result
        state = result.state
        if feeling is None and state != "hidden" and isinstance(question, FeelingQuestion):
            feeling = answers.get(question.id)
        points = result.points
        if points is None:
            continue
        earned, possible = points.earned, points.possible
        total_earned += earned
        total_possible += possible
        sums = section_sums[section.id]
        sums[0] += earned
        sums[1] += possible
        dimension = getattr(question, "dimension", None)
        if dimension:
            sums = dimension_sums.setdefault(dimension, [0.0, 0.0])
            sums[0] += earned
            sums[1] += possible
        if result.critical_failed:
            critical.append(question.id)
    sections = {key: Ratio(earned, possible) for key, (earned, possible) in section_sums.items()}
    dimensions = {
        key: Ratio(earned, possible) for key, (earned, possible) in dimension_sums.items()
    }
    total = Ratio(total_earned, total_possible)
    return EncounterScore(total, sections, dimensions, results, tuple(critical), feeling)


def _results(
    form: Form,
    answers: Mapping[str, Any],
    na: set[str],
    stored: Mapping[str, tuple[float, float]] | None,
) -> Iterator[tuple[Section, AnswerableQuestion, QuestionResult]]:
    """The one place a question's state is decided, and the critical rule applied."""
    visible = visible_questions(form, answers)
    for section in form.sections:
        for question in section.questions:
            if question.type == "note":
                continue
            qid = question.id
            state: QuestionState
            points: Ratio | None = None
            if qid not in visible:
                state = "hidden"
            elif qid in na:
                state = "na"
            elif qid not in answers:
                state = "unanswered"
            else:
                if stored is None:
                    points = question_points(question, answers[qid])
                elif qid in stored:
                    points = Ratio(*stored[qid])
                state = "scored" if points is not None else "unscored"
            # A critical question that earns 0 flags the encounter (DESIGN.md "Scoring").
            failed = (
                points is not None and points.earned <= 0 and getattr(question, "critical", False)
            )
            yield section, question, QuestionResult(qid, state, points, failed)


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
