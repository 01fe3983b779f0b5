"""Databases made by earlier schema versions open, upgrade and keep every encounter."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import Connection, inspect, text

from mysteryshop import demo
from mysteryshop.forms import Form
from mysteryshop.store import queries, stats
from mysteryshop.store.check import check_database
from mysteryshop.store.db import Database
from mysteryshop.store.migrate import alembic_config, current_revision, upgrade
from mysteryshop.store.models import SCHEMA_VERSION
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import EncounterFilter

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
        assert dashboard_index_columns(connection)[-1] == "other_dimension_scores"
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
