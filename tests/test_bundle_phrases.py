"""The comment library travels with the forms in exchange bundles (.json and .zip): exported
with them, merged without duplicates, a phrase for an unknown question refused with its place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mysteryshop import demo
from mysteryshop.exchange import files, zipbundle
from mysteryshop.exchange.bundle import BundleError, export_bundle, import_bundle
from mysteryshop.forms import Form
from mysteryshop.store import comments, queries
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import EncounterFilter


@pytest.fixture
def source(tmp_path: Path, shipped_forms: list[Form]):
    database = open_database(f"sqlite:///{tmp_path / 'source' / 'mysteryshop.sqlite3'}")
    data = demo.generate(shipped_forms, encounters=20, seed=5)
    queries.bulk_add_encounters(database, data.encounters, data.locations, shipped_forms)
    comments.add_phrase(database, "Thanks for the detailed notes.")
    comments.add_phrase(database, "How many seconds?", "service-encounter", "greeting_wait")
    comments.add_phrase(database, "Did they say their name?", "phone-chat", "introduced_self")
    yield database
    database.close()


def phrases(db) -> list[tuple[str | None, str | None, str]]:
    return [p.key for p in comments.library(db)]


def test_phrases_round_trip_and_a_second_import_adds_none(source, db, tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    export_bundle(source, path)
    carried = json.loads(path.read_text(encoding="utf-8"))["comment_phrases"]
    assert {"form": None, "question": None, "text": "Thanks for the detailed notes."} in carried
    comments.add_phrase(db, "How many seconds?", "service-encounter", "greeting_wait")
    first = import_bundle(db, path)
    assert first.phrases_added == 2  # one was there already
    assert sorted(phrases(db), key=str) == sorted(phrases(source), key=str)
    again = import_bundle(db, path)
    assert again.phrases_added == 0 and again.added == 0
    assert len(phrases(db)) == 3


def test_an_export_carries_the_phrases_of_its_forms_only(source, tmp_path: Path) -> None:
    path = tmp_path / "service.json"
    export_bundle(source, path, EncounterFilter(form_id="service-encounter"))
    carried = json.loads(path.read_text(encoding="utf-8"))["comment_phrases"]
    assert {item["form"] for item in carried} == {None, "service-encounter"}
    empty = tmp_path / "none.json"
    export_bundle(source, empty, EncounterFilter(form_id="no-such-form"))
    assert "comment_phrases" not in json.loads(empty.read_text(encoding="utf-8"))


def test_a_zip_bundle_carries_them_too(source, db, tmp_path: Path) -> None:
    path = tmp_path / "out.zip"
    zipbundle.export_zip(source, path)
    outcome = files.import_file(db, path)
    assert outcome.result.phrases_added == 3
    assert sorted(phrases(db), key=str) == sorted(phrases(source), key=str)


def test_a_phrase_for_an_unknown_question_is_refused_with_its_place(
    source, db, tmp_path: Path
) -> None:
    path = tmp_path / "out.json"
    export_bundle(source, path)
    bundle = json.loads(path.read_text(encoding="utf-8"))
    assert len(bundle["comment_phrases"]) == 3
    bundle["comment_phrases"] += [
        {"form": "service-encounter", "question": "no_such_question", "text": "Hm."},
        {"form": "no-such-form", "question": "greeted", "text": "Hm."},
        {"form": None, "question": "greeted", "text": "Hm."},
        {"form": None, "question": None, "text": "  "},
        {"form": None, "question": None, "text": "Hm.", "colour": "red"},
    ]
    path.write_text(json.dumps(bundle), encoding="utf-8")
    before = queries.count_encounters(db)
    with pytest.raises(BundleError) as caught:
        import_bundle(db, path)
    problems = caught.value.problems
    assert problems == [
        f"{path}: comment_phrases[6].text: empty",
        f"{path}: comment_phrases[7].colour: unknown key",
        f"{path}: comment_phrases[3].question: form 'service-encounter' has no question "
        "'no_such_question'",
        f"{path}: comment_phrases[4].form: no form 'no-such-form' in the bundle or the database",
        f"{path}: comment_phrases[5].form: the phrase names question 'greeted' but no form",
    ]
    assert queries.count_encounters(db) == before
    assert phrases(db) == []
