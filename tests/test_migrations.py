"""Databases made by earlier schema versions open, upgrade and keep every encounter."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mysteryshop.store import queries
from mysteryshop.store.check import check_database
from mysteryshop.store.db import open_database
from mysteryshop.store.migrate import current_revision
from mysteryshop.store.models import SCHEMA_VERSION

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
    finally:
        db.close()
    if fixture.stem != f"schema-{SCHEMA_VERSION}":
        # The file was upgraded: a verified copy of the old one was made first.
        backups = list((tmp_path / "backups").glob(f"*before-schema-{SCHEMA_VERSION}*.sqlite3"))
        assert len(backups) == 1
        assert backups[0].read_bytes()[:16] == b"SQLite format 3\x00"


def test_there_is_a_fixture_for_the_first_schema() -> None:
    assert (DATABASES / "schema-0001.sqlite3").is_file()
