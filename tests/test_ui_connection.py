"""The team server goes away while an observer types (a real cluster of the test's own, stopped
with pg_ctl): the window shows a banner, nothing waits on the server, every keystroke is kept
on this computer, and when the server is back the banner goes and the work is saved."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pg_cluster import Cluster
from PySide6.QtCore import QSettings, QThreadPool

from mysteryshop.store import drafts, queries
from mysteryshop.store.opening import open_database
from mysteryshop.ui import connection, editor_autosave
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
    qtbot, window: MainWindow, cluster: Cluster, monkeypatch
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

    # While the server is gone, a change is in the file before its save is even tried (on a
    # network that went quiet a save waits up to the connect timeout).
    release = threading.Event()
    real_save = editor_autosave._save

    def slow(*args: Any) -> Any:
        release.wait(5)
        return real_save(*args)

    monkeypatch.setattr(editor_autosave, "_save", slow)
    qtbot.keyClicks(editor.notes, " Slow.")
    qtbot.waitUntil(lambda: editor.autosave._busy, timeout=3000)
    expected += " Slow."
    assert drafts.read_unsaved(window.workspace.db, encounter_id).data.notes == expected
    release.set()
    qtbot.waitUntil(kept, timeout=10_000)
    monkeypatch.setattr(editor_autosave, "_save", real_save)
    # Other pages go on too, the banner above them, and while the server is gone nothing on
    # the UI thread asks it (each try could wait for the connect timeout): leaving the
    # editor keeps its work in the file, the pages show what they read before.
    db = window.workspace.db
    on_ui_thread: list[str] = []
    for name in ("read", "write"):
        real = getattr(db, name)

        def spy(*args: Any, real: Any = real, name: str = name, **kw: Any) -> Any:
            if threading.current_thread() is threading.main_thread():
                on_ui_thread.append(name)
            return real(*args, **kw)

        monkeypatch.setattr(db, name, spy)
    for page in ("dashboard", "encounters", "locations", "editor"):
        window.show_page(page)
        assert banner.isVisible()
    assert on_ui_thread == []
    monkeypatch.setattr(db, "read", type(db).read.__get__(db))
    monkeypatch.setattr(db, "write", type(db).write.__get__(db))

    cluster.start_again()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=15_000)
    assert queries.get_encounter(window.workspace.db, encounter_id).notes == expected
    assert drafts.read_unsaved(window.workspace.db, encounter_id) is None
    assert editor.autosave.last_error == ""

    # A restart while nobody used the database: the pooled connections are stale, replaced
    # without a word, and no banner shows.
    told: list[int] = []
    window.connection.lost.connect(lambda: told.append(1))
    cluster.stop()
    cluster.start_again()
    qtbot.keyClicks(editor.notes, " Back.")
    qtbot.waitUntil(lambda: not editor.autosave.busy and not editor.autosave.dirty, timeout=5000)
    assert editor.autosave.last_error == "" and not banner.isVisible() and told == []
    assert queries.get_encounter(window.workspace.db, encounter_id).notes == expected + " Back."


def test_a_sqlite_file_has_no_connection_watch(qtbot, db, tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(Workspace(db, settings))
    qtbot.addWidget(shown)
    assert not hasattr(shown, "connection")


def test_a_lost_connection_in_a_slot_is_the_banners_not_an_error_dialog(qtbot, tmp_path) -> None:
    """Any view meeting the gone server raises ConnectionLostError: the banner tells it, so
    the app's error hook neither logs it nor shows "Something went wrong"; other errors
    still do."""
    import sys

    from mysteryshop.store.db import CannotConnectError, ConnectionLostError
    from mysteryshop.ui import startup

    log = tmp_path / "log" / "mysteryshop.log"
    reporter = startup.ErrorReporter(log)
    for error in (ConnectionLostError("db/team"), CannotConnectError("db/team", "refused")):
        try:
            raise error
        except ConnectionLostError:
            reporter.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    qtbot.wait(50)
    assert reporter.dialog is None and not log.exists()
    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        reporter.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    reporter.dialog.close()
    assert log.exists()
