"""The encounter lifecycle (workflow.py) as the store enforces it on every write path: saves,
the review verb, bundle imports; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from mysteryshop import workflow
from mysteryshop.exchange import bundle
from mysteryshop.forms import validate_form
from mysteryshop.store import models, queries
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.records import EncounterData, LocationData, encounter_to_dict, new_id
from mysteryshop.vocabulary import STATUSES

HELSINKI = timezone(timedelta(hours=2))

# The lifecycle, written out here rather than read from workflow.py, so a change to its table
# is a failing test: (stored status or None for new, new status) pairs a save may make; every
# save that keeps the status is allowed besides.
ALLOWED = {
    (None, "draft"),
    (None, "submitted"),
    ("draft", "submitted"),
    ("returned", "submitted"),
    ("returned", "draft"),
    ("submitted", "approved"),
    ("returned", "approved"),
    ("submitted", "returned"),
    ("approved", "returned"),
}
PAIRS = [(old, new) for old in (None, *STATUSES) for new in STATUSES]

FORM = validate_form(
    {
        "id": "lifecycle",
        "version": 1,
        "title": "Lifecycle",
        "sections": [
            {
                "id": "visit",
                "title": "Visit",
                "questions": [
                    {"id": "greeted", "type": "yes_no", "text": "Greeted?", "required": True},
                    {"id": "smile", "type": "rating", "text": "Smile", "scale": [1, 5]},
                ],
            }
        ],
    },
    "test",
)


@pytest.fixture
def place(db: Database) -> tuple[Database, LocationData]:
    queries.store_form(db, FORM)
    return db, queries.add_location(db, "Kamppi store", "Helsinki")


def new_encounter(location: LocationData, **fields: Any) -> EncounterData:
    values: dict[str, Any] = {
        "id": new_id(),
        "form_id": FORM.id,
        "form_version": FORM.version,
        "location_id": location.id,
        "visited_at": datetime(2026, 11, 20, 14, 5, tzinfo=HELSINKI),
        "observer": "owl",
        "status": "draft",
        "answers": {"greeted": True, "smile": 4},
    }
    values.update(fields)
    return EncounterData(**values)


def stored_as(db: Database, location: LocationData, status: str) -> EncounterData:
    """An encounter brought to `status` the way the app does it."""
    data = queries.save_encounter(db, new_encounter(location, status="draft"))
    if status == "draft":
        return data
    data = queries.save_encounter(db, replace(data, status="submitted"))
    if status == "approved":
        return queries.review_encounter(db, data.id, data.revision, reviewer="T", action="approve")
    if status == "returned":
        return queries.review_encounter(
            db, data.id, data.revision, reviewer="T", action="return", reason="Add the wait."
        )
    return data


def table_counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (models.Encounter, models.Answer, models.EncounterHistory)
        }


# --- the state machine alone ------------------------------------------------------------------


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_the_allowed_changes_of_status_are_exactly_these(old: str | None, new: str) -> None:
    allowed = (old, new) in ALLOWED or old == new
    assert (workflow.action_for(old, new) is not None) is allowed
    problems = workflow.transition_problems(old, new, by="T")
    assert (problems == []) is allowed
    if not allowed:
        (line,) = problems
        assert line.startswith("status: ") and f"cannot become {new}" in line


def test_what_each_status_offers() -> None:
    assert workflow.allowed_actions(None) == ("create", "submit")
    assert workflow.allowed_actions("draft") == ("edit", "submit")
    assert workflow.allowed_actions("submitted") == ("edit", "approve", "return")
    assert workflow.allowed_actions("returned") == ("edit", "submit", "reopen", "approve")
    assert workflow.allowed_actions("approved") == ("edit", "return")
    assert not workflow.can("approve", "draft")
    assert not workflow.can("return", "returned")
    assert workflow.OBSERVER_EDITABLE == ("draft", "returned")


def test_the_editor_reopens_a_returned_encounter_and_submits_drafts() -> None:
    assert [workflow.after_edit(s) for s in STATUSES] == [
        "draft", "submitted", "draft", "approved"
    ]  # fmt: skip
    assert [workflow.after_submit(s) for s in (None, *STATUSES)] == [
        "submitted", "submitted", "submitted", "submitted", "approved"
    ]  # fmt: skip


def test_approving_and_returning_need_a_reviewer() -> None:
    for new in ("approved", "returned"):
        (line,) = workflow.transition_problems("submitted", new, by="  ")
        assert line.startswith("reviewed_by: ")


def test_history_messages_name_what_changed_once() -> None:
    before = {"status": "submitted", "tags": ["a"], "reviewer_note": "", "notes": "x"}
    after = {"status": "returned", "tags": ["b"], "reviewer_note": "n", "notes": "y",
             "return_reason": "Why"}  # fmt: skip
    details = workflow.change_details(before, after, by="T")
    assert details == {
        "by": "T",
        "status": ["submitted", "returned"],
        "reason": "Why",
        "tags_added": ["b"],
        "tags_removed": ["a"],
        "note_changed": True,
        "changed": ["notes"],
    }
    assert workflow.history_messages("returned", details) == [  # the kind names the status
        ("reason", ("Why",)),
        ("tag_added", ("b",)),
        ("tag_removed", ("a",)),
        ("note_changed", ()),
        ("changed", ("notes",)),
        ("by", ("T",)),
    ]
    assert workflow.history_messages("imported", {"status": ["draft", "approved"]}) == [
        ("status", ("draft", "approved"))
    ]
    assert workflow.history_kind("edit", before, {**before, "tags": ["b"]}) == "reviewed"
    assert workflow.history_kind("edit", before, {**before, "notes": "z"}) == "edited"


# --- through the store ------------------------------------------------------------------------


@pytest.mark.parametrize(("old", "new"), PAIRS, ids=lambda v: str(v))
def test_every_change_of_status_through_save_encounter(
    place: tuple[Database, LocationData], old: str | None, new: str
) -> None:
    db, location = place
    if old is None:
        data = new_encounter(location, status=new)
    else:
        data = replace(stored_as(db, location, old), status=new)
    if new == "returned":
        data.return_reason = "Please add the wait."
    before = table_counts(db)
    stored = queries.get_encounter(db, data.id) if old is not None else None

    if (old, new) in ALLOWED or old == new:
        saved = queries.save_encounter(db, data, by="Trainer A")
        assert saved.status == queries.get_encounter(db, data.id).status == new
        return
    with pytest.raises(StoreError) as refused:
        queries.save_encounter(db, data, by="Trainer A")
    (line,) = refused.value.problems
    assert line.startswith("status: ") and "\n" not in line
    assert table_counts(db) == before  # nothing changed
    if stored is not None:
        assert queries.get_encounter(db, data.id) == stored


def test_a_draft_cannot_be_approved_by_the_review_verb(
    place: tuple[Database, LocationData],
) -> None:
    db, location = place
    draft = stored_as(db, location, "draft")
    with pytest.raises(StoreError, match="a draft encounter cannot become approved"):
        queries.review_encounter(db, draft.id, draft.revision, reviewer="T", action="approve")
    assert queries.get_encounter(db, draft.id) == draft
    assert queries.encounter_history(db, draft.id) == []


def test_a_return_without_a_reason_is_refused_by_the_store(
    place: tuple[Database, LocationData],
) -> None:
    db, location = place
    submitted = stored_as(db, location, "submitted")
    with pytest.raises(StoreError, match="return_reason: a returned encounter needs a reason"):
        queries.review_encounter(
            db, submitted.id, submitted.revision, reviewer="T", action="return", reason="  "
        )
    blank = replace(submitted, status="returned", return_reason=" \n")
    with pytest.raises(StoreError, match="needs a reason"):
        queries.save_encounter(db, blank, by="T")
    assert queries.get_encounter(db, submitted.id) == submitted


def test_approving_without_a_reviewer_is_refused(place: tuple[Database, LocationData]) -> None:
    db, location = place
    submitted = stored_as(db, location, "submitted")
    with pytest.raises(StoreError, match="say who reviews it"):
        queries.save_encounter(db, replace(submitted, status="approved"))
    with pytest.raises(StoreError, match="say who reviews it"):
        queries.review_encounter(db, submitted.id, 2, reviewer=" ", action="approve")
    assert queries.get_encounter(db, submitted.id).status == "submitted"


def test_submitting_needs_the_required_answers(place: tuple[Database, LocationData]) -> None:
    db, location = place
    draft = queries.save_encounter(db, new_encounter(location, answers={"smile": 3}))
    with pytest.raises(StoreError, match="answers.greeted: required, but not answered"):
        queries.save_encounter(db, replace(draft, status="submitted"))
    assert queries.get_encounter(db, draft.id).status == "draft"


def test_approve_records_the_reviewer_and_the_time(place: tuple[Database, LocationData]) -> None:
    db, location = place
    submitted = stored_as(db, location, "submitted")
    start = datetime.now(UTC)
    approved = queries.review_encounter(
        db, submitted.id, submitted.revision, reviewer="Trainer A", action="approve",
        note="Good notes.", tags=["best-practice"],
    )  # fmt: skip
    assert approved.reviewed_by == "Trainer A"
    assert approved.reviewed_at is not None
    assert start <= approved.reviewed_at <= datetime.now(UTC)
    assert queries.get_encounter(db, submitted.id) == approved
    # A later edit keeps the approval as it was, whatever the caller sends.
    edited = queries.save_encounter(
        db,
        replace(approved, answers={"greeted": True, "smile": 2}, reviewed_by="someone else"),
        by="owl",
    )
    assert (edited.status, edited.reviewed_by) == ("approved", "Trainer A")
    assert edited.reviewed_at == approved.reviewed_at
    history = queries.encounter_history(db, submitted.id)
    # Each leaves the content's hash (audit.py); the review did not change it, the edit did.
    hashes = [e.details.pop("hash") for e in history]
    assert hashes[0] == hashes[1] != hashes[2]
    kinds = [(e.change, e.details) for e in history]
    assert kinds == [
        ("submitted", {"status": ["draft", "submitted"]}),
        (
            "approved",
            {
                "by": "Trainer A",
                "status": ["submitted", "approved"],
                "tags_added": ["best-practice"],
                "note_changed": True,
            },
        ),
        ("edited", {"by": "owl", "changed": ["answers"]}),
    ]


def test_a_returned_encounter_edited_by_its_observer_is_reopened(
    place: tuple[Database, LocationData],
) -> None:
    db, location = place
    returned = stored_as(db, location, "returned")
    assert (returned.reviewed_by, returned.return_reason) == ("T", "Add the wait.")
    reopened = queries.save_encounter(
        db, replace(returned, status=workflow.after_edit("returned"), notes="Waited 40 s.")
    )
    assert reopened.status == "draft"
    assert reopened.return_reason == "Add the wait."  # stays until the next review
    again = queries.save_encounter(db, replace(reopened, status=workflow.after_submit("draft")))
    assert again.status == "submitted"
    history = queries.encounter_history(db, returned.id)
    assert [e.change for e in history] == ["submitted", "returned", "reopened", "submitted"]
    assert history[2].details == {"status": ["returned", "draft"], "changed": ["notes"]}


# --- imports ----------------------------------------------------------------------------------


def bundle_file(tmp_path: Path, location: LocationData, *encounters: dict[str, Any]) -> Path:
    raw = {
        "format": "mysteryshop-bundle",
        "format_version": 1,
        "exported_at": "2026-11-22T10:00:00+00:00",
        "forms": [{"id": FORM.id, "version": FORM.version, "definition": FORM.definition()}],
        "locations": [{"id": location.id, "name": location.name, "region": location.region}],
        "encounters": list(encounters),
    }
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def exported(location: LocationData, **fields: Any) -> dict[str, Any]:
    moment = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
    data = new_encounter(location, created_at=moment, updated_at=moment)
    item = encounter_to_dict(data)
    item.update(fields)
    return item


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        (  # a draft's answers sent as approved
            {
                "status": "approved",
                "answers": {"smile": 2},
                "reviewed_by": "T",
                "reviewed_at": "2026-11-21T10:00:00+00:00",
            },  # fmt: skip
            "answers.greeted: required, but not answered",
        ),
        (  # a file that names the reviewer fields must fill them
            {"status": "approved", "reviewed_by": None, "reviewed_at": None},
            "reviewed_by: an approved encounter needs its reviewer",
        ),
        ({"status": "returned", "return_reason": ""}, "needs a reason"),
    ],
    ids=["approved-incomplete", "approved-without-reviewer", "returned-without-reason"],
)
def test_an_incoherent_encounter_refuses_the_whole_bundle(
    place: tuple[Database, LocationData], tmp_path: Path, fields: dict[str, Any], reason: str
) -> None:
    db, location = place
    good = exported(location, status="submitted")
    path = bundle_file(tmp_path, location, good, exported(location, **fields))
    before = table_counts(db)
    with pytest.raises(bundle.BundleError) as refused:
        bundle.import_bundle(db, path)
    problems = [line for line in refused.value.problems if reason in line]
    assert len(problems) == 1 and "encounters[1]" in problems[0]
    assert all("\n" not in line for line in refused.value.problems)
    assert table_counts(db) == before  # not even the good one


def test_an_approved_encounter_from_a_file_without_reviewers_is_kept_as_reviewed_by_someone_unknown(
    place: tuple[Database, LocationData], tmp_path: Path
) -> None:
    db, location = place
    item = exported(location, status="approved")
    del item["reviewed_by"], item["reviewed_at"]  # as written before schema 0005
    bundle.import_bundle(db, bundle_file(tmp_path, location, item))
    stored = queries.get_encounter(db, item["id"])
    assert (stored.status, stored.reviewed_by) == ("approved", workflow.UNKNOWN_REVIEWER)
    assert stored.reviewed_at == datetime.fromisoformat(item["updated_at"])
    # Exported again, the reviewer travels with it, and importing it twice changes nothing.
    again = bundle.bundle_data(db)[0]["encounters"][0]
    assert again["reviewed_by"] == workflow.UNKNOWN_REVIEWER
    result = bundle.import_bundle(db, bundle_file(tmp_path, location, again))
    assert result.unchanged == 1


def test_bulk_add_checks_each_encounters_state(place: tuple[Database, LocationData]) -> None:
    db, location = place
    incoherent = new_encounter(location, status="approved")  # no reviewer
    with pytest.raises(StoreError, match=r"encounters\[0\] .*reviewed_by"):
        queries.bulk_add_encounters(db, [incoherent])
    assert table_counts(db)["encounters"] == 0


# --- any sequence of actions ------------------------------------------------------------------

MOVES = st.lists(
    st.tuples(
        st.sampled_from(["save", "approve", "return", "note"]),
        st.sampled_from(STATUSES),
        st.sampled_from([None, "Trainer A"]),
    ),
    max_size=8,
)


@settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(moves=MOVES)
def test_the_stored_status_always_follows_the_state_machine(
    place: tuple[Database, LocationData], moves: list[tuple[str, str, str | None]]
) -> None:
    """Random saves and review actions: each lands exactly when the lifecycle allows it, and
    the stored status is always the one the lifecycle predicts."""
    db, location = place
    data = queries.save_encounter(db, new_encounter(location))
    expected = "draft"
    for move, status, by in moves:
        wanted = {"save": status, "approve": "approved", "return": "returned"}.get(move, expected)
        allowed = (expected, wanted) in ALLOWED or expected == wanted
        if wanted != expected and wanted in ("approved", "returned") and not by:
            allowed = False  # a review needs a reviewer
        if allowed:
            data = _attempt(db, data, move, status, by)
            expected = wanted
        else:
            with pytest.raises(StoreError):
                _attempt(db, data, move, status, by)
        assert queries.get_encounter(db, data.id).status == expected == data.status


def _attempt(
    db: Database, data: EncounterData, move: str, status: str, by: str | None
) -> EncounterData:
    if move == "save":
        return queries.save_encounter(db, replace(data, status=status, return_reason="Why?"), by=by)
    action: Any = None if move == "note" else move
    return queries.review_encounter(
        db, data.id, data.revision, reviewer=by or "", action=action, reason="Why?",
        note=f"{move} {status}",
    )  # fmt: skip


def test_the_check_finds_a_status_that_was_forced_past_the_store(
    place: tuple[Database, LocationData],
) -> None:
    from sqlalchemy import update

    from mysteryshop.store.check import check_database

    db, location = place
    approved = stored_as(db, location, "approved")
    assert check_database(db).problems == []
    assert "encounters: 1 statuses checked, 0 incoherent" in check_database(db).lines
    with db.write() as session:  # e.g. another program writing to a team's database
        session.execute(
            update(models.Encounter)
            .where(models.Encounter.id == approved.id)
            .values(reviewed_by=None)
        )
    report = check_database(db)
    assert report.problems == [
        f"encounter {approved.id}: approved: reviewed_by: an approved encounter needs its reviewer"
    ]


def test_each_action_but_edit_leads_to_one_status() -> None:
    assert {a: workflow.destination(a) for a in ("create", "submit", "approve", "return")} == {
        "create": "draft", "submit": "submitted", "approve": "approved", "return": "returned"
    }  # fmt: skip
    assert workflow.destination("reopen") == "draft"
