"""The one place where an EncounterFilter becomes SQL."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    exists,
    func,
    or_,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

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
    clauses: list[ColumnElement[bool]] = []
    if f.form_id:
        clauses.append(FormVersion.form_id == f.form_id)
    if f.location:
        wanted = f.location.strip().lower()
        clauses.append(or_(func.lower(Location.name) == wanted, Location.id == f.location))
    if f.region:
        clauses.append(func.lower(Location.region) == f.region.strip().lower())
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
        pattern = "%" + f.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        columns = (Encounter.notes, Encounter.staff, Encounter.reviewer_note, Location.name)
        clauses.append(or_(*(_Contains(column, pattern) for column in columns)))
    return clauses


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
