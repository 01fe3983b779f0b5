"""Exchange bundles (DESIGN.md): export encounters with their forms and locations as JSON,
read and check a bundle, and merge it into a database."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mysteryshop import intake
from mysteryshop.fileio import atomic_write
from mysteryshop.forms import Form, FormError, validate_form
from mysteryshop.gcpause import gc_paused
from mysteryshop.names import name_key
from mysteryshop.store import merge, queries
from mysteryshop.store.attachments import (
    MAX_ATTACHMENT_BYTES,
    MAX_NAME_CHARS,
    MEDIA_TYPES,
    AttachmentInfo,
)
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.records import (
    EncounterData,
    EncounterFilter,
    LocationData,
    encounter_to_dict,
)
from mysteryshop.vocabulary import CHANNELS, STATUSES, TIMER_EVENTS
from mysteryshop.workflow import UNKNOWN_REVIEWER

FORMAT = "mysteryshop-bundle"
FORMAT_VERSION = 1
MAX_BUNDLE_BYTES = 2_000_000_000
MAX_PROBLEMS = 200
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
# Other control characters than tab and line breaks (NUL is intake's, as everywhere).
_CONTROL = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TAG = re.compile(r"^[\w][\w .:-]{0,63}$")

Progress = Callable[[int, int], None]


class BundleError(ValueError):
    """A bundle that cannot be imported; `problems` lists each with its place in the file."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


@dataclass
class AttachmentMeta:
    """An attachment as bundle.json lists it under its encounter; the bytes travel only in a
    .zip bundle, as attachments/<id>.<extension>."""

    id: str
    encounter_id: str
    name: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime | None
    place: str  # where bundle.json lists it, for problems

    @property
    def file_name(self) -> str:
        return f"attachments/{self.id}.{MEDIA_TYPES[self.media_type]}"


@dataclass
class Bundle:
    forms: list[Form] = field(default_factory=list)
    locations: list[LocationData] = field(default_factory=list)
    encounters: list[EncounterData] = field(default_factory=list)
    attachments: list[AttachmentMeta] = field(default_factory=list)


# --- writing ----------------------------------------------------------------------------------


def anonymized(data: EncounterData) -> EncounterData:
    """The encounter without its observer, staff description and reviewer (who becomes
    unknown: an approved encounter needs one)."""
    data.observer = None
    data.staff = ""
    if data.reviewed_by:
        data.reviewed_by = UNKNOWN_REVIEWER
    return data


def export_bundle(
    db: Database,
    path: str | os.PathLike[str],
    f: EncounterFilter | None = None,
    *,
    anonymize: bool = False,
    progress: Progress | None = None,
) -> int:
    """Write the encounters the filter covers, with their forms and locations, as a JSON
    bundle. The file appears whole or not at all. Returns the number of encounters."""
    bundle, count = bundle_data(db, f, anonymize=anonymize, progress=progress)
    with atomic_write(path, "w") as out:
        json.dump(bundle, out, ensure_ascii=False, indent=1)
    if progress:
        progress(count, count)
    return count


def attachment_dict(info: AttachmentInfo) -> dict[str, Any]:
    """An attachment's metadata as bundle.json lists it under its encounter."""
    return {
        "id": info.id,
        "name": info.name,
        "media_type": info.media_type,
        "size": info.size,
        "sha256": info.sha256,
        "added_at": info.added_at.isoformat(),
    }


def bundle_data(
    db: Database,
    f: EncounterFilter | None = None,
    *,
    anonymize: bool = False,
    progress: Progress | None = None,
    attachments: dict[str, list[AttachmentInfo]] | None = None,
) -> tuple[dict[str, Any], int]:
    """The bundle as JSON data and its number of encounters. With `attachments` (encounter
    id → attachments), each encounter that has some lists them under "attachments"."""
    f = f or EncounterFilter()
    total = queries.count_encounters(db, f)
    form_keys: set[tuple[str, int]] = set()
    location_ids: set[str] = set()
    encounters: list[dict[str, Any]] = []
    for data in queries.iter_encounters(db, f):
        if anonymize:
            anonymized(data)
        form_keys.add((data.form_id, data.form_version))
        location_ids.add(data.location_id)
        encounters.append(encounter_to_dict(data))
        if attachments and data.id in attachments:
            encounters[-1]["attachments"] = [attachment_dict(a) for a in attachments[data.id]]
        if progress and len(encounters) % 1000 == 0:
            progress(len(encounters), total)
    bundle = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "forms": [
            {"id": form.id, "version": form.version, "definition": form.definition()}
            for form in queries.form_versions_used(db, form_keys)
        ],
        "locations": [
            {"id": loc.id, "name": loc.name, "region": loc.region}
            for loc in queries.locations_of(db, location_ids)
        ],
        "encounters": encounters,
    }
    return bundle, len(encounters)


# --- reading ----------------------------------------------------------------------------------


def read_bundle(path: str | os.PathLike[str], *, db: Database | None = None) -> Bundle:
    """Read and check a JSON bundle file (with `db`, also against the forms and locations
    stored there). Raises BundleError listing every problem."""
    source = str(path)
    try:
        size = Path(path).stat().st_size
        if size > MAX_BUNDLE_BYTES:
            raise BundleError([f"{source}: {size:,} bytes is larger than a bundle may be"])
        data = Path(path).read_bytes()
    except OSError as error:
        raise BundleError([f"{source}: cannot read: {error.strerror or error}"]) from None
    return parse_bundle(loads(data, source), source, db=db)


def loads(data: bytes, source: str) -> Any:
    """The JSON value in `data` (UTF-8). Raises BundleError saying why it cannot be read."""
    try:
        return json.loads(data, parse_int=intake.json_integer)
    except UnicodeDecodeError:
        raise BundleError([f"{source}: not a UTF-8 JSON file"]) from None
    except json.JSONDecodeError as error:
        raise BundleError(
            [f"{source}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"]
        ) from None
    except intake.NumberTooLong as error:
        found = intake.long_number_place(data)
        where = f"line {found[0]}, column {found[1]}: " if found else ""
        raise BundleError([f"{source}: {where}{error}"]) from None
    except RecursionError:
        raise BundleError([f"{source}: nested too deeply"]) from None


def parse_bundle(raw: Any, source: str = "bundle", *, db: Database | None = None) -> Bundle:
    """Check parsed bundle data and turn it into records. With `db`, each encounter is also
    checked against its form and location (in the bundle or stored). Raises BundleError."""
    problems: list[str] = []
    if not isinstance(raw, Mapping):
        raise BundleError([f"{source}: expected a JSON object with format {FORMAT!r}"])
    if raw.get("format") != FORMAT:
        raise BundleError([f"{source}: format: expected {FORMAT!r}, got {raw.get('format')!r}"])
    if raw.get("format_version") != FORMAT_VERSION:
        raise BundleError(
            [
                f"{source}: format_version: this app reads version {FORMAT_VERSION}, "
                f"got {raw.get('format_version')!r}"
            ]
        )
    unknown = sorted(
        set(raw) - {"format", "format_version", "exported_at", "forms", "locations", "encounters"}
    )
    if unknown:
        problems.append(f"{source}: unknown key {unknown[0]!r}")
    bundle = Bundle()
    for index, item in enumerate(_list(raw, "forms", source, problems)):
        form = _form(item, f"{source}: forms[{index}]", problems)
        if form is not None:
            bundle.forms.append(form)
    seen: set[str] = set()
    for index, item in enumerate(_list(raw, "locations", source, problems)):
        location = _location(item, f"{source}: locations[{index}]", problems)
        if location is not None:
            if location.id in seen:
                problems.append(f"{source}: locations[{index}].id: duplicate id {location.id}")
            seen.add(location.id)
            bundle.locations.append(location)
    seen = set()
    places: list[str] = []
    for index, item in enumerate(_list(raw, "encounters", source, problems)):
        encounter = _encounter(item, f"{source}: encounters[{index}]", problems)
        if encounter is not None:
            if encounter.id in seen:
                problems.append(f"{source}: encounters[{index}].id: duplicate id {encounter.id}")
            seen.add(encounter.id)
            bundle.encounters.append(encounter)
            places.append(f"{source}: encounters[{index}] ({encounter.id})")
            bundle.attachments.extend(
                _attachments(item, f"{source}: encounters[{index}] ({encounter.id})", problems)
            )
        if len(problems) > MAX_PROBLEMS:
            problems.append(f"{source}: more problems not listed")
            break
    seen = set()
    for meta in bundle.attachments:
        if meta.id in seen:
            problems.append(f"{meta.place}.id: duplicate attachment id {meta.id}")
        seen.add(meta.id)
    forms = {(form.id, form.version) for form in bundle.forms}
    if len(forms) != len(bundle.forms):
        problems.append(f"{source}: forms: a form version is listed twice")
    if db is not None and len(problems) <= MAX_PROBLEMS:
        problems.extend(_stored_problems(db, bundle, places))
    if problems:
        raise BundleError(problems)
    return bundle


def _stored_problems(db: Database, bundle: Bundle, places: list[str]) -> list[str]:
    """What only the database can tell: encounters whose form or location is neither in the
    bundle nor stored, and answers that do not fit their form. `places` name the encounters."""
    forms: dict[tuple[str, int], Form | None] = {(f.id, f.version): f for f in bundle.forms}
    locations = {location.id for location in bundle.locations}
    wanted = {data.location_id for data in bundle.encounters} - locations
    locations.update(location.id for location in queries.locations_of(db, wanted))
    problems: list[str] = []
    for place, data in zip(places, bundle.encounters, strict=True):
        key = (data.form_id, data.form_version)
        if key not in forms:
            try:
                forms[key] = queries.get_form(db, *key)
            except StoreError:
                forms[key] = None
        form = forms[key]
        if form is None:
            problems.append(
                f"{place}.form: no form {key[0]} version {key[1]} in the bundle or the database"
            )
        else:
            problems.extend(
                f"{place}: {problem}" for problem in queries.encounter_problems(form, data)
            )
        if data.location_id not in locations:
            problems.append(f"{place}.location: unknown location {data.location_id}")
        if len(problems) > MAX_PROBLEMS:
            problems.append(f"{place}: more problems not listed")
            break
    return problems


def _list(raw: Mapping[str, Any], key: str, source: str, problems: list[str]) -> list[Any]:
    value = raw.get(key, [])
    if not isinstance(value, list):
        problems.append(f"{source}: {key}: expected a list")
        return []
    return value


def _form(item: Any, place: str, problems: list[str]) -> Form | None:
    if not isinstance(item, Mapping) or not isinstance(item.get("definition"), Mapping):
        problems.append(f"{place}: expected {{id, version, definition}}")
        return None
    try:
        form = validate_form(item["definition"], f"{place}.definition")
    except FormError as error:
        problems.extend(error.problems)
        return None
    if (item.get("id"), item.get("version")) != (form.id, form.version):
        problems.append(f"{place}: id and version differ from those of its definition")
    return form


def _location(item: Any, place: str, problems: list[str]) -> LocationData | None:
    if not isinstance(item, Mapping):
        problems.append(f"{place}: expected an object with id, name and region")
        return None
    before = len(problems)
    location_id = _text(item, "id", place, problems, required=True)
    if location_id and not _UUID.match(location_id):
        problems.append(f"{place}.id: expected a UUID, got {location_id[:40]!r}")
    name = _text(item, "name", place, problems, required=True, limit=200)
    region = _text(item, "region", place, problems, limit=200)
    for key, value in (("name", name), ("region", region)):
        if value and value.strip() and not name_key(value):
            problems.append(f"{place}.{key}: nothing to read (only invisible characters)")
    for key in sorted(set(item) - {"id", "name", "region"}):
        problems.append(f"{place}.{key}: unknown key")
    if len(problems) > before:
        return None
    return LocationData(location_id or "", (name or "").strip(), (region or "").strip() or None)


_ENCOUNTER_KEYS = {
    "id", "form", "form_version", "location", "observer", "visited_at", "channel", "staff",
    "status", "answers", "na", "notes", "tags", "timer", "reviewer_note", "return_reason",
    "reviewed_by", "reviewed_at", "score", "critical_fail", "created_at", "updated_at",
    "attachments",
}  # fmt: skip
_ATTACHMENT_KEYS = {"id", "name", "media_type", "size", "sha256", "added_at"}
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _encounter(item: Any, place: str, problems: list[str]) -> EncounterData | None:
    if not isinstance(item, Mapping):
        problems.append(f"{place}: expected an object")
        return None
    before = len(problems)
    encounter_id = _text(item, "id", place, problems, required=True)
    if encounter_id and not _UUID.match(encounter_id):
        problems.append(f"{place}.id: expected a UUID, got {encounter_id[:40]!r}")
    if encounter_id:
        place = f"{place} ({encounter_id})"
    form_id = _text(item, "form", place, problems, required=True)
    version = item.get("form_version")
    if (
        not isinstance(version, int)
        or isinstance(version, bool)
        or intake.integer_problem(version, "", low=1, high=intake.INT32_MAX)
    ):
        problems.append(
            f"{place}.form_version: expected a whole number from 1 to {intake.INT32_MAX:,}"
        )
    location = _text(item, "location", place, problems, required=True)
    observer = _text(item, "observer", place, problems, limit=100)
    visited_at = _moment(item.get("visited_at"), f"{place}.visited_at", problems, required=True)
    channel = item.get("channel", "in_person")
    if channel not in CHANNELS:
        problems.append(f"{place}.channel: expected one of {', '.join(CHANNELS)}, got {channel!r}")
    status = item.get("status", "submitted")
    if status not in STATUSES:
        problems.append(f"{place}.status: expected one of {', '.join(STATUSES)}, got {status!r}")
    answers = item.get("answers", {})
    if not isinstance(answers, Mapping) or not all(isinstance(k, str) for k in answers):
        problems.append(f"{place}.answers: expected an object of question id → answer")
        answers = {}
    problems.extend(intake.value_problems(answers, f"{place}.answers"))
    for question_id, value in answers.items():
        if isinstance(value, str) and _CONTROL.search(value):
            problems.append(f"{place}.answers.{question_id}: contains control characters")
    na = item.get("na", [])
    if not isinstance(na, list) or not all(isinstance(q, str) for q in na):
        problems.append(f"{place}.na: expected a list of question ids")
        na = []
    problems.extend(intake.value_problems(na, f"{place}.na"))
    tags = item.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) and _TAG.match(t) for t in tags):
        problems.append(f"{place}.tags: expected a list of short tags (letters, digits, -)")
        tags = []
    timer_raw = item.get("timer", {})
    timer: dict[str, datetime] = {}
    if not isinstance(timer_raw, Mapping):
        problems.append(f"{place}.timer: expected an object of event → time")
    else:
        for event, text in timer_raw.items():
            if event not in TIMER_EVENTS:
                problems.append(
                    f"{place}.timer.{event}: unknown event (expected one of "
                    f"{', '.join(TIMER_EVENTS)})"
                )
                continue
            moment = _moment(text, f"{place}.timer.{event}", problems, required=True)
            if moment is not None:
                timer[event] = moment
    staff = _text(item, "staff", place, problems, limit=500) or ""
    notes = _text(item, "notes", place, problems, limit=1_000_000) or ""
    reviewer_note = _text(item, "reviewer_note", place, problems, limit=100_000) or ""
    return_reason = _text(item, "return_reason", place, problems, limit=10_000) or ""
    created_at = _moment(item.get("created_at"), f"{place}.created_at", problems)
    updated_at = _moment(item.get("updated_at"), f"{place}.updated_at", problems)
    problems.extend(_change_time_problems(place, created_at=created_at, updated_at=updated_at))
    reviewed_by = _text(item, "reviewed_by", place, problems, limit=100)
    reviewed_at = _moment(item.get("reviewed_at"), f"{place}.reviewed_at", problems)
    if status == "approved" and "reviewed_by" not in item and "reviewed_at" not in item:
        # Written before reviewers were recorded: accepted, marked as reviewed by someone
        # unknown when last changed. A file that names the fields must fill them.
        reviewed_by, reviewed_at = UNKNOWN_REVIEWER, updated_at or created_at or visited_at
    for key in sorted(set(item) - _ENCOUNTER_KEYS):
        problems.append(f"{place}.{key}: unknown key")
    if len(problems) > before or visited_at is None or not isinstance(version, int):
        return None
    return EncounterData(
        id=encounter_id or "",
        form_id=form_id or "",
        form_version=version,
        location_id=location or "",
        visited_at=visited_at,
        observer=observer or None,
        channel=channel,
        status=status,
        answers=dict(answers),
        na=list(na),
        tags=list(tags),
        timer=timer,
        staff=staff,
        notes=notes,
        reviewer_note=reviewer_note,
        return_reason=return_reason,
        reviewed_by=reviewed_by or None,
        reviewed_at=reviewed_at,
        created_at=created_at,
        updated_at=updated_at,
    )


def _change_time_problems(place: str, **moments: datetime | None) -> list[str]:
    """A time of change in the future (intake.FUTURE_TOLERANCE) would win every later merge."""
    found = (
        intake.change_time_problem(moment, f"{place}.{key}")
        for key, moment in moments.items()
        if moment is not None
    )
    return [problem for problem in found if problem]


def _attachments(item: Mapping[str, Any], place: str, problems: list[str]) -> list[AttachmentMeta]:
    """The optional attachment metadata of one encounter."""
    raw = item.get("attachments", [])
    if not isinstance(raw, list):
        problems.append(f"{place}.attachments: expected a list")
        return []
    out = []
    for index, entry in enumerate(raw):
        where = f"{place}.attachments[{index}]"
        if not isinstance(entry, Mapping):
            problems.append(f"{where}: expected {{id, name, media_type, size, sha256}}")
            continue
        before = len(problems)
        attachment_id = _text(entry, "id", where, problems, required=True)
        if attachment_id and not _UUID.match(attachment_id):
            problems.append(f"{where}.id: expected a UUID, got {attachment_id[:40]!r}")
        name = _text(entry, "name", where, problems, required=True, limit=MAX_NAME_CHARS)
        media_type = entry.get("media_type")
        if media_type not in MEDIA_TYPES:
            problems.append(
                f"{where}.media_type: expected one of {', '.join(MEDIA_TYPES)}, got "
                f"{str(media_type)[:40]!r}"
            )
        size = entry.get("size")
        if (
            not isinstance(size, int)
            or isinstance(size, bool)
            or not 0 < size <= MAX_ATTACHMENT_BYTES
        ):
            problems.append(
                f"{where}.size: expected a whole number of bytes from 1 to {MAX_ATTACHMENT_BYTES:,}"
            )
        sha = entry.get("sha256")
        if not isinstance(sha, str) or not _SHA256.match(sha):
            problems.append(f"{where}.sha256: expected 64 lower-case hexadecimal digits")
        added_at = _moment(entry.get("added_at"), f"{where}.added_at", problems)
        for key in sorted(set(entry) - _ATTACHMENT_KEYS):
            problems.append(f"{where}.{key}: unknown key")
        if len(problems) == before:
            out.append(
                AttachmentMeta(
                    attachment_id or "",
                    str(item.get("id")),
                    name or "",
                    str(media_type),
                    int(size or 0),
                    str(sha),
                    added_at,
                    where,
                )
            )
    return out


def _text(
    item: Mapping[str, Any],
    key: str,
    place: str,
    problems: list[str],
    *,
    required: bool = False,
    limit: int = 100,
) -> str | None:
    value = item.get(key)
    if value is None:
        if required:
            problems.append(f"{place}.{key}: missing")
        return None
    if not isinstance(value, str):
        problems.append(f"{place}.{key}: expected a text")
        return None
    if required and not value.strip():
        problems.append(f"{place}.{key}: empty")
    if len(value) > limit:
        problems.append(f"{place}.{key}: longer than {limit:,} characters")
    not_text = intake.text_problem(value, f"{place}.{key}")
    if not_text:
        problems.append(not_text)
    if _CONTROL.search(value):
        problems.append(f"{place}.{key}: contains control characters")
    return value


def _moment(
    value: Any, place: str, problems: list[str], *, required: bool = False
) -> datetime | None:
    if value is None:
        if required:
            problems.append(f"{place}: missing")
        return None
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None:
        problems.append(f"{place}: expected a date and time such as 2026-11-20T14:05:00+02:00")
        return None
    outside = intake.moment_problem(moment, place)
    if outside:
        problems.append(outside)
        return None
    return moment


def import_bundle(
    db: Database, path: str | os.PathLike[str], *, progress: Progress | None = None
) -> merge.MergeResult:
    """Check a bundle whole, then merge it in one transaction: all of it or nothing."""
    # Millions of short-lived, acyclic objects: the cyclic collector would only rescan them
    # (~10% of an import of 10,000 encounters).
    with gc_paused():
        bundle = read_bundle(path, db=db)  # checks every encounter against its form
        return merge.merge_encounters(
            db, bundle.forms, bundle.locations, bundle.encounters, progress=progress, checked=True
        )
