"""The About box names the data folder (never a raw SQLAlchemy URL, nor a password) and lists
the visit timer's keys."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from mysteryshop.store.db import server_address
from mysteryshop.ui.main_window import MainWindow
from mysteryshop.ui.workspace import Settings, Workspace


def test_the_about_box_shows_the_data_folder_and_the_timer_keys(qtbot, db, data_dir, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Workspace(db, settings))
    qtbot.addWidget(window)
    text = window.about_text()
    assert "sqlite:" not in text
    assert db.url.startswith("sqlite:") and f"Data: {data_dir}<" in text
    assert "F5 Arrived, F6 Greeted, F7 Served, F8 Left" in text


def test_a_server_is_shown_without_user_or_password():
    url = "postgresql+psycopg://shop:s3cret@db.example.fi:5433/mystery"
    assert server_address(url) == "db.example.fi:5433/mystery"
    assert server_address("postgresql+psycopg://u:p@/local") == "localhost/local"
