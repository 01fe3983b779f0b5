"""The summary's periods and comparisons on hand-made visits on known days (issue 15 item 1):
a calendar month against the previous month, a quarter against the previous quarter, a year
against a thin previous year, a period to date, what was left out, the title, an empty
period, per-location reports sharing the run's period, and the JSON against the PDF."""

from __future__ import annotations

import io
import json
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from mysteryshop import reports
from mysteryshop.forms import Form
from mysteryshop.periods import Compare
from mysteryshop.reports.coaching import build_coaching
from mysteryshop.reports.summary import build_summary, collect
from mysteryshop.reports.summary_json import summary_json
from mysteryshop.store import queries, report_data
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterData, EncounterFilter, LocationData, new_id

HELSINKI = timezone(timedelta(hours=2))
KAMPPI = LocationData(new_id(), "Kamppi store", "Uusimaa")
TAMPERE = LocationData(new_id(), "Tampere Koskikeskus", "Pirkanmaa")
LOCATIONS = {KAMPPI.id: KAMPPI, TAMPERE.id: TAMPERE}


@pytest.fixture
def visits(db: Database, shipped_forms: list[Form]) -> Database:
    queries.store_form(db, shipped_forms[0])
    return db


def add(
    db: Database,
    day: date,
    count: int = 1,
    *,
    critical: int = 0,
    status: str = "submitted",
    feeling: int = 1,
    location: LocationData = KAMPPI,
) -> None:
    """`count` visits at noon (Helsinki) on `day`; the first `critical` of them fail the
    critical question "were you helped" (and score lower)."""
    encounters = []
    for index in range(count):
        answers: dict[str, Any] = {
            "greeted_on_arrival": True,
            "smile": 4,
            "said_goodbye": True,
            "helped": "not_at_all" if index < critical else "fully",
            "feeling": feeling,
            "treated_with_respect": True,
        }
        if index < critical:
            answers["help_missing"] = "Nobody asked what I needed."
        encounters.append(
            EncounterData(
                id=new_id(),
                form_id="service-encounter",
                form_version=1,
                location_id=location.id,
                visited_at=datetime(day.year, day.month, day.day, 12, tzinfo=HELSINKI),
                observer="mika",
                status=status,
                answers=answers,
                return_reason="Describe what happened." if status == "returned" else "",
            )
        )
    queries.bulk_add_encounters(db, encounters, [location])


def days(first: date, last: date | None = None, location: str | None = None) -> EncounterFilter:
    end = (last or first) + timedelta(days=1)
    return EncounterFilter(
        location=location,
        date_from=datetime(first.year, first.month, first.day, tzinfo=HELSINKI),
        date_to=datetime(end.year, end.month, end.day, tzinfo=HELSINKI),
    )


TODAY = datetime(2026, 11, 20, 12, tzinfo=HELSINKI)


def cover(pdf: bytes) -> str:
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text() or ""
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


def summary(
    db: Database,
    f: EncounterFilter,
    compare: Compare = "previous",
    generated: datetime = TODAY,
) -> str:
    return cover(build_summary(db, f, generated=generated, compare=compare))


def test_february_is_compared_with_january_and_critical_failures_as_a_rate(
    visits: Database,
) -> None:
    add(visits, date(2026, 1, 3), 6, critical=3)
    add(visits, date(2026, 1, 31), 6)  # 12 visits in January, 3 critical failures (25 %)
    add(visits, date(2026, 2, 10), 8, critical=1)  # 8 in February, 1 (12.5 %)
    add(visits, date(2026, 3, 1), 5, critical=5)  # neither
    text = summary(visits, days(date(2026, 2, 1), date(2026, 2, 28)))
    assert "Period 1 Feb 2026 – 28 Feb 2026 (28 days) · 8 visits" in text
    assert (
        "Compared with 1 Jan 2026 – 31 Jan 2026 (31 days) · 12 visits: the previous month"
    ) in text
    # 28 days against 31: both counts, no arrow.
    assert "Visits 8 vs 12 in the 31 days compared" in text
    # One critical failure against three, but of 8 visits against 12: 12.5 % against 25 %.
    assert "Critical failures 1 ▼ −12,5 pts vs previous 12,5 % of visits" in text


def test_a_quarter_is_compared_with_the_previous_quarter(visits: Database) -> None:
    add(visits, date(2026, 3, 31), 20, critical=20)  # the days just before Q2 and its length
    add(visits, date(2026, 4, 1), 5)
    add(visits, date(2026, 6, 30), 5, critical=1)
    add(visits, date(2026, 7, 1), 6)
    add(visits, date(2026, 9, 30), 4, critical=1)
    text = summary(visits, days(date(2026, 7, 1), date(2026, 9, 30)))
    assert "Period 1 Jul 2026 – 30 Sept 2026 (92 days) · 10 visits" in text
    assert "1 Apr 2026 – 30 Jun 2026 (91 days) · 10 visits: the previous quarter" in text
    assert "Visits 10 vs 10 in the 91 days compared" in text
    assert "Critical failures 1 = ±0,0 pts vs previous" in text


def test_a_thin_previous_year_is_not_compared(visits: Database) -> None:
    add(visits, date(2025, 6, 20), 3, critical=1, feeling=-1)
    add(visits, date(2025, 12, 20), 9)  # after 20 Nov: not in the same days
    add(visits, date(2026, 5, 5), 40, critical=1)
    text = summary(visits, days(date(2026, 1, 1), date(2026, 12, 31)))
    assert "Period 1 Jan 2026 – 20 Nov 2026 (324 days, to date) · 40 visits" in text
    assert "1 Jan 2025 – 20 Nov 2025 (324 days) · 3 visits: the same days of the previous year" in (
        text
    )
    assert text.count("too few visits to compare (n = 3)") >= 4
    assert "▲" not in text and "▼" not in text


def test_a_month_to_date_is_compared_with_the_same_days(visits: Database) -> None:
    add(visits, date(2026, 10, 2), 5)
    add(visits, date(2026, 10, 16), 30)  # after the 15th: not in the comparison
    add(visits, date(2026, 11, 3), 7)
    f = days(date(2026, 11, 1), date(2026, 11, 30))
    text = summary(visits, f, generated=datetime(2026, 11, 15, 9, tzinfo=HELSINKI))
    assert "Summary report 1 Nov 2026 – 15 Nov 2026 (to date)" in text
    assert "Period 1 Nov 2026 – 15 Nov 2026 (15 days, to date) · 7 visits" in text
    assert (
        "Compared with 1 Oct 2026 – 15 Oct 2026 (15 days) · 5 visits: the same days of the "
        "previous month"
    ) in text
    assert "Visits 7 ▲ +2 vs previous" in text  # as many days: counts compare


def test_year_ago_compares_with_the_same_dates_a_year_earlier(visits: Database) -> None:
    add(visits, date(2025, 3, 10), 6, feeling=-1)
    add(visits, date(2026, 2, 10), 6, feeling=-1)
    add(visits, date(2026, 3, 10), 6)
    text = summary(visits, days(date(2026, 3, 1), date(2026, 3, 31)), compare="year-ago")
    assert "1 Mar 2025 – 31 Mar 2025 (31 days) · 6 visits: the same dates a year earlier" in text
    assert "Visits 6 = ±0 vs previous" in text
    assert "Net Uplift +100,0 ▲ +200,0 vs previous" in text
    none = summary(visits, days(date(2026, 3, 1), date(2026, 3, 31)), compare="none")
    assert "Compared with nothing (no comparison asked for)" in none
    assert "vs previous" not in none


def test_the_cover_says_what_was_left_out_and_why(visits: Database) -> None:
    add(visits, date(2026, 5, 4), 6)
    add(visits, date(2026, 5, 5), 2, status="draft")
    add(visits, date(2026, 5, 6), 1, status="returned")
    add(visits, date(2026, 6, 6), 4, status="draft")  # another month
    text = summary(visits, days(date(2026, 5, 1), date(2026, 5, 31)))
    assert "Left out 2 drafts, 1 returned to the observer" in text
    data = collect(visits, days(date(2026, 5, 1), date(2026, 5, 31)), today=TODAY.date())
    assert data.left_out == {"draft": 2, "returned": 1}
    everything = collect(visits, EncounterFilter(statuses=("submitted", "draft")))
    assert everything.left_out == {"returned": 1}
    coaching = build_coaching(visits, days(date(2026, 5, 1), date(2026, 5, 31)), generated=TODAY)
    assert "Left out 2 drafts, 1 returned to the observer" in cover(coaching)


def test_an_empty_period_is_one_page_saying_no_visits(visits: Database) -> None:
    add(visits, date(2026, 5, 4), 6)
    add(visits, date(2026, 8, 4), 2, status="draft")
    pdf = build_summary(visits, days(date(2026, 8, 1), date(2026, 8, 31)), generated=TODAY)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = cover(pdf)
    assert "No visits in this period." in text
    assert "Left out 2 drafts" in text


def test_the_title_names_the_one_location_or_region(visits: Database) -> None:
    add(visits, date(2026, 5, 4), 6)
    add(visits, date(2026, 5, 4), 6, location=TAMPERE)
    region = EncounterFilter(region="uusimaa")
    pdf = build_summary(visits, region, generated=TODAY)
    reader = PdfReader(io.BytesIO(pdf))
    assert (reader.metadata or {}).get("/Title") == "Summary report: Uusimaa"
    assert "Summary report: Uusimaa" in (reader.pages[1].extract_text() or "")
    location = cover(build_summary(visits, EncounterFilter(location=TAMPERE.id), generated=TODAY))
    assert "Summary report: Tampere Koskikeskus" in location


def test_per_location_reports_of_one_run_cover_the_same_period(
    visits: Database, tmp_path: Path
) -> None:
    add(visits, date(2026, 2, 3), 6)
    add(visits, date(2026, 6, 9), 6, location=TAMPERE)
    add(visits, date(2026, 9, 9), 6)
    files = reports.write_per_location("summary", visits, EncounterFilter(), tmp_path)
    periods = {re.search(r"Period (.*?) ·", cover(f.read_bytes())).group(1) for f in files}  # type: ignore[union-attr]
    assert periods == {"3 Feb 2026 – 9 Sept 2026 (219 days)"}


def test_the_json_has_the_figures_the_pdf_prints(visits: Database) -> None:
    add(visits, date(2026, 1, 3), 12, critical=3)
    add(visits, date(2026, 2, 10), 7, critical=1)
    add(visits, date(2026, 2, 11), 2, feeling=-2)
    add(visits, date(2026, 2, 12), 3, status="draft")
    f = days(date(2026, 2, 1), date(2026, 2, 28))
    data = collect(f=f, db=visits, today=TODAY.date())
    found = json.loads(json.dumps(summary_json(data)))
    assert found["period"] == {
        "from": "2026-02-01",
        "to": "2026-02-28",
        "days": 28,
        "kind": "month",
        "to_date": False,
        "visits": 9,
    }
    assert found["comparison"]["from"] == "2026-01-01"
    assert found["comparison"]["to"] == "2026-01-31"
    assert found["comparison"]["visits"] == 12
    assert found["left_out"] == {"draft": 3}
    figures = found["figures"]
    assert figures["visits"]["value"] == 9
    assert figures["critical_failure_rate"]["n"] == 9
    assert figures["critical_failure_rate"]["value"] == pytest.approx(100 / 9)
    assert figures["net_uplift"]["n"] == 9
    assert figures["net_uplift"]["low"] < figures["net_uplift"]["value"]
    text = cover(build_summary(visits, f, generated=TODAY))
    score = figures["average_score"]["value"]
    uplift = figures["net_uplift"]["value"]
    rate = figures["critical_failure_rate"]["value"]
    assert f"Visits {figures['visits']['value']:.0f} " in text
    # The PDF writes the JSON's figures in en_FI: a decimal comma.
    assert f"Average score {score:.1f} %".replace(".", ",") in text
    assert f"Net Uplift +{uplift:.1f}".replace(".", ",") in text
    assert f"{rate:.1f} % of visits".replace(".", ",") in text
    assert f"{figures['critical_failures']['value']} " in text


def test_a_filter_naming_nothing_known_is_refused(visits: Database) -> None:
    add(visits, date(2026, 5, 4), 1)
    problems = report_data.filter_problems(
        visits,
        EncounterFilter(location="Kampi store", region="Uusimma", form_id="nope", tag="nah"),
    )
    assert problems == [
        "no location named 'Kampi store' (closest: Kamppi store)",
        "no region named 'Uusimma' (closest: Uusimaa)",
        "no form named 'nope'",
        "no tag named 'nah'",
    ]
    assert report_data.filter_problems(visits, EncounterFilter(region="UUSIMAA")) == []
    assert report_data.filter_problems(visits, EncounterFilter(tag="best-practice")) == []
    inverted = EncounterFilter(
        date_from=datetime(2026, 12, 31, tzinfo=HELSINKI),
        date_to=datetime(2026, 1, 2, tzinfo=HELSINKI),
    )
    assert report_data.filter_problems(visits, inverted) == [
        "--from 2026-12-31 is after --to 2026-01-01: the period would end before it starts"
    ]


def test_the_report_s_minimum_also_decides_what_is_compared(visits: Database) -> None:
    add(visits, date(2026, 4, 1), 5)
    add(visits, date(2026, 6, 30), 5, critical=1)
    add(visits, date(2026, 7, 1), 12)
    f = days(date(2026, 7, 1), date(2026, 9, 30))
    usual = cover(build_summary(visits, f, generated=TODAY))
    strict = cover(build_summary(visits, f, generated=TODAY, min_visits=20))
    assert "too few visits to compare (n = 10)" not in usual  # 10 visits before: compared
    assert "Critical failures 0 ▼ −10,0 pts vs previous" in usual
    assert strict.count("too few visits to compare (n = 10)") >= 3  # below 20: not compared
    assert "Critical failures 0 ▼" not in strict
