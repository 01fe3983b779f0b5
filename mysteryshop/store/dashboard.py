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
    period: stats.Period = "month",
) -> DashboardFigures:
    """The figures for `f` and for `previous` (the comparison period, same other filters),
    the trend by `period` and the ranking. The queries run side by side as in
    stats.overview; the comparison's figures read only its period's rows (the visited_at
    index), so they follow the headline figures on the same connection."""

    def headline() -> tuple[stats.Figures, stats.Figures | None]:
        before = stats.figures(db, previous) if previous is not None else None
        return stats.figures(db, f), before

    (now, before), trend, ranking = side_by_side(
        db,
        headline,
        lambda: stats.trend(db, f, period),
        lambda: stats.location_ranking(db, f),
    )
    return DashboardFigures(now, before, trend, ranking)
