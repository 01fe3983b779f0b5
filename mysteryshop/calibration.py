"""Observer calibration: do several observers score the same scenario the same way?

A calibration session is one scenario (a scripted or filmed encounter, or one real visit made
by several observers) recorded by each observer on the same form version; its encounters carry
the session's id (`EncounterData.calibration`). This module turns a session's records into its
figures, and several sessions into each observer's drift and each question's alpha across
sessions. Plain Python: no Qt, no SQL (store/calibration.py reads the records).

The figures (docs/FIGURES.md "Calibration" gives each one's definition, n and "too few"):
- Krippendorff's alpha, interval metric, written from the coincidence matrix: the units are
  the form's scored questions, an observer's value on a unit the points they earned there;
  N/A, hidden and unanswered questions are missing values for that observer;
- per question: the share of observer pairs that gave the same answer (stored values
  compared), and the spread of the points (max − min and the standard deviation);
- per observer: leniency (their score minus the mean of the session's observers' scores, in
  percentage points) and agreement with the consensus (the share of their answered scored
  questions where they gave the most common answer; a tie for most common leaves the question
  out of everyone's agreement).

Rules decided here, once:
- one observer with several encounters in a session: the first one recorded counts (by
  created_at, then id) — it is the independent one; a later one may follow a discussion of
  the scenario. The others are left out, and the figures say so;
- an encounter without an observer's alias is left out (it cannot be told apart);
- a question answered by fewer than two observers has no consensus: nobody can agree with it."""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final, Literal

from mysteryshop.forms import Form

RELIABLE: Final = 0.800
"""Krippendorff's guide: alpha ≥ .800 — the observers can be relied on."""
TENTATIVE: Final = 0.667
"""Krippendorff's guide: .667 ≤ alpha < .800 — tentative conclusions only; below, not reliable."""
MIN_UNITS: Final = 5
"""An alpha over fewer pairable questions (units) than this rests on too few to trust."""
MIN_OBSERVERS: Final = 3
"""A question's pair agreement from fewer observers than this (one pair) rests on too few."""

Reading = Literal["reliable", "tentative", "unreliable"]
AlphaGap = Literal["one_observer", "no_pairs", "no_variation"]
"""Why alpha is undefined: one observer; no scored question answered by two observers; every
observer gave the same points on every question (no variation to tell agreement from)."""
LeftOut = Literal["second_record", "no_observer"]


class CalibrationError(ValueError):
    """A session that cannot be computed, with a one-line reason."""


@dataclass(frozen=True)
class Record:
    """One observer's encounter in a session: its overall score (points earned over possible,
    × 100) and, for each scored question the observer answered, the stored answer and the
    points it earned. Questions the observer marked N/A, or that were hidden, are absent."""

    encounter_id: str
    observer: str | None
    form_id: str
    form_version: int
    visited_at: datetime
    created_at: datetime
    score: float | None
    answers: Mapping[str, tuple[Any, float]]


@dataclass(frozen=True)
class Alpha:
    """Krippendorff's alpha with its basis: `units` pairable units (questions answered by two
    observers or more) holding `values` pairable values. `value` None: see `gap`."""

    value: float | None
    units: int
    values: int
    gap: AlphaGap | None = None

    @property
    def reading(self) -> Reading | None:
        """What the value means on Krippendorff's own scale."""
        if self.value is None:
            return None
        if self.value >= RELIABLE:
            return "reliable"
        return "tentative" if self.value >= TENTATIVE else "unreliable"

    @property
    def thin(self) -> bool:
        """Rests on too few questions (MIN_UNITS) to trust."""
        return self.units < MIN_UNITS

    def as_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "units": self.units,
            "values": self.values,
            "reading": self.reading,
            "undefined_because": self.gap,
        }


@dataclass(frozen=True)
class QuestionFigures:
    """One scored question of a session. `n` observers answered it (N/A and hidden do not
    count); `agreement` is the % of their pairs that gave the same answer (None under two);
    `spread` is max − min of their points and `sd` the population standard deviation;
    `consensus` the most common answer (None under two observers or on a tie)."""

    id: str
    possible: float
    n: int
    pairs: int
    agreement: float | None
    spread: float | None
    sd: float | None
    consensus: Any = None
    tie: bool = False

    @property
    def thin(self) -> bool:
        return self.n < MIN_OBSERVERS

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "n": self.n,
            "pairs": self.pairs,
            "agreement": self.agreement,
            "points_possible": self.possible,
            "spread": self.spread,
            "sd": self.sd,
            "consensus": self.consensus,
            "consensus_tied": self.tie,
        }


@dataclass(frozen=True)
class ObserverFigures:
    """One observer in a session: their encounter's `score`, `leniency` (score minus the mean
    of the session's observers' scores, percentage points) and `agreement` (% of the
    `compared` questions, those they answered that have a consensus, where they gave it)."""

    alias: str
    encounter_id: str
    score: float | None
    leniency: float | None
    agreement: float | None
    compared: int
    answered: int

    def as_json(self) -> dict[str, Any]:
        return {
            "alias": self.alias,
            "encounter": self.encounter_id,
            "score": self.score,
            "leniency": self.leniency,
            "agreement": self.agreement,
            "n": self.compared,
            "answered": self.answered,
        }


@dataclass(frozen=True)
class LeftOutRecord:
    encounter_id: str
    observer: str | None
    reason: LeftOut


@dataclass(frozen=True)
class SessionFigures:
    """A session's figures. `questions` come with the ones that split observers first
    (lowest agreement, then the widest spread; questions no pair answered last); `values`
    keeps each question's points by observer, for the figures across sessions."""

    session: str
    form_id: str
    form_version: int
    first: datetime
    last: datetime
    observers: list[ObserverFigures]
    questions: list[QuestionFigures]
    alpha: Alpha
    mean_score: float | None
    left_out: list[LeftOutRecord] = field(default_factory=list)
    values: dict[str, dict[str, float]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "session": self.session,
            "form": self.form_id,
            "form_version": self.form_version,
            "first_visit": self.first.isoformat(),
            "last_visit": self.last.isoformat(),
            "n_observers": len(self.observers),
            "mean_score": self.mean_score,
            "alpha": self.alpha.value,
            "alpha_basis": self.alpha.as_json(),
            "observers": [observer.as_json() for observer in self.observers],
            "questions": [question.as_json() for question in self.questions],
            "left_out": [
                {"encounter": item.encounter_id, "observer": item.observer, "reason": item.reason}
                for item in self.left_out
            ],
        }


# --- Krippendorff's alpha ----------------------------------------------------------------


def interval_alpha(units: Iterable[Sequence[float]]) -> Alpha:
    """Krippendorff's alpha, interval metric (δ²(c, k) = (c − k)²), of the values each unit
    got; a missing value is simply absent from its unit.

    From the definition (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"):
    units with fewer than two values are not pairable and drop out; the coincidence matrix is
    o_ck = Σ_u (number of c–k pairs of values in u) / (m_u − 1) over ordered pairs of
    different observers' values; n_c = Σ_k o_ck and n = Σ_c n_c (the pairable values);
    D_o = Σ_c Σ_k o_ck δ²(c, k) / n, D_e = Σ_c Σ_k n_c n_k δ²(c, k) / (n (n − 1)), and
    alpha = 1 − D_o / D_e. Undefined (None with the gap) with no pairable unit, or when
    D_e = 0 (every value the same)."""
    coincidences: defaultdict[tuple[float, float], float] = defaultdict(float)
    pairable_units = 0
    for unit in units:
        m = len(unit)
        if m < 2:
            continue
        pairable_units += 1
        counts = Counter(unit)
        for c, n_c in counts.items():
            for k, n_k in counts.items():
                pairs = n_c * (n_k - 1) if c == k else n_c * n_k
                if pairs:
                    coincidences[c, k] += pairs / (m - 1)
    if not pairable_units:
        return Alpha(None, 0, 0, "no_pairs")
    margins: defaultdict[float, float] = defaultdict(float)
    for (c, _k), o_ck in coincidences.items():
        margins[c] += o_ck
    n = sum(margins.values())
    values = round(n)
    if len(margins) < 2:
        return Alpha(None, pairable_units, values, "no_variation")
    observed = sum(o_ck * (c - k) ** 2 for (c, k), o_ck in coincidences.items()) / n
    expected = sum(
        n_c * n_k * (c - k) ** 2 for c, n_c in margins.items() for k, n_k in margins.items()
    ) / (n * (n - 1))
    return Alpha(1 - observed / expected, pairable_units, values)


# --- one session -------------------------------------------------------------------------


def _answer_key(value: Any) -> str:
    """An answer as stored, comparable and hashable: lists and numbers as JSON reads them."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def counted_records(records: Iterable[Record]) -> tuple[list[Record], list[LeftOutRecord]]:
    """The records a session counts, one per observer (the first recorded), and the ones
    left out with why."""
    counted: dict[str, Record] = {}
    left_out: list[LeftOutRecord] = []
    for record in sorted(records, key=lambda r: (r.created_at, r.encounter_id)):
        if not record.observer:
            left_out.append(LeftOutRecord(record.encounter_id, record.observer, "no_observer"))
        elif record.observer in counted:
            left_out.append(LeftOutRecord(record.encounter_id, record.observer, "second_record"))
        else:
            counted[record.observer] = record
    return sorted(counted.values(), key=lambda r: r.observer or ""), left_out


def check_one_version(session: str, records: Sequence[Record]) -> tuple[str, int]:
    """The one form version of a session's records; CalibrationError names the versions
    when they are mixed (observers must score the same questions)."""
    versions = sorted({(r.form_id, r.form_version) for r in records})
    if not versions:
        raise CalibrationError(f"calibration session {session!r} has no encounters")
    if len(versions) > 1:
        named = ", ".join(f"{form_id} v{version}" for form_id, version in versions)
        raise CalibrationError(
            f"calibration session {session!r} mixes form versions ({named}): "
            "every observer must record it on the same version"
        )
    return versions[0]


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def session_figures(session: str, form: Form, records: Sequence[Record]) -> SessionFigures:
    """The figures of one session recorded on `form` (the records' form version)."""
    form_id, version = check_one_version(session, records)
    if (form.id, form.version) != (form_id, version):
        raise CalibrationError(
            f"calibration session {session!r} was recorded on {form_id} v{version}, "
            f"not {form.id} v{form.version}"
        )
    counted, left_out = counted_records(records)
    scored = [question for question in form.answerable() if question.scored]
    values: dict[str, dict[str, float]] = {}
    questions: list[QuestionFigures] = []
    consensus: dict[str, str] = {}
    for question in scored:
        answers = {
            r.observer or "": r.answers[question.id] for r in counted if question.id in r.answers
        }
        points = {alias: earned for alias, (_value, earned) in answers.items()}
        values[question.id] = points
        keys = Counter(_answer_key(value) for value, _earned in answers.values())
        n = len(answers)
        pairs = n * (n - 1) // 2
        same = sum(count * (count - 1) // 2 for count in keys.values())
        ranked = keys.most_common()
        tie = n >= 2 and len(ranked) > 1 and ranked[0][1] == ranked[1][1]
        if n >= 2 and not tie:
            consensus[question.id] = ranked[0][0]
        spread = sd = None
        if points:
            mean = sum(points.values()) / n
            spread = max(points.values()) - min(points.values())
            sd = math.sqrt(sum((p - mean) ** 2 for p in points.values()) / n)
        questions.append(
            QuestionFigures(
                id=question.id,
                possible=question.max_points,
                n=n,
                pairs=pairs,
                agreement=same / pairs * 100 if pairs else None,
                spread=spread,
                sd=sd,
                consensus=json.loads(consensus[question.id]) if question.id in consensus else None,
                tie=tie,
            )
        )
    scores = [r.score for r in counted if r.score is not None]
    mean_score = _mean(scores)
    observers = []
    for record in counted:
        compared = agreed = 0
        for question_id, (value, _earned) in record.answers.items():
            if question_id in consensus:
                compared += 1
                agreed += _answer_key(value) == consensus[question_id]
        observers.append(
            ObserverFigures(
                alias=record.observer or "",
                encounter_id=record.encounter_id,
                score=record.score,
                leniency=(
                    record.score - mean_score
                    if record.score is not None and mean_score is not None
                    else None
                ),
                agreement=agreed / compared * 100 if compared else None,
                compared=compared,
                answered=sum(1 for question in scored if question.id in record.answers),
            )
        )
    alpha = interval_alpha(list(points.values()) for points in values.values())
    if len(counted) < 2:
        alpha = Alpha(None, 0, 0, "one_observer")
    questions.sort(key=_splits_first)
    visits = [r.visited_at for r in counted] or [r.visited_at for r in records]
    return SessionFigures(
        session=session,
        form_id=form_id,
        form_version=version,
        first=min(visits),
        last=max(visits),
        observers=observers,
        questions=questions,
        alpha=alpha,
        mean_score=mean_score,
        left_out=left_out,
        values=values,
    )


def _splits_first(question: QuestionFigures) -> tuple[bool, float, float]:
    """Lowest pair agreement first, then the widest spread; questions without pairs last."""
    return (
        question.agreement is None,
        question.agreement if question.agreement is not None else 0.0,
        -(question.spread or 0.0),
    )


# --- across sessions ---------------------------------------------------------------------


@dataclass(frozen=True)
class DriftPoint:
    """One observer's leniency and agreement in one session, dated by its first visit."""

    session: str
    date: datetime
    leniency: float | None
    agreement: float | None

    def as_json(self) -> dict[str, Any]:
        return {
            "session": self.session,
            "date": self.date.isoformat(),
            "leniency": self.leniency,
            "agreement": self.agreement,
        }


@dataclass(frozen=True)
class QuestionAcross:
    """One question's alpha across sessions of its form: units = session × question (each
    session is one unit, the observers' points its values)."""

    form_id: str
    id: str
    alpha: Alpha
    sessions: int

    def as_json(self) -> dict[str, Any]:
        return {
            "form": self.form_id,
            "id": self.id,
            "alpha": self.alpha.value,
            "alpha_basis": self.alpha.as_json(),
            "sessions": self.sessions,
        }


def drift(sessions: Iterable[SessionFigures]) -> dict[str, list[DriftPoint]]:
    """Each observer's leniency and agreement session by session, oldest session first."""
    out: dict[str, list[DriftPoint]] = {}
    for figures in sorted(sessions, key=lambda s: (s.first, s.session)):
        for observer in figures.observers:
            out.setdefault(observer.alias, []).append(
                DriftPoint(figures.session, figures.first, observer.leniency, observer.agreement)
            )
    return dict(sorted(out.items()))


def questions_across(sessions: Iterable[SessionFigures]) -> list[QuestionAcross]:
    """Each question's alpha across the sessions of its form (a question keeps its id across
    a form's versions), the ones observers read most differently first."""
    units: dict[tuple[str, str], list[list[float]]] = {}
    for figures in sessions:
        for question_id, points in figures.values.items():
            units.setdefault((figures.form_id, question_id), []).append(list(points.values()))
    out = [
        QuestionAcross(form_id, question_id, interval_alpha(unit_values), len(unit_values))
        for (form_id, question_id), unit_values in units.items()
    ]
    out.sort(
        key=lambda q: (q.alpha.value is None, q.alpha.value or 0.0, q.form_id, q.id),
    )
    return out


@dataclass(frozen=True)
class CalibrationReport:
    """One session's figures, its observers' drift across sessions, and its form's questions'
    alpha across sessions."""

    figures: SessionFigures
    drift: dict[str, list[DriftPoint]]
    across: list[QuestionAcross]
    sessions: int

    def as_json(self) -> dict[str, Any]:
        return {
            **self.figures.as_json(),
            "drift": {
                alias: [point.as_json() for point in points] for alias, points in self.drift.items()
            },
            "questions_across_sessions": [question.as_json() for question in self.across],
            "sessions_across": self.sessions,
        }


def report(figures: SessionFigures, sessions: Iterable[SessionFigures]) -> CalibrationReport:
    """`figures` with its observers' drift across `sessions` (which include it; leniency and
    agreement are relative within each session, so any form's sessions compare) and its
    form's questions' alpha across that form's sessions."""
    sessions = list(sessions)
    aliases = {observer.alias for observer in figures.observers}
    return CalibrationReport(
        figures=figures,
        drift={alias: points for alias, points in drift(sessions).items() if alias in aliases},
        across=questions_across(s for s in sessions if s.form_id == figures.form_id),
        sessions=len(sessions),
    )
