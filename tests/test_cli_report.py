"""`mysteryshop report visit|summary|coaching`: PDFs written, exit statuses 0 / 1 (one line,
no traceback) / 2 (wrong usage)."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from mysteryshop.cli import main
from mysteryshop.store import queries
from mysteryshop.store.opening import open_database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with 150 demo encounters, shared by the module (read-only tests)."""
    folder = tmp_path_factory.mktemp("cli-report")
    assert main(["--data-dir", str(folder), "demo", "--encounters", "150", "--seed", "4"]) == 0
    return folder


def some_encounter(folder: Path) -> str:
    db = open_database(f"sqlite:///{folder / 'mysteryshop.sqlite3'}")
    try:
        return next(queries.iter_encounters(db)).id
    finally:
        db.close()


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(page.extract_text() or "" for page in reader.pages)


def test_report_summary_writes_a_pdf(capsys, demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    status, stdout, err = run(
        capsys, "report", "summary", "-o", str(out), "--data-dir", str(demo_dir)
    )
    assert (status, err) == (0, "")
    assert str(out) in stdout
    assert "Summary report" in pdf_text(out)


def test_report_summary_with_filters(capsys, demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    status, _, err = run(
        capsys,
        "--data-dir",
        str(demo_dir),
        "report",
        "summary",
        "-o",
        str(out),
        "--from",
        "2026-01-01",
        "--to",
        "2026-06-30",
        "--status",
        "approved",
        "--anonymize",
    )
    assert (status, err) == (0, "")
    text = pdf_text(out)
    assert "1 Jan 2026 – 30 Jun 2026" in text
    assert "Approved" in text


def test_report_visit_writes_a_pdf(capsys, demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "visit.pdf"
    encounter_id = some_encounter(demo_dir)
    status, _, err = run(
        capsys, "--data-dir", str(demo_dir), "report", "visit", encounter_id, "-o", str(out)
    )
    assert (status, err) == (0, "")
    assert "Visit report" in pdf_text(out)


def test_report_visit_of_an_unknown_encounter_exits_1_with_one_line(
    capsys, demo_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "visit.pdf"
    status, _, err = run(
        capsys, "--data-dir", str(demo_dir), "report", "visit", "nope", "-o", str(out)
    )
    assert status == 1
    assert err.strip().splitlines() == ["no encounter with id nope"]
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []  # no temporary file left behind


def test_report_coaching_per_location(capsys, demo_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "per-location"
    status, stdout, err = run(
        capsys,
        "--data-dir",
        str(demo_dir),
        "report",
        "coaching",
        "--per-location",
        str(folder),
        "--region",
        "Uusimaa",
    )
    assert (status, err) == (0, "")
    files = sorted(folder.iterdir())
    assert files and all(f.name.startswith("coaching-") and f.suffix == ".pdf" for f in files)
    assert f"wrote {len(files)} coaching reports" in stdout
    assert all(f.read_bytes().startswith(b"%PDF") for f in files)


def test_report_summary_needs_an_output(capsys, demo_dir: Path) -> None:
    status, _, err = run(capsys, "--data-dir", str(demo_dir), "report", "summary")
    assert status == 2
    assert "-o FILE" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["report"],
        ["report", "weekly", "-o", "x.pdf"],
        ["report", "visit", "-o", "x.pdf"],
        ["report", "summary", "-o", "x.pdf", "--from", "yesterday"],
        ["report", "summary", "-o", "x.pdf", "--status", "lost"],
    ],
)
def test_report_wrong_usage_exits_2(capsys, tmp_path: Path, argv: list[str]) -> None:
    status, _, err = run(capsys, "--data-dir", str(tmp_path), *argv)
    assert status == 2
    assert "Traceback" not in err


def test_report_into_a_missing_folder_exits_1(capsys, demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "summary.pdf"
    status, _, err = run(capsys, "--data-dir", str(demo_dir), "report", "summary", "-o", str(out))
    assert status == 1
    assert len(err.strip().splitlines()) == 1
    assert "does not exist" in err


def test_report_summary_in_finnish_and_swedish(capsys, demo_dir: Path, tmp_path: Path) -> None:
    for lang, words in (
        ("fi", ("Yhteenvetoraportti", "Pääluvut", "Tervehdys", "Läsnäolo", "1.1.2026")),
        ("sv", ("Sammanfattande rapport", "Nyckeltal", "Hälsning", "Närvaro", "1.1.2026")),
    ):
        out = tmp_path / f"summary-{lang}.pdf"
        status, _, err = run(
            capsys,
            "--data-dir",
            str(demo_dir),
            "report",
            "summary",
            "-o",
            str(out),
            "--from",
            "2026-01-01",
            "--lang",
            lang,
        )
        assert (status, err) == (0, "")
        text = pdf_text(out)
        for word in words:
            assert word in text, (lang, word)
        assert "Summary report" not in text and "Headline figures" not in text
        # Scores with a decimal comma: "72,2 %".
        assert any(ch.isdigit() and text[i + 1] == "," for i, ch in enumerate(text[:-1]))


def test_report_visit_in_finnish_uses_the_forms_finnish_text(
    capsys, demo_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "visit-fi.pdf"
    encounter_id = some_encounter(demo_dir)
    status, _, err = run(
        capsys,
        "--data-dir",
        str(demo_dir),
        "report",
        "visit",
        encounter_id,
        "-o",
        str(out),
        "--lang",
        "fi",
    )
    assert (status, err) == (0, "")
    text = pdf_text(out)
    assert "Käyntiraportti" in text and "Näin tulos laskettiin" in text
    assert "Were you greeted" not in text  # the questions are the form's Finnish ones


def test_report_with_an_unknown_language_is_wrong_usage(capsys, demo_dir: Path) -> None:
    status, _, err = run(
        capsys, "--data-dir", str(demo_dir), "report", "summary", "-o", "x.pdf", "--lang", "de"
    )
    assert status == 2 and "--lang" in err
    status, _, err = run(
        capsys, "--data-dir", str(demo_dir), "report", "summary", "-o", "x.pdf", "--lang", "en_XQ"
    )
    assert status == 2 and "unknown region 'en_XQ'" in err and "Traceback" not in err


def test_english_reports_follow_finland_or_the_region_asked_for(
    capsys, demo_dir: Path, tmp_path: Path
) -> None:
    """English in Finland by default (CLDR en_FI: 1 Jan 2026, 72,2 %); --lang en_GB writes
    British numbers and times (72.2%, 14:05)."""
    texts = {}
    for lang in ("en", "en_GB"):
        out = tmp_path / f"visit-{lang}.pdf"
        status, _, err = run(
            capsys,
            "--data-dir",
            str(demo_dir),
            "report",
            "visit",
            some_encounter(demo_dir),
            "-o",
            str(out),
            "--lang",
            lang,
        )
        assert (status, err) == (0, "")
        texts[lang] = pdf_text(out)
    score = re.compile(r"\b\d{1,3}([.,])\d %")
    time_ = re.compile(r"\b\d{1,2}([.:])\d{2} \(UTC")
    assert score.search(texts["en"])[1] == "," and time_.search(texts["en"])[1] == "."
    score_gb = re.compile(r"\b\d{1,3}([.,])\d%")
    assert score_gb.search(texts["en_GB"])[1] == "." and time_.search(texts["en_GB"])[1] == ":"


@pytest.mark.parametrize(
    ("options", "line"),
    [
        (["--region", "Nowhere"], "no region named 'Nowhere'"),
        (["--region", "Uusimma"], "no region named 'Uusimma' (closest: Uusimaa)"),
        (["--location", "No such store"], "no location named 'No such store'"),
        (["--form", "service-encountr"], "no form named 'service-encountr' (closest: service-"),
        (["--tag", "no-such-tag"], "no tag named 'no-such-tag'"),
        (
            ["--from", "2026-12-31", "--to", "2026-01-01"],
            "--from 2026-12-31 is after --to 2026-01-01: the period would end before it starts",
        ),
        (
            ["--period", "quarter", "--from", "2026-07-05"],
            "2026-07-05 is not the first day of a quarter; 2026-07-01 is",
        ),
    ],
)
def test_report_with_a_bad_filter_exits_1_and_writes_nothing(
    capsys, demo_dir: Path, tmp_path: Path, options: list[str], line: str
) -> None:
    for kind in ("summary", "coaching"):
        out = tmp_path / f"{kind}.pdf"
        folder = tmp_path / "per-location"
        status, stdout, err = run(
            capsys,
            "--data-dir",
            str(demo_dir),
            "report",
            kind,
            "-o",
            str(out),
            "--per-location",
            str(folder),
            *options,
        )
        assert status == 1, (kind, options)
        assert len(err.strip().splitlines()) == 1
        assert err.startswith(line), err
        assert stdout == ""
        assert list(tmp_path.iterdir()) == []


def test_report_summary_for_a_calendar_quarter(capsys, demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "q3.pdf"
    status, _, err = run(
        capsys,
        "--data-dir",
        str(demo_dir),
        "report",
        "summary",
        "-o",
        str(out),
        "--period",
        "quarter",
        "--from",
        "2026-07-01",
        "--compare",
        "year-ago",
    )
    assert (status, err) == (0, "")
    text = pdf_text(out)
    assert "1 Jul 2026 – 30 Sept 2026 (92 days)" in text
    assert "1 Jul 2025 – 30 Sept 2025 (92 days)" in text
    assert "the same dates a year earlier" in text


def test_report_period_takes_from_and_no_to(capsys, demo_dir: Path) -> None:
    status, _, err = run(
        capsys,
        *("--data-dir", str(demo_dir), "report", "summary", "-o", "x.pdf"),
        *("--period", "month", "--from", "2026-07-01", "--to", "2026-07-31"),
    )
    assert status == 2 and "--period month takes --from" in err


def test_report_summary_as_json_to_stdout_and_to_a_file(
    capsys, demo_dir: Path, tmp_path: Path
) -> None:
    base = ("--data-dir", str(demo_dir), "report", "summary", "--from", "2026-03-01")
    status, stdout, err = run(capsys, *base, "--to", "2026-03-31", "--format", "json", "-o", "-")
    assert (status, err) == (0, "")
    data = json.loads(stdout)
    assert data["period"]["from"] == "2026-03-01" and data["period"]["kind"] == "month"
    assert data["comparison"]["from"] == "2026-02-01" and data["comparison"]["to"] == "2026-02-28"
    assert data["figures"]["visits"]["value"] == data["period"]["visits"] > 0
    out = tmp_path / "march.json"
    status, stdout, err = run(capsys, *base, "--to", "2026-03-31", "-o", str(out))
    assert (status, err) == (0, "")
    assert json.loads(out.read_text(encoding="utf-8"))["figures"] == data["figures"]
    status, again, err = run(capsys, *base, "--to", "2026-03-31", "-o", "-")
    assert (status, json.loads(again)["figures"]) == (0, data["figures"])
    status, _, err = run(capsys, *base, "--format", "pdf", "-o", "-")
    assert status == 2 and "-o - writes JSON" in err
