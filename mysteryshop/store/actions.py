"""Action items: what is to be done about a missed standard at a location, and whether the
visits made since show that it held (issue 16: the coaching loop). All their SQL is here, and
their rules, once, at the top: the states and which change is allowed, what "overdue" and
"reopened" mean. Widgets, reports and the command line ask; they never decide."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import and_, case, or_, select, union_all, update
from sqlalchemy.orm import Session

from mysteryshop.forms import Form
from mysteryshop.names import name_key
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.filtering import count_if, filtered
from mysteryshop.store.models import (
    ActionItem,
    Answer,
    Encounter,
    EncounterScore,
    FormVersion,
    Location,
)
from mysteryshop.store.queries import actor, form_from_definition
from mysteryshop.store.records import EncounterFilter, new_id
from mysteryshop.store.stats import DIMENSION_HAPPENED_AT
from mysteryshop.vocabulary import ACTION_SOURCES, ACTION_STATES, BUILTIN_DIMENSIONS

# --- the rules --------------------------------------------------------------------------------

MOVES: Mapping[str, tuple[str, ...]] = {
    "open": ("done", "dropped"),
    "done": ("open",),
    "dropped": ("open",),
}
"""Which state an action item may go to from each: closed as done or dropped, or reopened."""

OWNER_LENGTH = 100  # the column's length: a role such as "store manager", not a biography
_CHUNK = 500  # action ids per IN (...) of the follow-up query


def is_overdue(state: str, due_on: date | None, today: date) -> bool:
    """Overdue: still open and due before today (due today is not late yet)."""
    return state == "open" and due_on is not None and due_on < today


def move_problem(current: str, wanted: str) -> str | None:
    """Why an action item in state `current` cannot go to `wanted`, or None when it can."""
    if wanted not in ACTION_STATES:
        return f"unknown state {wanted!r}: expected one of {', '.join(ACTION_STATES)}"
    if wanted == current:
        return f"the action item is {current} already"
    if wanted not in MOVES[current]:
        return f"an action item that is {current} can only be reopened first"
    return None


def today_here() -> date:
    """Today in the computer's time zone: the day "overdue" is judged by."""
    return datetime.now().astimezone().date()


# --- what the store returns -------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUp:
    """The reported visits (no drafts, calibration or trash) at the action's location since it
    was made that answered its question (or scored its dimension): `held` earned full points
    (a dimension: scored at least stats.DIMENSION_HAPPENED_AT %), `missed` did not;
    `missed_since_closed` of those missed were made after the action was closed."""

    held: int = 0
    missed: int = 0
    missed_since_closed: int = 0

    @property
    def n(self) -> int:
        return self.held + self.missed


@dataclass(frozen=True)
class ActionItemData:
    """One action item as read, with its follow-up and the day it was read on (`today`), so
    that `overdue` and `reopened` are computed on read, the same everywhere it is shown."""

    id: str
    location_id: str
    location_name: str
    form_id: str | None
    question_id: str | None
    dimension: str | None
    what: str
    owner_role: str
    due_on: date | None
    state: str
    source: str
    source_encounter_id: str | None
    created_at: datetime
    created_by: str | None
    updated_at: datetime
    closed_at: datetime | None
    follow_up: FollowUp = field(default_factory=FollowUp)
    today: date = field(default_factory=today_here)

    @property
    def overdue(self) -> bool:
        return is_overdue(self.state, self.due_on, self.today)

    @property
    def reopened(self) -> bool:
        """Closed as done, but a visit after it was closed missed the standard again."""
        return self.state == "done" and self.follow_up.missed_since_closed > 0

    @property
    def outstanding(self) -> bool:
        """Still to be acted on: open, or done but missed again (reopened)."""
        return self.state == "open" or self.reopened


@dataclass(frozen=True)
class ActionFilter:
    """Which action items a list shows; empty fields do not filter. `location` is a name (as
    people read it: names.name_key) or an id; `overdue` keeps the open ones due before today;
    the question (form id and question id) or the dimension says what they are about."""

    location: str | None = None
    location_ids: tuple[str, ...] | None = None
    states: tuple[str, ...] | None = None
    overdue: bool = False
    form_id: str | None = None
    question_id: str | None = None
    dimension: str | None = None


# --- checks -----------------------------------------------------------------------------------


def _forms(session: Session) -> dict[str, Form]:
    """Each stored form's newest version, by form id."""
    newest: dict[str, tuple[int, str]] = {}
    for form_id, version, definition in session.execute(
        select(FormVersion.form_id, FormVersion.version, FormVersion.definition)
    ):
        if form_id not in newest or version > newest[form_id][0]:
            newest[form_id] = (version, definition)
    return {fid: form_from_definition(definition) for fid, (_v, definition) in newest.items()}


def newest_forms(db: Database) -> dict[str, Form]:
    """Each stored form's newest version, by form id: the words an action's question is
    shown in."""
    with db.read() as session:
        return _forms(session)


def known_dimensions(forms: Iterable[Form]) -> list[str]:
    """The built-in dimensions, then the forms' own, in the order met."""
    found = list(BUILTIN_DIMENSIONS)
    for form in forms:
        for question in form.answerable():
            dimension = getattr(question, "dimension", None)
            if question.scored and dimension and dimension not in found:
                found.append(dimension)
    return found


def _about_problems(
    forms: Mapping[str, Form],
    form_id: str | None,
    question_id: str | None,
    dimension: str | None,
) -> list[str]:
    if dimension is not None and (form_id or question_id):
        return ["an action item is about one question or one dimension, not both"]
    if dimension is not None:
        if dimension not in known_dimensions(forms.values()):
            return [f"unknown dimension {dimension!r}"]
        return []
    if not form_id or not question_id:
        return ["an action item needs a question (form and question id) or a dimension"]
    form = forms.get(form_id)
    if form is None:
        return [f"no form {form_id} in the database"]
    question = form.question(question_id)
    if question is None:
        return [f"no question {question_id!r} in form {form_id}"]
    if not question.scored:
        return [
            f"question {question_id!r} of form {form_id} earns no points: an action item "
            "needs a scored question, whose next answers show whether it held"
        ]
    return []


def _text_problems(what: str, owner_role: str) -> list[str]:
    problems = []
    if not what.strip():
        problems.append("an action item needs a text: what is to be done")
    if len(owner_role.strip()) > OWNER_LENGTH:
        problems.append(f"the owner's role is longer than {OWNER_LENGTH} characters")
    return problems


def _due_problem(due_on: date | None, created: date) -> str | None:
    if due_on is not None and due_on < created:
        return f"the due date {due_on.isoformat()} is before the day the action item was made"
    return None


# --- writes -----------------------------------------------------------------------------------


def add_action(
    db: Database,
    *,
    location_id: str,
    what: str,
    form_id: str | None = None,
    question_id: str | None = None,
    dimension: str | None = None,
    owner_role: str = "",
    due_on: date | None = None,
    source: str = "location",
    source_encounter_id: str | None = None,
    created_by: str | None = None,
    now: datetime | None = None,
) -> str:
    """Store a new open action item and return its id. StoreError, with nothing stored, for
    an unknown location, question, dimension, source or source encounter, a blank text, or a
    due date before today."""
    now = now or datetime.now(UTC)
    problems = _text_problems(what, owner_role)
    if source not in ACTION_SOURCES:
        problems.append(f"unknown source {source!r}: expected one of {', '.join(ACTION_SOURCES)}")
    due = _due_problem(due_on, now.astimezone().date())
    if due:
        problems.append(due)
    with db.write() as session:
        if session.get(Location, location_id) is None:
            problems.insert(0, f"no location with id {location_id}")
        problems += _about_problems(_forms(session), form_id, question_id, dimension)
        if source_encounter_id is not None and session.get(Encounter, source_encounter_id) is None:
            problems.append(f"no encounter with id {source_encounter_id}")
        if problems:
            raise StoreError(*problems)
        action_id = new_id()
        session.add(
            ActionItem(
                id=action_id,
                location_id=location_id,
                form_id=form_id if dimension is None else None,
                question_id=question_id if dimension is None else None,
                dimension=dimension,
                what=what.strip(),
                owner_role=owner_role.strip(),
                due_on=due_on,
                state="open",
                source=source,
                source_encounter_id=source_encounter_id,
                created_at=now,
                created_by=actor(session, created_by),
                updated_at=now,
                closed_at=None,
            )
        )
    return action_id


_UNSET: Any = object()


def update_action(
    db: Database,
    action_id: str,
    *,
    what: str | None = None,
    owner_role: str | None = None,
    due_on: date | None = _UNSET,
    now: datetime | None = None,
) -> None:
    """Change what is to be done, the owner's role or the due date (None clears it). The
    same refusals as add_action; a due date may not be before the day the item was made."""
    now = now or datetime.now(UTC)
    with db.write() as session:
        item = session.get(ActionItem, action_id)
        if item is None:
            raise StoreError(f"no action item with id {action_id}")
        problems = _text_problems(
            item.what if what is None else what,
            item.owner_role if owner_role is None else owner_role,
        )
        if due_on is not _UNSET:
            due = _due_problem(due_on, item.created_at.astimezone().date())
            if due:
                problems.append(due)
        if problems:
            raise StoreError(*problems)
        if what is not None:
            item.what = what.strip()
        if owner_role is not None:
            item.owner_role = owner_role.strip()
        if due_on is not _UNSET:
            item.due_on = due_on
        item.updated_at = now


def set_state(db: Database, action_id: str, state: str, *, now: datetime | None = None) -> None:
    """Close an open action item as done or dropped, or reopen a closed one (MOVES);
    StoreError, with nothing changed, for any other change."""
    now = now or datetime.now(UTC)
    with db.write() as session:
        item = session.get(ActionItem, action_id)
        if item is None:
            raise StoreError(f"no action item with id {action_id}")
        problem = move_problem(item.state, state)
        if problem:
            raise StoreError(problem)
        item.state = state
        item.closed_at = None if state == "open" else now
        item.updated_at = now


def scrub_creator(session: Session, spellings: Iterable[str | None]) -> None:
    """Forget who made action items (an observer's alias being erased: store/privacy.py)."""
    wanted = {name_key(alias) for alias in spellings if alias}
    makers = session.scalars(select(ActionItem.created_by).distinct()).all()
    named = [maker for maker in makers if maker is not None and name_key(maker) in wanted]
    if named:
        session.execute(
            update(ActionItem).where(ActionItem.created_by.in_(named)).values(created_by=None)
        )


def move_to_location(session: Session, duplicate_ids: Sequence[str], keep_id: str) -> None:
    """Move the action items of merged duplicates to the location kept (store/locations.py)."""
    session.execute(
        update(ActionItem)
        .where(ActionItem.location_id.in_(list(duplicate_ids)))
        .values(location_id=keep_id)
    )


# --- reads ------------------------------------------------------------------------------------


def _where(f: ActionFilter, today: date) -> list[Any]:
    clauses: list[Any] = []
    if f.location:
        wanted = name_key(f.location)
        clauses.append(or_(Location.name_key == wanted, Location.id == f.location.strip()))
    if f.location_ids is not None:
        clauses.append(ActionItem.location_id.in_(list(f.location_ids)))
    if f.states is not None:
        clauses.append(ActionItem.state.in_(list(f.states)))
    if f.overdue:
        clauses += [ActionItem.state == "open", ActionItem.due_on < today]
    if f.form_id:
        clauses.append(ActionItem.form_id == f.form_id)
    if f.question_id:
        clauses.append(ActionItem.question_id == f.question_id)
    if f.dimension:
        clauses.append(ActionItem.dimension == f.dimension)
    return clauses


def list_actions(
    db: Database,
    f: ActionFilter | None = None,
    *,
    today: date | None = None,
    limit: int | None = None,
) -> list[ActionItemData]:
    """The action items the filter selects, each with its follow-up: open ones first, the
    soonest due first (no due date last), then the newest. Two queries whatever their
    number: the items, and one aggregate for every item's follow-up."""
    f = f or ActionFilter()
    today = today or today_here()
    query = (
        select(ActionItem, Location.name)
        .join(Location, Location.id == ActionItem.location_id)
        .where(*_where(f, today))
        .order_by(
            case((ActionItem.state == "open", 0), (ActionItem.state == "done", 1), else_=2),
            case((ActionItem.due_on.is_(None), 1), else_=0),
            ActionItem.due_on,
            ActionItem.created_at.desc(),
            ActionItem.id,
        )
    )
    if limit is not None:
        query = query.limit(limit)
    with db.read() as session:
        rows = session.execute(query).all()
        follow = _follow_ups(session, [item.id for item, _name in rows])
    return [
        ActionItemData(
            id=item.id,
            location_id=item.location_id,
            location_name=name,
            form_id=item.form_id,
            question_id=item.question_id,
            dimension=item.dimension,
            what=item.what,
            owner_role=item.owner_role,
            due_on=item.due_on,
            state=item.state,
            source=item.source,
            source_encounter_id=item.source_encounter_id,
            created_at=item.created_at,
            created_by=item.created_by,
            updated_at=item.updated_at,
            closed_at=item.closed_at,
            follow_up=follow.get(item.id, FollowUp()),
            today=today,
        )
        for item, name in rows
    ]


def get_action(db: Database, action_id: str, *, today: date | None = None) -> ActionItemData:
    with db.read() as session:
        found = session.get(ActionItem, action_id)
    if found is None:
        raise StoreError(f"no action item with id {action_id}")
    matches = list_actions(db, ActionFilter(location_ids=(found.location_id,)), today=today)
    return next(item for item in matches if item.id == action_id)


def outstanding(
    db: Database, location_ids: Sequence[str] | None = None, *, today: date | None = None
) -> list[ActionItemData]:
    """The action items still to be acted on (open, or done but reopened) at these locations
    (None: everywhere): what the dashboard and the reports show, overdue ones first."""
    ids = tuple(location_ids) if location_ids is not None else None
    found = list_actions(db, ActionFilter(location_ids=ids, states=("open", "done")), today=today)
    items = [item for item in found if item.outstanding]
    return sorted(items, key=lambda item: (not item.overdue, not item.reopened))


@dataclass(frozen=True)
class ActionCounts:
    open: int
    overdue: int
    reopened: int


def counts(items: Iterable[ActionItemData]) -> ActionCounts:
    """How many of the items are open, overdue and reopened."""
    listed = list(items)
    return ActionCounts(
        open=sum(item.state == "open" for item in listed),
        overdue=sum(item.overdue for item in listed),
        reopened=sum(item.reopened for item in listed),
    )


def _follow_ups(session: Session, ids: Sequence[str]) -> dict[str, FollowUp]:
    """Each action item's follow-up (FollowUp): one aggregate per chunk of ids."""
    out: dict[str, FollowUp] = {}
    for start in range(0, len(ids), _CHUNK):
        query = follow_up_query(list(ids[start : start + _CHUNK]))
        for action_id, held_n, missed_n, again in session.execute(query):
            out[action_id] = FollowUp(int(held_n or 0), int(missed_n or 0), int(again or 0))
    return out


def follow_up_query(ids: Sequence[str]) -> Any:
    """The follow-up of these action items as (id, held, missed, missed since closed) rows:
    the reported visits at each one's location since it was made, its question's answers
    and its dimension's scores, in one UNION ALL.

    The items are a subquery with OFFSET 0, which SQLite does not flatten: the join then
    starts from the items and reads each location's visits since by
    ix_encounters_location_id_visited_at. Flattened, SQLite started from every encounter
    (its deleted_at index) and probed the items of its location: 200 items over 20,000
    encounters took 1.0 s instead of 0.3 s."""
    listed = (
        select(
            ActionItem.id,
            ActionItem.location_id,
            ActionItem.form_id,
            ActionItem.question_id,
            ActionItem.dimension,
            ActionItem.created_at,
            ActionItem.closed_at,
        )
        .where(ActionItem.id.in_(list(ids)))
        .offset(0)
        .subquery("listed")
    )
    reported = EncounterFilter().reported()
    since = and_(
        Encounter.location_id == listed.c.location_id,
        Encounter.visited_at >= listed.c.created_at,
    )
    after_closed = and_(listed.c.closed_at.is_not(None), Encounter.visited_at > listed.c.closed_at)
    held = Answer.earned >= Answer.possible - 1e-9
    questions = filtered(
        select(
            listed.c.id,
            count_if(held),
            count_if(~held),
            count_if(and_(~held, after_closed)),
        )
        .select_from(listed)
        .join(Encounter, since)
        .join(
            FormVersion,
            and_(
                FormVersion.id == Encounter.form_version_id,
                FormVersion.form_id == listed.c.form_id,
            ),
        )
        .join(
            Answer,
            and_(
                Answer.encounter_id == Encounter.id,
                Answer.question_id == listed.c.question_id,
            ),
        )
        .where(Answer.na.is_(False), Answer.possible > 0, Answer.earned.is_not(None))
        .group_by(listed.c.id),
        reported,
        lean=True,
    )
    happened = EncounterScore.earned * 100 >= DIMENSION_HAPPENED_AT * EncounterScore.possible
    dimensions = filtered(
        select(
            listed.c.id,
            count_if(happened),
            count_if(~happened),
            count_if(and_(~happened, after_closed)),
        )
        .select_from(listed)
        .join(Encounter, since)
        .join(
            EncounterScore,
            and_(
                EncounterScore.encounter_id == Encounter.id,
                EncounterScore.kind == "dimension",
                EncounterScore.key == listed.c.dimension,
            ),
        )
        .where(EncounterScore.possible > 0)
        .group_by(listed.c.id),
        reported,
        lean=True,
    )
    return union_all(questions, dimensions)


def as_json(item: ActionItemData) -> dict[str, Any]:
    """An action item as `mysteryshop actions list --format json` prints it."""
    data = {
        key: value
        for key, value in dataclasses.asdict(item).items()
        if key not in ("follow_up", "today")
    }
    for key in ("due_on", "created_at", "updated_at", "closed_at"):
        value = data[key]
        data[key] = value.isoformat() if value is not None else None
    data["follow_up"] = {
        "held": item.follow_up.held,
        "missed": item.follow_up.missed,
        "n": item.follow_up.n,
        "missed_since_closed": item.follow_up.missed_since_closed,
    }
    data["overdue"] = item.overdue
    data["reopened"] = item.reopened
    return data
