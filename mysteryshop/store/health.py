"""Is the database fit to open? Checks made before the app opens it (quick_check, another
program's lock), moving a bad file aside, restoring a backup, and the daily backup.
No Qt here: the app asks the user, these functions do the work."""

from __future__ import annotations

import os
import re
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
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

# States of a database file at start (READ_ONLY and DISK_FULL also name the trouble of a
# data folder: storage_trouble).
NEW, OK, CORRUPT, FOREIGN, LOCKED, READ_ONLY, DISK_FULL = (
    "new",
    "ok",
    "corrupt",
    "foreign",
    "locked",
    "read-only",
    "disk-full",
)
STOPPED = "stopped"  # a full check asked to stop (quick_check's `stop`): it found nothing
# SQLite's primary result codes (https://www.sqlite.org/rescode.html).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = (
    5, 6, 8, 10, 11, 13, 14, 26
)  # fmt: skip
# Less free space than this on the data folder's disk counts as full: SQLite's -shm file alone
# takes 32 KiB, and a write needs room for its pages and the WAL's.
FULL_BELOW_BYTES = 1024 * 1024


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
        if self.state == DISK_FULL:
            return (
                f"The disk that holds {self.path} is full ({self.detail}): mysteryshop cannot "
                "open the database. Free some space and start again."
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


def quick_check(
    path: Path,
    *,
    timeout: float = START_TIMEOUT_S,
    probe_lock: bool = True,
    full: bool = True,
    stop: threading.Event | None = None,
) -> DatabaseHealth:
    """Check a SQLite file before the app opens it, without changing it: SQLite's
        `PRAGMA quick_check`, whether it is ours, and (`probe_lock`) whether another program
        holds its write lock. A command that is about to write skips the probe: it queues behind
        another writer instead (busy_timeout). `full=False` leaves out the quick_check, which
        reads the whole file (about a second at 100,000 encounters, much more from a cold disk):
        the header, the schema page and the lock are still read (see full_check_due). Once `stop`
    is set the check ends early (the app is closing) as STOPPED."""
    path = Path(path).expanduser().resolve()
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
    found = _read_check(path, timeout, probe_lock, full, stop)
    if found.restorable:
        # Opening a WAL-mode file, even read-only, creates empty -wal and -shm files; a file
        # the app will not use is left as it was found.
        wal = path.with_name(path.name + "-wal")
        if "-wal" not in existed and wal.exists() and wal.stat().st_size == 0:
            for suffix in {"-wal", "-shm"} - existed:
                path.with_name(path.name + suffix).unlink(missing_ok=True)
    return found


def _read_check(
    path: Path, timeout: float, probe_lock: bool, full: bool, stop: threading.Event | None
) -> DatabaseHealth:
    try:
        connection = connect_read_only(path, timeout=timeout)
    except sqlite3.Error as error:
        return DatabaseHealth(_state_of(error, path), path, str(error))
    if stop is not None:  # SQLite asks every 10,000 steps whether to give up
        connection.set_progress_handler(stop.is_set, 10_000)
    try:
        try:
            pragma = "PRAGMA quick_check" if full else "SELECT 'ok'"
            results = [row[0] for row in connection.execute(pragma)]
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        except sqlite3.Error as error:
            if stop is not None and stop.is_set():
                return DatabaseHealth(STOPPED, path, str(error))
            return DatabaseHealth(_state_of(error, path), path, str(error))
    finally:
        connection.close()
    if results != ["ok"]:
        return DatabaseHealth(CORRUPT, path, integrity_detail(results))
    if tables and "alembic_version" not in tables:
        shown = ", ".join(sorted(tables)[:3])
        return DatabaseHealth(FOREIGN, path, f"it holds another program's tables: {shown}")
    return _write_probe(path, timeout) if probe_lock else DatabaseHealth(OK, path)


# --- when the whole file is read before it is opened -------------------------------------------

CHECK_EVERY_DAYS = 7
RUNNING_SUFFIX = ".running"  # beside the database while the app has it open
CHECKED_SUFFIX = ".checked"  # beside the database: when a full check last found it whole
UNCLEAN_EXIT, NEVER_CHECKED, SCHEDULED = "unclean-exit", "never-checked", "scheduled"


def full_check_due(
    path: Path, *, now: datetime | None = None, every_days: int = CHECK_EVERY_DAYS
) -> str | None:
    """Why the app must read the whole file (quick_check) before it opens it: the last run
    did not end cleanly (its marker is still there: a crash or a power cut in the middle of
    a write), or no full check has found the file whole for `every_days` days (or ever).
    None: the file is opened at once and checked in the background after the log shows
    (a day-to-day start then reads only the schema page: a 100,000-encounter file took ~1 s
    to check, which doubled the start). The files are kept per database, in its folder."""
    if _marker(path, RUNNING_SUFFIX).exists():
        return UNCLEAN_EXIT
    last = last_full_check(path)
    if last is None:
        return NEVER_CHECKED
    now = now or datetime.now()
    if not last <= now < last + timedelta(days=every_days):  # (a clock set back: due too)
        return SCHEDULED
    return None


def last_full_check(path: Path) -> datetime | None:
    """When a full check last found the file whole; None when never (or unreadable)."""
    try:
        return datetime.fromisoformat(_marker(path, CHECKED_SUFFIX).read_text().strip())
    except (OSError, ValueError):
        return None


def record_full_check(path: Path, *, now: datetime | None = None) -> None:
    """A full check found the file whole: the next one is due in CHECK_EVERY_DAYS days."""
    _write_marker(_marker(path, CHECKED_SUFFIX), (now or datetime.now()).isoformat())


def forget_full_check(path: Path) -> None:
    """A check found damage: the next start reads the whole file again before opening it."""
    _marker(path, CHECKED_SUFFIX).unlink(missing_ok=True)


def mark_running(path: Path) -> None:
    """The app opens the file: until mark_clean_exit, a start finds the last exit unclean."""
    _write_marker(_marker(path, RUNNING_SUFFIX), str(os.getpid()))


def mark_clean_exit(path: Path) -> None:
    _marker(path, RUNNING_SUFFIX).unlink(missing_ok=True)


def _marker(path: Path, suffix: str) -> Path:
    path = Path(path).expanduser().resolve()
    return path.with_name(path.name + suffix)


def _write_marker(marker: Path, text: str) -> None:
    """Best effort: a marker that cannot be written makes the next start check fully."""
    try:
        marker.write_text(text + "\n", encoding="utf-8")
    except OSError:
        pass


def _state_of(error: sqlite3.Error, path: Path) -> str:
    """What an error met while reading the file says about it: locked by another program, a
    folder or disk that cannot be written (SQLite could not make its -shm file), or damaged."""
    code = _code(error)
    if code in (_BUSY, _LOCKED):
        return LOCKED
    if code in (_IOERR, _CANTOPEN, _FULL, _READONLY):
        trouble = storage_trouble(path.parent)
        if trouble is not None:
            return trouble
    return CORRUPT


def storage_trouble(folder: Path) -> str | None:
    """READ_ONLY when nothing can be written in `folder` (a read-only file system, or no
    permission), DISK_FULL when its disk has (almost) no free space left, else None."""
    try:
        found = os.statvfs(folder)
    except (OSError, AttributeError):  # no such folder; Windows has no statvfs
        return None
    if found.f_flag & os.ST_RDONLY or not os.access(folder, os.W_OK):
        return READ_ONLY
    if found.f_bavail * found.f_frsize < FULL_BELOW_BYTES:
        return DISK_FULL
    return None


def read_only_folder_message(path: Path) -> str:
    """What a command that would write says when the database's folder is read-only."""
    return (
        f"the data folder {path.parent} is read-only: {path.name} cannot be changed there. "
        "Make the folder writable, or use --data-dir to point to a folder you can write to"
    )


def connect_read_only(
    path: Path,
    *,
    timeout: float = START_TIMEOUT_S,
    check_same_thread: bool = True,
    tidy: bool = False,
) -> sqlite3.Connection:
    """A connection to the SQLite file `path` that only reads. Opened read-only (mode=ro) it
    changes nothing at all, but leaves the -wal and -shm files SQLite makes beside a database
    in WAL mode; `tidy` opens it read-write but refusing to write (query_only), so that, the
    last to close it, it removes them as any other connection does (after copying a -wal
    left by a crash into the file: only for a file that is whole). A WAL database needs its
    -shm file; where SQLite cannot make one (a read-only folder, a full disk), the file is
    opened as immutable instead, which is right as long as no change waits in a -wal file
    (none can be written there). Raises sqlite3.Error."""
    uri = Path(path).expanduser().resolve().as_uri()
    failed: sqlite3.Error | None = None
    for mode in ("rw", "ro") if tidy else ("ro",):
        connection = sqlite3.connect(
            f"{uri}?mode={mode}", uri=True, timeout=timeout, check_same_thread=check_same_thread
        )
        try:
            if mode == "rw":
                connection.execute("PRAGMA query_only = ON")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens it
            return connection
        except sqlite3.Error as error:
            connection.close()
            if _code(error) not in (_CANTOPEN, _IOERR, _READONLY, _FULL):
                raise
            failed = error
    if failed is not None and _wal_holds_changes(path):
        raise failed  # immutable would not see them
    return sqlite3.connect(
        f"{uri}?mode=ro&immutable=1",
        uri=True,
        timeout=timeout,
        check_same_thread=check_same_thread,
    )


def _wal_holds_changes(path: Path) -> bool:
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except FileNotFoundError:
        return False


def integrity_findings(path: Path, *, limit: int = 20) -> list[str]:
    """What SQLite finds wrong in the file `path`, at most `limit` lines: ["ok"] for a whole
    file. integrity_check where it can finish, else quick_check, else the error that stopped
    both (a file too damaged to read)."""
    stopped = ""
    for pragma in ("integrity_check", "quick_check"):
        try:
            connection = connect_read_only(path)
            try:
                rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}({limit})")]
            finally:
                connection.close()
        except sqlite3.Error as error:
            stopped = str(error)
            continue
        # A row may hold several lines, the first a heading ("*** in database main ***").
        lines = [
            line.strip()
            for row in rows
            for line in row.splitlines()
            if line.strip() and not line.startswith("***")
        ]
        return lines[:limit] or ["ok"]
    return [stopped]


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
        if _code(error) == _READONLY:
            return DatabaseHealth(READ_ONLY, path, str(error))
        return DatabaseHealth(_state_of(error, path), path, str(error))
    finally:
        connection.close()
    return DatabaseHealth(OK, path)


@dataclass
class _Held:
    """exclusive_access's hold on a database file; `moved_to` is set by whoever moved it."""

    path: Path
    created: set[str]
    moved_to: Path | None = None


@contextmanager
def exclusive_access(path: Path, *, timeout: float = START_TIMEOUT_S) -> Iterator[_Held]:
    """Make sure nothing else can write to the database `path` while it is moved or replaced:
    no mysteryshop app has its data folder open (the app's lock file), and this process holds
    SQLite's own write lock on the file, taken within `timeout` seconds. A command that
    opened the file earlier and writes after the move finds the file changed and writes
    nothing (store.db's DatabaseMovedError). StoreError when another program holds either."""
    from mysteryshop.store.db import StoreError

    def refuse_while_the_app_is_open() -> None:
        holder = lock_holder(path.parent)
        if holder is not None:
            raise StoreError(
                f"mysteryshop is open (process {holder}) with {path}; close it, then try again"
            )

    refuse_while_the_app_is_open()
    existed = {suffix for suffix in ("-wal", "-shm") if path.with_name(path.name + suffix).exists()}
    connection: sqlite3.Connection | None = None
    if path.exists():
        try:
            connection = sqlite3.connect(
                f"{path.as_uri()}?mode=rw", uri=True, timeout=timeout, isolation_level=None
            )
            connection.execute("BEGIN EXCLUSIVE")
        except sqlite3.Error as error:
            if connection is not None:
                connection.close()
                connection = None
            if _code(error) in (_BUSY, _LOCKED):
                raise StoreError(
                    f"another mysteryshop command is writing to {path}; try again when it "
                    "has finished"
                ) from None
            # Damaged, not a database, or read-only: SQLite cannot write to it either.
    held = _Held(path, {s for s in ("-wal", "-shm") if path.with_name(path.name + s).exists()})
    held.created -= existed
    try:
        refuse_while_the_app_is_open()  # one that started meanwhile
        if os.name == "nt" and connection is not None:
            # Windows cannot rename a file that is open; any other program that has it open
            # makes the move fail there, so nothing written can be lost.
            connection.execute("ROLLBACK")
            connection.close()
            connection = None
        yield held
    finally:
        if connection is not None:
            # Moved meanwhile, the file is closed without a checkpoint (SQLite sees that it
            # moved); not moved, the lock is given back.
            try:
                connection.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            connection.close()
        if held.moved_to is not None:  # side files only this hold made: empty, not kept
            wal = held.moved_to.with_name(held.moved_to.name + "-wal")
            if "-wal" in held.created and wal.exists() and wal.stat().st_size == 0:
                for suffix in held.created:
                    held.moved_to.with_name(held.moved_to.name + suffix).unlink(missing_ok=True)


def move_aside(path: Path, label: str = "broken", *, now: datetime | None = None) -> Path:
    """Rename a database file, with its -wal/-shm/-journal, to NAME.LABEL-STAMP so it stays
    readable (SQLite finds the side files by name) and a new or restored file can take its
    place. Returns the new name of the main file. Refused (StoreError) while another program
    writes to the file (exclusive_access)."""
    with exclusive_access(path) as held:
        held.moved_to = _move_aside(path, label, now)
        return held.moved_to


def _move_aside(path: Path, label: str, now: datetime | None) -> Path:
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
        connection = connect_read_only(candidate)
        try:
            result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            revision = _revision(connection)
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise StoreError(f"{candidate}: cannot restore it: {error}") from None
    if result != ["ok"]:
        raise StoreError(f"{candidate}: the backup failed its integrity check: {result[0]}")
    if revision is None:
        raise StoreError(f"{candidate}: not a mysteryshop database")
    if revision not in known_schemas():
        raise StoreError(
            f"{candidate}: cannot restore it: it was made by a newer version of mysteryshop "
            f"(schema {revision}), which this version cannot open; update the app, or restore "
            "an older backup"
        )


_REVISION_LINE = re.compile(r"""^revision\s*=\s*["']([^"']+)["']""", re.MULTILINE)


def known_schemas() -> set[str]:
    """The schema revisions this version can open (and upgrade from): those of its
    migrations, read from their files (no Alembic import)."""
    folder = Path(__file__).resolve().parent / "migrations" / "versions"
    return {
        found.group(1)
        for script in folder.glob("*.py")
        for found in _REVISION_LINE.finditer(script.read_text(encoding="utf-8"))
    }


def _revision(connection: sqlite3.Connection) -> str | None:
    has_table = connection.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()[0]
    if not has_table:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def newer_schema(path: Path) -> str | None:
    """The schema revision of the database file `path` when a newer version of mysteryshop
    made it (one this version cannot open); None when it is one this version knows, or it
    cannot be read (restoring it then says why)."""
    try:
        connection = connect_read_only(path)
        try:
            revision = _revision(connection)
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return revision if revision is not None and revision not in known_schemas() else None


def restore_backup(candidate: Path, database: Path, label: str = "before-restore") -> RestoreResult:
    """Put a verified copy of the backup `candidate` in place of `database`. The file it
    replaces (whatever its state) is first moved aside with its -wal/-shm as NAME.LABEL-STAMP,
    never deleted."""
    from mysteryshop.store.backup import copy_database
    from mysteryshop.store.db import StoreError

    candidate, database = candidate.resolve(), database.resolve()
    if candidate == database:
        raise StoreError(f"{candidate}: is the database itself, not a backup")
    if storage_trouble(database.parent) == READ_ONLY:
        raise StoreError(read_only_folder_message(database))
    verify_backup(candidate)
    # The copy is made and checked beside the database before anything is moved, so a
    # failure (a full disk) leaves the current file where it was.
    staging = database.with_name(f".{database.name}.restoring")
    copy_database(candidate, staging)
    try:
        # The same hold from before the move until the backup is in place: a writer that
        # waited for it finds another file there and writes nothing.
        with exclusive_access(database) as held:
            if database.exists():
                held.moved_to = _move_aside(database, label, None)
            for suffix in SIDE_FILES:  # an orphaned side file must not attach to the new file
                database.with_name(database.name + suffix).unlink(missing_ok=True)
            os.replace(staging, database)
    finally:
        staging.unlink(missing_ok=True)
    return RestoreResult(candidate, database, held.moved_to)


def backups_of(database: Path) -> list[Path]:
    """Backups in the data folder's backups/, oldest first."""
    folder = database.parent / BACKUP_FOLDER
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.sqlite3"), key=lambda path: path.stat().st_mtime)


def latest_backup_of(database: Path) -> Path | None:
    """The newest backup this version can restore: one made by a newer version of
    mysteryshop (after a downgrade) is passed over."""
    for candidate in reversed(backups_of(database)):
        if newer_schema(candidate) is None:
            return candidate
    return None


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
