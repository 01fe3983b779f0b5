"""Long work off the UI thread: run a function in Qt's thread pool, get its result, errors
and progress back on the UI thread through signals. Never touch widgets inside the work."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

# Paused around every task. The cyclic collector runs in whichever thread happens to allocate.
# When it frees a Python-owned QObject (a closed window caught in a reference cycle) from a
# worker thread, Qt destroys the object in that thread and the process crashes: seen as a
# segfault in the UI tests, the traceback ending in "Garbage-collecting" inside a dashboard
# worker. Paused while tasks run, collections happen on the UI thread.
from mysteryshop.gcpause import gc_paused

# Tasks under way. Without a reference the Python wrapper (and its signals) could be
# collected while the pool still runs the task, and its result would never arrive.
_running: set[Task] = set()


class TaskSignals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """One piece of work. `work(progress)` gets a callable(done, total) to report progress."""

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = TaskSignals()
        self.cancelled = False

    @Slot()
    def run(self) -> None:
        with gc_paused():  # the emits allocate too: keep them inside
            try:
                result = self.work(self._progress)
            except Exception as error:  # handed to the UI thread, shown there
                self.signals.failed.emit(error)
            else:
                self.signals.done.emit(result)

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise TaskCancelled()
        self.signals.progress.emit(done, total)


class TaskCancelled(Exception):
    """Raised inside the work when the user cancelled it."""


def start(
    work: Callable[[Callable[[int, int], None]], Any],
    *,
    done: Callable[[Any], None] | None = None,
    failed: Callable[[Exception], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    parent: QObject | None = None,
) -> Task:
    """Run `work` in the global thread pool; the callbacks run on the UI thread."""
    task = Task(work)
    task.setAutoDelete(False)  # Python owns it: kept alive in _running until it has finished
    _running.add(task)
    task.signals.done.connect(lambda _result: _running.discard(task))
    task.signals.failed.connect(lambda _error: _running.discard(task))
    if parent is not None:
        task.signals.setParent(parent)
    if done:
        task.signals.done.connect(done)
    if failed:
        task.signals.failed.connect(failed)
    if progress:
        task.signals.progress.connect(progress)
    QThreadPool.globalInstance().start(task)
    return task
