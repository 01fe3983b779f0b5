"""The database connection: engine, SQLite pragmas, write transactions and migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session

BUSY_TIMEOUT_MS = 15_000
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
    def write(self, *, bulk: bool = False) -> Iterator[Session]:
        """A write transaction. A full disk, a lock held by another program or a read-only
        file become a StoreError saying so; the transaction is rolled back whole. `bulk`
        (thousands of rows): on SQLite the connection gets a larger page cache meanwhile."""
        writer = self.engine.execution_options(mysteryshop_write=True)
        with self._plain_errors(), Session(writer, expire_on_commit=False) as session:
            with session.begin():
                if not (bulk and self.is_sqlite):
                    yield session
                    return
                # Inserting into indexes keyed by random ids touches pages all over the file:
                # with SQLite's default 2 MB cache, an import of 100,000 encounters took 71 s
                # instead of 60 s, reading back pages it had just written (bench/README.md).
                connection = session.connection()
                usual = connection.exec_driver_sql("PRAGMA cache_size").scalar()
                connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
                try:
                    yield session
                finally:
                    connection.exec_driver_sql(f"PRAGMA cache_size = {int(usual or 0)}")

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


# SQLite's primary result codes (https://www.sqlite.org/rescode.html) and PostgreSQL's
# SQLSTATE for a full disk: the failures a user can do something about.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_FULL, _SQLITE_CANTOPEN = 5, 6, 8, 13, 14
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26
_PG_DISK_FULL = "53100"


def plain_reason(error: BaseException, url: str) -> str | None:
    """A sentence for the user when `error` (a DB-API error) is a full disk, a database locked
    by another program or a read-only database; None for anything else."""
    where = make_url(url).database if url.startswith("sqlite") else None
    where = where or make_url(url).render_as_string()
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        code &= 0xFF  # the primary code of an extended one
        if code == _SQLITE_FULL:
            return (
                f"the disk is full: {where} could not be written; nothing was changed. "
                "Free some space and save again"
            )
        if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return (
                f"the database is locked by another program: {where}. Close the other "
                "program (or finish what it is doing) and try again"
            )
        if code == _SQLITE_READONLY:
            return f"the database is read-only: {where} cannot be changed"
        if code == _SQLITE_CANTOPEN:
            return f"cannot open the database file {where}"
        return None
    if getattr(error, "sqlstate", None) == _PG_DISK_FULL:
        return f"the database server's disk is full ({where}); nothing was changed"
    return None


def plain_error(error: DBAPIError, url: str) -> StoreError | None:
    """The StoreError to raise for a DB-API error the user can act on (plain_reason, or a
    damaged SQLite file: DamagedDatabaseError), None for any other."""
    if error.orig is None:
        return None
    code = getattr(error.orig, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        database = make_url(url).database
        if database and database != ":memory:":
            path = Path(database).expanduser().resolve()
            return DamagedDatabaseError(path, str(error.orig).splitlines()[0])
    reason = plain_reason(error.orig, url)
    return StoreError(reason) if reason is not None else None


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own handling defers it
    # and cannot do BEGIN IMMEDIATE).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # The journal mode is written into the file: switch it only for a new (empty) database or
    # one of ours, never for another program's file, which migrate.upgrade refuses untouched.
    foreign = cursor.execute(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table')"
        " AND NOT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'alembic_version')"
    ).fetchone()[0]
    if not foreign:
        cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA trusted_schema = OFF")
    cursor.close()


def _on_sqlite_begin(connection: Connection) -> None:
    # Writers take the write lock up front so that two writers queue (busy_timeout) instead
    # of one failing with "database is locked" when it upgrades a read lock.
    if connection.get_execution_options().get("mysteryshop_write"):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def create_db_engine(url: str) -> Engine:
    """An engine for `url` with our connection settings; creates a SQLite file's folder."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"not a database URL: {url!r}") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).expanduser().resolve().parent
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
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True, hide_parameters=True)
    except Exception as error:  # a missing driver, a malformed URL
        raise StoreError(f"cannot use database {parsed.render_as_string()}: {error}") from None
