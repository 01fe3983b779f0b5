"""Start-up checks of the database file, moving a bad file aside, restoring a backup, the daily
backup, and the `mysteryshop restore` command."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mysteryshop import demo, paths
from mysteryshop.cli import main
from mysteryshop.store import backup, health, queries
from mysteryshop.store.db import StoreError
from mysteryshop.store.opening import open_database


@pytest.fixture
def filled(db, shipped_forms):
    data = demo.generate(shipped_forms, encounters=25, seed=4)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    return db


def _damage(path: Path, *, at_end: bool = False) -> None:
    """Overwrite the middle of the file with garbage, as a failing disk might (`at_end`: its
    last pages, which hold table rows, never the schema: its pages come first)."""
    data = bytearray(path.read_bytes())
    start = (len(data) - 8 * 4096 if at_end else len(data) // 3) // 4096 * 4096
    for offset in range(start, min(start + 8 * 4096, len(data)), 4096):
        data[offset + 8 : offset + 400] = b"\x5a" * 392
    path.write_bytes(bytes(data))


def _checkpointed(db) -> Path:
    path = backup.sqlite_path(db)
    assert path is not None
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


def test_the_backup_folder_name_is_the_same_in_both_modules() -> None:
    assert health.BACKUP_FOLDER == backup.BACKUP_FOLDER
    assert health.KEEP_DAYS == backup.KEEP_DAYS


def test_a_missing_file_is_new_and_a_good_one_ok(filled, tmp_path: Path) -> None:
    assert health.quick_check(tmp_path / "none.sqlite3").state == health.NEW
    found = health.quick_check(backup.sqlite_path(filled))
    assert found.state == health.OK and found.usable


def test_a_damaged_file_is_detected_and_left_untouched(filled) -> None:
    path = _checkpointed(filled)
    filled.close()
    _damage(path)
    before = path.read_bytes()
    found = health.quick_check(path)
    assert found.state == health.CORRUPT and found.restorable
    assert "damaged" in found.message() and "has not changed it" in found.message()
    assert path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "mysteryshop.sqlite3"
    path.write_bytes(b"%PDF-1.7 not a database at all" * 100)
    found = health.quick_check(path)
    assert found.state == health.CORRUPT
    assert "not a SQLite database" in found.detail


def test_another_programs_database_is_foreign(tmp_path: Path) -> None:
    path = tmp_path / "mysteryshop.sqlite3"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE contacts (name TEXT)")
    other.close()
    before = path.read_bytes()
    found = health.quick_check(path)
    assert found.state == health.FOREIGN
    assert "contacts" in found.detail
    assert path.read_bytes() == before


def test_a_database_locked_by_another_program_is_reported(filled) -> None:
    path = backup.sqlite_path(filled)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.perf_counter()
        found = health.quick_check(path, timeout=0.2)
        assert time.perf_counter() - started < 5
        assert found.state == health.LOCKED
        assert "locked by another program" in found.message()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert health.quick_check(path).state == health.OK


def test_a_write_locked_database_gives_a_plain_message_when_saving(filled) -> None:
    from sqlalchemy import event

    # The app waits 15 s for a lock; the test does not.
    event.listen(
        filled.engine,
        "connect",
        lambda connection, _record: connection.execute("PRAGMA busy_timeout = 100"),
    )
    filled.engine.dispose()
    encounter = next(queries.iter_encounters(filled))
    other = sqlite3.connect(backup.sqlite_path(filled), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="locked by another program"):
            queries.save_encounter(filled, encounter)
    finally:
        other.execute("ROLLBACK")
        other.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only files")
def test_a_read_only_file_is_reported(filled) -> None:
    path = _checkpointed(filled)
    filled.close()
    path.chmod(0o444)
    try:
        assert health.quick_check(path).state == health.READ_ONLY
    finally:
        path.chmod(0o644)


def test_a_data_folder_that_cannot_be_created_is_explained(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    message = paths.check_data_folder(blocker / "data")
    assert message is not None and "cannot be created" in message and "--data-dir" in message


def test_a_missing_data_folder_is_created(tmp_path: Path) -> None:
    assert paths.check_data_folder(tmp_path / "new" / "data") is None
    assert (tmp_path / "new" / "data").is_dir()
    assert list((tmp_path / "new" / "data").iterdir()) == []  # the probe is gone


def test_a_read_only_data_folder_is_explained(tmp_path: Path, monkeypatch) -> None:
    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(paths.tempfile, "mkstemp", refuse)
    message = paths.check_data_folder(tmp_path)
    assert message is not None and "read-only" in message and "Permission denied" in message


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_a_read_only_data_folder_is_explained_for_real(tmp_path: Path) -> None:
    tmp_path.chmod(0o555)
    try:
        message = paths.check_data_folder(tmp_path)
    finally:
        tmp_path.chmod(0o755)
    assert message is not None and "read-only" in message


def test_moving_aside_keeps_the_wal_with_its_file(tmp_path: Path) -> None:
    path = tmp_path / "mysteryshop.sqlite3"
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("CREATE TABLE t (x)")
    writer.execute("INSERT INTO t VALUES ('only in the WAL')")
    # As after a crash: the committed row is only in -wal.
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"copy.sqlite3{suffix}").write_bytes(
            (tmp_path / f"mysteryshop.sqlite3{suffix}").read_bytes()
        )
    writer.close()
    aside = health.move_aside(tmp_path / "copy.sqlite3", now=datetime(2026, 1, 2, 3, 4, 5))
    assert aside.name == "copy.sqlite3.broken-20260102T030405"
    assert not (tmp_path / "copy.sqlite3").exists()
    assert not (tmp_path / "copy.sqlite3-wal").exists()
    with sqlite3.connect(aside) as moved:
        assert moved.execute("SELECT x FROM t").fetchall() == [("only in the WAL",)]
    moved.close()


def test_restoring_puts_the_backup_in_place_and_keeps_the_damaged_file(filled) -> None:
    count = queries.count_encounters(filled)
    made = backup.backup(filled, reason="daily")
    path = _checkpointed(filled)
    filled.close()
    _damage(path)
    damaged = path.read_bytes()
    assert health.latest_backup_of(path) == made
    result = health.restore_backup(made, path, label="broken")
    assert result.moved_aside is not None and result.moved_aside.read_bytes() == damaged
    assert health.quick_check(path).state == health.OK
    reopened = open_database(f"sqlite:///{path}")
    assert queries.count_encounters(reopened) == count
    reopened.close()


def test_a_bad_backup_is_refused_and_the_database_stays(filled, tmp_path: Path) -> None:
    path = _checkpointed(filled)
    before = path.read_bytes()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as other:
        other.execute("CREATE TABLE notes (text)")
    other.close()
    for candidate in (bad, foreign, tmp_path / "missing.sqlite3", path):
        with pytest.raises(StoreError):
            health.restore_backup(candidate, path)
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*.broken-*")) and not list(path.parent.glob(".*restoring"))


def test_the_daily_backup_is_made_once_a_day_and_prunes(filled) -> None:
    path = backup.sqlite_path(filled)
    folder = backup.backup_folder(filled)
    folder.mkdir(parents=True)
    old = folder / "mysteryshop-daily-20200101T000000Z.sqlite3"
    old.write_bytes(b"")
    leftover = folder / ".mysteryshop-daily-x.sqlite3.abc123"
    leftover.write_bytes(b"half a copy")
    (path.parent / "unsaved").mkdir()
    half_draft = path.parent / "unsaved" / ".unsaved-k2j3h4"
    half_draft.write_text('{"notes": "typed bef', encoding="utf-8")
    fresh_draft = path.parent / "unsaved" / ".unsaved-being-written"
    fresh_draft.write_text("{", encoding="utf-8")
    long_ago = time.time() - 30 * 86400
    for stale in (old, leftover, half_draft):
        os.utime(stale, (long_ago, long_ago))
    made = health.daily_backup(filled)
    assert made is not None and made.exists()
    assert health.quick_check(made).state == health.OK
    assert not old.exists() and not leftover.exists() and not half_draft.exists()
    assert fresh_draft.exists()  # perhaps being written right now
    assert health.daily_backup(filled) is None  # already made today
    tomorrow = datetime.now() + timedelta(days=1)
    assert health.daily_backup_due(path, tomorrow)


def test_lock_holder_tells_a_running_instance_from_a_crashed_one(tmp_path: Path) -> None:
    import socket

    lock = tmp_path / paths.LOCK_FILE
    lock.write_text(f"{os.getppid()}\nmysteryshop\n{socket.gethostname()}\n")
    assert health.lock_holder(tmp_path) == os.getppid()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    lock.write_text(f"{dead.stdout.strip()}\nmysteryshop\n{socket.gethostname()}\n")
    assert health.lock_holder(tmp_path) is None
    assert health.lock_holder(tmp_path / "elsewhere") is None


def test_restore_command(filled, data_dir: Path, capsys) -> None:
    made = backup.backup(filled)
    path = _checkpointed(filled)
    filled.close()
    _damage(path)
    assert main(["restore", "--latest"]) == 0
    out = capsys.readouterr().out
    assert "moved the previous database aside" in out and str(made) in out
    assert main(["check"]) == 0
    assert main(["restore", str(made)]) == 0
    assert len(list(data_dir.glob("mysteryshop.sqlite3.before-restore-*"))) == 2


def test_restore_command_refuses_while_the_app_is_open(filled, data_dir: Path, capsys) -> None:
    import socket

    made = backup.backup(filled)
    (data_dir / paths.LOCK_FILE).write_text(
        f"{os.getppid()}\nmysteryshop\n{socket.gethostname()}\n"
    )
    assert main(["restore", str(made)]) == 1
    assert "mysteryshop is open" in capsys.readouterr().err


def test_restore_command_without_backups(data_dir: Path, capsys) -> None:
    assert main(["restore", "--latest"]) == 1
    assert "no backups" in capsys.readouterr().err
    assert main(["restore"]) == 2


def _made_by_a_newer_version(path: Path) -> Path:
    """A backup as a later mysteryshop would make it: a schema revision this one lacks."""
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    return path


def test_the_known_schemas_are_alembics() -> None:
    from alembic.script import ScriptDirectory

    from mysteryshop.store.migrate import alembic_config
    from mysteryshop.store.models import SCHEMA_VERSION

    scripts = ScriptDirectory.from_config(alembic_config())
    assert health.known_schemas() == {script.revision for script in scripts.walk_revisions()}
    assert SCHEMA_VERSION in health.known_schemas()


def test_a_backup_from_a_newer_version_is_not_restored(filled, data_dir: Path, capsys) -> None:
    newer = _made_by_a_newer_version(backup.backup(filled, reason="newer"))
    path = _checkpointed(filled)
    filled.close()
    before = path.read_bytes()
    assert main(["restore", str(newer)]) == 1
    assert capsys.readouterr().err == (
        f"{newer}: cannot restore it: it was made by a newer version of mysteryshop (schema "
        "9999), which this version cannot open; update the app, or restore an older backup\n"
    )
    assert path.read_bytes() == before
    assert not list(data_dir.glob("*.before-restore-*"))
    # --latest has none it can restore, and says why.
    assert main(["restore", "--latest"]) == 1
    assert capsys.readouterr().err == (
        f"no backup in {data_dir / 'backups'} that this version can restore: each was made by "
        "a newer version of mysteryshop\n"
    )
    assert path.read_bytes() == before


def test_the_latest_backup_passes_over_one_from_a_newer_version(filled, data_dir: Path) -> None:
    usable = backup.backup(filled, reason="usable")
    newer = _made_by_a_newer_version(backup.backup(filled, reason="newer"))
    later = time.time() + 60
    os.utime(newer, (later, later))  # the newest file
    path = _checkpointed(filled)
    filled.close()
    assert health.latest_backup_of(path) == usable
    assert "restore --latest" in health.restore_advice(path)
    assert main(["restore", "--latest"]) == 0
    restored = open_database(f"sqlite:///{path}")
    try:
        assert queries.count_encounters(restored) == 25
    finally:
        restored.close()


def test_a_relative_path_is_checked_like_an_absolute_one(filled, monkeypatch) -> None:
    path = _checkpointed(filled)
    monkeypatch.chdir(path.parent)
    found = health.quick_check(Path(path.name))
    assert found.state == health.OK and found.path == path


# --- when the whole file is read before it is opened (issue 17: start in under a second) ------


def test_a_full_check_is_due_until_one_is_recorded_then_weekly(tmp_path: Path) -> None:
    path = tmp_path / "mysteryshop.sqlite3"
    now = datetime(2026, 12, 3, 9, 0)
    assert health.full_check_due(path, now=now) == health.NEVER_CHECKED
    health.record_full_check(path, now=now)
    assert health.last_full_check(path) == now
    assert health.full_check_due(path, now=now) is None
    week = timedelta(days=health.CHECK_EVERY_DAYS)
    assert health.full_check_due(path, now=now + week - timedelta(minutes=1)) is None
    assert health.full_check_due(path, now=now + week) == health.SCHEDULED
    # A clock set back (or a stamp from the future): no date to trust, so it is due.
    assert health.full_check_due(path, now=now - timedelta(days=1)) == health.SCHEDULED
    path.with_name(path.name + health.CHECKED_SUFFIX).write_text("not a date\n")
    assert health.full_check_due(path, now=now) == health.NEVER_CHECKED


def test_an_unclean_exit_makes_the_next_start_check_fully(tmp_path: Path) -> None:
    path = tmp_path / "mysteryshop.sqlite3"
    health.record_full_check(path)
    health.mark_running(path)
    # The app did not reach mark_clean_exit (a crash, a power cut): the next start checks.
    assert health.full_check_due(path) == health.UNCLEAN_EXIT
    health.mark_clean_exit(path)
    assert health.full_check_due(path) is None
    health.mark_clean_exit(path)  # twice is harmless
    health.forget_full_check(path)  # what a check that found damage does
    assert health.full_check_due(path) == health.NEVER_CHECKED


def test_without_the_full_check_only_the_schema_is_read(filled) -> None:
    # The day-to-day start reads the header and the schema page (and probes the lock); the
    # damage inside a table is left to the full check, run in the background (ui.startup).
    path = _checkpointed(filled)
    filled.close()
    _damage(path, at_end=True)
    assert health.quick_check(path, full=False).state == health.OK
    assert health.quick_check(path).state == health.CORRUPT
    # A file that is not ours, or not SQLite, is still told without the full check.
    path.write_bytes(b"%PDF-1.7 not a database at all" * 100)
    assert health.quick_check(path, full=False).state == health.CORRUPT


def test_a_full_check_stops_when_asked(filled) -> None:
    import threading

    path = _checkpointed(filled)
    stop = threading.Event()
    stop.set()  # the app closes while the background check reads the file
    found = health.quick_check(path, probe_lock=False, stop=stop)
    assert found.state == health.STOPPED and not found.usable and not found.restorable
    assert health.quick_check(path, probe_lock=False, stop=threading.Event()).state == health.OK
