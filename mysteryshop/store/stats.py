"""Figures over many encounters, aggregated in SQL: the dashboard's and the reports' numbers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Float, case, cast, func, select

from mysteryshop.store.db import Database
from mysteryshop.store.models import Encounter, EncounterScore, Location
from mysteryshop.store.queries import _filtered
from mysteryshop.store.records import EncounterFilter

Period = Literal["week", "month"]


@dataclass
class Figures:
    """Headline figures of a set of encounters. Scores are percentages, None when nothing
    counted; `dimensions` maps a dimension to the mean of its per-encounter scores."""

    visits: int = 0
    average_score: float | None = None
    net_uplift: float | None = None
    feelings: int = 0
    critical_failures: int = 0
    dimensions: dict[str, float] = field(default_factory=dict)


@dataclass
class TrendPoint:
    period: str  # 2026-11 or 2026-W47
    start: datetime
    visits: int
    average_score: float | None
    net_uplift: float | None


@dataclass
class LocationFigures:
    location_id: str
    name: str
    region: str | None
    visits: int
    average_score: float | None
    net_uplift: float | None
    critical_failures: int


def _net_uplift_column() -> Any:
    counted = func.count(Encounter.feeling)
    uplifted = func.sum(case((Encounter.feeling > 0, 1), else_=0))
    diminished = func.sum(case((Encounter.feeling < 0, 1), else_=0))
    return case(
        (counted > 0, cast(uplifted - diminished, Float) * 100.0 / counted), else_=None
    )


def figures(db: Database, f: EncounterFilter) -> Figures:
    """Visits, average score, Net Uplift, critical failures and dimension scores."""
    query = _filtered(
        select(
            func.count(),
            func.avg(Encounter.score),
            _net_uplift_column(),
            func.count(Encounter.feeling),
            func.sum(case((Encounter.critical_fail.is_(True), 1), else_=0)),
        ).select_from(Encounter),
        f,
    )
    dimension_query = _filtered(
        select(
            EncounterScore.key,
            func.avg(EncounterScore.earned * 100.0 / EncounterScore.possible),
        )
        .select_from(Encounter)
        .join(EncounterScore, EncounterScore.encounter_id == Encounter.id)
        .where(EncounterScore.kind == "dimension", EncounterScore.possible > 0)
        .group_by(EncounterScore.key),
        f,
    )
    with db.read() as session:
        visits, average, uplift, feelings, critical = session.execute(query).one()
        dimensions = {key: float(value) for key, value in session.execute(dimension_query)}
    return Figures(
        visits=visits,
        average_score=_float(average),
        net_uplift=_float(uplift),
        feelings=feelings,
        critical_failures=int(critical or 0),
        dimensions=dimensions,
    )


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def trend(db: Database, f: EncounterFilter, period: Period = "month") -> list[TrendPoint]:
    """Visits, average score and Net Uplift per calendar month or ISO week (UTC), oldest
    first; periods without visits are left out."""
    if db.is_sqlite:
        # strftime's %W is not the ISO week, but weeks still start on Monday: good enough for
        # grouping; the label and start come from the first visit's ISO calendar below.
        fmt = "%Y-%m" if period == "month" else "%Y-%W"
        key = func.strftime(fmt, Encounter.visited_at)
    else:
        unit = "month" if period == "month" else "week"
        key = func.to_char(func.date_trunc(unit, Encounter.visited_at), "YYYY-MM-DD")
    query = _filtered(
        select(
            key.label("k"),
            func.min(Encounter.visited_at),
            func.count(),
            func.avg(Encounter.score),
            _net_uplift_column(),
        )
        .select_from(Encounter)
        .group_by(key)
        .order_by(key),
        f,
    )
    points = []
    with db.read() as session:
        for _key, first, visits, average, uplift in session.execute(query):
            first = _aware(first)
            if period == "month":
                label = f"{first.year}-{first.month:02d}"
                start = first.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
            else:
                year, week, _ = first.isocalendar()
                label = f"{year}-W{week:02d}"
                start = datetime.fromisocalendar(year, week, 1).replace(tzinfo=first.tzinfo)
            points.append(TrendPoint(label, start, visits, _float(average), _float(uplift)))
    return points


def _aware(moment: datetime | str) -> datetime:
    # min() over a column loses its type on SQLite: the raw stored text comes back.
    from datetime import UTC

    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def location_ranking(db: Database, f: EncounterFilter) -> list[LocationFigures]:
    """Every location with visits in the filter, best average score first."""
    average = func.avg(Encounter.score)
    query = _filtered(
        select(
            Location.id,
            Location.name,
            Location.region,
            func.count(),
            average,
            _net_uplift_column(),
            func.sum(case((Encounter.critical_fail.is_(True), 1), else_=0)),
        )
        .select_from(Encounter)
        .group_by(Location.id, Location.name, Location.region)
        .order_by(case((average.is_(None), 1), else_=0), average.desc(), Location.name),
        f,
    )
    with db.read() as session:
        return [
            LocationFigures(lid, name, region, visits, _float(avg), _float(up), int(crit or 0))
            for lid, name, region, visits, avg, up, crit in session.execute(query)
        ]
