"""One process-wide pause of Python's cyclic garbage collector, counted, so that nested and
overlapping pauses (worker tasks, a bundle import, demo data) switch it back on only when the
last one ends, and only if it was on before the first."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pausers = 0
_was_enabled = False


def pause() -> None:
    """Pause the collector until the matching `resume` (prefer `gc_paused`)."""
    global _pausers, _was_enabled
    with _lock:
        if _pausers == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pausers += 1


def resume() -> None:
    """End one `pause`: the last one switches the collector back on, if it was on before.
    The next collection runs in the thread that allocates next: Qt code resumes on the UI
    thread (ui/tasks.py)."""
    global _pausers
    with _lock:
        _pausers -= 1
        if _pausers == 0 and _was_enabled:
            gc.enable()


@contextmanager
def gc_paused() -> Iterator[None]:
    """No automatic garbage collection inside the block.

    Used where millions of short-lived, acyclic objects are made (an import, demo data: the
    collector would only rescan them), and while UI worker tasks run: when the collector
    frees a Python-owned QObject from a worker thread, Qt destroys it there and the process
    crashes (ui/tasks.py). Library code never calls `gc.disable()` itself: two bare
    disable/enable pairs on different threads switch each other's pause off."""
    pause()
    try:
        yield
    finally:
        resume()
