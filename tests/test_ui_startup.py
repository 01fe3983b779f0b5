"""The app's start: one instance per data folder (a crashed one's lock taken over), the
database checked before it is opened (a damaged file never changed, a backup offered), the
daily backup in a worker, and every unexpected error logged and shown while the app goes on."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from mysteryshop import demo, paths
from mysteryshop.store import backup, health, queries
from mysteryshop.ui import startup

SIDE = ("-wal", "-shm")
HOLD_LOCK = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def holder(tmp_path: Path):
    """Another mysteryshop (a process holding the data folder's lock)."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(tmp_path / paths.LOCK_FILE)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "locked"
    yield process
    if process.poll() is None:
        process.kill()
    process.wait()
    process.stdout.close()


def test_a_second_instance_is_refused_and_told(qtbot, tmp_path: Path, holder) -> None:
    told: list[tuple[str, str]] = []
    assert startup.claim_data_folder(tmp_path, tell=lambda *a: told.append(a)) is None
    [(title, text)] = told
    assert title == "mysteryshop is already open" and str(holder.pid) in text


def test_a_live_lock_is_never_stale_however_old(qtbot, tmp_path: Path, holder) -> None:
    hour_ago = time.time() - 3600
    os.utime(tmp_path / paths.LOCK_FILE, (hour_ago, hour_ago))
    lock = startup.InstanceLock(tmp_path)
    assert not lock.acquire()
    assert lock.holder() == holder.pid
    assert health.lock_holder(tmp_path) == holder.pid


def test_the_lock_of_a_crashed_instance_is_taken_over(qtbot, tmp_path: Path, holder) -> None:
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert (tmp_path / paths.LOCK_FILE).exists()  # left behind by the crash
    lock = startup.claim_data_folder(tmp_path, tell=lambda *a: pytest.fail(str(a)))
    assert lock is not None
    assert health.lock_holder(tmp_path) is None  # it is ours now
    lock.release()
    assert not (tmp_path / paths.LOCK_FILE).exists()


def test_a_data_folder_that_cannot_be_used_is_told(qtbot, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    told: list[tuple[str, str]] = []
    found = startup.claim_data_folder(tmp_path / "file" / "data", tell=lambda *a: told.append(a))
    assert found is None
    assert "cannot be created" in told[0][1]


# --- the database file at start ---------------------------------------------------------------


@pytest.fixture
def damaged(db, shipped_forms) -> Path:
    """A data folder with a backup and a database damaged since."""
    data = demo.generate(shipped_forms, encounters=15, seed=3)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    backup.backup(db, reason="daily")
    path = backup.sqlite_path(db)
    db.close()
    raw = bytearray(path.read_bytes())
    raw[100:4096] = b"\x00" * 3996  # the schema page
    path.write_bytes(bytes(raw))
    return path


def _answer(choice: str, seen: list[QMessageBox]):
    def ask(box: QMessageBox) -> str:
        seen.append(box)
        return choice

    return ask


def test_a_damaged_database_is_restored_from_the_latest_backup(qtbot, damaged: Path) -> None:
    before = damaged.read_bytes()
    boxes: list[QMessageBox] = []
    told: list[tuple[str, str]] = []
    ok = startup.check_database_file(
        f"sqlite:///{damaged}",
        ask=_answer(startup.RESTORE, boxes),
        tell=lambda *a: pytest.fail(str(a)),
        inform=lambda *a: told.append(a),
    )
    assert ok
    [box] = boxes
    assert box.text() == "The database is damaged"
    assert "latest backup is from" in box.informativeText()
    assert told[0][0] == "The backup was restored"
    assert health.quick_check(damaged).state == health.OK
    [aside] = [
        p for p in damaged.parent.glob("mysteryshop.sqlite3.broken-*") if p.name[-4:] not in SIDE
    ]
    assert aside.read_bytes() == before  # the damaged file kept, unchanged


def test_quitting_leaves_a_damaged_database_untouched(qtbot, damaged: Path) -> None:
    before = sorted(p.name for p in damaged.parent.iterdir())
    content = damaged.read_bytes()
    ok = startup.check_database_file(
        f"sqlite:///{damaged}", ask=_answer(startup.QUIT, []), tell=lambda *a: None
    )
    assert not ok
    assert damaged.read_bytes() == content
    assert sorted(p.name for p in damaged.parent.iterdir()) == before


def test_the_app_and_the_command_line_say_the_same_about_a_damaged_file(
    qtbot, damaged: Path, capsys
) -> None:
    from mysteryshop.cli import main

    assert main(["--database-url", f"sqlite:///{damaged}", "forms", "list"]) == 1
    told = capsys.readouterr().err
    boxes: list[QMessageBox] = []
    assert not startup.check_database_file(
        f"sqlite:///{damaged}", ask=_answer(startup.QUIT, boxes), tell=lambda *a: None
    )
    [box] = boxes
    shown = box.informativeText().split("\n\n")[0]
    said = f"The database {damaged} is damaged ("
    assert told.startswith(said) and shown.startswith(said)
    assert "mysteryshop has not changed it." in told and shown.endswith(
        "mysteryshop has not changed it."
    )
    assert "restore --latest" in told and "latest backup is from" in box.informativeText()


def test_damage_that_only_opening_finds_gets_the_same_question(qtbot, damaged: Path) -> None:
    # open_checked is what the app calls after the start-up check: a file found damaged only
    # then is offered the backup too, not an error box.
    boxes: list[QMessageBox] = []
    told: list[tuple[str, str]] = []
    db = startup.open_checked(
        f"sqlite:///{damaged}",
        ask=_answer(startup.RESTORE, boxes),
        tell=lambda *a: pytest.fail(str(a)),
        inform=lambda *a: told.append(a),
    )
    assert db is not None
    try:
        assert len(queries.list_forms(db)) == 6  # two shipped forms, versions 3, 2, 1
    finally:
        db.close()
    [box] = boxes
    assert box.text() == "The database is damaged"
    assert told[0][0] == "The backup was restored"


def test_quitting_when_opening_finds_damage_opens_nothing(qtbot, damaged: Path) -> None:
    content = damaged.read_bytes()
    db = startup.open_checked(f"sqlite:///{damaged}", ask=_answer(startup.QUIT, []))
    assert db is None
    assert damaged.read_bytes() == content


def test_starting_empty_moves_the_damaged_file_aside(qtbot, damaged: Path) -> None:
    ok = startup.check_database_file(
        f"sqlite:///{damaged}", ask=_answer(startup.FRESH, []), inform=lambda *a: None
    )
    assert ok and not damaged.exists()
    assert list(damaged.parent.glob("mysteryshop.sqlite3.broken-*"))


def test_without_a_backup_only_moving_aside_or_quitting_is_offered(qtbot, tmp_path) -> None:
    found = health.DatabaseHealth(health.FOREIGN, tmp_path / "x.sqlite3", "it holds: contacts")
    box = startup.problem_box(found, None)
    choices = {button.property("choice") for button in box.buttons()} - {None}  # Details…
    assert choices == {startup.FRESH, startup.QUIT}
    assert "no backup" in box.informativeText()
    assert box.text() == "The database is not a mysteryshop database"


def test_a_locked_database_is_told_and_not_opened(qtbot, db) -> None:
    import sqlite3

    path = backup.sqlite_path(db)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    told: list[tuple[str, str]] = []
    try:
        ok = startup.check_database_file(
            f"sqlite:///{path}", tell=lambda *a: told.append(a), timeout=0.1
        )
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not ok
    assert "locked by another program" in told[0][1]


def test_a_good_or_new_database_goes_straight_on(qtbot, db, tmp_path: Path) -> None:
    fail = {"ask": lambda box: pytest.fail(box.text()), "tell": lambda *a: pytest.fail(str(a))}
    assert startup.check_database_file(db.url, **fail)
    assert startup.check_database_file(f"sqlite:///{tmp_path / 'new' / 'x.sqlite3'}", **fail)
    assert startup.check_database_file("postgresql+psycopg://u@h/db", **fail)


def test_the_file_is_checked_while_meanwhile_runs(qtbot, db, monkeypatch) -> None:
    # The app imports its views while a worker reads the file (about a second each at 100,000
    # encounters). Sequential, the check would wait its 5 s for a `meanwhile` not yet begun.
    running = threading.Event()
    overlapped: list[bool] = []
    check = health.quick_check

    def slow_check(path: Path, **options: object) -> health.DatabaseHealth:
        overlapped.append(running.wait(5))
        return check(path, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(health, "quick_check", slow_check)
    calls: list[str] = []
    fail = {"ask": lambda box: pytest.fail(box.text()), "tell": lambda *a: pytest.fail(str(a))}
    assert startup.check_database_file(db.url, meanwhile=running.set, **fail)
    assert overlapped == [True]
    server = "postgresql+psycopg://u@h/db"  # nothing to read: `meanwhile` still runs, once
    assert startup.check_database_file(server, meanwhile=lambda: calls.append("x"), **fail)
    assert calls == ["x"]


def test_the_daily_backup_runs_in_a_worker(qtbot, db) -> None:
    failures: list[str] = []
    task = startup.start_daily_backup(db, on_failed=failures.append)
    assert task is not None
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.waitUntil(lambda: health.latest_backup_of(backup.sqlite_path(db)) is not None)
    assert failures == []


# --- unexpected errors ------------------------------------------------------------------------


@pytest.fixture
def reporter(qtbot, tmp_path: Path):
    found = startup.ErrorReporter(tmp_path / "log" / "mysteryshop.log")
    found.install()
    yield found
    found.uninstall()
    if found.dialog is not None:
        found.dialog.close()


def test_the_log_is_in_the_platform_log_folder() -> None:
    import platformdirs

    assert startup.log_path().parent == platformdirs.user_log_path("mysteryshop", appauthor=False)


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown_and_the_app_goes_on(qtbot, reporter) -> None:
    clicks: list[int] = []

    def on_clicked() -> None:
        clicks.append(1)
        if len(clicks) == 1:
            raise RuntimeError("a bug in a slot")

    button = QPushButton("Go")
    qtbot.addWidget(button)
    button.clicked.connect(on_clicked)
    button.click()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    log = reporter.log.read_text(encoding="utf-8")
    assert "RuntimeError: a bug in a slot" in log and "on_clicked" in log
    assert reporter.dialog.text() == "Something went wrong"
    assert str(reporter.log) in reporter.dialog.informativeText()
    assert "a bug in a slot" in reporter.dialog.detailedText()
    button.click()  # still usable
    assert len(clicks) == 2 and reporter.count == 1


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_thread_is_logged_and_shown(qtbot, reporter) -> None:
    def work() -> None:
        raise ValueError("a bug in a thread")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.count == 1)
    assert "ValueError: a bug in a thread" in reporter.log.read_text(encoding="utf-8")


def test_the_hook_called_directly_logs_every_error_with_one_dialog(qtbot, reporter) -> None:
    for number in range(3):
        try:
            raise KeyError(f"error {number}")
        except KeyError:
            reporter.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: reporter.count == 3)
    log = reporter.log.read_text(encoding="utf-8")
    assert log.count("unexpected error\n") == 3 and log.count("KeyError: '…'") == 3
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert len([d for d in dialogs if d.isVisible()]) == 1


def test_an_unwritable_log_still_shows_the_dialog(qtbot, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    found = startup.ErrorReporter(tmp_path / "file" / "log" / "mysteryshop.log")
    assert not found.write_log("text")
    try:
        raise OSError("disk gone")
    except OSError:
        found.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: found.dialog is not None)
    found.dialog.close()


# --- the full check: before opening when due, else in the background (issue 17) ---------------


@pytest.fixture
def table_damaged(db, shipped_forms) -> Path:
    """A data folder with a backup and a database whose encounters table is damaged since:
    its schema page is whole, so only a full check (which reads every page) finds it."""
    import sqlite3

    data = demo.generate(shipped_forms, encounters=60, seed=3)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    backup.backup(db, reason="daily")
    path = backup.sqlite_path(db)
    db.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        [root] = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'encounters'"
        ).fetchone()
    connection.close()
    raw = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    raw[start + 8 : start + page_size] = b"\x5a" * (page_size - 8)
    path.write_bytes(bytes(raw))
    return path


def test_a_start_that_is_not_due_opens_at_once_and_checks_in_the_background(
    qtbot, table_damaged: Path
) -> None:
    url = f"sqlite:///{table_damaged}"
    health.record_full_check(table_damaged)  # found whole a day ago, damaged since
    assert not startup.full_check_due(url)
    fail = {"ask": lambda box: pytest.fail(box.text()), "tell": lambda *a: pytest.fail(str(a))}
    assert startup.check_database_file(url, full=False, **fail)  # the schema page is whole
    told: list[tuple[str, str]] = []
    stop = startup.check_in_background(url, delay_ms=0, tell=lambda *a: told.append(a))
    assert stop is not None
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    [(title, text)] = told
    assert title == "The database is damaged"
    assert text.startswith(f"The database {table_damaged} is damaged (")
    assert "restore the latest backup" in text
    # The next start reads the whole file before opening it, and offers the backup.
    assert startup.full_check_due(url)
    boxes: list[QMessageBox] = []
    assert startup.check_database_file(
        url, full=True, ask=_answer(startup.RESTORE, boxes), inform=lambda *a: None
    )
    [box] = boxes
    assert box.text() == "The database is damaged"


def test_a_whole_file_checked_in_the_background_is_not_due_for_a_week(qtbot, db) -> None:
    path = backup.sqlite_path(db)
    assert path is not None
    assert startup.full_check_due(db.url)  # never checked
    startup.check_in_background(db.url, delay_ms=0, tell=lambda *a: pytest.fail(str(a)))
    qtbot.waitUntil(lambda: health.last_full_check(path) is not None, timeout=10_000)
    assert not startup.full_check_due(db.url)
    assert startup.check_in_background("postgresql+psycopg://u@h/db") is None


def test_a_full_check_at_start_is_recorded(qtbot, db) -> None:
    fail = {"ask": lambda box: pytest.fail(box.text()), "tell": lambda *a: pytest.fail(str(a))}
    assert startup.full_check_due(db.url)
    assert startup.check_database_file(db.url, full=False, **fail)
    assert startup.full_check_due(db.url)  # reading the schema is no full check
    assert startup.check_database_file(db.url, **fail)
    assert not startup.full_check_due(db.url)


def test_the_app_marks_its_run_and_clears_the_mark_on_a_clean_exit(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    """app.run itself, start to exit: the full check before opening after a crash (its marker
    left), none (only the schema) on the next day-to-day start, and the marker cleared."""
    import argparse

    from PySide6.QtCore import QTimer

    from mysteryshop.ui import app as app_module
    from mysteryshop.ui import tasks
    from mysteryshop.ui.main_window import MainWindow

    opened: list[bool] = []
    check = health.quick_check

    def spy(path: Path, **options: object) -> health.DatabaseHealth:
        if not options.get("stop"):  # the start's own check, not the background one
            opened.append(bool(options.get("full", True)))
        return check(path, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(health, "quick_check", spy)
    database = data_dir / paths.DATABASE_FILE
    running = database.with_name(database.name + health.RUNNING_SUFFIX)
    seen_running: list[bool] = []

    def start() -> int:
        timer = QTimer()

        def close() -> None:  # once the window has every view over the open database
            for widget in QApplication.topLevelWidgets():
                shown = isinstance(widget, MainWindow) and widget.isVisible()
                if shown and hasattr(widget, "exchange") and tasks.idle():
                    timer.stop()
                    seen_running.append(running.exists())
                    widget.close()  # the last window: app.exec returns

        timer.timeout.connect(close)
        timer.start(50)
        return app_module.run(argparse.Namespace(data_dir=None, database_url=None))

    assert start() == 0  # a new database: nothing to read yet
    assert seen_running == [True] and not running.exists()
    assert start() == 0  # never fully checked: read whole before opening
    assert opened[-1] is True and health.last_full_check(database) is not None
    assert start() == 0  # the day after: opened at once, checked in the background
    assert opened[-1] is False
    running.write_text("4242\n")  # a crash
    assert start() == 0
    assert opened[-1] is True and not running.exists()
