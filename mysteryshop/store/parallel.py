"""Read queries side by side, each on a connection of its own: SQLite and psycopg release the
GIL while a query runs and WAL lets readers run together, so on two cores two long reads cost
about the longer one, not their sum (bench/README.md, the dashboard row)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar, overload

from mysteryshop.store.db import Database

A = TypeVar("A")
B = TypeVar("B")
C = TypeVar("C")


@overload
def side_by_side(
    db: Database, first: Callable[[], A], second: Callable[[], B], /
) -> tuple[A, B]: ...


@overload
def side_by_side(
    db: Database, first: Callable[[], A], second: Callable[[], B], third: Callable[[], C], /
) -> tuple[A, B, C]: ...


def side_by_side(db: Database, first: Callable[[], Any], *others: Callable[[], Any]) -> Any:
    """Run read-only queries on `db` at once: `first` in this thread (it may report progress
    or be cancelled from there), each of `others` in a thread of its own. Returns their
    results in order; the first error raised is raised here once all have ended.

    An in-memory SQLite database is one database per connection (another thread would see
    an empty one): there they run one after the other in this thread."""
    if db.in_memory:
        return (first(), *(other() for other in others))
    with ThreadPoolExecutor(max_workers=len(others), thread_name_prefix="side-by-side") as pool:
        jobs = [pool.submit(other) for other in others]
        try:
            result = first()
        finally:
            for job in jobs:  # the pool waits for them anyway: their errors come after ours
                job.exception()
        return (result, *(job.result() for job in jobs))
