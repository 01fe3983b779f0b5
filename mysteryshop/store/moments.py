"""Moments worth repeating (FIELD-NOTES: "collect the best experiences"): the reported visits a
reviewer tagged best practice, and the visits that left the observer clearly uplifted and
say why in their notes. The stories a trainer tells in a team meeting, so that coaching is
not only about failures.

Reported visits only (EncounterFilter.reported: no drafts, no calibration sessions, nothing
in the trash), filtered like every report. Each query reads a page or a bounded number per
location, counting the rest in the same statement (a window COUNT), for 100,000 encounters."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import and_, case, func, select

from mysteryshop.store.db import Database
from mysteryshop.store.filtering import filtered
from mysteryshop.store.models import Encounter, FormVersion, Location
from mysteryshop.store.records import EncounterFilter
from mysteryshop.store.report_data import (
    BEST_PRACTICE,
    CLEARLY_UPLIFTED,
    NotableEncounter,
    add_tags,
    has_tag,
    is_moment,
    moments_total,
    notable,
    notable_columns,
)

PAGE: Final = 200  # moments the view reads at a time
PER_LOCATION: Final = 5  # moments the PDF shows per location


@dataclass
class MomentPage:
    """Some of the filter's moments, newest first, and how many there are in all."""

    moments: list[NotableEncounter]
    total: int


def find_moments(
    db: Database, f: EncounterFilter, *, limit: int = PAGE, offset: int = 0
) -> MomentPage:
    """The filter's moments (its reported visits: `f.reported()`), newest first, `limit` of
    them from `offset`, with their tags; the total comes from the same query."""
    query = (
        filtered(
            notable_columns().add_columns(func.count().over()).where(is_moment()), f.reported()
        )
        .order_by(Encounter.visited_at.desc(), Encounter.id)
        .limit(limit)
        .offset(offset)
    )
    with db.read() as session:
        rows = session.execute(query).all()
        found = {row[0]: notable(row[:-1]) for row in rows}
        add_tags(session, found)
    if rows:
        total = int(rows[0][-1])
    else:  # past the end (or none at all): count them
        total = count_moments(db, f)
    return MomentPage(list(found.values()), total)


def count_moments(db: Database, f: EncounterFilter) -> int:
    """How many moments the filter holds."""
    return moments_total(db, f.reported())


@dataclass
class MomentPlace:
    """One location's moments in the PDF: its reported visits, how many of them are moments,
    and the best `shown` of them."""

    location_id: str
    name: str
    region: str | None
    visits: int
    total: int = 0
    moments: list[NotableEncounter] = field(default_factory=list)

    @property
    def more(self) -> int:
        """Moments not shown."""
        return self.total - len(self.moments)


def _best_first() -> tuple[Any, ...]:
    """Which moments a location shows first: tagged best practice by a reviewer, then the
    clearly uplifted with notes, then those with notes, the highest score, the newest."""
    uplifted = and_(Encounter.feeling >= CLEARLY_UPLIFTED, Encounter.notes != "")
    return (
        case((has_tag(BEST_PRACTICE), 1), else_=0).desc(),
        case((uplifted, 1), else_=0).desc(),
        case((Encounter.notes != "", 1), else_=0).desc(),
        func.coalesce(Encounter.score, -1.0).desc(),
        Encounter.visited_at.desc(),
        Encounter.id,
    )


def moments_by_location(
    db: Database, f: EncounterFilter, *, per_location: int | None = PER_LOCATION
) -> list[MomentPlace]:
    """Every location with moments in the filter, by name, with its reported visits, its
    number of moments and the best `per_location` of them (None: all), best first. A
    ROW_NUMBER() per location picks them in SQL, so only the shown moments are read."""
    if per_location is not None and per_location < 1:
        raise ValueError(f"at most {per_location} moments per location: give 1 or more")
    f = f.reported()
    with db.read() as session:
        places = {
            lid: MomentPlace(lid, name, region, int(visits))
            for lid, name, region, visits in session.execute(
                filtered(
                    select(Location.id, Location.name, Location.region, func.count())
                    .select_from(Encounter)
                    .group_by(Location.id, Location.name, Location.region),
                    f,
                )
            )
        }
        ranked = filtered(
            select(
                Encounter.id.label("id"),
                func.row_number()
                .over(partition_by=Encounter.location_id, order_by=_best_first())
                .label("rank"),
                func.count().over(partition_by=Encounter.location_id).label("moments"),
            )
            .select_from(Encounter)
            .where(is_moment()),
            f,
        ).subquery("ranked")
        chosen = (
            notable_columns()
            .join(ranked, ranked.c.id == Encounter.id)
            .join(Location, Location.id == Encounter.location_id)
            .join(FormVersion, FormVersion.id == Encounter.form_version_id)
            .add_columns(ranked.c.moments)
            .order_by(ranked.c.rank)
        )
        if per_location is not None:
            chosen = chosen.where(ranked.c.rank <= per_location)
        found: dict[str, NotableEncounter] = {}
        for row in session.execute(chosen):
            moment = notable(row[:-1])
            place = places[moment.location_id]
            place.total = int(row[-1])
            place.moments.append(moment)
            found[moment.id] = moment
        add_tags(session, found)
    out = [place for place in places.values() if place.moments]
    return sorted(out, key=lambda p: (p.name.casefold(), p.location_id))


def reported_visits(db: Database, f: EncounterFilter) -> int:
    """How many reported visits the filter holds (the n the moments are of)."""
    query = filtered(select(func.count()).select_from(Encounter), f.reported(), lean=True)
    with db.read() as session:
        return int(session.scalar(query) or 0)
