"""Benchmark: moments worth repeating (issue 16, item 6) over demo encounters: the Moments
page's first page with its total, a text search, one location, the best 5 per location and
the whole company's PDF, each the median of 5 runs (the PDF: of 3).

Bars at 100,000 encounters: a page (with its total) or a search under 0.5 s (the page reads
them on the UI thread, as the log does), the PDF under 3 s.

    python bench/bench_moments.py                 # 100k (the demo database is cached)
    python bench/bench_moments.py --encounters 10000
    python bench/bench_moments.py --db FILE       # an existing database instead

The demo databases are bench_reports.database_for's (cached in $MYSTERYSHOP_BENCH_DIR)."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

PAGE_BAR_S = 0.5
PDF_BAR_S = 3.0


def median_seconds(work: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encounters", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="an existing database file")
    args = parser.parse_args()

    from bench_reports import database_for

    from mysteryshop.reports import build_report
    from mysteryshop.store import moments
    from mysteryshop.store.opening import open_database
    from mysteryshop.store.queries import list_locations
    from mysteryshop.store.records import EncounterFilter

    path = args.db or database_for(args.encounters)
    db = open_database(f"sqlite:///{path}", read_only=True)
    place = list_locations(db)[0]
    everything = EncounterFilter()
    rows = [
        ("first page + total", lambda: moments.find_moments(db, everything), 5, PAGE_BAR_S),
        (
            "text search",
            lambda: moments.find_moments(db, EncounterFilter(text="kuunteli")),
            5,
            PAGE_BAR_S,
        ),
        (
            "one location",
            lambda: moments.find_moments(db, EncounterFilter(location=place.id)),
            5,
            PAGE_BAR_S,
        ),
        ("best 5 per location", lambda: moments.moments_by_location(db, everything), 5, None),
        ("PDF, whole company", lambda: build_report("moments", db, everything), 3, PDF_BAR_S),
    ]
    visits = moments.reported_visits(db, everything)
    print(f"{path}: {visits:,} reported visits, {moments.count_moments(db, everything):,} moments")
    missed = False
    for what, work, runs, bar in rows:
        seconds = median_seconds(work, runs)
        verdict = "" if bar is None else ("ok" if seconds <= bar else f"MISSED (bar {bar} s)")
        missed |= verdict.startswith("MISSED")
        print(f"{what:<22} {seconds:7.3f} s  {verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
