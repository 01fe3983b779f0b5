"""Moments worth repeating (issue 16, item 6): which visits are moments (reported, tagged best
practice, or clearly uplifted with notes), their order, paging and totals, the filters, the
best N per location, the staff rule shared with the coaching report, the PDF read back with
pypdf, and `mysteryshop report moments`. Checked against a small database whose answers are
worked out by hand below."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import update

from mysteryshop.cli import MOMENTS_SHOWN, main
from mysteryshop.forms import Form
from mysteryshop.reports import ReportOptions, build_report
from mysteryshop.reports.coaching import build_coaching
from mysteryshop.reports.common import shows_staff
from mysteryshop.reports.moments import build_moments
from mysteryshop.store import moments
from mysteryshop.store.db import Database
from mysteryshop.store.models import Encounter
from mysteryshop.store.queries import bulk_add_encounters
from mysteryshop.store.records import EncounterData, EncounterFilter, LocationData, new_id

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
HELSINKI = timezone(timedelta(hours=2))
BP, NC = "best-practice", "needs-coaching"


@dataclass(frozen=True)
class Visit:
    """One visit of the service-encounter form in November 2026: its day, place, status,
    feeling (−2 … +2), tags and notes; `calibration` and `trashed` keep it out of reports."""

    name: str
    location: str
    day: int
    feeling: int
    tags: tuple[str, ...] = ()
    notes: str = ""
    status: str = "submitted"
    calibration: str | None = None
    trashed: bool = False
    reviewer_note: str = ""


VISITS = (
    #     Aalto store
    Visit("a1", "Aalto store", 1, 1, (BP,), "a1 offered a chair to my mother", reviewer_note="r1"),
    Visit("a2", "Aalto store", 2, 0, (BP,), status="approved"),  # tagged, no notes: a moment
    Visit("a3", "Aalto store", 3, 2, (), "a3 remembered my name"),  # uplifted with notes
    Visit("a4", "Aalto store", 4, 2),  # clearly uplifted, but nothing to tell: not a moment
    Visit("a5", "Aalto store", 5, 1, (), "a5 fine"),  # somewhat uplifted, untagged: not one
    Visit("a6", "Aalto store", 6, 2, (BP,), "a6 draft", status="draft"),  # a draft: not one
    Visit("a7", "Aalto store", 7, 2, (), "a7 returned", status="returned"),  # not reported
    Visit("a8", "Aalto store", 8, 2, (BP,), "a8 calibration", calibration="s1"),  # not one
    Visit("a9", "Aalto store", 9, 2, (), "a9 in the trash", trashed=True),  # not one
    #     Bore store
    Visit("b1", "Bore store", 10, 2, (NC,), "b1 uplifted though coached"),  # a moment
    Visit("b2", "Bore store", 11, -1, (), "b2 ignored"),  # reported, not a moment
)
MOMENTS_NEWEST_FIRST = ["b1", "a3", "a2", "a1"]


@pytest.fixture
def moments_db(db: Database, shipped_forms: list[Form]) -> tuple[Database, dict[str, str]]:
    """The visits above in a real database; returns it and each visit's id by name."""
    places = {
        name: LocationData(new_id(), name, "Uusimaa") for name in ("Aalto store", "Bore store")
    }
    encounters, ids, trashed = [], {}, []
    for visit in VISITS:
        answers: dict[str, Any] = {
            "greeted_on_arrival": True,
            "smile": 5,
            "helped": "fully",
            "said_goodbye": True,
            "treated_with_respect": True,
            "feeling": visit.feeling,
        }
        encounter = EncounterData(
            id=new_id(),
            form_id="service-encounter",
            form_version=1,
            location_id=places[visit.location].id,
            visited_at=datetime(2026, 11, visit.day, 14, 5, tzinfo=HELSINKI),
            observer="mika",
            staff=f"cashier {visit.name}",
            status=visit.status,
            answers=answers,
            na=["acknowledged_while_busy"],
            notes=visit.notes,
            tags=list(visit.tags),
            calibration=visit.calibration,
            reviewer_note=visit.reviewer_note,
        )
        if visit.status == "approved":
            encounter.reviewed_by, encounter.reviewed_at = "trainer", NOW
        if visit.status == "returned":
            encounter.return_reason = "the timer is missing"
        encounters.append(encounter)
        ids[visit.name] = encounter.id
        if visit.trashed:
            trashed.append(encounter.id)
    bulk_add_encounters(db, encounters, list(places.values()), shipped_forms[:1])
    with db.write() as session:  # the trash is another part's; its column is enough here
        session.execute(update(Encounter).where(Encounter.id.in_(trashed)).values(deleted_at=NOW))
    return db, ids


def names(found: list[Any], ids: dict[str, str]) -> list[str]:
    by_id = {eid: name for name, eid in ids.items()}
    return [by_id[m.id] for m in found]


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


# --- which visits, in which order -------------------------------------------------------------


def test_moments_are_reported_visits_tagged_best_practice_or_clearly_uplifted_with_notes(
    moments_db,
) -> None:
    db, ids = moments_db
    page = moments.find_moments(db, EncounterFilter())
    assert names(page.moments, ids) == MOMENTS_NEWEST_FIRST
    assert page.total == 4
    first = page.moments[-1]  # a1: everything a card shows
    assert first.notes == "a1 offered a chair to my mother"
    assert first.reviewer_note == "r1" and first.staff == "cashier a1"
    assert first.tags == [BP] and first.feeling == 1 and first.location == "Aalto store"
    assert first.visited_at.utcoffset() == timedelta(hours=2)  # the observer's own clock
    assert page.moments[0].tags == [NC]  # b1: its tags as they are


def test_the_ns(moments_db) -> None:
    """Reported visits: Aalto a1–a5 and Bore b1–b2 (the draft, the returned one, the
    calibration visit and the trashed one are not reported): 7, of which 4 are moments."""
    db, _ = moments_db
    assert moments.reported_visits(db, EncounterFilter()) == 7
    assert moments.count_moments(db, EncounterFilter()) == 4


def test_pages_carry_the_total_and_a_page_past_the_end_still_counts(moments_db) -> None:
    db, ids = moments_db
    first = moments.find_moments(db, EncounterFilter(), limit=3)
    rest = moments.find_moments(db, EncounterFilter(), limit=3, offset=3)
    past = moments.find_moments(db, EncounterFilter(), limit=3, offset=30)
    assert names(first.moments, ids) + names(rest.moments, ids) == MOMENTS_NEWEST_FIRST
    assert first.total == rest.total == past.total == 4 and past.moments == []


@pytest.mark.parametrize(
    ("f", "expected"),
    [
        (EncounterFilter(text="CHAIR"), ["a1"]),  # the notes, any case
        (EncounterFilter(text="cashier b1"), ["b1"]),  # the staff description
        (EncounterFilter(text="bore"), ["b1"]),  # the location's name
        (EncounterFilter(text="r1"), ["a1"]),  # the reviewer's note
        (EncounterFilter(location="Aalto store"), ["a3", "a2", "a1"]),
        (
            EncounterFilter(
                date_from=datetime(2026, 11, 2, tzinfo=HELSINKI),
                date_to=datetime(2026, 11, 4, tzinfo=HELSINKI),
            ),
            ["a3", "a2"],
        ),
        (EncounterFilter(statuses=("approved",)), ["a2"]),  # a status asked for
        (EncounterFilter(calibration="s1"), ["a8"]),  # a calibration session, when named
        (EncounterFilter(text="nothing like this"), []),
    ],
)
def test_filters_narrow_the_moments(moments_db, f: EncounterFilter, expected: list[str]) -> None:
    db, ids = moments_db
    page = moments.find_moments(db, f)
    assert names(page.moments, ids) == expected and page.total == len(expected)


def test_each_location_shows_its_best_first_and_says_how_many_more(moments_db) -> None:
    """Best first: tagged best practice (a1 with notes before a2 without), then the clearly
    uplifted (a3); Bore's one moment; each with its reported visits."""
    db, ids = moments_db
    places = moments.moments_by_location(db, EncounterFilter(), per_location=2)
    assert [(p.name, p.visits, p.total, p.more) for p in places] == [
        ("Aalto store", 5, 3, 1),
        ("Bore store", 2, 1, 0),
    ]
    assert names(places[0].moments, ids) == ["a1", "a2"]
    every = moments.moments_by_location(db, EncounterFilter(), per_location=None)
    assert names(every[0].moments, ids) == ["a1", "a2", "a3"]
    assert every[0].moments[0].tags == [BP]
    with pytest.raises(ValueError, match="1 or more"):
        moments.moments_by_location(db, EncounterFilter(), per_location=0)


# --- the staff rule ---------------------------------------------------------------------------


def test_staff_descriptions_show_where_the_coaching_report_shows_them(moments_db) -> None:
    """One rule (reports.common.shows_staff) for the coaching report and the moments: staff
    unless anonymized."""
    db, _ = moments_db
    assert shows_staff(anonymize=False) and not shows_staff(anonymize=True)
    for anonymize in (False, True):
        coaching = text_of(build_coaching(db, EncounterFilter(), anonymize=anonymize))
        moments_pdf = text_of(build_moments(db, EncounterFilter(), anonymize=anonymize))
        assert ("cashier a1" in coaching) == shows_staff(anonymize)
        assert ("cashier a1" in moments_pdf) == shows_staff(anonymize)
        assert "a1 offered a chair" in moments_pdf  # notes stay as written


# --- the PDF ----------------------------------------------------------------------------------


def test_the_pdf_tells_the_stories_with_the_ns_grouped_by_location(moments_db) -> None:
    db, _ = moments_db
    pdf = build_moments(db, EncounterFilter(), per_location=2, generated=NOW)
    text = text_of(pdf)
    assert "4 moments worth repeating of 7 visits, at 2 locations" in text
    assert "3 moments of 5 visits" in text and "1 moment of 2 visits" in text
    for story in ("a1 offered a chair to my mother", "b1 uplifted though coached"):
        assert f"“{story}”" in text
    assert "a3 remembered my name" not in text  # Aalto shows its best 2 …
    assert "… and 1 more moment at this location." in text  # … and says so
    assert "No notes: tagged best practice by the reviewer." in text  # a2
    assert "+2 Clearly uplifted" in text and "Best practice" in text
    for left_out in ("a4", "a5 fine", "a6 draft", "a7", "a8", "a9", "b2 ignored"):
        assert f"{left_out} " not in text.replace("cashier ", "")
    reader = PdfReader(io.BytesIO(pdf))
    assert [entry.title for entry in reader.outline] == ["Aalto store", "Bore store"]
    assert text.index("Aalto store Uusimaa · 3 moments") < text.index("Bore store Uusimaa · 1")


def test_an_empty_period_is_one_clear_page(moments_db) -> None:
    db, _ = moments_db
    empty = EncounterFilter(
        date_from=datetime(2025, 1, 1, tzinfo=HELSINKI),
        date_to=datetime(2025, 2, 1, tzinfo=HELSINKI),
    )
    reader = PdfReader(io.BytesIO(build_moments(db, empty)))
    assert len(reader.pages) == 1
    text = text_of(build_moments(db, empty))
    assert "0 moments worth repeating of 0 visits" in text and "No visits in this period." in text
    only_b2 = EncounterFilter(location="Bore store", text="ignored")
    text = text_of(build_moments(db, only_b2))
    assert "of 1 visit" in text and "No moments worth repeating in this period." in text


def test_long_notes_in_finnish(db: Database, shipped_forms: list[Form]) -> None:
    """A long Finnish story is cut with a pointer to the visit report; the words are
    Finnish."""
    place = LocationData(new_id(), "Äänekosken myymälä", "Keski-Suomi")
    long_note = "Myyjä huomasi, että olin epävarma, ja kysyi rauhassa, mitä tarvitsin. " * 30
    encounter = EncounterData(
        id=new_id(),
        form_id="service-encounter",
        form_version=1,
        location_id=place.id,
        visited_at=datetime(2026, 11, 3, 10, 0, tzinfo=HELSINKI),
        status="approved",
        answers={
            "greeted_on_arrival": True,
            "smile": 5,
            "helped": "fully",
            "said_goodbye": True,
            "treated_with_respect": True,
            "feeling": 2,
        },
        na=["acknowledged_while_busy"],
        notes=long_note,
        tags=[BP],
        reviewed_by="trainer",
        reviewed_at=NOW,
    )
    bulk_add_encounters(db, [encounter], [place], shipped_forms[:1])
    pdf = build_report("moments", db, EncounterFilter(), options=ReportOptions(lang="fi"))
    text = text_of(pdf)
    assert "Äänekosken myymälä" in text and "Myyjä huomasi" in text
    assert long_note.strip() not in text  # cut …
    assert "käyntiraportissa" in text  # … with the pointer, in Finnish
    assert "Toistamisen arvoiset hetket" in text


# --- the command line -------------------------------------------------------------------------


def test_cli_writes_the_moments_report(capsys, moments_db, tmp_path: Path) -> None:
    db, _ = moments_db
    out = tmp_path / "moments.pdf"
    given = ["report", "moments", "-o", str(out), "--database-url", db.url]
    assert main([*given, "--search", "chair", "--limit", "1"]) == 0
    assert f"wrote the moments report to {out}" in capsys.readouterr().out
    text = text_of(out.read_bytes())
    # The n's are of the visits the search finds.
    assert "1 moment worth repeating of 1 visit" in text and "a1 offered a chair" in text
    assert main([*given, "--all", "--location", "Aalto store", "--anonymize"]) == 0
    text = text_of(out.read_bytes())
    assert "a3 remembered my name" in text and "cashier" not in text
    folder = tmp_path / "per"
    given = ["report", "moments", "--per-location", str(folder), "--database-url", db.url]
    assert main(given) == 0
    files = sorted(path.name for path in folder.iterdir())
    assert files == ["moments-Aalto-store.pdf", "moments-Bore-store.pdf"]
    bore = text_of((folder / "moments-Bore-store.pdf").read_bytes())
    assert "Moments worth repeating: Bore store" in bore and "a1 offered" not in bore


def test_cli_refuses_bad_input_with_a_reason(capsys, moments_db, tmp_path: Path) -> None:
    db, _ = moments_db
    out = tmp_path / "x.pdf"
    given = ["report", "moments", "-o", str(out), "--database-url", db.url]
    assert main([*given, "--location", "Alto store"]) == 1
    err = capsys.readouterr().err
    assert "no location named 'Alto store' (closest: Aalto store, Bore store)" in err
    assert "Traceback" not in err and not out.exists()
    assert main([*given, "--limit", "0"]) == 2
    assert main(["report", "moments", "-o", "-", "--database-url", db.url]) == 2
    assert not out.exists()


def test_help_names_the_default_number(capsys) -> None:
    assert MOMENTS_SHOWN == moments.PER_LOCATION
    with pytest.raises(SystemExit):
        main(["report", "moments", "--help"])
    help_text = re.sub(r"\s+", " ", capsys.readouterr().out)
    assert f"default: {MOMENTS_SHOWN}" in help_text and "--search" in help_text


def test_a_page_is_one_query_and_its_tags_one_more(moments_db) -> None:
    """The page and its total come from one statement (a window COUNT), the page's tags from
    one more: no query per moment, whatever the number of encounters."""
    from sqlalchemy import event

    db, _ = moments_db
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        page = moments.find_moments(db, EncounterFilter(), limit=3)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    selects = [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]
    assert len(page.moments) == 3 and page.total == 4
    assert len(selects) == 2, selects
