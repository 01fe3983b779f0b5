"""Numbers, dates and times outside Qt (the PDF reports, the command line), from CLDR through
Babel, so that fi_FI, sv_FI (Finland-Swedish: 2.12.2026, kl. 8.50, not Sweden's ISO forms)
and en_FI are right by construction. The app's widgets use Qt's QLocale instead, which reads
the same CLDR data.

Each language formats for Finland unless a region is asked for ("en_GB"): the app's users
are there. The rounding is Python's own (f"{x:.1f}", as the app's and the JSON figures');
CLDR only says how the rounded number is written. Pure Python: no Qt, no ReportLab.
"""

from __future__ import annotations

import copy
from datetime import date, datetime
from decimal import Decimal
from functools import cache

from babel import Locale, UnknownLocaleError, dates, numbers

from mysteryshop.vocabulary import LANGUAGES

LOCALES = {"en": "en_FI", "fi": "fi_FI", "sv": "sv_FI"}
# Which parts of a date CLDR arranges: a spelt-out month in English (23 Nov 2026, never the
# 11/23 against 23/11 riddle), digits in Finnish and Swedish (23.11.2026).
DATE_SKELETONS = {"en": "yMMMd", "fi": "yMd", "sv": "yMd"}
DAY_SKELETONS = {"en": "yMMMEd", "fi": "yMEd", "sv": "yMEd"}


@cache
def locale_for(lang: str) -> Locale:
    """The CLDR locale of a language ('fi' → fi_FI, 'en' → en_FI) or of a language with its
    region ('en_GB', 'sv-FI'). ValueError for a language or region CLDR does not know."""
    code, _, region = lang.replace("-", "_").partition("_")
    code = code.lower()
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r} (expected one of: {', '.join(LANGUAGES)})")
    name = f"{code}_{region.upper()}" if region else LOCALES[code]
    try:
        return Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        raise ValueError(f"unknown region {lang!r} for {code}") from None


# --- numbers ----------------------------------------------------------------------------------


def decimal_mark(locale: Locale) -> str:
    """',' in fi_FI, sv_FI and en_FI; '.' in en_GB."""
    return numbers.get_decimal_symbol(locale)


@cache
def _pattern(locale: Locale, percent: bool, places: int) -> numbers.NumberPattern:
    """The locale's decimal or percent pattern with exactly `places` decimals."""
    formats = locale.percent_formats if percent else locale.decimal_formats
    pattern: numbers.NumberPattern = copy.copy(formats[None])
    pattern.frac_prec = (places, places)
    return pattern


def _rounded(value: float, places: int) -> Decimal:
    return Decimal(f"{value:.{places}f}")  # Python's rounding: 86.25 → 86.2


def integer(value: int, locale: Locale) -> str:
    """12 345 (a no-break space) in fi_FI, sv_FI and en_FI; 12,345 in en_GB."""
    return str(_pattern(locale, False, 0).apply(int(value), locale))


def decimal(value: float, places: int, locale: Locale) -> str:
    """A number with `places` decimals and the locale's decimal mark and grouping."""
    return str(_pattern(locale, False, places).apply(_rounded(value, places), locale))


def percent(value: float, places: int, locale: Locale) -> str:
    """72.25 → '72,2 %' (a no-break space in fi, sv and en_FI; '72.2%' in en_GB)."""
    return str(_pattern(locale, True, places).apply(_rounded(value, places) / 100, locale))


# --- dates and times --------------------------------------------------------------------------
# An aware datetime is written in its own zone, a naive one as it is: never moved to UTC.


def date_text(day: date | datetime, locale: Locale) -> str:
    """'23 Nov 2026' in English, '23.11.2026' in Finnish and Finland-Swedish."""
    return dates.format_skeleton(DATE_SKELETONS[locale.language], day, locale=locale)


def day_text(day: date | datetime, locale: Locale) -> str:
    """The date with its day of the week: 'Mon, 23 Nov 2026', 'ma 23.11.2026',
    'mån 23.11.2026'."""
    return dates.format_skeleton(DAY_SKELETONS[locale.language], day, locale=locale)


def time_text(moment: datetime, locale: Locale, *, seconds: bool = False) -> str:
    """'8.05' in fi_FI, sv_FI and en_FI ('08:05' in en_GB); '8.05.07' with seconds."""
    return dates.format_time(moment, "medium" if seconds else "short", locale=locale)


def month_name(month: int, locale: Locale) -> str:
    """The short stand-alone name of a month (1–12): 'Dec', 'joulu', 'dec.'."""
    return str(dates.get_month_names("abbreviated", "stand-alone", locale=locale)[month])
