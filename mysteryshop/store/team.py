"""A team's PostgreSQL server: its members' login roles and what the database itself lets each
do (issue 18). The rule is team_rules.RULES; here it becomes grants, row-level security
policies and one trigger, so that a member connecting with plain SQL can do no more than the
app would let them.

Names. Roles are cluster-wide in PostgreSQL, a database is not: two teams (or two tests) on one
server must not share a role, or a member of one team would hold the other's rights. So every
role name starts with the team's *prefix*, made from the database name (`team_prefix`):
- the group roles (NOLOGIN) are `<prefix>_observer`, `<prefix>_trainer`, `<prefix>_manager`,
  `<prefix>_admin`;
- a member's login is `<prefix>.<alias in lower case>` (`login_name`): the dot, which no prefix
  and no group has, keeps logins and groups apart whatever the alias. An alias that cannot be a
  login (anything but a-z, 0-9, - and _; longer than 40) is refused.
Each role carries a comment naming its database, and a name found with another comment (or
none) is refused rather than taken over.

What the policies give is in `TABLE_RULES` (a table, a role, a command → the rows it may see or
write). Three things are beyond a policy's reach and are a trigger's (`mysteryshop_guard`):
a trainer's update may change only the review's columns, an observer's never the review's, and
an observer cannot make a visit "returned". The store rewrites an observer's answers after
updating the visit in the same transaction (queries._replace), so an observer may write the
answers of an own visit that is a draft or returned, or that this very transaction wrote
(its xmin): the update of the visit itself was checked by its policy.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import Connection, delete, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from mysteryshop.store.db import Database, StoreError, insert_new, server_words
from mysteryshop.store.models import Observer, TeamUser
from mysteryshop.team_rules import ROLES

PREFIX_LENGTH: Final = 20
ALIAS_LOGIN: Final = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")
PASSWORD_BYTES: Final = 18  # 24 URL-safe characters
_COMMENT: Final = "mysteryshop team of database {database}"


def role_comment(database: str) -> str:
    """The comment every role of the team in `database` carries: how a role is told to be
    this team's (and how a test's clean-up finds them)."""
    return _COMMENT.format(database=database)


@dataclass(frozen=True)
class Member:
    """Who is connected to a team server: the login role, the observer alias it stands for,
    and the team role (team_rules.ROLES)."""

    login: str
    alias: str
    role: str


def team_prefix(database: str) -> str:
    """The start of every role name of the team in `database`: its name in lower case with
    anything but a-z, 0-9 and _ made _, and when that changed or shortened it, 6 hex digits
    of its hash so that two databases cannot end up with one prefix."""
    plain = re.sub(r"[^a-z0-9_]", "_", database.lower())
    if plain == database and len(plain) <= PREFIX_LENGTH:
        return plain
    digest = hashlib.sha256(database.encode()).hexdigest()[:6]
    return f"{plain[: PREFIX_LENGTH - 7]}_{digest}"


def group_role(prefix: str, role: str) -> str:
    return f"{prefix}_{role}"


def login_name(prefix: str, alias: str) -> str:
    """The login role of `alias` in the team with `prefix`; StoreError when the alias cannot
    be one (it goes into connection URLs: a-z, 0-9, - and _ only)."""
    plain = alias.strip().lower()
    if not ALIAS_LOGIN.fullmatch(plain):
        raise StoreError(
            f"alias {alias!r} cannot be a login name: use 1 to 40 letters a-z, digits, "
            "- and _, starting with a letter or digit"
        )
    return f"{prefix}.{plain}"


# --- what each role may do, table by table -----------------------------------------------------

# The member's observer id in a scalar subquery: one InitPlan per statement, not one call of
# the function per row. A child row is seen through the set of its visits (a hashed subplan).
_OWN = "observer_id = (SELECT mysteryshop_observer_id())"
_OWN_VISIT = (
    "encounter_id IN (SELECT id FROM encounters "
    "WHERE observer_id = (SELECT mysteryshop_observer_id()))"
)
_OPEN_VISIT = "mysteryshop_open_visit(encounter_id)"
_ALL = "true"
_REVIEWABLE = (
    "EXISTS (SELECT 1 FROM encounters e WHERE e.id = encounter_id "
    "AND e.status IN ('submitted', 'approved', 'returned'))"
)
_REVIEWED = "status IN ('submitted', 'approved', 'returned') AND deleted_at IS NULL"

Rule = dict[str, str | tuple[str, str]]
"""command (select, insert, update, delete) → a policy's expression (USING, or WITH CHECK for
insert), or for update (USING, WITH CHECK)."""

_READ_ONLY: Final[Rule] = {"select": _ALL}
_ANYTHING: Final[Rule] = {
    "select": _ALL,
    "insert": _ALL,
    "update": (_ALL, _ALL),
    "delete": _ALL,
}
_OWN_CHILD: Final[Rule] = {
    "select": _OWN_VISIT,
    "insert": _OPEN_VISIT,
    "update": (_OPEN_VISIT, _OPEN_VISIT),
    "delete": _OPEN_VISIT,
}
_READERS_ONLY: Final[dict[str, Rule]] = {"trainer": _READ_ONLY, "manager": _READ_ONLY}

TABLE_RULES: Final[dict[str, dict[str, Rule]]] = {
    "encounters": {
        "observer": {
            "select": _OWN,
            "insert": f"{_OWN} AND status IN ('draft', 'submitted') AND reviewed_by IS NULL "
            "AND reviewed_at IS NULL AND reviewer_note = '' AND deleted_at IS NULL",
            # Only a draft goes to the trash and back by its observer (a discard); a visit
            # deleted by an admin stays deleted.
            "update": (
                f"{_OWN} AND status IN ('draft', 'returned') "
                "AND (deleted_at IS NULL OR status = 'draft')",
                f"{_OWN} AND status IN ('draft', 'submitted', 'returned') "
                "AND (deleted_at IS NULL OR status = 'draft')",
            ),
        },
        "trainer": {"select": _ALL, "update": (_REVIEWED, _REVIEWED)},
        "manager": _READ_ONLY,
    },
    "answers": {"observer": _OWN_CHILD, **_READERS_ONLY},
    "encounter_scores": {"observer": _OWN_CHILD, **_READERS_ONLY},
    "attachments": {"observer": _OWN_CHILD, **_READERS_ONLY},
    "encounter_tags": {
        "observer": _OWN_CHILD,
        "trainer": {
            "select": _ALL,
            "insert": _REVIEWABLE,
            "update": (_REVIEWABLE, _REVIEWABLE),
            "delete": _REVIEWABLE,
        },
        "manager": _READ_ONLY,
    },
    "encounter_history": {
        "observer": {"select": _OWN_VISIT, "insert": _OPEN_VISIT},
        "trainer": {"select": _ALL, "insert": _REVIEWABLE},
        "manager": _READ_ONLY,
    },
    "deletions": {
        "observer": {
            "select": _OWN_VISIT,
            "insert": f"{_OPEN_VISIT} AND kind = 'discard'",
            "update": (_OWN_VISIT, f"{_OPEN_VISIT} AND kind = 'discard'"),
        },
        **_READERS_ONLY,
    },
    "comment_phrases": {
        "observer": _READ_ONLY,  # a laptop's sync brings the library along
        "trainer": _ANYTHING,
        "manager": _READ_ONLY,
    },
    "action_items": {"trainer": _ANYTHING, "manager": _ANYTHING},
    "locations": {
        "observer": {"select": _ALL, "insert": _ALL},
        **_READERS_ONLY,
    },
    "form_versions": {"observer": _READ_ONLY, **_READERS_ONLY},
    "observers": {
        "observer": {"select": "alias = mysteryshop_member_alias()"},
        **_READERS_ONLY,
    },
    "team_users": {
        role: {"select": "login = session_user"} for role in ("observer", "trainer", "manager")
    },
    # Sums over every observer's answers: an observer would read others' figures in them.
    "question_totals": dict(_READERS_ONLY),
    "question_totals_stale": dict(_READERS_ONLY),
    # A laptop's own (store/sync.py): nobody's on the server.
    "sync_base": {},
    "sync_conflicts": {},
    "sync_state": {},
}
"""Table → role → what that role may do there. The admin may do anything everywhere."""

_PRIVILEGES: Final = {
    "select": "SELECT",
    "insert": "INSERT",
    "update": "UPDATE",
    "delete": "DELETE",
}

# Columns a review changes; a trainer's update must leave every other one as it was.
_REVIEW_COLUMNS: Final = (
    "status", "reviewer_note", "return_reason", "reviewed_by", "reviewed_at", "revision",
    "updated_at",
)  # fmt: skip
_OBSERVER_KEEPS: Final = ("reviewer_note", "return_reason", "reviewed_by", "reviewed_at")

_FUNCTIONS: Final = """
CREATE OR REPLACE FUNCTION mysteryshop_member_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT role FROM team_users WHERE login = session_user
$$;
CREATE OR REPLACE FUNCTION mysteryshop_member_alias() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT alias FROM team_users WHERE login = session_user
$$;
CREATE OR REPLACE FUNCTION mysteryshop_observer_id() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT o.id FROM observers o JOIN team_users t ON t.alias = o.alias
    WHERE t.login = session_user
$$;
CREATE OR REPLACE FUNCTION mysteryshop_open_visit(visit text) RETURNS boolean
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM encounters
                   WHERE id = visit AND observer_id = mysteryshop_observer_id()
                   AND (status IN ('draft', 'returned') OR xmin = pg_current_xact_id()::xid))
$$;
CREATE OR REPLACE FUNCTION mysteryshop_calibration_sessions()
RETURNS TABLE (calibration text, form_id text, version integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT DISTINCT e.calibration, f.form_id, f.version
    FROM encounters e JOIN form_versions f ON f.id = e.form_version_id
    WHERE e.calibration IS NOT NULL AND e.deleted_at IS NULL
$$;
CREATE OR REPLACE FUNCTION mysteryshop_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    member text := mysteryshop_member_role();
BEGIN
    IF member = 'trainer' AND (to_jsonb(NEW) - ARRAY[{review}])
            IS DISTINCT FROM (to_jsonb(OLD) - ARRAY[{review}]) THEN
        RAISE EXCEPTION 'permission denied: a trainer changes only the review of a visit'
            USING ERRCODE = '42501';
    END IF;
    IF member = 'observer' AND ((NEW.status = 'returned' AND OLD.status <> 'returned')
            OR {keeps}) THEN
        RAISE EXCEPTION 'permission denied: an observer cannot change the review of a visit'
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
"""
_SECURE_FUNCTIONS: Final = (
    "mysteryshop_member_role()",
    "mysteryshop_member_alias()",
    "mysteryshop_observer_id()",
    "mysteryshop_open_visit(text)",
    "mysteryshop_calibration_sessions()",
)


def _functions_sql() -> str:
    review = ", ".join(f"'{column}'" for column in _REVIEW_COLUMNS)
    keeps = " OR ".join(f"NEW.{column} IS DISTINCT FROM OLD.{column}" for column in _OBSERVER_KEEPS)
    return _FUNCTIONS.replace("{review}", review).replace("{keeps}", keeps)


# --- setting a team up ---------------------------------------------------------------------


def _require_team_server(db: Database) -> None:
    if db.is_sqlite:
        raise StoreError("a team needs a PostgreSQL server; this database is a SQLite file")


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _literal(value: str) -> str:
    """A SQL string literal (standard_conforming_strings, on since PostgreSQL 9.1): for the
    DDL that takes no parameters."""
    return "'" + value.replace("'", "''") + "'"


def _database_name(connection: Connection) -> str:
    return str(connection.exec_driver_sql("SELECT current_database()").scalar())


def _comment_of(connection: Connection, name: str) -> tuple[bool, str | None]:
    """Whether the role `name` exists on the server, and its comment."""
    row = connection.execute(
        text("SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = :name"),
        {"name": name},
    ).first()
    return (row is not None, row[0] if row is not None else None)


def _ours(connection: Connection, name: str, database: str) -> bool:
    """Whether the role `name` exists and is this team's; StoreError when it exists and is
    not (another team's, or nobody's)."""
    exists, comment = _comment_of(connection, name)
    if exists and comment != role_comment(database):
        raise StoreError(
            f"a role named {name} exists on this server and is not this team's; "
            "rename the database or drop that role"
        )
    return exists


def _may_create_roles(connection: Connection) -> None:
    row = connection.exec_driver_sql(
        "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"
    ).first()
    if not (row and row[0]):
        raise StoreError(
            "you are not allowed to create roles on this server: connect as a superuser or "
            "as the database's owner with CREATEROLE"
        )


def _reasoned(what: str, error: DBAPIError) -> StoreError:
    return StoreError(f"{what}: {server_words(error)}")


def init_team(db: Database) -> str:
    """Make the (migrated) PostgreSQL database `db` a team server, or bring its roles, grants
    and policies up to the current rule: the group roles, CONNECT for members only, each
    table's grants and row-level security policies (`TABLE_RULES`; a table it does not know gets
    row-level security with no policy: members see none of it), the functions the policies
    use and the guard trigger. Idempotent. Returns the team's prefix (`team_prefix`)."""
    _require_team_server(db)
    try:
        with db.write() as session:
            connection = session.connection()
            _may_create_roles(connection)
            database = _database_name(connection)
            prefix = team_prefix(database)
            groups: dict[str, str] = {role: group_role(prefix, role) for role in ROLES}
            for group in groups.values():
                if not _ours(connection, group, database):
                    connection.exec_driver_sql(f"CREATE ROLE {_quote(connection, group)} NOLOGIN")
                    connection.exec_driver_sql(
                        f"COMMENT ON ROLE {_quote(connection, group)} IS "
                        f"{_literal(role_comment(database))}"
                    )
            _install(connection, database, groups)
    except DBAPIError as error:
        raise _reasoned("team init", error) from None
    return prefix


def _install(connection: Connection, database: str, groups: dict[str, str]) -> None:
    q = _quote
    everyone = ", ".join(q(connection, group) for group in groups.values())
    run = connection.exec_driver_sql
    run(f"REVOKE CONNECT, TEMPORARY ON DATABASE {q(connection, database)} FROM PUBLIC")
    run(f"GRANT CONNECT ON DATABASE {q(connection, database)} TO {everyone}")
    run("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    run(f"GRANT USAGE ON SCHEMA public TO {everyone}")
    run(_functions_sql())
    for function in _SECURE_FUNCTIONS:
        run(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        run(f"GRANT EXECUTE ON FUNCTION {function} TO {everyone}")
    run("DROP TRIGGER IF EXISTS encounters_guard ON encounters")
    run(
        "CREATE TRIGGER encounters_guard BEFORE UPDATE ON encounters "
        "FOR EACH ROW EXECUTE FUNCTION mysteryshop_guard()"
    )
    tables = connection.exec_driver_sql(
        "SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
    ).all()
    for table, owner in tables:
        name = q(connection, table)
        run(f"REVOKE ALL ON {name} FROM PUBLIC, {everyone}")
        if table == "alembic_version":  # the schema's revision: every member's app reads it
            run(f"GRANT SELECT ON {name} TO {everyone}")
            continue
        run(f"GRANT ALL ON {name} TO {q(connection, groups['admin'])}")
        run(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
        run(f"ALTER TABLE {name} FORCE ROW LEVEL SECURITY")
        old = connection.execute(
            text(
                "SELECT policyname FROM pg_policies WHERE schemaname = 'public' "
                "AND tablename = :table AND policyname LIKE 'ms\\_%'"
            ),
            {"table": table},
        ).scalars()
        for policy in list(old):
            run(f"DROP POLICY {q(connection, policy)} ON {name}")
        # FORCE holds the owner to the policies too: the owner may do everything, as before.
        run(
            f"CREATE POLICY ms_owner ON {name} TO {q(connection, owner)} "
            "USING (true) WITH CHECK (true)"
        )
        run(
            f"CREATE POLICY ms_admin ON {name} TO {q(connection, groups['admin'])} "
            "USING (true) WITH CHECK (true)"
        )
        for role, rule in TABLE_RULES.get(table, {}).items():
            group = q(connection, groups[role])
            privileges = ", ".join(_PRIVILEGES[command] for command in rule)
            run(f"GRANT {privileges} ON {name} TO {group}")
            for command, expression in rule.items():
                policy = q(connection, f"ms_{role}_{command}")
                if isinstance(expression, tuple):  # update: USING and WITH CHECK
                    using, check = expression
                    clause = f"USING ({using}) WITH CHECK ({check})"
                elif command == "insert":
                    clause = f"WITH CHECK ({expression})"
                else:
                    clause = f"USING ({expression})"
                run(f"CREATE POLICY {policy} ON {name} FOR {command.upper()} TO {group} {clause}")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}")


# --- members ----------------------------------------------------------------------------------


def scram_verifier(password: str, *, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (RFC 5802/7677, as libpq's
    PQencryptPasswordConn makes it): sent instead of the password, the password is in no
    statement the server could log."""
    import base64
    import hmac

    salt = secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    client_key = hmac.digest(salted, b"Client Key", "sha256")
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.digest(salted, b"Server Key", "sha256")

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode()

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def _checked_role(role: str) -> str:
    if role not in ROLES:
        raise StoreError(f"role: one of {', '.join(ROLES)}, not {role!r}")
    return role


def _team_of(connection: Connection) -> tuple[str, str, dict[str, str]]:
    """The database, its team's prefix and group roles; StoreError when it has no team yet."""
    database = _database_name(connection)
    prefix = team_prefix(database)
    groups: dict[str, str] = {role: group_role(prefix, role) for role in ROLES}
    if not all(_ours(connection, group, database) for group in groups.values()):
        raise StoreError("this database has no team yet: run `mysteryshop team init` first")
    return database, prefix, groups


def _member(session: Session, alias: str) -> TeamUser:
    found = session.scalars(select(TeamUser).where(TeamUser.alias == alias)).one_or_none()
    if found is None:
        raise StoreError(f"no team member with the alias {alias!r}")
    return found


def add_user(db: Database, alias: str, role: str, password: str | None = None) -> str:
    """A new member: a login role (`login_name`) in the group of `role`, its `team_users`
    row and the observer alias. Returns the password: `password`, or a new random one to show
    once. The server is sent only its SCRAM verifier (`scram_verifier`)."""
    _require_team_server(db)
    _checked_role(role)
    alias = alias.strip()
    if password is not None and not password:
        raise StoreError("password: empty; give one, or none to have one made")
    password = password or secrets.token_urlsafe(PASSWORD_BYTES)
    try:
        with db.write() as session:
            connection = session.connection()
            database, prefix, groups = _team_of(connection)
            login = login_name(prefix, alias)
            if session.get(TeamUser, login) is not None or session.scalar(
                select(TeamUser.login).where(TeamUser.alias == alias)
            ):
                raise StoreError(f"{alias!r} is a team member already (login {login})")
            if _ours(connection, login, database):
                raise StoreError(f"the login {login} exists already; remove it first")
            extra = " CREATEROLE" if role == "admin" else ""
            connection.exec_driver_sql(
                f"CREATE ROLE {_quote(connection, login)} LOGIN{extra} "
                f"PASSWORD {_literal(scram_verifier(password))} "
                f"IN ROLE {_quote(connection, groups[role])}"
            )
            connection.exec_driver_sql(
                f"COMMENT ON ROLE {_quote(connection, login)} IS {_literal(role_comment(database))}"
            )
            session.add(TeamUser(login=login, alias=alias, role=role, added_at=_now()))
            session.execute(insert_new("postgresql", Observer, ("alias",)), [{"alias": alias}])
    except DBAPIError as error:
        raise _reasoned("team add-user", error) from None
    return password


def list_users(db: Database) -> list[Member]:
    """The team's members, by alias."""
    _require_team_server(db)
    with db.read() as session:
        rows = session.scalars(select(TeamUser).order_by(TeamUser.alias)).all()
    return [Member(row.login, row.alias, row.role) for row in rows]


def set_role(db: Database, alias: str, role: str) -> Member:
    """Move a member to another role (its group changes; an admin may create roles)."""
    _require_team_server(db)
    _checked_role(role)
    try:
        with db.write() as session:
            connection = session.connection()
            _database, _prefix, groups = _team_of(connection)
            member = _member(session, alias.strip())
            login = _quote(connection, member.login)
            if member.role != role:
                connection.exec_driver_sql(
                    f"REVOKE {_quote(connection, groups[member.role])} FROM {login}"
                )
                connection.exec_driver_sql(f"GRANT {_quote(connection, groups[role])} TO {login}")
                create = "CREATEROLE" if role == "admin" else "NOCREATEROLE"
                connection.exec_driver_sql(f"ALTER ROLE {login} {create}")
                member.role = role
            return Member(member.login, member.alias, role)
    except DBAPIError as error:
        raise _reasoned("team set-role", error) from None


def remove_user(db: Database, alias: str) -> Member:
    """Remove a member: their login role is dropped, so it can no longer connect, and the
    sessions it still has are ended (where the server lets us: a superuser may, and a member
    of pg_signal_backend). The visits and the history they made stay, under their alias."""
    _require_team_server(db)
    try:
        with db.write() as session:
            connection = session.connection()
            _team_of(connection)
            member = _member(session, alias.strip())
            # Found before the drop: a dropped role's sessions show no user name.
            sessions = list(
                session.scalars(
                    text(
                        "SELECT pid FROM pg_stat_activity "
                        "WHERE usename = :login AND pid <> pg_backend_pid()"
                    ),
                    {"login": member.login},
                )
            )
            connection.exec_driver_sql(f"DROP ROLE {_quote(connection, member.login)}")
            session.delete(member)
            gone = Member(member.login, member.alias, member.role)
    except DBAPIError as error:
        raise _reasoned("team remove-user", error) from None
    _end_sessions(db, sessions)
    return gone


def _end_sessions(db: Database, sessions: list[int]) -> None:
    if not sessions:
        return
    try:
        with db.write() as session:
            for pid in sessions:
                session.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    except (DBAPIError, StoreError):
        pass  # not allowed: they end when their client disconnects, and can never reconnect


def current_member(db: Database) -> Member | None:
    """The team member connected to `db`: None on SQLite, on a PostgreSQL database without a
    team, and for a login that is no member (the owner, a superuser: they may do everything)."""
    if db.is_sqlite:
        return None
    try:
        with db.read() as session:
            row = session.execute(
                text("SELECT login, alias, role FROM team_users WHERE login = session_user")
            ).first()
    except (DBAPIError, StoreError):  # no grant on team_users: no member of this team
        return None
    return Member(*row) if row is not None else None


def calibration_session_ids(session: Session) -> list[str] | None:
    """Every calibration session id in use on a team server, through the function that lists
    ids without the visits (an observer sees only their own visits, and would miss the
    sessions others started); None where no team is installed (SQLite, a plain server)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    installed = session.scalar(
        text("SELECT to_regprocedure('mysteryshop_calibration_sessions()') IS NOT NULL")
    )
    if not installed:
        return None
    rows = session.scalars(
        text("SELECT DISTINCT calibration FROM mysteryshop_calibration_sessions()")
    )
    return sorted(str(row) for row in rows)


def _now() -> datetime:
    from mysteryshop.store.queries import now_utc

    return now_utc()


def dissolve_team(db: Database) -> int:
    """Make the database a plain one again: the team's policies, grants and guard trigger
    taken away, its roles (members' logins and groups) dropped from the server, `team_users`
    emptied; the data stays. Before dropping a team's database too, as its roles are the
    server's and would outlive it. The owner may (no superuser needed). Returns how many roles
    were dropped."""
    _require_team_server(db)
    try:
        with db.write() as session:
            connection = session.connection()
            database = _database_name(connection)
            prefix = team_prefix(database)
            logins = list(session.scalars(select(TeamUser.login)))
            names = [*logins, *(group_role(prefix, role) for role in ROLES)]
            mine = role_comment(database)
            names = [name for name in names if _comment_of(connection, name) == (True, mine)]
            _uninstall(connection, database, names)
            for name in names:
                connection.exec_driver_sql(f"DROP ROLE {_quote(connection, name)}")
            session.execute(delete(TeamUser))
    except DBAPIError as error:
        raise _reasoned("team dissolve", error) from None
    return len(names)


def _uninstall(connection: Connection, database: str, roles: list[str]) -> None:
    """Undo _install: what names `roles` (grants, policies) goes, row-level security is off,
    CONNECT is everyone's again. (DROP OWNED BY would do the first, but only for a member of
    the roles or a superuser.)"""
    run = connection.exec_driver_sql
    policies = connection.execute(
        text(
            "SELECT tablename, policyname FROM pg_policies WHERE schemaname = 'public' "
            "AND policyname LIKE :ours"
        ),
        {"ours": "ms\\_%"},
    ).all()
    for table, policy in policies:
        run(f"DROP POLICY {_quote(connection, policy)} ON {_quote(connection, table)}")
    for (table,) in connection.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
    ).all():
        name = _quote(connection, table)
        run(f"ALTER TABLE {name} NO FORCE ROW LEVEL SECURITY")
        run(f"ALTER TABLE {name} DISABLE ROW LEVEL SECURITY")
    run("DROP TRIGGER IF EXISTS encounters_guard ON encounters")
    run(f"GRANT CONNECT, TEMPORARY ON DATABASE {_quote(connection, database)} TO PUBLIC")
    if not roles:
        return
    listed = ", ".join(_quote(connection, name) for name in roles)
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {listed}")
    run(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {listed}")
    run(f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM {listed}")
    run(f"REVOKE ALL ON SCHEMA public FROM {listed}")
    run(f"REVOKE ALL ON DATABASE {_quote(connection, database)} FROM {listed}")
