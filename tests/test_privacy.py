"""Privacy: purging encounters past the retention period, erasing a location or an observer
alias, and the space reclaimed so erased text is gone from the database file's bytes."""

from __future__ import annotations

import builtins
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from mysteryshop import demo, workflow
from mysteryshop.cli import main
from mysteryshop.exchange import bundle
from mysteryshop.store import backup, check, drafts, privacy, queries
from mysteryshop.store.db import StoreError
from mysteryshop.store.models import (
    Answer,
    Encounter,
    EncounterHistory,
    EncounterScore,
    EncounterTag,
    Location,
    Observer,
)

SECRET = "ZEBRA-7731-PRIVATE-NOTE"
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def filled(db, shipped_forms):
    data = demo.generate(shipped_forms, encounters=120, seed=8)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    return db


def _counts(db) -> dict[str, int]:
    with db.read() as session:
        return {
            table.__tablename__: int(
                session.scalar(select(func.count()).select_from(table)) or 0
            )
            for table in (Encounter, Answer, EncounterScore, EncounterTag, EncounterHistory,
                          Location, Observer)
        }  # fmt: skip


def _orphans(db) -> int:
    with db.read() as session:
        return sum(
            int(
                session.scalar(
                    text(
                        f"SELECT count(*) FROM {table} WHERE encounter_id NOT IN "
                        "(SELECT id FROM encounters)"
                    )
                )
                or 0
            )
            for table in ("answers", "encounter_scores", "encounter_tags", "encounter_history")
        )


def _file_bytes(db) -> bytes:
    path = backup.sqlite_path(db)
    assert path is not None
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())


def test_retention_cutoff_counts_calendar_months() -> None:
    assert privacy.retention_cutoff(1, NOW) == NOW.replace(month=10)
    assert privacy.retention_cutoff(12, NOW) == NOW.replace(year=2025)
    end_of_march = datetime(2026, 3, 31, tzinfo=UTC)
    assert privacy.retention_cutoff(1, end_of_march) == datetime(2026, 2, 28, tzinfo=UTC)
    with pytest.raises(StoreError):
        privacy.retention_cutoff(0, NOW)


def test_purge_deletes_old_encounters_with_everything_that_belongs_to_them(filled) -> None:
    old = [e for e in queries.iter_encounters(filled)
           if e.visited_at < privacy.retention_cutoff(6)]  # fmt: skip
    assert old, "the demo data should reach back more than 6 months"
    # Give an old encounter history, so the cascade is seen to reach it.
    edited = queries.get_encounter(filled, old[0].id)
    edited.reviewer_note = "seen"
    queries.save_encounter(filled, edited)
    total = queries.count_encounters(filled)
    assert privacy.count_older_than(filled, 6) == len(old)
    result = privacy.purge_older_than(filled, 6)
    assert result.encounters == len(old)
    assert queries.count_encounters(filled) == total - len(old)
    assert privacy.count_older_than(filled, 6) == 0
    assert _orphans(filled) == 0
    assert check.check_database(filled).problems == []
    with pytest.raises(StoreError):
        queries.get_encounter(filled, old[0].id)


def test_foreign_keys_are_enforced_on_every_sqlite_connection(db) -> None:
    if not db.is_sqlite:
        pytest.skip("SQLite only")
    with db.read() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_purged_text_is_gone_from_the_file_and_its_wal(db, shipped_forms) -> None:
    if not db.is_sqlite:
        pytest.skip("the file's bytes: SQLite only")
    data = demo.generate(shipped_forms, encounters=60, seed=9)
    oldest = min(data.encounters, key=lambda e: e.visited_at)
    oldest.notes = f"{SECRET} the manager shouted at a trainee"
    oldest.staff = f"{SECRET}-staff"
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    edited = queries.get_encounter(db, oldest.id)
    edited.notes += " (edited)"  # more copies: the history, the WAL
    queries.save_encounter(db, edited)
    assert SECRET.encode() in _file_bytes(db)
    assert oldest.visited_at < privacy.retention_cutoff(6)  # the demo reaches back a year
    privacy.purge_older_than(db, 6)
    assert SECRET.encode() not in _file_bytes(db)
    assert check.check_database(db).problems == []


def test_erasing_a_location_deletes_it_and_its_encounters(filled) -> None:
    location = queries.list_locations(filled)[0]
    count = privacy.location_encounter_count(filled, location.id)
    assert count > 0
    before = _counts(filled)
    result = privacy.erase_location(filled, location.id)
    assert result.encounters == count and result.name == location.name
    after = _counts(filled)
    assert after["encounters"] == before["encounters"] - count
    assert after["locations"] == before["locations"] - 1
    assert not queries.find_locations(filled, location.name)
    assert _orphans(filled) == 0
    with pytest.raises(StoreError, match="no location"):
        privacy.erase_location(filled, location.id)


def test_an_erased_location_is_not_in_later_exports(filled, tmp_path: Path) -> None:
    location = queries.list_locations(filled)[0]
    privacy.erase_location(filled, location.id)
    out = tmp_path / "exports" / "all.json"
    out.parent.mkdir()
    bundle.export_bundle(filled, out)
    exported = out.read_text(encoding="utf-8")
    assert location.id not in exported and location.name not in exported


def test_erasing_an_observer_removes_the_alias_everywhere(filled) -> None:
    aliases = dict(privacy.observer_aliases(filled))
    alias = max(aliases, key=aliases.get)
    mine = [e for e in queries.iter_encounters(filled) if e.observer == alias]
    edited = queries.get_encounter(filled, mine[0].id)
    edited.notes += " again"
    # A history snapshot that names the alias, and the alias as editor and as reviewer.
    edited = queries.save_encounter(filled, edited, by=alias)
    submitted = next(e for e in queries.iter_encounters(filled) if e.status == "submitted")
    reviewed = queries.review_encounter(
        filled, submitted.id, submitted.revision, reviewer=alias, action="approve"
    )
    total = queries.count_encounters(filled)
    assert privacy.observer_encounter_count(filled, alias) == len(mine)
    result = privacy.erase_observer(filled, alias)
    assert result.encounters == len(mine)
    assert queries.count_encounters(filled) == total  # the encounters stay
    assert all(e.observer != alias for e in queries.iter_encounters(filled))
    assert alias not in dict(privacy.observer_aliases(filled))
    assert privacy.observer_encounter_count(filled, alias) is None
    for entry in queries.encounter_history(filled, mine[0].id):
        assert entry.snapshot.get("observer") != alias
        assert entry.details.get("by") != alias
    assert queries.get_encounter(filled, reviewed.id).reviewed_by == workflow.UNKNOWN_REVIEWER
    assert not any(
        alias in repr((entry.snapshot, entry.details))
        for entry in queries.encounter_history(filled, reviewed.id)
    )
    with pytest.raises(StoreError, match="no observer"):
        privacy.erase_observer(filled, alias)


def test_erasing_a_location_removes_unsaved_work_about_it(filled) -> None:
    location = queries.list_locations(filled)[0]
    mine = next(e for e in queries.iter_encounters(filled) if e.location_id == location.id)
    drafts.keep_unsaved(filled, mine)
    privacy.erase_location(filled, location.id)
    assert drafts.read_unsaved(filled, mine.id) is None


# --- the commands ---------------------------------------------------------------------------


def test_purge_command_asks_and_needs_yes_without_a_terminal(filled, data_dir, capsys) -> None:
    count = privacy.count_older_than(filled, 6)
    assert main(["purge", "--older-than", "6", "--database-url", filled.url]) == 1
    err = capsys.readouterr().err
    assert f"Delete {count:,} encounters" in err and "--yes" in err
    assert privacy.count_older_than(filled, 6) == count
    assert main(["purge", "--older-than", "6", "--yes", "--database-url", filled.url]) == 0
    assert f"deleted {count:,} encounters" in capsys.readouterr().out
    assert main(["purge", "--older-than", "6", "--yes", "--database-url", filled.url]) == 0
    assert "nothing deleted" in capsys.readouterr().out
    assert main(["purge", "--older-than", "0", "--database-url", filled.url]) == 2


def test_purge_command_on_a_terminal_asks_first(filled, data_dir, monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    answers = iter(["n", "y"])
    monkeypatch.setattr(builtins, "input", lambda _prompt: next(answers))
    count = privacy.count_older_than(filled, 6)
    assert main(["purge", "--older-than", "6", "--database-url", filled.url]) == 0
    assert "nothing deleted" in capsys.readouterr().out
    assert privacy.count_older_than(filled, 6) == count
    assert main(["purge", "--older-than", "6", "--database-url", filled.url]) == 0
    assert privacy.count_older_than(filled, 6) == 0


def test_erase_commands(filled, data_dir, capsys) -> None:
    location = queries.list_locations(filled)[0]
    count = privacy.location_encounter_count(filled, location.id)
    assert (
        main(["erase", "--location", location.name.upper(), "--yes", "--database-url", filled.url])
        == 0
    )
    assert f"and {count:,} encounters" in capsys.readouterr().out
    assert main(["erase", "--location", location.name, "--yes", "--database-url", filled.url]) == 1
    assert "no location named" in capsys.readouterr().err
    alias = privacy.observer_aliases(filled)[0][0]
    assert main(["erase", "--observer", alias, "--yes", "--database-url", filled.url]) == 0
    assert f"removed the observer alias {alias!r}" in capsys.readouterr().out
    assert main(["erase", "--observer", alias, "--yes", "--database-url", filled.url]) == 1
    assert main(["erase", "--yes", "--database-url", filled.url]) == 2
    assert main(["erase", "--location", "a", "--observer", "b", "--database-url", filled.url]) == 2


def test_erase_command_with_two_locations_of_one_name_asks_for_the_id(
    filled, data_dir, capsys
) -> None:
    first = queries.add_location(filled, "Twin store", "North")
    queries.add_location(filled, "Twin store", "South")
    assert main(["erase", "--location", "Twin store", "--yes", "--database-url", filled.url]) == 1
    err = capsys.readouterr().err
    assert "give one's id" in err and first.id in err
    assert main(["erase", "--location", first.id, "--yes", "--database-url", filled.url]) == 0
    assert len(queries.find_locations(filled, "Twin store")) == 1
