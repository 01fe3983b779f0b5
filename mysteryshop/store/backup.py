"""Backups of the SQLite database: consistent copies made with SQLite's online backup API,
verified before they count, kept for a number of days."""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url

from mysteryshop.store.db import DamagedDatabaseError, Database, StoreError

BACKUP_FOLDER = "backups"
KEEP_DAYS = 14


def sqlite_path(db: Database) -> Path | None:
    """The database file of a SQLite database; None for a server database or memory."""
    url = make_url(db.url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database).expanduser().resolve()


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
    check the copy with integrity_check, then move it into place. Returns `target`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
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
    except sqlite3.Error as error:
        raise StoreError(f"{source}: cannot back up: {error}") from None
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
    return copy_database(source, target)


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
    folder = backup_folder(db)
    files = sorted(folder.glob("*.sqlite3"), key=lambda path: path.stat().st_mtime)
    return files[-1] if files else None
