"""A team's PostgreSQL server enforces team_rules itself (store/team.py): every member is tried,
with plain SQL and through the app's store functions, at everything in the rule table; what the
role may not do must fail in the database (an error, or no row seen or changed), what it may do
must work. Both are driven from team_rules.RULES, so the table and the policies cannot drift.

Needs MYSTERYSHOP_TEST_POSTGRES_URL (skipped without it), like the other PostgreSQL tests."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from mysteryshop import demo, forms, paths, team_rules
from mysteryshop.store import actions, comments, locations, privacy, queries, team, trash
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import EncounterData
from mysteryshop.team_rules import ROLES, may

REPO = Path(__file__).resolve().parent.parent
OTHER = "ulla"  # an observer whose visits the observer under test must never see
MEMBERS = {"observer": "olli", "trainer": "tina", "manager": "mona", "admin": "aada"}
REFUSED: list[str] = []  # every refused attempt, for the count the lead reports
OWNER_ONLY = "owner_only"


@dataclass
class Server:
    url: str
    owner: Database
    prefix: str
    urls: dict[str, str]  # role → the member's URL, with the password
    targets: dict[str, Any]
    pool: list[EncounterData]
    shipped: list[forms.Form]

    def visit(self, alias: str, status: str, **changes: Any) -> EncounterData:
        """A new visit of `alias`, stored by the owner in `status` (the review's by tina)."""
        base = self.pool.pop()
        data = replace(
            base,
            id=str(uuid.uuid4()),
            observer=alias,
            status="draft" if status == "draft" else "submitted",
            reviewed_by=None,
            reviewed_at=None,
            reviewer_note="",
            return_reason="",
            tags=[],
            revision=0,
            answers=dict(base.answers),
            na=list(base.na),
            timer=dict(base.timer),
            **{"calibration": None, **changes},
        )
        saved = queries.save_encounter(self.owner, data)
        if status in ("approved", "returned"):
            action = "approve" if status == "approved" else "return"
            saved = queries.review_encounter(
                self.owner,
                saved.id,
                saved.revision,
                reviewer="tina",
                action=action,
                reason="Say the greeting" if action == "return" else "",
                note="Well observed",
                tags=["probe-seen"],
            )
        return saved


def _server_url() -> str:
    url = os.environ.get("MYSTERYSHOP_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("no PostgreSQL server: set MYSTERYSHOP_TEST_POSTGRES_URL")
    return url


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    from tests.conftest import _empty_postgres_database

    _server_url()
    with _empty_postgres_database() as url:
        owner = open_database(url)
        try:
            yield _team_server(url, owner)
        finally:
            team.dissolve_team(owner)
            owner.close()


def _team_server(url: str, owner: Database) -> Server:
    prefix = team.init_team(owner)
    assert team.init_team(owner) == prefix  # idempotent
    urls = {}
    for role, alias in MEMBERS.items():
        password = team.add_user(owner, alias, role)
        login = team.login_name(prefix, alias)
        urls[role] = make_url(url).set(username=login, password=password).render_as_string(False)
    shipped = [forms.load_form(path) for path in paths.shipped_form_files()]
    made = demo.generate(shipped, encounters=400, seed=11)
    complete = [e for e in made.encounters if e.status in ("submitted", "approved")]
    queries.bulk_add_encounters(owner, [], made.locations, shipped)
    s = Server(url, owner, prefix, urls, {}, complete, shipped)
    olli = MEMBERS["observer"]
    t = s.targets
    t["own_draft"] = s.visit(olli, "draft").id
    t["own_submitted"] = s.visit(olli, "submitted").id
    t["own_returned"] = s.visit(olli, "returned").id
    t["other_submitted"] = s.visit(OTHER, "submitted").id
    other = s.visit(OTHER, "approved")
    t["other_approved"] = other.id
    queries.save_encounter(owner, replace(other, notes="Edited after approval"), by="tina")
    from mysteryshop.store import attachments

    png = (REPO / "docs" / "screenshots").glob("*.png")
    attachments.add_attachment(owner, other.id, "evidence.png", next(png).read_bytes())
    t["other_trashed"] = s.visit(OTHER, "submitted").id
    trash.delete(owner, t["other_trashed"], "aada", "Recorded twice")
    t["own_trashed"] = s.visit(olli, "returned").id
    trash.delete(owner, t["own_trashed"], "aada", "Recorded twice")
    s.visit(olli, "submitted", calibration="cal-probe")
    s.visit(OTHER, "submitted", calibration="cal-probe")
    t["location"] = made.locations[0].id
    t["spare_location"] = queries.add_location(owner, "Spare shop", "Nowhere").id
    t["olli_login"] = team.login_name(prefix, olli)
    comments.add_phrase(owner, "Greet every customer at the door")
    actions.add_action(
        owner, location_id=t["location"], what="Train the greeting", dimension="greeting"
    )
    with owner.read() as session:
        for table in ("answers", "encounter_scores", "encounter_tags", "encounter_history"):
            n = session.connection().exec_driver_sql(
                f"SELECT count(*) FROM {table} WHERE encounter_id = %(id)s", {"id": other.id}
            )
            assert n.scalar(), f"the fixture needs {table} of another observer's visit"
    return s


# --- plain SQL ----------------------------------------------------------------------------------

# A copy of the observer's draft as a new visit, in the name of whoever {who} gives.
_COPY = (
    "INSERT INTO encounters (id, form_version_id, location_id, observer_id, visited_at, "
    "utc_offset_minutes, channel, staff, status, notes, reviewer_note, return_reason, timer, "
    "earned, possible, critical_fail, created_at, updated_at, revision) "
    "SELECT gen_random_uuid()::text, form_version_id, location_id, ({who}), visited_at, "
    "utc_offset_minutes, channel, staff, 'draft', notes, '', '', timer, earned, possible, "
    "critical_fail, created_at, updated_at, 1 FROM encounters WHERE id = %(own_draft)s"
)

SQL_ATTEMPTS: dict[str, list[str]] = {
    "read_own": [
        "SELECT count(*) FROM encounters WHERE id = %(own_returned)s AND reviewer_note <> ''",
        "SELECT count(*) FROM answers WHERE encounter_id = %(own_returned)s",
    ],
    "edit_own_draft": [
        "UPDATE encounters SET notes = 'probe' WHERE id = %(own_draft)s",
        "UPDATE answers SET na = NOT na WHERE encounter_id = %(own_draft)s",
        "INSERT INTO encounter_tags VALUES (%(own_draft)s, 'probe')",
        "UPDATE encounters SET deleted_at = now() WHERE id = %(own_draft)s",
        _COPY.replace("{who}", "SELECT observer_id FROM encounters WHERE id = %(own_draft)s"),
    ],
    "act_for_others": [
        _COPY.replace("{who}", "SELECT id FROM observers WHERE alias = 'ulla'"),
        "UPDATE encounters SET observer_id = (SELECT id FROM observers WHERE alias = 'ulla') "
        "WHERE id = %(own_draft)s",
        "UPDATE encounters SET observer_id = NULL WHERE id = %(own_draft)s",
    ],
    "submit": ["UPDATE encounters SET status = 'submitted' WHERE id = %(own_draft)s"],
    "read_forms": ["SELECT count(*) FROM form_versions"],
    "read_locations": ["SELECT count(*) FROM locations"],
    "add_location": [
        "INSERT INTO locations (id, name, created_at) "
        "VALUES (gen_random_uuid()::text, 'Probe shop', now())"
    ],
    "calibration_ids": ["SELECT count(*) FROM mysteryshop_calibration_sessions()"],
    "read_all": [
        "SELECT count(*) FROM encounters WHERE id = %(other_submitted)s",
        *(
            f"SELECT count(*) FROM {table} WHERE encounter_id = %(other_approved)s"
            for table in (
                "answers",
                "encounter_scores",
                "encounter_tags",
                "encounter_history",
                "attachments",
            )
        ),
        "SELECT count(*) FROM deletions WHERE encounter_id = %(other_trashed)s",
        "SELECT count(*) FROM observers WHERE alias = 'ulla'",
    ],
    "reports": [
        "SELECT count(*) = %(total)s FROM encounters",
        "SELECT count(*) + 1 FROM question_totals",
    ],
    "calibration": ["SELECT count(*) = 2 FROM encounters WHERE calibration = 'cal-probe'"],
    "review": [
        "UPDATE encounters SET reviewer_note = 'probe' WHERE id = %(other_submitted)s",
        "UPDATE encounters SET reviewer_note = 'probe' WHERE id = %(own_returned)s",
        "INSERT INTO encounter_tags VALUES (%(other_submitted)s, 'probe')",
        "DELETE FROM encounter_tags WHERE encounter_id = %(other_approved)s",
        "INSERT INTO encounter_history (encounter_id, changed_at, change, details, snapshot) "
        "VALUES (%(other_submitted)s, now(), 'edit', '{}', '{}')",
    ],
    "approve": [
        "UPDATE encounters SET status = 'approved', reviewed_by = 'probe', reviewed_at = now() "
        "WHERE id = %(other_submitted)s",
        "UPDATE encounters SET status = 'approved', reviewed_by = 'probe', reviewed_at = now() "
        "WHERE id = %(own_submitted)s",
    ],
    "return": [
        "UPDATE encounters SET status = 'returned', return_reason = 'probe' "
        "WHERE id = %(own_submitted)s",
        "UPDATE encounters SET status = 'returned', return_reason = 'probe' "
        "WHERE id = %(other_approved)s",
    ],
    "action_items": [
        "SELECT count(*) FROM action_items",
        "INSERT INTO action_items (id, location_id, what, owner_role, state, source, "
        "created_at, updated_at) VALUES (gen_random_uuid()::text, %(location)s, 'probe', '', "
        "'open', 'location', now(), now())",
        "UPDATE action_items SET state = 'done'",
    ],
    "comment_library": [
        "INSERT INTO comment_phrases (text, position) VALUES ('probe', 0)",
        "UPDATE comment_phrases SET text = 'probe'",
        "DELETE FROM comment_phrases",
    ],
    "edit_submitted": [
        "UPDATE encounters SET notes = 'probe' WHERE id = %(own_submitted)s",
        "UPDATE encounters SET notes = 'probe' WHERE id = %(other_approved)s",
        "UPDATE encounters SET score = 100 WHERE id = %(own_submitted)s",
        "UPDATE answers SET na = NOT na WHERE encounter_id = %(own_submitted)s",
        "DELETE FROM answers WHERE encounter_id = %(other_approved)s",
        "UPDATE encounter_scores SET earned = earned + 1 WHERE encounter_id = %(other_approved)s",
        "DELETE FROM attachments WHERE encounter_id = %(other_approved)s",
    ],
    "manage_forms": [
        "UPDATE form_versions SET title = 'probe'",
        "INSERT INTO form_versions (form_id, version, title, definition, content_hash, "
        "imported_at) SELECT form_id, version + 1000, title, definition, content_hash, now() "
        "FROM form_versions LIMIT 1",
    ],
    "manage_locations": [
        "UPDATE locations SET name = 'probe' WHERE id = %(location)s",
        "DELETE FROM locations WHERE id = %(spare_location)s",
    ],
    "manage_users": [
        "SELECT count(*) > 1 FROM team_users",
        "UPDATE team_users SET role = 'admin' WHERE login = %(olli_login)s",
        "INSERT INTO team_users VALUES ('x.probe', 'probe', 'admin', now())",
        "INSERT INTO observers (alias) VALUES ('probe')",
        'CREATE ROLE "{prefix}.probe" LOGIN',
        'SET ROLE "{prefix}_admin"',
        "SELECT count(*) + 1 FROM sync_state",
    ],
    "delete": [
        "UPDATE encounters SET deleted_at = now() WHERE id = %(other_submitted)s",
        "UPDATE encounters SET deleted_at = now() WHERE id = %(own_submitted)s",
        "INSERT INTO deletions (encounter_id, kind, status, deleted_at, reason) "
        "VALUES (%(own_submitted)s, 'delete', 'submitted', now(), 'probe')",
        "UPDATE encounters SET deleted_at = now() WHERE id = %(own_returned)s",
        "UPDATE encounters SET deleted_at = NULL WHERE id = %(own_trashed)s",
        "UPDATE deletions SET restored_at = now() WHERE encounter_id = %(own_trashed)s",
    ],
    "purge": [
        "DELETE FROM encounters WHERE id = %(other_trashed)s",
        "DELETE FROM encounters WHERE id = %(own_draft)s",
    ],
    "erase": [
        "UPDATE encounter_history SET details = '{}' WHERE encounter_id = %(other_approved)s",
        "DELETE FROM encounter_history WHERE encounter_id = %(own_returned)s",
        "UPDATE observers SET alias = 'erased' WHERE alias = 'ulla'",
    ],
}


# What no member may do, the admin neither: only the database's owner changes the rules.
SQL_ATTEMPTS[OWNER_ONLY] = [
    "ALTER TABLE encounters DISABLE ROW LEVEL SECURITY",
    "ALTER TABLE encounters NO FORCE ROW LEVEL SECURITY",
    "DROP POLICY ms_observer_select ON encounters",
    "DROP TRIGGER encounters_guard ON encounters",
    "CREATE OR REPLACE FUNCTION mysteryshop_observer_id() RETURNS integer "
    "LANGUAGE sql AS 'SELECT 1'",
    "CREATE TABLE probe (x integer)",
]


def _may(role: str, action: str) -> bool:
    return action != OWNER_ONLY and may(role, action)


def test_every_action_of_the_rule_table_is_tried_with_plain_sql():
    assert set(SQL_ATTEMPTS) == {*team_rules.ACTIONS, OWNER_ONLY}


def _connect(url: str) -> Any:
    import psycopg

    parsed = make_url(url)
    return psycopg.connect(
        host=parsed.host,
        port=parsed.port,
        dbname=parsed.database,
        user=parsed.username,
        password=parsed.password,
    )


def _works(connection: Any, sql: str, targets: dict[str, Any]) -> tuple[bool, str]:
    """Whether `sql` did something (a true first value, or a row changed); always rolled
    back. The reason when not: the database's error, or "no row"."""
    import psycopg

    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, targets)
            if cursor.description is not None:
                row = cursor.fetchone()
                return bool(row and row[0]), "nothing seen"
            if sql.startswith(("CREATE", "SET", "ALTER", "DROP")):
                return True, ""
            return cursor.rowcount > 0, "no row"
    except psycopg.Error as error:
        return False, str(error).splitlines()[0]
    finally:
        connection.rollback()


@pytest.mark.parametrize("role", ROLES)
def test_each_role_may_do_with_plain_sql_only_what_the_rule_table_says(server, role):
    targets = {**server.targets, "total": _total(server)}
    wrong = []
    with _connect(server.urls[role]) as connection:
        for action, attempts in SQL_ATTEMPTS.items():
            for sql in attempts:
                sql = sql.replace("{prefix}", server.prefix)
                done, why = _works(connection, sql, targets)
                if done != _may(role, action):
                    wrong.append(f"{role} {action}: {'did' if done else 'could not'}: {sql} {why}")
                elif not done:
                    REFUSED.append(f"sql {role} {action}: {sql}")
    assert not wrong, "\n".join(wrong)


def test_the_owner_may_do_everything_with_plain_sql(server):
    targets = {**server.targets, "total": _total(server)}
    with _connect(server.url) as connection:
        for attempts in SQL_ATTEMPTS.values():
            for sql in attempts:
                sql = sql.replace("{prefix}", server.prefix)
                assert _works(connection, sql, targets)[0], sql


def _total(server: Server) -> int:
    """Every visit stored, the trashed ones too."""
    with server.owner.read() as session:
        return int(session.connection().exec_driver_sql("SELECT count(*) FROM encounters").scalar())


def test_a_login_of_another_team_cannot_even_connect(server, pg_url):
    """Roles are the server's, not a database's: another team's member is refused at the door
    (CONNECT is granted to this team's groups only)."""
    import psycopg

    other = open_database(pg_url)
    try:
        prefix = team.init_team(other)
        assert prefix != server.prefix
        password = team.add_user(other, "olli", "admin")
        login = team.login_name(prefix, "olli")
        url = make_url(server.url).set(username=login, password=password)
        with pytest.raises(psycopg.OperationalError, match="permission denied"):
            _connect(url.render_as_string(False))
        REFUSED.append("sql another team's admin: connect")
    finally:
        team.dissolve_team(other)
        other.close()


# --- through the app ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def member_dbs(server: Server) -> Iterator[dict[str, Database]]:
    opened = {role: open_database(url) for role, url in server.urls.items()}
    yield opened
    for db in opened.values():
        db.close()


def _reviewed(db: Database, s: Server, **options: Any) -> Callable[[], Any]:
    visit = s.visit(OTHER, "submitted")
    return lambda: queries.review_encounter(
        db, visit.id, visit.revision, reviewer=MEMBERS["trainer"], **options
    )


def _edit_submitted(db: Database, s: Server) -> Callable[[], Any]:
    visit = s.visit(MEMBERS["observer"], "submitted")
    return lambda: queries.save_encounter(db, replace(visit, notes="Changed later"))


def _own_draft(db: Database, s: Server, status: str) -> Callable[[], Any]:
    visit = s.visit(MEMBERS["observer"], "draft")
    return lambda: queries.save_encounter(db, replace(visit, status=status, notes="Typed"))


def _new_draft(db: Database, s: Server) -> Callable[[], Any]:
    base = s.pool.pop()
    data = replace(
        base,
        id=str(uuid.uuid4()),
        observer=MEMBERS["observer"],
        status="draft",
        reviewed_by=None,
        reviewed_at=None,
        reviewer_note="",
        return_reason="",
        revision=0,
        calibration=None,
    )
    return lambda: queries.save_encounter(db, data)


def _read_other(db: Database, s: Server) -> Callable[[], Any]:
    visit = s.targets["other_approved"]

    def read() -> Any:
        found = queries.get_encounter(db, visit)
        assert found.answers and found.tags, "every part of the visit is read"
        assert queries.encounter_history(db, visit)

    return read


def _delete(db: Database, s: Server) -> Callable[[], Any]:
    visit = s.visit(OTHER, "submitted")
    return lambda: trash.delete(db, visit.id, "someone", "Recorded twice")


def _erase(db: Database, s: Server) -> Callable[[], Any]:
    alias = f"gone-{uuid.uuid4().hex[:6]}"
    s.visit(alias, "submitted")
    return lambda: privacy.erase_observer(db, alias)


def _purge(db: Database, s: Server) -> Callable[[], Any]:
    visit = s.visit(OTHER, "submitted")
    trash.delete(s.owner, visit.id, "aada", "Recorded twice")

    def purge() -> None:
        trash.purge_trash(db, days=0, reclaim=False)
        with s.owner.read() as session:
            left = session.connection().exec_driver_sql(
                "SELECT count(*) FROM encounters WHERE id = %(id)s", {"id": visit.id}
            )
            assert left.scalar() == 0, "purged"

    return purge


def _rename(db: Database, s: Server) -> Callable[[], Any]:
    spare = queries.add_location(s.owner, f"Shop {uuid.uuid4().hex[:6]}", "North")
    return lambda: locations.update_location(db, spare.id, name=f"Renamed {uuid.uuid4().hex[:6]}")


APP_ATTEMPTS: dict[str, Callable[[Database, Server], Callable[[], Any]]] = {
    "edit_own_draft": lambda db, s: _own_draft(db, s, "draft"),
    "submit": lambda db, s: _own_draft(db, s, "submitted"),
    "read_all": _read_other,
    "review": lambda db, s: _reviewed(db, s, note="Noted", tags=["good"]),
    "approve": lambda db, s: _reviewed(db, s, action="approve"),
    "return": lambda db, s: _reviewed(db, s, action="return", reason="Missing the farewell"),
    "edit_submitted": _edit_submitted,
    "add_location": lambda db, s: lambda: queries.add_location(db, f"New {uuid.uuid4().hex}"),
    "manage_locations": _rename,
    "comment_library": lambda db, s: lambda: comments.add_phrase(db, f"Probe {uuid.uuid4().hex}"),
    "action_items": lambda db, s: (
        lambda: actions.add_action(
            db, location_id=s.targets["location"], what="Probe", dimension="greeting"
        )
    ),
    "manage_users": lambda db, s: lambda: team.add_user(db, f"u{uuid.uuid4().hex[:8]}", "observer"),
    "delete": _delete,
    "purge": _purge,
    "erase": _erase,
}


def _discard_and_restore(db: Database, s: Server) -> Callable[[], Any]:
    visit = s.visit(MEMBERS["observer"], "draft")

    def both() -> None:
        trash.discard(db, visit.id, MEMBERS["observer"])
        trash.restore(db, visit.id, MEMBERS["observer"])

    return both


def _attach(db: Database, s: Server) -> Callable[[], Any]:
    from mysteryshop.store import attachments

    visit = s.visit(MEMBERS["observer"], "draft")
    png = next((REPO / "docs" / "screenshots").glob("*.png")).read_bytes()
    return lambda: attachments.add_attachment(db, visit.id, "receipt.png", png)


# More ways to do one action: "action/how".
APP_ATTEMPTS.update(
    {
        "edit_own_draft/new": _new_draft,
        "edit_own_draft/discard": _discard_and_restore,
        "edit_own_draft/attach": _attach,
    }
)


def _attempt(make: Callable[[], Any]) -> tuple[bool, str]:
    """Whether the store did it, or its one-line reason: a refusal reaches the app as a
    StoreError (db.plain_reason), never as a raw database error."""
    try:
        make()
    except (StoreError, AssertionError) as error:
        assert "\n" not in str(error) or isinstance(error, AssertionError), str(error)
        return False, str(error).splitlines()[0]
    return True, ""


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(APP_ATTEMPTS))
def test_each_role_may_do_through_the_app_only_what_the_rule_table_says(
    server, member_dbs, role, action
):
    rule = action.partition("/")[0]
    attempt = APP_ATTEMPTS[action](member_dbs[role], server)
    done, why = _attempt(attempt)
    assert done == may(role, rule), f"{role} {rule}: {'did' if done else 'refused'} {why}"
    if not done:
        REFUSED.append(f"app {role} {rule}: {why}")


def test_an_observer_sees_only_their_own_visits_through_the_app(server, member_dbs):
    mine = queries.count_encounters(member_dbs["observer"])
    everyone = queries.count_encounters(member_dbs["trainer"])
    assert 0 < mine < everyone
    with pytest.raises(StoreError, match="no encounter"):
        queries.get_encounter(member_dbs["observer"], server.targets["other_submitted"])


def test_an_observer_can_list_calibration_sessions_without_reading_them(server, member_dbs):
    from mysteryshop.store import calibration

    server.visit(OTHER, "draft", calibration="cal-ulla")
    assert {"cal-probe", "cal-ulla"} <= set(calibration.session_ids(member_dbs["observer"]))
    assert calibration.session_ids(member_dbs["trainer"]) == calibration.session_ids(server.owner)
    with member_dbs["observer"].read() as session:
        ids = session.connection().exec_driver_sql(
            "SELECT calibration FROM mysteryshop_calibration_sessions()"
        )
        assert "cal-probe" in set(ids.scalars())
        rows = session.connection().exec_driver_sql(
            "SELECT count(*) FROM encounters WHERE calibration = 'cal-probe'"
        )
        assert rows.scalar() == 1  # their own only


def test_the_history_names_the_member_whatever_the_app_says(server, member_dbs):
    visit = server.visit(OTHER, "submitted")
    queries.review_encounter(
        member_dbs["trainer"], visit.id, visit.revision, reviewer="somebody", action="approve"
    )
    with server.owner.read() as session:
        who = session.connection().exec_driver_sql(
            # The approval's (the visit was stored submitted by the owner: its first entry)
            "SELECT changed_by FROM encounter_history WHERE encounter_id = %(id)s "
            "AND change = 'approved'",
            {"id": visit.id},
        )
        assert set(who.scalars()) == {MEMBERS["trainer"]}


# --- members ------------------------------------------------------------------------------------


def test_current_member_is_who_connected(server, member_dbs):
    for role, db in member_dbs.items():
        member = team.current_member(db)
        assert member == team.Member(
            team.login_name(server.prefix, MEMBERS[role]), MEMBERS[role], role
        )
    assert team.current_member(server.owner) is None  # the owner: no member, may do all


def test_a_member_moved_to_another_role_gets_its_rights(server):
    password = team.add_user(server.owner, "mira", "manager")
    url = make_url(server.url).set(
        username=team.login_name(server.prefix, "mira"), password=password
    )
    with _connect(url.render_as_string(False)) as connection:
        sql = "UPDATE encounters SET reviewer_note = 'x' WHERE id = %(other_submitted)s"
        assert not _works(connection, sql, server.targets)[0]
        team.set_role(server.owner, "mira", "trainer")
        assert _works(connection, sql, server.targets)[0]
    assert ("mira", "trainer") in {(m.alias, m.role) for m in team.list_users(server.owner)}


def test_a_removed_member_can_no_longer_connect_and_their_history_stays(server):
    import psycopg

    password = team.add_user(server.owner, "rita", "trainer")
    login = team.login_name(server.prefix, "rita")
    url = make_url(server.url).set(username=login, password=password).render_as_string(False)
    db = open_database(url)
    visit = server.visit(OTHER, "submitted")
    queries.review_encounter(db, visit.id, visit.revision, reviewer="rita", action="approve")
    still_open = _connect(url)
    team.remove_user(server.owner, "rita")
    with pytest.raises(psycopg.OperationalError):
        _connect(url)
    with pytest.raises(psycopg.OperationalError):  # the session she had was ended
        still_open.execute("SELECT count(*) FROM encounters")
    still_open.close()
    db.close()
    assert "rita" not in {m.alias for m in team.list_users(server.owner)}
    with server.owner.read() as session:
        who = session.connection().exec_driver_sql(
            # The approval's (the visit was stored submitted by the owner: its first entry)
            "SELECT changed_by FROM encounter_history WHERE encounter_id = %(id)s "
            "AND change = 'approved'",
            {"id": visit.id},
        )
        assert list(who.scalars()) == ["rita"]


@pytest.mark.parametrize(
    ("alias", "role", "reason"),
    [
        ("Anna Smith", "observer", "cannot be a login name"),
        ("x" * 41, "observer", "cannot be a login name"),
        ("olli", "observer", "team member already"),
        ("OLLI", "trainer", "team member already"),
        ("newbie", "boss", "role: one of observer, trainer, manager, admin"),
    ],
)
def test_a_bad_member_is_refused_and_nothing_changes(server, alias, role, reason):
    before = team.list_users(server.owner)
    with pytest.raises(StoreError, match=reason):
        team.add_user(server.owner, alias, role)
    assert team.list_users(server.owner) == before


def test_sqlite_has_no_team(db):
    assert team.current_member(db) is None
    with pytest.raises(StoreError, match="needs a PostgreSQL server"):
        team.init_team(db)


def test_role_names_cannot_collide_between_databases():
    assert team.team_prefix("mysteryshop") == "mysteryshop"
    assert team.team_prefix("Team-A") != team.team_prefix("team_a")
    assert len(team.team_prefix("x" * 63)) <= team.PREFIX_LENGTH
    assert team.login_name("shop", " Anna ") == "shop.anna"


def test_the_password_never_reaches_the_server_in_clear():
    verifier = team.scram_verifier("sekret")
    assert verifier.startswith("SCRAM-SHA-256$4096:") and "sekret" not in verifier


def test_the_refused_attempts_are_counted():
    """Runs last in the module: the figure for the issue's note."""
    through_app = sum(entry.startswith("app ") for entry in REFUSED)
    print(
        f"\nrole attempts refused by the database: {len(REFUSED)} "
        f"({len(REFUSED) - through_app} with plain SQL, {through_app} through the app)"
    )
    if REFUSED:  # the role tests ran before it (not when it runs alone)
        assert len(REFUSED) > 100


# --- the documentation ----------------------------------------------------------------------------


def test_the_role_table_in_docs_team_is_the_rule_table():
    text = (REPO / "docs" / "TEAM.md").read_text(encoding="utf-8")
    rows = {}
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("| `") and len(cells) == 1 + len(ROLES):
            rows[cells[0].strip("`")] = {
                role for role, cell in zip(ROLES, cells[1:], strict=True) if cell == "yes"
            }
    assert rows == {action: set(team_rules.RULES[action]) for action in team_rules.ACTIONS}


# --- the command line ---------------------------------------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from mysteryshop.cli import main

    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_the_team_commands_set_up_a_server_and_its_people(pg_url, capsys, monkeypatch, data_dir):
    import io

    status, out, err = _cli(capsys, "team", "init", "--database-url", pg_url)
    assert (status, err) == (0, "") and "_observer" in out
    status, out, err = _cli(
        capsys, "team", "add-user", "olli", "--role", "observer", "--database-url", pg_url
    )
    assert status == 0, err
    password = out.split("keep it safe): ")[1].strip()
    prefix = team.team_prefix(make_url(pg_url).database or "")
    login = team.login_name(prefix, "olli")
    assert f"login {login}" in out
    member = make_url(pg_url).set(username=login, password=password).render_as_string(False)
    with _connect(member) as connection:
        assert _works(connection, "SELECT count(*) FROM form_versions", {})[0]

    monkeypatch.setattr("sys.stdin", io.StringIO("a given secret\n"))
    status, out, err = _cli(
        capsys, "team", "add-user", "tina", "--role", "trainer", "--password-stdin",
        "--database-url", pg_url,
    )  # fmt: skip
    assert status == 0 and "secret" not in out + err and "password" not in out
    trainer = make_url(pg_url).set(
        username=team.login_name(prefix, "tina"), password="a given secret"
    )
    _connect(trainer.render_as_string(False)).close()

    status, out, _err = _cli(capsys, "team", "whoami", "--database-url", member)
    assert out.splitlines() == [
        f"olli: observer (login {login})",
        f"may: {', '.join(team_rules.allowed('observer'))}",
    ]
    assert "owner" in _cli(capsys, "team", "whoami", "--database-url", pg_url)[1]
    assert _cli(capsys, "team", "set-role", "tina", "manager", "--database-url", pg_url)[0] == 0
    status, out, _err = _cli(capsys, "team", "list-users", "--database-url", pg_url)
    assert out.splitlines() == [
        f"olli\tobserver\t{login}",
        f"tina\tmanager\t{team.login_name(prefix, 'tina')}",
    ]
    status, out, _err = _cli(capsys, "team", "remove-user", "tina", "--database-url", pg_url)
    assert status == 0 and "can no longer connect" in out

    # Bad input: one line on stderr, exit 1, nothing changed.
    for argv, reason in [
        (("add-user", "Anna Smith", "--role", "observer"), "cannot be a login name"),
        (("add-user", "olli", "--role", "admin"), "team member already"),
        (("set-role", "nobody", "admin"), "no team member with the alias 'nobody'"),
        (("remove-user", "tina"), "no team member with the alias 'tina'"),
    ]:
        status, out, err = _cli(capsys, "team", *argv, "--database-url", pg_url)
        assert (status, out) == (1, "") and reason in err and len(err.splitlines()) == 1, err
    # Not the owner: may not set a team up.
    status, out, err = _cli(capsys, "team", "init", "--database-url", member)
    assert status == 1 and "not allowed to create roles" in err and password not in err
    # A SQLite file has no team.
    status, out, err = _cli(capsys, "team", "init")
    assert status == 1 and "needs a PostgreSQL server" in err
    # The given password went nowhere: not in the data folder's files either.
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert b"a given secret" not in path.read_bytes()


def test_team_add_user_wants_a_password_on_stdin_when_told(pg_url, capsys, monkeypatch):
    import io

    assert _cli(capsys, "team", "init", "--database-url", pg_url)[0] == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    status, out, err = _cli(
        capsys, "team", "add-user", "olli", "--role", "observer", "--password-stdin",
        "--database-url", pg_url,
    )  # fmt: skip
    assert (status, out) == (1, "") and "no password on standard input" in err


def test_every_table_has_its_rule():
    """A new table is a decision: who may read and write it on a team server."""
    from mysteryshop.store.models import Base

    assert set(team.TABLE_RULES) == set(Base.metadata.tables)


def test_an_owner_who_is_no_superuser_can_run_a_team(capsys):
    """docs/TEAM.md: a login with CREATEDB and CREATEROLE that owns the database is enough, and
    the row-level security it forces on its own tables leaves it every row."""
    from sqlalchemy import create_engine, text

    server = _server_url()
    owner_name = f"msowner_{uuid.uuid4().hex[:8]}"
    database = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(
            text(f"CREATE ROLE {owner_name} LOGIN CREATEDB CREATEROLE PASSWORD 'owner-pw'")
        )
    owner_url = make_url(server).set(username=owner_name, password="owner-pw")
    try:
        maker = create_engine(owner_url.render_as_string(False), isolation_level="AUTOCOMMIT")
        with maker.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{database}"'))
        maker.dispose()
        url = owner_url.set(database=database).render_as_string(False)
        assert _cli(capsys, "team", "init", "--database-url", url)[0] == 0
        owner = open_database(url)
        password = team.add_user(owner, "olli", "observer")
        shipped = [forms.load_form(path) for path in paths.shipped_form_files()]
        made = demo.generate(shipped, encounters=20, seed=5)
        queries.bulk_add_encounters(owner, made.encounters, made.locations, shipped)
        login = team.login_name(team.team_prefix(database), "olli")
        member = open_database(
            make_url(url).set(username=login, password=password).render_as_string(False)
        )
        draft = replace(made.encounters[0], id=str(uuid.uuid4()), observer="olli", status="draft",
                        reviewed_by=None, reviewed_at=None, reviewer_note="", return_reason="",
                        revision=0)  # fmt: skip
        queries.save_encounter(member, draft)
        assert queries.count_encounters(member) == 1
        assert queries.count_encounters(owner) == 21
        member.close()
        assert team.dissolve_team(owner) == 5  # olli and the four groups
        with owner.read() as session:
            forced = session.connection().exec_driver_sql(
                "SELECT bool_or(relrowsecurity OR relforcerowsecurity) FROM pg_class "
                "WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'"
            )
            assert forced.scalar() is False
            left = session.connection().execute(
                text(
                    "SELECT count(*) FROM pg_roles WHERE shobj_description(oid, 'pg_authid') = :c"
                ),
                {"c": team.role_comment(database)},
            )
            assert left.scalar() == 0
        owner.close()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
            connection.execute(text(f"DROP ROLE {owner_name}"))
        admin.dispose()


def test_a_refusal_reaches_the_app_as_one_line_naming_the_role(server, member_dbs):
    """A write the database refuses (grants, row-level security, the guard trigger) is a
    StoreError of one line (db.plain_reason), never a raw database error."""
    for role, action in (("manager", "approve"), ("trainer", "edit_submitted")):
        done, why = _attempt(APP_ATTEMPTS[action](member_dbs[role], server))
        assert not done
        assert "refused this for your role" in why and "nothing was changed" in why, why
