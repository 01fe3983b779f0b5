"""Navigation that never traps (issue 17): the navigation list always goes where it is clicked,
Back/Forward by keys, menu and mouse buttons, the log's New button, End reaching the last row
of all, and the log's columns following the data that arrives after the view is made."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QMenu

from mysteryshop.store import listing, queries
from mysteryshop.store.records import EncounterFilter
from mysteryshop.ui.forms_view import FormsModel
from mysteryshop.ui.log_model import COL_CRITICAL, COL_LOCATION, COL_TAGS, ENCOUNTER_ID_ROLE
from mysteryshop.ui.main_window import NAVIGATION, MainWindow
from mysteryshop.ui.workspace import Settings, Workspace

# Menus pop up; the offscreen platform says it cannot raise them or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise()", "This plugin does not support grabbing the keyboard"
)

KEYS = [key for key, _label in NAVIGATION]
FORMS_KEY_ROLE = FormsModel.KeyRole


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def make_window(qtbot, db, settings_file: Path) -> MainWindow:
    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    window = MainWindow(Workspace(db, settings))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # shortcuts reach an active window, as on a desktop
        window.show()
        window.activateWindow()
    return window


def key(qtbot, keys, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard's focus is, as a user would."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, keys, modifier)


def add_demo(db, shipped_forms, count: int = 40) -> None:
    from mysteryshop import demo

    data = demo.generate(shipped_forms, encounters=count, seed=3)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)


def click_navigation(qtbot, window: MainWindow, key: str) -> None:
    """A real click in the middle of the navigation item's rectangle."""
    item = window.navigation.item(KEYS.index(key))
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def mouse_button(widget, button: Qt.MouseButton) -> None:
    """The mouse's back or forward button pressed over `widget`: delivered, as the platform
    delivers it, to the window's QWindow, which hands it to the widget under the pointer."""
    window = widget.window()
    point = QPointF(widget.mapTo(window, widget.rect().center()))
    for kind in (QMouseEvent.Type.MouseButtonPress, QMouseEvent.Type.MouseButtonRelease):
        event = QMouseEvent(
            kind,
            point,
            point,
            window.mapToGlobal(point),
            button,
            button if kind == QMouseEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(window.windowHandle(), event)


def a_draft(db) -> str:
    rows = listing.list_rows(db, EncounterFilter(statuses=("draft",)))
    return rows[0].id


def test_clicking_encounters_from_the_editor_goes_to_the_log_and_keeps_the_typing(
    qtbot, db, shipped_forms, settings_file
):
    add_demo(db, shipped_forms)
    window = make_window(qtbot, db, settings_file)
    draft = a_draft(db)
    window.on_edit_requested(draft)
    assert window.current_page() == "editor"
    # Encounters is highlighted while the editor is shown: the click changes no row.
    assert window.navigation.currentRow() == KEYS.index("encounters")
    observer = window.editor.header.observer
    observer.setFocus()
    observer.selectAll()
    qtbot.keyClicks(observer, "shopper-nav")
    click_navigation(qtbot, window, "encounters")
    assert window.current_page() == "encounters"
    # Left before the autosave's pause was over: saved on the way out all the same.
    assert queries.get_encounter(db, draft).observer == "shopper-nav"


def test_clicking_encounters_from_a_review_goes_to_the_log(qtbot, db, shipped_forms, settings_file):
    add_demo(db, shipped_forms)
    window = make_window(qtbot, db, settings_file)
    submitted = listing.list_rows(db, EncounterFilter(statuses=("submitted",)))[0].id
    window.on_review_requested(submitted)
    assert window.current_page() == "review"
    click_navigation(qtbot, window, "encounters")
    assert window.current_page() == "encounters"
    click_navigation(qtbot, window, "dashboard")
    assert window.current_page() == "dashboard"


def test_the_reviews_pdf_button_opens_reports_with_that_visit(
    qtbot, db, shipped_forms, settings_file
):
    """APP.md: a visit PDF needed a trip to Reports; the review's PDF button (Alt+P) goes
    there with the encounter shown chosen, not the one selected in the log."""
    add_demo(db, shipped_forms)
    window = make_window(qtbot, db, settings_file)
    rows = listing.list_rows(db, EncounterFilter(statuses=("submitted",)))
    window.log.select_encounter(rows[1].id)
    window.on_review_requested(rows[0].id)
    button = window.review.report_button
    assert button.isEnabled() and "Alt+P" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "reports"
    assert window.reports.kind() == "visit"
    assert window.reports.encounter_id() == rows[0].id


def test_alt_left_and_right_walk_the_pages_shown(qtbot, db, shipped_forms, settings_file):
    add_demo(db, shipped_forms)
    window = make_window(qtbot, db, settings_file)
    assert window.current_page() == "encounters"
    for page in ("dashboard", "locations", "forms"):
        click_navigation(qtbot, window, page)
    key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() == "locations"
    key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() == "dashboard"
    assert window.navigation.currentRow() == KEYS.index("dashboard")
    key(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() == "locations"
    # A new place after Back forgets the pages Forward would have gone to.
    click_navigation(qtbot, window, "reports")
    key(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() == "reports"
    for expected in ("locations", "dashboard", "encounters", "encounters"):
        window.back_action.trigger()
        assert window.current_page() == expected
    # In the View menu, with their keys.
    menu = {action.text(): action for action in window.view_menu.actions()}
    assert menu[window.tr("&Back")].shortcut().toString() == "Alt+Left"
    assert menu[window.tr("&Forward")].shortcut().toString() == "Alt+Right"


def test_the_mouse_back_and_forward_buttons_walk_the_pages(qtbot, db, shipped_forms, settings_file):
    add_demo(db, shipped_forms)
    window = make_window(qtbot, db, settings_file)
    click_navigation(qtbot, window, "dashboard")
    click_navigation(qtbot, window, "locations")
    mouse_button(window.locations, Qt.MouseButton.BackButton)
    assert window.current_page() == "dashboard"
    mouse_button(window.dashboard, Qt.MouseButton.BackButton)
    assert window.current_page() == "encounters"
    mouse_button(window.log.table.viewport(), Qt.MouseButton.ForwardButton)
    assert window.current_page() == "dashboard"


def test_back_from_the_review_returns_to_the_log_and_forward_to_the_review(
    qtbot, db, shipped_forms, settings_file
):
    add_demo(db, shipped_forms)
    window = make_window(qtbot, db, settings_file)
    window.log.table.setFocus()
    window.log.table.selectRow(0)
    qtbot.keyClick(window.log.table, Qt.Key.Key_Return)
    opened = window.current_page()
    assert opened in ("editor", "review")
    key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() == "encounters"
    key(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() == opened


def test_alt_left_in_the_review_queue_still_goes_to_the_encounter_before(
    qtbot, db, shipped_forms, settings_file
):
    add_demo(db, shipped_forms)
    window = make_window(qtbot, db, settings_file)
    click_navigation(qtbot, window, "dashboard")
    click_navigation(qtbot, window, "queue")
    queue = window.queue
    first = queue.current
    assert first is not None
    queue.setFocus()
    key(qtbot, Qt.Key.Key_S)  # skip to the next one
    assert queue.current not in (None, first)
    key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() == "queue"
    assert queue.current == first
    # Elsewhere the same key walks the pages.
    click_navigation(qtbot, window, "forms")
    key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() == "queue"


def test_the_log_has_a_new_encounter_button(qtbot, db, shipped_forms, settings_file):
    add_demo(db, shipped_forms)
    window = make_window(qtbot, db, settings_file)
    button = window.log.new_button
    assert button.isVisible() and "Ctrl+N" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "editor"
    assert window.editor.record is not None and window.editor.record.status == "draft"


def test_the_last_page_is_remembered_across_restarts(qtbot, db, shipped_forms, settings_file):
    add_demo(db, shipped_forms)
    for key in KEYS:
        window = make_window(qtbot, db, settings_file)
        click_navigation(qtbot, window, key)
        window.close()
        again = make_window(qtbot, db, settings_file)
        assert again.current_page() == key
        again.close()


def test_the_log_keeps_its_row_and_scroll_across_page_switches(
    qtbot, db, shipped_forms, settings_file
):
    add_demo(db, shipped_forms, count=120)
    window = make_window(qtbot, db, settings_file)
    table = window.log.table
    table.selectRow(90)
    table.scrollTo(window.log.model.index(90, 0))
    chosen, scroll = window.log.selected_encounter(), table.verticalScrollBar().value()
    assert scroll > 0
    click_navigation(qtbot, window, "dashboard")
    click_navigation(qtbot, window, "encounters")
    assert window.log.selected_encounter() == chosen
    assert table.verticalScrollBar().value() == scroll


def test_end_reaches_the_last_encounter_of_all_and_home_the_first(
    qtbot, db, shipped_forms, settings_file
):
    add_demo(db, shipped_forms, count=450)  # more than two pages of 200
    window = make_window(qtbot, db, settings_file)
    log = window.log
    assert log.model.rowCount() < 450
    oldest = listing.list_rows(db, limit=1000)[-1].id  # newest first: the last is the oldest
    log.table.setFocus()
    qtbot.keyClick(log.table, Qt.Key.Key_End)
    assert log.model.rowCount() == 450
    assert log.selected_encounter() == oldest
    last = log.model.index(449, 0)
    assert log.table.viewport().rect().intersects(log.table.visualRect(last))
    # Only the last page was read; the rows between come a page at a time as they show.
    every = [row.id for row in listing.list_rows(db, limit=1000)]
    log.table.scrollTo(log.model.index(300, 0))  # painted: read through data()
    log.table.viewport().repaint()
    assert log.model.index(300, 0).data(ENCOUNTER_ID_ROLE) == every[300]
    assert [log.model.encounter_row(r).id for r in range(450)] == every
    qtbot.keyClick(log.table, Qt.Key.Key_Home)
    assert log.table.selectionModel().selectedRows()[0].row() == 0
    qtbot.keyClick(log.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert log.selected_encounter() == oldest


def test_the_logs_columns_follow_the_data_that_arrives_after_it_opens(
    qtbot, db, shipped_forms, settings_file
):
    window = make_window(qtbot, db, settings_file)  # a new user's empty database
    assert window.current_page() == "welcome"
    with qtbot.waitSignal(window.welcome.demo_loaded, timeout=60_000):
        qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    click_navigation(qtbot, window, "encounters")
    log = window.log
    header = log.table.horizontalHeader()
    metrics = log.table.fontMetrics()
    longest = max(
        (location.name for location in queries.list_locations(db)), key=metrics.horizontalAdvance
    )
    assert header.sectionSize(COL_LOCATION) >= metrics.horizontalAdvance(longest)
    # Tags come last and take what is left; the names never give way to them.
    assert header.visualIndex(COL_TAGS) == header.count() - 1
    assert header.visualIndex(COL_CRITICAL) < header.visualIndex(COL_TAGS)
    # A width the user sets stays when the log is read again without new names.
    header.resizeSection(COL_LOCATION, 333)
    log.refresh()
    assert header.sectionSize(COL_LOCATION) == 333


def test_the_submitted_encounter_is_selected_in_the_log(qtbot, db, shipped_forms, settings_file):
    add_demo(db, shipped_forms)
    window = make_window(qtbot, db, settings_file)
    window.log.table.selectRow(5)
    newest = listing.list_rows(db)[0].id
    window.on_submitted(newest)
    assert window.current_page() == "encounters"
    assert window.log.selected_encounter() == newest


def test_point_helper_is_inside_the_item(qtbot, db, shipped_forms, settings_file):
    """The clicks above land on the item they name (a click between items would prove
    nothing)."""
    add_demo(db, shipped_forms)
    window = make_window(qtbot, db, settings_file)
    for row in range(len(KEYS)):
        rect = window.navigation.visualItemRect(window.navigation.item(row))
        assert window.navigation.itemAt(QPoint(rect.center())) is window.navigation.item(row)


def open_context_menu(qtbot, table, row: int) -> QMenu:
    """Right-click (a context menu event) on a row; the menu that pops up."""
    point = table.visualRect(table.model().index(row, 0)).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, table.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(table.viewport(), event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def choose(menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text() == text)
    assert action.isEnabled()
    menu.close()
    action.trigger()


def test_a_locations_menu_shows_its_encounters(qtbot, db, shipped_forms, settings_file):
    add_demo(db, shipped_forms)
    window = make_window(qtbot, db, settings_file)
    click_navigation(qtbot, window, "locations")
    view = window.locations
    menu = open_context_menu(qtbot, view.table, 2)
    chosen = view.selected_ids()
    assert len(chosen) == 1
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts[1:] == [
        view.rename_button.text(),
        view.region_button.text(),
        view.merge_button.text(),
        view.erase_button.text(),
    ]
    choose(menu, view.tr("Show &encounters"))
    assert window.current_page() == "encounters"
    assert window.log.current_filter().location == chosen[0]
    shown = {window.log.model.encounter_row(r).location for r in range(window.log.model.rowCount())}
    assert len(shown) == 1


def test_a_forms_menu_records_with_that_form(qtbot, db, shipped_forms, settings_file):
    add_demo(db, shipped_forms)
    window = make_window(qtbot, db, settings_file)
    click_navigation(qtbot, window, "forms")
    view = window.forms
    rows = view.model.rowCount()
    other = next(
        row
        for row in range(rows)
        if view.model.index(row, 0).data(FORMS_KEY_ROLE)[0] != window.workspace.settings.last_form
    )
    form_id = view.model.index(other, 0).data(FORMS_KEY_ROLE)[0]
    menu = open_context_menu(qtbot, view.table, other)
    choose(menu, view.tr("&New encounter with this form"))
    assert window.current_page() == "editor"
    assert window.editor.record is not None and window.editor.record.form_id == form_id


def test_calibration_keeps_its_session_across_page_switches_and_changes(
    qtbot, db, shipped_forms, settings_file
):
    from mysteryshop import demo

    add_demo(db, shipped_forms)
    sessions = demo.calibration_sessions(shipped_forms[0], sessions=3, observers=3, seed=1)
    queries.bulk_add_encounters(db, sessions.encounters, sessions.locations, shipped_forms)
    window = make_window(qtbot, db, settings_file)
    click_navigation(qtbot, window, "calibration")
    view = window.calibration
    assert view.sessions.count() == 3
    view.sessions.setFocus()
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)
    chosen = view.current_session()
    assert chosen is not None and chosen != view.sessions.item(0).data(Qt.ItemDataRole.UserRole)
    click_navigation(qtbot, window, "encounters")
    click_navigation(qtbot, window, "calibration")
    assert view.current_session() == chosen
    key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    key(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() == "calibration" and view.current_session() == chosen


@pytest.fixture
def finnish(qapp):
    """The app in Finnish, as Settings ▸ Language ▸ Suomi gives it after a restart."""
    from PySide6.QtCore import QLocale, QTranslator

    from mysteryshop.ui.app import install_translations

    before = QLocale()
    install_translations(qapp, "fi")
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before)


@pytest.mark.parametrize("width", [1280, 1024])
def test_names_in_the_finnish_ranking_and_log_are_not_cut(
    qtbot, db, shipped_forms, settings_file, finnish, width
):
    from mysteryshop.ui.dashboard import LocationRankingModel

    add_demo(db, shipped_forms, count=300)
    window = make_window(qtbot, db, settings_file)
    window.resize(width, 800)
    click_navigation(qtbot, window, "dashboard")
    box = window.dashboard.period_box
    box.setCurrentIndex(box.findData("all"))
    ranking = window.dashboard.ranking
    qtbot.waitUntil(lambda: ranking.model().rowCount() > 5, timeout=10_000)
    names = [location.name for location in queries.list_locations(db)]
    metrics = ranking.fontMetrics()
    cell = ranking.horizontalHeader().sectionSize(LocationRankingModel.COL_NAME)
    assert cell >= max(map(metrics.horizontalAdvance, names)) + 12
    click_navigation(qtbot, window, "encounters")
    header = window.log.table.horizontalHeader()
    assert header.sectionSize(COL_LOCATION) >= max(map(metrics.horizontalAdvance, names))


def test_the_app_shows_the_log_first_and_builds_the_other_views_in_steps(
    qtbot, db, shipped_forms, settings_file: Path
) -> None:
    """attach(log_first), as the app starts (issue 17: the log in under a second): the log is
    shown when attach returns, each later step lets events through (the log scrolls), and
    every view, the menus and the navigation are there once views_ready is emitted."""
    from PySide6.QtCore import QTimer

    add_demo(db, shipped_forms)
    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.wait_until_painted()
    steps_seen: list[bool] = []  # whether the views were all built when an event came through
    ticker = QTimer()
    ticker.timeout.connect(lambda: steps_seen.append(hasattr(window, "actions_view")))
    ticker.start(0)
    with qtbot.waitSignal(window.views_ready, timeout=20_000):
        window.attach(Workspace(db, settings), log_first=True)
        assert window.stack.currentWidget() is window.log
        assert window.log.model.rowCount() > 0
        assert not hasattr(window, "dashboard") and not window.navigation.isEnabled()
    ticker.stop()
    assert steps_seen.count(False) >= 5  # events between the steps, not one long block
    assert window.current_page() == "encounters" and window.navigation.isEnabled()
    click_navigation(qtbot, window, "dashboard")
    assert window.current_page() == "dashboard"
    # Closing while the views are still being built saves what there is and raises nothing.
    other = MainWindow(settings=settings)
    qtbot.addWidget(other)
    other.attach(Workspace(db, settings), log_first=True)
    other.close()
