"""Benchmark: the summary PDF (issue 4) and the coaching PDF (issue 15) over demo encounters.

Bars: summary 10k under 3 s; 100k under 2.5 s (issue 15) and at most 400 MB peak memory.
Coaching 100k at most 10 s and 200 MB, next to its floor: the bare SQL of the same selection
in sqlite3.

    python bench/bench_reports.py            # 1k, 10k and 100k
    python bench/bench_reports.py --small    # 1k and 10k only (CI smoke test)
    python bench/bench_reports.py --report coaching  # the coaching report instead
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
COACHING_BARS = {100_000: (10.0, 200.0)}
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


def measure(path: Path, output: Path, report: str = "summary") -> dict[str, float]:
    """Build the summary (or the coaching report) once in this process and return the
    figures. (tracemalloc would slow the build several times over: memory is the process's
    peak resident size.)"""
    started = time.perf_counter()
    from mysteryshop.reports import write_pdf
    from mysteryshop.reports.coaching import build_coaching
    from mysteryshop.reports.summary import build_summary
    from mysteryshop.store.opening import open_database
    from mysteryshop.store.records import EncounterFilter

    imported = time.perf_counter()
    db = open_database(f"sqlite:///{path}", migrate=False)
    begun = time.perf_counter()
    build = build_coaching if report == "coaching" else build_summary
    pdf = build(db, EncounterFilter())
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


# The coaching report's selection as bare SQL (report_data.coaching_themes and
# coaching_locations at their defaults: reported statuses, 4 visits of each kind per location).
COACHING_FLOOR_SQL = (
    # the themes: every scored answer per location, form version and question
    """SELECT e.location_id, e.form_version_id, a.question_id, count(*),
        sum(a.earned < a.possible), sum(a.earned <= 0)
    FROM encounters e JOIN answers a ON a.encounter_id = e.id
    WHERE a.na = 0 AND a.possible > 0 AND e.status IN ('submitted', 'approved')
    GROUP BY e.location_id, e.form_version_id, a.question_id""",
    # the locations and their visits
    """SELECT l.id, l.name, l.region, count(*) FROM encounters e
    JOIN locations l ON l.id = e.location_id
    WHERE e.status IN ('submitted', 'approved') GROUP BY l.id, l.name, l.region""",
    # the most instructive tagged visits, 4 of each kind per location, with their columns
    """WITH tagged AS (
        SELECT e.id, e.location_id, e.critical_fail, e.notes, e.reviewer_note, e.possible,
            e.earned, e.score, e.visited_at,
            EXISTS (SELECT 1 FROM encounter_tags t WHERE t.encounter_id = e.id
                AND t.tag = 'needs-coaching') AS needs
        FROM encounters e
        WHERE e.status IN ('submitted', 'approved') AND EXISTS (SELECT 1 FROM encounter_tags t
            WHERE t.encounter_id = e.id AND t.tag IN ('needs-coaching', 'best-practice'))),
    ranked AS (
        SELECT id, needs, count(*) OVER (PARTITION BY location_id, needs) AS kind_count,
            row_number() OVER (PARTITION BY location_id, needs ORDER BY
                needs AND critical_fail DESC, (notes != '' OR reviewer_note != '') DESC,
                CASE WHEN needs THEN possible - earned ELSE coalesce(score, -1) END DESC,
                visited_at DESC, id) AS rank
        FROM tagged)
    SELECT e.id, e.visited_at, e.utc_offset_minutes, l.id, l.name, l.region, f.form_id,
        f.version, e.channel, o.alias, e.staff, e.score, e.feeling, e.critical_fail, e.notes,
        e.reviewer_note, r.needs, r.kind_count
    FROM ranked r JOIN encounters e ON e.id = r.id
    JOIN locations l ON l.id = e.location_id
    JOIN form_versions f ON f.id = e.form_version_id
    LEFT JOIN observers o ON o.id = e.observer_id
    WHERE r.rank <= 4""",
)


def coaching_floor(path: Path) -> float:
    """Seconds for the coaching report's selection in bare sqlite3, every row fetched: the
    themes aggregate on a second connection while the other statements run one after the
    other (as the app runs them), then the tags and missed answers of the chosen visits."""
    import sqlite3
    import threading

    url = f"file:{path}?mode=ro"

    def themes() -> None:
        connection = sqlite3.connect(url, uri=True)
        connection.execute(COACHING_FLOOR_SQL[0]).fetchall()
        connection.close()

    started = time.perf_counter()
    worker = threading.Thread(target=themes)
    worker.start()
    connection = sqlite3.connect(url, uri=True)
    try:
        for sql in COACHING_FLOOR_SQL[1:]:
            rows = connection.execute(sql).fetchall()
        chosen = [row[0] for row in rows]
        marks = ",".join("?" * len(chosen))
        connection.execute(
            f"SELECT encounter_id, tag FROM encounter_tags WHERE encounter_id IN ({marks})",
            chosen,
        ).fetchall()
        connection.execute(
            "SELECT encounter_id, question_id, value, earned, possible FROM answers "
            f"WHERE encounter_id IN ({marks}) AND na = 0 AND possible > 0 "
            "AND earned < possible",
            chosen,
        ).fetchall()
    finally:
        connection.close()
    worker.join()
    return time.perf_counter() - started


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


def run_one(count: int, report: str = "summary", path: Path | None = None) -> dict[str, float]:
    """One report over `count` encounters in a fresh process (the database at `path`, or the
    cached one)."""
    path = path or database_for(count)
    output = path.with_name(f"{report}-{path.stem}.pdf")
    result = subprocess.run(
        [sys.executable, __file__, "--measure", str(path), str(output), "--report", report],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(f"the {report} report failed:\n{result.stderr}")
    output.unlink(missing_ok=True)
    figures: dict[str, float] = json.loads(result.stdout)
    if report == "coaching":
        figures["floor_s"] = coaching_floor(path)
    return figures


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
    parser.add_argument(
        "--report", choices=("summary", "coaching"), default="summary", help="which report"
    )
    parser.add_argument("--measure", nargs=2, metavar=("DB", "PDF"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure[0]), Path(args.measure[1]), args.report)))
        return 0
    if args.profile:
        profile(args.profile)
        return 0
    counts = [1_000, 10_000] if args.small else [1_000, 10_000, 100_000]
    failed = False
    coaching = args.report == "coaching"
    print(f"{'encounters':>10}  {'report s':>8}  {'imports s':>9}  {'peak RSS MB':>11}  "
          f"{'pages':>5}  {'floor s' if coaching else ''}  bar")  # fmt: skip
    for count in counts:
        figures = run_one(count, args.report)
        bars = COACHING_BARS if coaching else BARS
        seconds_bar, memory_bar = bars.get(count, (None, None))
        verdict = []
        if seconds_bar is not None:
            ok = figures["report_s"] < seconds_bar
            verdict.append(f"< {seconds_bar:g} s {'ok' if ok else 'MISSED'}")
            failed |= not ok
        if memory_bar is not None:
            ok = figures["peak_rss_mb"] <= memory_bar
            verdict.append(f"≤ {memory_bar:g} MB {'ok' if ok else 'MISSED'}")
            failed |= not ok
        floor = f"{figures['floor_s']:>7.2f}" if coaching else ""
        print(
            f"{count:>10,}  {figures['report_s']:>8.2f}  {figures['import_s']:>9.2f}  "
            f"{figures['peak_rss_mb']:>11.0f}  "
            f"{int(figures['pages']):>5}  {floor}  {', '.join(verdict)}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
