"""The dashboard's figures in one call: the headline figures of a period and of the period it
is compared with, the trend and the location ranking (bench/run.py's dashboard row times
exactly this)."""

from __future__ import annotations

from dataclasses import dataclass

from mysteryshop.store import stats
from mysteryshop.store.db import Database
from mysteryshop.store.parallel import side_by_side
from mysteryshop.store.records import EncounterFilter


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
    period, same other filters) and the trend of `trend` (a longer span) by `period`. The
    queries run side by side as in stats.overview; the comparison's figures read only its
    period's rows, so they follow the headline figures on the same connection."""

    def headline() -> tuple[stats.Figures, stats.Figures | None]:
        before = stats.figures(db, previous) if previous is not None else None
        return stats.figures(db, f), before

    (now, before), points, ranking = side_by_side(
        db,
        headline,
        lambda: stats.trend(db, trend, period),
        lambda: stats.location_ranking(db, f),
    )
    return DashboardFigures(now, before, points, ranking)
