"""Privacy: purge encounters older than the retention period, erase everything about one
location or one observer alias, and reclaim the space so deleted text does not linger in the
database file.

Deleting an encounter deletes its answers, scores, tags, history and attachments with it
(ON DELETE CASCADE; SQLite enforces it because every connection turns foreign_keys on).

Every place erased data may remain is covered: the rows are deleted with SQLite's
secure_delete (the freed bytes are overwritten at once), then the file is rewritten (VACUUM);
unsaved-work files about it are deleted or scrubbed (drafts.py); the crash log is deleted
(crashlog.py); backups and copies set aside by a restore are listed in the result (`copies`,
OlderCopies: they are pruned after backup.KEEP_DAYS). When the file cannot be rewritten
(another program is reading it, the disk is full) the result says so (`unreclaimed`), never
that the space was reclaimed."""

from __future__ import annotations

import calendar
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, delete, exists, func, select, text, update
from sqlalchemy.orm import Session

from mysteryshop import crashlog
from mysteryshop.names import name_key
from mysteryshop.store import actions, backup, drafts
from mysteryshop.store.db import BUSY_TIMEOUT_MS, Database, StoreError
from mysteryshop.store.models import (
    Deletion,
    Encounter,
    EncounterHistory,
    Location,
    Observer,
)
from mysteryshop.workflow import UNKNOWN_REVIEWER

_ID_CHUNK = 500

Progress = Callable[[int, int], None]
"""progress(done, total): encounters deleted so far of how many; (0, 0) while the space is
reclaimed (a step of unknown length)."""


# Why text an erasure deleted may still be in the database file (ErasureResult.unreclaimed).
RECLAIMED = ""  # it is not: the file was rewritten
READERS = "readers"  # another connection is reading: the file cannot be rewritten until it ends
DISK_FULL = "full"  # the disk has no room for the rewrite
FAILED = "failed"  # the rewrite failed otherwise (ErasureResult.detail says how)
SERVER = "server"  # a database server: its VACUUM marks the space free, VACUUM FULL rewrites

READER_WAIT_S = 10.0  # how long the rewrite waits for other connections to finish reading
ROOM_MARGIN = 1.1  # the free space a rewrite needs: the live data's size, and a tenth more


@dataclass
class ErasureResult:
    """What an erasure removed: `encounters` deleted (or, for an observer, the encounters
    their alias was removed from), and the name of what was erased. `unreclaimed` says why
    the deleted text may still be in the database file (RECLAIMED: it is not), `detail` adds
    SQLite's words for FAILED. `copies` are the backups and set-aside database files made
    before, which may still hold the erased data until they are pruned (OlderCopies)."""

    encounters: int
    name: str = ""
    cutoff: datetime | None = None
    unreclaimed: str = RECLAIMED
    detail: str = ""
    copies: OlderCopies = field(default_factory=lambda: OlderCopies())


def retention_cutoff(months: int, now: datetime | None = None) -> datetime:
    """The moment `months` calendar months before `now` (the same day of the month, or the
    month's last day): encounters visited before it are older than the retention period."""
    if months < 1:
        raise StoreError(f"a retention period is 1 month or more, not {months}")
    now = now or datetime.now(UTC)
    month_index = now.year * 12 + (now.month - 1) - months
    year, month = divmod(month_index, 12)
    month += 1
    day = min(now.day, calendar.monthrange(year, month)[1])
    return now.replace(year=year, month=month, day=day)


def count_older_than(db: Database, months: int, now: datetime | None = None) -> int:
    """How many encounters were visited before the retention cutoff."""
    cutoff = retention_cutoff(months, now)
    return _count(db, Encounter.visited_at < cutoff)


def purge_older_than(
    db: Database,
    months: int,
    now: datetime | None = None,
    *,
    reclaim: bool = True,
    progress: Progress | None = None,
) -> ErasureResult:
    """Delete every encounter visited before the retention cutoff (with all that belongs to
    it, and unsaved work visited before it too), then reclaim the space. StoreError, with
    nothing deleted, when the disk has no room to reclaim it (check_room)."""
    cutoff = retention_cutoff(months, now)
    if reclaim:
        check_room(db)
    deleted = _delete_encounters(db, Encounter.visited_at < cutoff, progress=progress)
    for kept in drafts.list_unsaved(db):
        if kept.data.visited_at < cutoff:
            drafts.discard_unsaved(db, kept.data.id)
    return _finish(db, ErasureResult(deleted, cutoff=cutoff), reclaim and deleted > 0, progress)


def location_encounter_count(db: Database, location_id: str) -> int:
    return _count(db, Encounter.location_id == location_id)


def erase_location(
    db: Database, location_id: str, *, reclaim: bool = True, progress: Progress | None = None
) -> ErasureResult:
    """Delete a location and every encounter made there, and unsaved work about it (chosen,
    or typed by a name that finds it), then reclaim the space. StoreError, with nothing
    deleted, for an unknown location or when the disk has no room (check_room)."""
    with db.read() as session:
        name = session.scalar(select(Location.name).where(Location.id == location_id))
    if name is None:
        raise StoreError(f"no location with id {location_id}")
    if reclaim:
        check_room(db)
    # Drafts whose location is not chosen yet name it by what was typed: the store's own
    # name rule (queries.find_locations) says whether that is this location.
    from mysteryshop.store.queries import find_locations

    typed = [
        kept.data.id
        for kept in drafts.list_unsaved(db)
        if not kept.data.location_id
        and kept.location_text.strip()
        and any(found.id == location_id for found in find_locations(db, kept.location_text))
    ]
    deleted = _delete_encounters(
        db, Encounter.location_id == location_id, location_id, progress=progress
    )
    for encounter_id in typed:
        drafts.discard_unsaved(db, encounter_id)
    return _finish(db, ErasureResult(deleted, name), reclaim, progress)


def observer_encounter_count(db: Database, alias: str) -> int | None:
    """How many encounters carry the alias or a look-alike of it (observers_named); None
    when no observer has it."""
    with db.read() as session:
        found = _observers_named(session, alias)
        if not found:
            return None
        query = select(func.count()).select_from(Encounter)
        return int(session.scalar(query.where(Encounter.observer_id.in_(list(found)))) or 0)


def observers_named(db: Database, alias: str) -> list[str]:
    """The stored aliases that read as `alias` (names.name_key: case, Unicode form,
    invisible characters aside), by alias: an erase takes them all."""
    with db.read() as session:
        return sorted(_observers_named(session, alias).values())


def _observers_named(session: Session, alias: str) -> dict[int, str]:
    # Observers are few (one per person): their keys are computed here, not stored.
    key = name_key(alias)
    rows = session.execute(select(Observer.id, Observer.alias))
    return {oid: stored for oid, stored in rows if name_key(stored) == key}


def observer_aliases(db: Database) -> list[tuple[str, int]]:
    """Every observer alias with its number of encounters, by alias."""
    query = (
        select(Observer.alias, func.count(Encounter.id))
        .outerjoin(Encounter, Encounter.observer_id == Observer.id)
        .group_by(Observer.alias)
        .order_by(Observer.alias)
    )
    with db.read() as session:
        return [(alias, int(count)) for alias, count in session.execute(query)]


def erase_observer(
    db: Database, alias: str, *, reclaim: bool = True, progress: Progress | None = None
) -> ErasureResult:
    """Remove an observer alias from everything: their encounters stay (they describe the
    location's service, not the observer) but no longer say who observed, earlier versions in
    the history lose the alias too, and the alias itself is deleted; so are its look-alikes
    (observers_named: the same alias in other capitals, Unicode form or with invisible
    characters, which people read as the same person). Where the same alias reviewed, edited,
    discarded or deleted an encounter, who did it becomes workflow.UNKNOWN_REVIEWER. Unsaved
    work keeps its text but loses the alias too."""
    if observer_encounter_count(db, alias) is None:
        raise StoreError(f"no observer with the alias {alias!r}")
    if reclaim:
        check_room(db)
    with _erasing(db) as session:
        found = _observers_named(session, alias)
        if not found:
            raise StoreError(f"no observer with the alias {alias!r}")
        done: Any = session.execute(
            update(Encounter).where(Encounter.observer_id.in_(list(found))).values(observer_id=None)
        )
        changed = int(done.rowcount or 0)
        # Every spelling that reads as the alias: the stored ones and the reviewers' own.
        reviewers = session.scalars(select(Encounter.reviewed_by).distinct()).all()
        spellings = {*found.values(), *(r for r in reviewers if _reads_as(r, alias))}
        # The same alias may have reviewed or edited encounters (workflow.py records who).
        session.execute(
            update(Encounter)
            .where(Encounter.reviewed_by.in_(spellings))
            .values(reviewed_by=UNKNOWN_REVIEWER)
        )
        # Snapshots are JSON: read them in Python, the same on SQLite and PostgreSQL.
        rows = session.execute(
            select(EncounterHistory.id, EncounterHistory.snapshot, EncounterHistory.details)
        )
        for history_id, snapshot, details in rows.all():
            named = isinstance(snapshot, dict) and any(
                _reads_as(snapshot.get(key), alias) for key in ("observer", "reviewed_by")
            )
            by = isinstance(details, dict) and _reads_as(details.get("by"), alias)
            if named or by:
                session.execute(
                    update(EncounterHistory)
                    .where(EncounterHistory.id == history_id)
                    .values(
                        snapshot=_without(snapshot, alias),
                        details={**details, "by": UNKNOWN_REVIEWER} if by else details,
                    )
                )
        # Who made each change (encounter_history.changed_by): not known any more.
        authors = session.scalars(select(EncounterHistory.changed_by).distinct()).all()
        session.execute(
            update(EncounterHistory)
            .where(EncounterHistory.changed_by.in_([a for a in authors if _reads_as(a, alias)]))
            .values(changed_by=None)
        )
        # Who discarded or deleted an encounter (the trash's audit) is scrubbed the same way.
        deleters = session.scalars(select(Deletion.deleted_by).distinct()).all()
        session.execute(
            update(Deletion)
            .where(Deletion.deleted_by.in_([d for d in deleters if _reads_as(d, alias)]))
            .values(deleted_by=UNKNOWN_REVIEWER)
        )
        session.execute(delete(Observer).where(Observer.id.in_(list(found))))
        actions.scrub_creator(session, spellings)  # who made action items
    for kept in drafts.list_unsaved(db):
        if _reads_as(kept.data.observer, alias) or _reads_as(kept.data.reviewed_by, alias):
            if _reads_as(kept.data.observer, alias):
                kept.data.observer = None
            if _reads_as(kept.data.reviewed_by, alias):
                kept.data.reviewed_by = UNKNOWN_REVIEWER
            drafts.keep_unsaved(db, kept.data, kept.location_text, kept_at=kept.kept_at)
    return _finish(db, ErasureResult(changed, alias), reclaim, progress)


def _without(snapshot: dict[str, Any], alias: str) -> dict[str, Any]:
    """A history snapshot without the alias as observer or reviewer."""
    out = dict(snapshot)
    if _reads_as(out.get("observer"), alias):
        out["observer"] = None
    if _reads_as(out.get("reviewed_by"), alias):
        out["reviewed_by"] = UNKNOWN_REVIEWER
    return out


def _reads_as(value: Any, alias: str) -> bool:
    """`value` is an alias that reads as `alias` (names.name_key)."""
    return isinstance(value, str) and name_key(value) == name_key(alias)


def _count(db: Database, where: ColumnElement[bool]) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Encounter).where(where)) or 0)


@contextmanager
def _erasing(db: Database) -> Iterator[Session]:
    """A write transaction whose deletions and updates overwrite the old bytes (SQLite's
    secure_delete): the erased text leaves the file at the next checkpoint even when the
    rewrite (VACUUM) cannot run, and is never left on a free page."""
    with db.write() as session:
        if not db.is_sqlite:
            yield session
            return
        connection = session.connection()
        connection.exec_driver_sql("PRAGMA secure_delete = ON")
        try:
            yield session
        finally:  # the connection goes back to the pool: ordinary writes stay fast
            connection.exec_driver_sql("PRAGMA secure_delete = OFF")


def _delete_encounters(
    db: Database,
    where: ColumnElement[bool],
    location_id: str | None = None,
    *,
    progress: Progress | None = None,
) -> int:
    """Delete the encounters `where` selects (their rows in other tables go with them), then
    observers no encounter names any more, and (with `location_id`) the location. Files of
    unsaved work about the deleted encounters are removed too."""
    with _erasing(db) as session:
        ids: Sequence[str] = session.scalars(select(Encounter.id).where(where)).all()
        for start in range(0, len(ids), _ID_CHUNK):
            chunk = ids[start : start + _ID_CHUNK]
            session.execute(delete(Encounter).where(Encounter.id.in_(chunk)))
            # The audit of a discard or deletion outlives the encounter: it says it is gone.
            session.execute(
                update(Deletion)
                .where(Deletion.encounter_id.in_(chunk), Deletion.purged_at.is_(None))
                .values(purged_at=datetime.now(UTC))
            )
            if progress is not None:
                progress(start + len(chunk), len(ids))
        session.execute(
            delete(Observer).where(~exists().where(Encounter.observer_id == Observer.id))
        )
        if location_id is not None:
            session.execute(delete(Location).where(Location.id == location_id))
    gone = set(ids)
    for kept in drafts.list_unsaved(db):
        if kept.data.id in gone or (location_id and kept.data.location_id == location_id):
            drafts.discard_unsaved(db, kept.data.id)
    return len(ids)


def _finish(
    db: Database, result: ErasureResult, reclaim: bool, progress: Progress | None
) -> ErasureResult:
    """After the rows are gone: the crash log deleted, the copies made before listed, the
    space reclaimed (and whether it was)."""
    crashlog.forget()
    result.copies = older_copies(db)
    if reclaim:
        result.unreclaimed, result.detail = reclaim_space(db, progress)
    return result


@dataclass
class OlderCopies:
    """Database files made before an erasure that may still hold what it erased until they
    are pruned after backup.KEEP_DAYS (backup.prune_backups): backups, and database files
    set aside by a restore or at start (each perhaps with -wal/-shm files beside it)."""

    backups: list[Path] = field(default_factory=list)
    set_aside: list[Path] = field(default_factory=list)


def older_copies(db: Database) -> OlderCopies:
    """The backups and set-aside files of a SQLite database (none for a server's)."""
    database = backup.sqlite_path(db)
    if database is None:
        return OlderCopies()
    return OlderCopies(backup.backup_files(db), backup.set_aside_files(database))


# --- the space ----------------------------------------------------------------------------


def check_room(db: Database) -> None:
    """Raise StoreError unless the disk has room to rewrite the database after an erasure:
    VACUUM copies the live data into a temporary file, then writes it back through the WAL,
    so each of the two folders needs about the live data's size free (both, when they are
    on one disk). Nothing is checked for a server database."""
    database = backup.sqlite_path(db)
    if database is None or not database.exists():
        return
    with db.read() as session:
        connection = session.connection()
        page_size = int(connection.exec_driver_sql("PRAGMA page_size").scalar() or 0)
        pages = int(connection.exec_driver_sql("PRAGMA page_count").scalar() or 0)
        free_pages = int(connection.exec_driver_sql("PRAGMA freelist_count").scalar() or 0)
    live = int((pages - free_pages) * page_size * ROOM_MARGIN)
    needs: dict[int, tuple[Path, int]] = {}
    for folder in (database.parent, sqlite_temp_dir()):
        try:
            device = os.stat(folder).st_dev
        except OSError:
            continue
        known = needs.get(device, (folder, 0))
        needs[device] = (known[0], known[1] + live)
    for folder, needed in needs.values():
        free = shutil.disk_usage(folder).free
        if free < needed:
            raise StoreError(
                f"not enough free space to erase safely: rewriting the database needs about "
                f"{_megabytes(needed)} free in {folder}, and {_megabytes(free)} is free; "
                "nothing was deleted. Free some space and try again"
            )


def sqlite_temp_dir() -> Path:
    """The folder where SQLite makes its temporary files (VACUUM's copy), in its own order:
    $SQLITE_TMPDIR, $TMPDIR, /var/tmp, /usr/tmp, /tmp (Windows: the user's temp folder)."""
    if os.name != "posix":
        return Path(tempfile.gettempdir())
    for candidate in (
        os.environ.get("SQLITE_TMPDIR"),
        os.environ.get("TMPDIR"),
        "/var/tmp",
        "/usr/tmp",
        "/tmp",
    ):
        if candidate and os.path.isdir(candidate) and os.access(candidate, os.W_OK | os.X_OK):
            return Path(candidate)
    return Path.cwd()


def _megabytes(size: int) -> str:
    return f"{max(size, 0) / 1_000_000:,.1f} MB"


def reclaim_space(db: Database, progress: Progress | None = None) -> tuple[str, str]:
    """Rewrite the database so deleted rows are gone from the file, not just marked free.
    Returns why it could not (READERS, DISK_FULL, FAILED with SQLite's words; RECLAIMED:
    it was), never raises for those: the deletion before it stands either way.

    SQLite: empty the WAL into the file (`wal_checkpoint(TRUNCATE)`, which waits up to
    READER_WAIT_S for other connections to finish reading, and says when they did not), then
    VACUUM (a fresh copy of the live rows) and empty the WAL again. While another connection
    still reads an older snapshot the file keeps the old pages, so VACUUM is not even tried
    (it would only grow the WAL). PostgreSQL (SERVER): VACUUM marks the space free for reuse;
    only the server's VACUUM FULL rewrites the files. Seconds on a large database (9 s at
    100,000 encounters), and nothing else may write meanwhile: the app runs it as an exclusive
    task (ui/ops.py)."""
    if progress is not None:
        progress(0, 0)
    if not db.is_sqlite:
        with db.engine.connect() as connection:
            autocommit = connection.execution_options(isolation_level="AUTOCOMMIT")
            autocommit.execute(text("VACUUM"))
        return SERVER, ""
    raw = db.engine.raw_connection()
    try:
        sqlite: Any = raw.driver_connection  # autocommit: no BEGIN around VACUUM
        sqlite.execute(f"PRAGMA busy_timeout = {int(READER_WAIT_S * 1000)}")
        try:
            if not _checkpointed(sqlite):
                return READERS, ""
            sqlite.execute("VACUUM")
            if not _checkpointed(sqlite):
                return READERS, ""
        except sqlite3.Error as error:
            code = getattr(error, "sqlite_errorcode", 0) & 0xFF
            if code == sqlite3.SQLITE_FULL:
                return DISK_FULL, ""
            if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                return READERS, ""
            return FAILED, str(error).splitlines()[0] if str(error) else type(error).__name__
        finally:
            sqlite.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    finally:
        raw.close()
    return RECLAIMED, ""


def _checkpointed(connection: sqlite3.Connection) -> bool:
    """Empty the WAL into the database file and truncate it; False when another connection
    kept it from finishing (`busy`, or frames left behind)."""
    busy, log, done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy and (log == -1 or log == done)
