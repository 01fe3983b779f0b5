"""Keeping the list of locations tidy: rename, set a region, merge duplicates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import CursorResult, func, select, update

from mysteryshop.names import optional_key
from mysteryshop.store import actions
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.models import Encounter, Location
from mysteryshop.store.queries import _already, _same_location, location_problems


@dataclass(frozen=True)
class LocationSummary:
    id: str
    name: str
    region: str | None
    encounters: int
    last_visit: datetime | None = None  # the latest encounter's time (aware), None: none


def location_summaries(db: Database) -> list[LocationSummary]:
    """Every location with its number of encounters and when the latest was, by region then
    name; encounters in the trash do not count (they are left out everywhere else too)."""
    counts = (
        select(
            Encounter.location_id,
            func.count().label("n"),
            func.max(Encounter.visited_at).label("last"),
        )
        .where(Encounter.deleted_at.is_(None))
        .group_by(Encounter.location_id)
        .subquery()
    )
    query = (
        select(
            Location.id,
            Location.name,
            Location.region,
            func.coalesce(counts.c.n, 0),
            counts.c.last,
        )
        .outerjoin(counts, counts.c.location_id == Location.id)
        .order_by(Location.region, Location.name)
    )
    with db.read() as session:
        return [
            LocationSummary(row[0], row[1], row[2], row[3], _aware(row[4]))
            for row in session.execute(query)
        ]


def _aware(moment: datetime | None) -> datetime | None:
    """An aggregate's time: SQLite hands MAX() back as naive UTC."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def update_location(
    db: Database, location_id: str, *, name: str | None = None, region: str | None = None
) -> None:
    """Rename a location and/or set its region ('' clears the region). Refuses a name and
    region that read the same as another location's (names.name_key, as add_location does):
    merge the two instead."""
    values: dict[str, str | None] = {}
    if name is not None:
        if not name.strip():
            raise StoreError("a location needs a name")
        values["name"] = name.strip()
        values["name_key"] = optional_key(values["name"])
    if region is not None:
        values["region"] = region.strip() or None
        values["region_key"] = optional_key(values["region"])
    if not values:
        return
    problems = location_problems(values.get("name"), values.get("region"))
    if problems:
        raise StoreError(*problems)
    with db.write() as session:
        current = session.execute(
            select(Location.name, Location.region).where(Location.id == location_id)
        ).first()
        if current is None:
            raise StoreError(f"no location with id {location_id}")
        new_name = values.get("name", current.name)
        new_region = values["region"] if "region" in values else current.region
        same = _same_location(session, str(new_name), new_region, other_than=location_id)
        if same is not None:
            raise StoreError(f"{_already(same)}; merge the two instead")
        session.execute(update(Location).where(Location.id == location_id).values(values))


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
        actions.move_to_location(session, duplicates, keep_id)  # else deleted with them
        for lid in duplicates:
            session.delete(session.get(Location, lid))
        return int(moved.rowcount or 0)
