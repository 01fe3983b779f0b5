"""The audit trail (issue 18, item 3): who made each change and when, on SQLite and on
PostgreSQL (where a team member cannot write history in another's name), the content hash of
the submitted record and `mysteryshop check` finding a record changed outside the app."""

from __future__ import annotations

import io
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import test_store  # tests/ is on sys.path (rootdir conftest)
from pypdf import PdfReader
from sqlalchemy import text
from sqlalchemy.engine import make_url

from mysteryshop import audit, workflow
from mysteryshop.cli import main
from mysteryshop.exchange.bundle import export_bundle, import_bundle
from mysteryshop.reports.i18n import use_language
from mysteryshop.reports.visit import build_visit
from mysteryshop.store import actions, check, privacy, queries, trash
from mysteryshop.store.db import Database
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import EncounterData, encounter_to_dict

service = test_store.service
HELSINKI = timezone(timedelta(hours=2))


def _who(db: Database, encounter_id: str) -> list[tuple[str, str | None]]:
    return [(e.change, e.changed_by) for e in queries.encounter_history(db, encounter_id)]


# --- the content hash (pure) ------------------------------------------------------------------


def _record(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": "e1",
        "form": "service-encounter",
        "form_version": 3,
        "location": "l1",
        "observer": "owl",
        "visited_at": "2026-11-20T14:05:00+02:00",
        "channel": "in_person",
        "staff": "Mia",
        "status": "submitted",
        "answers": {"greeted": True, "smile": 4},
        "na": ["b", "a"],
        "notes": "Busy lunch hour.",
        "tags": [],
        "timer": {"left": "2026-11-20T14:25:00+02:00"},
        "reviewer_note": "",
        "reviewed_by": None,
    }
    record.update(changes)
    return record


def test_the_hash_covers_the_observers_content_and_nothing_else() -> None:
    first = audit.record_hash(_record())
    assert len(first) == 64 and int(first, 16) >= 0
    # The review, the status, the observer's alias (an erasure replaces it): not content.
    same = _record(
        status="approved", tags=["best-practice"], reviewer_note="Good", reviewed_by="Anna",
        observer="(erased)", score=80.0,
    )  # fmt: skip
    assert audit.record_hash(same) == first
    # The same moments spelled otherwise, N/A in another order, keys in another order.
    assert audit.record_hash(_record(na=["a", "b"])) == first
    assert audit.record_hash(dict(reversed(list(_record().items())))) == first
    spelled = _record(visited_at=datetime(2026, 11, 20, 14, 5, tzinfo=HELSINKI))
    assert audit.record_hash(spelled) == first
    # Every piece of content counts, the offset too (it is what the observer recorded).
    for change in (
        {"answers": {"greeted": True, "smile": 3}},
        {"answers": {"greeted": True, "smile": 4.5}},
        {"na": ["a"]},
        {"notes": "Busy lunch hour"},
        {"staff": "Mika"},
        {"channel": "phone"},
        {"location": "l2"},
        {"form_version": 4},
        {"visited_at": "2026-11-20T12:05:00+00:00"},
        {"timer": {}},
        {"id": "e2"},
    ):
        assert audit.record_hash(_record(**change)) != first, change
    assert audit.short_hash(first) == first[:12]


def test_minutes_to_write_up_from_leaving() -> None:
    left = datetime(2026, 11, 20, 14, 25, tzinfo=HELSINKI)
    assert audit.minutes_to_write_up(left, left + timedelta(minutes=35, seconds=59)) == 35
    assert audit.minutes_to_write_up(left.astimezone(UTC), left + timedelta(hours=2)) == 120
    assert audit.minutes_to_write_up(None, left) is None
    assert audit.minutes_to_write_up(left, None) is None
    assert audit.minutes_to_write_up(left, left - timedelta(minutes=1)) is None  # a wrong clock


def test_history_messages_name_who_the_store_recorded() -> None:
    details = {"by": "owl", "status": ["submitted", "returned"], "reason": "No time noted"}
    assert workflow.history_messages("returned", details)[-1] == ("by", ("owl",))
    assert workflow.history_messages("returned", details, "Anna")[-1] == ("by", ("Anna",))
    assert workflow.history_messages("edited", {}, "Anna") == [("by", ("Anna",))]
    assert workflow.history_messages("edited", {}) == []


# --- who, on every write (both backends) ------------------------------------------------------


def test_every_history_row_names_who_made_the_change(service) -> None:
    db, form, location = service
    db.actor = "owl"
    draft = queries.save_encounter(db, test_store.encounter(form, location, status="draft"))
    submitted = queries.save_encounter(db, replace(draft, status="submitted"))
    returned = queries.review_encounter(
        db, submitted.id, submitted.revision, reviewer="Anna", action="return", reason="Time?"
    )
    reopened = queries.save_encounter(db, replace(returned, status="draft", notes="12:05"))
    again = queries.save_encounter(db, replace(reopened, status="submitted"))
    db.actor = "Anna"  # the trainer's app
    tagged = queries.review_encounter(db, again.id, again.revision, reviewer="", tags=["t"])
    queries.review_encounter(db, tagged.id, tagged.revision, reviewer="Anna", action="approve")
    db.actor = "Ville"  # the admin's
    trash.delete(db, draft.id, None, "duplicate")
    trash.restore(db, draft.id)
    assert _who(db, draft.id) == [
        ("submitted", "owl"),
        ("returned", "Anna"),
        ("reopened", "owl"),
        ("submitted", "owl"),
        ("reviewed", "Anna"),
        ("approved", "Anna"),
        ("deleted", "Ville"),
        ("restored", "Ville"),
    ]
    # The deletion's audit and an action item name the same actor when the caller names none.
    assert [entry.deleted_by for entry in trash.list_trash(db)] == []
    typed = queries.save_encounter(db, test_store.encounter(form, location, status="draft"))
    trash.discard(db, typed.id)
    assert [entry.deleted_by for entry in trash.list_trash(db)] == ["Ville"]
    item = actions.add_action(db, location_id=location.id, what="Smile", dimension="smile")
    assert actions.get_action(db, item).created_by == "Ville"


def test_no_actor_and_no_reviewer_leaves_who_unknown(service) -> None:
    db, form, location = service
    saved = queries.save_encounter(db, test_store.encounter(form, location))
    queries.save_encounter(db, replace(saved, notes="later"))
    assert _who(db, saved.id) == [("submitted", None), ("edited", None)]
    db.actor = "  "  # a blank alias is nobody
    queries.save_encounter(db, replace(queries.get_encounter(db, saved.id), notes="again"))
    assert _who(db, saved.id)[-1] == ("edited", None)


def test_a_team_member_cannot_write_history_in_anothers_name(db, shipped_forms) -> None:
    """On a team server the trigger of migration 0010 puts the member's alias (from the login
    role, session_user) in the history, whatever the app says."""
    if db.is_sqlite:
        pytest.skip("a team server is PostgreSQL")
    for form in shipped_forms:
        queries.store_form(db, form)
    location = queries.add_location(db, "Kamppi store", "Helsinki")
    login = f"audit_{uuid.uuid4().hex[:10]}"
    with db.engine.begin() as connection:
        connection.execute(text(f"CREATE ROLE {login} LOGIN PASSWORD 'pw-{login}'"))
        connection.execute(text(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {login}"))
        connection.execute(text(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {login}"))
        connection.execute(
            text("INSERT INTO team_users (login, alias, role, added_at) VALUES (:l, :a, :r, :t)"),
            {"l": login, "a": "Anna", "r": "trainer", "t": datetime.now(UTC)},
        )
    url = make_url(db.url).set(username=login, password=f"pw-{login}")
    member = open_database(url.render_as_string(hide_password=False), migrate=False)
    try:
        member.actor = "owl"  # the app claims someone else
        saved = queries.save_encounter(member, test_store.encounter(shipped_forms[0], location))
        queries.review_encounter(
            member, saved.id, saved.revision, reviewer="owl", action="return", reason="x"
        )
        assert _who(member, saved.id) == [("submitted", "Anna"), ("returned", "Anna")]
        with member.engine.begin() as connection:  # plain SQL cannot either
            connection.execute(
                text("UPDATE encounter_history SET changed_by = 'owl' WHERE encounter_id = :e"),
                {"e": saved.id},
            )
        assert {who for _kind, who in _who(db, saved.id)} == {"Anna"}
        # The owner (not a member) writes as the app says.
        db.actor = "Ville"
        stored = queries.get_encounter(db, saved.id)
        queries.save_encounter(db, replace(stored, status="draft"))
        assert _who(db, saved.id)[-1] == ("reopened", "Ville")
        with member.engine.begin() as connection:  # clearing it (an erasure) is allowed
            connection.execute(
                text("UPDATE encounter_history SET changed_by = NULL WHERE encounter_id = :e"),
                {"e": saved.id},
            )
        assert {who for _kind, who in _who(db, saved.id)} == {None}
    finally:
        member.close()
        with db.engine.begin() as connection:
            connection.execute(text(f"DROP OWNED BY {login}"))
            connection.execute(text(f"DROP ROLE {login}"))


# --- the content hash in the history, verified by check ---------------------------------------


def _hashes(db: Database, encounter_id: str) -> list[tuple[str, str | None]]:
    return [(e.change, e.details.get("hash")) for e in queries.encounter_history(db, encounter_id)]


def _tamper(db: Database, encounter_id: str, question: str, value: str) -> None:
    """Change a stored answer with plain SQL, as someone holding the database file could."""
    with db.engine.begin() as connection:
        done = connection.execute(
            text(
                f"UPDATE answers SET value = {':v' if db.is_sqlite else 'CAST(:v AS json)'} "
                "WHERE encounter_id = :e AND question_id = :q"
            ),
            {"v": value, "e": encounter_id, "q": question},
        )
        assert done.rowcount == 1


def test_each_submission_and_approval_records_the_content_hash(service) -> None:
    db, form, location = service
    draft = queries.save_encounter(db, test_store.encounter(form, location, status="draft"))
    typed = queries.save_encounter(db, replace(draft, notes="typing"))
    assert _hashes(db, draft.id) == []  # a draft being typed is not vouched for
    submitted = queries.save_encounter(db, replace(typed, status="submitted"))
    approved = queries.review_encounter(
        db, submitted.id, submitted.revision, reviewer="Anna", action="approve"
    )
    content = audit.record_hash(encounter_to_dict(submitted))
    assert content == audit.record_hash(encounter_to_dict(queries.get_encounter(db, draft.id)))
    assert _hashes(db, draft.id) == [("submitted", content), ("approved", content)]
    edited = queries.save_encounter(
        db, replace(approved, answers={**approved.answers, "smile": 1}), by="owl"
    )
    assert _hashes(db, draft.id)[-1] == ("edited", audit.record_hash(encounter_to_dict(edited)))
    assert _hashes(db, draft.id)[-1][1] != content


def test_check_names_a_record_changed_after_it_was_submitted(service) -> None:
    db, form, location = service
    kept = queries.save_encounter(db, test_store.encounter(form, location))
    changed = queries.save_encounter(db, test_store.encounter(form, location))
    approved = queries.review_encounter(
        db, changed.id, changed.revision, reviewer="Anna", action="approve"
    )
    # Edited through the app after the approval: the history says so, and vouches anew.
    queries.save_encounter(db, replace(approved, notes="added later"), by="owl")
    draft = queries.save_encounter(db, test_store.encounter(form, location, status="draft"))
    report = check.check_database(db)
    assert report.problems == []
    assert "encounters: 2 content hashes checked, 0 differ" in report.lines

    _tamper(db, changed.id, "smile", "1")
    _tamper(db, draft.id, "smile", "1")  # a draft is the observer's to change
    report = check.check_database(db)
    found = audit.record_hash(encounter_to_dict(queries.get_encounter(db, changed.id)))
    seal = check.recorded_hashes(db)[changed.id]
    assert [line for line in report.problems if "content hash" in line] == [
        f"encounter {changed.id} changed after it was edited "
        f"({seal.changed_at.astimezone().strftime('%Y-%m-%d %H:%M')}): the content hash "
        f"{found[:12]} does not match {seal.hash[:12]}, recorded then; it was changed "
        "outside the app"
    ]
    assert "encounters: 2 content hashes checked, 1 differ" in report.lines
    assert kept.id not in "\n".join(report.problems)


def test_an_import_keeps_the_hashes_true(service, tmp_path: Path) -> None:
    """A newer version arriving in a bundle is recorded with its own hash: check finds
    nothing wrong on the receiving side, on either backend."""
    db, form, location = service
    saved = queries.save_encounter(db, test_store.encounter(form, location))
    other = open_database(f"sqlite:///{tmp_path / 'laptop.sqlite3'}")
    try:
        export_bundle(db, tmp_path / "first.json")
        import_bundle(other, tmp_path / "first.json")
        approved = queries.review_encounter(
            db, saved.id, saved.revision, reviewer="Anna", action="approve"
        )
        queries.save_encounter(db, replace(approved, notes="later", answers={
            **approved.answers, "smile": 2}), by="owl")  # fmt: skip
        export_bundle(db, tmp_path / "second.json")
        other.actor = "laptop"
        import_bundle(other, tmp_path / "second.json")
        assert _who(other, saved.id) == [("imported", "laptop")]
        assert check.check_database(other).problems == []
        assert check.check_database(db).problems == []
    finally:
        other.close()


def test_the_cli_check_fails_on_a_tampered_record(service, capsys) -> None:
    db, form, location = service
    saved = queries.save_encounter(db, test_store.encounter(form, location))
    assert main(["check", "--database-url", db.url]) == 0
    capsys.readouterr()
    _tamper(db, saved.id, "greeted_on_arrival", "false")
    assert main(["check", "--database-url", db.url]) == 1
    err = capsys.readouterr().err
    assert f"encounter {saved.id} changed after it was submitted" in err
    assert "Traceback" not in err


def test_the_cli_records_who_from_by(service) -> None:
    db, form, location = service
    saved = queries.save_encounter(db, test_store.encounter(form, location))
    args = ["review", "return", saved.id, "--reason", "x", "--database-url", db.url]
    assert main([*args, "--by", "Anna"]) == 0
    assert _who(db, saved.id)[-1] == ("returned", "Anna")
    args = ["delete", saved.id, "--reason", "dup", "--database-url", db.url]
    assert main([*args, "--by", "Ville"]) == 0
    assert _who(db, saved.id)[-1] == ("deleted", "Ville")


# --- the visit report -------------------------------------------------------------------------


def _pdf_text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((p.extract_text() or "").replace("\xa0", " ").split()) for p in pages)


def _reviewed_visit(db: Database, form: Any, location: Any, **fields: Any) -> EncounterData:
    """Submitted by its observer, returned by Anna, reopened, submitted again and approved."""
    db.actor = "Shopper-7Q"
    draft = queries.save_encounter(
        db, test_store.encounter(form, location, status="draft", observer="Shopper-7Q", **fields)
    )
    submitted = queries.save_encounter(db, replace(draft, status="submitted"))
    db.actor = "Anna"
    returned = queries.review_encounter(
        db, draft.id, submitted.revision, reviewer="Anna", action="return",
        reason="Add the greeting wait",
    )  # fmt: skip
    db.actor = "Shopper-7Q"
    reopened = queries.save_encounter(db, replace(returned, status="draft", notes="12 s wait"))
    again = queries.save_encounter(db, replace(reopened, status="submitted"))
    db.actor = "Anna"
    return queries.review_encounter(db, draft.id, again.revision, reviewer="Anna", action="approve")


def test_the_visit_report_prints_the_record_the_hash_and_the_write_up_time(service) -> None:
    db, form, location = service
    left = datetime.now(UTC) - timedelta(minutes=35, seconds=20)
    visited = (left - timedelta(minutes=20)).astimezone(HELSINKI)
    visit = _reviewed_visit(
        db, form, location, visited_at=visited, timer={"arrived": visited, "left": left}
    )
    content = audit.record_hash(encounter_to_dict(visit))
    text = _pdf_text(build_visit(db, visit.id))
    assert "Written up 35 min after leaving" in text
    record = text[text.index("Record of changes") :]
    for words in (
        "Submitted Observer",
        "Returned: Add the greeting wait Anna",
        "Reopened for editing Observer",
        "Approved Anna",
    ):
        assert words in record, words
    assert "Shopper-7Q" not in text  # the observer's alias only when asked for
    assert f"Content hash (SHA-256) of the observer's record: {content[:12]}" in record
    assert content in record.replace(" ", "")  # in full, in small print
    assert "It matches the hash recorded when it was last written (approved" in record
    assert "Shopper-7Q" in _pdf_text(build_visit(db, visit.id, with_observer=True))
    anonymous = _pdf_text(build_visit(db, visit.id, anonymize=True))
    assert "Anna" not in anonymous and "Shopper-7Q" not in anonymous
    with use_language("fi"):
        finnish = _pdf_text(build_visit(db, visit.id))
    assert "Muutoshistoria" in finnish and "Kirjattu 35 min käynnin jälkeen" in finnish
    assert "Palautettu: Add the greeting wait Anna" in finnish

    _tamper(db, visit.id, "smile", "1")
    tampered = _pdf_text(build_visit(db, visit.id))
    assert "It does not match the hash recorded when it was last written" in tampered
    assert f": {content[:12]}): it was changed outside the app since." in tampered


def test_a_visit_without_a_timer_or_a_recorded_hash_says_so(service) -> None:
    db, form, location = service
    queries.bulk_add_encounters(db, [test_store.encounter(form, location)])  # as an import
    (visit,) = queries.iter_encounters(db)
    text = _pdf_text(build_visit(db, visit.id))
    assert "Written up" not in text
    assert "No change was recorded after it was first saved." in text
    assert "No hash was recorded for it" in text
    draft = queries.save_encounter(db, test_store.encounter(form, location, status="draft"))
    text = _pdf_text(build_visit(db, draft.id))
    assert "Record of changes" in text and "Content hash" not in text  # a draft: no hash


def test_erasing_an_observer_clears_them_as_the_author_of_changes(service) -> None:
    db, form, location = service
    db.actor = "Shopper-7Q"
    saved = queries.save_encounter(db, test_store.encounter(form, location, observer="Shopper-7Q"))
    queries.review_encounter(db, saved.id, saved.revision, reviewer="Anna", action="return",
                             reason="x")  # fmt: skip
    privacy.erase_observer(db, "shopper-7q")
    assert _who(db, saved.id) == [("submitted", None), ("returned", "Anna")]


# --- through a laptop's sync ------------------------------------------------------------------


def test_a_synced_visit_keeps_its_author_and_hash_on_both_sides(pg_url: str, tmp_path: Path):
    """Pushed to the team's server, a visit's submission names its observer there and carries
    the hash recorded on the laptop; a version pulled back is vouched for on the laptop."""
    import test_sync

    from mysteryshop.store import sync

    server = test_sync.team_server(pg_url)
    laptop = open_database(f"sqlite:///{tmp_path / 'laptop.sqlite3'}")
    try:
        sync.sync(laptop, server, alias=test_sync.ALIAS)
        laptop.actor = test_sync.ALIAS
        first, second = test_sync.record(laptop, 2)
        sync.sync(laptop, server, alias=test_sync.ALIAS)
        for visit in (first, second):
            (entry,) = queries.encounter_history(laptop, visit.id)
            there = queries.encounter_history(server, visit.id)
            assert [(e.change, e.changed_by) for e in there] == [("submitted", test_sync.ALIAS)]
            assert there[0].details["hash"] == entry.details["hash"]
        # The trainer returns one; the admin corrects an answer of the other after approving.
        server.actor = "Anna"
        queries.review_encounter(
            server, first.id, 1, reviewer="Anna", action="return", reason="Which till?"
        )
        approved = queries.review_encounter(server, second.id, 1, reviewer="Anna", action="approve")
        server.actor = "admin-ville"
        queries.save_encounter(server, replace(approved, notes="Corrected by the admin."))
        sync.sync(laptop, server, alias=test_sync.ALIAS)
        assert queries.get_encounter(laptop, second.id).notes == "Corrected by the admin."
        for database in (laptop, server):
            assert [p for p in check.check_database(database).problems if "hash" in p] == []
        _tamper(laptop, second.id, "smile", "1")
        problems = check.check_database(laptop).problems
        assert [p for p in problems if "hash" in p and second.id in p] != []
    finally:
        laptop.close()
        server.close()


def test_the_app_writes_as_the_observer_alias_of_its_settings(service, tmp_path: Path, qtbot):
    from PySide6.QtCore import QSettings

    from mysteryshop.ui.workspace import Settings, Workspace

    db, form, location = service
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.observer_alias = "Shopper-7Q"
    workspace = Workspace(db, settings)
    saved = queries.save_encounter(db, test_store.encounter(form, location))
    workspace.set_observer_alias("  Mika ")  # typed in Settings or the editor's header
    assert (settings.observer_alias, db.actor) == ("Mika", "Mika")
    queries.save_encounter(db, replace(saved, notes="later"))
    assert _who(db, saved.id) == [("submitted", "Shopper-7Q"), ("edited", "Mika")]
