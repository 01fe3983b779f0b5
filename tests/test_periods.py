"""Calendar periods (periods.py): months, quarters and years compared with the previous ones
on calendar boundaries, to-date periods with the same days, custom ranges, presets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mysteryshop import periods
from mysteryshop.periods import Period, PeriodError, comparison, custom, starting


def test_february_is_compared_with_january_not_the_28_days_before() -> None:
    february = custom(date(2026, 2, 1), date(2026, 2, 28))
    assert february == Period(date(2026, 2, 1), date(2026, 2, 28), "month")
    assert comparison(february) == Period(date(2026, 1, 1), date(2026, 1, 31), "month")
    assert not periods.same_length(february, comparison(february))


def test_a_quarter_is_compared_with_the_previous_quarter() -> None:
    q3 = starting("quarter", date(2026, 7, 1))
    assert (q3.first, q3.last, q3.kind) == (date(2026, 7, 1), date(2026, 9, 30), "quarter")
    assert comparison(q3) == Period(date(2026, 4, 1), date(2026, 6, 30), "quarter")
    q1 = starting("quarter", date(2026, 1, 1))
    assert comparison(q1) == Period(date(2025, 10, 1), date(2025, 12, 31), "quarter")


def test_a_year_is_compared_with_the_previous_year_and_with_a_year_ago() -> None:
    year = custom(date(2026, 1, 1), date(2026, 12, 31))
    assert year.kind == "year"
    assert comparison(year) == Period(date(2025, 1, 1), date(2025, 12, 31), "year")
    assert comparison(year, "year-ago") == comparison(year)
    assert comparison(year, "none") is None


def test_a_month_a_year_ago_is_the_same_month() -> None:
    march = starting("month", date(2026, 3, 1))
    assert comparison(march, "year-ago") == Period(date(2025, 3, 1), date(2025, 3, 31), "month")


def test_a_custom_range_is_compared_with_as_many_days_just_before() -> None:
    days = custom(date(2026, 2, 10), date(2026, 2, 19))
    assert days.kind == "custom" and days.days == 10
    assert comparison(days) == Period(date(2026, 1, 31), date(2026, 2, 9))
    assert comparison(days, "year-ago") == Period(date(2025, 2, 10), date(2025, 2, 19))
    leap = custom(date(2028, 2, 20), date(2028, 2, 29))
    assert comparison(leap, "year-ago") == Period(date(2027, 2, 20), date(2027, 2, 28))


def test_an_unfinished_month_is_to_date_and_compared_with_the_same_days() -> None:
    november = periods.until_today(starting("month", date(2026, 11, 1)), date(2026, 11, 15))
    assert november == Period(date(2026, 11, 1), date(2026, 11, 15), "month", to_date=True)
    assert november.unit_last == date(2026, 11, 30)
    assert comparison(november) == Period(date(2026, 10, 1), date(2026, 10, 15))
    assert periods.same_length(november, comparison(november))
    # 31 March so far is compared with the whole of February, never past its end.
    march = periods.until_today(starting("month", date(2026, 3, 1)), date(2026, 3, 30))
    assert comparison(march) == Period(date(2026, 2, 1), date(2026, 2, 28), "month")
    q4 = periods.until_today(starting("quarter", date(2026, 10, 1)), date(2026, 12, 2))
    assert q4.to_date and q4.days == 63
    assert comparison(q4) == Period(date(2026, 7, 1), date(2026, 9, 1))
    assert comparison(q4, "year-ago") == Period(date(2025, 10, 1), date(2025, 12, 2))


def test_a_period_over_or_not_begun_is_not_cut() -> None:
    q2 = starting("quarter", date(2026, 4, 1))
    assert periods.until_today(q2, date(2026, 11, 15)) == q2
    assert periods.until_today(q2, date(2026, 1, 15)) == q2
    assert periods.until_today(q2, date(2026, 6, 30)) == q2  # its last day: over tonight


def test_bad_periods_are_refused_with_one_line() -> None:
    with pytest.raises(PeriodError, match="2026-12-31 is after --to 2026-01-01"):
        custom(date(2026, 12, 31), date(2026, 1, 1))
    with pytest.raises(PeriodError, match="not the first day of a quarter; 2026-07-01 is"):
        starting("quarter", date(2026, 7, 5))


def test_presets_for_a_given_today() -> None:
    today = date(2026, 11, 15)
    found = {key: period for key, _name, period in periods.presets(today)}
    assert found["this-month"] == Period(date(2026, 11, 1), today, "month", to_date=True)
    assert found["last-month"] == Period(date(2026, 10, 1), date(2026, 10, 31), "month")
    assert found["this-quarter"] == Period(date(2026, 10, 1), today, "quarter", to_date=True)
    assert found["last-quarter"] == Period(date(2026, 7, 1), date(2026, 9, 30), "quarter")
    assert found["this-year"] == Period(date(2026, 1, 1), today, "year", to_date=True)
    assert found["last-year"] == Period(date(2025, 1, 1), date(2025, 12, 31), "year")
    assert found["all"] is None
    assert [key for key, _name, _p in periods.presets(today)][0] == "this-month"


def test_moments_run_from_midnight_to_the_next_midnight() -> None:
    start, end = custom(date(2026, 3, 28), date(2026, 3, 29)).moments()
    assert start.tzinfo is not None and (start.hour, start.minute) == (0, 0)
    assert end.date() == date(2026, 3, 30) and (end.hour, end.minute) == (0, 0)


days = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))


@given(days, st.sampled_from(periods.KINDS), days)
def test_a_comparison_period_ends_before_its_period_starts(
    day: date, kind: periods.Kind, today: date
) -> None:
    period = periods.until_today(periods.unit(kind, day), today)
    for how in ("previous", "year-ago"):
        before = comparison(period, how)  # type: ignore[arg-type]
        assert before is not None
        assert before.last < period.first
        assert before.days <= max(period.days, 31 * 12)
        if period.to_date:
            assert before.days <= period.days
        else:
            assert before.kind == period.kind
    if not period.to_date:
        assert comparison(period) == periods.unit(kind, period.first - timedelta(days=1))
