"""PDF reports: one visit for the store manager, a summary for leadership, a coaching report
for trainers. Each report module builds a PDF into bytes from the database; this module
writes them to files (atomically), also one file per location. No Qt here."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from mysteryshop.confidence import MIN_VISITS, Target
from mysteryshop.periods import Compare
from mysteryshop.reports.i18n import LANGUAGES, t, use_language
from mysteryshop.store.db import Database
from mysteryshop.store.moments import PER_LOCATION
from mysteryshop.store.records import EncounterFilter
from mysteryshop.store.report_data import CASES_PER_LOCATION

Progress = Callable[[int, int], None]
ReportKind = Literal["visit", "summary", "coaching", "moments"]
REPORT_KINDS: tuple[ReportKind, ...] = ("visit", "summary", "coaching", "moments")
REPORT_LANGUAGES = LANGUAGES  # en, fi, sv
OPEN_ENV = "MYSTERYSHOP_NO_OPEN"  # set to 1 to create reports without opening them


@dataclass(frozen=True)
class ReportOptions:
    """How a report is made, the same whichever front end asks (the command line, the
    Reports view) and whichever file it goes to (PDF, JSON, one per location)."""

    lang: str | None = None  # en, fi or sv; None: English
    anonymize: bool = False  # no observers, staff, attachment names; times to the hour
    with_observer: bool = False  # a visit report names its observer (never anonymized)
    min_visits: int = MIN_VISITS  # summary and coaching: fewer visits are not ranked
    target: Target | None = None  # summary: the target shown on a location's report
    compare: Compare = "previous"  # summary: the period the changes compare with
    cases: int | None = CASES_PER_LOCATION  # coaching: visits of each kind per location
    # (None: every one)
    moments: int | None = PER_LOCATION  # moments: moments per location (None: every one)


def build_report(
    kind: ReportKind,
    db: Database,
    f: EncounterFilter | None = None,
    *,
    encounter_id: str | None = None,
    options: ReportOptions = ReportOptions(),
    progress: Progress | None = None,
    title: str | None = None,
    warnings: list[str] | None = None,
) -> bytes:
    """A report as PDF bytes: `encounter_id` for a visit, the filter for the others, made as
    `options` say. Text no installed font can draw is replaced visibly, and a line for each
    visit (or report) it happened in is added to `warnings`."""
    # ReportLab is imported when a report is made, not with this module: the app's views
    # import it, and its ~0.1 s would delay the first paint of the log (bench: start-up).
    from mysteryshop.reports.styles import font_warnings

    with use_language(options.lang), font_warnings(f"{kind} report") as found:
        pdf = _build(kind, db, f, encounter_id, options, progress, title)
    if warnings is not None:
        warnings.extend(found)
    return pdf


def _build(
    kind: ReportKind,
    db: Database,
    f: EncounterFilter | None,
    encounter_id: str | None,
    options: ReportOptions,
    progress: Progress | None,
    title: str | None,
) -> bytes:
    if kind == "visit":
        from mysteryshop.reports.visit import build_visit

        if not encounter_id:
            raise ValueError("a visit report needs an encounter id")
        return build_visit(
            db,
            encounter_id,
            anonymize=options.anonymize,
            with_observer=options.with_observer,
            progress=progress,
        )
    f = f or EncounterFilter()
    if kind == "summary":
        from mysteryshop.reports.summary import build_summary

        return build_summary(
            db,
            f,
            anonymize=options.anonymize,
            progress=progress,
            title=title,
            min_visits=options.min_visits,
            target=options.target,
            compare=options.compare,
        )
    if kind == "coaching":
        from mysteryshop.reports.coaching import TITLE as COACHING_TITLE
        from mysteryshop.reports.coaching import build_coaching

        return build_coaching(
            db,
            f,
            anonymize=options.anonymize,
            progress=progress,
            title=title or t(COACHING_TITLE),
            limit=options.cases,
            minimum=options.min_visits,
        )
    if kind == "moments":
        from mysteryshop.reports.moments import build_moments

        return build_moments(
            db,
            f,
            anonymize=options.anonymize,
            progress=progress,
            title=title,
            per_location=options.moments,
        )
    raise ValueError(f"unknown report {kind!r} (expected one of: {', '.join(REPORT_KINDS)})")


def build_figures(
    kind: ReportKind, db: Database, f: EncounterFilter, options: ReportOptions
) -> str:
    """A summary's or coaching report's figures as JSON text (docs/REPORT-JSON.md), made as
    `options` say: the very numbers its PDF prints."""
    with use_language(options.lang):
        if kind == "summary":
            from mysteryshop.reports.summary_json import build_summary_json

            return build_summary_json(db, f, options.compare, options.min_visits)
        if kind == "coaching":
            from mysteryshop.reports.coaching import build_coaching_json

            return build_coaching_json(db, f, options.cases, options.min_visits)
    raise ValueError(f"the {kind} report has no figures as data")


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
    options: ReportOptions = ReportOptions(),
    progress: Progress | None = None,
    warnings: list[str] | None = None,
) -> list[Path]:
    """One report per location with visits in the filter, named after the location
    ('summary-Kamppi-store.pdf'), in `folder` (created when missing), made as `options` say.
    Every report covers the same period, the run's: the filter's dates, or without them the days
    of the first and last visit of all the locations. Returns the files; text no font could
    draw is reported in `warnings` (build_report)."""
    from mysteryshop.reports.coaching import TITLE as COACHING_TITLE
    from mysteryshop.reports.common import reported, safe_file_stem, unique_names
    from mysteryshop.reports.moments import TITLE as MOMENTS_TITLE
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
    with use_language(options.lang):
        if kind == "moments":
            base = t(MOMENTS_TITLE)
        else:
            base = t(SUMMARY_TITLE) if kind == "summary" else t(COACHING_TITLE)
    for index, (location, name) in enumerate(zip(locations, names, strict=True)):
        one = dataclasses.replace(f, location=location.location_id)
        title = f"{base}: {location.name}"
        pdf = build_report(kind, db, one, options=options, title=title, warnings=warnings)
        written.append(write_pdf(into / name, pdf))
        if progress:
            progress(index + 1, len(locations))
    return written
