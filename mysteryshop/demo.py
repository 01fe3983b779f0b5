"""Realistic sample data (locations and encounters) for `mysteryshop demo` and benchmarks."""

from __future__ import annotations

import bisect
import math
import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import Any

from mysteryshop.forms import (
    ChoiceQuestion,
    DurationQuestion,
    FeelingQuestion,
    Form,
    MultiChoiceQuestion,
    NoteItem,
    NumberQuestion,
    RatingQuestion,
    ShowIf,
    TextQuestion,
    YesNoQuestion,
)
from mysteryshop.gcpause import gc_paused
from mysteryshop.store.records import EncounterData, LocationData
from mysteryshop.vocabulary import TIMER_EVENTS, TimerEvent

__all__ = ["MAX_ENCOUNTERS", "DemoData", "generate", "too_many"]


@dataclass
class DemoData:
    """Sample locations and the encounters recorded at them, ready for the store."""

    locations: list[LocationData]
    encounters: list[EncounterData]


# --- the world: regions, locations, observers -------------------------------------------------

# (region, visit weight, [(location name, short name for notes)])
_REGIONS: tuple[tuple[str, float, tuple[tuple[str, str], ...]], ...] = (
    (
        "Uusimaa",
        1.6,
        (
            ("Kamppi store", "Kamppi"),
            ("Itis store", "Itis"),
            ("Sello store", "Sello"),
            ("Jumbo outlet", "Jumbo"),
            ("Helsinki Kluuvi", "Kluuvi"),
        ),
    ),
    (
        "Pirkanmaa",
        1.1,
        (
            ("Hervanta store", "Hervanta"),
            ("Koskikeskus", "Koskikeskus"),
            ("Ratina store", "Ratina"),
            ("Tampere Lielahti", "Lielahti"),
        ),
    ),
    (
        "Varsinais-Suomi",
        1.0,
        (
            ("Skanssi store", "Skanssi"),
            ("Turku Hansa", "Hansa"),
            ("Mylly store", "Mylly"),
        ),
    ),
    (
        "Pohjois-Pohjanmaa",
        0.9,
        (
            ("Oulu Valkea", "Valkea"),
            ("Limingantulli store", "Limingantulli"),
            ("Kaakkuri outlet", "Kaakkuri"),
        ),
    ),
    (
        "Keski-Suomi",
        0.8,
        (
            ("Jyväskylä Forum", "Forum"),
            ("Seppä store", "Seppä"),
            ("Palokka store", "Palokka"),
        ),
    ),
)
# Where phone and chat encounters mostly go when a form's default channel is not in person.
_CONTACT_CENTRE = ("Pasila contact centre", "Uusimaa")

# Latent service quality (0…1) handed out to the stores: some clearly better than others.
_QUALITIES = (
    0.93,
    0.9,
    0.87,
    0.84,
    0.82,
    0.8,
    0.78,
    0.76,
    0.74,
    0.72,
    0.7,
    0.67,
    0.64,
    0.6,
    0.56,
    0.51,
    0.45,
    0.4,
)

# (alias, home region or None for roaming, share of notes written in Finnish, leniency)
_OBSERVERS: tuple[tuple[str, str | None, float, float], ...] = (
    ("shopper-anna", "Uusimaa", 0.7, 0.02),
    ("shopper-emil", "Uusimaa", 0.25, 0.0),
    ("observer-7", "Pirkanmaa", 0.35, -0.04),
    ("mika.k", "Varsinais-Suomi", 0.8, 0.01),
    ("tarkkailija-12", "Pohjois-Pohjanmaa", 0.9, -0.01),
    ("jkl-shopper", "Keski-Suomi", 0.5, 0.03),
    ("observer-22", None, 0.45, -0.02),
)


@dataclass(slots=True)
class _Location:
    data: LocationData
    short: str
    region: str
    base: float  # mean latent quality over the year
    slope: float  # change over the year (positive: improving)
    remote_only: bool = False


@dataclass(slots=True)
class _Observer:
    alias: str
    region: str | None
    finnish: float
    leniency: float


# --- per-question plans, computed once per form ----------------------------------------------

_NORMAL, _PASS, _FAIL = 0, 1, 2  # how a critical question must come out

# How one question's answer is drawn: (rng, its plan, how likely it goes well, how a critical
# question must come out, the visit so far) -> (the answer, the share of its points it earns,
# None when not scored). One per question type, set by the type's planner (_PLANNERS).
_Answerer = Callable[[random.Random, "_Plan", float, int, "_SoFar"], tuple[Any, float | None]]


@dataclass(slots=True, eq=False)
class _Plan:
    """What the generator needs to know about one answerable question."""

    id: str
    answer: _Answerer
    required: bool
    allow_na: bool
    critical: bool
    points: float  # max points; 0 = not scored
    dimension: str | None
    parent: str | None
    condition: ShowIf | None
    bias: float  # this question is easier (+) or harder (-) to get right
    scored: bool = False  # points > 0
    dim_index: int = -1  # position of `dimension` in _FormPlan.dimensions
    low: float = 0.0
    high: float = 0.0
    span: int = 1  # high - low of a rating scale
    integral: bool = True
    target: float | None = None
    options: tuple[str, ...] = ()
    option_points: tuple[float, ...] = ()
    shares: tuple[float, ...] = ()
    scored_options: bool = False
    timer: tuple[int, int] | None = None
    free_text: bool = False  # answered now and then, when the visit gives cause (see intent)
    intent: str = ""
    max_length: int = 0
    feeling: bool = False  # the visit's feeling, for Net Uplift
    shown: dict[tuple[type, Any], bool] = field(default_factory=dict)  # show_if per answer


@dataclass(slots=True, eq=False)
class _FormPlan:
    form: Form
    questions: list[_Plan]
    critical: list[int]  # indexes into questions
    optional: list[int]  # indexes of questions that are neither required nor text
    timer_questions: list[_Plan]
    gap_targets: tuple[float | None, float | None, float | None]
    remote: bool
    channels: tuple[str, ...]
    channel_weights: tuple[float, ...]
    # inner timer events (greeted, served) and the timer questions that use them
    event_users: list[tuple[TimerEvent, tuple[str, ...]]]
    dimensions: tuple[str, ...]
    dim_positions: dict[str, int]
    note_cache: dict[tuple[str, str, tuple[Any, ...], str], list[str]]
    # the plans' fields the generator reads most, unpacked in one go (see _answer_visit)
    rows: list[tuple[int, str, _Answerer, str | None, bool, bool, bool, float, float, int, _Plan]]


def _plan_form(form: Form) -> _FormPlan:
    """Everything about a form the generator needs, worked out once instead of per visit."""
    plans: list[_Plan] = []
    for question in form.answerable():
        # Each question gets a stable difficulty of its own, the same for every seed.
        bias = random.Random(f"{form.id}:{question.id}").uniform(-0.14, 0.08)
        common: dict[str, Any] = {
            "id": question.id,
            "required": question.required,
            "allow_na": question.allow_na,
            "critical": bool(getattr(question, "critical", False)),
            "points": question.max_points,
            "dimension": getattr(question, "dimension", None),
            "parent": question.show_if.question if question.show_if else None,
            "condition": question.show_if,
            "bias": bias,
        }
        planner = _PLANNERS[type(question)]
        assert planner is not None  # forms.answerable() yields no notes
        plan = planner(question, form, common)
        plan.scored = plan.points > 0
        plans.append(plan)

    timer_questions = [plan for plan in plans if plan.timer]
    gap_targets: list[float | None] = [None, None, None]
    for plan in timer_questions:
        assert plan.timer is not None
        start, end = plan.timer
        if plan.target is not None:
            for gap in range(start, end):
                share = plan.target / (end - start)
                current = gap_targets[gap]
                gap_targets[gap] = share if current is None else min(current, share)
    event_users = []
    for event in (1, 2):
        users = tuple(plan.id for plan in timer_questions if plan.timer and event in plan.timer)
        if users:
            event_users.append((TIMER_EVENTS[event], users))
    dimensions: dict[str, int] = {}
    for plan in plans:
        if plan.dimension and plan.scored:
            plan.dim_index = dimensions.setdefault(plan.dimension, len(dimensions))
    channels = tuple(form.channels)
    weights = (0.62,) + tuple(0.38 / (len(channels) - 1) for _ in channels[1:])
    return _FormPlan(
        form=form,
        questions=plans,
        critical=[i for i, plan in enumerate(plans) if plan.critical and plan.points > 0],
        optional=[
            i
            for i, plan in enumerate(plans)
            if not plan.required and not plan.free_text and plan.timer is None
        ],
        timer_questions=timer_questions,
        gap_targets=(gap_targets[0], gap_targets[1], gap_targets[2]),
        remote=channels[0] != "in_person",
        channels=channels,
        channel_weights=_cumulative(weights[: len(channels)]),
        event_users=event_users,
        dimensions=tuple(dimensions),
        dim_positions=dimensions,
        note_cache={},
        rows=[
            (
                index,
                plan.id,
                plan.answer,
                plan.parent,
                plan.critical,
                plan.allow_na,
                plan.required,
                plan.bias,
                plan.points if plan.scored else 0.0,
                plan.dim_index,
                plan,
            )
            for index, plan in enumerate(plans)
        ],
    )


def _number_range(low: float | None, high: float | None) -> tuple[float, float]:
    if low is None and high is None:
        return 0.0, 10.0
    if low is None:
        assert high is not None
        return (min(0.0, high), high) if high >= 0 else (high - 10, high)
    if high is None:
        return low, low + 10
    return low, high


def _text_intent(words: str) -> str:
    if any(key in words for key in ("repeat", "best", "moment", "example", "praise", "learn")):
        return "praise"
    if any(key in words for key in ("missing", "undone", "unresolved", "left open", "not done")):
        return "unresolved"
    if any(key in words for key in ("better", "improve", "suggest")):
        return "improve"
    return ""


def _cumulative(weights: Sequence[float]) -> tuple[float, ...]:
    total = 0.0
    out = []
    for weight in weights:
        total += weight
        out.append(total)
    return tuple(value / total for value in out)


def _pick(rng: random.Random, cumulative: Sequence[float]) -> int:
    return min(bisect.bisect_left(cumulative, rng.random()), len(cumulative) - 1)


def _clamp(value: float, low: float = 0.02, high: float = 0.98) -> float:
    return low if value < low else high if value > high else value


# --- one visit ----------------------------------------------------------------------------


@dataclass(slots=True, eq=False)
class _Visit:
    """One encounter while it is being made up."""

    form: _FormPlan
    location: _Location
    observer: _Observer
    visited_at: datetime
    channel: str
    quality: float = 0.0
    answers: dict[str, Any] | None = None
    na: list[str] | None = None
    timer: dict[str, datetime] | None = None
    gaps: tuple[int, int, int] = (0, 0, 0)
    share: float | None = None
    dim_earned: list[float] | None = None
    dim_possible: list[float] | None = None
    critical_dimension: str | None = None
    critical_failed: bool = False
    status: str = "approved"


def _timer_gaps(
    rng: random.Random, plan: _FormPlan, quality: float, forced: dict[int, int]
) -> tuple[int, int, int]:
    """Seconds between the stopwatch taps arrived → greeted → served → left."""
    gaps = []
    for gap, target in enumerate(plan.gap_targets):
        mode = forced.get(gap, _NORMAL)
        if target is not None:
            good = mode == _PASS or (mode == _NORMAL and rng.random() < _clamp(quality + 0.08))
            seconds = target * (rng.uniform(0.15, 0.95) if good else rng.uniform(1.15, 3.5))
        elif gap == 0:
            good = rng.random() < quality
            seconds = rng.uniform(3, 25) if good else rng.uniform(20, 150)
            if plan.remote:
                seconds *= 2.5
        elif gap == 1:
            seconds = rng.uniform(5, 90) if rng.random() < quality else rng.uniform(60, 420)
        else:
            seconds = rng.uniform(90, 720) if not plan.remote else rng.uniform(120, 600)
        gaps.append(max(1, round(seconds)))
    return gaps[0], gaps[1], gaps[2]


_NO_OFFSETS = (0, 0, 0, 0)


def _answer_visit(rng: random.Random, visit: _Visit, draft: bool) -> None:
    """Fill in answers, N/A and the timer of one visit, all drawn from its latent quality.

    This runs 100,000 times for a benchmark database: keep it lean."""
    plan = visit.form
    q = visit.quality
    random_ = rng.random
    critical_target = -1
    # Critical failures are rare (~3 %) and happen on bad visits, which they make worse.
    if plan.critical and random_() < 0.004 + 0.2 * (1 - q) ** 2.2:
        critical_target = plan.critical[int(random_() * len(plan.critical))]
        q = visit.quality = max(0.05, q - 0.25)

    timer: dict[str, datetime] | None = None
    offsets = _NO_OFFSETS
    if plan.timer_questions:
        forced: dict[int, int] = {}
        for index in plan.critical:
            timed = plan.questions[index].timer
            if timed:
                for gap in range(*timed):
                    forced[gap] = _FAIL if index == critical_target else _PASS
        visit.gaps = g0, g1, g2 = _timer_gaps(rng, plan, q, forced)
        start = int(random_() * 40)
        offsets = (start, start + g0, start + g0 + g1, start + g0 + g1 + g2)
        at = visit.visited_at
        timer = {event: at + timedelta(seconds=offsets[i]) for i, event in enumerate(TIMER_EVENTS)}

    cutoff = len(plan.questions)
    if draft:  # drafts are often half written
        cutoff = int(cutoff * rng.uniform(0.2, 1.1))
    # Now and then an observer leaves an optional question unanswered.
    skipped = -1
    if plan.optional and random_() < 0.35:
        skipped = plan.optional[int(random_() * len(plan.optional))]

    answers: dict[str, Any] = {}
    na: list[str] = []
    so_far = _SoFar(
        plan, q, dim_earned=[0.0] * len(plan.dimensions), dim_possible=[0.0] * len(plan.dimensions)
    )
    dim_earned, dim_possible = so_far.dim_earned, so_far.dim_possible
    value: Any
    share: float | None
    for (
        index,
        qid,
        answer,
        parent,
        critical,
        allow_na,
        required,
        bias,
        points,
        dim,
        question,
    ) in plan.rows:
        # Answered implies visible: a question is only answered when it is shown.
        if parent is not None and (parent not in answers or not _shown(question, answers[parent])):
            continue
        mode = _NORMAL
        if critical:
            mode = _FAIL if index == critical_target else _PASS
        if question.timer is not None:
            # The stopwatch fills these in, even in drafts.
            value = offsets[question.timer[1]] - offsets[question.timer[0]]
            share = None
            if question.target is not None:
                share = 1.0 if value <= question.target else 0.0
        else:
            if index >= cutoff:
                continue
            if mode != _FAIL:
                if allow_na and random_() < 0.28:
                    na.append(qid)
                    continue
                if question.free_text and not required:
                    if random_() >= _text_chance(question.intent, so_far.share):
                        continue
                elif index == skipped:
                    continue
            value, share = answer(rng, question, q + bias, mode, so_far)
        answers[qid] = value
        if points and share is not None:
            so_far.earned += points * share
            so_far.possible += points
            if dim >= 0:
                dim_earned[dim] += points * share
                dim_possible[dim] += points
            if critical and share <= 0:
                visit.critical_failed = True
                visit.critical_dimension = question.dimension

    if timer is not None:
        # A stopwatch tap belongs to a question that was shown ("greeted" is not tapped
        # when nobody greeted): drop inner taps whose questions were all hidden.
        for event, users in plan.event_users:
            if not any(user in answers for user in users):
                del timer[event]
    visit.answers = answers
    visit.na = na
    visit.timer = timer
    visit.share = so_far.earned / so_far.possible if so_far.possible > 0 else None
    visit.dim_earned = dim_earned
    visit.dim_possible = dim_possible


@dataclass(slots=True, eq=False)
class _SoFar:
    """A visit while its answers are drawn: what the answers that follow the rest of the
    visit (the feeling, free texts) look at."""

    plan: _FormPlan
    quality: float
    dim_earned: list[float]
    dim_possible: list[float]
    earned: float = 0.0
    possible: float = 0.0

    @property
    def share(self) -> float:
        """How the visit has gone so far (its latent quality before anything scored)."""
        return self.earned / self.possible if self.possible > 0 else self.quality


# --- how each question type is planned and answered -------------------------------------------


def _answer_yes_no(
    rng: random.Random, question: _Plan, p: float, mode: int, so_far: _SoFar
) -> tuple[Any, float | None]:
    if mode == _NORMAL:
        value = rng.random() < (0.02 if p < 0.02 else 0.98 if p > 0.98 else p)
    else:
        value = mode == _PASS
    return value, 1.0 if value else 0.0


def _answer_rating(
    rng: random.Random, question: _Plan, p: float, mode: int, so_far: _SoFar
) -> tuple[Any, float | None]:
    low = question.low
    if mode == _FAIL:
        value = low
    else:
        x = p + rng.gauss(0, 0.16)
        value = low + round((0.0 if x < 0 else 1.0 if x > 1 else x) * question.span)
        if mode == _PASS and value == low:
            value = low + 1
    return value, (value - low) / question.span


def _answer_feeling(
    rng: random.Random, question: _Plan, p: float, mode: int, so_far: _SoFar
) -> tuple[Any, float | None]:
    value = _feeling(rng, so_far.quality, so_far.earned, so_far.possible, mode)
    return value, (value + 2) / 4


def _answer_choice(
    rng: random.Random, question: _Plan, p: float, mode: int, so_far: _SoFar
) -> tuple[Any, float | None]:
    return _choice(rng, question, p, mode)


def _answer_multi_choice(
    rng: random.Random, question: _Plan, p: float, mode: int, so_far: _SoFar
) -> tuple[Any, float | None]:
    return _multi_choice(rng, question, p, mode)


def _answer_number(
    rng: random.Random, question: _Plan, p: float, mode: int, so_far: _SoFar
) -> tuple[Any, float | None]:
    return _number(rng, question), None


def _answer_duration(
    rng: random.Random, question: _Plan, p: float, mode: int, so_far: _SoFar
) -> tuple[Any, float | None]:
    return _duration(rng, question, p, mode)


def _answer_text(
    rng: random.Random, question: _Plan, p: float, mode: int, so_far: _SoFar
) -> tuple[Any, float | None]:
    text = _text_answer(
        rng,
        so_far.plan,
        question.intent,
        so_far.share,
        so_far.dim_earned,
        so_far.dim_possible,
        question.max_length,
    )
    return text, None


def _plan_yes_no(question: YesNoQuestion, form: Form, common: dict[str, Any]) -> _Plan:
    return _Plan(answer=_answer_yes_no, **common)


def _plan_rating(question: RatingQuestion, form: Form, common: dict[str, Any]) -> _Plan:
    low, high = question.scale
    return _Plan(answer=_answer_rating, low=low, high=high, span=high - low, **common)


def _plan_feeling(question: FeelingQuestion, form: Form, common: dict[str, Any]) -> _Plan:
    return _Plan(answer=_answer_feeling, low=-2, high=2, span=4, feeling=True, **common)


def _plan_options(
    question: ChoiceQuestion | MultiChoiceQuestion, answer: _Answerer, common: dict[str, Any]
) -> _Plan:
    points = tuple(option.points for option in question.options)
    best = question.option_points_possible
    shares = tuple(max(p, 0.0) / best if best > 0 else 0.0 for p in points)
    return _Plan(
        answer=answer,
        options=tuple(option.id for option in question.options),
        option_points=points,
        shares=shares,
        scored_options=len(set(points)) > 1,
        **common,
    )


def _plan_choice(question: ChoiceQuestion, form: Form, common: dict[str, Any]) -> _Plan:
    return _plan_options(question, _answer_choice, common)


def _plan_multi_choice(question: MultiChoiceQuestion, form: Form, common: dict[str, Any]) -> _Plan:
    return _plan_options(question, _answer_multi_choice, common)


def _plan_number(question: NumberQuestion, form: Form, common: dict[str, Any]) -> _Plan:
    smallest, largest = _number_range(question.min, question.max)
    integral = all(v is None or float(v).is_integer() for v in (question.min, question.max))
    return _Plan(answer=_answer_number, low=smallest, high=largest, integral=integral, **common)


def _plan_duration(question: DurationQuestion, form: Form, common: dict[str, Any]) -> _Plan:
    timer = None
    if question.timer:
        # Filled by the stopwatch (in _answer_visit), not drawn on its own.
        timer = (TIMER_EVENTS.index(question.timer[0]), TIMER_EVENTS.index(question.timer[1]))
    return _Plan(answer=_answer_duration, target=question.target, timer=timer, **common)


def _plan_text(question: TextQuestion, form: Form, common: dict[str, Any]) -> _Plan:
    english = form.tr(question.text, "en").lower()
    return _Plan(
        answer=_answer_text,
        free_text=True,
        intent=_text_intent(question.id.lower() + " " + english),
        max_length=question.max_length,
        **common,
    )


# How the demo plans (and so answers) each question type (tests/test_question_types.py
# checks that every type of forms.QUESTION_CLASSES has an entry); a note takes no answer.
_PLANNERS: dict[type[Any], Callable[[Any, Form, dict[str, Any]], _Plan] | None] = {
    YesNoQuestion: _plan_yes_no,
    RatingQuestion: _plan_rating,
    FeelingQuestion: _plan_feeling,
    ChoiceQuestion: _plan_choice,
    MultiChoiceQuestion: _plan_multi_choice,
    NumberQuestion: _plan_number,
    DurationQuestion: _plan_duration,
    TextQuestion: _plan_text,
    NoteItem: None,
}


def _shown(question: _Plan, answer: Any) -> bool:
    """Whether the question's show_if holds for its target's answer (memoised per value)."""
    try:
        key = (answer.__class__, answer)  # the class keeps True and 1 apart
        return question.shown[key]
    except KeyError:
        assert question.condition is not None
        result = question.shown[key] = question.condition.holds(answer)
        return result
    except TypeError:  # a list (multi_choice answer) cannot be a key
        assert question.condition is not None
        return question.condition.holds(answer)


def _number(rng: random.Random, question: _Plan) -> float:
    if question.integral:
        return int(question.low) + int(rng.random() * (int(question.high) - int(question.low) + 1))
    value = round(rng.uniform(question.low, question.high), 1)
    return min(max(value, question.low), question.high)


def _duration(rng: random.Random, question: _Plan, p: float, mode: int) -> tuple[int, float | None]:
    target = question.target
    if target is None:
        return 10 + int(rng.random() * 590), None
    good = mode == _PASS or (mode == _NORMAL and rng.random() < _clamp(p))
    if good:
        value = min(round(target * rng.uniform(0.1, 1.0)), math.floor(target))
    else:
        value = min(math.ceil(target * rng.uniform(1.1, 3.0)), 7 * 86_400)
    return value, 1.0 if value <= target else 0.0


def _feeling(rng: random.Random, q: float, earned: float, possible: float, mode: int) -> int:
    """−2…+2: mostly how the visit went so far, partly the latent quality, some mood."""
    if mode == _FAIL:
        return -2
    so_far = earned / possible if possible > 0 else q
    x = 0.65 * so_far + 0.35 * q + rng.gauss(0, 0.11)
    value = -2 if x < 0.3 else -1 if x < 0.47 else 0 if x < 0.6 else 1 if x < 0.8 else 2
    if mode == _PASS and value == -2:
        value = -1
    return value


def _choice(rng: random.Random, question: _Plan, p: float, mode: int) -> tuple[str, float]:
    options, shares = question.options, question.shares
    if not question.scored_options:
        index = int(rng.random() * len(options))
        return options[index], shares[index]
    if mode == _FAIL:
        failing = [i for i, share in enumerate(shares) if share <= 0]
        if failing:
            index = failing[int(rng.random() * len(failing))]
            return options[index], shares[index]
    x = _clamp(p + 0.05 + rng.gauss(0, 0.17), 0.0, 1.0)
    best_index, best_distance = 0, 9.0
    for index, share in enumerate(shares):
        if mode == _PASS and share <= 0:
            continue
        distance = abs(share - x)
        if distance < best_distance:
            best_index, best_distance = index, distance
    return options[best_index], shares[best_index]


def _multi_choice(
    rng: random.Random, question: _Plan, p: float, mode: int
) -> tuple[list[str], float]:
    chosen: list[str] = []
    total = 0.0
    p = _clamp(p)
    for option, points in zip(question.options, question.option_points, strict=True):
        if mode == _FAIL:
            wanted = points <= 0 and rng.random() < 0.3
        elif points > 0:
            wanted = rng.random() < p
        elif points < 0:
            wanted = mode == _NORMAL and rng.random() < (1 - p) * 0.5
        else:
            wanted = rng.random() < 0.3
        if wanted:
            chosen.append(option)
            total += points
    best = max(range(len(question.options)), key=lambda i: question.option_points[i])
    if mode == _PASS and total <= 0:
        chosen = [question.options[best]]
        total = question.option_points[best]
    elif not chosen and mode == _NORMAL:
        chosen = [question.options[int(rng.random() * len(question.options))]]
        total = question.option_points[question.options.index(chosen[0])]
    possible = sum(points for points in question.option_points if points > 0)
    share = min(max(total, 0.0) / possible, 1.0) if possible > 0 else 0.0
    return chosen, share


def _text_chance(intent: str, share: float) -> float:
    if intent == "praise":
        return 0.45 if share >= 0.8 else 0.04
    if intent == "improve":
        return 0.4 if share < 0.7 else 0.08
    if intent == "unresolved":
        return 0.6
    return 0.2


def _text_answer(
    rng: random.Random,
    plan: _FormPlan,
    intent: str,
    share: float,
    dim_earned: list[float],
    dim_possible: list[float],
    max_length: int,
) -> str:
    """A short answer to a text question that fits what it asks and how the visit went."""
    polarity = intent or ("praise" if share >= 0.75 else "improve")
    pool = _TEXT_POOLS[plan.remote, polarity]
    fits = []
    for dimension, text in pool:
        at = plan.dim_positions.get(dimension, -1) if dimension else -1
        if at >= 0 and dim_possible[at]:
            went = dim_earned[at] / dim_possible[at]
            if (polarity == "praise" and went < 0.7) or (polarity == "improve" and went > 0.5):
                continue
        fits.append(text)
    if not fits:
        fits = [text for _, text in pool]
    text = _fill(rng, fits[int(rng.random() * len(fits))], None)
    if len(text) > max_length:
        # A form may allow only a few characters: cut between words where possible.
        cut = text[:max_length]
        text = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return text


# --- time ---------------------------------------------------------------------------------


def _helsinki() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Helsinki")
    except (ImportError, KeyError, OSError, ValueError):
        # No time zone database (e.g. Windows without the tzdata package).
        return timezone(timedelta(hours=2), "EET")


# Opening hours (first hour, last hour a visit starts) by weekday, Monday = 0.
_STORE_HOURS = ((9, 19),) * 5 + ((10, 17), (12, 17))
_PHONE_HOURS = ((8, 17),) * 5 + ((10, 15), (10, 15))
# Busier hours get more visits: lunch and after work.
_HOUR_WEIGHTS = {11: 1.4, 12: 1.6, 13: 1.3, 16: 1.4, 17: 1.5, 18: 1.2}


_Hours = dict[tuple[bool, int], tuple[list[int], tuple[float, ...]]]


def _opening_hours() -> _Hours:
    """(remote, weekday) → the hours a visit may start in and their cumulative weights."""
    table: _Hours = {}
    for remote, hours_by_day in ((False, _STORE_HOURS), (True, _PHONE_HOURS)):
        for weekday, (first, last) in enumerate(hours_by_day):
            hours = list(range(first, last + 1))
            table[remote, weekday] = (
                hours,
                _cumulative([_HOUR_WEIGHTS.get(hour, 1.0) for hour in hours]),
            )
    return table


def _visit_time(
    rng: random.Random,
    first_day: date,
    days: int,
    hours_table: _Hours,
    remote: bool,
    zone: tzinfo,
    latest: datetime,
) -> datetime:
    while True:
        day = first_day + timedelta(days=int(rng.random() * days))
        weekday = day.weekday()
        if weekday == 6 and rng.random() < 0.85:
            continue  # mostly weekdays and Saturdays
        hours, weights = hours_table[remote, weekday]
        hour = hours[_pick(rng, weights)]
        at = datetime.combine(day, time(hour, int(rng.random() * 60)), tzinfo=zone)
        if at <= latest:
            return at


# --- generate -----------------------------------------------------------------------------


# Demo data is made in memory whole, then added in one transaction: about 5.5 KB per
# encounter at its peak (20,000 took 210 MB with Python and the app), so the most, 200,000,
# takes about 1.2 GB and three minutes.
MAX_ENCOUNTERS = 200_000


def too_many(encounters: int) -> str:
    """Why `encounters` demo encounters are refused (more than MAX_ENCOUNTERS)."""
    return (
        f"at most {MAX_ENCOUNTERS:,} demo encounters (each takes about 5.5 KB of memory while "
        f"it is made), got {encounters:,}"
    )


def generate(
    forms: Sequence[Form], *, encounters: int = 600, seed: int = 1, now: datetime | None = None
) -> DemoData:
    """Sample locations and `encounters` encounters over the twelve months up to `now`
    (default: the current time), answered with `forms` (the first is the default).

    Deterministic for a given seed (and now). Scores are left for the store to compute."""
    if not forms:
        raise ValueError("demo data needs at least one form")
    if encounters < 0:
        raise ValueError("the number of encounters cannot be negative")
    if encounters > MAX_ENCOUNTERS:
        raise ValueError(too_many(encounters))
    now = datetime.now(UTC) if now is None else now
    # A naive `now` is taken as UTC.
    now = now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)
    # Each encounter makes a dozen objects and none of them forms a reference cycle: without
    # this, the collector scans the growing heap again and again (a third of the time at
    # 100,000 encounters).
    with gc_paused():
        return _generate(list(forms), encounters, seed, now)


def _generate(forms: list[Form], encounters: int, seed: int, now: datetime) -> DemoData:
    zone = _helsinki()

    world = random.Random(f"mysteryshop-demo:{seed}:world")
    plans = [_plan_form(form) for form in forms]
    locations = _make_locations(world, any(plan.remote for plan in plans))
    observers = [_Observer(*row) for row in _OBSERVERS]
    stores = [loc for loc in locations if not loc.remote_only]
    centre = next((loc for loc in locations if loc.remote_only), None)

    store_weights = _cumulative(
        [dict((r[0], r[1]) for r in _REGIONS)[loc.region] for loc in stores]
    )
    form_weights = _cumulative(
        [0.8] + [0.2 / (len(plans) - 1)] * (len(plans) - 1) if len(plans) > 1 else [1.0]
    )
    locals_by_region: dict[str, list[_Observer]] = {}
    for observer in observers:
        if observer.region:
            locals_by_region.setdefault(observer.region, []).append(observer)
    roaming = [observer for observer in observers if observer.region is None]

    rng = random.Random(f"mysteryshop-demo:{seed}:visits")
    latest = now.astimezone(zone) - timedelta(minutes=45)
    days = 365
    first_day = latest.date() - timedelta(days=days - 1)
    year_start = datetime.combine(first_day, time(0), tzinfo=zone)
    hours_table = _opening_hours()

    visits: list[_Visit] = []
    for _ in range(encounters):
        plan = plans[_pick(rng, form_weights)]
        if plan.remote and centre is not None and rng.random() < 0.6:
            location = centre
        else:
            location = stores[_pick(rng, store_weights)]
        if plan.remote or rng.random() < 0.12:
            observer = observers[int(rng.random() * len(observers))]
        else:
            nearby = locals_by_region.get(location.region) or roaming
            observer = nearby[int(rng.random() * len(nearby))]
        channel = plan.channels[_pick(rng, plan.channel_weights)]
        visited_at = _visit_time(rng, first_day, days, hours_table, plan.remote, zone, latest)
        visits.append(_Visit(plan, location, observer, visited_at, channel))
    visits.sort(key=lambda visit: visit.visited_at)

    total = len(visits)
    for rank, visit in enumerate(visits):
        newness = (total - 1 - rank) / total if total else 0.0  # 0 = the newest
        visit.status = _status(rng, newness)
        visit.quality = _quality(rng, visit, year_start)
        _answer_visit(rng, visit, visit.status == "draft")

    tags = _choose_tags(rng, visits)
    out = [_finish(rng, visit, tags.get(i, ()), stores, now) for i, visit in enumerate(visits)]
    return DemoData([loc.data for loc in locations], out)


def _make_locations(world: random.Random, with_centre: bool) -> list[_Location]:
    names = [(region, name, short) for region, _, places in _REGIONS for name, short in places]
    qualities = list(_QUALITIES[: len(names)])
    world.shuffle(qualities)
    decliners = set(world.sample(range(len(names)), 2))
    locations = []
    for index, ((region, name, short), base) in enumerate(zip(names, qualities, strict=True)):
        if index in decliners:
            slope = -world.uniform(0.2, 0.3)
        else:
            # Weaker stores get coached and improve more over the year.
            slope = world.uniform(0.06, 0.12) + (0.92 - base) * world.uniform(0.3, 0.55)
        new_id = str(uuid.UUID(int=world.getrandbits(128), version=4))
        locations.append(_Location(LocationData(new_id, name, region), short, region, base, slope))
    if with_centre:
        new_id = str(uuid.UUID(int=world.getrandbits(128), version=4))
        name, region = _CONTACT_CENTRE
        locations.append(
            _Location(
                LocationData(new_id, name, region),
                "Pasila",
                region,
                world.uniform(0.62, 0.74),
                world.uniform(0.05, 0.12),
                True,
            )
        )
    return locations


def _quality(rng: random.Random, visit: _Visit, year_start: datetime) -> float:
    at = visit.visited_at
    t = (at - year_start).days / 365
    location = visit.location
    q = location.base + location.slope * (t - 0.5) + visit.observer.leniency
    if at.month == 12:
        q -= 0.05  # Christmas rush
    elif at.month == 7:
        q -= 0.03  # summer temps
    if at.weekday() >= 5:
        q -= 0.02
    return _clamp(q + rng.gauss(0, 0.09), 0.05, 0.99)


def _status(rng: random.Random, newness: float) -> str:
    """Newest visits are still drafts or waiting for review; older ones are approved."""
    roll = rng.random()
    if newness < 0.055:
        return "draft" if roll < 0.9 else "submitted"
    if newness < 0.5 and roll < 0.063:
        return "returned"
    if newness < 0.25:
        return "submitted" if rng.random() < 0.6 else "approved"
    return "submitted" if rng.random() < 0.135 else "approved"


def _choose_tags(rng: random.Random, visits: Sequence[_Visit]) -> dict[int, tuple[str, ...]]:
    """best-practice on ~6 % (good visits), needs-coaching on ~8 % (bad ones), a few free tags."""
    best, coach = [], []
    for index, visit in enumerate(visits):
        if visit.status == "draft" or visit.share is None:
            continue
        feeling = _first_feeling(visit)
        if visit.critical_failed or visit.share <= 0.55:
            coach.append(index)
        elif visit.share >= 0.86 and (feeling is None or feeling > 0):
            best.append(index)
    total = len(visits)
    chosen: dict[int, list[str]] = {}
    for pool, tag, share in ((best, "best-practice", 0.06), (coach, "needs-coaching", 0.08)):
        wanted = min(len(pool), round(total * share))
        for index in rng.sample(pool, wanted):
            chosen.setdefault(index, []).append(tag)
    for index, visit in enumerate(visits):
        if visit.status == "draft":
            continue
        roll = rng.random()
        if roll < 0.05 and visit.visited_at.weekday() >= 5:
            chosen.setdefault(index, []).append("weekend")
        elif roll < 0.012:
            chosen.setdefault(index, []).append("new-staff")
        elif roll < 0.02 and 16 <= visit.visited_at.hour <= 18:
            chosen.setdefault(index, []).append("rush-hour")
    return {index: tuple(tags) for index, tags in chosen.items()}


def _first_feeling(visit: _Visit) -> int | None:
    assert visit.answers is not None
    for question in visit.form.questions:
        if question.feeling and question.id in visit.answers:
            return int(visit.answers[question.id])
    return None


def _finish(
    rng: random.Random,
    visit: _Visit,
    tags: tuple[str, ...],
    stores: Sequence[_Location],
    now: datetime,
) -> EncounterData:
    status = visit.status
    share = visit.share if visit.share is not None else visit.quality
    polarity = "good" if share >= 0.78 else "bad" if share <= 0.55 else "mixed"
    if visit.critical_failed:
        polarity = "critical"
    elif "best-practice" in tags:
        polarity = "inspiring"
    elif "needs-coaching" in tags and polarity == "mixed":
        polarity = "bad"

    notes = ""
    chance = _NOTE_CHANCE[polarity] * (0.65 if status == "draft" else 1.0)
    if "needs-coaching" in tags or rng.random() < chance:
        notes = _note(rng, visit, polarity, stores)

    staff_pool = _STAFF_BY_CHANNEL.get(visit.channel, _STAFF_IN_PERSON)
    staff = staff_pool[int(rng.random() * len(staff_pool))]
    if status == "draft" and rng.random() < 0.3:
        staff = ""

    reviewer_note = return_reason = ""
    if status == "returned":
        return_reason = _RETURN_REASONS[int(rng.random() * len(_RETURN_REASONS))]
    if status in ("approved", "returned"):
        if "best-practice" in tags and rng.random() < 0.6:
            reviewer_note = _REVIEW_BEST[int(rng.random() * len(_REVIEW_BEST))]
        elif "needs-coaching" in tags and rng.random() < 0.6:
            reviewer_note = _REVIEW_COACH[int(rng.random() * len(_REVIEW_COACH))]
        elif status == "approved" and rng.random() < 0.08:
            reviewer_note = _REVIEW_PLAIN[int(rng.random() * len(_REVIEW_PLAIN))]

    visited_utc = visit.visited_at.astimezone(UTC)
    created = visited_utc + timedelta(
        minutes=5 + int(rng.random() * 90), seconds=int(rng.random() * 60)
    )
    if status in ("draft", "submitted"):
        updated = created + timedelta(
            minutes=int(rng.random() * 40), seconds=int(rng.random() * 60)
        )
    else:  # reviewed one to six days later
        updated = created + timedelta(
            days=1 + int(rng.random() * 5), minutes=int(rng.random() * 600)
        )
    created = min(created, now)
    updated = max(min(updated, now), created)
    # Approved and returned ones were reviewed when last changed, by the region's trainer
    # (chosen without the random stream, so every other figure of a seed stays the same).
    reviewed = status in ("approved", "returned")
    reviewer = _REVIEWERS[sum(map(ord, visit.location.region)) % len(_REVIEWERS)]

    assert visit.answers is not None and visit.na is not None
    form = visit.form.form
    return EncounterData(
        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        form_id=form.id,
        form_version=form.version,
        location_id=visit.location.data.id,
        visited_at=visit.visited_at,
        observer=visit.observer.alias,
        channel=visit.channel,
        staff=staff,
        status=status,
        answers=visit.answers,
        na=visit.na,
        notes=notes,
        tags=list(tags),
        timer=visit.timer or {},
        reviewer_note=reviewer_note,
        return_reason=return_reason,
        reviewed_by=reviewer if reviewed else None,
        reviewed_at=updated if reviewed else None,
        created_at=created,
        updated_at=updated,
    )


_NOTE_CHANCE = {"good": 0.45, "mixed": 0.6, "bad": 0.8, "critical": 1.0, "inspiring": 1.0}

# --- notes --------------------------------------------------------------------------------


def _note(rng: random.Random, visit: _Visit, polarity: str, stores: Sequence[_Location]) -> str:
    """A concrete, observable note in the observer's usual language, matching the outcome."""
    plan = visit.form
    lang = "fi" if rng.random() < visit.observer.finnish else "en"
    channel = visit.channel
    # How each dimension went: enough to choose notes that do not contradict the answers.
    earned, possible = visit.dim_earned or (), visit.dim_possible or ()
    state: tuple[Any, ...] = tuple(
        0 if not most else 1 if got <= 0.5 * most else 3 if got >= 0.7 * most else 2
        for got, most in zip(earned, possible, strict=True)
    )
    if polarity == "critical":
        state = (visit.critical_dimension,)
    # How the visit left the observer, for notes about the feeling where the form does not
    # score it as a dimension (the shipped forms): never "would not come back" on an uplifted
    # visit.
    mood = _first_feeling(visit)
    state += ("mood", None if mood is None else (mood > 0) - (mood < 0))
    if polarity == "mixed" and rng.random() < 0.5:
        # What went well and what did not, each about a dimension that really went so.
        good = _templates(plan, "good", lang, state, channel)
        bad = _templates(plan, "bad", lang, state, channel)
        if good and bad:
            parts = [good[int(rng.random() * len(good))], bad[int(rng.random() * len(bad))]]
            if rng.random() < 0.4:
                parts.reverse()
            return " ".join(_fill(rng, part, visit, stores) for part in parts)
    fits = _templates(plan, polarity, lang, state, channel) or [
        text for tlang, _, text in _NOTE_POOLS[plan.remote, polarity] if tlang == lang
    ]
    first = fits[int(rng.random() * len(fits))]
    text = _fill(rng, first, visit, stores)
    if polarity in ("good", "bad") and len(fits) > 1 and rng.random() < 0.25:
        second = fits[int(rng.random() * len(fits))]
        if second != first:
            text += " " + _fill(rng, second, visit, stores)
    return text


def _templates(
    plan: _FormPlan, polarity: str, lang: str, state: tuple[Any, ...], channel: str
) -> list[str]:
    """Note templates in `lang` that contradict neither the channel nor how the visit's
    dimensions went (`state`; for critical notes: the failed question's dimension)."""
    key = (polarity, lang, state, channel)
    found = plan.note_cache.get(key)
    if found is not None:
        return found
    out = []
    for tlang, dimension, text in _NOTE_POOLS[plan.remote, polarity]:
        if tlang != lang:
            continue
        if plan.remote and _channel_of(text) not in (None, channel):
            continue
        mood = state[-1]
        if polarity == "critical":
            if dimension is not None and dimension != state[0]:
                continue
        elif dimension == "feeling" and "feeling" not in plan.dim_positions:
            if mood is not None and (mood >= 0 if polarity == "bad" else mood <= 0):
                continue
        elif dimension is not None and dimension in plan.dim_positions:
            went = state[plan.dim_positions[dimension]]
            if polarity in ("good", "inspiring") and went in (1, 2):
                continue
            if polarity == "bad" and went in (2, 3):
                continue
        out.append(text)
    plan.note_cache[key] = out
    return out


def _channel_of(note: str) -> str | None:
    """The channel a phone or chat note speaks of, if it names one."""
    text = note.lower()
    if "chat" in text:
        return "chat"
    if any(
        word in text
        for word in (
            "phone",
            "call",
            "puhel",
            "soit",
            "on hold",
            "on the line",
            "sounded",
            "voice",
            "ääne",
        )
    ):
        return "phone"
    return None


# Product names: (English, Finnish partitive).
_PRODUCTS = (
    ("running shoes", "juoksukenkiä"),
    ("a winter coat", "talvitakkia"),
    ("a rain jacket", "sadetakkia"),
    ("a coffee maker", "kahvinkeitintä"),
    ("headphones", "kuulokkeita"),
    ("a phone charger", "puhelimen laturia"),
    ("a backpack", "reppua"),
    ("winter boots", "talvikenkiä"),
    ("a frying pan", "paistinpannua"),
    ("a birthday present for a child", "lahjaa lapselle"),
    ("hiking trousers", "retkeilyhousuja"),
    ("a kettle", "vedenkeitintä"),
)


def _fill(
    rng: random.Random, template: str, visit: _Visit | None, stores: Sequence[_Location] = ()
) -> str:
    if "{" not in template:
        return template
    product, product_fi = _PRODUCTS[int(rng.random() * len(_PRODUCTS))]
    g0, g1, g2 = visit.gaps if visit is not None and visit.timer else (0, 0, 0)
    random_ = rng.random
    seconds = g0 if 0 < g0 <= 45 else 5 + int(random_() * 16)
    wait = max(2, round(g1 / 60)) if g1 >= 90 else 3 + int(random_() * 7)
    total = round((g0 + g1 + g2) / 60) if g2 else 4 + int(random_() * 15)
    other = ""
    if "{other}" in template:
        others = [loc.short for loc in stores if visit is None or loc is not visit.location]
        other = others[int(random_() * len(others))] if others else "Kamppi"
    return template.format(
        product=product,
        product_fi=product_fi,
        sec=seconds,
        wait=wait,
        total=max(total, 2),
        other=other,
        size=38 + int(random_() * 7),
    )


# (language, dimension the template speaks about or None, text)
_Template = tuple[str, str | None, str]

_GOOD: tuple[_Template, ...] = (
    ("fi", "greeting", "Myyjä tervehti heti ovella ja kysyi, mihin käyttöön etsin {product_fi}."),
    (
        "en",
        "greeting",
        "Greeted within {sec} seconds of stepping in, with eye contact and a real smile.",
    ),
    (
        "fi",
        "greeting",
        "Kassalla ollut työntekijä huomasi minut jonon takaa, nyökkäsi ja sanoi tulevansa pian.",
    ),
    (
        "en",
        "greeting",
        "The staff member busy with another customer still looked up and said "
        "'I'll be right with you'.",
    ),
    ("fi", "greeting", "Tervehdys tuli luontevasti omin sanoin, ei ulkoa opeteltuna fraasina."),
    ("en", "smile", "Warm, sincere smile throughout; the conversation felt relaxed, not rushed."),
    ("fi", "smile", "Myyjä hymyili aidosti ja jutteli rennosti koko asioinnin ajan."),
    (
        "en",
        "presence",
        "Put the phone away when I came to the counter and kept attention on me the whole time.",
    ),
    (
        "fi",
        "presence",
        "Myyjä kuunteli kysymykseni loppuun keskeyttämättä ja tarkensi vielä, "
        "mihin tarvitsen {product_fi}.",
    ),
    (
        "en",
        "presence",
        "Noticed I was comparing two models and came over without being asked, "
        "then let me do the talking.",
    ),
    (
        "en",
        "helpfulness",
        "Asked 'What will you use it for?' and suggested {product} that "
        "fitted my need better than the one I had picked.",
    ),
    (
        "fi",
        "helpfulness",
        "Kokoani {size} ei ollut hyllyssä, joten myyjä tarkisti varaston ja "
        "tilasi tuotteen minulle noudettavaksi.",
    ),
    (
        "en",
        "helpfulness",
        "Knew the current web offer and matched the online price without hesitation.",
    ),
    (
        "fi",
        "helpfulness",
        "Myyjä tiesi verkkokaupan tarjouksen ja tarkisti saatavuuden alle minuutissa.",
    ),
    (
        "en",
        "helpfulness",
        "Explained the difference between the two cheapest options honestly "
        "and recommended the cheaper one.",
    ),
    (
        "fi",
        "helpfulness",
        "Sain selkeän vastauksen takuuasiaan, ja myyjä kirjoitti ohjeet vielä kuitin taakse.",
    ),
    (
        "en",
        "helpfulness",
        "Size {size} was out of stock; she offered to reserve it at {other} "
        "and wrote down the reservation number.",
    ),
    (
        "fi",
        "helpfulness",
        "Myyjä kysyi avoimen kysymyksen – ”Kuinka voin auttaa?” – ja jatkoi "
        "tarkentavilla kysymyksillä.",
    ),
    (
        "en",
        "helpfulness",
        "Fully helped: left with {product} and clear instructions on how to "
        "return it if it does not suit.",
    ),
    (
        "fi",
        "farewell",
        "Kiitti käynnistä, toivotti hyvää päivänjatkoa ja tervetulleeksi uudelleen.",
    ),
    ("en", "farewell", "Thanked me at the door and said 'Come back and tell us how it works out'."),
    (
        "fi",
        "farewell",
        "Lähtiessä myyjä vielä hyvästeli ja muistutti, että tuotteen voi "
        "palauttaa 30 päivän sisällä.",
    ),
    (
        "en",
        "feeling",
        "Left in a better mood than I came in; the whole visit took about "
        "{total} minutes and felt easy.",
    ),
    (
        "fi",
        "helpfulness",
        "Koko asiointi sujui vaivattomasti, noin {total} minuuttia ovelta ovelle.",
    ),
    (
        "en",
        "greeting",
        "Calm and friendly even though the queue was long; every customer got a proper greeting.",
    ),
    (
        "fi",
        "greeting",
        "Ruuhkasta huolimatta kassalla oli rauhallinen tunnelma ja jokaista "
        "asiakasta tervehdittiin.",
    ),
    (
        "en",
        "greeting",
        "Store tidy, staff visible on the floor, and someone approached me within a minute.",
    ),
    (
        "fi",
        "respect",
        "Myyjä otti kysymykseni tosissaan eikä vähätellyt, vaikka asia oli yksinkertainen.",
    ),
    (
        "en",
        "presence",
        "The staff member repeated my need back to me ('so you need it for "
        "walking in the rain') – I felt listened to.",
    ),
    (
        "fi",
        "presence",
        "Myyjä huomasi, että minulla oli kiire, ja hoiti asian nopeasti mutta ystävällisesti.",
    ),
    (
        "en",
        "helpfulness",
        "Asked a colleague who knew the range better, introduced us and "
        "stayed until my question was answered.",
    ),
    (
        "fi",
        "helpfulness",
        "Sain vastauksen kaikkiin kysymyksiini, eikä minulle yritetty myydä mitään turhaa.",
    ),
)

_BAD: tuple[_Template, ...] = (
    (
        "en",
        "greeting",
        "Waited {wait} minutes at the counter; two staff talked to each other and did not look up.",
    ),
    (
        "fi",
        "greeting",
        "Kukaan ei tervehtinyt sisään tullessa, vaikka kolme työntekijää oli lähellä ovea.",
    ),
    (
        "en",
        "greeting",
        "No greeting on arrival; first contact after about {wait} minutes, when "
        "I asked for help myself.",
    ),
    (
        "fi",
        "greeting",
        "Tervehdys oli mekaaninen ”hei” katsomatta minuun, ja myyjä jatkoi hyllyttämistä.",
    ),
    (
        "en",
        "greeting",
        "Stood by the fitting rooms for {wait} minutes; a staff member walked "
        "past twice without acknowledging me.",
    ),
    (
        "fi",
        "greeting",
        "Jonotin kassalle {wait} minuuttia, eikä toista kassaa avattu, vaikka jono kasvoi.",
    ),
    ("en", "smile", "No smile at any point; answers were short and the tone flat."),
    ("fi", "smile", "Myyjä ei hymyillyt kertaakaan ja huokaisi, kun kysyin toista kokoa."),
    (
        "en",
        "presence",
        "The staff member checked their phone twice while I was explaining what I needed.",
    ),
    (
        "fi",
        "presence",
        "Myyjä keskusteli kollegan kanssa viikonlopun suunnitelmista kesken palvelun.",
    ),
    (
        "en",
        "presence",
        "Interrupted me mid-sentence with 'It's all on the shelf over there' and walked off.",
    ),
    ("fi", "presence", "Myyjä vastasi ennen kuin ehdin kertoa, mihin käyttöön etsin {product_fi}."),
    (
        "en",
        "helpfulness",
        "Asked for {product}; told 'If it's not on the shelf, we don't have "
        "it.' No stock check, no alternative.",
    ),
    (
        "fi",
        "helpfulness",
        "Kysyin {product_fi}; vastaus oli ”ei ole”, eikä vaihtoehtoa tai tilausta tarjottu.",
    ),
    (
        "en",
        "helpfulness",
        "Did not know the web offer; said the advertised price 'must be a "
        "mistake' without checking.",
    ),
    (
        "fi",
        "helpfulness",
        "Myyjä ei tiennyt verkkokaupan kampanjasta mitään ja käski katsoa tiedot itse netistä.",
    ),
    (
        "en",
        "helpfulness",
        "Told 'I'm not allowed to do that' when I asked to reserve the item until tomorrow.",
    ),
    (
        "fi",
        "helpfulness",
        "”Ei onnistu, se on meidän käytäntö” – esihenkilöltä ei kysytty, vaikka pyysin.",
    ),
    (
        "en",
        "helpfulness",
        "Wrong information about the warranty: said 6 months, the website says 2 years.",
    ),
    (
        "fi",
        "helpfulness",
        "Sain kahdelta myyjältä eri vastauksen samaan kysymykseen palautusajasta.",
    ),
    (
        "en",
        "helpfulness",
        "Recommended the most expensive model without asking what I needed it for.",
    ),
    ("fi", "farewell", "Kuitti ojennettiin sanomatta mitään; ei kiitosta eikä hyvästejä."),
    (
        "en",
        "farewell",
        "No thank-you and no goodbye; the cashier had already turned to the next customer.",
    ),
    ("en", "feeling", "Felt like an interruption; left without buying and would not come back."),
    ("fi", "feeling", "Lähdin pettyneenä; tuntui, että kysymykseni oli vaivaksi."),
    (
        "en",
        "respect",
        "The staff member rolled their eyes when I asked a second question about sizes.",
    ),
    (
        "fi",
        None,
        "Myymälässä oli vain yksi työntekijä, joka juoksi kassan ja varaston väliä; "
        "asiointi kesti {total} minuuttia.",
    ),
    (
        "en",
        "helpfulness",
        "Fitting-room queue of {wait} minutes and nobody checking on it; I gave up and left.",
    ),
    (
        "fi",
        "helpfulness",
        "Hyllyt olivat sekaisin ja hintalappuja puuttui; myyjä ei osannut kertoa hintaa.",
    ),
    (
        "en",
        "helpfulness",
        "Asked where to find {product}; got a vague wave towards the back, nobody came along.",
    ),
    ("fi", "respect", "Myyjä puhui ohitseni seuralaiselleni, vaikka minä olin se, joka kysyi."),
    (
        "en",
        "presence",
        "Had to repeat my question three times before the staff member stopped "
        "restocking and turned round.",
    ),
)

_MIXED: tuple[_Template, ...] = (
    (
        "en",
        None,
        "Quick, friendly greeting, but nobody asked what I was looking for; found "
        "{product} myself.",
    ),
    (
        "fi",
        None,
        "Tervehdys tuli heti, mutta kassalla jonotin {wait} minuuttia ilman mitään huomiota.",
    ),
    ("en", None, "Helpful and knew the products, but no smile and no goodbye at the end."),
    ("fi", None, "Myyjä osasi asiansa, mutta vastaukset olivat lyhyitä ja vähän kiireisiä."),
    (
        "en",
        None,
        "Got what I came for, but the staff member was clearly distracted by the phone "
        "at the till.",
    ),
    ("fi", None, "Asia hoitui osittain: tuote löytyi, mutta takuusta en saanut selvää vastausta."),
    ("en", None, "Polite but scripted; the same 'anything else?' three times."),
    (
        "fi",
        None,
        "Ystävällistä palvelua, mutta myyjä ei tiennyt verkossa mainostetusta tarjouksesta.",
    ),
    ("en", None, "Long queue ({wait} min), but the cashier apologised and thanked me for waiting."),
    (
        "fi",
        None,
        "Minut huomattiin vasta {wait} minuutin päästä, mutta sen jälkeen palvelu oli hyvää.",
    ),
    ("en", None, "Good advice on {product}, though I had to go looking for a staff member first."),
    ("fi", None, "Kiitos ja hyvästit tulivat, mutta itse palvelu tuntui rutiinisuoritukselta."),
    ("en", None, "Friendly staff but stretched thin: one person on the floor for the whole store."),
    ("fi", None, "Myyjä oli kohtelias, mutta ei kysynyt tarkentavia kysymyksiä tarpeestani."),
    ("en", None, "Knowledgeable about {product}, but kept glancing at the queue and hurried me."),
    ("fi", None, "Palvelu oli asiallista, mutta ilmeetöntä; hymyä en nähnyt kertaakaan."),
    (
        "en",
        None,
        "Greeted and thanked, but when {product} was out of stock the answer was just 'no'.",
    ),
    (
        "fi",
        None,
        "Sovituskopeille jonotin {wait} minuuttia, mutta myyjä pahoitteli ja toi oikean koon.",
    ),
    ("en", None, "Nice start, weak finish: nobody at the till said goodbye."),
    ("fi", None, "Kysyin {product_fi}; myyjä etsi sitä hetken, mutta ei ehdottanut muuta."),
)

_INSPIRING: tuple[_Template, ...] = (
    (
        "en",
        None,
        "Noticed I looked unsure, asked what the {product} was for and suggested a "
        "cheaper one that suited better. Worth sharing in training.",
    ),
    (
        "fi",
        None,
        "Myyjä huomasi epävarmuuteni ja kysyi rauhassa, mihin käyttöön etsin "
        "{product_fi}. Ehdotti edullisempaa vaihtoehtoa, joka sopi paremmin. Hieno "
        "esimerkki.",
    ),
    (
        "en",
        None,
        "My size was out of stock; the staff member called {other}, reserved the last "
        "pair and wrote the address down for me.",
    ),
    (
        "fi",
        None,
        "Edelläni ollut iäkäs asiakas ei osannut käyttää maksupäätettä; myyjä auttoi "
        "kärsivällisesti ja tervehti silti minuakin heti.",
    ),
    (
        "en",
        None,
        "Bent the routine sensibly: exchanged an item without the receipt after "
        "finding the card payment. Calm, kind, no fuss.",
    ),
    (
        "fi",
        None,
        "Myyjä teki järkevän poikkeuksen: vaihtoi tuotteen ilman kuittia, kun ostos "
        "löytyi kortilta. Ystävällinen ja ratkaisukeskeinen.",
    ),
    (
        "en",
        None,
        "Remembered my question from the start and came back to it after helping "
        "someone else – I felt seen.",
    ),
    (
        "fi",
        None,
        "Myyjä kysyi ”Kuinka voin auttaa?” ja kuunteli aidosti; lähdin hyvällä mielellä "
        "ja tuotteen kanssa, joka todella sopii tarpeeseeni.",
    ),
    (
        "en",
        None,
        "Greeted me at the door, showed me where to find {product}, then gave me "
        "space. Perfectly judged.",
    ),
    (
        "fi",
        None,
        "Ruuhkassa myyjä pahoitteli odotusta, avasi toisen kassan ja kiitti "
        "kärsivällisyydestä. Kohottava kokemus.",
    ),
    (
        "en",
        None,
        "Turned my complaint around: listened without interrupting, apologised and "
        "fixed it on the spot.",
    ),
)

_CRITICAL: tuple[_Template, ...] = (
    (
        "en",
        "helpfulness",
        "Not helped at all: 'We don't do that here', and the staff member walked away.",
    ),
    (
        "fi",
        "helpfulness",
        "En saanut apua lainkaan. Myyjä sanoi, ettei asia kuulu hänelle, eikä ohjannut eteenpäin.",
    ),
    ("en", "helpfulness", "Left empty-handed; nobody checked stock or offered any other option."),
    (
        "fi",
        "helpfulness",
        "Asia jäi kokonaan hoitamatta: ”Ei meillä ole”, ja keskustelu loppui siihen.",
    ),
    (
        "en",
        "respect",
        "The staff member raised their voice when I asked about returns: 'I already told you.'",
    ),
    (
        "fi",
        "respect",
        "Minulle naurettiin, kun kysyin, miten laite otetaan käyttöön. Tuntui nöyryyttävältä.",
    ),
    ("en", "respect", "Talked down to ('Everyone knows that') in front of other customers."),
    ("fi", "respect", "Myyjä puhui alentuvasti ja käänsi selkänsä kesken kysymykseni."),
    (
        "en",
        None,
        "Serious: asked for help twice and was ignored both times; left after {wait} minutes.",
    ),
    ("fi", None, "Vakava puute: minut sivuutettiin kokonaan, vaikka pyysin apua kahdesti."),
)

_GOOD_REMOTE: tuple[_Template, ...] = (
    (
        "en",
        "greeting",
        "A person answered after {sec} seconds, introduced themselves and asked "
        "how they could help.",
    ),
    (
        "fi",
        "greeting",
        "Puheluun vastattiin nopeasti, asiakaspalvelija esittäytyi ja kysyi, miten voi auttaa.",
    ),
    (
        "en",
        "presence",
        "Chat replies were personal, not copy-paste; the agent referred back to "
        "my earlier message.",
    ),
    ("fi", "presence", "Chatissa vastattiin omin sanoin, ja asia ratkesi yhdellä yhteydenotolla."),
    (
        "en",
        "helpfulness",
        "Solved on first contact: the agent checked the order and sent the "
        "tracking link while we talked.",
    ),
    (
        "fi",
        "helpfulness",
        "Asiakaspalvelija lupasi soittaa takaisin ja soitti sovitusti seuraavana päivänä.",
    ),
    (
        "en",
        "helpfulness",
        "Knew what the web shop promises about delivery times and explained it clearly.",
    ),
    ("fi", "smile", "Puhelimessa oli lämmin äänensävy; hymyn kuuli äänestä."),
    ("en", "presence", "Summarised my issue back to me before answering – felt listened to."),
    (
        "fi",
        "helpfulness",
        "Sain selkeät ohjeet palautukseen ja vahvistuksen sähköpostiin heti puhelun jälkeen.",
    ),
    (
        "en",
        "helpfulness",
        "Offered to transfer me to a specialist and stayed on the line until they picked up.",
    ),
    (
        "fi",
        "helpfulness",
        "Asiakaspalvelija huomasi tyytymättömyyteni ja hyvitti toimitusmaksun oma-aloitteisesti.",
    ),
    (
        "en",
        "helpfulness",
        "Clear, friendly and quick: the whole contact took {total} minutes "
        "and the issue was solved.",
    ),
    ("fi", None, "Asiakaspalvelija pahoitteli jonotusaikaa ja kiitti kärsivällisyydestä."),
    ("en", "farewell", "Closed with 'Thanks for calling, have a good weekend' – sounded genuine."),
)

_BAD_REMOTE: tuple[_Template, ...] = (
    (
        "en",
        "greeting",
        "On hold for {wait} minutes; transferred twice and had to repeat the "
        "order number each time.",
    ),
    ("fi", "greeting", "Jonotin puhelimessa {wait} minuuttia, ja puhelu katkesi siirron aikana."),
    (
        "en",
        "presence",
        "Chat answers were obviously canned: the same paragraph pasted twice, "
        "not matching my question.",
    ),
    (
        "fi",
        "presence",
        "Chatissa vastattiin valmiilla fraaseilla, jotka eivät liittyneet kysymykseeni.",
    ),
    ("en", "smile", "The agent sounded annoyed when I asked a follow-up question."),
    (
        "fi",
        "helpfulness",
        "Asiakaspalvelija ei osannut kertoa verkkokaupan toimitusajoista ja "
        "neuvoi lukemaan ne sivuilta.",
    ),
    ("en", "helpfulness", "Promised a call back within a day; nobody called."),
    (
        "fi",
        "helpfulness",
        "Luvattua takaisinsoittoa ei tullut, vaikka se luvattiin saman päivän aikana.",
    ),
    (
        "en",
        "helpfulness",
        "'I'm not able to do that in this system' – no alternative, no escalation offered.",
    ),
    (
        "fi",
        "helpfulness",
        "Puhelu päättyi ilman ratkaisua ja ilman tietoa siitä, mitä seuraavaksi tapahtuu.",
    ),
    (
        "en",
        "presence",
        "The chat went silent for {wait} minutes mid-conversation without explanation.",
    ),
    (
        "fi",
        "presence",
        "Asiakaspalvelija keskeytti useaan kertaan ja vastasi eri kysymykseen kuin esitin.",
    ),
    ("en", "farewell", "No thank-you, no goodbye; the chat was simply closed."),
    ("fi", "smile", "Tuntui, että olin vaivaksi; äänensävy oli kärsimätön koko puhelun ajan."),
)

_MIXED_REMOTE: tuple[_Template, ...] = (
    ("en", None, "Friendly agent, but I waited {wait} minutes in the queue first."),
    ("fi", None, "Asia ratkesi, mutta vasta toisella yhteydenotolla."),
    ("en", None, "Helpful answer, but the first two chat replies were clearly templates."),
    ("fi", None, "Ystävällistä palvelua, mutta takaisinsoittolupaus jäi epämääräiseksi."),
    ("en", None, "Polite and correct, but no introduction and no goodbye."),
    (
        "fi",
        None,
        "Asiakaspalvelija oli ystävällinen, mutta joutui tarkistamaan asian kolme kertaa.",
    ),
    ("en", None, "Correct answer in the end, but it took {total} minutes and two transfers."),
    ("fi", None, "Vastaus tuli nopeasti, mutta se oli osittain valmis fraasi."),
    ("en", None, "Friendly chat, but the agent did not know the current delivery times."),
    ("fi", None, "Puheluun vastattiin nopeasti, mutta asia jäi puoliksi auki."),
)

_INSPIRING_REMOTE: tuple[_Template, ...] = (
    (
        "en",
        None,
        "The agent noticed I was stressed about a delivery before a trip, found a "
        "pick-up point near my home and booked it while I waited. Worth sharing.",
    ),
    (
        "fi",
        None,
        "Asiakaspalvelija kuunteli koko tarinan, pahoitteli virhettä omin sanoin ja "
        "lähetti korvaavan tuotteen jo samana päivänä.",
    ),
    (
        "en",
        None,
        "Explained the returns process in plain words, then emailed a summary before "
        "the call even ended.",
    ),
    (
        "fi",
        None,
        "Puhelimessa asiakaspalvelija huomasi huoleni, rauhoitteli ja kävi ohjeet läpi "
        "askel kerrallaan. Hyvä esimerkki koulutukseen.",
    ),
    (
        "en",
        None,
        "The chat agent spotted that my order had been charged twice and fixed it "
        "before I even asked.",
    ),
    (
        "fi",
        None,
        "Chatissa vastaukset olivat lämpimiä ja selkeitä, ja lopuksi sain yhteenvedon "
        "sovituista asioista.",
    ),
)

_CRITICAL_REMOTE: tuple[_Template, ...] = (
    (
        "en",
        "helpfulness",
        "Not helped at all: told to 'check the website' and the chat was closed.",
    ),
    ("fi", "helpfulness", "En saanut apua: puhelu siirrettiin kolme kertaa ja katkesi lopulta."),
    ("en", "respect", "The agent laughed at my question and said 'that's obvious'."),
    ("fi", "respect", "Asiakaspalvelija korotti ääntään, kun pyysin toistamaan ohjeen."),
    ("en", None, "The agent ended the call mid-sentence; nobody called back."),
    ("fi", None, "Chat suljettiin kesken vastaukseni ilman selitystä."),
)

# Short answers to text questions, by what the question asks: (dimension or None, text).
_TextAnswer = tuple[str | None, str]
_TEXT_PRAISE: tuple[_TextAnswer, ...] = (
    ("helpfulness", "Asked what I needed the item for before suggesting anything."),
    ("presence", "Kysyi avoimen kysymyksen ja kuunteli vastauksen loppuun."),
    ("helpfulness", "Walked me to the shelf instead of pointing."),
    ("helpfulness", "Saattoi minut hyllylle asti eikä vain osoittanut suuntaa."),
    ("helpfulness", "Offered to check stock in other stores without being asked."),
    ("presence", "Muisti kysymykseni ja palasi siihen palveltuaan toista asiakasta."),
    (None, "Apologised for the wait and thanked me for my patience."),
    (None, "Pahoitteli odotusta ja kiitti kärsivällisyydestä."),
    ("helpfulness", "Explained the warranty in plain words."),
    ("helpfulness", "Kertoi takuuehdot selkeästi ja kirjoitti ne kuittiin."),
    ("greeting", "Greeted every customer at the door, even in the rush."),
    ("farewell", "Toivotti tervetulleeksi uudelleen ja pyysi kertomaan, miten tuote toimii."),
)
_TEXT_UNRESOLVED: tuple[_TextAnswer, ...] = (
    (None, "Size {size} not available; no offer to order it."),
    (None, "Kokoa {size} ei ollut, eikä tilausta tarjottu."),
    (None, "Warranty question left open: 'ask the manufacturer'."),
    (None, "Takuukysymys jäi auki: ”kysy valmistajalta”."),
    (None, "The web offer price was not honoured: 'online only'."),
    (None, "Verkkotarjousta ei saanut myymälästä: ”vain verkossa”."),
    (None, "Said they would call when the item arrives; took no phone number."),
    (None, "Lupasi ilmoittaa, kun tuote saapuu, mutta ei ottanut yhteystietoja."),
)
_TEXT_IMPROVE: tuple[_TextAnswer, ...] = (
    ("greeting", "A greeting at the door and one open question would have changed the visit."),
    ("greeting", "Tervehdys ovella ja yksi avoin kysymys olisi muuttanut koko käynnin."),
    (None, "Open a second till when more than three people queue."),
    (None, "Toinen kassa auki, kun jonossa on yli kolme asiakasta."),
    ("helpfulness", "Check the stock system before saying 'not on the shelf'."),
    ("helpfulness", "Varastotilanteen tarkistus ennen kuin sanoo ”ei ole”."),
    ("presence", "Put the phone away while serving."),
    ("presence", "Puhelin pois palvelutilanteessa."),
    ("helpfulness", "Know the current web campaign."),
    ("farewell", "A thank-you and a goodbye at the till."),
    ("smile", "Hymy ja katsekontakti kassalla."),
)
_TEXT_PRAISE_REMOTE: tuple[_TextAnswer, ...] = (
    ("greeting", "Introduced themselves and asked an open question: 'How can I help?'"),
    ("greeting", "Esittäytyi ja kysyi avoimen kysymyksen: ”Miten voin auttaa?”"),
    ("presence", "Read my whole message before answering and referred back to it."),
    ("presence", "Luki koko viestini ennen vastaamista ja viittasi siihen."),
    ("helpfulness", "Checked the order while we talked and sent the tracking link at once."),
    ("helpfulness", "Tarkisti tilauksen keskustelun aikana ja lähetti seurantalinkin heti."),
    ("presence", "Told me what was happening during every pause."),
    (None, "Kiitti yhteydenotosta ja toivotti hyvää päivänjatkoa omin sanoin."),
)
_TEXT_UNRESOLVED_REMOTE: tuple[_TextAnswer, ...] = (
    (None, "Refund status still unclear; told to 'wait for an email'."),
    (None, "Palautuksen tila jäi epäselväksi: ”odota sähköpostia”."),
    (None, "Delivery date not confirmed."),
    (None, "Toimituspäivää ei vahvistettu."),
)
_TEXT_IMPROVE_REMOTE: tuple[_TextAnswer, ...] = (
    ("greeting", "A shorter queue, or a call-back offer when the wait is long."),
    ("greeting", "Lyhyempi jonotus tai takaisinsoittotarjous, kun jono on pitkä."),
    ("presence", "Answers written for my question instead of stock texts."),
    ("presence", "Vastaukset omin sanoin, ei valmiita fraaseja."),
    ("helpfulness", "Know the delivery times the web shop promises."),
    ("helpfulness", "Selkeä tieto siitä, mitä seuraavaksi tapahtuu ja milloin."),
    ("farewell", "A proper goodbye instead of just closing the chat."),
)
_TEXT_POOLS: dict[tuple[bool, str], tuple[_TextAnswer, ...]] = {
    (False, "praise"): _TEXT_PRAISE,
    (False, "unresolved"): _TEXT_UNRESOLVED,
    (False, "improve"): _TEXT_IMPROVE,
    (True, "praise"): _TEXT_PRAISE_REMOTE,
    (True, "unresolved"): _TEXT_UNRESOLVED_REMOTE,
    (True, "improve"): _TEXT_IMPROVE_REMOTE,
}

# Staff by role and a short description, never by name.
_STAFF_IN_PERSON = (
    "cashier",
    "sales advisor, tall",
    "myyjä",
    "kassa",
    "myyjä, silmälasit",
    "floor staff, green jacket",
    "info desk",
    "myyjä, pitkä tumma tukka",
    "cashier, young man",
    "shift lead (badge)",
    "trainee (badge)",
    "myyjä, harjoittelija",
    "sales advisor, shoe section",
    "kassa 2",
    "asiakaspalvelupiste",
    "fitting-room staff",
    "myyjä, punainen huivi",
    "sales advisor, grey beard",
    "myyjä, lyhyt tukka",
    "two staff at the till",
    "myyjä, kenkäosasto",
    "cashier, glasses",
    "sales advisor, electronics",
)
_STAFF_BY_CHANNEL = {
    "phone": (
        "phone agent",
        "asiakaspalvelija (puhelin)",
        "phone agent, calm voice",
        "second agent after transfer",
        "puhelinpalvelu, miesääni",
        "puhelinpalvelu, naisääni",
        "phone agent, spoke fast",
    ),
    "chat": (
        "chat agent",
        "chat-asiakaspalvelija",
        "chat agent, evening shift",
        "chat agent after the bot",
        "chat, toinen asiakaspalvelija siirron jälkeen",
    ),
    "email": ("email support", "asiakaspalvelu, sähköposti"),
    "video": ("video advisor", "videoneuvoja"),
}
_RETURN_REASONS = (
    "Please back each 'no' with what happened (time, what was said).",
    "Muistiinpanoista puuttuu perustelu – mitä tarkalleen sanottiin tai tehtiin?",
    "Which product did you ask about? Please add it to the notes.",
    "Lisää, mitä henkilökunta sanoi, kun asia ei hoitunut.",
    "Kuvaa tilanne tekoina ja sanoina, älä henkilönä.",
    "Please describe the staff member by role only, not by appearance.",
    "The feeling and the notes seem to disagree – please check which is right.",
)
_REVIEWERS = ("trainer-helena", "trainer-oskar", "cx-lead-maria")
_REVIEW_BEST = (
    "Great example for onboarding – shared with the store manager.",
    "Hyvä esimerkki perehdytykseen; käydään läpi tiimipalaverissa.",
    "Use in the spring coaching session.",
    "Kiitos välitetty myymäläpäällikölle.",
    "Moment worth repeating – added to the training deck.",
)
_REVIEW_COACH = (
    "Discuss the greeting in the next team meeting.",
    "Käydään läpi valmennuksessa: avoimet kysymykset.",
    "For coaching, not blame: the team was understaffed that day.",
    "Myymäläpäällikön kanssa sovittu seurantakäynti.",
    "Follow-up visit planned in four weeks.",
)
_REVIEW_PLAIN = (
    "Checked against the timer, OK.",
    "Tarkistettu, ok.",
    "Notes clear and factual, thanks.",
    "Hyvät perustelut jokaiselle ei-vastaukselle.",
)

_NOTE_POOLS: dict[tuple[bool, str], tuple[_Template, ...]] = {
    (False, "good"): _GOOD,
    (False, "bad"): _BAD,
    (False, "mixed"): _MIXED,
    (False, "inspiring"): _INSPIRING,
    (False, "critical"): _CRITICAL,
    (True, "good"): _GOOD_REMOTE,
    (True, "bad"): _BAD_REMOTE,
    (True, "mixed"): _MIXED_REMOTE,
    (True, "inspiring"): _INSPIRING_REMOTE,
    (True, "critical"): _CRITICAL_REMOTE,
}


# --- calibration sessions ---------------------------------------------------------------------


def calibration_sessions(
    form: Form,
    *,
    sessions: int = 3,
    observers: int = 5,
    seed: int = 1,
    now: datetime | None = None,
) -> DemoData:
    """Sample observer-calibration sessions on `form`, a month apart up to `now`: in each, one
    scenario (a demo visit: its answers are what happened) recorded by `observers` of the demo
    observers, each reading it their own way: the lenient ones see a "yes" a strict one does
    not, and some questions (chosen by the seed) are read differently by everyone. Session
    ids are `calibration-YYYY-MM`. For screenshots and tests; deterministic for a seed."""
    now = datetime.now(UTC) if now is None else now
    world = generate([form], encounters=max(20, sessions * 4), seed=seed, now=now)
    scenarios = [data for data in world.encounters if data.status != "draft"][-sessions:]
    controlling = {q.show_if.question for q in form.questions() if q.show_if is not None}
    ambiguity = {
        question.id: random.Random(f"mysteryshop-calibration:{seed}:{question.id}").random() * 0.3
        for question in form.answerable()
    }
    out: list[EncounterData] = []
    for index, scenario in enumerate(scenarios):
        # A month apart, the last one at the last scenario's time.
        visited = scenarios[-1].visited_at - timedelta(days=30 * (len(scenarios) - 1 - index))
        session = f"calibration-{visited:%Y-%m}"
        for rank, (alias, _region, _activity, bias) in enumerate(_OBSERVERS[:observers]):
            rng = random.Random(f"mysteryshop-calibration:{seed}:{session}:{alias}")
            answers = dict(scenario.answers)
            for question in form.answerable():
                qid = question.id
                if qid not in answers or qid in controlling:
                    continue
                value = answers[qid]
                if isinstance(question, YesNoQuestion):
                    flip = ambiguity[qid] + (6 * bias if value is False else -6 * bias)
                    if rng.random() < max(flip, 0.02):
                        answers[qid] = not value
                elif isinstance(question, RatingQuestion):
                    low, high = question.scale
                    step = round(rng.gauss(bias * 30, 0.5 + ambiguity[qid] * 3))
                    answers[qid] = int(min(max(value + step, low), high))
            created = min(visited.astimezone(UTC) + timedelta(minutes=20 + 7 * rank), now)
            out.append(
                EncounterData(
                    id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    form_id=form.id,
                    form_version=form.version,
                    location_id=scenario.location_id,
                    visited_at=visited,
                    observer=alias,
                    channel=scenario.channel,
                    status="submitted",
                    answers=answers,
                    na=list(scenario.na),
                    timer={
                        event: moment - (scenario.visited_at - visited)
                        for event, moment in scenario.timer.items()
                    },
                    created_at=created,
                    updated_at=created,
                    calibration=session,
                )
            )
    used = {data.location_id for data in out}
    return DemoData([loc for loc in world.locations if loc.id in used], out)
