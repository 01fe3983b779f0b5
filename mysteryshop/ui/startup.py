"""What the app does around its main window: one instance per data folder, the checks of the
database before it is opened (and the user's choice when the file is damaged), the daily
backup, the retention reminder, and a log and a dialog for any unexpected error.

The decisions live in store.health and store.privacy; this module asks and tells."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QMessageBox

from mysteryshop import crashlog, paths

if TYPE_CHECKING:
    from mysteryshop.store.db import Database
    from mysteryshop.store.health import DatabaseHealth
    from mysteryshop.store.privacy import ErasureResult
    from mysteryshop.ui.ops import Op
    from mysteryshop.ui.tasks import Task
    from mysteryshop.ui.workspace import Workspace

# Up here only what the app needs before its first paint (the lock, the error hooks): the
# database checks (store.health, which imports sqlite3 and socket) and SQLAlchemy are imported
# once the window shows (see app.run).

LOG_FILE = crashlog.LOG_FILE


# Call sites use translate("Startup", "…"): pyside6-lupdate sees those, not _t().
translate = QCoreApplication.translate


def _t(text: str) -> str:
    return QCoreApplication.translate("Startup", text)


def log_path() -> Path:
    """The app's log file, in the platform's log folder (e.g. ~/.local/state/mysteryshop/log)."""
    return crashlog.log_path()


def sqlite_file(url: str) -> Path | None:
    """The database file of a sqlite:/// URL; None for a server or an in-memory database."""
    if not url.startswith("sqlite:///"):
        return None
    name = url.removeprefix("sqlite:///").split("?", 1)[0]
    if not name or name.startswith(":memory:") or name.startswith("file:"):
        return None
    return Path(name).expanduser().resolve()


# --- one instance per data folder --------------------------------------------------------------


class InstanceLock:
    """The single-instance lock: a QLockFile in the data folder. A lock left by a crashed
    instance (its process is gone) is taken over; a live one is never considered stale however
    old it is (staleLockTime 0)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / paths.LOCK_FILE
        self.lock = QLockFile(str(self.path))
        self.lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        # tryLock removes a lock file whose process no longer runs on this host.
        return bool(self.lock.tryLock(0))

    def holder(self) -> int | None:
        """The process id of the instance holding the lock, when it can be read."""
        found = self.lock.getLockInfo()
        pid = found[0] if isinstance(found, tuple) and found else None
        return int(pid) if pid else None

    def release(self) -> None:
        self.lock.unlock()


def claim_data_folder(
    folder: Path, *, tell: Callable[[str, str], None] | None = None
) -> InstanceLock | None:
    """Check the data folder can be written and take its single-instance lock; None (the
    user told why) when the app should not start."""
    tell = tell or _tell
    problem = paths.check_data_folder(folder)
    if problem is not None:
        tell(translate("Startup", "mysteryshop cannot use its data folder"), problem)
        return None
    lock = InstanceLock(folder)
    if not lock.acquire():
        tell(
            translate("Startup", "mysteryshop is already open"),
            translate(
                "Startup",
                "Switch to its window (process {pid}). Only one mysteryshop at a time can use "
                "a data folder, so that nothing is saved twice.",
            ).format(pid=lock.holder() or "?"),
        )
        return None
    return lock


# --- the database before it is opened ----------------------------------------------------------

RESTORE, FRESH, QUIT = "restore", "fresh", "quit"


def problem_box(found: DatabaseHealth, latest: Path | None) -> QMessageBox:
    """The question asked when the database file is damaged or not ours."""
    from mysteryshop.store import health

    box = QMessageBox(
        QMessageBox.Icon.Warning, translate("Startup", "mysteryshop"), "", parent=None
    )
    box.setText(
        translate("Startup", "The database is damaged")
        if found.state == health.CORRUPT
        else translate("Startup", "The database is not a mysteryshop database")
    )
    lines = [found.message()]
    if latest is not None:
        from mysteryshop.ui import display

        when = display.date_time_text(datetime.fromtimestamp(latest.stat().st_mtime))
        lines.append(
            translate(
                "Startup",
                "The latest backup is from {when}. Restore it? The file that is there now is "
                "moved aside with its -wal and -shm files, not deleted.",
            ).format(when=when)
        )
    else:
        lines.append(translate("Startup", "There is no backup to restore."))
    box.setInformativeText("\n\n".join(lines))
    box.setDetailedText(f"{found.path}\n{found.detail}")
    if latest is not None:
        restore = box.addButton(
            translate("Startup", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole
        )
        restore.setProperty("choice", RESTORE)
        box.setDefaultButton(restore)
    fresh = box.addButton(
        translate("Startup", "Move it aside and start empty"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    fresh.setProperty("choice", FRESH)
    quit_button = box.addButton(translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    quit_button.setProperty("choice", QUIT)
    box.setEscapeButton(quit_button)
    return box


def _ask(box: QMessageBox) -> str:
    box.exec()
    clicked = box.clickedButton()
    return str(clicked.property("choice")) if clicked is not None else QUIT


def _tell(title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Critical) -> None:
    box = QMessageBox(
        icon, translate("Startup", "mysteryshop"), title, QMessageBox.StandardButton.Ok
    )
    box.setInformativeText(text)
    box.exec()


def _inform(title: str, text: str) -> None:
    _tell(title, text, QMessageBox.Icon.Information)


def check_database_file(
    url: str,
    *,
    ask: Callable[[QMessageBox], str] = _ask,
    tell: Callable[[str, str], None] = _tell,
    inform: Callable[[str, str], None] = _inform,
    timeout: float | None = None,
    meanwhile: Callable[[], object] = lambda: None,
    full: bool = True,
) -> bool:
    """Before the database is opened: the data folder can be written, the file is whole, ours
    and not locked by another program. A damaged or foreign file is never changed: the user
    may restore the latest backup (or start empty), the file moved aside either way.
    `meanwhile` runs on this thread while a worker reads the file (SQLite's quick_check reads
    all of it: ~1 s at 100,000 encounters); it must not touch the database. `full=False`
    (full_check_due says when) reads only the header and the schema: the whole file is then
    read by check_in_background once the log shows.
    Returns whether the app may go on to open the database."""
    from concurrent.futures import ThreadPoolExecutor

    from mysteryshop.store import health

    database = sqlite_file(url)
    if database is None:
        meanwhile()
        return True  # a server database: open_database says what is wrong
    problem = paths.check_data_folder(database.parent)
    if problem is not None:
        tell(translate("Startup", "mysteryshop cannot use its data folder"), problem)
        return False
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="quick-check") as worker:
        checking = worker.submit(
            health.quick_check,
            database,
            timeout=health.START_TIMEOUT_S if timeout is None else timeout,
            full=full,
        )
        meanwhile()  # SQLite lets go of the GIL while it reads, so both go at once
        found = checking.result()
    if found.usable:
        if full and found.state == health.OK:
            health.record_full_check(database)
        return True
    if not found.restorable:  # locked by another program, read-only
        tell(translate("Startup", "mysteryshop cannot open the database"), found.message())
        return False
    return offer_recovery(found, ask=ask, tell=tell, inform=inform)


def full_check_due(url: str) -> bool:
    """Whether the file must be read whole before it is opened (store.health.full_check_due:
    after an unclean exit, and every CHECK_EVERY_DAYS days); a server database never is."""
    from mysteryshop.store import health

    database = sqlite_file(url)
    return database is not None and health.full_check_due(database) is not None


def mark_running(url: str) -> None:
    """The app opens the database: its marker stays beside the file until mark_clean_exit, so
    that the next start after a crash or a power cut reads the whole file first."""
    from mysteryshop.store import health

    if (database := sqlite_file(url)) is not None:
        health.mark_running(database)


def mark_clean_exit(url: str) -> None:
    from mysteryshop.store import health

    if (database := sqlite_file(url)) is not None:
        health.mark_clean_exit(database)


def check_in_background(
    url: str, *, delay_ms: int = 2000, tell: Callable[[str, str], None] = _tell
) -> threading.Event | None:
    """The full check the start left out (full_check_due), in a worker once the log shows
    (`delay_ms` later, not to slow the first seconds). Whole: the next one is due in a week.
    Damaged: the user is told to close the app, whose next start checks the file first and
    offers the latest backup, as a damage found at start does. Returns the event that stops
    the check: app.run sets it at exit, so that closing does not wait for the file to be read."""
    from PySide6.QtCore import QTimer

    database = sqlite_file(url)
    if database is None:
        return None
    stop = threading.Event()

    def work(_progress: Any) -> DatabaseHealth:
        from mysteryshop.store import health

        return health.quick_check(database, probe_lock=False, stop=stop)

    def done(found: DatabaseHealth) -> None:
        from mysteryshop.store import health

        if found.state == health.OK:
            health.record_full_check(database)
        elif found.state == health.CORRUPT:
            health.forget_full_check(database)
            tell(
                translate("Startup", "The database is damaged"),
                found.message()
                + "\n\n"
                + translate(
                    "Startup",
                    "Close mysteryshop and start it again: it will offer to restore the latest "
                    "backup. Until then, save nothing more.",
                ),
            )

    def begin() -> None:
        from mysteryshop.ui import tasks

        if not stop.is_set():
            tasks.start(work, done=done)

    QTimer.singleShot(delay_ms, begin)
    return stop


def offer_recovery(
    found: DatabaseHealth,
    *,
    ask: Callable[[QMessageBox], str] = _ask,
    tell: Callable[[str, str], None] = _tell,
    inform: Callable[[str, str], None] = _inform,
) -> bool:
    """Ask what to do with a damaged or foreign database file: restore the latest backup, move
    it aside and start empty, or quit (the file is never changed). Returns whether the app may
    go on to open the database."""
    from mysteryshop.store import health

    database = found.path
    latest = health.latest_backup_of(database)
    choice = ask(problem_box(found, latest))
    try:
        if choice == RESTORE and latest is not None:
            result = health.restore_backup(latest, database, label="broken")
            inform(
                translate("Startup", "The backup was restored"),
                translate("Startup", "The damaged file is kept as {aside}.").format(
                    aside=result.moved_aside
                ),
            )
            return True
        if choice == FRESH:
            aside = health.move_aside(database)
            inform(
                translate("Startup", "Starting with an empty database"),
                translate("Startup", "The old file is kept as {aside}.").format(aside=aside),
            )
            return True
    except Exception as error:
        from mysteryshop.store.db import StoreError

        if not isinstance(error, (OSError, StoreError)):
            raise
        tell(translate("Startup", "The backup could not be restored"), str(error))
    return False


def open_checked(
    url: str,
    *,
    ask: Callable[[QMessageBox], str] = _ask,
    tell: Callable[[str, str], None] = _tell,
    inform: Callable[[str, str], None] = _inform,
) -> Database | None:
    """Open the database (after check_database_file). A damaged file that only opening finds
    gets the same question as one found before; any other reason is told. None: the app
    should not start."""
    from mysteryshop.store import health
    from mysteryshop.store.db import DamagedDatabaseError, StoreError
    from mysteryshop.store.opening import open_database

    try:
        return open_database(url)
    except DamagedDatabaseError as error:
        found = health.DatabaseHealth(health.CORRUPT, error.path, error.detail)
        if not offer_recovery(found, ask=ask, tell=tell, inform=inform):
            return None
    except StoreError as error:
        tell(translate("Startup", "mysteryshop cannot open the database"), str(error))
        return None
    try:
        return open_database(url)  # the restored backup, or a new database
    except StoreError as error:
        tell(translate("Startup", "mysteryshop cannot open the database"), str(error))
        return None


# --- daily backup ------------------------------------------------------------------------------


def start_daily_backup(db: Database, *, on_failed: Callable[[str], None]) -> Task | None:
    """Make today's backup (if not made yet) in a worker thread, so the start is not slowed."""
    from mysteryshop.store import health
    from mysteryshop.ui import tasks

    if sqlite_file(db.url) is None:
        return None

    def work(_progress: Any) -> str | None:
        made = health.daily_backup(db)
        return str(made) if made else None

    def failed(error: Exception) -> None:
        problems = getattr(error, "problems", None)
        on_failed(problems[0] if problems else str(error))

    return tasks.start(work, failed=failed)


# --- retention ---------------------------------------------------------------------------------


def remind_retention(window: QMainWindow, workspace: Workspace) -> Op[ErasureResult] | None:
    """With a retention period set, offer to delete encounters older than it (the user is
    asked, with the count, every time). Returns the running deletion, if the user agreed."""
    from mysteryshop.store.db import StoreError
    from mysteryshop.ui import privacy_dialogs

    months = workspace.settings.retention_months
    if months <= 0:
        return None

    def failed(error: Exception) -> None:
        if not isinstance(error, StoreError):
            raise error
        window.statusBar().showMessage(
            translate("Startup", "Old encounters not deleted: {error}").format(error=error)
        )

    try:
        op = privacy_dialogs.confirm_purge(window, workspace, months)
    except StoreError as error:
        failed(error)
        return None
    if op is None:
        return None

    def deleted(result: ErasureResult) -> None:
        if result.encounters:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Startup", "Deleted %Ln old encounter(s).", "", result.encounters
                ),
                10_000,
            )

    op.success(deleted).failure(failed).run()
    return op


# --- unexpected errors -------------------------------------------------------------------------


class ErrorReporter(QObject):
    """sys.excepthook and threading.excepthook: an unexpected error (in a slot, a virtual
    method, a worker thread) is written to the log and shown in a dialog; the app goes on."""

    reported = Signal(str)  # the traceback, handed to the UI thread

    def __init__(self, log: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log = log
        self.dialog: QMessageBox | None = None
        self.count = 0
        self._previous: tuple[Any, Any] | None = None
        self.reported.connect(self.on_reported)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        from mysteryshop.store.db import ConnectionLostError

        if isinstance(error, ConnectionLostError):
            return  # no fault of the app: the banner of ui/connection.py tells it
        if error.__traceback__ is None:
            error.__traceback__ = trace
        text = crashlog.report(error)  # no user text: messages scrubbed (crashlog.py)
        self.write_log(text)
        self.reported.emit(text)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def write_log(self, text: str) -> bool:
        return crashlog.write(text, self.log) is not None

    @Slot(str)
    def on_reported(self, text: str) -> None:
        self.count += 1
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; every error is in the log
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("Startup", "mysteryshop"),
            translate("Startup", "Something went wrong"),
            QMessageBox.StandardButton.Ok,
        )
        box.setInformativeText(
            translate(
                "Startup",
                "mysteryshop keeps running, and your work is saved as you go. If the problem "
                "comes back, send the details to whoever supports you.\n\n"
                "Details are in {log}",
            ).format(log=self.log)
        )
        box.setDetailedText(text)
        box.open()  # not exec(): the app stays usable behind it
        self.dialog = box
