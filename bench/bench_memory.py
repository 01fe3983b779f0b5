"""The memory peaks of importing the worst zip, JSON and XLSX inputs of each kind (bench/run.py,
the "memory" rows; issue 14, findings F3 and F14).

Each input is built here, streamed to disk, and imported by `mysteryshop import` in a child
process of its own; the peak is that child's maximum resident set size (its VmHWM on Linux,
else `os.wait4`'s ru_maxrss), Python and the app's modules included. Next to it: how the
import ended (the first line of its message) and the limit that bounds it.

    python bench/bench_memory.py            # the review's sizes: a 250 MB bundle.json, 99 MB
                                            # of JSON, a 199 MB sharedStrings.xml (~2 minutes)
    python bench/bench_memory.py --small    # a tenth of each (the smoke test)
    python bench/bench_memory.py --keep DIR # keep the inputs in DIR
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

MB = 1_000_000
FORMAT = '"format": "mysteryshop-bundle", "format_version": 1'
LIMIT_MB = 1_000  # the bar: no input of these kinds may take more than 1 GB to refuse


@dataclass
class Case:
    name: str
    make: Callable[[Path, float], Path]  # (folder, scale) -> the input file
    bound: str  # what limits it
    refused: bool = True  # else it is within every limit, and may be imported


@dataclass
class Result:
    case: Case
    size_mb: float  # the file
    unpacked_mb: float  # what it unpacks to (the JSON or XML inside), or the file's size
    peak_mb: float
    seconds: float
    status: int
    said: str


# --- inputs -----------------------------------------------------------------------------------


def _chunk(make_item: Callable[[random.Random], str], size: int, seed: int) -> str:
    """About `size` characters of comma-separated items (a little randomness, so that deflate
    packs them about 50 to 1, under the zip bomb ratio of 100)."""
    rng = random.Random(seed)
    items: list[str] = []
    total = 0
    while total < size:
        item = make_item(rng) + ("," if rng.random() < 0.97 else ", ")
        items.append(item)
        total += len(item)
    return "".join(items)


def _write_json(path: Path, head: str, item: Callable[[random.Random], str], size: int,
                tail: str) -> Path:  # fmt: skip
    """`head` + items (a repeated random chunk) to about `size` bytes + `tail`."""
    chunk = _chunk(item, 1 << 20, seed=len(head))
    with open(path, "w", encoding="utf-8") as out:
        out.write(head)
        written = len(head)
        while written < size:
            out.write(chunk)
            written += len(chunk)
        out.write(item(random.Random(0)) + tail)
    return path


def _empty(rng: random.Random) -> str:
    return "{}"


def _small_dict(rng: random.Random) -> str:
    return f'{{"k{rng.randrange(100)}": {rng.randrange(1000)}}}'


def _zip_of(path: Path, json_path: Path, name: str = "bundle.json") -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.write(json_path, name)
    json_path.unlink()
    return path


def zip_unknown_key(folder: Path, scale: float) -> Path:
    """The review's 3.9 MB zip: bundle.json of 250 MB of `{},{},…` under an unknown key."""
    inner = _write_json(folder / "inner.json", f'{{{FORMAT}, "padding": [', _empty,
                        int(250 * MB * scale), "]}")  # fmt: skip
    return _zip_of(folder / "zip-unknown-key.zip", inner)


def zip_encounters(folder: Path, scale: float) -> Path:
    """The same 250 MB of `{},{},…` as the encounters: each one a problem."""
    inner = _write_json(folder / "inner.json", f'{{{FORMAT}, "encounters": [', _empty,
                        int(250 * MB * scale), "]}")  # fmt: skip
    return _zip_of(folder / "zip-encounters.zip", inner)


def json_dicts_unknown_key(folder: Path, scale: float) -> Path:
    """The review's 99 MB JSON of small dicts, under an unknown key."""
    return _write_json(folder / "dicts-unknown-key.json", f'{{{FORMAT}, "padding": [',
                       _small_dict, int(99 * MB * scale), "]}")  # fmt: skip


def json_dicts_encounters(folder: Path, scale: float) -> Path:
    """99 MB of small dicts as the encounters."""
    return _write_json(folder / "dicts-encounters.json", f'{{{FORMAT}, "encounters": [',
                       _small_dict, int(99 * MB * scale), "]}")  # fmt: skip


def json_dicts_one_encounter(folder: Path, scale: float) -> Path:
    """99 MB of small dicts in one encounter's answers: a part far beyond MAX_PART_CHARS."""
    head = f'{{{FORMAT}, "encounters": [{{"id": "x", "answers": {{"q": ['
    return _write_json(folder / "dicts-one-encounter.json", head, _small_dict,
                       int(99 * MB * scale), "]}}]}")  # fmt: skip


def json_largest_part(folder: Path, scale: float) -> Path:
    """One encounter just under MAX_PART_CHARS, all of it `{}`s: the most one part can make
    Python build before its checks refuse it (whatever the scale)."""
    from mysteryshop.exchange.bundle import MAX_PART_CHARS

    head = f'{{{FORMAT}, "encounters": [{{"id": "x", "answers": {{"q": ['
    path = folder / "largest-part.json"
    with open(path, "w", encoding="utf-8") as out:
        out.write(head)
        count = (MAX_PART_CHARS - 100) // 3
        out.write("{}," * count + "{}]}}]}")
    return path


_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_XLSX_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
        '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
        '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/'
        'sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
        'worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
        f'{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook {_NS} xmlns:r="{_REL}"><sheets>'
        '<sheet name="survey" sheetId="1" r:id="rId1"/><sheet name="settings" sheetId="2" '
        'r:id="rId2"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_REL}/worksheet" Target="worksheets/sheet2.xml"/>'
        f'<Relationship Id="rId3" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>"
    ),
}
_XLSX_STRINGS = ["type", "name", "label", "text", "your_name", "Your name?", "form_id",
                 "form_title", "version", "bloat", "Bloat", "1"]  # fmt: skip


def _sheet(rows: list[list[int]]) -> str:
    """A worksheet whose cells are the shared strings of these indexes."""
    cells = "".join(
        f'<row r="{number}">'
        + "".join(
            f'<c r="{"ABC"[column]}{number}" t="s"><v>{index}</v></c>'
            for column, index in enumerate(row)
        )  # fmt: skip
        + "</row>"
        for number, row in enumerate(rows, start=1)
    )
    head = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}>'
    return f"{head}<sheetData>{cells}</sheetData></worksheet>"


def _xlsform(path: Path) -> Path:
    """A small valid XLSForm (one text question; its texts in sharedStrings.xml)."""
    strings = "".join(f"<t>{text}</t>".join(("<si>", "</si>")) for text in _XLSX_STRINGS)
    parts = {
        **_XLSX_PARTS,
        "xl/worksheets/sheet1.xml": _sheet([[0, 1, 2], [3, 4, 5]]),
        "xl/worksheets/sheet2.xml": _sheet([[6, 7, 8], [9, 10, 11]]),
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst {_NS}>{strings}</sst>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, text in parts.items():
            out.writestr(name, text)
    return path


def _bloated_xlsx(path: Path, part: str, before: str, item: Callable[[random.Random], str],
                  size: int) -> Path:  # fmt: skip
    """The small XLSForm with `part` grown to about `size` bytes: items (a repeated random
    chunk) inserted before the last `before` in it."""
    plain = _xlsform(path.with_name("plain.xlsx"))
    rng = random.Random(1)
    items = [item(rng).encode() for _ in range(60_000)]
    chunk = b"".join(items)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename != part:
                out.writestr(info, data)
                continue
            cut = data.rindex(before.encode())
            with out.open(part, "w", force_zip64=True) as entry:
                entry.write(data[:cut])
                written = cut
                while written + len(chunk) < size:
                    entry.write(chunk)
                    written += len(chunk)
                for piece in items:  # up to the size, less what follows
                    if written + len(piece) + len(data) - cut > size:
                        break
                    entry.write(piece)
                    written += len(piece)
                entry.write(data[cut:])
    plain.unlink()
    return path


def _shared_string(rng: random.Random) -> str:
    return f"<si><t>{rng.randrange(30)}</t></si>"


def _cell(rng: random.Random) -> str:
    return f"<c><v>{rng.randrange(10**6)}</v></c>"


def xlsx_shared_strings(folder: Path, scale: float) -> Path:
    """The review's 6.4 MB workbook: sharedStrings.xml of 199 MB (11 M strings)."""
    return _bloated_xlsx(folder / "xlsx-shared-strings.xlsx", "xl/sharedStrings.xml", "</sst>",
                         _shared_string, int(199 * MB * scale))  # fmt: skip


def xlsx_shared_strings_at_limit(folder: Path, scale: float) -> Path:
    """sharedStrings.xml just under its limit, of short strings: the most text a workbook
    can make openpyxl hold (whatever the scale)."""
    from mysteryshop.exchange.xlsform import MAX_SHARED_STRINGS_BYTES

    return _bloated_xlsx(folder / "xlsx-shared-strings-at-limit.xlsx", "xl/sharedStrings.xml",
                         "</sst>", _shared_string, MAX_SHARED_STRINGS_BYTES)  # fmt: skip


def xlsx_wide_row_at_limit(folder: Path, scale: float) -> Path:
    """The survey sheet just under its limit, its last row one of short cells: openpyxl
    builds every cell of a row it reads (whatever the scale)."""
    from mysteryshop.exchange.xlsform import MAX_SHEET_BYTES

    return _bloated_xlsx(folder / "xlsx-wide-row-at-limit.xlsx", "xl/worksheets/sheet1.xml",
                         "</row>", _cell, MAX_SHEET_BYTES)  # fmt: skip


CASES = [
    Case("zip: bundle.json of {} under an unknown key", zip_unknown_key,
         "refused at the unknown key"),
    Case("zip: bundle.json of {} as encounters", zip_encounters, "refused at 200 problems"),
    Case("json: small dicts under an unknown key", json_dicts_unknown_key,
         "refused at the unknown key"),
    Case("json: small dicts as encounters", json_dicts_encounters, "refused at 200 problems"),
    Case("json: small dicts in one encounter", json_dicts_one_encounter,
         "a part ≤ 8,000,000 characters"),
    Case("json: one encounter of {} at the part limit", json_largest_part,
         "a part ≤ 8,000,000 characters"),
    Case("xlsx: bloated sharedStrings.xml", xlsx_shared_strings,
         "sharedStrings.xml ≤ 4 MB unpacked"),
    Case("xlsx: sharedStrings.xml at its limit", xlsx_shared_strings_at_limit,
         "sharedStrings.xml ≤ 4 MB unpacked", refused=False),
    Case("xlsx: a row of cells at the sheet's limit", xlsx_wide_row_at_limit,
         "each sheet ≤ 10 MB unpacked", refused=False),
]  # fmt: skip


# --- measuring --------------------------------------------------------------------------------


def unpacked(path: Path) -> float:
    if path.suffix in (".zip", ".xlsx"):
        with zipfile.ZipFile(path) as archive:
            return sum(info.file_size for info in archive.infolist()) / MB
    return path.stat().st_size / MB


# The child runs the command line and, on Linux, reports its own peak (VmHWM): a child's
# ru_maxrss starts from its parent's size at the fork (Linux keeps it across exec), which
# would hide the child's own peak under a large parent such as pytest.
_CHILD = """
import sys
from mysteryshop.cli import main
status = main(sys.argv[2:])
try:
    with open("/proc/self/status") as status_file:
        peak = next(line.split()[1] for line in status_file if line.startswith("VmHWM:"))
    with open(sys.argv[1], "w") as out:
        out.write(peak)
except OSError:
    pass
sys.exit(status)
"""


def import_in_child(path: Path, data_dir: Path) -> tuple[int, float, float, str]:
    """(exit status, peak RSS in MB, seconds, first line of what it said) of
    `mysteryshop import path` in a child process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    peak_file = data_dir.with_name(data_dir.name + ".peak")
    peak_file.unlink(missing_ok=True)
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(peak_file), "--data-dir", str(data_dir),
             "import", str(path)],
            stdout=out, stderr=err, env=env,
        )  # fmt: skip
        _pid, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        err.seek(0)
        out.seek(0)
        said = (err.read() + out.read()).decode("utf-8", "replace").strip()
    if peak_file.exists():
        peak = int(peak_file.read_text()) / 1000  # kB
        peak_file.unlink()
    else:  # ru_maxrss: KiB on Linux, bytes on macOS
        peak = usage.ru_maxrss / (MB if sys.platform == "darwin" else 1000)
    line = said.splitlines()[0] if said else ""
    line = line.replace(str(path), path.name)
    return child.returncode, peak, seconds, line


def run_cases(folder: Path, scale: float, names: list[str] | None = None) -> Iterator[Result]:
    """Build and import each case (or those whose names start with one of `names`)."""
    for case in CASES:
        if names and not any(case.name.startswith(name) for name in names):
            continue
        work = folder / f"case-{CASES.index(case)}"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        path = case.make(work, scale)
        size = path.stat().st_size / MB
        status, peak, seconds, said = import_in_child(path, work / "data")
        yield Result(case, size, unpacked(path), peak, seconds, status, said)
        shutil.rmtree(work / "data", ignore_errors=True)


def missed(r: Result) -> bool:
    """Over the memory limit, or not ended as it should: refused (exit 1) with a reason, or
    (within every limit) imported."""
    ended = {1} if r.case.refused else {0, 1}
    return r.peak_mb > LIMIT_MB or r.status not in ended or "unexpected error" in r.said


def print_results(results: list[Result]) -> None:
    print(
        "| input | file | unpacked | peak RSS | limit | time | exit | what it said | bounded by |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---|---|")
    for r in results:
        print(f"| {r.case.name} | {r.size_mb:,.1f} MB | {r.unpacked_mb:,.0f} MB | "
              f"{r.peak_mb:,.0f} MB | {LIMIT_MB:,} MB | {r.seconds:.1f} s | {r.status} | "
              f"{r.said[:110]} | {r.case.bound} |")  # fmt: skip
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", action="store_true", help="a tenth of the review's sizes")
    parser.add_argument("--keep", type=Path, help="build the inputs in DIR and keep them")
    parser.add_argument("--only", nargs="+", help="the cases whose names start so")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="mysteryshop-memory-"))
    try:
        results = list(run_cases(folder, 0.1 if args.small else 1.0, args.only))
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print_results(results)
    over = [r.case.name for r in results if missed(r)]
    if over:
        print("MISSED: " + "; ".join(over))
        return 1
    print("every input refused (or, within every limit, imported) under the memory limit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
