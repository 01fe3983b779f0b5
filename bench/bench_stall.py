"""The longest stall of the GUI thread while a purge or an erasure runs (bench/run.py, the
"stall" rows): a QTimer ticks every 10 ms on the GUI thread while the app's op (ui/ops.py,
the same one the Settings and Locations views run) deletes and VACUUMs a copy of the demo
database; the longest gap between two ticks, less the 10 ms interval, is how long the window
could not repaint or answer. The floor is the same timer with no work. Both operations used
to run on the GUI thread: the whole job was the stall (9.4 s for an erasure at 100,000).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

TICK_MS = 10
FLOOR_S = 2.0  # how long the idle timer is watched


@dataclass
class Stall:
    """The longest gap between two ticks beyond the interval (ms), and the job's seconds."""

    longest_ms: float
    job_s: float
    deleted: int


def watch(until: Callable[[], bool], timeout_s: float = 600.0) -> float:
    """Turn the event loop with a timer ticking every TICK_MS until `until()`; returns the
    longest gap between two ticks beyond the interval, in milliseconds."""
    from PySide6.QtCore import QEventLoop, QTimer

    ticks: list[float] = []
    loop = QEventLoop()

    def tick() -> None:
        ticks.append(time.perf_counter())
        if until() or ticks[-1] - ticks[0] > timeout_s:
            loop.quit()

    timer = QTimer(interval=TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    loop.exec()
    timer.stop()
    gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:], strict=False)]
    return max(max(gaps, default=0.0) - TICK_MS, 0.0)


def floor_ms() -> float:
    """The longest stall of the same timer with no work (the machine's and Qt's own)."""
    started = time.perf_counter()
    return watch(lambda: time.perf_counter() - started >= FLOOR_S)


def _workspace(path: Path) -> Any:
    from PySide6.QtCore import QSettings

    from mysteryshop.store.opening import open_database
    from mysteryshop.ui.workspace import Settings, Workspace

    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    return Workspace(open_database(f"sqlite:///{path}", migrate=False), Settings(settings))


def _copy(database: Path, scratch: Path) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="stall-", dir=scratch))
    target = folder / "copy.sqlite3"
    shutil.copy(database, target)
    return target


def measure(database: Path, scratch: Path, kind: str) -> Stall:
    """Purge (kind "purge": the retention period that deletes about half of the encounters)
    or erase (kind "erase": the location with the most encounters) a copy of `database`
    through the app's op, watching the GUI thread meanwhile."""
    from sqlalchemy import func, select

    from mysteryshop.store import privacy, queries
    from mysteryshop.store.models import Encounter
    from mysteryshop.ui import privacy_dialogs

    copy = _copy(database, scratch)
    workspace = _workspace(copy)
    db = workspace.db
    asking = privacy_dialogs.ask
    privacy_dialogs.ask = lambda _box: True  # the user says yes
    try:
        if kind == "purge":
            now = datetime.now().astimezone()
            total = queries.count_encounters(db)
            months = min(
                range(1, 61),
                key=lambda m: abs(privacy.count_older_than(db, m, now) - total / 2),
            )
            op = privacy_dialogs.confirm_purge(None, workspace, months)
        else:
            with db.read() as session:
                location_id, _count = session.execute(
                    select(Encounter.location_id, func.count())
                    .group_by(Encounter.location_id)
                    .order_by(func.count().desc())
                    .limit(1)
                ).one()
            op = privacy_dialogs.confirm_erase_location(None, workspace, location_id, "bench")
        assert op is not None
        results: list[Any] = []
        op.success(results.append).failure(results.append)
        started = time.perf_counter()
        op.run()
        longest = watch(lambda: bool(results))
        took = time.perf_counter() - started
        if isinstance(results[0], Exception):
            raise results[0]
        return Stall(longest, took, results[0].encounters)
    finally:
        privacy_dialogs.ask = asking
        db.close()
        shutil.rmtree(copy.parent, ignore_errors=True)
