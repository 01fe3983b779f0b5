"""Screenshots of the team in the app (docs/TEAM.md): an observer's laptop with its Sync state
and a conflict, Settings ▸ Team after Test connection, the conflicts dialog, and a trainer's
and an observer's window on the team server.

    MYSTERYSHOP_TEST_POSTGRES_URL=postgresql+psycopg://user@host/postgres \\
        python scripts/team_screenshots.py [--out docs/screenshots] [--lang fi]

Needs a PostgreSQL server where the URL's user may create databases and roles; makes a
throwaway database (dropped at the end). The password goes to an in-memory keyring: a
server without a desktop session has no system keyring."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import uuid
from dataclasses import replace
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "en" else f"-{args.lang}"
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="mysteryshop-team-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")

    import keyring
    from keyring.backend import KeyringBackend
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from mysteryshop import credentials, demo, paths
    from mysteryshop.forms import load_form
    from mysteryshop.store import queries, sync, team
    from mysteryshop.store.opening import open_database
    from mysteryshop.ui import theme
    from mysteryshop.ui.app import install_translations
    from mysteryshop.ui.main_window import MainWindow
    from mysteryshop.ui.workspace import Settings, Workspace

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        secrets: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.secrets.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.secrets[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.secrets.pop((service, username), None)

    keyring.set_keyring(MemoryKeyring())
    app = QApplication(sys.argv[:1])
    install_translations(app, args.lang)
    app.setStyleSheet(theme.STYLE_SHEET)

    def wait(ms: int = 500) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def until(condition, ms: int = 30000) -> None:  # type: ignore[no-untyped-def]
        for _ in range(ms // 50):
            if condition():
                return
            wait(50)
        raise SystemExit("timed out")

    owner_url = os.environ["MYSTERYSHOP_TEST_POSTGRES_URL"]
    name = f"shots_{uuid.uuid4().hex[:10]}"
    admin = create_engine(owner_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    server_url = make_url(owner_url).set(database=name).render_as_string(hide_password=False)
    windows: list[MainWindow] = []
    databases = []
    try:
        server = open_database(server_url)
        databases.append(server)
        team.init_team(server)
        passwords = {
            alias: team.add_user(server, alias, role)
            for alias, role in (("anna", "observer"), ("tim", "trainer"), ("maria", "manager"))
        }
        prefix = team.team_prefix(name)

        def member_url(alias: str) -> str:
            login = team.login_name(prefix, alias)
            return (
                make_url(server_url)
                .set(username=login, password=None)
                .render_as_string(hide_password=False)
            )

        # Anna's laptop: her visits, synced once; Tim approves one, she edits it meanwhile.
        laptop = open_database(f"sqlite:///{home / 'anna' / paths.DATABASE_FILE}")
        databases.append(laptop)
        forms = [load_form(path) for path in paths.shipped_form_files()]
        made = demo.generate(forms[:1], encounters=24, seed=5)
        mine = [  # (the demo's drafts may lack required answers: not submitted)
            replace(
                e,
                observer="anna",
                status="submitted",
                reviewed_by=None,
                reviewed_at=None,
                reviewer_note="",
                tags=[],
            )
            for e in made.encounters
            if e.status != "draft"
        ]
        queries.bulk_add_encounters(laptop, mine, made.locations, forms[:1])
        anna_url = member_url("anna")
        credentials.save_password(anna_url, passwords["anna"])
        anna_server = open_database(credentials.with_password(anna_url), migrate=False)
        databases.append(anna_server)
        sync.sync(laptop, anna_server, alias="anna")
        first = sorted(e.id for e in mine)[0]
        there = queries.get_encounter(server, first)
        queries.review_encounter(
            server, first, there.revision, reviewer="tim", action="approve",
            note="Good detail on the greeting.",
        )  # fmt: skip
        here = queries.get_encounter(laptop, first)
        queries.save_encounter(
            laptop,
            replace(here, notes=f"{here.notes} Staff member came back to check on me.".strip()),
        )
        settings = Settings(QSettings(str(home / "anna.ini"), QSettings.Format.IniFormat))
        settings.observer_alias = "anna"
        settings.team_url = anna_url
        window = MainWindow(Workspace(laptop, settings))
        windows.append(window)
        window.resize(width, height)
        window.show()
        panel = window.sync_panel
        assert panel is not None
        panel.start()
        until(lambda: panel.task is None)
        window.show_page("encounters")
        wait()
        shoot(window, out / f"team-sync-state{suffix}.png")

        window.show_team_settings()
        team_view = window.settings_view.team
        team_view.test_connection()
        until(lambda: team_view.test_task is None)
        wait()
        window.settings_view.scroll_area.ensureWidgetVisible(team_view.result, 50, 120)
        wait(200)
        shoot(window, out / f"team-settings{suffix}.png")

        window.on_conflicts()
        dialog = window.conflicts_dialog
        wait()
        shoot(dialog, out / f"team-conflicts{suffix}.png")
        dialog.close()

        # Tim (trainer) and Anna (observer) on the team server itself.
        for alias in ("tim", "anna"):
            url = make_url(member_url(alias)).set(password=passwords[alias])
            db = open_database(url.render_as_string(hide_password=False), migrate=False)
            databases.append(db)
            member_settings = Settings(
                QSettings(str(home / f"{alias}.ini"), QSettings.Format.IniFormat)
            )
            member_window = MainWindow(Workspace(db, member_settings))
            windows.append(member_window)
            member_window.resize(width, height)
            member_window.show()
            member_window.show_page("encounters")
            wait(800)
            shoot(member_window, out / f"team-window-{alias}{suffix}.png")
    finally:
        for window in windows:
            window.close()
        for database in databases[1:]:
            database.close()
        if databases:
            team.dissolve_team(databases[0])  # the team's roles live outside the database
            databases[0].close()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()
    return 0


def shoot(widget, path: Path) -> None:  # type: ignore[no-untyped-def]
    widget.grab().save(str(path))
    print(path)


if __name__ == "__main__":
    raise SystemExit(main())
