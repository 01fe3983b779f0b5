"""The one place where an EncounterFilter becomes SQL."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    exists,
    func,
    or_,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from mysteryshop.names import name_key
from mysteryshop.store.models import Encounter, EncounterTag, FormVersion, Location
from mysteryshop.store.records import EncounterFilter

_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")


class _Contains(FunctionElement[bool]):
    """`text ILIKE pattern` (escaped with a backslash) that SQLite compiles as plain LIKE.

    SQLite's LIKE already ignores ASCII case, and its lower() knows no more than ASCII either,
    so the matches are the same without calling lower() on both sides for every row (text
    search over 100,000 encounters: ~2x faster). Only this element compiles so: a plain
    ilike() anywhere else stays SQLAlchemy's own."""

    # No Boolean type: on SQLite, SQLAlchemy would then compare each one with 1 (x LIKE ? = 1).
    name = "contains"
    inherit_cache = True


@compiles(_Contains)
def _contains_as_ilike(element: _Contains, compiler: Any, **kw: Any) -> str:
    text, pattern = element.clauses
    return str(compiler.process(text.ilike(pattern, escape="\\"), **kw))


@compiles(_Contains, "sqlite")
def _contains_as_like(element: _Contains, compiler: Any, **kw: Any) -> str:
    text, pattern = element.clauses
    return str(compiler.process(text.like(pattern, escape="\\"), **kw))


def _filter_clauses(f: EncounterFilter) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = [
        Encounter.deleted_at.is_not(None) if f.in_trash else Encounter.deleted_at.is_(None)
    ]
    if f.calibration is not None:
        clauses.append(Encounter.calibration == f.calibration)
    elif not f.with_calibration:
        clauses.append(Encounter.calibration.is_(None))
    if f.ids is not None:
        clauses.append(Encounter.id.in_(f.ids))
    if f.form_id:
        clauses.append(FormVersion.form_id == f.form_id)
    if f.location:
        # By the names' keys (names.py), through their index: SQLite's lower() and
        # PostgreSQL's under the C locale fold ASCII only, and neither knows NFC from NFD.
        wanted = name_key(f.location)
        clauses.append(or_(Location.name_key == wanted, Location.id == f.location.strip()))
    if f.region:
        clauses.append(Location.region_key == name_key(f.region))
    if f.date_from:
        clauses.append(Encounter.visited_at >= f.date_from)
    if f.date_to:
        clauses.append(Encounter.visited_at < f.date_to)
    if f.statuses is not None:
        clauses.append(Encounter.status.in_(f.statuses))
    if f.tag:
        clauses.append(
            exists().where(
                and_(EncounterTag.encounter_id == Encounter.id, EncounterTag.tag == f.tag)
            )
        )
    if f.critical_only:
        clauses.append(Encounter.critical_fail.is_(True))
    if f.text:
        columns = (Encounter.notes, Encounter.staff, Encounter.reviewer_note)
        found = [_Contains(column, _pattern(f.text)) for column in columns]
        # A location's name as people read it ("äänekoski" finds "Äänekoski store").
        if name_key(f.text):
            found.append(_Contains(Location.name_key, _pattern(name_key(f.text))))
        clauses.append(or_(*found))
    return clauses


def _pattern(text: str) -> str:
    """A LIKE pattern for `text` anywhere, its wildcards escaped with a backslash."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def filtered(query: _Query, f: EncounterFilter, *, lean: bool = False) -> _Query:
    """`query` over encounters joined with their location and form version, narrowed to the
    filter: the one place where an EncounterFilter becomes SQL.

    `lean`: for a query that selects nothing of locations or form versions, join them only
    when the filter needs them (two index lookups less per encounter: ~30 ms at 100,000)."""
    if not lean or f.location or f.region or f.text:
        query = query.join(Location, Location.id == Encounter.location_id)
    if not lean or f.form_id:
        query = query.join(FormVersion, FormVersion.id == Encounter.form_version_id)
    return query.where(*_filter_clauses(f))


def count_if(condition: Any) -> Any:
    """How many rows of an aggregate meet `condition` (a sum of ones: portable, where
    SQLite's sum of a boolean is not)."""
    return func.sum(case((condition, 1), else_=0))
