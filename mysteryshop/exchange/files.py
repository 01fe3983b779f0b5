"""Import and export by file: which format a file is, and one call each for the command line
and the app (bundles .json/.zip, forms .yaml/.yml, XLSForms .xlsx, spreadsheets .csv/.xlsx).

Imports return outcomes as data (counts, the form involved, warnings as codes with their
parameters); the command line words them in English, the app in the user's language."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from mysteryshop.store import merge, queries
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.records import EncounterFilter

if TYPE_CHECKING:
    from mysteryshop.forms import Form

Progress = Callable[[int, int], None]
EXPORT_FORMATS = ("json", "zip", "csv", "xlsx")
BUNDLE_SUFFIXES = (".json", ".zip")
FORM_SUFFIXES = (".yaml", ".yml", ".xlsx")  # .xlsx: an XLSForm
IMPORT_SUFFIXES = (*BUNDLE_SUFFIXES, *FORM_SUFFIXES)
ImportKind = Literal["bundle", "form"]


def import_kind(path: str | os.PathLike[str]) -> ImportKind | None:
    """What importing `path` brings in, by its extension: a bundle of encounters, a form, or
    None for a file that cannot be imported."""
    suffix = Path(path).suffix.lower()
    if suffix in BUNDLE_SUFFIXES:
        return "bundle"
    if suffix in FORM_SUFFIXES:
        return "form"
    return None


class UnsupportedFile(StoreError):
    """A file whose extension says it cannot be imported (as this kind). Nothing is read."""

    def __init__(self, path: str | os.PathLike[str], expected: ImportKind | None = None) -> None:
        source = Path(path)
        self.path = source
        self.expected = expected
        what = source.suffix or "files without an extension"
        if expected == "form":
            wanted = "a form .yaml or .yml, or an XLSForm .xlsx"
        else:
            wanted = "a bundle .json or .zip, a form .yaml or .yml, or an XLSForm .xlsx"
        super().__init__(f"{source}: cannot import {what} (expected {wanted})")


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


# --- imports ----------------------------------------------------------------------------------


# Warning codes, with their parameters. Front ends word each code in their own language.
ATTACHMENTS_NOT_CARRIED = "attachments_not_carried"  # count: a .json bundle lists attachments
XLSFORM_NOTE = "xlsform_note"  # detail: exchange/xlsform's English line (place: what happened)


@dataclass(frozen=True)
class ImportNotice:
    """Something an import left out or changed: a code (above) and its parameters."""

    code: str
    params: Mapping[str, str | int] = field(default_factory=dict)


@dataclass(frozen=True)
class FormImportOutcome:
    """A form file imported: which form version, whether it was new (else it was stored
    already, with the same content) and its size; XLSForm conversions add warnings."""

    path: Path
    form_id: str
    version: int
    title: str  # in the form's default language
    created: bool
    questions: int
    sections: int
    warnings: tuple[ImportNotice, ...] = ()


@dataclass(frozen=True)
class BundleImportOutcome:
    """A bundle imported: the merge's counts. `zip` bundles carry attachments."""

    path: Path
    result: merge.MergeResult
    zip: bool
    warnings: tuple[ImportNotice, ...] = ()


ImportOutcome = BundleImportOutcome | FormImportOutcome


def import_file(
    db: Database, path: str | os.PathLike[str], *, progress: Progress | None = None
) -> ImportOutcome:
    """Import a bundle (.json, .zip), a form (.yaml, .yml) or an XLSForm (.xlsx). Raises
    UnsupportedFile, BundleError, FormError or StoreError (one line per problem) and then
    imports nothing."""
    kind = import_kind(path)
    if kind is None:
        raise UnsupportedFile(path)
    if kind == "form":
        return import_form_file(db, path)
    return _import_bundle(db, Path(path), progress)


def _import_bundle(db: Database, source: Path, progress: Progress | None) -> BundleImportOutcome:
    from mysteryshop.exchange import bundle, zipbundle

    warnings: list[ImportNotice] = []
    if source.suffix.lower() == ".zip":
        result = zipbundle.import_zip(db, source, progress=progress)
    else:
        checked = bundle.read_bundle(source, db=db)
        if checked.attachments:
            warnings.append(
                ImportNotice(ATTACHMENTS_NOT_CARRIED, {"count": len(checked.attachments)})
            )
        result = merge.merge_encounters(
            db,
            checked.forms,
            checked.locations,
            checked.encounters,
            progress=progress,
            phrases=checked.comment_phrases,
        )
    return BundleImportOutcome(source, result, source.suffix.lower() == ".zip", tuple(warnings))


def read_form_file(path: str | os.PathLike[str]) -> tuple[Form, tuple[ImportNotice, ...]]:
    """The form in a .yaml/.yml file, or converted from an XLSForm (.xlsx) with what the
    conversion left out or changed. Raises UnsupportedFile or FormError (the file's problems)."""
    source = Path(path)
    if import_kind(source) != "form":
        raise UnsupportedFile(source, expected="form")
    if source.suffix.lower() != ".xlsx":
        from mysteryshop.forms import load_form

        return load_form(source), ()
    from mysteryshop.exchange.xlsform import read_xlsform

    converted = read_xlsform(source)
    prefix = f"{source.name}: "
    return converted.form, tuple(
        ImportNotice(XLSFORM_NOTE, {"detail": line.removeprefix(prefix)})
        for line in converted.warnings
    )


def import_form_file(db: Database, path: str | os.PathLike[str]) -> FormImportOutcome:
    """Read a form file (read_form_file) and store it. The same id and version with the same
    content changes nothing. Raises UnsupportedFile, FormError or queries.FormVersionConflict,
    and then stores nothing."""
    form, warnings = read_form_file(path)
    _info, created = queries.store_form(db, form)
    return FormImportOutcome(
        Path(path),
        form.id,
        form.version,
        form.tr(form.title),
        created,
        questions=sum(1 for _ in form.answerable()),
        sections=len(form.sections),
        warnings=warnings,
    )
