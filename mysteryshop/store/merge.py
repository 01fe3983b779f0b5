"""Importing encounters by id: new ones added, changed ones merged by `updated_at`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mysteryshop import intake, workflow
from mysteryshop.forms import Form
from mysteryshop.store import comments, question_totals, trash
from mysteryshop.store.attachments import merge_into
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.models import Encounter, EncounterHistory, Location
from mysteryshop.store.queries import (
    CHUNK,
    _add_history,
    _add_locations,
    _form_version_ids,
    _get_form,
    _insert_checked,
    _observer_ids,
    _read_encounters,
    _replace,
    _rows,
    _store_form,
    encounter_problems,
    now_utc,
)
from mysteryshop.store.records import EncounterData, LocationData, encounter_to_dict


@dataclass
class MergeResult:
    """What an import did; every number counts encounters except the first two."""

    forms_added: int = 0
    locations_added: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_newer: int = 0
    attachments_added: int = 0
    # Discarded or deleted here (in the trash, or purged from it) and carried in a version not
    # changed since: left deleted. `restored`: brought back by a newer version (in `updated`
    # or `added` too).
    stayed_deleted: int = 0
    restored: int = 0
    phrases_added: int = 0  # of the comment library
    # Approved here and coming back as a draft or submitted, however newer: the approval
    # stands and the incoming version goes into the history (import-older). Their ids.
    conflicts: list[str] = field(default_factory=list)


def _comparable(snapshot: dict[str, Any], *, dated: bool = True) -> dict[str, Any]:
    """An encounter (as encounter_to_dict gives it, or a history snapshot) without what the
    store computes or sets; without `updated_at` too when the incoming version has none
    (not `dated`)."""
    dropped = {"score", "critical_fail", "revision", "created_at"}
    if not dated:
        dropped.add("updated_at")
    return {key: value for key, value in snapshot.items() if key not in dropped}


def merge_encounters(
    db: Database,
    forms: Sequence[Form],
    locations: Sequence[LocationData],
    encounters: Sequence[EncounterData],
    *,
    progress: Any = None,
    attachments: Sequence[Any] = (),
    checked: bool = False,
    phrases: Sequence[comments.PhraseKey] = (),
) -> MergeResult:
    """Import by id in one transaction: new encounters are added; when one differs, the newer
    `updated_at` wins and the other version goes into its history. Importing the same data
    again changes nothing. Any invalid encounter refuses the whole import (StoreError), and
    so does a created_at or updated_at in the future (intake.FUTURE_TOLERANCE): it would win
    every later merge.

    An encounter without `updated_at` (the format lets it out) is read as changed at the time
    of the import: a new one takes its created_at (or the import time); a stored one is
    unchanged when it equals, times aside, the stored version or one in its history, and is
    otherwise the newer version, stored with the import time. Importing it again then
    changes nothing.

    `attachments` (store.attachments.IncomingAttachment) are merged by id in the same
    transaction, and so are the comment library's `phrases` (comments.merge_into).
    `checked`: the caller already checked each encounter against its form
    (encounter_problems), so new ones are not checked twice."""
    result = MergeResult()
    future = [
        problem
        for data in encounters
        for key in ("created_at", "updated_at")
        if (moment := getattr(data, key)) is not None
        and (problem := intake.change_time_problem(moment, f"encounter {data.id}: {key}"))
    ]
    if future:
        raise StoreError(*future)
    with db.write(bulk=True) as session:
        for form in sorted(forms, key=lambda form: (form.id, form.version)):
            result.forms_added += _store_form(session, form)[1]
        result.locations_added = _add_locations(session, locations)
        existing = _stored(session, sorted(data.id for data in encounters))
        new = [data for data in encounters if data.id not in existing]
        purged = trash.purged_deletions(session, [data.id for data in new])
        if purged:
            back = [data for data in new if _changed_since(data, purged.get(data.id))]
            result.stayed_deleted += len(new) - len(back)
            new = back
            result.restored += sum(1 for data in new if data.id in purged)
        trashed = _trashed(session, sorted(existing))
        changed = [data for data in encounters if data.id in existing]
        skipped: list[str] = []
        result.added = _insert_checked(session, new, progress, checked=checked, skipped=skipped)
        if skipped:  # stored by an import that ran at the same time: merged like the others
            existing.update(_stored(session, sorted(skipped)))
            again = set(skipped)
            changed += [data for data in new if data.id in again]
        for data in changed:
            old = existing[data.id]
            deleted_at = trashed.get(data.id)
            if deleted_at is not None and not _changed_since(
                data, max(deleted_at, old.updated_at or deleted_at)
            ):
                result.stayed_deleted += 1
                continue
            dated = data.updated_at is not None
            incoming = _comparable(encounter_to_dict(data), dated=dated)
            if _comparable(encounter_to_dict(old), dated=dated) == incoming:
                result.unchanged += 1
                continue
            if not dated:
                earlier = _history(session, data.id)
                if any(_comparable(seen, dated=False) == incoming for seen in earlier):
                    result.unchanged += 1  # a version seen before, times aside
                    continue
                data.updated_at = now_utc()  # read as changed now, by this import
            newer = (
                data.updated_at is not None
                and old.updated_at is not None
                and (data.updated_at > old.updated_at)
            )
            if newer and old.status in _KEPT_STATUSES and data.status in _TURNED_BACK:
                _add_history(session, data.id, encounter_to_dict(data), "import-older", {})
                result.conflicts.append(data.id)
                continue
            if newer:
                _check_one(session, data)
                data.revision = old.revision + 1
                data.created_at = old.created_at
                before, after = encounter_to_dict(old), encounter_to_dict(data)
                details = workflow.change_details(before, after)
                _add_history(session, old.id, before, "imported", details)
                form = _get_form(session, data.form_id, data.form_version)
                form_id = _form_version_ids(session)[(data.form_id, data.form_version)]
                observer_id = _observer_ids(session, [data.observer]).get(data.observer or "")
                _replace(session, _rows(form, form_id, observer_id, data), old.revision)
                result.updated += 1
                if deleted_at is not None:
                    trash.restore_in(session, old.id)
                    _add_history(session, old.id, after, "restored", {})
                    result.restored += 1
            else:
                snapshot = encounter_to_dict(data)
                if snapshot in _history(session, data.id):
                    result.unchanged += 1
                    continue
                _add_history(session, data.id, snapshot, "import-older", {})
                result.kept_newer += 1
        if attachments:
            result.attachments_added = merge_into(session, attachments)
        result.phrases_added = comments.merge_into(session, phrases)
    question_totals.refresh(db)  # the reports after it read the sums (SQLite)
    return result


_KEPT_STATUSES = ("approved",)
_TURNED_BACK = ("draft", "submitted")
"""An import never turns an approved visit back into a draft or a submitted one: a reviewer's
approval is undone only by a reviewer (a return), never by a copy edited elsewhere."""


def _changed_since(data: EncounterData, moment: datetime | None) -> bool:
    """Whether an incoming version was changed after `moment` (None: nothing to be newer
    than). A version without `updated_at` cannot say: it is not."""
    if moment is None:
        return True
    return data.updated_at is not None and data.updated_at > moment


def _trashed(session: Session, ids: Sequence[str]) -> dict[str, datetime]:
    """Of the stored `ids`, those in the trash, with when they went there."""
    found: dict[str, datetime] = {}
    for start in range(0, len(ids), CHUNK):
        rows = session.execute(
            select(Encounter.id, Encounter.deleted_at).where(
                Encounter.id.in_(ids[start : start + CHUNK]), Encounter.deleted_at.is_not(None)
            )
        )
        found.update((encounter_id, at) for encounter_id, at in rows if at is not None)
    return found


def _history(session: Session, encounter_id: str) -> Sequence[dict[str, Any]]:
    """The earlier versions of an encounter kept in its history."""
    return session.scalars(
        select(EncounterHistory.snapshot).where(EncounterHistory.encounter_id == encounter_id)
    ).all()


def _stored(session: Session, ids: Sequence[str]) -> dict[str, EncounterData]:
    """The stored encounters among `ids` (sorted), locked until the transaction ends on a
    server database (FOR UPDATE: an import at the same time waits to merge them in turn)."""
    existing: dict[str, EncounterData] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        found = session.scalars(
            select(Encounter.id)
            .where(Encounter.id.in_(chunk))
            .order_by(Encounter.id)
            .with_for_update()
        ).all()
        if found:
            existing.update(_read_encounters(session, found))
    return existing


def _check_one(session: Session, data: EncounterData) -> None:
    key = (data.form_id, data.form_version)
    if key not in _form_version_ids(session):
        raise StoreError(f"encounter {data.id}: form: no form {key[0]} version {key[1]}")
    problems = encounter_problems(_get_form(session, *key), data)
    if session.get(Location, data.location_id) is None:
        problems.append(f"location: unknown location {data.location_id}")
    if problems:
        raise StoreError(*(f"encounter {data.id}: {problem}" for problem in problems))
