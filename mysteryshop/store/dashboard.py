"""The dashboard's figures in one call: the headline figures of a period and of the period it
is compared with, the trend and the location ranking (bench/run.py's dashboard row times
exactly this); and the filters of a period preset (mysteryshop.periods' rules)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from mysteryshop import periods
from mysteryshop.store import stats
from mysteryshop.store.db import Database
from mysteryshop.store.parallel import side_by_side
from mysteryshop.store.records import EncounterFilter


@dataclass(frozen=True)
class Chosen:
    """A preset's period for a given today (None: all time) and the period it is compared
    with, by the rules of mysteryshop.periods."""

    span: periods.Period | None
    comparison: periods.Period | None

    @property
    def to_date(self) -> bool:
        return self.span is not None and self.span.to_date


def preset_period(preset: str, today: date) -> Chosen:
    span = periods.preset(preset, today)  # type: ignore[arg-type]  # a key of PRESETS
    return Chosen(span, periods.comparison(span) if span is not None else None)


def trend_span(chosen: Chosen) -> periods.Period | None:
    """The trend shows the twelve months up to the end of the period (all time for all)."""
    if chosen.span is None:
        return None
    last = chosen.span.last
    year_before = date(last.year - 1, last.month, 1)
    return periods.Period(periods.unit("month", year_before).last + timedelta(days=1), last)


def span_filter(f: EncounterFilter, span: periods.Period | None) -> EncounterFilter:
    if span is None:
        return replace(f, date_from=None, date_to=None)
    date_from, date_to = span.moments()
    return replace(f, date_from=date_from, date_to=date_to)


@dataclass
class DashboardFigures:
    """Everything the dashboard shows. `previous` is None when nothing is compared (all
    time)."""

    figures: stats.Figures
    previous: stats.Figures | None
    trend: list[stats.TrendPoint]
    ranking: list[stats.LocationFigures]


def dashboard_figures(
    db: Database,
    f: EncounterFilter,
    previous: EncounterFilter | None,
    trend: EncounterFilter,
    period: stats.Period = "month",
) -> DashboardFigures:
    """The figures and the ranking for `f`, the figures for `previous` (the comparison
    period, same other filters) and the trend of `trend` (a longer span) by `period`: the
    same as stats.figures, location_ranking and trend give (tests/test_dashboard_figures.py),
    read with fewer passes over the encounters. The period's counts and scores are summed
    from its ranking, so its own pass reads only the dimensions; a trend by month sums each
    month apart (stats.trend_by_months), with no sort. The queries run side by side as in
    stats.overview, the comparison's figures (its period's rows only) and the period's
    dimensions one after the other on one connection (bench/README.md, the dashboard
    rows)."""

    def dimensions() -> tuple[stats.DimensionScores, stats.Figures | None]:
        before = stats.figures(db, previous) if previous is not None else None
        return stats.dimension_scores(db, f), before

    def points() -> list[stats.TrendPoint]:
        found = stats.trend_by_months(db, trend) if period == "month" else None
        return found if found is not None else stats.trend(db, trend, period)

    (scores, before), trend_points, ranking = side_by_side(
        db, dimensions, points, lambda: stats.location_ranking(db, f)
    )
    return DashboardFigures(stats.headline(ranking, scores), before, trend_points, ranking)
