"""Accessibility: every interactive control a screen reader reaches has a name, focus is drawn,
the theme's colour pairs meet WCAG 2.1 AA contrast, and colour never speaks alone."""

from __future__ import annotations

import re
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


def unnamed_controls(root: QWidget, checked: list[str] | None = None) -> list[str]:
    """Walk the accessibility tree from root, as a screen reader does, and list every visible
    interactive control without an accessible name (or with one of symbols only); `checked`
    collects the names of all the controls it looked at."""
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
        name = iface.text(QAccessible.Text.Name)
        # A name of symbols only ("×", "…", "▾") tells a screen reader user nothing.
        if role in INTERACTIVE and not any(character.isalpha() for character in name):
            missing.append(describe(iface) + (f" named {name!r}" if name.strip() else ""))
        elif role in INTERACTIVE and checked is not None:
            checked.append(name)
        if role in ITEM_VIEWS:
            return
        for index in range(iface.childCount()):
            walk(iface.child(index))

    walk(QAccessible.queryAccessibleInterface(root))
    return missing


def settle(qtbot) -> None:
    """Let queued loads (the log's first page, the dashboard's figures) arrive: the dashboard's
    ranking is filled by a task, which takes longer than any fixed wait on a loaded machine."""
    qtbot.wait(150)
    QApplication.processEvents()
    window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)
    if window is not None and window.isVisible() and window.current_page() == "dashboard":
        caption = window.dashboard.caption
        qtbot.waitUntil(lambda: caption.text() != "", timeout=10_000)


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
    named: dict[str, list[str]] = {}

    def check(place: str, root: QWidget) -> None:
        settle(qtbot)
        named[place] = []
        found = unnamed_controls(root, named[place])
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

    from mysteryshop.store.locations import location_summaries
    from mysteryshop.ui.actions_view import ActionDialog
    from mysteryshop.ui.exchange import ExchangeReport, ResultDialog
    from mysteryshop.ui.locations_view import MergeDialog
    from mysteryshop.ui.review import ReturnDialog
    from mysteryshop.ui.trash_view import ReasonDialog, TrashDialog

    result = ExchangeReport(False, "Import", "Nothing imported", ["line 3: no such form"])
    dialogs = {
        "return dialog": ReturnDialog(window),
        "action dialog": ActionDialog(window.workspace, window),
        "trash dialog": TrashDialog(window.workspace, window),
        "reason dialog": ReasonDialog(window),
        "merge dialog": MergeDialog(location_summaries(db)[:3], window),
        "exchange result": ResultDialog(result, window),
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
    # The walk reached the controls it is about (the question buttons of the editor, the
    # review's actions), not only the window's frame.
    assert len(named["editor (new)"]) > 40, named["editor (new)"]
    assert "Approve" in " ".join(named["queue"]) or "Return…" in named["review"], named["review"]
    assert "Navigation" in named["encounters"]
    # A setting's explanation under it is its description, read with its name.
    alias = window.settings_view.observer_alias
    assert alias.accessibleName() == "Observer alias"
    assert "Filled in on new encounters" in alias.accessibleDescription()


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


# --- contrast (WCAG 2.1, 1.4.3 text and 1.4.11 non-text) ------------------------------------


def luminance(colour: QColor) -> float:
    """Relative luminance, WCAG 2.1's formula (sRGB channels linearised)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(one: QColor | str, other: QColor | str) -> float:
    lighter, darker = sorted((luminance(QColor(one)), luminance(QColor(other))), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


TEXT_AA = 4.5
LARGE_OR_BOUNDARY_AA = 3.0


def test_contrast_formula_matches_known_ratios():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the AA grey


def light_backgrounds(qapp) -> dict[str, QColor]:
    """What text stands on: cards and fields (white), the window, the editor's page, the
    accent tint (hover, notes, the inline add), and the banners' and messages' tints."""
    from PySide6.QtGui import QPalette

    from mysteryshop.ui import editor_style

    return {
        "white": QColor("white"),
        "window": qapp.palette().color(QPalette.ColorRole.Window),
        "editor page": QColor(editor_style.PAGE),
        "accent light": theme.ACCENT_LIGHT,
        **{tint: QColor(tint) for tint in ("#fdf3e1", "#fbeaea", "#e6f2ea", "#fbf1e1", "#fbeeee")},
    }


def text_colours() -> dict[str, QColor]:
    """Every theme colour drawn as text: body, muted, accent, the score bands, the status
    words and the feeling arrows (the log's columns, the review's header, the editor)."""
    return {
        "text": theme.TEXT,
        "muted": theme.MUTED,
        "accent": theme.ACCENT,
        **{f"band {band}": theme.band_colour(band) for band in vocabulary.BAND_COLOURS},
        **{f"status {status}": colour for status, colour in theme.STATUS_COLOURS.items()},
        **{f"feeling {value:+d}": colour for value, colour in theme.FEELING_COLOURS.items()},
    }


def test_theme_text_colours_meet_aa_on_every_background(qapp):
    failing = [
        f"{name} {colour.name()} on {where} {background.name()}: {ratio:.2f}"
        for name, colour in text_colours().items()
        for where, background in light_backgrounds(qapp).items()
        if (ratio := contrast(colour, background)) < TEXT_AA
    ]
    assert not failing, "\n".join(failing)


def test_white_text_on_filled_colours_meets_aa():
    """Selected navigation, primary buttons, checked answers (N/A is filled with the muted
    colour, a feeling with its own), the queue's badge, the review's status badge."""
    fills = {
        "accent": theme.ACCENT,
        "primary hover": QColor("#285f7a"),
        "muted": theme.MUTED,
        **{f"feeling {value:+d}": colour for value, colour in theme.FEELING_COLOURS.items()},
        **{f"status badge {status}": colour for status, colour in theme.STATUS_COLOURS.items()},
    }
    failing = [
        f"white on {name} {fill.name()}: {contrast('white', fill):.2f}"
        for name, fill in fills.items()
        if contrast("white", fill) < TEXT_AA
    ]
    assert not failing, "\n".join(failing)


def test_control_edges_and_focus_ring_meet_3_to_1(qapp):
    failing = [
        f"{name} {colour.name()} on {where}: {contrast(colour, background):.2f}"
        for name, colour in {"border": theme.BORDER, "focus": theme.FOCUS}.items()
        for where, background in light_backgrounds(qapp).items()
        if contrast(colour, background) < LARGE_OR_BOUNDARY_AA
    ]
    assert not failing, "\n".join(failing)


def style_rules(sheet: str) -> list[tuple[str, dict[str, str]]]:
    """(selector, {property: value}) for each rule of a Qt style sheet."""
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        properties = {}
        for declaration in body.split(";"):
            name, _, value = declaration.partition(":")
            if value.strip():
                properties[name.strip()] = value.strip()
        rules.append((selector.strip(), properties))
    return rules


def test_style_sheets_pair_text_and_background_at_aa(qapp):
    """Every rule that sets both a text colour and a background (the app's and the editor's
    style sheets) reads at 4.5:1; disabled controls are exempt (WCAG 1.4.3)."""
    from mysteryshop.ui import editor_style

    checked = 0
    failing = []
    for sheet in (theme.STYLE_SHEET, editor_style.editor_style_sheet()):
        for selector, properties in style_rules(sheet):
            colour, background = properties.get("color"), properties.get("background")
            if ":disabled" in selector or not colour or not background:
                continue
            if not QColor(colour).isValid() or QColor(background).alpha() == 0:
                continue  # a palette role, or transparent: the background is the parent's
            checked += 1
            if contrast(colour, background) < TEXT_AA:
                failing.append(f"{selector}: {colour} on {background}")
    assert checked >= 5  # the parse found the rules it is about
    assert not failing, "\n".join(failing)


def test_report_colours_drawn_as_text_meet_aa():
    """The PDFs write text in the body, muted, accent and band colours on white, the zebra
    rows and the bands' own light tints."""
    from reportlab.lib import colors

    from mysteryshop.reports import styles

    def qt(colour: colors.Color) -> QColor:
        return QColor(f"#{colour.hexval()[2:]}")

    backgrounds = {"white": QColor("white"), "zebra": qt(styles.ZEBRA)}
    for name in ("POOR_LIGHT", "GOOD_LIGHT", "FAIR_LIGHT"):
        backgrounds[name] = qt(getattr(styles, name))
    inks = {name: qt(getattr(styles, name)) for name in ("TEXT", "MUTED", "ACCENT")}
    inks.update({name: qt(getattr(styles, name)) for name in ("GOOD", "FAIR", "POOR", "NEUTRAL")})
    failing = [
        f"{ink} on {where}: {contrast(colour, background):.2f}"
        for ink, colour in inks.items()
        for where, background in backgrounds.items()
        if contrast(colour, background) < TEXT_AA
    ]
    assert not failing, "\n".join(failing)


# --- focus is always drawn (WCAG 2.4.7) -----------------------------------------------------


@pytest.mark.parametrize("kind", ["button", "line edit", "table", "list"])
def test_keyboard_focus_draws_the_focus_ring(qtbot, qapp, kind):
    """Under the app's style sheet a control with the keyboard focus has the focus colour at
    its left edge, and the same control without the focus does not."""
    from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton, QTableWidget, QVBoxLayout

    make = {
        "button": lambda: QPushButton("Clear filters"),
        "line edit": QLineEdit,
        "table": lambda: QTableWidget(4, 3),
        "list": lambda: QListWidget(),
    }[kind]
    qapp.setStyleSheet(theme.STYLE_SHEET)
    try:
        root = QWidget()
        qtbot.addWidget(root)
        layout = QVBoxLayout(root)
        control, other = make(), QLineEdit()
        layout.addWidget(control)
        layout.addWidget(other)
        root.resize(320, 240)
        root.show()
        qtbot.waitExposed(root)

        def left_edge() -> set[str]:
            image = control.grab().toImage()
            middle = image.height() // 2
            return {image.pixelColor(x, middle).name() for x in range(3)}

        other.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(other.hasFocus)
        assert theme.FOCUS.name() not in left_edge()
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(control.hasFocus)
        assert theme.FOCUS.name() in left_edge()
    finally:
        qapp.setStyleSheet("")


@pytest.mark.parametrize("sheet", ["app", "editor"])
def test_a_disabled_primary_button_looks_disabled(qtbot, qapp, sheet):
    """APP review: Approve, Create PDF and Submit looked clickable while disabled."""
    from PySide6.QtWidgets import QPushButton

    from mysteryshop.ui import editor_style

    button = QPushButton("Submit")
    button.setProperty("role", "primary")
    qtbot.addWidget(button)
    if sheet == "app":
        qapp.setStyleSheet(theme.STYLE_SHEET)
    else:
        button.setStyleSheet(editor_style.editor_style_sheet())
    try:
        button.resize(120, 36)
        button.show()
        qtbot.waitExposed(button)

        def fill() -> str:
            image = button.grab().toImage()
            return image.pixelColor(6, image.height() // 2).name()

        assert fill() == theme.ACCENT.name()
        button.setEnabled(False)
        assert fill() != theme.ACCENT.name()
    finally:
        qapp.setStyleSheet("")


def test_names_are_read_in_the_ui_language(qtbot, qapp, db, shipped_forms, tmp_path: Path):
    """In Finnish a screen reader hears Finnish names: they go through Qt's translation."""
    from PySide6.QtCore import QTranslator

    from mysteryshop import paths

    translator = QTranslator()
    assert translator.load(str(paths.resources_dir() / "translations" / "mysteryshop_fi"))
    qapp.installTranslator(translator)
    try:
        # Enough visits that the dashboard's default period (last month) has some whatever
        # today is: the ranking is shown only then.
        data = demo.generate(shipped_forms, encounters=300, seed=3)
        queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
        settings = Settings(QSettings(str(tmp_path / "fi.ini"), QSettings.Format.IniFormat))
        main = MainWindow(Workspace(db, settings))
        qtbot.addWidget(main)
        main.show()
        qtbot.waitExposed(main)
        names: list[str] = []
        for key in ("encounters", "dashboard", "settings"):
            main.show_page(key)
            settle(qtbot)
            assert unnamed_controls(main, names) == [], key
        assert "Navigointi" in names
        assert "Toimipisteiden järjestys" in names
        assert "Havainnoijan nimimerkki" in names  # the label's words, without & and colon
        assert "Navigation" not in names
    finally:
        qapp.removeTranslator(translator)
