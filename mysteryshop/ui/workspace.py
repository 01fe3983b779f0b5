"""What every view shares: the open database, the user's settings and a signal that tells
views what changed. Passed down explicitly; there is no global."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

if TYPE_CHECKING:  # SQLAlchemy is not imported before the main window is painted
    from mysteryshop.store.db import Database


class Settings:
    """Typed access to the user's settings (QSettings: an ini file in the config folder)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings()

    def _get(self, key: str, default: Any, kind: type) -> Any:
        value = self._q.value(key, default)
        try:
            return kind(value) if value is not None else default
        except (TypeError, ValueError):
            return default

    def _set(self, key: str, value: Any) -> None:
        self._q.setValue(key, value)

    @property
    def observer_alias(self) -> str:
        return str(self._get("recording/observer_alias", "", str))

    @observer_alias.setter
    def observer_alias(self, value: str) -> None:
        self._set("recording/observer_alias", value.strip())

    @property
    def team_url(self) -> str:
        """The team server's URL, never with its password (credentials.py keeps that in the
        system keyring): the setter drops one given."""
        return str(self._get("team/url", "", str))

    @team_url.setter
    def team_url(self, value: str) -> None:
        from mysteryshop.credentials import without_password

        value = value.strip()
        self._set("team/url", without_password(value) if value else "")

    @property
    def default_channel(self) -> str:
        return str(self._get("recording/default_channel", "", str))

    @default_channel.setter
    def default_channel(self, value: str) -> None:
        self._set("recording/default_channel", value)

    @property
    def last_form(self) -> str:
        return str(self._get("recording/last_form", "", str))

    @last_form.setter
    def last_form(self, value: str) -> None:
        self._set("recording/last_form", value)

    @property
    def language(self) -> str:
        """'' follows the system; else a language code such as 'fi'."""
        return str(self._get("ui/language", "", str))

    @language.setter
    def language(self, value: str) -> None:
        self._set("ui/language", value)

    @property
    def retention_months(self) -> int:
        """Encounters older than this many months are offered for deletion; 0 keeps all."""
        return max(int(self._get("privacy/retention_months", 0, int)), 0)

    @retention_months.setter
    def retention_months(self, value: int) -> None:
        self._set("privacy/retention_months", max(int(value), 0))

    @property
    def min_visits(self) -> int:
        """Reports rank and compare locations with at least this many visits (1 or more)."""
        from mysteryshop.confidence import MIN_VISITS

        return max(int(self._get("reports/min_visits", MIN_VISITS, int)), 1)

    @min_visits.setter
    def min_visits(self, value: int) -> None:
        self._set("reports/min_visits", max(int(value), 1))

    @property
    def target(self) -> str:
        """The target score of locations' reports as typed ('80', 'p75'); '' for none."""
        return str(self._get("reports/target", "", str))

    @target.setter
    def target(self, value: str) -> None:
        self._set("reports/target", value.strip())

    @property
    def last_view(self) -> str:
        return str(self._get("ui/last_view", "", str))

    @last_view.setter
    def last_view(self, value: str) -> None:
        self._set("ui/last_view", value)

    @property
    def navigation_shown(self) -> bool:
        """Whether the navigation list is shown (View ▸ Navigation list, F9): hidden, a small
        screen gives its 190 px to the page."""
        return bool(self._get("ui/navigation_hidden", 0, int) == 0)

    @navigation_shown.setter
    def navigation_shown(self, value: bool) -> None:
        self._set("ui/navigation_hidden", 0 if value else 1)

    @property
    def dashboard_filter(self) -> tuple[str, str, str]:
        """The dashboard's own filter: its period preset, region and form ('' = any)."""
        return (
            str(self._get("dashboard/period", "", str)),
            str(self._get("dashboard/region", "", str)),
            str(self._get("dashboard/form", "", str)),
        )

    @dashboard_filter.setter
    def dashboard_filter(self, value: tuple[str, str, str]) -> None:
        period, region, form = value
        self._set("dashboard/period", period)
        self._set("dashboard/region", region)
        self._set("dashboard/form", form)

    @property
    def geometry(self) -> QByteArray | None:
        value = self._q.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set("ui/geometry", value)

    def sync(self) -> None:
        self._q.sync()


class Workspace(QObject):
    """The database, the settings, and `changed(changes, initiator)`: emitted after each
    write, by `ui.ops.announce` alone, with what the write changed (a `Changes`) and the
    view that made it (None when no view did), which has shown its own change already."""

    changed = Signal(object, object)

    def __init__(self, db: Database, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        # The team server is not answering (ui/connection.py): views wait to read again.
        self.server_gone = False
