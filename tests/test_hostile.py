"""Hostile input: random and mutated forms and bundles (Hypothesis). A form is a valid Form or a
FormError, never another exception; a bundle is imported correctly or refused as a whole with
reasons, and a refused bundle leaves the database as it was. Every script and emoji survives
the round trip.

The number of inputs tried is printed at the end of the module (run with -s)."""

from __future__ import annotations

import copy
import json
import math
import sys
import unicodedata
import uuid
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from mysteryshop import demo, scoring
from mysteryshop.exchange import bundle
from mysteryshop.forms import Form, FormError, parse_form, validate_form
from mysteryshop.store import queries
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.models import (
    Answer,
    Encounter,
    EncounterHistory,
    EncounterScore,
    EncounterTag,
    FormVersion,
    Location,
    Observer,
)
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import encounter_to_dict

TRIED: Counter[str] = Counter()
HYPOTHESIS = settings(
    max_examples=300,
    deadline=None,
    database=None,  # no .hypothesis folder: the examples are drawn afresh each run
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module", autouse=True)
def _report_inputs_tried():
    yield
    print("\nhostile inputs tried:", json.dumps(dict(sorted(TRIED.items())), indent=1))


# --- forms ------------------------------------------------------------------------------------


def _form_result(run) -> str:
    try:
        form = run()
    except FormError as error:
        assert error.problems and all(isinstance(p, str) and p for p in error.problems)
        return "refused"
    assert isinstance(form, Form)
    form.canonical_json()  # a valid form stores and hashes
    form.content_hash()
    return "accepted"


@HYPOTHESIS
@given(st.text(max_size=3000))
def test_random_text_is_a_form_or_a_form_error(text: str) -> None:
    TRIED["forms: random text"] += 1
    _form_result(lambda: parse_form(text, "random.yaml"))


@HYPOTHESIS
@given(st.binary(max_size=3000))
def test_random_bytes_are_a_form_or_a_form_error(raw: bytes) -> None:
    TRIED["forms: random bytes"] += 1
    _form_result(lambda: parse_form(raw, "random.yaml"))


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(["yes_no", "rating", "choice", "section", "id", "show_if", "in", "equals"]),
)
structures = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=40,
)


@HYPOTHESIS
@given(structures)
def test_random_yaml_documents_are_a_form_or_a_form_error(data: Any) -> None:
    TRIED["forms: random YAML documents"] += 1
    text = yaml.safe_dump(data, allow_unicode=True)
    _form_result(lambda: parse_form(text, "random.yaml"))


def _shipped_definitions() -> list[dict[str, Any]]:
    from mysteryshop.forms import load_form

    return [load_form(path).definition() for path in sorted((ROOT / "forms").glob("*.yaml"))]


DEFINITIONS = _shipped_definitions()


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


def _set(node: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent = node
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return node


@HYPOTHESIS
@given(st.data())
def test_a_wrong_value_anywhere_in_a_form_is_a_form_error_or_still_valid(data) -> None:
    TRIED["forms: a shipped form with wrong values at random places"] += 1
    definition = copy.deepcopy(data.draw(st.sampled_from(DEFINITIONS)))
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(_paths(definition)))
        definition = _set(definition, path, data.draw(structures))
    _form_result(lambda: validate_form(definition, "mutated"))


# --- bundles ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory, shipped_forms):
    """One database for every bundle example: forms and a few locations stored."""
    folder = tmp_path_factory.mktemp("hostile")
    database = open_database(f"sqlite:///{folder / 'mysteryshop.sqlite3'}")
    data = demo.generate(shipped_forms, encounters=10, seed=21)
    queries.bulk_add_encounters(database, data.encounters, data.locations, shipped_forms)
    yield database, folder, data
    database.close()


def _state(db: Database) -> tuple[int, ...]:
    """Counts of every table and the sum of revisions: a refused import changes none."""
    with db.read() as session:
        counts = [
            int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in (Encounter, Answer, EncounterScore, EncounterTag, EncounterHistory,
                          Location, Observer, FormVersion)
        ]  # fmt: skip
        counts.append(int(session.scalar(select(func.sum(Encounter.revision))) or 0))
    return tuple(counts)


def _valid_bundle(template_data, forms: list[Form]) -> dict[str, Any]:
    """Three new encounters at a new location, copied from demo encounters."""
    location_id = str(uuid.uuid4())
    encounters = []
    for data in template_data.encounters[:3]:
        item = encounter_to_dict(data)
        item.update(id=str(uuid.uuid4()), location=location_id)
        encounters.append(item)
    return {
        "format": "mysteryshop-bundle",
        "format_version": 1,
        "forms": [{"id": f.id, "version": f.version, "definition": f.definition()} for f in forms],
        "locations": [{"id": location_id, "name": "Hostile test store", "region": None}],
        "encounters": encounters,
    }


every_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=200)
hostile_values = st.one_of(
    scalars,
    every_text,
    st.builds(
        lambda c, n: c * n,
        st.sampled_from(["x", "ä", "😀", "\u202e", "\x00"]),
        st.sampled_from([1_000, 100_000, 100_001, 1_000_001]),
    ),  # fmt: skip
    st.lists(scalars, max_size=4),
    st.dictionaries(st.text(max_size=8), scalars, max_size=4),
    st.just(str(uuid.uuid4())),
    # What the door (intake.py) refuses: no text, numbers no column holds, far moments.
    st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1),
    st.builds(lambda text, at: text[:at] + "\x00" + text[at:], every_text, st.integers(0, 9)),
    st.integers(min_value=2**63, max_value=2**200) | st.integers(max_value=-(2**63) - 1),
    st.sampled_from(
        [
            "0001-01-01T00:30:00+02:00",
            "9999-12-31T23:59:59-05:00",
            "1969-12-31T23:59:59Z",
            "2100-01-01T00:00:00Z",
        ]
    ),
)
ENCOUNTER_KEYS = sorted(bundle._ENCOUNTER_KEYS | {"unknown_key"})


def _mutate(raw: dict[str, Any], encounters: list[dict[str, Any]], data, form: Form) -> str:
    """One hostile change to a valid bundle (`encounters`: its list as first made, kept
    even when a change replaces it); returns the change's name."""
    kind = data.draw(
        st.sampled_from(
            [
                "field",
                "answer",
                "unknown question",
                "unknown option",
                "duplicate id",
                "unknown location",
                "missing key",
                "top level",
                "text everywhere",
                "na",
            ]
        )  # fmt: skip
    )
    target = data.draw(st.sampled_from(encounters))
    if not isinstance(target.get("answers"), dict):  # an earlier mutation took it away
        target["answers"] = {}
    questions = [q.id for q in form.answerable()]
    if kind == "field":
        target[data.draw(st.sampled_from(ENCOUNTER_KEYS))] = data.draw(hostile_values)
    elif kind == "answer":
        target["answers"][data.draw(st.sampled_from(questions))] = data.draw(hostile_values)
    elif kind == "unknown question":
        target["answers"][data.draw(st.text(min_size=1, max_size=20))] = True
    elif kind == "unknown option":
        choices = [q.id for q in form.answerable() if hasattr(q, "options")]
        if choices:
            target["answers"][data.draw(st.sampled_from(choices))] = data.draw(every_text)
    elif kind == "duplicate id":  # (a "missing key" before may have taken the first one's)
        encounters[1]["id"] = encounters[0].get("id", encounters[1].get("id"))
    elif kind == "unknown location":
        target["location"] = str(uuid.uuid4())
    elif kind == "missing key":
        target.pop(data.draw(st.sampled_from(sorted(target))), None)
    elif kind == "top level":
        raw[data.draw(st.sampled_from(["forms", "locations", "encounters", "format_version"]))] = (
            data.draw(hostile_values)
        )
    elif kind == "text everywhere":
        for key in ("notes", "staff", "reviewer_note", "observer"):
            target[key] = data.draw(every_text)
    elif kind == "na":
        target["na"] = data.draw(st.lists(st.sampled_from([*questions, "nope"]), max_size=3))
    return kind


@settings(HYPOTHESIS, max_examples=250)
@given(st.data())
def test_a_mutated_bundle_is_imported_correctly_or_refused_whole(hostile_db, data) -> None:
    db, folder, demo_data = hostile_db
    forms = [queries.get_form(db, f.form_id, f.version) for f in queries.list_forms(db)]
    raw = _valid_bundle(demo_data, forms)
    first = raw["encounters"][0]
    form = next(f for f in forms if (f.id, f.version) == (first["form"], first["form_version"]))
    sent = raw["encounters"]
    kinds = [_mutate(raw, sent, data, form) for _ in range(data.draw(st.integers(1, 3)))]
    TRIED["bundles: mutated"] += 1
    for kind in kinds:
        TRIED[f"bundles: mutation {kind}"] += 1
    path = folder / "bundle.json"
    try:
        text = json.dumps(raw)  # ASCII: lone surrogates travel as \u escapes, as in a file
    except (TypeError, ValueError):
        return
    path.write_text(text, encoding="utf-8")
    before = _state(db)
    try:
        result = bundle.import_bundle(db, path)
    except (bundle.BundleError, StoreError) as error:
        TRIED["bundles: refused whole"] += 1
        assert error.problems and all(isinstance(p, str) and p for p in error.problems)
        assert _state(db) == before
        return
    TRIED["bundles: imported"] += 1
    assert result.added + result.updated + result.unchanged + result.kept_newer == len(
        raw["encounters"]
    )
    _assert_imported_as_sent(db, raw["encounters"])


printable_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\t\n"),
    max_size=300,
)


@settings(HYPOTHESIS, max_examples=100)
@given(notes=printable_text, staff=printable_text, reviewer_note=printable_text)
def test_any_printable_text_in_any_script_is_imported_intact(
    hostile_db, notes: str, staff: str, reviewer_note: str
) -> None:
    db, folder, demo_data = hostile_db
    forms = [queries.get_form(db, f.form_id, f.version) for f in queries.list_forms(db)]
    raw = _valid_bundle(demo_data, forms)
    raw["encounters"][0].update(notes=notes, staff=staff, reviewer_note=reviewer_note)
    TRIED["bundles: printable text in any script"] += 1
    path = folder / "bundle.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    bundle.import_bundle(db, path)
    _assert_imported_as_sent(db, raw["encounters"])


def _assert_imported_as_sent(db: Database, sent: list[dict[str, Any]]) -> None:
    for item in sent:
        stored = queries.get_encounter(db, item["id"])
        for key in ("notes", "staff", "reviewer_note", "return_reason"):
            assert getattr(stored, key) == (item.get(key) or ""), key
        assert stored.answers == item.get("answers", {})
        assert sorted(stored.tags) == sorted(item.get("tags", []))
        form = queries.get_form(db, stored.form_id, stored.form_version)
        score = scoring.score_encounter(form, stored.answers, stored.na).score
        assert (score is None and stored.score is None) or math.isclose(score, stored.score)
        # Whatever was let in can be written out (UTF-8) and moved in time by reports.
        json.dumps(encounter_to_dict(stored), ensure_ascii=False).encode("utf-8")
        for moment in (stored.visited_at, *stored.timer.values()):
            (moment.astimezone() + timedelta(days=1)) - timedelta(days=2)


# --- deterministic extremes (both backends) -------------------------------------------------


def _every_character() -> str:
    """Every assigned character of every script, emoji included: no controls, surrogates,
    private use or unassigned code points."""
    return "".join(
        chr(code)
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) not in ("Cc", "Cs", "Co", "Cn")
    )


@pytest.fixture
def stored(db, shipped_forms):
    data = demo.generate(shipped_forms, encounters=3, seed=30)
    queries.bulk_add_encounters(db, [], data.locations, shipped_forms)
    return db, data, shipped_forms


def _bundle_file(tmp_path: Path, raw: dict[str, Any]) -> Path:
    path = tmp_path / "exports" / "bundle.json"
    path.parent.mkdir(exist_ok=True)
    try:
        path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    except UnicodeEncodeError:  # a lone surrogate: only its \u escape can be written
        path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_every_script_and_emoji_survives_import_and_export(stored, tmp_path: Path) -> None:
    db, data, forms = stored
    everything = _every_character()
    TRIED["characters in the every-script note"] = len(everything)
    raw = _valid_bundle(data, forms)
    raw["encounters"][0]["notes"] = everything
    raw["encounters"][1]["staff"] = "Ёлка 李 محمد 👩🏽‍🍳 \u202eevil\u202c"
    raw["encounters"][2]["notes"] = "🏳️‍🌈" * 1000
    bundle.import_bundle(db, _bundle_file(tmp_path, raw))
    _assert_imported_as_sent(db, raw["encounters"])
    out = tmp_path / "exports" / "again.json"
    bundle.export_bundle(db, out)
    exported = {e["id"]: e for e in json.loads(out.read_text(encoding="utf-8"))["encounters"]}
    assert exported[raw["encounters"][0]["id"]]["notes"] == everything


def test_a_100000_character_note_is_kept_whole(stored, tmp_path: Path) -> None:
    db, data, forms = stored
    raw = _valid_bundle(data, forms)
    raw["encounters"][0]["notes"] = ("Long note with ümlauts and 😀. " * 4000)[:100_000]
    bundle.import_bundle(db, _bundle_file(tmp_path, raw))
    assert len(queries.get_encounter(db, raw["encounters"][0]["id"]).notes) == 100_000


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda e: e.update(notes="a\x00b"), "NUL character"),
        (lambda e: e.update(notes="a\x07b"), "control characters"),
        (lambda e: e.update(notes="a\udc00b"), "lone surrogate"),
        (lambda e: e.update(visited_at="9999-12-31T23:59:59-05:00"), "outside 1970-01-01"),
        (lambda e: e["answers"].update(smile=2**64), "is outside"),
        (lambda e: e.update(notes="x" * 1_000_001), "longer than"),
        (lambda e: e["answers"].update(smile=99), "outside"),
        (lambda e: e["answers"].update(helped="sometimes"), "unknown option"),
        (lambda e: e["answers"].update(no_such_question=True), "no such question"),
        (lambda e: e.update(location=str(uuid.uuid4())), "unknown location"),
        (lambda e: e.update(form_version="1"), "whole number"),
        (lambda e: e.update(visited_at="yesterday"), "date and time"),
        (lambda e: e.update(tags=["ok", "<script>"]), "short tags"),
    ],
)
def test_one_bad_encounter_refuses_the_whole_bundle(stored, tmp_path: Path, change, reason):
    db, data, forms = stored
    raw = _valid_bundle(data, forms)
    raw["encounters"][0]["form"] = "service-encounter"
    raw["encounters"][0]["form_version"] = 1
    raw["encounters"][0]["answers"] = {"greeted_on_arrival": True}
    raw["encounters"][0]["status"] = "draft"
    change(raw["encounters"][2] if reason == "whole number" else raw["encounters"][0])
    before = queries.count_encounters(db)
    with pytest.raises((bundle.BundleError, StoreError)) as caught:
        bundle.import_bundle(db, _bundle_file(tmp_path, raw))
    assert any(reason in problem for problem in caught.value.problems), caught.value.problems
    assert queries.count_encounters(db) == before
    assert not queries.locations_of(db, [raw["locations"][0]["id"]])


def test_duplicate_ids_refuse_the_whole_bundle(stored, tmp_path: Path) -> None:
    db, data, forms = stored
    raw = _valid_bundle(data, forms)
    raw["encounters"][2]["id"] = raw["encounters"][0]["id"]
    with pytest.raises(bundle.BundleError, match="duplicate id"):
        bundle.import_bundle(db, _bundle_file(tmp_path, raw))
    assert queries.count_encounters(db) == 0
