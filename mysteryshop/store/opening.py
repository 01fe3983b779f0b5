"""Opening a database: the engine, the schema brought up to date (store.migrate), the shipped
forms stored (store.shipped)."""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from mysteryshop.store.db import Database, StoreError, create_db_engine, plain_error
from mysteryshop.store.migrate import upgrade
from mysteryshop.store.shipped import ensure_shipped_forms


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open the database at `url`, creating or upgrading its schema to the current one and
    storing the shipped forms it lacks. With `migrate=False` it is opened as it is."""
    engine = create_db_engine(url)
    database = Database(engine, url)
    try:
        if migrate:
            upgrade(database)
            ensure_shipped_forms(database)
    except DBAPIError as error:
        engine.dispose()
        plain = plain_error(error, url)
        if plain is not None:
            raise plain from None
        shown = make_url(url).render_as_string()
        reason = str(error.orig).splitlines()[0] if error.orig else str(error)
        raise StoreError(f"cannot open database {shown}: {reason}") from None
    except BaseException:
        engine.dispose()
        raise
    return database
