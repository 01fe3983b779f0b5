"""store/dashboard.dashboard_figures reads the encounters in fewer passes than the reports'
functions (the period's counts summed from its ranking, the trend period by period): its
figures must be theirs, on the same filters, to the last visit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from mysteryshop import demo, periods
from mysteryshop.forms import Form, validate_form
from mysteryshop.store import queries, stats
from mysteryshop.store.dashboard import dashboard_figures, preset_period, span_filter, trend_span
from mysteryshop.store.db import Database
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import EncounterData, EncounterFilter, new_id

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_db(
    tmp_path_factory: pytest.TempPathFactory, shipped_forms: list[Form]
) -> Iterator[Database]:
    """600 demo encounters over the twelve months up to NOW, every shipped form used."""
    folder: Path = tmp_path_factory.mktemp("dashboard")
    database = open_database(f"sqlite:///{folder / 'demo.sqlite3'}")
    data = demo.generate(shipped_forms, encounters=600, seed=3, now=NOW)
    queries.bulk_add_encounters(database, data.encounters, data.locations, shipped_forms)
    yield database
    database.close()


def assert_same(found: Any, wanted: Any) -> None:
    """The same figures, floats to a relative 1e-9 (sums added in another order)."""
    a, b = flat(vars(found)), flat(vars(wanted))
    assert a.keys() == b.keys()
    for key, value in b.items():
        if isinstance(value, float):
            assert a[key] == pytest.approx(value, rel=1e-9), key
        else:
            assert a[key] == value, key


def flat(values: dict[str, Any]) -> dict[str, Any]:
    """{"dimensions": {"smile": 75.0}} as {"dimensions.smile": 75.0}, for pytest.approx."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, dict):
            out.update({f"{key}.{name}": item for name, item in flat(value).items()})
        else:
            out[key] = value
    return out


def assert_same_rows(found: list[Any], wanted: list[Any]) -> None:
    assert len(found) == len(wanted)
    for a, b in zip(found, wanted, strict=True):
        assert_same(a, b)


@pytest.mark.parametrize("today", [NOW.date(), date(2026, 1, 3)])
@pytest.mark.parametrize("preset", [key for key, _name in periods.PRESETS])
def test_dashboard_figures_equal_the_reports_figures(
    demo_db: Database, shipped_forms: list[Form], preset: str, today: date
) -> None:
    chosen = preset_period(preset, today)
    filters = [
        EncounterFilter().reported(),
        EncounterFilter(region="Uusimaa").reported(),
        EncounterFilter(form_id=shipped_forms[-1].id).reported(),
        EncounterFilter(location="Kamppi store", statuses=("approved",)),
    ]
    compared = 0
    for base in filters:
        f = span_filter(base, chosen.span)
        previous = span_filter(base, chosen.comparison) if chosen.comparison else None
        trend = span_filter(base, trend_span(chosen))
        for period in ("month", "week"):
            found = dashboard_figures(demo_db, f, previous, trend, period)  # type: ignore[arg-type]

            assert_same(found.figures, stats.figures(demo_db, f))
            if previous is None:
                assert found.previous is None
            else:
                assert found.previous is not None
                assert_same(found.previous, stats.figures(demo_db, previous))
            assert_same_rows(found.trend, stats.trend(demo_db, trend, period))  # type: ignore[arg-type]
            assert_same_rows(found.ranking, stats.location_ranking(demo_db, f))
            compared += found.figures.visits
    assert compared > 0  # every preset has visits under some filter


def test_a_period_without_visits_has_empty_figures(demo_db: Database) -> None:
    f = span_filter(EncounterFilter().reported(), periods.unit("year", date(2030, 1, 1)))

    found = dashboard_figures(demo_db, f, None, f, "month")

    assert_same(found.figures, stats.figures(demo_db, f))
    assert (found.figures.visits, found.trend, found.ranking) == (0, [], [])


SMALL_FORM = {
    "id": "small",
    "version": 1,
    "title": "Small",
    "sections": [
        {
            "id": "s",
            "title": "S",
            "questions": [
                {"id": "greeted", "type": "yes_no", "text": "Greeted?", "dimension": "greeting"},
                {"id": "feeling", "type": "feeling", "text": "Uplifted?"},
            ],
        }
    ],
}


def add_visits(db: Database, moments: list[datetime]) -> None:
    form = validate_form(SMALL_FORM)
    queries.store_form(db, form)
    location = queries.add_location(db, "Kamppi store", "Uusimaa")
    queries.bulk_add_encounters(
        db,
        [
            EncounterData(
                id=new_id(),
                form_id="small",
                form_version=1,
                location_id=location.id,
                visited_at=moment,
                status="submitted",
                answers={"greeted": i % 2 == 0, "feeling": i % 3 - 1},
            )
            for i, moment in enumerate(moments)
        ],
    )


def zone(hours: int, minutes: int = 0) -> timezone:
    return timezone(timedelta(hours=hours, minutes=minutes))


# Local times on both sides of the turns of months, with offsets up to the largest
# Python allows (23:59): a visit's UTC time is then on another day than its local one.
EDGES = [
    datetime(2026, 2, 28, 23, 59, tzinfo=zone(23, 59)),  # 2026-02-28 00:00 UTC
    datetime(2026, 3, 1, 0, 0, tzinfo=zone(-23, -59)),  # 2026-03-01 23:59 UTC
    datetime(2026, 2, 28, 23, 30, tzinfo=zone(-12)),  # 2026-03-01 11:30 UTC
    datetime(2026, 3, 1, 0, 30, tzinfo=zone(14)),  # 2026-02-28 10:30 UTC
    datetime(2026, 3, 1, 0, 15, tzinfo=zone(5, 45)),
    datetime(2026, 3, 31, 23, 59, 59, 999000, tzinfo=zone(-23, -59)),  # 1 April in UTC
    datetime(2026, 4, 1, 0, 0, tzinfo=zone(23, 59)),  # 31 March in UTC
    datetime(2026, 3, 8, 23, 59, tzinfo=zone(-20)),  # mid-month: another day in UTC
    datetime(2026, 3, 9, 0, 1, tzinfo=zone(20)),  # mid-month: another day in UTC
    datetime(2026, 3, 15, 12, 0, tzinfo=UTC),
    datetime(2026, 1, 31, 22, 0, tzinfo=zone(2)),
    datetime(2026, 4, 30, 23, 0, tzinfo=zone(-3)),
]


@pytest.mark.parametrize(
    "start, end",
    [
        (datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC)),
        # Cut through the days around the edges: the filter's visit times decide.
        (datetime(2026, 2, 28, 5, tzinfo=UTC), datetime(2026, 4, 1, 1, tzinfo=UTC)),
        (datetime(2026, 3, 1, 11, tzinfo=zone(10)), datetime(2026, 3, 31, 23, tzinfo=zone(-9))),
    ],
)
def test_a_visit_is_summed_in_the_month_of_its_local_day(
    db: Database, start: datetime, end: datetime
) -> None:
    add_visits(db, EDGES)
    f = EncounterFilter(date_from=start, date_to=end)
    chosen = [m for m in EDGES if start <= m < end]

    found = stats.trend_by_months(db, f)

    assert found is not None
    wanted: dict[date, int] = {}
    for moment in chosen:  # the visit's own calendar: its local date
        first = moment.date().replace(day=1)
        wanted[first] = wanted.get(first, 0) + 1
    assert [(point.start, point.visits) for point in found] == sorted(wanted.items())
    assert_same_rows(found, stats.trend(db, f, "month"))


def test_a_trend_by_months_needs_both_dates_and_few_months(db: Database) -> None:
    add_visits(db, EDGES)
    since = datetime(2026, 1, 1, tzinfo=UTC)

    assert stats.trend_by_months(db, EncounterFilter(date_from=since)) is None
    assert stats.trend_by_months(db, EncounterFilter(date_to=since)) is None
    five_years = EncounterFilter(date_from=since, date_to=since.replace(year=2031))
    assert stats.trend_by_months(db, five_years) is None  # 62 months with the edges' two
    four_years = EncounterFilter(date_from=since, date_to=since.replace(year=2030))
    by_month = stats.trend_by_months(db, four_years)
    assert by_month is not None
    assert_same_rows(by_month, stats.trend(db, four_years, "month"))
