"""PDF reports: one visit for the store manager, a summary for leadership, a coaching report
for trainers. Each report module builds a PDF into bytes from the database; this module
writes them to files (atomically), also one file per location. No Qt here."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from mysteryshop.confidence import MIN_VISITS, Target
from mysteryshop.reports.i18n import LANGUAGES, t, use_language
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterFilter

Progress = Callable[[int, int], None]
ReportKind = Literal["visit", "summary", "coaching"]
REPORT_KINDS: tuple[ReportKind, ...] = ("visit", "summary", "coaching")
REPORT_LANGUAGES = LANGUAGES  # en, fi, sv
OPEN_ENV = "MYSTERYSHOP_NO_OPEN"  # set to 1 to create reports without opening them


def build_report(
    kind: ReportKind,
    db: Database,
    f: EncounterFilter | None = None,
    *,
    encounter_id: str | None = None,
    anonymize: bool = False,
    progress: Progress | None = None,
    title: str | None = None,
    lang: str | None = None,
    min_visits: int = MIN_VISITS,
    target: Target | None = None,
) -> bytes:
    """A report as PDF bytes: `encounter_id` for a visit, the filter for the others;
    written in `lang` (en, fi or sv; default English). The summary ranks locations with at
    least `min_visits` visits and shows `target` on a location's report."""
    with use_language(lang):
        return _build(kind, db, f, encounter_id, anonymize, progress, title, min_visits, target)


def _build(
    kind: ReportKind,
    db: Database,
    f: EncounterFilter | None,
    encounter_id: str | None,
    anonymize: bool,
    progress: Progress | None,
    title: str | None,
    min_visits: int = MIN_VISITS,
    target: Target | None = None,
) -> bytes:
    if kind == "visit":
        from mysteryshop.reports.visit import build_visit

        if not encounter_id:
            raise ValueError("a visit report needs an encounter id")
        return build_visit(db, encounter_id, anonymize=anonymize, progress=progress)
    f = f or EncounterFilter()
    if kind == "summary":
        from mysteryshop.reports.summary import TITLE, build_summary

        return build_summary(
            db,
            f,
            anonymize=anonymize,
            progress=progress,
            title=title or t(TITLE),
            min_visits=min_visits,
            target=target,
        )
    if kind == "coaching":
        from mysteryshop.reports.coaching import TITLE as COACHING_TITLE
        from mysteryshop.reports.coaching import build_coaching

        return build_coaching(
            db, f, anonymize=anonymize, progress=progress, title=title or t(COACHING_TITLE)
        )
    raise ValueError(f"unknown report {kind!r} (expected one of: {', '.join(REPORT_KINDS)})")


def write_pdf(path: str | os.PathLike[str], pdf: bytes) -> Path:
    """Write a PDF through a temporary file renamed into place: never half a file."""
    from mysteryshop.fileio import atomic_write

    target = Path(path)
    with atomic_write(target, "wb") as out:
        out.write(pdf)
    return target


def write_per_location(
    kind: ReportKind,
    db: Database,
    f: EncounterFilter,
    folder: str | os.PathLike[str],
    *,
    anonymize: bool = False,
    progress: Progress | None = None,
    lang: str | None = None,
    min_visits: int = MIN_VISITS,
    target: Target | None = None,
) -> list[Path]:
    """One report per location with visits in the filter, named after the location
    ('summary-Kamppi-store.pdf'), in `folder` (created when missing), in `lang`. Every file
    covers the same period: the filter's, its missing bounds taken from all the locations'
    visits (not each location's own first and last). Returns the files."""
    from mysteryshop.reports.coaching import TITLE as COACHING_TITLE
    from mysteryshop.reports.common import reported, safe_file_stem, unique_names
    from mysteryshop.reports.summary import TITLE as SUMMARY_TITLE
    from mysteryshop.store import stats

    if kind == "visit":
        raise ValueError("a visit report is about one encounter, not per location")
    into = Path(folder)
    into.mkdir(parents=True, exist_ok=True)
    from mysteryshop.store import report_data

    period = report_data.report_period(db, reported(f))
    if period is not None:
        f = report_data.with_period(f, period)
    locations = stats.location_ranking(db, reported(f))
    locations.sort(key=lambda loc: (loc.name.casefold(), loc.location_id))
    names = unique_names([f"{kind}-{safe_file_stem(loc.name)}" for loc in locations])
    written = []
    with use_language(lang):
        base = t(SUMMARY_TITLE) if kind == "summary" else t(COACHING_TITLE)
    for index, (location, name) in enumerate(zip(locations, names, strict=True)):
        one = dataclasses.replace(f, location=location.location_id)
        pdf = build_report(
            kind,
            db,
            one,
            anonymize=anonymize,
            title=f"{base}: {location.name}",
            lang=lang,
            min_visits=min_visits,
            target=target,
        )
        written.append(write_pdf(into / name, pdf))
        if progress:
            progress(index + 1, len(locations))
    return written
