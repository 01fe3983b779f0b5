"""The team server's password, kept in the system's keyring (the `keyring` package: the
macOS Keychain, Windows Credential Locker, the Secret Service on Linux desktops), never in a
settings file, a log, an error or an export. The settings keep the team URL without its
password (`without_password`); the app and the CLI connect with `with_password`.

A system without a keyring (a server without a desktop session) cannot keep the password:
`save_password` says so in one line, and the CLI takes it from stdin (`--password-stdin`)."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, PasswordDeleteError
from sqlalchemy.engine import make_url

SERVICE = "mysteryshop team server"
"""The keyring's service name for the team server's passwords."""

NO_KEYRING = (
    "no system keyring to keep the password in ({detail}); "
    "give it each time instead (mysteryshop sync --password-stdin)"
)


class CredentialsError(Exception):
    """The keyring could not keep or give a password: one line saying why."""


def _account(url: str) -> str:
    """Who and where, as the keyring's account name: user@host:port/database."""
    parsed = make_url(url)
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.username or ''}@{parsed.host or 'localhost'}{port}/{parsed.database or ''}"


def without_password(url: str) -> str:
    """The URL to keep in the settings: the same, without its password."""
    # (URL.set ignores a None: the named tuple's own _replace drops the password.)
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


def save_password(url: str, password: str) -> None:
    """Keep `password` for the server of `url` in the system's keyring."""
    try:
        keyring.set_password(SERVICE, _account(url), password)
    except KeyringError as error:
        raise CredentialsError(NO_KEYRING.format(detail=_detail(error))) from None


def password_for(url: str) -> str | None:
    """The password kept for the server of `url`; None when none is kept, or the system has
    no keyring to keep one."""
    try:
        return keyring.get_password(SERVICE, _account(url))
    except KeyringError:
        return None


def forget(url: str) -> None:
    """Remove the password kept for the server of `url` (none kept: nothing to do)."""
    try:
        keyring.delete_password(SERVICE, _account(url))
    except PasswordDeleteError:
        pass
    except KeyringError as error:
        raise CredentialsError(NO_KEYRING.format(detail=_detail(error))) from None


def with_password(url: str, password: str | None = None) -> str:
    """The URL to connect with: `password` when given, else the one kept in the keyring,
    else the URL as it is (the server may need none: a certificate, peer authentication)."""
    parsed = make_url(url)
    secret = password if password is not None else parsed.password or password_for(url)
    if secret is None:
        return url
    return parsed.set(password=secret).render_as_string(hide_password=False)


def _detail(error: BaseException) -> str:
    """The keyring's reason, on one line (it never holds the password)."""
    text = " ".join(str(error).split())
    return text or type(error).__name__
