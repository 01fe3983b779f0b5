"""Benchmark: the summary PDF over 10,000 and 100,000 demo encounters (issue 4).

Bars: 10k under 3 s; 100k under 2.5 s (issue 15) and at most 400 MB peak memory.

    python bench/bench_reports.py            # 1k, 10k and 100k
    python bench/bench_reports.py --small    # 1k and 10k only (CI smoke test)
    python bench/bench_reports.py --profile 100000   # cProfile of one build

The demo databases are built once with the demo generator and cached in
$MYSTERYSHOP_BENCH_DIR (default /tmp/mysteryshop-bench). Each measurement runs in a fresh
process, so the peak resident memory (ru_maxrss) is the report's own, imports included."""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

BARS = {10_000: (3.0, None), 100_000: (2.5, 400.0)}  # seconds, MB
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # fixed, so cached databases stay valid
SEED = 1


def cache_dir() -> Path:
    return Path(os.environ.get("MYSTERYSHOP_BENCH_DIR", "/tmp/mysteryshop-bench"))


def database_for(count: int) -> Path:
    """The cached demo database with `count` encounters, built when missing."""
    path = cache_dir() / f"demo-{count}-seed{SEED}.sqlite3"
    if path.exists():
        return path
    from mysteryshop import demo, paths
    from mysteryshop.forms import load_form
    from mysteryshop.store import queries
    from mysteryshop.store.opening import open_database

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in path.parent.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    forms = [load_form(file) for file in paths.shipped_form_files()]
    data = demo.generate(forms, encounters=count, seed=SEED, now=NOW)
    db = open_database(f"sqlite:///{partial}")
    queries.bulk_add_encounters(db, data.encounters, data.locations, forms)
    db.close()
    partial.rename(path)
    print(f"built {path} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def measure(path: Path, output: Path) -> dict[str, float]:
    """Build the summary once (in this process) and return the figures. (tracemalloc would
    slow the build several times over: memory is the process's peak resident size.)"""
    started = time.perf_counter()
    from mysteryshop.reports import write_pdf
    from mysteryshop.reports.summary import build_summary
    from mysteryshop.store.opening import open_database
    from mysteryshop.store.records import EncounterFilter

    imported = time.perf_counter()
    db = open_database(f"sqlite:///{path}", migrate=False)
    begun = time.perf_counter()
    pdf = build_summary(db, EncounterFilter())
    write_pdf(output, pdf)
    seconds = time.perf_counter() - begun
    db.close()
    from pypdf import PdfReader

    pages = len(PdfReader(output).pages)
    return {
        "import_s": imported - started,
        "report_s": seconds,
        "peak_rss_mb": peak_rss_mb(),
        "pages": pages,
        "bytes": len(pdf),
    }


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM where there is one: Linux keeps ru_maxrss
    across exec, so a child of a big parent (bench/run.py after an import of 100,000) would
    report the parent's size."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(count: int) -> dict[str, float]:
    path = database_for(count)
    output = cache_dir() / f"summary-{count}.pdf"
    result = subprocess.run(
        [sys.executable, __file__, "--measure", str(path), str(output)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def profile(count: int) -> None:
    import cProfile
    import pstats

    from mysteryshop.reports.summary import build_summary
    from mysteryshop.store.opening import open_database
    from mysteryshop.store.records import EncounterFilter

    db = open_database(f"sqlite:///{database_for(count)}", migrate=False)
    build_summary(db, EncounterFilter())  # warm: fonts, caches
    profiler = cProfile.Profile()
    profiler.enable()
    build_summary(db, EncounterFilter())
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="only 1k and 10k encounters")
    parser.add_argument("--profile", type=int, metavar="N", help="cProfile one build over N")
    parser.add_argument("--measure", nargs=2, metavar=("DB", "PDF"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure[0]), Path(args.measure[1]))))
        return 0
    if args.profile:
        profile(args.profile)
        return 0
    counts = [1_000, 10_000] if args.small else [1_000, 10_000, 100_000]
    failed = False
    print(f"{'encounters':>10}  {'report s':>8}  {'imports s':>9}  {'peak RSS MB':>11}  "
          f"{'pages':>5}  bar")  # fmt: skip
    for count in counts:
        figures = run_one(count)
        seconds_bar, memory_bar = BARS.get(count, (None, None))
        verdict = []
        if seconds_bar is not None:
            ok = figures["report_s"] < seconds_bar
            verdict.append(f"< {seconds_bar:g} s {'ok' if ok else 'MISSED'}")
            failed |= not ok
        if memory_bar is not None:
            ok = figures["peak_rss_mb"] <= memory_bar
            verdict.append(f"≤ {memory_bar:g} MB {'ok' if ok else 'MISSED'}")
            failed |= not ok
        print(
            f"{count:>10,}  {figures['report_s']:>8.2f}  {figures['import_s']:>9.2f}  "
            f"{figures['peak_rss_mb']:>11.0f}  "
            f"{int(figures['pages']):>5}  {', '.join(verdict)}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
