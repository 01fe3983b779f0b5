"""The visit report as it reaches a store: its reference on every page, the review and the
return reason, a watermark on a visit that is not final, the observer only when asked, times
to the hour when anonymized, channel-fitting timeline words; and what every report shares:
bookmarks for its headings, and text the font cannot draw replaced visibly, with a warning."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
import test_reports  # tests/ is on sys.path (rootdir conftest)
from pypdf import PdfReader
from test_reports import HELSINKI, NOW, _add, reported_encounters, text_of

from mysteryshop import reports
from mysteryshop.cli import main
from mysteryshop.reports import styles
from mysteryshop.reports.visit import build_visit
from mysteryshop.store.db import Database

REVIEWED = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)

# The reports' tests' fixtures, shared.
demo_db = test_reports.demo_db
small_db = test_reports.small_db
summary_pdf = test_reports.summary_pdf


def page_texts(pdf: bytes) -> list[str]:
    return [
        " ".join((page.extract_text() or "").replace("\xa0", " ").split())
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def outline(pdf: bytes) -> list[tuple[int, str, int]]:
    """(level, title, page index) of every bookmark, in order."""
    reader = PdfReader(io.BytesIO(pdf))
    found: list[tuple[int, str, int]] = []

    def walk(items: list, level: int) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return found


def long_notes() -> str:
    """Notes long enough to push the visit report onto more than one page."""
    return "\n".join(f"Observation {i}: the queue moved slowly past the till." for i in range(60))


# --- the visit report -------------------------------------------------------------------------


def test_a_returned_visit_shows_its_reason_review_reference_and_watermark(
    small_db: Database,
) -> None:
    encounter = _add(
        small_db,
        status="returned",
        notes=long_notes(),
        return_reason="Kuvaa tilanne tekoina ja sanoina.",
        reviewer_note="Käydään läpi valmennuksessa: avoimet kysymykset.",
        reviewed_by="cx-lead-maria",
        reviewed_at=REVIEWED,
    )
    pdf = build_visit(small_db, encounter.id, generated=NOW)
    pages = page_texts(pdf)
    assert len(pages) >= 2
    for page in pages:  # the short reference in every page's header, the mark across it
        assert f"Visit report · {encounter.id[:8]}" in page
        assert "RETURNED" in page
        assert "DRAFT" not in page
    text = text_of(pdf)
    assert encounter.id in text  # the full id in small print
    assert "Returned to the observer Kuvaa tilanne tekoina ja sanoina." in text
    assert "Käydään läpi valmennuksessa: avoimet kysymykset." in text
    assert "Reviewed by cx-lead-maria" in text
    assert "Reviewed 21 Nov 2026" in text
    assert "Not final (returned)" in text


@pytest.mark.parametrize(
    ("lang", "mark", "status_word"), [("en", "DRAFT", "draft"), ("fi", "LUONNOS", "luonnos")]
)
def test_a_draft_is_marked_on_every_page(
    small_db: Database, lang: str, mark: str, status_word: str
) -> None:
    encounter = _add(small_db, status="draft", notes=long_notes())
    pdf = reports.build_report(
        "visit", small_db, encounter_id=encounter.id, options=reports.ReportOptions(lang=lang)
    )
    pages = page_texts(pdf)
    assert len(pages) >= 2 and all(mark in page for page in pages)
    assert f"({status_word})" in " ".join(pages)


def tinted_pixels(pdf: bytes, folder: Path) -> int:
    """Pixels of page 1 (rendered by pdftoppm) in the watermark's light red."""
    from PIL import Image

    source = folder / "page.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(source), str(folder / "p")],
        check=True,
        timeout=60,
    )
    (png,) = folder.glob("p*.png")
    with Image.open(png) as image:
        rgb = image.convert("RGB")
        red, green, blue = (band.tobytes() for band in rgb.split())
    return sum(
        1
        for r, g, b in zip(red, green, blue, strict=True)
        if r > 235 and r - g > 10 and abs(g - b) < 8
    )


def test_the_watermark_is_drawn_across_the_page(small_db: Database, tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: cannot render pages")
    draft = _add(small_db, status="draft")
    submitted = _add(small_db, status="submitted")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    marked = tinted_pixels(build_visit(small_db, draft.id, generated=NOW), tmp_path / "a")
    plain = tinted_pixels(build_visit(small_db, submitted.id, generated=NOW), tmp_path / "b")
    assert marked > 20 * max(plain, 50), (marked, plain)


def test_a_submitted_or_approved_visit_has_no_watermark(small_db: Database) -> None:
    submitted = _add(small_db, status="submitted")
    text = text_of(build_visit(small_db, submitted.id, generated=NOW))
    assert "DRAFT" not in text and "RETURNED" not in text and "Not final" not in text
    assert "Reviewed" not in text  # not reviewed yet: no review part
    approved = _add(small_db, status="approved", reviewed_by="cx-lead", reviewed_at=REVIEWED)
    text = text_of(build_visit(small_db, approved.id, generated=NOW))
    assert "DRAFT" not in text and "RETURNED" not in text and "Not final" not in text
    assert "Reviewed by cx-lead" in text


def test_the_observer_is_printed_only_when_asked(small_db: Database) -> None:
    encounter = _add(small_db, observer="mika.k")
    assert "mika.k" not in text_of(build_visit(small_db, encounter.id))
    assert "Observer mika.k" in text_of(build_visit(small_db, encounter.id, with_observer=True))
    anonymized = build_visit(small_db, encounter.id, with_observer=True, anonymize=True)
    assert "mika.k" not in text_of(anonymized)


def test_anonymized_times_are_given_to_the_hour(small_db: Database) -> None:
    visited = datetime(2026, 11, 20, 14, 5, 33, tzinfo=HELSINKI)
    timer = {
        "arrived": visited,
        "greeted": datetime(2026, 11, 20, 14, 6, 1, tzinfo=HELSINKI),
        "left": datetime(2026, 11, 20, 14, 17, 12, tzinfo=HELSINKI),
    }
    encounter = _add(
        small_db,
        visited_at=visited,
        timer=timer,
        reviewed_by="cx-lead-maria",
        reviewed_at=REVIEWED,
    )
    plain = text_of(build_visit(small_db, encounter.id, generated=NOW))
    assert "14.05" in plain and "14.06.01" in plain and "cx-lead-maria" in plain
    text = text_of(build_visit(small_db, encounter.id, anonymize=True, generated=NOW))
    assert "14.00–15.00" in text
    assert "14.05" not in text and "14.06" not in text and "14.17" not in text
    assert "+28 s" in text and "+11 min 39 s" in text  # how long things took stays
    assert "cx-lead-maria" not in text


@pytest.mark.parametrize(
    ("channel", "lang", "words", "absent"),
    [
        ("phone", "en", ["Call started", "Answered", "Call ended"], "Arrived"),
        ("chat", "en", ["Contacted", "First reply", "Closed"], "Arrived"),
        ("phone", "fi", ["Puhelun alku", "Puhelun loppu"], "Saapuminen"),
        ("in_person", "en", ["Arrived", "Greeted", "Left"], "Call started"),
    ],
)
def test_the_timeline_uses_words_that_fit_the_channel(
    demo_db: Database, channel: str, lang: str, words: list[str], absent: str
) -> None:
    encounter = next(
        e
        for e in reported_encounters(demo_db)
        if e.channel == channel and {"arrived", "greeted", "left"} <= set(e.timer)
    )
    pdf = reports.build_report(
        "visit", demo_db, encounter_id=encounter.id, options=reports.ReportOptions(lang=lang)
    )
    text = text_of(pdf)
    for word in words:
        assert word in text
    assert absent not in text


def test_a_perfect_score_stays_on_one_line(demo_db: Database) -> None:
    encounter = next(e for e in reported_encounters(demo_db) if e.score == 100)
    pdf = build_visit(demo_db, encounter.id, generated=NOW)
    first = PdfReader(io.BytesIO(pdf)).pages[0].extract_text().replace("\xa0", " ")
    assert "100,0 %" in first.splitlines()  # the big figure is a line of its own


def test_respect_is_translated_in_the_visit_report(small_db: Database) -> None:
    encounter = _add(small_db)
    for lang, word in (("en", "Respect"), ("fi", "Kunnioitus"), ("sv", "Respekt")):
        pdf = reports.build_report(
            "visit", small_db, encounter_id=encounter.id, options=reports.ReportOptions(lang=lang)
        )
        assert word in text_of(pdf), lang


# --- the outline ------------------------------------------------------------------------------


def test_the_visit_report_opens_with_bookmarks_to_its_sections(small_db: Database) -> None:
    encounter = _add(small_db, notes=long_notes(), reviewer_note="Fine.", reviewed_at=REVIEWED)
    pdf = build_visit(small_db, encounter.id, generated=NOW)
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    entries = outline(pdf)
    titles = [title for _level, title, _page in entries]
    assert titles[:3] == ["The visit", "Review", "Scores"]
    assert "Observer's notes" in titles and "Arrival" in titles  # a form section
    pages = page_texts(pdf)
    for level, title, page in entries:
        assert level == 0
        assert title in pages[page], title  # each bookmark leads to its heading's page
    assert entries[-1][2] > 0  # later sections are on later pages


def test_the_summary_outline_nests_sections_in_chapters(summary_pdf: bytes) -> None:
    entries = outline(summary_pdf)
    chapters = [title for level, title, _page in entries if level == 0]
    assert "Headline figures" in chapters and "Locations" in chapters
    nested = [(level, title) for level, title, _page in entries if level == 1]
    assert (1, "Dimension scores") in nested
    pages = page_texts(summary_pdf)
    for _level, title, page in entries:
        assert title in pages[page], title


AS_WRITTEN = "Printed as the observers wrote them: they may name or describe people."


def test_the_covers_say_notes_are_printed_as_written(small_db: Database) -> None:
    _add(small_db, notes="Myyjä Anna auttoi.", tags=("best-practice",))
    for kind in ("summary", "coaching"):
        for anonymize in (False, True):
            pdf = reports.build_report(
                kind, small_db, options=reports.ReportOptions(anonymize=anonymize)
            )  # type: ignore[arg-type]
            cover = text_of(pdf, slice(0, 1))
            assert f"Notes {AS_WRITTEN}" in cover, (kind, anonymize)


# --- text the font cannot draw ----------------------------------------------------------------


def test_characters_no_font_has_are_replaced_visibly_and_named_in_a_warning(
    small_db: Database,
) -> None:
    if any(styles.fallback_font(c) for c in "你好🛒"):
        pytest.skip("this machine has a fallback font for Chinese or emoji")
    encounter = _add(small_db, notes="Asiakas sanoi 你好 ja osti 🛒 kaiken.")
    warnings: list[str] = []
    pdf = reports.build_report("visit", small_db, encounter_id=encounter.id, warnings=warnings)
    text = text_of(pdf)
    replacement = styles.REPLACEMENT
    assert f"Asiakas sanoi {replacement}{replacement} ja osti {replacement} kaiken." in text
    assert "你" not in text and "🛒" not in text
    assert len(warnings) == 1
    assert f"visit {encounter.id[:8]} (Kamppi store, 2026-11-20)" in warnings[0]
    assert "你 好 🛒" in warnings[0].replace("🛒 你 好", "你 好 🛒") or all(
        c in warnings[0] for c in "你好🛒"
    )
    # A report without such text warns of nothing.
    clean = _add(small_db, notes="Kaikki hyvin.")
    none: list[str] = []
    reports.build_report("visit", small_db, encounter_id=clean.id, warnings=none)
    assert none == []


def test_the_summary_warns_of_what_it_could_not_draw(small_db: Database) -> None:
    if styles.fallback_font("你") is not None:
        pytest.skip("this machine has a fallback font for Chinese")
    _add(small_db, notes="Hymyili ja sanoi 你好.", tags=("best-practice",))
    warnings: list[str] = []
    pdf = reports.build_report("summary", small_db, warnings=warnings)
    assert f"sanoi {styles.REPLACEMENT}{styles.REPLACEMENT}." in text_of(pdf)
    assert len(warnings) == 1 and warnings[0].startswith("summary report: ")
    assert "你 好" in warnings[0]


def test_a_fallback_font_draws_what_dejavu_sans_lacks(small_db: Database) -> None:
    arrow = "\u2900"  # in DejaVu Serif, not in DejaVu Sans
    if styles.fallback_font(arrow) is None:
        pytest.skip("no installed TrueType font has U+2900")
    encounter = _add(small_db, notes=f"Route {arrow} till")
    warnings: list[str] = []
    pdf = reports.build_report("visit", small_db, encounter_id=encounter.id, warnings=warnings)
    assert f"Route {arrow} till" in text_of(pdf)
    assert warnings == []
    if shutil.which("pdffonts"):
        fonts = subprocess.run(
            ["pdffonts", "-"], input=pdf, capture_output=True, check=True
        ).stdout.decode()
        assert fonts.count("yes yes") >= 3  # DejaVu Sans, its bold, the fallback: embedded


def test_right_to_left_text_is_warned_about(small_db: Database) -> None:
    encounter = _add(small_db, notes="Asiakas kirjoitti: مرحبا")
    warnings: list[str] = []
    reports.build_report("visit", small_db, encounter_id=encounter.id, warnings=warnings)
    assert len(warnings) == 1 and "right-to-left" in warnings[0]
    assert encounter.id[:8] in warnings[0]


def test_the_command_line_prints_the_warnings_after_writing(
    capsys: pytest.CaptureFixture[str], small_db: Database, tmp_path: Path
) -> None:
    if styles.fallback_font("你") is not None:
        pytest.skip("this machine has a fallback font for Chinese")
    encounter = _add(small_db, notes="你好", observer="mika.k")
    out = tmp_path / "visit.pdf"
    argv = ["report", "visit", encounter.id, "-o", str(out), "--database-url", small_db.url]
    assert main([*argv, "--with-observer"]) == 0
    stdout, stderr = capsys.readouterr()
    assert str(out) in stdout and out.exists()
    lines = stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"warning: visit {encounter.id[:8]} ")
    assert "mika.k" in text_of(out.read_bytes())
