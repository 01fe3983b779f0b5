"""Exchange bundles (DESIGN.md): export encounters with their forms and locations as JSON,
read and check a bundle, and merge it into a database."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

from mysteryshop import intake
from mysteryshop.exchange import jsonstream
from mysteryshop.fileio import atomic_write
from mysteryshop.forms import Form, FormError, validate_form
from mysteryshop.gcpause import gc_paused
from mysteryshop.names import name_key
from mysteryshop.store import comments, merge, queries
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
    comment_phrases: list[comments.PhraseKey] = field(default_factory=list)


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
    forms = queries.form_versions_used(db, form_keys)
    bundle = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "forms": [
            {"id": form.id, "version": form.version, "definition": form.definition()}
            for form in forms
        ],
        "locations": [
            {"id": loc.id, "name": loc.name, "region": loc.region}
            for loc in queries.locations_of(db, location_ids)
        ],
        "encounters": encounters,
    }
    # The comment library travels with the forms (its general phrases too), when it has any.
    phrases = comments.of_forms(db, {form.id for form in forms}) if forms else []
    if phrases:
        bundle["comment_phrases"] = [
            {"form": p.form_id, "question": p.question_id, "text": p.text} for p in phrases
        ]
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
        handle = open(path, "rb")
    except OSError as error:
        raise BundleError([f"{source}: cannot read: {error.strerror or error}"]) from None

    def read(size: int) -> bytes:
        try:
            return handle.read(size)
        except OSError as error:
            raise BundleError([f"{source}: cannot read: {error.strerror or error}"]) from None

    with handle:
        return read_bundle_text(read, source, db=db)


def memory_budget() -> int:
    """The bytes an import may hold: half of the computer's memory (or of a smaller limit set
    on the process), 4 GB when neither can be told."""
    sizes = []
    try:
        sizes.append(os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE"))
    except (AttributeError, ValueError, OSError):  # Windows
        sizes.extend(_windows_memory())
    try:
        import resource

        limit = resource.getrlimit(resource.RLIMIT_AS)[0]
        if limit > 0:
            sizes.append(limit)
    except (ImportError, ValueError, OSError):
        pass
    usable = [size for size in sizes if size > 0]
    return min(usable) // 2 if usable else 4_000_000_000


def _windows_memory() -> list[int]:
    try:
        import ctypes

        class Status(ctypes.Structure):
            _fields_ = [
                ("length", ctypes.c_ulong),
                ("load", ctypes.c_ulong),
                ("total", ctypes.c_ulonglong),
                ("available", ctypes.c_ulonglong),
                ("total_page_file", ctypes.c_ulonglong),
                ("available_page_file", ctypes.c_ulonglong),
                ("total_virtual", ctypes.c_ulonglong),
                ("available_virtual", ctypes.c_ulonglong),
                ("available_extended_virtual", ctypes.c_ulonglong),
            ]

        status = Status()
        status.length = ctypes.sizeof(Status)
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
            return [int(status.total)]
    except (ImportError, AttributeError, OSError):
        pass
    return []


def read_bundle_text(
    read: Callable[[int], bytes],
    source: str,
    *,
    db: Database | None = None,
    budget: int | None = None,
) -> Bundle:
    """Read and check a bundle's JSON from `read(n)` (its next n bytes at most): each form,
    location and encounter is decoded and checked on its own, as it comes, and the reading
    stops at the first sign that the rest need not be read (an unknown key, MAX_PROBLEMS
    problems, a part longer than MAX_PART_CHARS, what is kept outgrowing `budget` bytes of
    memory, by default memory_budget()). Raises BundleError."""
    parts = _Parts(source, db, memory_budget() if budget is None else budget)
    text = jsonstream.JsonText(read)
    try:
        _read_top(text, parts)
    except jsonstream.JsonProblem as error:
        raise BundleError([f"{source}: {error}"]) from None
    except MemoryError:
        raise BundleError(
            [f"{source}: this computer has too little free memory to read it; nothing was imported"]
        ) from None
    return parts.finish()


def _read_top(text: jsonstream.JsonText, parts: _Parts) -> None:
    if text.peek() != "{":
        try:
            text.value(_HEADER_CHARS, "the file")  # JSON at all (its start, when long)?
        except jsonstream.TooLong:
            pass
        parts.refuse(f"expected a JSON object with format {FORMAT!r}")
    text.pos += 1
    first = True
    while text.peek() != "}":
        if not first:
            text.expect(",", "Expecting ',' delimiter")
        first = False
        if text.peek() != '"':
            raise text.invalid("Expecting property name enclosed in double quotes", text.pos)
        key, _size = text.value(_HEADER_CHARS, "a key")
        text.expect(":", "Expecting ':' delimiter")
        parts.key(key)
        if key not in _LISTS:
            parts.header(key, text.value(_HEADER_CHARS, key)[0])
        elif text.peek() != "[":
            text.value(MAX_PART_CHARS, key)
            parts.problem(f"{parts.source}: {key}: expected a list")
        else:
            text.pos += 1
            index = 0
            while text.peek() != "]":
                if index:
                    text.expect(",", "Expecting ',' delimiter")
                place = f"{key}[{index}]"
                item, size = text.value(MAX_PART_CHARS, place)
                parts.part(key, index, item, size)
                index += 1
            text.pos += 1
        parts.done(key)
    text.pos += 1
    text.end()


MAX_PART_CHARS = 8_000_000  # one form, location or encounter, as JSON text
_HEADER_CHARS = 10_000  # a key, or the value of format, format_version, exported_at
_LISTS = ("forms", "locations", "encounters", "comment_phrases")
_HEADERS = ("format", "format_version", "exported_at")
# What an encounter kept for the merge takes in memory, at most (measured peaks of whole
# imports, the merge included): about 2.5 KB for the encounter, 700 bytes for each answer
# (1,000 are counted), N/A, tag, timer event or attachment, and three times the size of its
# texts. A demo encounter (17 answers) is counted 24 KB and takes 9.4 KB.
_ENCOUNTER_BYTES = 2_500
_ITEM_BYTES = 1_000
_TEXT_FACTOR = 3
_FORM_FACTOR = 25  # bytes per character of a form's JSON (parsed, validated, kept)
_LOCATION_BYTES = 1_000
_CHECK_BATCH = 1_000  # encounters checked against the database at a time


class _Parts:
    """A bundle's parts, checked one at a time as they are read; what passes is kept. Refuses
    the bundle (BundleError) once there are more than MAX_PROBLEMS problems or what is kept
    would take more than `budget` bytes."""

    def __init__(self, source: str, db: Database | None, budget: int) -> None:
        self.source = source
        self.db = db
        self.budget = budget
        self.cost = 0
        self.bundle = Bundle()
        self.problems: list[str] = []
        self.headers: dict[str, Any] = {}
        self.seen: set[str] = set()  # keys met
        self.done_keys: set[str] = set()  # lists read to their end
        self.location_ids: set[str] = set()
        self.encounter_ids: set[str] = set()
        self.attachment_ids: set[str] = set()
        self.form_keys: set[tuple[str, int]] = set()
        self.phrase_places: list[str] = []
        self.places: list[str] = []  # of the encounters kept, for problems found later
        self.checked = 0  # encounters checked against the database so far
        self._forms: dict[tuple[str, int], Form | None] = {}
        self._locations: set[str] = set()  # known to exist (in the bundle or stored)

    # --- refusing ----------------------------------------------------------------------------

    def refuse(self, problem: str) -> NoReturn:
        """Stop reading: the problem alone (the format's, an unknown key's)."""
        raise BundleError([f"{self.source}: {problem}"])

    def problem(self, line: str) -> None:
        self.problems.append(line)
        self._check_count()

    def _extend(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.problem(line)

    def _check_count(self) -> None:
        """Refuse once there are more than MAX_PROBLEMS problems (the checks of a part add
        theirs to `problems` directly)."""
        if len(self.problems) > MAX_PROBLEMS:
            self.problems.append(f"{self.source}: more problems not listed")
            raise BundleError(self.problems)

    def _spend(self, cost: int) -> None:
        self.cost += cost
        if self.cost > self.budget:
            count = len(self.bundle.encounters)
            raise BundleError(
                [
                    f"{self.source}: too large to import at once on this computer: its first "
                    f"{count:,} encounters would take about {_amount(self.cost)} of memory, and "
                    f"an import may take {_amount(self.budget)} (half of the memory); import "
                    "it in parts (export the encounters a few months at a time)"
                ]
            )

    # --- the parts -----------------------------------------------------------------------------

    def key(self, key: str) -> None:
        if key in self.seen:
            self.refuse(f"the key {key!r} appears twice")
        self.seen.add(key)
        if key not in _LISTS and key not in _HEADERS:
            if self.headers.get("format") == FORMAT:
                self.refuse(f"unknown key {key!r}")
            self.refuse(f"not a mysteryshop bundle (unknown key {key[:80]!r})")

    def header(self, key: str, value: Any) -> None:
        self.headers[key] = value
        if key == "format" and value != FORMAT:
            self.refuse(f"format: expected {FORMAT!r}, got {_shown(value)}")
        if key == "format_version" and value != FORMAT_VERSION:
            self.refuse(
                f"format_version: this app reads version {FORMAT_VERSION}, got {_shown(value)}"
            )

    def done(self, key: str) -> None:
        self.done_keys.add(key)

    def part(self, key: str, index: int, item: Any, size: int) -> None:
        place = f"{self.source}: {key}[{index}]"
        if key == "forms":
            form = _form(item, place, self.problems)
            self._check_count()
            if form is not None:
                self._spend(size * _FORM_FACTOR)
                if (form.id, form.version) in self.form_keys:
                    self.problem(f"{self.source}: forms: a form version is listed twice")
                self.form_keys.add((form.id, form.version))
                self.bundle.forms.append(form)
        elif key == "locations":
            location = _location(item, place, self.problems)
            self._check_count()
            if location is not None:
                self._spend(_LOCATION_BYTES + _TEXT_FACTOR * size)
                if location.id in self.location_ids:
                    self.problem(f"{place}.id: duplicate id {location.id}")
                self.location_ids.add(location.id)
                self.bundle.locations.append(location)
        elif key == "comment_phrases":
            phrase = _phrase(item, place, self.problems)
            self._check_count()
            if phrase is not None:
                self._spend(_LOCATION_BYTES + _TEXT_FACTOR * size)
                self.bundle.comment_phrases.append(phrase)
                self.phrase_places.append(place)
        else:
            self._encounter(item, place)

    def _encounter(self, item: Any, place: str) -> None:
        encounter = _encounter(item, place, self.problems)
        self._check_count()
        if encounter is None:
            return
        if encounter.id in self.encounter_ids:
            self.problem(f"{place}.id: duplicate id {encounter.id}")
        self.encounter_ids.add(encounter.id)
        place = f"{place} ({encounter.id})"
        attachments = _attachments(item, place, self.problems)
        self._check_count()
        for meta in attachments:
            if meta.id in self.attachment_ids:
                self.problem(f"{meta.place}.id: duplicate attachment id {meta.id}")
            self.attachment_ids.add(meta.id)
        self._spend(_encounter_cost(encounter, len(attachments)))
        self.bundle.encounters.append(encounter)
        self.bundle.attachments.extend(attachments)
        self.places.append(place)
        # Against the database as they come, once the bundle's own forms and locations are
        # known (they come first in every bundle this app writes); otherwise at the end.
        if (
            self.db is not None
            and {"forms", "locations"} <= self.done_keys
            and len(self.bundle.encounters) - self.checked >= _CHECK_BATCH
        ):
            self._check_stored(self.db)

    def finish(self) -> Bundle:
        if self.headers.get("format") != FORMAT:
            self.refuse(f"format: expected {FORMAT!r}, got {_shown(self.headers.get('format'))}")
        if self.headers.get("format_version") != FORMAT_VERSION:
            self.refuse(
                f"format_version: this app reads version {FORMAT_VERSION}, got "
                f"{_shown(self.headers.get('format_version'))}"
            )
        if self.db is not None:
            self._check_stored(self.db)
        self._check_phrases()
        if self.problems:
            raise BundleError(self.problems)
        return self.bundle

    def _check_phrases(self) -> None:
        """Each question's phrase names a question its form has (in any version, in the
        bundle or stored)."""
        questions: dict[str, set[str] | None] = {}
        for named in {f for f, _q, _t in self.bundle.comment_phrases if f is not None}:
            stored = None
            if self.db is not None:
                with self.db.read() as session:
                    stored = comments.stored_questions(session, named)
            carried = [form for form in self.bundle.forms if form.id == named]
            if carried or stored is not None:
                questions[named] = (stored or set()) | {
                    question.id for form in carried for question in form.answerable()
                }
        for place, (form_id, question_id, _text) in zip(
            self.phrase_places, self.bundle.comment_phrases, strict=True
        ):
            known = questions.get(form_id) if form_id is not None else None
            for field_name, reason in comments.place_problems(form_id, question_id, known):
                if known is None and form_id is not None and question_id is not None:
                    reason += " in the bundle or the database"
                self.problem(f"{place}.{field_name}: {reason}")

    def _check_stored(self, db: Database) -> None:
        """What only the database can tell, for the encounters not checked yet: their form or
        location is neither in the bundle nor stored, or their answers do not fit the form."""
        pending = self.bundle.encounters[self.checked :]
        places = self.places[self.checked :]
        if not self.checked:  # the bundle's own forms and locations are all read by now
            self._forms = {(f.id, f.version): f for f in self.bundle.forms}
            self._locations = set(self.location_ids)
        self.checked = len(self.bundle.encounters)
        wanted = {data.location_id for data in pending} - self._locations
        if wanted:
            self._locations.update(loc.id for loc in queries.locations_of(db, wanted))
        for place, data in zip(places, pending, strict=True):
            key = (data.form_id, data.form_version)
            if key not in self._forms:
                try:
                    self._forms[key] = queries.get_form(db, *key)
                except StoreError:
                    self._forms[key] = None
            form = self._forms[key]
            if form is None:
                self.problem(
                    f"{place}.form: no form {key[0]} version {key[1]} in the bundle or the database"
                )
            else:
                self._extend(
                    f"{place}: {problem}" for problem in queries.encounter_problems(form, data)
                )
            if data.location_id not in self._locations:
                self.problem(f"{place}.location: unknown location {data.location_id}")


def _encounter_cost(data: EncounterData, attachments: int) -> int:
    """Bytes of memory an encounter kept for the merge takes, about (see _ENCOUNTER_BYTES)."""
    sizeof = sys.getsizeof  # (this runs for every encounter of an import)
    items = len(data.answers) + len(data.na) + len(data.tags) + len(data.timer) + attachments
    texts = (
        sizeof(data.notes) + sizeof(data.staff) + sizeof(data.reviewer_note)
        + sizeof(data.return_reason)
    )  # fmt: skip
    for value in data.answers.values():
        kind = type(value)
        if kind is str:
            texts += sizeof(value)
        elif kind is list:
            items += len(value)
    return _ENCOUNTER_BYTES + _ITEM_BYTES * items + _TEXT_FACTOR * texts


def _amount(size: int) -> str:
    return f"{size / 1e9:,.1f} GB" if size >= 1e9 else f"{size / 1e6:,.0f} MB"


def _shown(value: Any) -> str:
    """A header's value as a problem shows it (cut short)."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


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
    "attachments", "calibration",
}  # fmt: skip
_ATTACHMENT_KEYS = {"id", "name", "media_type", "size", "sha256", "added_at"}
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


_PHRASE_KEYS = {"form", "question", "text"}


def _phrase(item: Any, place: str, problems: list[str]) -> comments.PhraseKey | None:
    """A phrase of the comment library: {form, question, text}, form and question null for
    a general one."""
    if not isinstance(item, Mapping):
        problems.append(f"{place}: expected {{form, question, text}}")
        return None
    before = len(problems)
    form_id = _text(item, "form", place, problems, limit=64)
    question_id = _text(item, "question", place, problems, limit=64)
    text = _text(item, "text", place, problems, required=True, limit=comments.MAX_PHRASE_CHARS)
    for key in sorted(set(item) - _PHRASE_KEYS):
        problems.append(f"{place}.{key}: unknown key")
    if len(problems) > before:
        return None
    return (form_id, question_id, (text or "").strip())


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
    calibration = _text(item, "calibration", place, problems, limit=queries.CALIBRATION_LENGTH)
    if calibration is not None and not calibration.strip():
        problems.append(f"{place}.calibration: empty (leave the key out instead)")
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
        calibration=calibration or None,
        reviewed_by=reviewed_by or None,
        reviewed_at=reviewed_at,
        created_at=created_at,
        updated_at=updated_at,
    )


def encounter_from_dict(item: Mapping[str, Any]) -> EncounterData:
    """An encounter as records.encounter_to_dict gave it (a sync conflict's kept version, in
    store/sync.py), checked as a bundle's; StoreError naming each problem."""
    problems: list[str] = []
    found = _encounter(item, "encounter", problems)
    if found is None:
        raise StoreError(*problems)
    found.score = item.get("score")
    found.critical_fail = bool(item.get("critical_fail"))
    return found


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
            db,
            bundle.forms,
            bundle.locations,
            bundle.encounters,
            progress=progress,
            checked=True,
            phrases=bundle.comment_phrases,
        )
