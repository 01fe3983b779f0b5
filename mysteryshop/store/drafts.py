"""Encounters not (yet) in the database — no location chosen, a save that failed — kept as small
JSON files beside it, so that nothing an observer typed is lost when the app is closed or killed.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mysteryshop import paths
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterData, encounter_to_dict

UNSAVED_FOLDER = "unsaved"
_ID = re.compile(r"^[A-Za-z0-9-]{1,64}$")


@dataclass
class UnsavedEncounter:
    """An encounter as it was last typed. `data.location_id` is '' when no location was chosen;
    `location_text` is what was typed in the location box."""

    data: EncounterData
    location_text: str
    kept_at: datetime


def unsaved_dir(db: Database) -> Path:
    """The folder of unsaved encounters: beside a SQLite file, else in the data folder."""
    database = db.engine.url.database if db.is_sqlite else None
    if database and database != ":memory:" and not database.startswith("file:"):
        return Path(database).expanduser().resolve().parent / UNSAVED_FOLDER
    return paths.data_dir() / UNSAVED_FOLDER


def _file(db: Database, encounter_id: str) -> Path:
    if not _ID.match(encounter_id):
        raise ValueError(f"not an encounter id: {encounter_id!r}")
    return unsaved_dir(db) / f"{encounter_id}.json"


def keep_unsaved(
    db: Database, data: EncounterData, location_text: str = "", *, kept_at: datetime | None = None
) -> Path:
    """Write (atomically) the encounter's current state; replaces an earlier one. `kept_at`
    (default: now) is when it was typed: a scrubbed draft keeps its time."""
    target = _file(db, data.id)
    target.parent.mkdir(parents=True, exist_ok=True)
    content = encounter_to_dict(data)
    content["revision"] = data.revision
    content["location_text"] = location_text
    content["kept_at"] = (kept_at or datetime.now(UTC)).isoformat()
    handle, temporary = tempfile.mkstemp(prefix=".unsaved-", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(content, out, ensure_ascii=False)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def read_unsaved(db: Database, encounter_id: str) -> UnsavedEncounter | None:
    """The kept state of one encounter, or None (also for an unreadable file)."""
    try:
        return _parse(json.loads(_file(db, encounter_id).read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def list_unsaved(db: Database) -> list[UnsavedEncounter]:
    """Every kept encounter, the most recently kept first; unreadable files are skipped."""
    folder = unsaved_dir(db)
    found = []
    for path in folder.glob("*.json") if folder.is_dir() else ():
        kept = read_unsaved(db, path.stem) if _ID.match(path.stem) else None
        if kept is not None:
            found.append(kept)
    found.sort(key=lambda kept: kept.kept_at, reverse=True)
    return found


def discard_unsaved(db: Database, encounter_id: str) -> None:
    """Forget the kept state of an encounter (once it is safely in the database)."""
    _file(db, encounter_id).unlink(missing_ok=True)


def _moment(text: Any) -> datetime:
    if not isinstance(text, str):
        raise TypeError("expected an ISO 8601 time")
    return datetime.fromisoformat(text)


def _parse(raw: dict[str, Any]) -> UnsavedEncounter:
    data = EncounterData(
        id=str(raw["id"]),
        form_id=str(raw["form"]),
        form_version=int(raw["form_version"]),
        location_id=str(raw.get("location") or ""),
        visited_at=_moment(raw["visited_at"]),
        observer=raw.get("observer"),
        channel=str(raw.get("channel") or "in_person"),
        staff=str(raw.get("staff") or ""),
        status=str(raw.get("status") or "draft"),
        answers=dict(raw.get("answers") or {}),
        na=list(raw.get("na") or []),
        notes=str(raw.get("notes") or ""),
        tags=list(raw.get("tags") or []),
        timer={str(event): _moment(moment) for event, moment in (raw.get("timer") or {}).items()},
        reviewer_note=str(raw.get("reviewer_note") or ""),
        return_reason=str(raw.get("return_reason") or ""),
        reviewed_by=str(raw["reviewed_by"]) if raw.get("reviewed_by") else None,
        reviewed_at=_moment(raw["reviewed_at"]) if raw.get("reviewed_at") else None,
        created_at=_moment(raw["created_at"]) if raw.get("created_at") else None,
        revision=int(raw.get("revision") or 0),
    )
    return UnsavedEncounter(data, str(raw.get("location_text") or ""), _moment(raw["kept_at"]))
