"""What may come in: the limits every text, number and moment meets at the door (bundles, zip
bundles, form files, XLSForms, the app's fields) and again on the store's save path, so that
what is accepted can always be stored, exported and reported on. Pure Python: no Qt, no SQL.

Each check returns a one-line reason that starts with the value's place, or None."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any, Final

# Whole numbers: SQLite's INTEGER and PostgreSQL's BIGINT hold signed 64 bits; an INTEGER
# column of PostgreSQL (a form's version, an attachment's size) holds 32.
INT64_MIN: Final = -(2**63)
INT64_MAX: Final = 2**63 - 1
INT32_MIN: Final = -(2**31)
INT32_MAX: Final = 2**31 - 1
# The longest whole number a JSON reader turns into an int; Python's own limit for reading
# one (sys.get_int_max_str_digits) is 4,300, and reading longer ones takes ever longer.
MAX_JSON_INTEGER_DIGITS: Final = 4_300

# Moments (visits, timer taps, edits): from the Unix epoch up to, not including, 2100. Python's
# datetime ends at years 1 and 9999: a visit near either end (as a hostile or broken file may
# give) could not be moved to local time or by a day, and every report over it failed with
# OverflowError. No mystery shop was recorded before 1970, and 2100 leaves room for any
# visit planned ahead.
EARLIEST: Final = datetime(1970, 1, 1, tzinfo=UTC)
LATEST: Final = datetime(2100, 1, 1, tzinfo=UTC)
EARLIEST_DAY: Final = EARLIEST.date()
LATEST_DAY: Final = date(2099, 12, 31)

# How far a time of change (an encounter's created_at, updated_at) may lie ahead of this
# machine's clock. Imports merge by updated_at, the newer winning (store/merge.py): a time in
# the future, from a device whose clock is set wrong or from a crafted file, would win every
# later merge and no legitimate edit could replace it. A clock a few hours fast, or a time zone
# set wrong, passes; a day or more ahead is refused.
FUTURE_TOLERANCE: Final = timedelta(days=1)

# NUL ends a text in C and PostgreSQL refuses it; a lone surrogate (U+D800…U+DFFF, which a JSON
# escape such as "\udc00" or a YAML one can make) is no character at all, and no UTF-8 file,
# CSV or spreadsheet can be written with one.
_NOT_TEXT = re.compile("[\x00\ud800-\udfff]")


def _at(place: str, reason: str) -> str:
    return f"{place}: {reason}" if place else reason


def text_problem(value: str, place: str) -> str | None:
    """Why `value` is not text that can be stored and written out (a NUL, a lone surrogate)."""
    found = _NOT_TEXT.search(value)
    if found is None:
        return None
    where = found.start() + 1
    if found.group() == "\x00":
        return _at(place, f"contains a NUL character (at character {where:,})")
    code = ord(found.group())
    return _at(
        place, f"contains a lone surrogate U+{code:04X} (at character {where:,}), which is not text"
    )


def integer_problem(
    value: int, place: str, *, low: int = INT64_MIN, high: int = INT64_MAX
) -> str | None:
    """Why the whole number `value` cannot be stored (outside `low` … `high`; by default what
    a 64-bit column holds)."""
    if low <= value <= high:
        return None
    # str() of a number with thousands of digits is slow (Python refuses beyond 4,300).
    shown = str(value) if abs(value) < 10**40 else f"a number of {_digits(value):,} digits"
    return _at(place, f"{shown} is outside {low:,} … {high:,}")


def _digits(value: int) -> int:
    return max(1, math.ceil(abs(value).bit_length() * math.log10(2)))


def number_problem(value: float, place: str) -> str | None:
    """Why the number `value` cannot be stored: a whole number beyond 64 bits, or a float
    that is not finite (infinity, NaN; also a JSON or YAML number too large for a float)."""
    if isinstance(value, int):
        return integer_problem(value, place)
    if not math.isfinite(value):
        return _at(place, "not a finite number (infinite, NaN or too large)")
    return None


def moment_problem(moment: datetime, place: str) -> str | None:
    """Why `moment` cannot be stored: no time zone, or outside EARLIEST … LATEST."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        return _at(place, "the time has no time zone (add +02:00 or Z)")
    if EARLIEST.year < moment.year < LATEST.year - 1:
        return None  # far from both ends whatever the offset (this runs for every moment)
    # The year first: moving a moment near year 1 or 9999 to UTC would itself overflow.
    too_far = not EARLIEST.year - 1 <= moment.year <= LATEST.year
    if too_far or not EARLIEST <= moment < LATEST:
        return _at(
            place,
            f"{moment.isoformat()} is outside {EARLIEST_DAY.isoformat()} … "
            f"{LATEST_DAY.isoformat()}",
        )
    return None


def change_time_problem(moment: datetime, place: str, now: datetime | None = None) -> str | None:
    """Why `moment`, a time an encounter was created or changed, cannot be trusted: it lies
    more than FUTURE_TOLERANCE after `now` (default: this machine's clock)."""
    if moment <= (now or datetime.now(UTC)) + FUTURE_TOLERANCE:
        return None
    return _at(place, f"is in the future: {moment.isoformat()} (a clock set wrong?)")


def day_problem(day: date, place: str) -> str | None:
    """Why a calendar day (a filter's from/to) is outside EARLIEST_DAY … LATEST_DAY."""
    if EARLIEST_DAY <= day <= LATEST_DAY:
        return None
    return _at(
        place, f"{day.isoformat()} is outside {EARLIEST_DAY.isoformat()} … {LATEST_DAY.isoformat()}"
    )


def value_problems(value: Any, place: str, *, limit: int = 20) -> list[str]:
    """Every reason a JSON-like value (an answer, a show_if value, an encounter's fields) cannot
    be stored: its texts (keys too), whole numbers, floats and moments, each with its place
    (`place.key`, `place[index]`). At most `limit` reasons."""
    problems: list[str] = []
    # Places are kept as tuples and written out only for a problem: this runs for every
    # encounter of an import and every autosave, and nearly always finds nothing.
    if not _plainly_fine(value):
        _visit(value, (place,) if place else (), problems, limit)
    return problems


def _visit(item: Any, path: tuple[Any, ...], problems: list[str], limit: int) -> None:
    if len(problems) >= limit:
        return
    if isinstance(item, Mapping):
        for key, inner in item.items():
            if isinstance(key, str) and _NOT_TEXT.search(key):
                problems.append(text_problem(key, f"{_place(path)} (a key)") or "")
                key = key.encode("utf-8", "backslashreplace").decode("ascii", "replace")
            if not _plainly_fine(inner):
                _visit(inner, (*path, key), problems, limit)
        return
    if isinstance(item, (list, tuple)):
        for index, inner in enumerate(item):
            if not _plainly_fine(inner):
                _visit(inner, (*path, index), problems, limit)
        return
    found: str | None = None
    if isinstance(item, bool) or item is None:
        pass
    elif isinstance(item, str):
        found = text_problem(item, _place(path))
    elif isinstance(item, int):
        found = integer_problem(item, _place(path))
    elif isinstance(item, float):
        found = number_problem(item, _place(path))
    elif isinstance(item, datetime) and moment_problem(item, ""):
        found = moment_problem(item, _place(path))
    if found:
        problems.append(found)


def _plainly_fine(item: Any) -> bool:
    """A scalar with nothing to tell, seen without building its place."""
    kind = type(item)
    if kind is str:
        return _NOT_TEXT.search(item) is None
    if kind is int:
        return bool(INT64_MIN <= item <= INT64_MAX)
    if kind is float:
        return math.isfinite(item)
    return item is None or kind is bool


def _place(path: tuple[Any, ...]) -> str:
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


class NumberTooLong(ValueError):
    """A JSON number with more digits than MAX_JSON_INTEGER_DIGITS."""

    def __init__(self, digits: int) -> None:
        super().__init__(
            f"a whole number of {digits:,} digits (at most {MAX_JSON_INTEGER_DIGITS:,} are read)"
        )
        self.digits = digits


def json_integer(text: str) -> int:
    """json.load's parse_int: refuses a number with thousands of digits before converting it
    (the place of each number too large to store is then told by the field's own check)."""
    if len(text) > MAX_JSON_INTEGER_DIGITS:
        raise NumberTooLong(len(text.lstrip("-")))
    return int(text)


def long_number_place(raw: bytes) -> tuple[int, int] | None:
    """(line, column) of the first run of more than MAX_JSON_INTEGER_DIGITS digits in `raw`."""
    found = re.search(rb"[0-9]{%d,}" % (MAX_JSON_INTEGER_DIGITS + 1), raw)
    if found is None:
        return None
    start = found.start()
    line = raw.count(b"\n", 0, start) + 1
    column = start - (raw.rfind(b"\n", 0, start) + 1) + 1
    return line, column
