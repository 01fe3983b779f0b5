"""Figures over many encounters, aggregated in SQL: the dashboard's and the reports' numbers.

Every query here runs unchanged on SQLite and PostgreSQL; where the two dialects have no
common function (calendar arithmetic) both spellings are side by side in `_local_day`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal

from sqlalchemy import (
    Date,
    Integer,
    and_,
    case,
    cast,
    func,
    literal,
    literal_column,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from mysteryshop import confidence
from mysteryshop.confidence import Estimate
from mysteryshop.store import question_totals
from mysteryshop.store.db import Database
from mysteryshop.store.filtering import filtered
from mysteryshop.store.models import Encounter, EncounterScore, FormVersion, Location
from mysteryshop.store.parallel import side_by_side
from mysteryshop.store.question_totals import add_driver_counts
from mysteryshop.store.records import EncounterFilter
from mysteryshop.vocabulary import BUILTIN_DIMENSIONS

Period = Literal["week", "month"]


class _Basis:
    """What a set of visits' score and Net Uplift rest on, and the two figures with their n
    and interval: one home for the headline figures, a trend point and a ranking row (each a
    dataclass declaring these fields)."""

    average_score: float | None
    average_of_squares: float | None
    scored: int
    feelings: int
    uplifted: int
    diminished: int

    @property
    def score(self) -> Estimate:
        """The average score with its n (scored visits) and t interval."""
        return confidence.mean(self.average_score, self.average_of_squares, self.scored)

    @property
    def uplift(self) -> Estimate:
        """Net Uplift with its n (visits with a feeling) and interval."""
        return confidence.net_uplift(self.uplifted, self.diminished, self.feelings)


@dataclass
class Figures(_Basis):
    """Headline figures of a set of encounters. Scores are percentages, None when nothing
    counted; `dimensions` maps a dimension to the mean of its per-encounter scores, and
    `dimension_visits` to the number of encounters that scored it."""

    visits: int = 0
    scored: int = 0  # visits with a score
    average_score: float | None = None
    net_uplift: float | None = None
    feelings: int = 0  # visits with a feeling answer: Net Uplift's base
    uplifted: int = 0
    diminished: int = 0
    critical_failures: int = 0
    dimensions: dict[str, float] = field(default_factory=dict)
    dimension_visits: dict[str, int] = field(default_factory=dict)
    average_of_squares: float | None = None  # of the scores: the mean's interval
    dimension_squares: dict[str, float] = field(default_factory=dict)  # built-in ones only

    @property
    def critical(self) -> Estimate:
        """The share of visits with a critical failure, with its Wilson interval."""
        return confidence.share(self.critical_failures, self.visits)

    def dimension(self, key: str) -> Estimate:
        """A dimension's score with its n (visits that scored it) and t interval."""
        n = self.dimension_visits.get(key, 0)
        return confidence.mean(self.dimensions.get(key), self.dimension_squares.get(key), n)


@dataclass
class TrendPoint(_Basis):
    """One calendar period. `start` is its first day (a Monday for weeks) in the observers'
    local calendar: a visit belongs to the day it happened where it happened."""

    period: str  # 2026-11 or 2026-W47
    start: date
    visits: int
    average_score: float | None
    net_uplift: float | None
    scored: int = 0
    average_of_squares: float | None = None
    feelings: int = 0
    uplifted: int = 0
    diminished: int = 0


@dataclass
class LocationFigures(_Basis):
    location_id: str
    name: str
    region: str | None
    visits: int
    average_score: float | None
    net_uplift: float | None
    critical_failures: int
    scored: int = 0
    average_of_squares: float | None = None
    feelings: int = 0
    uplifted: int = 0
    diminished: int = 0


def _count_if(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _uplift(feelings: Any, uplifted: Any, diminished: Any) -> float | None:
    """Net Uplift from counts: % uplifted minus % diminished of the visits with a feeling
    (the rule of scoring.net_uplift, applied to counts summed in SQL)."""
    if not feelings:
        return None
    return (int(uplifted or 0) - int(diminished or 0)) / int(feelings) * 100


def figures(db: Database, f: EncounterFilter) -> Figures:
    """Visits, average score, Net Uplift, critical failures and dimension scores."""
    # One pass over the encounters (schema 0003 keeps each dimension's score on the
    # encounter). Before, a join with encounter_scores read ~10 rows per encounter: 1 s of the
    # dashboard's 1.4 s at 100,000 encounters (bench/README.md).
    with db.read() as session:
        columns = _dimension_columns(session)
        query = filtered(
            select(
                func.count(),
                func.count(Encounter.score),
                func.avg(Encounter.score),
                func.count(Encounter.feeling),
                _count_if(Encounter.feeling > 0),
                _count_if(Encounter.feeling < 0),
                _count_if(Encounter.critical_fail.is_(True)),
                func.avg(Encounter.score * Encounter.score),
                *_dimension_aggregates(columns),
            ).select_from(Encounter),
            f,
            lean=True,
        )
        row = session.execute(query).one()
    visits, scored, average, feelings, uplifted, diminished, critical, squares = row[:8]
    uplifted, diminished = int(uplifted or 0), int(diminished or 0)
    return _with_dimensions(
        Figures(
            visits=int(visits),
            scored=int(scored),
            average_score=_float(average),
            net_uplift=_uplift(feelings, uplifted, diminished),
            feelings=int(feelings),
            uplifted=uplifted,
            diminished=diminished,
            critical_failures=int(critical or 0),
            average_of_squares=_float(squares),
        ),
        _dimension_scores(columns, row[8:]),
    )


@dataclass(frozen=True)
class DimensionScores:
    """Each dimension's mean score (%), the number of visits that scored it and, for the
    built-in ones, the mean of its squared scores: the dimensions of `Figures`."""

    means: dict[str, float]
    visits: dict[str, int]
    squares: dict[str, float]


def dimension_scores(db: Database, f: EncounterFilter) -> DimensionScores:
    """The dimension scores of `figures`, alone: one pass over the encounters."""
    with db.read() as session:
        columns = _dimension_columns(session)
        query = filtered(
            select(*_dimension_aggregates(columns)).select_from(Encounter), f, lean=True
        )
        return _dimension_scores(columns, session.execute(query).one())


def headline(locations: Sequence[LocationFigures], dimensions: DimensionScores) -> Figures:
    """The `figures` of a filter from its `location_ranking` and its `dimension_scores`:
    every visit is at one location, so the locations' counts and sums add up to the
    filter's (the dashboard reads the encounters once for both, not twice)."""
    visits = scored = feelings = uplifted = diminished = critical = 0
    score_sum = square_sum = 0.0
    for location in locations:
        visits += location.visits
        scored += location.scored
        feelings += location.feelings
        uplifted += location.uplifted
        diminished += location.diminished
        critical += location.critical_failures
        if location.scored:
            score_sum += (location.average_score or 0.0) * location.scored
            square_sum += (location.average_of_squares or 0.0) * location.scored
    return _with_dimensions(
        Figures(
            visits=visits,
            scored=scored,
            average_score=score_sum / scored if scored else None,
            net_uplift=_uplift(feelings, uplifted, diminished),
            feelings=feelings,
            uplifted=uplifted,
            diminished=diminished,
            critical_failures=critical,
            average_of_squares=square_sum / scored if scored else None,
        ),
        dimensions,
    )


def _with_dimensions(figures: Figures, dimensions: DimensionScores) -> Figures:
    figures.dimensions = dimensions.means
    figures.dimension_visits = dimensions.visits
    figures.dimension_squares = dimensions.squares
    return figures


def _dimension_columns(session: Session) -> list[tuple[str, Any]]:
    """Every dimension in use with its score's column: the built-in ones first, in
    BUILTIN_DIMENSIONS order, then the forms' own, read from JSON."""
    return [(name, getattr(Encounter, f"{name}_score")) for name in BUILTIN_DIMENSIONS] + [
        (name, Encounter.other_dimension_scores[name].as_float())
        for name in _other_dimensions(session)
    ]


def _dimension_aggregates(columns: list[tuple[str, Any]]) -> list[Any]:
    """The dimensions' means, counts and (built-in ones) means of squares, as
    `_dimension_scores` reads them."""
    builtin = [column for _name, column in columns[: len(BUILTIN_DIMENSIONS)]]
    return [
        *(func.avg(column) for _name, column in columns),
        *(func.count(column) for _name, column in columns),
        # The built-in dimensions' squares, for their intervals: columns, cheap. A form's own
        # dimension is read from JSON, and squaring it there doubled the query's time at
        # 20,000 encounters (17.6 → 38.5 ms): no interval for those.
        *(func.avg(column * column) for column in builtin),
    ]


def _dimension_scores(columns: list[tuple[str, Any]], row: Sequence[Any]) -> DimensionScores:
    k = len(columns)
    averages, counts = row[:k], row[k : 2 * k]
    squares_of = dict(zip(BUILTIN_DIMENSIONS, row[2 * k :], strict=True))
    rows = sorted(
        (name, value, n, squares_of.get(name))
        for (name, _column), value, n in zip(columns, averages, counts, strict=True)
        if n
    )
    return DimensionScores(
        means={key: float(value) for key, value, _n, _square in rows},
        visits={key: int(n) for key, _value, n, _square in rows},
        squares={key: float(square) for key, _value, _n, square in rows if square is not None},
    )


def _other_dimensions(session: Session) -> list[str]:
    """Dimension names in use other than the built-in ones. A loose index scan: one index
    seek per distinct name (ix_encounter_scores_kind_key), not a read of every score row."""
    found: list[str] = []
    after = ""
    while True:
        key = session.scalar(
            select(func.min(EncounterScore.key)).where(
                EncounterScore.kind == "dimension", EncounterScore.key > after
            )
        )
        if key is None:
            return found
        if key not in BUILTIN_DIMENSIONS:
            found.append(key)
        after = key


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _local_day(db: Database) -> Any:
    """SQL for the day a visit happened in the observer's calendar (its visited_at plus its UTC
    offset): a Julian day number on SQLite, a date on PostgreSQL (see `_as_day`). The trend
    groups by day and folds days into weeks or months in Python: per-row calendar functions
    cost SQLite 40% more than this integer arithmetic."""
    if db.is_sqlite:
        # julianday() keeps whole milliseconds, so the cast gives them exactly; Julian days
        # begin at noon, hence the half day.
        milliseconds = cast(func.julianday(Encounter.visited_at) * 86_400_000 + 0.5, Integer)
        return (milliseconds + Encounter.utc_offset_minutes * 60_000 + 43_200_000) // 86_400_000
    # PostgreSQL: visited_at is a naive UTC timestamp.
    minute: Any = literal_column("INTERVAL '1 minute'")
    return cast(Encounter.visited_at + Encounter.utc_offset_minutes * minute, Date)


_JULIAN_DAY_OF_ORDINAL_0 = 1_721_425  # date.fromordinal(1), 1 January of year 1, is JDN 1,721,426


def _as_day(value: int | date | datetime | str) -> date:
    if isinstance(value, int):
        return date.fromordinal(value - _JULIAN_DAY_OF_ORDINAL_0)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def period_start(day: date, period: Period) -> date:
    """The first day of the week (a Monday, as ISO weeks start) or the month of `day`."""
    if period == "month":
        return day.replace(day=1)
    return day - timedelta(days=day.weekday())


def period_label(start: date, period: Period) -> str:
    """'2026-11' for a month, the ISO week '2026-W47' for a week starting on `start`."""
    if period == "month":
        return f"{start.year}-{start.month:02d}"
    year, week, _day = start.isocalendar()
    return f"{year}-W{week:02d}"


def trend(db: Database, f: EncounterFilter, period: Period = "month") -> list[TrendPoint]:
    """Visits, average score and Net Uplift per calendar month or ISO week (in the observers'
    local time), oldest first; periods without visits are left out (see `fill_gaps`)."""
    # The day is computed per row in a subquery and the outer query groups by that column,
    # so its expression (with PostgreSQL's bound parameters) is written only once.
    rows = filtered(
        select(
            _local_day(db).label("day"),
            Encounter.score.label("score"),
            Encounter.feeling.label("feeling"),
        ).select_from(Encounter),
        f,
        lean=True,
    ).subquery()
    query = select(rows.c.day, *_trend_sums(rows.c.score, rows.c.feeling)).group_by(rows.c.day)
    totals: dict[date, list[float]] = {}
    with db.read() as session:
        for day, *counts in session.execute(query):
            _add(totals.setdefault(period_start(_as_day(day), period), [0.0] * 7), counts)
    return _trend_points(totals, period)


def _trend_sums(score: Any, feeling: Any) -> list[Any]:
    """A trend's sums per period, in the order `_trend_points` reads them: visits, sum of
    scores, scored visits, visits with a feeling, uplifted, diminished, sum of squared
    scores."""
    return [
        func.count(),
        func.sum(score),
        func.count(score),
        func.count(feeling),
        _count_if(feeling > 0),
        _count_if(feeling < 0),
        func.sum(score * score),
    ]


MAX_TREND_MONTHS = 60  # months one `trend_by_months` statement sums (SQLite allows 500 arms)
_FULL_DAY = timedelta(days=1)  # more than any UTC offset: Python keeps them under 24 hours


def trend_by_months(db: Database, f: EncounterFilter) -> list[TrendPoint] | None:
    """The same points as `trend(db, f, "month")` for a filter with both dates, summed month
    by month: one statement, a UNION ALL of one aggregate per calendar month over that
    month's range of visit times, so no visit is sorted (`trend` groups by day, and at
    100,000 encounters SQLite's sort is about half of its time, bench/README.md). None when
    the filter lacks a date or spans more than MAX_TREND_MONTHS months: then use `trend`.
    Weeks gain nothing so (each week's range reads two days more, 30 % of it).

    A visit belongs to the month of its local day (visited_at plus its UTC offset). Its UTC
    time alone decides for visits more than a day from the month's edges, as no offset
    reaches a day; the local day is computed only for the others."""
    if f.date_from is None or f.date_to is None:
        return None
    start = period_start((f.date_from.astimezone(UTC) - _FULL_DAY).date(), "month")
    last = (f.date_to.astimezone(UTC) + _FULL_DAY).date()
    starts = []
    while start <= last:
        starts.append(start)
        start = next_period(start, "month")
    if len(starts) > MAX_TREND_MONTHS:
        return None
    day, sums = _local_day(db), _trend_sums(Encounter.score, Encounter.feeling)
    arms = []
    for i, first in enumerate(starts):
        after = next_period(first, "month")
        begins, ends = _utc_midnight(first), _utc_midnight(after)
        # One range of visit times per arm (the filter's cut to the month's): SQLite uses a
        # single range of the index, and given two it read the filter's whole range.
        span = replace(
            f,
            date_from=max(f.date_from, begins - _FULL_DAY),
            date_to=min(f.date_to, ends + _FULL_DAY),
        )
        if span.date_from >= span.date_to:  # type: ignore[operator]  # both set above
            continue
        inside = and_(
            Encounter.visited_at >= begins + _FULL_DAY, Encounter.visited_at < ends - _FULL_DAY
        )
        # BETWEEN: SQLite computes the day once for both bounds.
        its_day = day.between(_day_value(db, first), _day_value(db, after - timedelta(days=1)))
        arms.append(
            filtered(
                select(literal(i), *sums).select_from(Encounter).where(or_(inside, its_day)),
                span,
                lean=True,
            )
        )
    totals: dict[date, list[float]] = {}
    if arms:
        with db.read() as session:
            for i, *counts in session.execute(union_all(*arms)):
                _add(totals.setdefault(starts[i], [0.0] * 7), counts)
    return _trend_points(totals, "month")


def _utc_midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC)


def _day_value(db: Database, day: date) -> int | date:
    """`day` as `_local_day` gives days: a Julian day number on SQLite, a date elsewhere."""
    return day.toordinal() + _JULIAN_DAY_OF_ORDINAL_0 if db.is_sqlite else day


def _add(total: list[float], counts: Sequence[Any]) -> None:
    for i, count in enumerate(counts):
        total[i] += float(count or 0)


def _trend_points(totals: dict[date, list[float]], period: Period) -> list[TrendPoint]:
    """TrendPoints, oldest first, from each period's sums (`_trend_sums`) by its first day;
    periods without visits are left out."""
    return [
        TrendPoint(
            period_label(start, period),
            start,
            int(visits),
            score_sum / scored if scored else None,
            _uplift(feelings, uplifted, diminished),
            int(scored),
            square_sum / scored if scored else None,
            int(feelings),
            int(uplifted),
            int(diminished),
        )
        for start, (
            visits,
            score_sum,
            scored,
            feelings,
            uplifted,
            diminished,
            square_sum,
        ) in sorted(totals.items())
        if visits
    ]


def next_period(start: date, period: Period) -> date:
    if period == "week":
        return start + timedelta(days=7)
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)


def fill_gaps(
    points: Sequence[TrendPoint],
    period: Period,
    first: date | None = None,
    last_day: date | None = None,
) -> list[TrendPoint]:
    """The same points with every missing period between the first and the last added as
    an empty one (no visits, no figures), so a chart's time axis is even; from the period of
    `first` and to that of `last_day` when given (a report's whole period, so a location
    with visits in one month of a year shows the year)."""
    if not points:
        return []
    by_start = {point.start: point for point in points}
    out = []
    start, last = points[0].start, points[-1].start
    if first is not None:
        start = min(start, period_start(first, period))
    if last_day is not None:
        last = max(last, period_start(last_day, period))
    while start <= last:
        out.append(
            by_start.get(start) or TrendPoint(period_label(start, period), start, 0, None, None)
        )
        start = next_period(start, period)
    return out


def location_ranking(db: Database, f: EncounterFilter) -> list[LocationFigures]:
    """Every location with visits in the filter, best average score first."""
    # Aggregated per location_id first, the names joined to the ~hundreds of groups after:
    # not two lookups (location, form version) per encounter.
    per_location = filtered(
        select(
            Encounter.location_id.label("location_id"),
            func.count().label("visits"),
            func.avg(Encounter.score).label("average"),
            func.count(Encounter.score).label("scored"),
            func.avg(Encounter.score * Encounter.score).label("squares"),
            func.count(Encounter.feeling).label("feelings"),
            _count_if(Encounter.feeling > 0).label("uplifted"),
            _count_if(Encounter.feeling < 0).label("diminished"),
            _count_if(Encounter.critical_fail.is_(True)).label("critical"),
        )
        .select_from(Encounter)
        .group_by(Encounter.location_id),
        f,
        lean=True,
    ).subquery()
    g = per_location.c
    query = (
        select(
            Location.id,
            Location.name,
            Location.region,
            g.visits,
            g.average,
            g.feelings,
            g.uplifted,
            g.diminished,
            g.critical,
            g.scored,
            g.squares,
        )
        .join(per_location, g.location_id == Location.id)
        .order_by(
            case((g.average.is_(None), 1), else_=0), g.average.desc(), Location.name, Location.id
        )
    )
    with db.read() as session:
        rows = session.execute(query).all()
    return [
        LocationFigures(
            lid,
            name,
            region,
            int(visits),
            _float(avg),
            _uplift(feelings, uplifted, diminished),
            int(critical or 0),
            int(scored),
            _float(squares),
            int(feelings),
            int(uplifted or 0),
            int(diminished or 0),
        )
        for (
            lid,
            name,
            region,
            visits,
            avg,
            feelings,
            uplifted,
            diminished,
            critical,
            scored,
            squares,
        ) in rows
    ]


# --- what drives uplift ---------------------------------------------------------------------

DIMENSION_HAPPENED_AT = 50.0  # a dimension "happened" on a visit that earned at least this %


@dataclass(frozen=True)
class DriverCounts:
    """The visits with a feeling answer split by whether a behaviour happened, with the
    uplifted and diminished visits of each side: the counts behind a driver of Net Uplift.

    A question (yes/no or choice: callers pick the types) "happened" when its answer earned
    full points; answers that are N/A or earned nothing possible are not counted on either
    side. A dimension "happened" when the visit scored at least DIMENSION_HAPPENED_AT % of
    its points; visits that did not score it are on neither side. The feeling dimension is
    left out: it is the outcome itself."""

    kind: Literal["question", "dimension"]
    form_id: str  # "" for a dimension
    form_version: int  # the newest version counted (its text names the question); 0: dimension
    key: str  # the question id or the dimension's name
    with_n: int
    with_uplifted: int
    with_diminished: int
    without_n: int
    without_uplifted: int
    without_diminished: int


def form_versions(session: Session) -> dict[int, tuple[str, int]]:
    """Each stored form version's row id → (form id, version)."""
    return {
        vid: (form_id, int(version))
        for vid, form_id, version in session.execute(
            select(FormVersion.id, FormVersion.form_id, FormVersion.version)
        )
    }


def question_drivers(
    rows: Iterable[tuple[str, int, str, Sequence[int]]],
) -> list[DriverCounts]:
    """Driver counts per (form id, question id) from (form id, version, question id, the six
    counts of `add_driver_counts`) rows, summed over the form's versions; questions nobody
    answered with a feeling are left out."""
    merged: dict[tuple[str, str], list[int]] = {}
    for form_id, version, question_id, counts in rows:
        total = merged.setdefault((form_id, question_id), [version, 0, 0, 0, 0, 0, 0])
        total[0] = max(total[0], version)
        for i, count in enumerate(counts, start=1):
            total[i] += int(count or 0)
    return [
        DriverCounts("question", form_id, total[0], question_id, *total[1:])
        for (form_id, question_id), total in sorted(merged.items())
        if total[1] or total[4]
    ]


def drivers(db: Database, f: EncounterFilter) -> list[DriverCounts]:
    """Every scored question's (by form id and question id, over the form's versions) and
    every dimension's driver counts, questions first: the question groups of the answers
    (question_totals), one pass over the encounters."""
    per_question: dict[tuple[int, str], list[int]] = {}
    for vid, question_id, key, n, *_ in question_totals.groups(db, f):
        add_driver_counts(per_question.setdefault((vid, question_id), [0] * 6), key, n)
    with db.read() as session:
        versions = form_versions(session)
    rows = [(*versions[vid], qid, counts) for (vid, qid), counts in per_question.items()]
    return question_drivers(rows) + dimension_drivers(db, f)


def dimension_drivers(db: Database, f: EncounterFilter) -> list[DriverCounts]:
    """Every dimension's driver counts but the feeling's: one pass over the encounters."""
    with db.read() as session:
        return _dimension_drivers(session, f)


def _dimension_drivers(session: Session, f: EncounterFilter) -> list[DriverCounts]:
    columns: list[tuple[str, Any]] = [
        (name, getattr(Encounter, f"{name}_score"))
        for name in BUILTIN_DIMENSIONS
        if name != "feeling"
    ] + [
        (name, Encounter.other_dimension_scores[name].as_float())
        for name in _other_dimensions(session)
    ]
    aggregates = []
    for _name, column in columns:
        for side in (column >= DIMENSION_HAPPENED_AT, column < DIMENSION_HAPPENED_AT):
            aggregates += [
                _count_if(side),
                _count_if(and_(side, Encounter.feeling > 0)),
                _count_if(and_(side, Encounter.feeling < 0)),
            ]
    query = filtered(
        select(*aggregates).select_from(Encounter).where(Encounter.feeling.is_not(None)),
        f,
        lean=True,
    )
    row = [int(value or 0) for value in session.execute(query).one()]
    out = []
    for i, (name, _column) in enumerate(columns):
        counts = row[6 * i : 6 * i + 6]
        if counts[0] or counts[3]:
            out.append(DriverCounts("dimension", "", 0, name, *counts))
    return out


def location_dimensions(
    db: Database, f: EncounterFilter
) -> dict[str, dict[str, tuple[float, int]]]:
    """Per location id: each dimension's mean score (%) and the number of visits that scored
    it, for the dimensions (built-in and forms' own) scored there. One pass over the
    encounters."""
    with db.read() as session:
        columns = _dimension_columns(session)
        query = filtered(
            select(
                Encounter.location_id,
                *(func.avg(column) for _name, column in columns),
                *(func.count(column) for _name, column in columns),
            )
            .select_from(Encounter)
            .group_by(Encounter.location_id),
            f,
            lean=True,
        )
        rows = session.execute(query).all()
    out: dict[str, dict[str, tuple[float, int]]] = {}
    for location_id, *values in rows:
        averages, counts = values[: len(columns)], values[len(columns) :]
        out[location_id] = {
            name: (float(average), int(n))
            for (name, _column), average, n in zip(columns, averages, counts, strict=True)
            if n
        }
    return out


def overview(
    db: Database, f: EncounterFilter, period: Period = "month"
) -> tuple[Figures, list[TrendPoint], list[LocationFigures]]:
    """The dashboard's figures, trend and ranking, their three queries run at once on
    connections of their own: each reads every encounter in the filter, SQLite and psycopg
    release the GIL while a query runs and WAL lets readers run together. On two cores the
    three cost about the longest one and a half, not their sum (bench/README.md)."""
    return side_by_side(
        db,
        lambda: figures(db, f),
        lambda: trend(db, f, period),
        lambda: location_ranking(db, f),
    )
