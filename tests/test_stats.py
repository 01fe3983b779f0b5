"""store/stats.py against SQLite: every figure is checked against an independent computation
in Python over `queries.iter_encounters` (DESIGN.md "Scoring": average score, Net Uplift,
critical failures; dimension scores are the mean of the visits' dimension scores)."""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from mysteryshop import demo, scoring
from mysteryshop.forms import Form, validate_form
from mysteryshop.store import queries, stats
from mysteryshop.store.db import Database
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import EncounterData, EncounterFilter, LocationData, new_id
from mysteryshop.vocabulary import REPORTED_STATUSES

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
REPORTED = EncounterFilter(statuses=REPORTED_STATUSES)


@pytest.fixture(scope="module")
def demo_db(
    tmp_path_factory: pytest.TempPathFactory, shipped_forms: list[Form]
) -> Iterator[Database]:
    """A database with 300 demo encounters, shared by the read-only tests of this module."""
    folder: Path = tmp_path_factory.mktemp("stats")
    database = open_database(f"sqlite:///{folder / 'demo.sqlite3'}")
    data = demo.generate(shipped_forms, encounters=300, seed=1, now=NOW)
    queries.bulk_add_encounters(database, data.encounters, data.locations, shipped_forms)
    yield database
    database.close()


# --- the independent computation --------------------------------------------------------------


def net_uplift(feelings: list[int]) -> float | None:
    if not feelings:
        return None
    return (sum(f > 0 for f in feelings) - sum(f < 0 for f in feelings)) / len(feelings) * 100


def mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def expected_figures(db: Database, f: EncounterFilter) -> dict[str, Any]:
    encounters = list(queries.iter_encounters(db, f))
    dimensions: dict[str, list[float]] = defaultdict(list)
    forms: dict[tuple[str, int], Form] = {}
    for data in encounters:
        key = (data.form_id, data.form_version)
        form = forms.setdefault(key, queries.get_form(db, *key))
        # Rescored from the answers: an independent check of what the store saved.
        for name, ratio in scoring.score_encounter(form, data.answers, data.na).dimensions.items():
            if ratio.possible > 0:
                dimensions[name].append(ratio.earned / ratio.possible * 100)
    scores = [data.score for data in encounters if data.score is not None]
    feelings = [data.feeling for data in encounters if data.feeling is not None]
    return {
        "visits": len(encounters),
        "scored": len(scores),
        "average_score": mean(scores),
        "net_uplift": net_uplift(feelings),
        "feelings": len(feelings),
        "critical_failures": sum(data.critical_fail for data in encounters),
        "dimensions": {name: mean(values) for name, values in dimensions.items()},
        "dimension_visits": {name: len(values) for name, values in dimensions.items()},
    }


def assert_figures(found: stats.Figures, expected: dict[str, Any]) -> None:
    assert found.visits == expected["visits"]
    assert found.scored == expected["scored"]
    assert found.average_score == pytest.approx(expected["average_score"])
    assert found.net_uplift == pytest.approx(expected["net_uplift"])
    assert found.feelings == expected["feelings"]
    assert found.critical_failures == expected["critical_failures"]
    assert found.dimensions == pytest.approx(expected["dimensions"])
    assert found.dimension_visits == expected["dimension_visits"]


# --- figures ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "f",
    [
        REPORTED,
        EncounterFilter(),  # every status
        EncounterFilter(statuses=REPORTED_STATUSES, region="Uusimaa"),
        EncounterFilter(statuses=("draft", "returned")),
        EncounterFilter(statuses=REPORTED_STATUSES, form_id="phone-chat"),
        EncounterFilter(statuses=REPORTED_STATUSES, critical_only=True),
    ],
    ids=["reported", "all", "region", "unreported", "form", "critical"],
)
def test_figures_equal_an_independent_computation(demo_db: Database, f: EncounterFilter) -> None:
    expected = expected_figures(demo_db, f)
    assert expected["visits"] > 0
    assert_figures(stats.figures(demo_db, f), expected)


def test_demo_figures_cover_every_headline_number(demo_db: Database) -> None:
    found = stats.figures(demo_db, REPORTED)
    assert 0 < found.critical_failures < found.visits
    assert found.uplifted + found.diminished <= found.feelings
    assert found.net_uplift == pytest.approx(
        (found.uplifted - found.diminished) / found.feelings * 100
    )
    for dimension in ("greeting", "smile", "presence", "helpfulness"):
        assert 0 < found.dimensions[dimension] < 100


def test_figures_of_nothing(db: Database) -> None:
    found = stats.figures(db, REPORTED)
    assert found == stats.Figures()
    assert found.average_score is None and found.net_uplift is None
    assert stats.trend(db, REPORTED, "week") == []
    assert stats.location_ranking(db, REPORTED) == []


# --- trend ------------------------------------------------------------------------------------


def period_start(moment: datetime, period: str) -> date:
    day = moment.date()  # the observer's local date: visited_at keeps their offset
    if period == "month":
        return day.replace(day=1)
    return day - timedelta(days=day.weekday())


@pytest.mark.parametrize("period", ["week", "month"])
def test_trend_equals_an_independent_grouping(demo_db: Database, period: str) -> None:
    groups: dict[date, list[EncounterData]] = defaultdict(list)
    for data in queries.iter_encounters(demo_db, REPORTED):
        groups[period_start(data.visited_at, period)].append(data)

    points = stats.trend(demo_db, REPORTED, period)  # type: ignore[arg-type]

    assert [point.start for point in points] == sorted(groups)
    labels = [point.period for point in points]
    assert len(set(labels)) == len(labels)
    for point in points:
        members = groups[point.start]
        assert point.visits == len(members)
        assert point.average_score == pytest.approx(
            mean([d.score for d in members if d.score is not None])
        )
        assert point.net_uplift == pytest.approx(
            net_uplift([d.feeling for d in members if d.feeling is not None])
        )
        if period == "week":
            assert point.start.weekday() == 0
            year, week, _ = point.start.isocalendar()
            assert point.period == f"{year}-W{week:02d}"
        else:
            assert point.period == f"{point.start.year}-{point.start.month:02d}"


SMALL_FORM = {
    "id": "small",
    "version": 1,
    "title": "Small",
    "sections": [
        {
            "id": "s",
            "title": "S",
            "questions": [
                {
                    "id": "greeted",
                    "type": "yes_no",
                    "text": "Greeted?",
                    "dimension": "greeting",
                    "critical": True,
                },
                {"id": "feeling", "type": "feeling", "text": "Uplifted?"},
            ],
        }
    ],
}


@pytest.fixture
def small(db: Database) -> tuple[Database, Form, LocationData]:
    form = validate_form(SMALL_FORM)
    queries.store_form(db, form)
    return db, form, queries.add_location(db, "Kamppi store", "Uusimaa")


def add(
    db: Database,
    location: LocationData,
    moment: datetime,
    greeted: bool | None = True,
    feeling: int = 1,
    status: str = "submitted",
) -> None:
    answers: dict[str, Any] = {"feeling": feeling}
    if greeted is not None:
        answers["greeted"] = greeted
    data = EncounterData(
        id=new_id(),
        form_id="small",
        form_version=1,
        location_id=location.id,
        visited_at=moment,
        status=status,
        answers=answers,
    )
    queries.bulk_add_encounters(db, [data])


def test_a_week_across_new_year_is_one_period(small: tuple[Database, Form, LocationData]) -> None:
    # Monday 29 December 2025 to Sunday 4 January 2026 is ISO week 2026-W01. SQLite's %W
    # week numbers split it in two (2025-52 and 2026-00); the trend must not.
    db, _form, location = small
    for day in (29, 30, 31):
        add(db, location, datetime(2025, 12, day, 12, tzinfo=UTC))
    for day in (1, 2, 4):
        add(db, location, datetime(2026, 1, day, 12, tzinfo=UTC), greeted=False, feeling=-1)

    weeks = stats.trend(db, REPORTED, "week")

    assert [(w.period, w.start, w.visits) for w in weeks] == [("2026-W01", date(2025, 12, 29), 6)]
    assert weeks[0].average_score == pytest.approx(50.0)
    assert weeks[0].net_uplift == pytest.approx(0.0)
    months = stats.trend(db, REPORTED, "month")
    assert [(m.period, m.visits, m.average_score, m.net_uplift) for m in months] == [
        ("2025-12", 3, 100.0, 100.0),
        ("2026-01", 3, 0.0, -100.0),
    ]


def test_periods_follow_the_observers_local_calendar(
    small: tuple[Database, Form, LocationData],
) -> None:
    db, _form, location = small
    helsinki = timezone(timedelta(hours=2))
    # Sunday 1 March 2026 00:30 in Helsinki is still February (and Saturday) in UTC.
    add(db, location, datetime(2026, 3, 1, 0, 30, tzinfo=helsinki))
    # Sunday 1 March 2026 23:30 in New York is Monday 2 March in UTC.
    add(db, location, datetime(2026, 3, 1, 23, 30, tzinfo=timezone(timedelta(hours=-5))))

    months = stats.trend(db, REPORTED, "month")
    weeks = stats.trend(db, REPORTED, "week")

    assert [(m.period, m.visits) for m in months] == [("2026-03", 2)]
    assert [(w.period, w.start, w.visits) for w in weeks] == [("2026-W09", date(2026, 2, 23), 2)]


def test_a_visit_belongs_to_its_local_day_to_the_millisecond(
    small: tuple[Database, Form, LocationData],
) -> None:
    db, _form, location = small
    helsinki = timezone(timedelta(hours=2))
    new_york = timezone(timedelta(hours=-5))
    kathmandu = timezone(timedelta(hours=5, minutes=45))
    march = [
        datetime(2026, 3, 31, 23, 59, 59, 998_000, tzinfo=helsinki),
        datetime(2026, 3, 31, 23, 59, tzinfo=new_york),  # 1 April in UTC
    ]
    april = [
        datetime(2026, 4, 1, 0, 0, tzinfo=helsinki),  # 31 March in UTC
        datetime(2026, 4, 1, 0, 0, tzinfo=kathmandu),
    ]
    for moment in march + april:
        add(db, location, moment)
    for moment in april:
        add(db, location, moment, greeted=False)

    months = stats.trend(db, REPORTED, "month")

    assert [(m.period, m.visits, m.average_score) for m in months] == [
        ("2026-03", 2, 100.0),
        ("2026-04", 4, 50.0),
    ]


def test_fill_gaps_adds_empty_periods() -> None:
    def point(start: date, period: str) -> stats.TrendPoint:
        return stats.TrendPoint(stats.period_label(start, period), start, 3, 80.0, 10.0)  # type: ignore[arg-type]

    months = stats.fill_gaps(
        [point(date(2025, 11, 1), "month"), point(date(2026, 2, 1), "month")], "month"
    )
    assert [(m.period, m.visits) for m in months] == [
        ("2025-11", 3),
        ("2025-12", 0),
        ("2026-01", 0),
        ("2026-02", 3),
    ]
    assert months[1].average_score is None and months[1].net_uplift is None

    weeks = stats.fill_gaps(
        [point(date(2025, 12, 22), "week"), point(date(2026, 1, 5), "week")], "week"
    )
    assert [w.period for w in weeks] == ["2025-W52", "2026-W01", "2026-W02"]
    assert stats.fill_gaps([], "week") == []


# --- location ranking -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "f",
    [REPORTED, EncounterFilter(statuses=REPORTED_STATUSES, region="Pirkanmaa")],
    ids=["reported", "region"],
)
def test_location_ranking_equals_an_independent_computation(
    demo_db: Database,
    f: EncounterFilter,
) -> None:
    by_location: dict[str, list[EncounterData]] = defaultdict(list)
    for data in queries.iter_encounters(demo_db, f):
        by_location[data.location_id].append(data)
    names = {loc.id: loc for loc in queries.locations_of(demo_db, by_location)}

    ranking = stats.location_ranking(demo_db, f)

    assert {row.location_id for row in ranking} == set(by_location)
    for row in ranking:
        members = by_location[row.location_id]
        assert (row.name, row.region) == (
            names[row.location_id].name,
            names[row.location_id].region,
        )
        assert row.visits == len(members)
        assert row.average_score == pytest.approx(
            mean([d.score for d in members if d.score is not None])
        )
        assert row.net_uplift == pytest.approx(
            net_uplift([d.feeling for d in members if d.feeling is not None])
        )
        assert row.critical_failures == sum(d.critical_fail for d in members)
    averages = [row.average_score for row in ranking]
    assert averages == sorted(averages, reverse=True)  # type: ignore[type-var]


def test_location_ranking_puts_locations_without_scores_last(
    small: tuple[Database, Form, LocationData],
) -> None:
    db, _form, kamppi = small
    itis = queries.add_location(db, "Itis store", "Uusimaa")
    sello = queries.add_location(db, "Sello store", None)
    add(db, sello, NOW, greeted=None, feeling=2)  # nothing scored: no average
    add(db, kamppi, NOW, greeted=False, feeling=-2)
    add(db, itis, NOW, greeted=True, feeling=2)
    add(db, itis, NOW, greeted=False, feeling=0)
    add(db, kamppi, NOW, status="draft")  # not reported

    ranking = stats.location_ranking(db, REPORTED)

    assert [
        (r.name, r.visits, r.average_score, r.net_uplift, r.critical_failures) for r in ranking
    ] == [
        ("Itis store", 2, 50.0, 50.0, 1),
        ("Kamppi store", 1, 0.0, -100.0, 1),
        ("Sello store", 1, None, 100.0, 0),
    ]


# --- the dashboard's overview ----------------------------------------------------------------


def test_overview_runs_the_three_queries_at_once(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Figures, trend and ranking each wait at a barrier for the other two: run one after
    another, the first would wait in vain and the barrier break."""
    together = threading.Barrier(3, timeout=10)
    threads: dict[str, str] = {}

    def waiting(name: str, query: Any) -> Any:
        def run(*args: Any) -> Any:
            threads[name] = threading.current_thread().name
            together.wait()
            return query(*args)

        return run

    alone = (
        stats.figures(demo_db, REPORTED),
        stats.trend(demo_db, REPORTED, "week"),
        stats.location_ranking(demo_db, REPORTED),
    )
    for name in ("figures", "trend", "location_ranking"):
        monkeypatch.setattr(stats, name, waiting(name, getattr(stats, name)))

    assert stats.overview(demo_db, REPORTED, "week") == alone
    assert threads["figures"] == threading.current_thread().name
    assert len(set(threads.values())) == 3


def test_the_dashboards_queries_read_only_the_covering_index(demo_db: Database) -> None:
    """Reading the table's rows (their notes and texts) made the figures 40% slower at
    100,000 encounters (bench/README.md): every column they use is in ix_encounters_dashboard."""
    from sqlalchemy import event

    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        if "FROM encounters" in statement:
            seen.append((statement, parameters))

    event.listen(demo_db.engine, "before_cursor_execute", record)
    try:
        stats.overview(demo_db, REPORTED, "week")
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", record)

    assert len(seen) == 3
    with demo_db.engine.connect() as connection:
        for statement, parameters in seen:
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            steps = [row[3] for row in plan if "encounters" in row[3]]
            assert steps, statement
            for step in steps:
                assert "USING COVERING INDEX ix_encounters_dashboard" in step, statement


def test_overview_of_an_in_memory_database_reads_on_one_thread(
    shipped_forms: list[Form],
) -> None:
    """Another thread would open its own, empty in-memory database."""
    database = open_database("sqlite://")
    try:
        data = demo.generate(shipped_forms, encounters=40, seed=2, now=NOW)
        queries.bulk_add_encounters(database, data.encounters, data.locations, shipped_forms)
        figures, trend, ranking = stats.overview(database, REPORTED)
        assert figures.visits == queries.count_encounters(database, REPORTED) > 0
        assert trend == stats.trend(database, REPORTED) and trend
        assert ranking == stats.location_ranking(database, REPORTED) and ranking
    finally:
        database.close()


# --- PostgreSQL -------------------------------------------------------------------------------

POSTGRES_ENV = "MYSTERYSHOP_TEST_POSTGRES_URL"


@pytest.mark.postgres
def test_postgresql_gives_the_same_figures_as_sqlite(
    demo_db: Database, shipped_forms: list[Form]
) -> None:
    """With $MYSTERYSHOP_TEST_POSTGRES_URL (a server URL, e.g.
    postgresql+psycopg://postgres@127.0.0.1:5432/postgres), a scratch database is made there
    and every figure compared with SQLite's over the same demo data."""
    import os
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = os.environ.get(POSTGRES_ENV)
    if not server:
        pytest.skip(f"set ${POSTGRES_ENV} to run against PostgreSQL")
    name = f"mysteryshop_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        pg = open_database(make_url(server).set(database=name).render_as_string(False))
        try:
            data = demo.generate(shipped_forms, encounters=300, seed=1, now=NOW)
            queries.bulk_add_encounters(pg, data.encounters, data.locations, shipped_forms)
            for f in (REPORTED, EncounterFilter(region="Uusimaa", tag="best-practice")):
                assert_figures(stats.figures(pg, f), expected_figures(demo_db, f))
                for period in ("week", "month"):
                    assert_same(stats.trend(pg, f, period), stats.trend(demo_db, f, period))  # type: ignore[arg-type]
                assert_same(stats.location_ranking(pg, f), stats.location_ranking(demo_db, f))
                figures, trend, ranking = stats.overview(pg, f)  # side by side on PostgreSQL
                assert_figures(figures, expected_figures(demo_db, f))
                assert_same(trend, stats.trend(demo_db, f))
                assert_same(ranking, stats.location_ranking(demo_db, f))
        finally:
            pg.close()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def assert_same(found: list[Any], wanted: list[Any]) -> None:
    """The same rows, floats compared with a tolerance (the two databases sum differently)."""
    assert len(found) == len(wanted)
    for a, b in zip(found, wanted, strict=True):
        assert vars(a) == pytest.approx(vars(b))


# --- intervals: each figure set carries what its interval needs --------------------------------


def test_ranking_trend_and_figures_carry_hand_computed_intervals(
    small: tuple[Database, Form, LocationData],
) -> None:
    # 10 visits in June: 8 greeted (score 100, uplifted), 2 not (score 0, diminished).
    db, _form, kamppi = small
    for day in range(1, 11):
        greeted = day <= 8
        add(db, kamppi, datetime(2026, 6, day, 12, tzinfo=UTC), greeted, 1 if greeted else -1)
    # By hand: mean 80, variance (8000 − 6400)·10/9 = 1,777.8, standard error 13.33,
    # t(9) = 2.262: 80 ± 30.16. Net Uplift 60, variance (0.8 + 0.2 − 0.36)/10 = 0.064:
    # 1.96·25.3 = 49.58, under the Wilson floor 2·1.96²/(10 + 1.96²) = 55.51: 60 ± 55.51,
    # clipped to 100 above.
    [row] = stats.location_ranking(db, REPORTED)
    [point] = stats.trend(db, REPORTED, "month")
    figures = stats.figures(db, REPORTED)
    for found in (row, point, figures):
        assert (found.score.value, found.score.n) == (pytest.approx(80.0), 10)
        assert found.score.low == pytest.approx(49.84, abs=0.01)
        assert found.score.high == pytest.approx(100.0)
        assert (found.uplift.value, found.uplift.n) == (pytest.approx(60.0), 10)
        assert found.uplift.low == pytest.approx(4.49, abs=0.01)
        assert found.uplift.high == pytest.approx(100.0)
    assert figures.critical.n == 10 and figures.critical.value == pytest.approx(20.0)
    greeting = figures.dimension("greeting")
    assert greeting.n == 10 and greeting.low == pytest.approx(49.84, abs=0.01)


def test_intervals_equal_confidence_of_the_independent_figures(demo_db: Database) -> None:
    from mysteryshop import confidence

    by_location: dict[str, list[EncounterData]] = defaultdict(list)
    for data in queries.iter_encounters(demo_db, REPORTED):
        by_location[data.location_id].append(data)
    for row in stats.location_ranking(demo_db, REPORTED):
        scores = [d.score for d in by_location[row.location_id] if d.score is not None]
        feelings = [d.feeling for d in by_location[row.location_id] if d.feeling is not None]
        expected = confidence.mean(mean(scores), mean([x * x for x in scores]), len(scores))
        assert row.score.n == expected.n
        assert row.score.low == pytest.approx(expected.low)
        assert row.score.high == pytest.approx(expected.high)
        uplift = confidence.net_uplift(
            sum(f > 0 for f in feelings), sum(f < 0 for f in feelings), len(feelings)
        )
        assert row.uplift.as_json() == pytest.approx(uplift.as_json())


def test_fill_gaps_can_cover_a_whole_report_period() -> None:
    one = stats.TrendPoint("2026-03", date(2026, 3, 1), 40, 60.0, 10.0)
    months = stats.fill_gaps([one], "month", date(2025, 12, 3), date(2026, 5, 31))
    assert [m.period for m in months] == [
        "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05",
    ]  # fmt: skip
    assert [m.visits for m in months] == [0, 0, 0, 40, 0, 0]
