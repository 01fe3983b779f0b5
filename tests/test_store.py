"""The store against a real SQLite file: connection settings, write locking, migrations, forms
and encounters (DESIGN.md: "Forms are immutable once used", "Scoring", store/ docstrings)."""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import delete, func, select

from mysteryshop import audit, paths, scoring
from mysteryshop.forms import Form, validate_form
from mysteryshop.store import models, queries
from mysteryshop.store.db import BULK_CACHE_KIB, ConflictError, Database, StoreError
from mysteryshop.store.migrate import alembic_config, current_revision
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import EncounterData, LocationData, encounter_to_dict, new_id
from mysteryshop.store.shipped import ensure_shipped_forms, form_header

HELSINKI = timezone(timedelta(hours=2))


# --- helpers ----------------------------------------------------------------------------------


def full_answers(**changes: Any) -> dict[str, Any]:
    """A complete, valid set of answers to service-encounter v1 (greeted, so the wait shows)."""
    answers = {
        "greeted_on_arrival": True,
        "greeting_wait": 12,
        "eye_contact": True,
        "greeting_natural": False,
        "smile": 4,
        "attention_on_you": True,
        "asked_need": True,
        "listened": True,
        "understood_need": True,
        "product_knowledge": False,
        "thanked": True,
        "said_goodbye": True,
        "invited_back": False,
        "helped": "fully",
        "feeling": 1,
        "treated_with_respect": True,
        "moment_worth_repeating": "Asked what I would use it for.",
    }
    answers.update(changes)
    return answers


@pytest.fixture
def service(db: Database, shipped_forms: list[Form]) -> tuple[Database, Form, LocationData]:
    """The database with the shipped forms stored and one location; the default form."""
    for form in shipped_forms:
        queries.store_form(db, form)
    location = queries.add_location(db, "Kamppi store", "Helsinki")
    return db, shipped_forms[0], location


def encounter(form: Form, location: LocationData, **fields: Any) -> EncounterData:
    values: dict[str, Any] = {
        "id": new_id(),
        "form_id": form.id,
        "form_version": form.version,
        "location_id": location.id,
        "visited_at": datetime(2026, 11, 20, 14, 5, tzinfo=HELSINKI),
        "observer": "owl",
        "status": "submitted",
        "answers": full_answers(),
        "na": ["acknowledged_while_busy"],
    }
    values.update(fields)
    return EncounterData(**values)


def count(db: Database, model: Any) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def raw_connection(data_dir: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection to the test's database file that never waits for locks."""
    return sqlite3.connect(data_dir / "mysteryshop.sqlite3", timeout=0, isolation_level=None)


def changed_form(form: Form, **changes: Any) -> Form:
    definition = form.definition()
    definition.update(changes)
    return validate_form(definition, "changed")


# --- connection settings ----------------------------------------------------------------------


def test_fresh_connection_has_safety_pragmas(db: Database) -> None:
    if not db.is_sqlite:
        pytest.skip("SQLite's connection settings")
    db.engine.dispose()  # drop the pooled connection the migration used
    with db.engine.connect() as connection:

        def pragma(name: str) -> Any:
            return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("trusted_schema") == 0
        assert pragma("busy_timeout") > 0


def test_two_writers_on_separate_connections_queue_instead_of_failing(
    service: tuple[Database, Form, LocationData], data_dir: Path
) -> None:
    _, form, location = service
    url = service[0].url
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def writer(observer: str) -> None:
        own = open_database(url)
        try:
            start.wait()
            for _ in range(50):
                # save_encounter reads (form, location, existing row) before it writes: with a
                # deferred BEGIN the second writer would fail instead of waiting.
                queries.save_encounter(own, encounter(form, location, observer=observer))
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            own.close()

    threads = [threading.Thread(target=writer, args=(name,)) for name in ("owl", "lark")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert count(service[0], models.Encounter) == 100


def test_write_session_holds_the_write_lock_from_its_first_statement(
    db: Database, data_dir: Path
) -> None:
    if not db.is_sqlite:
        pytest.skip("SQLite's BEGIN IMMEDIATE")
    other = raw_connection(data_dir)
    try:
        with db.read() as session:
            session.scalar(select(func.count()).select_from(models.Location))
            other.execute("BEGIN IMMEDIATE")  # a reader does not keep writers out
            other.execute("ROLLBACK")
        with db.write() as session:
            session.scalar(select(func.count()).select_from(models.Location))  # only a read
            with pytest.raises(sqlite3.OperationalError, match="database is locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released on commit
        other.execute("ROLLBACK")
    finally:
        other.close()


# --- migrations -------------------------------------------------------------------------------


def test_a_bulk_write_has_a_larger_page_cache_and_gives_it_back(db: Database) -> None:
    if not db.is_sqlite:
        pytest.skip("SQLite's page cache")

    def cache_size(session: Any) -> tuple[int, int]:
        """The pooled connection (its id) and its page cache setting."""
        connection = session.connection()
        size = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        return id(connection.connection.dbapi_connection), int(size)

    with db.write() as session:
        before = cache_size(session)
    with db.write(bulk=True) as session:
        during = cache_size(session)
    with db.write() as session:
        after = cache_size(session)

    assert before[0] == during[0] == after[0]  # one connection, reused by the pool
    assert during[1] == -BULK_CACHE_KIB != before[1]
    assert after == before


def test_fresh_database_is_at_the_alembic_head(db: Database) -> None:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert models.SCHEMA_VERSION == head
    with db.engine.connect() as connection:
        assert current_revision(connection) == head


def test_models_match_the_migrations(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True}
        )
        assert compare_metadata(context, models.Base.metadata) == []


def test_database_of_another_program_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite3"
    foreign = sqlite3.connect(path)
    foreign.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    foreign.execute("INSERT INTO contacts (name) VALUES ('Aino')")
    foreign.commit()
    foreign.close()
    before = path.read_bytes()
    mtime = path.stat().st_mtime_ns

    with pytest.raises(StoreError, match="another program"):
        open_database(f"sqlite:///{path}")

    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contacts.sqlite3"]


def test_database_from_a_newer_version_is_refused(data_dir: Path) -> None:
    url = f"sqlite:///{data_dir / 'mysteryshop.sqlite3'}"
    open_database(url).close()
    raw = raw_connection(data_dir)
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.close()

    with pytest.raises(StoreError, match="newer") as caught:
        open_database(url)
    assert "9999" in str(caught.value)


# --- forms ------------------------------------------------------------------------------------


def test_storing_the_same_form_again_changes_nothing(
    db: Database, shipped_forms: list[Form]
) -> None:
    form = changed_form(shipped_forms[0], id="own-form")
    before = count(db, models.FormVersion)
    first, created = queries.store_form(db, form)
    assert created is True
    second, created_again = queries.store_form(db, form)
    assert created_again is False
    assert second.content_hash == first.content_hash == form.content_hash()
    assert count(db, models.FormVersion) == before + 1


def test_same_version_with_other_content_is_refused(
    db: Database, shipped_forms: list[Form]
) -> None:
    form = shipped_forms[0]
    queries.store_form(db, form)
    with pytest.raises(StoreError, match="bump the version"):
        queries.store_form(db, changed_form(form, title="Another title"))
    assert queries.get_form(db, form.id).title == form.title


def test_a_version_conflict_names_the_next_free_version(
    db: Database, shipped_forms: list[Form]
) -> None:
    form = shipped_forms[0]  # its version is stored when the database is opened
    v = form.version
    queries.store_form(db, changed_form(form, version=v + 1, title="Second"))
    with pytest.raises(queries.FormVersionConflict) as caught:
        queries.store_form(db, changed_form(form, title="Another title"))
    conflict = caught.value
    assert (conflict.form_id, conflict.version, conflict.latest) == (form.id, v, v + 1)
    assert conflict.next_version == v + 2 and conflict.title == form.tr(form.title)
    assert conflict.problems == [
        f"form {form.id} version {v} is already stored with other content: "
        f"bump the version to {v + 2} to change the form"
    ]


def test_get_form_returns_the_latest_or_the_asked_version(
    db: Database, shipped_forms: list[Form]
) -> None:
    form = shipped_forms[0]
    queries.store_form(db, form)
    queries.store_form(db, changed_form(form, version=form.version + 1, title="Second"))
    assert queries.get_form(db, form.id).version == form.version + 1
    assert queries.get_form(db, form.id).title == "Second"
    assert queries.get_form(db, form.id, form.version).content_hash() == form.content_hash()
    with pytest.raises(StoreError, match="no form"):
        queries.get_form(db, form.id, 99)
    with pytest.raises(StoreError, match="no form"):
        queries.get_form(db, "no-such-form")


def test_list_forms_counts_encounters_per_version(
    service: tuple[Database, Form, LocationData],
) -> None:
    db, form, location = service
    for _ in range(3):
        queries.save_encounter(db, encounter(form, location))
    counts = {(info.form_id, info.version): info.encounters for info in queries.list_forms(db)}
    assert counts == {
        ("service-encounter", 3): 3,
        ("service-encounter", 2): 0,  # the archived earlier versions
        ("service-encounter", 1): 0,
        ("phone-chat", 3): 0,
        ("phone-chat", 2): 0,
        ("phone-chat", 1): 0,
    }


# --- the shipped forms -----------------------------------------------------------------------


def shipped_keys(shipped_forms: list[Form]) -> set[tuple[str, int]]:
    """The current shipped versions and the archived earlier ones: a database stores both."""
    archived = {form_header(path) for path in paths.archived_form_files()}
    return {(form.id, form.version) for form in shipped_forms} | archived


def stored_keys(db: Database) -> set[tuple[str, int]]:
    return {(info.form_id, info.version) for info in queries.list_forms(db)}


def forget_form(db: Database, form_id: str) -> None:
    """Delete a form's stored versions (none has encounters here)."""
    with db.write() as session:
        session.execute(delete(models.FormVersion).where(models.FormVersion.form_id == form_id))


def test_a_new_database_holds_the_shipped_forms(db: Database, shipped_forms: list[Form]) -> None:
    assert stored_keys(db) == shipped_keys(shipped_forms)
    for form in shipped_forms:
        assert queries.get_form(db, form.id, form.version).content_hash() == form.content_hash()


def test_opening_an_existing_database_stores_a_missing_shipped_form(
    db: Database, shipped_forms: list[Form]
) -> None:
    # As after an update that ships a new form: the database lacks it until it is opened.
    forget_form(db, "phone-chat")
    assert ("phone-chat", 3) not in stored_keys(db)

    assert ensure_shipped_forms(db) == [("phone-chat", v) for v in (1, 2, 3)]  # oldest first
    assert stored_keys(db) == shipped_keys(shipped_forms)

    # Opening again (and again) adds nothing.
    before = count(db, models.FormVersion)
    assert ensure_shipped_forms(db) == []
    reopened = open_database(db.url)
    try:
        assert count(reopened, models.FormVersion) == before
    finally:
        reopened.close()


def test_a_shipped_version_stored_with_other_content_is_kept_and_reported_by_check(
    db: Database, shipped_forms: list[Form]
) -> None:
    from mysteryshop.store.check import check_database

    form = shipped_forms[1]
    other = changed_form(form, title="Our own phone form")
    forget_form(db, form.id)
    queries.store_form(db, other)

    # Not an error when opening: the stored copy stays (only the archived versions 1 and 2
    # it lost with forget_form come back).
    assert ensure_shipped_forms(db) == [(form.id, 1), (form.id, 2)]
    reopened = open_database(db.url)
    reopened.close()
    assert queries.get_form(db, form.id, form.version).content_hash() == other.content_hash()
    report = check_database(db)
    assert (
        f"shipped form {form.id} version {form.version}: the database holds other content "
        "under this version (kept, and used)"
    ) in report.lines
    assert report.problems == []


def test_a_read_only_database_opens_without_the_missing_shipped_form(
    db: Database,
    data_dir: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if not db.is_sqlite:
        pytest.skip("SQLite's read-only mode")
    forget_form(db, "phone-chat")
    db.close()
    path = data_dir / "mysteryshop.sqlite3"
    monkeypatch.chdir(data_dir)
    before = sorted(p.name for p in data_dir.iterdir())
    with caplog.at_level("INFO", logger="mysteryshop.store.shipped"):
        read_only = open_database(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        assert stored_keys(read_only) == {("service-encounter", v) for v in (1, 2, 3)}
    finally:
        read_only.close()
    assert "shipped forms not stored: the database is read-only" in caplog.text
    # The URI filename is not taken for a path: no "file:" folder appears where it ran.
    assert not [p for p in data_dir.iterdir() if p.name.startswith("file:")]
    assert set(before) <= {p.name for p in data_dir.iterdir()}


def test_a_database_from_before_version_2_keeps_version_1_and_offers_version_2(
    db: Database, shipped_forms: list[Form]
) -> None:
    # As a database made before the shipped forms' wording changes: it holds only version 1,
    # with an encounter recorded on it.
    current = shipped_forms[0]
    assert current.version == 3
    with db.write() as session:
        session.execute(delete(models.FormVersion).where(models.FormVersion.version > 1))
    old = queries.get_form(db, current.id)
    assert old.version == 1
    location = queries.add_location(db, "Kamppi store", "Helsinki")
    before = queries.save_encounter(db, encounter(old, location))
    assert before.score is not None

    assert (current.id, current.version) in ensure_shipped_forms(db)  # as on the next start

    # New encounters take the latest version, with the new wording; the old one keeps its
    # version, its questions and its score.
    latest = queries.get_form(db, current.id)
    assert latest.version == 3 and latest.content_hash() == current.content_hash()
    hint = "acknowledged_while_busy"
    assert "”Ei koske”" in latest.tr(latest.question(hint).hint, "fi")
    assert "Ei sovellu" in old.tr(old.question(hint).hint, "fi")
    after = queries.get_encounter(db, before.id)
    assert after.form_version == 1 and after.score == pytest.approx(before.score)
    assert queries.get_form(db, current.id, 1).content_hash() == old.content_hash()
    new = queries.save_encounter(db, encounter(latest, location))
    assert new.form_version == 3 and new.score == pytest.approx(before.score)  # same scoring


def test_the_shipped_files_headers_say_what_parsing_says(shipped_forms: list[Form]) -> None:
    # Opening a database reads only these lines to see whether a shipped form is stored.
    files = paths.shipped_form_files()
    assert [form_header(path) for path in files] == [
        (form.id, form.version) for form in shipped_forms
    ]


@pytest.mark.parametrize(
    "text",
    [
        "id: 'quoted'\nversion: 1\n",  # not plain: parse the file instead
        "id: a\nversion: 1\nid: b\n",
        "title: no id\nversion: 1\n",
        "id: a\nversion: one\n",
        "  id: indented\nversion: 1\n",
    ],
)
def test_a_header_that_is_not_plain_gives_no_answer(tmp_path: Path, text: str) -> None:
    path = tmp_path / "form.yaml"
    path.write_text(text, encoding="utf-8")
    assert form_header(path) is None


# --- encounters -------------------------------------------------------------------------------


def test_what_save_returns_is_what_a_read_gives(
    service: tuple[Database, Form, LocationData],
) -> None:
    # save_encounter builds its answer from the rows it wrote instead of reading them back.
    db, form, location = service
    arrived = datetime(2026, 11, 20, 14, 5, 2, tzinfo=HELSINKI)
    data = encounter(
        form,
        location,
        observer="",
        tags=["needs-coaching", "best-practice", "needs-coaching"],
        timer={"arrived": arrived, "left": arrived + timedelta(minutes=9)},
    )
    for status in ("draft", "submitted", "approved"):  # insert, update, update with history
        data.status = status
        saved = queries.save_encounter(db, data, by="Trainer A")
        back = queries.get_encounter(db, data.id)
        assert saved == back
        assert saved.visited_at.utcoffset() == back.visited_at.utcoffset()
        assert saved.updated_at is not None and back.updated_at is not None
        assert saved.updated_at.utcoffset() == back.updated_at.utcoffset() == timedelta(0)
        assert {e: m.utcoffset() for e, m in saved.timer.items()} == {
            e: m.utcoffset() for e, m in back.timer.items()
        }
        data = saved


def test_has_encounters_agrees_with_the_count(
    service: tuple[Database, Form, LocationData],
) -> None:
    db, form, location = service
    assert not queries.has_encounters(db)
    queries.save_encounter(db, encounter(form, location))
    assert queries.has_encounters(db)
    assert queries.count_encounters(db) == 1


def test_saved_encounter_reads_back_the_same(
    service: tuple[Database, Form, LocationData],
) -> None:
    db, form, location = service
    arrived = datetime(2026, 11, 20, 14, 5, 2, tzinfo=HELSINKI)
    data = encounter(
        form,
        location,
        staff="cashier, dark hair",
        notes="Hei! Kiitos käynnistä.",
        tags=["needs-coaching", "best-practice"],
        timer={"arrived": arrived, "greeted": arrived + timedelta(seconds=12)},
    )
    saved = queries.save_encounter(db, data)
    back = queries.get_encounter(db, data.id)

    assert back == saved
    assert back.visited_at == datetime(2026, 11, 20, 14, 5, tzinfo=HELSINKI)
    assert back.visited_at.utcoffset() == timedelta(hours=2)
    assert back.visited_at.isoformat() == "2026-11-20T14:05:00+02:00"
    assert back.answers == full_answers()
    assert back.na == ["acknowledged_while_busy"]
    assert back.tags == ["best-practice", "needs-coaching"]
    assert back.timer == {"arrived": arrived, "greeted": arrived + timedelta(seconds=12)}
    assert back.timer["arrived"].utcoffset() == timedelta(hours=2)
    assert (back.observer, back.staff, back.notes) == (
        "owl",
        "cashier, dark hair",
        "Hei! Kiitos käynnistä.",
    )
    assert back.revision == 1


@pytest.mark.parametrize(
    ("changes", "na"),
    [
        ({}, ["acknowledged_while_busy"]),
        ({"helped": "not_at_all", "help_missing": "Nothing was done."}, []),
        ({"treated_with_respect": False, "feeling": -2, "smile": 1}, ["offered_alternative"]),
        ({"greeted_on_arrival": False, "greeting_wait": None}, []),
    ],
)
def test_stored_scores_are_those_of_scoring_py(
    service: tuple[Database, Form, LocationData], changes: dict[str, Any], na: list[str]
) -> None:
    db, form, location = service
    answers = {k: v for k, v in full_answers(**changes).items() if v is not None}
    saved = queries.save_encounter(db, encounter(form, location, answers=answers, na=na))
    expected = scoring.score_encounter(form, answers, na)
    assert saved.score == pytest.approx(expected.score)
    assert saved.critical_fail is expected.critical_fail
    assert saved.feeling == expected.feeling
    with db.read() as session:
        row = session.get(models.Encounter, saved.id)
        assert row is not None
        assert (row.earned, row.possible) == pytest.approx(
            (expected.total.earned, expected.total.possible)
        )


def test_critical_no_flags_the_encounter(service: tuple[Database, Form, LocationData]) -> None:
    db, form, location = service
    saved = queries.save_encounter(
        db, encounter(form, location, answers=full_answers(treated_with_respect=False))
    )
    assert saved.critical_fail is True
    assert saved.score is not None and saved.score > 0  # flagged, the score itself unchanged


def test_answer_rows_carry_points_per_question(
    service: tuple[Database, Form, LocationData],
) -> None:
    db, form, location = service
    saved = queries.save_encounter(db, encounter(form, location))
    with db.read() as session:
        rows = {
            row.question_id: row
            for row in session.scalars(
                select(models.Answer).where(models.Answer.encounter_id == saved.id)
            )
        }
    assert set(rows) == set(full_answers()) | {"acknowledged_while_busy"}
    assert (rows["greeted_on_arrival"].earned, rows["greeted_on_arrival"].possible) == (2, 2)
    assert (rows["smile"].earned, rows["smile"].possible) == (1.5, 2)  # 4 on 1…5, 2 points
    assert (rows["product_knowledge"].earned, rows["product_knowledge"].possible) == (0, 1)
    assert (rows["helped"].earned, rows["helped"].possible) == (3, 3)
    assert rows["helped"].value == "fully"
    assert rows["acknowledged_while_busy"].na is True
    assert rows["acknowledged_while_busy"].possible is None
    assert rows["moment_worth_repeating"].possible is None  # text: never scored
    assert rows["feeling"].possible is None  # feeling: 0 points by default


@pytest.mark.parametrize(
    ("answers", "na", "named"),
    [
        (full_answers(smile="four"), [], "smile"),
        (full_answers(smile=9), [], "smile"),
        (full_answers(helped="mostly"), [], "helped"),
        (full_answers(greeted_on_arrival="yes"), [], "greeted_on_arrival"),
        (full_answers(favourite_colour="blue"), [], "favourite_colour"),
        (full_answers(), ["smile_na_typo"], "smile_na_typo"),
        ({k: v for k, v in full_answers().items() if k != "thanked"}, ["thanked"], "thanked"),
    ],
)
def test_invalid_answer_is_refused_naming_the_question(
    service: tuple[Database, Form, LocationData],
    answers: dict[str, Any],
    na: list[str],
    named: str,
) -> None:
    db, form, location = service
    with pytest.raises(StoreError) as caught:
        queries.save_encounter(db, encounter(form, location, answers=answers, na=na))
    assert any(named in problem for problem in caught.value.problems)
    assert count(db, models.Encounter) == 0
    assert count(db, models.Answer) == 0


def test_submitting_without_a_required_answer_is_refused_but_a_draft_is_kept(
    service: tuple[Database, Form, LocationData],
) -> None:
    db, form, location = service
    answers = {k: v for k, v in full_answers().items() if k != "smile"}
    with pytest.raises(StoreError) as caught:
        queries.save_encounter(db, encounter(form, location, answers=answers))
    assert caught.value.problems == ["answers.smile: required, but not answered"]
    assert count(db, models.Encounter) == 0

    draft = queries.save_encounter(db, encounter(form, location, answers=answers, status="draft"))
    assert queries.get_encounter(db, draft.id).status == "draft"
    assert "smile" not in queries.get_encounter(db, draft.id).answers


def test_editing_a_submitted_encounter_keeps_the_previous_state(
    service: tuple[Database, Form, LocationData],
) -> None:
    db, form, location = service
    saved = queries.save_encounter(db, encounter(form, location, notes="first"))
    saved.notes = "second"
    saved.answers["smile"] = 2
    edited = queries.save_encounter(db, saved, by="owl")

    assert edited.revision == 2
    assert (edited.notes, edited.answers["smile"]) == ("second", 2)
    # Submitted in one go, it has a first entry from nothing (with its content hash).
    first, *history = queries.encounter_history(db, saved.id)
    assert (first.change, first.snapshot, list(first.details)) == ("submitted", {}, ["hash"])
    assert len(history) == 1
    assert history[0].change == "edited"
    assert history[0].details == {
        "by": "owl",
        "changed": ["answers", "notes"],
        "hash": audit.record_hash(encounter_to_dict(edited)),
    }
    assert history[0].snapshot["notes"] == "first"
    assert history[0].snapshot["answers"]["smile"] == 4


def test_editing_a_draft_keeps_no_history(service: tuple[Database, Form, LocationData]) -> None:
    db, form, location = service
    saved = queries.save_encounter(db, encounter(form, location, status="draft", notes="first"))
    saved.notes = "second"
    edited = queries.save_encounter(db, saved)
    assert edited.notes == "second"
    assert edited.revision == 2
    assert queries.encounter_history(db, saved.id) == []


def test_saving_a_stale_revision_is_a_conflict_and_changes_nothing(
    service: tuple[Database, Form, LocationData],
) -> None:
    db, form, location = service
    saved = queries.save_encounter(db, encounter(form, location, notes="original"))
    mine = queries.get_encounter(db, saved.id)
    theirs = queries.get_encounter(db, saved.id)
    theirs.notes = "theirs"
    queries.save_encounter(db, theirs)
    before = queries.get_encounter(db, saved.id)

    mine.notes = "mine"
    with pytest.raises(ConflictError, match="changed elsewhere"):
        queries.save_encounter(db, mine)

    assert queries.get_encounter(db, saved.id) == before
    assert before.notes == "theirs" and before.revision == 2
    changes = [entry.change for entry in queries.encounter_history(db, saved.id)]
    assert changes == ["submitted", "edited"]  # only theirs


def test_a_writer_that_read_before_another_committed_still_conflicts(
    service: tuple[Database, Form, LocationData], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under READ COMMITTED both writers can read revision 1 before either writes; the
    conditional UPDATE must still let only one win."""
    db, form, location = service
    saved = queries.save_encounter(db, encounter(form, location, notes="original"))
    theirs = queries.get_encounter(db, saved.id)
    theirs.notes = "theirs"
    mine = queries.get_encounter(db, saved.id)
    stale = {saved.id: queries.get_encounter(db, saved.id)}  # what "mine" read: revision 1
    queries.save_encounter(db, theirs)  # commits revision 2
    monkeypatch.setattr(queries, "_read_encounters", lambda session, ids: stale)

    mine.notes = "mine"
    with pytest.raises(ConflictError, match="changed elsewhere"):
        queries.save_encounter(db, mine)

    monkeypatch.undo()
    assert queries.get_encounter(db, saved.id).notes == "theirs"


def test_unknown_location_is_refused(service: tuple[Database, Form, LocationData]) -> None:
    db, form, _ = service
    nowhere = LocationData(new_id(), "Nowhere")
    with pytest.raises(StoreError, match="location"):
        queries.save_encounter(db, encounter(form, nowhere))
    assert count(db, models.Encounter) == 0


def test_unknown_form_version_is_refused(service: tuple[Database, Form, LocationData]) -> None:
    db, form, location = service
    with pytest.raises(StoreError, match=f"no form {form.id} version 99"):
        queries.save_encounter(db, encounter(form, location, form_version=99))
    assert count(db, models.Encounter) == 0


def test_an_observer_is_stored_once_and_found_again(
    service: tuple[Database, Form, LocationData],
) -> None:
    db, form, location = service
    first = queries.save_encounter(db, encounter(form, location, observer="heron"))
    second = queries.save_encounter(db, encounter(form, location, observer="heron"))
    nobody = queries.save_encounter(db, encounter(form, location, observer=""))
    first.notes = "edited"
    queries.save_encounter(db, first)

    with db.read() as session:
        aliases = session.scalars(select(models.Observer.alias)).all()
        observer_ids = dict(
            session.execute(select(models.Encounter.id, models.Encounter.observer_id)).all()
        )
    assert sorted(aliases) == ["heron"]
    assert observer_ids[first.id] == observer_ids[second.id] is not None
    assert observer_ids[nobody.id] is None
    assert queries.get_encounter(db, first.id).observer == "heron"


def test_bulk_add_is_all_or_nothing_and_names_the_bad_place(
    db: Database, shipped_forms: list[Form]
) -> None:
    form = shipped_forms[0]
    location = LocationData(new_id(), "Kamppi store", "Helsinki")
    batch = [encounter(form, location) for _ in range(10)]
    batch[6].answers["smile"] = 9
    own = changed_form(form, version=form.version + 1)
    forms_before = count(db, models.FormVersion)
    with pytest.raises(StoreError) as caught:
        queries.bulk_add_encounters(db, batch, [location], [*shipped_forms, own])
    assert caught.value.problems == [
        f"encounters[6] ({batch[6].id}): answers.smile: 9 is outside 1 … 5"
    ]
    for model in (models.Encounter, models.Answer, models.Location):
        assert count(db, model) == 0
    assert count(db, models.FormVersion) == forms_before

    batch[6].answers["smile"] = 5
    assert queries.bulk_add_encounters(db, batch, [location], shipped_forms) == 10
    assert count(db, models.Encounter) == 10


# --- merging without trusting clocks blindly (F19, F20) ---------------------------------------


def _bundle_of(db: Database, tmp_path: Path, shipped_forms: list[Form], **times: Any) -> Path:
    """A bundle of 12 encounters from a source database, with `times` (created_at,
    updated_at) set on every encounter; None leaves the key out, as the format allows."""
    from mysteryshop import demo
    from mysteryshop.exchange.bundle import export_bundle

    source = open_database(f"sqlite:///{tmp_path / 'source.sqlite3'}")
    data = demo.generate(shipped_forms, encounters=12, seed=14)
    queries.bulk_add_encounters(source, data.encounters, data.locations, shipped_forms)
    path = tmp_path / "bundle.json"
    export_bundle(source, path)
    source.close()
    bundle = json.loads(path.read_text(encoding="utf-8"))
    for item in bundle["encounters"]:
        for key, value in times.items():
            if value is None:
                item.pop(key, None)
            else:
                item[key] = value
    path.write_text(json.dumps(bundle), encoding="utf-8")
    return path


def test_a_bundle_without_times_imports_once(
    db: Database, shipped_forms: list[Form], tmp_path: Path
) -> None:
    from mysteryshop.exchange.bundle import import_bundle

    path = _bundle_of(db, tmp_path, shipped_forms, created_at=None, updated_at=None)
    before = datetime.now(UTC)
    first = import_bundle(db, path)
    assert first.added == 12
    stored = queries.get_encounter(db, json.loads(path.read_text())["encounters"][0]["id"])
    assert stored.updated_at is not None and stored.updated_at >= before  # the import's time
    for _ in range(2):
        again = import_bundle(db, path)
        assert (again.added, again.updated, again.kept_newer, again.unchanged) == (0, 0, 0, 12)
        assert count(db, models.EncounterHistory) == 0
    assert queries.get_encounter(db, stored.id) == stored


def test_an_undated_version_that_differs_is_the_newer_once(
    db: Database, shipped_forms: list[Form], tmp_path: Path
) -> None:
    """Read as changed at the time of its import: it replaces the stored version (kept in the
    history), and importing it again changes nothing."""
    from mysteryshop.exchange.bundle import import_bundle

    path = _bundle_of(db, tmp_path, shipped_forms)
    import_bundle(db, path)
    bundle = json.loads(path.read_text(encoding="utf-8"))
    item = bundle["encounters"][3]
    del item["updated_at"]
    item["notes"] = "corrected by hand"
    path.write_text(json.dumps(bundle), encoding="utf-8")

    before = datetime.now(UTC)
    first = import_bundle(db, path)
    assert (first.updated, first.unchanged) == (1, 11)
    stored = queries.get_encounter(db, item["id"])
    assert stored.notes == "corrected by hand" and stored.updated_at >= before
    again = import_bundle(db, path)
    assert (again.updated, again.kept_newer, again.unchanged) == (0, 0, 12)
    assert count(db, models.EncounterHistory) == 1
    assert queries.get_encounter(db, item["id"]) == stored


@pytest.mark.parametrize("key", ["updated_at", "created_at"])
def test_a_time_of_change_in_the_future_is_refused(
    db: Database, shipped_forms: list[Form], tmp_path: Path, key: str
) -> None:
    from mysteryshop.exchange.bundle import BundleError, import_bundle

    ahead = (datetime.now(UTC) + timedelta(days=2)).isoformat()
    path = _bundle_of(db, tmp_path, shipped_forms, **{key: ahead})
    with pytest.raises(BundleError) as caught:
        import_bundle(db, path)
    first = json.loads(path.read_text())["encounters"][0]["id"]
    assert f"encounters[0] ({first}).{key}: is in the future: " in caught.value.problems[0]
    assert caught.value.problems[0].endswith("(a clock set wrong?)")
    assert len(caught.value.problems) == 12
    assert count(db, models.Encounter) == 0


def test_the_store_refuses_a_future_time_of_change_whoever_calls_it(
    db: Database, shipped_forms: list[Form]
) -> None:
    """The rule lives in the store's merge too, not only where bundles are read."""
    from mysteryshop.store.merge import merge_encounters

    location = LocationData(new_id(), "Kamppi store", "Helsinki")
    one = encounter(shipped_forms[0], location, updated_at=datetime.now(UTC) + timedelta(days=3))
    with pytest.raises(StoreError, match=rf"encounter {one.id}: updated_at: is in the future"):
        merge_encounters(db, [], [location], [one])
    assert count(db, models.Encounter) == 0


def test_a_clock_a_few_hours_fast_is_accepted_and_then_merged_as_usual(
    db: Database, shipped_forms: list[Form], tmp_path: Path
) -> None:
    from mysteryshop.exchange.bundle import import_bundle

    ahead = (datetime.now(UTC) + timedelta(hours=5)).isoformat()
    path = _bundle_of(db, tmp_path, shipped_forms, updated_at=ahead)
    assert import_bundle(db, path).added == 12
    assert import_bundle(db, path).unchanged == 12


def test_form_titles_are_read_out_of_the_definitions_by_the_database(db) -> None:
    # The log reads them as it opens (issue 17: start-up): only each definition's title, by
    # the database's JSON functions, on SQLite and PostgreSQL alike.
    fi = queries.form_titles(db, "fi")
    assert fi[("service-encounter", 2)] == "Palvelukohtaaminen"
    assert fi[("phone-chat", 1)] == "Puhelin- tai chat-asiointi"
    assert queries.form_titles(db, "sv")[("phone-chat", 2)] == "Service per telefon eller chatt"
    assert queries.form_titles(db, "en")[("service-encounter", 2)] == "Service encounter"
    for (form_id, version), title in queries.form_titles(db, "en").items():
        definition = json.loads(queries.get_form(db, form_id, version).model_dump_json())
        assert title == (definition["title"]["en"] if isinstance(definition["title"], dict)
                         else definition["title"])  # fmt: skip
