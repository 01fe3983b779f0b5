"""PDF reports (issue 4): real PDFs built from demo data and read back with pypdf. The
figures on the pages are compared with an independent computation from scoring.py; user
text prints literally; long notes flow; staff never appear in the summary."""

from __future__ import annotations

import dataclasses
import getpass
import io
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from pypdf import PdfReader
from test_scoring import encounters  # tests/ is on sys.path (rootdir conftest)

from mysteryshop import demo, reports, scoring
from mysteryshop.forms import Form
from mysteryshop.reports import styles
from mysteryshop.reports.coaching import build_coaching
from mysteryshop.reports.common import safe_file_stem, unique_names
from mysteryshop.reports.i18n import tn
from mysteryshop.reports.summary import build_summary
from mysteryshop.reports.visit import build_visit
from mysteryshop.store import queries, report_data
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import EncounterData, EncounterFilter, LocationData, new_id
from mysteryshop.vocabulary import REPORTED_STATUSES

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
HELSINKI = timezone(timedelta(hours=2))
STAFF_MARK = "staffdesc"
HOSTILE = (
    "x < y & z > w",
    "<b>bold without end",
    '<img src="/etc/passwd">',
    "<font color=\"[[[os.system('x')]]]\">red</font>",
    '<a href="file:///etc/passwd">x</a>',
)


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_db(
    tmp_path_factory: pytest.TempPathFactory, shipped_forms: list[Form]
) -> Iterator[Database]:
    """300 demo encounters; every staff description carries a marker so that tests can tell
    staff descriptions from notes that mention a cashier."""
    folder = tmp_path_factory.mktemp("reports-db")
    db = open_database(f"sqlite:///{folder / 'demo.sqlite3'}")
    data = demo.generate(shipped_forms, encounters=300, seed=1, now=NOW)
    for index, encounter in enumerate(data.encounters):
        encounter.staff = f"{STAFF_MARK}{index:04d} {encounter.staff}".strip()
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    yield db
    db.close()


@pytest.fixture(scope="module")
def summary_pdf(demo_db: Database) -> bytes:
    return build_summary(demo_db, EncounterFilter(), generated=NOW)


def text_of(pdf: bytes, pages: slice | None = None) -> str:
    """The text of the pages, with line breaks and no-break spaces made plain spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    chosen = reader.pages if pages is None else reader.pages[pages]
    text = "\n".join(page.extract_text() or "" for page in chosen)
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def reported_encounters(db: Database, f: EncounterFilter | None = None) -> list[EncounterData]:
    f = f or EncounterFilter()
    return list(queries.iter_encounters(db, dataclasses.replace(f, statuses=REPORTED_STATUSES)))


def scored(db: Database, encounter: EncounterData) -> scoring.EncounterScore:
    form = queries.get_form(db, encounter.form_id, encounter.form_version)
    return scoring.score_encounter(form, encounter.answers, encounter.na)


# English reports follow Finland's region (en_FI): a decimal comma, thousands by a space.


def pct(value: float) -> str:
    return f"{value:.1f} %".replace(".", ",")


def signed(value: float) -> str:
    text = f"{value:.1f}".replace(".", ",")
    if text in ("0,0", "-0,0"):
        return "0,0"
    return "+" + text if value > 0 else "\u2212" + text.lstrip("-")


def count(value: int) -> str:
    return f"{value:,}".replace(",", " ")


# --- numbers ----------------------------------------------------------------------------------


def test_numbers_are_rounded_to_one_decimal_and_uplift_is_signed() -> None:
    assert styles.format_percent(86.25) == "86,2\u00a0%"  # the same rounding as f"{:.1f}"
    assert styles.format_percent(None) == "—"
    assert styles.format_signed(42) == "+42,0"
    assert styles.format_signed(-12.04) == "\u221212,0"
    assert styles.format_signed(-0.04) == "0,0"
    assert styles.format_points(34.5) == "34,5"
    assert styles.format_points(40.0) == "40"
    assert styles.format_seconds(185) == "3 min 05 s"


def test_summary_headline_figures_equal_an_independent_computation(
    demo_db: Database, summary_pdf: bytes
) -> None:
    encounters = reported_encounters(demo_db)
    results = [scored(demo_db, e) for e in encounters]
    scores = [r.score for r in results if r.score is not None]
    uplift = scoring.net_uplift(r.feeling for r in results)
    critical = sum(r.critical_fail for r in results)
    assert uplift is not None
    cover = text_of(summary_pdf, slice(0, 1))
    assert "Headline figures" in cover
    assert f"Visits {count(len(encounters))}" in cover
    assert f"Average score {pct(sum(scores) / len(scores))}" in cover
    assert f"Net Uplift {signed(uplift)}" in cover
    assert f"Critical failures {critical}" in cover


def test_summary_location_ranking_matches_scoring(demo_db: Database, summary_pdf: bytes) -> None:
    by_location: dict[str, list[float]] = {}
    for encounter in reported_encounters(demo_db):
        score = scored(demo_db, encounter).score
        if score is not None:
            by_location.setdefault(encounter.location_id, []).append(score)
    names = {loc.id: loc.name for loc in queries.list_locations(demo_db)}
    text = text_of(summary_pdf)
    assert "Locations" in text
    for location_id, scores in by_location.items():
        assert f"{names[location_id]} " in text
        assert pct(sum(scores) / len(scores)) in text


def test_question_by_question_is_weakest_first_and_matches_scoring(
    demo_db: Database, summary_pdf: bytes
) -> None:
    sums: dict[tuple[str, int, str], list[float]] = {}
    for encounter in reported_encounters(demo_db):
        for question_id, result in scored(demo_db, encounter).questions.items():
            if result.points is not None:
                key = (encounter.form_id, encounter.form_version, question_id)
                total = sums.setdefault(key, [0.0, 0.0])
                total[0] += result.points.earned
                total[1] += result.points.possible
    expected = {key: e / p * 100 for key, (e, p) in sums.items() if p > 0}
    rows = [
        r
        for r in report_data.question_figures(demo_db, EncounterFilter(statuses=REPORTED_STATUSES))
        if r.score is not None
    ]
    assert {(r.form_id, r.form_version, r.question_id) for r in rows} == set(expected)
    for row in rows:
        assert row.score == pytest.approx(
            expected[(row.form_id, row.form_version, row.question_id)]
        )
    assert [r.score for r in rows] == sorted(r.score for r in rows)
    text = text_of(summary_pdf)
    start = text.index("Question by question")
    section = text[start : text.index("Moments worth repeating", start)]
    positions = [section.index(pct(row.score), 0) for row in rows[:3]]
    assert positions == sorted(positions)
    for value in expected.values():
        assert pct(value) in section


def test_summary_feeling_distribution_counts_every_feeling(
    demo_db: Database, summary_pdf: bytes
) -> None:
    feelings = [scored(demo_db, e).feeling for e in reported_encounters(demo_db)]
    counts = {value: sum(1 for f in feelings if f == value) for value in range(-2, 3)}
    text = text_of(summary_pdf)
    total = sum(counts.values())
    for value, n in counts.items():
        assert f"{count(n)} ({pct(n / total * 100)})" in text, value
    uplifted = counts[1] + counts[2]
    assert f"Uplifted: {count(uplifted)} ({pct(uplifted / total * 100)})" in text


def test_a_custom_range_compares_with_as_many_days_just_before(demo_db: Database) -> None:
    start = datetime(2026, 6, 1, tzinfo=HELSINKI)
    end = datetime(2026, 9, 1, tzinfo=HELSINKI)
    f = EncounterFilter(date_from=start, date_to=end)
    previous = EncounterFilter(date_from=start - (end - start), date_to=start)
    now_visits = len(reported_encounters(demo_db, f))
    before = len(reported_encounters(demo_db, previous))
    assert now_visits and before
    pdf = build_summary(demo_db, f, generated=NOW)
    cover = text_of(pdf, slice(0, 1))
    delta = now_visits - before
    sign = "+" if delta > 0 else "−" if delta < 0 else "±"
    assert f"Visits {now_visits:,} " in cover
    assert f"{sign}{abs(delta):,} vs previous" in cover
    assert "1 Jun 2026 – 31 Aug 2026 (92 days)" in cover
    assert (
        f"Compared with 1 Mar 2026 – 31 May 2026 (92 days) · {before} visits: the same number "
        "of days just before" in cover
    )


def test_summary_has_page_numbers_and_clean_metadata(summary_pdf: bytes, tmp_path: Path) -> None:
    reader = PdfReader(io.BytesIO(summary_pdf))
    total = len(reader.pages)
    assert total >= 5
    for number, page in enumerate(reader.pages, start=1):
        assert f"page {number} of {total}" in (page.extract_text() or "")
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Summary report"
    assert meta.author == "mysteryshop"
    assert meta.subject and meta.subject.startswith("Mystery shopping summary")
    values = " ".join(str(value) for value in meta.values())
    for private in (getpass.getuser(), str(Path.home()), str(tmp_path), "/tmp"):
        assert private not in values


def test_summary_header_and_footer_name_the_report_period_and_date(summary_pdf: bytes) -> None:
    second = text_of(summary_pdf, slice(1, 2))
    assert "Summary report" in second
    assert "Generated 20 Nov 2026" in second
    assert re.search(r"\d{1,2} \w{3} 2025 – \d{1,2} \w{3} 2026", second)


def test_summary_never_shows_staff_descriptions_or_observers(
    demo_db: Database, summary_pdf: bytes
) -> None:
    text = text_of(summary_pdf)
    assert STAFF_MARK not in text
    observers = {e.observer for e in reported_encounters(demo_db) if e.observer}
    assert not [alias for alias in observers if alias in text]
    assert "Moments worth repeating" in text and "Worst experiences" in text


def test_summary_fonts_are_the_embedded_dejavu_only(summary_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(summary_pdf))
    fonts = set()
    for page in reader.pages:
        resources = page["/Resources"]
        for font in resources.get("/Font", {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("DejaVuSans" in name for name in fonts), fonts
    assert b"/FontFile2" in summary_pdf  # the TrueType program is embedded


def test_summary_page_renders_to_a_non_blank_image(summary_pdf: bytes, tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: cannot render pages")
    from PIL import Image

    source = tmp_path / "summary.pdf"
    source.write_bytes(summary_pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(source), str(tmp_path / "p")],
        check=True,
        timeout=60,
    )
    (png,) = tmp_path.glob("p*.png")
    with Image.open(png) as image:
        histogram = image.convert("L").histogram()
    pixels = sum(histogram)
    assert sum(histogram[:100]) > 0  # some ink
    assert sum(histogram[:200]) > pixels * 0.01  # more than a speck


# --- the visit report -------------------------------------------------------------------------


def _visit_with_na_and_hidden(db: Database) -> EncounterData:
    """A scored encounter where a scored question is N/A and another is hidden."""
    for encounter in reported_encounters(db):
        form = queries.get_form(db, encounter.form_id, encounter.form_version)
        result = scored(db, encounter)
        states = {result.questions[q.id].state for q in form.answerable() if q.scored}
        if {"na", "hidden"} <= states and result.score is not None:
            return encounter
    raise AssertionError("no demo encounter with both N/A and hidden questions")


def test_visit_report_shows_the_score_its_computation_and_every_answer(demo_db: Database) -> None:
    encounter = _visit_with_na_and_hidden(demo_db)
    result = scored(demo_db, encounter)
    form = queries.get_form(demo_db, encounter.form_id, encounter.form_version)
    pdf = build_visit(demo_db, encounter.id, generated=NOW)
    text = text_of(pdf)
    location = queries.locations_of(demo_db, [encounter.location_id])[0]
    assert location.name in text
    assert pct(result.score or 0) in text
    earned = styles.format_points(result.total.earned)
    possible = styles.format_points(result.total.possible)
    assert f"{earned} of {possible} points possible = {pct(result.score or 0)}" in text
    na = sum(1 for q in form.answerable() if q.scored and result.questions[q.id].state == "na")
    hidden = sum(
        1 for q in form.answerable() if q.scored and result.questions[q.id].state == "hidden"
    )
    assert f"{na} question{'s' if na > 1 else ''} N/A" in text
    assert f"{hidden} hidden" in text
    for question_id, outcome in result.questions.items():
        if outcome.points is not None:
            points = outcome.points
            cell = (
                f"{styles.format_points(points.earned)} of {styles.format_points(points.possible)}"
            )
            assert cell in text, question_id
    assert text.count("N/A") >= na
    assert "not asked (hidden)" in text
    # The observer's alias only when asked: the report may reach the store.
    assert encounter.observer and encounter.observer not in text
    assert encounter.observer in text_of(build_visit(demo_db, encounter.id, with_observer=True))
    assert STAFF_MARK in text
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None and meta.title.startswith("Visit report: ")
    for section_id, ratio in result.sections.items():
        if ratio.possible > 0:
            assert pct(ratio.score or 0) in text, section_id


def test_visit_report_highlights_critical_failures_and_the_timeline(demo_db: Database) -> None:
    encounter = next(
        e for e in reported_encounters(demo_db) if scored(demo_db, e).critical_fail and e.timer
    )
    text = text_of(build_visit(demo_db, encounter.id, generated=NOW))
    assert "Critical failure" in text
    assert "critical failure" in text
    assert "Timeline" in text and "Arrived" in text
    arrived = encounter.timer["arrived"]
    assert f"{arrived.hour}.{arrived.minute:02d}.{arrived.second:02d}" in text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(encounters())
def test_visit_report_and_scoring_agree_on_every_question(
    encounter: tuple[Form, dict[str, Any], list[str]],
) -> None:
    """The visit report takes each question's state and critical failure from scoring, over
    the points the store kept (here: what saving would store), for any form and answers."""
    from mysteryshop.reports import visit

    form, answers, na = encounter
    result = scoring.score_encounter(form, answers, na)
    stored = {
        qid: (r.points.earned, r.points.possible)
        for qid, r in result.questions.items()
        if r.points is not None
    }
    details = report_data.VisitDetails(
        encounter=EncounterData(
            id=new_id(),
            form_id=form.id,
            form_version=form.version,
            location_id="here",
            visited_at=NOW,
            answers=answers,
            na=na,
            score=result.score,
            critical_fail=result.critical_fail,
        ),
        location=LocationData("here", "Here", None),
        form=form,
        form_title="Test form",
        scores=report_data.StoredScores(
            earned=result.total.earned,
            possible=result.total.possible,
            points=stored,
            sections={k: (r.earned, r.possible) for k, r in result.sections.items() if r.possible},
            dimensions={k: (r.earned, r.possible) for k, r in result.dimensions.items()},
        ),
    )
    shown = visit.question_results(details)
    assert {qid: r.state for qid, r in shown.items()} == {
        qid: r.state for qid, r in result.questions.items()
    }
    assert tuple(qid for qid, r in shown.items() if r.critical_failed) == result.critical_failures
    for qid, r in shown.items():
        assert r.points == result.questions[qid].points
    line = visit.computation_line(details)
    na_scored = sum(1 for q in form.answerable() if q.scored and shown[q.id].state == "na")
    if result.total.possible > 0 and na_scored:
        assert tn(na_scored, "{n} question N/A", "{n} questions N/A") in line
    assert visit.render(details)  # every state and type lays out


def test_anonymized_visit_report_has_no_observer_or_staff(demo_db: Database) -> None:
    encounter = next(e for e in reported_encounters(demo_db) if e.observer and e.staff)
    text = text_of(build_visit(demo_db, encounter.id, anonymize=True, generated=NOW))
    assert STAFF_MARK not in text
    assert encounter.observer not in text


def test_visit_report_of_an_unknown_encounter_is_a_store_error(demo_db: Database) -> None:
    with pytest.raises(StoreError, match="no encounter with id nope"):
        build_visit(demo_db, "nope")


# --- the coaching report ----------------------------------------------------------------------


def test_coaching_report_says_it_is_for_coaching_and_shows_tagged_cases(demo_db: Database) -> None:
    pdf = build_coaching(demo_db, EncounterFilter(), generated=NOW, limit=None)
    text = text_of(pdf)
    cover = text_of(pdf, slice(0, 1))
    assert "contains staff descriptions" in cover and "coaching, not discipline" in cover
    tagged = [
        e for e in reported_encounters(demo_db) if {"best-practice", "needs-coaching"} & set(e.tags)
    ]
    assert tagged
    for encounter in tagged:
        marker = encounter.staff.split(" ")[0]
        assert marker in text
    untagged = [e for e in reported_encounters(demo_db) if not e.tags]
    assert untagged[0].staff.split(" ")[0] not in text
    assert "Answers that earned less than full points" in text
    assert "Needs coaching" in text and "Best practice" in text


def test_coaching_report_lists_the_answers_that_earned_less_than_full_points(
    demo_db: Database,
) -> None:
    """Nothing earned and partly earned alike ("Partly" helped: 1 of 3), with the points."""
    case = next(
        e
        for e in reported_encounters(demo_db)
        if "needs-coaching" in e.tags
        and any(
            r.points is not None and 0 < r.points.earned < r.points.possible
            for r in scored(demo_db, e).questions.values()
        )
    )
    form = queries.get_form(demo_db, case.form_id, case.form_version)
    location = queries.locations_of(demo_db, [case.location_id])[0]
    text = text_of(
        build_coaching(demo_db, EncounterFilter(location=location.id), generated=NOW, limit=None)
    )
    for question_id, result in scored(demo_db, case).questions.items():
        if result.points is not None and result.points.earned < result.points.possible:
            question = form.question(question_id)
            assert question is not None
            words = form.tr(question.text)
            assert words in text, question_id
            earned = styles.format_points(result.points.earned)
            assert f"({earned} of {styles.format_points(result.points.possible)})" in text


def test_anonymized_coaching_report_has_no_staff_or_observers(demo_db: Database) -> None:
    text = text_of(build_coaching(demo_db, EncounterFilter(), anonymize=True, generated=NOW))
    assert STAFF_MARK not in text
    assert "anonymized" in text.lower()
    observers = {e.observer for e in reported_encounters(demo_db) if e.observer}
    assert not [alias for alias in observers if f"observer {alias}" in text]


@pytest.mark.parametrize("build", [build_summary, build_coaching])
def test_anonymized_reports_give_visit_times_only_to_the_hour(
    demo_db: Database, build: Any
) -> None:
    """A minute can single out the observer on a shop's camera or rota: "14:00–15:00"."""
    plain = text_of(build(demo_db, EncounterFilter(), generated=NOW))
    anonymized = text_of(build(demo_db, EncounterFilter(), anonymize=True, generated=NOW))
    clock = re.compile(r"\b\d{1,2}[:.](\d{2})\b")
    assert any(minute != "00" for minute in clock.findall(plain))  # the cases have times
    assert clock.findall(anonymized) and set(clock.findall(anonymized)) == {"00"}


@pytest.mark.parametrize(
    ("language", "weekday", "klo"),
    [
        ("fi", r"(?:ma|ti|ke|to|pe|la|su)", "klo"),
        ("sv", r"(?:mån|tis|ons|tors|fre|lör|sön)", "kl\\."),
    ],
)
@pytest.mark.parametrize("kind", ["summary", "coaching", "moments"])
def test_a_visit_s_day_and_time_read_as_finnish_and_finland_swedish_write_them(
    demo_db: Database, kind: str, language: str, weekday: str, klo: str
) -> None:
    """LANGUAGE.md X09: 'ti 16.12.2025 klo 19.38', 'tis 16.12.2025 kl. 19.38': never the
    English comma, never a bare time after the date."""
    pdf = reports.build_report(
        kind, demo_db, EncounterFilter(), options=reports.ReportOptions(lang=language)
    )
    text = text_of(pdf)
    date_ = r"\d{1,2}\.\d{1,2}\.\d{4}"
    assert re.search(rf"\b{weekday} {date_} {klo} \d{{1,2}}\.\d{{2}}\b", text), kind
    assert not re.search(rf"{date_},? \d{{1,2}}\.\d{{2}}\b", text), kind


# --- user text is data ------------------------------------------------------------------------


@pytest.fixture
def small_db(db: Database, shipped_forms: list[Form]) -> Database:
    queries.store_form(db, shipped_forms[0])
    return db


def _add(
    db: Database,
    *,
    location: str = "Kamppi store",
    notes: str = "",
    staff: str = "cashier",
    observer: str = "mika",
    tags: tuple[str, ...] = ("needs-coaching",),
    could_be_better: str | None = None,
    reviewer_note: str = "",
    **fields: Any,
) -> EncounterData:
    """An encounter at a new location; `fields` set any other of EncounterData's."""
    place = LocationData(new_id(), location, "Uusimaa")
    answers: dict[str, Any] = {
        "greeted_on_arrival": True,
        "greeting_wait": 12,
        "smile": 4,
        "said_goodbye": True,
        "helped": "fully",
        "feeling": 1,
        "treated_with_respect": True,
    }
    if could_be_better is not None:
        answers["could_be_better"] = could_be_better
    encounter = EncounterData(
        id=new_id(),
        form_id="service-encounter",
        form_version=1,
        location_id=place.id,
        visited_at=datetime(2026, 11, 20, 14, 5, tzinfo=HELSINKI),
        observer=observer,
        staff=staff,
        status="submitted",
        answers=answers,
        na=["acknowledged_while_busy"],
        notes=notes,
        tags=list(tags),
        reviewer_note=reviewer_note,
    )
    encounter = dataclasses.replace(encounter, **fields)
    queries.bulk_add_encounters(db, [encounter], [place])
    return encounter


def test_hostile_user_text_prints_literally_in_every_report(small_db: Database) -> None:
    hostile = " | ".join(HOSTILE)
    encounter = _add(
        small_db,
        location="Store <b>& co",
        notes="Note: " + hostile,
        staff="Staff " + hostile,
        observer='obs <img src="/etc/passwd">',
        tags=("best-practice", "needs-coaching"),
        could_be_better="Answer " + hostile,
        reviewer_note="Review " + hostile,
    )
    visit = build_visit(small_db, encounter.id, with_observer=True, generated=NOW)
    summary = build_summary(small_db, EncounterFilter(), generated=NOW)
    coaching = build_coaching(small_db, EncounterFilter(), generated=NOW)
    for pdf in (visit, summary, coaching):
        text = text_of(pdf)
        assert "Store <b>& co" in text
        for piece in HOSTILE:
            assert piece in text
        # Nothing was fetched or linked because of user text.
        assert b"/XObject" not in pdf and b"/URI" not in pdf and b"/Link" not in pdf
    assert 'obs <img src="/etc/passwd">' in text_of(visit)
    assert "Staff " + HOSTILE[0] in text_of(coaching)
    assert "Staff " not in text_of(summary)


def test_finnish_and_swedish_text_prints_without_missing_glyphs(small_db: Database) -> None:
    words = "Hyvää päivää! Välkommen åter, tack så mycket. Öljy ÄÖÅ äöå – “quotes” €"
    encounter = _add(small_db, location="Itäkeskus Göteborg", notes=words)
    text = text_of(build_visit(small_db, encounter.id, generated=NOW))
    assert "Itäkeskus Göteborg" in text
    assert words in text


def test_a_100000_character_note_flows_across_pages(small_db: Database) -> None:
    sentence = "The staff member explained every option patiently and checked the stock. "
    note = (sentence * (100_000 // len(sentence) + 1))[:99_990] + " END-OF-NOTE"
    assert len(note) >= 100_000
    unbroken = "x" * 20_000 + " END-OF-UNBROKEN"
    encounter = _add(small_db, notes=note, reviewer_note=unbroken, could_be_better=note[-90_000:])
    visit = build_visit(small_db, encounter.id, generated=NOW)
    assert page_count(visit) >= 20
    assert "END-OF-NOTE" in text_of(visit, slice(-12, None))
    # A coaching card stays on one page: it shows the start of a long note and sends the
    # reader to the visit report for the rest.
    coaching = build_coaching(small_db, EncounterFilter(), generated=NOW)
    assert page_count(coaching) <= 5
    coaching_text = text_of(coaching)
    assert note[:200] in coaching_text and "END-OF-NOTE" not in coaching_text
    assert coaching_text.count("(the visit report has the rest)") == 2


def test_reports_work_on_an_empty_database(db: Database) -> None:
    for pdf in (
        build_summary(db, EncounterFilter(), generated=NOW),
        build_coaching(db, EncounterFilter(), generated=NOW),
    ):
        assert pdf.startswith(b"%PDF")
        assert "No visits" in text_of(pdf)


# --- files ------------------------------------------------------------------------------------


def test_long_tables_are_chunked_with_repeated_headers() -> None:
    rows = [[str(i), f"row {i}"] for i in range(1_201)]
    tables = styles.data_tables(["#", "text"], rows, [20, 100])
    assert len(tables) == 3
    assert all(t.repeatRows == 1 for t in tables)
    assert [len(t._cellvalues) for t in tables] == [501, 501, 202]


def test_safe_file_names_for_locations() -> None:
    assert safe_file_stem("Itäkeskus / 2") == "Itakeskus-2"
    assert safe_file_stem("../../etc/passwd") == "etc-passwd"
    assert safe_file_stem("CON") == "location-CON"
    assert safe_file_stem("東京") == "location"
    assert unique_names(["a", "A", "b"]) == ["a.pdf", "A-2.pdf", "b.pdf"]
    assert unique_names(["X", "X-2", "X"]) == ["X.pdf", "X-2.pdf", "X-3.pdf"]
    assert unique_names(["X", "x", "X-2"]) == ["X.pdf", "x-3.pdf", "X-2.pdf"]


@pytest.mark.parametrize(
    "names",
    [
        ["Cafe Aalto", "Cafe Aalto 2", "Café Aalto"],  # F10: a plain X-2 before a second X
        ["Kamppi", "KAMPPI", "Kamppi 2", "Kamppi-2", "kamppi"],  # case, as macOS/Windows fold it
        ["Itäkeskus", "Itakeskus", unicodedata.normalize("NFD", "Itäkeskus") + " 2"],
    ],
)
def test_per_location_files_never_overwrite_each_other(
    db: Database,
    shipped_forms: list[Form],
    tmp_path: Path,
    names: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Names that become one file name once made safe and folded: one file each, each with its
    own location's report, and the count printed is the files written."""
    from mysteryshop.cli import main

    data = demo.generate(shipped_forms, encounters=80, seed=9)
    reported = [e for e in data.encounters if e.status in REPORTED_STATUSES]
    locations = [LocationData(new_id(), name, "Uusimaa") for name in names]
    for index, encounter in enumerate(reported[: 2 * len(names)]):
        encounter.location_id = locations[index % len(names)].id
    queries.bulk_add_encounters(db, reported[: 2 * len(names)], locations, shipped_forms)
    folder = tmp_path / "per-location"
    args = ["report", "summary", "--per-location", str(folder), "--database-url", db.url]
    assert main(args) == 0
    assert f"wrote {len(names)} summary reports" in capsys.readouterr().out
    files = sorted(folder.iterdir())
    assert len(files) == len(names)
    assert len({path.name.casefold() for path in files}) == len(names)
    titles = [PdfReader(io.BytesIO(path.read_bytes())).metadata.title for path in files]
    assert sorted(title.removeprefix("Summary report: ") for title in titles) == sorted(names)
    for path in files:
        text = text_of(path.read_bytes(), slice(0, 1))
        name = PdfReader(io.BytesIO(path.read_bytes())).metadata.title.split(": ", 1)[1]
        assert unicodedata.normalize("NFC", name) in unicodedata.normalize("NFC", text)


def test_per_location_summaries_one_safe_file_each(demo_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "per-location"
    region = queries.list_locations(demo_db)[0].region
    written = reports.write_per_location("summary", demo_db, EncounterFilter(region=region), folder)
    expected = {loc.name for loc in queries.list_locations(demo_db) if loc.region == region} & {
        loc.name
        for loc in queries.locations_of(
            demo_db, {e.location_id for e in reported_encounters(demo_db)}
        )
    }
    assert len(written) == len(expected)
    for path in written:
        assert path.parent == folder
        assert re.fullmatch(r"summary-[A-Za-z0-9._-]+\.pdf", path.name)
        pdf = path.read_bytes()
        assert pdf.startswith(b"%PDF")
        title = PdfReader(io.BytesIO(pdf)).metadata.title
        assert title.removeprefix("Summary report: ") in expected
    assert not list(folder.glob(".*"))  # no temporary files left behind


def test_summary_moments_are_the_moments_page_s(demo_db: Database, summary_pdf: bytes) -> None:
    """One rule (report_data.is_moment): the summary's section counts what the Moments page
    and its PDF count, and quotes clearly uplifted visits that no reviewer tagged."""
    from mysteryshop.store import moments

    f = EncounterFilter()
    total = moments.count_moments(demo_db, f)
    with_notes = moments.find_moments(demo_db, f, limit=total).moments
    untagged = [m for m in with_notes if m.notes and "best-practice" not in m.tags]
    assert untagged, "the demo has clearly uplifted visits with notes and no tag"
    assert total > len(untagged)
    text = " ".join(text_of(summary_pdf).split())
    start = text.index("Moments worth repeating", text.index("Question by question"))
    section = text[start : text.index("Worst experiences", start)]
    assert f"of {total:,} that qualify" in section or f"all {total:,}" in section
    assert any(m.notes.split()[0] in section for m in untagged[:12])
