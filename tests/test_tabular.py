"""CSV export: its columns, formula defusing and numbers that stay numbers."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from mysteryshop import paths, scoring
from mysteryshop.exchange.tabular import FIXED_COLUMNS, export_csv
from mysteryshop.forms import Form, load_form
from mysteryshop.store import queries
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterData, EncounterFilter, LocationData, new_id

HELSINKI = timezone(timedelta(hours=2))


def service_answers(**changes: Any) -> dict[str, Any]:
    answers = {
        "greeted_on_arrival": True, "greeting_wait": 12, "eye_contact": True,
        "greeting_natural": False, "smile": 4, "attention_on_you": True, "asked_need": True,
        "listened": True, "understood_need": True, "product_knowledge": False, "thanked": True,
        "said_goodbye": True, "invited_back": False, "helped": "fully", "feeling": 1,
        "treated_with_respect": True,
    }  # fmt: skip
    answers.update(changes)
    return answers


PHONE_ANSWERS = {
    "answer_wait": 45, "greeted": True, "friendly_tone": 5, "solved_first_contact": True,
    "farewell_said": True, "helped": "fully", "feeling": 2, "treated_with_respect": True,
}  # fmt: skip


@pytest.fixture
def filled(db: Database, shipped_forms: list[Form]) -> tuple[Database, dict[str, EncounterData]]:
    """Encounters on service-encounter v1 and its current version and phone-chat v1, with
    tricky texts."""
    # Version 1 of each shipped form is archived (forms/archive), version 3 is current.
    service, phone = (
        load_form(paths.archived_form_files()[0].with_name(f"{form.id}-v1.yaml"))
        for form in shipped_forms
    )
    service_now = shipped_forms[0]
    assert service_now.version == 3
    for form in (service, phone, service_now):
        queries.store_form(db, form)
    store = queries.add_location(db, "Kamppi store", "Helsinki")
    formula_store = queries.add_location(db, "=Itis", "Helsinki")

    def add(form: Form, where: LocationData, **fields: Any) -> EncounterData:
        data = EncounterData(
            id=new_id(),
            form_id=form.id,
            form_version=form.version,
            location_id=where.id,
            visited_at=datetime(2026, 11, 20, 14, 5, tzinfo=HELSINKI),
            status="submitted",
            observer="owl",
            **fields,
        )
        return queries.save_encounter(db, data)

    made = {
        "hyperlink": add(
            service,
            store,
            answers=service_answers(feeling=-2, moment_worth_repeating="=1+1"),
            na=["acknowledged_while_busy"],
            notes='=HYPERLINK("http://example.com","click")',
            staff="+cashier",
        ),
        "at": add(
            service_now,
            formula_store,
            answers=service_answers(),
            notes="@SUM(1)",
            staff="-tall",
            tags=["best-practice"],
        ),
        "tab": add(
            phone,
            store,
            answers=PHONE_ANSWERS,
            channel="phone",
            notes="\tindented",
            staff="advisor",
        ),
    }
    return db, made


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = [dict(zip(header, row, strict=True)) for row in reader]
    return header, rows


def test_header_has_fixed_dimension_and_per_version_question_columns(
    filled: tuple[Database, dict[str, EncounterData]], shipped_forms: list[Form], tmp_path: Path
) -> None:
    db, _ = filled
    path = tmp_path / "out.csv"
    assert export_csv(db, path) == 3
    header, rows = read_csv(path)

    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM, so spreadsheets see UTF-8
    assert header[: len(FIXED_COLUMNS)] == list(FIXED_COLUMNS)
    dimensions = [h for h in header if h.startswith("dimension: ")]
    assert dimensions[:5] == [
        "dimension: greeting",
        "dimension: smile",
        "dimension: presence",
        "dimension: helpfulness",
        "dimension: farewell",
    ]
    assert "dimension: respect" in dimensions
    service, phone = shipped_forms
    expected_questions = [
        f"{form_id} v{version}: {question.id}"
        for form_id, version, form in (
            ("phone-chat", 1, phone),
            ("service-encounter", 1, service),
            ("service-encounter", 3, service),
        )
        for question in form.answerable()
    ]
    assert header[len(FIXED_COLUMNS) + len(dimensions) :] == expected_questions
    assert len(rows) == 3


def test_cells_that_look_like_formulas_are_defused(
    filled: tuple[Database, dict[str, EncounterData]], tmp_path: Path
) -> None:
    db, made = filled
    path = tmp_path / "out.csv"
    export_csv(db, path)
    rows = {row["id"]: row for row in read_csv(path)[1]}

    hyperlink, at, tab = (rows[made[key].id] for key in ("hyperlink", "at", "tab"))
    assert hyperlink["notes"] == '\'=HYPERLINK("http://example.com","click")'
    assert hyperlink["staff"] == "'+cashier"
    assert hyperlink["service-encounter v1: moment_worth_repeating"] == "'=1+1"
    assert at["notes"] == "'@SUM(1)"
    assert at["staff"] == "'-tall"
    assert at["location"] == "'=Itis"
    assert tab["notes"] == "'\tindented"
    assert tab["staff"] == "advisor"  # ordinary text is left alone


def test_numbers_stay_numbers(
    filled: tuple[Database, dict[str, EncounterData]], shipped_forms: list[Form], tmp_path: Path
) -> None:
    db, made = filled
    path = tmp_path / "out.csv"
    export_csv(db, path)
    rows = {row["id"]: row for row in read_csv(path)[1]}
    hyperlink = rows[made["hyperlink"].id]

    assert hyperlink["feeling"] == "-2"
    assert hyperlink["service-encounter v1: feeling"] == "-2"
    expected = scoring.score_encounter(
        shipped_forms[0], made["hyperlink"].answers, made["hyperlink"].na
    )
    assert expected.score is not None
    assert float(hyperlink["score"]) == pytest.approx(expected.score, abs=0.005)
    assert not hyperlink["score"].startswith("'")
    assert hyperlink["service-encounter v1: smile"] == "4"
    assert hyperlink["service-encounter v1: greeted_on_arrival"] == "yes"
    assert hyperlink["service-encounter v1: acknowledged_while_busy"] == "N/A"
    assert hyperlink["critical_fail"] == "no"
    assert hyperlink["form_version"] == "1"
    assert hyperlink["visited_at"] == "2026-11-20T14:05:00+02:00"
    assert float(hyperlink["dimension: greeting"]) == pytest.approx(
        expected.dimensions["greeting"].score, abs=0.005
    )
    # another form's columns are empty, not zero
    assert hyperlink["phone-chat v1: greeted"] == ""
    assert rows[made["at"].id]["tags"] == "best-practice"


def test_csv_export_writes_the_stored_scores_not_fresh_ones(
    filled: tuple[Database, dict[str, EncounterData]], shipped_forms: list[Form], tmp_path: Path
) -> None:
    """What was stored when the visit was scored is what is exported, even where the form's
    scoring would now give another number (`mysteryshop check` reports such differences)."""
    from sqlalchemy import update

    from mysteryshop.store.models import Encounter, EncounterScore

    db, made = filled
    encounter = made["hyperlink"]
    fresh = scoring.score_encounter(shipped_forms[0], encounter.answers, encounter.na)
    assert fresh.score != 12.5 and not fresh.critical_fail
    assert fresh.dimensions["greeting"].score != 25.0
    with db.write() as session:
        session.execute(
            update(Encounter)
            .where(Encounter.id == encounter.id)
            .values(score=12.5, critical_fail=True, feeling=2)
        )
        session.execute(
            update(EncounterScore)
            .where(
                EncounterScore.encounter_id == encounter.id,
                EncounterScore.kind == "dimension",
                EncounterScore.key == "greeting",
            )
            .values(earned=1.0, possible=4.0)
        )
    path = tmp_path / "out.csv"
    export_csv(db, path)
    row = {row["id"]: row for row in read_csv(path)[1]}[encounter.id]
    assert row["score"] == "12.5"
    assert row["critical_fail"] == "yes"
    assert row["feeling"] == "2"
    assert row["dimension: greeting"] == "25"


def test_csv_export_follows_the_filter(
    filled: tuple[Database, dict[str, EncounterData]], tmp_path: Path
) -> None:
    db, made = filled
    path = tmp_path / "phone.csv"
    assert export_csv(db, path, EncounterFilter(form_id="phone-chat")) == 1
    header, rows = read_csv(path)
    assert [row["id"] for row in rows] == [made["tab"].id]
    assert not any(h.startswith("service-encounter") for h in header)


# Every start a spreadsheet may read as a formula: the four characters in ASCII, full width and
# small form (and the minus sign), behind any run of white space or invisible characters.
FORMULA_CHARS = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20", "\ufe66", "\u2212")
INVISIBLE_PREFIXES = ("", " ", "   ", "\u00a0", "\u3000", "\u200b", "\ufeff", "\u202f",
                      "\u200e", " \u00a0\u200b\ufeff\u3000")  # fmt: skip


@pytest.mark.parametrize("prefix", INVISIBLE_PREFIXES)
def test_every_formula_start_is_defused_in_the_csv(
    db: Database, shipped_forms: list[Form], tmp_path: Path, prefix: str
) -> None:
    _, phone = shipped_forms
    queries.store_form(db, phone)
    store = queries.add_location(db, f"{prefix}=Store", "Helsinki")
    texts = [f"{prefix}{char}1+1" for char in FORMULA_CHARS]
    texts += [f"{start}{prefix}x" for start in ("\t", "\r", "\n")]
    saved = {}
    for text in texts:
        data = EncounterData(
            id=new_id(),
            form_id=phone.id,
            form_version=phone.version,
            location_id=store.id,
            visited_at=datetime(2026, 11, 20, 14, 5, tzinfo=HELSINKI),
            answers=PHONE_ANSWERS,
            channel="phone",
            notes=text,
            staff=text,
        )
        saved[queries.save_encounter(db, data).id] = text
    path = tmp_path / "out.csv"
    export_csv(db, path)
    rows = {row["id"]: row for row in read_csv(path)[1]}
    assert len(rows) == len(texts)
    for encounter_id, text in saved.items():
        row = rows[encounter_id]
        assert row["notes"] == "'" + text, repr(text)
        assert row["staff"] == "'" + text, repr(text)
        assert row["location"] == "'" + store.name  # stored without the leading space


def test_text_that_only_contains_formula_characters_later_is_left_alone() -> None:
    from mysteryshop.exchange.tabular import defuse

    for text in ("1+1=2", "a@b.example", "x -y", "\u00a0hello", "\u200bword", "é=", "", "  "):
        assert defuse(text) == text, repr(text)
    assert defuse(-2) == -2 and defuse(3.5) == 3.5
