"""Spreadsheet exports: one row per encounter, one column per question of each form version.
Scores are the stored ones (`mysteryshop check` is where they are computed again)."""

from __future__ import annotations

import contextlib
import csv
import os
import unicodedata
from collections.abc import Callable
from typing import Any

from mysteryshop.exchange.bundle import anonymized
from mysteryshop.fileio import atomic_write
from mysteryshop.forms import Form
from mysteryshop.store import queries
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterData, EncounterFilter
from mysteryshop.store.report_data import dimension_scores
from mysteryshop.vocabulary import BUILTIN_DIMENSIONS

FIXED_COLUMNS = (
    "id", "visited_at", "location", "region", "form", "form_version", "observer", "channel",
    "staff", "status", "score", "critical_fail", "feeling", "tags", "notes", "reviewer_note",
    "calibration",
)  # fmt: skip
# What a spreadsheet may read as the start of a formula (OWASP's CSV injection list): these
# characters, in any width (full-width ＝ ＋ － ＠ and the small forms are the same under NFKC)
# and the minus sign; and a tab or line break as the very first character.
_FORMULA_CHARS = frozenset("=+-@\u2212")
_BREAK_STARTS = ("\t", "\r", "\n")


def starts_like_formula(text: str) -> bool:
    """Whether a spreadsheet might take `text` for a formula: it starts with a tab or a line
    break, or its first character that is not white space or invisible (NBSP, ideographic
    space, zero-width space, BOM, bidi marks: Unicode's Zs and Cf) is = + - @ in any width."""
    if text.startswith(_BREAK_STARTS):
        return True
    for char in text:
        if char.isspace() or unicodedata.category(char) in ("Zs", "Cf"):
            continue
        return unicodedata.normalize("NFKC", char) in _FORMULA_CHARS
    return False


def defuse(value: Any) -> Any:
    """A cell value a spreadsheet will show, never run: text that starts like a formula
    (starts_like_formula) gets a leading apostrophe. Numbers stay numbers."""
    if isinstance(value, str) and starts_like_formula(value):
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
    records: list[EncounterData] = []
    for data in queries.iter_encounters(db, f):
        if anonymize:
            anonymized(data)
        key = (data.form_id, data.form_version)
        if key not in forms:
            forms[key] = queries.get_form(db, *key)
        records.append(data)
    stored = dimension_scores(db, [data.id for data in records])
    dimensions = {name for scores in stored.values() for name in scores}
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
    for data in records:
        scores = stored.get(data.id, {})
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
            None if data.score is None else round(data.score, 2),
            data.critical_fail,
            data.feeling,
            data.tags,
            data.notes,
            data.reviewer_note,
            data.calibration,
        ]
        row += [scores.get(name) for name in ordered_dimensions]
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


XLSX_CELL_LIMIT = 32_767  # the most characters a spreadsheet cell holds
XLSX_MIN_WIDTH, XLSX_MAX_WIDTH = 8, 60
_HEADER_FILL = "1F4E5F"


def _xlsx_cell(value: Any) -> Any:
    """A value for an .xlsx cell: numbers stay numbers, empty stays empty, text is defused,
    cleaned of characters the format forbids and cut to what a cell holds."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if value is None:
        return None
    value = _cell(value)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if len(value) > XLSX_CELL_LIMIT:
            value = value[: XLSX_CELL_LIMIT - 20] + " … (cut short)"
        value = defuse(value)
    return value


def export_xlsx(
    db: Database,
    path: str | os.PathLike[str],
    f: EncounterFilter | None = None,
    *,
    anonymize: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write an Excel workbook with the rows and columns of the CSV export: a styled, frozen
    header row, column widths to fit, numbers as numbers. Returns the number of encounters;
    the file appears whole or not at all."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    header, table = rows(db, f, anonymize=anonymize)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Encounters")
    sheet.freeze_panes = "B2"  # the header row and the id column stay in view
    cells = [[_xlsx_cell(value) for value in row] for row in table]
    for column, name in enumerate(header, start=1):
        sample = [len(str(row[column - 1])) for row in cells[:200] if row[column - 1] is not None]
        width = max([len(name) * 0.9, *sample]) + 2
        sheet.column_dimensions[get_column_letter(column)].width = min(
            max(width, XLSX_MIN_WIDTH), XLSX_MAX_WIDTH
        )
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor=_HEADER_FILL)
    wrap = Alignment(vertical="top", wrap_text=True)
    styled = []
    for name in header:
        cell = WriteOnlyCell(sheet, value=defuse(name))
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
        styled.append(cell)
    sheet.append(styled)
    for index, row in enumerate(cells, start=1):
        sheet.append(row)
        if progress and index % 1000 == 0:
            progress(index, len(cells))
    try:
        with atomic_write(path, "wb") as out:
            book.save(out)
    except BaseException:
        # A write-only sheet streams into a temporary file through a generator: close it
        # here, or it complains when collected (and leaves the file behind).
        with contextlib.suppress(Exception):
            sheet.close()
        raise
    if progress:
        progress(len(cells), len(cells))
    return len(cells)
