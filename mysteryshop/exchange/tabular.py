"""Spreadsheet exports: one row per encounter, one column per question of each form version."""

from __future__ import annotations

import csv
import os
from collections.abc import Callable
from typing import Any

from mysteryshop import scoring
from mysteryshop.exchange.bundle import anonymized, atomic_write
from mysteryshop.forms import BUILTIN_DIMENSIONS, Form
from mysteryshop.store import queries
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterData, EncounterFilter

FIXED_COLUMNS = (
    "id", "visited_at", "location", "region", "form", "form_version", "observer", "channel",
    "staff", "status", "score", "critical_fail", "feeling", "tags", "notes", "reviewer_note",
)  # fmt: skip
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def defuse(value: Any) -> Any:
    """A cell value a spreadsheet will show, never run: text that starts like a formula gets
    a leading apostrophe. Numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, float):
        return round(value, 2)
    if isinstance(value, list):
        return defuse(", ".join(str(item) for item in value))
    return defuse(value)


def rows(
    db: Database, f: EncounterFilter | None = None, *, anonymize: bool = False
) -> tuple[list[str], list[list[Any]]]:
    """The header and the rows of a spreadsheet export (values not yet defused)."""
    locations = {loc.id: loc for loc in queries.list_locations(db)}
    forms: dict[tuple[str, int], Form] = {}
    records: list[tuple[EncounterData, scoring.EncounterScore]] = []
    dimensions: set[str] = set()
    for data in queries.iter_encounters(db, f):
        if anonymize:
            anonymized(data)
        key = (data.form_id, data.form_version)
        if key not in forms:
            forms[key] = queries.get_form(db, *key)
        result = scoring.score_encounter(forms[key], data.answers, data.na)
        dimensions.update(result.dimensions)
        records.append((data, result))
    ordered_dimensions = [d for d in BUILTIN_DIMENSIONS if d in dimensions] + sorted(
        dimensions - set(BUILTIN_DIMENSIONS)
    )
    question_columns = [
        (key, question.id) for key, form in sorted(forms.items()) for question in form.answerable()
    ]
    header = [
        *FIXED_COLUMNS,
        *(f"dimension: {name}" for name in ordered_dimensions),
        *(
            f"{form_id} v{version}: {question_id}"
            for (form_id, version), question_id in question_columns
        ),
    ]
    table = []
    for data, result in records:
        location = locations.get(data.location_id)
        row: list[Any] = [
            data.id,
            data.visited_at.isoformat(),
            location.name if location else data.location_id,
            location.region if location else None,
            data.form_id,
            data.form_version,
            data.observer,
            data.channel,
            data.staff,
            data.status,
            None if result.score is None else round(result.score, 2),
            result.critical_fail,
            result.feeling,
            data.tags,
            data.notes,
            data.reviewer_note,
        ]
        row += [
            None if name not in result.dimensions else result.dimensions[name].score
            for name in ordered_dimensions
        ]
        own = (data.form_id, data.form_version)
        row += [
            ("N/A" if question_id in data.na else data.answers.get(question_id))
            if key == own
            else None
            for key, question_id in question_columns
        ]
        table.append(row)
    return header, table


def export_csv(
    db: Database,
    path: str | os.PathLike[str],
    f: EncounterFilter | None = None,
    *,
    anonymize: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write a CSV file (UTF-8 with a byte-order mark, so spreadsheets detect it).
    Returns the number of encounters."""
    header, table = rows(db, f, anonymize=anonymize)
    with atomic_write(path, "w") as handle:
        handle.write("\ufeff")
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows([_cell(value) for value in row] for row in table)
    if progress:
        progress(len(table), len(table))
    return len(table)
