"""Calendar periods: months, quarters, years and custom ranges of days, the period each is
compared with, and the presets the dashboard offers. Pure Python (no SQL, no Qt): the store,
the reports, the command line and the dashboard all use these rules.

Days are the observers' calendar days. A period that is not over yet (its last day after
today) is "to date": it is cut at today and compared with the same number of days at the
start of its comparison period (1–15 Nov against 1–15 Oct)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal

Kind = Literal["month", "quarter", "year", "custom"]
Compare = Literal["previous", "year-ago", "none"]
KINDS: tuple[Kind, ...] = ("month", "quarter", "year")  # the calendar kinds (--period)
COMPARE: tuple[Compare, ...] = ("previous", "year-ago", "none")


class PeriodError(ValueError):
    """A period that cannot be: a last day before the first, a first day that does not
    start the month, quarter or year named. The message is one line for the user."""


@dataclass(frozen=True)
class Period:
    """Calendar days `first` … `last` (both included). `kind` says which calendar unit the
    days make up ("custom" for any other range); `to_date` that the unit was cut at today
    (`last` is then today, and `unit_last` the unit's own last day)."""

    first: date
    last: date
    kind: Kind = "custom"
    to_date: bool = False

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise PeriodError(
                f"the period ends ({self.last.isoformat()}) before it starts "
                f"({self.first.isoformat()})"
            )

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def unit_last(self) -> date:
        """The last day of the whole month, quarter or year (of a custom range: `last`)."""
        if self.kind == "custom":
            return self.last
        return _unit_end(self.first, self.kind)

    def moments(self) -> tuple[datetime, datetime]:
        """The period as aware moments: the first day's midnight (included) and the midnight
        after the last day (excluded), in this computer's time zone, as the command line's
        --from/--to have always meant."""
        return _midnight(self.first), _midnight(self.last + timedelta(days=1))

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


def _add_months(day: date, months: int) -> date:
    """The first of the month `months` after `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _unit_start(day: date, kind: Kind) -> date:
    if kind == "month":
        return day.replace(day=1)
    if kind == "quarter":
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    if kind == "year":
        return date(day.year, 1, 1)
    return day


def _unit_months(kind: Kind) -> int:
    return {"month": 1, "quarter": 3, "year": 12}[kind]


def _unit_end(first: date, kind: Kind) -> date:
    return _add_months(first, _unit_months(kind)) - timedelta(days=1)


def unit(kind: Kind, day: date) -> Period:
    """The whole month, quarter or year that `day` falls in."""
    if kind == "custom":
        return Period(day, day)
    first = _unit_start(day, kind)
    return Period(first, _unit_end(first, kind), kind)


def starting(kind: Kind, first: date) -> Period:
    """The month, quarter or year starting on `first`; PeriodError when `first` does not
    start one ("2026-07-05 is not the first day of a quarter; 2026-07-01 is")."""
    period = unit(kind, first)
    if period.first != first:
        raise PeriodError(
            f"{first.isoformat()} is not the first day of a {kind}; {period.first.isoformat()} is"
        )
    return period


def custom(first: date, last: date) -> Period:
    """Days `first` … `last`, recognised as a calendar month, quarter or year when they are
    exactly one (1–31 March is the month of March). PeriodError when `last` < `first`."""
    if last < first:
        raise PeriodError(
            f"--from {first.isoformat()} is after --to {last.isoformat()}: "
            "the period would end before it starts"
        )
    for kind in ("year", "quarter", "month"):
        whole = unit(kind, first)
        if whole.first == first and whole.last == last:
            return whole
    return Period(first, last)


def until_today(period: Period, today: date) -> Period:
    """The period cut at `today` when it has begun but is not over ("to date"); otherwise
    unchanged."""
    if period.first <= today < period.last:
        return dataclasses.replace(period, last=today, to_date=True)
    return period


def _year_earlier(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def comparison(period: Period, how: Compare = "previous") -> Period | None:
    """The period `period` is compared with: None for "none"; for "previous", the previous
    calendar month, quarter or year, or for a custom range the same number of days just
    before; for "year-ago", the same dates one year earlier (the same month, quarter or
    year). A to-date period is compared with the same number of days from the start of
    that period (never past its end): 1–15 Nov with 1–15 Oct."""
    if how == "none":
        return None
    if how not in COMPARE:
        raise PeriodError(f"unknown comparison {how!r} (expected one of: {', '.join(COMPARE)})")
    if period.kind == "custom":
        if how == "previous":
            return Period(period.first - timedelta(days=period.days), period.first - timedelta(1))
        return Period(_year_earlier(period.first), _year_earlier(period.last))
    months = _unit_months(period.kind) if how == "previous" else 12
    whole = unit(period.kind, _add_months(period.first, -months))
    if not period.to_date:
        return whole
    last = min(whole.first + timedelta(days=period.days - 1), whole.last)
    return Period(whole.first, last, "custom" if last != whole.last else whole.kind)


def same_length(a: Period, b: Period | None) -> bool:
    """True when both periods have the same number of days: only then are their visit
    counts compared as counts (with an arrow)."""
    return b is not None and a.days == b.days


# --- the dashboard's presets ------------------------------------------------------------------

Preset = Literal[
    "this-month", "last-month", "this-quarter", "last-quarter", "this-year", "last-year", "all"
]
PRESETS: tuple[tuple[Preset, str], ...] = (
    ("this-month", "This month"),
    ("last-month", "Last month"),
    ("this-quarter", "This quarter"),
    ("last-quarter", "Last quarter"),
    ("this-year", "This year"),
    ("last-year", "Last year"),
    ("all", "All time"),
)


def preset(key: Preset, today: date) -> Period | None:
    """A preset's period for `today` (None for "all": no dates). "This …" is to date."""
    if key == "all":
        return None
    which, _, kind_name = key.partition("-")
    kind: Kind = kind_name  # type: ignore[assignment]
    if kind not in KINDS or which not in ("this", "last"):
        raise PeriodError(f"unknown preset {key!r}")
    current = unit(kind, today)
    if which == "this":
        return until_today(current, today)
    return unit(kind, current.first - timedelta(days=1))


def presets(today: date) -> list[tuple[Preset, str, Period | None]]:
    """Every preset with its English name (to be translated by the caller) and its period
    for `today`, in the order a menu shows them."""
    return [(key, name, preset(key, today)) for key, name in PRESETS]
