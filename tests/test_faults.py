"""A full disk: saving says so plainly and leaves no half-written row; exports say so and leave
no file, not even a truncated one."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pytest
from sqlalchemy import event, text

from mysteryshop import demo, fileio, reports
from mysteryshop.cli import main
from mysteryshop.exchange import bundle, tabular
from mysteryshop.store import check, queries
from mysteryshop.store.db import StoreError
from mysteryshop.store.records import new_id


@pytest.fixture
def filled(db, shipped_forms):
    data = demo.generate(shipped_forms, encounters=20, seed=6)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    return db


def fill_the_disk(db, spare_pages: int = 2) -> None:
    """Let the SQLite file grow by only `spare_pages` pages: writes beyond fail with
    SQLITE_FULL, exactly as on a full disk."""
    with db.read() as session:
        pages = session.execute(text("PRAGMA page_count")).scalar()
    limit = int(pages) + spare_pages

    def cap(connection, _record) -> None:
        connection.execute(f"PRAGMA max_page_count = {limit}")

    event.listen(db.engine, "connect", cap)
    db.engine.dispose()


def _snapshot(db) -> tuple[int, ...]:
    with db.read() as session:
        return tuple(
            int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)
            for table in ("encounters", "answers", "encounter_scores", "encounter_tags",
                          "encounter_history")
        )  # fmt: skip


def test_saving_on_a_full_disk_says_so_and_changes_nothing(filled) -> None:
    template = next(queries.iter_encounters(filled))
    # A new encounter can be stored as submitted (not approved: workflow.py).
    fields = {**template.__dict__, "id": new_id(), "revision": 0, "status": "submitted"}
    new = queries.EncounterData(**{**fields, "notes": "x" * 200_000})
    edited = queries.get_encounter(filled, template.id)
    edited.notes = "y" * 200_000
    before = _snapshot(filled)
    fill_the_disk(filled)
    for data in (new, edited):
        with pytest.raises(StoreError, match="the disk is full") as caught:
            queries.save_encounter(filled, data)
        assert "nothing was changed" in str(caught.value)
    assert _snapshot(filled) == before
    assert queries.get_encounter(filled, template.id).notes == template.notes
    report = check.check_database(filled)
    assert report.problems == []


def test_a_bulk_import_on_a_full_disk_adds_nothing(filled, shipped_forms) -> None:
    more = demo.generate(shipped_forms, encounters=300, seed=7)
    before = _snapshot(filled)
    fill_the_disk(filled, spare_pages=5)
    with pytest.raises(StoreError, match="the disk is full"):
        queries.bulk_add_encounters(filled, more.encounters, more.locations, shipped_forms)
    assert _snapshot(filled) == before


class _FullDisk(io.TextIOBase):
    """A file that takes `room` characters, then fails as a full disk does."""

    def __init__(self, real, room: int) -> None:
        self.real, self.room = real, room

    def write(self, chunk):  # type: ignore[override]
        if len(chunk) > self.room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(chunk)
        return self.real.write(chunk)

    def fileno(self) -> int:
        return self.real.fileno()

    def flush(self) -> None:
        self.real.flush()

    def close(self) -> None:
        self.real.close()

    @property
    def closed(self) -> bool:  # type: ignore[override]
        return self.real.closed


def _full_after(monkeypatch, room: int) -> None:
    real_fdopen = os.fdopen

    def fdopen(fd, *args, **kwargs):
        return _FullDisk(real_fdopen(fd, *args, **kwargs), room)

    monkeypatch.setattr(bundle.os, "fdopen", fdopen)


@pytest.mark.parametrize("room", [0, 5_000])
def test_an_export_on_a_full_disk_leaves_no_file(filled, tmp_path: Path, monkeypatch, room):
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    target = tmp_path / "out.json"
    _full_after(monkeypatch, room)
    with pytest.raises(fileio.DiskFullError) as caught:
        bundle.export_bundle(filled, target)
    assert "the disk is full" in caught.value.problems[0]
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(fileio.DiskFullError):
        tabular.export_csv(filled, tmp_path / "out.csv")
    assert list(tmp_path.iterdir()) == []


def test_a_failing_fsync_leaves_the_old_file_whole(filled, tmp_path: Path, monkeypatch):
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    target = tmp_path / "out.json"
    target.write_text("the previous export", encoding="utf-8")

    def no_room(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(bundle.os, "fsync", no_room)
    with pytest.raises(fileio.DiskFullError):
        bundle.export_bundle(filled, target)
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    with pytest.raises(fileio.DiskFullError):
        reports.write_pdf(tmp_path / "report.pdf", b"%PDF-1.4 ...")
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_the_export_command_says_the_disk_is_full(
    filled, data_dir, tmp_path: Path, monkeypatch, capsys
) -> None:
    _full_after(monkeypatch, 100)
    target = tmp_path / "out.json"
    assert main(["export", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"{target}: the disk is full; nothing was written" in err
    assert "Traceback" not in err
    assert not target.exists()


def test_other_write_errors_are_not_called_a_full_disk(filled, tmp_path: Path, monkeypatch):
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()

    def broken(_fd: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(bundle.os, "fsync", broken)
    with pytest.raises(OSError) as caught:
        bundle.export_bundle(filled, tmp_path / "out.json")
    assert caught.value.errno == errno.EIO and not isinstance(caught.value, fileio.DiskFullError)
    assert list(tmp_path.iterdir()) == []
