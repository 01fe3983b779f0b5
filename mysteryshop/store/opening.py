"""Opening a database: the engine, the schema brought up to date (store.migrate), the shipped
forms stored (store.shipped); read-only for a command that only reads, and checked before a
command writes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from mysteryshop.store.db import (
    DamagedDatabaseError,
    Database,
    StoreError,
    create_db_engine,
    disk_full_message,
    plain_error,
    redact_text,
    redacted_url,
    server_words,
    sqlite_file,
)
from mysteryshop.store.migrate import current_revision, upgrade
from mysteryshop.store.models import SCHEMA_VERSION
from mysteryshop.store.shipped import ensure_shipped_forms


def open_database(url: str, *, migrate: bool = True, read_only: bool = False) -> Database:
    """Open the database at `url`, creating or upgrading its schema to the current one and
    storing the shipped forms it lacks. With `migrate=False` it is opened as it is.

    `read_only`, for a command that only reads: a SQLite file whose schema is current is
    opened read-only and nothing is stored, so that it can be read from a read-only folder or
    a full disk (store.db.create_db_engine); a new file, or one to upgrade, is opened as
    usual."""
    if read_only:
        found = _open_read_only(url)
        if found is not None:
            return found
    engine = create_db_engine(url)
    database = Database(engine, url)
    with _disposed_on_failure(engine, url):
        if migrate:
            upgrade(database)
            ensure_shipped_forms(database)
    return database


@contextmanager
def _disposed_on_failure(engine: Engine, url: str) -> Iterator[None]:
    """On any failure inside the block the engine is disposed; a database error becomes the
    plain one-line reason of _open_error."""
    try:
        yield
    except DBAPIError as error:
        engine.dispose()
        raise _open_error(error, url) from None
    except BaseException:
        engine.dispose()
        raise


def _open_read_only(url: str) -> Database | None:
    path = sqlite_file(url)
    if path is None or not path.is_file():
        return None
    engine = create_db_engine(url, read_only=True)
    with _disposed_on_failure(engine, url), engine.connect() as connection:
        revision = current_revision(connection)
    if revision != SCHEMA_VERSION:  # to upgrade, or to refuse: as usual
        engine.dispose()
        return None
    return Database(engine, url)


def _open_error(error: DBAPIError, url: str) -> StoreError:
    plain = plain_error(error, url)
    if plain is not None:
        return plain
    reason = redact_text(server_words(error), url)
    return StoreError(f"cannot open database {redacted_url(url)}: {reason}")


def check_before_writing(url: str) -> None:
    """Before a command writes to a SQLite file: its folder can be written, its disk has room,
    and SQLite's quick_check finds the file whole (the check the app makes at start; it reads
    the whole file: 20 ms at 2,000 encounters, 0.3 s at 20,000). A damaged file raises
    DamagedDatabaseError (nothing is changed), a read-only folder or a full disk StoreError."""
    from mysteryshop.store import health  # sqlite3 and the file system only

    path = sqlite_file(url)
    if path is None:
        return
    if path.parent.is_dir():  # else opening creates it, or says why it cannot
        trouble = health.storage_trouble(path.parent)
        if trouble == health.READ_ONLY:
            raise StoreError(health.read_only_folder_message(path))
        if trouble == health.DISK_FULL:
            raise StoreError(disk_full_message(path))
    found = health.quick_check(path, probe_lock=False)
    if found.state == health.CORRUPT:
        raise DamagedDatabaseError(path, found.detail)
    if found.state == health.DISK_FULL:
        raise StoreError(disk_full_message(path))
    if found.state == health.READ_ONLY:
        raise StoreError(health.read_only_folder_message(path))
