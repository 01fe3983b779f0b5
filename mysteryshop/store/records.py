"""Plain objects the store takes and returns: no SQLAlchemy, no Qt."""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from mysteryshop.vocabulary import reported_statuses


def new_id() -> str:
    """A fresh UUID text for an encounter or a location."""
    return str(uuid.uuid4())


@dataclass
class LocationData:
    id: str
    name: str
    region: str | None = None


@dataclass
class FormVersionInfo:
    """One stored version of a form."""

    form_id: str
    version: int
    title: str
    content_hash: str
    imported_at: datetime
    encounters: int = 0


@dataclass
class EncounterData:
    """One encounter as observers record it and bundles carry it.

    `visited_at` and the timer events are time-zone aware and keep the observer's offset.
    `reviewed_by` and `reviewed_at` say who approved or returned it last, and when: the store
    records them (workflow.py); a save does not change them otherwise.
    `score`, `critical_fail` and `feeling` are computed by scoring.py when saved."""

    id: str
    form_id: str
    form_version: int
    location_id: str
    visited_at: datetime
    observer: str | None = None
    channel: str = "in_person"
    staff: str = ""
    status: str = "draft"
    answers: dict[str, Any] = field(default_factory=dict)
    na: list[str] = field(default_factory=list)
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    timer: dict[str, datetime] = field(default_factory=dict)
    reviewer_note: str = ""
    return_reason: str = ""
    reviewed_by: str | None = None
    reviewed_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    revision: int = 0
    score: float | None = None
    critical_fail: bool = False
    feeling: int | None = None
    calibration: str | None = None


@dataclass
class EncounterFilter:
    """Which encounters a list, export or report covers. Empty fields do not filter.

    `statuses` None means every status; reports and the dashboard count `reported()`.
    `calibration`: only the encounters of that calibration session. Otherwise calibration
    encounters match when `with_calibration` (lists do), and never in figures (`reported()`).
    `in_trash`: only the trash; trashed encounters match no other filter.
    `ids`: only these encounters (the ones selected in a list)."""

    form_id: str | None = None
    location: str | None = None
    region: str | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None
    statuses: tuple[str, ...] | None = None
    tag: str | None = None
    critical_only: bool = False
    text: str | None = None
    calibration: str | None = None
    with_calibration: bool = True
    in_trash: bool = False
    ids: tuple[str, ...] | None = None

    def reported(self) -> EncounterFilter:
        """This filter as reports and the dashboard count it: the reported statuses
        (submitted and approved, vocabulary.REPORTED_STATUSES) unless it names statuses, and
        no calibration encounters unless it names a session."""
        return dataclasses.replace(
            self, statuses=reported_statuses(self.statuses), with_calibration=False
        )


@dataclass
class HistoryEntry:
    """One change of an encounter: its kind (workflow.HISTORY_KINDS), what changed as data
    (workflow.change_details; worded at display time by workflow.history_messages), and the
    encounter as it was before the change, and who made it (`changed_by`: a team member's
    alias, the local observer alias or reviewer; None when not recorded, before schema 0010)."""

    changed_at: datetime
    change: str
    details: dict[str, Any]
    snapshot: dict[str, Any]
    changed_by: str | None = None


def encounter_to_dict(data: EncounterData) -> dict[str, Any]:
    """An encounter as a bundle carries it (DESIGN.md): JSON types only, times as ISO 8601."""

    def iso(moment: datetime | None) -> str | None:
        return moment.isoformat() if moment is not None else None

    out = {
        "id": data.id,
        "form": data.form_id,
        "form_version": data.form_version,
        "location": data.location_id,
        "observer": data.observer,
        "visited_at": iso(data.visited_at),
        "channel": data.channel,
        "staff": data.staff,
        "status": data.status,
        "answers": dict(sorted(data.answers.items())),
        "na": sorted(data.na),
        "notes": data.notes,
        "tags": sorted(data.tags),
        "timer": {event: iso(moment) for event, moment in data.timer.items()},
        "reviewer_note": data.reviewer_note,
        "return_reason": data.return_reason,
        "reviewed_by": data.reviewed_by,
        "reviewed_at": iso(data.reviewed_at),
        "score": data.score,
        "critical_fail": data.critical_fail,
        "created_at": iso(data.created_at),
        "updated_at": iso(data.updated_at),
    }
    # Only when set: most encounters are no calibration, and older files never had the key.
    if data.calibration:
        out["calibration"] = data.calibration
    return out
