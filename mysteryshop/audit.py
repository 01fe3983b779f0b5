"""The audit trail's pure parts: the content hash of an observer's record, and how long after
leaving the visit it was written up. Qt-free and SQL-free: the store records the hash in the
history at each submission and approval, `mysteryshop check` verifies it, the visit report
prints it.

A visit's score decides a store manager's bonus, so a record gets challenged weeks later; the
hash answers "is this what the observer submitted?" without trusting whoever holds the
database file: anything changed in it outside the app (plain SQL) no longer matches the hash
the history recorded when it was last written through the store.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

HASHED_FIELDS: Final[tuple[str, ...]] = (
    "id", "form", "form_version", "location", "visited_at", "channel", "staff", "answers",
    "na", "notes", "timer",
)  # fmt: skip
"""What the hash covers, as bundles name it: the observer's content. Not the review (tags,
notes, status, reviewer), which a trainer changes after submission, nor the observer's alias,
which an erasure (store/privacy.py) may replace, nor the computed score."""

HASHED_STATUSES: Final[tuple[str, ...]] = ("submitted", "approved", "returned")
"""The statuses whose content the history vouches for: a write leaving one of these records
the hash of the content it leaves. A draft is work in progress."""

SHORT_HASH: Final = 12
"""How many hex digits the short form shows (48 bits: a chance collision is out of reach for
a team's few thousand visits; the full hash is printed too)."""


def record_hash(record: Mapping[str, Any]) -> str:
    """The SHA-256 (hex) of an encounter's observer content (HASHED_FIELDS), given as bundles
    carry it (store.records.encounter_to_dict). Canonical: sorted keys, times as ISO 8601
    with their offset, N/A sorted; so the same content hashes the same on SQLite and
    PostgreSQL, before and after a bundle."""
    content = {key: _canonical(key, record.get(key)) for key in HASHED_FIELDS}
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def short_hash(full: str) -> str:
    return full[:SHORT_HASH]


def recorded_hash(details: Any) -> str | None:
    """The content hash a history entry's details recorded; None for an entry that recorded
    none (a draft's change, a trash step, an entry from before hashes were kept)."""
    found = details.get("hash") if isinstance(details, Mapping) else None
    return found if isinstance(found, str) else None


def _canonical(key: str, value: Any) -> Any:
    if key == "visited_at":
        return _time(value)
    if key == "timer":
        return {str(event): _time(moment) for event, moment in (value or {}).items()}
    if key == "na":
        return sorted(str(question) for question in value or ())
    if key == "answers":
        return dict(value or {})
    return value


def _time(value: Any) -> str | None:
    """One spelling per moment: the offset kept (it is part of what was recorded), the
    microseconds dropped only when zero, as isoformat does."""
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.isoformat()


def minutes_to_write_up(left: datetime | None, submitted: datetime | None) -> int | None:
    """Whole minutes from leaving the visit (the timer's "left") to the submission; None when
    either is unknown or the submission came first (a clock set wrong says nothing)."""
    if left is None or submitted is None:
        return None
    seconds = (submitted - left).total_seconds()
    if seconds < 0:
        return None
    return int(seconds // 60)
