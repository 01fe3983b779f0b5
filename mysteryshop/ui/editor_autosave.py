"""Autosave of the encounter being recorded: a moment after each change the draft is written to the
database in a worker thread; what cannot go there yet is kept in a file beside it (store.drafts).

Guarantee: a change is stored at most MAX_DELAY_MS (+ the save itself) after it was made, even
while the observer keeps typing, so killing the app loses at most the last second.
"""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from mysteryshop.store import drafts, queries
from mysteryshop.store.db import ConflictError, ConnectionLostError, Database, StoreError
from mysteryshop.store.records import EncounterData
from mysteryshop.ui import display, tasks

DEBOUNCE_MS = 500  # quiet time after the last change before saving
MAX_DELAY_MS = 1000  # and never later than this after the first unsaved change


@dataclass
class SaveRequest:
    """What to save: `to_database` False keeps it in the unsaved-encounters folder instead
    (no location chosen yet, or changes to a submitted encounter wait for an explicit save)."""

    data: EncounterData
    to_database: bool
    location_text: str = ""
    why_not: str = ""  # shown when not going to the database
    by: str | None = None  # who edits (an alias), for the encounter's history


class Autosave(QObject):
    """Debounced saving of one encounter at a time, with optimistic locking (`revision`).

    `collect(explicit)` returns the current SaveRequest (None when nothing is open)."""

    # kind: 'saved' | 'saving' | 'kept' (only in the file) | 'error'; message for the user
    state_changed = Signal(str, str)
    stored = Signal(object)  # the EncounterData the database returned

    def __init__(
        self,
        db: Database,
        collect: Callable[[bool], SaveRequest | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.collect = collect
        self.revision = 0  # the stored revision we edit (0: not stored yet)
        self.generation = 0  # number of changes so far
        self.saved_generation = 0  # changes safely stored (database or file)
        self.durations_ms: list[float] = []  # database saves, for measuring
        self.last_error = ""
        self.kept_only = False  # the latest state went to the file, not the database
        # The last save found the team server gone: each change goes to the file first, as a
        # save may now wait up to the connect timeout before it fails.
        self.server_gone = False
        self._task: tasks.Task | None = None
        self._busy = False
        self._pending = False
        self._seq = 0  # every save attempt gets a number; older results are ignored
        self._applied_seq = 0
        self._landed: tuple[int, int, Any, float] | None = None
        self._lock = threading.RLock()  # one save at a time; guards _seq and _landed
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._deadline = QTimer(self, singleShot=True, interval=MAX_DELAY_MS)
        self._debounce.timeout.connect(self.on_due)
        self._deadline.timeout.connect(self.on_due)

    # --- state --------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A save is waiting or running."""
        return self._busy or self._debounce.isActive() or self._deadline.isActive()

    @property
    def dirty(self) -> bool:
        return self.generation != self.saved_generation

    def median_ms(self) -> float | None:
        return statistics.median(self.durations_ms) if self.durations_ms else None

    def reset(self, revision: int) -> None:
        """Start on another encounter (already stored with `revision`, or 0 for a new one)."""
        self._stop_timers()
        with self._lock:
            self._seq += 1  # a queued save of the previous encounter must not run
            self._applied_seq = self._seq
            self._landed = None
        self._pending = False
        self.revision = revision
        self.generation = self.saved_generation = 0
        self.last_error = ""
        self.kept_only = False

    # --- scheduling ---------------------------------------------------------------------------

    def mark_changed(self) -> None:
        """Something changed: save soon."""
        self.generation += 1
        self._debounce.start()
        if not self._deadline.isActive():
            self._deadline.start()
        self.state_changed.emit("saving", self.tr("Saving…"))

    def _stop_timers(self) -> None:
        self._debounce.stop()
        self._deadline.stop()

    @Slot()
    def on_due(self) -> None:
        self._stop_timers()
        if self._busy:
            self._pending = True  # saved again when the running save is done
            return
        if not self.dirty:
            return
        request = self.collect(False)
        if request is None:
            return
        generation = self.generation
        if not request.to_database:
            self._keep(request, generation, request.why_not)
            return
        if self.server_gone:
            try:
                drafts.keep_unsaved(self.db, request.data, request.location_text)
            except (OSError, ValueError):
                pass  # the save below says what is wrong
        with self._lock:
            self._seq += 1
            seq = self._seq
        data = request.data
        data.revision = self.revision
        self._busy = True
        self._pending = False

        def work(_progress: Callable[[int, int], None]) -> tuple[int, int, Any, float] | None:
            # Worker thread: no widgets here; the lock serialises it with save_now().
            with self._lock:
                if seq != self._seq:
                    return None  # a newer save was done meanwhile
                landed = (seq, generation, *_save(self.db, data, request.by))
                self._landed = landed
                return landed

        # The task's signals get no parent: if the editor goes away mid-save, the worker
        # still emits into a live object and the result is simply dropped.
        self._task = tasks.start(work, done=self.on_saved, failed=self.on_failed)

    @Slot(object)
    def on_saved(self, landed: tuple[int, int, Any, float] | None) -> None:
        self._busy = False
        self._task = None
        if landed is not None:
            with self._lock:
                if self._landed is landed:
                    self._landed = None
            self._apply(*landed)
        if (self._pending or self.dirty) and not self.last_error:
            self._pending = False
            self.on_due()

    @Slot(object)
    def on_failed(self, error: Exception) -> None:  # only if _save itself broke
        self._busy = False
        self._task = None
        self._report_error(error, self.generation)

    # --- saving now ---------------------------------------------------------------------------

    def save_now(self, *, force: bool = False) -> bool:
        """Save synchronously (Ctrl+S, closing, submitting). False when it could not go to the
        database; the state says why. `force` saves even without changes."""
        self._stop_timers()
        with self._lock:
            if self._landed is not None:  # a background save finished; take its revision
                landed, self._landed = self._landed, None
                self._apply(*landed)
            self._seq += 1
            seq = self._seq
            if not self.dirty and not force and not self.kept_only:
                return not self.last_error
            request = self.collect(True)
            if request is None:
                return True
            generation = self.generation
            if not request.to_database:
                self._keep(request, generation, request.why_not)
                return False
            if self.server_gone:  # not on the UI thread: it could wait the connect timeout
                self._keep(request, generation, self._gone_message())
                self.last_error = self._gone_message()  # kept, yet not in the database
                return False
            request.data.revision = self.revision
            self._apply(seq, generation, *_save(self.db, request.data, request.by))
        return not self.last_error

    # --- results --------------------------------------------------------------------------------

    def _apply(self, seq: int, generation: int, result: Any, ms: float) -> None:
        if seq <= self._applied_seq:
            return  # an older save than one already applied
        self._applied_seq = seq
        if isinstance(result, Exception):
            self._report_error(result, generation)
            return
        self.durations_ms.append(ms)
        self.server_gone = False
        self.revision = result.revision
        self.saved_generation = max(self.saved_generation, generation)
        self.last_error = ""
        self.kept_only = False
        if not self.dirty:
            drafts.discard_unsaved(self.db, result.id)
            moment = display.time_text(datetime.now())
            self.state_changed.emit("saved", self.tr("Saved {time}").format(time=moment))
        self.stored.emit(result)

    def _keep(self, request: SaveRequest, generation: int, why: str) -> None:
        try:
            drafts.keep_unsaved(self.db, request.data, request.location_text)
        except (OSError, ValueError) as error:
            self.last_error = str(error)
            self.state_changed.emit("error", self.tr("Not saved: {error}").format(error=error))
            return
        self.saved_generation = max(self.saved_generation, generation)
        self.last_error = ""
        self.kept_only = True
        self.state_changed.emit("kept", why)

    def server_back(self) -> bool:
        """The team server answers again: save what was kept (False: it went again)."""
        self.server_gone = False
        return self.save_now()

    def _gone_message(self) -> str:
        return self.tr(
            "Kept on this computer: the team server is not answering. Saved when it is back."
        )

    def _report_error(self, error: Exception, generation: int) -> None:
        if isinstance(error, ConflictError):
            message = self.tr(
                "Not saved: this encounter was changed elsewhere meanwhile. Your answers stay "
                "here; reopen it from the log to see the other changes."
            )
        elif isinstance(error, ConnectionLostError):
            self.server_gone = True
            message = self._gone_message()
        elif isinstance(error, StoreError):
            message = self.tr("Not saved: {reason}").format(reason="; ".join(error.problems))
        else:
            message = self.tr("Not saved: {reason}").format(reason=error)
        self.last_error = message
        request = self.collect(True)
        if request is not None:  # keep the typed work in a file until it can be stored
            try:
                drafts.keep_unsaved(self.db, request.data, request.location_text)
            except (OSError, ValueError):
                pass
        # A server that went is no fault of the observer's: the work is kept, said calmly.
        self.state_changed.emit(
            "kept" if isinstance(error, ConnectionLostError) else "error", message
        )


def _save(db: Database, data: EncounterData, by: str | None) -> tuple[Any, float]:
    """Save and time it; a refused save comes back as the exception."""
    started = time.perf_counter()
    try:
        result: Any = queries.save_encounter(db, data, by=by)
    except StoreError as error:
        result = error
    except Exception as error:  # e.g. the database went away: shown, never a crash
        result = error
    return result, (time.perf_counter() - started) * 1000
