"""The stored question totals (schema 0009, store/question_totals.py) give exactly what the
answers give, after every kind of write: a save, a review, a move to another day, the trash
and its purge, erasure, a location merge, an import, calibration, the retention purge. Each
step is checked twice: read at once (the days it touched are stale and come from the
answers) and after the refresh a read does (they come from the stored totals again). Then
random periods, with edges anywhere in the day and in any offset, over the written data."""

from __future__ import annotations

import dataclasses
import re
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mysteryshop import demo, vocabulary
from mysteryshop.exchange import bundle
from mysteryshop.forms import Form
from mysteryshop.store import locations, privacy, queries, question_totals, report_data, trash
from mysteryshop.store.check import check_database
from mysteryshop.store.db import Database
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import EncounterData, EncounterFilter

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
HELSINKI = timezone(timedelta(hours=3))

Folded = dict[tuple[int, str, int], tuple[float, ...]]


def fold(groups: list[question_totals.Group]) -> Folded:
    out: dict[tuple[int, str, int], list[float]] = defaultdict(lambda: [0.0] * 6)
    for vid, question_id, key, *values in groups:
        sums = out[(vid, question_id, key)]
        for i, value in enumerate(values):
            sums[i] += value
    return {key: tuple(round(value, 6) for value in sums) for key, sums in out.items()}


def from_answers(db: Database, f: EncounterFilter) -> Folded:
    """The same groups summed straight from the answers, never the totals."""
    with db.read() as session:
        query = question_totals._from_answers(f)
        return fold([question_totals._group(row) for row in session.execute(query)])


def filters(form_id: str) -> list[EncounterFilter]:
    march = datetime(2026, 3, 1, tzinfo=HELSINKI)
    return [
        f.reported()
        for f in (
            EncounterFilter(),
            EncounterFilter(date_from=march, date_to=datetime(2026, 6, 1, tzinfo=HELSINKI)),
            EncounterFilter(date_from=datetime(2026, 2, 11, 17, 5, tzinfo=HELSINKI)),
            EncounterFilter(date_to=datetime(2026, 4, 20, 6, 30, tzinfo=UTC), form_id=form_id),
        )
    ]


def stale_days(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM question_totals_stale").fetchone()[0])


@pytest.fixture
def written(tmp_path: Path, shipped_forms: list[Form]) -> Iterator[tuple[Database, Path]]:
    path = tmp_path / "totals.sqlite3"
    db = open_database(f"sqlite:///{path}")
    data = demo.generate(shipped_forms, encounters=300, seed=3, now=NOW)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    yield db, path
    db.close()


def reported(db: Database) -> list[EncounterData]:
    ids = [e.id for e in queries.iter_encounters(db, EncounterFilter(statuses=("submitted",)))]
    return [queries.get_encounter(db, i) for i in ids[:6]]


def test_every_write_keeps_the_figures(
    written: tuple[Database, Path], shipped_forms: list[Form], tmp_path: Path
) -> None:
    db, path = written
    form = shipped_forms[0]
    submitted = reported(db)
    assert len(submitted) == 6
    other = demo.generate(shipped_forms, encounters=40, seed=9, now=NOW)
    bundle_path = tmp_path / "other.json"
    extra = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    queries.bulk_add_encounters(extra, other.encounters, other.locations, shipped_forms)
    bundle.export_bundle(extra, bundle_path)
    extra.close()
    stores = queries.list_locations(db)

    def new_visit() -> None:
        template = submitted[0]
        queries.save_encounter(
            db,
            dataclasses.replace(
                template,
                id="00000000-0000-4000-8000-00000000a001",
                revision=0,
                visited_at=datetime(2026, 3, 10, 9, 0, tzinfo=HELSINKI),
            ),
        )

    def approve() -> None:
        queries.review_encounter(
            db, submitted[1].id, submitted[1].revision, reviewer="t", action="approve"
        )

    def give_back() -> None:
        queries.review_encounter(
            db, submitted[2].id, submitted[2].revision, reviewer="t", action="return",
            reason="The staff name is missing.",
        )  # fmt: skip

    def move_day() -> None:
        moved = dataclasses.replace(
            submitted[3], visited_at=submitted[3].visited_at - timedelta(days=40)
        )
        queries.save_encounter(db, moved)

    def calibration() -> None:
        queries.save_encounter(
            db,
            dataclasses.replace(
                submitted[0],
                id="00000000-0000-4000-8000-00000000a002",
                revision=0,
                calibration="session-1",
            ),
        )

    def to_trash() -> None:
        trash.delete(db, submitted[4].id, "t", "A duplicate of another visit.")

    def back_from_trash() -> None:
        trash.restore(db, submitted[4].id)

    def purge_the_trash() -> None:
        trash.delete(db, submitted[5].id, "t", "A duplicate of another visit.")
        trash.purge_trash(db, now=datetime.now(UTC) + timedelta(days=60), reclaim=False)

    def merge() -> None:
        locations.merge_locations(db, stores[0].id, [stores[1].id])

    def erase() -> None:
        privacy.erase_location(db, stores[2].id, reclaim=False)

    def import_more() -> None:
        bundle.import_bundle(db, bundle_path)

    def retention() -> None:
        privacy.purge_older_than(db, 3, now=NOW, reclaim=False)

    steps: list[Callable[[], None]] = [
        new_visit, approve, give_back, move_day, calibration, to_trash, back_from_trash,
        purge_the_trash, merge, erase, import_more, retention,
    ]  # fmt: skip
    checked = filters(form.id)
    assert question_totals.kept(db, checked[0])
    for step in steps:
        step()
        if step is import_more:  # an import sums the days it wrote itself
            assert stale_days(path) == 0
        else:
            assert stale_days(path) > 0, step.__name__
            # Read-only: the stale days cannot be summed again, and come from the answers.
            reader = open_database(f"sqlite:///{path}", read_only=True)
            try:
                for f in checked:
                    assert fold(question_totals.groups(reader, f)) == from_answers(db, f), step
            finally:
                reader.close()
            assert stale_days(path) > 0, step.__name__
        # Writable: the read sums them again first, then reads them from the totals.
        for f in checked:
            assert fold(question_totals.groups(db, f)) == from_answers(db, f), step
        assert stale_days(path) == 0, step.__name__


def test_periods_anywhere_in_the_day(written: tuple[Database, Path]) -> None:
    db, _path = written
    question_totals.refresh(db)

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        start=st.datetimes(datetime(2025, 5, 1), datetime(2026, 7, 1)),
        length=st.timedeltas(timedelta(0), timedelta(days=200)),
        offset=st.integers(-12 * 60, 14 * 60),
        form_id=st.sampled_from([None, "service-encounter", "phone-chat"]),
    )
    def check(start: datetime, length: timedelta, offset: int, form_id: str | None) -> None:
        zone = timezone(timedelta(minutes=offset))
        first = start.replace(tzinfo=zone)
        f = EncounterFilter(date_from=first, date_to=first + length, form_id=form_id).reported()
        assert fold(question_totals.groups(db, f)) == from_answers(db, f)

    check()


def test_filters_the_totals_cannot_answer_read_the_answers(
    written: tuple[Database, Path],
) -> None:
    db, _path = written
    some = EncounterFilter()
    for f in (
        some,  # every status
        EncounterFilter(statuses=("approved",)),
        EncounterFilter(region="South").reported(),
        EncounterFilter(text="coffee").reported(),
        EncounterFilter(in_trash=True).reported(),
    ):
        assert not question_totals.kept(db, f)
        assert fold(question_totals.groups(db, f)) == from_answers(db, f)


def test_the_question_table_reads_the_totals(written: tuple[Database, Path]) -> None:
    """The summary's question table is the same from the totals as from the answers (the
    second read finds nothing stale), and it counts every reported answer."""
    db, path = written
    f = EncounterFilter().reported()
    first = report_data.question_figures(db, f)
    assert stale_days(path) == 0
    assert report_data.question_figures(db, f) == first
    answered = sum(q.answered + q.na for q in first)
    with sqlite3.connect(path) as connection:
        (expected,) = connection.execute(
            "SELECT count(*) FROM answers a JOIN encounters e ON e.id = a.encounter_id "
            "WHERE e.status IN ('submitted', 'approved') AND e.calibration IS NULL "
            "AND e.deleted_at IS NULL"
        ).fetchone()
    assert answered == expected > 0


def test_the_triggers_know_the_reported_statuses(written: tuple[Database, Path]) -> None:
    """The triggers (migration 0009) name the statuses a figure counts: a change of
    vocabulary.REPORTED_STATUSES needs a migration that rewrites them."""
    _db, path = written
    with sqlite3.connect(path) as connection:
        bodies = [
            sql
            for (sql,) in connection.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'encounters'"
            )
        ]
    assert len(bodies) == 3
    for sql in bodies:
        for listed in re.findall(r"IN \(([^)]*)\)", sql):
            assert set(re.findall(r"'(\w+)'", listed)) == set(vocabulary.REPORTED_STATUSES)


def test_check_finds_totals_that_differ_and_has_them_summed_again(
    written: tuple[Database, Path],
) -> None:
    db, path = written
    assert question_totals.differing_days(db) == []
    assert "question totals: they match the answers" in check_database(db).lines
    db.engine.dispose()
    with sqlite3.connect(path) as connection:  # a day's sums changed behind the store's back
        (day,) = connection.execute("SELECT min(day) FROM question_totals").fetchone()
        connection.execute("UPDATE question_totals SET n = n + 1 WHERE day = ?", (day,))
    problems = check_database(db).problems
    assert problems == [
        f"question totals: the sums of 1 day differ from the answers (first {day}); summed "
        "again at the next report"
    ]
    assert stale_days(path) == 1
    f = EncounterFilter().reported()
    assert fold(question_totals.groups(db, f)) == from_answers(db, f)
    assert question_totals.differing_days(db) == []


def test_a_read_does_not_wait_behind_another_writer(written: tuple[Database, Path]) -> None:
    """While another program holds the write lock (an import, say), a report reads the stale
    days from the answers at once instead of waiting for the lock (busy_timeout: 15 s)."""
    db, path = written
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO question_totals_stale VALUES ('2026-03-10')")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        f = EncounterFilter().reported()
        started = time.monotonic()
        assert fold(question_totals.groups(db, f)) == from_answers(db, f)
        assert time.monotonic() - started < 10  # not the 15 s of busy_timeout
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert stale_days(path) == 1
    question_totals.refresh(db)
    assert stale_days(path) == 0
