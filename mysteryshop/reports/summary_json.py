"""The summary's figures as data (`report summary --format json`): the very numbers the PDF
prints, unrounded, for BI tools and tests. The schema is docs/REPORT-JSON.md."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from mysteryshop import confidence
from mysteryshop.periods import Compare, Period
from mysteryshop.reports import charts
from mysteryshop.reports.insight import critical_failures_json, drivers_json
from mysteryshop.reports.summary import SummaryData, collect
from mysteryshop.store import stats
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterFilter

FORMAT = "mysteryshop-summary"
FORMAT_VERSION = 1


def period_json(period: Period, visits: int) -> dict[str, Any]:
    """A report's period as JSON (the summary's and the coaching report's alike)."""
    return {
        "from": period.first.isoformat(),
        "to": period.last.isoformat(),  # inclusive
        "days": period.days,
        "kind": period.kind,
        "to_date": period.to_date,
        "visits": visits,
    }


def filter_json(f: EncounterFilter, location: str | None) -> dict[str, Any]:
    """A report's filter as JSON: `location` by name, as the report names it."""
    return {
        "form": f.form_id,
        "location": location,
        "region": f.region,
        "statuses": list(f.statuses) if f.statuses is not None else None,
        "tag": f.tag,
    }


def figures_json(figures: stats.Figures) -> dict[str, Any]:
    """The headline figures as the PDF prints them, each {"value", "n", "low", "high"}
    (confidence.Estimate; low and high None where no interval applies): visits,
    average_score, net_uplift, critical_failures (a count), critical_failure_rate (% of
    visits) and `dimensions`: every dimension's score by its key."""
    return {
        "visits": confidence.Estimate(figures.visits, figures.visits).as_json(),
        "average_score": figures.score.as_json(),
        "net_uplift": figures.uplift.as_json(),
        "critical_failures": confidence.Estimate(
            figures.critical_failures, figures.visits
        ).as_json(),
        "critical_failure_rate": figures.critical.as_json(),
        "dimensions": {
            key: figures.dimension(key).as_json()
            for key in charts.ordered_dimensions(list(figures.dimensions))
        },
    }


def ranking_json(data: SummaryData) -> list[dict[str, Any]]:
    """Every location with visits: the ranked ones best first (`rank` 1, 2, …), then those
    with too few visits to rank (`rank` None, `ranked` false), as the PDF lists them."""
    out = []
    for rows, ranks in ((data.ranked, True), (data.unranked, False)):
        for rank, row in enumerate(rows, start=1):
            score, uplift = row.score, row.uplift
            out.append(
                {
                    "name": row.name,
                    "region": row.region,
                    "visits": row.visits,
                    "score": score.value,
                    "score_n": score.n,
                    "low": score.low,
                    "high": score.high,
                    "net_uplift": uplift.value,
                    "net_uplift_n": uplift.n,
                    "net_uplift_low": uplift.low,
                    "net_uplift_high": uplift.high,
                    "critical_failures": row.critical_failures,
                    "rank": rank if ranks else None,
                    "ranked": ranks,
                }
            )
    return out


def summary_json(data: SummaryData) -> dict[str, Any]:
    """The summary's figures as a JSON-ready dict: `period`, `comparison` (None when
    nothing is compared), `left_out` (encounters not counted, by status) and `figures`."""
    f = data.filter
    comparison = None
    if data.comparison is not None and data.previous is not None:
        comparison = {
            **period_json(data.comparison, data.previous.visits),
            "how": data.compare,
            "figures": figures_json(data.previous),
        }
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "filter": filter_json(f, data.location),
        "period": period_json(data.period, data.figures.visits) if data.period else None,
        "comparison": comparison,
        "left_out": dict(data.left_out),
        "minimum_visits": data.min_visits,
        "figures": figures_json(data.figures),
        "ranking": ranking_json(data),
        "drivers": drivers_json(data),
        "critical_failures": critical_failures_json(data),
    }


def build_summary_json(
    db: Database,
    f: EncounterFilter,
    compare: Compare = "previous",
    min_visits: int = confidence.MIN_VISITS,
    *,
    today: date | None = None,
) -> str:
    """The summary's figures as JSON text (UTF-8, indented, ending in a newline)."""
    data = collect(db, f, compare=compare, today=today, min_visits=min_visits)
    return json.dumps(summary_json(data), indent=2, ensure_ascii=False) + "\n"
