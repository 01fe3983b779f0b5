"""The team in the app (issue 18): the Sync button and its state, Settings ▸ Team (URL, the
password to the keyring, Test connection), the conflicts dialog, and a window that offers a
team member only what their role allows. Real widgets over a real SQLite file and the real
test PostgreSQL (skipped cleanly without one)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from mysteryshop.ui.main_window import MainWindow
from mysteryshop.ui.sync_view import relative_time
from mysteryshop.ui.team_settings import split_password, url_problem
from mysteryshop.ui.workspace import Settings, Workspace


def settings_at(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def make_window(qtbot, db, settings: Settings) -> MainWindow:
    window = MainWindow(Workspace(db, settings))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_relative_time_reads_as_people_say_it(qapp) -> None:
    from mysteryshop.ui.app import install_translations

    install_translations(qapp, "en")  # English plurals (mysteryshop_en.ts)
    now = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
    assert relative_time(now - timedelta(seconds=20), now) == "just now"
    assert relative_time(now - timedelta(minutes=12), now) == "12 min ago"
    assert relative_time(now - timedelta(hours=3, minutes=5), now) == "3 h ago"
    assert relative_time(now - timedelta(days=1, hours=1), now) == "1 day ago"
    assert relative_time(now - timedelta(days=2), now) == "2 days ago"
    # A naive moment is the store's UTC.
    assert relative_time((now - timedelta(minutes=5)).replace(tzinfo=None), now) == "5 min ago"
    assert "2026" in relative_time(now - timedelta(days=30), now) or "26" in relative_time(
        now - timedelta(days=30), now
    )


def test_team_urls_are_checked_and_their_passwords_split_off() -> None:
    assert url_problem("postgresql://anna@team.example.com/shop?sslmode=require") is None
    assert "postgresql://" in (url_problem("mysql://anna@host/db") or "")
    assert url_problem("not a url") is not None
    assert "user" in (url_problem("postgresql://team.example.com/shop") or "")
    url, password = split_password("postgresql+psycopg://anna:s3cret@host:5432/shop?sslmode=require")
    assert password == "s3cret"
    assert "s3cret" not in url
    assert url == "postgresql+psycopg://anna@host:5432/shop?sslmode=require"
    assert split_password("postgresql://anna@host/shop") == ("postgresql://anna@host/shop", None)


def test_sync_not_set_up_leads_to_the_team_settings(qtbot, db, tmp_path: Path) -> None:
    window = make_window(qtbot, db, settings_at(tmp_path / "s.ini"))
    panel = window.sync_panel
    assert panel is not None
    assert "not set up" in panel.state.text()
    panel.state.linkActivated.emit("settings")  # the link "Set up…"
    assert window.current_page() == "settings"
    qtbot.waitUntil(lambda: window.settings_view.team.url.hasFocus())
    # The button (and its key) without a URL does the same, and syncs nothing.
    window.show_page("encounters")
    assert window.sync_action.shortcut().toString() == "Ctrl+Shift+S"
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "settings"
    assert panel.task is None


def test_a_wrong_url_is_refused_in_one_line_and_nothing_saved(qtbot, db, tmp_path: Path) -> None:
    settings = settings_at(tmp_path / "s.ini")
    window = make_window(qtbot, db, settings)
    window.show_team_settings()
    team = window.settings_view.team
    qtbot.keyClicks(team.url, "mysql://anna@host/shop")
    qtbot.keyClick(team.url, Qt.Key.Key_Return)
    assert team.result.text().startswith("Not saved: ")
    assert "\n" not in team.result.text()
    assert settings_at(tmp_path / "s.ini").team_url == ""
