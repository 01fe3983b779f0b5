"""Action items (issue 16, item 5: the coaching loop): what is stored and refused, the state
changes, "overdue", the follow-up of the visits since an action was made ("held 1 of 2") and
"reopened" (closed as done, then missed again), privacy (an erased location takes its
actions, an erased observer leaves none of their alias) and the command line."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from pypdf import PdfReader

from mysteryshop.cli import main
from mysteryshop.forms import Form
from mysteryshop.reports.coaching import build_coaching
from mysteryshop.reports.i18n import use_language
from mysteryshop.reports.summary import build_summary
from mysteryshop.store import actions, locations, privacy, queries
from mysteryshop.store.actions import ActionFilter
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.records import EncounterData, EncounterFilter, LocationData, new_id

MADE = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # when the test's actions are made
TODAY = date(2026, 11, 30)
HELSINKI = timezone(timedelta(hours=2))


def visit(
    location_id: str,
    day: int,
    greeted: bool,
    *,
    status: str = "submitted",
    calibration: str | None = None,
    month: int = 11,
) -> EncounterData:
    """A service-encounter visit whose greeting (greeted_on_arrival, 2 points, the greeting
    dimension's only answered question) was there or not."""
    answers: dict[str, Any] = {
        "greeted_on_arrival": greeted,
        "smile": 5,
        "helped": "fully",
        "said_goodbye": True,
        "treated_with_respect": True,
        "feeling": 1,
    }
    return EncounterData(
        id=new_id(),
        form_id="service-encounter",
        form_version=1,
        location_id=location_id,
        visited_at=datetime(2026, month, day, 14, 5, tzinfo=HELSINKI),
        observer="mika",
        status=status,
        answers=answers,
        calibration=calibration,
    )


@pytest.fixture
def place(db: Database, shipped_forms: list[Form]) -> tuple[Database, str, str]:
    """Two stores; Aalto has a missed greeting before the action is made, and after it
    (20 November): one held, one missed, a draft and a calibration visit (both missed, never
    counted). Returns the database and the two stores' ids."""
    aalto, bore = LocationData(new_id(), "Aalto store"), LocationData(new_id(), "Bore store")
    visits = [
        visit(aalto.id, 10, False),
        visit(aalto.id, 21, True),
        visit(aalto.id, 22, False),
        visit(aalto.id, 23, False, status="draft"),
        visit(aalto.id, 23, False, calibration="session-1"),
        visit(bore.id, 22, False),  # another location
    ]
    queries.bulk_add_encounters(db, visits, [aalto, bore], shipped_forms)
    return db, aalto.id, bore.id


def add(db: Database, location_id: str, **kwargs: Any) -> str:
    values: dict[str, Any] = {
        "form_id": "service-encounter",
        "question_id": "greeted_on_arrival",
        "what": "Greet every customer within 10 seconds",
        "owner_role": "store manager",
        "now": MADE,
    }
    values.update(kwargs)
    return actions.add_action(db, location_id=location_id, **values)


def only(db: Database, action_id: str, today: date = TODAY) -> actions.ActionItemData:
    return actions.get_action(db, action_id, today=today)


# --- store ------------------------------------------------------------------------------------


def test_an_action_is_stored_with_its_follow_up_of_reported_visits_since(place) -> None:
    db, aalto, _bore = place
    action_id = add(db, aalto, due_on=date(2026, 12, 15))
    item = only(db, action_id)
    assert (item.location_name, item.state, item.owner_role) == (
        "Aalto store",
        "open",
        "store manager",
    )
    assert (item.form_id, item.question_id, item.dimension) == (
        "service-encounter",
        "greeted_on_arrival",
        None,
    )
    # The visit of the 10th is before the action; the draft, the calibration visit and Bore's
    # visit do not count: held on the 21st, missed on the 22nd.
    assert (item.follow_up.held, item.follow_up.missed, item.follow_up.n) == (1, 1, 2)
    assert not item.overdue and not item.reopened and item.outstanding


def test_a_dimension_action_counts_visits_that_scored_the_dimension(place) -> None:
    db, aalto, _bore = place
    action_id = add(db, aalto, form_id=None, question_id=None, dimension="greeting")
    item = only(db, action_id)
    assert item.dimension == "greeting" and item.question_id is None
    assert (item.follow_up.held, item.follow_up.missed) == (1, 1)


def test_done_then_missed_again_after_closing_is_reopened(place, shipped_forms) -> None:
    db, aalto, _bore = place
    action_id = add(db, aalto)
    actions.set_state(db, action_id, "done", now=datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    assert not only(db, action_id).reopened  # the miss of the 22nd was before it was closed
    queries.bulk_add_encounters(db, [visit(aalto, 25, True)], [], shipped_forms)
    assert not only(db, action_id).reopened  # held after closing
    queries.bulk_add_encounters(db, [visit(aalto, 26, False)], [], shipped_forms)
    item = only(db, action_id)
    assert item.reopened and item.outstanding and not item.overdue
    assert (item.follow_up.held, item.follow_up.missed, item.follow_up.missed_since_closed) == (
        2,
        2,
        1,
    )
    assert [a.id for a in actions.outstanding(db, [aalto], today=TODAY)] == [action_id]


def test_dropped_actions_are_never_reopened(place, shipped_forms) -> None:
    db, aalto, _bore = place
    action_id = add(db, aalto)
    actions.set_state(db, action_id, "dropped", now=datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    queries.bulk_add_encounters(db, [visit(aalto, 26, False)], [], shipped_forms)
    item = only(db, action_id)
    assert not item.reopened and not item.outstanding
    assert actions.outstanding(db, today=TODAY) == []


def test_overdue_is_open_and_due_before_today(place) -> None:
    db, aalto, bore = place
    late = add(db, aalto, due_on=date(2026, 11, 25))
    due_today = add(db, aalto, due_on=TODAY)
    undated = add(db, bore)
    assert [only(db, i).overdue for i in (late, due_today, undated)] == [True, False, False]
    listed = actions.list_actions(db, ActionFilter(overdue=True), today=TODAY)
    assert [item.id for item in listed] == [late]
    actions.set_state(db, late, "done")
    assert not only(db, late).overdue  # done is never late
    assert actions.list_actions(db, ActionFilter(overdue=True), today=TODAY) == []


def test_list_filters_by_location_name_state_and_about(place) -> None:
    db, aalto, bore = place
    first = add(db, aalto)
    second = add(db, bore, form_id=None, question_id=None, dimension="smile", what="Smile")
    actions.set_state(db, second, "dropped")

    def ids(**f: Any) -> list[str]:
        return [item.id for item in actions.list_actions(db, ActionFilter(**f), today=TODAY)]

    assert ids() == [first, second]  # open first
    assert ids(location="  AALTO store ") == [first]
    assert ids(location=bore) == [second]
    assert ids(states=("dropped",)) == [second]
    assert ids(dimension="smile") == [second]
    assert ids(form_id="service-encounter", question_id="greeted_on_arrival") == [first]


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"location_id": "nowhere"}, "no location with id nowhere"),
        ({"what": "   "}, "an action item needs a text: what is to be done"),
        ({"question_id": "no_such"}, "no question 'no_such' in form service-encounter"),
        ({"form_id": "no-form"}, "no form no-form in the database"),
        ({"question_id": "help_missing"}, "earns no points"),
        ({"form_id": None, "question_id": None}, "needs a question (form and question id)"),
        ({"dimension": "smile"}, "one question or one dimension, not both"),
        ({"form_id": None, "question_id": None, "dimension": "charm"}, "unknown dimension"),
        ({"due_on": date(2026, 11, 19)}, "the due date 2026-11-19 is before the day"),
        ({"owner_role": "x" * 101}, "longer than 100 characters"),
        ({"source": "rumour"}, "unknown source 'rumour'"),
        ({"source_encounter_id": "gone"}, "no encounter with id gone"),
    ],
)
def test_bad_actions_are_refused_with_a_reason_and_nothing_stored(place, changes, reason) -> None:
    db, aalto, _bore = place
    values = {"location_id": aalto, **changes}
    location_id = values.pop("location_id")
    with pytest.raises(StoreError) as refused:
        add(db, location_id, **values)
    assert any(reason in line for line in refused.value.problems), refused.value.problems
    assert actions.list_actions(db, today=TODAY) == []


def test_the_forms_own_dimension_is_known(place) -> None:
    db, aalto, _bore = place
    action_id = add(db, aalto, form_id=None, question_id=None, dimension="respect")
    assert only(db, action_id).follow_up.held == 2  # respected on the 21st and 22nd


def test_state_changes_follow_the_rules(place) -> None:
    db, aalto, _bore = place
    action_id = add(db, aalto)
    with pytest.raises(StoreError, match="open already"):
        actions.set_state(db, action_id, "open")
    with pytest.raises(StoreError, match="unknown state 'finished'"):
        actions.set_state(db, action_id, "finished")
    actions.set_state(db, action_id, "done")
    assert only(db, action_id).closed_at is not None
    with pytest.raises(StoreError, match="done can only be reopened first"):
        actions.set_state(db, action_id, "dropped")
    actions.set_state(db, action_id, "open")
    item = only(db, action_id)
    assert item.state == "open" and item.closed_at is None
    with pytest.raises(StoreError, match="no action item with id nope"):
        actions.set_state(db, "nope", "done")


def test_update_changes_text_owner_and_due_date_and_refuses_blank(place) -> None:
    db, aalto, _bore = place
    action_id = add(db, aalto, due_on=date(2026, 12, 1))
    actions.update_action(db, action_id, what=" Practise greetings ", owner_role="shift lead")
    item = only(db, action_id)
    assert (item.what, item.owner_role, item.due_on) == (
        "Practise greetings",
        "shift lead",
        date(2026, 12, 1),
    )
    actions.update_action(db, action_id, due_on=None)
    assert only(db, action_id).due_on is None
    with pytest.raises(StoreError, match="needs a text"):
        actions.update_action(db, action_id, what="")
    with pytest.raises(StoreError, match="before the day"):
        actions.update_action(db, action_id, due_on=date(2026, 11, 1))
    assert only(db, action_id).what == "Practise greetings"


def test_the_follow_up_of_many_actions_is_read_at_once(place) -> None:
    db, aalto, bore = place
    for i in range(30):
        add(db, aalto if i % 2 else bore, what=f"action {i}")
    listed = actions.list_actions(db, today=TODAY)
    assert len(listed) == 30
    assert {(item.location_name, item.follow_up.n) for item in listed} == {
        ("Aalto store", 2),
        ("Bore store", 1),
    }


# --- privacy and merging ------------------------------------------------------------------------


def test_erasing_a_location_removes_its_actions(place) -> None:
    db, aalto, bore = place
    add(db, aalto)
    kept = add(db, bore)
    privacy.erase_location(db, aalto, reclaim=False)
    assert [item.id for item in actions.list_actions(db, today=TODAY)] == [kept]


def test_erasing_an_observer_forgets_who_made_actions(place) -> None:
    db, aalto, _bore = place
    theirs = add(db, aalto, created_by="MIKA")
    other = add(db, aalto, created_by="trainer anna")
    privacy.erase_observer(db, "mika", reclaim=False)
    assert only(db, theirs).created_by is None
    assert only(db, other).created_by == "trainer anna"


def test_merging_locations_keeps_the_duplicates_actions(place) -> None:
    db, aalto, bore = place
    moved = add(db, bore)
    locations.merge_locations(db, aalto, [bore])
    item = only(db, moved)
    assert item.location_id == aalto and item.location_name == "Aalto store"


# --- the command line ---------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], db: Database, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--database-url", db.url])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_adds_lists_and_closes_actions(place, capsys, data_dir) -> None:
    db, aalto, _bore = place
    code, out, err = run(
        capsys,
        db,
        "actions",
        "add",
        "--location",
        "aalto store",
        "--question",
        "service-encounter:greeted_on_arrival",
        "--what",
        "Greet within 10 seconds",
        "--owner",
        "store manager",
        "--due",
        "2099-01-31",
    )
    assert code == 0, err
    action_id = out.split()[-1]
    code, out, err = run(capsys, db, "actions", "list", "--format", "json")
    assert code == 0, err
    (listed,) = json.loads(out)
    assert listed["id"] == action_id and listed["state"] == "open"
    assert listed["location_name"] == "Aalto store" and listed["due_on"] == "2099-01-31"
    assert listed["follow_up"]["n"] == 0  # made today: no visit since
    assert listed["overdue"] is False and listed["reopened"] is False
    code, out, err = run(capsys, db, "actions", "set", action_id, "done")
    assert code == 0, err
    code, out, err = run(capsys, db, "actions", "list", "--state", "open")
    assert (code, out) == (0, "")
    code, out, err = run(capsys, db, "actions", "list")
    assert "Aalto store" in out and "done" in out and "Greet within 10 seconds" in out


def test_cli_dimension_action_and_overdue_list(place, capsys, data_dir) -> None:
    db, aalto, bore = place
    late = add(db, aalto, due_on=date(2026, 11, 21))  # long past by the time tests run
    code, out, err = run(
        capsys,
        db,
        "actions",
        "add",
        "--location",
        "Bore store",
        "--dimension",
        "smile",
        "--what",
        "x",
    )
    assert code == 0, err
    code, out, err = run(capsys, db, "actions", "list", "--overdue", "--format", "json")
    assert code == 0, err
    assert [item["id"] for item in json.loads(out)] == [late]
    code, out, err = run(capsys, db, "actions", "list", "--overdue")
    assert "overdue" in out


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (["--location", "Nowhere", "--dimension", "smile", "--what", "x"], "no location named"),
        (["--location", "Aalto store", "--dimension", "charm", "--what", "x"], "unknown dim"),
        (["--location", "Aalto store", "--question", "greeted", "--what", "x"], "FORM:QUESTION"),
        (["--location", "Aalto store", "--dimension", "smile", "--what", " "], "needs a text"),
        (
            [
                "--location",
                "Aalto store",
                "--dimension",
                "smile",
                "--what",
                "x",
                "--due",
                "2001-01-01",
            ],
            "before the day",
        ),
    ],
)
def test_cli_refuses_bad_actions_and_changes_nothing(place, capsys, data_dir, argv, reason) -> None:
    db, _aalto, _bore = place
    code, out, err = run(capsys, db, "actions", "add", *argv)
    assert code == 1 and reason in err and "Traceback" not in err, err
    assert actions.list_actions(db, today=TODAY) == []


def test_cli_refuses_an_impossible_state_change(place, capsys, data_dir) -> None:
    db, aalto, _bore = place
    action_id = add(db, aalto)
    code, out, err = run(capsys, db, "actions", "set", action_id, "open")
    assert code == 1 and "open already" in err
    code, out, err = run(capsys, db, "actions", "set", "nope", "done")
    assert code == 1 and "no action item with id nope" in err
    assert only(db, action_id).state == "open"


# --- the reports --------------------------------------------------------------------------------


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


def test_a_locations_report_lists_its_open_actions_with_overdue_and_reopened(
    place, shipped_forms
) -> None:
    db, aalto, bore = place
    add(db, aalto, due_on=date(2026, 11, 25))  # overdue on the 30th
    again = add(db, aalto, what="Say goodbye", question_id="said_goodbye")
    actions.set_state(db, again, "done", now=datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    missed = visit(aalto, 26, True)
    missed.answers["said_goodbye"] = False
    queries.bulk_add_encounters(db, [missed], [], shipped_forms)
    add(db, bore, what="Bore's own action")
    generated = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    text = pdf_text(build_summary(db, EncounterFilter(location="Aalto store"), generated=generated))
    assert "Open action items" in text
    assert "1 open · 1 overdue · 1 reopened" in text
    assert "Greet every customer within 10 seconds" in text and "Open · overdue" in text
    assert "Say goodbye" in text and "Done · reopened" in text
    assert "held 2 of 3 visits since" in text  # greeted on the 21st and 26th, not the 22nd
    assert "Bore's own action" not in text
    # The whole programme's summary has no location pages: no action items.
    assert "Open action items" not in pdf_text(build_summary(db, EncounterFilter()))


def test_the_coaching_report_lists_open_and_overdue_actions(place) -> None:
    db, aalto, bore = place
    add(db, aalto, due_on=date(2026, 11, 25))
    add(db, bore, what="Smile at the till", form_id=None, question_id=None, dimension="smile")
    closed = add(db, bore, what="Dropped one")
    actions.set_state(db, closed, "dropped")
    text = pdf_text(build_coaching(db, EncounterFilter()))
    assert "Open action items" in text and "2 open · 1 overdue" in text
    assert "Greet every customer within 10 seconds" in text and "overdue" in text
    assert "Smile at the till" in text and "Action items here" in text
    assert "Dropped one" not in text


def test_the_reports_say_it_in_finnish(place) -> None:
    db, aalto, _bore = place
    add(db, aalto, due_on=date(2026, 11, 25))
    with use_language("fi"):
        text = pdf_text(build_coaching(db, EncounterFilter()))
    assert "Greet every customer within 10 seconds" in text
    assert "Open action items" not in text and "myöhässä" in text


def test_reports_without_action_items_have_no_such_section(place) -> None:
    db, _aalto, _bore = place
    text = pdf_text(build_coaching(db, EncounterFilter()))
    assert "action items" not in text.lower()
