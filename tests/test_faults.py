"""A full disk: saving says so plainly and leaves no half-written row; exports say so and leave
no file, not even a truncated one."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from pg_cluster import Cluster  # tests/ is on sys.path
from sqlalchemy import event, text

from mysteryshop import demo, fileio, reports
from mysteryshop.cli import main
from mysteryshop.exchange import bundle, tabular
from mysteryshop.store import check, queries
from mysteryshop.store.db import StoreError
from mysteryshop.store.records import new_id

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def filled(db, shipped_forms):
    data = demo.generate(shipped_forms, encounters=20, seed=6)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    return db


def fill_the_disk(db, spare_pages: int = 2) -> None:
    """Let the SQLite file grow by only `spare_pages` pages: writes beyond fail with
    SQLITE_FULL, exactly as on a full disk."""
    with db.read() as session:
        pages = session.execute(text("PRAGMA page_count")).scalar()
    limit = int(pages) + spare_pages

    def cap(connection, _record) -> None:
        connection.execute(f"PRAGMA max_page_count = {limit}")

    event.listen(db.engine, "connect", cap)
    db.engine.dispose()


def _snapshot(db) -> tuple[int, ...]:
    with db.read() as session:
        return tuple(
            int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)
            for table in ("encounters", "answers", "encounter_scores", "encounter_tags",
                          "encounter_history")
        )  # fmt: skip


def test_saving_on_a_full_disk_says_so_and_changes_nothing(filled) -> None:
    template = next(queries.iter_encounters(filled))
    # A new encounter can be stored as submitted (not approved: workflow.py).
    fields = {**template.__dict__, "id": new_id(), "revision": 0, "status": "submitted"}
    new = queries.EncounterData(**{**fields, "notes": "x" * 200_000})
    edited = queries.get_encounter(filled, template.id)
    edited.notes = "y" * 200_000
    before = _snapshot(filled)
    fill_the_disk(filled)
    for data in (new, edited):
        with pytest.raises(StoreError, match="the disk is full") as caught:
            queries.save_encounter(filled, data)
        assert "nothing was changed" in str(caught.value)
    assert _snapshot(filled) == before
    assert queries.get_encounter(filled, template.id).notes == template.notes
    report = check.check_database(filled)
    assert report.problems == []


def test_a_bulk_import_on_a_full_disk_adds_nothing(filled, shipped_forms) -> None:
    more = demo.generate(shipped_forms, encounters=300, seed=7)
    before = _snapshot(filled)
    fill_the_disk(filled, spare_pages=5)
    with pytest.raises(StoreError, match="the disk is full"):
        queries.bulk_add_encounters(filled, more.encounters, more.locations, shipped_forms)
    assert _snapshot(filled) == before


class _FullDisk(io.TextIOBase):
    """A file that takes `room` characters, then fails as a full disk does."""

    def __init__(self, real, room: int) -> None:
        self.real, self.room = real, room

    def write(self, chunk):  # type: ignore[override]
        if len(chunk) > self.room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(chunk)
        return self.real.write(chunk)

    def fileno(self) -> int:
        return self.real.fileno()

    def flush(self) -> None:
        self.real.flush()

    def close(self) -> None:
        self.real.close()

    @property
    def closed(self) -> bool:  # type: ignore[override]
        return self.real.closed


def _full_after(monkeypatch, room: int) -> None:
    real_fdopen = os.fdopen

    def fdopen(fd, *args, **kwargs):
        return _FullDisk(real_fdopen(fd, *args, **kwargs), room)

    monkeypatch.setattr(bundle.os, "fdopen", fdopen)


@pytest.mark.parametrize("room", [0, 5_000])
def test_an_export_on_a_full_disk_leaves_no_file(filled, tmp_path: Path, monkeypatch, room):
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    target = tmp_path / "out.json"
    _full_after(monkeypatch, room)
    with pytest.raises(fileio.DiskFullError) as caught:
        bundle.export_bundle(filled, target)
    assert "the disk is full" in caught.value.problems[0]
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(fileio.DiskFullError):
        tabular.export_csv(filled, tmp_path / "out.csv")
    assert list(tmp_path.iterdir()) == []


def test_a_failing_fsync_leaves_the_old_file_whole(filled, tmp_path: Path, monkeypatch):
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    target = tmp_path / "out.json"
    target.write_text("the previous export", encoding="utf-8")

    def no_room(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(bundle.os, "fsync", no_room)
    with pytest.raises(fileio.DiskFullError):
        bundle.export_bundle(filled, target)
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    with pytest.raises(fileio.DiskFullError):
        reports.write_pdf(tmp_path / "report.pdf", b"%PDF-1.4 ...")
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_the_export_command_says_the_disk_is_full(
    filled, data_dir, tmp_path: Path, monkeypatch, capsys
) -> None:
    _full_after(monkeypatch, 100)
    target = tmp_path / "out.json"
    assert main(["export", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"{target}: the disk is full; nothing was written" in err
    assert "Traceback" not in err
    assert not target.exists()


def test_other_write_errors_are_not_called_a_full_disk(filled, tmp_path: Path, monkeypatch):
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()

    def broken(_fd: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(bundle.os, "fsync", broken)
    with pytest.raises(OSError) as caught:
        bundle.export_bundle(filled, tmp_path / "out.json")
    assert caught.value.errno == errno.EIO and not isinstance(caught.value, fileio.DiskFullError)
    assert list(tmp_path.iterdir()) == []


# --- a read-only data folder, a full disk (real mounts, in a mount namespace of their own) ------

# Runs inside `unshare --mount`: the setup script (mounts, copies, filling a disk), then each
# command with its own stdout and stderr. The mounts vanish with the process.
_IN_PRIVATE_MOUNTS = r"""
import json, subprocess, sys
plan = json.loads(sys.argv[1])
subprocess.run(["sh", "-euc", plan["setup"]], check=True)
results = []
for argv in plan["commands"]:
    done = subprocess.run(argv, capture_output=True, text=True)
    results.append({"code": done.returncode, "out": done.stdout, "err": done.stderr})
print(json.dumps(results))
"""


def _unshare() -> list[str]:
    """The command that runs a program in a mount namespace of its own (as root there)."""
    if os.geteuid() == 0:
        return ["unshare", "--mount", "--propagation", "private"]
    return ["unshare", "--map-root-user", "--mount", "--propagation", "private"]


def _in_private_mounts(setup: str, commands: list[list[str]]) -> list[dict[str, Any]]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    plan = json.dumps({"setup": setup, "commands": commands})
    try:
        done = subprocess.run(
            [*_unshare(), sys.executable, "-c", _IN_PRIVATE_MOUNTS, plan],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
    except FileNotFoundError:
        pytest.skip("needs unshare(1) to mount a read-only folder or a small disk")
    if done.returncode != 0:
        if "mount" in done.stderr or "unshare" in done.stderr:
            pytest.skip(f"this machine cannot mount here: {done.stderr.strip().splitlines()[-1]}")
        raise AssertionError(done.stderr)
    return list(json.loads(done.stdout))


def _mysteryshop(data: Path, *argv: str) -> list[str]:
    return [sys.executable, "-m", "mysteryshop", "--data-dir", str(data), *argv]


@pytest.fixture
def prepared(tmp_path: Path) -> dict[str, Path]:
    """A data folder with 40 encounters (closed cleanly: no -wal, no -shm), a bundle of 10
    other encounters to import, and a folder elsewhere for the outputs."""
    data, other, out = tmp_path / "data", tmp_path / "other", tmp_path / "out"
    out.mkdir()
    assert main(["--data-dir", str(data), "demo", "--encounters", "40", "--seed", "3"]) == 0
    assert main(["--data-dir", str(other), "demo", "--encounters", "10", "--seed", "4"]) == 0
    assert main(["--data-dir", str(other), "export", "-o", str(tmp_path / "new.json")]) == 0
    assert sorted(p.name for p in data.iterdir()) == ["mysteryshop.sqlite3"]
    return {"data": data, "out": out, "bundle": tmp_path / "new.json", "tmp": tmp_path}


def _reading_commands(data: Path, out: Path) -> list[list[str]]:
    return [
        _mysteryshop(data, "check"),
        _mysteryshop(data, "export", "-o", str(out / "all.json")),
        _mysteryshop(data, "export", "-o", str(out / "all.csv")),
        _mysteryshop(data, "backup", "-o", str(out / "copy.sqlite3")),
        _mysteryshop(data, "report", "summary", "-o", str(out / "summary.pdf")),
        _mysteryshop(data, "forms", "list"),
    ]


def _writing_commands(data: Path, bundle: Path) -> list[list[str]]:
    return [
        _mysteryshop(data, "import", str(bundle)),
        _mysteryshop(data, "demo", "--encounters", "5", "--seed", "8"),
        _mysteryshop(data, "purge", "--older-than", "1", "--yes"),
        _mysteryshop(data, "forms", "import", str(REPO / "tests/fixtures/forms/minimal.yaml")),
    ]


def _read_what_was_there(results: list[dict[str, Any]], out: Path) -> None:
    for result in results:
        assert result["code"] == 0, result["err"]
        assert result["err"] == ""
    assert results[0]["out"].splitlines()[0] == "integrity: ok"
    assert "encounters: 40 scores checked, 0 differ" in results[0]["out"]
    assert len(json.loads((out / "all.json").read_text(encoding="utf-8"))["encounters"]) == 40
    assert (out / "summary.pdf").read_bytes().startswith(b"%PDF")
    with sqlite3.connect(out / "copy.sqlite3") as copy:
        assert copy.execute("SELECT count(*) FROM encounters").fetchone()[0] == 40
    copy.close()


def test_a_read_only_data_folder_can_be_read_and_writing_is_refused_plainly(
    prepared: dict[str, Path],
) -> None:
    data, out = prepared["data"], prepared["out"]
    assert main(["--data-dir", str(data), "backup"]) == 0
    view = prepared["tmp"] / "read-only"
    view.mkdir()
    before = hashlib.md5((data / "mysteryshop.sqlite3").read_bytes()).hexdigest()
    writing = [
        *_writing_commands(view, prepared["bundle"]),
        _mysteryshop(view, "restore", "--latest"),
    ]
    results = _in_private_mounts(
        f"mount --bind '{data}' '{view}' && mount -o remount,bind,ro '{view}'",
        [*_reading_commands(view, out), *writing, _mysteryshop(view, "backup")],
    )
    _read_what_was_there(results[:6], out)
    for result in results[6:-1]:
        assert result["code"] == 1 and result["out"] == ""
        assert result["err"] == (
            f"the data folder {view} is read-only: mysteryshop.sqlite3 cannot be changed "
            "there. Make the folder writable, or use --data-dir to point to a folder you can "
            "write to\n"
        )
    assert results[-1]["code"] == 1
    assert results[-1]["err"].startswith(f"{view / 'backups'}/mysteryshop-backup-")
    assert results[-1]["err"].endswith(
        ": the folder is read-only, the copy cannot be written there; make it in a folder you "
        "can write to\n"
    )
    # The folder seen through the mount is the real one: nothing in it changed.
    assert sorted(p.name for p in data.iterdir()) == ["backups", "mysteryshop.sqlite3"]
    assert len(list((data / "backups").iterdir())) == 1
    assert hashlib.md5((data / "mysteryshop.sqlite3").read_bytes()).hexdigest() == before


def test_a_full_disk_can_be_read_and_writing_says_the_disk_is_full(
    prepared: dict[str, Path],
) -> None:
    data, out = prepared["data"], prepared["out"]
    disk = prepared["tmp"] / "small-disk"
    disk.mkdir()
    full = disk / "data"
    size = (data / "mysteryshop.sqlite3").stat().st_size
    # A disk a little larger than the database, then filled to the last byte.
    setup = (
        f"mount -t tmpfs -o size={size // 1024 + 512}k tmpfs '{disk}' && "
        f"mkdir '{full}' && cp '{data}/mysteryshop.sqlite3' '{full}/' && "
        f"(dd if=/dev/zero of='{disk}/filler' bs=4096 2>/dev/null || true) && "
        f"(dd if=/dev/zero of='{disk}/last' bs=1 2>/dev/null || true)"
    )
    at_start = (  # what the app's start-up check says (it used to call the file damaged)
        "import sys; from pathlib import Path; from mysteryshop.store import health; "
        "found = health.quick_check(Path(sys.argv[1])); print(found.state); print(found.message())"
    )
    checks = [
        ["df", "--output=avail", str(disk)],
        ["md5sum", str(full / "mysteryshop.sqlite3")],
        [sys.executable, "-c", at_start, str(full / "mysteryshop.sqlite3")],
    ]
    results = _in_private_mounts(
        setup,
        [*checks, *_reading_commands(full, out), *_writing_commands(full, prepared["bundle"])],
    )
    assert results[0]["out"].split()[-1] == "0"  # full
    before = hashlib.md5((data / "mysteryshop.sqlite3").read_bytes()).hexdigest()
    assert results[1]["out"].split()[0] == before
    state, message = results[2]["out"].splitlines()
    assert state == "disk-full"
    assert message.startswith(f"The disk that holds {full / 'mysteryshop.sqlite3'} is full (")
    _read_what_was_there(results[3:9], out)
    for result in results[9:]:
        assert result["code"] == 1 and result["out"] == ""
        assert result["err"] == (
            f"the disk is full: {full / 'mysteryshop.sqlite3'} could not be written; nothing "
            "was changed. Free some space and try again\n"
        )


# --- a database server that goes away --------------------------------------------------------


@pytest.fixture
def pg_db() -> Any:
    """A fresh, migrated database on the test server, with an admin engine to end sessions."""
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from mysteryshop.store.opening import open_database

    server = os.environ.get("MYSTERYSHOP_TEST_POSTGRES_URL")
    if not server:
        pytest.skip("no PostgreSQL server: set MYSTERYSHOP_TEST_POSTGRES_URL")
    name = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    db = open_database(make_url(server).set(database=name).render_as_string(hide_password=False))
    try:
        yield db, admin
    finally:
        db.close()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def _end_the_session_when(db: Any, admin: Any, event_name: str, prefix: str = "") -> None:
    """End this database's server session (pg_terminate_backend, as a server shutting down
    does) once: before its first statement starting with `prefix`, or at its commit."""
    done: list[bool] = []

    def terminate(pid: int) -> None:
        done.append(True)
        with admin.connect() as connection:
            connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})

    def before(_conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        if not done and statement.lstrip().upper().startswith(prefix):
            terminate(cursor.connection.info.backend_pid)

    def at_commit(conn: Any) -> None:
        if not done:
            terminate(conn.connection.dbapi_connection.info.backend_pid)

    if event_name == "commit":
        event.listen(db.engine, "commit", at_commit)
    else:
        event.listen(db.engine, "before_cursor_execute", before)


def test_a_server_gone_in_the_middle_of_an_import_changed_nothing(pg_db, shipped_forms) -> None:
    db, admin = pg_db
    more = demo.generate(shipped_forms, encounters=50, seed=8)
    _end_the_session_when(db, admin, "execute", "INSERT INTO ANSWERS")
    with pytest.raises(StoreError) as caught:
        queries.bulk_add_encounters(db, more.encounters, more.locations)
    where = db.engine.url.render_as_string()
    assert caught.value.problems == [
        f"the database server closed the connection ({where}); nothing was changed. Check "
        "that the server is running and try again"
    ]
    assert queries.count_encounters(db) == 0  # the next transaction gets a new connection


def test_a_server_gone_while_committing_says_the_outcome_is_unknown(pg_db, shipped_forms) -> None:
    db, admin = pg_db
    more = demo.generate(shipped_forms, encounters=5, seed=8)
    _end_the_session_when(db, admin, "commit")
    with pytest.raises(StoreError) as caught:
        queries.bulk_add_encounters(db, more.encounters, more.locations)
    assert caught.value.problems == [
        f"the database server closed the connection ({db.engine.url.render_as_string()}) "
        "while saving; the change may or may not have been saved: look before doing it again"
    ]


def test_a_server_stopped_in_the_middle_of_an_import_command_is_told_plainly(
    tmp_path: Path, shipped_forms
) -> None:
    """The finding: `pg_ctl stop -m immediate` while `mysteryshop import` writes."""

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from mysteryshop.exchange.bundle import export_bundle
    from mysteryshop.store.opening import open_database

    cluster = Cluster.start()
    if cluster is None:
        pytest.skip("PostgreSQL is not installed here (.ci/start-postgres failed)")
    try:
        admin = create_engine(cluster.url, isolation_level="AUTOCOMMIT")
        url = cluster.database_url("gone")
        open_database(url).close()
        source = open_database(f"sqlite:///{tmp_path / 'source.sqlite3'}")
        data = demo.generate(shipped_forms, encounters=1500, seed=9)
        queries.bulk_add_encounters(source, data.encounters, data.locations, shipped_forms)
        export_bundle(source, tmp_path / "big.json")
        source.close()
        env = dict(os.environ, MYSTERYSHOP_DATABASE_URL=url)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
        writing = text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = 'gone' AND state = 'active' "
            "AND query ILIKE 'INSERT INTO answers%'"
        )
        with subprocess.Popen(
            [sys.executable, "-m", "mysteryshop", "import", str(tmp_path / "big.json")],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as importing:
            seen = 0
            with admin.connect() as connection:
                for _ in range(2000):
                    seen = int(connection.execute(writing).scalar() or 0)
                    if seen or importing.poll() is not None:
                        break
                    time.sleep(0.01)
            admin.dispose()
            cluster.stop()
            out, err = importing.communicate(timeout=60)
        assert seen, "the import was never seen writing"
        assert importing.returncode == 1 and out == ""
        shown = make_url(url).render_as_string()
        assert err == (
            f"the database server closed the connection ({shown}); nothing was changed. Check "
            "that the server is running and try again\n"
        )  # one line: no "unexpected error", no psycopg "error ignored terminating <Pipeline>"
        cluster.start_again()
        again = open_database(url, migrate=False)
        try:
            assert queries.count_encounters(again) == 0  # all or nothing
        finally:
            again.close()
    finally:
        cluster.remove()


def test_reading_commands_leave_the_data_folder_as_they_found_it(
    prepared: dict[str, Path],
) -> None:
    data, out = prepared["data"], prepared["out"]
    before = hashlib.md5((data / "mysteryshop.sqlite3").read_bytes()).hexdigest()
    for argv in _reading_commands(data, out):
        assert main(argv[3:]) == 0, argv
    assert sorted(p.name for p in data.iterdir()) == ["mysteryshop.sqlite3"]
    assert hashlib.md5((data / "mysteryshop.sqlite3").read_bytes()).hexdigest() == before


def test_a_database_opened_for_reading_refuses_to_write(prepared: dict[str, Path]) -> None:
    from mysteryshop.store.opening import open_database

    path = prepared["data"] / "mysteryshop.sqlite3"
    db = open_database(f"sqlite:///{path}", read_only=True)
    try:
        with pytest.raises(StoreError) as caught, db.write() as session:
            session.execute(text("DELETE FROM encounters"))
        assert caught.value.problems == [f"the database is read-only: {path} cannot be changed"]
        assert queries.count_encounters(db) == 40
    finally:
        db.close()
