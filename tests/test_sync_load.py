"""Load: N observers' laptops (processes) each syncing M visits into one PostgreSQL at once,
each as their own login on a team server, while a trainer process reviews (returns, approves,
and approves visits it returned, which the observers are resubmitting meanwhile): nothing
lost, nothing duplicated, every conflict reported.

Size: MYSTERYSHOP_SYNC_LOAD="NxM" (the real run: 20x50); 4x10 by default, for CI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from test_sync import team_server  # tests/ is on sys.path (rootdir conftest)

from mysteryshop.exchange.bundle import encounter_from_dict
from mysteryshop.store import queries, sync
from mysteryshop.store import team as team_
from mysteryshop.store.models import Encounter, EncounterHistory, Observer, SyncConflict
from mysteryshop.store.opening import open_database

WORKER = Path(__file__).with_name("sync_load_worker.py")
SIZE = os.environ.get("MYSTERYSHOP_SYNC_LOAD", "4x10")


def login_url(server_url: str, alias: str, password: str) -> str:
    database = make_url(server_url).database or ""
    login = team_.login_name(team_.team_prefix(database), alias)
    return make_url(server_url).set(username=login, password=password).render_as_string(False)


def test_many_laptops_sync_at_once_while_a_trainer_reviews(pg_url: str, tmp_path: Path):
    clients, visits = (int(part) for part in SIZE.lower().split("x"))
    server = team_server(pg_url)
    team_.init_team(server)
    try:
        run_the_load(server, pg_url, tmp_path, clients, visits)
    finally:
        team_.dissolve_team(server)  # roles are the cluster's: they would outlive the database
        server.close()


def run_the_load(server, pg_url: str, tmp_path: Path, clients: int, visits: int) -> None:
    aliases = [f"obs{n:02d}" for n in range(clients)]
    for alias in aliases:
        team_.add_user(server, alias, "observer", password=f"{alias}-pw")
    team_.add_user(server, "trainer", "trainer", password="trainer-pw")
    env = {**os.environ, "PYTHONPATH": str(WORKER.parent.parent)}
    stop = tmp_path / "stop"
    started = time.perf_counter()
    reviewer = subprocess.Popen(
        [sys.executable, str(WORKER), "trainer",
         login_url(pg_url, "trainer", "trainer-pw"), str(stop), "7"],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    laptops: list[subprocess.Popen[str]] = []
    try:
        for n, alias in enumerate(aliases):
            folder = tmp_path / alias
            folder.mkdir()
            laptops.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        str(WORKER),
                        "observer",
                        login_url(pg_url, alias, f"{alias}-pw"),
                        alias,
                        str(folder),
                        str(visits),
                        str(100 + n),
                    ],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                    env=env,
                )  # fmt: skip
            )
        reports = []
        for laptop in laptops:
            out, err = laptop.communicate(timeout=1200)
            assert laptop.returncode == 0, err
            reports.append(json.loads(out.strip().splitlines()[-1]))
        stop.touch()
        out, _ = reviewer.communicate(timeout=300)
        reviews = json.loads(out.strip().splitlines()[-1])
    finally:
        stop.touch()
        for process in (reviewer, *laptops):
            if process.poll() is None:
                process.kill()
                process.communicate()
    elapsed = time.perf_counter() - started
    check_the_end(server, pg_url, tmp_path, reports, clients * visits, reviews, elapsed)


def check_the_end(server, pg_url, tmp_path, reports, expected, reviews, elapsed) -> None:
    """With the trainer stopped, each laptop syncs once more; then every visit is on the
    server once, each laptop in step with it, every resubmission either on the server (or in
    its history) or kept in a conflict, and every conflict found is kept."""
    with server.read() as session:
        stored = session.scalar(select(func.count()).select_from(Encounter))
        distinct = session.scalar(select(func.count(func.distinct(Encounter.id))))
        on_server = {row.staff for row in session.execute(select(Encounter.staff))} | {
            (snapshot or {}).get("staff")
            for snapshot in session.scalars(select(EncounterHistory.snapshot))
        }
    assert stored == distinct == expected
    totals = {"pushed": 0, "pulled": 0, "conflicts": 0, "refused": 0, "syncs": 0}
    resubmissions = 0
    for report in reports:
        alias = report["alias"]
        local = open_database(f"sqlite:///{tmp_path / alias / 'mysteryshop.sqlite3'}")
        mine = open_database(login_url(pg_url, alias, f"{alias}-pw"), migrate=False)
        final = sync.sync(local, mine, alias=alias)
        assert final.refused == []
        for key in ("pushed", "pulled", "conflicts", "refused", "syncs"):
            totals[key] += report["totals"][key]
        totals["conflicts"] += final.conflicts
        totals["syncs"] += 1
        with server.read() as session:
            theirs = set(
                session.scalars(
                    select(Encounter.id)
                    .join(Observer, Observer.id == Encounter.observer_id)
                    .where(Observer.alias == alias)
                )
            )
        assert theirs == set(report["recorded"])  # nothing lost, nothing of another's
        for encounter_id in report["recorded"]:
            here, there = sync._read(local, encounter_id), sync._read(mine, encounter_id)
            assert here is not None and there is not None and sync._same(here, there)
        assert sync.status(local).pending == 0
        with local.read() as session:
            kept = [encounter_from_dict(row.local) for row in session.scalars(select(SyncConflict))]
            replaced = [
                snapshot.get("staff")
                for snapshot in session.scalars(
                    select(EncounterHistory.snapshot).where(
                        EncounterHistory.change == "import-older"
                    )
                )
            ]
        reported = report["totals"]["conflicts"] + final.conflicts
        assert reported == len(kept) + len(replaced)  # every conflict found is kept
        everywhere = on_server | {data.staff for data in kept} | set(replaced)
        with local.read() as session:
            everywhere |= {
                (snapshot or {}).get("staff")
                for snapshot in session.scalars(select(EncounterHistory.snapshot))
            }
        for staffs in report["resubmitted"].values():
            resubmissions += len(staffs)
            for staff in staffs:
                assert staff in everywhere, f"{alias}: a resubmission was lost: {staff}"
        mine.close()
        local.close()
    assert totals["refused"] == 0
    assert queries.count_encounters(server) == expected
    print(
        f"\nsync load {SIZE}: {expected} visits from {len(reports)} laptops in {elapsed:.1f} s; "
        f"{totals['syncs']} syncs, {totals['pushed']} pushes, {totals['pulled']} pulls, "
        f"{resubmissions} resubmissions, {totals['conflicts']} conflicts (all kept), "
        f"0 refused; trainer: {reviews['returned']} returned, {reviews['approved']} approved, "
        f"{reviews['clashed']} returned visits approved meanwhile"
    )
