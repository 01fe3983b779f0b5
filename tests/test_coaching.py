"""The coaching report (issue 15, item 7): the themes (answers that earned less than full
points, partly earned included, with n and interval), the bounded choice of visits per location
made in SQL, the PDF (cards kept whole, outline, prompts, sign-off) and its JSON, checked
against a small database whose figures are worked out by hand below."""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from mysteryshop import demo
from mysteryshop.cli import COACHING_CASES, main
from mysteryshop.forms import Form
from mysteryshop.reports import ReportOptions, build_report
from mysteryshop.reports.coaching import build_coaching, build_coaching_json
from mysteryshop.store import queries, report_data
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterData, EncounterFilter, LocationData, new_id

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
HELSINKI = timezone(timedelta(hours=2))
NC, BP = "needs-coaching", "best-practice"


@dataclass(frozen=True)
class Visit:
    """One hand-made visit of the service-encounter form: the four scored questions it answers
    (greeted_on_arrival 2 points, smile 1–5 for 2 points, helped fully 3 / partly 1 / not at
    all 0 (critical), said_goodbye 1 point; and treated_with_respect, always full), its day in
    November 2026, tags and notes."""

    name: str
    location: str
    day: int
    greeted: bool
    smile: int
    helped: str
    goodbye: bool
    tags: tuple[str, ...] = ()
    notes: str = ""
    busy: bool | None = None  # acknowledged_while_busy: None = N/A


VISITS = (
    # Aalto store: six visits.            missed (less than full)        points missed
    Visit("v1", "Aalto store", 1, True, 5, "fully", True, (BP,), "v1 kind and quick"),  # —  0
    Visit("v2", "Aalto store", 2, False, 4, "partly", True, (NC,), "v2 no greeting"),
    # greeted 0/2, smile 1.5/2, helped 1/3: 4.5 missed
    Visit("v3", "Aalto store", 3, True, 4, "fully", True, (NC, BP), "v3 almost"),  # smile: 0.5
    Visit("v4", "Aalto store", 4, True, 3, "not_at_all", True, (NC,), "v4 not helped"),
    # smile 1/2, helped 0/3 (critical failure): 4 missed
    Visit("v5", "Aalto store", 5, False, 1, "partly", False, (NC,)),
    # greeted 0, smile 0, helped 1/3, goodbye 0: 7 missed, no notes
    Visit("v6", "Aalto store", 6, True, 5, "fully", True, (BP,), busy=False),
    # acknowledged_while_busy 0/1, no notes
    # Bore store: two visits, too few to single out a behaviour there.
    Visit("w1", "Bore store", 7, False, 5, "fully", True, (NC,), "w1 nobody said hello"),
    Visit("w2", "Bore store", 8, False, 4, "fully", True),
)
# By hand, over both stores (answered / earned less than full / earned nothing):
#   smile 8 / 5 (v2 v3 v4 v5 w2) / 1 (v5) = 62.5 %, Wilson 30.6–86.3 %
#   greeted_on_arrival 8 / 4 (v2 v5 w1 w2) / 4 = 50.0 %
#   helped 8 / 3 (v2 v4 v5) / 1 (v4) = 37.5 %
#   said_goodbye 8 / 1 (v5) / 1 = 12.5 %
#   acknowledged_while_busy 1 / 1 / 1: answered fewer than 5 times (5 N/As do not count)
# Aalto alone: smile 6/4 = 66.7 %, helped 6/3 = 50.0 %, greeted 6/2 = 33.3 % (said_goodbye
# 6/1 is fourth). Bore: 2 answers to each question, fewer than 5.
# Needs coaching at Aalto (v3 is tagged both: it counts as needs coaching): v4 first (critical
# failure), then with notes v2 (4.5 points missed) and v3 (0.5), then v5 (no notes, 7).
# Best practice at Aalto: v1 (notes) before v6 (none).


@pytest.fixture
def coaching_db(db: Database, shipped_forms: list[Form]) -> tuple[Database, dict[str, str]]:
    """The visits above in a real database; returns it and each visit's id by name."""
    places = {
        name: LocationData(new_id(), name, "Uusimaa") for name in ("Aalto store", "Bore store")
    }
    encounters = []
    ids = {}
    for visit in VISITS:
        answers: dict[str, Any] = {
            "greeted_on_arrival": visit.greeted,
            "smile": visit.smile,
            "helped": visit.helped,
            "said_goodbye": visit.goodbye,
            "treated_with_respect": True,  # required: 2 of 2 points in every visit
            "feeling": 1,  # required, not scored
        }
        if visit.busy is not None:
            answers["acknowledged_while_busy"] = visit.busy
        if visit.helped != "fully":
            answers["help_missing"] = "the size"  # asked when not fully helped
        encounter = EncounterData(
            id=new_id(),
            form_id="service-encounter",
            form_version=1,
            location_id=places[visit.location].id,
            visited_at=datetime(2026, 11, visit.day, 14, 5, tzinfo=HELSINKI),
            observer="mika",
            staff=f"cashier {visit.name}",
            status="submitted",
            answers=answers,
            na=[] if visit.busy is not None else ["acknowledged_while_busy"],
            notes=visit.notes,
            tags=list(visit.tags),
        )
        encounters.append(encounter)
        ids[visit.name] = encounter.id
    queries.bulk_add_encounters(db, encounters, list(places.values()), shipped_forms[:1])
    return db, ids


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


def page_texts(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [
        re.sub(r"\s+", " ", (p.extract_text() or "").replace("\xa0", " ")) for p in reader.pages
    ]


# --- the figures ------------------------------------------------------------------------------


def test_themes_count_answers_that_earned_less_than_full_points(coaching_db) -> None:
    db, _ = coaching_db
    themes = report_data.coaching_themes(db, EncounterFilter().reported())
    overall = [(q.question_id, q.answered, q.missed, q.none) for q in themes.overall]
    assert overall == [
        ("smile", 8, 5, 1),
        ("greeted_on_arrival", 8, 4, 4),
        ("helped", 8, 3, 1),
        ("said_goodbye", 8, 1, 1),
        ("treated_with_respect", 8, 0, 0),
        ("acknowledged_while_busy", 1, 1, 1),  # too few answers: listed last
    ]
    smile = themes.overall[0].share
    assert (round(smile.value, 1), round(smile.low, 1), round(smile.high, 1)) == (62.5, 30.6, 86.3)
    places = {
        loc.name: loc.location_id for loc in report_data.coaching_locations(db, EncounterFilter())
    }
    aalto = themes.by_location[places["Aalto store"]]
    assert [(q.question_id, q.answered, q.missed) for q in aalto] == [
        ("smile", 6, 4),
        ("helped", 6, 3),
        ("greeted_on_arrival", 6, 2),
    ]
    assert places["Bore store"] not in themes.by_location


def test_each_location_shows_its_most_instructive_visits_newest_first(coaching_db) -> None:
    db, ids = coaching_db
    aalto, bore = report_data.coaching_locations(db, EncounterFilter().reported(), limit=2)
    assert (aalto.name, aalto.visits, aalto.needs_coaching, aalto.best_practice) == (
        "Aalto store",
        6,
        4,
        2,
    )
    # Best practice first, then needs coaching; each newest first.
    assert [c.id for c in aalto.cases] == [ids["v6"], ids["v1"], ids["v4"], ids["v2"]]
    assert aalto.more == 2
    assert [c.id for c in bore.cases] == [ids["w1"]] and bore.more == 0
    one = report_data.coaching_locations(db, EncounterFilter().reported(), limit=1)[0]
    assert [c.id for c in one.cases] == [ids["v1"], ids["v4"]]  # notes before the newer v6
    every = report_data.coaching_locations(db, EncounterFilter().reported(), limit=None)[0]
    assert [c.id for c in every.cases] == [ids[n] for n in ("v6", "v1", "v5", "v4", "v3", "v2")]
    assert every.more == 0


def test_cases_list_partly_earned_answers_with_their_points(coaching_db) -> None:
    db, ids = coaching_db
    aalto = report_data.coaching_locations(db, EncounterFilter().reported(), limit=None)[0]
    v2 = next(c for c in aalto.cases if c.id == ids["v2"])
    missed = {a.question_id: (a.earned, a.possible, a.value) for a in v2.failed}
    assert missed == {
        "greeted_on_arrival": (0.0, 2.0, False),
        "smile": (1.5, 2.0, 4),
        "helped": (1.0, 3.0, "partly"),
    }
    assert next(c for c in aalto.cases if c.id == ids["v1"]).failed == []


# --- the PDF ----------------------------------------------------------------------------------


def test_coaching_pdf_shows_themes_partial_answers_and_what_was_left_out(coaching_db) -> None:
    db, ids = coaching_db
    pdf = build_coaching(db, EncounterFilter(), generated=NOW, limit=2)
    text = text_of(pdf)
    assert "Coaching themes" in text
    assert "5 of 8 62,5 % 30,6–86,3 %" in text
    assert "1 question answered fewer than 5 times is left out." in text
    assert "Were you helped with what you came for? — Partly (1 of 3)" in text
    assert "— 4 of 1–5" in text and "(1,5 of 2)" in text
    assert "… and 2 more needs-coaching visits at this location." in text
    assert ids["v3"] not in text and ids["v5"] not in text and ids["v4"] in text
    # Prompts from Aalto's own most-missed behaviour, and a sign-off block to fill in.
    assert "fell short in 4 of 6 visits (66,7 %)" in text
    assert "Agreed actions and sign-off" in text and "Store manager" in text


def test_the_outline_has_a_bookmark_per_section_and_location(coaching_db) -> None:
    """Read back with pypdf: the themes, each location, and each location's sections, each
    pointing at the page that shows it (the headings' bookmarks: reports/styles.py)."""
    db, _ = coaching_db
    pdf = build_coaching(db, EncounterFilter(), generated=NOW)
    reader = PdfReader(io.BytesIO(pdf))
    pages = page_texts(pdf)
    outline = reader.outline
    top = [item for item in outline if not isinstance(item, list)]
    children = {
        outline[index - 1].title: [entry.title for entry in item]
        for index, item in enumerate(outline)
        if isinstance(item, list)
    }
    assert [entry.title for entry in top] == [
        "At a glance",
        "Coaching themes: the behaviours most often missed",
        "Aalto store",
        "Bore store",
    ]
    assert children["Coaching themes: the behaviours most often missed"] == [
        "Most missed at each location"
    ]
    assert children["Aalto store"] == [
        "Most missed here",
        "Worth repeating",
        "To practise",
        "For discussion",
        "Agreed actions and sign-off",
    ]
    assert "Worth repeating" not in children["Bore store"]  # no best practice there
    for entry in top[1:]:
        page = pages[reader.get_destination_page_number(entry)]
        assert f"mysteryshop {entry.title} " in page or page.startswith(entry.title), entry.title
    page_of = {e.title: reader.get_destination_page_number(e) for e in top}
    assert page_of["Coaching themes: the behaviours most often missed"] < page_of["Aalto store"]
    assert page_of["Aalto store"] < page_of["Bore store"]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, shipped_forms: list[Form]) -> Database:
    from mysteryshop.store.opening import open_database

    folder = tmp_path_factory.mktemp("coaching-demo")
    database = open_database(f"sqlite:///{folder / 'demo.sqlite3'}")
    data = demo.generate(shipped_forms, encounters=400, seed=3, now=NOW)
    queries.bulk_add_encounters(database, data.encounters, data.locations, shipped_forms)
    return database


def test_cards_are_never_split_and_headings_never_end_a_page(demo_db: Database) -> None:
    """Every card's id line and the end of its notes on one page; no page ends with a
    heading. (Without KeepTogether, cards of 400 demo visits split across pages.)"""
    pdf = build_coaching(demo_db, EncounterFilter(), generated=NOW, limit=None)
    pages = page_texts(pdf)
    shown = [
        case
        for place in report_data.coaching_locations(demo_db, EncounterFilter().reported(), None)
        for case in place.cases
    ]
    assert len(shown) > 30
    for case in shown:
        where = [i for i, page in enumerate(pages) if f"visit {case.id}" in page]
        assert len(where) == 1, case.id
        ending = re.sub(r"\s+", " ", (case.reviewer_note or case.notes)).strip()[-25:]
        assert ending in pages[where[0]], case.id
    headings = ("Worth repeating", "To practise", "For discussion", "Most missed here")
    for number, page in enumerate(pages, start=1):
        body = page.rsplit(" page ", 1)[0].strip()
        assert not body.endswith(headings), number


def test_a_location_without_tagged_visits_still_gets_its_themes_and_sign_off(
    coaching_db,
) -> None:
    db, _ = coaching_db
    text = text_of(build_coaching(db, EncounterFilter(tag="no-such-tag"), generated=NOW))
    assert "No visits in this period." in text
    bore = text_of(build_coaching(db, EncounterFilter(location="Bore store"), generated=NOW))
    assert "No question was answered here at least 5 times and missed." in bore
    assert "Agreed actions and sign-off" in bore


def test_coaching_report_in_finnish(coaching_db) -> None:
    db, _ = coaching_db
    text = text_of(
        build_report("coaching", db, EncounterFilter(), options=ReportOptions(lang="fi"))
    )
    assert "Valmennusraportti" in text
    assert "62,5 %" in text and "Osittain (1/3)" in text and "(1,5/2)" in text


# --- JSON and the command line ----------------------------------------------------------------


def test_json_carries_the_figures_the_pdf_prints(coaching_db) -> None:
    db, ids = coaching_db
    figures = json.loads(build_coaching_json(db, EncounterFilter(), limit=2))
    assert (figures["format"], figures["format_version"]) == ("mysteryshop-coaching", 1)
    assert figures["period"] == {
        "from": "2026-11-01",
        "to": "2026-11-08",
        "days": 8,
        "kind": "custom",
        "to_date": False,
        "visits": 8,
    }
    assert figures["left_out"] == {} and figures["filter"]["statuses"] == ["submitted", "approved"]
    assert figures["themes"][0] == {
        "form": "service-encounter",
        "question_id": "smile",
        "question": "How would you describe the staff member's smile?",
        "missed": 5,
        "none": 1,
        "n": 8,
        "share": 62.5,
        "low": pytest.approx(30.57, abs=0.01),
        "high": pytest.approx(86.32, abs=0.01),
    }
    assert [q["question_id"] for q in figures["themes"]] == [
        "smile",
        "greeted_on_arrival",
        "helped",
        "said_goodbye",
        "treated_with_respect",
    ]
    aalto = figures["locations"][0]
    assert (aalto["name"], aalto["visits"], aalto["shown"], aalto["more"]) == (
        "Aalto store",
        6,
        4,
        2,
    )
    assert [c["id"] for c in aalto["cases"]] == [ids["v6"], ids["v1"], ids["v4"], ids["v2"]]
    v2 = aalto["cases"][3]
    assert v2["date"].startswith("2026-11-02T14:05")
    assert {(m["question_id"], m["earned"], m["possible"]) for m in v2["missed"]} == {
        ("greeted_on_arrival", 0.0, 2.0),
        ("smile", 1.5, 2.0),
        ("helped", 1.0, 3.0),
    }
    assert "cashier" not in json.dumps(figures)  # no staff descriptions or notes in the data


def test_cli_writes_json_to_stdout_and_bounds_visits(capsys, coaching_db, tmp_path: Path) -> None:
    db, ids = coaching_db
    assert main(["report", "coaching", "--format", "json", "-o", "-", "--limit", "1",
                 "--database-url", db.url]) == 0  # fmt: skip
    figures = json.loads(capsys.readouterr().out)
    assert [c["id"] for c in figures["locations"][0]["cases"]] == [ids["v1"], ids["v4"]]
    out = tmp_path / "all.json"
    assert main(["report", "coaching", "--format", "json", "-o", str(out), "--all",
                 "--database-url", db.url]) == 0  # fmt: skip
    assert f"wrote the coaching figures to {out}" in capsys.readouterr().out
    every = json.loads(out.read_text(encoding="utf-8"))
    assert every["cases_per_location"] is None and every["minimum_answers"] == 5
    assert every["locations"][0]["shown"] == 6
    pdf = tmp_path / "c.pdf"
    assert main(["report", "coaching", "-o", str(pdf), "--all", "--database-url", db.url]) == 0
    assert ids["v5"] in text_of(pdf.read_bytes())
    capsys.readouterr()
    # --min-visits: how many answers a behaviour needs (each question here has 8).
    assert main(["report", "coaching", "--format", "json", "-o", "-", "--min-visits", "9",
                 "--database-url", db.url]) == 0  # fmt: skip
    strict = json.loads(capsys.readouterr().out)
    assert strict["minimum_answers"] == 9 and strict["themes"] == []


@pytest.mark.parametrize(
    "args",
    [
        ["--all", "--limit", "2", "-o", "x.pdf"],
        ["--limit", "0", "-o", "x.pdf"],
        ["--format", "json", "--per-location", "dir", "-o", "x.json"],
        ["--format", "json"],
    ],
)
def test_cli_refuses_wrong_use_with_exit_2(capsys, tmp_path: Path, args: list[str]) -> None:
    assert main(["report", "coaching", "--data-dir", str(tmp_path), *args]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.json").exists()


def test_help_names_the_default_limit(capsys) -> None:
    assert COACHING_CASES == report_data.CASES_PER_LOCATION
    with pytest.raises(SystemExit):
        main(["report", "coaching", "--help"])
    help_text = re.sub(r"\s+", " ", capsys.readouterr().out)
    assert f"default: {COACHING_CASES}" in help_text and "--all" in help_text
