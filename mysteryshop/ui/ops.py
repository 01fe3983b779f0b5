"""Writes from the UI and what they changed, in the manner of anki's CollectionOp and OpChanges.

`Op` runs a store write in a worker (through ui.tasks), with a progress dialog where it takes
a while; back on the UI thread it announces what changed, then calls back:

    Op(workspace, work, Changes.everything(), parent=self)
        .with_progress(self.tr("Deleting…"), modal=True).exclusive()
        .success(self.on_deleted).failure(self.on_not_deleted).run()

`announce` is the one place `Workspace.changed` is emitted, and `Refresher` is how a view
follows it: refreshed at once when visible, else once when next shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from mysteryshop.changes import Changes
from mysteryshop.store.db import ConnectionLostError
from mysteryshop.ui import tasks
from mysteryshop.ui.workspace import Workspace

T = TypeVar("T")
Progress = Callable[[int, int], None]

# Ops under way. PySide holds the bound methods connected to the task's signals weakly: an op
# nobody else refers to (`Op(...).run()`) would be collected and its result never handled.
_under_way: set[Op[Any]] = set()


def announce(workspace: Workspace, changes: Changes, initiator: QObject | None = None) -> None:
    """Tell every view what a write changed: the one place `Workspace.changed` is emitted.

    `Op` calls it after each op. Writes that do not run as an Op call it themselves: the
    editor's autosave (its own worker and sequencing) and the quick saves of one record that
    must answer at once on the UI thread (a review, a location's name). `initiator` is the
    view that made the change and shows it already; its Refresher lets it pass."""
    workspace.changed.emit(changes, initiator)


class Refresher(QObject):
    """Keeps a view in step with the workspace's changes: a change the view `wants` (made
    by another view) refreshes it at once when it is visible, else once when it is next
    shown. The one copy of "refresh now if visible, else mark stale".

    `refresh(changes)` gets what changed since the last refresh (everything, the first time
    of a view made `stale`), for views that refresh part of themselves for some changes."""

    def __init__(
        self,
        view: QWidget,
        workspace: Workspace,
        refresh: Callable[[Changes], None],
        wants: Callable[[Changes], bool],
        *,
        stale: bool = False,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.workspace = workspace
        self.pending: Changes | None = Changes.everything() if stale else None
        self._refresh = refresh
        self._wants = wants
        workspace.changed.connect(self.on_changed)
        view.installEventFilter(self)

    @property
    def stale(self) -> bool:
        """Changes wait to be shown."""
        return self.pending is not None

    @Slot(object, object)
    def on_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self.view and self._wants(changes):
            self.mark_stale(changes)

    def mark_stale(self, changes: Changes | None = None, *, when_shown_again: bool = False) -> None:
        """Refresh now if the view is visible (unless `when_shown_again`), else when it is
        next shown."""
        changes = changes or Changes.everything()
        self.pending = changes if self.pending is None else self.pending | changes
        if self.view.isVisible() and not when_shown_again:
            self.refresh_if_stale()

    def mark_fresh(self) -> None:
        """The view has just read everything it shows."""
        self.pending = None

    def refresh_if_stale(self) -> None:
        if self.workspace.server_gone:
            return  # each read would wait for the connect timeout: read when it is back
        if self.pending is not None:
            changes, self.pending = self.pending, None
            try:
                self._refresh(changes)
            except ConnectionLostError:
                # The team server went (the banner of ui/connection.py says so): the view
                # shows what it read before, and reads again when the server is back.
                self.pending = changes if self.pending is None else self.pending | changes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The event first, and the view as Qt knows it: while the garbage collector takes
        # a closed view apart, this object's attributes may be gone before its events stop.
        if event.type() == QEvent.Type.Show and watched is self.parent():
            self.refresh_if_stale()
        return False


class _ProgressDialog(QProgressDialog):
    """A progress dialog that Escape and the close button leave open when the work cannot
    be cancelled."""

    def __init__(self, label: str, cancellable: bool, parent: QWidget | None) -> None:
        super().__init__(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        self.cancellable = cancellable
        self.finished_work = False
        if not cancellable:
            self.setCancelButton(None)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 0)
        self.setBar(self.progress_bar)

    def show_progress(self, done: int, total: int) -> None:
        """Move the bar (a busy bar when `total` is 0). Not through setValue: on a modal
        dialog that runs a nested event loop, and the op's end could arrive inside it."""
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
        else:
            self.progress_bar.setRange(0, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self.cancellable or event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.cancellable or self.finished_work:
            super().closeEvent(event)
        else:
            event.ignore()


class Op(Generic[T]):
    """One write from the UI. `work(progress)` runs in a worker thread and must not touch
    widgets; `changes` says what it changed (or makes that from its result). On success,
    back on the UI thread, the change is announced (with `parent` as its initiator) and
    then the success callback runs; on failure the failure callback gets the error (a
    `tasks.TaskCancelled` when the user cancelled), or it is raised for the app's error
    reporter. Callbacks are skipped once `parent` has been deleted; the change is still
    announced."""

    def __init__(
        self,
        workspace: Workspace,
        work: Callable[[Progress], T],
        changes: Changes | Callable[[T], Changes],
        *,
        parent: QWidget | None = None,
    ) -> None:
        self.workspace = workspace
        self.parent = parent
        self.task: tasks.Task | None = None
        self.dialog: _ProgressDialog | None = None
        self._work = work
        self._changes = changes
        self._label: str | None = None
        self._modal = False
        self._cancellable = False
        self._exclusive = False
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[Exception], None] | None = None

    def with_progress(self, label: str, *, modal: bool = False, cancellable: bool = False) -> Op[T]:
        """Show a progress dialog while the work runs. `modal`: at once, and blocking the
        whole app (destructive jobs); else after a moment, over its window only."""
        self._label, self._modal, self._cancellable = label, modal, cancellable
        return self

    def exclusive(self) -> Op[T]:
        """The work needs the database to itself (VACUUM): it starts once the app's other
        tasks have ended, and tasks started meanwhile (an autosave) wait for it."""
        self._exclusive = True
        return self

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Op[T]:
        self._failure = callback
        return self

    def run(self) -> tasks.Task:
        if self._label is not None:
            self.dialog = _ProgressDialog(self._label, self._cancellable, self.parent)
            self.dialog.setWindowTitle(self._label)
            if self._modal:
                self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
                self.dialog.setMinimumDuration(0)
                self.dialog.show()
            else:
                self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
                self.dialog.setMinimumDuration(400)
        # No parent for the task's signals: the change is announced even if the view that
        # asked for it has gone meanwhile.
        _under_way.add(self)
        self.task = tasks.start(
            self._work,
            done=self._on_done,
            failed=self._on_failed,
            progress=self._on_progress,
            exclusive=self._exclusive,
        )
        if self.dialog is not None:
            self.dialog.canceled.connect(self._on_cancel)
        return self.task

    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.show_progress(done, total)

    def _on_cancel(self) -> None:
        if self.task is not None:
            self.task.cancelled = True

    def _end(self) -> None:
        _under_way.discard(self)
        if self.dialog is not None:
            self.dialog.finished_work = True
            self.dialog.canceled.disconnect(self._on_cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _parent_alive(self) -> bool:
        return self.parent is None or shiboken6.isValid(self.parent)

    def _on_done(self, result: T) -> None:
        self._end()
        changes = self._changes if isinstance(self._changes, Changes) else self._changes(result)
        announce(self.workspace, changes, self.parent if self._parent_alive() else None)
        if self._success is not None and self._parent_alive():
            self._success(result)

    def _on_failed(self, error: Exception) -> None:
        self._end()
        if self._failure is None:
            raise error
        if self._parent_alive():
            self._failure(error)
