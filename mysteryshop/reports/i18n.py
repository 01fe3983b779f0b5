"""The PDF reports in English, Finnish and Swedish: the reports' words and how numbers and
dates read in each language. No gettext, no Qt.

The report modules write English and wrap it: `t("Visit report")`,
`t("{count} visits", count=...)`, `tn(n, "{n} answer", "{n} answers")`; a label from
mysteryshop.vocabulary (a status, channel, dimension …) goes through `label(...)`. The
translations live in the app's .ts files, the one catalogue of every translated text: the
reports' own texts under the context "reports" (scripts/update_translations.py finds them in
the report modules), the vocabulary's labels under "vocabulary", the very entries the app
shows. This module reads them from the shipped .ts XML, once per language.

The language is chosen for one build with `use_language("fi")` (reports.build_report does
it); it is a context variable, so two reports built at once in two threads do not mix. Words
follow docs/GLOSSARY.md; numbers and dates follow the conventions Qt's QLocale uses in the
app (decimal comma and a no-break space between thousands in fi and sv; 23.11.2026 and 8.50
in fi and in sv, which follows Finland-Swedish usage, as the app's sv_FI locale does). A
form's own texts come from the form: `form.tr(text, language())`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from functools import cache
from typing import Any

from mysteryshop import paths, vocabulary

LANGUAGES = vocabulary.LANGUAGES  # en, fi, sv
DEFAULT_LANGUAGE = vocabulary.SOURCE_LANGUAGE
NBSP = "\u00a0"
CONTEXT = "reports"  # the reports' own texts in the .ts files

_language: ContextVar[str] = ContextVar("report_language", default=DEFAULT_LANGUAGE)


def check_language(lang: str | None) -> str:
    """`lang` as a supported report language ('fi_FI' → 'fi'); None or '' → English.
    ValueError names the supported ones for anything else."""
    if not lang:
        return DEFAULT_LANGUAGE
    code = lang.replace("-", "_").split("_", 1)[0].lower()
    if code not in LANGUAGES:
        raise ValueError(
            f"unknown report language {lang!r} (expected one of: {', '.join(LANGUAGES)})"
        )
    return code


def language() -> str:
    """The language the report being built is written in."""
    return _language.get()


@contextmanager
def use_language(lang: str | None) -> Iterator[str]:
    """Build reports in `lang` inside the block (this thread and context only)."""
    token = _language.set(check_language(lang))
    try:
        yield _language.get()
    finally:
        _language.reset(token)


@cache
def translations(lang: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """The finished translations of the reports' and the vocabulary's contexts in `lang`'s
    .ts file: (context, English) → the text, or a counted phrase's singular and plural."""
    path = paths.resources_dir() / "translations" / f"mysteryshop_{lang}.ts"
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        if name not in (CONTEXT, vocabulary.CONTEXT):
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):  # unfinished, obsolete …
                continue
            forms = [form.text or "" for form in translation.findall("numerusform")]
            texts = tuple(forms) if forms else (translation.text or "",)
            if all(texts):
                found[(name, message.findtext("source") or "")] = texts
    return found


def _translated(context: str, text: str) -> tuple[str, ...] | None:
    lang = language()
    return None if lang == DEFAULT_LANGUAGE else translations(lang).get((context, text))


def t(text: str, **values: Any) -> str:
    """`text` in the report's language (English when the .ts file lacks it), with
    `values` filled into its {placeholders}."""
    found = _translated(CONTEXT, text)
    if found:
        text = found[0]
    return text.format(**values) if values else text


def tn(n: int, one: str, other: str, **values: Any) -> str:
    """The singular or plural of a counted phrase, with {n} as a formatted count:
    tn(3, "{n} answer", "{n} answers") → "3 vastausta" in Finnish."""
    found = _translated(CONTEXT, other)
    forms = found if found and len(found) == 2 else (one, other)
    # Finnish and Swedish, like English, use the singular for exactly one.
    chosen = forms[0] if n == 1 else forms[1]
    return chosen.format(n=format_integer(n), **values)


def label(text: str) -> str:
    """A label of mysteryshop.vocabulary (vocabulary.STATUS_LABELS[...] …) in the report's
    language: the same words the app shows."""
    found = _translated(vocabulary.CONTEXT, text)
    return found[0] if found else text


# --- numbers ----------------------------------------------------------------------------------


def decimal_mark() -> str:
    return "." if language() == "en" else ","


def format_integer(value: int) -> str:
    """12,345 in English; 12 345 (a no-break space) in Finnish and Swedish."""
    text = f"{int(value):,}"
    return text if language() == "en" else text.replace(",", NBSP)


def format_decimal(value: float, places: int) -> str:
    """A number with `places` decimals and the language's decimal mark and grouping."""
    text = f"{value:,.{places}f}"
    if language() == "en":
        return text
    return text.replace(",", NBSP).replace(".", ",")


# --- dates and times --------------------------------------------------------------------------

MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fi": (
        "tammi",
        "helmi",
        "maalis",
        "huhti",
        "touko",
        "kesä",
        "heinä",
        "elo",
        "syys",
        "loka",
        "marras",
        "joulu",
    ),
    "sv": ("jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"),
}
WEEKDAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "fi": ("ma", "ti", "ke", "to", "pe", "la", "su"),
    "sv": ("mån", "tis", "ons", "tors", "fre", "lör", "sön"),
}


def date_text(day: date | datetime) -> str:
    """'20 Nov 2026', or '20.11.2026' in Finnish and Finland-Swedish."""
    if language() in ("fi", "sv"):
        return f"{day.day}.{day.month}.{day.year}"
    return f"{day.day} {MONTHS['en'][day.month - 1]} {day.year}"


def weekday_text(day: date | datetime) -> str:
    """The short name of the day of the week: 'Fri', 'pe', 'fre'."""
    return WEEKDAYS[language()][day.weekday()]


def time_text(moment: datetime, *, seconds: bool = False) -> str:
    """'08:05' in English; '8.05' in Finnish and Finland-Swedish (Qt's fi_FI and sv_FI "H.mm");
    with ':07'/'.07' seconds when asked."""
    if language() in ("fi", "sv"):
        mark, text = ".", f"{moment.hour}.{moment.minute:02d}"
    else:
        mark, text = ":", f"{moment.hour:02d}:{moment.minute:02d}"
    return f"{text}{mark}{moment.second:02d}" if seconds else text


def month_tick(start: date) -> str:
    """A chart's month label over two lines: 'Dec\\n2025', 'joulu\\n2025', 'dec\\n2025'."""
    return f"{MONTHS[language()][start.month - 1]}\n{start.year}"


def week_tick(start: date) -> str:
    """A chart's ISO week label over two lines: 'W47\\n2026', 'vk 47\\n2026', 'v. 47\\n2026'."""
    year, week, _ = start.isocalendar()
    return t("W{week}", week=week) + f"\n{year}"
