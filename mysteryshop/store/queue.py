"""The review queue: the encounters waiting for a reviewer, oldest visit first, under the
log's filter. The queue is a query, not a table: approving or returning an encounter takes it
out, submitting one puts it in."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection

from sqlalchemy import and_, or_, select

from mysteryshop import workflow
from mysteryshop.store import queries
from mysteryshop.store.db import Database
from mysteryshop.store.filtering import filtered
from mysteryshop.store.models import Encounter
from mysteryshop.store.records import EncounterFilter

WAITING = workflow.destination("submit")
"""The status of an encounter waiting for review: where submitting leads."""


def queue_filter(f: EncounterFilter | None = None) -> EncounterFilter:
    """`f` (the log's filter) narrowed to the encounters waiting for review; the status it
    names, if any, gives way, and the trash is never reviewed."""
    return dataclasses.replace(f or EncounterFilter(), statuses=(WAITING,), in_trash=False)


def count(db: Database, f: EncounterFilter | None = None) -> int:
    """How many encounters wait for review under `f`."""
    return queries.count_encounters(db, queue_filter(f))


def step(
    db: Database,
    f: EncounterFilter | None,
    current: str | None,
    *,
    forward: bool = True,
    leave_out: Collection[str] = (),
    wrap: bool = True,
) -> str | None:
    """The id of the encounter after (or before) `current` in queue order (visit time, then
    id), left out those in `leave_out` (skipped). From the start (or the end) when `current`
    is None or gone; with `wrap`, past the end it starts again. None: nothing left."""
    order = (
        (Encounter.visited_at.asc(), Encounter.id.asc())
        if forward
        else (Encounter.visited_at.desc(), Encounter.id.desc())
    )
    base = filtered(select(Encounter.id).select_from(Encounter), queue_filter(f), lean=True)
    if leave_out:
        base = base.where(Encounter.id.not_in(list(leave_out)))
    with db.read() as session:
        key = None
        if current is not None:
            key = session.execute(
                select(Encounter.visited_at, Encounter.id).where(Encounter.id == current)
            ).first()
        query = base
        if key is not None:
            visited, encounter_id = key
            if forward:
                beyond = or_(
                    Encounter.visited_at > visited,
                    and_(Encounter.visited_at == visited, Encounter.id > encounter_id),
                )
            else:
                beyond = or_(
                    Encounter.visited_at < visited,
                    and_(Encounter.visited_at == visited, Encounter.id < encounter_id),
                )
            query = base.where(beyond)
        found = session.scalars(query.order_by(*order).limit(1)).first()
        if found is None and key is not None and wrap:
            found = session.scalars(
                base.where(Encounter.id != current).order_by(*order).limit(1)
            ).first()
        return found
