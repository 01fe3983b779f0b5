"""`mysteryshop check`: is the database whole, and do its stored scores still hold?"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select, text

from mysteryshop import audit, scoring, workflow
from mysteryshop.forms import FormError
from mysteryshop.store import health, queries, question_totals
from mysteryshop.store.backup import sqlite_path
from mysteryshop.store.db import DamagedDatabaseError, Database
from mysteryshop.store.migrate import current_revision
from mysteryshop.store.models import SCHEMA_VERSION, Encounter, EncounterHistory, FormVersion
from mysteryshop.store.records import encounter_to_dict
from mysteryshop.store.shipped import shipped_forms


@dataclass
class CheckReport:
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def check_database(db: Database) -> CheckReport:
    """Integrity (SQLite), schema revision, form content hashes, every encounter's stored
    score against a fresh computation by scoring.py, and its status against what workflow.py
    requires of it (a reviewer for an approved one, a reason for a returned one, ...)."""
    report = CheckReport()
    path = sqlite_path(db)
    if path is not None:
        results = health.integrity_findings(path)
        if results != ["ok"]:
            # Nothing more can be read reliably: what SQLite found, then the same message as
            # every command's, with the way out.
            report.problems += [f"integrity: {line}" for line in results]
            report.problems += DamagedDatabaseError(path, health.integrity_detail(results)).problems
            return report
        report.lines.append("integrity: ok")
    with db.read() as session:
        if db.is_sqlite and path is None:  # in memory
            results = [row[0] for row in session.execute(text("PRAGMA integrity_check(20)"))]
            if results != ["ok"]:
                report.problems += [f"integrity: {line}" for line in results]
            else:
                report.lines.append("integrity: ok")
        revision = current_revision(session.connection())
        if revision != SCHEMA_VERSION:
            report.problems.append(f"schema: revision {revision}, expected {SCHEMA_VERSION}")
        hashes: dict[tuple[str, int], str] = {}
        for row in session.scalars(select(FormVersion)):
            hashes[(row.form_id, row.version)] = row.content_hash
            form = queries.form_from_definition(row.definition)
            if form.content_hash() != row.content_hash:
                report.problems.append(
                    f"form {row.form_id} version {row.version}: content does not match its hash"
                )
        report.lines.append(f"forms: {len(hashes)} versions checked")
        _check_shipped_forms(hashes, report)
        total = session.scalar(select(func.count()).select_from(Encounter)) or 0
    mismatches = incoherent = 0
    sealed = recorded_hashes(db)
    verified = tampered = 0
    for data in queries.iter_encounters(db):
        seal = sealed.get(data.id)
        if seal is not None and data.status in audit.HASHED_STATUSES:
            verified += 1
            found = audit.record_hash(encounter_to_dict(data))
            if found != seal.hash:
                tampered += 1
                if tampered <= 20:
                    report.problems.append(_tampered(data.id, found, seal))
        form = queries.get_form(db, data.form_id, data.form_version)
        state = workflow.state_problems(data, form)
        if state:
            incoherent += 1
            if incoherent <= 20:
                report.problems.append(f"encounter {data.id}: {data.status}: {state[0]}")
        result = scoring.score_encounter(form, data.answers, data.na)
        same_score = (result.score is None and data.score is None) or (
            result.score is not None
            and data.score is not None
            and math.isclose(result.score, data.score, abs_tol=1e-9)
        )
        if not same_score or result.critical_fail != data.critical_fail:
            mismatches += 1
            if mismatches <= 20:
                report.problems.append(
                    f"encounter {data.id}: stored score {data.score} / critical "
                    f"{data.critical_fail}, computed {result.score} / {result.critical_fail}"
                )
    report.lines.append(f"encounters: {total:,} scores checked, {mismatches} differ")
    report.lines.append(f"encounters: {total:,} statuses checked, {incoherent} incoherent")
    report.lines.append(f"encounters: {verified:,} content hashes checked, {tampered} differ")
    differing = question_totals.differing_days(db)
    if differing:
        report.problems.append(
            f"question totals: the sums of {len(differing)} day{'s' if len(differing) != 1 else ''}"
            f" differ from the answers (first {differing[0]}); summed again at the next report"
        )
    elif db.is_sqlite:
        report.lines.append("question totals: they match the answers")
    return report


@dataclass(frozen=True)
class Seal:
    """The content hash the history recorded at an encounter's last write through the store
    that left it submitted, approved or returned: the hash, the kind of that change, when."""

    hash: str
    change: str
    changed_at: datetime


def recorded_hashes(db: Database) -> dict[str, Seal]:
    """Each encounter's last recorded content hash (audit.py), by encounter id; an encounter
    stored before hashes were recorded, or never submitted, has none."""
    found: dict[str, Seal] = {}
    with db.read() as session:
        rows = session.execute(
            select(
                EncounterHistory.encounter_id,
                EncounterHistory.change,
                EncounterHistory.changed_at,
                EncounterHistory.details,
            ).order_by(EncounterHistory.changed_at, EncounterHistory.id)
        )
        for encounter_id, change, changed_at, details in rows:
            recorded = audit.recorded_hash(details)
            if recorded is not None:
                found[encounter_id] = Seal(recorded, change, changed_at)
    return found


def _tampered(encounter_id: str, found: str, seal: Seal) -> str:
    when = seal.changed_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return (
        f"encounter {encounter_id} changed after it was {seal.change} ({when}): the content "
        f"hash {audit.short_hash(found)} does not match {audit.short_hash(seal.hash)}, "
        "recorded then; it was changed outside the app"
    )


def _check_shipped_forms(hashes: dict[tuple[str, int], str], report: CheckReport) -> None:
    """Lines for shipped forms the database lacks or holds with other content under the same
    version (opening skips both: a database that could not be written, or a form changed
    without a new version). The database's own copy is what its encounters use."""
    try:
        forms = shipped_forms()
    except FormError as error:
        report.problems += [f"shipped form: {problem}" for problem in error.problems]
        return
    for form in forms:
        stored = hashes.get((form.id, form.version))
        which = f"shipped form {form.id} version {form.version}"
        if stored is None:
            report.lines.append(f"{which}: not in the database")
        elif stored != form.content_hash():
            report.lines.append(
                f"{which}: the database holds other content under this version (kept, and used)"
            )
