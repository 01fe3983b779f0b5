"""A worker for tests/test_kill.py: a "zygote" process that imports mysteryshop once, then for
each command `run MODE SEED` forks a child that writes to the database in a loop (saving
encounters, keeping drafts, importing bundles, making backups) until the test SIGKILLs it.

Forking from a warm process keeps each run to milliseconds instead of the ~0.5 s an import of
SQLAlchemy costs, so hundreds of kills fit in a test run.

Protocol on stdout, one line each: the child writes `ready PID` once the database is open;
the zygote writes `exit PID STATUS` when the child is gone (STATUS: `signal N` or `code N`).
The child marks each operation in `WORKDIR/progress-PID`: `<` before, `>` after, so the test
can tell a kill that landed inside an operation from one between two."""

from __future__ import annotations

import json
import os
import random
import sys
import traceback
from dataclasses import replace
from pathlib import Path

from mysteryshop import demo, paths
from mysteryshop.exchange import bundle
from mysteryshop.forms import load_form
from mysteryshop.store import backup, drafts, queries
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import EncounterData, new_id

MARK = "kill-test"
DRAFT_IDS = [f"00000000-0000-4000-8000-00000000000{n}" for n in range(3)]


def expected_rows(form: object, data: EncounterData) -> tuple[int, int, int]:
    rows = queries._rows(form, 0, None, data)  # type: ignore[arg-type]
    return len(rows.answers), len(rows.scores), len(rows.tags)


def marked(form: object, data: EncounterData) -> EncounterData:
    """The encounter with its expected row counts written into its notes."""
    answers, scores, tags = expected_rows(form, data)
    data.notes = f"{MARK} a={answers} s={scores} t={tags}"
    return data


class Child:
    def __init__(self, url: str, workdir: Path, pool: list[EncounterData], seed: int) -> None:
        self.rng = random.Random(seed)
        self.workdir = workdir
        self.pool = pool
        self.db = open_database(url)
        self.progress = os.open(
            workdir / f"progress-{os.getpid()}", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644
        )

    def mark(self, sign: bytes) -> None:
        os.write(self.progress, sign)

    def run(self, mode: str) -> None:
        step = getattr(self, f"step_{mode}")
        os.write(1, f"ready {os.getpid()}\n".encode())
        while True:
            self.mark(b"<")
            step()
            self.mark(b">")

    def step_save(self) -> None:
        """Add an encounter, or rewrite the answers of one added earlier."""
        mine = self._mine()
        if mine and self.rng.random() < 0.5:
            data = queries.get_encounter(self.db, self.rng.choice(mine))
            key = (data.form_id, data.form_version)
            # Another complete encounter's answers: an edit keeps the status (workflow.py).
            other = self.rng.choice(
                [e for e in self.pool if (e.form_id, e.form_version) == key and e.status != "draft"]
            )
            data.answers, data.na, data.tags = dict(other.answers), list(other.na), list(other.tags)
            by = "kill-test"
        else:
            template = self.rng.choice(self.pool)
            data = replace(
                template,
                id=new_id(),
                answers=dict(template.answers),
                na=list(template.na),
                tags=list(template.tags),
                timer=dict(template.timer),
                revision=0,
                created_at=None,
                updated_at=None,
                # A new encounter is a draft or submitted (workflow.py).
                status="draft" if template.status == "draft" else "submitted",
            )
            by = None
        form = queries.get_form(self.db, data.form_id, data.form_version)
        queries.save_encounter(self.db, marked(form, data), by=by)

    def _mine(self) -> list[str]:
        from sqlalchemy import select

        from mysteryshop.store.models import Encounter

        with self.db.read() as session:
            query = select(Encounter.id).where(Encounter.notes.like(f"{MARK} %")).limit(200)
            return list(session.scalars(query).all())

    def step_draft(self) -> None:
        template = self.rng.choice(self.pool)
        length = self.rng.randrange(0, 200_000)
        data = replace(
            template,
            id=self.rng.choice(DRAFT_IDS),
            notes=f"draft len={length} " + "x" * length,
        )
        drafts.keep_unsaved(self.db, data, location_text="typed")

    def step_import(self) -> None:
        folder = self.workdir / "bundles"
        for path in sorted(folder.glob("bundle-*.json")):
            location_id = json.loads(path.read_text(encoding="utf-8"))["locations"][0]["id"]
            if not queries.locations_of(self.db, [location_id]):
                bundle.import_bundle(self.db, path)
                return
        raise SystemExit("all bundles imported: make more")

    def step_backup(self) -> None:
        folder = self.workdir / "backups"
        number = len(list(folder.glob("kill-*.sqlite3")))
        while (folder / f"kill-{number}.sqlite3").exists():
            number += 1
        backup.backup(self.db, folder / f"kill-{number}.sqlite3")


def main() -> None:
    url, workdir = sys.argv[1], Path(sys.argv[2])
    forms = [load_form(path) for path in paths.shipped_form_files()]
    pool = demo.generate(forms, encounters=300, seed=int(sys.argv[3])).encounters
    os.write(1, b"zygote ready\n")
    for line in sys.stdin:
        command, mode, seed = line.split()
        assert command == "run"
        pid = os.fork()
        if pid == 0:
            try:
                Child(url, workdir, pool, int(seed)).run(mode)
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
                os._exit(3)
            os._exit(0)
        _, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status):
            outcome = f"signal {os.WTERMSIG(status)}"
        else:
            outcome = f"code {os.WEXITSTATUS(status)}"
        os.write(1, f"exit {pid} {outcome}\n".encode())


if __name__ == "__main__":
    main()
