"""The forms that come with the app: read from their files, and stored in every database when
it is opened (store.opening), so that no front end has to seed them."""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from mysteryshop import paths
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.models import FormVersion

if TYPE_CHECKING:
    from mysteryshop.forms import Form

# The forms module (pydantic, YAML) and the queries are imported only when a form has to be
# read: opening a database that has every shipped form (every start but the first) does
# without them.

log = logging.getLogger(__name__)

# A top-level `id:` or `version:` line with a plain value (and perhaps a comment).
_HEADER_LINE = re.compile(r"^(id|version):[ \t]*([A-Za-z0-9-]+)[ \t]*(?:#.*)?$", re.MULTILINE)
_FORM_ID = re.compile(r"[a-z0-9-]+")


def form_header(path: Path) -> tuple[str, int] | None:
    """A form file's id and version from its top-level `id:` and `version:` lines, without
    parsing the YAML; None when they are not written plainly there (then parse the file)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    found: dict[str, list[str]] = {}
    for key, value in _HEADER_LINE.findall(text):
        found.setdefault(key, []).append(value)
    ids, versions = found.get("id", []), found.get("version", [])
    if len(ids) != 1 or len(versions) != 1:
        return None
    if not _FORM_ID.fullmatch(ids[0]) or not versions[0].isdigit():
        return None
    return ids[0], int(versions[0])


@lru_cache(maxsize=16)
def _load(path: Path, _stamp: tuple[int, int]) -> Form:
    from mysteryshop.forms import load_form

    return load_form(path)


def load_shipped(path: Path) -> Form:
    """One shipped form file, parsed once per process (again only when the file changes)."""
    stat = path.stat()
    return _load(path, (stat.st_mtime_ns, stat.st_size))


def shipped_forms() -> list[Form]:
    """The forms that come with the app as their files say, the default first. Raises
    FormError for a broken file (a broken install)."""
    return [load_shipped(path) for path in paths.shipped_form_files()]


def stored_shipped_forms(db: Database) -> list[Form]:
    """The shipped forms as `db` holds them (stored when it was opened), the default first.
    Raises StoreError when one is missing (a database that could not be written)."""
    from mysteryshop.store import queries

    return [queries.get_form(db, form.id, form.version) for form in shipped_forms()]


def ensure_shipped_forms(db: Database) -> list[tuple[str, int]]:
    """Store each shipped form version `db` lacks, the archived earlier ones included (oldest
    first); returns the (id, version) of those added.

    Cheap when all are there: one query against the files' `id:`/`version:` lines, no YAML
    parsed. It never makes opening fail: a database that cannot be written (read-only,
    locked), a broken shipped file, or a shipped version already stored with other content
    (`mysteryshop check` reports that) is logged and skipped."""
    files = paths.archived_form_files() + paths.shipped_form_files()
    headers = {path: form_header(path) for path in files}
    table = FormVersion.__table__
    try:
        # Core on a plain connection: the ORM's first statement of a process costs ~6 ms to
        # compile, this one under 1 ms (the open is on the app's start-up path).
        with db.engine.connect() as connection:
            rows = connection.execute(select(table.c.form_id, table.c.version))
            stored = {(form_id, version) for form_id, version in rows}
    except DBAPIError as error:
        log.warning("shipped forms not checked: %s", error)
        return []
    missing = [path for path, header in headers.items() if header is None or header not in stored]
    if not missing:
        return []
    return _store_shipped(db, missing)


def _store_shipped(db: Database, files: list[Path]) -> list[tuple[str, int]]:
    from mysteryshop.forms import FormError
    from mysteryshop.store.queries import FormVersionConflict, _store_form

    forms = []
    for path in files:
        try:
            forms.append(load_shipped(path))
        except (FormError, OSError) as error:  # a broken install: say so, open all the same
            log.warning("shipped form %s not stored: %s", path.name, error)
    added: list[tuple[str, int]] = []
    try:
        with db.write() as session:
            for form in forms:
                try:
                    _info, created = _store_form(session, form)
                except FormVersionConflict as conflict:  # nothing was written for this one
                    log.warning("shipped form not stored: %s", conflict)
                    continue
                if created:
                    added.append((form.id, form.version))
    except (StoreError, DBAPIError) as error:  # read-only, locked, another opener was first
        log.info("shipped forms not stored: %s", error)
        return []
    return added
