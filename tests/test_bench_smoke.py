"""The benchmarks (bench/run.py) at smoke size, so they never rot.

Only that the harness runs and measures every row is checked here: the ratio bars (import,
export, start-up against floors measured in the same run) are too close to call on a busy
2-core CI machine at 2,000 encounters. Pass or fail is the full run's job:
`python bench/run.py` (bench/README.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parents[1] / "bench" / "run.py"
MEMORY_CASES = (  # bench_memory.CASES
    "zip: bundle.json of {} under an unknown key",
    "zip: bundle.json of {} as encounters",
    "json: small dicts under an unknown key",
    "json: small dicts as encounters",
    "json: small dicts in one encounter",
    "json: one encounter of {} at the part limit",
    "xlsx: bloated sharedStrings.xml",
    "xlsx: sharedStrings.xml at its limit",
    "xlsx: a row of cells at the sheet's limit",
)

ROWS = (
    "import 2k bundle",
    "export 2k to JSON",
    "summary PDF 2k",
    "summary PDF 2k (vs its aggregates in bare sqlite3)",
    "summary PDF 2k: peak memory",
    "app start to first paint",
    "log 2k: first page",
    "log 2k: filter: text search",
    "log 2k: sort: score",
    "autosave one answer",
    "autosave: the editor saves on",
    "dashboard figures 2k",
    "purge (retention) 2k: longest GUI-thread stall",
    "erase a location 2k: longest GUI-thread stall",
    "coaching PDF 2k",
    "coaching PDF 2k: peak memory",
    *(f"memory: {name}" for name in MEMORY_CASES),
)
SYNC_ROW = "sync 100 visits to PostgreSQL"  # only with a server (MYSTERYSHOP_TEST_POSTGRES_URL)


@pytest.mark.skipif(not RUN.is_file(), reason="bench/ is not part of this checkout")
def test_every_benchmark_runs_at_smoke_size(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run(
        [sys.executable, str(RUN), "--small", "--runs", "3", "--data", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode in (0, 1), result.stderr  # 1: a bar missed, judged by the full run
    table = [line for line in result.stdout.splitlines() if line.startswith("| ")]
    for name in ROWS:
        assert any(line.startswith(f"| {name}") for line in table), (name, result.stdout)
    if os.environ.get("MYSTERYSHOP_TEST_POSTGRES_URL"):
        assert any(line.startswith(f"| {SYNC_ROW}") for line in table), result.stdout
    assert "growth of import" in result.stdout
    assert "growth of summary" in result.stdout
    assert ("every bar met" in result.stdout) != ("MISSED:" in result.stdout)
    assert "worker thread" in result.stdout  # autosave never saves on the UI thread
