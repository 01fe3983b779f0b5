"""The answers summed question by question: from the stored day totals where they hold, from
the answers themselves elsewhere.

The summary's question table and the drivers of Net Uplift sum every answer of the period:
1.7 million rows at 100,000 encounters, 2-3 s of SQLite's time for the grouping alone. On
SQLite, `question_totals` (schema 0009) keeps those sums per UTC day, form version, question
and `driver_key`, over the encounters every report counts (EncounterFilter().reported()).
Triggers on encounters (migration 0009) mark each day an insert, update or delete touches as
stale; every path that writes answers writes their encounter row in the same transaction
(store/queries.py), so no write can change a day's sums without marking it. A read takes the
stored sums of the whole days in its period that are not stale, and the rest (stale days,
the partial days at the period's ends) from the answers: the result is the same either way
(tests/test_question_totals.py), only faster. `refresh` sums the stale days again.

Filters the totals cannot answer (a location, region, tag, text, statuses other than the
reported ones, calibration, the trash) and PostgreSQL read the answers directly."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    delete,
    exists,
    func,
    insert,
    literal_column,
    or_,
    select,
)
from sqlalchemy.orm import Session

from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.filtering import count_if, filtered
from mysteryshop.store.models import (
    Answer,
    Encounter,
    FormVersion,
    QuestionTotal,
    QuestionTotalStale,
)
from mysteryshop.store.records import EncounterFilter
from mysteryshop.vocabulary import REPORTED_STATUSES

DRIVER_KEY = "driver_key"  # the output column grouped by (written once: PostgreSQL's parameters)

# One group of answers: form version row id, question id, driver_key, then its answers, the
# answered (not N/A), the N/A, the missed (answered, nothing earned of points possible) and
# the points earned and possible.
Group = tuple[int, str, int, int, int, int, int, float, float]


def driver_key() -> Any:
    """One small integer per answer joined to its encounter, grouped by beside the question:
    4 × side + feeling, where side is 1 when the answer happened (earned full points), 2
    when it did not, 0 when it counts on neither side (N/A, nothing possible); and feeling
    is 0 without a feeling answer, 1 uplifted, 2 diminished, 3 neither. Grouping by it
    costs the question pass nothing measurable at 100,000 encounters, where six conditional
    sums cost it 40 % more (docs/FIGURES.md); `add_driver_counts` folds the groups."""
    side = case(
        (
            or_(
                Answer.na.is_(True),
                Answer.possible.is_(None),
                Answer.possible <= 0,
                Answer.earned.is_(None),
            ),
            0,
        ),
        (Answer.earned >= Answer.possible - 1e-9, 1),
        else_=2,
    )
    feeling = case(
        (Encounter.feeling.is_(None), 0),
        (Encounter.feeling > 0, 1),
        (Encounter.feeling < 0, 2),
        else_=3,
    )
    return (side * 4 + feeling).label(DRIVER_KEY)


def add_driver_counts(counts: list[int], key: int, n: int) -> None:
    """Add `n` answers of `driver_key` value `key` to `counts`: of the visits with a feeling
    whose answer happened, how many, how many uplifted, how many diminished; then the same
    of those whose answer did not."""
    side, feeling = divmod(int(key), 4)
    if side == 0 or feeling == 0:
        return
    first = 0 if side == 1 else 3
    counts[first] += n
    if feeling in (1, 2):
        counts[first + feeling] += n


def _day(column: Any) -> Any:
    """The UTC day of a stored time (SQLite keeps it as 'YYYY-MM-DD HH:MM:SS…')."""
    return func.substr(column, 1, 10)


_SUMS = (
    func.count(),
    count_if(Answer.na.is_(False)),
    count_if(Answer.na.is_(True)),
    count_if(and_(Answer.earned == 0, Answer.possible > 0)),
    func.coalesce(func.sum(Answer.earned), 0.0),
    func.coalesce(func.sum(Answer.possible), 0.0),
)


def _from_answers(f: EncounterFilter, *, by_day: bool = False) -> Select[Any]:
    """The groups summed from the answers of the encounters `f` matches (and by UTC day)."""
    keys: list[Any] = [Encounter.form_version_id, Answer.question_id]
    if by_day:
        keys.insert(0, _day(Encounter.visited_at))
    return filtered(
        select(*keys, driver_key(), *_SUMS)
        .select_from(Encounter)
        .join(Answer, Answer.encounter_id == Encounter.id)
        .group_by(*keys, literal_column(DRIVER_KEY)),
        f,
        lean=True,
    )


def kept(db: Database, f: EncounterFilter) -> bool:
    """Whether the stored totals can answer `f`: the encounters every report counts, in a
    period and of a form at most."""
    return (
        db.is_sqlite
        and f.statuses is not None
        and set(f.statuses) == set(REPORTED_STATUSES)
        and not f.with_calibration
        and f.calibration is None
        and not f.in_trash
        and f.ids is None
        and not (f.location or f.region or f.tag or f.critical_only or f.text)
    )


def groups(db: Database, f: EncounterFilter) -> list[Group]:
    """The answers of the encounters `f` matches, grouped by form version row, question and
    driver_key with their sums (`Group`). A group may come twice (stored days and the rest):
    callers add them up."""
    if not kept(db, f):
        with db.read() as session:
            return [_group(row) for row in session.execute(_from_answers(f))]
    refresh(db)
    first, end = _whole_days(f.date_from, f.date_to)
    with db.read() as session:
        return _stored(session, f, first, end) + _unstored(session, f, first, end)


def _group(row: Sequence[Any]) -> Group:
    vid, question_id, key, n, answered, na, missed, earned, possible = row
    return (
        int(vid),
        question_id,
        int(key),
        int(n),
        int(answered or 0),
        int(na or 0),
        int(missed or 0),
        float(earned or 0.0),
        float(possible or 0.0),
    )


def _whole_days(start: datetime | None, end: datetime | None) -> tuple[str | None, str | None]:
    """The first whole UTC day at or after `start` and the day at which the whole days before
    `end` stop (ISO dates; None: unbounded)."""
    first = last = None
    if start is not None:
        start = start.astimezone(UTC)
        day = start.replace(hour=0, minute=0, second=0, microsecond=0)
        first = (day if day == start else day + timedelta(days=1)).date().isoformat()
    if end is not None:
        last = end.astimezone(UTC).date().isoformat()
    return first, last


def _midnight(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(tzinfo=UTC)


def _stored(
    session: Session, f: EncounterFilter, first: str | None, end: str | None
) -> list[Group]:
    sums = (
        func.sum(QuestionTotal.n),
        func.sum(QuestionTotal.answered),
        func.sum(QuestionTotal.na),
        func.sum(QuestionTotal.missed),
        func.sum(QuestionTotal.earned),
        func.sum(QuestionTotal.possible),
    )
    query = (
        select(QuestionTotal.form_version_id, QuestionTotal.question_id, QuestionTotal.driver_key)
        .add_columns(*sums)
        .where(~QuestionTotal.day.in_(select(QuestionTotalStale.day)))
        .group_by(
            QuestionTotal.form_version_id, QuestionTotal.question_id, QuestionTotal.driver_key
        )
    )
    if first is not None:
        query = query.where(QuestionTotal.day >= first)
    if end is not None:
        query = query.where(QuestionTotal.day < end)
    if f.form_id:
        query = query.where(
            exists().where(
                and_(
                    FormVersion.id == QuestionTotal.form_version_id,
                    FormVersion.form_id == f.form_id,
                )
            )
        )
    return [_group(row) for row in session.execute(query)]


def _unstored(
    session: Session, f: EncounterFilter, first: str | None, end: str | None
) -> list[Group]:
    """From the answers: the stale days, and the hours before the first whole day and from
    the end of the last."""
    stale = _day(Encounter.visited_at).in_(select(QuestionTotalStale.day))
    outside: list[ColumnElement[bool]] = [stale]
    if first is not None:
        outside.append(Encounter.visited_at < _midnight(first))
    if end is not None:
        outside.append(Encounter.visited_at >= _midnight(end))
    query = _from_answers(f).where(or_(*outside))
    return [_group(row) for row in session.execute(query)]


REFRESH_DAYS = 31
"""Days summed again per transaction: each holds the write lock for a fraction of a second at
100,000 encounters, so an autosave never waits long behind a refresh."""


def refresh(db: Database) -> None:
    """Sum the stale days again, a month of days per transaction. Nothing to do (a read) when
    none is; a database that cannot be written now (read-only, or another writer holds the
    lock: a report never waits behind an import) keeps them stale, and reads take them from
    the answers."""
    if not db.is_sqlite:
        return
    columns = ["day", "form_version_id", "question_id", DRIVER_KEY, "n", "answered", "na",
               "missed", "earned", "possible"]  # fmt: skip
    while True:
        with db.read() as session:
            days = list(
                session.scalars(
                    select(QuestionTotalStale.day)
                    .order_by(QuestionTotalStale.day)
                    .limit(REFRESH_DAYS)
                )
            )
        if not days:
            return
        summed = _from_answers(EncounterFilter().reported(), by_day=True).where(
            Encounter.visited_at >= _midnight(days[0]),
            Encounter.visited_at < _midnight(days[-1]) + timedelta(days=1),
            _day(Encounter.visited_at).in_(days),
        )
        try:
            with db.write(wait=False) as session:
                session.execute(delete(QuestionTotal).where(QuestionTotal.day.in_(days)))
                session.execute(insert(QuestionTotal).from_select(columns, summed))
                session.execute(delete(QuestionTotalStale).where(QuestionTotalStale.day.in_(days)))
        except StoreError:
            return


def differing_days(db: Database) -> list[str]:
    """The days whose stored totals (not stale) differ from their answers, marked stale so
    that the next read sums them again (`mysteryshop check`); SQLite only."""
    if not db.is_sqlite:
        return []

    def by_day(rows: Any) -> dict[str, set[tuple[Any, ...]]]:
        out: dict[str, set[tuple[Any, ...]]] = {}
        for day, *rest in rows:
            *key, earned, possible = rest
            out.setdefault(day, set()).add((*key, round(earned, 6), round(possible, 6)))
        return out

    with db.read() as session:
        stale = set(session.scalars(select(QuestionTotalStale.day)))
        stored = by_day(session.execute(select(*QuestionTotal.__table__.columns)))
        summed = by_day(session.execute(_from_answers(EncounterFilter().reported(), by_day=True)))
    days = sorted(
        day
        for day in stored.keys() | summed.keys()
        if day not in stale and stored.get(day) != summed.get(day)
    )
    if days:
        try:
            with db.write() as session:
                session.execute(
                    insert(QuestionTotalStale)
                    .prefix_with("OR IGNORE")
                    .values([{"day": day} for day in days])
                )
        except StoreError:
            pass
    return days
