"""Bounded memory for every input (issue 14: F3, F14, the damaged zips of F12, demo's bound).

Bundles are read part by part (exchange/jsonstream.py): each form, location and encounter is
decoded and checked as it comes, and the reading stops at an unknown key, at 200 problems,
at a part longer than MAX_PART_CHARS, or when what is kept would outgrow the memory budget.
Zip and XLSX parts are unpacked with their real bytes counted (exchange/unzip.py). The worst
inputs of each kind (built by bench/bench_memory.py) are imported in a child process, whose
peak resident memory is measured."""

from __future__ import annotations

import io
import json
import os
import random
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from mysteryshop import demo
from mysteryshop.cli import main
from mysteryshop.exchange import bundle, jsonstream, unzip, xlsform, zipbundle
from mysteryshop.exchange.bundle import BundleError
from mysteryshop.exchange.xlsform import XLSFormError, read_xlsform
from mysteryshop.forms import Form
from mysteryshop.store import attachments, models, queries
from mysteryshop.store.db import Database

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
try:  # the inputs are made by the benchmark (bench/ is not in a source distribution)
    import bench_memory
except ImportError:
    bench_memory = None
needs_bench = pytest.mark.skipif(bench_memory is None, reason="bench/ is not in this checkout")

CORPUS = REPO / "tests" / "fixtures" / "xlsform"
FORMAT = {"format": "mysteryshop-bundle", "format_version": 1}


# --- helpers ----------------------------------------------------------------------------------


@pytest.fixture
def stocked(db: Database, shipped_forms: list[Form]) -> tuple[Database, demo.DemoData]:
    data = demo.generate(shipped_forms, encounters=40, seed=14)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    return db, data


def bundle_text(db: Database, data: demo.DemoData, *, indent: int | None = 1) -> str:
    """The demo data as a bundle (forms, locations, encounters), with notes in several
    scripts and emoji so that pieces can end inside a character."""
    raw, _count = bundle.bundle_data(db)
    notes = ["Hyvää päivää! Å Ä Ö", "😀👍🏽👩‍👩‍👧 日本語のメモ", "עברית · Русский", "x\r\ny"]
    for index, item in enumerate(raw["encounters"][:4]):
        item["notes"] = notes[index]
    return json.dumps(raw, ensure_ascii=False, indent=indent)


def counting_reader(raw: bytes) -> tuple[Callable[[int], bytes], list[int]]:
    """read(n) over `raw`, and a list holding how many bytes were read in all."""
    stream = io.BytesIO(raw)
    read = [0]

    def reader(size: int) -> bytes:
        piece = stream.read(size)
        read[0] += len(piece)
        return piece

    return reader, read


def read_text(text: str | bytes, db: Database | None = None, **kwargs: Any) -> bundle.Bundle:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return bundle.read_bundle_text(counting_reader(raw)[0], "b.json", db=db, **kwargs)


def problems_of(text: str | bytes, db: Database | None = None, **kwargs: Any) -> list[str]:
    with pytest.raises(BundleError) as caught:
        read_text(text, db, **kwargs)
    return caught.value.problems


def encounter_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(models.Encounter)) or 0)


# --- the worst inputs, each imported in a child process ---------------------------------------

# (how the input is made, at what fraction of the review's size, what the one line says). The
# review measured 6.4 GB for the zip of 250 MB of `{}`s and 2.6 GB for 99 MB of small dicts:
# a fifth to a sixth of them took 0.5 to 1 GB before this bound, and openpyxl read the 20 MB
# of shared strings whole, and accepted it.
WORST = [
    ("zip_unknown_key", 0.16, "bundle.json: unknown key 'padding'"),
    ("zip_encounters", 0.16, "bundle.json: encounters[0].id: missing"),
    ("json_dicts_unknown_key", 0.2, "unknown key 'padding'"),
    ("json_dicts_encounters", 0.2, "encounters[0].id: missing"),
    ("json_dicts_one_encounter", 0.2, "encounters[0]: longer than 8,000,000"),
    ("xlsx_shared_strings", 0.1, "sharedStrings.xml unpacks to more than 4,000,000"),
]
PEAK_MB = 400  # the largest part a bundle may have costs about 300 MB with Python and the app


@needs_bench
@pytest.mark.parametrize(("make", "scale", "said"), WORST, ids=[w[0] for w in WORST])
def test_the_worst_inputs_are_refused_in_one_line_with_bounded_memory(
    tmp_path: Path, make: str, scale: float, said: str
) -> None:
    path = getattr(bench_memory, make)(tmp_path, scale)
    status, peak_mb, seconds, line = bench_memory.import_in_child(path, tmp_path / "data")
    print(f"{path.name}: {bench_memory.unpacked(path):.0f} MB unpacked, peak {peak_mb:.0f} MB, "
          f"{seconds:.1f} s: {line}")  # fmt: skip
    assert status == 1, line
    assert said in line and "unexpected error" not in line, line
    assert peak_mb < PEAK_MB


# --- reading part by part ---------------------------------------------------------------------


@pytest.mark.parametrize("indent", [None, 1])
def test_the_bundle_read_is_the_same_wherever_the_pieces_of_the_file_end(
    stocked, monkeypatch: pytest.MonkeyPatch, indent: int | None
) -> None:
    db, data = stocked
    text = bundle_text(db, data, indent=indent)
    whole = read_text(text, db)
    assert len(whole.encounters) == 40 and len(whole.forms) == 2
    for size in (1, 2, 3, 7, 61, 1000):
        monkeypatch.setattr(jsonstream, "CHUNK_BYTES", size)
        pieces = read_text(text, db)
        assert pieces.encounters == whole.encounters, size
        assert pieces.locations == whole.locations
        assert [f.definition() for f in pieces.forms] == [f.definition() for f in whole.forms]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32-le"])
def test_a_byte_order_mark_or_utf_16_and_32_are_read_as_json_loads_reads_them(
    stocked, monkeypatch: pytest.MonkeyPatch, encoding: str
) -> None:
    db, data = stocked
    text = bundle_text(db, data)
    monkeypatch.setattr(jsonstream, "CHUNK_BYTES", 5)
    assert read_text(text.encode(encoding), db).encounters == read_text(text, db).encounters


def _broken(text: str) -> list[str]:
    """Ways to break a bundle's JSON late in the file."""
    last = text.rindex("}")
    # A comma between two members (one that ends its line: a string holds no raw newline), not
    # one inside a note, which the demo writes anew each day.
    comma = text.rindex(",\n", 0, len(text) // 2)
    return [
        text[: len(text) * 2 // 3],  # cut short
        text + "\n  x",  # something after the end
        text[:comma] + text[comma + 1 :],  # a comma missing
        text[:last] + "," + text[last:],  # a trailing comma
        text[: len(text) // 2] + "\x01" + text[len(text) // 2 :],  # a control character
    ]


@pytest.mark.parametrize("case", range(5))
def test_a_syntax_error_is_told_with_the_line_and_column_json_loads_gives(
    stocked, monkeypatch: pytest.MonkeyPatch, case: int
) -> None:
    db, data = stocked
    text = _broken(bundle_text(db, data))[case]
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(text)
    where = f"line {expected.value.lineno}, column {expected.value.colno}"
    for size in (3, 1 << 22):
        monkeypatch.setattr(jsonstream, "CHUNK_BYTES", size)
        [problem] = problems_of(text, db)
        assert problem.startswith(f"b.json: not valid JSON ({where}: "), (size, problem)


def test_a_number_across_the_end_of_a_piece_is_read_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = '{"format": "mysteryshop-bundle", "format_version": 1000000}'
    for size in range(1, len(text) + 1):
        monkeypatch.setattr(jsonstream, "CHUNK_BYTES", size)
        assert problems_of(text) == [
            "b.json: format_version: this app reads version 1, got 1000000"
        ], size


def test_a_part_longer_than_its_limit_is_refused_before_it_is_built(
    stocked, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, data = stocked
    raw = json.loads(bundle_text(db, data))
    limit = max(len(json.dumps(form)) for form in raw["forms"]) + 1_000
    raw["encounters"][5]["notes"] = "n" * limit
    text = json.dumps(raw)
    monkeypatch.setattr(bundle, "MAX_PART_CHARS", limit)
    built: list[int] = []
    real = json.JSONDecoder.raw_decode

    def watched(self: json.JSONDecoder, s: str, idx: int = 0) -> tuple[Any, int]:
        item, end = real(self, s, idx)
        built.append(end - idx)
        return item, end

    monkeypatch.setattr(json.JSONDecoder, "raw_decode", watched)
    for size in (7, 1 << 22):
        monkeypatch.setattr(jsonstream, "CHUNK_BYTES", size)
        built.clear()
        assert problems_of(text, db) == [f"b.json: encounters[5]: longer than {limit:,} characters"]
        assert max(built) <= limit  # nothing longer was ever decoded


@pytest.mark.parametrize(
    ("head", "item", "problem"),
    [
        ('{"format": "mysteryshop-bundle", "format_version": 1, "padding": [', b"{},",
         "b.json: unknown key 'padding'"),
        ('{"padding": [', b"{},", "b.json: not a mysteryshop bundle (unknown key 'padding')"),
        ('{"format": "mysteryshop-bundle", "format_version": 1, "encounters": [', b"{},",
         "b.json: more problems not listed"),
        ('{"format": "mysteryshop-bundle", "format_version": 1, "forms": [', b"[],",
         "b.json: more problems not listed"),
        ('{"format": "mysteryshop-bundle", "format_version": 1, "locations": [', b'"x",',
         "b.json: more problems not listed"),
    ],
)  # fmt: skip
def test_the_reading_stops_at_an_unknown_key_or_at_200_problems(
    head: str, item: bytes, problem: str
) -> None:
    raw = head.encode() + item * (30_000_000 // len(item)) + b"{}]}"
    reader, read = counting_reader(raw)
    with pytest.raises(BundleError) as caught:
        bundle.read_bundle_text(reader, "b.json")
    assert caught.value.problems[-1] == problem
    assert len(caught.value.problems) <= bundle.MAX_PROBLEMS + 20  # + the last part's
    assert read[0] <= jsonstream.CHUNK_BYTES  # of 30 MB, only the first piece was read


def test_headers_and_keys_are_checked_as_they_come() -> None:
    assert problems_of('{"format": "other"}') == [
        "b.json: format: expected 'mysteryshop-bundle', got 'other'"
    ]
    assert problems_of('{"format": "mysteryshop-bundle", "format": "mysteryshop-bundle"}') == [
        "b.json: the key 'format' appears twice"
    ]
    assert problems_of('{"encounters": []}') == [
        "b.json: format: expected 'mysteryshop-bundle', got None"
    ]
    assert problems_of('{"format": "mysteryshop-bundle", "format_version": 1, "forms": {}}') == [
        "b.json: forms: expected a list"
    ]
    long_key = '{"' + "k" * 20_000 + '": 1}'
    assert problems_of(long_key) == ["b.json: a key: longer than 10,000 characters"]
    not_an_object = ["b.json: expected a JSON object with format 'mysteryshop-bundle'"]
    assert problems_of("[" + "1, " * 100_000 + "1]") == not_an_object
    assert problems_of("[" + "1, " * 100_000) == not_an_object  # (its first 10,000 characters)
    assert problems_of("null") == not_an_object
    assert problems_of("nothing") == ["b.json: not valid JSON (line 1, column 1: Expecting value)"]
    assert problems_of("") == ["b.json: not valid JSON (line 1, column 1: Expecting value)"]
    assert problems_of("[" * 100_000) == ["b.json: nested too deeply"]
    assert problems_of('{"format": ' + "[" * 100_000) == ["b.json: nested too deeply"]
    assert problems_of(b'{"format": "\xc3\x28"}') == ["b.json: not a UTF-8 JSON file"]


def test_what_is_kept_beyond_the_memory_budget_is_refused_with_the_way_out(stocked) -> None:
    db, data = stocked
    text = bundle_text(db, data)
    assert len(read_text(text, db, budget=10_000_000).encounters) == 40
    [problem] = problems_of(text, db, budget=200_000)
    assert problem.startswith("b.json: too large to import at once on this computer: its first ")
    assert "import it in parts (export the encounters a few months at a time)" in problem


def test_the_command_line_refuses_a_bundle_beyond_the_budget_and_changes_nothing(
    stocked, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db, data = stocked
    raw = json.loads(bundle_text(db, data))
    for item in raw["encounters"]:
        item["id"] = item["id"][:-4] + "beef"
    path = tmp_path / "big.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    monkeypatch.setattr(bundle, "memory_budget", lambda: 100_000)
    assert main(["--database-url", db.url, "import", str(path)]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"{path}: too large to import at once on this computer")
    assert encounter_count(db) == 40


def test_the_memory_budget_is_half_of_the_memory_or_of_a_lower_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import resource

    physical = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    monkeypatch.setattr(resource, "getrlimit", lambda _which: (-1, -1))  # unlimited
    assert bundle.memory_budget() == physical // 2
    monkeypatch.setattr(resource, "getrlimit", lambda _which: (2_000_000_000, -1))
    assert bundle.memory_budget() == min(physical, 2_000_000_000) // 2


def _many_answers(count: int, answers: int) -> str:
    """A bundle of `count` encounters answering a form of `answers` number questions."""
    questions = [{"id": f"q{n}", "type": "number", "text": "Q"} for n in range(answers)]
    form = {"id": "many", "version": 1, "title": "Many",
            "sections": [{"id": "s", "title": "S", "questions": questions}]}  # fmt: skip
    location = "6f0c4b2e-1d3a-4c5b-8e7f-9a0b1c2d3e4f"
    encounters = [
        {"id": f"00000000-0000-4000-8000-{number:012d}", "form": "many", "form_version": 1,
         "location": location, "visited_at": "2026-11-20T14:05:00+02:00",
         "answers": {f"q{n}": n for n in range(answers)}}
        for number in range(count)
    ]  # fmt: skip
    return json.dumps(
        {**FORMAT, "forms": [{"id": "many", "version": 1, "definition": form}],
         "locations": [{"id": location, "name": "L", "region": None}],
         "encounters": encounters}
    )  # fmt: skip


@needs_bench
def test_the_budget_estimate_covers_what_an_import_takes(tmp_path: Path) -> None:
    """The estimate that holds the budget (bundle._encounter_cost) is at least what importing
    really adds to the peak, for encounters of many answers (the costliest per character)."""
    small, large = tmp_path / "small.json", tmp_path / "large.json"
    small.write_text(_many_answers(100, 400), encoding="utf-8")
    large.write_text(_many_answers(600, 400), encoding="utf-8")
    peaks = []
    for path in (small, large):
        status, peak_mb, _seconds, line = bench_memory.import_in_child(path, tmp_path / path.stem)
        assert status == 0, line
        peaks.append(peak_mb)
    kept = bundle.read_bundle(large).encounters[100:]
    estimate_mb = sum(bundle._encounter_cost(data, 0) for data in kept) / 1e6
    print(f"500 more encounters of 400 answers: {peaks[1] - peaks[0]:.0f} MB more, estimated "
          f"{estimate_mb:.0f} MB")  # fmt: skip
    assert peaks[1] - peaks[0] <= estimate_mb


# --- zip archives: damaged streams --------------------------------------------------------------


def _damage_first_block(path: Path, name: str) -> None:
    """Make the first deflate block of an entry invalid (BTYPE 11): zlib.error on reading."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    assert info.compress_type == zipfile.ZIP_DEFLATED
    raw = bytearray(path.read_bytes())
    local = info.header_offset
    name, extra = (int.from_bytes(raw[local + at : local + at + 2], "little") for at in (26, 28))
    raw[local + 30 + name + extra] = 0xFF
    path.write_bytes(bytes(raw))


def _export_zip(db: Database, path: Path) -> tuple[Path, str]:
    """A zip bundle of the database with a PDF attached to its first encounter; and the PDF's
    entry name."""
    first = next(iter(queries.iter_encounters(db))).id
    info = attachments.add_attachment(db, first, "receipt.pdf", b"%PDF-1.4\n" + b"% x\n" * 999)
    zipbundle.export_zip(db, path)
    return path, f"attachments/{info.id}.pdf"


@pytest.mark.parametrize("which", ["bundle.json", "attachment"])
def test_a_damaged_compressed_stream_is_told_in_one_line_and_nothing_is_imported(
    stocked, tmp_path: Path, capsys: pytest.CaptureFixture[str], which: str
) -> None:
    db, _data = stocked
    path, pdf = _export_zip(db, tmp_path / "damaged.zip")
    entry = "bundle.json" if which == "bundle.json" else pdf
    _damage_first_block(path, entry)
    target = tmp_path / "target"
    assert main(["--data-dir", str(target), "import", str(path)]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"{path}: {entry} is damaged (its compressed data is damaged: ")
    assert line.endswith("invalid block type); nothing was imported")
    assert main(["--data-dir", str(target), "export", "-o", str(tmp_path / "out.json")]) == 0
    assert "exported 0 encounters" in capsys.readouterr().out


def _mutations(raw: bytes, count: int, seed: int) -> list[bytes]:
    """Damaged copies: bytes flipped, runs overwritten, the file cut short."""
    rng = random.Random(seed)
    out = []
    for number in range(count):
        data = bytearray(raw)
        kind = number % 4
        if kind == 0:
            for _ in range(rng.randint(1, 4)):
                data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        elif kind == 1:
            start = rng.randrange(len(data))
            data[start : start + rng.randint(1, 64)] = bytes(rng.randrange(256) for _ in range(8))
        elif kind == 2:
            del data[rng.randrange(len(data)) :]
        else:
            data[rng.randrange(len(data))] = rng.randrange(256)
        out.append(bytes(data))
    return out


def test_a_zip_bundle_damaged_anywhere_is_read_or_refused_never_another_error(
    stocked, tmp_path: Path
) -> None:
    db, _data = stocked
    path, _pdf = _export_zip(db, tmp_path / "good.zip")
    outcomes = {"read": 0, "refused": 0}
    for number, damaged in enumerate(_mutations(path.read_bytes(), 240, seed=14)):
        target = tmp_path / f"m{number}.zip"
        target.write_bytes(damaged)
        try:
            checked = zipbundle.read_zip(target, db=db)
        except BundleError as error:
            assert error.problems and all(p.startswith(str(target)) for p in error.problems)
            outcomes["refused"] += 1
            continue
        try:
            for incoming in checked.incoming():
                incoming.read()
        finally:
            checked.close()
        outcomes["read"] += 1
    print(outcomes)
    assert outcomes["refused"] > 100


@pytest.mark.parametrize("name", ["UCL_Biomass_Plot_Form.xlsx", "choice_filter_test.xlsx"])
def test_an_xlsform_damaged_anywhere_is_read_or_refused_never_another_error(
    tmp_path: Path, name: str
) -> None:
    refused = 0
    for number, damaged in enumerate(_mutations((CORPUS / name).read_bytes(), 120, seed=3)):
        target = tmp_path / f"m{number}.xlsx"
        target.write_bytes(damaged)
        try:
            read_xlsform(target)
        except XLSFormError as error:
            assert len(error.problems) == 1 and error.problems[0].startswith(target.name)
            refused += 1
    assert refused > 50


def test_the_bytes_an_entry_really_unpacks_to_are_counted(tmp_path: Path) -> None:
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.xml", b"<a/>" * 1000)
    with zipfile.ZipFile(path) as archive:
        assert unzip.unpacked_size(archive, "a.xml", 4000) == 4000
        with pytest.raises(unzip.TooLarge):
            unzip.unpacked_size(archive, "a.xml", 3999)


def test_an_entry_whose_header_understates_its_size_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lying.xlsx"
    path.write_bytes((CORPUS / "UCL_Biomass_Plot_Form.xlsx").read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/sharedStrings.xml")
        directory = archive.start_dir
    raw = bytearray(path.read_bytes())
    # The unpacked size in the local header and in the central directory: 100 bytes.
    raw[info.header_offset + 22 : info.header_offset + 26] = (100).to_bytes(4, "little")
    at = raw.index(b"xl/sharedStrings.xml", directory) - 46
    assert raw[at : at + 4] == b"PK\x01\x02"
    raw[at + 24 : at + 28] = (100).to_bytes(4, "little")
    path.write_bytes(bytes(raw))
    with pytest.raises(XLSFormError) as caught:
        read_xlsform(path)
    assert caught.value.problems == [
        "lying.xlsx is damaged (Bad CRC-32 for file 'xl/sharedStrings.xml')"
    ]


# --- XLSForms: each part within a form's proportions ------------------------------------------


@needs_bench
def test_shared_strings_beyond_their_limit_are_refused_while_unpacking(tmp_path: Path) -> None:
    path = bench_memory.xlsx_shared_strings(tmp_path, 5_000_000 / 199_000_000)
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("xl/sharedStrings.xml").file_size > 4_000_000
    with pytest.raises(XLSFormError) as caught:
        read_xlsform(path)
    assert caught.value.problems == [
        f"{path.name}: xl/sharedStrings.xml unpacks to more than 4,000,000 bytes (far more "
        "text than a form has)"
    ]


@pytest.mark.parametrize(
    ("limit", "part"),
    [("MAX_SHEET_BYTES", "xl/worksheets/sheet1.xml"), ("MAX_PART_BYTES", "xl/styles.xml")],
)
def test_a_sheet_or_another_part_beyond_its_limit_is_refused(
    monkeypatch: pytest.MonkeyPatch, limit: str, part: str
) -> None:
    path = CORPUS / "UCL_Biomass_Plot_Form.xlsx"
    with zipfile.ZipFile(path) as archive:
        size = archive.getinfo(part).file_size
    monkeypatch.setattr(xlsform, limit, size - 1)
    with pytest.raises(XLSFormError) as caught:
        read_xlsform(path)
    assert caught.value.problems == [
        f"{path.name}: {part} unpacks to more than {size - 1:,} bytes (too large)"
    ]
    monkeypatch.setattr(xlsform, limit, size)
    assert read_xlsform(path).form.id


# --- demo data ----------------------------------------------------------------------------------


def test_demo_data_has_an_upper_bound(
    data_dir: Path, capsys: pytest.CaptureFixture[str], shipped_forms: list[Form]
) -> None:
    assert main(["demo", "--encounters", "10000000"]) == 2
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == (
        "mysteryshop demo: argument --encounters: at most 200,000 demo encounters (each takes "
        "about 5.5 KB of memory while it is made), got 10,000,000"
    )
    assert not (data_dir / "mysteryshop.sqlite3").exists()
    with pytest.raises(ValueError, match="at most 200,000"):
        demo.generate(shipped_forms, encounters=demo.MAX_ENCOUNTERS + 1)
