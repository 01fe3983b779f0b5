"""Zip bundles (bundle.json + attachments/): round trips with attachments, idempotent merges,
and archives refused whole, with the place of each problem: unsafe entry names (zip-slip),
zip bombs, missing, extra or altered attachment files."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from test_attachments import HEIC, PDF, jpeg, png  # tests/ is on sys.path (rootdir conftest)

from mysteryshop.cli import main
from mysteryshop.exchange import files, zipbundle
from mysteryshop.exchange.bundle import BundleError
from mysteryshop.forms import Form
from mysteryshop.store import attachments, models, queries
from mysteryshop.store.db import Database
from mysteryshop.store.opening import open_database

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
Entries = list[tuple[str, bytes]]


@pytest.fixture
def open_db(tmp_path: Path) -> Iterator[Callable[[str], Database]]:
    opened: list[Database] = []

    def open_named(name: str) -> Database:
        database = open_database(f"sqlite:///{tmp_path / name / 'mysteryshop.sqlite3'}")
        opened.append(database)
        return database

    yield open_named
    for database in opened:
        database.close()


def fill(db: Database, forms: list[Form], encounters: int = 40) -> list[str]:
    """Demo encounters with photos, a receipt and a HEIC on the first three; their ids."""
    from mysteryshop import demo

    data = demo.generate(forms, encounters=encounters, seed=11, now=NOW)
    queries.bulk_add_encounters(db, data.encounters, data.locations, forms)
    ids = [data.id for data in data.encounters]
    attachments.add_attachment(db, ids[0], "storefront.jpg", jpeg())
    attachments.add_attachment(db, ids[0], "receipt.pdf", PDF)
    attachments.add_attachment(db, ids[1], "queue.png", png())
    attachments.add_attachment(db, ids[2], "IMG_0001.HEIC", HEIC)
    return ids


@pytest.fixture
def source(db: Database, shipped_forms: list[Form]) -> Database:
    fill(db, shipped_forms)
    return db


def entries(path: Path) -> Entries:
    with zipfile.ZipFile(path) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def write_zip(path: Path, items: Entries, *, stored: bool = False) -> Path:
    compression = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, content in items:
            archive.writestr(zipfile.ZipInfo(name), content, compress_type=compression)
    return path


def bundle_json(items: Entries) -> dict[str, Any]:
    return json.loads(dict(items)["bundle.json"])


def with_json(items: Entries, data: dict[str, Any]) -> Entries:
    encoded = json.dumps(data).encode("utf-8")
    return [(name, encoded if name == "bundle.json" else content) for name, content in items]


def counts(db: Database) -> tuple[int, int]:
    with db.read() as session:
        return (
            int(session.scalar(select(func.count()).select_from(models.Encounter)) or 0),
            int(session.scalar(select(func.count()).select_from(models.Attachment)) or 0),
        )


def exported(db: Database, path: Path) -> Entries:
    zipbundle.export_zip(db, path)
    return entries(path)


# --- round trips ------------------------------------------------------------------------------


def test_zip_round_trip_gives_identical_encounters_and_attachments(
    source: Database, open_db: Callable[[str], Database], tmp_path: Path
) -> None:
    first = tmp_path / "first.zip"
    assert zipbundle.export_zip(source, first) == 40
    target = open_db("target")
    result = zipbundle.import_zip(target, first)
    assert (result.added, result.attachments_added) == (40, 4)
    second = tmp_path / "second.zip"
    zipbundle.export_zip(target, second)
    a, b = entries(first), entries(second)
    assert bundle_json(a)["encounters"] == bundle_json(b)["encounters"]
    assert sorted(name for name, _ in a) == sorted(name for name, _ in b)
    files_a = {name: content for name, content in a if name != "bundle.json"}
    files_b = {name: content for name, content in b if name != "bundle.json"}
    assert files_a == files_b and len(files_a) == 4


def test_attachment_files_have_generated_names_and_original_names_stay_in_metadata(
    source: Database, tmp_path: Path
) -> None:
    items = exported(source, tmp_path / "out.zip")
    names = [name for name, _ in items]
    assert names[0] == "bundle.json"
    assert all(zipbundle._ATTACHMENT_ENTRY.match(name) for name in names[1:]), (
        names
    )  # attachments/<uuid>.<ext> only
    listed = [a for e in bundle_json(items)["encounters"] for a in e.get("attachments", [])]
    assert {a["name"] for a in listed} == {
        "storefront.jpg", "receipt.pdf", "queue.png", "IMG_0001.HEIC"
    }  # fmt: skip
    assert set(listed[0]) == {"id", "name", "media_type", "size", "sha256", "added_at"}
    assert sum(1 for e in bundle_json(items)["encounters"] if "attachments" in e) == 3


def test_importing_the_same_zip_twice_adds_nothing(
    source: Database, open_db: Callable[[str], Database], tmp_path: Path
) -> None:
    path = tmp_path / "b.zip"
    zipbundle.export_zip(source, path)
    target = open_db("target")
    zipbundle.import_zip(target, path)
    again = zipbundle.import_zip(target, path)
    assert (again.added, again.unchanged, again.attachments_added) == (0, 40, 0)
    assert counts(target) == (40, 4)


def test_an_anonymized_zip_carries_no_attachments(source: Database, tmp_path: Path) -> None:
    path = tmp_path / "anon.zip"
    zipbundle.export_zip(source, path, anonymize=True)
    items = entries(path)
    assert [name for name, _ in items] == ["bundle.json"]
    assert all("attachments" not in e for e in bundle_json(items)["encounters"])


def test_round_trip_through_the_command_line_gives_identical_encounters(
    shipped_forms: list[Form], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first_dir = tmp_path / "one"
    database = open_database(f"sqlite:///{first_dir / 'mysteryshop.sqlite3'}")
    fill(database, shipped_forms, encounters=60)
    database.close()
    for suffix in ("json", "zip"):
        out1, out2 = tmp_path / f"1.{suffix}", tmp_path / f"2.{suffix}"
        empty = tmp_path / f"empty-{suffix}"
        assert main(["--data-dir", str(first_dir), "export", "-o", str(out1)]) == 0
        assert main(["--data-dir", str(empty), "import", str(out1)]) == 0
        assert main(["--data-dir", str(empty), "export", "-o", str(out2)]) == 0
        if suffix == "json":
            a = json.loads(out1.read_text(encoding="utf-8"))
            b = json.loads(out2.read_text(encoding="utf-8"))
            assert a["encounters"] == b["encounters"] and len(a["encounters"]) == 60
        else:
            a_items, b_items = entries(out1), entries(out2)
            assert bundle_json(a_items)["encounters"] == bundle_json(b_items)["encounters"]
            assert dict(a_items).keys() == dict(b_items).keys()
            assert all(
                dict(a_items)[name] == dict(b_items)[name]
                for name in dict(a_items)
                if name != "bundle.json"
            )
    assert "4 attachments added" in capsys.readouterr().out


def test_a_json_bundle_listing_attachments_imports_the_encounters_with_a_warning(
    source: Database, open_db: Callable[[str], Database], tmp_path: Path
) -> None:
    items = exported(source, tmp_path / "b.zip")
    path = tmp_path / "b.json"
    path.write_bytes(dict(items)["bundle.json"])
    target = open_db("target")
    outcome = files.import_file(target, path)
    assert isinstance(outcome, files.BundleImportOutcome) and outcome.result.added == 40
    assert outcome.warnings == (files.ImportNotice(files.ATTACHMENTS_NOT_CARRIED, {"count": 4}),)
    assert counts(target) == (40, 0)


# --- refused archives -------------------------------------------------------------------------


def refused(target: Database, path: Path) -> list[str]:
    with pytest.raises(BundleError) as caught:
        zipbundle.import_zip(target, path)
    assert counts(target) == (0, 0), "nothing may be imported"
    return caught.value.problems


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../evil.jpg", "climbs out of the folder"),
        ("attachments/../../evil.jpg", "climbs out of the folder"),
        ("/etc/evil", "absolute path"),
        ("C:/Windows/evil.dll", "absolute path"),
        ("c:evil", "absolute path"),
        ("attachments\\evil.jpg", "backslash"),
        ("..\\..\\evil.jpg", "backslash"),
    ],
)
def test_unsafe_entry_names_refuse_the_whole_archive(
    source: Database, open_db: Callable[[str], Database], tmp_path: Path, name: str, reason: str
) -> None:
    items = exported(source, tmp_path / "good.zip") + [(name, b"x")]
    problems = refused(open_db("target"), write_zip(tmp_path / "bad.zip", items))
    assert any("unsafe entry name" in p and reason in p for p in problems), problems


def test_a_missing_attachment_file_is_named_with_its_encounter(
    source: Database, open_db: Callable[[str], Database], tmp_path: Path
) -> None:
    items = exported(source, tmp_path / "good.zip")
    dropped = next(name for name, _ in items if name.endswith(".pdf"))
    items = [(name, content) for name, content in items if name != dropped]
    problems = refused(open_db("target"), write_zip(tmp_path / "bad.zip", items))
    assert any(
        "bundle.json: encounters[" in p and ".attachments[1]" in p and "is missing" in p
        for p in problems
    ), problems


def test_an_extra_file_is_refused(
    source: Database, open_db: Callable[[str], Database], tmp_path: Path
) -> None:
    stray = "attachments/00000000-0000-4000-8000-000000000000.jpg"
    items = exported(source, tmp_path / "good.zip") + [(stray, jpeg()), ("notes.txt", b"hi")]
    problems = refused(open_db("target"), write_zip(tmp_path / "bad.zip", items))
    assert any(stray in p and "does not list" in p for p in problems), problems
    assert any("notes.txt: unexpected file" in p for p in problems), problems


def test_an_altered_attachment_fails_its_sha256(
    source: Database, open_db: Callable[[str], Database], tmp_path: Path
) -> None:
    items = exported(source, tmp_path / "good.zip")
    photo = next(name for name, _ in items if name.endswith(".jpg"))
    original = dict(items)[photo]
    altered = original[:-3] + bytes([original[-3] ^ 0xFF]) + original[-2:]
    items = [(n, altered if n == photo else c) for n, c in items]
    problems = refused(open_db("target"), write_zip(tmp_path / "bad.zip", items))
    assert any("sha256 does not match" in p and photo in p for p in problems), problems


def test_a_size_or_media_type_that_does_not_match_the_file_is_refused(
    source: Database, open_db: Callable[[str], Database], tmp_path: Path
) -> None:
    items = exported(source, tmp_path / "good.zip")
    data = bundle_json(items)
    listed = data["encounters"][0]["attachments"][0]
    listed["size"] += 1
    problems = refused(open_db("target"), write_zip(tmp_path / "a.zip", with_json(items, data)))
    assert any("size" in p and "holds" in p for p in problems), problems
    data = bundle_json(items)
    data["encounters"][0]["attachments"][0]["media_type"] = "text/html"
    problems = refused(open_db("target2"), write_zip(tmp_path / "b.zip", with_json(items, data)))
    assert any(".media_type: expected one of" in p for p in problems), problems


def test_a_highly_compressed_entry_is_refused_as_a_zip_bomb(
    source: Database, open_db: Callable[[str], Database], tmp_path: Path
) -> None:
    items = exported(source, tmp_path / "good.zip")
    data = bundle_json(items)
    bomb = b"\0" * 5_000_000
    data["encounters"][3]["attachments"] = [
        {
            "id": "11111111-1111-4111-8111-111111111111",
            "name": "bomb.pdf",
            "media_type": "application/pdf",
            "size": len(bomb),
            "sha256": attachments.sha256_of(bomb),
        }
    ]
    items = with_json(items, data) + [
        ("attachments/11111111-1111-4111-8111-111111111111.pdf", bomb)
    ]
    problems = refused(open_db("target"), write_zip(tmp_path / "bomb.zip", items))
    assert any("possible zip bomb" in p for p in problems), problems


def test_too_many_entries_or_too_many_bytes_are_refused(
    source: Database,
    open_db: Callable[[str], Database],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "good.zip"
    zipbundle.export_zip(source, path)
    monkeypatch.setattr(zipbundle, "MAX_ENTRIES", 3)
    assert "at most 3" in refused(open_db("target"), path)[0]
    monkeypatch.setattr(zipbundle, "MAX_ENTRIES", 100)
    monkeypatch.setattr(zipbundle, "MAX_TOTAL_BYTES", 1000)
    assert any("in all" in p for p in refused(open_db("target2"), path))


def test_an_attachment_id_stored_with_other_content_is_refused(
    source: Database, open_db: Callable[[str], Database], tmp_path: Path
) -> None:
    path = tmp_path / "good.zip"
    zipbundle.export_zip(source, path)
    target = open_db("target")
    zipbundle.import_zip(target, path)
    items = entries(path)
    data = bundle_json(items)
    meta = data["encounters"][0]["attachments"][1]  # the receipt
    other = PDF + b"% changed\n"
    meta.update(size=len(other), sha256=attachments.sha256_of(other))
    name = f"attachments/{meta['id']}.pdf"
    items = [(n, other if n == name else c) for n, c in with_json(items, data)]
    with pytest.raises(BundleError) as caught:
        zipbundle.import_zip(target, write_zip(tmp_path / "changed.zip", items))
    assert any("already stored with other content" in p for p in caught.value.problems)
    assert attachments.get_content(target, meta["id"]) == PDF


def test_a_file_that_is_not_a_zip_is_refused(
    open_db: Callable[[str], Database], tmp_path: Path
) -> None:
    path = tmp_path / "b.zip"
    path.write_text("{}", encoding="utf-8")
    assert "not a zip file" in refused(open_db("target"), path)[0]
    assert (
        "no bundle.json"
        in refused(open_db("target2"), write_zip(tmp_path / "c.zip", [("readme.txt", b"x")]))[-1]
    )


def test_import_of_a_bad_zip_through_the_command_line_exits_1_with_places(
    source: Database, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = exported(source, tmp_path / "good.zip") + [("../evil", b"x")]
    path = write_zip(tmp_path / "bad.zip", items)
    assert main(["--data-dir", str(data_dir / "other"), "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "'../evil': unsafe entry name" in err and "Traceback" not in err


def test_a_filtered_zip_carries_only_the_attachments_of_its_encounters(
    source: Database, tmp_path: Path
) -> None:
    from mysteryshop.store.records import EncounterFilter

    first = queries.get_encounter(
        source, next(iter(attachments.attachments_matching(source, EncounterFilter())))
    )
    path = tmp_path / "one.zip"
    zipbundle.export_zip(source, path, EncounterFilter(location=first.location_id))
    items = entries(path)
    listed = {a["id"] for e in bundle_json(items)["encounters"] for a in e.get("attachments", [])}
    files_in = {name.split("/")[1].split(".")[0] for name, _ in items if name != "bundle.json"}
    assert listed == files_in
    assert all(e["location"] == first.location_id for e in bundle_json(items)["encounters"])
    assert any(a.id in listed for a in attachments.list_attachments(source, first.id))
