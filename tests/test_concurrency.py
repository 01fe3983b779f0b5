"""Two programs at once: a restore (or a move aside) while another process writes, and imports
into one PostgreSQL database at the same moment. Real processes, a real SQLite file, a real
server; barriers make the transactions overlap for certain."""

from __future__ import annotations

import copy
import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from mysteryshop import demo, paths
from mysteryshop.cli import main
from mysteryshop.exchange.bundle import export_bundle
from mysteryshop.forms import Form, load_form
from mysteryshop.store import backup, health, merge, queries
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.models import Encounter, FormVersion, Location
from mysteryshop.store.opening import open_database
from mysteryshop.store.queries import FormVersionConflict

REPO = Path(__file__).resolve().parent.parent
POSTGRES_URL_ENV = "MYSTERYSHOP_TEST_POSTGRES_URL"


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.update(extra)
    return env


def _md5(path: Path) -> str:
    import hashlib

    return hashlib.md5(path.read_bytes()).hexdigest()


def _count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        found = connection.execute("SELECT count(*) FROM encounters").fetchone()[0]
    connection.close()
    return int(found)


@pytest.fixture
def filled(db: Database, shipped_forms: list[Form]) -> Database:
    data = demo.generate(shipped_forms, encounters=30, seed=11)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    return db


# --- a restore while another process writes (SQLite) -------------------------------------------

_HOLD_A_WRITE = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute("INSERT INTO observers (alias) VALUES ('written while restoring')")
print("writing", flush=True)
sys.stdin.readline()
connection.execute("COMMIT")
connection.close()
print("committed", flush=True)
"""


@contextmanager
def _holding_a_write(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process in the middle of a write transaction on `path` (until it reads a line)."""
    with subprocess.Popen(
        [sys.executable, "-c", _HOLD_A_WRITE, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as writer:
        try:
            assert writer.stdout is not None
            assert writer.stdout.readline().strip() == "writing"
            yield writer
        finally:
            writer.kill()


def test_restore_is_refused_while_another_process_writes(
    filled: Database, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = backup.backup(filled)
    path = backup.sqlite_path(filled)
    assert path is not None
    filled.close()
    with _holding_a_write(path) as writer:
        assert writer.stdout is not None and writer.stdin is not None
        before = {p.name: _md5(p) for p in data_dir.glob("mysteryshop.sqlite3*")}
        started = time.monotonic()
        assert main(["restore", str(made)]) == 1
        waited = time.monotonic() - started
        err = capsys.readouterr().err
        assert err == (
            f"another mysteryshop command is writing to {path}; try again when it has finished\n"
        )
        # Nothing moved, nothing written: the same files, byte for byte.
        assert {p.name: _md5(p) for p in data_dir.glob("mysteryshop.sqlite3*")} == before
        assert not list(data_dir.glob("*.before-restore-*"))
        writer.stdin.write("\n")
        writer.stdin.flush()
        assert writer.stdout.readline().strip() == "committed"
    with sqlite3.connect(path) as connection:
        aliases = {row[0] for row in connection.execute("SELECT alias FROM observers")}
    connection.close()
    assert "written while restoring" in aliases
    print(f"\nrestore waited {waited:.1f} s for the other writer, then refused")


def test_moving_aside_is_refused_while_another_process_writes(filled: Database) -> None:
    path = backup.sqlite_path(filled)
    assert path is not None
    filled.close()
    with _holding_a_write(path):
        with pytest.raises(StoreError, match="another mysteryshop command is writing"):
            health.move_aside(path)
        assert path.exists() and not list(path.parent.glob("*.broken-*"))


def test_a_command_that_opened_the_file_before_a_restore_writes_nothing(
    filled: Database, shipped_forms: list[Form]
) -> None:
    # The race of the finding: an import has the file open (and has read it) when a restore
    # moves it aside and puts a backup in its place; only then does the import write.
    path = backup.sqlite_path(filled)
    assert path is not None
    made = backup.backup(filled)
    more = demo.generate(shipped_forms, encounters=5, seed=12)
    assert queries.count_encounters(filled) == 30  # the connection is open, the file read
    result = health.restore_backup(made, path)
    assert result.moved_aside is not None
    with pytest.raises(StoreError, match="was replaced") as raised:
        merge.merge_encounters(filled, [], more.locations, more.encounters)
    assert raised.value.problems == [
        f"the database {path} was replaced (restored from a backup, or moved aside) while this "
        "command ran; nothing was written. Run the command again"
    ]
    filled.close()
    # Neither the live file nor the one moved aside got the rows.
    assert _count(path) == 30
    assert _count(result.moved_aside) == 30
    # A command started now writes into the restored file.
    again = open_database(f"sqlite:///{path}")
    try:
        assert merge.merge_encounters(again, [], more.locations, more.encounters).added == 5
    finally:
        again.close()
    assert _count(path) == 35


# `mysteryshop import BUNDLE` that stops at one point and says so on stderr, until FLAG exists:
# "opened" once the database is open and the bundle read, before its write transaction;
# "writing" in the middle of it, its first rows written.
_PAUSED_IMPORT = """
import sys, time
from pathlib import Path
from mysteryshop import cli
from mysteryshop.store import merge, queries

where, flag, bundle = sys.argv[1], Path(sys.argv[2]), sys.argv[3]

def pause(what):
    print(what, file=sys.stderr, flush=True)
    deadline = time.monotonic() + 60
    while not flag.exists() and time.monotonic() < deadline:
        time.sleep(0.01)

def paused(original, what):
    def run(*args, **kwargs):
        if what == "writing":
            result = original(*args, **kwargs)  # rows written, the transaction open
            pause(what)
            return result
        pause(what)
        return original(*args, **kwargs)
    return run

if where == "opened":
    merge.merge_encounters = paused(merge.merge_encounters, "opened")
else:
    queries._insert_rows = paused(queries._insert_rows, "writing")
sys.exit(cli.main(["import", bundle]))
"""


@pytest.fixture
def import_setup(tmp_path: Path, shipped_forms: list[Form]) -> dict[str, Any]:
    """A data folder with 20 encounters and a backup of them, and a bundle of 50 more."""
    data_dir = tmp_path / "data"
    source = open_database(f"sqlite:///{tmp_path / 'source.sqlite3'}")
    try:
        data = demo.generate(shipped_forms, encounters=50, seed=13)
        queries.bulk_add_encounters(source, data.encounters, data.locations, shipped_forms)
        export_bundle(source, tmp_path / "more.json")
    finally:
        source.close()
    env = _env(MYSTERYSHOP_DATA_DIR=str(data_dir))
    command = [sys.executable, "-m", "mysteryshop"]
    subprocess.run(
        [*command, "demo", "--encounters", "20"], env=env, check=True, stdout=subprocess.DEVNULL
    )
    subprocess.run([*command, "backup"], env=env, check=True, stdout=subprocess.DEVNULL)
    return {
        "env": env,
        "command": command,
        "bundle": tmp_path / "more.json",
        "flag": tmp_path / "go",
        "path": data_dir / "mysteryshop.sqlite3",
    }


def _paused_import(setup: dict[str, Any], where: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", _PAUSED_IMPORT, where, str(setup["flag"]), str(setup["bundle"])],
        env=setup["env"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    assert process.stderr.readline().strip() == where
    return process


def test_a_restore_while_an_import_command_writes_is_refused(import_setup: dict[str, Any]) -> None:
    """The finding: `restore --latest` while `import` is in the middle of writing."""
    setup = import_setup
    path: Path = setup["path"]
    with _paused_import(setup, "writing") as importing:
        restoring = subprocess.run(
            [*setup["command"], "restore", "--latest"],
            env=setup["env"],
            capture_output=True,
            text=True,
        )
        setup["flag"].touch()
        out, err = importing.communicate(timeout=60)
    assert restoring.returncode == 1
    assert restoring.stderr == (
        f"another mysteryshop command is writing to {path}; try again when it has finished\n"
    )
    assert importing.returncode == 0, err
    assert "50 encounters added" in out
    assert _count(path) == 70  # in the live file
    assert not list(path.parent.glob("*.before-restore-*"))


def test_an_import_command_that_opened_the_file_before_a_restore_writes_nothing(
    import_setup: dict[str, Any],
) -> None:
    """The other order: the restore comes after the import opened the file (and read its
    bundle), before the import writes. The import must not write into the file moved aside
    and report it as imported."""
    setup = import_setup
    path: Path = setup["path"]
    with _paused_import(setup, "opened") as importing:
        restoring = subprocess.run(
            [*setup["command"], "restore", "--latest"],
            env=setup["env"],
            capture_output=True,
            text=True,
        )
        setup["flag"].touch()
        out, err = importing.communicate(timeout=60)
    assert restoring.returncode == 0, restoring.stderr
    assert importing.returncode == 1
    assert out == ""
    assert err == (
        f"the database {path} was replaced (restored from a backup, or moved aside) while "
        "this command ran; nothing was written. Run the command again\n"
    )
    [aside] = [
        found
        for found in path.parent.glob("mysteryshop.sqlite3.before-restore-*")
        if not found.name.endswith(("-wal", "-shm"))
    ]
    assert _count(path) == 20 and _count(aside) == 20


def test_programs_opening_one_new_file_at_the_same_moment_all_open_it(tmp_path: Path) -> None:
    """Each connection switches a new file to WAL; SQLite refuses two simultaneous switches at
    once, without waiting (the CI run where one of two `demo` commands said "locked")."""
    from mysteryshop.store.db import create_db_engine

    for round_ in range(100):
        url = f"sqlite:///{tmp_path / f'new-{round_}.sqlite3'}"
        sqlite3.connect(tmp_path / f"new-{round_}.sqlite3").close()  # a file in rollback mode
        start = threading.Barrier(3)
        outcomes: list[str] = []

        def open_it(
            url: str = url, start: threading.Barrier = start, outcomes: list[str] = outcomes
        ) -> None:
            engine = create_db_engine(url)
            start.wait()
            try:
                with engine.connect() as connection:
                    mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
                outcomes.append(str(mode))
            except Exception as error:  # noqa: BLE001 - the outcome is the test's finding
                outcomes.append(repr(error))
            finally:
                engine.dispose()

        threads = [threading.Thread(target=open_it) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert outcomes == ["wal"] * 3, (round_, outcomes)


def test_two_demo_commands_with_the_same_seed_at_once(tmp_path: Path) -> None:
    """Both count the encounters before either writes; the second then finds the seed's
    encounters stored by the first, and says so plainly."""
    env = _env(MYSTERYSHOP_DATA_DIR=str(tmp_path / "data"))
    argv = [sys.executable, "-m", "mysteryshop", "demo", "--encounters", "300", "--seed", "5"]
    runs = [
        subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outcomes = sorted((run.communicate(timeout=120), run.returncode) for run in runs)
    statuses = sorted(status for _, status in outcomes)
    errors = [err for (_out, err), _status in outcomes if err]
    assert statuses == [0, 1], outcomes
    assert errors == ["demo data with seed 5 is already in the database; use another --seed\n"], (
        outcomes
    )
    assert _count(tmp_path / "data" / "mysteryshop.sqlite3") == 300


# --- PostgreSQL: imports at the same moment ----------------------------------------------------


def _pause_before_first(db: Database, barrier: threading.Barrier, prefix: str) -> None:
    """Make this database's first statement starting with `prefix` wait at `barrier`: every
    thread has then read what it needs and none has written, so the writes overlap. (Put it
    before a thread's first write: one that waits holding a row another one needs would never
    get there.)"""
    waited = threading.Event()

    def pause(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not waited.is_set() and statement.lstrip().upper().startswith(prefix):
            waited.set()
            barrier.wait(timeout=30)

    event.listen(db.engine, "before_cursor_execute", pause)


def _at_once(jobs: list[Callable[[], Any]]) -> list[Any]:
    """Run each job in a thread of its own; their results (or the exception raised)."""
    results: list[Any] = [None] * len(jobs)

    def run(index: int) -> None:
        try:
            results[index] = jobs[index]()
        except Exception as error:  # handed back to the test
            results[index] = error

    threads = [threading.Thread(target=run, args=(index,)) for index in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def _counts(url: str) -> tuple[int, int, int]:
    db = open_database(url, migrate=False)
    try:
        with db.read() as session:
            return (
                int(session.scalar(select(func.count()).select_from(Encounter)) or 0),
                int(session.scalar(select(func.count()).select_from(Location)) or 0),
                int(session.scalar(select(func.count()).select_from(FormVersion)) or 0),
            )
    finally:
        db.close()


def test_two_imports_of_the_same_bundle_at_once_both_succeed(
    pg_url: str, shipped_forms: list[Form]
) -> None:
    data = demo.generate(shipped_forms, encounters=60, seed=21)
    first = open_database(pg_url)
    merge.merge_encounters(first, [], data.locations, [])  # the locations are there already
    second = open_database(pg_url)
    try:
        barrier = threading.Barrier(2)
        for db in (first, second):
            _pause_before_first(db, barrier, "INSERT")
        results = _at_once(
            [
                lambda db=db: merge.merge_encounters(  # type: ignore[misc]
                    db, [], data.locations, copy.deepcopy(data.encounters)
                )
                for db in (first, second)
            ]
        )
    finally:
        first.close()
        second.close()
    assert all(isinstance(result, merge.MergeResult) for result in results), results
    # Both looked before either wrote: one added them, the other found them stored by then.
    assert sorted((r.added, r.unchanged) for r in results) == [(0, 60), (60, 0)]
    assert _counts(pg_url)[0] == 60


def test_imports_that_share_forms_and_locations_at_once_both_succeed(
    pg_url: str, shipped_forms: list[Form], tmp_path: Path
) -> None:
    extra = load_form(REPO / "tests" / "fixtures" / "forms" / "minimal.yaml")
    data = demo.generate(shipped_forms, encounters=80, seed=22)
    halves = (data.encounters[:40], data.encounters[40:])
    forms = [extra, *shipped_forms]
    dbs = [open_database(pg_url) for _ in halves]
    try:
        barrier = threading.Barrier(2)
        for db in dbs:
            _pause_before_first(db, barrier, "INSERT")
        results = _at_once(
            [
                lambda db=db, half=half: merge.merge_encounters(  # type: ignore[misc]
                    db, forms, data.locations, copy.deepcopy(half)
                )
                for db, half in zip(dbs, halves, strict=True)
            ]
        )
    finally:
        for db in dbs:
            db.close()
    assert all(isinstance(result, merge.MergeResult) for result in results), results
    assert [r.added for r in results] == [40, 40]
    # Each shared row was stored once, by one of them.
    assert sum(r.forms_added for r in results) == 1
    assert sum(r.locations_added for r in results) == len(data.locations)
    # Every database stores the shipped forms' archived versions too (paths.archived_form_files).
    stored = len(shipped_forms) + len(paths.archived_form_files())
    assert _counts(pg_url) == (80, len(data.locations), stored + 1)


def test_one_form_version_with_two_contents_at_once_keeps_the_first(
    pg_url: str, tmp_path: Path
) -> None:
    source = (REPO / "tests" / "fixtures" / "forms" / "minimal.yaml").read_text(encoding="utf-8")
    one = load_form(REPO / "tests" / "fixtures" / "forms" / "minimal.yaml")
    other_file = tmp_path / "other.yaml"
    other_file.write_text(source.replace("title:", "title: Other", 1), encoding="utf-8")
    other = load_form(other_file)
    assert (one.id, one.version) == (other.id, other.version)
    assert one.content_hash() != other.content_hash()
    dbs = [open_database(pg_url) for _ in range(2)]
    try:
        barrier = threading.Barrier(2)
        for db in dbs:
            _pause_before_first(db, barrier, "INSERT INTO FORM_VERSIONS")
        results = _at_once(
            [
                lambda: queries.store_form(dbs[0], one),
                lambda: queries.store_form(dbs[1], other),
            ]
        )
    finally:
        for db in dbs:
            db.close()
    refused = [result for result in results if isinstance(result, FormVersionConflict)]
    stored = [result for result in results if isinstance(result, tuple)]
    assert len(refused) == 1 and len(stored) == 1, results
    assert stored[0][1] is True


def test_concurrent_import_commands_into_a_new_database(
    pg_url: str, shipped_forms: list[Form], tmp_path: Path
) -> None:
    """The finding's scenario: three `mysteryshop import` at once into a database that has no
    schema yet: two bundles that share locations, and the first one again."""
    source = open_database(f"sqlite:///{tmp_path / 'source.sqlite3'}")
    try:
        data = demo.generate(shipped_forms, encounters=400, seed=23)
        queries.bulk_add_encounters(source, data.encounters, data.locations, shipped_forms)
        ids = sorted(data.encounters, key=lambda e: e.visited_at)
        cut = ids[199].visited_at
        from mysteryshop.store.records import EncounterFilter

        export_bundle(source, tmp_path / "a.json", EncounterFilter(date_to=cut))
        export_bundle(source, tmp_path / "b.json", EncounterFilter(date_from=cut))
    finally:
        source.close()
    a_count = len(json.loads((tmp_path / "a.json").read_text())["encounters"])
    b_count = len(json.loads((tmp_path / "b.json").read_text())["encounters"])
    assert a_count + b_count == 400
    env = _env(MYSTERYSHOP_DATABASE_URL=pg_url)
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "mysteryshop", "import", str(tmp_path / name)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a.json", "b.json", "a.json")
    ]
    outcomes = [run.communicate(timeout=120) + (run.returncode,) for run in runs]
    for _out, err, status in outcomes:
        assert status == 0 and err == "", err
    first, _second, third = (out for out, _err, _status in outcomes)
    added_unchanged = sorted(
        (f"{a_count} encounters added" in out, f"{a_count} unchanged" in out)
        for out in (first, third)
    )
    assert added_unchanged == [(False, True), (True, False)], (first, third)
    stored = len(shipped_forms) + len(paths.archived_form_files())
    assert _counts(pg_url) == (400, len(data.locations), stored)
    check = subprocess.run(
        [sys.executable, "-m", "mysteryshop", "check"], env=env, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stderr
