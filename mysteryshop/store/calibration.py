"""Observer-calibration sessions as stored: which sessions there are, and each session's
records (every counted encounter's score and its scored answers' points) for
mysteryshop.calibration to compute. All the SQL of calibration is here.

A session counts its encounters in COUNTED_STATUSES: submitted, returned and approved. A draft
is still being recorded (its answers are not the observer's judgement yet), and trashed
encounters match no filter (filtering.py). A returned encounter counts: returning asks for a
fix, and the observer's own judgement of the scenario is what calibration measures."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import func, select

from mysteryshop import calibration
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.filtering import filtered
from mysteryshop.store.models import Answer, Encounter, FormVersion, Observer
from mysteryshop.store.queries import get_form
from mysteryshop.store.records import EncounterFilter

COUNTED_STATUSES: Final = ("submitted", "returned", "approved")
"""The statuses a calibration session counts (see the module's docstring)."""


class UnknownSessionError(StoreError):
    """No calibration session by that id; the message names the known ones."""


@dataclass(frozen=True)
class SessionInfo:
    """One calibration session as listed: its form (and versions: more than one means it
    cannot be computed), its visits' first and last time, and how many observers and
    encounters it counts."""

    id: str
    form_id: str
    versions: tuple[int, ...]
    first: datetime
    last: datetime
    observers: int
    encounters: int

    def as_json(self) -> dict[str, Any]:
        return {
            "session": self.id,
            "form": self.form_id,
            "form_versions": list(self.versions),
            "first_visit": self.first.isoformat(),
            "last_visit": self.last.isoformat(),
            "observers": self.observers,
            "encounters": self.encounters,
        }


def _counted(session_id: str | None = None) -> EncounterFilter:
    if session_id is None:
        return EncounterFilter(statuses=COUNTED_STATUSES)
    return EncounterFilter(statuses=COUNTED_STATUSES, calibration=session_id)


def list_sessions(db: Database) -> list[SessionInfo]:
    """Every calibration session with a counted encounter, the latest visited first."""
    query = filtered(
        select(
            Encounter.calibration,
            FormVersion.form_id,
            FormVersion.version,
            func.min(Encounter.visited_at),
            func.max(Encounter.visited_at),
            func.count(func.distinct(Encounter.observer_id)),
            func.count(),
        ),
        _counted(),
    ).where(Encounter.calibration.is_not(None))
    query = query.group_by(Encounter.calibration, FormVersion.form_id, FormVersion.version)
    rows: dict[str, list[Any]] = defaultdict(list)
    with db.read() as session:
        for row in session.execute(query):
            rows[str(row[0])].append(row)
    sessions = []
    for session_id, parts in rows.items():
        sessions.append(
            SessionInfo(
                id=session_id,
                form_id=", ".join(sorted({part[1] for part in parts})),
                versions=tuple(sorted({part[2] for part in parts})),
                first=min(part[3] for part in parts),
                last=max(part[4] for part in parts),
                # Across versions an observer could count twice; a mixed session is refused.
                observers=max(part[5] for part in parts),
                encounters=sum(part[6] for part in parts),
            )
        )
    sessions.sort(key=lambda s: (s.last, s.id), reverse=True)
    return sessions


def _unknown(db: Database, session_id: str) -> UnknownSessionError:
    known = [info.id for info in list_sessions(db)]
    named = ", ".join(known) if known else "none yet"
    return UnknownSessionError(f"no calibration session {session_id!r} (known sessions: {named})")


def session_records(db: Database, session_id: str) -> list[calibration.Record]:
    """The counted encounters of one session with their scored answers' points; N/A and
    unscored answers are left out (missing values). UnknownSessionError without any."""
    query = filtered(
        select(
            Encounter.id,
            Observer.alias,
            FormVersion.form_id,
            FormVersion.version,
            Encounter.visited_at,
            Encounter.created_at,
            Encounter.score,
        ).outerjoin(Observer, Observer.id == Encounter.observer_id),
        _counted(session_id),
    ).order_by(Encounter.created_at, Encounter.id)
    with db.read() as session:
        encounters = session.execute(query).all()
        answers: dict[str, dict[str, tuple[Any, float]]] = defaultdict(dict)
        ids = [row[0] for row in encounters]
        for start in range(0, len(ids), 500):
            for encounter_id, question_id, value, earned in session.execute(
                select(Answer.encounter_id, Answer.question_id, Answer.value, Answer.earned)
                .where(Answer.encounter_id.in_(ids[start : start + 500]))
                .where(Answer.na.is_(False), Answer.earned.is_not(None))
                .where(Answer.possible > 0)
            ):
                answers[encounter_id][question_id] = (value, earned)
    if not encounters:
        raise _unknown(db, session_id)
    return [
        calibration.Record(
            encounter_id=row[0],
            observer=row[1],
            form_id=row[2],
            form_version=row[3],
            visited_at=row[4],
            created_at=row[5],
            score=row[6],
            answers=answers.get(row[0], {}),
        )
        for row in encounters
    ]


def session_figures(db: Database, session_id: str) -> calibration.SessionFigures:
    """One session's figures. UnknownSessionError for an unknown session;
    calibration.CalibrationError for one that cannot be computed (mixed form versions)."""
    records = session_records(db, session_id)
    form_id, version = calibration.check_one_version(session_id, records)
    return calibration.session_figures(session_id, get_form(db, form_id, version), records)


def calibration_report(db: Database, session_id: str) -> calibration.CalibrationReport:
    """One session's figures with its observers' drift across every session and its form's
    questions' alpha across sessions. Sessions that cannot be computed (mixed versions) are
    not part of the figures across sessions."""
    figures = session_figures(db, session_id)
    others: list[calibration.SessionFigures] = [figures]
    for info in list_sessions(db):
        if info.id == session_id or len(info.versions) != 1:
            continue
        others.append(session_figures(db, info.id))
    return calibration.report(figures, others)


def session_ids(db: Database) -> list[str]:
    """Every session id in use, drafts included, for offering them when recording (on a team
    server also those an observer cannot read the visits of)."""
    from mysteryshop.store.team import calibration_session_ids

    query = filtered(select(Encounter.calibration).distinct(), EncounterFilter(), lean=True)
    with db.read() as session:
        on_team_server = calibration_session_ids(session)
        if on_team_server is not None:
            return on_team_server
        found = session.scalars(query.where(Encounter.calibration.is_not(None))).all()
    from mysteryshop.store.sync import synced_session_ids  # (it imports this module)

    # A laptop also offers the team's sessions its last sync brought (store/sync.py).
    return sorted({str(item) for item in found} | set(synced_session_ids(db)))
