"""The settings view: data location shown and openable, alias, channel and language saved at
once and kept across restarts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices

from mysteryshop.store.db import Database
from mysteryshop.ui.settings_view import SettingsView, shown_url, sqlite_file
from mysteryshop.ui.workspace import Settings, Workspace
from mysteryshop.vocabulary import CHANNELS


def settings_at(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


@pytest.fixture
def view(qtbot, db: Database, tmp_path: Path) -> SettingsView:
    settings_view = SettingsView(Workspace(db, settings_at(tmp_path / "s.ini")))
    qtbot.addWidget(settings_view)
    return settings_view


def test_settings_are_saved_at_once_and_kept(qtbot, view: SettingsView, tmp_path: Path) -> None:
    qtbot.keyClicks(view.observer_alias, "shopper-anna")
    view.channel.setCurrentIndex(view.channel.findData("phone"))
    view.language.setCurrentIndex(view.language.findData("en"))

    again = settings_at(tmp_path / "s.ini")  # as after a restart
    assert again.observer_alias == "shopper-anna"
    assert again.default_channel == "phone"
    assert again.language == "en"
    assert "Saved" in view.status.text()

    reopened = SettingsView(Workspace(view.workspace.db, again))
    qtbot.addWidget(reopened)
    assert reopened.observer_alias.text() == "shopper-anna"
    assert reopened.channel.currentData() == "phone"
    assert reopened.language.currentData() == "en"


def test_choices_offered(view: SettingsView) -> None:
    channels = [view.channel.itemData(i) for i in range(view.channel.count())]
    assert channels == ["", *CHANNELS]
    assert view.channel.itemText(channels.index("in_person")) == "In person"
    languages = [view.language.itemData(i) for i in range(view.language.count())]
    assert languages[:2] == ["", "en"]
    assert view.language.itemText(0) == "System default"
    # Finnish and Swedish, each by its own name, can be chosen.
    model = view.language.model()
    for code, name in (("fi", "Suomi"), ("sv", "Svenska")):
        item = model.item(languages.index(code))
        assert item.isEnabled() and item.text() == name


def test_data_location_is_shown_and_its_folder_opens(
    qtbot, view: SettingsView, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert view.data_location.text() == str(data_dir / "mysteryshop.sqlite3")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    qtbot.mouseClick(view.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(data_dir))]


def test_database_urls() -> None:
    assert sqlite_file("sqlite:////home/a/data/db.sqlite3") == Path("/home/a/data/db.sqlite3")
    assert sqlite_file("sqlite:///relative.sqlite3") == Path("relative.sqlite3")
    assert sqlite_file("sqlite:///:memory:") is None
    assert sqlite_file("postgresql+psycopg://u:p@host/db") is None
    assert shown_url("postgresql+psycopg://user:secret@host:5432/db") == (
        "postgresql+psycopg://user:***@host:5432/db"
    )
    assert shown_url("postgresql://host/db") == "postgresql://host/db"


def test_a_new_language_offers_a_restart_now(qtbot, view: SettingsView) -> None:
    """A language applies to the whole window at a start, never half: after the change the
    view offers to restart now, and the button asks the window for it."""
    view.show()
    assert not view.restart_button.isVisible()
    view.language.setCurrentIndex(view.language.findData("fi"))
    assert view.restart_button.isVisible()
    with qtbot.waitSignal(view.restart_requested, timeout=1000):
        qtbot.mouseClick(view.restart_button, Qt.MouseButton.LeftButton)


def test_the_restart_runs_the_command_that_started_the_app() -> None:
    """ui/app.run executes relaunch_command() after the window closed for a restart: the same
    interpreter with its own options and the same arguments."""
    import subprocess
    import sys

    code = "from mysteryshop.ui.app import relaunch_command; print(relaunch_command())"
    out = subprocess.run(
        [sys.executable, "-X", "utf8", "-c", code, "--data-dir", "x"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip() == str([sys.executable, "-X", "utf8", "-c", code, "--data-dir", "x"])
