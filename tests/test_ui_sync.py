"""The team in the app (issue 18): the Sync button and its state, Settings ▸ Team (URL, the
password to the keyring, Test connection), the conflicts dialog, and a window that offers a
team member only what their role allows. Real widgets over a real SQLite file and the real
test PostgreSQL (skipped cleanly without one)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from memory_keyring import MemoryKeyring
from PySide6.QtCore import QSettings, Qt

from mysteryshop import credentials
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterFilter
from mysteryshop.ui.log_model import COL_TAGS
from mysteryshop.ui.main_window import MainWindow
from mysteryshop.ui.sync_view import ConflictsDialog, relative_time
from mysteryshop.ui.team_settings import split_password, url_problem
from mysteryshop.ui.workspace import Settings, Workspace


@pytest.fixture(autouse=True)
def english(qapp) -> None:
    """English plurals (mysteryshop_en.ts): "1 conflict", "2 conflicts"."""
    from mysteryshop.ui.app import install_translations

    install_translations(qapp, "en")


def settings_at(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def make_window(qtbot, db, settings: Settings) -> MainWindow:
    window = MainWindow(Workspace(db, settings))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_relative_time_reads_as_people_say_it(qapp) -> None:
    now = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
    assert relative_time(now - timedelta(seconds=20), now) == "just now"
    assert relative_time(now - timedelta(minutes=12), now) == "12 min ago"
    assert relative_time(now - timedelta(hours=3, minutes=5), now) == "3 h ago"
    assert relative_time(now - timedelta(days=1, hours=1), now) == "1 day ago"
    assert relative_time(now - timedelta(days=2), now) == "2 days ago"
    # A naive moment is the store's UTC.
    assert relative_time((now - timedelta(minutes=5)).replace(tzinfo=None), now) == "5 min ago"
    assert "2026" in relative_time(now - timedelta(days=30), now) or "26" in relative_time(
        now - timedelta(days=30), now
    )


def test_team_urls_are_checked_and_their_passwords_split_off() -> None:
    assert url_problem("postgresql://anna@team.example.com/shop?sslmode=require") is None
    assert "postgresql://" in (url_problem("mysql://anna@host/db") or "")
    assert url_problem("not a url") is not None
    assert "user" in (url_problem("postgresql://team.example.com/shop") or "")
    url, password = split_password(
        "postgresql+psycopg://anna:s3cret@host:5432/shop?sslmode=require"
    )
    assert password == "s3cret"
    assert "s3cret" not in url
    assert url == "postgresql+psycopg://anna@host:5432/shop?sslmode=require"
    assert split_password("postgresql://anna@host/shop") == ("postgresql://anna@host/shop", None)


def test_sync_not_set_up_leads_to_the_team_settings(qtbot, db, tmp_path: Path) -> None:
    window = make_window(qtbot, db, settings_at(tmp_path / "s.ini"))
    panel = window.sync_panel
    assert panel is not None
    assert "not set up" in panel.state.text()
    panel.state.linkActivated.emit("settings")  # the link "Set up…"
    assert window.current_page() == "settings"
    qtbot.waitUntil(lambda: window.settings_view.team.url.hasFocus())
    # The button (and its key) without a URL does the same, and syncs nothing.
    window.show_page("encounters")
    assert window.sync_action.shortcut().toString() == "Ctrl+Shift+S"
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "settings"
    assert panel.task is None


def test_a_wrong_url_is_refused_in_one_line_and_nothing_saved(qtbot, db, tmp_path: Path) -> None:
    settings = settings_at(tmp_path / "s.ini")
    window = make_window(qtbot, db, settings)
    window.show_team_settings()
    team = window.settings_view.team
    qtbot.keyClicks(team.url, "mysql://anna@host/shop")
    qtbot.keyClick(team.url, Qt.Key.Key_Return)
    assert team.result.text().startswith("Not saved: ")
    assert "\n" not in team.result.text()
    assert settings_at(tmp_path / "s.ini").team_url == ""


# --- the keyring, the server, the laptop -------------------------------------------------------


@pytest.fixture
def server(pg_url: str) -> Iterator[Database]:
    """A team's PostgreSQL database, migrated; we connect as its owner."""
    from mysteryshop.store.opening import open_database

    database = open_database(pg_url)
    yield database
    database.close()


@pytest.fixture
def laptop(db: Database, shipped_forms) -> Database:
    """An observer's SQLite file with three visits of "anna" submitted, never synced."""
    from mysteryshop import demo
    from mysteryshop.store import queries

    form = shipped_forms[0]
    made = demo.generate([form], encounters=6, seed=2)
    mine = [  # (the demo's drafts may lack required answers: not submitted)
        replace(e, observer="anna", status="submitted", reviewed_by=None, reviewed_at=None)
        for e in made.encounters
        if e.status != "draft"
    ][:3]
    queries.bulk_add_encounters(db, mine, made.locations, [form])
    return db


def laptop_settings(tmp_path: Path, url: str) -> Settings:
    settings = settings_at(tmp_path / "s.ini")
    settings.observer_alias = "anna"
    settings.team_url = url
    return settings


def sync_by_keyboard(qtbot, window: MainWindow) -> None:
    """Ctrl+Shift+S, as a user presses it; returns once the sync and its state are in."""
    panel = window.sync_panel
    assert panel is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.navigation.setFocus()
    qtbot.keyClick(
        window.navigation,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert panel.task is not None, panel.state.text()
    assert not panel.button.isEnabled()  # one sync at a time
    assert panel.state.text().startswith("Syncing…")
    qtbot.waitUntil(lambda: panel.task is None, timeout=30000)
    qtbot.waitUntil(lambda: panel.settled, timeout=30000)


# --- Settings ▸ Team -----------------------------------------------------------------------------


def test_the_password_goes_to_the_keyring_never_to_the_settings_file(
    qtbot, db, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    window = make_window(qtbot, db, settings_at(tmp_path / "s.ini"))
    window.show_team_settings()
    team = window.settings_view.team
    typed = "postgresql+psycopg://anna:s3cret@team.example.com:5432/shop?sslmode=require"
    qtbot.keyClicks(team.url, typed)
    qtbot.keyClick(team.url, Qt.Key.Key_Return)
    kept = "postgresql+psycopg://anna@team.example.com:5432/shop?sslmode=require"
    assert settings_at(tmp_path / "s.ini").team_url == kept
    window.workspace.settings.sync()
    assert "s3cret" not in (tmp_path / "s.ini").read_text()
    assert credentials.password_for(kept) == "s3cret"
    assert team.url.text() == kept  # shown without its password
    assert "keyring" in team.result.text()
    assert team.password.placeholderText() == "Saved in the system keyring"
    # A new password typed into its own field replaces it; the field does not keep it.
    qtbot.keyClicks(team.password, "n3w")
    qtbot.keyClick(team.password, Qt.Key.Key_Return)
    assert credentials.password_for(kept) == "n3w"
    assert team.password.text() == ""
    assert "n3w" not in (tmp_path / "s.ini").read_text()
    # Forget password: gone from the keyring, and nothing more to forget.
    assert team.forget_button.isEnabled()
    qtbot.mouseClick(team.forget_button, Qt.MouseButton.LeftButton)
    assert credentials.password_for(kept) is None
    assert not team.forget_button.isEnabled()
    assert team.password.placeholderText() == "Not saved"


def test_without_a_keyring_the_password_is_not_saved_anywhere(qtbot, db, tmp_path: Path) -> None:
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        window = make_window(qtbot, db, settings_at(tmp_path / "s.ini"))
        window.show_team_settings()
        team = window.settings_view.team
        qtbot.keyClicks(team.url, "postgresql://anna:s3cret@team.example.com/shop")
        qtbot.keyClick(team.url, Qt.Key.Key_Return)
    finally:
        keyring.set_keyring(before)
    assert team.result.text().startswith("The password was not saved: no system keyring")
    assert "\n" not in team.result.text() and "s3cret" not in team.result.text()
    assert settings_at(tmp_path / "s.ini").team_url == ""  # nothing half saved


def test_test_connection_says_who_or_why_not(qtbot, db, server, tmp_path: Path) -> None:
    settings = settings_at(tmp_path / "s.ini")
    settings.team_url = server.url
    window = make_window(qtbot, db, settings)
    window.show_team_settings()
    team = window.settings_view.team
    qtbot.mouseClick(team.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: team.test_task is None, timeout=20000)
    assert team.result.text().startswith("Connected. You are not a team member")
    # A server that is not there: one line, with the reason, without a traceback.
    settings.team_url = "postgresql+psycopg://anna@127.0.0.1:1/shop"
    team.refresh()
    qtbot.mouseClick(team.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: team.test_task is None, timeout=20000)
    assert team.result.text().startswith("Not connected: "), team.result.text()
    assert "127.0.0.1:1" in team.result.text()
    assert "\n" not in team.result.text()


# --- the Sync button ---------------------------------------------------------------------------


def test_sync_runs_in_a_worker_and_shows_its_state(qtbot, laptop, server, tmp_path: Path) -> None:
    from mysteryshop.store import queries

    window = make_window(qtbot, laptop, laptop_settings(tmp_path, server.url))
    panel = window.sync_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.settled)
    assert "Never synced" in panel.state.text() and "3 to send" in panel.state.text()
    sync_by_keyboard(qtbot, window)
    assert panel.last_progress == (3, 3)  # the progress reached the window: 3 of 3
    state = panel.state.text()
    assert "Last synced just now" in state and "0 to send" in state, state
    assert "conflict" not in state
    assert window.statusBar().currentMessage().startswith("Synced: 3 sent, 0 received")
    assert queries.count_encounters(server) == 3  # really on the server
    # Again: nothing more to send, nothing doubled.
    sync_by_keyboard(qtbot, window)
    assert window.statusBar().currentMessage().startswith("Synced: 0 sent, 0 received")
    assert queries.count_encounters(server) == 3


def test_offline_a_sync_says_so_in_one_line_and_keeps_everything(
    qtbot, laptop, tmp_path: Path
) -> None:
    from mysteryshop.store import sync

    window = make_window(
        qtbot, laptop, laptop_settings(tmp_path, "postgresql+psycopg://anna@127.0.0.1:1/shop")
    )
    panel = window.sync_panel
    assert panel is not None
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.settled, timeout=20000)
    state = panel.state.text()
    assert state.startswith("⚠ Not synced · "), state  # a sign and words, not a colour alone
    assert "3 to send" in state
    message = window.statusBar().currentMessage()  # the whole reason, on one line
    assert message.startswith("Not synced: ") and "\n" not in message, message
    assert "127.0.0.1:1" in message and "anna" not in message  # where, never who
    assert message.endswith("Your work is kept on this computer.")
    assert message in panel.state.toolTip()
    assert sync.status(laptop).pending == 3
    assert panel.button.isEnabled()  # ready to try again


# --- conflicts ---------------------------------------------------------------------------------


def make_conflict(laptop: Database, server: Database, action: str = "approve") -> str:
    """Sync, then review a visit on the server (approve, or return) and edit it here: a
    conflict at the next sync."""
    from mysteryshop.store import queries, sync

    sync.sync(laptop, server, alias="anna")
    encounter_id = sorted(queries.get_encounter(laptop, e).id for e in _ids(laptop))[0]
    there = queries.get_encounter(server, encounter_id)
    queries.review_encounter(
        server,
        encounter_id,
        there.revision,
        reviewer="tim",
        action=action,  # type: ignore[arg-type]
        note="Well seen",
        reason="Add the waiting time" if action == "return" else "",
    )
    here = queries.get_encounter(laptop, encounter_id)
    queries.save_encounter(laptop, replace(here, notes="Rewritten on the train"))
    return encounter_id


def _ids(db: Database) -> list[str]:
    from mysteryshop.store import listing

    return [row.id for row in listing.list_rows(db, EncounterFilter(), limit=100)]


def test_a_conflict_is_shown_side_by_side_and_resolved(
    qtbot, laptop, server, tmp_path: Path
) -> None:
    from mysteryshop.store import queries, sync

    encounter_id = make_conflict(laptop, server)
    window = make_window(qtbot, laptop, laptop_settings(tmp_path, server.url))
    panel = window.sync_panel
    assert panel is not None
    sync_by_keyboard(qtbot, window)
    assert "1 conflict to resolve" in panel.state.text()
    assert "⚠" in panel.state.text()  # words and a sign, not a colour alone
    assert "1 conflict to resolve" in window.statusBar().currentMessage()

    # The log marks the visit in words (the log follows the sync's announced change).
    window.show_page("encounters")
    model = window.log.model
    row = model.row_of(encounter_id)
    assert row is not None
    marked = model.index(row, COL_TAGS).data()
    assert marked.startswith("⚠ sync conflict"), marked
    others = [model.index(r, COL_TAGS).data() for r in range(model.rowCount()) if r != row]
    assert others and not any("conflict" in text for text in others)

    panel.state.linkActivated.emit("conflicts")  # the state's link
    dialog = window.conflicts_dialog
    qtbot.waitExposed(dialog)
    assert dialog.list.count() == 1
    table = dialog.table
    rows = {  # field: [this computer, the server, the mark]
        table.item(row, 1).text(): [table.item(row, c).text() for c in (2, 3, 0)]
        for row in range(table.rowCount())
    }
    assert rows["Notes"] == [
        "Rewritten on the train",
        queries.get_encounter(server, encounter_id).notes,
        "≠ differs",
    ]
    assert rows["Status"] == ["Submitted", "Approved", "≠ differs"]
    assert rows["Reviewer note"][1:] == ["Well seen", "≠ differs"]
    assert rows["Location"][2] == "same"
    # The differing fields come first, then the same ones; every answer by its question.
    marks = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert marks == sorted(marks, key=lambda mark: mark != "≠ differs")
    assert any(label.startswith("Were you greeted") or "greet" in label.lower() for label in rows)
    assert "4 fields differ" in dialog.status.text() or "fields differ" in dialog.status.text()

    # Approved there: this computer's submitted version could never be sent; said, not offered.
    assert not dialog.keep_local.isEnabled()
    assert "Yours cannot be kept: status: an approved encounter cannot become submitted" in (
        dialog.status.text()
    )
    qtbot.mouseClick(dialog.keep_server, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0
    assert dialog.status.text() == "Kept the server's version."
    assert not dialog.keep_local.isEnabled()
    assert sync.status(laptop).conflicts == 0
    assert queries.get_encounter(laptop, encounter_id).status == "approved"  # the server's stands
    dialog.close()
    qtbot.waitUntil(lambda: "conflict" not in panel.state.text())
    assert "conflict" not in model.index(model.row_of(encounter_id), COL_TAGS).data()


def test_keep_mine_brings_this_computers_version_back_to_send(
    qtbot, laptop, server, tmp_path: Path
) -> None:
    from mysteryshop.store import queries, sync

    encounter_id = make_conflict(laptop, server, "return")
    sync.sync(laptop, server, alias="anna")
    workspace = Workspace(laptop, laptop_settings(tmp_path, server.url))
    dialog = ConflictsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 1
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.keep_local.setFocus()  # Keep mine, by keyboard
    qtbot.keyClick(dialog.keep_local, Qt.Key.Key_Space)
    assert sync.status(laptop).conflicts == 0, dialog.status.text()
    assert queries.get_encounter(laptop, encounter_id).notes == "Rewritten on the train"
    assert "next sync" in dialog.status.text()
    # The next sync sends it: resubmitted on the server, with this computer's notes.
    result = sync.sync(laptop, server, alias="anna")
    assert (result.pushed, result.refused) == (1, [])
    there = queries.get_encounter(server, encounter_id)
    assert (there.status, there.notes) == ("submitted", "Rewritten on the train")


# --- a team member's window ------------------------------------------------------------------


def member_database(server: Database, alias: str, role: str) -> Database:
    """`server` as the team member `alias` with `role` connects to it (a login role made by
    store/team.add_user, its own password)."""
    from sqlalchemy.engine import make_url

    from mysteryshop.store import team
    from mysteryshop.store.opening import open_database

    team.init_team(server)
    password = team.add_user(server, alias, role, password=f"pw-{alias}-123456")
    url = make_url(server.url)
    login = team.login_name(team.team_prefix(str(url.database)), alias)
    member_url = url.set(username=login, password=password)
    return open_database(member_url.render_as_string(hide_password=False), migrate=False)


def shown_places(window: MainWindow) -> list[str]:
    items = [window.navigation.item(row) for row in range(window.navigation.count())]
    return [item.data(Qt.ItemDataRole.UserRole) for item in items if not item.isHidden()]


@pytest.mark.parametrize(
    ("role", "places"),
    [
        ("observer", ["encounters", "forms", "locations", "settings"]),
        (
            "trainer",
            [
                "encounters", "queue", "dashboard", "forms", "locations", "moments", "reports",
                "calibration", "actions", "settings",
            ],
        ),
        (
            "manager",
            [
                "encounters", "dashboard", "forms", "locations", "moments", "reports",
                "calibration", "actions", "settings",
            ],
        ),
    ],
)  # fmt: skip
def test_the_window_offers_a_member_only_what_the_role_allows(
    qtbot, server, tmp_path: Path, role: str, places: list[str]
) -> None:
    from mysteryshop import team_rules

    member_db = member_database(server, f"{role}-x", role)
    try:
        window = make_window(qtbot, member_db, settings_at(tmp_path / "s.ini"))
        assert shown_places(window) == places
        # The places' keys (Ctrl+1…0) go only where the navigation goes.
        keys = [action.text().replace("&", "") for action in window.view_menu.actions()[:10]]
        visible = [a.isVisible() for a in window.view_menu.actions()[:10]]
        assert sum(visible) == len(places), keys
        signed_in = window.signed_in
        assert signed_in is not None and signed_in.text() == f"Signed in as {role}-x ({role})"
        assert f"Signed in as {role}-x ({role})" in window.about_text()
        assert window.new_action.isEnabled() == team_rules.may(role, "edit_own_draft")
        assert window.review.read_only == (not team_rules.may(role, "review"))
        assert window.forms.import_button.isHidden() == (not team_rules.may(role, "manage_forms"))
        settings = window.settings_view
        assert settings.purge_button.isHidden() == (not team_rules.may(role, "purge"))
        view = window.locations
        assert view.new_name.isHidden() == (not team_rules.may(role, "add_location"))
        offered = [action.text() for action in view.context_menu().actions()]
        assert (view.erase_button.text() in offered) == team_rules.may(role, "erase")
        assert (view.merge_button.text() in offered) == team_rules.may(role, "manage_locations")
        assert window.sync_panel is None  # the app works on the server itself: nothing to sync
        assert window.current_page() in (*places, "welcome")
    finally:
        member_db.close()


def test_the_server_owner_and_a_laptop_are_offered_everything(qtbot, server, tmp_path: Path):
    window = make_window(qtbot, server, settings_at(tmp_path / "s.ini"))
    assert len(shown_places(window)) == 10
    assert window.signed_in is None
    assert "Signed in" not in window.about_text()


def test_setting_up_the_team_url_shows_the_sync_state(qtbot, laptop, tmp_path: Path) -> None:
    settings = settings_at(tmp_path / "s.ini")
    settings.observer_alias = "anna"
    window = make_window(qtbot, laptop, settings)
    panel = window.sync_panel
    assert panel is not None
    assert "not set up" in panel.state.text()
    window.show_team_settings()
    team = window.settings_view.team
    qtbot.keyClicks(team.url, "postgresql+psycopg://anna@team.example.com/shop")
    qtbot.keyClick(team.url, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.settled and "Never synced" in panel.state.text())
    assert "3 to send" in panel.state.text()
    assert "team.example.com" in panel.state.toolTip()


def test_a_trainer_reads_a_returned_visit_rather_than_editing_it(
    qtbot, server, shipped_forms, tmp_path: Path
) -> None:
    from mysteryshop import demo
    from mysteryshop.store import queries

    form = shipped_forms[0]
    made = demo.generate([form], encounters=6, seed=2)
    visit = next(e for e in made.encounters if e.status != "draft")
    visit = replace(visit, status="submitted", reviewed_by=None, reviewed_at=None)
    queries.bulk_add_encounters(server, [visit], made.locations, [form])
    stored = queries.get_encounter(server, visit.id)
    queries.review_encounter(
        server, visit.id, stored.revision, reviewer="tim", action="return", reason="Add the time"
    )
    trainer_db = member_database(server, "tim", "trainer")
    try:
        window = make_window(qtbot, trainer_db, settings_at(tmp_path / "s.ini"))
        window.on_open_requested(visit.id, "returned")  # as a double-click in the log
        assert window.current_page() == "review"
        assert window.review.read_only is False  # a trainer reviews
    finally:
        trainer_db.close()


def started_window(qtbot, db, settings: Settings) -> MainWindow:
    """The window as ui/app.run builds it: shown first, the database attached after."""
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.views_ready, timeout=20000):
        window.attach(Workspace(db, settings), log_first=True)
    return window


def test_the_sync_state_shows_in_the_started_app(qtbot, laptop, tmp_path: Path) -> None:
    """Found by scripts/team_tryout.py: a corner widget set after the menu bar is shown stays
    hidden unless shown, so the app as started had no Sync button at all."""
    window = started_window(qtbot, laptop, settings_at(tmp_path / "s.ini"))
    panel = window.sync_panel
    assert panel is not None and panel.isVisible()
    assert panel.geometry().right() > window.menuBar().width() // 2  # at the menu bar's end


def test_signed_in_shows_in_the_started_app(qtbot, server, tmp_path: Path) -> None:
    trainer_db = member_database(server, "tim", "trainer")
    try:
        window = started_window(qtbot, trainer_db, settings_at(tmp_path / "s.ini"))
        assert window.signed_in is not None and window.signed_in.isVisible()
        assert window.signed_in.text() == "Signed in as tim (trainer)"
    finally:
        trainer_db.close()


def test_a_trainers_approval_names_the_member_as_the_history_does(
    qtbot, server, shipped_forms, tmp_path: Path
) -> None:
    """Found by scripts/team_tryout.py: the review said "Approved by a reviewer" (no alias in
    the trainer's settings) while the history, from the login, said "by tim"."""
    from mysteryshop import demo
    from mysteryshop.store import queries

    form = shipped_forms[0]
    made = demo.generate([form], encounters=6, seed=2)
    visit = next(e for e in made.encounters if e.status != "draft")
    visit = replace(visit, status="submitted", reviewed_by=None, reviewed_at=None)
    queries.bulk_add_encounters(server, [visit], made.locations, [form])
    trainer_db = member_database(server, "tim", "trainer")
    try:
        window = make_window(qtbot, trainer_db, settings_at(tmp_path / "s.ini"))  # no alias
        window.show_page("queue")
        queue = window.queue
        qtbot.waitUntil(lambda: queue.current == visit.id)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        queue.setFocus()
        qtbot.keyClick(queue, Qt.Key.Key_A)
        approved = queries.get_encounter(server, visit.id)
        assert (approved.status, approved.reviewed_by) == ("approved", "tim")
        assert queries.encounter_history(server, visit.id)[-1].changed_by == "tim"
    finally:
        trainer_db.close()


@pytest.mark.parametrize(
    ("role", "shown"),
    [
        ("trainer", {"report", "action", "return", "approve"}),  # no Edit answers: refused
        ("manager", {"report", "action"}),  # reports and action items are a manager's too
    ],
)
def test_the_review_offers_the_buttons_the_role_may_use(
    qtbot, server, shipped_forms, tmp_path: Path, role: str, shown: set[str]
) -> None:
    """Found by scripts/team_tryout.py: a manager had no PDF or Action item button (the
    review was all read-only), a trainer an Edit answers and Add files the database refuses."""
    from mysteryshop import demo
    from mysteryshop.store import queries

    form = shipped_forms[0]
    made = demo.generate([form], encounters=6, seed=2)
    visit = next(e for e in made.encounters if e.status != "draft")
    visit = replace(visit, status="submitted", reviewed_by=None, reviewed_at=None)
    queries.bulk_add_encounters(server, [visit], made.locations, [form])
    member_db = member_database(server, f"{role}-x", role)
    try:
        window = make_window(qtbot, member_db, settings_at(tmp_path / "s.ini"))
        window.on_review_requested(visit.id)
        review = window.review
        buttons = {
            "report": review.report_button,
            "action": review.action_button,
            "edit": review.edit_button,
            "return": review.return_button,
            "approve": review.approve_button,
        }
        assert {name for name, button in buttons.items() if button.isVisible()} == shown
        assert all(buttons[name].isEnabled() for name in shown)
        assert review.attachments_panel.add_button.isHidden()  # another's visit: not theirs
    finally:
        member_db.close()
