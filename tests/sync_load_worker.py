"""A process of tests/test_sync_load.py: an observer's laptop that records visits and syncs
them, or the trainer who reviews them on the server meanwhile.

    python sync_load_worker.py observer SERVER_URL ALIAS DATA_DIR VISITS SEED
    python sync_load_worker.py trainer SERVER_URL STOP_FILE SEED

The observer prints one JSON line at the end: its sync totals, the ids it recorded and the
staff text of each resubmission it made (to find each again: on the server, or kept in a
conflict). The trainer prints how many it returned and approved."""

from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from mysteryshop import demo, forms, paths
from mysteryshop.store import queries, sync
from mysteryshop.store.db import ConflictError, Database, StoreError
from mysteryshop.store.models import Encounter
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import EncounterFilter, new_id

ROUNDS = 4


def observer(url: str, alias: str, folder: str, visits: int, seed: int) -> None:
    rng = random.Random(seed)
    local = open_database(f"sqlite:///{Path(folder) / 'mysteryshop.sqlite3'}")
    server = open_database(url, migrate=False)
    totals = {"pushed": 0, "pulled": 0, "conflicts": 0, "refused": 0, "syncs": 0}
    conflict_ids: list[str] = []

    def run() -> None:
        result = sync.sync(local, server, alias=alias)
        totals["syncs"] += 1
        totals["pushed"] += result.pushed
        totals["pulled"] += result.pulled
        totals["conflicts"] += result.conflicts
        totals["refused"] += len(result.refused)
        conflict_ids.extend(result.conflict_ids)

    run()
    shipped = [forms.load_form(path) for path in paths.shipped_form_files()]
    places = [place.id for place in queries.list_locations(local)]
    data = demo.generate(shipped, encounters=visits * 3, seed=seed)
    recorded: list[str] = []
    for encounter in data.encounters:
        if encounter.calibration or encounter.status == "draft" or len(recorded) == visits:
            continue
        mine = replace(
            encounter, id=new_id(), observer=alias, status="submitted", reviewed_by=None,
            reviewed_at=None, return_reason="", reviewer_note="", revision=0, created_at=None,
            updated_at=None, tags=[], location_id=rng.choice(places),
        )  # fmt: skip
        recorded.append(queries.save_encounter(local, mine, by=alias).id)
    run()
    resubmitted: dict[str, list[str]] = {}
    for round_ in range(ROUNDS):
        time.sleep(rng.uniform(0.2, 0.6))
        run()
        time.sleep(rng.uniform(0.3, 1.0))  # the trainer may approve a returned one meanwhile
        returned = queries.iter_encounters(local, EncounterFilter(statuses=("returned",)))
        for encounter in list(returned):
            staff = f"{alias} round {round_} {rng.randrange(10**6)}"
            try:
                queries.save_encounter(
                    local, replace(encounter, staff=staff, status="submitted"), by=alias
                )
            except (ConflictError, StoreError):
                continue
            resubmitted.setdefault(encounter.id, []).append(staff)
    run()
    print(
        json.dumps(
            {
                "alias": alias,
                "totals": totals,
                "conflict_ids": conflict_ids,
                "recorded": recorded,
                "resubmitted": resubmitted,
            }
        )
    )


def trainer(url: str, stop_file: str, seed: int) -> None:
    """Review what waits: return a third, approve the rest; now and then approve a visit
    it returned (the observer may be resubmitting it: a conflict)."""
    rng = random.Random(seed)
    server = open_database(url, migrate=False)
    done = {"returned": 0, "approved": 0, "clashed": 0}
    while not Path(stop_file).exists():
        # The returned ones first (their observers may be resubmitting them: conflicts), then
        # a few of those waiting, so that each pass is short.
        for encounter in _waiting(server, "returned", 200):
            if Path(stop_file).exists():
                break
            if rng.random() < 0.5:
                try:
                    queries.review_encounter(
                        server, encounter.id, encounter.revision, reviewer="trainer",
                        action="approve",
                    )  # fmt: skip
                except (ConflictError, StoreError):
                    continue
                done["clashed"] += 1
        for encounter in _waiting(server, "submitted", 25):
            if Path(stop_file).exists():
                break
            action = "return" if rng.random() < 0.35 else "approve"
            try:
                queries.review_encounter(
                    server, encounter.id, encounter.revision, reviewer="trainer",
                    action=action, reason="which staff member?",
                )  # fmt: skip
            except (ConflictError, StoreError):
                continue
            done["returned" if action == "return" else "approved"] += 1
        time.sleep(0.1)
    print(json.dumps(done))


def _waiting(server: Database, status: str, limit: int) -> list[Any]:
    """Some visits in `status` (id and revision only: reading every waiting visit whole at
    each pass starved the trainer under load)."""
    with server.read() as session:
        return list(
            session.execute(
                select(Encounter.id, Encounter.revision)
                .where(Encounter.status == status, Encounter.deleted_at.is_(None))
                .order_by(func.random())
                .limit(limit)
            )
        )


if __name__ == "__main__":
    mode, *rest = sys.argv[1:]
    if mode == "observer":
        observer(rest[0], rest[1], rest[2], int(rest[3]), int(rest[4]))
    else:
        trainer(rest[0], rest[1], int(rest[2]))
