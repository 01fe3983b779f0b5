"""Changes and ops (ui/ops.py): views refresh only for the changes that touch what they show,
once; opening an encounter reads it once; purge and erase run in a worker while the event loop
keeps turning; an exclusive op has the database to itself."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from mysteryshop import demo
from mysteryshop.changes import Changes
from mysteryshop.store import privacy, queries
from mysteryshop.ui import log_model, ops, privacy_dialogs, tasks
from mysteryshop.ui.main_window import MainWindow
from mysteryshop.ui.settings_view import SettingsView
from mysteryshop.ui.workspace import Settings, Workspace

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise()", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture
def data(db, shipped_forms) -> demo.DemoData:
    made = demo.generate(shipped_forms, encounters=120, seed=7)
    queries.bulk_add_encounters(db, made.encounters, made.locations, shipped_forms)
    return made


@pytest.fixture
def workspace(db, data, tmp_path: Path, qapp) -> Workspace:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return Workspace(db, settings)


@pytest.fixture
def window(workspace: Workspace, qtbot) -> Iterator[MainWindow]:
    shown = MainWindow(workspace)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.show_page("encounters")
    yield shown
    qtbot.waitUntil(tasks.idle, timeout=10_000)  # the dashboard's figures, an autosave


def counting(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[int]:
    """Count the calls of `owner.name` (still calling it) made on this thread."""
    calls: list[int] = []
    real = getattr(owner, name)
    here = threading.get_ident()

    def counted(*args: Any, **kwargs: Any) -> Any:
        if threading.get_ident() == here:
            calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def with_status(made: demo.DemoData, status: str) -> str:
    return next(e.id for e in made.encounters if e.status == status)


# --- the record -------------------------------------------------------------------------------


def test_changes_say_what_they_touch() -> None:
    one = Changes.of_encounters("a")
    assert one.touches("encounters") and not one.touches("forms", "locations")
    assert one.touches_encounter("a") and not one.touches_encounter("b")
    assert Changes.of("encounters").touches_encounter("b")  # which ones is not known: any
    assert not Changes.of("forms").touches_encounter("a")
    attached = Changes.of_encounters("a", kind="attachments")
    assert not attached.touches_encounter("a")
    assert attached.touches_encounter("a", "attachments")
    assert all(Changes.everything().touches(kind) for kind in ("forms", "locations"))
    assert Changes.everything().touches_encounter("anything")


def test_changes_add_up() -> None:
    both = Changes.of_encounters("a") | Changes.of_encounters("b")
    assert both.encounter_ids == {"a", "b"}
    assert (Changes.of("forms") | Changes.of_encounters("a")) == Changes(
        frozenset({"forms", "encounters"}), frozenset({"a"})
    )
    assert (Changes.of_encounters("a") | Changes.of("encounters")).encounter_ids is None


# --- opening an encounter ---------------------------------------------------------------------


def test_opening_a_submitted_encounter_reads_it_once(
    window: MainWindow, data: demo.DemoData, monkeypatch
) -> None:
    """It was read three times: by the window to learn its status, by the review, and by the
    review's refresh when the window showed the page."""
    encounter_id = with_status(data, "submitted")
    reads = counting(monkeypatch, queries, "get_encounter")
    window.log.open_requested.emit(encounter_id, "submitted")
    assert window.current_page() == "review"
    assert window.review.encounter is not None and window.review.encounter.id == encounter_id
    assert len(reads) == 1


def test_opening_a_draft_reads_it_once_in_the_editor(
    window: MainWindow, data: demo.DemoData, monkeypatch
) -> None:
    encounter_id = with_status(data, "draft")
    reads = counting(monkeypatch, queries, "get_encounter")
    window.log.open_requested.emit(encounter_id, "draft")
    assert window.current_page() == "editor"
    assert window.editor.record is not None and window.editor.record.id == encounter_id
    assert len(reads) == 1


def test_the_log_hands_over_the_status_it_shows(window: MainWindow, qtbot) -> None:
    row = window.log.model.encounter_row(0)
    with qtbot.waitSignal(window.log.open_requested) as opened:
        window.log.on_row_activated(window.log.model.index(0, 0))
    assert opened.args == [row.id, row.status]


def test_a_change_to_another_encounter_leaves_the_review_alone(
    window: MainWindow, data: demo.DemoData, monkeypatch
) -> None:
    shown, other = [e.id for e in data.encounters if e.status == "submitted"][:2]
    window.log.open_requested.emit(shown, "submitted")
    reads = counting(monkeypatch, queries, "get_encounter")
    ops.announce(window.workspace, Changes.of_encounters(other))
    assert reads == []
    ops.announce(window.workspace, Changes.of_encounters(shown))
    assert len(reads) == 1


# --- refreshing only what a change touches ----------------------------------------------------


def test_a_stale_log_refreshes_once_when_shown(window: MainWindow, monkeypatch) -> None:
    """Shown again after a change, the log was refreshed twice: by its own show event and by
    the window's refresh of every page it shows."""
    window.show_page("dashboard")
    queries_made = counting(monkeypatch, log_model, "list_rows")
    ops.announce(window.workspace, Changes.of("encounters"))
    assert queries_made == []  # hidden: remembered
    window.show_page("encounters")
    assert len(queries_made) == 1
    window.show_page("dashboard")
    window.show_page("encounters")  # nothing changed meanwhile
    assert len(queries_made) == 1


def test_a_change_to_forms_does_not_query_the_logs_encounters(
    window: MainWindow, monkeypatch
) -> None:
    rows = counting(monkeypatch, log_model, "list_rows")
    forms = counting(monkeypatch, queries, "list_forms")
    ops.announce(window.workspace, Changes.of("forms"))
    assert rows == []
    assert len(forms) == 1  # its form filter lists them
    ops.announce(window.workspace, Changes.of_encounters("some-id"))
    assert len(rows) == 1


def test_a_view_does_not_refresh_for_its_own_change(window: MainWindow, monkeypatch) -> None:
    rows = counting(monkeypatch, log_model, "list_rows")
    ops.announce(window.workspace, Changes.of("encounters"), window.log)
    assert rows == []


# --- purge and erase in a worker --------------------------------------------------------------


@pytest.fixture
def say_yes(monkeypatch) -> list[QMessageBox]:
    asked: list[QMessageBox] = []

    def ask(box: QMessageBox) -> bool:
        asked.append(box)
        return True

    monkeypatch.setattr(privacy_dialogs, "ask", ask)
    return asked


def test_a_purge_runs_off_the_gui_thread_while_the_event_loop_turns(
    qtbot, workspace: Workspace, say_yes, monkeypatch
) -> None:
    """The space is reclaimed (VACUUM) only once a timer on the GUI thread has fired: run on
    the GUI thread, it would wait in vain."""
    ticked = threading.Event()
    seen: dict[str, Any] = {}
    reclaim = privacy.reclaim_space

    def reclaim_once_the_loop_turned(db: Any, progress: Any = None) -> tuple[str, str]:
        seen["thread"] = threading.get_ident()
        seen["ticked"] = ticked.wait(timeout=5)
        return reclaim(db, progress)

    monkeypatch.setattr(privacy, "reclaim_space", reclaim_once_the_loop_turned)
    workspace.settings.retention_months = 6
    count = privacy.count_older_than(workspace.db, 6)
    assert count > 0
    view = SettingsView(workspace)
    qtbot.addWidget(view)
    timer = QTimer(interval=10)
    timer.timeout.connect(ticked.set)
    timer.start()
    try:
        with qtbot.waitSignal(workspace.changed, timeout=10_000) as announced:
            view.purge_button.click()
            dialog = view.findChild(QProgressDialog)
            assert dialog is not None and dialog.isVisible() and dialog.isModal()
    finally:
        timer.stop()
    assert seen["thread"] != threading.get_ident()
    assert seen["ticked"] is True
    assert announced.args == [Changes.everything(), view]
    assert view.status.text() == f"Deleted {count} encounter(s)."
    assert not any(dialog.isVisible() for dialog in view.findChildren(QProgressDialog))


def test_an_erased_location_leaves_every_view_that_shows_it(
    window: MainWindow, say_yes, qtbot
) -> None:
    window.show_page("locations")
    busiest = max(window.locations.model.rows, key=lambda row: row.encounters)
    with qtbot.waitSignal(window.workspace.changed, timeout=10_000):
        op = window.locations.erase(busiest.id)
        assert op is not None
    assert all(row.id != busiest.id for row in window.locations.model.rows)
    window.show_page("encounters")  # stale since the erasure: refreshed when shown
    shown = {window.log.model.encounter_row(r).location for r in range(window.log.model.rowCount())}
    assert busiest.name not in shown


# --- the op runner ----------------------------------------------------------------------------


def test_an_op_announces_its_change_then_calls_back(qtbot, workspace: Workspace) -> None:
    heard: list[tuple[Changes, object]] = []
    workspace.changed.connect(lambda changes, initiator: heard.append((changes, initiator)))
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[int] = []

    def called_back(result: int) -> None:
        results.append(result)
        assert len(heard) == 1  # announced first

    changes: Callable[[int], Changes] = lambda result: Changes.of_encounters(str(result))  # noqa: E731
    ops.Op(workspace, lambda _progress: 7, changes, parent=parent).success(called_back).run()
    qtbot.waitUntil(lambda: results == [7], timeout=5_000)
    assert heard == [(Changes.of_encounters("7"), parent)]


def test_a_failed_op_announces_nothing_and_hands_over_the_error(
    qtbot, workspace: Workspace
) -> None:
    heard: list[object] = []
    workspace.changed.connect(lambda *args: heard.append(args))
    errors: list[Exception] = []

    def work(_progress: Any) -> None:
        raise privacy.StoreError("no such location")

    ops.Op(workspace, work, Changes.everything()).failure(errors.append).run()
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert str(errors[0]) == "no such location" and heard == []


def test_an_op_whose_view_has_gone_still_announces_its_change(qtbot, workspace: Workspace) -> None:
    heard: list[object] = []
    workspace.changed.connect(lambda changes, initiator: heard.append((changes, initiator)))
    release = threading.Event()
    parent = QWidget()
    called: list[object] = []
    ops.Op(
        workspace, lambda _progress: release.wait(5), Changes.of("forms"), parent=parent
    ).success(called.append).run()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(parent), timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: bool(heard), timeout=5_000)
    assert heard == [(Changes.of("forms"), None)] and called == []


def test_an_exclusive_op_waits_for_running_tasks_and_holds_new_ones(
    qtbot, workspace: Workspace
) -> None:
    """VACUUM must not share the database with an autosave: the op starts once the running
    tasks have ended, and a task started meanwhile runs after it."""
    order: list[str] = []
    running = threading.Event()
    release = threading.Event()

    def autosave(_progress: Any) -> None:
        running.set()
        release.wait(5)
        order.append("autosave")

    tasks.start(autosave)
    qtbot.waitUntil(running.is_set, timeout=5_000)
    done: list[object] = []
    op = ops.Op(workspace, lambda _progress: order.append("vacuum"), Changes.everything())
    op.exclusive().success(done.append).run()
    tasks.start(lambda _progress: order.append("dashboard"))
    qtbot.wait(100)
    assert order == []  # the op waits for the autosave; the dashboard waits for the op
    release.set()
    qtbot.waitUntil(lambda: len(order) == 3, timeout=5_000)
    assert order == ["autosave", "vacuum", "dashboard"]
    qtbot.waitUntil(tasks.idle, timeout=5_000)
    QThreadPool.globalInstance().waitForDone(5_000)
