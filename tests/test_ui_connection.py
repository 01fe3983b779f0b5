"""The team server goes away while an observer types (a real cluster of the test's own, stopped
with pg_ctl): the window shows a banner, nothing waits on the server, every keystroke is kept
on this computer, and when the server is back the banner goes and the work is saved."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_cluster import Cluster
from PySide6.QtCore import QSettings, QThreadPool

from mysteryshop.store import drafts, queries
from mysteryshop.store.opening import open_database
from mysteryshop.ui import connection
from mysteryshop.ui.main_window import MainWindow
from mysteryshop.ui.workspace import Settings, Workspace

pytestmark = [
    pytest.mark.skipif(
        not Path("/usr/lib/postgresql").is_dir(), reason="PostgreSQL is not installed here"
    ),
    pytest.mark.qt_log_ignore(
        "This plugin does not support raise()", "This plugin does not support grabbing the keyboard"
    ),
]


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    found = Cluster.start()
    if found is None:
        pytest.skip("PostgreSQL is not installed here (.ci/start-postgres failed)")
    try:
        yield found
    finally:
        found.remove()


@pytest.fixture
def window(qtbot, cluster: Cluster, tmp_path: Path, monkeypatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(connection, "PROBE_MS", 200)
    db = open_database(cluster.database_url("team"))
    queries.add_location(db, "Kamppi store", "Helsinki")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.observer_alias = "anna"
    shown = MainWindow(Workspace(db, settings))
    qtbot.addWidget(shown)
    shown.resize(1200, 800)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    QThreadPool.globalInstance().waitForDone(5000)
    db.close()


def test_a_server_that_goes_shows_a_banner_keeps_the_typing_and_saves_it_when_back(
    qtbot, window: MainWindow, cluster: Cluster
) -> None:
    editor = window.editor
    banner = window.connection.banner
    window.new_encounter()
    combo = editor.header.location.combo
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "Kamppi store")
    assert editor.header.location.location_id() is not None
    qtbot.keyClicks(editor.notes, "Greeted at once. ")
    qtbot.waitUntil(lambda: not editor.autosave.busy and not editor.autosave.dirty, timeout=5000)
    encounter_id = editor.record.id
    assert queries.get_encounter(window.workspace.db, encounter_id).notes == "Greeted at once. "
    assert not banner.isVisible()

    cluster.stop()
    typed = "Then the server went; "
    started = time.monotonic()
    qtbot.keyClicks(editor.notes, typed)
    assert time.monotonic() - started < 2  # typing never waits on the server
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert banner.title.text() == "The team server is not answering"
    assert "your work is kept on this computer" in banner.text.text()
    for word in ("every ", "keystroke ", "is ", "kept."):
        qtbot.keyClicks(editor.notes, word)
    expected = "Greeted at once. Then the server went; every keystroke is kept."
    assert editor.notes.toPlainText() == expected

    def kept() -> bool:
        found = drafts.read_unsaved(window.workspace.db, encounter_id)
        return found is not None and found.data.notes == expected and not editor.autosave.busy

    qtbot.waitUntil(kept, timeout=10_000)
    assert editor.save_state.text().startswith("Kept on this computer")
    window.show_page("dashboard")  # other pages go on too; the banner stays above them
    assert banner.isVisible()
    window.show_page("editor")

    cluster.start_again()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=15_000)
    assert queries.get_encounter(window.workspace.db, encounter_id).notes == expected
    assert drafts.read_unsaved(window.workspace.db, encounter_id) is None
    assert editor.autosave.last_error == ""


def test_a_sqlite_file_has_no_connection_watch(qtbot, db, tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(Workspace(db, settings))
    qtbot.addWidget(shown)
    assert not hasattr(shown, "connection")
