"""The trash (store/trash.py): discarding drafts, deleting reviewed work with a reason,
restoring within workflow.TRASH_DAYS days, the purge after them (gone from the file's bytes),
the audit that outlives it, and imports that must not bring deleted work back silently."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import test_privacy  # tests/ is on sys.path (rootdir conftest)
import test_store
from sqlalchemy import func, select

from mysteryshop import cli, workflow
from mysteryshop.cli import main
from mysteryshop.exchange.bundle import export_bundle, import_bundle
from mysteryshop.store import check, drafts, privacy, queries, trash
from mysteryshop.store.db import ConflictError, Database, StoreError
from mysteryshop.store.models import Answer, Deletion, Encounter, EncounterHistory
from mysteryshop.store.records import EncounterFilter, LocationData

SECRET = "QUOKKA-5521-TRASHED-NOTE"

service = test_store.service


def _add(service: tuple[Database, Any, LocationData], **fields: Any) -> Any:
    db, form, location = service
    return queries.save_encounter(db, test_store.encounter(form, location, **fields))


def _deletions(db: Database) -> list[tuple[str, str, str, str | None, str, bool, bool]]:
    with db.read() as session:
        rows = session.scalars(select(Deletion).order_by(Deletion.id)).all()
        return [
            (
                d.encounter_id,
                d.kind,
                d.status,
                d.deleted_by,
                d.reason,
                d.restored_at is not None,
                d.purged_at is not None,
            )
            for d in rows
        ]


def _snapshot(db: Database) -> dict[str, Any]:
    """Every table's row count and each encounter's status, revision and trash mark."""
    with db.read() as session:
        encounters = session.execute(
            select(Encounter.id, Encounter.status, Encounter.revision, Encounter.deleted_at)
        ).all()
        counts = {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Encounter, Answer, EncounterHistory, Deletion)
        }
    return {"counts": counts, "encounters": sorted(map(tuple, encounters))}


# --- the rule ---------------------------------------------------------------------------------


def test_the_workflow_says_which_statuses_go_to_the_trash_how() -> None:
    assert workflow.trash_action("draft") == "discard"
    for status in ("submitted", "approved", "returned"):
        assert workflow.trash_action(status) == "delete"
        assert workflow.trash_problems("discard", status) != []
        assert workflow.trash_problems("delete", status, reason="duplicate") == []
    assert workflow.trash_problems("discard", "draft") == []
    assert workflow.trash_problems("delete", "draft", reason="x") != []
    assert workflow.trash_problems("delete", "approved", reason="  ")[0].startswith("reason:")
    assert workflow.trash_problems("discard", "draft", in_trash=True) != []
    assert set(workflow.TRASH_HISTORY.values()) <= set(workflow.HISTORY_KINDS)


# --- discard, delete, restore -----------------------------------------------------------------


def test_discarding_a_draft_puts_it_in_the_trash_with_an_audit_row(service) -> None:
    db = service[0]
    draft = _add(service, status="draft", notes="half written")
    trash.discard(db, draft.id, by="owl")
    assert queries.count_encounters(db) == 0  # no list, report or export shows it
    assert queries.count_encounters(db, EncounterFilter(in_trash=True)) == 1
    assert _deletions(db) == [(draft.id, "discard", "draft", "owl", "", False, False)]
    (entry,) = trash.list_trash(db)
    assert (entry.row.id, entry.kind, entry.deleted_by, entry.reason) == (
        draft.id,
        "discard",
        "owl",
        "",
    )
    assert entry.days_left() == workflow.TRASH_DAYS
    assert entry.days_left(entry.deleted_at + timedelta(days=29, hours=1)) == 1
    history = queries.encounter_history(db, draft.id)
    assert [(h.change, h.details) for h in history] == [("discarded", {"by": "owl"})]


def test_deleting_needs_a_reason_and_a_reviewed_status(service) -> None:
    db = service[0]
    submitted = _add(service)
    draft = _add(service, status="draft")
    before = _snapshot(db)
    with pytest.raises(StoreError, match="reason"):
        trash.delete(db, submitted.id, "mentor", "   ")
    with pytest.raises(StoreError, match="only a draft"):
        trash.discard(db, submitted.id, "owl")
    with pytest.raises(StoreError, match="discard it instead"):
        trash.delete(db, draft.id, "mentor", "typo")
    with pytest.raises(StoreError, match="no encounter"):
        trash.delete(db, "no-such-id", "mentor", "typo")
    assert _snapshot(db) == before  # every refusal changed nothing
    trash.delete(db, submitted.id, "mentor", " recorded twice ")
    assert _deletions(db) == [
        (submitted.id, "delete", "submitted", "mentor", "recorded twice", False, False)
    ]
    history = queries.encounter_history(db, submitted.id)
    assert history[-1].change == "deleted"
    assert history[-1].details == {"by": "mentor", "reason": "recorded twice"}
    with pytest.raises(StoreError, match="already in the trash"):
        trash.delete(db, submitted.id, "mentor", "again")


def test_a_trashed_encounter_cannot_be_saved_or_reviewed_until_restored(service) -> None:
    db = service[0]
    submitted = _add(service)
    draft = _add(service, status="draft")
    trash.delete(db, submitted.id, "mentor", "duplicate")
    trash.discard(db, draft.id)
    stored = queries.get_encounter(db, draft.id)
    stored.notes = "typed after the discard"
    before = _snapshot(db)
    with pytest.raises(StoreError, match="in the trash: restore it first"):
        queries.save_encounter(db, stored)
    with pytest.raises(StoreError, match="in the trash: restore it first"):
        queries.review_encounter(
            db, submitted.id, stored.revision, reviewer="mentor", action="approve"
        )
    assert _snapshot(db) == before
    # The editor held the revision before the discard: after a restore it must reload.
    stale = queries.get_encounter(db, draft.id)
    trash.restore(db, draft.id, by="owl")
    stale.notes = "after the restore"
    with pytest.raises(ConflictError):
        queries.save_encounter(db, stale)
    fresh = queries.get_encounter(db, draft.id)
    fresh.notes = "after the restore"
    queries.save_encounter(db, fresh)
    assert queries.count_encounters(db) == 1
    assert [d[5] for d in _deletions(db)] == [False, True]  # the draft's deletion restored
    assert queries.encounter_history(db, draft.id)[-1].change == "restored"
    trash.restore(db, submitted.id)
    approved = queries.review_encounter(
        db, submitted.id, queries.get_encounter(db, submitted.id).revision,
        reviewer="mentor", action="approve",
    )  # fmt: skip
    assert approved.status == "approved"
    with pytest.raises(StoreError, match="not in the trash"):
        trash.restore(db, submitted.id)


def test_remove_discards_or_deletes_by_status(service) -> None:
    db = service[0]
    draft = _add(service, status="draft")
    returned = _add(service)
    returned = queries.review_encounter(
        db, returned.id, returned.revision, reviewer="mentor", action="return", reason="why?"
    )
    assert trash.remove(db, draft.id, "owl") == "discard"
    with pytest.raises(StoreError, match="reason"):
        trash.remove(db, returned.id, "mentor")
    assert trash.remove(db, returned.id, "mentor", "wrong store") == "delete"
    assert [d[1:3] for d in _deletions(db)] == [("discard", "draft"), ("delete", "returned")]


def test_discarding_forgets_unsaved_changes_to_it(service) -> None:
    db = service[0]
    draft = _add(service, status="draft")
    drafts.keep_unsaved(db, draft)
    trash.discard(db, draft.id)
    assert drafts.read_unsaved(db, draft.id) is None


# --- the purge --------------------------------------------------------------------------------


def test_the_trash_is_restorable_for_30_days_then_purged(service) -> None:
    db = service[0]
    old = _add(service, status="draft")
    recent = _add(service)
    kept = _add(service)
    trash.discard(db, old.id, "owl")
    trash.delete(db, recent.id, "mentor", "duplicate")
    (deleted_at,) = [e.deleted_at for e in trash.list_trash(db) if e.row.id == old.id]
    day_29 = deleted_at + timedelta(days=29, hours=23)
    assert trash.count_expired(db, day_29) == 0
    assert trash.purge_trash(db, day_29).encounters == 0
    day_31 = deleted_at + timedelta(days=31)
    assert trash.count_expired(db, day_31) == 2
    result = trash.purge_trash(db, day_31)
    assert result.encounters == 2
    assert trash.list_trash(db) == []
    assert [e.id for e in queries.iter_encounters(db)] == [kept.id]
    with db.read() as session:
        left = select(func.count()).select_from(EncounterHistory)
        assert session.scalar(left.where(EncounterHistory.encounter_id != kept.id)) == 0
    # The audit stays: who, when, why, that it is gone; and a restore says so.
    assert [(d[0], d[1], d[6]) for d in _deletions(db)] == [
        (old.id, "discard", True),
        (recent.id, "delete", True),
    ]
    with pytest.raises(StoreError, match="purged from the trash"):
        trash.restore(db, recent.id)
    assert check.check_database(db).problems == []


def test_emptying_the_trash_now_takes_everything_in_it(service) -> None:
    db = service[0]
    draft = _add(service, status="draft")
    other = _add(service)
    trash.discard(db, draft.id)
    assert trash.purge_trash(db, days=0).encounters == 1
    assert [e.id for e in queries.iter_encounters(db)] == [other.id]


def test_purged_trash_is_gone_from_the_file(service) -> None:
    db = service[0]
    if not db.is_sqlite:
        pytest.skip("the file's bytes: SQLite only")
    draft = _add(service, status="draft", notes=f"{SECRET} said the manager", staff=SECRET)
    draft.notes += " (edited)"  # more copies: the WAL
    queries.save_encounter(db, draft)
    trash.discard(db, draft.id, "owl")  # and the history's snapshot
    assert SECRET.encode() in test_privacy._file_bytes(db)
    trash.purge_trash(db, datetime.now(UTC) + timedelta(days=workflow.TRASH_DAYS, seconds=1))
    assert SECRET.encode() not in test_privacy._file_bytes(db)


def test_the_retention_purge_marks_trashed_encounters_purged(service) -> None:
    db = service[0]
    old = _add(service, status="draft", visited_at=datetime(2020, 1, 1, tzinfo=UTC))
    trash.discard(db, old.id)
    privacy.purge_older_than(db, 6)
    assert _deletions(db)[0][6] is True


def test_erasing_an_observer_scrubs_who_discarded(service) -> None:
    db = service[0]
    draft = _add(service, status="draft", observer="heron")
    trash.discard(db, draft.id, by="Heron")  # a look-alike spelling
    other = _add(service, status="draft", observer="owl")
    trash.discard(db, other.id, by="owl")
    privacy.erase_observer(db, "heron")
    assert [d[3] for d in _deletions(db)] == [workflow.UNKNOWN_REVIEWER, "owl"]
    assert "Heron" not in repr([h.details for h in queries.encounter_history(db, draft.id)])


# --- imports ----------------------------------------------------------------------------------


def _bundle_with(path: Path, out: Path, encounter_id: str, **changes: Any) -> None:
    bundle = json.loads(path.read_text(encoding="utf-8"))
    for item in bundle["encounters"]:
        if item["id"] == encounter_id:
            item.update(changes)
    out.write_text(json.dumps(bundle), encoding="utf-8")


def test_an_import_does_not_bring_deleted_work_back_unless_newer(service, tmp_path) -> None:
    db = service[0]
    gone = _add(service, notes="first")
    exported = tmp_path / "before.json"
    export_bundle(db, exported)
    trash.delete(db, gone.id, "mentor", "duplicate")
    assert export_bundle(db, tmp_path / "none.json") == 0  # the trash is not exported
    before = _snapshot(db)
    result = import_bundle(db, exported)
    assert (result.stayed_deleted, result.restored, result.updated) == (1, 0, 0)
    assert _snapshot(db) == before
    # A version changed after the deletion (on another machine) brings it back.
    newer = tmp_path / "newer.json"
    _bundle_with(
        exported, newer, gone.id, notes="changed since", updated_at=datetime.now(UTC).isoformat()
    )
    result = import_bundle(db, newer)
    assert (result.stayed_deleted, result.restored, result.updated) == (0, 1, 1)
    assert queries.get_encounter(db, gone.id).notes == "changed since"
    assert queries.count_encounters(db) == 1
    assert _deletions(db)[0][5] is True  # restored


def test_an_import_does_not_bring_purged_work_back_unless_newer(service, tmp_path) -> None:
    db = service[0]
    gone = _add(service, status="draft")
    exported = tmp_path / "before.json"
    export_bundle(db, exported)
    trash.discard(db, gone.id)
    trash.purge_trash(db, days=0)
    result = import_bundle(db, exported)
    assert (result.added, result.stayed_deleted) == (0, 1)
    assert queries.count_encounters(db) == 0
    newer = tmp_path / "newer.json"
    _bundle_with(exported, newer, gone.id, updated_at=datetime.now(UTC).isoformat())
    result = import_bundle(db, newer)
    assert (result.added, result.restored) == (1, 1)
    assert queries.count_encounters(db) == 1


# --- the command line -------------------------------------------------------------------------


def _run(capsys, db: Database, *argv: str) -> tuple[int, str, str]:
    status = main([*argv, "--database-url", db.url])
    out, err = capsys.readouterr()
    return status, out, err


def test_the_trash_days_in_the_help_are_the_workflows() -> None:
    assert cli._TRASH_DAYS == workflow.TRASH_DAYS


def test_review_list_shows_submitted_oldest_first(service, capsys) -> None:
    db = service[0]
    late = _add(service, visited_at=datetime(2026, 11, 21, 10, 0, tzinfo=UTC))
    early = _add(service, visited_at=datetime(2026, 11, 19, 10, 0, tzinfo=UTC))
    _add(service, status="draft")
    gone = _add(service)
    trash.delete(db, gone.id, "mentor", "duplicate")
    status, out, err = _run(capsys, db, "review", "list")
    assert status == 0, err
    assert [line.split("\t")[0] for line in out.splitlines()] == [early.id, late.id]
    assert "Kamppi store" in out and "owl" in out and "submitted" in out
    status, out, _err = _run(capsys, db, "review", "list", "--format", "json")
    listed = json.loads(out)
    assert listed["count"] == 2
    first = listed["encounters"][0]
    assert set(first) == {"id", "visited_at", "location", "observer", "status", "score"}
    assert (first["id"], first["status"]) == (early.id, "submitted")
    assert first["score"] == pytest.approx(queries.get_encounter(db, early.id).score)
    status, out, _err = _run(capsys, db, "review", "list", "--status", "draft", "--format", "json")
    assert [e["status"] for e in json.loads(out)["encounters"]] == ["draft"]
    status, _out, err = _run(capsys, db, "review", "list", "--location", "Nowhere")
    assert status == 1 and "Nowhere" in err


def test_review_approve_return_and_tag(service, capsys) -> None:
    db = service[0]
    one, two = _add(service), _add(service)
    status, out, err = _run(
        capsys, db, "review", "approve", one.id, "--note", "Fine", "--by", "mentor"
    )
    assert status == 0, err
    approved = queries.get_encounter(db, one.id)
    assert (approved.status, approved.reviewed_by, approved.reviewer_note) == (
        "approved", "mentor", "Fine"
    )  # fmt: skip
    status, out, err = _run(capsys, db, "review", "return", two.id, "--reason", "Which till?")
    assert status == 0, err
    returned = queries.get_encounter(db, two.id)
    assert (returned.status, returned.return_reason) == ("returned", "Which till?")
    assert returned.reviewed_by == workflow.REVIEWER_ROLE  # no alias set, none given
    status, out, err = _run(capsys, db, "review", "tag", one.id, "best-practice", "follow-up")
    assert status == 0, err
    assert queries.get_encounter(db, one.id).tags == ["best-practice", "follow-up"]
    assert queries.get_encounter(db, one.id).status == "approved"


def test_cli_reviews_record_the_alias_set_in_the_app(service, capsys, qapp) -> None:
    from PySide6.QtCore import QSettings

    from mysteryshop import paths

    settings = QSettings(paths.APP_NAME, paths.APP_NAME)
    settings.setValue("recording/observer_alias", "trainer-tuuli")
    settings.sync()
    db = service[0]
    one = _add(service)
    assert _run(capsys, db, "review", "approve", one.id)[0] == 0
    assert queries.get_encounter(db, one.id).reviewed_by == "trainer-tuuli"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("review", "approve", "{draft}"), "a draft encounter cannot become approved"),
        (("review", "return", "{submitted}"), "needs a reason"),
        (("review", "return", "{submitted}", "--reason", "  "), "needs a reason"),
        (("review", "approve", "no-such-id"), "no encounter with id no-such-id"),
        (("review", "tag", "{trashed}", "x"), "in the trash: restore it first"),
        (("review", "approve", "{trashed}"), "in the trash: restore it first"),
        (("discard", "{submitted}"), "only a draft can"),
        (("discard", "no-such-id"), "no encounter with id"),
        (("delete", "{submitted}"), "say why"),
        (("delete", "{draft}", "--reason", "x"), "discard it instead"),
        (("trash", "restore", "{submitted}"), "not in the trash"),
    ],
)
def test_an_impossible_step_exits_1_with_one_line_and_changes_nothing(
    service, capsys, argv: tuple[str, ...], message: str
) -> None:
    db = service[0]
    ids = {
        "draft": _add(service, status="draft").id,
        "submitted": _add(service).id,
        "trashed": _add(service).id,
    }
    trash.delete(db, ids["trashed"], "mentor", "duplicate")
    before = _snapshot(db)
    status, out, err = _run(capsys, db, *(arg.format(**ids) for arg in argv))
    assert status == 1
    assert message in err and len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err and out == ""
    assert _snapshot(db) == before


def test_discard_delete_restore_and_the_trash_from_the_command_line(service, capsys) -> None:
    db = service[0]
    draft, done = _add(service, status="draft"), _add(service)
    status, out, err = _run(capsys, db, "discard", draft.id, "--by", "owl")
    assert status == 0 and "discarded" in out, err
    status, out, err = _run(capsys, db, "delete", done.id, "--reason", "test visit")
    assert status == 0 and "deleted" in out, err
    status, out, err = _run(capsys, db, "trash", "list")
    assert status == 0
    lines = out.splitlines()
    assert [line.split("\t")[:2] for line in lines] == [[done.id, "delete"], [draft.id, "discard"]]
    assert "30 days left" in lines[0] and "test visit" in lines[0] and "owl" in lines[1]
    status, out, err = _run(capsys, db, "trash", "list", "--format", "json")
    listed = json.loads(out)["encounters"]
    assert [(e["id"], e["kind"], e["days_left"]) for e in listed] == [
        (done.id, "delete", 30), (draft.id, "discard", 30)
    ]  # fmt: skip
    assert listed[0]["reason"] == "test visit"
    status, out, err = _run(capsys, db, "trash", "restore", draft.id)
    assert status == 0, err
    assert queries.get_encounter(db, draft.id).status == "draft"
    assert queries.count_encounters(db) == 1
    status, out, err = _run(capsys, db, "trash", "empty", "--expired")
    assert status == 0 and "nothing deleted" in out
    status, out, err = _run(capsys, db, "trash", "empty")
    assert status == 1 and "--yes" in err  # no terminal to ask
    assert trash.count_trash(db) == 1
    status, out, err = _run(capsys, db, "trash", "empty", "--yes")
    assert status == 0 and "purged 1 encounter" in out, err
    assert trash.count_trash(db) == 0
    status, out, err = _run(capsys, db, "trash", "restore", done.id)
    assert status == 1 and "purged from the trash" in err


def test_locations_count_and_date_only_what_is_not_in_the_trash(service) -> None:
    """The Locations page's count and last visit (APP.md: a bare list) leave the trash out,
    as the log, reports and exports do; the last visit is the latest instant, aware."""
    from mysteryshop.store.locations import location_summaries

    db, _form, location = service
    early = _add(service, visited_at=datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    late = _add(service, visited_at=datetime(2026, 11, 20, 14, 5, tzinfo=UTC))
    [summary] = [s for s in location_summaries(db) if s.id == location.id]
    assert (summary.encounters, summary.last_visit) == (2, late.visited_at)
    trash.delete(db, late.id, "m", "recorded twice")
    [summary] = [s for s in location_summaries(db) if s.id == location.id]
    assert (summary.encounters, summary.last_visit) == (1, early.visited_at)
    assert summary.last_visit is not None and summary.last_visit.utcoffset() is not None


def test_a_search_match_is_found_in_the_notes_staff_or_reviewer_note(service) -> None:
    from mysteryshop.store import listing

    db, _form, _location = service
    noted = _add(service, notes="The cashier laughed at my joke and served me warmly.")
    staffed = _add(service, notes="", staff="laughing clerk at the till")
    assert listing.match_snippet(db, noted.id, "LAUGHED") == (
        "notes",
        "The cashier laughed at my joke and served me warmly.",
    )
    assert listing.match_snippet(db, staffed.id, "laugh") == (
        "staff",
        "laughing clerk at the till",
    )
    assert listing.match_snippet(db, noted.id, "nowhere") is None
