"""Backups: consistent, verified copies of the SQLite file; old ones pruned."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from mysteryshop import demo
from mysteryshop.cli import main
from mysteryshop.store import backup, queries
from mysteryshop.store.db import StoreError
from mysteryshop.store.opening import open_database


@pytest.fixture
def filled(db, shipped_forms):
    data = demo.generate(shipped_forms, encounters=30, seed=2)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    return db


def test_backup_is_a_verified_self_contained_copy(filled, tmp_path: Path) -> None:
    target = backup.backup(filled, tmp_path / "copy.sqlite3")
    with sqlite3.connect(target) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert copy.execute("SELECT count(*) FROM encounters").fetchone() == (30,)
    copy.close()
    reopened = open_database(f"sqlite:///{target}")
    assert queries.count_encounters(reopened) == 30
    reopened.close()


def test_default_backups_go_to_the_data_folder_and_old_ones_are_pruned(filled) -> None:
    first = backup.backup(filled, reason="daily")
    assert first.parent == backup.backup_folder(filled)
    old = first.with_name("mysteryshop-daily-old.sqlite3")
    first.rename(old)
    long_ago = time.time() - 30 * 86400
    os.utime(old, (long_ago, long_ago))
    newest = backup.backup(filled, reason="daily")
    assert backup.prune_backups(filled, keep_days=14) == [old]
    assert backup.latest_backup(filled) == newest


def test_the_newest_backup_is_kept_however_old(filled) -> None:
    only = backup.backup(filled)
    long_ago = time.time() - 365 * 86400
    os.utime(only, (long_ago, long_ago))
    assert backup.prune_backups(filled, keep_days=1) == []
    assert only.exists()


def test_a_failed_copy_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot back up"):
        backup.copy_database(tmp_path / "missing.sqlite3", tmp_path / "out" / "copy.sqlite3")
    assert list((tmp_path / "out").iterdir()) == []


def test_backup_command(filled, data_dir: Path, tmp_path: Path, capsys) -> None:
    assert main(["backup", "-o", str(tmp_path / "b.sqlite3")]) == 0
    assert "integrity checked" in capsys.readouterr().out
    assert (tmp_path / "b.sqlite3").stat().st_size > 0


@pytest.mark.parametrize(
    "name",
    [
        "mysteryshop.sqlite3",  # the live file itself
        "./backups/../mysteryshop.sqlite3",  # by another path
        "link.sqlite3",  # a symbolic link to it
        "hard.sqlite3",  # a hard link to it
        "mysteryshop.sqlite3-wal",  # one of its files
    ],
)
def test_a_backup_onto_the_live_database_is_refused(
    filled, data_dir: Path, capsys, monkeypatch, name: str
) -> None:
    live = data_dir / "mysteryshop.sqlite3"
    (data_dir / "link.sqlite3").symlink_to(live)
    os.link(live, data_dir / "hard.sqlite3")
    with sqlite3.connect(live) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = live.read_bytes()
    mode = live.stat().st_mode
    monkeypatch.chdir(data_dir)
    assert main(["backup", "-o", name]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"{Path(name)}: is the database itself (or one of its files); give the backup another "
        "name\n"
    )
    assert live.read_bytes() == before and live.stat().st_mode == mode
    assert queries.count_encounters(filled) == 30


def test_a_backup_next_to_the_live_database_is_made(filled, data_dir: Path, capsys) -> None:
    assert main(["backup", "-o", str(data_dir / "mysteryshop-copy.sqlite3")]) == 0
    assert (data_dir / "mysteryshop-copy.sqlite3").stat().st_size > 0
