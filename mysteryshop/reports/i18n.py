"""The PDF reports in English, Finnish and Swedish: the reports' words and how numbers and
dates read in each language. No Qt.

The report modules write English and wrap it: `t("Visit report")`,
`t("{count} visits", count=...)`, `tn(n, "{n} answer", "{n} answers")`; a label from
mysteryshop.vocabulary (a status, channel, dimension …) goes through `label(...)`.

Two catalogues, each text in one of them:
- the reports' own texts are a gettext catalogue, resources/translations/reports/
  {fi,sv}/LC_MESSAGES/reports.po, compiled to the reports.mo read here (the standard
  library's gettext; scripts/update_report_catalogue.py extracts, merges and compiles with
  Babel);
- the vocabulary's labels are the app's: the "vocabulary" context of the .ts files, the very
  entries the app shows, read from the shipped .ts XML once per language.

Numbers, dates and times come from CLDR (mysteryshop.formats, through Babel) for the
report's locale: fi_FI, sv_FI (Finland-Swedish: 2.12.2026, kl. 8.50, not Sweden's ISO
forms) and, for English, en_FI by default (the app's users are in Finland: 12 345,5 and
8.50) or the region asked for ("en_GB").

The language is chosen for one build with `use_language("fi")` (reports.build_report does
it); it is a context variable, so two reports built at once in two threads do not mix. Words
follow docs/GLOSSARY.md. A form's own texts come from the form: `form.tr(text, language())`.
"""

from __future__ import annotations

import gettext
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from babel import Locale

from mysteryshop import formats, paths, vocabulary

LANGUAGES = vocabulary.LANGUAGES  # en, fi, sv
DEFAULT_LANGUAGE = vocabulary.SOURCE_LANGUAGE
DOMAIN = "reports"  # the gettext domain: resources/translations/reports/LANG/LC_MESSAGES


class _Setting(NamedTuple):
    language: str
    locale: Locale


_setting: ContextVar[_Setting | None] = ContextVar("report_language", default=None)


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


def _check(lang: str | None) -> _Setting:
    """The language and the CLDR locale of `lang`: 'fi' → fi_FI, 'en' → en_FI, 'en_GB' as
    asked."""
    code = check_language(lang)
    return _Setting(code, formats.locale_for(lang or code))


def _current() -> _Setting:
    return _setting.get() or _check(None)


def language() -> str:
    """The language the report being built is written in."""
    return _current().language


def locale() -> Locale:
    """The CLDR locale the report's numbers and dates follow (fi_FI, sv_FI, en_FI …)."""
    return _current().locale


@contextmanager
def use_language(lang: str | None) -> Iterator[str]:
    """Build reports in `lang` ('fi', or with a region: 'en_GB') inside the block (this
    thread and context only)."""
    token = _setting.set(_check(lang))
    try:
        yield language()
    finally:
        _setting.reset(token)


# --- words ------------------------------------------------------------------------------------


def catalogue_dir() -> Path:
    """The gettext folder of the reports' catalogue: LANG/LC_MESSAGES/reports.po and .mo."""
    return paths.resources_dir() / "translations" / DOMAIN


@cache
def catalogue(lang: str) -> gettext.NullTranslations:
    """The compiled report catalogue of `lang`; English (or a missing file) writes the code's
    own text, and its singular for exactly one."""
    if lang == DEFAULT_LANGUAGE:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, catalogue_dir(), [lang], fallback=True)


@cache
def translations(lang: str) -> dict[str, str]:
    """The finished translations of the vocabulary's labels in `lang`'s .ts file."""
    path = paths.resources_dir() / "translations" / f"mysteryshop_{lang}.ts"
    found: dict[str, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if (context.findtext("name") or "") != vocabulary.CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):  # unfinished, obsolete …
                continue
            if translation.text:
                found[message.findtext("source") or ""] = translation.text
    return found


def t(text: str, **values: Any) -> str:
    """`text` in the report's language (English when the catalogue lacks it), with
    `values` filled into its {placeholders}."""
    text = catalogue(language()).gettext(text)
    return text.format(**values) if values else text


def tn(n: int, one: str, other: str, **values: Any) -> str:
    """The singular or plural of a counted phrase, with {n} as a formatted count:
    tn(3, "{n} answer", "{n} answers") → "3 vastausta" in Finnish."""
    chosen = catalogue(language()).ngettext(one, other, n)
    return chosen.format(n=format_integer(n), **values)


def label(text: str) -> str:
    """A label of mysteryshop.vocabulary (vocabulary.STATUS_LABELS[...] …) in the report's
    language: the same words the app shows."""
    lang = language()
    return text if lang == DEFAULT_LANGUAGE else translations(lang).get(text, text)


# --- numbers, dates and times: mysteryshop.formats (CLDR) in the report's locale ------------


def decimal_mark() -> str:
    return formats.decimal_mark(locale())


def format_integer(value: int) -> str:
    """12 345 (a no-break space) in fi_FI, sv_FI and en_FI; 12,345 in en_GB."""
    return formats.integer(value, locale())


def format_decimal(value: float, places: int) -> str:
    return formats.decimal(value, places, locale())


def format_percent(value: float, places: int = 1) -> str:
    return formats.percent(value, places, locale())


def date_text(day: date | datetime) -> str:
    return formats.date_text(day, locale())


def day_text(day: date | datetime) -> str:
    return formats.day_text(day, locale())


def time_text(moment: datetime, *, seconds: bool = False) -> str:
    return formats.time_text(moment, locale(), seconds=seconds)


def month_tick(start: date) -> str:
    """A chart's month label over two lines: 'Dec\\n2025', 'joulu\\n2025', 'dec.\\n2025'."""
    return f"{formats.month_name(start.month, locale())}\n{start.year}"


def week_tick(start: date) -> str:
    """A chart's ISO week label over two lines: 'W47\\n2026', 'vk 47\\n2026', 'v. 47\\n2026'."""
    year, week, _ = start.isocalendar()
    return t("W{week}", week=week) + f"\n{year}"
