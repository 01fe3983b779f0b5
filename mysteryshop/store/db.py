"""The database connection: engine, SQLite pragmas, write transactions and migrations."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session

BUSY_TIMEOUT_MS = 15_000
CONNECT_TIMEOUT_S = 10  # a server that does not answer (unless the URL says connect_timeout)
BULK_CACHE_KIB = 64 * 1024  # SQLite's page cache for a bulk write (its default: 2 MB)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class StoreError(Exception):
    """A problem the user can act on: bad input, a database that cannot be opened, a conflict.

    `problems` holds one line per problem."""

    def __init__(self, *problems: str) -> None:
        super().__init__("\n".join(problems))
        self.problems = list(problems)


class ConflictError(StoreError):
    """Someone else changed the record since it was read (optimistic locking)."""


class ConnectionLostError(StoreError):
    """The database server closed the connection (it stopped, restarted or the network went).
    The transaction was rolled back, unless the connection went while it was committing: then
    nobody can tell whether the change was saved."""

    def __init__(self, where: str, *, committing: bool = False) -> None:
        if committing:
            outcome = (
                " while saving; the change may or may not have been saved: look before "
                "doing it again"
            )
        else:
            outcome = "; nothing was changed. Check that the server is running and try again"
        super().__init__(f"the database server closed the connection ({where}){outcome}")
        self.where = where


class CannotConnectError(ConnectionLostError):
    """No connection to the database server could be made: it is not running or not
    reachable, or it refused us (a wrong password, a database that does not exist, an SSL
    setting or certificate that does not match). `reason` is libpq's, on one line."""

    def __init__(self, where: str, reason: str) -> None:
        StoreError.__init__(self, f"cannot connect to the database server ({where}): {reason}")
        self.where = where
        self.reason = reason


class DamagedDatabaseError(StoreError):
    """The SQLite file is damaged (or not a database at all): `path` is the file, `detail`
    SQLite's own words. The one message says what happened and the way out."""

    def __init__(self, path: Path, detail: str) -> None:
        from mysteryshop.store import health  # sqlite3 and the file system only

        super().__init__(f"{health.damaged_message(path, detail)} {health.restore_advice(path)}")
        self.path = path
        self.detail = detail


@dataclass
class Database:
    """An open database. `read()` sessions see a consistent snapshot; `write()` sessions
    queue behind other writers (SQLite: BEGIN IMMEDIATE) and commit or roll back whole."""

    engine: Engine
    url: str
    # Who is writing (the observer alias of the app's settings, the CLI's --by): the store
    # records it as the author of a change when the caller names nobody else. On a team
    # server the database itself puts the login role's alias in the history (migration 0010).
    actor: str | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def in_memory(self) -> bool:
        """An in-memory SQLite database: each thread gets a connection of its own, and with it
        a database of its own (empty), so its reads cannot be spread over threads."""
        return self.is_sqlite and self.engine.url.database in (None, "", ":memory:")

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._plain_errors(), Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self, *, bulk: bool = False, wait: bool = True) -> Iterator[Session]:
        """A write transaction. A full disk, a lock held by another program or a read-only
        file become a StoreError saying so; the transaction is rolled back whole. `bulk`
        (thousands of rows): on SQLite the connection gets a larger page cache meanwhile.
        `wait=False` (SQLite): a StoreError at once when another writer holds the lock,
        for work that may as well be left for later."""
        writer = self.engine.execution_options(mysteryshop_write=True, mysteryshop_wait=wait)
        committing = False
        try:
            with self._plain_errors(), Session(writer, expire_on_commit=False) as session:
                session.info["actor"] = (self.actor or "").strip() or None
                with session.begin():
                    if not (bulk and self.is_sqlite):
                        yield session
                        committing = True
                        return
                    # Inserting into indexes keyed by random ids touches pages all over the
                    # file: with SQLite's default 2 MB cache, an import of 100,000 encounters
                    # took 71 s instead of 60 s, reading back pages it had just written
                    # (bench/README.md).
                    connection = session.connection()
                    usual = connection.exec_driver_sql("PRAGMA cache_size").scalar()
                    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
                    try:
                        yield session
                    finally:
                        connection.exec_driver_sql(f"PRAGMA cache_size = {int(usual or 0)}")
                    committing = True
        except ConnectionLostError as lost:
            if committing:  # the server may have committed before it went: say so
                raise ConnectionLostError(lost.where, committing=True) from None
            raise

    @contextmanager
    def _plain_errors(self) -> Iterator[None]:
        """A database error with a plain reason (full disk, locked, read-only, a damaged file)
        becomes a StoreError saying so; any other goes on as it is."""
        try:
            yield
        except DBAPIError as error:
            plain = plain_error(error, self.url)
            if plain is None:
                raise
            raise plain from error

    def close(self) -> None:
        self.engine.dispose()


def insert_new(dialect: str, model: Any, keys: Sequence[str]) -> Any:
    """An INSERT into `model`'s table that skips a row whose `keys` (a primary key or unique
    constraint) are stored already, by this transaction or by one that ran at the same time
    (on PostgreSQL it waits for that one to end): ON CONFLICT DO NOTHING. Add
    `.returning(...)` to learn which rows went in."""
    table = model.__table__
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert(table).on_conflict_do_nothing(index_elements=list(keys))
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table).on_conflict_do_nothing(index_elements=list(keys))


# SQLite's primary result codes (https://www.sqlite.org/rescode.html) and PostgreSQL's
# SQLSTATEs: the failures a user can do something about.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_FULL, _SQLITE_CANTOPEN = 5, 6, 8, 13, 14
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_NOTADB = 10, 11, 26
_PG_DISK_FULL = "53100"
# insufficient_privilege: a grant, a row-level security policy or the team's guard trigger
# (store/team.py) said no to this login's role.
_PG_REFUSED = "42501"
# A lost connection: class 08, or the server shutting down (admin, crash, cannot connect now).
_PG_GONE = ("08", "57P01", "57P02", "57P03")
_PG_CLASHED = ("40P01", "40001")  # a deadlock, a serialization failure: another writer won


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL (`sqlite:///path`, or a URI filename
    `sqlite:///file:path?mode=ro&uri=true`); None for a server or an in-memory database."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite":
        return None
    name = parsed.database or ""
    if name.startswith("file:") and str(parsed.query.get("uri", "")).lower() in ("true", "1"):
        if str(parsed.query.get("mode", "")) == "memory":
            return None
        parts = urlsplit(name)
        name = unquote(parts.path)
    if not name or name == ":memory:":
        return None
    return Path(name).expanduser().resolve()


def server_address(url: str) -> str:
    """Where a server database is, to show a user: host, port and database name; never the
    user name or password of the URL."""
    parsed = make_url(url)
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.host or 'localhost'}{port}/{parsed.database or ''}"


# Connection parameters that hold a secret (libpq's password and sslpassword, and any other
# key naming a password, secret or token), and the two places a secret stands in text: a URL's
# user:password@ and a key=value pair (a URL's query, a libpq connection string).
_SECRET_KEY = re.compile(r"pass(word)?|secret|token", re.IGNORECASE)
_URL_PASSWORD = re.compile(r"(\b[A-Za-z][\w+.-]*://[^:/?#@\s]*:)[^@\s]*@")
_BARE_PASSWORD = re.compile(r"^([^:/?#@\s]+:)[^@\s]*@")  # user:password@host, no scheme
_SECRET_PAIR = re.compile(
    r"(\b[\w-]*(?:pass(?:word)?|secret|token)[\w-]*\s*=\s*)(?:'[^']*'|\"[^\"]*\"|[^&\s'\";]+)",
    re.IGNORECASE,
)
HIDDEN = "***"
_SHORTEST_SECRET = 4  # a shorter one replaced in running text would mangle the words around it


def is_secret_parameter(key: str) -> bool:
    """Whether a URL's query parameter holds a secret (password=, sslpassword=, a token)."""
    return _SECRET_KEY.search(key) is not None


def redacted_url(url: str) -> str:
    """A database URL to show or log: a SQLite URL as its file name; a server's URL without
    its password or any secret query parameter (password=, sslpassword=), each shown as
    ***. Text that is not a URL gets the same treatment as in redact_text."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return redact_text(_BARE_PASSWORD.sub(rf"\1{HIDDEN}@", url.strip()))
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    query = {
        key: HIDDEN if is_secret_parameter(key) else value for key, value in parsed.query.items()
    }
    shown = parsed.set(query=query).render_as_string(hide_password=True)
    base, _, parameters = shown.partition("?")  # a path in a parameter shown as typed
    return f"{base}?{unquote(parameters)}" if parameters else base


def redact_text(text: str, url: str | None = None) -> str:
    """`text` (an error message, a log line) with the secrets of `url` (its password and
    secret query values, as written and percent-decoded) replaced by ***, the whole URL by
    redacted_url, and any other URL's password or key=secret pair hidden too."""
    secrets = _secrets_of(url) if url else set()
    if url and secrets:  # (a URL without any, a SQLite file's, is left as it is)
        text = text.replace(url, redacted_url(url))
        for secret in sorted(secrets, key=len, reverse=True):
            text = text.replace(secret, HIDDEN)
    text = _URL_PASSWORD.sub(rf"\1{HIDDEN}@", text)
    return _SECRET_PAIR.sub(rf"\1{HIDDEN}", text)


def _secrets_of(url: str) -> set[str]:
    try:
        parsed = make_url(url)
    except ArgumentError:
        return set()
    found = {parsed.password or ""}
    for key, value in parsed.query.items():
        if _SECRET_KEY.search(key):
            found.update([value] if isinstance(value, str) else value)
    found |= {quote(secret, safe="") for secret in found}
    return {secret for secret in found if len(secret) >= _SHORTEST_SECRET}


def disk_full_message(where: object) -> str:
    return (
        f"the disk is full: {where} could not be written; nothing was changed. "
        "Free some space and try again"
    )


def plain_reason(error: BaseException, url: str) -> str | None:
    """A sentence for the user when `error` (a DB-API error) is a full disk, a read-only data
    folder, a database locked by another program, a read-only database, a file that cannot be
    read, a database server that went away or chose another writer, or a team server that
    refused the login's role; None for anything else."""
    path = sqlite_file(url)
    where = str(path) if path is not None else redacted_url(url)
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        code &= 0xFF  # the primary code of an extended one
        if path is not None and code in (_SQLITE_FULL, _SQLITE_IOERR, _SQLITE_CANTOPEN,
                                         _SQLITE_READONLY):  # fmt: skip
            from mysteryshop.store import health  # sqlite3 and the file system only

            trouble = health.storage_trouble(path.parent)
            if trouble == health.DISK_FULL:
                code = _SQLITE_FULL
            elif trouble == health.READ_ONLY:
                return health.read_only_folder_message(path)
        if code == _SQLITE_FULL:
            return disk_full_message(where)
        if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return (
                f"the database is locked by another program: {where}. Close the other "
                "program (or finish what it is doing) and try again"
            )
        if code == _SQLITE_READONLY:
            return f"the database is read-only: {where} cannot be changed"
        if code == _SQLITE_CANTOPEN:
            return f"cannot open the database file {where}"
        if code == _SQLITE_IOERR:
            return (
                f"the database file {where} could not be read or written (disk I/O error); "
                "check the disk"
            )
        return None
    sqlstate = str(getattr(error, "sqlstate", None) or "")
    if sqlstate == _PG_DISK_FULL:
        return f"the database server's disk is full ({where}); nothing was changed"
    if sqlstate in _PG_CLASHED:
        return (
            f"another program changed the same records at the same moment ({where}); "
            "nothing was changed. Try again"
        )
    if sqlstate == _PG_REFUSED:
        words = str(error).strip().splitlines()
        return (
            f"the team server refused this for your role ({where}): "
            f"{redact_text(words[0] if words else 'permission denied', url)}; nothing was changed"
        )
    return None


def _server_gone(orig: BaseException | None, invalidated: bool) -> bool:
    """The connection to a database server was lost, or none could be made (SQLAlchemy's own
    judgement, or the SQLSTATE; psycopg gives none when the server just closed the socket or
    refused to connect)."""
    if invalidated:
        return True
    sqlstate = str(getattr(orig, "sqlstate", None) or "")
    if sqlstate.startswith(_PG_GONE):
        return True
    module = type(orig).__module__ or ""
    return (
        module.startswith("psycopg")
        and type(orig).__name__ == "OperationalError"
        and (not sqlstate)
    )


# libpq's words when a connection cannot be made: "connection failed: connection to server at
# "host", port 5432 failed: <reason>" (psycopg 3.3), the last part being the reason.
_CONNECT_FAILED = re.compile(
    r"^(?:connection failed: )?(?:connection to server (?:at|on) .*? failed: )(?:FATAL: +)?",
    re.DOTALL,
)


def server_words(error: DBAPIError) -> str:
    """The database's own words for `error`: their first line (never the URL it was given)."""
    lines = str(error.orig or error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def connect_failure(orig: BaseException | None) -> str | None:
    """The reason, on one line, when `orig` says no connection could be made; else None."""
    message = str(orig or "").strip()
    found = _CONNECT_FAILED.match(message)
    if found is None:
        return None
    lines = [line.strip() for line in message[found.end() :].splitlines() if line.strip()]
    # libpq's hint lines ("Is the server running …?") read on after a semicolon
    lines[1:] = [line[:1].lower() + line[1:] for line in lines[1:]]
    return "; ".join(lines) or None


def plain_error(error: DBAPIError, url: str) -> StoreError | None:
    """The StoreError to raise for a DB-API error the user can act on (plain_reason, a damaged
    SQLite file: DamagedDatabaseError, a server that cannot be reached: CannotConnectError,
    one that went away: ConnectionLostError), None for any other. No text of it shows the
    URL's password (redact_text)."""
    if error.orig is None:
        return None
    code = getattr(error.orig, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        path = sqlite_file(url)
        if path is not None:
            return DamagedDatabaseError(path, str(error.orig).splitlines()[0])
    if code is None and _server_gone(error.orig, error.connection_invalidated):
        reason = connect_failure(error.orig)
        if reason is not None:
            return CannotConnectError(redacted_url(url), redact_text(reason, url))
        return ConnectionLostError(redacted_url(url))
    reason = plain_reason(error.orig, url)
    return StoreError(reason) if reason is not None else None


def on_connection_lost(db: Database, tell: Callable[[], None]) -> None:
    """Call `tell` (in whichever thread met it) each time the connection to `db`'s server is
    lost or cannot be made; the error itself still goes to whoever was using the database.
    For the app's banner (ui/connection.py): it learns of it from any view or worker."""

    def handle_error(context: ExceptionContext) -> None:
        if context.is_pre_ping:  # a pooled connection from before a restart: replaced quietly
            return
        if _server_gone(context.original_exception, context.is_disconnect):
            tell()

    event.listen(db.engine, "handle_error", handle_error)


def reachable(db: Database) -> bool:
    """Whether the database answers now (a round trip); False, never an error, when not."""
    try:
        with db.read() as session:
            session.execute(text("SELECT 1"))
    except (StoreError, DBAPIError):
        return False
    return True


class DatabaseMovedError(StoreError):
    """The file at the database's path is no longer the one this process opened: it was
    restored from a backup, or moved aside, meanwhile. Writing would go into the old file."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"the database {path} was replaced (restored from a backup, or moved aside) while "
            "this command ran; nothing was written. Run the command again"
        )


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_dev, found.st_ino)


def _on_sqlite_connect(
    path: Path | None, read_only: bool, dbapi_connection: sqlite3.Connection, record: Any
) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own handling defers it
    # and cannot do BEGIN IMMEDIATE).
    dbapi_connection.isolation_level = None
    if path is not None:
        # Which file this connection has open: a write checks it is still the one at `path`.
        record.info["file_id"] = _file_id(path)
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # The journal mode is written into the file: switch it only for a new (empty) database or
    # one of ours, never for another program's file, which migrate.upgrade refuses untouched.
    foreign = cursor.execute(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table')"
        " AND NOT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'alembic_version')"
    ).fetchone()[0]
    if not foreign and not read_only:
        _switch_to_wal(cursor)
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA trusted_schema = OFF")
    cursor.close()


def _switch_to_wal(cursor: sqlite3.Cursor) -> None:
    """PRAGMA journal_mode = WAL, waiting as busy_timeout would. Switching a new file needs
    its exclusive lock, and SQLite does not call the busy handler for it: a second program
    opening the same new file at that moment got "database is locked" at once."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if error.sqlite_errorcode & 0xFF not in (_SQLITE_BUSY, _SQLITE_LOCKED):
                raise
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _on_sqlite_begin(path: Path | None, connection: Connection) -> None:
    # Writers take the write lock up front so that two writers queue (busy_timeout) instead
    # of one failing with "database is locked" when it upgrades a read lock.
    if not connection.get_execution_options().get("mysteryshop_write"):
        connection.exec_driver_sql("BEGIN")
        return
    if connection.get_execution_options().get("mysteryshop_wait", True):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("PRAGMA busy_timeout = 0")
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        finally:
            connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if path is None:
        return
    # With the write lock held nobody can move the file (store.health.exclusive_access takes
    # the same lock first): if the file at `path` is not the one this connection opened, a
    # restore or a move aside came between the opening and now, and SQLite (in WAL mode) would
    # write into the old file without a word.
    opened = connection.connection.info.get("file_id")
    if opened is not None and _file_id(path) != opened:
        connection.exec_driver_sql("ROLLBACK")
        raise DatabaseMovedError(path)


def _on_sqlite_do_connect(
    path: Path, _dialect: Any, _record: Any, _args: Any, params: dict[str, Any]
) -> sqlite3.Connection:
    from mysteryshop.store import health  # sqlite3 and the file system only

    return health.connect_read_only(
        path,
        timeout=float(params.get("timeout", BUSY_TIMEOUT_MS / 1000)),
        check_same_thread=bool(params.get("check_same_thread", False)),
        tidy=True,
    )


class _SecondaryPipelineErrors(logging.Filter):
    """psycopg logs "error ignored terminating <Pipeline>: the connection is lost" when a
    pipeline ends while the error that lost the connection is already on its way up: that
    error is told to the user (plainly); the log line is its echo."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("error ignored terminating")


_PIPELINE_FILTER = _SecondaryPipelineErrors()


def create_db_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine for `url` with our connection settings; creates a SQLite file's folder.

    `read_only` (SQLite): every connection only reads (query_only), and where the folder
    cannot be written or the disk is full, it is opened read-only, or even as an immutable
    file when SQLite cannot make the -shm file it needs beside the database
    (store.health.connect_read_only); the folder is not created."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"not a database URL: {redacted_url(url)!r}") from None
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_file(url)
        mode = str(parsed.query.get("mode", ""))
        if path is not None and not read_only and mode not in ("ro", "memory"):
            folder = path.parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreError(
                    f"cannot create the data folder {folder}: {error.strerror}"
                ) from None
        # hide_parameters: no row's values (names, notes) in any error message (crashlog.py).
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True
        )
        if read_only and path is not None:
            event.listen(engine, "do_connect", partial(_on_sqlite_do_connect, path))
        event.listen(engine, "connect", partial(_on_sqlite_connect, path, read_only))
        event.listen(engine, "begin", partial(_on_sqlite_begin, path))
        return engine
    logging.getLogger("psycopg").addFilter(_PIPELINE_FILTER)  # once: filters are a set
    try:
        # A server on a network that went quiet: give up connecting after a while rather
        # than leave the app waiting for the system's TCP timeout (minutes).
        connect_args: dict[str, Any] = {}
        if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
            connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
        return create_engine(
            url, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args
        )
    except Exception as error:  # a missing driver, a malformed URL
        raise StoreError(
            f"cannot use database {redacted_url(url)}: {redact_text(str(error), url)}"
        ) from None
