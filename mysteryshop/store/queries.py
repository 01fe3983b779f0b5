"""Every read and write of mysteryshop's data. Callers get and give plain records."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import (
    JSON,
    Select,
    bindparam,
    cast,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session

from mysteryshop import intake, names, scoring, workflow
from mysteryshop.forms import Form, answer_problems, validate_form
from mysteryshop.store import question_totals
from mysteryshop.store.db import ConflictError, Database, StoreError, insert_new
from mysteryshop.store.filtering import filtered
from mysteryshop.store.models import (
    Answer,
    Encounter,
    EncounterHistory,
    EncounterScore,
    EncounterTag,
    FormVersion,
    Location,
    Observer,
)
from mysteryshop.store.records import (
    EncounterData,
    EncounterFilter,
    FormVersionInfo,
    HistoryEntry,
    LocationData,
    encounter_to_dict,
    new_id,
)
from mysteryshop.vocabulary import BUILTIN_DIMENSIONS

_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")
CHUNK = 500  # rows per IN (...) lookup: well under SQLite's variable limit


def now_utc() -> datetime:
    return datetime.now(UTC)


# --- forms ------------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def form_from_definition(definition: str) -> Form:
    return validate_form(json.loads(definition), "database")


class FormVersionConflict(StoreError):
    """A form's id and version are already stored with other content. A stored version never
    changes (encounters keep the questions they were recorded with): the changed form needs
    `next_version`, one above the latest stored. `title` is the stored version's title."""

    def __init__(self, form_id: str, version: int, latest: int, title: str = "") -> None:
        super().__init__(
            f"form {form_id} version {version} is already stored with other content: "
            f"bump the version to {latest + 1} to change the form"
        )
        self.form_id = form_id
        self.version = version
        self.latest = latest
        self.title = title

    @property
    def next_version(self) -> int:
        return self.latest + 1


def store_form(db: Database, form: Form) -> tuple[FormVersionInfo, bool]:
    """Store a form version. Returns its info and whether it was new. The same id and version
    with the same content changes nothing; with other content it is refused with
    FormVersionConflict."""
    with db.write() as session:
        return _store_form(session, form)


def _store_form(session: Session, form: Form) -> tuple[FormVersionInfo, bool]:
    where = (FormVersion.form_id == form.id, FormVersion.version == form.version)
    row = session.scalars(select(FormVersion).where(*where)).one_or_none()
    created = False
    if row is None:
        # Another writer (an import, an app opening the database) may store the same version
        # at the same moment: the insert then skips, and its row is compared like any other.
        statement = insert_new(_dialect(session), FormVersion, ("form_id", "version"))
        inserted = session.execute(
            statement.returning(FormVersion.id),
            [
                {
                    "form_id": form.id,
                    "version": form.version,
                    "title": form.tr(form.title),
                    "definition": form.canonical_json(),
                    "content_hash": form.content_hash(),
                    "imported_at": now_utc(),
                }
            ],
        ).scalar()
        created = inserted is not None
        row = session.scalars(select(FormVersion).where(*where)).one()
    if row.content_hash != form.content_hash():
        latest = session.scalar(
            select(func.max(FormVersion.version)).where(FormVersion.form_id == form.id)
        )
        raise FormVersionConflict(form.id, form.version, latest or form.version, row.title)
    return _form_info(row), created


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _form_info(row: FormVersion, encounters: int = 0) -> FormVersionInfo:
    return FormVersionInfo(
        row.form_id, row.version, row.title, row.content_hash, row.imported_at, encounters
    )


def list_forms(db: Database) -> list[FormVersionInfo]:
    """Every stored form version with its number of encounters, newest version first."""
    counts = (
        select(Encounter.form_version_id, func.count().label("n"))
        .group_by(Encounter.form_version_id)
        .subquery()
    )
    query = (
        select(FormVersion, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.form_version_id == FormVersion.id)
        .order_by(FormVersion.form_id, FormVersion.version.desc())
    )
    with db.read() as session:
        return [_form_info(row, n) for row, n in session.execute(query)]


def form_titles(db: Database, lang: str) -> dict[tuple[str, int], str]:
    """Every stored form version's title in `lang` (else in a language it has), by (id,
    version): lists show a form's title in the UI's language, while the stored `title` column
    holds its default-language one."""
    from mysteryshop.forms import translate

    # Only the title out of each definition (the log reads them as it opens, at every start):
    # the database's JSON functions, not the whole definitions parsed here.
    # (SQLite's CAST to JSON would make the text a number; its JSON functions take text.)
    as_json = type_coerce if db.is_sqlite else cast
    title = as_json(FormVersion.definition, JSON)["title"]
    query = select(FormVersion.form_id, FormVersion.version, title)
    with db.read() as session:
        rows = session.execute(query).all()
    return {
        (form_id, version): translate(title or form_id, lang, "en")
        for form_id, version, title in rows
    }


def get_form(db: Database, form_id: str, version: int | None = None) -> Form:
    """A stored form version (the latest when `version` is None)."""
    with db.read() as session:
        return _get_form(session, form_id, version)


def _get_form(session: Session, form_id: str, version: int | None) -> Form:
    query = select(FormVersion.definition).where(FormVersion.form_id == form_id)
    if version is not None:
        query = query.where(FormVersion.version == version)
    definition = session.scalars(query.order_by(FormVersion.version.desc()).limit(1)).first()
    if definition is None:
        which = f"{form_id} version {version}" if version is not None else form_id
        raise StoreError(f"no form {which} in the database")
    return form_from_definition(definition)


def _form_version_ids(session: Session) -> dict[tuple[str, int], int]:
    rows = session.execute(select(FormVersion.form_id, FormVersion.version, FormVersion.id))
    return {(form_id, version): row_id for form_id, version, row_id in rows}


# --- locations and observers ------------------------------------------------------------------


def add_location(db: Database, name: str, region: str | None = None) -> LocationData:
    """Add a location. Refuses an empty name, and one that reads the same as a location of the
    same region (names.name_key: case, Unicode form, invisible characters aside; StoreError
    naming it): two look-alikes would be two places in every figure, and an erase of one
    would leave the other."""
    name = name.strip()
    if not name:
        raise StoreError("a location needs a name")
    problems = location_problems(name, region)
    if problems:
        raise StoreError(*problems)
    location = LocationData(new_id(), name, (region or "").strip() or None)
    with db.write() as session:
        same = _same_location(session, name, location.region)
        if same is not None:
            raise StoreError(_already(same))
        session.execute(
            insert(Location),
            [{"id": location.id, "name": name, "region": location.region, "created_at": now_utc()}],
        )
    return location


def same_location(db: Database, name: str, region: str | None) -> LocationData | None:
    """The location that reads as `name` in `region` (both by names.name_key; no region is
    a region of its own), if there is one: what add_location would refuse."""
    with db.read() as session:
        return _same_location(session, name, region)


def _same_location(
    session: Session, name: str, region: str | None, *, other_than: str | None = None
) -> LocationData | None:
    region_key = names.optional_key(region)
    query = select(Location.id, Location.name, Location.region).where(
        Location.name_key == names.name_key(name),
        Location.region_key == region_key if region_key else Location.region_key.is_(None),
    )
    if other_than is not None:
        query = query.where(Location.id != other_than)
    row = session.execute(query.limit(1)).first()
    return LocationData(*row) if row is not None else None


def _already(location: LocationData) -> str:
    where = f" in the region {location.region!r}" if location.region else ""
    return f"the location {names.visible(location.name)}{where} already has this name"


def location_problems(name: str | None, region: str | None) -> list[str]:
    """Why a location's name or region cannot be stored: not text, too long, or nothing a
    reader could see (only spaces and invisible characters)."""
    problems = []
    fields = (("name", name, Location.name), ("region", region, Location.region))
    for place, value, column in fields:
        if value is None:
            continue
        if len(value) > column.type.length:
            problems.append(f"{place}: longer than {column.type.length:,} characters")
        problem = intake.text_problem(value, place)
        if problem:
            problems.append(problem)
        elif value.strip() and not names.name_key(value):
            problems.append(f"{place}: nothing to read (only invisible characters)")
    return problems


def list_locations(db: Database) -> list[LocationData]:
    with db.read() as session:
        rows = session.execute(
            select(Location.id, Location.name, Location.region).order_by(
                Location.region, Location.name
            )
        )
        return [LocationData(*row) for row in rows]


def find_locations(db: Database, name: str) -> list[LocationData]:
    """Locations whose name reads as `name` (names.name_key: case, Unicode form, invisible
    characters and surrounding spaces aside), or whose id is `name`; by the key's index."""
    with db.read() as session:
        rows = session.execute(
            select(Location.id, Location.name, Location.region)
            .where(or_(Location.name_key == names.name_key(name), Location.id == name.strip()))
            .order_by(Location.region, Location.name, Location.id)
        )
        return [LocationData(*row) for row in rows]


def _observer_ids(session: Session, aliases: Iterable[str | None]) -> dict[str, int]:
    wanted = {alias for alias in aliases if alias}
    known = {alias: oid for alias, oid in session.execute(select(Observer.alias, Observer.id))}
    missing = sorted(wanted - set(known))
    if missing:  # perhaps added by another writer meanwhile
        statement = insert_new(_dialect(session), Observer, ("alias",))
        session.execute(statement, [{"alias": alias} for alias in missing])
        known = {alias: oid for alias, oid in session.execute(select(Observer.alias, Observer.id))}
    return known


# --- saving encounters ------------------------------------------------------------------------


@dataclass
class _Rows:
    """The rows of one encounter across the tables, ready for Core inserts."""

    encounter: dict[str, Any]
    answers: list[dict[str, Any]] = field(default_factory=list)
    scores: list[dict[str, Any]] = field(default_factory=list)
    tags: list[dict[str, Any]] = field(default_factory=list)


def encounter_problems(form: Form, data: EncounterData) -> list[str]:
    """Why an encounter cannot be stored as it is, whatever it was before (workflow.py checks
    the change of status on a save): `field: reason` per problem."""
    unstorable = unstorable_fields(data)
    if unstorable:
        return unstorable  # answers too large to store cannot be judged against the form
    problems = [f"answers.{problem}" for problem in answer_problems(form, data.answers, data.na)]
    if data.channel not in form.channels:
        problems.append(
            f"channel: {data.channel!r} is not a channel of form {form.id} "
            f"(expected one of: {', '.join(form.channels)})"
        )
    problems += workflow.state_problems(data, form)
    if data.visited_at.tzinfo is None:
        problems.append("visited_at: a time zone is required")
    for event, moment in data.timer.items():
        if moment.tzinfo is None:
            problems.append(f"timer.{event}: a time zone is required")
    return problems


def unstorable_fields(data: EncounterData) -> list[str]:
    """The store's own door (intake.py), for whatever did not come through a bundle's checks
    (the app's fields, scripts): texts without NUL or lone surrogates that fit their columns,
    whole numbers that fit theirs, finite floats, moments from 1970 to 2099."""
    problems: list[str] = []
    for key in _TEXT_FIELDS:
        text = getattr(data, key)
        found = intake.text_problem(text, key) if isinstance(text, str) else None
        if found:
            problems.append(found)
    moments = {"visited_at": data.visited_at, "created_at": data.created_at,
               "updated_at": data.updated_at}  # fmt: skip
    moments.update((f"timer.{event}", moment) for event, moment in data.timer.items())
    for place, moment in moments.items():
        found = intake.moment_problem(moment, place) if moment is not None else None
        if found:
            problems.append(found)
    for place, value in (("answers", data.answers), ("na", data.na), ("tags", data.tags)):
        problems += intake.value_problems(value, place)
    version = intake.integer_problem(
        data.form_version, "form_version", low=intake.INT32_MIN, high=intake.INT32_MAX
    )
    if version:
        problems.append(version)
    for key, length in _SIZED_FIELDS.items():
        text = getattr(data, key)
        if isinstance(text, str) and len(text) > length:
            problems.append(f"{key}: longer than {length:,} characters")
    for index, tag in enumerate(data.tags):
        if len(tag) > _TAG_LENGTH:
            problems.append(f"tags[{index}]: longer than {_TAG_LENGTH:,} characters")
    return problems


_TEXT_FIELDS = ("id", "form_id", "location_id", "observer", "channel", "staff", "status", "notes",
                "reviewer_note", "return_reason", "calibration")  # fmt: skip


def _length(model: Any, name: str) -> int:
    """The size of a text column (read from the table: no mapper is configured for it)."""
    return int(model.__table__.c[name].type.length)


# Encounter fields stored in a column of limited size (PostgreSQL refuses longer texts).
_SIZED_FIELDS: dict[str, int] = {
    "id": _length(Encounter, "id"),
    "form_id": _length(FormVersion, "form_id"),
    "location_id": _length(Encounter, "location_id"),
    "observer": _length(Observer, "alias"),
    "staff": _length(Encounter, "staff"),
    "channel": _length(Encounter, "channel"),
    "status": _length(Encounter, "status"),
    "calibration": _length(Encounter, "calibration"),
}
_TAG_LENGTH = _length(EncounterTag, "tag")
CALIBRATION_LENGTH = _SIZED_FIELDS["calibration"]
"""The longest calibration session id (bundles and the editor check it before the store)."""


def _rows(form: Form, form_version_id: int, observer_id: int | None, data: EncounterData) -> _Rows:
    result = scoring.score_encounter(form, data.answers, data.na)
    offset = data.visited_at.utcoffset() or timedelta()
    now = now_utc()
    rows = _Rows(
        {
            "id": data.id,
            "form_version_id": form_version_id,
            "location_id": data.location_id,
            "observer_id": observer_id,
            "visited_at": data.visited_at,
            "utc_offset_minutes": int(offset.total_seconds() // 60),
            "channel": data.channel,
            "staff": data.staff,
            "status": data.status,
            "notes": data.notes,
            "reviewer_note": data.reviewer_note,
            "return_reason": data.return_reason,
            "reviewed_by": data.reviewed_by,
            "reviewed_at": data.reviewed_at,
            "timer": {event: moment.isoformat() for event, moment in data.timer.items()},
            "score": result.score,
            "earned": result.total.earned,
            "possible": result.total.possible,
            "critical_fail": result.critical_fail,
            "feeling": result.feeling,
            "created_at": data.created_at or now,
            "updated_at": data.updated_at or now,
            "revision": max(data.revision, 1),
            "calibration": data.calibration or None,
        }
    )
    # Copies of the dimension rows of encounter_scores, for the dashboard (schema 0003).
    dimension_scores = {
        key: ratio.earned * 100.0 / ratio.possible
        for key, ratio in result.dimensions.items()
        if ratio.possible > 0
    }
    for dimension in BUILTIN_DIMENSIONS:
        rows.encounter[f"{dimension}_score"] = dimension_scores.pop(dimension, None)
    rows.encounter["other_dimension_scores"] = dimension_scores or None
    for question_id, outcome in result.questions.items():
        na = outcome.state == "na"
        if question_id not in data.answers and not na:
            continue
        points = outcome.points
        rows.answers.append(
            {
                "encounter_id": data.id,
                "question_id": question_id,
                "value": None if na else data.answers[question_id],
                "na": na,
                "earned": points.earned if points else None,
                "possible": points.possible if points else None,
            }
        )
    for kind, ratios in (("section", result.sections), ("dimension", result.dimensions)):
        rows.scores.extend(
            {
                "encounter_id": data.id,
                "kind": kind,
                "key": key,
                "earned": r.earned,
                "possible": r.possible,
            }
            for key, r in ratios.items()
            if r.possible > 0
        )
    rows.tags = [{"encounter_id": data.id, "tag": tag} for tag in sorted(set(data.tags))]
    return rows


def _insert_rows(
    session: Session, batch: Sequence[_Rows], *, skip_stored: bool = False
) -> list[str]:
    """Insert encounters with their answers, scores and tags. `skip_stored`: an encounter
    that another transaction stored since this one looked (only possible on a server
    database: SQLite's writers queue) is skipped; returns the ids of those skipped."""
    if not batch:
        return []
    skipped: list[str] = []
    if skip_stored and _dialect(session) != "sqlite":
        statement = insert_new(_dialect(session), Encounter, ("id",)).returning(Encounter.id)
        stored = set(session.execute(statement, [rows.encounter for rows in batch]).scalars())
        skipped = [rows.encounter["id"] for rows in batch if rows.encounter["id"] not in stored]
        batch = [rows for rows in batch if rows.encounter["id"] in stored]
    else:
        _insert_many(session, Encounter, [rows.encounter for rows in batch])
    for table, key in ((Answer, "answers"), (EncounterScore, "scores"), (EncounterTag, "tags")):
        _insert_many(session, table, [row for rows in batch for row in getattr(rows, key)])
    return skipped


def _insert_many(session: Session, model: Any, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows (dicts with the same keys) into `model`'s table with one executemany.

    Not the ORM's bulk insert: it splits the rows into one statement per pattern of None
    values (answers: thousands of statements per batch). On SQLite the values go through each
    column type's own bind processor and then straight to the driver, which is about 5x
    cheaper per row than SQLAlchemy's executemany (bench/README.md: import of 100,000)."""
    if not rows:
        return
    table = model.__table__
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), list(rows))
        return
    keys = list(rows[0])
    columns: list[Any] = []
    for key in keys:
        values = [row[key] for row in rows]
        # The dialect's own processor, as statements use it (the column type's bind_processor
        # skips it for a TypeDecorator: SQLite then got datetimes, written in another form).
        processor = (
            table.c[key].type.dialect_impl(connection.dialect).bind_processor(connection.dialect)
        )
        columns.append(list(map(processor, values)) if processor else values)
    quote = connection.dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(key) for key in keys)}) "
        f"VALUES ({', '.join('?' for _ in keys)})"
    )
    connection.exec_driver_sql(sql, list(zip(*columns, strict=True)))


def save_encounter(db: Database, data: EncounterData, *, by: str | None = None) -> EncounterData:
    """Insert or update one encounter, computing its scores.

    The change of status must be one workflow.py allows (approve and return need `by`, the
    reviewer: the store records who and when); anything else is refused (StoreError) and
    nothing changes. `reviewed_by`/`reviewed_at` are kept as stored otherwise. A change that
    workflow.keeps_history keeps the previous state in the history, with what changed.
    `data.revision` must be the revision that was read (0 for a new encounter): when the
    stored one moved on, ConflictError is raised and nothing changes."""
    with db.write() as session:
        return _save(session, data, by)


def review_encounter(
    db: Database,
    encounter_id: str,
    revision: int,
    *,
    reviewer: str,
    action: workflow.Action | None = None,
    reason: str = "",
    note: str | None = None,
    tags: Sequence[str] | None = None,
) -> EncounterData:
    """A reviewer's change, in one transaction: the tags and reviewer note (None keeps them)
    and, with `action` "approve" or "return" (which needs a `reason`), the status.
    Approving clears the return reason. `reviewer` is an alias, or workflow.REVIEWER_ROLE.
    Refused (StoreError, nothing changes) when workflow.py does not allow it; ConflictError
    when `revision` is not the stored one."""
    if action is not None and action not in workflow.REVIEW_ACTIONS:
        raise StoreError(f"action: a review approves or returns, not {action!r}")
    with db.write() as session:
        stored = _read_encounters(session, [encounter_id]).get(encounter_id)
        if stored is None:
            raise StoreError(f"no encounter with id {encounter_id}")
        changed = replace(
            stored,
            answers=dict(stored.answers),
            na=list(stored.na),
            timer=dict(stored.timer),
            tags=sorted(set(tags)) if tags is not None else list(stored.tags),
            reviewer_note=note if note is not None else stored.reviewer_note,
            revision=revision,
        )
        if action is not None:
            changed.status = workflow.destination(action)
            changed.return_reason = reason.strip() if action == "return" else ""
        return _save(session, changed, reviewer, review=True)


def _save(
    session: Session, data: EncounterData, by: str | None, *, review: bool = False
) -> EncounterData:
    # Autosave calls this about once a second while an observer types: every fact it needs
    # comes from one prebuilt statement (bench/README.md: under 5 ms at 100,000 encounters).
    unstorable = unstorable_fields(data)  # before any of it is sent to the database
    if unstorable:
        raise StoreError(*unstorable)
    facts = (
        session.connection()
        .execute(
            _FACTS_FOR_SAVE,
            {
                "form_id": data.form_id,
                "version": data.form_version,
                "location_id": data.location_id,
                "observer": data.observer,
                "encounter_id": data.id,
            },
        )
        .first()
    )
    if facts is None:
        raise StoreError(f"form: no form {data.form_id} version {data.form_version} stored")
    form_version_id = facts.form_version_id
    form = form_from_definition(facts.definition)
    stored = facts if facts.revision is not None else None  # None: a new encounter
    if stored is not None and data.revision != stored.revision:
        raise ConflictError(
            f"encounter {data.id} was changed elsewhere (revision {stored.revision}, "
            f"you edited revision {data.revision}); reload it and edit again"
        )
    if stored is not None and facts.deleted_at is not None:
        raise StoreError(f"encounter {data.id}: {workflow.IN_TRASH}")
    old_status: str | None = stored.status if stored is not None else None
    by = (by or "").strip() or None
    problems = workflow.transition_problems(old_status, data.status, by=by)
    if problems:
        raise StoreError(*problems)
    action = workflow.action_for(old_status, data.status)
    assert action is not None  # transition_problems refused every other change
    now = now_utc()
    # Who reviewed it and when is the store's to record, never taken from the caller.
    reviewed: tuple[str | None, datetime | None] = (None, None)
    if action in workflow.REVIEW_ACTIONS:
        reviewed = (by, now)
    elif stored is not None:
        reviewed = (stored.reviewed_by, stored.reviewed_at)
    data = replace(data, reviewed_by=reviewed[0], reviewed_at=reviewed[1])
    problems = encounter_problems(form, data)
    if problems:
        raise StoreError(*problems)
    if facts.location_id is None:
        raise StoreError(f"location: no location with id {data.location_id}")
    observer_id = facts.observer_id
    if data.observer and observer_id is None:
        observer_id = _observer_ids(session, [data.observer])[data.observer]
    data.updated_at = now
    if stored is None:
        data.created_at = data.created_at or data.updated_at
        data.revision = 1
        rows = _rows(form, form_version_id, observer_id, data)
        _insert_rows(session, [rows])
    else:
        data.created_at = stored.created_at
        data.revision = stored.revision + 1
        if workflow.keeps_history(old_status, data.status):
            previous = encounter_to_dict(_read_encounters(session, [data.id])[data.id])
            after = encounter_to_dict(data)
            kind = workflow.history_kind(action, previous, after)
            details = workflow.change_details(previous, after, by=by)
            _add_history(session, data.id, previous, kind, details, at=now)
        rows = _rows(form, form_version_id, observer_id, data)
        _replace(session, rows, stored.revision, review=review)
    return _as_read_back(data, rows)


def _as_read_back(data: EncounterData, rows: _Rows) -> EncounterData:
    """The encounter as `get_encounter` would now read it, made from the rows just written
    (reading it back took a third of an autosave; a test holds the two equal)."""
    written = rows.encounter
    answers: dict[str, Any] = {}
    na: list[str] = []
    for row in rows.answers:
        if row["na"]:
            na.append(row["question_id"])
        else:
            answers[row["question_id"]] = row["value"]
    return EncounterData(
        id=data.id,
        form_id=data.form_id,
        form_version=data.form_version,
        location_id=data.location_id,
        visited_at=_local(data.visited_at, written["utc_offset_minutes"]),
        observer=data.observer or None,
        channel=data.channel,
        staff=data.staff,
        status=data.status,
        answers=answers,
        na=na,
        notes=data.notes,
        tags=[row["tag"] for row in rows.tags],
        timer={event: datetime.fromisoformat(text) for event, text in written["timer"].items()},
        reviewer_note=data.reviewer_note,
        return_reason=data.return_reason,
        reviewed_by=data.reviewed_by,
        reviewed_at=data.reviewed_at.astimezone(UTC) if data.reviewed_at else None,
        created_at=written["created_at"].astimezone(UTC),
        updated_at=written["updated_at"].astimezone(UTC),
        revision=written["revision"],
        score=written["score"],
        critical_fail=written["critical_fail"],
        feeling=written["feeling"],
    )


def _replace(session: Session, rows: _Rows, read_revision: int, *, review: bool = False) -> None:
    """Update the encounter's row and rewrite its answers, scores and tags. A `review` keeps
    the answers, and with them the scores, as they are: it rewrites the tags alone, so that a
    team server can let a trainer review without the right to write answers (store/team.py)."""
    encounter_id = rows.encounter["id"]
    values = {key: value for key, value in rows.encounter.items() if key != "id"}
    # The revision guard makes the update conditional in the database itself, so two
    # writers that read the same revision cannot both win (PostgreSQL's READ COMMITTED
    # lets both read before either writes). Statements built once, values passed as
    # parameters: building an UPDATE of 30 columns took most of an autosave's time.
    connection = session.connection()
    done = connection.execute(
        _UPDATE_ENCOUNTER, {**values, "old_id": encounter_id, "old_revision": read_revision}
    )
    if done.rowcount != 1:
        raise ConflictError(
            f"encounter {encounter_id} was changed elsewhere while saving; reload it and edit again"
        )
    children = ((Answer, "answers"), (EncounterScore, "scores"), (EncounterTag, "tags"))
    for statement, (table, key) in zip(_DELETE_CHILDREN, children, strict=True):
        if review and table is not EncounterTag:
            continue
        connection.execute(statement, {"old_id": encounter_id})
        _insert_many(session, table, getattr(rows, key))


# What save_encounter needs to know, in one statement: the form version, whether the location
# exists, the observer's id and (for an update) the stored revision. One row when the form
# version exists; the encounter's columns are NULL for a new one.
_FACTS_FOR_SAVE = (
    select(
        FormVersion.id.label("form_version_id"),
        FormVersion.definition,
        select(Location.id)
        .where(Location.id == bindparam("location_id"))
        .scalar_subquery()
        .label("location_id"),
        select(Observer.id)
        .where(Observer.alias == bindparam("observer"))
        .scalar_subquery()
        .label("observer_id"),
        Encounter.revision,
        Encounter.status,
        Encounter.created_at,
        Encounter.reviewed_by,
        Encounter.reviewed_at,
        Encounter.deleted_at,
    )
    .select_from(FormVersion)
    .outerjoin(Encounter, Encounter.id == bindparam("encounter_id"))
    .where(FormVersion.form_id == bindparam("form_id"), FormVersion.version == bindparam("version"))
)

_UPDATE_ENCOUNTER = update(Encounter.metadata.tables["encounters"]).where(
    Encounter.id == bindparam("old_id"), Encounter.revision == bindparam("old_revision")
)
_DELETE_CHILDREN = tuple(
    delete(model.metadata.tables[model.__tablename__]).where(
        model.encounter_id == bindparam("old_id")
    )
    for model in (Answer, EncounterScore, EncounterTag)
)


def _add_history(
    session: Session,
    encounter_id: str,
    previous: dict[str, Any],
    kind: workflow.HistoryKind,
    details: dict[str, Any],
    *,
    at: datetime | None = None,
) -> None:
    """Keep `previous` (the encounter before a change, as encounter_to_dict gives it) with the
    kind of the change, what changed (workflow.change_details) and when (default: now)."""
    session.add(
        EncounterHistory(
            encounter_id=encounter_id,
            changed_at=at or now_utc(),
            change=kind,
            details=details,
            snapshot=previous,
        )
    )


def bulk_add_encounters(
    db: Database,
    encounters: Sequence[EncounterData],
    locations: Sequence[LocationData] = (),
    forms: Sequence[Form] = (),
    *,
    progress: Any = None,
) -> int:
    """Add many new encounters (and their forms and locations) in one transaction, with
    Core bulk inserts. Every encounter is checked first; any problem refuses them all."""
    with db.write(bulk=True) as session:
        for form in forms:
            _store_form(session, form)
        _add_locations(session, locations)
        added = _insert_checked(session, encounters, progress)
    question_totals.refresh(db)  # the reports after it read the sums (SQLite)
    return added


def _add_locations(session: Session, locations: Sequence[LocationData]) -> int:
    """Store the locations not stored yet (by id); returns how many this call stored. One
    that another writer stores at the same moment is left to it."""
    known = set(session.scalars(select(Location.id)))
    new = sorted((loc for loc in locations if loc.id not in known), key=lambda loc: loc.id)
    if not new:
        return 0
    now = now_utc()
    statement = insert_new(_dialect(session), Location, ("id",)).returning(Location.id)
    rows = [
        {"id": loc.id, "name": loc.name, "region": loc.region, "created_at": now} for loc in new
    ]
    return len(session.execute(statement, rows).all())


def _insert_checked(
    session: Session,
    encounters: Sequence[EncounterData],
    progress: Any = None,
    *,
    checked: bool = False,
    skipped: list[str] | None = None,
) -> int:
    """Check and insert new encounters; returns how many were inserted. With a `skipped`
    list, one that another transaction stored meanwhile is skipped and its id added there
    (_insert_rows); without, it fails on the duplicate id."""
    form_ids = _form_version_ids(session)
    forms: dict[tuple[str, int], Form] = {}
    location_ids = set(session.scalars(select(Location.id)))
    observers = _observer_ids(session, (data.observer for data in encounters))
    problems: list[tuple[int, str]] = []
    batch: list[_Rows] = []
    done = 0
    skip_stored = skipped is not None

    def insert(batch: list[_Rows]) -> int:
        missed = _insert_rows(session, batch, skip_stored=skip_stored)
        if skipped is not None:
            skipped.extend(missed)
        return len(batch) - len(missed)

    # In the order of their ids: two imports at once on a server database then wait for each
    # other's rows in the same order, never in a circle (a deadlock).
    for index in sorted(range(len(encounters)), key=lambda index: encounters[index].id):
        data = encounters[index]
        key = (data.form_id, data.form_version)
        place = f"encounters[{index}] ({data.id})"
        if key not in form_ids:
            problems.append((index, f"{place}: form: no form {key[0]} version {key[1]}"))
            continue
        if key not in forms:
            forms[key] = _get_form(session, *key)
        if data.location_id not in location_ids:
            problems.append((index, f"{place}: location: unknown location {data.location_id}"))
            continue
        found = [] if checked else encounter_problems(forms[key], data)
        if found:
            problems.extend((index, f"{place}: {problem}") for problem in found)
            continue
        if problems:
            continue  # only collecting problems now
        data.created_at = data.created_at or now_utc()
        data.updated_at = data.updated_at or data.created_at
        batch.append(_rows(forms[key], form_ids[key], observers.get(data.observer or ""), data))
        if len(batch) >= 2000:
            done += insert(batch)
            batch = []
            if progress:
                progress(done, len(encounters))
    if problems:
        raise StoreError(*(problem for _index, problem in sorted(problems, key=lambda p: p[0])))
    done += insert(batch)
    if progress:
        progress(len(encounters), len(encounters))
    return done


# --- reading encounters -----------------------------------------------------------------------


def _local(moment: datetime, offset_minutes: int) -> datetime:
    return moment.astimezone(timezone(timedelta(minutes=offset_minutes)))


_ENCOUNTER_COLUMNS = (
    "id", "location_id", "visited_at", "utc_offset_minutes", "channel", "staff", "status",
    "notes", "timer", "reviewer_note", "return_reason", "reviewed_by", "reviewed_at",
    "created_at", "updated_at", "revision", "score", "critical_fail", "feeling", "calibration",
)  # fmt: skip


def _read_encounters(session: Session, ids: Sequence[str]) -> dict[str, EncounterData]:
    if not ids:
        return {}
    # Columns, not ORM entities: no identity map or instance state per row (export of
    # 100,000 encounters reads them all).
    query = (
        select(
            *(Encounter.__table__.c[name] for name in _ENCOUNTER_COLUMNS),
            FormVersion.form_id,
            FormVersion.version,
            Observer.alias,
        )
        .select_from(Encounter)
        .join(FormVersion, FormVersion.id == Encounter.form_version_id)
        .outerjoin(Observer, Observer.id == Encounter.observer_id)
        .where(Encounter.id.in_(ids))
    )
    out: dict[str, EncounterData] = {}
    for row in session.execute(query):
        form_id, version, alias = row.form_id, row.version, row.alias
        out[row.id] = EncounterData(
            id=row.id,
            form_id=form_id,
            form_version=version,
            location_id=row.location_id,
            visited_at=_local(row.visited_at, row.utc_offset_minutes),
            observer=alias,
            channel=row.channel,
            staff=row.staff,
            status=row.status,
            notes=row.notes,
            timer={event: datetime.fromisoformat(text) for event, text in row.timer.items()},
            reviewer_note=row.reviewer_note,
            return_reason=row.return_reason,
            reviewed_by=row.reviewed_by,
            reviewed_at=row.reviewed_at,
            created_at=row.created_at,
            updated_at=row.updated_at,
            revision=row.revision,
            score=row.score,
            critical_fail=row.critical_fail,
            feeling=row.feeling,
            calibration=row.calibration,
        )
    answers = session.execute(
        select(Answer.encounter_id, Answer.question_id, Answer.value, Answer.na).where(
            Answer.encounter_id.in_(ids)
        )
    )
    for encounter_id, question_id, value, na in answers:
        if na:
            out[encounter_id].na.append(question_id)
        else:
            out[encounter_id].answers[question_id] = value
    tags = session.execute(
        select(EncounterTag.encounter_id, EncounterTag.tag)
        .where(EncounterTag.encounter_id.in_(ids))
        .order_by(EncounterTag.tag)
    )
    for encounter_id, tag in tags:
        out[encounter_id].tags.append(tag)
    return out


def get_encounter(db: Database, encounter_id: str) -> EncounterData:
    with db.read() as session:
        found = _read_encounters(session, [encounter_id]).get(encounter_id)
    if found is None:
        raise StoreError(f"no encounter with id {encounter_id}")
    return found


def encounter_history(db: Database, encounter_id: str) -> list[HistoryEntry]:
    """The changes of an encounter with the state before each, oldest first."""
    with db.read() as session:
        rows = session.execute(
            select(
                EncounterHistory.changed_at,
                EncounterHistory.change,
                EncounterHistory.details,
                EncounterHistory.snapshot,
            )
            .where(EncounterHistory.encounter_id == encounter_id)
            .order_by(EncounterHistory.changed_at, EncounterHistory.id)
        )
        return [HistoryEntry(*row) for row in rows]


def count_encounters(db: Database, f: EncounterFilter | None = None) -> int:
    # Lean: the count joins a location or form version only when the filter names one, so
    # it reads an index of encounters, not their rows (a region's count at 100k: 80 -> 4 ms).
    with db.read() as session:
        query = filtered(
            select(func.count()).select_from(Encounter), f or EncounterFilter(), lean=True
        )
        return int(session.scalar(query) or 0)


def has_encounters(db: Database) -> bool:
    """Whether the database holds any encounter: one index probe, where a count reads them all
    (~30 ms at 100,000)."""
    with db.read() as session:
        return bool(session.scalar(select(exists().select_from(Encounter))))


def iter_encounters(
    db: Database, f: EncounterFilter | None = None, *, batch: int = CHUNK
) -> Iterator[EncounterData]:
    """Every encounter the filter covers, oldest visit first, read in batches."""
    with db.read() as session:
        ids = session.scalars(
            filtered(select(Encounter.id), f or EncounterFilter()).order_by(
                Encounter.visited_at, Encounter.id
            )
        ).all()
        for start in range(0, len(ids), batch):
            chunk = ids[start : start + batch]
            found = _read_encounters(session, chunk)
            for encounter_id in chunk:
                yield found[encounter_id]


def locations_of(db: Database, location_ids: Iterable[str]) -> list[LocationData]:
    ids = sorted(set(location_ids))
    out: list[LocationData] = []
    with db.read() as session:
        for start in range(0, len(ids), CHUNK):
            rows = session.execute(
                select(Location.id, Location.name, Location.region).where(
                    Location.id.in_(ids[start : start + CHUNK])
                )
            )
            out.extend(LocationData(*row) for row in rows)
    return out


def form_versions_used(db: Database, keys: Iterable[tuple[str, int]]) -> list[Form]:
    return [get_form(db, form_id, version) for form_id, version in sorted(set(keys))]
