"""Saving a form edited in the form builder: the versioning rule, once.

A stored form version that encounters use never changes (their answers and scores were made
with its questions), so an edit of one is stored as a new version; a version nobody has used
yet may be corrected in place. The shipped forms are never changed in place: the next start
compares the database with the shipped files (store/shipped.py)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from mysteryshop import paths
from mysteryshop.form_diff import FormDiff, diff_forms
from mysteryshop.forms import MAX_FORM_VERSION, Form, validate_form
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.models import Encounter, FormVersion
from mysteryshop.store.queries import _get_form, _store_form
from mysteryshop.store.shipped import form_header, load_shipped


@dataclass(frozen=True)
class SavedForm:
    """How an edited form was stored. `diff` is the change from the version the edit started
    from (None for a new form); `form` is the form as stored (with its version)."""

    form_id: str
    version: int
    created_new_version: bool
    replaced_in_place: bool
    diff: FormDiff | None
    form: Form


def save_edited_form(db: Database, form: Form, *, base: tuple[str, int] | None) -> SavedForm:
    """Store `form`, edited from the stored version `base` (form id, version), or new when
    `base` is None. The form's own `version` is ignored: this decides it.

    - a new form: its id must not be stored yet; it becomes version 1;
    - an edit of a version with encounters (any status, the trash included), of one that is
      not the latest, or of a shipped form: a new version, one above the latest;
    - an edit of the latest version that no encounter uses: that version is replaced, in one
      transaction that checks again that no encounter uses it (one saved meanwhile makes
      this a new version instead).
    An edit that changes nothing, or that makes an older version what the latest already is,
    stores nothing. `diff` is always from `base`. Raises StoreError with the reason."""
    if base is None:
        with db.write() as session:
            if _latest(session, form.id) is not None:
                raise StoreError(
                    f"a form with the id {form.id} already exists: give the new form another id"
                )
            stored = _with_version(form, 1)
            _store_form(session, stored)
        return SavedForm(form.id, 1, True, False, None, stored)
    base_id, base_version = base
    if form.id != base_id:
        raise StoreError(
            f"the edited form's id {form.id} is not that of the form it was edited from "
            f"({base_id}): save it as a new form"
        )
    shipped = (base_id, base_version) in _shipped_versions()
    with db.write() as session:
        old = _get_form(session, base_id, base_version)
        row = _locked_row(session, base_id, base_version)
        in_place = _with_version(form, base_version)
        if in_place.content_hash() == old.content_hash():
            return SavedForm(base_id, base_version, False, False, diff_forms(old, old), old)
        latest = _latest(session, base_id) or base_version
        in_use = session.scalar(
            select(func.count()).select_from(Encounter).where(Encounter.form_version_id == row.id)
        )
        if not shipped and not in_use and latest == base_version:
            session.execute(
                update(FormVersion)
                .where(FormVersion.id == row.id)
                .values(
                    title=in_place.tr(in_place.title),
                    definition=in_place.canonical_json(),
                    content_hash=in_place.content_hash(),
                )
            )
            return SavedForm(
                base_id, base_version, False, True, diff_forms(old, in_place), in_place
            )
        if latest != base_version:
            # Edited from an older version into what the latest already is: nothing to store.
            newest = _get_form(session, base_id, latest)
            if _with_version(form, latest).content_hash() == newest.content_hash():
                return SavedForm(base_id, latest, False, False, diff_forms(old, newest), newest)
        if latest >= MAX_FORM_VERSION:
            raise StoreError(f"form {base_id} has reached the highest version number, {latest}")
        stored = _with_version(form, latest + 1)
        _store_form(session, stored)
    return SavedForm(base_id, latest + 1, True, False, diff_forms(old, stored), stored)


def duplicate_form(form: Form, new_id: str, title: str | dict[str, str]) -> Form:
    """A copy of `form` under a new id and title, as version 1 (a new form: nothing links it
    to the original). Raises FormError for an id or title the format refuses."""
    data = form.definition()
    data.update(id=new_id, version=1, title=title)
    return validate_form(data, new_id)


def _with_version(form: Form, version: int) -> Form:
    if form.version == version:
        return form
    data = form.definition()
    data["version"] = version
    return validate_form(data, form.id)


def _latest(session: Session, form_id: str) -> int | None:
    return session.scalar(
        select(func.max(FormVersion.version)).where(FormVersion.form_id == form_id)
    )


def _locked_row(session: Session, form_id: str, version: int) -> FormVersion:
    """The stored version's row, locked against a concurrent encounter on PostgreSQL (an
    encounter's insert takes a key-share lock on the row it refers to; SQLite's write
    transactions are serial already)."""
    query = select(FormVersion).where(
        FormVersion.form_id == form_id, FormVersion.version == version
    )
    row = session.scalars(query.with_for_update()).one_or_none()
    if row is None:
        raise StoreError(f"no form {form_id} version {version} in the database")
    return row


def _shipped_versions() -> set[tuple[str, int]]:
    versions = set()
    for path in paths.archived_form_files() + paths.shipped_form_files():
        header = form_header(path)
        if header is None:  # not written plainly: read the file
            form = load_shipped(path)
            header = (form.id, form.version)
        versions.add(header)
    return versions
