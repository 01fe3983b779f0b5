"""Is the database fit to open? Checks made before the app opens it (quick_check, another
program's lock), moving a bad file aside, restoring a backup, and the daily backup.
No Qt here: the app asks the user, these functions do the work."""

from __future__ import annotations

import os
import socket
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from mysteryshop import paths
from mysteryshop.paths import LOCK_FILE

if TYPE_CHECKING:
    from mysteryshop.store.db import Database

# Only sqlite3 at import time: the app checks the data folder and the file before its first
# paint, and SQLAlchemy (imported by store.db and store.backup) costs about half a second.
# Their names are imported where they are needed.

BACKUP_FOLDER = "backups"  # the same as store.backup's, checked by a test
KEEP_DAYS = 14
SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
START_TIMEOUT_S = 3.0  # how long the start waits for another program's lock
STALE_TEMP_S = 3600  # a backup's temporary file older than this was left by a killed copy

# States of a database file at start.
NEW, OK, CORRUPT, FOREIGN, LOCKED, READ_ONLY = (
    "new",
    "ok",
    "corrupt",
    "foreign",
    "locked",
    "read-only",
)


@dataclass
class DatabaseHealth:
    """What `quick_check` found. `detail` is SQLite's own words, for the log and the details
    of a dialog."""

    state: str
    path: Path
    detail: str = ""

    @property
    def usable(self) -> bool:
        return self.state in (NEW, OK)

    @property
    def restorable(self) -> bool:
        """A file the app will not use, which a backup could replace (after moving it aside)."""
        return self.state in (CORRUPT, FOREIGN)

    def message(self) -> str:
        """One paragraph for the user."""
        if self.state == CORRUPT:
            return damaged_message(self.path, self.detail)
        if self.state == FOREIGN:
            return (
                f"The file {self.path} is not a mysteryshop database ({self.detail}). "
                "mysteryshop has not changed it."
            )
        if self.state == LOCKED:
            return (
                f"The database {self.path} is locked by another program. Close that program "
                "(or let it finish) and start mysteryshop again."
            )
        if self.state == READ_ONLY:
            return (
                f"The database {self.path} is read-only ({self.detail}): mysteryshop could not "
                "save anything. Make the file writable, or start with --data-dir pointing to "
                "a folder you can write to."
            )
        return f"The database {self.path} is fine."


def damaged_message(path: Path, detail: str) -> str:
    """What happened to a damaged database file, in the words the app and every command use."""
    return f"The database {path} is damaged ({detail}). mysteryshop has not changed it."


def restore_advice(path: Path) -> str:
    """The way out of a damaged database file, on the command line: the restore command for
    exactly this file, or what to do when there is no backup to restore."""
    if Path(paths.database_url().removeprefix("sqlite:///")).expanduser().resolve() == path:
        app = "mysteryshop"
    elif path.name == paths.DATABASE_FILE:
        app = f"mysteryshop --data-dir {path.parent}"
    else:
        app = f"mysteryshop --database-url sqlite:///{path}"
    folder = path.parent / BACKUP_FOLDER
    if latest_backup_of(path) is None:
        return (
            f"There is no backup in {folder}: start the app ({app}) to move the file aside "
            "and begin with an empty database."
        )
    return (
        f"To put the latest backup from {folder} in its place (the damaged file is kept "
        f"beside it), run: {app} restore --latest"
    )


def quick_check(path: Path, *, timeout: float = START_TIMEOUT_S) -> DatabaseHealth:
    """Check a SQLite file before the app opens it, without changing it: SQLite's
    `PRAGMA quick_check`, whether it is ours, and whether another program holds its lock."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return DatabaseHealth(NEW, path)
    except OSError as error:
        return DatabaseHealth(CORRUPT, path, f"cannot read it: {error.strerror or error}")
    if size == 0:
        return DatabaseHealth(NEW, path)
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        return DatabaseHealth(CORRUPT, path, f"cannot read it: {error.strerror or error}")
    if header != SQLITE_HEADER:
        return DatabaseHealth(CORRUPT, path, "it is not a SQLite database file")
    existed = {suffix for suffix in ("-wal", "-shm") if path.with_name(path.name + suffix).exists()}
    found = _read_check(path, timeout)
    if found.restorable:
        # Opening a WAL-mode file, even read-only, creates empty -wal and -shm files; a file
        # the app will not use is left as it was found.
        wal = path.with_name(path.name + "-wal")
        if "-wal" not in existed and wal.exists() and wal.stat().st_size == 0:
            for suffix in {"-wal", "-shm"} - existed:
                path.with_name(path.name + suffix).unlink(missing_ok=True)
    return found


def _read_check(path: Path, timeout: float) -> DatabaseHealth:
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=timeout)
    except sqlite3.Error as error:
        return DatabaseHealth(CORRUPT, path, str(error))
    try:
        try:
            results = [row[0] for row in connection.execute("PRAGMA quick_check")]
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        except sqlite3.Error as error:
            state = LOCKED if _code(error) in (5, 6) else CORRUPT
            return DatabaseHealth(state, path, str(error))
    finally:
        connection.close()
    if results != ["ok"]:
        return DatabaseHealth(CORRUPT, path, integrity_detail(results))
    if tables and "alembic_version" not in tables:
        shown = ", ".join(sorted(tables)[:3])
        return DatabaseHealth(FOREIGN, path, f"it holds another program's tables: {shown}")
    return _write_probe(path, timeout)


def integrity_detail(results: list[str]) -> str:
    """The first findings of SQLite's quick_check or integrity_check, on one short line."""
    lines = [
        line.strip()
        for result in results[:3]
        for line in str(result).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    return "; ".join(lines[:2])[:200] or "the integrity check failed"


def _code(error: sqlite3.Error) -> int:
    return int(getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF


def _write_probe(path: Path, timeout: float) -> DatabaseHealth:
    """Take the write lock for a moment (and give it back without writing)."""
    try:
        connection = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    except sqlite3.Error as error:
        return DatabaseHealth(READ_ONLY, path, str(error))
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
    except sqlite3.Error as error:
        code = _code(error)
        if code in (5, 6):
            return DatabaseHealth(LOCKED, path, str(error))
        if code == 8:
            return DatabaseHealth(READ_ONLY, path, str(error))
        return DatabaseHealth(CORRUPT, path, str(error))
    finally:
        connection.close()
    return DatabaseHealth(OK, path)


def move_aside(path: Path, label: str = "broken", *, now: datetime | None = None) -> Path:
    """Rename a database file, with its -wal/-shm/-journal, to NAME.LABEL-STAMP so it stays
    readable (SQLite finds the side files by name) and a new or restored file can take its
    place. Returns the new name of the main file."""
    stamp = (now or datetime.now()).strftime("%Y%m%dT%H%M%S")
    aside = path.with_name(f"{path.name}.{label}-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = path.with_name(f"{path.name}.{label}-{stamp}-{counter}")
    # Side files first: a main file moved without its WAL would lose committed data.
    for suffix in SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    os.replace(path, aside)
    return aside


@dataclass
class RestoreResult:
    restored_from: Path
    database: Path
    moved_aside: Path | None


def verify_backup(candidate: Path) -> None:
    """Raise StoreError unless `candidate` is a whole mysteryshop database."""
    from mysteryshop.store.db import StoreError

    health = quick_check(candidate)
    if health.state == NEW:
        raise StoreError(f"{candidate}: no such backup (or it is empty)")
    if health.state in (CORRUPT, FOREIGN):
        raise StoreError(f"{candidate}: cannot restore it: {health.detail}")
    try:
        connection = sqlite3.connect(f"{candidate.as_uri()}?mode=ro", uri=True)
        try:
            result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            has_schema = connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
            ).fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise StoreError(f"{candidate}: cannot restore it: {error}") from None
    if result != ["ok"]:
        raise StoreError(f"{candidate}: the backup failed its integrity check: {result[0]}")
    if not has_schema:
        raise StoreError(f"{candidate}: not a mysteryshop database")


def restore_backup(candidate: Path, database: Path, label: str = "before-restore") -> RestoreResult:
    """Put a verified copy of the backup `candidate` in place of `database`. The file it
    replaces (whatever its state) is first moved aside with its -wal/-shm as NAME.LABEL-STAMP,
    never deleted."""
    from mysteryshop.store.backup import copy_database
    from mysteryshop.store.db import StoreError

    candidate, database = candidate.resolve(), database.resolve()
    if candidate == database:
        raise StoreError(f"{candidate}: is the database itself, not a backup")
    verify_backup(candidate)
    # The copy is made and checked beside the database before anything is moved, so a
    # failure (a full disk) leaves the current file where it was.
    staging = database.with_name(f".{database.name}.restoring")
    copy_database(candidate, staging)
    try:
        moved = move_aside(database, label) if database.exists() else None
        for suffix in SIDE_FILES:  # an orphaned side file must not attach to the new file
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        os.replace(staging, database)
    finally:
        staging.unlink(missing_ok=True)
    return RestoreResult(candidate, database, moved)


def backups_of(database: Path) -> list[Path]:
    """Backups in the data folder's backups/, oldest first."""
    folder = database.parent / BACKUP_FOLDER
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.sqlite3"), key=lambda path: path.stat().st_mtime)


def latest_backup_of(database: Path) -> Path | None:
    found = backups_of(database)
    return found[-1] if found else None


def daily_backup_due(database: Path, now: datetime | None = None) -> bool:
    """No automatic backup was made today (local time)."""
    today = (now or datetime.now()).date()
    for path in backups_of(database):
        if "-daily-" in path.name and datetime.fromtimestamp(path.stat().st_mtime).date() == today:
            return False
    return True


def daily_backup(
    db: Database, *, keep_days: int = KEEP_DAYS, now: datetime | None = None
) -> Path | None:
    """Once a day: a verified backup, then backups older than `keep_days` pruned and leftovers
    of killed copies removed. Returns the new backup, None when none was due (or for a
    server database)."""
    from mysteryshop.store.backup import backup, prune_backups, sqlite_path

    database = sqlite_path(db)
    if database is None or not database.exists() or not daily_backup_due(database, now):
        return None
    made = backup(db, reason="daily")
    prune_backups(db, keep_days)
    remove_leftovers(database)
    return made


def remove_leftovers(database: Path, older_than_s: float = STALE_TEMP_S) -> int:
    """Delete temporary files that a killed process left beside the database: half-made
    backup copies (backups/.NAME.XXXX, with their -wal/-shm) and half-written files of
    unsaved work (unsaved/.unsaved-XXXX, which may hold typed text). Returns how many."""
    from mysteryshop.store.drafts import UNSAVED_FOLDER

    limit = time.time() - older_than_s
    removed = 0
    for pattern in (f"{BACKUP_FOLDER}/.*.sqlite3.*", f"{UNSAVED_FOLDER}/.unsaved-*"):
        for leftover in database.parent.glob(pattern):
            try:
                if leftover.stat().st_mtime < limit:
                    leftover.unlink()
                    removed += 1
            except OSError:
                pass
    return removed


def lock_holder(folder: Path) -> int | None:
    """The process id of a running mysteryshop holding the data folder's single-instance lock
    (a QLockFile: pid, app name, host name on three lines), None when none is running here."""
    try:
        lines = (folder / LOCK_FILE).read_text(encoding="utf-8", errors="replace").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return None
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return pid  # another computer's: we cannot tell, so assume it is running
    if pid == os.getpid():
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid
    except OSError:
        return None
    return pid
