"""Accessibility: every interactive control a screen reader reaches has a name, focus is drawn,
the theme's colour pairs meet WCAG 2.1 AA contrast, and colour never speaks alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor
from PySide6.QtWidgets import QApplication, QWidget

from mysteryshop import demo, vocabulary
from mysteryshop.store import queries
from mysteryshop.ui import theme
from mysteryshop.ui.main_window import NAVIGATION, MainWindow
from mysteryshop.ui.workspace import Settings, Workspace

Role = QAccessible.Role

# What a keyboard or screen reader user operates: each needs a name to be announced by.
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.List,
    Role.Table,
    Role.Tree,
    Role.PageTabList,
    Role.Slider,
    Role.ButtonMenu,
    Role.ButtonDropDown,
}
# Item views speak for their rows and cells through the model; their children are not walked.
ITEM_VIEWS = {Role.List, Role.Table, Role.Tree}


def describe(iface: QAccessibleInterface) -> str:
    """Where an unnamed control is: its class, object name and the names around it."""
    widget = iface.object()
    kind = type(widget).__name__ if widget is not None else "?"
    name = widget.objectName() if isinstance(widget, QWidget) else ""
    path = []
    parent = iface.parent()
    while parent is not None and parent.isValid() and len(path) < 4:
        owner = parent.object()
        path.append(type(owner).__name__ if owner is not None else "?")
        parent = parent.parent()
    return f"{kind}{'#' + name if name else ''} ({iface.role().name}) in {' < '.join(path)}"


def unnamed_controls(root: QWidget) -> list[str]:
    """Walk the accessibility tree from root, as a screen reader does, and list every visible
    interactive control without an accessible name."""
    missing: list[str] = []
    seen: set[int] = set()

    def walk(iface: QAccessibleInterface | None) -> None:
        if iface is None or not iface.isValid():
            return
        key = id(iface.object()) if iface.object() is not None else id(iface)
        if iface.object() is not None and key in seen:
            return
        seen.add(key)
        if iface.state().invisible:
            return
        role = iface.role()
        if role in INTERACTIVE and not iface.text(QAccessible.Text.Name).strip():
            missing.append(describe(iface))
        if role in ITEM_VIEWS:
            return
        for index in range(iface.childCount()):
            walk(iface.child(index))

    walk(QAccessible.queryAccessibleInterface(root))
    return missing


def settle(qtbot) -> None:
    """Let queued loads (the log's first page, the dashboard's figures) arrive."""
    qtbot.wait(150)
    QApplication.processEvents()


@pytest.fixture
def window(qtbot, db, shipped_forms, tmp_path: Path) -> MainWindow:
    data = demo.generate(shipped_forms, encounters=60, seed=3)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    main = MainWindow(Workspace(db, settings))
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_every_interactive_control_has_an_accessible_name(qtbot, window, db):
    from mysteryshop.store import listing
    from mysteryshop.store.records import EncounterFilter

    problems: dict[str, list[str]] = {}

    def check(place: str, root: QWidget) -> None:
        settle(qtbot)
        found = unnamed_controls(root)
        if found:
            problems[place] = found

    for key, _label in NAVIGATION:
        window.show_page(key)
        check(key, window)
    window.new_encounter()
    check("editor (new)", window)
    submitted = listing.list_rows(db, EncounterFilter(statuses=("submitted",)), limit=1)[0]
    window.on_review_requested(submitted.id)
    check("review", window)

    from mysteryshop.ui.actions_view import ActionDialog
    from mysteryshop.ui.review import ReturnDialog
    from mysteryshop.ui.trash_view import ReasonDialog, TrashDialog

    dialogs = {
        "return dialog": ReturnDialog(window),
        "action dialog": ActionDialog(window.workspace, window),
        "trash dialog": TrashDialog(window.workspace, window),
        "reason dialog": ReasonDialog(window),
    }
    for place, dialog in dialogs.items():
        dialog.show()
        qtbot.waitExposed(dialog)
        check(place, dialog)
        dialog.reject()

    report = "\n".join(
        f"{place}:\n  " + "\n  ".join(sorted(set(found))) for place, found in problems.items()
    )
    assert not problems, "controls without an accessible name:\n" + report


def test_the_walk_finds_an_unnamed_control(qtbot):
    """The check itself can fail: an icon-only button without a name is reported, and is
    no longer once it is named."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    button = QPushButton()
    QVBoxLayout(root).addWidget(button)
    root.show()
    qtbot.waitExposed(root)
    assert len(unnamed_controls(root)) == 1
    button.setAccessibleName("Close")
    assert unnamed_controls(root) == []
