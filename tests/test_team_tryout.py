"""scripts/team_tryout.py as a test: a new team's first day on one PostgreSQL server, three
people each in their own app process (docs/TEAM.md, "Trying it as a team"). About 30 s: the
five app processes start the real window each."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from tests.conftest import POSTGRES_URL_ENV

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "team_tryout.py"


def load_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("team_tryout", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not os.environ.get(POSTGRES_URL_ENV), reason=f"needs ${POSTGRES_URL_ENV}")
def test_a_new_teams_first_day_through_the_app(tmp_path: Path, capsys) -> None:
    tryout = load_script()
    team = tryout.Team(os.environ[POSTGRES_URL_ENV], tmp_path / "people")
    try:
        tryout.play(team, tmp_path / "shots", "en")  # each step checks the server; Failed else
    finally:
        team.drop()
    said = capsys.readouterr().out
    assert "history on the server: submitted by anna, reviewed by tim, returned by tim" in said
    assert said.count("refused: ") == 2
    shots = sorted(path.name for path in (tmp_path / "shots").glob("team-tryout-*.png"))
    assert len(shots) == 9, shots


def test_a_failing_step_is_one_line(tmp_path: Path) -> None:
    tryout = load_script()
    with pytest.raises(tryout.Failed, match=r"^mysteryshop team init: "):
        tryout.cli("team", "init", "--database-url", f"sqlite:///{tmp_path / 'x.sqlite3'}")
