"""The encounter log: one page of summary rows at a time, sorted and filtered in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, Literal

from sqlalchemy import func, select

from mysteryshop.store.db import Database
from mysteryshop.store.filtering import filtered
from mysteryshop.store.models import (
    Encounter,
    EncounterTag,
    FormVersion,
    Location,
    Observer,
    SyncConflict,
)
from mysteryshop.store.records import EncounterFilter

SortKey = Literal[
    "visited_at", "location", "region", "form", "observer", "score", "feeling", "status",
    "critical_fail", "updated_at",
]  # fmt: skip

_SORT_COLUMNS = {
    "visited_at": Encounter.visited_at,
    "location": Location.name,
    "region": Location.region,
    "form": FormVersion.title,
    "observer": Observer.alias,
    "score": Encounter.score,
    "feeling": Encounter.feeling,
    "status": Encounter.status,
    "critical_fail": Encounter.critical_fail,
    "updated_at": Encounter.updated_at,
}
SORT_KEYS: tuple[str, ...] = tuple(_SORT_COLUMNS)


@dataclass(frozen=True)
class EncounterRow:
    """One line of the encounter log."""

    id: str
    visited_at: datetime  # aware, in the observer's offset
    location: str
    region: str | None
    form_id: str
    form_version: int
    form_title: str
    observer: str | None
    score: float | None
    feeling: int | None
    status: str
    tags: tuple[str, ...]
    critical_fail: bool
    updated_at: datetime
    calibration: str | None = None  # the observer-calibration session it was recorded for


def list_rows(
    db: Database,
    f: EncounterFilter | None = None,
    *,
    sort: str = "visited_at",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[EncounterRow]:
    """One page of the log. Rows with no value in the sort column come last either way."""
    if sort not in _SORT_COLUMNS:
        raise ValueError(f"cannot sort by {sort!r}")
    column = _SORT_COLUMNS[sort]
    # NULLS LAST rather than a leading "column IS NULL" term: that term hides the column's
    # index from the planner, so every page sorted the whole table (~200 ms at 100,000).
    order: list[Any] = [(column.desc() if descending else column.asc()).nulls_last()]
    if sort != "visited_at":
        order.append(Encounter.visited_at.desc() if descending else Encounter.visited_at.asc())
    order.append(Encounter.id)
    columns = (
        select(
            Encounter.id,
            Encounter.visited_at,
            Encounter.utc_offset_minutes,
            Location.name,
            Location.region,
            FormVersion.form_id,
            FormVersion.version,
            FormVersion.title,
            Observer.alias,
            Encounter.score,
            Encounter.feeling,
            Encounter.status,
            Encounter.critical_fail,
            Encounter.updated_at,
            Encounter.calibration,
        )
        .select_from(Encounter)
        .outerjoin(Observer, Observer.id == Encounter.observer_id)
    )
    query = filtered(columns, f or EncounterFilter())
    query = query.order_by(*order).offset(offset).limit(limit)
    with db.read() as session:
        rows = session.execute(query).all()
        ids = [row[0] for row in rows]
        tags: dict[str, list[str]] = {}
        if ids:
            for encounter_id, tag in session.execute(
                select(EncounterTag.encounter_id, EncounterTag.tag)
                .where(EncounterTag.encounter_id.in_(ids))
                .order_by(EncounterTag.tag)
            ):
                tags.setdefault(encounter_id, []).append(tag)
    return [
        EncounterRow(
            id=encounter_id,
            visited_at=visited.astimezone(timezone(timedelta(minutes=offset_minutes))),
            location=location,
            region=region,
            form_id=form_id,
            form_version=version,
            form_title=title,
            observer=alias,
            score=score,
            feeling=feeling,
            status=status,
            tags=tuple(tags.get(encounter_id, ())),
            critical_fail=bool(critical),
            updated_at=updated.astimezone(UTC),
            calibration=calibration,
        )
        for (
            encounter_id,
            visited,
            offset_minutes,
            location,
            region,
            form_id,
            version,
            title,
            alias,
            score,
            feeling,
            status,
            critical,
            updated,
            calibration,
        ) in rows
    ]


def all_tags(db: Database) -> list[str]:
    """Every tag in use, most used first."""
    with db.read() as session:
        return list(
            session.scalars(
                select(EncounterTag.tag)
                .group_by(EncounterTag.tag)
                .order_by(func.count().desc(), EncounterTag.tag)
            )
        )


def regions(db: Database) -> list[str]:
    with db.read() as session:
        return list(
            session.scalars(
                select(Location.region)
                .where(Location.region.is_not(None))
                .distinct()
                .order_by(Location.region)
            )
        )


SNIPPET_FIELDS = ("notes", "staff", "reviewer_note")
"""The texts the log's search looks in (store/filtering.py), in the order a snippet is taken
from; a location's name is the other, and the row shows it already."""


def match_snippet(
    db: Database, encounter_id: str, text: str, width: int = 90
) -> tuple[str, str] | None:
    """Where the search `text` is in one encounter: (field, the words around it), from the
    first of SNIPPET_FIELDS that holds it; None when only the location's name matched. The
    log shows it for the selected row (APP.md: a search did not say why a row matched)."""
    if not text.strip():
        return None
    with db.read() as session:
        found = session.execute(
            select(Encounter.notes, Encounter.staff, Encounter.reviewer_note).where(
                Encounter.id == encounter_id
            )
        ).first()
    if found is None:
        return None
    for field, value in zip(SNIPPET_FIELDS, found, strict=True):
        snippet = around(value or "", text, width)
        if snippet:
            return field, snippet
    return None


def around(value: str, text: str, width: int = 90) -> str:
    """`text` in `value` (ignoring case) with about `width` characters around it, cut at
    spaces, one line, "…" where cut; "" when `value` does not hold it."""
    lowered = value.lower()
    start = lowered.find(text.lower())
    if start < 0:
        return ""
    if len(lowered) != len(value):  # a letter whose lower case is longer ("İ"): no offsets
        start = 0
    end = start + len(text)
    room = max(width - len(text), 0) // 2
    first, last = max(start - room, 0), min(end + room, len(value))
    if first > 0 and " " in value[first:start]:
        first = value.index(" ", first, start) + 1
    if last < len(value) and " " in value[end:last]:
        last = value.rindex(" ", end, last)
    line = " ".join(value[first:last].split())
    return ("…" if first > 0 else "") + line + ("…" if last < len(value) else "")


def in_sync_conflict(db: Database) -> set[str]:
    """The encounters of a laptop that its last sync found changed on both sides and that
    wait to be resolved (store/sync.py keeps them), for the log to mark. None on a server:
    the sync tables are a laptop's (and no team member's on a team server)."""
    if not db.is_sqlite:
        return set()
    with db.read() as session:
        return set(session.scalars(select(SyncConflict.encounter_id)))
