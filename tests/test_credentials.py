"""The team server's password in the system keyring (credentials.py), with a real keyring
backend kept in memory, and Settings.team_url, which never keeps a password."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

from mysteryshop import credentials

URL = "postgresql+psycopg://maija@team.example.org:5432/mystery?sslmode=verify-full"


class MemoryKeyring(KeyringBackend):
    """A keyring kept in a dict: the same interface as the system's."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError("not kept")


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_the_password_is_kept_in_the_keyring_and_given_back_in_the_url(memory):
    assert credentials.password_for(URL) is None
    assert credentials.with_password(URL) == URL  # none kept: the URL as it is
    credentials.save_password(URL, "s3cr:et@/x")
    assert list(memory.kept.values()) == ["s3cr:et@/x"]
    [(service, account)] = memory.kept
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


def test_the_settings_keep_the_url_without_its_password(memory, tmp_path):
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
