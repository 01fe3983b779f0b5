"""The PDF reports' data beyond stats.py: the period and the previous one, question-by-
question results, the feeling distribution, notable encounters, coaching rows and one visit
in full. Aggregates are computed in SQL; callers get plain records."""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any, Final

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from mysteryshop import confidence, periods
from mysteryshop.confidence import MIN_VISITS, Estimate
from mysteryshop.forms import Form
from mysteryshop.names import name_key
from mysteryshop.periods import Period
from mysteryshop.store import question_totals, stats
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.filtering import count_if, filtered
from mysteryshop.store.models import (
    Answer,
    Encounter,
    EncounterScore,
    EncounterTag,
    FormVersion,
    Location,
    Observer,
)
from mysteryshop.store.queries import (
    CHUNK,
    encounter_history,
    form_from_definition,
    get_encounter,
)
from mysteryshop.store.records import EncounterData, EncounterFilter, HistoryEntry, LocationData
from mysteryshop.vocabulary import FEELING_LABELS, STATUSES, TAG_LABELS, reported_statuses

BEST_PRACTICE = "best-practice"
NEEDS_COACHING = "needs-coaching"
WORST_SCORE_BELOW = 50.0  # a visit scoring under this is a poor experience


def _local(moment: datetime, offset_minutes: int) -> datetime:
    return moment.astimezone(timezone(timedelta(minutes=offset_minutes)))


# --- the period -------------------------------------------------------------------------------


def _visit_days(db: Database, f: EncounterFilter) -> tuple[date, date] | None:
    """The days of the first and the last visit in the filter, in the observers' local
    calendar (a visit belongs to the day it happened where it happened); None without any."""
    columns = select(Encounter.visited_at, Encounter.utc_offset_minutes).select_from(Encounter)
    with db.read() as session:
        first = session.execute(
            filtered(columns, f).order_by(Encounter.visited_at).limit(1)
        ).first()
        last = session.execute(
            filtered(columns, f).order_by(Encounter.visited_at.desc()).limit(1)
        ).first()
    if first is None or last is None:
        return None
    return _local(first[0], first[1]).date(), _local(last[0], last[1]).date()


def filter_days(f: EncounterFilter) -> tuple[date | None, date | None]:
    """The filter's first and last day (both included), as days of its moments' own time
    zone (with_period turns them back into the same moments)."""
    first = f.date_from.date() if f.date_from else None
    last = (f.date_to - timedelta(microseconds=1)).date() if f.date_to else None
    return first, last


def report_period(db: Database, f: EncounterFilter, today: date | None = None) -> Period | None:
    """The days a report covers: the filter's dates, a missing bound taken from the data
    (the first or the last visit's day); recognised as a calendar month, quarter or year
    when it is one (periods.custom) and cut at `today` (default: today) when it is not over
    yet. None when the filter has no dates and covers no encounters. Raises PeriodError when
    the filter's dates end before they start."""
    first, last = filter_days(f)
    if first is None or last is None:
        found = _visit_days(db, f)
        if found is None:
            if first is None and last is None:
                return None
            first = first or last
            last = last or first
        else:
            first = first or found[0]
            last = last or max(found[1], first)
    assert first is not None and last is not None
    return periods.until_today(periods.custom(first, last), today or date.today())


def with_period(f: EncounterFilter, period: Period) -> EncounterFilter:
    """The same filter over another period, in the time zone of the filter's dates (default:
    this computer's)."""
    moment = f.date_from or f.date_to
    start, end = period.moments(moment.tzinfo if moment else None)
    return dataclasses.replace(f, date_from=start, date_to=end)


def left_out(db: Database, f: EncounterFilter) -> dict[str, int]:
    """How many encounters the filter (its period, places, form and tag) holds that a report
    does not count because of their status: {"draft": 96, "returned": 3}, statuses with none
    left out; one aggregate grouped by status."""
    counted = reported_statuses(f.statuses)
    others = [status for status in STATUSES if status not in counted]
    if not others:
        return {}
    # IN the other statuses, not NOT IN the counted ones: seeks in (status, visited_at).
    query = filtered(
        select(Encounter.status, func.count())
        .select_from(Encounter)
        .where(Encounter.status.in_(others))
        .group_by(Encounter.status),
        dataclasses.replace(f, statuses=None),
        lean=True,
    )
    with db.read() as session:
        rows = session.execute(query).all()
    found = {status: int(count) for status, count in rows if count}
    return {status: found[status] for status in others if status in found}


def filter_problems(db: Database, f: EncounterFilter) -> list[str]:
    """What is wrong with a report's filter, one line each: a location, region, form or tag
    the database does not know (with the closest known names), or dates that end before
    they start. Empty when the filter is fine."""
    problems = []
    first, last = filter_days(f)
    if first is not None and last is not None and last < first:
        problems.append(
            f"--from {first.isoformat()} is after --to {last.isoformat()}: "
            "the period would end before it starts"
        )
    with db.read() as session:
        if f.location and not session.scalar(
            select(func.count())
            .select_from(Location)
            .where(
                or_(Location.name_key == name_key(f.location), Location.id == f.location.strip())
            )
        ):
            names = session.scalars(select(Location.name)).all()
            problems.append(_unknown("location", f.location, names))
        if f.region and not session.scalar(
            select(func.count())
            .select_from(Location)
            .where(Location.region_key == name_key(f.region))
        ):
            known = session.scalars(select(Location.region).distinct()).all()
            problems.append(_unknown("region", f.region, known))
        if f.form_id and not session.scalar(
            select(func.count()).select_from(FormVersion).where(FormVersion.form_id == f.form_id)
        ):
            names = session.scalars(select(FormVersion.form_id)).all()
            problems.append(_unknown("form", f.form_id, names))
        if (
            f.tag
            and f.tag not in TAG_LABELS
            and not session.scalar(
                select(func.count()).select_from(EncounterTag).where(EncounterTag.tag == f.tag)
            )
        ):
            names = [*TAG_LABELS, *session.scalars(select(EncounterTag.tag).distinct())]
            problems.append(_unknown("tag", f.tag, names))
    return problems


def _unknown(what: str, typed: str, known: Iterable[str | None]) -> str:
    """ "no region named 'Uusimma' (closest: Uusimaa)"."""
    by_key = {name_key(name): name for name in known if name}
    close = difflib.get_close_matches(name_key(typed), list(by_key), n=3, cutoff=0.6)
    line = f"no {what} named {typed!r}"
    if close:
        line += f" (closest: {', '.join(by_key[key] for key in close)})"
    return line


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
    # question_totals.add_driver_counts: visits with a feeling where it earned full points
    # (n, uplifted, diminished), then where it did not.
    drivers: tuple[int, ...] = ()

    @property
    def score(self) -> float | None:
        return self.earned / self.possible * 100 if self.possible > 0 else None


def question_figures(db: Database, f: EncounterFilter) -> list[QuestionFigures]:
    """Per form version and question: answers, N/As, misses and points earned / possible,
    weakest first (questions with no points possible last), with the driver counts of what
    drives uplift (question_totals.driver_key). Unscored questions (texts, numbers, feeling
    without points) have no points possible."""
    # Per (form version row, question): answered, N/A, missed, earned, possible, driver counts.
    totals: dict[tuple[int, str], tuple[list[float], list[int]]] = {}
    for vid, question_id, key, n, *values in question_totals.groups(db, f):
        sums, drivers = totals.setdefault((vid, question_id), ([0.0] * 5, [0] * 6))
        for i, value in enumerate(values):
            sums[i] += value
        question_totals.add_driver_counts(drivers, key, n)
    with db.read() as session:
        versions = stats.form_versions(session)
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
    coaching case. `failed` lists the answers that earned less than full points (coaching
    only)."""

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
    """An answer that earned less than its possible points (`earned` of `possible`)."""

    question_id: str
    value: Any
    possible: float
    earned: float = 0.0


def notable_columns() -> Any:
    """The columns of a NotableEncounter (`notable` reads a row), over encounters and their
    observer; `filtered` joins the location and form version."""
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


def notable(row: Sequence[Any]) -> NotableEncounter:
    """A row of `notable_columns` as a NotableEncounter, its time in the observer's offset."""
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


def _count(db: Database, f: EncounterFilter, *where: Any) -> int:
    query = filtered(select(func.count()).select_from(Encounter).where(*where), f)
    with db.read() as session:
        return int(session.scalar(query) or 0)


CLEARLY_UPLIFTED: Final = max(FEELING_LABELS)
"""The top of the feeling scale ("Clearly uplifted"): such a visit's notes are a moment."""


def is_moment() -> ColumnElement[bool]:
    """A moment worth repeating: tagged best practice (notes or not), or clearly uplifted with
    notes that say why. The one rule of the Moments page, its PDF and the summary's section."""
    # The tagged ids as one list (SQLite builds it once), not a lookup per encounter.
    tagged = select(EncounterTag.encounter_id).where(EncounterTag.tag == BEST_PRACTICE)
    return or_(
        Encounter.id.in_(tagged),
        and_(Encounter.feeling >= CLEARLY_UPLIFTED, Encounter.notes != ""),
    )


def moments_with_notes(db: Database, f: EncounterFilter, limit: int = 12) -> list[NotableEncounter]:
    """The moments worth repeating (is_moment) that have notes to quote, best score first
    (how many there are: `notable_totals`)."""
    query = (
        filtered(notable_columns().where(is_moment(), Encounter.notes != ""), f)
        .order_by(
            Encounter.score.is_(None),
            Encounter.score.desc(),
            Encounter.visited_at.desc(),
            Encounter.id,
        )
        .limit(limit)
    )
    with db.read() as session:
        return [notable(row) for row in session.execute(query)]


def _poor() -> Any:
    return or_(
        Encounter.critical_fail.is_(True),
        Encounter.feeling < 0,
        Encounter.score < WORST_SCORE_BELOW,
    )


def worst_experiences(db: Database, f: EncounterFilter, limit: int = 12) -> list[NotableEncounter]:
    """The worst experiences with notes: critical failures first, then the most diminished
    feeling, then the lowest score (how many poor experiences, a critical failure, a
    diminished feeling or a score under WORST_SCORE_BELOW, there are: `notable_totals`)."""
    query = (
        filtered(notable_columns().where(_poor(), Encounter.notes != ""), f)
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
        return [notable(row) for row in session.execute(query)]


@dataclass(frozen=True)
class NotableTotals:
    """How many moments worth repeating (is_moment) and poor experiences a filter holds, and
    how many of each have notes to quote."""

    moments: int = 0
    moments_with_notes: int = 0
    poor: int = 0
    poor_with_notes: int = 0


def notable_totals(db: Database, f: EncounterFilter) -> NotableTotals:
    """The four counts in one pass over the encounters (each alone read every row again)."""
    notes = Encounter.notes != ""
    query = filtered(
        select(
            count_if(is_moment()),
            count_if(and_(is_moment(), notes)),
            count_if(_poor()),
            count_if(and_(_poor(), notes)),
        ).select_from(Encounter),
        f,
        lean=True,
    )
    with db.read() as session:
        row = session.execute(query).one()
    return NotableTotals(*(int(value or 0) for value in row))


def moments_total(db: Database, f: EncounterFilter) -> int:
    """How many moments worth repeating (is_moment) there are, with notes or without."""
    return _count(db, f, is_moment())


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

CASES_PER_LOCATION = 4  # the coaching report's default: at most this many visits of each kind
THEMES_PER_LOCATION = 3  # the most-missed behaviours shown for each location


@dataclass(frozen=True)
class Theme:
    """A scored question over many visits: how many answers earned less than full points
    ("Partly" helped, a 4 of 5 smile, a "no") of how many were answered with points possible.
    `form_version` is the newest version holding the question (its wording is shown)."""

    form_id: str
    form_version: int
    question_id: str
    answered: int
    missed: int  # earned less than full points, nothing included
    none: int  # earned nothing

    @property
    def share(self) -> Estimate:
        """The share of answers that earned less than full points, with its interval."""
        return confidence.share(self.missed, self.answered)


@dataclass(frozen=True)
class CoachingThemes:
    """The most-missed behaviours: over every location (`overall`) and per location id,
    each list most missed first. Questions answered fewer than `minimum` times are listed
    after the others in `overall` and left out per location (too few to single out)."""

    overall: list[Theme]
    by_location: dict[str, list[Theme]]
    minimum: int


def _most_missed_first(themes: Iterable[Theme], minimum: int) -> list[Theme]:
    return sorted(
        themes,
        key=lambda q: (
            q.answered < minimum,
            -(q.missed / q.answered),
            -q.answered,
            q.form_id,
            q.question_id,
        ),
    )


def coaching_themes(
    db: Database,
    f: EncounterFilter,
    *,
    minimum: int = MIN_VISITS,
    per_location: int = THEMES_PER_LOCATION,
) -> CoachingThemes:
    """The behaviours most often missed in the filter's visits: per scored question (a form's
    versions together), answers that earned less than full points of those answered (N/A,
    hidden and unscored questions left out). One aggregate per location, form version and
    question; the sums over locations and versions are folded here."""
    query = filtered(
        select(
            Encounter.location_id,
            Encounter.form_version_id,
            Answer.question_id,
            func.count(),
            count_if(Answer.earned < Answer.possible),
            count_if(Answer.earned <= 0),
        )
        .select_from(Encounter)
        .join(Answer, Answer.encounter_id == Encounter.id)
        .where(Answer.na.is_(False), Answer.possible > 0)
        .group_by(Encounter.location_id, Encounter.form_version_id, Answer.question_id),
        f,
        lean=True,
    )
    with db.read() as session:
        rows = session.execute(query).all()
        versions = {
            vid: (form_id, int(version))
            for vid, form_id, version in session.execute(
                select(FormVersion.id, FormVersion.form_id, FormVersion.version)
            )
        }
    # (form id, question id) → [newest version, answered, missed, none], and per location
    overall: dict[tuple[str, str], list[int]] = {}
    local: dict[tuple[str, str, str], list[int]] = {}
    for location_id, version_id, question_id, answered, missed, none in rows:
        form_id, version = versions[version_id]
        counts = (int(answered), int(missed or 0), int(none or 0))
        for total in (
            overall.setdefault((form_id, question_id), [0, 0, 0, 0]),
            local.setdefault((location_id, form_id, question_id), [0, 0, 0, 0]),
        ):
            total[0] = max(total[0], int(version))
            for index, count in enumerate(counts, start=1):
                total[index] += count
    themes = _most_missed_first(
        (Theme(fid, v, qid, n, m, z) for (fid, qid), (v, n, m, z) in overall.items()), minimum
    )
    by_location: dict[str, list[Theme]] = {}
    for (location_id, fid, qid), (_v, n, m, z) in local.items():
        if n >= minimum and m > 0:
            newest = overall[(fid, qid)][0]
            by_location.setdefault(location_id, []).append(Theme(fid, newest, qid, n, m, z))
    top = {
        lid: _most_missed_first(found, minimum)[:per_location] for lid, found in by_location.items()
    }
    return CoachingThemes(themes, top, minimum)


@dataclass
class CoachingLocation:
    """One location in the coaching report: its reported visits in the filter, how many of
    them reviewers tagged (a visit tagged both counts as needs coaching), and the chosen
    cases, best practice first, each kind newest first."""

    location_id: str
    name: str
    region: str | None
    visits: int
    needs_coaching: int = 0
    best_practice: int = 0
    cases: list[NotableEncounter] = field(default_factory=list)

    @property
    def tagged(self) -> int:
        return self.needs_coaching + self.best_practice

    @property
    def more(self) -> int:
        """Tagged visits not shown."""
        return self.tagged - len(self.cases)


def has_tag(tag: str) -> Any:
    return exists().where(and_(EncounterTag.encounter_id == Encounter.id, EncounterTag.tag == tag))


def coaching_kind(case: NotableEncounter) -> str:
    """NEEDS_COACHING for a visit tagged so (whatever else it is tagged), else BEST_PRACTICE."""
    return NEEDS_COACHING if NEEDS_COACHING in case.tags else BEST_PRACTICE


def coaching_locations(
    db: Database, f: EncounterFilter, limit: int | None = CASES_PER_LOCATION
) -> list[CoachingLocation]:
    """Every location with visits in the filter, by name, with its most instructive tagged
    visits: at most `limit` of each kind (None: all of them), chosen in SQL.

    Needs coaching (tagged needs-coaching): critical failures first, then visits with notes
    (the observer's or the reviewer's), then the most points missed, then the newest. Best
    practice (tagged best-practice only): visits with notes first, then the highest score,
    then the newest. A ROW_NUMBER() per location and kind picks them, so only the chosen
    visits are read (SQLite and PostgreSQL alike)."""
    if limit is not None and limit < 1:
        raise ValueError(f"at most {limit} visits per location: give 1 or more")
    with db.read() as session:
        places = session.execute(
            filtered(
                select(Location.id, Location.name, Location.region, func.count())
                .select_from(Encounter)
                .group_by(Location.id, Location.name, Location.region),
                f,
            )
        ).all()
        out = {
            lid: CoachingLocation(lid, name, region, int(visits))
            for lid, name, region, visits in places
        }
        needs = has_tag(NEEDS_COACHING)
        critical_first = case((and_(needs, Encounter.critical_fail.is_(True)), 1), else_=0)
        with_notes = case((or_(Encounter.notes != "", Encounter.reviewer_note != ""), 1), else_=0)
        weight = case(
            (needs, Encounter.possible - Encounter.earned),
            else_=func.coalesce(Encounter.score, -1.0),
        )
        kind = case((needs, NEEDS_COACHING), else_=BEST_PRACTICE)
        candidates = filtered(
            select(
                Encounter.id.label("id"),
                kind.label("kind"),
                func.row_number()
                .over(
                    partition_by=(Encounter.location_id, kind),
                    order_by=(
                        critical_first.desc(),
                        with_notes.desc(),
                        weight.desc(),
                        Encounter.visited_at.desc(),
                        Encounter.id,
                    ),
                )
                .label("rank"),
                func.count().over(partition_by=(Encounter.location_id, kind)).label("tagged"),
            )
            .select_from(Encounter)
            .where(or_(needs, has_tag(BEST_PRACTICE))),
            f,
        ).subquery("candidates")
        chosen = (
            notable_columns()
            .join(candidates, candidates.c.id == Encounter.id)
            .join(Location, Location.id == Encounter.location_id)
            .join(FormVersion, FormVersion.id == Encounter.form_version_id)
            .add_columns(candidates.c.kind, candidates.c.tagged)
        )
        if limit is not None:
            chosen = chosen.where(candidates.c.rank <= limit)
        cases: dict[str, NotableEncounter] = {}
        for row in session.execute(chosen):
            found = notable(row[:-2])
            kind_of, tagged = row[-2], int(row[-1])
            place = out[found.location_id]
            if kind_of == NEEDS_COACHING:
                place.needs_coaching = tagged
            else:
                place.best_practice = tagged
            place.cases.append(found)
            cases[found.id] = found
        _add_tags_and_misses(session, cases)
    for place in out.values():
        place.cases.sort(key=lambda c: c.visited_at, reverse=True)
        place.cases.sort(key=lambda c: coaching_kind(c) == NEEDS_COACHING)
    return sorted(out.values(), key=lambda p: (p.name.casefold(), p.location_id))


def add_tags(session: Session, cases: dict[str, NotableEncounter]) -> None:
    """Each case's tags, in a query per CHUNK of cases."""
    ids = list(cases)
    for start in range(0, len(ids), CHUNK):
        for encounter_id, tag in session.execute(
            select(EncounterTag.encounter_id, EncounterTag.tag)
            .where(EncounterTag.encounter_id.in_(ids[start : start + CHUNK]))
            .order_by(EncounterTag.tag)
        ):
            cases[encounter_id].tags.append(tag)


def _add_tags_and_misses(session: Session, cases: dict[str, NotableEncounter]) -> None:
    """Each case's tags and its answers that earned less than full points."""
    add_tags(session, cases)
    ids = list(cases)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        for encounter_id, question_id, value, earned, possible in session.execute(
            select(
                Answer.encounter_id,
                Answer.question_id,
                Answer.value,
                Answer.earned,
                Answer.possible,
            ).where(
                Answer.encounter_id.in_(chunk),
                Answer.na.is_(False),
                Answer.possible > 0,
                Answer.earned < Answer.possible,
            )
        ):
            cases[encounter_id].failed.append(
                FailedAnswer(question_id, value, float(possible), float(earned or 0.0))
            )


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
    # Its changes, oldest first (the visit report's record of who did what, and when).
    history: list[HistoryEntry] = field(default_factory=list)


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
        history=encounter_history(db, encounter_id),
    )
