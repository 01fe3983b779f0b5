"""Killed at random moments: SIGKILL a process while it saves encounters, keeps drafts,
imports bundles and makes backups, hundreds of times, and check after every kill that the
database is whole, every encounter and every import all-or-nothing, every draft file whole
and every backup under its final name verified.

MYSTERYSHOP_KILL_RUNS sets the number of kills (default 200, spread over the four kinds)."""

from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import IO

import pytest

from mysteryshop import demo
from mysteryshop.store import check, drafts, queries
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import LocationData, encounter_to_dict, new_id

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork"), reason="the kill test forks its workers (POSIX only)"
)

MODES = ("save", "draft", "import", "backup")
BUNDLE_ENCOUNTERS = 40
SEED = 5
WORKER = Path(__file__).with_name("kill_worker.py")
_MARKER = re.compile(r"^kill-test a=(\d+) s=(\d+) t=(\d+)$")


class Zygote:
    """The warm worker process that forks one child per run."""

    def __init__(self, url: str, workdir: Path) -> None:
        self.errors = (workdir / "worker-stderr.txt").open("w+", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER), url, str(workdir), str(SEED)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            text=True,
            bufsize=1,
        )
        assert self._line() == "zygote ready", self.stderr()

    def _line(self) -> str:
        stdout: IO[str] = self.process.stdout  # type: ignore[assignment]
        line = stdout.readline()
        if not line:
            raise AssertionError(f"the worker stopped: {self.stderr()}")
        return line.strip()

    def stderr(self) -> str:
        self.errors.flush()
        self.errors.seek(0)
        return self.errors.read()[-3000:]

    def run_and_kill(self, mode: str, seed: int, delay: float) -> int:
        """Start a child in `mode`, SIGKILL it `delay` seconds after it is ready; returns
        its pid once the zygote has reaped it."""
        stdin: IO[str] = self.process.stdin  # type: ignore[assignment]
        stdin.write(f"run {mode} {seed}\n")
        stdin.flush()
        line = self._line()
        assert line.startswith("ready "), f"{line}\n{self.stderr()}"
        pid = int(line.split()[1])
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        line = self._line()
        assert line == f"exit {pid} signal {int(signal.SIGKILL)}", f"{line}\n{self.stderr()}"
        return pid

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait(timeout=10)
        if self.process.stdout:
            self.process.stdout.close()
        self.errors.close()


def _make_bundles(folder: Path, forms: list, count: int) -> list[str]:
    """`count` bundles of BUNDLE_ENCOUNTERS new encounters each, every bundle at a location of
    its own; returns the location ids in bundle order."""
    folder.mkdir()
    data = demo.generate(forms, encounters=count * BUNDLE_ENCOUNTERS, seed=SEED + 1)
    definitions = [
        {"id": form.id, "version": form.version, "definition": form.definition()} for form in forms
    ]
    location_ids = []
    for number in range(count):
        location = LocationData(new_id(), f"Kill test store {number}", "Kill test")
        location_ids.append(location.id)
        encounters = data.encounters[number * BUNDLE_ENCOUNTERS : (number + 1) * BUNDLE_ENCOUNTERS]
        for encounter in encounters:
            encounter.location_id = location.id
        content = {
            "format": "mysteryshop-bundle",
            "format_version": 1,
            "forms": definitions,
            "locations": [{"id": location.id, "name": location.name, "region": location.region}],
            "encounters": [encounter_to_dict(encounter) for encounter in encounters],
        }
        (folder / f"bundle-{number:04d}.json").write_text(json.dumps(content), encoding="utf-8")
    return location_ids


class Checker:
    """The checks made after every kill; counts what it saw."""

    def __init__(self, path: Path, workdir: Path, location_ids: list[str]) -> None:
        self.path = path
        self.workdir = workdir
        self.location_ids = location_ids
        self.verified_backups: set[Path] = set()
        self.figures: Counter[str] = Counter()

    def database(self) -> None:
        # A fresh connection, as the app's next start: SQLite recovers from the WAL first.
        with sqlite3.connect(self.path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
            self._encounters(connection)
            self._imports(connection)
        connection.close()

    def _encounters(self, connection: sqlite3.Connection) -> None:
        rows = connection.execute(
            "SELECT e.id, e.notes,"
            " (SELECT count(*) FROM answers a WHERE a.encounter_id = e.id),"
            " (SELECT count(*) FROM encounter_scores s WHERE s.encounter_id = e.id),"
            " (SELECT count(*) FROM encounter_tags t WHERE t.encounter_id = e.id)"
            " FROM encounters e WHERE e.notes LIKE 'kill-test %'"
        ).fetchall()
        for encounter_id, notes, answers, scores, tags in rows:
            expected = _MARKER.match(notes)
            assert expected, notes
            assert (answers, scores, tags) == tuple(map(int, expected.groups())), encounter_id
        self.figures["encounters saved by killed workers"] = len(rows)

    def _imports(self, connection: sqlite3.Connection) -> None:
        encounters = dict(
            connection.execute(
                "SELECT location_id, count(*) FROM encounters GROUP BY location_id"
            ).fetchall()
        )
        locations = {row[0] for row in connection.execute("SELECT id FROM locations")}
        imported = 0
        for location_id in self.location_ids:
            found = (encounters.get(location_id, 0), location_id in locations)
            assert found in ((0, False), (BUNDLE_ENCOUNTERS, True)), (location_id, found)
            imported += found[1]
        self.figures["bundles imported whole"] = imported

    def backups(self) -> None:
        for path in sorted((self.workdir / "backups").glob("kill-*.sqlite3")):
            if path in self.verified_backups:
                continue
            with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as copy:
                assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)], path
                (count,) = copy.execute("SELECT count(*) FROM encounters").fetchone()
                assert count >= 300, path
            copy.close()
            self.verified_backups.add(path)
        leftovers = [p for p in (self.workdir / "backups").iterdir() if p.name.startswith(".")]
        self.figures["backups verified"] = len(self.verified_backups)
        self.figures["temporary files left by killed backups"] = len(leftovers)

    def drafts(self, db: object) -> None:
        folder = drafts.unsaved_dir(db)  # type: ignore[arg-type]
        for path in folder.glob("*.json") if folder.is_dir() else ():
            kept = drafts.read_unsaved(db, path.stem)  # type: ignore[arg-type]
            assert kept is not None, f"{path} is not a whole draft"
            head, _, body = kept.data.notes.partition(" ")
            length = int(kept.data.notes.split()[1].removeprefix("len="))
            assert kept.data.notes == f"draft len={length} " + "x" * length
            assert head == "draft" and body
        self.figures["draft files whole"] = len(list(folder.glob("*.json")))
        self.figures["temporary files left by killed draft writes"] = len(
            list(folder.glob(".unsaved-*"))
        )

    def killed_inside(self, pid: int, mode: str) -> None:
        progress = self.workdir / f"progress-{pid}"
        marks = progress.read_bytes() if progress.exists() else b""
        self.figures[f"{mode}: operations completed"] += marks.count(b">")
        if marks.endswith(b"<"):
            self.figures[f"{mode}: kills inside an operation"] += 1
        progress.unlink(missing_ok=True)


def test_killed_workers_never_leave_half_written_data(
    tmp_path: Path, shipped_forms, record_property
) -> None:
    runs = int(os.environ.get("MYSTERYSHOP_KILL_RUNS", "200"))
    path = tmp_path / "data" / "mysteryshop.sqlite3"
    url = f"sqlite:///{path}"
    db = open_database(url)
    base = demo.generate(shipped_forms, encounters=300, seed=SEED)
    queries.bulk_add_encounters(db, base.encounters, base.locations, shipped_forms)
    (tmp_path / "backups").mkdir()
    location_ids = _make_bundles(tmp_path / "bundles", shipped_forms, count=runs // 2 + 10)
    checker = Checker(path, tmp_path, location_ids)
    rng = random.Random(SEED)
    zygote = Zygote(url, tmp_path)
    kills: Counter[str] = Counter()
    started = time.perf_counter()
    try:
        for run in range(runs):
            mode = MODES[run % len(MODES)]
            pid = zygote.run_and_kill(mode, seed=run, delay=rng.uniform(0.005, 0.080))
            kills[mode] += 1
            checker.killed_inside(pid, mode)
            checker.database()
            if mode == "backup":
                checker.backups()
            if mode == "draft":
                checker.drafts(db)
            if run % 50 == 49 or run == runs - 1:
                report = check.check_database(db)  # every stored score against its answers
                assert report.problems == [], report.problems
    finally:
        zygote.close()
        db.close()
    elapsed = time.perf_counter() - started
    checker.backups()
    figures = {"runs": runs, "kills": sum(kills.values()), **kills, **checker.figures}
    figures["seconds"] = round(elapsed, 1)
    for key, value in figures.items():
        record_property(key, value)
    print("\nkill test:", json.dumps(figures, indent=1))
    assert sum(kills.values()) == runs
    # The kills must have hit work in progress, not only idle moments.
    inside = sum(v for k, v in checker.figures.items() if k.endswith("inside an operation"))
    assert inside >= runs // 4
