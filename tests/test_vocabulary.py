"""The vocabulary is the one place for each fact: a band threshold, a band colour or the
reported default changed there changes the app and the PDF reports alike, and the app and
the reports show the same words for statuses, channels, dimensions and tags in every language."""

from __future__ import annotations

import io
import math
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings

from mysteryshop import demo, paths, reports, scoring, vocabulary
from mysteryshop.forms import Form
from mysteryshop.reports import charts, common, i18n, styles
from mysteryshop.store import queries
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterData, EncounterFilter
from mysteryshop.ui import display, theme

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
TRANSLATIONS = paths.resources_dir() / "translations"


def test_bands_are_those_of_the_printed_rounded_value() -> None:
    # m8: 84.99 is printed "85.0 %" and must be green beside an 85.6 %; 84.94 prints 84.9.
    assert vocabulary.score_band(84.99) == "good"
    assert vocabulary.score_band(84.94) == "fair"
    assert vocabulary.score_band(64.95) == "fair"
    assert vocabulary.uplift_band(19.96) == "good"
    assert vocabulary.uplift_band(-19.96) == "poor"
    assert vocabulary.uplift_band(19.94) == "fair"


def test_bands_follow_the_thresholds() -> None:
    assert [vocabulary.score_band(s) for s in (None, 0, 64.9, 65, 84.9, 85, 100)] == [
        "none",
        "poor",
        "poor",
        "fair",
        "fair",
        "good",
        "good",
    ]
    assert [vocabulary.uplift_band(v) for v in (None, -100, -20, -19.9, 19.9, 20, 100)] == [
        "none",
        "poor",
        "poor",
        "fair",
        "fair",
        "good",
        "good",
    ]


def test_a_score_threshold_moved_in_the_vocabulary_moves_in_the_app_and_the_pdf(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Fails if ui/theme.py or reports/styles.py keeps a band table of its own."""
    assert theme.score_colour(82) == theme.FAIR
    assert styles.score_colour(82) == styles.FAIR
    monkeypatch.setattr(
        vocabulary, "SCORE_BANDS", ((80.0, "good"), (65.0, "fair"), (-math.inf, "poor"))
    )
    assert theme.score_colour(82) == theme.GOOD
    assert styles.score_colour(82) == styles.GOOD
    assert theme.score_colour(79) == theme.FAIR and styles.score_colour(79) == styles.FAIR


def test_an_uplift_threshold_moved_in_the_vocabulary_moves_in_the_app_and_the_pdf(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert theme.uplift_colour(15) == theme.FAIR and styles.uplift_colour(15) == styles.FAIR
    monkeypatch.setattr(vocabulary, "UPLIFT_CLEAR", 10.0)
    assert theme.uplift_colour(15) == theme.GOOD and styles.uplift_colour(15) == styles.GOOD
    assert theme.uplift_colour(-15) == theme.POOR and styles.uplift_colour(-15) == styles.POOR


def test_a_band_colour_changed_in_the_vocabulary_changes_in_the_app_and_the_pdf(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(vocabulary.BAND_COLOURS, "fair", "#123456")  # type: ignore[index]
    assert theme.score_colour(70).name() == "#123456"
    assert styles.hex_of(styles.score_colour(70)) == "#123456"


@pytest.mark.parametrize("band", ["good", "fair", "poor", "none"])
def test_the_app_and_the_pdf_paint_a_band_in_the_same_colour(band: vocabulary.Band) -> None:
    assert theme.band_colour(band).name() == vocabulary.BAND_COLOURS[band]
    assert styles.hex_of(styles.band_colour(band)) == vocabulary.BAND_COLOURS[band]


def test_the_app_and_the_pdf_paint_feelings_and_statuses_from_the_vocabulary() -> None:
    for feeling, hex_text in vocabulary.FEELING_COLOURS.items():
        assert theme.FEELING_COLOURS[feeling].name() == hex_text
        assert styles.hex_of(styles.FEELING_COLOURS[feeling]) == hex_text
    for status in vocabulary.STATUSES:
        assert theme.STATUS_COLOURS[status].name() == vocabulary.STATUS_COLOURS[status]


# --- the reported default ---------------------------------------------------------------------


def test_the_dashboard_and_the_reports_count_the_same_default_statuses(
    qtbot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mysteryshop.ui.dashboard import DashboardView
    from mysteryshop.ui.workspace import Settings, Workspace

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    view = DashboardView(Workspace(db, settings))
    qtbot.addWidget(view)
    assert view.effective_filter().statuses == ("submitted", "approved")
    assert common.reported(EncounterFilter()).statuses == ("submitted", "approved")

    monkeypatch.setattr(vocabulary, "REPORTED_STATUSES", ("approved",))
    assert view.effective_filter().statuses == ("approved",)
    assert common.reported(EncounterFilter()).statuses == ("approved",)
    # A report's filter that names statuses keeps them (the dashboard has no status filter:
    # it shows what the reports count).
    named = EncounterFilter(statuses=("draft",))
    assert common.reported(named).statuses == ("draft",)


def test_the_command_line_offers_the_vocabulary_s_statuses_and_languages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mysteryshop import cli

    assert cli.STATUSES is vocabulary.STATUSES and cli.LANGUAGES is vocabulary.LANGUAGES
    assert i18n.LANGUAGES is reports.REPORT_LANGUAGES is vocabulary.LANGUAGES
    # The parser's choices are those names, not a list of its own.
    monkeypatch.setattr(cli, "STATUSES", (*vocabulary.STATUSES, "archived"))
    monkeypatch.setattr(cli, "LANGUAGES", (*vocabulary.LANGUAGES, "de"))
    parser = cli.build_parser()
    for status in ("draft", "archived"):
        assert parser.parse_args(["report", "summary", "--status", status]).status == [status]
    for lang in ("fi", "de"):
        assert parser.parse_args(["report", "summary", "--lang", lang]).lang == lang
        assert parser.parse_args(["report", "visit", "x", "-o", "x.pdf", "--lang", lang]).lang
    with pytest.raises(cli.UsageError, match="invalid choice: 'closed'"):
        parser.parse_args(["report", "summary", "--status", "closed"])


# --- the same words in the app and the PDFs ---------------------------------------------------


@pytest.fixture
def app_language(qapp) -> Iterator[object]:
    """Switch the app's language: install_translations for a language, then undo it."""
    from PySide6.QtCore import QLocale, QTranslator

    from mysteryshop.ui.app import install_translations

    before = QLocale()

    def use(language: str) -> None:
        install_translations(qapp, language)

    yield use
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_app_and_the_reports_name_things_alike(app_language, language: str) -> None:
    app_language(language)
    with i18n.use_language(language):
        for key in vocabulary.BUILTIN_DIMENSIONS:
            assert display.dimension_name(key) == charts.dimension_name(key)
            assert display.dimension_name(key) != vocabulary.DIMENSION_LABELS[key]  # translated
        for status in vocabulary.STATUSES:
            assert display.status_name(status) == common.status_name(status)
        for channel in vocabulary.CHANNELS:
            assert display.channel_label(channel) == common.channel_name(channel)
        for event in vocabulary.TIMER_EVENTS:
            assert display.timer_event_name(event) == common.timer_event_name(event)
        for tag in vocabulary.BUILTIN_TAGS:
            assert display.tag_name(tag) == common.tag_name(tag)
        for feeling in vocabulary.FEELING_LABELS:
            assert display.feeling_label(feeling) == charts.feeling_label(feeling)
    assert display.dimension_name("first_impression") == "First impression"
    assert charts.dimension_name("first_impression") == "First impression"


@pytest.fixture
def visit(db: Database, shipped_forms: list[Form]) -> EncounterData:
    """A demo visit that scores several built-in dimensions, tagged best practice."""
    data = demo.generate(shipped_forms, encounters=40, seed=3, now=NOW)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    forms = {(form.id, form.version): form for form in shipped_forms}

    def dimensions(encounter: EncounterData) -> int:
        form = forms[(encounter.form_id, encounter.form_version)]
        scored = scoring.score_encounter(form, encounter.answers, encounter.na).dimensions
        return sum(1 for key, ratio in scored.items() if ratio.possible and key != "feeling")

    chosen = max(data.encounters, key=dimensions)
    assert dimensions(chosen) >= 4
    chosen.tags = ["best-practice"]
    chosen.revision = queries.get_encounter(db, chosen.id).revision
    queries.save_encounter(db, chosen)
    return queries.get_encounter(db, chosen.id)


def _pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_a_visit_report_shows_the_dimension_names_the_app_shows(
    app_language, db: Database, visit: EncounterData, language: str
) -> None:
    app_language(language)
    text = _pdf_text(
        reports.build_report(
            "visit", db, encounter_id=visit.id, options=reports.ReportOptions(lang=language)
        )
    )
    shown = scoring.score_encounter(
        queries.get_form(db, visit.form_id, visit.form_version), visit.answers, visit.na
    ).dimensions
    for key in shown:
        if key in vocabulary.DIMENSION_LABELS and shown[key].possible:
            assert display.dimension_name(key) in text, key
    assert display.status_name(visit.status) in text
    assert display.channel_label(visit.channel) in text
    assert display.tag_name("best-practice") in text


@pytest.fixture
def edited_translations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The shipped resources, with the Finnish .ts file ready to edit; reports read it."""
    resources = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), resources)
    monkeypatch.setattr(paths, "resources_dir", lambda: resources)
    i18n.translations.cache_clear()
    i18n.catalogue.cache_clear()
    yield resources / "translations" / "mysteryshop_fi.ts"
    i18n.translations.cache_clear()
    i18n.catalogue.cache_clear()


def _retranslate(ts: Path, context: str, source: str, text: str) -> None:
    tree = ET.parse(ts)
    for element in tree.getroot().iter("context"):
        if element.findtext("name") != context:
            continue
        for message in element.iter("message"):
            if message.findtext("source") == source:
                translation = message.find("translation")
                assert translation is not None
                translation.text = text
                tree.write(ts, encoding="utf-8", xml_declaration=True)
                return
    raise AssertionError(f"{context}: {source!r} is not in {ts.name}")


def test_a_finnish_report_shows_the_wording_of_the_ts_file(
    edited_translations: Path, db: Database, visit: EncounterData
) -> None:
    """The reports keep no words of their own: edit the reports' .po catalogue (compiled to
    .mo) and the .ts file's vocabulary, and the PDF follows."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    po = edited_translations.parent / "reports" / "fi" / "LC_MESSAGES" / "reports.po"
    with po.open("rb") as file:
        catalogue = read_po(file, locale="fi")
    catalogue["Visit report"].string = "Käyntikertomus"
    with po.with_suffix(".mo").open("wb") as file:
        write_mo(file, catalogue)
    _retranslate(
        edited_translations,
        "vocabulary",
        vocabulary.TAG_LABELS["best-practice"],
        "Mallikelpoinen",
    )
    text = _pdf_text(
        reports.build_report(
            "visit", db, encounter_id=visit.id, options=reports.ReportOptions(lang="fi")
        )
    )
    assert "Käyntikertomus" in text and "Käyntiraportti" not in text
    assert "Mallikelpoinen" in text and "Hyvä käytäntö" not in text
    english = _pdf_text(
        reports.build_report(
            "visit", db, encounter_id=visit.id, options=reports.ReportOptions(lang="en")
        )
    )
    assert "Visit report" in english and "Best practice" in english


def test_the_feeling_label_prints_a_true_minus_as_the_pdfs_do(qapp: object) -> None:
    from mysteryshop.ui import display

    assert display.feeling_long(-2).endswith("(\u22122)")
    assert display.feeling_long(1).endswith("(+1)")
    assert "-" not in display.feeling_long(-1)
