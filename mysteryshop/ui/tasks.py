"""Long work off the UI thread: run a function in Qt's thread pool, get its result, errors
and progress back on the UI thread through signals. Never touch widgets inside the work."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from mysteryshop import gcpause


class TaskSignals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """One piece of work. `work(progress)` gets a callable(done, total) to report progress.
    An `exclusive` task has the database to itself: it starts once every other task has
    ended, and tasks started meanwhile wait until it has ended (see `start`)."""

    def __init__(
        self, work: Callable[[Callable[[int, int], None]], Any], *, exclusive: bool = False
    ) -> None:
        super().__init__()
        self.work = work
        self.exclusive = exclusive
        self.signals = TaskSignals()
        self.cancelled = False

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(self._progress)
        except Exception as error:  # handed to the UI thread, shown there
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)
        finally:
            # Not through self.signals: a parent may have deleted those meanwhile. The last
            # thing this thread does: the UI thread may switch the collector on once it hears.
            assert _queue is not None  # start() made it
            _queue.ended.emit(self)

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise TaskCancelled()
        self.signals.progress.emit(done, total)


class TaskCancelled(Exception):
    """Raised inside the work when the user cancelled it."""


class _Queue(QObject):
    """The tasks under way and those waiting for an exclusive one, on the UI thread.

    No automatic garbage collection while any task runs (gcpause). The cyclic collector runs
    in whichever thread happens to allocate. When it frees a Python-owned QObject (a closed
    window caught in a reference cycle) from a worker thread, Qt destroys the object in that
    thread and the process crashes: seen as a segfault in the UI tests, the traceback ending
    in "Garbage-collecting" inside a dashboard worker. So the pause begins and ends here, on
    the UI thread: a worker that switched the collector back on as it finished was the next
    to allocate, and collected there (the same segfault, in contextlib's __exit__)."""

    ended = Signal(object)  # a Task, emitted from its worker thread

    def __init__(self) -> None:
        super().__init__()
        # Without a reference the Python wrapper (and its signals) could be collected while
        # the pool still runs the task, and its result would never arrive.
        self.running: set[Task] = set()
        self.waiting: deque[Task] = deque()
        self.ended.connect(self.on_ended)

    def add(self, task: Task) -> None:
        self.waiting.append(task)
        self.dispatch()

    def dispatch(self) -> None:
        """Start waiting tasks in order: none beside an exclusive one, and an exclusive one
        only once the others have ended (the ones after it wait, so it is not starved)."""
        while self.waiting and not any(task.exclusive for task in self.running):
            if self.waiting[0].exclusive and self.running:
                return
            task = self.waiting.popleft()
            self.running.add(task)
            gcpause.pause()  # resumed here on the UI thread, in on_ended
            QThreadPool.globalInstance().start(task)

    @Slot(object)
    def on_ended(self, task: Task) -> None:
        self.running.discard(task)
        gcpause.resume()
        self.dispatch()


_queue: _Queue | None = None  # made by the first start(), on the UI thread


def idle() -> bool:
    """No task is running or waiting."""
    return _queue is None or not (_queue.running or _queue.waiting)


def start(
    work: Callable[[Callable[[int, int], None]], Any],
    *,
    done: Callable[[Any], None] | None = None,
    failed: Callable[[Exception], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    parent: QObject | None = None,
    exclusive: bool = False,
) -> Task:
    """Run `work` in the global thread pool; the callbacks run on the UI thread.

    `exclusive`: the work needs the database to itself (VACUUM): it waits for the running
    tasks (an autosave, the dashboard's figures, an export) to end, and tasks started
    meanwhile wait for it, so nothing of this app touches the database while it runs."""
    task = Task(work, exclusive=exclusive)
    task.setAutoDelete(False)  # Python owns it: kept alive in _queue until it has ended
    if parent is not None:
        task.signals.setParent(parent)
    if done:
        task.signals.done.connect(done)
    if failed:
        task.signals.failed.connect(failed)
    if progress:
        task.signals.progress.connect(progress)
    global _queue
    if _queue is None:
        _queue = _Queue()
    _queue.add(task)
    return task
