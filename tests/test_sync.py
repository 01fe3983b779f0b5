"""A laptop's sync with its team's server (store/sync.py): a real SQLite file on the laptop,
a real PostgreSQL database as the server, the server's side changed through the store as a
trainer would."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from mysteryshop import demo, forms, paths
from mysteryshop.store import merge, queries, sync, trash
from mysteryshop.store.db import Database, StoreError, server_address
from mysteryshop.store.models import Encounter, SyncBase
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import EncounterData

ALIAS = "maija"


def shipped() -> list[forms.Form]:
    return [forms.load_form(path) for path in paths.shipped_form_files()]


def team_form() -> forms.Form:
    """A form of the team's own, which a laptop has only from the server."""
    source = json.loads(shipped()[0].canonical_json())
    return forms.validate_form({**source, "id": "team-visit"}, "test")


def team_server(url: str) -> Database:
    """A server set up as its admin would: the shipped forms and one of its own, the demo's
    locations."""
    server = open_database(url)
    data = demo.generate(shipped(), encounters=1, seed=1)
    queries.bulk_add_encounters(server, [], data.locations, [*shipped(), team_form()])
    return server


def visits(count: int, *, seed: int = 5, status: str = "submitted") -> list[EncounterData]:
    """`count` complete visits by ALIAS (not saved anywhere yet)."""
    data = demo.generate(shipped(), encounters=count * 3, seed=seed)
    out = []
    for encounter in data.encounters:
        if encounter.calibration or encounter.status == "draft":
            continue
        out.append(
            replace(
                encounter,
                observer=ALIAS,
                status=status,
                reviewed_by=None,
                reviewed_at=None,
                return_reason="",
                reviewer_note="",
                revision=0,
                created_at=None,
                updated_at=None,
                tags=[],
            )
        )
        if len(out) == count:
            return out
    raise AssertionError("demo gave too few visits")


def record(local: Database, count: int, **options: object) -> list[EncounterData]:
    """The observer records visits on the laptop, through the store as the editor does."""
    places = [place.id for place in queries.list_locations(local)]
    return [
        queries.save_encounter(local, replace(e, location_id=places[i % len(places)]), by=ALIAS)
        for i, e in enumerate(visits(count, **options))  # type: ignore[arg-type]
    ]


@pytest.fixture
def server(pg_url: str):
    database = team_server(pg_url)
    yield database
    database.close()


@pytest.fixture
def laptop(server: Database, db: Database) -> Database:
    """The observer's laptop after its first sync: the team's forms and locations."""
    sync.sync(db, server, alias=ALIAS)
    return db


def count(database: Database) -> int:
    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(Encounter)) or 0)


def test_the_first_sync_brings_the_forms_and_locations(server, db):
    result = sync.sync(db, server, alias=ALIAS)
    assert result.forms_pulled == 1  # the shipped ones are there already
    assert queries.get_form(db, "team-visit").content_hash() == team_form().content_hash()
    assert result.locations_pulled == len(queries.list_locations(server)) > 0
    assert (result.pushed, result.pulled, result.conflicts) == (0, 0, 0)
    state = sync.status(db)
    assert state.last_synced_at is not None
    assert state.server is not None and "@" not in state.server
    again = sync.sync(db, server, alias=ALIAS)
    assert (again.forms_pulled, again.locations_pulled) == (0, 0)


def test_submitted_visits_go_up_and_returned_ones_come_back_with_the_note(server, laptop):
    mine = record(laptop, 3)
    draft = record(laptop, 1, seed=9, status="draft")[0]
    assert sync.status(laptop).pending == 3
    result = sync.sync(laptop, server, alias=ALIAS)
    assert (result.pushed, result.pulled, result.conflicts) == (3, 0, 0)
    assert count(server) == 3  # the draft stays on the laptop
    assert sync.status(laptop).pending == 0
    with pytest.raises(StoreError):
        queries.get_encounter(server, draft.id)
    # The trainer returns one, with a note.
    returned = queries.get_encounter(server, mine[0].id)
    queries.review_encounter(
        server, returned.id, returned.revision, reviewer="trainer", action="return",
        reason="which staff member?", note="Good detail otherwise.",
    )  # fmt: skip
    result = sync.sync(laptop, server, alias=ALIAS)
    assert (result.pushed, result.pulled, result.conflicts) == (0, 1, 0)
    assert result.already_in_step == 2
    back = queries.get_encounter(laptop, mine[0].id)
    assert (back.status, back.return_reason, back.reviewer_note) == (
        "returned", "which staff member?", "Good detail otherwise.",
    )  # fmt: skip
    assert back.reviewed_by == "trainer"
    # The observer answers and resubmits on the laptop; the next sync takes it up.
    queries.save_encounter(laptop, replace(back, staff="Anna at the till", status="submitted"))
    assert sync.status(laptop).pending == 1
    result = sync.sync(laptop, server, alias=ALIAS)
    assert (result.pushed, result.pulled, result.conflicts) == (1, 0, 0)
    there = queries.get_encounter(server, mine[0].id)
    assert (there.status, there.staff) == ("submitted", "Anna at the till")
    kinds = [entry.change for entry in queries.encounter_history(server, there.id)]
    assert kinds[-1] == "submitted"  # the server's own state machine recorded the resubmission
    result = sync.sync(laptop, server, alias=ALIAS)
    assert (result.pushed, result.pulled, result.already_in_step) == (0, 0, 3)
    assert count(server) == 3


def test_changed_on_both_sides_the_server_stands_and_the_laptop_version_is_kept(server, laptop):
    mine = record(laptop, 2)
    sync.sync(laptop, server, alias=ALIAS)
    there = queries.get_encounter(server, mine[0].id)
    queries.review_encounter(server, there.id, there.revision, reviewer="trainer", action="approve")
    here = queries.get_encounter(laptop, mine[0].id)
    queries.save_encounter(laptop, replace(here, notes="Added after the visit."))
    result = sync.sync(laptop, server, alias=ALIAS)
    assert (result.conflicts, result.conflict_ids, result.pushed) == (1, [mine[0].id], 0)
    now_here = queries.get_encounter(laptop, mine[0].id)
    assert now_here.status == "approved" and now_here.notes == there.notes
    assert sync.status(laptop).conflicts == 1
    assert sync.conflict_ids(laptop) == {mine[0].id} and sync.conflict_ids(server) == set()
    [view] = sync.conflicts(laptop)
    assert view.encounter_id == mine[0].id
    assert view.local.notes == "Added after the visit." and view.local.status == "submitted"
    assert view.server.status == "approved"
    keys = {difference.key for difference in view.differences}
    assert {"status", "notes", "reviewed_by"} <= keys
    notes = next(d for d in view.differences if d.key == "notes")
    assert (notes.local, notes.server) == ("Added after the visit.", there.notes)
    # An approved visit cannot be turned back by the laptop: refused, the conflict stays.
    with pytest.raises(StoreError, match="approved"):
        sync.resolve(laptop, server, mine[0].id, "local")
    assert queries.get_encounter(server, mine[0].id).status == "approved"
    assert queries.get_encounter(laptop, mine[0].id).status == "approved"
    assert [v.local.notes for v in sync.conflicts(laptop)] == ["Added after the visit."]
    sync.resolve(laptop, server, mine[0].id, "server")
    assert sync.conflicts(laptop) == []
    again = sync.sync(laptop, server, alias=ALIAS)
    assert (again.conflicts, again.pushed, again.pulled) == (0, 0, 0)


def test_keeping_the_laptop_version_offline_pushes_it_at_the_next_sync(server, laptop):
    [mine] = record(laptop, 1)
    sync.sync(laptop, server, alias=ALIAS)
    there = queries.get_encounter(server, mine.id)
    queries.review_encounter(
        server, there.id, there.revision, reviewer="trainer", action="return", reason="staff?"
    )
    here = queries.get_encounter(laptop, mine.id)
    queries.save_encounter(laptop, replace(here, staff="Pekka"))
    assert sync.sync(laptop, server, alias=ALIAS).conflicts == 1
    sync.resolve(laptop, None, mine.id, "local")  # offline
    assert queries.get_encounter(laptop, mine.id).staff == "Pekka"
    assert sync.status(laptop).pending == 1
    result = sync.sync(laptop, server, alias=ALIAS)
    assert (result.pushed, result.conflicts) == (1, 0)
    # The laptop's version was submitted, over the returned one: the server kept its rules.
    now_there = queries.get_encounter(server, mine.id)
    assert (now_there.staff, now_there.status) == ("Pekka", "submitted")


def test_a_returned_visit_removed_on_the_laptop_goes_to_the_server_trash(server, laptop):
    [mine] = record(laptop, 1)
    sync.sync(laptop, server, alias=ALIAS)
    there = queries.get_encounter(server, mine.id)
    queries.review_encounter(
        server, there.id, there.revision, reviewer="trainer", action="return", reason="again"
    )
    sync.sync(laptop, server, alias=ALIAS)
    here = queries.get_encounter(laptop, mine.id)
    reopened = queries.save_encounter(laptop, replace(here, status="draft"))
    # Reopened and being edited: not the team's yet.
    assert sync.sync(laptop, server, alias=ALIAS).pushed == 0
    trash.discard(laptop, reopened.id, by=ALIAS)
    assert sync.status(laptop).pending == 1
    result = sync.sync(laptop, server, alias=ALIAS)
    assert result.pushed == 1 and result.refused == []
    assert trash.in_trash(server, mine.id)
    assert sync.sync(laptop, server, alias=ALIAS).pushed == 0


def test_a_push_whose_base_was_never_written_is_completed_by_the_next_sync(server, laptop):
    """The server committed, then the laptop died before writing the base."""
    record(laptop, 4)
    sync.sync(laptop, server, alias=ALIAS)
    with laptop.write() as session:
        session.execute(delete(SyncBase))
    result = sync.sync(laptop, server, alias=ALIAS)
    assert (result.pushed, result.pulled, result.conflicts, result.already_in_step) == (0, 0, 0, 4)
    assert count(server) == 4 and count(laptop) == 4


def test_a_location_added_on_the_laptop_goes_to_the_server(server, laptop):
    place = queries.add_location(laptop, "Kiosk by the station", "Uusimaa")
    result = sync.sync(laptop, server, alias=ALIAS)
    assert result.locations_pushed == 1
    assert place.id in {loc.id for loc in queries.list_locations(server)}


def test_only_the_observers_own_visits_are_exchanged(server, laptop):
    place = queries.list_locations(server)[0].id
    other = replace(visits(1, seed=11)[0], observer="someone-else", location_id=place)
    queries.save_encounter(server, other, by="someone-else")
    record(laptop, 1)
    result = sync.sync(laptop, server, alias=ALIAS)
    assert (result.pushed, result.pulled) == (1, 0)
    with pytest.raises(StoreError):
        queries.get_encounter(laptop, other.id)


def test_a_sync_needs_an_alias(server, db):
    with pytest.raises(StoreError, match="alias"):
        sync.sync(db, server, alias="  ")


def test_differences_name_each_answer_and_na():
    a = visits(1)[0]
    question = next(iter(a.answers))
    b = replace(a, answers={k: v for k, v in a.answers.items() if k != question},
                na=[*a.na, question], notes=a.notes + "!")  # fmt: skip
    found = sync.differences(a, b)
    answer = next(d for d in found if d.key == f"answers.{question}")
    assert (answer.field, answer.question_id, answer.server) == ("answers", question, sync.NA)
    assert answer.local == a.answers[question]
    assert [d.key for d in found if d.field != "answers"] == ["notes"]
    assert sync.differences(a, a) == []


def test_an_import_never_turns_an_approved_visit_back(db, tmp_path: Path):
    forms_ = shipped()
    [mine] = visits(1)
    data = demo.generate(forms_, encounters=1, seed=1)
    queries.bulk_add_encounters(db, [], data.locations, forms_)
    mine = replace(mine, location_id=data.locations[0].id)
    stored = queries.save_encounter(db, mine, by=ALIAS)
    approved = queries.review_encounter(
        db, stored.id, stored.revision, reviewer="trainer", action="approve"
    )
    # An older copy, as a draft, but changed later than the approval (a laptop's clock).
    later = replace(
        stored, status="draft", notes="edited elsewhere",
        updated_at=approved.updated_at + (approved.updated_at - stored.updated_at) + _SECOND,
    )  # fmt: skip
    result = merge.merge_encounters(db, forms_, [], [later])
    assert result.updated == 0 and result.conflicts == [stored.id]
    kept = queries.get_encounter(db, stored.id)
    assert kept.status == "approved" and kept.notes == approved.notes
    kinds = [entry.change for entry in queries.encounter_history(db, stored.id)]
    assert kinds[-1] == "import-older"  # the incoming version is kept in the history


_SECOND = __import__("datetime").timedelta(seconds=1)


# --- on a team server, as the observer's own login ---------------------------------------------


@pytest.fixture
def team(server: Database):
    """The server made a team's (store/team.py): an observer and a trainer; connections as
    each member's login role, which the server's policies hold to their rights."""
    from sqlalchemy.engine import make_url

    from mysteryshop.store import team as team_

    team_.init_team(server)
    team_.add_user(server, ALIAS, "observer", password="observer-pw-1")
    team_.add_user(server, "tiina", "trainer", password="trainer-pw-1")
    prefix = team_.team_prefix(make_url(server.url).database or "")
    logins = {}
    for alias, password in ((ALIAS, "observer-pw-1"), ("tiina", "trainer-pw-1")):
        url = make_url(server.url).set(username=team_.login_name(prefix, alias), password=password)
        logins[alias] = open_database(url.render_as_string(hide_password=False), migrate=False)
    yield logins
    for database in logins.values():
        database.close()
    team_.dissolve_team(server)


def test_an_observer_login_syncs_within_its_rights(server, team, db):
    from mysteryshop.store import team as team_

    mine_there, trainer = team[ALIAS], team["tiina"]
    assert team_.current_member(mine_there).role == "observer"
    place = queries.list_locations(server)[0].id
    other = replace(visits(1, seed=11)[0], observer="pekka", location_id=place)
    queries.save_encounter(server, other, by="pekka")  # another observer's, by the owner
    sync.sync(db, mine_there, alias=ALIAS)
    mine = record(db, 3)
    place = queries.add_location(db, "Kiosk by the station", "Uusimaa")
    result = sync.sync(db, mine_there, alias=ALIAS)
    assert (result.pushed, result.pulled, result.refused) == (3, 0, [])
    assert result.locations_pushed == 1  # an observer may add a location
    with pytest.raises(StoreError):
        queries.get_encounter(db, other.id)  # never another observer's visit
    # The trainer returns one and approves another through their own login.
    first = queries.get_encounter(trainer, mine[0].id)
    queries.review_encounter(
        trainer, first.id, first.revision, reviewer="tiina", action="return", reason="staff?"
    )
    second = queries.get_encounter(trainer, mine[1].id)
    queries.review_encounter(trainer, second.id, second.revision, reviewer="tiina",
                             action="approve")  # fmt: skip
    # Meanwhile the observer edits the second on the laptop: a conflict, the approval stands.
    here = queries.get_encounter(db, mine[1].id)
    queries.save_encounter(db, replace(here, notes="one more thing"))
    result = sync.sync(db, mine_there, alias=ALIAS)
    assert (result.pulled, result.conflicts, result.conflict_ids) == (1, 1, [mine[1].id])
    assert queries.get_encounter(db, mine[1].id).status == "approved"
    with pytest.raises(StoreError):
        sync.resolve(db, mine_there, mine[1].id, "local")  # the server keeps the approval
    assert queries.get_encounter(server, mine[1].id).notes == second.notes
    # The returned one comes back with its reason; resubmitted, it goes up again.
    back = queries.get_encounter(db, mine[0].id)
    assert (back.status, back.return_reason, back.reviewed_by) == ("returned", "staff?", "tiina")
    queries.save_encounter(db, replace(back, staff="Anna", status="submitted"))
    result = sync.sync(db, mine_there, alias=ALIAS)
    assert (result.pushed, result.refused) == (1, [])
    assert queries.get_encounter(server, mine[0].id).status == "submitted"
    history = queries.encounter_history(server, mine[0].id)
    assert history[-1].change == "submitted"


def test_an_observer_login_pushes_a_discard_of_a_returned_visit(server, team, db):
    mine_there, trainer = team[ALIAS], team["tiina"]
    sync.sync(db, mine_there, alias=ALIAS)
    [mine] = record(db, 1)
    sync.sync(db, mine_there, alias=ALIAS)
    there = queries.get_encounter(trainer, mine.id)
    queries.review_encounter(
        trainer, there.id, there.revision, reviewer="tiina", action="return", reason="again"
    )
    sync.sync(db, mine_there, alias=ALIAS)
    reopened = queries.save_encounter(
        db, replace(queries.get_encounter(db, mine.id), status="draft")
    )
    trash.discard(db, reopened.id, by=ALIAS)
    result = sync.sync(db, mine_there, alias=ALIAS)
    assert (result.pushed, result.refused) == (1, [])
    assert trash.in_trash(server, mine.id)
    kinds = [entry.change for entry in queries.encounter_history(server, mine.id)]
    assert kinds[-2:] == ["reopened", "discarded"]  # the observer's own steps, as the rules allow
    assert sync.sync(db, mine_there, alias=ALIAS).pushed == 0


def test_attachments_go_with_their_visits_both_ways(server, laptop):
    from test_attachments import png

    from mysteryshop.store import attachments

    [mine] = (
        queries.save_encounter(
            laptop,
            replace(visits(1, status="draft")[0], location_id=queries.list_locations(laptop)[0].id),
        ),
    )
    photo = attachments.add_attachment(laptop, mine.id, "front.png", png())
    queries.save_encounter(laptop, replace(queries.get_encounter(laptop, mine.id),
                                           status="submitted"))  # fmt: skip
    assert sync.sync(laptop, server, alias=ALIAS).pushed == 1
    assert attachments.get_content(server, photo.id) == png()
    # A receipt added on the server (by its owner) comes down with the returned visit.
    receipt = attachments.add_attachment(server, mine.id, "receipt.png", png(20, 20))
    there = queries.get_encounter(server, mine.id)
    queries.review_encounter(
        server, there.id, there.revision, reviewer="trainer", action="return", reason="staff?"
    )
    assert sync.sync(laptop, server, alias=ALIAS).pulled == 1
    assert attachments.get_content(laptop, receipt.id) == png(20, 20)
    assert {a.id for a in attachments.list_attachments(laptop, mine.id)} == {photo.id, receipt.id}


def test_the_teams_calibration_sessions_are_offered_on_the_laptop(server, team, db):
    from mysteryshop.store import calibration

    place = queries.list_locations(server)[0].id
    trainers = replace(visits(1, seed=13)[0], observer="tiina", location_id=place,
                       calibration="2026-12 greeting")  # fmt: skip
    queries.save_encounter(server, trainers, by="tiina")
    sync.sync(db, team[ALIAS], alias=ALIAS)
    assert calibration.session_ids(db) == ["2026-12 greeting"]
    with pytest.raises(StoreError):
        queries.get_encounter(db, trainers.id)  # the session's id, not the trainer's visit


# --- the command --------------------------------------------------------------------------------


def test_the_sync_command_says_what_it_did(server, db, data_dir, capsys, monkeypatch):
    import io

    from mysteryshop import cli

    db.close()
    url = server.url
    base = ["--data-dir", str(data_dir), "sync", "--alias", ALIAS, "--team-url", url]
    assert cli.main(base) == 0
    laptop = open_database(f"sqlite:///{data_dir / 'mysteryshop.sqlite3'}")
    record(laptop, 2)
    laptop.close()
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO("any-password\n"))
    assert cli.main([*base, "--password-stdin"]) == 0
    out, err = capsys.readouterr()
    assert out == "pushed 2, pulled 0, 0 conflicts\n"
    assert "any-password" not in out + err and "syncing with" in err
    assert cli.main(["--data-dir", str(data_dir), "sync", "--status"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("last synced: 20") and out.endswith("; 0 to push, 0 conflicts\n")
    assert "@" not in out and server_address(url) in out


def test_the_sync_command_offline_or_unset_fails_in_one_line(data_dir, capsys):
    from mysteryshop import cli

    base = ["--data-dir", str(data_dir), "sync", "--alias", ALIAS]
    assert cli.main([*base, "--team-url", "postgresql+psycopg://u:pw@127.0.0.1:1/team"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == sync.OFFLINE and "pw" not in "".join(err)
    assert cli.main(base) == 1
    assert "no team server" in capsys.readouterr().err


def test_a_login_syncs_only_as_its_own_alias(server, team, db):
    with pytest.raises(StoreError, match="maija"):
        sync.sync(db, team[ALIAS], alias="someone-else")


def test_the_import_says_an_approved_visit_stayed_approved(db):
    from mysteryshop.ui.exchange import merge_lines

    result = merge.MergeResult(conflicts=["x"])
    assert any("stay approved" in line for line in merge_lines(result))


def test_a_visit_without_an_alias_is_not_waiting_to_go_up(server, laptop):
    place = queries.list_locations(laptop)[0].id
    nobody = replace(visits(1, seed=17)[0], observer=None, location_id=place)
    queries.save_encounter(laptop, nobody)
    record(laptop, 1)
    assert sync.status(laptop).pending == 1
    assert sync.sync(laptop, server, alias=ALIAS).pushed == 1
    assert sync.status(laptop).pending == 0
