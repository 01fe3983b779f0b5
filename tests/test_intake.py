"""Checked at the door (mysteryshop/intake.py): lone surrogates, NUL, moments near year 1 or
9999, whole numbers beyond what a column holds and numbers that are not finite are refused with
a one-line reason naming their place (bundle JSON, zip, YAML form, the store's save path), exit
status 1, nothing imported; and the database still exports and reports afterwards. Both
backends where the store is involved."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from mysteryshop import demo, intake
from mysteryshop.cli import main
from mysteryshop.forms import Form, FormError, parse_form
from mysteryshop.store import queries
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.locations import update_location
from mysteryshop.store.models import Answer, Encounter, EncounterHistory, FormVersion, Location
from mysteryshop.store.records import EncounterData, encounter_to_dict, new_id

HELSINKI = timezone(timedelta(hours=2))


# --- the checks themselves --------------------------------------------------------------------


def test_text_problem_names_nul_and_lone_surrogates_with_their_place() -> None:
    assert intake.text_problem("Hei 👋 ÅÄÖ\t\n", "notes") is None
    assert intake.text_problem("ab\x00c", "notes") == (
        "notes: contains a NUL character (at character 3)"
    )
    surrogate = intake.text_problem("x\udc00", "answers.how")
    assert surrogate is not None
    assert surrogate.startswith("answers.how: contains a lone surrogate U+DC00 (at character 2)")
    assert intake.text_problem("\ud83d", "") == (
        "contains a lone surrogate U+D83D (at character 1), which is not text"
    )


def test_integer_limits_are_what_the_columns_hold() -> None:
    assert intake.integer_problem(2**63 - 1, "n") is None
    assert intake.integer_problem(-(2**63), "n") is None
    assert intake.integer_problem(2**63, "n") == (
        "n: 9223372036854775808 is outside -9,223,372,036,854,775,808 … 9,223,372,036,854,775,807"
    )
    assert intake.integer_problem(2**31, "version", low=1, high=intake.INT32_MAX) is not None
    huge = intake.integer_problem(10**4000, "n")
    assert huge is not None and huge.startswith("n: a number of 4,001 digits is outside")


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan")])
def test_numbers_must_be_finite(value: float) -> None:
    assert (
        intake.number_problem(value, "x") == "x: not a finite number (infinite, NaN or too large)"
    )
    assert intake.number_problem(1e308, "x") is None


@pytest.mark.parametrize(
    ("moment", "refused"),
    [
        (datetime(1970, 1, 1, tzinfo=UTC), False),
        (datetime(2099, 12, 31, 23, 59, 59, tzinfo=UTC), False),
        (datetime(2026, 11, 20, 14, 5, tzinfo=HELSINKI), False),
        (datetime(1969, 12, 31, 23, 59, 59, tzinfo=UTC), True),
        (datetime(1970, 1, 1, 1, 0, tzinfo=HELSINKI), True),  # 23:00 UTC the day before
        (datetime(2100, 1, 1, tzinfo=UTC), True),
        (datetime(1, 1, 1, 0, 30, tzinfo=HELSINKI), True),  # before year 1 in UTC
        (datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-5))), True),
    ],
)
def test_moments_from_1970_up_to_2100(moment: datetime, refused: bool) -> None:
    problem = intake.moment_problem(moment, "visited_at")
    assert (problem is not None) == refused
    if refused:
        assert problem == (f"visited_at: {moment.isoformat()} is outside 1970-01-01 … 2099-12-31")


def test_a_moment_without_a_time_zone_is_refused() -> None:
    assert intake.moment_problem(datetime(2026, 1, 1), "timer.arrived") == (
        "timer.arrived: the time has no time zone (add +02:00 or Z)"
    )


def test_value_problems_walk_lists_and_mappings_with_places() -> None:
    value = {"a": ["ok", "bad\x00"], "b": {"c": 2**64}, "d": float("nan"), "e": True, "f": None}
    assert intake.value_problems(value, "answers") == [
        "answers.a[1]: contains a NUL character (at character 4)",
        "answers.b.c: 18446744073709551616 is outside "
        "-9,223,372,036,854,775,808 … 9,223,372,036,854,775,807",
        "answers.d: not a finite number (infinite, NaN or too large)",
    ]
    assert len(intake.value_problems(["\x00"] * 100, "x")) == 20  # at most `limit`


def test_json_numbers_of_thousands_of_digits_are_refused_before_conversion() -> None:
    assert intake.json_integer("-123") == -123
    with pytest.raises(intake.NumberTooLong, match="5,000 digits"):
        intake.json_integer("9" * 5000)
    raw = b'{\n  "a": 1,\n  "b": ' + b"7" * 5000 + b"\n}"
    assert intake.long_number_place(raw) == (3, 8)


# --- bundles: each poison refused whole, with its place -----------------------------------------


@pytest.fixture
def stocked(db: Database, shipped_forms: list[Form]) -> tuple[Database, demo.DemoData]:
    """A database with demo encounters in it (so that exports and reports have something)."""
    data = demo.generate(shipped_forms, encounters=12, seed=8)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    return db, data


def _state(db: Database) -> tuple[int, ...]:
    with db.read() as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in (Encounter, Answer, EncounterHistory, Location, FormVersion)
        )


POISON = "@@poison@@"


def _poisoned_bundle(
    db: Database, data: demo.DemoData, field: str, fragment: str
) -> tuple[dict[str, Any], str]:
    """A bundle of one new encounter (a copy of a demo one) whose `field` (dotted: answers.x,
    timer.arrived, or forms.show_if for the form's first condition) is the raw JSON
    `fragment`. Returns the bundle and its JSON text."""
    template = next(e for e in data.encounters if e.form_id == "service-encounter")
    item = encounter_to_dict(template)
    item["id"] = new_id()
    form = queries.get_form(db, "service-encounter", 2)
    raw: dict[str, Any] = {
        "format": "mysteryshop-bundle",
        "format_version": 1,
        "forms": [{"id": form.id, "version": form.version, "definition": form.definition()}],
        "locations": [],
        "encounters": [item],
    }
    if field == "forms.show_if":
        for section in raw["forms"][0]["definition"]["sections"]:
            for question in section["questions"]:
                if "show_if" in question:
                    condition = question["show_if"]
                    key = next(k for k in ("equals", "not_equals", "in") if k in condition)
                    condition[key] = POISON
                    break
            else:
                continue
            break
    else:
        *parents, last = field.split(".")
        target = item
        for parent in parents:
            target = target.setdefault(parent, {})
        target[last] = POISON
    text = json.dumps(raw, ensure_ascii=False).replace(json.dumps(POISON), fragment)
    return raw, text


# (field, raw JSON, place ending, reason)
BUNDLE_POISON = [
    ("notes", '"bad \\udc00 note"', ".notes", "lone surrogate U+DC00"),
    ("answers.help_missing", '"\\ud800"', ".answers.help_missing", "lone surrogate U+D800"),
    ("answers.helped", '["fully", "\\udfff"]', ".answers.helped[1]", "lone surrogate"),
    ("staff", '"a\\u0000b"', ".staff", "NUL character"),
    ("observer", '"\\udc80owl"', ".observer", "lone surrogate"),
    ("visited_at", '"0001-01-01T00:30:00+02:00"', ".visited_at", "outside 1970-01-01 … 2099"),
    ("visited_at", '"9999-12-31T23:59:59-05:00"', ".visited_at", "outside 1970-01-01 … 2099"),
    ("timer.arrived", '"9999-12-31T23:00:00+00:00"', ".timer.arrived", "outside 1970-01-01"),
    ("updated_at", '"0001-01-01T00:00:00Z"', ".updated_at", "outside 1970-01-01"),
    ("created_at", '"1969-12-31T23:59:59Z"', ".created_at", "outside 1970-01-01"),
    ("form_version", str(2**70), ".form_version", "from 1 to 2,147,483,647"),
    ("form_version", str(2**31), ".form_version", "from 1 to 2,147,483,647"),
    ("answers.greeting_wait", str(2**64), ".answers.greeting_wait", "is outside"),
    ("answers.smile", "1" + "0" * 3000, ".answers.smile", "a number of 3,001 digits"),
    ("answers.greeting_wait", "1e400", ".answers.greeting_wait", "not a finite number"),
    ("answers.greeting_wait", "NaN", ".answers.greeting_wait", "not a finite number"),
    ("answers.feeling", "-Infinity", ".answers.feeling", "not a finite number"),
    ("forms.show_if", str(2**70), "show_if.equals", "is outside"),
]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _refused_in_lines(err: str, source: Path) -> list[str]:
    lines = err.splitlines()
    assert lines, "no reason given"
    assert "unexpected error" not in err and "Traceback" not in err
    assert all(line.startswith(str(source)) for line in lines), lines
    return lines


@pytest.mark.parametrize(("field", "fragment", "place", "reason"), BUNDLE_POISON)
def test_a_poisoned_bundle_is_refused_in_one_line_naming_its_place(
    stocked, tmp_path: Path, capsys, field: str, fragment: str, place: str, reason: str
) -> None:
    db, data = stocked
    raw, text = _poisoned_bundle(db, data, field, fragment)
    path = tmp_path / "poison.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    before = _state(db)
    status, out, err = _run(capsys, "--database-url", db.url, "import", str(path))
    assert status == 1 and out == ""
    lines = _refused_in_lines(err, path)
    assert any(place in line and reason in line for line in lines), lines
    assert _state(db) == before


def test_a_number_of_thousands_of_digits_is_refused_with_its_line_and_column(
    stocked, tmp_path: Path, capsys
) -> None:
    db, data = stocked
    _raw, text = _poisoned_bundle(db, data, "answers.smile", "4" * 5000)
    path = tmp_path / "long.json"
    path.write_text(text, encoding="utf-8")
    before = _state(db)
    status, _out, err = _run(capsys, "--database-url", db.url, "import", str(path))
    assert status == 1
    [line] = _refused_in_lines(err, path)
    assert line.startswith(f"{path}: line 1, column ")
    assert line.endswith("a whole number of 5,000 digits (at most 4,300 are read)")
    assert _state(db) == before


def _zip(path: Path, bundle_json: bytes, names: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("bundle.json", bundle_json)
        for name, content in (names or {}).items():
            archive.writestr(name, content)
    return path


def test_a_poisoned_zip_bundle_is_refused_with_its_place(stocked, tmp_path: Path, capsys) -> None:
    db, data = stocked
    _raw, text = _poisoned_bundle(db, data, "notes", '"bad \\udc00 note"')
    path = _zip(tmp_path / "poison.zip", text.encode("utf-8"))
    before = _state(db)
    status, _out, err = _run(capsys, "--database-url", db.url, "import", str(path))
    assert status == 1
    [line] = _refused_in_lines(err, path)
    assert line.startswith(f"{path}: bundle.json: encounters[0] (")
    assert ".notes: contains a lone surrogate U+DC00" in line
    assert _state(db) == before


def test_a_zip_entry_name_that_is_not_text_is_refused(stocked, tmp_path: Path, capsys) -> None:
    db, data = stocked
    _raw, text = _poisoned_bundle(db, data, "notes", '"fine"')
    path = _zip(tmp_path / "names.zip", text.encode("utf-8"), {"attachments/€.jpg": b"x"})
    # The name's UTF-8 bytes of € (three) become those of a lone surrogate (three): a zip
    # reader must not stop at them with a UnicodeDecodeError.
    path.write_bytes(path.read_bytes().replace("€".encode(), b"\xed\xb0\x80"))
    before = _state(db)
    status, _out, err = _run(capsys, "--database-url", db.url, "import", str(path))
    assert status == 1
    [line] = _refused_in_lines(err, path)
    assert line == f"{path}: not a zip file (or a damaged one)"
    assert _state(db) == before


def test_after_every_poison_is_refused_the_database_still_exports_and_reports(
    stocked, tmp_path: Path, capsys
) -> None:
    db, data = stocked
    for number, (field, fragment, _place, _reason) in enumerate(BUNDLE_POISON):
        _raw, text = _poisoned_bundle(db, data, field, fragment)
        path = tmp_path / f"poison-{number}.json"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        assert _run(capsys, "--database-url", db.url, "import", str(path))[0] == 1
    for fmt in ("json", "zip", "csv", "xlsx"):
        target = tmp_path / f"export.{fmt}"
        status, out, err = _run(capsys, "--database-url", db.url, "export", "-o", str(target))
        assert (status, err) == (0, ""), fmt
        assert out == f"exported 12 encounters to {target}\n"
    for kind in ("summary", "coaching"):
        target = tmp_path / f"{kind}.pdf"
        status, _out, err = _run(
            capsys, "--database-url", db.url, "report", kind, "-o", str(target)
        )
        assert (status, err) == (0, ""), kind
        assert target.read_bytes().startswith(b"%PDF")


# --- the store's save path: the last guard ------------------------------------------------------


def _encounter(data: demo.DemoData, **changes: Any) -> EncounterData:
    template = next(e for e in data.encounters if e.form_id == "service-encounter")
    fields = {**vars(template), "id": new_id(), "revision": 0, "status": "draft", **changes}
    return EncounterData(**fields)


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"notes": "bad \udc00"}, "notes: contains a lone surrogate U+DC00"),
        ({"staff": "a\x00b"}, "staff: contains a NUL character"),
        ({"staff": "x" * 501}, "staff: longer than 500 characters"),
        ({"observer": "o" * 101}, "observer: longer than 100 characters"),
        ({"observer": "\ud800"}, "observer: contains a lone surrogate"),
        ({"tags": ["ok", "t" * 65]}, "tags[1]: longer than 64 characters"),
        ({"visited_at": datetime(1, 1, 1, 0, 30, tzinfo=HELSINKI)}, "visited_at: 0001-01-01"),
        ({"visited_at": datetime(9999, 12, 31, tzinfo=UTC)}, "visited_at: 9999-12-31"),
        ({"timer": {"arrived": datetime(9999, 1, 1, tzinfo=UTC)}}, "timer.arrived: 9999"),
        ({"answers": {"greeting_wait": 2**64}}, "answers.greeting_wait: 18446744073709551616"),
        ({"answers": {"smile": 10**400}}, "answers.smile: a number of 401 digits"),
        ({"answers": {"greeting_wait": float("inf")}}, "answers.greeting_wait: not a finite"),
        ({"answers": {"help_missing": "\x00"}}, "answers.help_missing: contains a NUL"),
        ({"form_version": 2**70}, "form_version: 1180591620717411303424 is outside"),
        ({"form_version": 2**31}, "form_version: 2147483648 is outside"),
    ],
)
def test_the_store_refuses_what_it_cannot_store_before_sending_it(
    stocked, changes: dict[str, Any], problem: str
) -> None:
    db, data = stocked
    before = _state(db)
    with pytest.raises(StoreError) as caught:
        queries.save_encounter(db, _encounter(data, **changes))
    assert any(line.startswith(problem) for line in caught.value.problems), caught.value.problems
    assert _state(db) == before
    # What it would have become, had it been stored: every export writes UTF-8.
    json.dumps([encounter_to_dict(e) for e in queries.iter_encounters(db)]).encode("utf-8")


def test_the_store_still_saves_what_it_can_store(stocked) -> None:
    db, data = stocked
    edge = _encounter(
        data,
        notes="Every script 😀 ÅÄÖ 李\t\n",
        staff="s" * 500,
        observer="o" * 100,
        visited_at=datetime(2099, 12, 31, 23, 59, tzinfo=UTC),
    )
    saved = queries.save_encounter(db, edge)
    assert queries.get_encounter(db, saved.id).staff == "s" * 500


@pytest.mark.parametrize(
    ("name", "region", "problem"),
    [
        ("n" * 201, None, "name: longer than 200 characters"),
        ("Kamppi\x00", None, "name: contains a NUL character"),
        ("Kamppi", "\udc00", "region: contains a lone surrogate"),
    ],
)
def test_a_location_that_cannot_be_stored_is_refused(
    stocked, name: str, region: str | None, problem: str
) -> None:
    db, _data = stocked
    before = _state(db)
    with pytest.raises(StoreError) as caught:
        queries.add_location(db, name, region)
    assert caught.value.problems[0].startswith(problem)
    existing = queries.list_locations(db)[0]
    with pytest.raises(StoreError) as caught:
        update_location(db, existing.id, name=name, region=region)
    assert caught.value.problems[0].startswith(problem)
    assert _state(db) == before


# --- forms: what `forms validate` accepts, `forms import` stores ---------------------------------


def _form_yaml(**overrides: str) -> str:
    fields = {
        "version": "1",
        "title": "Door test",
        "target": "30",
        "scale": "[1, 5]",
        "min": "0",
        "max": "100",
        "equals": "true",
        "text": "Were you greeted?",
        "points": "1",
    }
    fields.update(overrides)
    return (
        "id: door-test\n"
        f"version: {fields['version']}\n"
        f"title: {fields['title']}\n"
        "sections:\n"
        "  - id: s\n"
        "    title: S\n"
        "    questions:\n"
        "      - id: greeted\n"
        "        type: yes_no\n"
        f"        text: {fields['text']}\n"
        f"        points: {fields['points']}\n"
        "      - id: wait\n"
        "        type: duration\n"
        "        text: Wait\n"
        f"        target: {fields['target']}\n"
        f"        show_if: {{question: greeted, equals: {fields['equals']}}}\n"
        "      - id: smile\n"
        "        type: rating\n"
        "        text: Smile\n"
        f"        scale: {fields['scale']}\n"
        "      - id: price\n"
        "        type: number\n"
        "        text: Price\n"
        f"        min: {fields['min']}\n"
        f"        max: {fields['max']}\n"
    )


def _one_line_form() -> str:
    """A valid form of about 17 KB, all on one line (JSON, which is YAML too)."""
    questions = [
        {"id": f"q{n}", "type": "rating", "text": {"en": f"How was moment {n} of the visit?"},
         "scale": [1, 5], "labels": {"1": "Poor", "5": "Excellent"}}
        for n in range(115)
    ]  # fmt: skip
    form = {
        "id": "one-line",
        "version": intake.INT32_MAX,
        "title": "T" * 500,
        "sections": [{"id": "s", "title": "All", "questions": questions}],
    }
    text = json.dumps(form, ensure_ascii=False)
    assert 16_000 < len(text) < 20_000 and "\n" not in text
    return text


FORM_INPUTS: list[tuple[str, str, str | None]] = [
    # (name, YAML, None when valid else a fragment of the one-line reason)
    ("plain", _form_yaml(), None),
    ("one line of 17 KB", _one_line_form(), None),
    ("largest version", _form_yaml(version=str(intake.INT32_MAX)), None),
    ("version beyond int32", _form_yaml(version=str(intake.INT32_MAX + 1)), "version"),
    ("version of 5000 digits", _form_yaml(version="9" * 5000), "5,000 characters"),
    ("title of 500", _form_yaml(title="T" * 500), None),
    ("title of 501", _form_yaml(title="T" * 501), "at most 500 characters"),
    ("sexagesimal target", _form_yaml(target="1:30"), "base-60 number"),
    ("sexagesimal version", _form_yaml(version="1:0"), "base-60 number"),
    ("quoted sexagesimal text", _form_yaml(text='"Served at 1:30?"'), None),
    ("huge show_if value", _form_yaml(equals=str(2**70)), "show_if.equals"),
    ("NUL escape in a text", _form_yaml(text='"a\\0b"'), "NUL character"),
    ("surrogate escape in a text", _form_yaml(text='"a\\udc00b"'), "lone surrogate"),
    ("surrogate escape in show_if", _form_yaml(equals='"\\udc00"'), "lone surrogate"),
    ("widest number range", _form_yaml(min="-1.0e+15", max="1.0e+15"), None),
    ("number max beyond 1e15", _form_yaml(max="1.0e+16"), "max"),
    ("infinite target", _form_yaml(target=".inf"), "target"),
    ("NaN points", _form_yaml(points=".nan"), "points"),
    ("far scale", _form_yaml(scale="[-1000000, -999950]"), None),
    ("scale beyond limits", _form_yaml(scale=f"[{10**30}, {10**30 + 5}]"), "scale"),
]


@pytest.mark.parametrize(("name", "text", "reason"), FORM_INPUTS, ids=[i[0] for i in FORM_INPUTS])
def test_forms_validate_and_forms_import_agree(
    db: Database, tmp_path: Path, capsys, name: str, text: str, reason: str | None
) -> None:
    path = tmp_path / "form.yaml"
    path.write_text(text, encoding="utf-8")
    checked = _run(capsys, "forms", "validate", str(path))
    imported = _run(capsys, "--database-url", db.url, "forms", "import", str(path))
    assert checked[0] == imported[0] == (0 if reason is None else 1), (checked, imported)
    if reason is None:
        assert imported[2] == ""
        return
    for _status, _out, err in (checked, imported):
        lines = _refused_in_lines(err, path)
        assert any(reason in line for line in lines), lines
    with db.read() as session:
        stored = select(func.count()).where(FormVersion.form_id == "door-test")
        assert session.scalar(stored) == 0


def test_yaml_base_60_is_refused_with_its_line_not_read_as_a_number() -> None:
    with pytest.raises(FormError) as caught:
        parse_form(_form_yaml(target="1:30"), "f.yaml")
    assert caught.value.problems == [
        "f.yaml: line 15: 1:30 is a base-60 number in YAML (it would be read as 90): write the "
        'plain number, or put quotes around it ("1:30") for a text'
    ]


# --- dates on the command line ------------------------------------------------------------------


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1969-12-31", "2100-01-01"])
def test_a_filter_day_outside_the_range_is_wrong_usage(capsys, data_dir: Path, day: str) -> None:
    status, _out, err = _run(capsys, "export", "-o", "x.json", "--to", day)
    assert status == 2
    assert f"argument --to: {day} is outside 1970-01-01 … 2099-12-31" in err
    assert intake.day_problem(date.fromisoformat(day), "") is not None
