"""The trash: discarded drafts and deleted encounters, kept workflow.TRASH_DAYS days so that
no click loses work, then purged like privacy.purge_older_than (rows deleted with
secure_delete, the file rewritten).

Which encounter may be discarded or deleted is workflow.py's rule; this module enforces it. A
trashed encounter keeps its rows with `encounters.deleted_at` set: it matches no filter but the
trash's (filtering.py) and cannot be saved or reviewed (queries._save). Each discard or
deletion writes a `deletions` row (kind, the status it had, who, when, why; never the
content), which outlives the purge for the audit, and a history entry (which does not)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from mysteryshop import workflow
from mysteryshop.store import drafts, listing, privacy
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.listing import EncounterRow
from mysteryshop.store.models import Deletion, Encounter
from mysteryshop.store.queries import (
    CHUNK,
    _add_history,
    _read_encounters,
    actor,
    count_encounters,
    now_utc,
)
from mysteryshop.store.records import EncounterFilter, encounter_to_dict

TRASH = EncounterFilter(in_trash=True)


@dataclass(frozen=True)
class TrashEntry:
    """A trashed encounter as the trash lists it: its log row, how and when it went to the
    trash, who sent it there and why, and when it will be purged."""

    row: EncounterRow
    kind: str  # workflow.TrashAction: discard | delete
    deleted_at: datetime
    deleted_by: str | None
    reason: str
    purge_at: datetime

    def days_left(self, now: datetime | None = None) -> int:
        """Whole days until the purge, rounded up (0: at the next purge)."""
        left = self.purge_at - (now or now_utc())
        return max(0, -(-left // timedelta(days=1)))


def purge_moment(deleted_at: datetime, days: int = workflow.TRASH_DAYS) -> datetime:
    """When an encounter trashed at `deleted_at` is purged."""
    return deleted_at + timedelta(days=days)


def discard(db: Database, encounter_id: str, by: str | None = None) -> None:
    """Put a draft in the trash (workflow.TRASHABLE); StoreError, nothing changed, otherwise."""
    _trash(db, encounter_id, "discard", by, "")


def delete(db: Database, encounter_id: str, by: str | None, reason: str) -> None:
    """Put a submitted, approved or returned encounter in the trash, with the reason kept for
    the audit; StoreError, nothing changed, for another status or a blank reason."""
    _trash(db, encounter_id, "delete", by, reason)


def remove(db: Database, encounter_id: str, by: str | None, reason: str = "") -> str:
    """Discard or delete, as the encounter's status says (workflow.trash_action); returns
    which it was. A deletion still needs its reason."""
    with db.read() as session:
        status = session.scalar(select(Encounter.status).where(Encounter.id == encounter_id))
    if status is None:
        raise StoreError(f"no encounter with id {encounter_id}")
    action = workflow.trash_action(status)
    _trash(db, encounter_id, action, by, reason)
    return action


def _locked(session: Session, encounter_id: str) -> Any:
    row = session.execute(
        select(Encounter.status, Encounter.deleted_at, Encounter.revision)
        .where(Encounter.id == encounter_id)
        .with_for_update()
    ).first()
    if row is None:
        raise StoreError(_missing(session, encounter_id))
    return row


def _missing(session: Session, encounter_id: str) -> str:
    """Why there is no such encounter: never stored, or purged from the trash."""
    purged = session.scalar(
        select(func.max(Deletion.purged_at)).where(Deletion.encounter_id == encounter_id)
    )
    if purged is not None:
        day = purged.astimezone().date().isoformat()
        return f"encounter {encounter_id} was purged from the trash on {day}; it cannot be restored"
    return f"no encounter with id {encounter_id}"


def _trash(
    db: Database, encounter_id: str, action: workflow.TrashAction, by: str | None, reason: str
) -> None:
    by = (by or "").strip() or None
    reason = reason.strip()
    with db.write() as session:
        row = _locked(session, encounter_id)
        problems = workflow.trash_problems(
            action, row.status, reason=reason, in_trash=row.deleted_at is not None
        )
        if problems:
            raise StoreError(*problems)
        now = now_utc()
        previous = encounter_to_dict(_read_encounters(session, [encounter_id])[encounter_id])
        session.execute(
            update(Encounter)
            .where(Encounter.id == encounter_id)
            .values(deleted_at=now, revision=row.revision + 1)
        )
        session.add(
            Deletion(
                encounter_id=encounter_id,
                kind=action,
                status=row.status,
                deleted_at=now,
                deleted_by=actor(session, by),
                reason=reason,
            )
        )
        details: dict[str, Any] = {"by": by} if by else {}
        if reason:
            details["reason"] = reason
        _add_history(
            session, encounter_id, previous, workflow.TRASH_HISTORY[action], details, at=now, by=by
        )
    # Unsaved changes to it (a save that failed) would bring it back as a draft.
    drafts.discard_unsaved(db, encounter_id)


def restore(db: Database, encounter_id: str, by: str | None = None) -> None:
    """Take an encounter out of the trash, in the status it had. StoreError when it is not in
    the trash, or was purged from it."""
    by = (by or "").strip() or None
    with db.write() as session:
        row = _locked(session, encounter_id)
        if row.deleted_at is None:
            raise StoreError(f"encounter {encounter_id} is not in the trash")
        previous = encounter_to_dict(_read_encounters(session, [encounter_id])[encounter_id])
        restore_in(session, encounter_id, revision=row.revision + 1)
        _add_history(
            session,
            encounter_id,
            previous,
            workflow.TRASH_HISTORY["restore"],
            {"by": by} if by else {},
            by=by,
        )


def restore_in(session: Session, encounter_id: str, *, revision: int | None = None) -> None:
    """Within a write: the encounter out of the trash and its deletion marked restored (an
    import of a newer version brings it back too, store/merge.py)."""
    values: dict[str, Any] = {"deleted_at": None}
    if revision is not None:
        values["revision"] = revision
    session.execute(update(Encounter).where(Encounter.id == encounter_id).values(**values))
    session.execute(
        update(Deletion)
        .where(
            Deletion.encounter_id == encounter_id,
            Deletion.restored_at.is_(None),
            Deletion.purged_at.is_(None),
        )
        .values(restored_at=now_utc())
    )


def in_trash(db: Database, encounter_id: str) -> bool:
    """Whether the encounter is in the trash (False: not, or not stored)."""
    with db.read() as session:
        deleted_at = session.scalar(
            select(Encounter.deleted_at).where(Encounter.id == encounter_id)
        )
    return deleted_at is not None


def count_trash(db: Database) -> int:
    return count_encounters(db, TRASH)


def list_trash(db: Database) -> list[TrashEntry]:
    """Everything in the trash, the most recently trashed first."""
    total = count_trash(db)
    if total == 0:
        return []
    rows = listing.list_rows(db, TRASH, limit=total)
    ids = [row.id for row in rows]
    with db.read() as session:
        when: dict[str, datetime] = {
            encounter_id: deleted_at
            for encounter_id, deleted_at in session.execute(
                select(Encounter.id, Encounter.deleted_at).where(Encounter.id.in_(ids))
            )
            if deleted_at is not None
        }
        audit: dict[str, Deletion] = {}
        for deletion in session.scalars(
            select(Deletion)
            .where(
                Deletion.encounter_id.in_(ids),
                Deletion.restored_at.is_(None),
                Deletion.purged_at.is_(None),
            )
            .order_by(Deletion.deleted_at, Deletion.id)
        ):
            audit[deletion.encounter_id] = deletion  # the latest wins
        session.expunge_all()
    out = []
    for row in rows:
        deleted_at = when[row.id]
        found = audit.get(row.id)
        out.append(
            TrashEntry(
                row=row,
                kind=found.kind if found else workflow.trash_action(row.status),
                deleted_at=deleted_at,
                deleted_by=found.deleted_by if found else None,
                reason=found.reason if found else "",
                purge_at=purge_moment(deleted_at),
            )
        )
    return sorted(out, key=lambda entry: (entry.deleted_at, entry.row.id), reverse=True)


def _expired(now: datetime | None, days: int) -> Any:
    cutoff = (now or now_utc()) - timedelta(days=days)
    return Encounter.deleted_at.is_not(None) & (Encounter.deleted_at <= cutoff)


def count_expired(
    db: Database, now: datetime | None = None, days: int = workflow.TRASH_DAYS
) -> int:
    """How many trashed encounters are due to be purged (an index probe: cheap at start)."""
    with db.read() as session:
        query = select(func.count()).select_from(Encounter).where(_expired(now, days))
        return int(session.scalar(query) or 0)


def purge_trash(
    db: Database,
    now: datetime | None = None,
    days: int = workflow.TRASH_DAYS,
    *,
    reclaim: bool = True,
    progress: privacy.Progress | None = None,
) -> privacy.ErasureResult:
    """Delete the encounters trashed `days` or more days before `now` (0: empty the whole
    trash) with everything that belongs to them, mark their deletions purged, then reclaim the
    space as privacy.purge_older_than does. Nothing to purge: nothing is touched."""
    if count_expired(db, now, days) == 0:
        return privacy.ErasureResult(0)
    if reclaim:
        privacy.check_room(db)
    deleted = privacy._delete_encounters(db, _expired(now, days), progress=progress)
    return privacy._finish(db, privacy.ErasureResult(deleted), reclaim and deleted > 0, progress)


def purged_deletions(session: Session, ids: Sequence[str]) -> dict[str, datetime]:
    """Of `ids`, those purged from this database's trash (and not restored), with when they
    were trashed last: an import brings them back only in a version changed after that."""
    found: dict[str, datetime] = {}
    for start in range(0, len(ids), CHUNK):
        rows = session.execute(
            select(Deletion.encounter_id, func.max(Deletion.deleted_at))
            .where(
                Deletion.encounter_id.in_(ids[start : start + CHUNK]),
                Deletion.purged_at.is_not(None),
                Deletion.restored_at.is_(None),
            )
            .group_by(Deletion.encounter_id)
        )
        found.update((encounter_id, deleted_at) for encounter_id, deleted_at in rows)
    return found
