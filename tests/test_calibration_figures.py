"""Calibration encounters stay out of every location figure, ranking and report (issue 16,
DESIGN.md): a demo database with calibration sessions of extreme scores added, tagged and
noted as a trainer would tag a real visit, gives exactly the figures of the same database
without them: the dashboard's, the summary's and the coaching report's (as the JSON their
PDFs print), each location's, the drivers and the encounters a report leaves out."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from mysteryshop import demo
from mysteryshop.forms import Form, YesNoQuestion
from mysteryshop.reports import ReportOptions, build_figures
from mysteryshop.store import queries, report_data, stats
from mysteryshop.store.calibration import list_sessions
from mysteryshop.store.dashboard import dashboard_figures, preset_period, span_filter, trend_span
from mysteryshop.store.db import Database
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import EncounterData, EncounterFilter

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
SEED = 5


def extreme(data: EncounterData, form: Form, index: int) -> EncounterData:
    """The encounter with every yes/no answered the same way (all "no" or all "yes"), tagged
    and noted, approved or submitted: the most a leak could move."""
    answers = dict(data.answers)
    low = index % 2 == 0
    for question in form.answerable():
        if isinstance(question, YesNoQuestion) and question.id in answers:
            answers[question.id] = not low
    return dataclasses.replace(
        data,
        answers=answers,
        status="approved" if index % 3 else "submitted",
        tags=["needs-coaching"] if low else ["best-practice"],
        notes="Calibration scenario: the clerk ignored me entirely." if low else "Wonderful.",
        reviewed_by="trainer" if index % 3 else None,
        reviewed_at=data.created_at if index % 3 else None,
    )


@pytest.fixture(scope="module")
def databases(
    tmp_path_factory: pytest.TempPathFactory, shipped_forms: list[Form]
) -> Iterator[tuple[Database, Database]]:
    """The same demo data twice; the second also holds calibration sessions (and a
    calibration draft) at the demo's own locations."""
    folder: Path = tmp_path_factory.mktemp("calibration-figures")
    base = demo.generate(shipped_forms, encounters=400, seed=SEED, now=NOW)
    form = shipped_forms[0]
    sessions = demo.calibration_sessions(form, sessions=3, observers=5, seed=SEED, now=NOW)
    assert {loc.id for loc in sessions.locations} <= {loc.id for loc in base.locations}
    calibration = [extreme(data, form, i) for i, data in enumerate(sessions.encounters)]
    calibration.append(
        dataclasses.replace(
            sessions.encounters[0], id="0f0e0d0c-0000-4000-8000-000000000001", status="draft"
        )
    )
    plain = open_database(f"sqlite:///{folder / 'plain.sqlite3'}")
    mixed = open_database(f"sqlite:///{folder / 'with-calibration.sqlite3'}")
    for db in (plain, mixed):
        queries.bulk_add_encounters(db, base.encounters, base.locations, shipped_forms)
    queries.bulk_add_encounters(mixed, calibration, [], shipped_forms)
    yield plain, mixed
    plain.close()
    mixed.close()


def test_the_calibration_encounters_are_there(databases: tuple[Database, Database]) -> None:
    plain, mixed = databases
    assert len(list_sessions(mixed)) == 3 and list_sessions(plain) == []
    assert queries.count_encounters(mixed) == queries.count_encounters(plain) + 16
    # Listed (the log shows them), counted in no figure.
    assert queries.count_encounters(mixed, EncounterFilter(statuses=("approved",))) > (
        queries.count_encounters(plain, EncounterFilter(statuses=("approved",)))
    )


@pytest.mark.parametrize("preset", ["this-year", "last-month", "all"])
def test_the_dashboard_leaves_them_out(databases: tuple[Database, Database], preset: str) -> None:
    plain, mixed = databases
    chosen = preset_period(preset, NOW.date())
    base = EncounterFilter().reported()
    f = span_filter(base, chosen.span)
    previous = span_filter(base, chosen.comparison) if chosen.comparison else None
    trend = span_filter(base, trend_span(chosen))
    with_them = dashboard_figures(mixed, f, previous, trend, "month")
    without = dashboard_figures(plain, f, previous, trend, "month")
    assert with_them == without
    assert without.figures.visits > 0
    assert stats.drivers(mixed, f) == stats.drivers(plain, f)
    if preset != "last-month":  # the sessions fall in these periods: counted, they would show
        counted = dataclasses.replace(f, with_calibration=True)
        assert stats.figures(mixed, counted) != stats.figures(plain, counted)


def figures(kind: str, db: Database, f: EncounterFilter) -> dict[str, Any]:
    found: dict[str, Any] = json.loads(build_figures(kind, db, f, ReportOptions()))  # type: ignore[arg-type]
    return found


def test_the_summary_and_coaching_figures_leave_them_out(
    databases: tuple[Database, Database],
) -> None:
    plain, mixed = databases
    year = EncounterFilter(
        date_from=datetime(2025, 7, 1, tzinfo=UTC), date_to=datetime(2026, 7, 1, tzinfo=UTC)
    )
    for f in (EncounterFilter(), year, EncounterFilter(statuses=("approved",))):
        summary = figures("summary", mixed, f)
        assert summary == figures("summary", plain, f)
        coaching = figures("coaching", mixed, f)
        assert coaching == figures("coaching", plain, f)
    # What a report leaves out (drafts, returned) does not count calibration drafts either.
    f = EncounterFilter().reported()
    assert report_data.left_out(mixed, f) == report_data.left_out(plain, f)


def test_each_location_leaves_them_out(databases: tuple[Database, Database]) -> None:
    plain, mixed = databases
    sessions = list_sessions(mixed)
    assert sessions
    where = {
        data.location_id
        for data in queries.iter_encounters(mixed, EncounterFilter(calibration=sessions[0].id))
    }
    names = {loc.id: loc.name for loc in queries.list_locations(mixed)}
    for location_id in sorted(where):
        f = EncounterFilter(location=names[location_id])
        assert figures("summary", mixed, f) == figures("summary", plain, f)
        assert figures("coaching", mixed, f) == figures("coaching", plain, f)
    ranking = stats.location_ranking(mixed, EncounterFilter().reported())
    assert ranking == stats.location_ranking(plain, EncounterFilter().reported())
    assert stats.trend(mixed, EncounterFilter().reported(), "month") == stats.trend(
        plain, EncounterFilter().reported(), "month"
    )
