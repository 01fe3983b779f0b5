"""The Reports view: choose a report and filters, pick a file, and the PDF is built in a
worker thread and written; nothing is opened (MYSTERYSHOP_NO_OPEN=1)."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog

from mysteryshop import demo
from mysteryshop.store import queries
from mysteryshop.ui import saved_file
from mysteryshop.ui.reports_view import ReportsView
from mysteryshop.ui.workspace import Settings, Workspace
from mysteryshop.vocabulary import REPORTED_STATUSES

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def view(qtbot, db, shipped_forms, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ReportsView:
    monkeypatch.setenv("MYSTERYSHOP_NO_OPEN", "1")
    data = demo.generate(shipped_forms, encounters=80, seed=2, now=NOW)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    widget = ReportsView(Workspace(db, settings))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Answer the file dialog with `path`; returns the captions it was opened with."""
    asked: list[str] = []

    def fake(parent, caption, folder, filters):  # noqa: ANN001 - Qt's signature
        asked.append(caption)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def test_summary_pdf_is_created_in_a_worker_thread(qtbot, view, monkeypatch, tmp_path):
    target = tmp_path / "out" / "summary"
    target.parent.mkdir()
    asked = save_as(monkeypatch, target)
    view.set_kind("summary")
    assert view.region_box.isVisible() and not view.encounter_box.isVisible()
    with qtbot.waitSignal(view.report_created, timeout=30_000) as blocker:
        qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
        assert not view.create_button.isEnabled()  # busy while the worker runs
    written = Path(blocker.args[0])
    assert asked and written == target.with_name("summary.pdf")  # .pdf added
    assert written.read_bytes().startswith(b"%PDF")
    assert view.create_button.isEnabled()
    assert view.progress.isHidden()
    # No bare path: the file's name with Open and Show in folder, which open what they say.
    assert view.saved.isVisible() and "summary.pdf" in view.saved.label.text()
    opened: list[str] = []
    monkeypatch.setattr(saved_file, "open_url", lambda url: opened.append(url.toLocalFile()))
    qtbot.mouseClick(view.saved.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.saved.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(written), str(written.parent)]
    assert view.saved.problem.isHidden() is False  # the stand-in opened nothing: said so
    monkeypatch.setattr(saved_file, "open_url", lambda url: True)
    qtbot.mouseClick(view.saved.open_button, Qt.MouseButton.LeftButton)
    assert view.saved.problem.isHidden()


def test_visit_report_for_a_chosen_encounter(qtbot, view, db, monkeypatch, tmp_path):
    encounter = next(queries.iter_encounters(db))
    view.set_encounter(encounter.id)
    assert view.kind() == "visit"
    assert view.encounter_box.isVisible() and not view.region_box.isVisible()
    assert view.encounter_id() == encounter.id
    target = tmp_path / "visit.pdf"
    save_as(monkeypatch, target)
    with qtbot.waitSignal(view.report_created, timeout=30_000):
        qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")


def test_the_visit_report_names_the_observer_only_when_asked(
    qtbot, view, db, monkeypatch, tmp_path
):
    encounter = next(e for e in queries.iter_encounters(db) if e.observer)
    view.set_encounter(encounter.id)
    assert view.observer_box.isVisible() and not view.observer_box.isChecked()

    def text_of(target: Path) -> str:
        save_as(monkeypatch, target)
        with qtbot.waitSignal(view.report_created, timeout=30_000):
            qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
        reader = PdfReader(io.BytesIO(target.read_bytes()))
        return " ".join(page.extract_text() or "" for page in reader.pages)

    assert encounter.observer not in text_of(tmp_path / "default.pdf")
    view.observer_box.setChecked(True)
    assert encounter.observer in text_of(tmp_path / "named.pdf")
    view.anonymize_box.setChecked(True)  # anonymized: never named
    assert not view.observer_box.isEnabled() and not view.observer_box.isChecked()
    assert encounter.observer not in text_of(tmp_path / "anonymized.pdf")
    view.set_kind("summary")
    assert not view.observer_box.isVisible()


def test_recent_encounters_are_offered_for_the_visit_report(view):
    view.set_kind("visit")
    assert view.encounter_box.count() == 80
    view.encounter_box.setCurrentIndex(0)
    assert len(view.encounter_id()) == 36


def test_unknown_encounter_fails_with_a_message_and_writes_nothing(
    qtbot, view, monkeypatch, tmp_path
):
    view.set_encounter("no-such-encounter")
    target = tmp_path / "visit.pdf"
    save_as(monkeypatch, target)
    with qtbot.waitSignal(view.report_failed, timeout=30_000) as blocker:
        qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    assert "no encounter with id no-such-encounter" in blocker.args[0]
    assert not target.exists()
    assert view.create_button.isEnabled()


def test_cancelled_file_dialog_creates_nothing(qtbot, view, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    with qtbot.assertNotEmitted(view.report_created, wait=100):
        qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    assert view.create_button.isEnabled()


def test_filters_become_the_report_filter(view, db):
    view.set_kind("coaching")
    region = view.region_box.itemData(1)
    view.region_box.setCurrentIndex(1)
    locations = [view.location_box.itemData(i) for i in range(1, view.location_box.count())]
    assert locations
    assert {loc.region for loc in queries.locations_of(db, locations)} == {region}
    view.from_check.setChecked(True)
    f = view.current_filter()
    assert f.region == region
    assert f.date_from is not None and f.date_to is None
    assert f.statuses == REPORTED_STATUSES
    view.status_box.setCurrentIndex(1)
    assert set(view.current_filter().statuses or ()) == {
        "draft",
        "submitted",
        "returned",
        "approved",
    }


def test_a_period_preset_fills_in_its_whole_calendar_unit(view):
    from datetime import date

    from mysteryshop import periods

    view.set_kind("summary")
    assert view.period_box.isVisible() and view.compare_box.isVisible()
    assert not view.cases_box.isVisible()  # the coaching report's
    view.period_box.setCurrentIndex(view.period_box.findData("last-quarter"))
    quarter = periods.preset("last-quarter", date.today())
    assert quarter is not None
    f = view.current_filter()
    assert f.date_from is not None and f.date_to is not None
    assert f.date_from.date() == quarter.first
    assert (f.date_to.date() - quarter.last).days == 1  # up to the end of its last day
    # "This year" is the whole year: the report cuts it at today and says "to date".
    view.period_box.setCurrentIndex(view.period_box.findData("this-year"))
    f = view.current_filter()
    assert f.date_from is not None and f.date_to is not None
    assert (f.date_from.month, f.date_from.day, f.date_to.month, f.date_to.day) == (1, 1, 1, 1)
    view.period_box.setCurrentIndex(view.period_box.findData("all"))
    f = view.current_filter()
    assert f.date_from is None and f.date_to is None
    # Dates changed by hand are the report's own.
    view.from_check.setChecked(True)
    assert view.period_box.currentData() is None


def test_comparison_and_visits_per_location_become_the_report_options(view):
    view.set_kind("summary")
    view.compare_box.setCurrentIndex(view.compare_box.findData("year-ago"))
    assert view.report_options().compare == "year-ago"
    view.set_kind("coaching")
    assert view.cases_box.isVisible() and not view.compare_box.isVisible()
    assert view.report_options().cases == 4
    view.cases_box.setValue(0)  # shown as "All"
    assert view.cases_box.text() == "All" and view.report_options().cases is None
    view.cases_box.setValue(2)
    assert view.report_options().cases == 2
