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
from mysteryshop.periods import Compare
from mysteryshop.reports.i18n import LANGUAGES, t, use_language
from mysteryshop.reports.styles import font_warnings
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
    with_observer: bool = False,
    warnings: list[str] | None = None,
    min_visits: int = MIN_VISITS,
    target: Target | None = None,
    compare: Compare = "previous",
    limit: int | None = None,
    every_case: bool = False,
) -> bytes:
    """A report as PDF bytes: `encounter_id` for a visit, the filter for the others;
    written in `lang` (en, fi or sv; default English). A visit report names its observer
    only `with_observer`. The summary ranks locations with at least `min_visits` visits,
    shows `target` on a location's report and compares with the period `compare` names
    (periods.comparison). The coaching report shows at most `limit` visits of each kind per
    location (None: its default), or all with `every_case`, and singles out behaviours
    answered at least `min_visits` times. Text no installed font can draw is replaced
    visibly, and a line for each visit (or report) it happened in is added to `warnings`."""
    with use_language(lang), font_warnings(f"{kind} report") as found:
        pdf = _build(
            kind,
            db,
            f,
            encounter_id,
            anonymize,
            progress,
            title,
            with_observer,
            min_visits,
            target,
            compare,
            limit,
            every_case,
        )
    if warnings is not None:
        warnings.extend(found)
    return pdf


def _build(
    kind: ReportKind,
    db: Database,
    f: EncounterFilter | None,
    encounter_id: str | None,
    anonymize: bool,
    progress: Progress | None,
    title: str | None,
    with_observer: bool = False,
    min_visits: int = MIN_VISITS,
    target: Target | None = None,
    compare: Compare = "previous",
    limit: int | None = None,
    every_case: bool = False,
) -> bytes:
    if kind == "visit":
        from mysteryshop.reports.visit import build_visit

        if not encounter_id:
            raise ValueError("a visit report needs an encounter id")
        return build_visit(
            db,
            encounter_id,
            anonymize=anonymize,
            with_observer=with_observer,
            progress=progress,
        )
    f = f or EncounterFilter()
    if kind == "summary":
        from mysteryshop.reports.summary import build_summary

        return build_summary(
            db,
            f,
            anonymize=anonymize,
            progress=progress,
            title=title,
            min_visits=min_visits,
            target=target,
            compare=compare,
        )
    if kind == "coaching":
        from mysteryshop.reports.coaching import TITLE as COACHING_TITLE
        from mysteryshop.reports.coaching import build_coaching, cases_limit

        return build_coaching(
            db,
            f,
            anonymize=anonymize,
            progress=progress,
            title=title or t(COACHING_TITLE),
            limit=cases_limit(limit, every_case),
            minimum=min_visits,
        )
    raise ValueError(f"unknown report {kind!r} (expected one of: {', '.join(REPORT_KINDS)})")


def write_pdf(path: str | os.PathLike[str], pdf: bytes) -> Path:
    """Write a report's bytes (a PDF, or the summary's JSON as UTF-8) through a temporary
    file renamed into place: never half a file."""
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
    warnings: list[str] | None = None,
    min_visits: int = MIN_VISITS,
    target: Target | None = None,
    compare: Compare = "previous",
    limit: int | None = None,
    every_case: bool = False,
) -> list[Path]:
    """One report per location with visits in the filter, named after the location
    ('summary-Kamppi-store.pdf'), in `folder` (created when missing), in `lang` (the other
    options as build_report's). Every
    report covers the same period, the run's: the filter's dates, or without them the days
    of the first and last visit of all the locations. Returns the files; text no font could
    draw is reported in `warnings` (build_report)."""
    from mysteryshop.reports.coaching import TITLE as COACHING_TITLE
    from mysteryshop.reports.common import reported, safe_file_stem, unique_names
    from mysteryshop.reports.summary import TITLE as SUMMARY_TITLE
    from mysteryshop.store import report_data, stats

    if kind == "visit":
        raise ValueError("a visit report is about one encounter, not per location")
    into = Path(folder)
    into.mkdir(parents=True, exist_ok=True)
    period = report_data.report_period(db, reported(f))
    if period is not None:
        f = report_data.with_period(f, period.whole())  # each report cuts it again
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
            warnings=warnings,
            min_visits=min_visits,
            target=target,
            compare=compare,
            limit=limit,
            every_case=every_case,
        )
        written.append(write_pdf(into / name, pdf))
        if progress:
            progress(index + 1, len(locations))
    return written
