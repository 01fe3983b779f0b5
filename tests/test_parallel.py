"""store.parallel.side_by_side: reads at once on connections of their own (the first in the
calling thread), errors handed back, and one after the other on an in-memory database; the
summary report's figures come through it the same on both."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from mysteryshop import demo
from mysteryshop.reports import summary
from mysteryshop.store import queries
from mysteryshop.store.opening import open_database
from mysteryshop.store.parallel import side_by_side
from mysteryshop.store.records import EncounterFilter


def test_the_reads_run_at_once_the_first_in_this_thread(db) -> None:
    """Each waits at a barrier for the other: run one after the other, it would break."""
    together = threading.Barrier(2, timeout=10)

    def read(name: str) -> tuple[str, str]:
        together.wait()
        return name, threading.current_thread().name

    first, second = side_by_side(db, lambda: read("first"), lambda: read("second"))
    assert first == ("first", threading.current_thread().name)
    assert second[0] == "second" and second[1] != first[1]


def test_an_error_in_another_thread_is_raised_here_after_all_have_ended(db) -> None:
    ended: list[str] = []

    def failing() -> None:
        raise ValueError("no such table")

    def first() -> int:
        ended.append("first")
        return 1

    with pytest.raises(ValueError, match="no such table"):
        side_by_side(db, first, failing)
    assert ended == ["first"]


def test_an_in_memory_database_reads_one_after_the_other_in_this_thread() -> None:
    database = open_database("sqlite://")
    try:
        here = threading.current_thread().name
        assert side_by_side(
            database,
            lambda: threading.current_thread().name,
            lambda: threading.current_thread().name,
            lambda: queries.count_encounters(database),
        ) == (here, here, 0)
    finally:
        database.close()


def test_the_summary_figures_are_the_same_in_memory_and_in_a_file(
    db, shipped_forms, tmp_path: Path
) -> None:
    data = demo.generate(shipped_forms, encounters=60, seed=4)
    memory = open_database("sqlite://")
    try:
        for target in (db, memory):
            queries.bulk_add_encounters(target, data.encounters, data.locations, shipped_forms)
        on_file = summary.collect(db, EncounterFilter())
        in_memory = summary.collect(memory, EncounterFilter())
    finally:
        memory.close()
    assert on_file.questions and on_file.figures.visits > 0
    assert on_file == in_memory
