"""The privacy promises of issue 14, each against a real fault: a reader in another process
during a purge, a full disk (a small tmpfs), drafts written by the editor's own call, copies
moved aside by a restore, the crash log, anonymized outputs."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from mysteryshop import crashlog, demo, workflow
from mysteryshop.cli import main
from mysteryshop.exchange import bundle
from mysteryshop.store import backup, check, drafts, health, privacy, queries
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import EncounterData, new_id

SECRET_PLACE = "Secretville store"
SECRET_REGION = "Kaakkuri-Pohjanmaa"


def _one_encounter_bundle(db, shipped_forms, tmp_path: Path) -> Path:
    """A bundle with one encounter at SECRET_PLACE, exported from a database of its own."""
    source = open_database(f"sqlite:///{tmp_path / 'source' / 'source.sqlite3'}")
    try:
        form = shipped_forms[1]
        queries.store_form(source, form)
        place = queries.add_location(source, SECRET_PLACE, SECRET_REGION)
        queries.save_encounter(
            source,
            EncounterData(
                id=new_id(),
                form_id=form.id,
                form_version=form.version,
                location_id=place.id,
                visited_at=datetime(2026, 11, 20, 12, tzinfo=UTC),
                channel="phone",
            ),
        )
        path = tmp_path / "secret.json"
        bundle.export_bundle(source, path)
    finally:
        source.close()
    return path


# --- F18: the crash log holds no user text ----------------------------------------------------


def test_an_unexpected_error_leaves_no_user_text_in_the_log_or_on_stderr(
    db, shipped_forms, tmp_path: Path, capsys
) -> None:
    """A real database error the CLI does not expect (a trigger refuses every new location):
    SQLAlchemy's message would carry the insert's parameters, the location's name and region."""
    path = _one_encounter_bundle(db, shipped_forms, tmp_path)
    with db.write() as session:
        session.connection().exec_driver_sql(
            "CREATE TRIGGER no_places BEFORE INSERT ON locations "
            "BEGIN SELECT RAISE(ABORT, 'no new places'); END"
        )
    assert main(["import", str(path), "--database-url", db.url]) == 1
    err = capsys.readouterr().err
    assert "unexpected error: IntegrityError" in err and "no new places" in err
    assert SECRET_PLACE not in err and SECRET_REGION not in err
    log = crashlog.log_path()
    assert str(log) in err
    text = log.read_text(encoding="utf-8")
    assert "IntegrityError" in text and "Traceback" in text
    assert SECRET_PLACE not in text and SECRET_REGION not in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700


def test_the_message_of_any_error_is_scrubbed_of_quoted_text() -> None:
    secret = "Matti Virtanen was rude"
    row = f"id,2026-11-20,{SECRET_PLACE},{secret}\udc00"
    errors = [
        UnicodeEncodeError("utf-8", row, len(row) - 1, len(row), "surrogates not allowed"),
        KeyError(secret),
        ValueError(f"invalid literal for int() with base 10: {secret!r}"),
        ValueError(f"can't read {secret!r} here"),
        RuntimeError(f"the note “{secret}” is too long"),
        RuntimeError(f"cut in the middle: '{secret}\nand more'"),
        RuntimeError(f"duplicate key\nDETAIL:  Key (name)=({secret}) already exists."),
    ]
    for error in errors:
        line = crashlog.describe(error)
        assert secret not in line and "Matti" not in line, line
        assert line.startswith(type(error).__name__)
        assert "Matti" not in crashlog.report(error)
    assert crashlog.describe(RuntimeError("a bug in a slot")) == "RuntimeError: a bug in a slot"


def test_an_existing_world_readable_log_is_made_private(tmp_path: Path) -> None:
    log = tmp_path / "log" / "mysteryshop.log"
    log.parent.mkdir(mode=0o755)
    log.write_text("old\n", encoding="utf-8")
    os.chmod(log, 0o644)
    assert crashlog.write("entry", log) == log
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    assert log.read_text(encoding="utf-8").startswith("old\n")


def test_the_apps_error_hook_logs_no_user_text(qtbot, tmp_path: Path) -> None:
    from mysteryshop.ui import startup

    reporter = startup.ErrorReporter(tmp_path / "log" / "mysteryshop.log")
    try:
        raise LookupError(f"no row for {SECRET_PLACE!r}")
    except LookupError as error:
        reporter.excepthook(LookupError, error, error.__traceback__)
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    reporter.dialog.close()
    text = reporter.log.read_text(encoding="utf-8")
    assert "LookupError: no row for '…'" in text
    assert SECRET_PLACE not in text and SECRET_PLACE not in reporter.dialog.detailedText()
    assert stat.S_IMODE(reporter.log.stat().st_mode) == 0o600


def test_the_engine_hides_parameters(db) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    with pytest.raises(DBAPIError) as raised, db.engine.connect() as connection:
        query = text("SELECT * FROM no_such_table WHERE name = :name")
        connection.execute(query, {"name": SECRET_PLACE})
    assert SECRET_PLACE not in str(raised.value)


# --- F5: the space is reclaimed even with readers, or the message says it was not ------------

SECRET = "ZEBRA-7731-PRIVATE-NOTE"

READER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN")
connection.execute("SELECT count(*) FROM encounters").fetchall()
print("reading", flush=True)
sys.stdin.readline()
"""


@contextmanager
def reader_in_another_process(database: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding a read transaction open (as a long export does)."""
    with subprocess.Popen(
        [sys.executable, "-c", READER, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdin is not None and process.stdout is not None
        try:
            assert process.stdout.readline().strip() == "reading"
            yield process
        finally:
            process.stdin.close()
            process.wait(timeout=30)


def _file_bytes(database: Path) -> bytes:
    return b"".join(
        path.read_bytes() for path in database.parent.glob(database.name + "*") if path.is_file()
    )


def _with_secret(db, shipped_forms, encounters: int = 60, seed: int = 9) -> EncounterData:
    """Demo data whose oldest encounter (over a year old) has SECRET in its notes, its staff
    description and its history."""
    data = demo.generate(shipped_forms, encounters=encounters, seed=seed)
    oldest = min(data.encounters, key=lambda e: e.visited_at)
    oldest.notes = f"{SECRET} the manager shouted at a trainee"
    oldest.staff = f"{SECRET}-staff"
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    edited = queries.get_encounter(db, oldest.id)
    edited.notes += " (edited)"
    queries.save_encounter(db, edited)
    assert oldest.visited_at < privacy.retention_cutoff(6)
    return oldest


def _database(db) -> Path:
    path = backup.sqlite_path(db)
    assert path is not None
    return path


def test_a_purge_with_a_reader_says_the_text_stays_then_reclaim_removes_it(
    db, shipped_forms, monkeypatch, capsys
) -> None:
    monkeypatch.setattr(privacy, "READER_WAIT_S", 0.5)
    _with_secret(db, shipped_forms)
    database = _database(db)
    count = privacy.count_older_than(db, 6)
    with reader_in_another_process(database):
        started = time.monotonic()
        status = main(["purge", "--older-than", "6", "--yes", "--database-url", db.url])
        waited = time.monotonic() - started
        out, err = capsys.readouterr()
        assert status == 1
        assert out.startswith(f"deleted {count:,} encounters") and "rewritten" not in out
        assert "the space was not reclaimed: another program is reading the database" in err
        assert f"mysteryshop purge --reclaim --database-url {db.url}" in err
        assert SECRET.encode() in _file_bytes(database)  # as the message says
        assert waited < 15  # a bounded wait: 0.5 s per checkpoint, not 2 × busy_timeout
        # While it still reads, --reclaim cannot either, and says so.
        assert main(["purge", "--reclaim", "--database-url", db.url]) == 1
        assert "another program is reading" in capsys.readouterr().err
    assert privacy.count_older_than(db, 6) == 0
    assert main(["purge", "--reclaim", "--database-url", db.url]) == 0
    assert "reclaimed the space" in capsys.readouterr().out
    assert SECRET.encode() not in _file_bytes(database)
    assert check.check_database(db).problems == []


def test_an_erasure_with_a_reader_never_claims_the_space_was_reclaimed(
    db, shipped_forms, monkeypatch
) -> None:
    monkeypatch.setattr(privacy, "READER_WAIT_S", 0.2)
    _with_secret(db, shipped_forms)
    location = queries.list_locations(db)[0]
    alias = privacy.observer_aliases(db)[0][0]
    with reader_in_another_process(_database(db)):
        erasures = [
            privacy.purge_older_than(db, 6),
            privacy.erase_location(db, location.id),
            privacy.erase_observer(db, alias),
        ]
    assert [result.unreclaimed for result in erasures] == [privacy.READERS] * 3
    assert privacy.reclaim_space(db) == (privacy.RECLAIMED, "")


def test_deleted_text_is_overwritten_before_any_rewrite(db, shipped_forms) -> None:
    """secure_delete: without VACUUM, the next checkpoint already leaves no deleted text in
    the file (a reader that closes later lets that checkpoint run)."""
    _with_secret(db, shipped_forms)
    database = _database(db)
    privacy.purge_older_than(db, 6, reclaim=False)
    with db.read() as session:
        session.connection().exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert SECRET.encode() not in _file_bytes(database)
    with db.read() as session:  # and ordinary writes do not pay for it afterwards
        assert session.execute(text("PRAGMA secure_delete")).scalar() == 0


def test_purged_trash_is_overwritten_before_any_rewrite(db, shipped_forms) -> None:
    """The trash's purge deletes as the retention purge does (secure_delete, then VACUUM)."""
    from mysteryshop.store import trash

    secret = _with_secret(db, shipped_forms)
    trash.remove(db, secret.id, "trainer", "recorded twice")
    database = _database(db)
    trash.purge_trash(db, days=0, reclaim=False)
    with db.read() as session:
        session.connection().exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert SECRET.encode() not in _file_bytes(database)


def test_an_erased_alias_is_overwritten_before_any_rewrite(db, shipped_forms) -> None:
    data = demo.generate(shipped_forms, encounters=40, seed=3)
    for encounter in data.encounters[:5]:
        encounter.observer = "SPYALIAS-X"
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    database = _database(db)
    assert b"SPYALIAS-X" in _file_bytes(database)
    privacy.erase_observer(db, "SPYALIAS-X", reclaim=False)
    with db.read() as session:
        session.connection().exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"SPYALIAS-X" not in _file_bytes(database)


# --- F6: a nearly full disk -------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 24 MB tmpfs (the tests run as root in CI)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=24m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path, leave: int) -> Path:
    """A file that leaves only `leave` bytes free on the disk of `folder`."""
    filler = folder / "filler"
    size = max(shutil.disk_usage(folder).free - leave, 0)
    with open(filler, "ab") as out:
        out.write(b"\0" * size)
    return filler


@pytest.fixture
def full_db(small_disk: Path, shipped_forms) -> Iterator[object]:
    """A database of about 5 MB on the small disk, with SECRET in its oldest encounter."""
    db = open_database(f"sqlite:///{small_disk / 'data' / 'mysteryshop.sqlite3'}")
    try:
        _with_secret(db, shipped_forms, encounters=900, seed=5)
        yield db
    finally:
        db.close()


def _state(db) -> tuple[int, ...]:
    with db.read() as session:
        return tuple(
            int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)
            for table in ("encounters", "answers", "encounter_history", "locations", "observers")
        )


@pytest.mark.parametrize("erasure", ["purge", "location", "observer", "trash"])
def test_an_erasure_without_room_to_reclaim_deletes_nothing_and_says_so(
    full_db, capsys, erasure: str
) -> None:
    from mysteryshop.store import trash

    db = full_db
    database = _database(db)
    size = database.stat().st_size
    assert size > 3_000_000
    if erasure == "trash":
        for encounter in list(queries.iter_encounters(db))[:50]:
            trash.remove(db, encounter.id, "trainer", "test visits")
    before = _state(db)
    # Room to write (above the 1 MiB under which writing commands call the disk full), not
    # room to rewrite a 3 MB file.
    filler = _fill(database.parent, leave=2_000_000)
    command = {
        "purge": ["purge", "--older-than", "6"],
        "location": ["erase", "--location", queries.list_locations(db)[0].name],
        "observer": ["erase", "--observer", privacy.observer_aliases(db)[0][0]],
        "trash": ["trash", "empty"],
    }[erasure]
    assert main([*command, "--yes", "--database-url", db.url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("not enough free space to erase safely: rewriting the database needs")
    assert "nothing was deleted" in err and "unexpected" not in err
    assert _state(db) == before
    filler.unlink()
    assert main([*command, "--yes", "--database-url", db.url]) == 0
    assert "the database file was rewritten without it" in capsys.readouterr().out
    assert _state(db) != before
    assert check.check_database(db).problems == []


def test_a_disk_that_fills_before_the_rewrite_is_told_not_called_unexpected(
    full_db, capsys
) -> None:
    """The room is there when the purge starts; another program fills the disk while the rows
    are deleted: the deletion stands, the result says the disk is full, and so does
    `purge --reclaim` until there is room."""
    db = full_db
    database = _database(db)
    count = privacy.count_older_than(db, 6)
    total = queries.count_encounters(db)
    fillers: list[Path] = []

    def fill_when_the_rewrite_starts(done: int, of: int) -> None:
        if (done, of) == (0, 0):
            with db.read() as session:  # the WAL's space would come free at the checkpoint
                session.connection().exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            fillers.append(_fill(database.parent, leave=64_000))

    result = privacy.purge_older_than(db, 6, progress=fill_when_the_rewrite_starts)
    assert fillers and result.encounters == count
    assert result.unreclaimed == privacy.DISK_FULL
    assert queries.count_encounters(db) == total - count
    assert check.check_database(db).problems == []
    assert SECRET.encode() not in _file_bytes(database)  # overwritten, though not reclaimed
    assert main(["purge", "--reclaim", "--database-url", db.url]) == 1
    err = capsys.readouterr().err
    # Said before anything is tried (the check every writing command makes first).
    assert "the disk is full" in err and "unexpected" not in err
    fillers[0].unlink()
    assert main(["purge", "--reclaim", "--database-url", db.url]) == 0


# --- F7: drafts hold no erased alias or location ------------------------------------------------


def _draft(
    db,
    form,
    *,
    location_id: str = "",
    typed: str = "",
    observer: str | None = None,
    visited: datetime | None = None,
    notes: str = "typed on the spot",
) -> EncounterData:
    data = EncounterData(
        id=new_id(),
        form_id=form.id,
        form_version=form.version,
        location_id=location_id,
        visited_at=visited or datetime.now(UTC),
        observer=observer,
        notes=notes,
    )
    drafts.keep_unsaved(db, data, typed)  # the call the editor's autosave makes
    return data


def _draft_bytes(db) -> bytes:
    folder = drafts.unsaved_dir(db)
    return b"".join(path.read_bytes() for path in folder.iterdir() if path.is_file())


def test_erasing_a_location_deletes_drafts_that_chose_it_or_typed_its_name(
    db, shipped_forms
) -> None:
    form = shipped_forms[0]
    secret = queries.add_location(db, SECRET_PLACE, "North")
    other = queries.add_location(db, "Kamppi store", "North")
    chose = _draft(db, form, location_id=secret.id, observer="owl")
    typed = _draft(db, form, typed="  secretville STORE ", observer="SPYALIAS-X")
    elsewhere = _draft(db, form, location_id=other.id, observer="owl")
    typed_elsewhere = _draft(db, form, typed="Secretville mall", observer="owl")
    privacy.erase_location(db, secret.id)
    assert drafts.read_unsaved(db, chose.id) is None
    assert drafts.read_unsaved(db, typed.id) is None
    assert drafts.read_unsaved(db, elsewhere.id) is not None
    assert drafts.read_unsaved(db, typed_elsewhere.id) is not None
    assert SECRET_PLACE.lower().encode() not in _draft_bytes(db).lower()
    assert b"SPYALIAS-X" not in _draft_bytes(db)


def test_erasing_an_alias_scrubs_it_from_drafts_and_keeps_their_text(db, shipped_forms) -> None:
    form = shipped_forms[0]
    place = queries.add_location(db, "Kamppi store", "North")
    queries.save_encounter(  # the alias must be stored to be erased
        db,
        EncounterData(
            id=new_id(),
            form_id=form.id,
            form_version=form.version,
            location_id=place.id,
            visited_at=datetime.now(UTC),
            observer="KEEPALIAS",
        ),
    )
    mine = _draft(db, form, location_id=place.id, observer="KEEPALIAS", notes="my own words")
    reviewed = _draft(db, form, typed="Somewhere", observer="owl")
    kept = drafts.read_unsaved(db, reviewed.id)
    assert kept is not None
    kept.data.reviewed_by = "KEEPALIAS"
    drafts.keep_unsaved(db, kept.data, kept.location_text, kept_at=kept.kept_at)
    before = drafts.read_unsaved(db, mine.id)
    assert before is not None
    privacy.erase_observer(db, "KEEPALIAS")
    assert b"KEEPALIAS" not in _draft_bytes(db)
    after = drafts.read_unsaved(db, mine.id)
    assert after is not None
    assert after.data.observer is None and after.data.notes == "my own words"
    assert after.kept_at == before.kept_at
    again = drafts.read_unsaved(db, reviewed.id)
    assert again is not None and again.data.reviewed_by == workflow.UNKNOWN_REVIEWER


def test_a_purge_deletes_drafts_visited_before_its_cutoff(db, shipped_forms) -> None:
    form = shipped_forms[0]
    old = _draft(db, form, typed="Anywhere", visited=datetime.now(UTC) - timedelta(days=800))
    new = _draft(db, form, typed="Anywhere")
    privacy.purge_older_than(db, 6)
    assert drafts.read_unsaved(db, old.id) is None
    assert drafts.read_unsaved(db, new.id) is not None


# --- F8: set-aside copies are pruned and named ------------------------------------------------


def _location_with_encounters(db, shipped_forms) -> str:
    data = demo.generate(shipped_forms, encounters=30, seed=4)
    data.locations[0].name = SECRET_PLACE
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    return data.locations[0].id


def test_set_aside_copies_are_pruned_like_backups(db, shipped_forms) -> None:
    _location_with_encounters(db, shipped_forms)
    database = _database(db)
    made = backup.backup(db)
    old_time = datetime.now() - timedelta(days=backup.KEEP_DAYS + 1)
    # Copies made the ways the app makes them: a restore, and a damaged file moved aside at
    # start, once 15 days ago (with a WAL beside it) and once now.
    shutil.copy(database, database.with_name("copy.sqlite3"))
    old_aside = health.move_aside(database.with_name("copy.sqlite3"), now=old_time)
    old_aside = old_aside.rename(database.with_name(old_aside.name.replace("copy", database.stem)))
    old_wal = old_aside.with_name(old_aside.name + "-wal")
    old_wal.write_bytes(b"wal")
    restored = health.restore_backup(made, database)
    assert restored.moved_aside is not None
    recent = restored.moved_aside
    os.utime(recent, (old_time.timestamp(), old_time.timestamp()))  # its last write was long ago
    assert backup.set_aside_files(database) == [old_aside, recent]
    pruned = backup.prune_backups(db)
    assert old_aside in pruned and old_wal in pruned
    assert not old_aside.exists() and not old_wal.exists()
    assert recent.exists() and made.exists()  # set aside today; the newest backup


def test_an_erasure_names_the_copies_that_still_hold_it(db, shipped_forms, capsys) -> None:
    location_id = _location_with_encounters(db, shipped_forms)
    database = _database(db)
    made = backup.backup(db)
    health.restore_backup(made, database)
    db.engine.dispose()  # the pool's connections still have the file moved aside open
    copies = privacy.older_copies(db)
    assert copies.backups == [made] and len(copies.set_aside) == 1
    # Without a terminal the question is printed; it names every place the data stays.
    assert main(["erase", "--location", SECRET_PLACE, "--database-url", db.url]) == 1
    question = capsys.readouterr().err
    assert "1 backup and 1 database file set aside by a restore" in question
    assert "files you exported and reports you wrote" in question
    assert main(["erase", "--location", SECRET_PLACE, "--yes", "--database-url", db.url]) == 0
    out = capsys.readouterr().out
    assert "1 backup and 1 database file set aside by a restore made earlier still hold it" in out
    assert queries.find_locations(db, location_id) == []
    for copy in [made, *copies.set_aside]:  # as the message says (a set-aside file with its WAL)
        assert SECRET_PLACE.encode() in _file_bytes(copy)


def test_an_erasure_deletes_the_crash_log(db, shipped_forms) -> None:
    log = crashlog.write(f"an older version wrote {SECRET_PLACE} here")
    assert log is not None and log.exists()
    location_id = _location_with_encounters(db, shipped_forms)
    privacy.erase_location(db, location_id)
    assert not log.exists()


def test_erasing_in_the_app_warns_when_the_space_was_not_reclaimed(
    qtbot, db, shipped_forms, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtCore import QSettings

    from mysteryshop.ui import privacy_dialogs
    from mysteryshop.ui.locations_view import LocationsView
    from mysteryshop.ui.workspace import Settings, Workspace

    monkeypatch.setattr(privacy, "READER_WAIT_S", 0.2)
    location_id = _location_with_encounters(db, shipped_forms)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    view = LocationsView(Workspace(db, settings))
    qtbot.addWidget(view)
    asked: list[object] = []
    told: list[object] = []
    monkeypatch.setattr(privacy_dialogs, "ask", lambda box: asked.append(box) or True)
    monkeypatch.setattr(privacy_dialogs, "tell", told.append)
    with reader_in_another_process(_database(db)):
        op = view.erase(location_id)
        assert op is not None and op.task is not None
        qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    question = asked[0].informativeText()  # type: ignore[attr-defined]
    assert "set aside by a restore" in question and "reports you wrote" in question
    warning = told[0]
    assert warning.text() == "The data was deleted, but the space was not reclaimed."  # type: ignore[attr-defined]
    assert "mysteryshop purge --reclaim" in warning.informativeText()  # type: ignore[attr-defined]
    assert "Erased" in view.status.text()


# --- F17: anonymized outputs name no attachment -------------------------------------------------


def _picture(kind: str) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 40, 40)).save(out, kind)
    return out.getvalue()


def _with_named_attachments(db, shipped_forms) -> EncounterData:
    from mysteryshop.store import attachments

    data = demo.generate(shipped_forms, encounters=5, seed=2)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    encounter = data.encounters[0]
    attachments.add_attachment(db, encounter.id, "Matti_Virtanen_name_badge.jpg", _picture("JPEG"))
    attachments.add_attachment(db, encounter.id, "Liisa Salainen receipt.png", _picture("PNG"))
    return encounter


def test_the_anonymized_visit_report_lists_attachments_by_number_and_kind(
    db, shipped_forms
) -> None:
    import io
    import re

    from pypdf import PdfReader

    from mysteryshop.reports.visit import build_visit

    encounter = _with_named_attachments(db, shipped_forms)

    def text_of(pdf: bytes) -> str:
        pages = PdfReader(io.BytesIO(pdf)).pages
        return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in pages))

    shown = text_of(build_visit(db, encounter.id))
    assert "Matti_Virtanen" in shown and "Liisa Salainen" in shown
    anonymized = text_of(build_visit(db, encounter.id, anonymize=True))
    for name in ("Matti", "Virtanen", "Liisa", "Salainen", "badge", "receipt"):
        assert name not in anonymized
    assert "Attachment 1 JPEG photo" in anonymized and "Attachment 2 PNG image" in anonymized
    assert "file names are left out" in anonymized


@pytest.mark.parametrize("fmt", ["json", "zip", "csv", "xlsx"])
def test_anonymized_exports_carry_no_attachment_names(
    db, shipped_forms, tmp_path: Path, fmt: str
) -> None:
    import zipfile

    from mysteryshop.exchange import files

    _with_named_attachments(db, shipped_forms)
    out = tmp_path / f"out.{fmt}"
    files.export_file(db, out, fmt, None, anonymize=True)
    if zipfile.is_zipfile(out):
        with zipfile.ZipFile(out) as archive:
            content = b"".join(archive.read(name) for name in archive.namelist())
            content += "".join(archive.namelist()).encode()
    else:
        content = out.read_bytes()
    assert b"Matti" not in content and b"Salainen" not in content
    plain = tmp_path / f"plain.{fmt}"
    files.export_file(db, plain, fmt, None)
    if fmt == "zip":  # the original evidence, for contrast: not anonymized, the names go along
        with zipfile.ZipFile(plain) as archive:
            assert b"Matti_Virtanen" in archive.read("bundle.json")
