"""The reports' settings: the minimum visits to rank and the target score, saved at once in
the Settings view, kept across restarts and used by the Reports view's summary."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from test_ui_reports import save_as, view  # noqa: F401 - the Reports view fixture

from mysteryshop.confidence import MIN_VISITS
from mysteryshop.store.db import Database
from mysteryshop.ui.reports_view import ReportsView
from mysteryshop.ui.settings_view import SettingsView
from mysteryshop.ui.workspace import Settings, Workspace


def settings_at(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


@pytest.fixture
def settings_view(qtbot, db: Database, tmp_path: Path) -> SettingsView:
    widget = SettingsView(Workspace(db, settings_at(tmp_path / "s.ini")))
    qtbot.addWidget(widget)
    return widget


def test_minimum_visits_and_target_are_saved_and_kept(
    qtbot, settings_view: SettingsView, tmp_path: Path
) -> None:
    assert settings_view.min_visits.value() == MIN_VISITS
    assert settings_view.target.text() == ""
    settings_view.min_visits.setValue(8)
    qtbot.keyClicks(settings_view.target, " P75")
    qtbot.keyClick(settings_view.target, Qt.Key.Key_Return)

    again = settings_at(tmp_path / "s.ini")  # as after a restart
    assert again.min_visits == 8
    assert again.target == "p75"
    assert settings_view.target.text() == "p75"
    assert "Saved" in settings_view.status.text()


def test_a_wrong_target_is_not_saved(qtbot, settings_view: SettingsView, tmp_path: Path) -> None:
    qtbot.keyClicks(settings_view.target, "p100")
    qtbot.keyClick(settings_view.target, Qt.Key.Key_Return)
    assert "Not saved" in settings_view.status.text()
    assert settings_at(tmp_path / "s.ini").target == ""


def test_the_summary_uses_the_settings(qtbot, view: ReportsView, monkeypatch, tmp_path) -> None:  # noqa: F811
    view.workspace.settings.min_visits = 1000
    view.workspace.settings.target = "72.5"
    save_as(monkeypatch, tmp_path / "summary.pdf")
    view.set_kind("summary")
    with qtbot.waitSignal(view.report_created, timeout=30_000) as blocker:
        qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(io.BytesIO(Path(blocker.args[0]).read_bytes()))
    text = re.sub(
        r"\s+", " ", " ".join(p.extract_text() for p in reader.pages).replace("\xa0", " ")
    )
    assert "Too few visits to rank" in text
    assert "Locations with at least 1 000 scored visits" in text
    assert "Target: 72,5 %" in text


@pytest.mark.parametrize(
    ("app_locale", "report"),
    [("en_GB", "en_GB"), ("en_FI", "en_FI"), ("fi_FI", "fi"), ("sv_SE", "sv"), ("C", "en")],
)
def test_english_reports_keep_the_app_s_region(qapp: object, app_locale: str, report: str) -> None:
    """The app's English follows the system's region, and so do its PDFs (en_GB: 14:05);
    Finnish and Swedish always follow Finland; a locale CLDR lacks falls back to en_FI."""
    from PySide6.QtCore import QLocale

    from mysteryshop.ui.reports_view import report_language

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(app_locale))
        assert report_language() == report
    finally:
        QLocale.setDefault(before)
