"""Import and export by file: which format a file is, and one call each for the command line
and the app (bundles .json/.zip, spreadsheets .csv/.xlsx, XLSForms .xlsx)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mysteryshop.store import merge, queries
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.records import EncounterFilter

Progress = Callable[[int, int], None]
EXPORT_FORMATS = ("json", "zip", "csv", "xlsx")
IMPORT_SUFFIXES = (".json", ".zip", ".xlsx")
FORM_SUFFIXES = (".yaml", ".yml")


def export_format(path: str | os.PathLike[str], given: str | None = None) -> str:
    """The export format: `given`, else the file's extension, else json."""
    if given:
        return given
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in EXPORT_FORMATS else "json"


def export_file(
    db: Database,
    path: str | os.PathLike[str],
    fmt: str | None = None,
    f: EncounterFilter | None = None,
    *,
    anonymize: bool = False,
    progress: Progress | None = None,
) -> int:
    """Export the encounters the filter covers in `fmt` (default: from the extension).
    Returns the number of encounters."""
    from mysteryshop.exchange import bundle, tabular, zipbundle

    writers = {
        "json": bundle.export_bundle,
        "zip": zipbundle.export_zip,
        "csv": tabular.export_csv,
        "xlsx": tabular.export_xlsx,
    }
    chosen = export_format(path, fmt)
    if chosen not in writers:
        raise StoreError(
            f"unknown export format {chosen!r} (expected one of: {', '.join(EXPORT_FORMATS)})"
        )
    return writers[chosen](db, path, f, anonymize=anonymize, progress=progress)


@dataclass
class ImportOutcome:
    """What an import did, in words: `summary` one line, `warnings` one line each."""

    kind: str  # "bundle" or "form"
    summary: str
    warnings: list[str] = field(default_factory=list)
    result: merge.MergeResult | None = None
    form_id: str | None = None
    form_version: int | None = None


def import_file(
    db: Database, path: str | os.PathLike[str], *, progress: Progress | None = None
) -> ImportOutcome:
    """Import a bundle (.json, .zip) or an XLSForm (.xlsx). Raises BundleError, FormError or
    StoreError (one line per problem) and then imports nothing."""
    from mysteryshop.exchange import bundle, zipbundle

    source = Path(path)
    suffix = source.suffix.lower()
    if suffix in FORM_SUFFIXES:
        raise StoreError(
            f"{source}: a form file; import it with: mysteryshop forms import {source}"
        )
    if suffix == ".xlsx":
        return import_xlsform(db, source)
    if suffix not in (".json", ".zip"):
        raise StoreError(
            f"{source}: cannot import {suffix or 'files without an extension'} "
            "(expected a bundle .json or .zip, or an XLSForm .xlsx)"
        )
    warnings: list[str] = []
    if suffix == ".zip":
        result = zipbundle.import_zip(db, source, progress=progress)
    else:
        checked = bundle.read_bundle(source, db=db)
        if checked.attachments:
            warnings.append(
                f"{source.name}: {len(checked.attachments):,} attachments are listed, but a .json "
                "bundle cannot carry files; export a .zip bundle to bring them along"
            )
        result = merge.merge_encounters(
            db, checked.forms, checked.locations, checked.encounters, progress=progress
        )
    summary = (
        f"{source.name}: {result.added:,} encounters added, {result.updated:,} updated, "
        f"{result.unchanged:,} unchanged, {result.kept_newer:,} older versions kept in history; "
        f"{result.forms_added} forms and {result.locations_added} locations added"
    )
    if suffix == ".zip":
        summary += f"; {result.attachments_added:,} attachments added"
    return ImportOutcome("bundle", summary, warnings, result=result)


def import_xlsform(db: Database, path: str | os.PathLike[str]) -> ImportOutcome:
    """Turn an XLSForm into a form and store it. Raises FormError (nothing stored)."""
    from mysteryshop.exchange.xlsform import read_xlsform

    source = Path(path)
    converted = read_xlsform(source)
    form = converted.form
    _info, created = queries.store_form(db, form)
    questions = sum(1 for _ in form.answerable())
    which = f"the form “{form.tr(form.title)}” ({form.id}, version {form.version})"
    if created:
        summary = (
            f"{source.name}: imported {which} with {_plural(questions, 'question')} in "
            f"{_plural(len(form.sections), 'section')}"
        )
    else:
        summary = f"{source.name}: {which} is already in the database, unchanged"
    return ImportOutcome(
        "form",
        summary,
        list(converted.warnings),
        form_id=form.id,
        form_version=form.version,
    )


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}" + ("" if count == 1 else "s")
