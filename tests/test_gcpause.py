"""The one counted pause of the garbage collector (mysteryshop.gcpause): a bundle import and
demo data pause it, nested and overlapping pauses end together, and it is on again after."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from mysteryshop import demo, gcpause
from mysteryshop.exchange.bundle import export_bundle, import_bundle
from mysteryshop.store import queries
from mysteryshop.store.opening import open_database


@pytest.fixture(autouse=True)
def _collector_on() -> None:
    assert gc.isenabled()


@pytest.fixture
def bundle_file(db, shipped_forms, tmp_path: Path) -> Path:
    data = demo.generate(shipped_forms, encounters=30, seed=5)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    path = tmp_path / "bundle.json"
    export_bundle(db, path)
    return path


@pytest.fixture
def empty(tmp_path: Path):
    target = open_database(f"sqlite:///{tmp_path / 'target.sqlite3'}")
    yield target
    target.close()


def test_a_bundle_import_pauses_the_collector_and_switches_it_back_on(
    bundle_file: Path, empty
) -> None:
    during: list[bool] = []
    import_bundle(empty, bundle_file, progress=lambda _done, _total: during.append(gc.isenabled()))
    assert during and not any(during)
    assert gc.isenabled()
    assert queries.count_encounters(empty) == 30


def test_an_import_that_ends_inside_a_task_leaves_the_task_its_pause(
    bundle_file: Path, empty
) -> None:
    """A worker task (another thread) pauses the collector while the import runs and is still
    running when the import is done: the collector stays off until the task ends too. A bare
    gc.disable()/gc.enable() in the import switched it on under the running task."""
    task = gcpause.gc_paused()
    started: list[bool] = []

    def progress(_done: int, _total: int) -> None:
        if not started:
            task.__enter__()  # the task begins while the import is under way
            started.append(True)

    try:
        import_bundle(empty, bundle_file, progress=progress)
        assert started
        assert not gc.isenabled()  # the task is still running
    finally:
        task.__exit__(None, None, None)
    assert gc.isenabled()


def test_demo_data_pauses_the_collector_and_switches_it_back_on(shipped_forms, monkeypatch) -> None:
    during: list[bool] = []
    generate = demo._generate

    def watched(*args, **kwargs):
        during.append(gc.isenabled())
        return generate(*args, **kwargs)

    monkeypatch.setattr(demo, "_generate", watched)
    assert len(demo.generate(shipped_forms, encounters=10, seed=2).encounters) == 10
    assert during == [False]
    assert gc.isenabled()


def test_a_pause_keeps_the_collector_off_when_it_was_off_before() -> None:
    gc.disable()
    try:
        with gcpause.gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
