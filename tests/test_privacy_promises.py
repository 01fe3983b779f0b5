"""The privacy promises of issue 14, each against a real fault: a reader in another process
during a purge, a full disk (a small tmpfs), drafts written by the editor's own call, copies
moved aside by a restore, the crash log, anonymized outputs."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from mysteryshop import crashlog
from mysteryshop.cli import main
from mysteryshop.exchange import bundle
from mysteryshop.store import queries
from mysteryshop.store.records import EncounterData, new_id

SECRET_PLACE = "Secretville store"
SECRET_REGION = "Kaakkuri-Pohjanmaa"


def _one_encounter_bundle(db, shipped_forms, tmp_path: Path) -> Path:
    """A bundle with one encounter at SECRET_PLACE, exported from a database of its own."""
    from datetime import UTC, datetime

    from mysteryshop.store.opening import open_database

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
