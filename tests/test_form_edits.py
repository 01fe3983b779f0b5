"""Saving an edited form (store/form_edits.py): a version in use becomes a new version and its
encounters keep their scores and reports; an unused latest version is corrected in place."""

from __future__ import annotations

import io
import re
import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from mysteryshop.exchange.files import import_form_file
from mysteryshop.form_templates import TEMPLATES, template_file, template_form
from mysteryshop.form_yaml import form_to_yaml
from mysteryshop.forms import Form, FormError, parse_form, validate_form
from mysteryshop.reports.visit import build_visit
from mysteryshop.store import queries, trash
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.form_edits import duplicate_form, save_edited_form
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import EncounterData, new_id
from mysteryshop.store.shipped import shipped_forms

HELSINKI = timezone(timedelta(hours=2))
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def shop(**changes: Any) -> Form:
    data: dict[str, Any] = {
        "id": "my-shop",
        "version": 1,
        "title": {"en": "My shop", "fi": "Oma kauppa"},
        "languages": ["en", "fi"],
        "sections": [
            {
                "id": "visit",
                "title": "Visit",
                "questions": [
                    {"id": "greeted", "type": "yes_no", "text": "Greeted?", "points": 2},
                    {"id": "smile", "type": "rating", "text": "Smile?", "scale": [1, 5]},
                    {"id": "notes", "type": "text", "text": "Notes"},
                ],
            }
        ],
    }
    question = data["sections"][0]["questions"][0]
    question.update(changes)
    return validate_form(data)


def record(
    db: Database, form: Form, status: str = "submitted", answers: dict[str, Any] | None = None
) -> EncounterData:
    location = queries.find_locations(db, "Kamppi") or [queries.add_location(db, "Kamppi", None)]
    data = EncounterData(
        id=new_id(),
        form_id=form.id,
        form_version=form.version,
        location_id=location[0].id,
        visited_at=datetime(2026, 11, 20, 14, 5, tzinfo=HELSINKI),
        observer="owl",
        channel=form.channels[0],
        status=status,
        answers={"greeted": False, "smile": 5} if answers is None else answers,
    )
    return queries.save_encounter(db, data)


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", "\n".join(page.extract_text() or "" for page in reader.pages))


def versions(db: Database, form_id: str) -> list[int]:
    return sorted(info.version for info in queries.list_forms(db) if info.form_id == form_id)


def test_a_new_form_is_version_1(db: Database) -> None:
    saved = save_edited_form(db, shop().model_copy(update={"version": 7}), base=None)
    assert (saved.form_id, saved.version, saved.created_new_version) == ("my-shop", 1, True)
    assert not saved.replaced_in_place and saved.diff is None
    assert queries.get_form(db, "my-shop") == saved.form == shop()


def test_a_new_form_may_not_take_an_existing_id(db: Database) -> None:
    save_edited_form(db, shop(), base=None)
    with pytest.raises(StoreError, match="a form with the id my-shop already exists"):
        save_edited_form(db, shop(points=5), base=None)
    with pytest.raises(StoreError, match="service-encounter already exists"):
        save_edited_form(db, shipped_forms()[0], base=None)
    assert versions(db, "my-shop") == [1]
    assert queries.get_form(db, "my-shop") == shop()


def test_an_unused_latest_version_is_replaced_in_place(db: Database) -> None:
    save_edited_form(db, shop(), base=None)
    saved = save_edited_form(db, shop(points=3), base=("my-shop", 1))
    assert (saved.version, saved.replaced_in_place, saved.created_new_version) == (1, True, False)
    assert saved.diff is not None and saved.diff.rescored == ["greeted"]
    assert versions(db, "my-shop") == [1]
    stored = queries.get_form(db, "my-shop", 1)
    assert stored == shop(points=3)
    info = next(i for i in queries.list_forms(db) if i.form_id == "my-shop")
    assert info.content_hash == stored.content_hash()


def test_an_edit_that_changes_nothing_stores_nothing(db: Database) -> None:
    save_edited_form(db, shop(), base=None)
    record(db, shop())
    saved = save_edited_form(db, shop(), base=("my-shop", 1))
    assert not saved.created_new_version and not saved.replaced_in_place
    assert saved.diff is not None and saved.diff.is_empty
    assert versions(db, "my-shop") == [1]


@pytest.mark.parametrize("status", ["draft", "submitted", "approved", "trash"])
def test_a_version_with_encounters_gets_a_new_version(db: Database, status: str) -> None:
    save_edited_form(db, shop(), base=None)
    encounter = record(db, shop(), status="draft" if status == "trash" else "submitted")
    if status == "trash":
        trash.discard(db, encounter.id, by="owl")
    if status == "approved":
        queries.review_encounter(
            db, encounter.id, encounter.revision or 0, reviewer="tiina", action="approve"
        )
    saved = save_edited_form(db, shop(points=3), base=("my-shop", 1))
    assert (saved.version, saved.created_new_version, saved.replaced_in_place) == (2, True, False)
    assert saved.diff is not None
    assert [change.kind for change in saved.diff.changes] == ["points"]
    assert versions(db, "my-shop") == [1, 2]
    assert queries.get_form(db, "my-shop", 1).definition() == shop().definition()
    assert queries.get_form(db, "my-shop").definition() == {
        **shop(points=3).definition(),
        "version": 2,
    }


def test_encounters_keep_their_score_and_report_after_a_rescored_version(db: Database) -> None:
    save_edited_form(db, shop(), base=None)
    old = record(db, shop(), answers={"greeted": True, "smile": 1})  # 2 of 3 points: 66.7 %
    report = text_of(build_visit(db, old.id, generated=NOW))
    assert old.score == pytest.approx(200 / 3)
    saved = save_edited_form(db, shop(points=10), base=("my-shop", 1))
    assert saved.version == 2
    again = queries.get_encounter(db, old.id)
    assert (again.form_version, again.score) == (1, old.score)
    assert text_of(build_visit(db, old.id, generated=NOW)) == report
    new = record(
        db, saved.form, answers={"greeted": True, "smile": 1}
    )  # 10 of 11 points with the new version
    assert new.score == pytest.approx(1000 / 11)


def test_an_older_version_is_never_replaced(db: Database) -> None:
    save_edited_form(db, shop(), base=None)
    record(db, shop())
    save_edited_form(db, shop(points=3), base=("my-shop", 1))
    # Editing version 1 again (the builder opened it before version 2 was saved).
    saved = save_edited_form(db, shop(points=4), base=("my-shop", 1))
    assert (saved.version, saved.created_new_version) == (3, True)
    assert saved.diff is not None and [c.params for c in saved.diff.changes] == [
        ("greeted", "2", "4")
    ]
    assert queries.get_form(db, "my-shop", 2).definition() == {
        **shop(points=3).definition(),
        "version": 2,
    }


def test_a_shipped_form_is_never_edited_in_place(db: Database) -> None:
    latest = shipped_forms()[0]
    assert not any(i.encounters for i in queries.list_forms(db) if i.form_id == latest.id)
    data = latest.definition()
    data["title"] = {"en": "Our service encounter", "fi": "Palvelukohtaamisemme"}
    saved = save_edited_form(db, validate_form(data), base=(latest.id, latest.version))
    assert saved.created_new_version and saved.version == latest.version + 1
    assert queries.get_form(db, latest.id, latest.version).definition() == latest.definition()


def test_the_form_must_keep_its_id(db: Database) -> None:
    save_edited_form(db, shop(), base=None)
    other = duplicate_form(shop(), "other-shop", "Other")
    with pytest.raises(StoreError, match="save it as a new form"):
        save_edited_form(db, other, base=("my-shop", 1))
    with pytest.raises(StoreError, match="no form my-shop version 5"):
        save_edited_form(db, shop(), base=("my-shop", 5))


def test_an_encounter_recorded_after_the_form_was_opened_makes_it_a_new_version(
    db: Database,
) -> None:
    # The builder opened version 1 while nobody used it; an observer recorded a visit with it
    # before the save: the save sees that (it decides inside its own transaction).
    save_edited_form(db, shop(), base=None)
    opened = queries.get_form(db, "my-shop")
    assert [i.encounters for i in queries.list_forms(db) if i.form_id == "my-shop"] == [0]
    record(db, opened)
    saved = save_edited_form(db, shop(points=3), base=("my-shop", 1))
    assert (saved.version, saved.created_new_version) == (2, True)


def test_duplicate_is_a_new_form() -> None:
    copy = duplicate_form(shop(), "copy-of-shop", {"en": "Copy", "fi": "Kopio"})
    assert (copy.id, copy.version, copy.title) == ("copy-of-shop", 1, {"en": "Copy", "fi": "Kopio"})
    assert copy.sections == shop().sections
    with pytest.raises(FormError) as error:
        duplicate_form(shop(), "Not An Id", "Copy")
    assert error.value.located[0][0] == ("id",)
    with pytest.raises(FormError, match="language 'sv' is not in languages"):
        duplicate_form(shop(), "copy", {"en": "Copy", "sv": "Kopia"})


# --- templates --------------------------------------------------------------------------------


@pytest.mark.parametrize("key", list(TEMPLATES))
def test_every_template_makes_a_form_that_can_be_saved_and_used(db: Database, key: str) -> None:
    template = TEMPLATES[key]
    assert set(template.title) == {"en", "fi", "sv"}
    form = template_form(key, form_id=f"our-{key}", title=template.title)
    assert (form.id, form.version, form.title) == (f"our-{key}", 1, template.title)
    assert form.languages == ["en", "fi", "sv"]
    saved = save_edited_form(db, form, base=None)
    assert parse_form(form_to_yaml(saved.form)) == form
    draft = record(db, saved.form, status="draft", answers={})
    assert queries.get_encounter(db, draft.id).form_id == f"our-{key}"


def test_the_shipped_templates_are_the_shipped_forms() -> None:
    for form in shipped_forms():
        made = template_form(form.id, form_id="copy", title=form.title)
        assert made.sections == form.sections and made.languages == form.languages


def test_the_quick_visit_template() -> None:
    form = template_form("quick-visit", form_id="quick", title="Quick")
    questions = list(form.answerable())
    assert len(questions) <= 10
    dimensions = {getattr(q, "dimension", None) for q in questions}
    assert {"greeting", "smile", "presence", "helpfulness", "farewell", "feeling"} <= dimensions
    for question in form.questions():
        assert isinstance(question.text, dict) and set(question.text) == {"en", "fi", "sv"}
    feeling = form.question("feeling")
    assert feeling is not None and feeling.type == "feeling"
    assert form.tr(feeling.labels[2], "fi") == "Selvästi kohottava"
    # Not taken for a shipped form: the app stores only forms/*.yaml and the archive.
    from mysteryshop import paths

    file = template_file("quick-visit")
    assert file is not None and file.is_file()
    assert file not in paths.shipped_form_files() + paths.archived_form_files()


def test_the_empty_template_is_the_smallest_valid_form() -> None:
    form = template_form("empty", form_id="blank", title={"en": "Blank"})
    assert len(form.sections) == 1 and len(form.sections[0].questions) == 1
    with pytest.raises(KeyError):
        template_form("nonesuch", form_id="x", title="X")


def test_an_encounter_being_saved_at_the_same_moment_makes_it_a_new_version(
    db: Database,
) -> None:
    # An observer's save is under way (its transaction open, the encounter written but not
    # committed) when the builder saves: the builder's save waits for it and then sees the
    # encounter (PostgreSQL: the form's row is locked; SQLite: writers queue).
    save_edited_form(db, shop(), base=None)
    location = queries.add_location(db, "Kamppi", None)
    data = EncounterData(
        id=new_id(),
        form_id="my-shop",
        form_version=1,
        location_id=location.id,
        visited_at=datetime(2026, 11, 20, 14, 5, tzinfo=HELSINKI),
        status="draft",
    )
    written, saved_form = threading.Event(), threading.Event()
    outcome: list[Any] = []

    def observer() -> None:
        with db.write() as session:
            queries._save(session, data, None)
            written.set()
            saved_form.wait(0.5)  # the builder's save is waiting meanwhile, not done
            outcome.append("observer committed")

    thread = threading.Thread(target=observer)
    thread.start()
    assert written.wait(10)
    saved = save_edited_form(db, shop(points=3), base=("my-shop", 1))
    saved_form.set()
    thread.join(10)
    assert outcome == ["observer committed"]
    assert (saved.version, saved.created_new_version) == (2, True)
    assert queries.get_form(db, "my-shop", 1).definition() == shop().definition()
    assert queries.get_encounter(db, data.id).form_version == 1


def test_a_form_exported_imported_elsewhere_and_exported_again_is_byte_identical(
    db: Database, tmp_path: Path
) -> None:
    data = shop().definition()
    question = data["sections"][0]["questions"]
    question[0].update(points=0.25, hint={"en": "Say: “hello”\nor wave", "fi": "Sano: hei"})
    question.append(
        {
            "id": "how",
            "type": "text",
            "text": "yes",
            "show_if": {"question": "smile", "in": [4, 5]},
        }
    )
    built = save_edited_form(db, validate_form(data), base=None).form
    exported = form_to_yaml(queries.get_form(db, built.id))
    file = tmp_path / "my-shop.yaml"
    file.write_bytes(exported.encode("utf-8"))
    elsewhere = open_database(f"sqlite:///{tmp_path / 'elsewhere.db'}")
    try:
        import_form_file(elsewhere, file)
        assert form_to_yaml(queries.get_form(elsewhere, built.id)) == exported
    finally:
        elsewhere.close()
    assert parse_form(exported).content_hash() == built.content_hash()


def test_check_finds_nothing_wrong_after_edits_in_place_and_new_versions(db: Database) -> None:
    from mysteryshop.store.check import check_database

    save_edited_form(db, shop(), base=None)
    save_edited_form(db, shop(points=3), base=("my-shop", 1))  # in place
    record(db, queries.get_form(db, "my-shop"))
    save_edited_form(db, shop(points=4), base=("my-shop", 1))  # version 2
    data = shipped_forms()[0].definition()
    data["title"] = "Ours"
    save_edited_form(db, validate_form(data), base=(data["id"], data["version"]))
    report = check_database(db)
    assert report.problems == []


def test_an_encounter_saved_while_the_form_is_replaced_is_scored_with_the_new_definition(
    db: Database,
) -> None:
    # The other order: the builder's edit in place is under way (the row locked and changed,
    # not committed) when an observer saves the first visit with that version. Never is the
    # visit stored with a score of the old questions (mysteryshop check recomputes every
    # stored score): on SQLite the save waits and reads the edited form; on PostgreSQL it read
    # the old one, so it is refused ("save it again"), and saving again scores it right.
    from mysteryshop.store import form_edits
    from mysteryshop.store.check import check_database

    save_edited_form(db, shop(), base=None)
    location = queries.add_location(db, "Kamppi", None)
    data = EncounterData(
        id=new_id(),
        form_id="my-shop",
        form_version=1,
        location_id=location.id,
        visited_at=datetime(2026, 11, 20, 14, 5, tzinfo=HELSINKI),
        status="submitted",
        answers={"greeted": False, "smile": 5},
    )
    edited = shop(points=10)
    started, done = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def observer() -> None:
        started.set()
        try:
            queries.save_encounter(db, data)
        except BaseException as error:  # noqa: BLE001 - reported by the test below
            failures.append(error)
        done.set()

    with db.write() as session:
        row = form_edits._locked_row(session, "my-shop", 1)
        row.definition = edited.canonical_json()
        row.content_hash = edited.content_hash()
        session.flush()
        thread = threading.Thread(target=observer)
        thread.start()
        assert started.wait(10)
        assert not done.wait(0.5)  # waiting for the edit to commit
    thread.join(10)
    if db.is_sqlite:
        assert failures == []
    else:
        assert [str(error) for error in failures] == [
            "form my-shop version 1 was changed while this encounter was being saved: save it again"
        ]
        assert queries.count_encounters(db) == 0
        queries.save_encounter(db, data)
    assert queries.get_encounter(db, data.id).score == pytest.approx(100 / 11)  # 1 of 11
    assert check_database(db).problems == []


def test_the_diff_names_the_versions_and_an_edit_into_the_latest_stores_nothing(
    db: Database,
) -> None:
    save_edited_form(db, shop(), base=None)
    record(db, shop())
    saved = save_edited_form(db, shop(points=3), base=("my-shop", 1))
    assert saved.diff is not None and (saved.diff.old, saved.diff.new) == (
        ("my-shop", 1),
        ("my-shop", 2),
    )
    again = save_edited_form(db, shop(points=3), base=("my-shop", 1))
    assert (again.version, again.created_new_version, again.replaced_in_place) == (2, False, False)
    assert again.diff is not None and again.diff.rescored == ["greeted"]
    assert versions(db, "my-shop") == [1, 2]
