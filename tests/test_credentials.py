"""The team server's password in the system keyring (credentials.py), with a real keyring
backend kept in memory (conftest.memory_keyring), and Settings.team_url, which never keeps a
password."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail

from mysteryshop import credentials

URL = "postgresql+psycopg://maija@team.example.org:5432/mystery?sslmode=verify-full"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_the_password_is_kept_in_the_keyring_and_given_back_in_the_url(memory_keyring):
    assert credentials.password_for(URL) is None
    assert credentials.with_password(URL) == URL  # none kept: the URL as it is
    credentials.save_password(URL, "s3cr:et@/x")
    assert list(memory_keyring.kept.values()) == ["s3cr:et@/x"]
    [(service, account)] = memory_keyring.kept
    assert service == credentials.SERVICE and "s3cr" not in account
    assert account == "maija@team.example.org:5432/mystery"
    connect = credentials.with_password(URL)
    from sqlalchemy.engine import make_url

    parsed = make_url(connect)
    assert parsed.password == "s3cr:et@/x" and parsed.query == {"sslmode": "verify-full"}
    assert credentials.with_password(URL, "given") != connect  # a password given wins
    credentials.forget(URL)
    assert credentials.password_for(URL) is None
    credentials.forget(URL)  # forgetting twice is no error


def test_the_settings_keep_the_url_without_its_password(memory_keyring, tmp_path):
    from PySide6.QtCore import QSettings

    from mysteryshop.ui.workspace import Settings

    path = tmp_path / "settings.ini"
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    settings.team_url = "postgresql+psycopg://maija:hunter22@team.example.org/mystery"
    assert settings.team_url == "postgresql+psycopg://maija@team.example.org/mystery"
    settings._q.sync()
    assert "hunter22" not in path.read_text()
    settings.team_url = ""
    assert settings.team_url == ""


def test_without_a_keyring_saving_says_so_in_one_line(no_keyring):
    with pytest.raises(credentials.CredentialsError) as refused:
        credentials.save_password(URL, "hunter22")
    message = str(refused.value)
    assert "\n" not in message and "--password-stdin" in message and "hunter22" not in message
    assert credentials.password_for(URL) is None  # reading is no error: nothing is kept


def test_the_url_kept_has_no_secret_in_its_query() -> None:
    """A password given as a query parameter (libpq's password= or sslpassword=) is dropped
    like the one before the @: the settings file keeps no secret in any form."""
    url = (
        "postgresql+psycopg://maija:hunter22@team.example.org/mystery"
        "?sslmode=verify-full&password=hunter22&sslpassword=keypass9&application_name=ms"
    )
    kept = credentials.without_password(url)
    assert "hunter22" not in kept and "keypass9" not in kept
    assert "sslmode=verify-full" in kept and "application_name=ms" in kept
    assert kept.startswith("postgresql+psycopg://maija@team.example.org/mystery?")
