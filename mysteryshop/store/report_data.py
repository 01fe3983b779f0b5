"""The PDF reports' data beyond stats.py: the period and the previous one, question-by-
question results, the feeling distribution, notable encounters, coaching rows and one visit
in full. Aggregates are computed in SQL; callers get plain records."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import and_, case, exists, func, literal_column, or_, select
from sqlalchemy.orm import Session

from mysteryshop.forms import Form
from mysteryshop.store import stats
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.filtering import filtered
from mysteryshop.store.models import (
    Answer,
    Encounter,
    EncounterScore,
    EncounterTag,
    FormVersion,
    Location,
    Observer,
)
from mysteryshop.store.queries import CHUNK, form_from_definition, get_encounter
from mysteryshop.store.records import EncounterData, EncounterFilter, LocationData

BEST_PRACTICE = "best-practice"
NEEDS_COACHING = "needs-coaching"
WORST_SCORE_BELOW = 50.0  # a visit scoring under this is a poor experience


def _count_if(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _local(moment: datetime, offset_minutes: int) -> datetime:
    return moment.astimezone(timezone(timedelta(minutes=offset_minutes)))


# --- the period -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportPeriod:
    """The time a report covers: `start` included, `end` excluded (both aware).

    `first_day` and `last_day` are the calendar days shown on the cover."""

    start: datetime
    end: datetime

    @property
    def length(self) -> timedelta:
        return self.end - self.start

    @property
    def first_day(self) -> Any:
        return self.start.date()

    @property
    def last_day(self) -> Any:
        return (self.end - timedelta(microseconds=1)).date()

    def previous(self) -> ReportPeriod:
        """The period of the same length just before this one."""
        return ReportPeriod(self.start - self.length, self.start)


def _day_start(moment: datetime) -> datetime:
    return datetime.combine(moment.date(), time(), tzinfo=moment.tzinfo)


def report_period(db: Database, f: EncounterFilter) -> ReportPeriod | None:
    """The filter's date range; a missing bound is taken from the data (the first visit's
    day, the day after the last visit, in the observers' local calendar). None when the
    filter has no dates and covers no encounters."""
    start, end = f.date_from, f.date_to
    if start is None or end is None:
        columns = select(Encounter.visited_at, Encounter.utc_offset_minutes).select_from(Encounter)
        with db.read() as session:
            first = session.execute(
                filtered(columns, f).order_by(Encounter.visited_at).limit(1)
            ).first()
            last = session.execute(
                filtered(columns, f).order_by(Encounter.visited_at.desc()).limit(1)
            ).first()
        if first is None or last is None:
            if start is None and end is None:
                return None
            moment = start or end
            assert moment is not None
            start = start or moment - timedelta(days=1)
            end = end or moment + timedelta(days=1)
        else:
            if start is None:
                start = _day_start(_local(first[0], first[1]))
            if end is None:
                end = _day_start(_local(last[0], last[1])) + timedelta(days=1)
    if end <= start:
        end = start + timedelta(days=1)
    return ReportPeriod(start, end)


def with_period(f: EncounterFilter, period: ReportPeriod) -> EncounterFilter:
    """The same filter over another period."""
    return dataclasses.replace(f, date_from=period.start, date_to=period.end)


# --- forms ------------------------------------------------------------------------------------


def forms_by_version(db: Database, keys: Iterable[tuple[str, int]]) -> dict[tuple[str, int], Form]:
    """The stored forms for (form id, version) keys."""
    wanted = set(keys)
    if not wanted:
        return {}
    query = select(FormVersion.form_id, FormVersion.version, FormVersion.definition).where(
        or_(*(and_(FormVersion.form_id == fid, FormVersion.version == v) for fid, v in wanted))
    )
    with db.read() as session:
        rows = session.execute(query).all()
    return {(fid, v): form_from_definition(definition) for fid, v, definition in rows}


def form_titles(db: Database) -> dict[str, str]:
    """Each form id's title (of its latest version)."""
    with db.read() as session:
        rows = session.execute(
            select(FormVersion.form_id, FormVersion.title).order_by(
                FormVersion.form_id, FormVersion.version
            )
        ).all()
    return {form_id: title for form_id, title in rows}


# --- question by question ---------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionFigures:
    """One question of one form version over many encounters: points summed in SQL."""

    form_id: str
    form_version: int
    question_id: str
    answered: int  # answered (not N/A)
    na: int
    missed: int  # answered and earned nothing
    earned: float
    possible: float
    # stats.add_driver_counts: visits with a feeling where it earned full points (n, uplifted,
    # diminished), then where it did not.
    drivers: tuple[int, ...] = ()

    @property
    def score(self) -> float | None:
        return self.earned / self.possible * 100 if self.possible > 0 else None


def question_figures(db: Database, f: EncounterFilter) -> list[QuestionFigures]:
    """Per form version and question: answers, N/As, misses and points earned / possible,
    weakest first (questions with no points possible last), with the driver counts of what
    drives uplift (stats.driver_key). Unscored questions (texts, numbers, feeling without
    points) have no points possible."""
    query = filtered(
        select(
            Encounter.form_version_id,
            Answer.question_id,
            stats.driver_key(),
            func.count(),
            _count_if(Answer.na.is_(False)),
            _count_if(Answer.na.is_(True)),
            _count_if(and_(Answer.earned == 0, Answer.possible > 0)),
            func.coalesce(func.sum(Answer.earned), 0.0),
            func.coalesce(func.sum(Answer.possible), 0.0),
        )
        .select_from(Encounter)
        .join(Answer, Answer.encounter_id == Encounter.id)
        .group_by(Encounter.form_version_id, Answer.question_id, literal_column(stats.DRIVER_KEY)),
        f,
        lean=True,
    )
    # Per (form version row, question): answered, N/A, missed, earned, possible, driver counts.
    totals: dict[tuple[int, str], tuple[list[float], list[int]]] = {}
    with db.read() as session:
        versions = stats.form_versions(session)
        for vid, question_id, key, n, answered, na, missed, earned, possible in session.execute(
            query
        ):
            sums, drivers = totals.setdefault((vid, question_id), ([0.0] * 5, [0] * 6))
            for i, value in enumerate((answered, na, missed, earned, possible)):
                sums[i] += float(value or 0)
            stats.add_driver_counts(drivers, key, int(n))
    out = [
        QuestionFigures(
            *versions[vid],
            question_id,
            int(sums[0]),
            int(sums[1]),
            int(sums[2]),
            sums[3],
            sums[4],
            tuple(drivers),
        )
        for (vid, question_id), (sums, drivers) in totals.items()
    ]
    out.sort(
        key=lambda q: (q.score is None, q.score or 0.0, q.form_id, q.form_version, q.question_id)
    )
    return out


def feeling_distribution(db: Database, f: EncounterFilter) -> dict[int, int]:
    """How many encounters left the observer at each feeling, −2 … +2 (all five keys)."""
    query = filtered(
        select(Encounter.feeling, func.count())
        .select_from(Encounter)
        .where(Encounter.feeling.is_not(None))
        .group_by(Encounter.feeling),
        f,
    )
    with db.read() as session:
        rows = session.execute(query).all()
    counts = dict.fromkeys(range(-2, 3), 0)
    for feeling, count in rows:
        if feeling is not None:
            counts[int(feeling)] = counts.get(int(feeling), 0) + int(count)
    return counts


# --- notable encounters -----------------------------------------------------------------------


@dataclass
class NotableEncounter:
    """An encounter shown with its notes: a moment worth repeating, a poor experience or a
    coaching case. `failed` lists the answers that earned nothing (coaching only)."""

    id: str
    visited_at: datetime  # aware, in the observer's offset
    location_id: str
    location: str
    region: str | None
    form_id: str
    form_version: int
    channel: str
    observer: str | None
    staff: str
    score: float | None
    feeling: int | None
    critical_fail: bool
    notes: str
    reviewer_note: str
    tags: list[str] = field(default_factory=list)
    failed: list[FailedAnswer] = field(default_factory=list)


@dataclass(frozen=True)
class FailedAnswer:
    """An answer that earned 0 of its possible points."""

    question_id: str
    value: Any
    possible: float


def _notable_columns() -> Any:
    return (
        select(
            Encounter.id,
            Encounter.visited_at,
            Encounter.utc_offset_minutes,
            Location.id,
            Location.name,
            Location.region,
            FormVersion.form_id,
            FormVersion.version,
            Encounter.channel,
            Observer.alias,
            Encounter.staff,
            Encounter.score,
            Encounter.feeling,
            Encounter.critical_fail,
            Encounter.notes,
            Encounter.reviewer_note,
        )
        .select_from(Encounter)
        .outerjoin(Observer, Observer.id == Encounter.observer_id)
    )


def _notable(row: Sequence[Any]) -> NotableEncounter:
    (
        eid,
        visited,
        offset,
        lid,
        name,
        region,
        form_id,
        version,
        channel,
        alias,
        staff,
        score,
        feeling,
        critical,
        notes,
        reviewer_note,
    ) = row
    return NotableEncounter(
        id=eid,
        visited_at=_local(visited, offset),
        location_id=lid,
        location=name,
        region=region,
        form_id=form_id,
        form_version=int(version),
        channel=channel,
        observer=alias,
        staff=staff or "",
        score=score,
        feeling=feeling,
        critical_fail=bool(critical),
        notes=notes or "",
        reviewer_note=reviewer_note or "",
    )


def _has_tag(tag: str) -> Any:
    return exists().where(and_(EncounterTag.encounter_id == Encounter.id, EncounterTag.tag == tag))


def _count(db: Database, f: EncounterFilter, *where: Any) -> int:
    query = filtered(select(func.count()).select_from(Encounter).where(*where), f)
    with db.read() as session:
        return int(session.scalar(query) or 0)


def best_practice(
    db: Database, f: EncounterFilter, limit: int = 12
) -> tuple[list[NotableEncounter], int]:
    """ "Moments worth repeating": encounters tagged best-practice that have notes, best
    score first, and how many such encounters there are in all."""
    where = (_has_tag(BEST_PRACTICE), Encounter.notes != "")
    query = (
        filtered(_notable_columns().where(*where), f)
        .order_by(
            Encounter.score.is_(None),
            Encounter.score.desc(),
            Encounter.visited_at.desc(),
            Encounter.id,
        )
        .limit(limit)
    )
    with db.read() as session:
        rows = [_notable(row) for row in session.execute(query)]
    return rows, _count(db, f, *where)


def _poor() -> Any:
    return or_(
        Encounter.critical_fail.is_(True),
        Encounter.feeling < 0,
        Encounter.score < WORST_SCORE_BELOW,
    )


def worst_experiences(
    db: Database, f: EncounterFilter, limit: int = 12
) -> tuple[list[NotableEncounter], int]:
    """The worst experiences with notes: critical failures first, then the most diminished
    feeling, then the lowest score; and how many poor experiences (critical failure,
    diminished feeling or a score under WORST_SCORE_BELOW) have notes in all."""
    where = (_poor(), Encounter.notes != "")
    query = (
        filtered(_notable_columns().where(*where), f)
        .order_by(
            Encounter.critical_fail.desc(),
            Encounter.feeling.is_(None),
            Encounter.feeling,
            Encounter.score.is_(None),
            Encounter.score,
            Encounter.visited_at.desc(),
            Encounter.id,
        )
        .limit(limit)
    )
    with db.read() as session:
        rows = [_notable(row) for row in session.execute(query)]
    return rows, _count(db, f, *where)


def poor_experiences(db: Database, f: EncounterFilter) -> int:
    """How many poor experiences there are, with notes or without."""
    return _count(db, f, _poor())


def tagged_best_practice(db: Database, f: EncounterFilter) -> int:
    """How many encounters are tagged best practice, with notes or without."""
    return _count(db, f, _has_tag(BEST_PRACTICE))


@dataclass(frozen=True)
class CriticalFailure:
    """A visit with a critical failure and the critical questions it failed (earned 0 of
    their points; ids of its form version's questions)."""

    id: str
    visited_at: datetime  # aware, in the observer's offset
    location: str
    form_id: str
    form_version: int
    questions: tuple[str, ...]


def critical_failures(db: Database, f: EncounterFilter) -> list[CriticalFailure]:
    """Every visit with a critical failure in the filter, oldest first, each with the
    critical questions that earned nothing."""
    query = filtered(
        select(
            Encounter.id,
            Encounter.visited_at,
            Encounter.utc_offset_minutes,
            Location.name,
            FormVersion.form_id,
            FormVersion.version,
        )
        .select_from(Encounter)
        .where(Encounter.critical_fail.is_(True)),
        f,
    ).order_by(Encounter.visited_at, Encounter.id)
    with db.read() as session:
        rows = session.execute(query).all()
    forms = forms_by_version(db, {(row[4], int(row[5])) for row in rows})
    critical = {
        key: {q.id for q in form.questions() if getattr(q, "critical", False)}
        for key, form in forms.items()
    }
    wanted = sorted(set().union(*critical.values())) if critical else []
    failed: dict[str, list[str]] = {}
    ids = [row[0] for row in rows]
    with db.read() as session:
        for start in range(0, len(ids) if wanted else 0, CHUNK):
            for encounter_id, question_id in session.execute(
                select(Answer.encounter_id, Answer.question_id)
                .where(
                    Answer.encounter_id.in_(ids[start : start + CHUNK]),
                    Answer.question_id.in_(wanted),
                    Answer.earned == 0,
                    Answer.possible > 0,
                )
                .order_by(Answer.encounter_id, Answer.question_id)
            ):
                failed.setdefault(encounter_id, []).append(question_id)
    out = []
    for eid, visited, offset, location, form_id, version in rows:
        mine = critical.get((form_id, int(version)), set())
        questions = tuple(qid for qid in failed.get(eid, []) if qid in mine)
        out.append(
            CriticalFailure(
                eid, _local(visited, offset), location, form_id, int(version), questions
            )
        )
    return out


# --- coaching ---------------------------------------------------------------------------------


def staff_role(staff: str) -> str:
    """The role part of a staff description ("sales advisor, tall" → "sales advisor")."""
    return staff.split(",", 1)[0].strip()


def coaching_cases(
    db: Database,
    f: EncounterFilter,
    tags: Sequence[str] = (BEST_PRACTICE, NEEDS_COACHING),
    limit: int | None = None,
) -> list[NotableEncounter]:
    """Encounters tagged for coaching, ordered by location, staff role and visit, each with
    its tags and the answers that earned no points."""
    query = filtered(
        _notable_columns().where(
            exists().where(
                and_(EncounterTag.encounter_id == Encounter.id, EncounterTag.tag.in_(tags))
            )
        ),
        f,
    ).order_by(Location.name, Location.id, Encounter.staff, Encounter.visited_at, Encounter.id)
    if limit is not None:
        query = query.limit(limit)
    with db.read() as session:
        cases = [_notable(row) for row in session.execute(query)]
        by_id = {case_.id: case_ for case_ in cases}
        ids = list(by_id)
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            for encounter_id, tag in session.execute(
                select(EncounterTag.encounter_id, EncounterTag.tag)
                .where(EncounterTag.encounter_id.in_(chunk))
                .order_by(EncounterTag.tag)
            ):
                by_id[encounter_id].tags.append(tag)
            for encounter_id, question_id, value, possible in session.execute(
                select(Answer.encounter_id, Answer.question_id, Answer.value, Answer.possible)
                .where(
                    Answer.encounter_id.in_(chunk),
                    Answer.earned == 0,
                    Answer.possible > 0,
                )
                .order_by(Answer.encounter_id)
            ):
                by_id[encounter_id].failed.append(FailedAnswer(question_id, value, float(possible)))
    # Staff descriptions are free text: group them by role, case and spaces aside.
    cases.sort(key=lambda c: (c.location.casefold(), c.location_id, staff_role(c.staff).casefold()))
    return cases


# --- one visit --------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredScores:
    """One encounter's points as stored when it was scored: the total, each scored
    question's, and each section's and dimension's with points possible."""

    earned: float
    possible: float
    points: dict[str, tuple[float, float]]  # question id → (earned, possible)
    sections: dict[str, tuple[float, float]]
    dimensions: dict[str, tuple[float, float]]


def stored_scores(db: Database, encounter_id: str) -> StoredScores:
    """The points stored with one encounter. Raises StoreError for an unknown id."""
    with db.read() as session:
        row = session.execute(
            select(Encounter.earned, Encounter.possible).where(Encounter.id == encounter_id)
        ).one_or_none()
        if row is None:
            raise StoreError(f"no encounter with id {encounter_id}")
        return _stored_scores(session, encounter_id, row[0], row[1])


def _stored_scores(
    session: Session, encounter_id: str, earned: float, possible: float
) -> StoredScores:
    points = {
        question_id: (float(e or 0.0), float(p or 0.0))
        for question_id, e, p in session.execute(
            select(Answer.question_id, Answer.earned, Answer.possible).where(
                Answer.encounter_id == encounter_id, Answer.possible.is_not(None)
            )
        )
    }
    sections: dict[str, tuple[float, float]] = {}
    dimensions: dict[str, tuple[float, float]] = {}
    for kind, key, e, p in session.execute(
        select(
            EncounterScore.kind,
            EncounterScore.key,
            EncounterScore.earned,
            EncounterScore.possible,
        ).where(EncounterScore.encounter_id == encounter_id)
    ):
        (sections if kind == "section" else dimensions)[key] = (float(e), float(p))
    return StoredScores(float(earned), float(possible), points, sections, dimensions)


def dimension_scores(db: Database, encounter_ids: Sequence[str]) -> dict[str, dict[str, float]]:
    """Each encounter's stored dimension scores (%), for the dimensions it had points
    possible in."""
    out: dict[str, dict[str, float]] = {}
    with db.read() as session:
        for start in range(0, len(encounter_ids), CHUNK):
            rows = session.execute(
                select(
                    EncounterScore.encounter_id,
                    EncounterScore.key,
                    EncounterScore.earned,
                    EncounterScore.possible,
                ).where(
                    EncounterScore.encounter_id.in_(encounter_ids[start : start + CHUNK]),
                    EncounterScore.kind == "dimension",
                    EncounterScore.possible > 0,
                )
            )
            for encounter_id, key, earned, possible in rows:
                out.setdefault(encounter_id, {})[key] = earned / possible * 100
    return out


@dataclass
class VisitDetails:
    """One encounter with everything its report shows, as stored when it was scored."""

    encounter: EncounterData
    location: LocationData
    form: Form
    form_title: str
    scores: StoredScores


def visit_details(db: Database, encounter_id: str) -> VisitDetails:
    """Everything about one encounter. Raises StoreError for an unknown id."""
    encounter = get_encounter(db, encounter_id)
    with db.read() as session:
        row = session.execute(
            select(
                Encounter.earned,
                Encounter.possible,
                Location.id,
                Location.name,
                Location.region,
                FormVersion.definition,
                FormVersion.title,
            )
            .join(Location, Location.id == Encounter.location_id)
            .join(FormVersion, FormVersion.id == Encounter.form_version_id)
            .where(Encounter.id == encounter_id)
        ).one_or_none()
        if row is None:
            raise StoreError(f"no encounter with id {encounter_id}")
        earned, possible, lid, name, region, definition, title = row
        stored = _stored_scores(session, encounter_id, earned, possible)
    return VisitDetails(
        encounter=encounter,
        location=LocationData(lid, name, region),
        form=form_from_definition(definition),
        form_title=title,
        scores=stored,
    )
