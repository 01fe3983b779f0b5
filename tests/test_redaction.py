"""Passwords never shown: a team URL holding a password (user:password@, and a password= or
sslpassword= query parameter) goes through every path of the CLI and the app that prints or
writes, and no output, log or written file holds the password; only *** stands in for it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit
from sqlalchemy.engine import make_url

from mysteryshop import crashlog
from mysteryshop.store.db import StoreError, redact_text, redacted_url
from mysteryshop.store.opening import open_database

REPO = Path(__file__).resolve().parent.parent
SECRETS = ("UrlSecret-4711", "SslSecret-0815", "QuerySecret-2323")


def test_redacted_url_hides_passwords_and_secret_parameters() -> None:
    url = "postgresql+psycopg://shop:p%40ss-W0rd@db.example.fi:5433/team?sslmode=verify-full&sslrootcert=/etc/ca.crt&sslpassword=SslSecret-0815&password=QuerySecret-2323"
    assert redacted_url(url) == (
        "postgresql+psycopg://shop:***@db.example.fi:5433/team?password=***&sslmode=verify-full"
        "&sslpassword=***&sslrootcert=/etc/ca.crt"
    )
    assert redacted_url("postgresql://host/db") == "postgresql://host/db"
    assert redacted_url("sqlite:////home/a/data/mysteryshop.sqlite3") == (
        "/home/a/data/mysteryshop.sqlite3"
    )
    assert redacted_url("sqlite://") == ":memory:"
    assert "hunter22" not in redacted_url("not a url, but://me:hunter22@somewhere")


def test_redact_text_finds_the_password_in_any_form() -> None:
    url = "postgresql+psycopg://shop:p%40ss-W0rd@db/team?sslpassword=SslSecret-0815"
    said = redact_text(
        f"failed: {url}; p@ss-W0rd, p%40ss-W0rd, SslSecret-0815; "
        "host=db password='other one' sslpassword=x2; postgresql://u:elsewhere@h/d",
        url,
    )
    for secret in ("p@ss-W0rd", "p%40ss-W0rd", "SslSecret-0815", "other one", "x2", "elsewhere"):
        assert secret not in said
    assert "postgresql+psycopg://shop:***@db/team?sslpassword=***" in said
    assert "postgresql://u:***@h/d" in said
    # Words that merely contain a short secret are left alone.
    assert redact_text("a pass", "postgresql://u:a@h/d") == "a pass"


@pytest.fixture
def team_urls(pg_url: str) -> Iterator[list[str]]:
    """The test server's database, reached with a password in the URL and in a parameter
    (the server trusts local connections, so any password gets in)."""
    server = make_url(pg_url)
    with_password = server.set(password=SECRETS[0], query={"sslpassword": SECRETS[1]})
    in_parameter = server.set(query={"password": SECRETS[2]})
    yield [u.render_as_string(hide_password=False) for u in (with_password, in_parameter)]


def _mysteryshop(home: Path, url: str, *argv: str, via_option: bool = False) -> str:
    env = dict(os.environ, HOME=str(home), PYTHONPATH=str(REPO))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    options = ["--database-url", url] if via_option else []
    if not via_option:
        env["MYSTERYSHOP_DATABASE_URL"] = url
    done = subprocess.run(
        [sys.executable, "-m", "mysteryshop", *argv[:1], *options, *argv[1:]],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return f"$ {' '.join(argv)} -> {done.returncode}\n{done.stdout}{done.stderr}"


def _no_secret_in(text: str, where: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret} in {where}"


def test_no_command_shows_or_writes_the_password(team_urls: list[str], tmp_path: Path) -> None:
    home = tmp_path / "home"
    out = tmp_path / "out"
    out.mkdir()
    said: list[str] = []
    for number, url in enumerate(team_urls):

        def run(*argv: str, url: str = url, via_option: bool = number == 1) -> None:
            said.append(_mysteryshop(home, url, *argv, via_option=via_option))

        run("demo", "--encounters", "30", "--seed", str(number + 1))
        run("demo", "--encounters", "30", "--seed", str(number + 1))  # refused: seeded already
        run("check")
        run("forms", "list")
        run("export", "-o", str(out / f"bundle{number}.json"))
        run("export", "-o", str(out / f"visits{number}.csv"), "--format", "csv")
        run("import", str(out / f"bundle{number}.json"))
        run("report", "summary", "-o", str(out / f"summary{number}.pdf"))
        run("report", "summary", "--format", "json", "-o", str(out / f"summary{number}.json"))
        run("review")
        run("trash")
        run("backup", "-o", str(out / f"backup{number}.sqlite3"))
        run("purge")
    server = make_url(team_urls[0])
    failing = [
        server.set(database="no_such_database"),  # the server refuses
        server.set(port=1),  # nobody listens
        server.set(drivername="postgresql+nosuchdriver"),  # no such driver
        server.update_query_dict({"sslmode": "require"}),  # the server has no SSL
    ]
    for url in failing:
        said.append(_mysteryshop(home, url.render_as_string(hide_password=False), "check"))
    said.append(_mysteryshop(home, f"shop:{SECRETS[0]}@db.example.fi/team", "check"))  # no scheme
    text = "\n".join(said)
    _no_secret_in(text, "the commands' output")
    assert "***" in text  # the URLs were shown, redacted
    assert "cannot connect to the database server" in text
    assert "-> 1\n" in text and "Traceback" not in text
    for path in [*out.rglob("*"), *home.rglob("*")]:
        if path.is_file():
            _no_secret_in(path.read_bytes().decode("latin-1"), str(path))
            if path.suffix == ".pdf":
                pages = "".join(page.extract_text() for page in PdfReader(path).pages)
                _no_secret_in(pages, str(path))


def test_the_crash_log_hides_a_password_in_an_unexpected_error(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://shop:{SECRETS[0]}@db/team?password={SECRETS[2]}"
    try:
        try:
            raise RuntimeError(f"could not use {url} (conninfo: password={SECRETS[1]} host=db)")
        except RuntimeError as error:
            raise ValueError(f"wrapped: {url}") from error
    except ValueError as error:
        entry = crashlog.report(error)
        line = crashlog.describe(error)
    log = crashlog.write(entry, tmp_path / "log" / "mysteryshop.log")
    assert log is not None
    _no_secret_in(log.read_text() + line, "the crash log")
    assert "shop:***@db/team" in entry


def test_the_app_shows_no_password(qtbot, team_urls: list[str], tmp_path: Path) -> None:
    from mysteryshop.ui import startup
    from mysteryshop.ui.main_window import MainWindow
    from mysteryshop.ui.workspace import Settings, Workspace

    for url in team_urls:
        db = open_database(url)
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(Workspace(db, settings))
        qtbot.addWidget(window)
        window.show()
        shown = [window.windowTitle(), window.about_text()]
        for key in ("settings", "encounters", "dashboard", "forms", "locations"):
            window.show_page(key)
            for widget in window.findChildren(QLabel):
                shown += [widget.text(), widget.toolTip()]
            for widget in window.findChildren(QLineEdit):
                shown += [widget.text(), widget.placeholderText()]
            for widget in window.findChildren(QAbstractButton):
                shown += [widget.text(), widget.toolTip()]
        text = "\n".join(shown)
        _no_secret_in(text, "the window")
        assert make_url(url).host in text  # the server is named (About, Settings)
        window.close()
        db.close()
        told: list[str] = []
        refused = make_url(url).set(database="no_such_database").render_as_string(False)
        found = startup.open_checked(
            refused, tell=lambda _title, message, t=told: t.append(message)
        )
        assert found is None and len(told) == 1 and "does not exist" in told[0]
        _no_secret_in(told[0], "the start-up message")
        with pytest.raises(StoreError) as caught:
            open_database(make_url(url).set(port=1).render_as_string(hide_password=False))
        _no_secret_in(str(caught.value), "a lost connection")
