"""Excel export: the CSV's rows and columns in a workbook, numbers as numbers, formulas
defused, a styled frozen header, column widths, written atomically."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from mysteryshop.cli import main
from mysteryshop.exchange import tabular
from mysteryshop.forms import Form
from mysteryshop.store import queries
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterData, EncounterFilter, new_id

HELSINKI = timezone(timedelta(hours=2))
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


@pytest.fixture
def filled(db: Database, shipped_forms: list[Form]) -> Database:
    from mysteryshop import demo

    data = demo.generate(shipped_forms, encounters=30, seed=5, now=NOW)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    return db


def read(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook

    book = load_workbook(path)
    sheet = book.worksheets[0]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_the_workbook_has_the_csv_rows_and_columns(filled: Database, tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    assert tabular.export_xlsx(filled, path) == 30
    header, table = tabular.rows(filled)
    rows = read(path)
    assert rows[0] == header
    assert len(rows) == len(table) + 1
    assert [row[0] for row in rows[1:]] == [row[0] for row in table]


def test_numbers_stay_numbers_and_empty_cells_stay_empty(filled: Database, tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    tabular.export_xlsx(filled, path)
    rows = read(path)
    header = rows[0]
    score = header.index("score")
    version = header.index("form_version")
    assert all(isinstance(row[version], int) for row in rows[1:])
    scores = [row[score] for row in rows[1:]]
    assert any(isinstance(value, (int, float)) for value in scores)
    assert all(value is None or isinstance(value, (int, float)) for value in scores)


def test_text_that_looks_like_a_formula_is_defused(
    db: Database, shipped_forms: list[Form], tmp_path: Path
) -> None:
    form = shipped_forms[0]
    queries.store_form(db, form)
    where = queries.add_location(db, '=HYPERLINK("http://evil")', "+Helsinki")
    queries.save_encounter(
        db,
        EncounterData(
            id=new_id(),
            form_id=form.id,
            form_version=form.version,
            location_id=where.id,
            visited_at=datetime(2026, 11, 20, 14, 5, tzinfo=HELSINKI),
            observer="@owl",
            staff="-1+2",
            notes="=1+1\x01 and a bell\x07",
            status="draft",
        ),
    )
    path = tmp_path / "out.xlsx"
    tabular.export_xlsx(db, path)
    from openpyxl import load_workbook

    sheet = load_workbook(path).worksheets[0]
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    values = {sheet.cell(1, cell.column).value: cell.value for cell in cells}
    assert values["location"] == '\'=HYPERLINK("http://evil")'
    assert values["region"] == "'+Helsinki"
    assert values["observer"] == "'@owl"
    assert values["staff"] == "'-1+2"
    assert values["notes"] == "'=1+1 and a bell"  # characters a workbook cannot hold dropped


def test_the_header_is_styled_frozen_and_columns_have_widths(
    filled: Database, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "out.xlsx"
    tabular.export_xlsx(filled, path)
    sheet = load_workbook(path).worksheets[0]
    assert sheet.freeze_panes == "B2"
    assert sheet["A1"].font.bold
    assert sheet["A1"].fill.fgColor.rgb.endswith("1F4E5F")
    widths = [sheet.column_dimensions[letter].width for letter in ("A", "B", "P")]
    assert all(8 <= width <= 60 for width in widths)
    assert sheet.column_dimensions["A"].width > 30  # a UUID fits


def test_the_export_follows_the_filter(filled: Database, tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    count = tabular.export_xlsx(filled, path, EncounterFilter(statuses=("approved",)))
    rows = read(path)
    status = rows[0].index("status")
    assert len(rows) - 1 == count
    assert {row[status] for row in rows[1:]} <= {"approved"}


def test_a_failed_export_leaves_the_previous_file(
    filled: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "out.xlsx"
    path.write_bytes(b"previous")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    from openpyxl.workbook.workbook import Workbook

    monkeypatch.setattr(Workbook, "save", broken)
    with pytest.raises(OSError):
        tabular.export_xlsx(filled, path)
    assert path.read_bytes() == b"previous"
    assert [p.name for p in folder.iterdir()] == ["out.xlsx"]


def test_the_format_comes_from_the_extension_on_the_command_line(
    filled: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = filled.url
    path = tmp_path / "out.xlsx"
    assert main(["--database-url", url, "export", "-o", str(path)]) == 0
    assert path.read_bytes()[:2] == b"PK"
    other = tmp_path / "named.data"
    assert main(["--database-url", url, "export", "-o", str(other), "--format", "xlsx"]) == 0
    assert other.read_bytes()[:2] == b"PK"
    assert "exported 30 encounters" in capsys.readouterr().out
