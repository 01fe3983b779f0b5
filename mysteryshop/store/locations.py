"""Keeping the list of locations tidy: rename, set a region, merge duplicates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import CursorResult, func, select, update

from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.models import Encounter, Location
from mysteryshop.store.queries import location_problems


@dataclass(frozen=True)
class LocationSummary:
    id: str
    name: str
    region: str | None
    encounters: int


def location_summaries(db: Database) -> list[LocationSummary]:
    """Every location with its number of encounters, by region then name."""
    counts = (
        select(Encounter.location_id, func.count().label("n"))
        .group_by(Encounter.location_id)
        .subquery()
    )
    query = (
        select(Location.id, Location.name, Location.region, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.location_id == Location.id)
        .order_by(Location.region, Location.name)
    )
    with db.read() as session:
        return [LocationSummary(*row) for row in session.execute(query)]


def update_location(
    db: Database, location_id: str, *, name: str | None = None, region: str | None = None
) -> None:
    """Rename a location and/or set its region ('' clears the region)."""
    values: dict[str, str | None] = {}
    if name is not None:
        if not name.strip():
            raise StoreError("a location needs a name")
        values["name"] = name.strip()
    if region is not None:
        values["region"] = region.strip() or None
    if not values:
        return
    problems = location_problems(values.get("name"), values.get("region"))
    if problems:
        raise StoreError(*problems)
    with db.write() as session:
        done: CursorResult[Any] = session.execute(  # type: ignore[assignment]
            update(Location).where(Location.id == location_id).values(values)
        )
        if done.rowcount == 0:
            raise StoreError(f"no location with id {location_id}")


def merge_locations(db: Database, keep_id: str, duplicate_ids: Sequence[str]) -> int:
    """Move every encounter of the duplicates to `keep_id` and delete the duplicates.
    Returns the number of encounters moved."""
    duplicates = [lid for lid in duplicate_ids if lid != keep_id]
    if not duplicates:
        return 0
    with db.write() as session:
        found = set(
            session.scalars(select(Location.id).where(Location.id.in_([keep_id, *duplicates])))
        )
        missing = [lid for lid in [keep_id, *duplicates] if lid not in found]
        if missing:
            raise StoreError(f"no location with id {missing[0]}")
        moved: CursorResult[Any] = session.execute(  # type: ignore[assignment]
            update(Encounter)
            .where(Encounter.location_id.in_(duplicates))
            .values(location_id=keep_id)
        )
        for lid in duplicates:
            session.delete(session.get(Location, lid))
        return int(moved.rowcount or 0)
