"""`mysteryshop report visit|summary|coaching`: PDFs written, exit statuses 0 / 1 (one line,
no traceback) / 2 (wrong usage)."""

from __future__ import annotations

import io
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
        ("sv", ("Sammanfattande rapport", "Nyckeltal", "Hälsning", "Närvaro", "2026-01-01")),
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
