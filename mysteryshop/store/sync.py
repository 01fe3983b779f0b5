"""A laptop's sync with its team's server: the observer works on the local SQLite file
offline; a sync pushes their submitted visits (and resubmissions of returned ones) and their
discards, and pulls their visits as the server has them (returned with the reviewer's note,
approved), the forms, the locations (both ways), the comment library and the calibration
session ids.

Changes are told by revisions, never by clocks: `sync_base` keeps, per encounter, the local
and the server revision at the last sync. Changed here = local revision moved; changed on the
server = server revision moved. Changed on both sides with other content: the server's
version (reviewed) stands here, the local one is kept in `sync_conflicts` with both
snapshots until someone resolves it; nothing is lost.

Each encounter goes in its own transactions: a push commits on the server first and records
the base here after; a pull writes the encounter and its base here in one transaction. A
connection dropped (or the program killed) between the two finds, next time, both sides with
the same content: only the base is recorded. So a sync can stop anywhere and the next one
completes it.

Writes go through the store's own rules: pushes through `queries._save` (the state machine,
the history, the revision guard) on the server, so a server refuses there what it refuses
anywhere; pulls store the server's version as it is, as an import does (store/merge.py)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Final, Literal

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from mysteryshop import workflow
from mysteryshop.store import attachments, calibration, comments, question_totals, trash
from mysteryshop.store.db import (
    ConflictError,
    ConnectionLostError,
    Database,
    StoreError,
    server_address,
    server_words,
)
from mysteryshop.store.merge import _comparable
from mysteryshop.store.migrate import current_revision
from mysteryshop.store.models import (
    SCHEMA_VERSION,
    Encounter,
    FormVersion,
    Location,
    Observer,
    SyncBase,
    SyncConflict,
    SyncState,
)
from mysteryshop.store.queries import (
    CHUNK,
    _add_history,
    _add_locations,
    _form_version_ids,
    _get_form,
    _insert_rows,
    _observer_ids,
    _read_encounters,
    _replace,
    _rows,
    _save,
    _sealed,
    _store_form,
    form_from_definition,
    now_utc,
)
from mysteryshop.store.records import EncounterData, LocationData, encounter_to_dict
from mysteryshop.store.team import current_member

Progress = Callable[[int, int], None]
"""Called with (encounters done, encounters to look at)."""

OFFLINE: Final = "offline: nothing was synced; your visits are safe on this computer"
"""Why a sync did not start: the server could not be reached."""

DELETE_REASON: Final = "removed on the observer's computer (sync)"
"""The reason kept on the server for a returned visit the observer removed on the laptop."""

BASE_BATCH: Final = 50
"""Pushes whose bases are recorded here in one transaction: a durable commit of the laptop's
file for each took more than the push itself. Bases left unrecorded (the program killed)
cost nothing but a comparison at the next sync: both sides are found with the same content."""

_STATE_SERVER = "server"
_STATE_LAST = "last_synced_at"
_STATE_SESSIONS = "calibration_sessions"


@dataclass
class SyncResult:
    """What one sync did. `pushed`, `pulled`, `conflicts` and `already_in_step` count
    encounters (a discard pushed counts in `pushed`); `conflict_ids` are the encounters found
    in conflict by this sync; `refused` one line per encounter the server refused (left as
    it is on both sides, tried again next time)."""

    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    already_in_step: int = 0
    forms_pulled: int = 0
    locations_pushed: int = 0
    locations_pulled: int = 0
    phrases_pulled: int = 0
    conflict_ids: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    # Pushes committed on the server whose bases are not recorded here yet (_record_due).
    _due: list[tuple[str, int, int]] = field(default_factory=list, repr=False, compare=False)


@dataclass(frozen=True)
class SyncStatus:
    """A laptop's sync state, to show beside the Sync button. `server` is the address of the
    last server synced with (never its user name or password); `pending`: encounters that
    the next sync will push; `conflicts`: those waiting to be resolved."""

    server: str | None
    last_synced_at: datetime | None
    pending: int
    conflicts: int


class _NotApplicable:
    """The value shown for a question answered N/A in a difference."""

    def __repr__(self) -> str:
        return "N/A"


NA: Final = _NotApplicable()
"""A FieldDifference's value for a question answered N/A."""


@dataclass(frozen=True)
class FieldDifference:
    """One field that differs between two versions of an encounter. `key` names it: a key of
    a bundle's encounter (records.encounter_to_dict: "status", "notes", ...) or
    "answers.<question id>"; `field` is that bundle key alone ("answers" for every answer)
    and `question_id` the question, for an answer (the UI words both: the question's text
    from the form). `local` and `server` are the values as bundles carry them; an answer left
    out is None, one answered N/A is `NA`."""

    key: str
    field: str
    question_id: str | None
    local: Any
    server: Any


@dataclass(frozen=True)
class ConflictView:
    """An encounter in conflict: the version kept from this computer and the server's (which
    stands here meanwhile), and what differs, field by field."""

    encounter_id: str
    found_at: datetime
    server_revision: int
    local: EncounterData
    server: EncounterData
    differences: list[FieldDifference]


# Compared one by one, in the order a person reads an encounter; answers come in the form's
# order at "answers". Derived and bookkeeping fields (revision, times of change) are left out.
_FIELDS = (
    "status", "form", "form_version", "location", "visited_at", "channel", "staff", "observer",
    "answers", "notes", "tags", "timer", "reviewer_note", "return_reason", "reviewed_by",
    "reviewed_at", "calibration", "score",
)  # fmt: skip


def differences(local: EncounterData, server: EncounterData) -> list[FieldDifference]:
    """What differs between two versions of an encounter, field by field (answers question
    by question, in the order of the form's questions when one is given)."""
    mine, theirs = encounter_to_dict(local), encounter_to_dict(server)
    found: list[FieldDifference] = []
    for key in _FIELDS:
        if key != "answers":
            if mine.get(key) != theirs.get(key):
                found.append(FieldDifference(key, key, None, mine.get(key), theirs.get(key)))
            continue
        questions = list(dict.fromkeys([*local.answers, *local.na, *server.answers, *server.na]))
        for question_id in questions:
            a, b = _answer(local, question_id), _answer(server, question_id)
            if a != b:
                found.append(
                    FieldDifference(f"answers.{question_id}", "answers", question_id, a, b)
                )
    return found


def _answer(data: EncounterData, question_id: str) -> Any:
    return NA if question_id in data.na else data.answers.get(question_id)


# --- the sync ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Seen:
    """An encounter as one side lists it."""

    revision: int
    status: str
    deleted: bool


def sync(
    local: Database, server: Database, *, alias: str, progress: Progress | None = None
) -> SyncResult:
    """Sync the observer `alias`'s visits on this computer (`local`, a SQLite file) with the
    team's server. Safe to repeat and to stop anywhere (see the module). Raises StoreError
    with one line when it cannot start (no alias, the server not a team database) and
    ConnectionLostError when the server goes away meanwhile: what was done stays done."""
    alias = alias.strip()
    if not alias:
        raise StoreError("set your observer alias first (Settings): a sync exchanges your visits")
    if not local.is_sqlite:
        raise StoreError("sync runs from this computer's own database file, not from a server")
    if server.is_sqlite:
        raise StoreError("the team database must be a PostgreSQL server")
    _check_server(server)
    member = current_member(server)
    if member is not None and member.alias != alias:
        raise StoreError(
            f"the team server knows this login as {member.alias!r}, not {alias!r}: set your "
            "alias to it (Settings), or sync with your own login"
        )
    result = SyncResult()
    _set_state(local, {_STATE_SERVER: server_address(server.url)})
    try:
        _sync_all(local, server, alias, progress, result)
    except DBAPIError as error:
        raise StoreError(
            f"the team server {server_address(server.url)} refused: {server_words(error)}"
        ) from None
    return result


def _check_server(server: Database) -> None:
    """Reach the server and see that it holds a team database of this version: a server
    that cannot be reached is ConnectionLostError (offline: the caller says so); one that
    refuses the login, or has no (or another) schema, a StoreError saying so."""
    where = server_address(server.url)
    try:
        with server.engine.connect() as connection:
            revision = current_revision(connection)
    except DBAPIError as error:
        reason = server_words(error)
        if "FATAL:" in reason:  # the server answered: a login it refuses, no such database
            refusal = reason.split("FATAL:", 1)[1].strip()
            raise StoreError(f"the team server {where} refused the login: {refusal}") from None
        raise ConnectionLostError(where) from None
    if revision != SCHEMA_VERSION:
        found = f"schema {revision}" if revision else "no mysteryshop tables"
        raise StoreError(
            f"the team server {where} has {found}, not {SCHEMA_VERSION}: its administrator sets "
            "it up (mysteryshop team init) or upgrades it"
        )


def _sync_all(
    local: Database,
    server: Database,
    alias: str,
    progress: Progress | None,
    result: SyncResult,
) -> None:
    _pull_reference(local, server, result)
    _push_locations(local, server, result)
    theirs = _listing(server, alias)
    mine = _listing(local, alias)
    with local.read() as session:
        bases = {row.encounter_id: row for row in session.scalars(select(SyncBase))}
    ids = sorted(set(theirs) | set(mine))
    ahead = _prefetch(local, sorted(_changed_here(mine, bases)))
    try:
        for done, encounter_id in enumerate(ids):
            if progress:
                progress(done, len(ids))
            _sync_one(local, server, alias, encounter_id, mine, theirs, bases, result, ahead)
    finally:  # the server gone meanwhile: what it committed is recorded here all the same
        _record_due(local, result)
    if progress:
        progress(len(ids), len(ids))
    _set_state(local, {_STATE_LAST: now_utc().isoformat()})
    question_totals.refresh(local)


def _sync_one(
    local: Database,
    server: Database,
    alias: str,
    encounter_id: str,
    mine: dict[str, _Seen],
    theirs: dict[str, _Seen],
    bases: dict[str, SyncBase],
    result: SyncResult,
    ahead: _Prefetched | None = None,
) -> None:
    here, there, base = mine.get(encounter_id), theirs.get(encounter_id), bases.get(encounter_id)
    if here is None and there is None:
        return
    if base is None:
        if there is None:
            assert here is not None
            if here.deleted or here.status == "draft":
                return  # the observer's own work, not for the team yet
            _push(local, server, alias, encounter_id, None, result, ahead)
        elif here is None:
            _pull(local, server, encounter_id, None, result)
        else:
            _settle(local, server, alias, encounter_id, result)
        return
    if here is None or there is None:
        return  # purged on one side (or no longer this observer's): nothing to exchange
    changed_here = here.revision != base.local_revision
    changed_there = there.revision != base.server_revision
    if not changed_here and not changed_there:
        result.already_in_step += 1
    elif changed_here and not changed_there:
        if here.status == "draft" and not here.deleted:
            return  # reopened and still being edited: pushed once submitted (or discarded)
        _push(local, server, alias, encounter_id, there, result, ahead)
    elif changed_there and not changed_here:
        _pull(local, server, encounter_id, here, result)
    else:
        _settle(local, server, alias, encounter_id, result)


def _listing(db: Database, alias: str) -> dict[str, _Seen]:
    """The observer's encounters on one side: id → revision, status, trashed. On a team
    server the observer's login sees only their own anyway (row-level security)."""
    query = (
        select(Encounter.id, Encounter.revision, Encounter.status, Encounter.deleted_at)
        .join(Observer, Observer.id == Encounter.observer_id)
        .where(Observer.alias == alias)
    )
    with db.read() as session:
        return {
            row.id: _Seen(row.revision, row.status, row.deleted_at is not None)
            for row in session.execute(query)
        }


@dataclass(frozen=True)
class _Prefetched:
    """The laptop's versions of the visits a sync may push, read in one go (one read per
    visit took longer than its push), with their attachments' metadata."""

    found: dict[str, tuple[EncounterData, bool]]
    infos: dict[str, list[attachments.AttachmentInfo]]


def _changed_here(mine: dict[str, _Seen], bases: dict[str, SyncBase]) -> list[str]:
    return [
        encounter_id
        for encounter_id, seen in mine.items()
        if (base := bases.get(encounter_id)) is None or seen.revision != base.local_revision
    ]


def _prefetch(local: Database, ids: Sequence[str]) -> _Prefetched:
    found: dict[str, tuple[EncounterData, bool]] = {}
    with local.read() as session:
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            read = _read_encounters(session, chunk)
            trashed = dict(
                session.execute(
                    select(Encounter.id, Encounter.deleted_at).where(Encounter.id.in_(chunk))
                ).all()
            )
            found.update((key, (data, trashed.get(key) is not None)) for key, data in read.items())
    return _Prefetched(found, attachments.attachments_of(local, ids))


def _read(db: Database, encounter_id: str) -> tuple[EncounterData, bool] | None:
    """An encounter and whether it is in the trash."""
    with db.read() as session:
        return _read_in(session, encounter_id)


def _read_in(session: Session, encounter_id: str) -> tuple[EncounterData, bool] | None:
    found = _read_encounters(session, [encounter_id]).get(encounter_id)
    if found is None:
        return None
    deleted = session.scalar(select(Encounter.deleted_at).where(Encounter.id == encounter_id))
    return found, deleted is not None


def _same(a: tuple[EncounterData, bool], b: tuple[EncounterData, bool]) -> bool:
    """The same content (the store's bookkeeping aside) and the same trash state."""
    return a[1] == b[1] and _comparable(encounter_to_dict(a[0]), dated=False) == _comparable(
        encounter_to_dict(b[0]), dated=False
    )


def _push(
    local: Database,
    server: Database,
    alias: str,
    encounter_id: str,
    there: _Seen | None,
    result: SyncResult,
    ahead: _Prefetched | None = None,
) -> None:
    """This computer's version onto the server (its own transaction there), then the base
    here. A server that refuses (the state machine, its roles) leaves both as they are.
    `ahead`: the laptop's versions read before (a version edited since is pushed as it was
    read, and its newer revision at the next sync)."""
    found = ahead.found.get(encounter_id) if ahead else None
    found = found or _read(local, encounter_id)
    if found is None:
        return
    data, deleted = found
    try:
        if deleted:
            if there is None or there.deleted:
                return
            if there.status != data.status:
                # A returned visit reopened and discarded here: reopened there first (an
                # observer discards only a draft; team.py's policies hold them to it).
                with server.write() as session:
                    _save(session, replace(data, revision=there.revision), alias)
            trash.remove(server, encounter_id, alias, DELETE_REASON)
            after = _server_revision(server, encounter_id)
        else:
            pushed = replace(data, revision=there.revision if there is not None else 0)
            evidence = _incoming(local, encounter_id, ahead.infos if ahead else None)
            with server.write() as session:
                after = _save(session, pushed, alias).revision
                attachments.merge_into(session, evidence)
    except ConflictError:
        return  # changed on the server meanwhile: the next sync sees it
    except ConnectionLostError:
        raise
    except StoreError as refused:
        result.refused.append(f"encounter {encounter_id}: {refused}")
        return
    except DBAPIError as refused:  # the server's roles (row-level security, grants)
        result.refused.append(f"encounter {encounter_id}: {server_words(refused)}")
        return
    result._due.append((encounter_id, data.revision, after))
    result.pushed += 1
    if len(result._due) >= BASE_BATCH:
        _record_due(local, result)


def _record_due(local: Database, result: SyncResult) -> None:
    """Record the bases of the pushes made since the last time, in one local transaction."""
    if not result._due:
        return
    with local.write() as session:
        for encounter_id, local_revision, server_revision in result._due:
            _base_in(session, encounter_id, local_revision, server_revision)
    result._due.clear()


def _incoming(
    db: Database,
    encounter_id: str,
    known: dict[str, list[attachments.AttachmentInfo]] | None = None,
) -> list[attachments.IncomingAttachment]:
    """An encounter's attachments, to merge into the other side (by id: those it has
    already are left alone; the bytes are read only for the others). `known`: the
    attachments of many encounters, read before."""
    infos = known.get(encounter_id, []) if known is not None else None

    def reader(attachment_id: str) -> Callable[[], bytes]:
        return lambda: attachments.get_content(db, attachment_id)

    return [
        attachments.IncomingAttachment(
            info.id,
            info.encounter_id,
            info.name,
            info.media_type,
            info.size,
            info.sha256,
            reader(info.id),
            info.added_at,
        )  # fmt: skip
        for info in (infos if infos is not None else attachments.list_attachments(db, encounter_id))
    ]


def _server_revision(server: Database, encounter_id: str) -> int:
    with server.read() as session:
        revision = session.scalar(select(Encounter.revision).where(Encounter.id == encounter_id))
    if revision is None:
        raise StoreError(f"encounter {encounter_id}: not found on the server after the push")
    return int(revision)


def _pull(
    local: Database, server: Database, encounter_id: str, here: _Seen | None, result: SyncResult
) -> None:
    """The server's version here, with its base, in one local transaction."""
    found = _read(server, encounter_id)
    if found is None:
        return
    if _store_here(local, server, found, expected=here.revision if here is not None else None):
        result.pulled += 1


def _store_here(
    local: Database,
    server: Database,
    found: tuple[EncounterData, bool],
    *,
    expected: int | None,
    conflict_with: tuple[EncounterData, bool] | None = None,
) -> bool:
    """Write the server's encounter here as it is (no state machine: it is the server's, as
    an import is the source's) and its base. `expected`: the local revision read (None: not
    here yet); an edit here meanwhile leaves it for the next sync (False). `conflict_with`:
    the local version it replaces, kept in sync_conflicts."""
    data, deleted = found
    server_revision = data.revision
    evidence = _incoming(server, data.id)
    try:
        with local.write() as session:
            key = (data.form_id, data.form_version)
            form_id = _form_version_ids(session).get(key)
            if form_id is None:
                raise StoreError(f"encounter {data.id}: no form {key[0]} version {key[1]} here")
            form = _get_form(session, *key)
            observer_id = _observer_ids(session, [data.observer]).get(data.observer or "")
            stored = _read_in(session, data.id) if expected is not None else None
            mine = replace(data, revision=(expected or 0) + 1)
            rows = _rows(form, form_id, observer_id, mine)
            if stored is None:
                _insert_rows(session, [rows])
            else:
                before = encounter_to_dict(stored[0])
                details = {
                    **workflow.change_details(before, encounter_to_dict(mine)),
                    **_sealed(mine),
                }
                _add_history(session, data.id, before, "imported", details)
                assert expected is not None
                _replace(session, rows, expected)
            if deleted and not (stored is not None and stored[1]):
                moment = now_utc()
                session.execute(
                    update(Encounter).where(Encounter.id == data.id).values(deleted_at=moment)
                )
            elif stored is not None and stored[1] and not deleted:
                trash.restore_in(session, data.id)
            attachments.merge_into(session, evidence)
            if conflict_with is not None:
                _keep_conflict(session, conflict_with[0], data, server_revision)
            _base_in(session, data.id, mine.revision, server_revision)
    except ConflictError:
        return False
    return True


def _keep_conflict(
    session: Session, mine: EncounterData, theirs: EncounterData, server_revision: int
) -> None:
    """Keep this computer's version of an encounter in conflict. An earlier conflict of the
    same encounter, not resolved, goes into its history: nothing is dropped."""
    earlier = session.get(SyncConflict, mine.id)
    if earlier is not None:
        _add_history(session, mine.id, earlier.local, "import-older", {})
        session.delete(earlier)
        session.flush()
    session.add(
        SyncConflict(
            encounter_id=mine.id,
            found_at=now_utc(),
            server_revision=server_revision,
            local=encounter_to_dict(mine),
            server=encounter_to_dict(theirs),
        )
    )


def _settle(
    local: Database, server: Database, alias: str, encounter_id: str, result: SyncResult
) -> None:
    """Changed on both sides (or on both without a base): the same content is only a base
    to record (a push whose base was not written); other content is a conflict."""
    here, there = _read(local, encounter_id), _read(server, encounter_id)
    if here is None or there is None:
        return
    if _same(here, there):
        _set_base(local, encounter_id, here[0].revision, there[0].revision)
        result.already_in_step += 1
        return
    if here[1] and not there[1] and _same((here[0], False), there):
        # Discarded here, reopened there by the push of that discard cut off before it
        # discarded: the push goes on.
        _push(local, server, alias, encounter_id, _listing_one(server, encounter_id), result)
        return
    if _store_here(local, server, there, expected=here[0].revision, conflict_with=here):
        result.conflicts += 1
        result.conflict_ids.append(encounter_id)


def _set_base(
    local: Database, encounter_id: str, local_revision: int, server_revision: int
) -> None:
    with local.write() as session:
        _base_in(session, encounter_id, local_revision, server_revision)


def _base_in(
    session: Session, encounter_id: str, local_revision: int, server_revision: int
) -> None:
    row = session.get(SyncBase, encounter_id)
    if row is None:
        row = SyncBase(encounter_id=encounter_id)
        session.add(row)
    row.local_revision = local_revision
    row.server_revision = server_revision
    row.synced_at = now_utc()


def _pull_reference(local: Database, server: Database, result: SyncResult) -> None:
    """The forms, locations, comment library and calibration session ids the server has and
    this computer lacks."""
    with server.read() as session:
        forms = session.execute(
            select(FormVersion.form_id, FormVersion.version, FormVersion.definition)
        ).all()
        places = [
            LocationData(*row)
            for row in session.execute(select(Location.id, Location.name, Location.region))
        ]
    phrases = [phrase.key for phrase in comments.library(server)]
    sessions = _session_ids(server)
    with local.write() as session:
        known = set(_form_version_ids(session))
        for form_id, version, definition in forms:
            if (form_id, version) in known:
                continue
            try:
                result.forms_pulled += _store_form(session, form_from_definition(definition))[1]
            except StoreError as refused:
                result.refused.append(f"form {form_id} version {version}: {refused}")
        result.locations_pulled = _add_locations(session, places)
        result.phrases_pulled = comments.merge_into(session, phrases)
        _state_in(session, {_STATE_SESSIONS: json.dumps(sessions)})


def _session_ids(server: Database) -> list[str]:
    """The calibration sessions in use on the server: on a team server through its function
    (store/team.py), which an observer may call though they read only their own visits."""
    with server.read() as session:
        found = session.scalar(text("SELECT to_regprocedure('mysteryshop_calibration_sessions()')"))
        if found is None:
            return calibration.session_ids(server)
        rows = session.execute(
            text("SELECT DISTINCT calibration FROM mysteryshop_calibration_sessions()")
        )
        return sorted(str(row[0]) for row in rows)


def _push_locations(local: Database, server: Database, result: SyncResult) -> None:
    """The locations added on this computer, onto the server (an observer may add one)."""
    with local.read() as session:
        places = [
            LocationData(*row)
            for row in session.execute(select(Location.id, Location.name, Location.region))
        ]
    with server.write() as session:
        result.locations_pushed = _add_locations(session, places)


# --- state, conflicts -------------------------------------------------------------------------


def _set_state(local: Database, values: dict[str, str]) -> None:
    with local.write() as session:
        _state_in(session, values)


def _state_in(session: Session, values: dict[str, str]) -> None:
    for key, value in values.items():
        row = session.get(SyncState, key)
        if row is None:
            session.add(SyncState(key=key, value=value))
        else:
            row.value = value


def synced_session_ids(local: Database) -> list[str]:
    """The calibration session ids the team's server had at the last sync (a laptop's
    SQLite file only: on a server nobody reads the sync tables)."""
    if not local.is_sqlite:
        return []
    with local.read() as session:
        row = session.get(SyncState, _STATE_SESSIONS)
    return list(json.loads(row.value)) if row is not None else []


def status(local: Database) -> SyncStatus:
    """This computer's sync state: the server, when it last synced, what is pending (visits
    submitted or removed here since) and the conflicts waiting."""
    with local.read() as session:
        state = {row.key: row.value for row in session.scalars(select(SyncState))}
        base = SyncBase.__table__
        pending = session.scalar(
            select(func.count())
            .select_from(Encounter)
            .outerjoin(base, base.c.encounter_id == Encounter.id)
            .where(
                (
                    base.c.encounter_id.is_(None)
                    & Encounter.deleted_at.is_(None)
                    & (Encounter.status != "draft")
                )
                | (
                    (base.c.local_revision != Encounter.revision)
                    & ((Encounter.status != "draft") | Encounter.deleted_at.is_not(None))
                ),
                Encounter.observer_id.is_not(None),  # a visit without an alias is not synced
            )
        )
        waiting = session.scalar(select(func.count()).select_from(SyncConflict))
    last = state.get(_STATE_LAST)
    return SyncStatus(
        server=state.get(_STATE_SERVER),
        last_synced_at=datetime.fromisoformat(last) if last else None,
        pending=int(pending or 0),
        conflicts=int(waiting or 0),
    )


def conflict_ids(local: Database) -> set[str]:
    """The encounters waiting for a conflict to be resolved (none on a server, where the
    sync tables are nobody's): for marking them in lists, without reading both versions."""
    if not local.is_sqlite:
        return set()
    with local.read() as session:
        return set(session.scalars(select(SyncConflict.encounter_id)))


def conflicts(local: Database) -> list[ConflictView]:
    """The encounters in conflict, oldest first, each with both versions and what differs."""
    from mysteryshop.exchange.bundle import encounter_from_dict

    with local.read() as session:
        rows = session.scalars(select(SyncConflict).order_by(SyncConflict.found_at)).all()
    views = []
    for row in rows:
        mine, theirs = encounter_from_dict(row.local), encounter_from_dict(row.server)
        views.append(
            ConflictView(
                row.encounter_id,
                row.found_at,
                row.server_revision,
                mine,
                theirs,
                differences(mine, theirs),
            )
        )
    return views


def resolve(
    local: Database,
    server: Database | None,
    encounter_id: str,
    keep: Literal["server", "local"],
) -> None:
    """Close a conflict. "server": the server's version, which already stands here, stays.
    "local": this computer's version comes back here as a new revision, to be pushed; with
    `server` it is pushed at once (the server's rules apply: a visit approved there cannot
    be turned back into a draft, StoreError, and the conflict stays), without it at the next
    sync."""
    from mysteryshop.exchange.bundle import encounter_from_dict

    if keep not in ("server", "local"):
        raise StoreError(f"keep: 'server' or 'local', not {keep!r}")
    with local.write() as session:
        row = session.get(SyncConflict, encounter_id)
        if row is None:
            raise StoreError(f"encounter {encounter_id} is not in conflict")
        if keep == "server":
            session.delete(row)
            return
        mine = encounter_from_dict(row.local)
        server_revision = row.server_revision
        stored = _read_in(session, encounter_id)
        if stored is None:
            raise StoreError(f"no encounter with id {encounter_id}")
        key = (mine.form_id, mine.form_version)
        form = _get_form(session, *key)
        form_id = _form_version_ids(session)[key]
        observer_id = _observer_ids(session, [mine.observer]).get(mine.observer or "")
        before = encounter_to_dict(stored[0])
        revision = stored[0].revision
        restored = replace(mine, revision=revision + 1, updated_at=now_utc())
        details = {
            **workflow.change_details(before, encounter_to_dict(restored)),
            **_sealed(restored),
        }
        _add_history(session, encounter_id, before, "imported", details)
        _replace(session, _rows(form, form_id, observer_id, restored), revision)
        if stored[1]:
            trash.restore_in(session, encounter_id)
        # The base: the server as the conflict found it, this computer not yet pushed.
        _base_in(session, encounter_id, revision, server_revision)
        session.execute(delete(SyncConflict).where(SyncConflict.encounter_id == encounter_id))
    if server is not None:
        result = SyncResult()
        here = _listing_one(local, encounter_id)
        there = _listing_one(server, encounter_id)
        if here is not None:
            _push(local, server, mine.observer or "", encounter_id, there, result)
            _record_due(local, result)
        if result.refused:
            # The server keeps its version: it stands here again, and so does the conflict.
            back = _read(server, encounter_id)
            kept = _read(local, encounter_id)
            if back is not None and kept is not None:
                _store_here(local, server, back, expected=kept[0].revision, conflict_with=kept)
            raise StoreError(*result.refused)


def _listing_one(db: Database, encounter_id: str) -> _Seen | None:
    with db.read() as session:
        row = session.execute(
            select(Encounter.revision, Encounter.status, Encounter.deleted_at).where(
                Encounter.id == encounter_id
            )
        ).first()
    return _Seen(row.revision, row.status, row.deleted_at is not None) if row else None


__all__: Sequence[str] = (
    "NA",
    "OFFLINE",
    "ConflictView",
    "FieldDifference",
    "SyncResult",
    "SyncStatus",
    "conflict_ids",
    "conflicts",
    "differences",
    "resolve",
    "status",
    "sync",
    "synced_session_ids",
)
