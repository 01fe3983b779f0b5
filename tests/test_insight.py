"""What drives uplift, the executive summary's takeaways, the heat map and the complete list of
critical failures: counts from the store against hand-computed cases and a property test,
the rules on hand-made data, and the summary PDF read back."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from test_scoring import make_form  # tests/ is on sys.path (rootdir conftest)

from mysteryshop import demo as demo_module
from mysteryshop.confidence import MIN_VISITS
from mysteryshop.forms import Form
from mysteryshop.reports import drivers, takeaways
from mysteryshop.reports.insight import Insight, critical_failures_json, drivers_json, short_id
from mysteryshop.reports.summary import SummaryData, build_summary, collect
from mysteryshop.store import queries, report_data, stats
from mysteryshop.store.db import Database
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import EncounterData, EncounterFilter, LocationData, new_id
from mysteryshop.store.report_data import QuestionFigures
from mysteryshop.vocabulary import REPORTED_STATUSES

REPORTED = EncounterFilter(statuses=REPORTED_STATUSES)
DAY = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)
FORM = "test-form"


def _form() -> Form:
    """The shipped service form's greeting, help and feeling questions, none required (the
    shipped form requires a dozen answers these cases do not need)."""
    return make_form(
        {"id": "greeted_on_arrival", "type": "yes_no", "dimension": "greeting", "allow_na": True},
        {"id": "thanked", "type": "yes_no", "dimension": "farewell"},
        {
            "id": "helped",
            "type": "choice",
            "dimension": "helpfulness",
            "critical": True,
            "options": [
                {"id": "fully", "text": "Fully", "points": 3},
                {"id": "partly", "text": "Partly", "points": 1},
                {"id": "not_at_all", "text": "Not at all", "points": 0},
            ],
        },
        {"id": "feeling", "type": "feeling", "dimension": "feeling", "points": 0},
        {"id": "treated_with_respect", "type": "yes_no", "dimension": "respect"},
    )


def _encounter(
    place: LocationData,
    answers: dict[str, Any],
    *,
    na: tuple[str, ...] = (),
    status: str = "submitted",
    day: int = 0,
    notes: str = "",
) -> EncounterData:
    return EncounterData(
        id=new_id(),
        form_id=FORM,
        form_version=1,
        location_id=place.id,
        visited_at=DAY + timedelta(days=day),
        observer="mika",
        staff="",
        status=status,
        answers=answers,
        na=list(na),
        notes=notes,
    )


@pytest.fixture
def shop(db: Database) -> tuple[Database, LocationData]:
    queries.store_form(db, _form())
    return db, LocationData(new_id(), "Kamppi store", "Uusimaa")


def _by_key(found: list[stats.DriverCounts]) -> dict[str, stats.DriverCounts]:
    return {c.key: c for c in found}


def test_driver_counts_split_visits_with_a_feeling_by_what_happened(
    shop: tuple[Database, LocationData],
) -> None:
    db, place = shop
    rows = [
        ({"greeted_on_arrival": True, "helped": "fully", "feeling": 2}, ()),
        ({"greeted_on_arrival": True, "helped": "partly", "feeling": -1}, ()),
        ({"greeted_on_arrival": False, "helped": "fully", "feeling": 0}, ()),
        ({"greeted_on_arrival": False, "helped": "not_at_all", "feeling": -2}, ()),
        ({"greeted_on_arrival": True, "helped": "fully"}, ()),  # no feeling: on no side
        ({"helped": "fully", "feeling": 1}, ("greeted_on_arrival",)),  # greeting N/A
    ]
    encounters = [_encounter(place, answers, na=na) for answers, na in rows]
    # A draft is not reported: it counts nowhere.
    encounters.append(_encounter(place, {"greeted_on_arrival": True, "feeling": 2}, status="draft"))
    queries.bulk_add_encounters(db, encounters, [place])

    found = _by_key(stats.drivers(db, REPORTED))

    greeted = found["greeted_on_arrival"]
    assert (greeted.kind, greeted.form_id, greeted.form_version) == ("question", FORM, 1)
    assert (greeted.with_n, greeted.with_uplifted, greeted.with_diminished) == (2, 1, 1)
    assert (greeted.without_n, greeted.without_uplifted, greeted.without_diminished) == (2, 0, 1)
    # A choice question happened when it earned full points: "partly" did not.
    helped = found["helped"]
    assert (helped.with_n, helped.with_uplifted, helped.with_diminished) == (3, 2, 0)
    assert (helped.without_n, helped.without_uplifted, helped.without_diminished) == (2, 0, 2)
    # A dimension happened at ≥ 50 % of its points; the N/A visit scored no greeting at all.
    greeting = found["greeting"]
    assert greeting.kind == "dimension"
    assert (greeting.with_n, greeting.with_uplifted, greeting.with_diminished) == (2, 1, 1)
    assert (greeting.without_n, greeting.without_diminished) == (2, 1)
    helpfulness = found["helpfulness"]
    assert (helpfulness.with_n, helpfulness.without_n) == (3, 2)
    # The feeling is the outcome, never a driver; the feeling question earns no points.
    assert "feeling" not in found
    # Nobody answered the respect question: no row for it.
    assert "treated_with_respect" not in found and "respect" not in found
    # The summary reads the same counts in its question-by-question pass over the answers.
    per_version = [
        (q.form_id, q.form_version, q.question_id, q.drivers)
        for q in report_data.question_figures(db, REPORTED)
    ]
    questions = [c for c in found.values() if c.kind == "question"]
    assert sorted(stats.question_drivers(per_version), key=lambda c: c.key) == sorted(
        questions, key=lambda c: c.key
    )


def test_drivers_rank_by_difference_and_list_thin_ones_apart(
    shop: tuple[Database, LocationData],
) -> None:
    db, place = shop
    encounters = []
    # Greeted: 6 visits, 5 uplifted; not greeted: 6 visits, 1 uplifted 3 diminished.
    for i in range(6):
        encounters.append(
            _encounter(place, {"greeted_on_arrival": True, "feeling": 1 if i < 5 else 0})
        )
        feeling = 1 if i == 0 else -1 if i < 4 else 0
        encounters.append(_encounter(place, {"greeted_on_arrival": False, "feeling": feeling}))
    # Thanked: all 12 said yes, so "without" has no visits: listed apart.
    for encounter in encounters:
        encounter.answers["thanked"] = True
    queries.bulk_add_encounters(db, encounters, [place])

    labels = {(FORM, "greeted_on_arrival"): "Greeted", (FORM, "thanked"): "Thanked"}
    ranked, thin = drivers.rank_drivers(stats.drivers(db, REPORTED), labels)

    assert [d.label for d in ranked] == ["Greeted"]
    assert [d.label for d in thin] == ["Thanked"]
    greeted = ranked[0]
    assert greeted.with_uplift.value == pytest.approx(5 / 6 * 100)
    assert greeted.without_uplift.value == pytest.approx((1 - 3) / 6 * 100)
    assert greeted.difference.value == pytest.approx(5 / 6 * 100 + 2 / 6 * 100)
    assert greeted.difference.low is not None and greeted.difference.high is not None
    assert greeted.difference.low < greeted.difference.value < greeted.difference.high

    rows = drivers.json_rows(ranked, thin)
    assert rows[0]["question"] == "Greeted"
    assert (rows[0]["with_n"], rows[0]["without_n"], rows[0]["ranked"]) == (6, 6, True)
    assert rows[0]["with_net_uplift"]["value"] == pytest.approx(83.333, abs=0.001)
    assert rows[0]["difference"] == pytest.approx(116.667, abs=0.001)
    assert rows[0]["low"] == greeted.difference.low
    assert (rows[1]["question"], rows[1]["without_n"], rows[1]["ranked"]) == ("Thanked", 0, False)
    assert rows[1]["without_net_uplift"]["value"] is None


@pytest.fixture(scope="module")
def property_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path_factory.mktemp('drivers') / 'p.sqlite3'}")
    queries.store_form(database, _form())
    yield database
    database.close()


ANSWER = st.fixed_dictionaries(
    {
        "greeted": st.sampled_from([True, False, None, "na"]),
        "helped": st.sampled_from(["fully", "partly", "not_at_all", None]),
        "feeling": st.sampled_from([-2, -1, 0, 1, 2, None]),
        "status": st.sampled_from(["submitted", "submitted", "draft"]),
    }
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ANSWER, min_size=1, max_size=12))
def test_with_and_without_add_up_to_the_visits_with_a_feeling_that_answered(
    property_db: Database, visits: list[dict[str, Any]]
) -> None:
    db = property_db
    # Each example is a location of its own in one database.
    place = LocationData(new_id(), "Store " + new_id(), "Uusimaa")
    encounters = []
    for visit in visits:
        answers: dict[str, Any] = {}
        na: tuple[str, ...] = ()
        if visit["greeted"] == "na":
            na = ("greeted_on_arrival",)
        elif visit["greeted"] is not None:
            answers["greeted_on_arrival"] = visit["greeted"]
        if visit["helped"] is not None:
            answers["helped"] = visit["helped"]
        if visit["feeling"] is not None:
            answers["feeling"] = visit["feeling"]
        encounters.append(_encounter(place, answers, na=na, status=visit["status"]))
    queries.bulk_add_encounters(db, encounters, [place])
    here = replace(REPORTED, location=place.id)
    found = _by_key(stats.drivers(db, here))
    # The summary's question pass gives the very same counts.
    per_version = [
        (q.form_id, q.form_version, q.question_id, q.drivers)
        for q in report_data.question_figures(db, here)
    ]
    assert {c.key: c for c in stats.question_drivers(per_version)} == {
        key: c for key, c in found.items() if c.kind == "question"
    }
    reported = [v for v in visits if v["status"] == "submitted" and v["feeling"] is not None]
    for key, answered in (
        ("greeted_on_arrival", [v for v in reported if v["greeted"] in (True, False)]),
        ("helped", [v for v in reported if v["helped"] is not None]),
    ):
        counts = found.get(key)
        total = counts.with_n + counts.without_n if counts else 0
        assert total == len(answered)
        if counts:
            ups = counts.with_uplifted + counts.without_uplifted
            assert ups == sum(v["feeling"] > 0 for v in answered)
    helped = found.get("helped")
    if helped:
        assert helped.with_n == sum(v["helped"] == "fully" for v in reported)


def test_a_thin_driver_is_never_ranked() -> None:
    thin_side = stats.DriverCounts("question", FORM, 1, "q", MIN_VISITS, 3, 0, MIN_VISITS - 1, 0, 2)
    ranked, thin = drivers.rank_drivers([thin_side], {(FORM, "q"): "Q"})
    assert ranked == [] and [d.label for d in thin] == ["Q"]


# --- takeaways on hand-made data --------------------------------------------------------------


def plain(text: str) -> str:
    """Text with its no-break spaces as plain ones."""
    return text.replace("\xa0", " ")


def _summary(**changes: Any) -> SummaryData:
    """A hand-made summary: 100 visits, 4 critical failures; greeting 70 → smile moved most."""
    figures = stats.Figures(
        visits=100,
        scored=100,
        average_score=70.0,
        critical_failures=4,
        dimensions={"greeting": 70.0, "smile": 60.0, "feeling": 10.0},
        dimension_visits={"greeting": 100, "smile": 100, "feeling": 100},
    )
    previous = stats.Figures(
        visits=50,
        scored=50,
        average_score=68.0,
        critical_failures=5,
        dimensions={"greeting": 69.0, "smile": 66.5, "feeling": 90.0},
        dimension_visits={"greeting": 50, "smile": 50, "feeling": 50},
    )

    def question(qid: str, answered: int, earned: float) -> tuple[QuestionFigures, str, str]:
        return QuestionFigures(FORM, 1, qid, answered, 0, 0, earned, float(answered)), qid, ""

    def place(name: str, mean: float, squares: float, n: int) -> stats.LocationFigures:
        return stats.LocationFigures(
            new_id(), name, None, n, mean, None, 0, scored=n, average_of_squares=squares
        )

    data = SummaryData(
        REPORTED,
        None,
        figures,
        previous,
        [],
        "month",
        # High: 90 ± small spread over 40 visits; Low: 40 over 30; Thin: 99 over 3 visits;
        # Close: 71 with a wide spread, its interval covers the average.
        [
            place("Thin", 99.0, 99.0**2, 3),
            place("High", 90.0, 90.0**2 + 25.0, 40),
            place("Close", 71.0, 71.0**2 + 400.0, 10),
            place("Low", 40.0, 40.0**2 + 100.0, 30),
        ],
        # The list is weakest first; the first has too few answers to count.
        [question("rare", 3, 0.0), question("thanked", 80, 40.0), question("greeted", 90, 72.0)],
        {},
        [],
        0,
        [],
        0,
        {},
    )
    return dataclasses.replace(data, **changes)


def test_takeaways_follow_their_rules_on_hand_made_data() -> None:
    found = takeaways.takeaways(_summary())
    assert [t.rule for t in found] == ["mover", "weakest", "critical", "best", "worst"]
    mover, weakest, critical, best, worst = (plain(t.text) for t in found)
    # Smile moved −6.5 points, more than greeting's +1.0; feeling is never a mover.
    assert mover.startswith("Biggest mover: Smile scored 60,0")
    assert "−6,5 points" in mover and "66,5" in mover and "n = 50" in mover
    assert found[0].tone == "poor"
    # "rare" scores 0 but has 3 answers, fewer than the minimum.
    assert weakest == "Weakest behaviour: “thanked” scored 50,0 % over 80 answers."
    # 4 of 100 against 5 of 50: the rate fell from 10.0 % to 4.0 %.
    assert critical.startswith("Critical failures: 4 of 100 visits, 4,0 %")
    assert "In the comparison period 10,0 % (5 of 50): −6,0 points." in critical
    assert found[2].tone == "good"
    assert best.startswith("Best location: High scored 90,0 %")
    assert worst.startswith("Weakest location: Low scored 40,0 %")


def test_takeaways_without_a_comparison_or_reliable_outliers() -> None:
    data = _summary(previous=None)
    data.ranking = [row for row in data.ranking if row.name in ("Close", "Thin")]
    found = takeaways.takeaways(data)
    assert [t.rule for t in found] == ["weakest", "critical"]
    assert "comparison period" not in found[1].text


def test_the_strongest_driver_is_the_top_ranked_one_and_at_most_five_are_kept() -> None:
    strong = drivers.driver(stats.DriverCounts("question", FORM, 1, "q", 40, 30, 2, 40, 8, 20), "Q")
    data = _summary()
    data.insight = Insight(drivers=[strong])
    found = takeaways.takeaways(data)
    assert len(found) == takeaways.MAX_TAKEAWAYS
    assert "driver" not in [t.rule for t in found]
    data.previous = None
    found = takeaways.takeaways(data)
    assert found[-1].rule == "driver"
    assert "where “Q” happened, Net Uplift was +70,0 (n = 40)" in plain(found[-1].text)
    assert "−30,0 (n = 40): a difference of +100,0" in plain(found[-1].text)
    assert found[-1].text.endswith("An association, not proof of cause.")


# --- the summary PDF and its JSON rows --------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, shipped_forms: list[Form]) -> Iterator[Database]:
    folder = tmp_path_factory.mktemp("insight-demo")
    database = open_database(f"sqlite:///{folder / 'demo.sqlite3'}")
    data = demo_module.generate(shipped_forms, encounters=400, seed=3, now=DAY)
    queries.bulk_add_encounters(database, data.encounters, data.locations, shipped_forms)
    yield database
    database.close()


def _text(pdf: bytes, pages: slice = slice(None)) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(page.extract_text() or "" for page in reader.pages[pages]).replace("\xa0", " ")


def test_summary_lists_every_critical_failure_and_the_drivers(demo: Database) -> None:
    data = collect(demo, EncounterFilter())
    pdf = build_summary(demo, EncounterFilter(), generated=DAY)
    assert "Executive summary" in _text(pdf, slice(0, 1))
    text = _text(pdf)
    assert "What drives uplift" in text and "association, not proof of cause" in text
    assert "Locations by dimension" in text and "Greeted on arrival:" in text

    failures = critical_failures_json(data)
    assert data.figures.critical_failures > 0
    assert len(failures) == data.figures.critical_failures
    assert len({row["id"] for row in failures}) == len(failures)
    squeezed = text.replace(" ", "").replace("\n", "")
    for row in failures:
        assert short_id(row["id"]) in squeezed
        assert row["question"]  # every critical failure names the question failed
    assert "Appendix: every critical failure" in text

    rows = drivers_json(data)
    ranked = [row for row in rows if row["ranked"]]
    assert ranked and [r["difference"] for r in ranked] == sorted(
        (r["difference"] for r in ranked), reverse=True
    )
    for row in ranked:
        assert min(row["with_n"], row["without_n"]) >= MIN_VISITS
        assert row["low"] < row["difference"] < row["high"]
        assert row["difference"] == pytest.approx(
            row["with_net_uplift"]["value"] - row["without_net_uplift"]["value"]
        )
    # The share greeted is the greeting question's share of "yes", not the dimension score.
    assert data.insight is not None and data.insight.greeted is not None
    assert data.insight.greeted.value != pytest.approx(data.figures.dimensions["greeting"])


def test_worst_experiences_count_those_without_notes_and_quotes_are_capped(
    shop: tuple[Database, LocationData],
) -> None:
    db, place = shop
    long_note = "Waited and waited. " * 100 + "THE END OF THE NOTE"
    failed = _encounter(place, {"helped": "not_at_all", "feeling": -2}, notes=long_note)
    silent = _encounter(place, {"helped": "not_at_all", "feeling": -1}, day=1)
    fine = _encounter(place, {"helped": "fully", "feeling": 2}, day=2, notes="All good.")
    queries.bulk_add_encounters(db, [failed, silent, fine], [place])

    # Made after the last visit (a period not over is cut at the day the report is made).
    pdf = build_summary(db, EncounterFilter(), generated=DAY + timedelta(days=3))
    text = " ".join(_text(pdf).split())
    # Two poor visits qualify (critical failures), one has notes.
    assert "1 shown of 2 that qualify; 1 without notes" in text
    assert f"(see visit report {short_id(failed.id)})" in text
    assert "THE END OF THE NOTE" not in text
    # Both critical failures are in the appendix, the silent one too.
    assert short_id(silent.id) in text and short_id(failed.id) in text
    assert "Question helped?" in text


def test_heat_map_cells_equal_each_locations_own_dimension_scores(demo: Database) -> None:
    heat = stats.location_dimensions(demo, REPORTED)
    ranking = stats.location_ranking(demo, REPORTED)
    assert set(heat) == {row.location_id for row in ranking}
    for row in ranking[:5]:
        own = stats.figures(demo, replace(REPORTED, location=row.location_id))
        assert {key: n for key, (_mean, n) in heat[row.location_id].items()} == (
            own.dimension_visits
        )
        for key, (mean, _n) in heat[row.location_id].items():
            assert mean == pytest.approx(own.dimensions[key])
