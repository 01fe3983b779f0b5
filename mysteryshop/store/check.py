"""`mysteryshop check`: is the database whole, and do its stored scores still hold?"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from mysteryshop import scoring, workflow
from mysteryshop.store import queries
from mysteryshop.store.db import Database
from mysteryshop.store.migrate import current_revision
from mysteryshop.store.models import SCHEMA_VERSION, Encounter, FormVersion


@dataclass
class CheckReport:
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def check_database(db: Database) -> CheckReport:
    """Integrity (SQLite), schema revision, form content hashes, every encounter's stored
    score against a fresh computation by scoring.py, and its status against what workflow.py
    requires of it (a reviewer for an approved one, a reason for a returned one, ...)."""
    report = CheckReport()
    with db.read() as session:
        if db.is_sqlite:
            results = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
            if results != ["ok"]:
                report.problems += [f"integrity: {line}" for line in results[:20]]
            else:
                report.lines.append("integrity: ok")
        revision = current_revision(session.connection())
        if revision != SCHEMA_VERSION:
            report.problems.append(f"schema: revision {revision}, expected {SCHEMA_VERSION}")
        forms = 0
        for row in session.scalars(select(FormVersion)):
            forms += 1
            form = queries.form_from_definition(row.definition)
            if form.content_hash() != row.content_hash:
                report.problems.append(
                    f"form {row.form_id} version {row.version}: content does not match its hash"
                )
        report.lines.append(f"forms: {forms} versions checked")
        total = session.scalar(select(func.count()).select_from(Encounter)) or 0
    mismatches = incoherent = 0
    for data in queries.iter_encounters(db):
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
    return report
