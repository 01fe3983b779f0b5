"""ui/tasks.py: work runs in the thread pool, results come back on the UI thread, and no
automatic garbage collection runs while a task does (see gcpause.gc_paused)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool

from mysteryshop import gcpause
from mysteryshop.ui import tasks


@pytest.fixture(autouse=True)
def _no_other_tasks(qtbot) -> Iterator[None]:
    """Tasks of earlier tests (an autosave, say) may still be finishing: they pause the
    collector too, so wait for them before and after."""

    def idle() -> bool:
        pool_idle = QThreadPool.globalInstance().activeThreadCount() == 0
        return pool_idle and tasks.idle() and gc.isenabled()

    qtbot.waitUntil(idle, timeout=10_000)
    yield
    qtbot.waitUntil(idle, timeout=10_000)


def test_result_comes_back_on_the_ui_thread_with_gc_paused_meanwhile(qtbot) -> None:
    seen: dict[str, object] = {}

    def work(progress):
        seen["thread"] = threading.current_thread()
        seen["gc during"] = gc.isenabled()
        progress(1, 1)
        return 42

    results: list[object] = []
    assert gc.isenabled()
    # Wait for the result, not for the signal: the worker may emit `done` before a blocker
    # made after tasks.start() returns is connected (a CI run timed out so).
    tasks.start(work, done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5_000)
    assert results == [42]
    assert seen["thread"] is not threading.main_thread()
    assert seen["gc during"] is False
    qtbot.waitUntil(gc.isenabled, timeout=5_000)  # restored when the task has finished


def test_errors_are_handed_over_not_raised(qtbot) -> None:
    def work(progress):
        raise ValueError("no such location")

    errors: list[Exception] = []
    task = tasks.start(work, failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert isinstance(errors[0], ValueError) and task.signals is not None
    qtbot.waitUntil(gc.isenabled, timeout=5_000)


def test_gc_pauses_nest_and_restore_the_previous_state(qtbot) -> None:
    assert gc.isenabled()
    with gcpause.gc_paused():
        with gcpause.gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gcpause.gc_paused():
            pass
        assert not gc.isenabled()  # was off before: stays off
    finally:
        gc.enable()
