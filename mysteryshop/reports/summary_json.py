"""The summary's figures as data (`report summary --format json`): the very numbers the PDF
prints, unrounded, for BI tools and tests. The schema is docs/REPORT-JSON.md."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from mysteryshop import confidence
from mysteryshop.periods import Compare, Period
from mysteryshop.reports.summary import SummaryData, collect
from mysteryshop.store import stats
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterFilter

FORMAT = "mysteryshop-summary"
FORMAT_VERSION = 1


def _period(period: Period, visits: int) -> dict[str, Any]:
    return {
        "from": period.first.isoformat(),
        "to": period.last.isoformat(),  # inclusive
        "days": period.days,
        "kind": period.kind,
        "to_date": period.to_date,
        "visits": visits,
    }


def headline(figures: stats.Figures) -> dict[str, Any]:
    """The headline figures, each {"value", "n", "low", "high"} (confidence.Estimate)."""
    dimensions = {
        key: confidence.Estimate(value, figures.dimension_visits.get(key, 0)).as_json()
        for key, value in sorted(figures.dimensions.items())
    }
    return {
        "visits": confidence.Estimate(float(figures.visits), figures.visits).as_json(),
        "average_score": confidence.Estimate(figures.average_score, figures.scored).as_json(),
        "net_uplift": confidence.net_uplift(
            figures.uplifted, figures.diminished, figures.feelings
        ).as_json(),
        "critical_failures": figures.critical_failures,
        "critical_failure_rate": confidence.share(
            figures.critical_failures, figures.visits
        ).as_json(),
        "dimensions": dimensions,
    }


def summary_json(data: SummaryData) -> dict[str, Any]:
    """The summary's figures as a JSON-ready dict: `period`, `comparison` (None when
    nothing is compared), `left_out` (encounters not counted, by status) and `figures`."""
    f = data.filter
    comparison = None
    if data.comparison is not None and data.previous is not None:
        comparison = {
            **_period(data.comparison, data.previous.visits),
            "how": data.compare,
            "figures": headline(data.previous),
        }
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "filter": {
            "form": f.form_id,
            "location": data.location,
            "region": f.region,
            "statuses": list(f.statuses) if f.statuses is not None else None,
            "tag": f.tag,
        },
        "period": _period(data.period, data.figures.visits) if data.period else None,
        "comparison": comparison,
        "left_out": dict(data.left_out),
        "minimum_visits": confidence.MIN_VISITS,
        "figures": headline(data.figures),
    }


def build_summary_json(
    db: Database,
    f: EncounterFilter,
    *,
    compare: Compare = "previous",
    today: date | None = None,
) -> str:
    """The summary's figures as JSON text (UTF-8, indented, ending in a newline)."""
    data = collect(db, f, compare=compare, today=today)
    return json.dumps(summary_json(data), indent=2, ensure_ascii=False) + "\n"
