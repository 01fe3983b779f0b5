"""Settings ▸ Team: the team server this computer syncs with. The URL is kept in the settings
without its password; the password goes to the system keyring (mysteryshop/credentials.py),
never to the settings file. "Test connection" says who the server takes you for."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.store.db import StoreError, redacted_url
from mysteryshop.ui import tasks, theme
from mysteryshop.ui.workspace import Workspace

translate = QCoreApplication.translate  # a short name pyside6-lupdate still recognises


def _credentials() -> ModuleType:
    """mysteryshop/credentials.py, imported when first needed: the keyring package takes
    0.1 s to import and as long again to find the system's keyring, which the app's start
    (the Settings view is built then) does without."""
    from mysteryshop import credentials

    return credentials


def role_name(role: str) -> str:
    """A team role in the UI's language."""
    names = {
        "observer": translate("TeamSettings", "observer"),
        "trainer": translate("TeamSettings", "trainer"),
        "manager": translate("TeamSettings", "manager"),
        "admin": translate("TeamSettings", "admin"),
    }
    return names.get(role, role)


def signed_in_text(member: Any) -> str:
    """ "Signed in as Anna (trainer)": the words of the status bar, About and the test."""
    return translate("TeamSettings", "Signed in as {alias} ({role})").format(
        alias=member.alias, role=role_name(member.role)
    )


def split_password(url: str) -> tuple[str, str | None]:
    """The URL without its password, and the password it held (None if none)."""
    from sqlalchemy.engine import make_url

    password = make_url(url).password
    return (url, None) if password is None else (_credentials().without_password(url), password)


def url_problem(url: str) -> str | None:
    """Why a typed team URL cannot be used, in one line; None when it can."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        parsed = None
    if parsed is None or not parsed.drivername.startswith("postgresql"):
        return translate(
            "TeamSettings",
            "A team server's URL starts with postgresql://, e.g. "
            "postgresql://anna@team.example.com/mysteryshop?sslmode=require",
        )
    if not parsed.host or not parsed.database or not parsed.username:
        return translate(
            "TeamSettings", "The URL needs a user, a server and a database: user@server/database."
        )
    return None


class TeamSettings(QWidget):
    """The Team section of the settings: URL, password, Test connection, Forget password.
    Its `rows` go into the settings' form; this widget itself holds them until then."""

    saved = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.test_task: tasks.Task | None = None
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://anna@team.example.com/mysteryshop")
        self.url.setAccessibleName(self.tr("Team server URL"))
        self.url.editingFinished.connect(self.on_url_edited)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.returnPressed.connect(self.on_password_entered)
        self.save_password_button = QPushButton(self.tr("Save &password"))
        self.save_password_button.clicked.connect(self.on_password_entered)
        self.test_button = QPushButton(self.tr("T&est connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.forget_button = QPushButton(self.tr("&Forget password"))
        self.forget_button.clicked.connect(self.forget_password)
        self.result = QLabel()
        self.result.setObjectName("team_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = QLabel(
            self.tr(
                "Encounters are recorded on this computer and synced with the team's server "
                "when you are online. The password is kept in the system keyring, never in "
                "the settings file."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {theme.MUTED.name()};")
        # Rows for the settings' own form (SettingsView puts them under its Team heading, so
        # that the labels line up with the other sections'): (label, field).
        self.url_label = QLabel(self.tr("Team server &URL:"))
        self.url_label.setBuddy(self.url)
        self.password_label = QLabel(self.tr("Pass&word:"))
        self.password_label.setBuddy(self.password)
        password_field = QWidget(self)
        password_row = QHBoxLayout(password_field)
        password_row.setContentsMargins(0, 0, 0, 0)
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.save_password_button)
        details = QWidget(self)
        column = QVBoxLayout(details)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(note)
        buttons = QHBoxLayout()
        column.addLayout(buttons)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        column.addWidget(self.result)
        self.rows: list[tuple[QLabel | None, QWidget]] = [
            (self.url_label, self.url),
            (self.password_label, password_field),
            (None, details),
        ]
        self.refresh(keyring=False)  # the keyring when shown (SettingsView.refresh)

    def refresh(self, *, keyring: bool = True) -> None:
        """Show the saved URL (it holds no password) and whether a password is saved."""
        url = self.workspace.settings.team_url
        if not self.url.hasFocus():
            self.url.setText(_shown(url))
        self.test_button.setEnabled(bool(url))
        if not keyring:
            return
        saved = bool(url) and self._password_saved(url)
        self.password.setPlaceholderText(
            self.tr("Saved in the system keyring") if saved else self.tr("Not saved")
        )
        self.forget_button.setEnabled(saved)

    def _password_saved(self, url: str) -> bool:
        return _credentials().password_for(url) is not None  # (None without a keyring)

    def _say(self, text: str) -> None:
        self.result.setText(text)

    @Slot()
    def on_url_edited(self) -> None:
        typed = self.url.text().strip()
        settings = self.workspace.settings
        if typed == _shown(settings.team_url):
            return
        if not typed:
            settings.team_url = ""
            settings.sync()
            self._say(self.tr("Saved: this computer does not sync."))
            self.refresh()
            self.saved.emit()
            return
        if problem := url_problem(typed):
            self._say(self.tr("Not saved: {reason}").format(reason=problem))
            return
        url, password = split_password(typed)
        if password is not None and not self._save_password(url, password):
            return
        settings.team_url = url
        settings.sync()
        self.url.setText(_shown(url))
        self._say(
            self.tr("Saved. The password went to the system keyring.")
            if password is not None
            else self.tr("Saved.")
        )
        self.refresh()
        self.saved.emit()

    def _save_password(self, url: str, password: str) -> bool:
        try:
            _credentials().save_password(url, password)
        except (
            _credentials().CredentialsError
        ) as error:  # one line (no keyring here), nothing saved
            self._say(self.tr("The password was not saved: {reason}").format(reason=error))
            return False
        return True

    @Slot()
    def on_password_entered(self) -> None:
        url = self.workspace.settings.team_url
        password = self.password.text()
        if not url:
            self._say(self.tr("Enter the team server's URL first."))
            return
        if not password:
            return
        if self._save_password(url, password):
            self.password.clear()
            self._say(self.tr("Password saved in the system keyring."))
            self.refresh()

    @Slot()
    def forget_password(self) -> None:
        url = self.workspace.settings.team_url
        if url:
            try:
                _credentials().forget(url)
            except _credentials().CredentialsError as error:
                self._say(self.tr("Not forgotten: {reason}").format(reason=error))
                return
            self._say(self.tr("Password forgotten."))
            self.refresh()

    @Slot()
    def test_connection(self) -> tasks.Task | None:
        """Connect in a worker and say who the server takes us for, or why not."""
        url = self.workspace.settings.team_url
        if not url or self.test_task is not None:
            return self.test_task
        from mysteryshop.store import sync, team
        from mysteryshop.ui.sync_view import open_server

        def work(_progress: Any) -> Any:
            server = open_server(url)
            try:
                sync._check_server(server)  # reached, the login taken, a team database
                return team.current_member(server)
            finally:
                server.close()

        self.test_button.setEnabled(False)
        self._say(self.tr("Connecting…"))
        self.test_task = tasks.start(
            work, done=self.on_tested, failed=self.on_test_failed, parent=self
        )
        return self.test_task

    @Slot(object)
    def on_tested(self, member: Any) -> None:
        self.test_task = None
        self.test_button.setEnabled(True)
        if member is None:
            self._say(
                self.tr(
                    "Connected. You are not a team member on this server: its owner, or a "
                    "server without a team."
                )
            )
        else:
            self._say(self.tr("Connected. {who}.").format(who=signed_in_text(member)))

    @Slot(object)
    def on_test_failed(self, error: Exception) -> None:
        self.test_task = None
        self.test_button.setEnabled(True)
        if not isinstance(error, StoreError):
            raise error
        reason = str(error).strip().splitlines()[0] if str(error).strip() else ""
        self._say(self.tr("Not connected: {reason}").format(reason=reason))


def _shown(url: str) -> str:
    """The URL as shown: nothing secret in it (its password is not kept with it, and secret
    query values are hidden)."""
    return redacted_url(url) if url else ""
