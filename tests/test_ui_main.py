"""The main window: navigation, shortcuts, remembered geometry and view, the welcome screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence

from mysteryshop.store import queries
from mysteryshop.ui.main_window import NAVIGATION, MainWindow
from mysteryshop.ui.workspace import Settings, Workspace


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def make_window(qtbot, db, settings_file: Path) -> MainWindow:
    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    window = MainWindow(Workspace(db, settings))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def add_demo(db, shipped_forms, count: int = 40) -> None:
    from mysteryshop import demo

    data = demo.generate(shipped_forms, encounters=count, seed=3)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)


def test_empty_database_opens_on_the_welcome_screen(qtbot, db, settings_file):
    window = make_window(qtbot, db, settings_file)
    assert window.current_page() == "welcome"
    assert window.navigation.currentItem().data(Qt.ItemDataRole.UserRole) == "encounters"


def test_welcome_loads_demo_data_in_the_background(qtbot, db, settings_file):
    window = make_window(qtbot, db, settings_file)
    with qtbot.waitSignal(window.welcome.demo_loaded, timeout=60_000):
        qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert queries.count_encounters(db) == 600
    assert window.current_page() == "dashboard"


def test_welcome_record_button_opens_the_editor(qtbot, db, settings_file):
    window = make_window(qtbot, db, settings_file)
    qtbot.mouseClick(window.welcome.record_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "editor"


def test_navigation_list_switches_views(qtbot, db, shipped_forms, settings_file):
    add_demo(db, shipped_forms)
    window = make_window(qtbot, db, settings_file)
    for row, (key, _label) in enumerate(NAVIGATION):
        window.navigation.setCurrentRow(row)
        assert window.current_page() == key


def test_view_shortcuts_and_standard_shortcuts_are_bound(qtbot, db, shipped_forms, settings_file):
    add_demo(db, shipped_forms)
    window = make_window(qtbot, db, settings_file)
    shortcuts = {
        action.shortcut().toString(): action
        for action in window.findChildren(type(window.new_action))
    }
    for key in ("Ctrl+N", "Ctrl+S", "Ctrl+Q", "Ctrl+F", "F1", "Ctrl+1", "Ctrl+6"):
        assert QKeySequence(key).toString() in shortcuts, key
    shortcuts["Ctrl+0"].trigger()  # the tenth place
    assert window.current_page() == "settings"
    shortcuts["Ctrl+2"].trigger()
    assert window.current_page() == "queue"
    shortcuts["Ctrl+3"].trigger()
    assert window.current_page() == "dashboard"
    shortcuts["Ctrl+N"].trigger()
    assert window.current_page() == "editor"
    shortcuts["Ctrl+F"].trigger()
    assert window.current_page() == "encounters"


def test_geometry_and_last_view_are_remembered(qtbot, db, shipped_forms, settings_file):
    add_demo(db, shipped_forms)
    first = make_window(qtbot, db, settings_file)
    first.resize(780, 560)  # the offscreen screen is 800×600
    size = first.size()  # what the window's minimum size allowed
    first.show_page("locations")
    first.close()
    second = make_window(qtbot, db, settings_file)
    assert second.current_page() == "locations"
    assert second.size() == size
    assert size.height() == 560


def test_restart_now_closes_the_window_saving_everything(qtbot, db, settings_file):
    """Settings' "Restart now" closes the window as quitting does (the window's place saved);
    ui/app.run then starts the app again, since the window wants it."""
    window = make_window(qtbot, db, settings_file)
    window.show_page("settings")
    window.settings_view.language.setCurrentIndex(window.settings_view.language.findData("sv"))
    assert not window.restart_wanted
    qtbot.mouseClick(window.settings_view.restart_button, Qt.MouseButton.LeftButton)
    assert window.restart_wanted and not window.isVisible()
    saved = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    assert saved.language == "sv" and saved.geometry
