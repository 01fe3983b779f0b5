"""Create and upgrade the schema with Alembic; refuse databases this version cannot use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from mysteryshop.store.db import MIGRATIONS_DIR, Database, StoreError, redacted_url
from mysteryshop.store.models import SCHEMA_VERSION

if TYPE_CHECKING:
    from alembic.config import Config

SCHEMA_LOCK = 0x6D7973_7368_6F70  # PostgreSQL advisory lock held while the schema changes

# Alembic is imported only when a schema has to change: opening an up-to-date database (every
# start but the first after an update) then costs it nothing (~0.15 s).


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def current_revision(connection: Connection) -> str | None:
    """The schema revision stored in the database, None for a database without one."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(database: Database) -> None:
    """Bring the schema to the current revision: a no-op when it already is. A SQLite file
    made by an earlier version is backed up (and the copy verified) before it changes."""
    with database.engine.connect() as connection:
        current = current_revision(connection)
        has_tables = bool(inspect(connection).get_table_names())
        connection.rollback()
    if current == SCHEMA_VERSION:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config()
    known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
    if current is None and has_tables:
        raise StoreError(
            f"{redacted_url(database.url)}: this database holds tables of another program; "
            "mysteryshop will not change it"
        )
    if current is not None and current not in known:
        raise StoreError(
            f"{redacted_url(database.url)}: the database was made by a newer version of "
            f"mysteryshop (schema {current}); update the app to open it"
        )
    if current is not None and database.is_sqlite:
        from mysteryshop.store.backup import backup

        backup(database, reason=f"before-schema-{SCHEMA_VERSION}")
    writer = database.engine.execution_options(mysteryshop_write=True)
    with writer.begin() as connection:
        if not database.is_sqlite:
            # Two programs opening a new server database at once (SQLite's writers queue at
            # BEGIN IMMEDIATE): the second waits here, then Alembic reads the revision again
            # and finds nothing left to do.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
