"""Databases made by earlier schema versions open, upgrade and keep every encounter."""

from __future__ import annotations

import shutil
import sqlite3
import unicodedata
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import Connection, inspect, text

from mysteryshop import demo, workflow
from mysteryshop.forms import Form
from mysteryshop.store import queries, stats
from mysteryshop.store.check import check_database
from mysteryshop.store.db import Database
from mysteryshop.store.migrate import alembic_config, current_revision, upgrade
from mysteryshop.store.models import SCHEMA_VERSION
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import EncounterFilter, LocationData, new_id

DATABASES = Path(__file__).parent / "fixtures" / "databases"


@pytest.mark.parametrize(
    "fixture", sorted(DATABASES.glob("schema-*.sqlite3")), ids=lambda p: p.stem
)
def test_old_database_upgrades_with_its_data(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    db = open_database(f"sqlite:///{copy}")
    try:
        with db.read() as session:
            assert current_revision(session.connection()) == SCHEMA_VERSION
        assert queries.count_encounters(db) == 40
        report = check_database(db)
        assert report.problems == []
        assert "encounters: 40 scores checked, 0 differ" in report.lines
        # Schema 0003 copied the built-in dimensions' scores onto encounters: the dashboard's
        # figures from them equal those from every encounter_scores row.
        with db.read() as session:
            rows = session.execute(
                text(
                    "SELECT key, avg(earned * 100.0 / possible), count(*) FROM encounter_scores"
                    " WHERE kind = 'dimension' AND possible > 0 GROUP BY key"
                )
            ).all()
        figures = stats.figures(db, EncounterFilter())
        assert figures.dimensions == pytest.approx({key: value for key, value, _n in rows})
        assert figures.dimension_visits == {key: n for key, _value, n in rows}
    finally:
        db.close()
    if fixture.stem != f"schema-{SCHEMA_VERSION}":
        # The file was upgraded: a verified copy of the old one was made first.
        backups = list((tmp_path / "backups").glob(f"*before-schema-{SCHEMA_VERSION}*.sqlite3"))
        assert len(backups) == 1
        assert backups[0].read_bytes()[:16] == b"SQLite format 3\x00"


def test_there_is_a_fixture_for_the_first_schema() -> None:
    assert (DATABASES / "schema-0001.sqlite3").is_file()


def test_there_is_a_fixture_for_each_earlier_schema() -> None:
    earlier = {f"schema-{n:04d}.sqlite3" for n in range(1, int(SCHEMA_VERSION))}
    assert earlier <= {path.name for path in DATABASES.glob("schema-*.sqlite3")}


def test_the_last_migration_goes_down_and_up_again_keeping_the_figures(
    db: Database, shipped_forms: list[Form]
) -> None:
    """On SQLite and PostgreSQL (where 0004 turns json into jsonb, with data in it)."""
    from alembic import command

    data = demo.generate(shipped_forms, encounters=60, seed=4)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    before = stats.figures(db, EncounterFilter())
    assert "respect" in before.dimensions  # held in other_dimension_scores

    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0003")
        assert current_revision(connection) == "0003"
        assert "other_dimension_scores" not in dashboard_index_columns(connection)
    upgrade(db)

    with db.engine.connect() as connection:
        assert current_revision(connection) == SCHEMA_VERSION
        assert dashboard_index_columns(connection)[-3:] == [
            "other_dimension_scores",
            "calibration",
            "deleted_at",
        ]
    after = stats.figures(db, EncounterFilter())
    assert after.dimensions == pytest.approx(before.dimensions)
    assert after.dimension_visits == before.dimension_visits


def dashboard_index_columns(connection: Connection) -> list[str]:
    (index,) = (
        index
        for index in inspect(connection).get_indexes("encounters")
        if index["name"] == "ix_encounters_dashboard"
    )
    return [str(name) for name in index["column_names"]]


# --- schema 0005: reviewer fields, history as data ---------------------------------------------

# The history rows of the schema-0004 fixture, written by the app before 0005 with summaries in
# the reviewer's language, and what 0005 makes of them: (encounter id prefix, kind, details).
HISTORY_0004 = [
    ("324fc40c", "approved", {"status": ["submitted", "approved"]}),  # "hyväksytty"
    (
        "5d68755f",
        "returned",
        {
            "status": ["submitted", "returned"],
            "reason": "Tervehdys puuttuu; lisää odotusaika",  # its own "; " kept
            "tags_added": ["needs-coaching"],
        },
    ),
    ("b0897845", "reviewed", {"tags_added": ["best-practice"]}),  # "taggen … tillagd"
    ("b0897845", "approved", {"status": ["submitted", "approved"], "note_changed": True}),
    (
        "24da9615",
        "approved",
        {
            "status": ["submitted", "approved"],
            "tags_added": ["best-practice"],
            "note_changed": True,
        },
    ),
    ("24da9615", "reviewed", {"tags_removed": ["best-practice"]}),
    (
        "17d195f5",
        "returned",
        {"status": ["submitted", "returned"], "reason": "Greeting wait missing"},
    ),
    ("17d195f5", "reopened", {"status": ["returned", "draft"]}),  # the editor's edit
    ("39e2ce0a", "returned", {"status": ["submitted", "returned"], "reason": "Hälsningen saknas"}),
    ("9b13fbe8", "reviewed", {"note_changed": True}),  # "tarkastajan huomiota muutettu"
    ("c2d05256", "reviewed", {"tags_removed": ["needs-coaching"]}),
    ("38ae1a7a", "edited", {"note": "Korjattu kirjoitusvirhe"}),  # free text, kept whole
    ("7f07c41e", "edited", {}),
    ("094ff806", "imported", {}),  # "replaced by a newer version from import"
    ("e7da75c7", "import-older", {}),
]


def test_schema_0005_turns_old_summaries_in_three_languages_into_details(tmp_path: Path) -> None:
    copy = tmp_path / "schema-0004.sqlite3"
    shutil.copy(DATABASES / "schema-0004.sqlite3", copy)
    with closing(sqlite3.connect(copy)) as old:
        assert old.execute("SELECT count(*) FROM encounter_history").fetchone()[0] == len(
            HISTORY_0004
        )
        approved_before = old.execute(
            "SELECT count(*) FROM encounters WHERE status = 'approved'"
        ).fetchone()[0]
    db = open_database(f"sqlite:///{copy}")
    try:
        with db.read() as session:
            ids = session.scalars(
                text("SELECT encounter_id FROM encounter_history ORDER BY id")
            ).all()
        by_prefix = {encounter_id[:8]: encounter_id for encounter_id in ids}
        found = [
            (prefix, entry.change, entry.details)
            for prefix, encounter_id in by_prefix.items()
            for entry in queries.encounter_history(db, encounter_id)
        ]
        assert found == HISTORY_0004
        # Every approved encounter has a reviewer now, unknown for those approved before 0005,
        # and the time of its approval in the history where there is one.
        approved = list(queries.iter_encounters(db, EncounterFilter(statuses=("approved",))))
        assert len(approved) == approved_before
        assert {data.reviewed_by for data in approved} == {workflow.UNKNOWN_REVIEWER}
        assert all(data.reviewed_at is not None for data in approved)
        (approval,) = queries.encounter_history(db, by_prefix["324fc40c"])
        assert queries.get_encounter(db, by_prefix["324fc40c"]).reviewed_at == approval.changed_at
        returned = queries.get_encounter(db, by_prefix["39e2ce0a"])
        assert (returned.status, returned.reviewed_by) == ("returned", workflow.UNKNOWN_REVIEWER)
        assert check_database(db).problems == []
    finally:
        db.close()


def test_schema_0005_goes_down_and_up_again_keeping_reviewers_and_history(
    db: Database, shipped_forms: list[Form]
) -> None:
    """Down, the details are worded in English as before 0005; up again, they come back."""
    from alembic import command

    data = demo.generate(shipped_forms, encounters=40, seed=5)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    submitted = next(e for e in data.encounters if e.status == "submitted")
    queries.review_encounter(
        db, submitted.id, 1, reviewer="Trainer A", action="return", reason="Add the wait; please"
    )
    reviewed = queries.review_encounter(
        db, submitted.id, 2, reviewer="Trainer A", action="approve", tags=["best-practice"]
    )
    answers = answer_rows(db)
    before = [(e.change, e.details) for e in queries.encounter_history(db, submitted.id)]

    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0004")
        summaries = connection.execute(
            text("SELECT change, summary FROM encounter_history ORDER BY id")
        ).all()
    assert [tuple(row) for row in summaries] == [
        ("review", "returned: Add the wait; please"),
        ("review", "approved; tag best-practice added"),
    ]
    upgrade(db)

    after = [(e.change, e.details) for e in queries.encounter_history(db, submitted.id)]
    # Who reviewed and the content hash are not in a summary: they come back unknown, the rest
    # as it was.
    lost = ("by", "hash")
    assert after == [(kind, {k: v for k, v in d.items() if k not in lost}) for kind, d in before]
    back = queries.get_encounter(db, submitted.id)
    assert (back.status, back.reviewed_by) == ("approved", workflow.UNKNOWN_REVIEWER)
    assert back.reviewed_at == reviewed.reviewed_at
    assert answer_rows(db) == answers  # nothing cascaded away with a copied table
    assert check_database(db).problems == []


def answer_rows(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(text("SELECT count(*) FROM answers")) or 0)


TIME_COLUMNS = (
    ("form_versions", "imported_at"),
    ("locations", "created_at"),
    ("encounters", "visited_at"),
    ("encounters", "reviewed_at"),
    ("encounters", "created_at"),
    ("encounters", "updated_at"),
    ("encounter_history", "changed_at"),
    ("attachments", "added_at"),
)


def _short_times(connection: sqlite3.Connection) -> int:
    return sum(
        connection.execute(f'SELECT count(*) FROM "{t}" WHERE length("{c}") = 19').fetchone()[0]
        for t, c in TIME_COLUMNS
    )


def test_schema_0006_writes_every_time_in_one_form_and_midnight_falls_on_its_day(
    tmp_path: Path,
) -> None:
    """The 0005 fixture holds times in both of SQLite's text forms (bulk inserts wrote
    'YYYY-MM-DD HH:MM:SS'); compared as text, a visit at midnight counted in the day before."""
    from datetime import UTC, datetime

    copy = tmp_path / "schema-0005.sqlite3"
    shutil.copy(DATABASES / "schema-0005.sqlite3", copy)
    with closing(sqlite3.connect(copy)) as old, old:
        assert _short_times(old) > 0
        chosen = old.execute("SELECT id FROM encounters ORDER BY id LIMIT 1").fetchone()[0]
        old.execute(
            "UPDATE encounters SET visited_at = '2026-03-02 00:00:00', utc_offset_minutes = 0 "
            "WHERE id = ?",
            (chosen,),
        )
    db = open_database(f"sqlite:///{copy}")
    try:
        midnight = datetime(2026, 3, 2, tzinfo=UTC)
        before = {e.id for e in queries.iter_encounters(db, EncounterFilter(date_to=midnight))}
        after = {e.id for e in queries.iter_encounters(db, EncounterFilter(date_from=midnight))}
        assert chosen not in before and chosen in after
        assert queries.count_encounters(db) == 40
    finally:
        db.close()
    with closing(sqlite3.connect(copy)) as upgraded:
        assert _short_times(upgraded) == 0


def test_bulk_inserts_write_times_as_every_other_write_does(
    db: Database, shipped_forms: list[Form]
) -> None:
    data = demo.generate(shipped_forms, encounters=5, seed=6)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    if db.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL stores timestamps, not text")
    with db.read() as session:
        lengths = session.scalars(text("SELECT DISTINCT length(visited_at) FROM encounters")).all()
    assert lengths == [26]


# --- schema 0007: name keys on locations ------------------------------------------------------

NFD_CAFE = unicodedata.normalize("NFD", "Café Kamppi")


def test_schema_0007_keys_the_names_of_an_old_database(tmp_path: Path) -> None:
    """The schema-0005 fixture holds names SQLite's lower() could not match: Ä/Ö names, an NFD
    and an NFC "Café Kamppi", "Itis store" with a zero-width space, full-width letters."""
    copy = tmp_path / "schema-0005.sqlite3"
    shutil.copy(DATABASES / "schema-0005.sqlite3", copy)
    db = open_database(f"sqlite:///{copy}")
    try:
        for typed, names in [
            ("Äänekoski store", {"Äänekoski store"}),
            ("östermalm", {"Östermalm"}),
            ("Café Kamppi", {"Café Kamppi", NFD_CAFE}),
            ("ITIS STORE", {"Itis store", "Itis store\u200b"}),
            ("Forum store", {"Ｆｏｒｕｍ store"}),
        ]:
            assert {loc.name for loc in queries.find_locations(db, typed)} == names, typed
        with db.engine.connect() as connection:
            indexes = {index["name"] for index in inspect(connection).get_indexes("locations")}
        assert {"ix_locations_name_key", "ix_locations_region_key"} <= indexes
        assert "ix_locations_name" not in indexes
        assert queries.count_encounters(db) == 40
    finally:
        db.close()


def test_schema_0007_goes_down_and_up_again(db: Database, shipped_forms: list[Form]) -> None:
    from alembic import command

    data = demo.generate(shipped_forms, encounters=30, seed=6)
    data.locations.append(LocationData(new_id(), NFD_CAFE, "ÅLAND"))
    data.encounters[0].location_id = data.locations[-1].id
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    answers = answer_rows(db)

    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0006")
        columns = {column["name"] for column in inspect(connection).get_columns("locations")}
        assert "name_key" not in columns and "region_key" not in columns
        indexes = {index["name"] for index in inspect(connection).get_indexes("locations")}
        assert {"ix_locations_name", "ix_locations_region"} <= indexes
    upgrade(db)

    assert answer_rows(db) == answers  # nothing cascaded away with a copied table
    assert queries.count_encounters(db) == 30
    assert [loc.name for loc in queries.find_locations(db, "café kamppi")] == [NFD_CAFE]
    assert queries.count_encounters(db, EncounterFilter(region="åland")) == 1
