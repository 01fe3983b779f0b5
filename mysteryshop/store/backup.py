"""Backups of the SQLite database: consistent copies made with SQLite's online backup API,
verified before they count, kept for a number of days."""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mysteryshop.store.db import (
    DamagedDatabaseError,
    Database,
    StoreError,
    disk_full_message,
    sqlite_file,
)

BACKUP_FOLDER = "backups"
KEEP_DAYS = 14


def sqlite_path(db: Database) -> Path | None:
    """The database file of a SQLite database; None for a server database or memory."""
    return sqlite_file(db.url)


def backup_folder(db: Database) -> Path:
    path = sqlite_path(db)
    if path is None:
        raise StoreError(
            "backups are made of SQLite databases; back up a server database "
            "with the server's own tools (e.g. pg_dump)"
        )
    return path.parent / BACKUP_FOLDER


def copy_database(source: Path, target: Path) -> Path:
    """Copy a SQLite database file with the online backup API (safe while the app writes),
    check the copy with integrity_check, then move it into place. Returns `target`.
    A folder that cannot be written or a full disk where the copy goes: StoreError saying
    so."""
    try:
        return _copy_database(source, target)
    except (OSError, sqlite3.Error) as error:
        from mysteryshop.store import health

        trouble = health.storage_trouble(_existing_folder(target))
        if trouble == health.READ_ONLY:
            raise StoreError(
                f"{target}: the folder is read-only, the copy cannot be written there; make it "
                "in a folder you can write to"
            ) from None
        if trouble == health.DISK_FULL:
            raise StoreError(disk_full_message(target)) from None
        if isinstance(error, sqlite3.Error):
            raise StoreError(f"{source}: cannot back up: {error}") from None
        raise


def _existing_folder(path: Path) -> Path:
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def _copy_database(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        from mysteryshop.store.health import connect_read_only

        src = connect_read_only(source)  # also from a read-only folder or a full disk
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            result = dst.execute("PRAGMA integrity_check").fetchall()
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dst.close()
            src.close()
        if result != [("ok",)]:
            from mysteryshop.store.health import integrity_detail

            raise DamagedDatabaseError(source, integrity_detail([row[0] for row in result]))
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def backup(db: Database, target: Path | None = None, *, reason: str = "backup") -> Path:
    """Back up the database to `target` (default: the data folder's backups/ with a time
    stamp in the name)."""
    source = sqlite_path(db)
    if source is None:
        backup_folder(db)  # raises the explanation
        raise AssertionError
    if target is None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = backup_folder(db) / f"{source.stem}-{reason}-{stamp}.sqlite3"
    elif _is_the_database(target, source):
        raise StoreError(
            f"{target}: is the database itself (or one of its files); give the backup another name"
        )
    return copy_database(source, target)


def _is_the_database(target: Path, source: Path) -> bool:
    """`target` names the live database file or one of its -wal/-shm/-journal files, by
    whatever path (a relative one, a symbolic or hard link)."""
    from mysteryshop.store.health import SIDE_FILES

    resolved = Path(target).expanduser().resolve()
    names = {source.name + suffix for suffix in ("", *SIDE_FILES)}
    if resolved.parent == source.parent and resolved.name in names:
        return True
    for suffix in ("", *SIDE_FILES):
        try:
            if resolved.exists() and os.path.samefile(resolved, f"{source}{suffix}"):
                return True
        except OSError:
            continue
    return False


def prune_backups(db: Database, keep_days: int = KEEP_DAYS) -> list[Path]:
    """Delete automatic backups older than `keep_days`, always keeping the newest one, and
    database files set aside (by a restore, or at start) more than `keep_days` ago, with
    their -wal/-shm: they hold data that may since have been erased. Returns what was
    deleted."""
    database = sqlite_path(db)
    files = backup_files(db)
    limit = datetime.now(UTC) - timedelta(days=keep_days)
    old = [path for path in files[:-1] if path.stat().st_mtime < limit.timestamp()]
    for path in set_aside_files(database) if database is not None else []:
        if _set_aside_at(path) < limit:
            old += [path.with_name(path.name + suffix) for suffix in _SIDE_FILES]
            old.append(path)
    old = [path for path in old if path.exists()]
    for path in old:
        path.unlink(missing_ok=True)
    return old


def backup_files(db: Database) -> list[Path]:
    """The backups in the backups folder, oldest first."""
    folder = backup_folder(db)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.sqlite3"), key=lambda path: path.stat().st_mtime)


# health.move_aside names a set-aside file NAME.LABEL-STAMP (or -STAMP-N), STAMP local time.
_SIDE_FILES = ("-wal", "-shm", "-journal")
_STAMP = "%Y%m%dT%H%M%S"


def _set_aside_pattern(database: Path) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(database.name)}\.[A-Za-z][A-Za-z-]*-(\d{{8}}T\d{{6}})(-\d+)?")


def set_aside_files(database: Path) -> list[Path]:
    """The database files moved aside beside `database` (health.move_aside), oldest first;
    each may have -wal/-shm files of the same name."""
    pattern = _set_aside_pattern(database)
    try:
        found = [path for path in database.parent.iterdir() if pattern.fullmatch(path.name)]
    except OSError:
        return []
    return sorted(found, key=_set_aside_at)


def _set_aside_at(path: Path) -> datetime:
    """When a file was set aside: the stamp in its name (its modification time is the last
    write to the database, which may be much older)."""
    stamp = re.search(r"-(\d{8}T\d{6})(-\d+)?$", path.name)
    assert stamp is not None
    return datetime.strptime(stamp.group(1), _STAMP).astimezone()


def latest_backup(db: Database) -> Path | None:
    """The newest backup this version can restore (store.health.latest_backup_of)."""
    from mysteryshop.store.health import latest_backup_of

    backup_folder(db)  # a server database: the explanation
    source = sqlite_path(db)
    return latest_backup_of(source) if source is not None else None
