"""Words the reports share: the filter and period in words, feelings, statuses, answers as
people read them, and safe file names for one report per location."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from mysteryshop import vocabulary
from mysteryshop.forms import Form, Question, Wording
from mysteryshop.names import name_key
from mysteryshop.periods import Compare, Period
from mysteryshop.reports.charts import feeling_label
from mysteryshop.reports.i18n import format_integer, label, language, t, tn
from mysteryshop.reports.styles import (
    DASH,
    MINUS,
    clean,
    format_period,
    format_seconds,
)
from mysteryshop.store.db import Database
from mysteryshop.store.listing import regions
from mysteryshop.store.queries import find_locations
from mysteryshop.store.records import EncounterFilter
from mysteryshop.vocabulary import (
    CHANNEL_LABELS,
    FEELING_LABELS,
    REPORTED_STATUSES,
    STATUS_LABELS,
    STATUSES,
    TAG_LABELS,
)


def status_name(status: str) -> str:
    """'Approved', 'Hyväksytty' …: vocabulary's label in the report's language."""
    return vocabulary.label(STATUS_LABELS, status, label)


def channel_name(channel: str) -> str:
    return vocabulary.label(CHANNEL_LABELS, channel, label)


def timer_event_name(event: str, channel: str | None = None) -> str:
    """'Arrived', or for a call 'Call started' (vocabulary.timer_label)."""
    return vocabulary.timer_label(event, channel, label)


def tag_name(tag: str) -> str:
    """A built-in tag by its label ('Best practice'), any other as it is written."""
    return vocabulary.label(TAG_LABELS, tag, label)


def reported(f: EncounterFilter) -> EncounterFilter:
    """The filter with the default statuses (submitted and approved) when it names none:
    EncounterFilter.reported, as the dashboard counts."""
    return f.reported()


def shows_staff(anonymize: bool) -> bool:
    """Whether a trainer's report (the coaching report, the moments worth repeating, and the
    app's Moments view) shows staff descriptions: unless anonymized. The one copy of the
    rule; the summary and the reports for a store never show them (FIELD-NOTES: for
    coaching, not discipline; no identifiable staff data where it is not needed)."""
    return not anonymize


def feeling_words(feeling: int | None) -> str:
    """'+1 Somewhat uplifted', '−2 Clearly diminished', '0 Neither'; '' for none."""
    if feeling is None:
        return ""
    sign = "+" if feeling > 0 else MINUS if feeling < 0 else ""
    words = feeling_label(feeling) if feeling in FEELING_LABELS else ""
    return f"{sign}{abs(feeling)} {words}".strip()


def status_words(statuses: tuple[str, ...] | None) -> str:
    if statuses is None or set(statuses) == set(STATUSES):
        return t("Every status")
    if set(statuses) == set(REPORTED_STATUSES):
        return t("Submitted and approved (drafts and returned visits left out)")
    return ", ".join(status_name(s) for s in statuses)


def period_words(period: Period | None, visits: int | None = None) -> str:
    """'1 Nov 2026 – 15 Nov 2026 (15 days, to date) · 138 visits'."""
    if period is None:
        return t("No visits")
    days = (
        tn(period.days, "{n} day, to date", "{n} days, to date")
        if period.to_date
        else tn(period.days, "{n} day", "{n} days")
    )
    text = f"{format_period(period.first, period.last)} ({days})"
    if visits is not None:
        text += " · " + tn(visits, "{n} visit", "{n} visits")
    return text


def comparison_words(period: Period, comparison: Period, how: Compare) -> str:
    """Which period the changes compare with, and why that one: 'the previous month',
    'the same days of the previous quarter', 'the same dates a year earlier' …"""
    if how == "year-ago":
        return t("the same dates a year earlier")
    if period.kind == "custom":
        return t("the same number of days just before")
    if period.to_date:
        return {
            "month": t("the same days of the previous month"),
            "quarter": t("the same days of the previous quarter"),
            "year": t("the same days of the previous year"),
        }[period.kind]
    return {
        "month": t("the previous month"),
        "quarter": t("the previous quarter"),
        "year": t("the previous year"),
    }[period.kind]


def left_out_words(left_out: Mapping[str, int]) -> str:
    """'96 drafts, 3 returned' (statuses not counted, with their counts), or 'none'."""
    if not left_out:
        return t("none")
    parts = []
    for status, count in left_out.items():
        if status == "draft":
            parts.append(tn(count, "{n} draft", "{n} drafts"))
        elif status == "returned":
            parts.append(tn(count, "{n} returned to the observer", "{n} returned to the observer"))
        else:
            parts.append(f"{format_integer(count)} {status_name(status).lower()}")
    return ", ".join(parts)


def filter_rows(
    f: EncounterFilter,
    period: Period | None,
    form_titles: Mapping[str, str],
    *,
    anonymize: bool = False,
    location: str | None = None,
    visits: int | None = None,
    comparison: Period | None = None,
    comparison_visits: int | None = None,
    compare: Compare = "previous",
    left_out: Mapping[str, int] | None = None,
) -> list[tuple[str, str]]:
    """The filter as label/value rows for a cover page: the period (with its visits), the
    period the changes compare with (with its visits; or that nothing is compared), and
    the visits left out by status."""
    rows = [
        (t("Form"), form_titles.get(f.form_id, f.form_id) if f.form_id else t("All forms")),
        (t("Locations"), _places(f, location)),
        (t("Period"), period_words(period, visits)),
    ]
    if period is not None and comparison_visits is not None:
        if comparison is None:
            rows.append((t("Compared with"), t("nothing (no comparison asked for)")))
        else:
            why = comparison_words(period, comparison, compare)
            rows.append(
                (
                    t("Compared with"),
                    f"{period_words(comparison, comparison_visits)}: {why}"
                    if comparison_visits
                    else t(
                        "nothing: no visits in {days}, {why}",
                        days=period_words(comparison),
                        why=why,
                    ),
                )
            )
    rows.append((t("Visits counted"), status_words(f.statuses)))
    if left_out is not None:
        rows.append((t("Left out"), left_out_words(left_out)))
    if f.tag:
        rows.append((t("Tag"), tag_name(f.tag)))
    if anonymize:
        rows.append((t("Anonymized"), t("Yes: no observer aliases and no staff descriptions")))
    # Neither anonymizing nor leaving staff descriptions out touches what observers wrote.
    rows.append(
        (t("Notes"), t("Printed as the observers wrote them: they may name or describe people."))
    )
    return rows


def location_label(db: Database, f: EncounterFilter) -> str | None:
    """The filter's location by name (the filter may hold a name or an id)."""
    if not f.location:
        return None
    found = find_locations(db, f.location)
    return ", ".join(sorted({loc.name for loc in found})) if found else f.location


def place_label(db: Database, f: EncounterFilter) -> str | None:
    """The one location (by name) or region (as stored) a report is filtered to, for its
    title: 'Kamppi store', 'Uusimaa'; None for all."""
    if f.location:
        return location_label(db, f)
    return region_label(db, f)


def region_label(db: Database, f: EncounterFilter) -> str | None:
    """The filter's region as stored ('Uusimaa' for a typed 'uusimaa'), or None."""
    if not f.region:
        return None
    key = name_key(f.region)
    return next((region for region in regions(db) if name_key(region) == key), f.region)


def _places(f: EncounterFilter, location: str | None = None) -> str:
    parts = []
    if f.location:
        parts.append(location or f.location)
    if f.region:
        parts.append(t("region {region}", region=f.region))
    return ", ".join(parts) if parts else t("All locations")


def period_header(period: Period | None) -> str:
    if period is None:
        return t("No visits")
    text = format_period(period.first, period.last)
    return f"{text} ({t('to date')})" if period.to_date else text


# --- answers ----------------------------------------------------------------------------------


def _number(value: float) -> str:
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return text if language() == "en" else text.replace(".", ",")


def _feeling(value: int, label: str | None) -> str:
    words = feeling_words(value)
    return f"{words.split(' ')[0]} {label}" if label else words


@functools.cache
def _wording(lang: str) -> Wording:
    # t() reads the language of the report being built, which is `lang`.
    phrases = {
        "Yes": t("Yes"),
        "No": t("No"),
        "None chosen": t("None chosen"),
        "{value} of {low}–{high}": t("{value} of {low}–{high}"),
        "{time} (target {target})": t("{time} (target {target})"),
    }
    return Wording(lang, phrases, _number, format_seconds, _feeling)


def wording() -> Wording:
    """How answers read in the report being built: its language, its catalogue's words for
    forms.ANSWER_PHRASES, its numbers, durations and feelings."""
    return _wording(language())


def answer_words(form: Form, question: Question, value: Any) -> str:
    """An answer as people read it: 'Yes', '4 of 1–5 · Friendly smile', 'Partly', '45 s'."""
    if value is None:
        return DASH
    return clean(question.words(value, form, wording()))


# --- file names -------------------------------------------------------------------------------

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_WINDOWS_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}


def safe_file_stem(name: str, fallback: str = "location") -> str:
    """A file name part from a location name, safe on every system: ASCII letters, digits,
    '-', '_' and '.', no leading dot, at most 60 characters ('Itäkeskus / 2' → 'Itakeskus-2')."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    stem = _UNSAFE.sub("-", ascii_name).strip(".-_")[:60].strip(".-_")
    if not stem or stem.lower() in _WINDOWS_RESERVED:
        stem = f"{fallback}-{stem}" if stem else fallback
    return stem


def unique_names(names: list[str], suffix: str = ".pdf") -> list[str]:
    """File names from stems, no two alike once folded as file systems fold them (case, on
    macOS and Windows; Unicode form, on macOS; names.name_key folds at least that much): the
    first of each stem keeps it, the others are numbered -2, -3 … past every name taken,
    plain or numbered. So 'Cafe-Aalto', 'Cafe-Aalto-2', 'Cafe-Aalto' (from "Café Aalto") give
    three files, the last 'Cafe-Aalto-3'."""
    keys = [name_key(stem + suffix) for stem in names]
    first = {key: index for index, key in reversed(list(enumerate(keys)))}
    taken = set(first)  # every plain name is its first holder's, whatever comes before it
    out = []
    for index, stem in enumerate(names):
        if first[keys[index]] == index:
            out.append(stem + suffix)
            continue
        number = 2
        while name_key(f"{stem}-{number}{suffix}") in taken:
            number += 1
        taken.add(name_key(f"{stem}-{number}{suffix}"))
        out.append(f"{stem}-{number}{suffix}")
    return out
