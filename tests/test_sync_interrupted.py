"""A sync cut off anywhere leaves both sides consistent and the next one completes it: the
server stopped mid-sync (pg_ctl stop -m fast on a throwaway cluster this test starts: never
the shared one), and `mysteryshop sync` killed (SIGKILL) mid-sync."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from test_sync import ALIAS, record, team_server  # tests/ is on sys.path (rootdir conftest)

from mysteryshop.store import queries, sync
from mysteryshop.store.db import ConnectionLostError, Database
from mysteryshop.store.models import Encounter, SyncBase, SyncConflict
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import EncounterFilter

BIN = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))


class Cluster:
    """A PostgreSQL cluster of this test's own, to stop and start at will."""

    def __init__(self, folder: Path) -> None:
        self.bin = BIN[-1]
        self.folder = folder
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.run: list[str] = []
        if os.getuid() == 0:
            shutil.chown(folder, "postgres")
            self.run = ["runuser", "-u", "postgres", "--"]
        self._do("initdb", "-D", str(folder / "db"), "-A", "trust", "-U", "mysteryshop",
                 "-E", "UTF8", "--no-locale")  # fmt: skip
        self.start()

    def _do(self, program: str, *args: str) -> None:
        subprocess.run([*self.run, str(self.bin / program), *args], check=True, capture_output=True)

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._do("pg_ctl", "-D", str(self.folder / "db"), "-l", str(self.folder / "log"),
                 "-w", "-o", options, "start")  # fmt: skip

    def stop(self) -> None:
        self._do("pg_ctl", "-D", str(self.folder / "db"), "-m", "fast", "-w", "stop")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://mysteryshop@127.0.0.1:{self.port}/{database}"


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    if not BIN or not (BIN[-1] / "initdb").exists():
        pytest.skip("no PostgreSQL server installed (initdb)")
    # Under /tmp as .ci/start-postgres does: pytest's folders are closed to the postgres user.
    folder = Path(tempfile.mkdtemp(prefix="mysteryshop-pg."))
    try:
        found = Cluster(folder)
        yield found
        try:
            found.stop()
        except subprocess.CalledProcessError:
            pass
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def fresh_server(cluster: Cluster, name: str) -> Database:
    admin = create_engine(cluster.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return team_server(cluster.url(name))


def consistent(laptop: Database, server: Database, ids: list[str]) -> None:
    """Every visit once on each side, the same content, every base at both revisions, no
    conflict."""
    with server.read() as session:
        there = dict(session.execute(select(Encounter.id, Encounter.revision)).all())
    with laptop.read() as session:
        here = dict(session.execute(select(Encounter.id, Encounter.revision)).all())
        bases = {row.encounter_id: row for row in session.scalars(select(SyncBase))}
        conflicts = session.scalar(select(func.count()).select_from(SyncConflict))
    assert sorted(there) == sorted(ids) and set(ids) <= set(here)
    assert conflicts == 0
    for encounter_id in ids:
        assert (bases[encounter_id].local_revision, bases[encounter_id].server_revision) == (
            here[encounter_id],
            there[encounter_id],
        )
        mine, theirs = sync._read(laptop, encounter_id), sync._read(server, encounter_id)
        assert mine is not None and theirs is not None and sync._same(mine, theirs)
    assert sync.status(laptop).pending == 0


STOPS = (0, 1, 17, 38)
"""After how many visits the server is stopped, one sync each."""


def test_the_server_stopped_mid_sync_then_the_next_sync_completes_it(cluster, db):
    server = fresh_server(cluster, "stopped")
    sync.sync(db, server, alias=ALIAS)
    ids = [visit.id for visit in record(db, 40)]
    survived = 0
    for stop_at in STOPS:

        def stop(done: int, total: int, stop_at: int = stop_at) -> None:
            if done == stop_at:
                cluster.stop()

        with pytest.raises(ConnectionLostError):
            sync.sync(db, server, alias=ALIAS, progress=stop)
        survived += 1
        cluster.start()
        server.engine.dispose()  # the pool's connections died with the server
        # Some visits went up, none twice; the laptop's are all there.
        with server.read() as session:
            up = session.scalar(select(func.count()).select_from(Encounter))
        assert up is not None and up <= len(ids)
        assert queries.count_encounters(db) == len(ids)
        # A visit recorded on the laptop meanwhile goes up with the rest.
        ids += [visit.id for visit in record(db, 1, seed=20 + stop_at)]
    result = sync.sync(db, server, alias=ALIAS)
    assert result.conflicts == 0 and result.refused == []
    consistent(db, server, ids)
    # Pulls cut off too: the trainer returns twenty, the server stops among them.
    for encounter_id in ids[:20]:
        there = queries.get_encounter(server, encounter_id)
        queries.review_encounter(server, there.id, there.revision, reviewer="trainer",
                                 action="return", reason="which till?")  # fmt: skip

    # The sync goes through the visits by id: stop it before the tenth of those returned.
    tenth = [n for n, key in enumerate(sorted(ids)) if key in set(ids[:20])][9]

    def stop_pulling(done: int, total: int) -> None:
        if done == tenth:
            cluster.stop()

    with pytest.raises(ConnectionLostError):
        sync.sync(db, server, alias=ALIAS, progress=stop_pulling)
    survived += 1
    cluster.start()
    server.engine.dispose()
    returned = queries.count_encounters(db, EncounterFilter(statuses=("returned",)))
    assert returned == 9  # nine came down, each whole
    result = sync.sync(db, server, alias=ALIAS)
    assert (result.pulled, result.conflicts) == (20 - returned, 0)
    consistent(db, server, ids)
    print(f"server stopped mid-sync {survived} times; the next sync completed each")
    server.close()


def test_the_sync_command_killed_mid_sync_then_the_next_sync_completes_it(
    cluster, db, data_dir: Path
):
    server = fresh_server(cluster, "killed")
    sync.sync(db, server, alias=ALIAS)
    ids = [visit.id for visit in record(db, 120)]
    db.close()
    command = [sys.executable, "-m", "mysteryshop", "--data-dir", str(data_dir), "sync",
               "--alias", ALIAS, "--team-url", cluster.url("killed")]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    kills = 0
    for point in ("50/", "100/"):
        with subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env
        ) as child:
            assert child.stderr is not None
            seen = []
            for line in child.stderr:
                seen.append(line)
                if line.strip().startswith(point):
                    child.send_signal(signal.SIGKILL)
                    break
            assert child.wait(timeout=120) == -signal.SIGKILL, "".join(seen)
        kills += 1
    laptop = open_database(f"sqlite:///{data_dir / 'mysteryshop.sqlite3'}")
    with server.read() as session:
        up = session.scalar(select(func.count()).select_from(Encounter))
    assert up is not None and 0 < up <= len(ids)
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "0 conflicts" in done.stdout
    consistent(laptop, server, ids)
    print(f"sync killed {kills} times mid-sync; the next sync completed it")
    laptop.close()
    server.close()
