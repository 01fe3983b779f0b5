"""Privacy: purge encounters older than the retention period, erase everything about one
location or one observer alias, and reclaim the space so deleted text does not linger in the
database file.

Deleting an encounter deletes its answers, scores, tags, history and attachments with it
(ON DELETE CASCADE; SQLite enforces it because every connection turns foreign_keys on)."""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, exists, func, select, text, update
from sqlalchemy.orm import Session

from mysteryshop.names import name_key
from mysteryshop.store import drafts
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.models import Encounter, EncounterHistory, Location, Observer
from mysteryshop.workflow import UNKNOWN_REVIEWER

_ID_CHUNK = 500

Progress = Callable[[int, int], None]
"""progress(done, total): encounters deleted so far of how many; (0, 0) while the space is
reclaimed (a step of unknown length)."""


@dataclass
class ErasureResult:
    """What an erasure removed: `encounters` deleted (or, for an observer, the encounters
    their alias was removed from), and the name of what was erased."""

    encounters: int
    name: str = ""
    cutoff: datetime | None = None


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
    it), then reclaim the space."""
    cutoff = retention_cutoff(months, now)
    deleted = _delete_encounters(db, Encounter.visited_at < cutoff, progress=progress)
    if deleted and reclaim:
        reclaim_space(db, progress)
    return ErasureResult(deleted, cutoff=cutoff)


def location_encounter_count(db: Database, location_id: str) -> int:
    return _count(db, Encounter.location_id == location_id)


def erase_location(
    db: Database, location_id: str, *, reclaim: bool = True, progress: Progress | None = None
) -> ErasureResult:
    """Delete a location and every encounter made there, then reclaim the space."""
    with db.read() as session:
        name = session.scalar(select(Location.name).where(Location.id == location_id))
    if name is None:
        raise StoreError(f"no location with id {location_id}")
    deleted = _delete_encounters(
        db, Encounter.location_id == location_id, location_id, progress=progress
    )
    if reclaim:
        reclaim_space(db, progress)
    return ErasureResult(deleted, name)


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
    characters, which people read as the same person). Where the same alias
    reviewed or edited an encounter, the reviewer becomes workflow.UNKNOWN_REVIEWER."""
    with db.write() as session:
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
        session.execute(delete(Observer).where(Observer.id.in_(list(found))))
    if reclaim:
        reclaim_space(db, progress)
    return ErasureResult(changed, alias)


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
    with db.write() as session:
        ids: Sequence[str] = session.scalars(select(Encounter.id).where(where)).all()
        for start in range(0, len(ids), _ID_CHUNK):
            chunk = ids[start : start + _ID_CHUNK]
            session.execute(delete(Encounter).where(Encounter.id.in_(chunk)))
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


def reclaim_space(db: Database, progress: Progress | None = None) -> None:
    """Rewrite the database so deleted rows are gone from the file, not just marked free.

    SQLite: empty the WAL into the file, VACUUM (a fresh copy of the live rows), then empty
    the WAL again and truncate it. PostgreSQL: VACUUM marks the space free for reuse; only
    the server's VACUUM FULL rewrites the files. Seconds on a large database (9 s at 100,000
    encounters), and nothing else may write meanwhile: the app runs it as an exclusive task
    (ui/ops.py)."""
    if progress is not None:
        progress(0, 0)
    if db.is_sqlite:
        raw = db.engine.raw_connection()
        try:
            connection: Any = raw.driver_connection  # autocommit: no BEGIN around VACUUM
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("VACUUM")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
        return
    with db.engine.connect() as connection:
        autocommit = connection.execution_options(isolation_level="AUTOCOMMIT")
        autocommit.execute(text("VACUUM"))
