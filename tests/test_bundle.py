"""Exchange bundles (DESIGN.md "Exchange bundle"): round trips, merging by id and
`updated_at`, refusing invalid bundles whole, anonymized and atomic exports."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from mysteryshop import scoring
from mysteryshop.exchange.bundle import BundleError, export_bundle, import_bundle
from mysteryshop.forms import Form, validate_form
from mysteryshop.store import models, queries
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import EncounterData, LocationData, encounter_to_dict, new_id

HELSINKI = timezone(timedelta(hours=2))
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)

OpenDb = Callable[[str], Database]


# --- helpers ----------------------------------------------------------------------------------


@pytest.fixture
def open_db(tmp_path: Path) -> Iterator[OpenDb]:
    """Open (and later close) a database in its own data folder under tmp_path."""
    opened: list[Database] = []

    def open_named(name: str) -> Database:
        database = open_database(f"sqlite:///{tmp_path / name / 'mysteryshop.sqlite3'}")
        opened.append(database)
        return database

    yield open_named
    for database in opened:
        database.close()


@pytest.fixture
def demo_db(open_db: OpenDb, shipped_forms: list[Form]) -> Database:
    """A database holding 150 demo encounters on the shipped forms."""
    from mysteryshop import demo

    data = demo.generate(shipped_forms, encounters=150, seed=7, now=NOW)
    source = open_db("source")
    queries.bulk_add_encounters(source, data.encounters, data.locations, shipped_forms)
    return source


def full_answers(**changes: Any) -> dict[str, Any]:
    """A complete, valid set of answers to service-encounter v1."""
    answers = {
        "greeted_on_arrival": True, "greeting_wait": 12, "eye_contact": True,
        "greeting_natural": False, "smile": 4, "attention_on_you": True, "asked_need": True,
        "listened": True, "understood_need": True, "product_knowledge": False, "thanked": True,
        "said_goodbye": True, "invited_back": False, "helped": "fully", "feeling": 1,
        "treated_with_respect": True,
    }  # fmt: skip
    answers.update(changes)
    return answers


def encounter_dict(form: Form, where: LocationData, **fields: Any) -> dict[str, Any]:
    """One encounter as a bundle carries it, at `where`; `fields` replace its keys."""
    data = EncounterData(
        id=new_id(),
        form_id=form.id,
        form_version=form.version,
        location_id=where.id,
        visited_at=datetime(2026, 11, 20, 14, 5, tzinfo=HELSINKI),
        observer="owl",
        staff="cashier",
        status="submitted",
        answers=full_answers(),
        na=["acknowledged_while_busy"],
        created_at=datetime(2026, 11, 20, 12, 30, tzinfo=UTC),
        updated_at=datetime(2026, 11, 20, 12, 30, tzinfo=UTC),
    )
    out = encounter_to_dict(data)
    out.update(fields)
    return out


def bundle_dict(
    form: Form, locations: list[LocationData], encounters: list[dict[str, Any]]
) -> dict[str, Any]:
    return {
        "format": "mysteryshop-bundle",
        "format_version": 1,
        "exported_at": "2026-11-22T10:00:00+00:00",
        "forms": [{"id": form.id, "version": form.version, "definition": form.definition()}],
        "locations": [{"id": loc.id, "name": loc.name, "region": loc.region} for loc in locations],
        "encounters": encounters,
    }


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def counts(db: Database) -> dict[str, int]:
    tables = (
        models.FormVersion,
        models.Location,
        models.Observer,
        models.Encounter,
        models.Answer,
        models.EncounterScore,
        models.EncounterTag,
        models.EncounterHistory,
    )
    with db.read() as session:
        return {
            table.__tablename__: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in tables
        }


def history_rows(db: Database) -> int:
    return counts(db)["encounter_history"]


KAMPPI = LocationData("0b6f1c7e-5d7a-4a51-9a43-2f7e0c1a9e11", "Kamppi store", "Helsinki")


# --- round trip -------------------------------------------------------------------------------


def test_export_import_export_gives_the_same_parts(
    demo_db: Database, open_db: OpenDb, tmp_path: Path
) -> None:
    first = tmp_path / "first.json"
    assert export_bundle(demo_db, first) == 150
    target = open_db("target")
    result = import_bundle(target, first)
    # The demo's forms are the shipped ones, stored in every database when it is opened.
    assert (result.added, result.forms_added, result.updated) == (150, 0, 0)
    second = tmp_path / "second.json"
    assert export_bundle(target, second) == 150

    a = json.loads(first.read_text(encoding="utf-8"))
    b = json.loads(second.read_text(encoding="utf-8"))
    assert {e["form"] for e in a["encounters"]} == {"service-encounter", "phone-chat"}
    assert len({e["status"] for e in a["encounters"]}) > 1
    for part in ("encounters", "forms", "locations"):
        assert a[part] == b[part], part


def test_exported_scores_agree_with_a_fresh_computation(
    demo_db: Database, shipped_forms: list[Form], tmp_path: Path
) -> None:
    form, where = shipped_forms[0], queries.list_locations(demo_db)[0]
    for answers in (
        full_answers(treated_with_respect=False),
        full_answers(helped="not_at_all", help_missing="Nothing."),
    ):
        queries.save_encounter(
            demo_db,
            EncounterData(
                new_id(),
                form.id,
                form.version,
                where.id,
                datetime(2026, 11, 3, 9, tzinfo=HELSINKI),
                status="submitted",
                answers=answers,
            ),
        )
    path = tmp_path / "bundle.json"
    export_bundle(demo_db, path)
    bundle = json.loads(path.read_text(encoding="utf-8"))
    forms = {
        (item["id"], item["version"]): validate_form(item["definition"], "exported")
        for item in bundle["forms"]
    }
    flags = set()
    for item in bundle["encounters"]:
        result = scoring.score_encounter(
            forms[item["form"], item["form_version"]], item["answers"], item["na"]
        )
        if result.score is None:
            assert item["score"] is None
        else:
            assert math.isclose(item["score"], result.score, abs_tol=1e-9), item["id"]
        assert item["critical_fail"] is result.critical_fail, item["id"]
        flags.add(result.critical_fail)
    assert flags == {True, False}  # the data covers both cases


# --- merging ----------------------------------------------------------------------------------


def test_importing_the_same_bundle_twice_adds_nothing(
    demo_db: Database, open_db: OpenDb, tmp_path: Path
) -> None:
    path = tmp_path / "bundle.json"
    export_bundle(demo_db, path)
    target = open_db("target")
    import_bundle(target, path)
    before = counts(target)

    again = import_bundle(target, path)

    assert (again.added, again.updated, again.kept_newer) == (0, 0, 0)
    assert again.unchanged == 150
    assert (again.forms_added, again.locations_added) == (0, 0)
    assert counts(target) == before
    assert before["encounter_history"] == 0


def _one_changed(path: Path, out: Path, shift: timedelta, notes: str) -> dict[str, Any]:
    bundle = json.loads(path.read_text(encoding="utf-8"))
    item = next(e for e in bundle["encounters"] if e["status"] == "approved")
    updated = datetime.fromisoformat(item["updated_at"]) + shift
    item.update(notes=notes, updated_at=updated.isoformat())
    write_json(out, bundle)
    return item


def test_a_newer_incoming_version_wins_and_the_old_one_goes_to_history(
    demo_db: Database, tmp_path: Path
) -> None:
    original = tmp_path / "bundle.json"
    export_bundle(demo_db, original)
    changed = _one_changed(original, tmp_path / "changed.json", timedelta(hours=1), "newer")
    old_notes = queries.get_encounter(demo_db, changed["id"]).notes

    result = import_bundle(demo_db, tmp_path / "changed.json")

    assert (result.updated, result.unchanged, result.added) == (1, 149, 0)
    stored = queries.get_encounter(demo_db, changed["id"])
    assert stored.notes == "newer"
    assert stored.updated_at == datetime.fromisoformat(changed["updated_at"])
    history = queries.encounter_history(demo_db, changed["id"])
    assert [entry.snapshot["notes"] for entry in history] == [old_notes]
    assert history_rows(demo_db) == 1


def test_an_older_incoming_version_is_kept_in_history_once(
    demo_db: Database, tmp_path: Path
) -> None:
    original = tmp_path / "bundle.json"
    export_bundle(demo_db, original)
    changed = _one_changed(original, tmp_path / "older.json", -timedelta(days=1), "older")
    before = queries.get_encounter(demo_db, changed["id"])

    first = import_bundle(demo_db, tmp_path / "older.json")
    second = import_bundle(demo_db, tmp_path / "older.json")

    assert (first.kept_newer, first.updated) == (1, 0)
    # The second import finds that older version already in history: nothing left to do.
    assert (second.kept_newer, second.updated, second.unchanged) == (0, 0, 150)
    assert queries.get_encounter(demo_db, changed["id"]) == before
    history = queries.encounter_history(demo_db, changed["id"])
    assert len(history) == 1
    assert history[0].snapshot["notes"] == "older"
    assert history[0].snapshot["updated_at"] == changed["updated_at"]
    assert history_rows(demo_db) == 1


# --- invalid bundles --------------------------------------------------------------------------


def test_an_invalid_bundle_imports_nothing_and_lists_every_problem(
    db: Database, shipped_forms: list[Form], tmp_path: Path
) -> None:
    form = shipped_forms[0]
    queries.bulk_add_encounters(
        db,
        [
            EncounterData(
                new_id(),
                form.id,
                form.version,
                KAMPPI.id,
                datetime(2026, 11, 1, 10, tzinfo=HELSINKI),
                status="draft",
            )
        ],
        [KAMPPI],
        [form],
    )
    before = counts(db)
    good = encounter_dict(form, KAMPPI)
    items = [
        good,
        encounter_dict(form, KAMPPI, answers=full_answers(smile=9)),
        encounter_dict(form, KAMPPI, answers=full_answers(favourite_colour="blue")),
        encounter_dict(form, KAMPPI, visited_at="2026-11-20T14:05:00"),
        {**good, "notes": "the same id again"},
        encounter_dict(form, KAMPPI, location=new_id()),
    ]
    newcomer = LocationData(new_id(), "Sello store", "Espoo")
    path = write_json(tmp_path / "bad.json", bundle_dict(form, [KAMPPI, newcomer], items))

    with pytest.raises((BundleError, StoreError)) as caught:
        import_bundle(db, path)

    problems = caught.value.problems
    expected = {1: "smile", 2: "favourite_colour", 3: "visited_at", 4: "duplicate", 5: "location"}
    for index, word in expected.items():
        assert any(f"encounters[{index}]" in p and word in p for p in problems), (index, problems)
    assert not any("encounters[0]" in p for p in problems)
    assert counts(db) == before


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "not valid JSON"),
        ("[]", "expected a JSON object"),
        ('{"format": "something-else", "format_version": 1}', "format"),
        ('{"format": "mysteryshop-bundle", "format_version": 2}', "format_version"),
        ("", "not valid JSON"),
    ],
)
def test_a_file_that_is_not_a_bundle_is_refused(
    db: Database, tmp_path: Path, content: str, reason: str
) -> None:
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BundleError) as caught:
        import_bundle(db, path)
    assert len(caught.value.problems) == 1
    assert str(path) in caught.value.problems[0]
    assert reason in caught.value.problems[0]
    assert counts(db)["encounters"] == 0


@pytest.mark.parametrize("bad", ["\x00", "\x07", "\x1b[31m", "\x7f"])
def test_control_characters_in_notes_are_refused(
    db: Database, shipped_forms: list[Form], tmp_path: Path, bad: str
) -> None:
    form = shipped_forms[0]
    item = encounter_dict(form, KAMPPI, notes=f"before{bad}after")
    path = write_json(tmp_path / "b.json", bundle_dict(form, [KAMPPI], [item]))
    with pytest.raises(BundleError) as caught:
        import_bundle(db, path)
    reason = "a NUL character (at character 7)" if bad == "\x00" else "control characters"
    assert caught.value.problems == [
        f"{path}: encounters[0] ({item['id']}).notes: contains {reason}"
    ]
    assert counts(db)["encounters"] == 0


def test_long_and_multilingual_notes_come_back_identical(
    db: Database, shipped_forms: list[Form], tmp_path: Path
) -> None:
    form = shipped_forms[0]
    notes = [
        "Hyvää päivää! Asiakaspalvelija hymyili; Å Ä Ö å ä ö.",
        "Trevlig personal, tack så mycket – välkommen åter!\nRad två\tmed tabb.",
        "Emoji 😀👍🏽👩‍👩‍👧 · 日本語のメモ · עברית · Русский · ελληνικά · हिन्दी · 한국어",
        "ä" * 50_000 + "x" * 50_000,
    ]
    items = [encounter_dict(form, KAMPPI, notes=text, staff=text[:40]) for text in notes]
    path = write_json(tmp_path / "in.json", bundle_dict(form, [KAMPPI], items))

    assert import_bundle(db, path).added == 4
    out = tmp_path / "out.json"
    export_bundle(db, out)

    exported = {e["id"]: e for e in json.loads(out.read_text(encoding="utf-8"))["encounters"]}
    for item, text in zip(items, notes, strict=True):
        assert exported[item["id"]]["notes"] == text
        assert exported[item["id"]]["staff"] == text[:40]
    assert len(exported[items[3]["id"]]["notes"]) == 100_000


# --- exports ----------------------------------------------------------------------------------


def test_anonymized_export_has_no_observers_or_staff(demo_db: Database, tmp_path: Path) -> None:
    plain, anonymous = tmp_path / "plain.json", tmp_path / "anonymous.json"
    export_bundle(demo_db, plain)
    export_bundle(demo_db, anonymous, anonymize=True)
    before = json.loads(plain.read_text(encoding="utf-8"))["encounters"]
    after = json.loads(anonymous.read_text(encoding="utf-8"))["encounters"]

    assert any(e["observer"] for e in before) and any(e["staff"] for e in before)
    assert len(after) == len(before)
    for item in after:
        assert item["observer"] is None
        assert item["staff"] == ""
    text = anonymous.read_text(encoding="utf-8")
    for name in {e["observer"] for e in before if e["observer"]}:
        assert f'"{name}"' not in text


def test_export_leaves_no_temporary_file(demo_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    export_bundle(demo_db, folder / "bundle.json")
    assert [p.name for p in folder.iterdir()] == ["bundle.json"]
    assert (
        len(json.loads((folder / "bundle.json").read_text(encoding="utf-8"))["encounters"]) == 150
    )


def test_a_failed_export_leaves_no_file_or_the_previous_one(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "bundle.json"
    real_dump = json.dump

    def dump_then_fail(obj: Any, out: Any, **kwargs: Any) -> None:
        out.write('{"format": "mysteryshop-bundle", "encounters": [')
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(json, "dump", dump_then_fail)
    with pytest.raises(OSError, match="the disk is full"):
        export_bundle(demo_db, target)
    assert list(folder.iterdir()) == []

    monkeypatch.setattr(json, "dump", real_dump)
    export_bundle(demo_db, target)
    previous = target.read_bytes()
    monkeypatch.setattr(json, "dump", dump_then_fail)
    with pytest.raises(OSError, match="the disk is full"):
        export_bundle(demo_db, target)
    assert target.read_bytes() == previous
    assert [p.name for p in folder.iterdir()] == ["bundle.json"]


def test_reimporting_an_export_into_its_source_changes_nothing(
    demo_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "bundle.json"
    export_bundle(demo_db, path)
    before = counts(demo_db)
    result = import_bundle(demo_db, path)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 150)
    assert counts(demo_db) == before
