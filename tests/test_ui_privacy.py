"""Privacy and faults in the views: the retention setting and its purge, erasing a location or an
observer alias (each after a confirmation with counts), and a full disk while recording (the
typed text stays in the editor, the message says why)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QMessageBox

from mysteryshop import demo
from mysteryshop.changes import Changes
from mysteryshop.store import drafts, privacy, queries
from mysteryshop.ui import privacy_dialogs
from mysteryshop.ui.editor import EncounterEditor
from mysteryshop.ui.locations_view import LocationsView
from mysteryshop.ui.settings_view import SettingsView
from mysteryshop.ui.workspace import Settings, Workspace

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise()", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture
def workspace(db, tmp_path: Path, shipped_forms) -> Workspace:
    data = demo.generate(shipped_forms, encounters=80, seed=12)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return Workspace(db, settings)


@pytest.fixture
def answers(monkeypatch):
    """The confirmations asked, answered with the values pushed onto the list (yes first)."""
    asked: list[QMessageBox] = []
    replies: list[bool] = []

    def ask(box: QMessageBox) -> bool:
        asked.append(box)
        return replies.pop(0) if replies else True

    monkeypatch.setattr(privacy_dialogs, "ask", ask)
    return asked, replies


def test_the_retention_setting_is_kept_and_offers_a_purge(
    qtbot, workspace: Workspace, tmp_path: Path, answers
) -> None:
    asked, replies = answers
    view = SettingsView(workspace)
    qtbot.addWidget(view)
    assert view.retention.value() == 0 and not view.purge_button.isEnabled()
    assert view.retention.specialValueText() == "Keep everything"
    view.retention.setValue(6)
    again = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert again.retention_months == 6
    assert view.purge_button.isEnabled()
    count = privacy.count_older_than(workspace.db, 6)
    total = queries.count_encounters(workspace.db)
    replies.append(False)
    view.purge_button.click()
    assert f"Delete {count} encounter(s) older than 6 months?" == asked[-1].text()
    assert queries.count_encounters(workspace.db) == total
    assert view.status.text() == "Nothing deleted."
    with qtbot.waitSignal(workspace.changed, timeout=10_000) as announced:
        view.purge_button.click()  # deleted in a worker, behind a modal progress dialog
    assert announced.args[0] == Changes.everything()
    assert queries.count_encounters(workspace.db) == total - count
    assert view.status.text() == f"Deleted {count} encounter(s)."


def test_erasing_an_observer_alias_from_settings(
    qtbot, workspace: Workspace, answers, monkeypatch
) -> None:
    asked, _replies = answers
    view = SettingsView(workspace)
    qtbot.addWidget(view)
    alias, count = privacy.observer_aliases(workspace.db)[0]
    monkeypatch.setattr(
        "mysteryshop.ui.settings_view.QInputDialog.getItem",
        lambda _parent, _title, _label, items, *_args: (items[0], True),
    )
    with qtbot.waitSignal(workspace.changed, timeout=10_000):
        view.erase_observer_button.click()
    assert asked[-1].text() == f"Remove the alias “{alias}” from {count} encounter(s)?"
    assert alias not in dict(privacy.observer_aliases(workspace.db))
    assert alias in view.status.text()


def test_erasing_a_location_asks_with_the_count(qtbot, workspace: Workspace, answers) -> None:
    asked, replies = answers
    view = LocationsView(workspace)
    qtbot.addWidget(view)
    view.refresh()
    row = max(view.model.rows, key=lambda r: r.encounters)
    assert not view.erase_button.isEnabled()
    view.select_ids([row.id])
    assert view.erase_button.isEnabled()
    replies.append(False)
    view.erase_button.click()
    assert asked[-1].text() == f"Erase “{row.name}” and its {row.encounters} encounter(s)?"
    assert "cannot be undone" in asked[-1].informativeText()
    assert any(r.id == row.id for r in view.model.rows)
    view.select_ids([row.id])
    with qtbot.waitSignal(workspace.changed, timeout=10_000):
        view.erase_button.click()
    assert all(r.id != row.id for r in view.model.rows)
    assert not queries.find_locations(workspace.db, row.name)
    assert row.name in view.status.text()


def test_the_start_offers_to_purge_only_with_a_retention_period(
    qtbot, workspace: Workspace, answers
) -> None:
    from PySide6.QtWidgets import QMainWindow

    from mysteryshop.ui import startup

    asked, _replies = answers
    window = QMainWindow()
    qtbot.addWidget(window)
    assert startup.remind_retention(window, workspace) is None and asked == []
    workspace.settings.retention_months = 6
    count = privacy.count_older_than(workspace.db, 6)
    with qtbot.waitSignal(workspace.changed, timeout=10_000):
        assert startup.remind_retention(window, workspace) is not None
    assert len(asked) == 1
    assert window.statusBar().currentMessage() == f"Deleted {count} old encounter(s)."
    assert startup.remind_retention(window, workspace) is None  # nothing older any more
    assert len(asked) == 1


# --- a full disk while recording ------------------------------------------------------------


def test_a_full_disk_keeps_the_typing_and_says_so(qtbot, workspace: Workspace) -> None:
    from test_faults import fill_the_disk  # tests/ is on sys.path (rootdir-relative import)

    db = workspace.db
    editor = EncounterEditor(workspace)
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    editor.new_encounter()
    location = queries.list_locations(db)[0]
    combo = editor.header.location.combo
    combo.lineEdit().setText(location.name)
    assert editor.header.location.location_id() == location.id
    qtbot.keyClicks(editor.notes, "First words.")
    assert editor.save_now()
    fill_the_disk(db)
    typed = "A long note. " * 20_000
    editor.notes.setPlainText(typed)
    assert editor.save_now() is False
    assert editor.save_state.property("state") == "error"
    assert "the disk is full" in editor.save_state.text()
    assert editor.notes.toPlainText() == typed  # nothing the observer typed is lost
    assert queries.get_encounter(db, editor.record.id).notes == "First words."
    kept = drafts.read_unsaved(db, editor.record.id)
    assert kept is not None and kept.data.notes == typed
    QThreadPool.globalInstance().waitForDone(5000)
