"""The main window: navigation between the views, menus and keyboard shortcuts.

The window can be shown before the database is open (`MainWindow(settings=...)`, then
`attach(workspace)`): the views, SQLAlchemy and ReportLab are imported only in `attach`, so
the app paints its window in about the time of a bare QMainWindow (bench/README.md)."""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QMouseEvent,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from mysteryshop import __version__

if TYPE_CHECKING:
    from mysteryshop.store.records import EncounterFilter
    from mysteryshop.ui.editor import EncounterEditor
    from mysteryshop.ui.form_builder import FormBuilder
    from mysteryshop.ui.log_view import EncounterLogView
    from mysteryshop.ui.workspace import Settings, Workspace


def _t(text: object) -> str:
    # QT_TRANSLATE_NOOP is typed as returning object; its texts are str.
    return QCoreApplication.translate("MainWindow", str(text))


# Qt.ItemDataRole.UserRole. Touching the Qt namespace makes PySide6 build all of its ~120
# enums (15 ms), so the window shown before the database opens does without it.
USER_ROLE = 256

HISTORY_LIMIT = 50
"""Back remembers this many pages."""

# The pages reachable from the navigation list, in order: (key, label).
NAVIGATION = (
    ("encounters", QT_TRANSLATE_NOOP("MainWindow", "Encounters")),
    ("queue", QT_TRANSLATE_NOOP("MainWindow", "To review")),
    ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard")),
    ("forms", QT_TRANSLATE_NOOP("MainWindow", "Forms")),
    ("locations", QT_TRANSLATE_NOOP("MainWindow", "Locations")),
    ("moments", QT_TRANSLATE_NOOP("MainWindow", "Moments")),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports")),
    ("calibration", QT_TRANSLATE_NOOP("MainWindow", "Calibration")),
    ("actions", QT_TRANSLATE_NOOP("MainWindow", "Actions")),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings")),
)


# The modules of the views but the log, imported one by one by attach (log_first).
VIEW_MODULES = (
    "queue",
    "dashboard",
    "forms_view",
    "locations_view",
    "moments_view",
    "reports_view",
    "settings_view",
    "editor",
    "review",
    "welcome",
    "calibration_view",
    "actions_view",
    "exchange",
)


def import_views(*, all_views: bool = True) -> None:
    """Import what `MainWindow.attach` builds on (the views, SQLAlchemy, pydantic): most of a
    second, which the app spends while the database file is checked (app.run). Without
    `all_views`, only the log's (attach with log_first imports the others in steps)."""
    import importlib

    from mysteryshop.store import db  # noqa: F401 - imported for its side effect
    from mysteryshop.ui import log_view  # noqa: F401

    for name in VIEW_MODULES if all_views else ():
        importlib.import_module(f"mysteryshop.ui.{name}")


class MainWindow(QMainWindow):
    first_painted = Signal()
    views_ready = Signal()  # attach has built every view (at once, or in steps: log_first)

    def __init__(
        self, workspace: Workspace | None = None, *, settings: Settings | None = None
    ) -> None:
        """The window with its views; without `workspace`, an empty frame (navigation and
        menus, views to come) until `attach` is called."""
        super().__init__()
        self.setWindowTitle(self.tr("mysteryshop"))
        self.setAcceptDrops(False)
        self._painted = False
        self.restart_wanted = False  # set by restart(): ui/app.run starts the app again
        # The pages shown before (Back) and those left by Back (Forward), oldest first.
        self._back: list[str] = []
        self._forward: list[str] = []
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setFixedWidth(190)
        for key, label in NAVIGATION:
            item = QListWidgetItem(_t(label))
            item.setData(USER_ROLE, key)
            self.navigation.addItem(item)
        self.stack = QStackedWidget()
        self.opening = QLabel(self.tr("Opening the database…"))
        self.opening.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.stack.addWidget(self.opening)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        bar = self.menuBar()  # the menus' titles now, their actions in attach()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        chosen = settings if settings is not None else workspace.settings if workspace else None
        if chosen is not None and chosen.geometry is not None:
            self.restoreGeometry(chosen.geometry)
        else:
            self.resize(1200, 780)
        self.menuBar().setEnabled(False)
        self.navigation.setEnabled(False)
        if workspace is not None:
            self.attach(workspace)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # once this paint pass is done

    def wait_until_painted(self, timeout_ms: int = 2000) -> None:
        """Return once the shown window has been painted (or after `timeout_ms`). Only
        painting happens meanwhile: user input waits, so nothing reaches unbuilt views."""
        if self._painted:
            return
        loop = QEventLoop()
        self.first_painted.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self.first_painted.disconnect(loop.quit)

    def attach(self, workspace: Workspace, *, log_first: bool = False) -> None:
        """Build the views over the open database and show the first page. `log_first` (the
        app's start): when that page is the log, it is built and shown at once, and the other
        views follow in steps on the event loop (views_ready when done), so that the log can
        be scrolled meanwhile: building them all took as long again as the rest of the start
        (bench/README.md, start-up)."""
        from mysteryshop.ui.log_view import EncounterLogView

        self.workspace = workspace
        if not workspace.db.is_sqlite:  # a team server: a banner while it is gone
            from mysteryshop.ui.connection import ConnectionWatch

            def save_kept() -> None:  # (the editor is built in a later step)
                if hasattr(self, "editor"):
                    self.editor.autosave.server_back()

            self.connection = ConnectionWatch(self, workspace, save_kept)
        self.log: EncounterLogView = EncounterLogView(workspace)
        steps = self._build_views(workspace)
        if not (log_first and self._first_page() == "encounters" and self.log.model.total):
            for _step in steps:
                pass
            return
        self.stack.addWidget(self.log)
        self.stack.setCurrentWidget(self.log)

        def step() -> None:  # (a window closed meanwhile builds no more)
            if self.isVisible() and next(steps, None) is not None:
                QTimer.singleShot(0, step)

        QTimer.singleShot(0, step)

    def _build_views(self, workspace: Workspace) -> Iterator[str]:
        """The views but the log, one at a time (each yields its module's name once built),
        then their wiring, the menus and the first page."""
        import importlib

        for name in VIEW_MODULES:  # an import each step: the longest part of building them
            importlib.import_module(f"mysteryshop.ui.{name}")
            yield name
        from mysteryshop.ui.actions_view import ActionsView
        from mysteryshop.ui.calibration_view import CalibrationView
        from mysteryshop.ui.dashboard import DashboardView
        from mysteryshop.ui.editor import EncounterEditor
        from mysteryshop.ui.forms_view import FormsView
        from mysteryshop.ui.locations_view import LocationsView
        from mysteryshop.ui.moments_view import MomentsView
        from mysteryshop.ui.queue import QueueView, show_badge
        from mysteryshop.ui.reports_view import ReportsView
        from mysteryshop.ui.review import ReviewView
        from mysteryshop.ui.settings_view import SettingsView
        from mysteryshop.ui.welcome import WelcomeView

        self.dashboard = DashboardView(workspace)
        self.forms = FormsView(workspace)
        self.locations = LocationsView(workspace)
        self.moments = MomentsView(workspace)
        self.reports = ReportsView(workspace)
        self.settings_view = SettingsView(workspace)
        self.editor: EncounterEditor = EncounterEditor(workspace)
        self.review = ReviewView(workspace)
        self.welcome = WelcomeView(workspace)
        self.queue = QueueView(workspace, self.log.current_filter())
        self.calibration = CalibrationView(workspace)
        self.actions_view = ActionsView(workspace)
        self.pages: dict[str, QWidget] = {
            "encounters": self.log,
            "queue": self.queue,
            "dashboard": self.dashboard,
            "forms": self.forms,
            "locations": self.locations,
            "moments": self.moments,
            "reports": self.reports,
            "settings": self.settings_view,
            "editor": self.editor,
            "review": self.review,
            "welcome": self.welcome,
            "calibration": self.calibration,
            "actions": self.actions_view,
        }

        yield "views"
        for page in self.pages.values():
            if self.stack.indexOf(page) < 0:  # the log may be there already
                self.stack.addWidget(page)
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        self._fill_menus()
        self._add_team()
        self.menuBar().setEnabled(True)
        self.navigation.setEnabled(True)
        self.navigation.currentRowChanged.connect(self.on_navigation_changed)
        # A click on the highlighted item (Encounters while the editor or a review is open)
        # changes no row: it still goes there.
        self.navigation.itemClicked.connect(self.on_navigation_clicked)
        self.navigation.itemActivated.connect(self.on_navigation_clicked)
        self.queue.back_shortcut.setEnabled(False)  # the window's Back yields to the queue
        self.log.new_requested.connect(self.new_encounter)
        self.locations.encounters_requested.connect(self.show_encounters)
        self.forms.record_requested.connect(self.new_encounter_with)
        self.log.open_requested.connect(self.on_open_requested)
        self.log.review_requested.connect(self.on_review_requested)
        self.log.report_requested.connect(self.on_report_requested)
        self.moments.open_requested.connect(self.on_review_requested)
        self.dashboard.encounters_requested.connect(self.show_encounters)
        self.dashboard.actions_panel.open_requested.connect(self.show_actions)
        self.review.edit_requested.connect(self.on_edit_requested)
        self.review.report_requested.connect(self.on_report_requested)
        self.queue.review.report_requested.connect(self.on_report_requested)
        self._review_back_to = "encounters"  # the page the review's Back returns to
        self.review.back_requested.connect(lambda: self.show_page(self._review_back_to))
        self.editor.submitted.connect(self.on_submitted)
        self.editor.closed.connect(lambda: self.show_page("encounters"))
        self.welcome.record_requested.connect(self.new_encounter)
        self.log.filter_changed.connect(self.queue.set_filter)
        self.queue.review.edit_requested.connect(self.on_edit_requested)
        self.queue.leave_requested.connect(lambda: self.show_page("encounters"))
        self.queue.clear_filter_requested.connect(self.log.clear_filters)
        show_badge(self.navigation, [key for key, _label in NAVIGATION].index("queue"), self.queue)
        self.welcome.demo_loaded.connect(lambda: self.show_page("dashboard"))
        self.settings_view.restart_requested.connect(self.restart)
        from mysteryshop.ui.exchange import ExchangeController

        self.exchange = ExchangeController(workspace, self)
        self.forms.import_requested.connect(self.exchange.open_files)
        self.log.export_requested.connect(self.exchange.choose_export)
        self.exchange.finished.connect(self.forms.on_import_finished)
        self.setAcceptDrops(True)  # bundles, XLSForms and forms dropped anywhere on the window
        self.show_page(self._first_page())
        self._back.clear()  # the page shown while the views were built is no place to go back to
        # The mouse's back and forward buttons, over any of its widgets: every mouse event of
        # this window reaches its QWindow before the widget under the pointer. (Not an
        # application-wide filter: that hands every event of every object to Python.)
        self.winId()  # makes the window's QWindow if it has not been shown yet
        handle = self.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)
        self.views_ready.emit()

    def _first_page(self) -> str:
        last = self.workspace.settings.last_view
        return last if last in dict(NAVIGATION) else "encounters"

    def _fill_menus(self) -> None:
        # Not in __init__: the frame shown before the database opens takes no input, and the
        # first setShortcut makes PySide6 build the ~100 enums of the Qt namespace (20 ms).
        self.new_action = self._action(
            self.tr("&New encounter"), QKeySequence("Ctrl+N"), self.new_encounter
        )
        self.save_action = self._action(self.tr("&Save"), QKeySequence("Ctrl+S"), self.on_save)
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.save_action)
        self.file_menu.addSeparator()
        self.import_action = self._action(
            self.tr("&Import…"), QKeySequence("Ctrl+I"), self.on_import
        )
        self.export_action = self._action(
            self.tr("&Export…"), QKeySequence("Ctrl+E"), self.on_export
        )
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.trash_action = self._action(self.tr("T&rash…"), QKeySequence(), self.on_trash)
        self.file_menu.addAction(self.trash_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self._action(self.tr("&Quit"), QKeySequence("Ctrl+Q"), self.close))

        self.edit_menu.addAction(
            self._action(self.tr("&Find encounters…"), QKeySequence("Ctrl+F"), self.on_find)
        )
        # The form builder's undo and redo (enabled while it has edits to undo).
        self.forms.builder_made.connect(self.on_builder_made)

        # Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth place, as the digits sit on the keyboard.
        for number, (key, label) in enumerate(NAVIGATION, start=1):
            self.view_menu.addAction(
                self._action(
                    _t(label),
                    QKeySequence(f"Ctrl+{number % 10}"),
                    lambda _checked=False, key=key: self.show_page(key),
                )
            )

        self.view_menu.addSeparator()
        # Explicit Alt+Left/Right, which QKeySequence.Back means on Windows and Linux.
        self.back_action = self._action(self.tr("&Back"), QKeySequence("Alt+Left"), self.go_back)
        self.forward_action = self._action(
            self.tr("&Forward"), QKeySequence("Alt+Right"), self.go_forward
        )
        self.view_menu.addAction(self.back_action)
        self.view_menu.addAction(self.forward_action)
        self.view_menu.addSeparator()
        # On a small screen the page may have the navigation list's width; Ctrl+1…0, Back and
        # Forward still go everywhere. F9, as file managers' side panes.
        self.navigation_action = self._action(
            self.tr("&Navigation list"), QKeySequence("F9"), self.show_navigation
        )
        self.navigation_action.setCheckable(True)
        self.view_menu.addAction(self.navigation_action)
        self.show_navigation(self.workspace.settings.navigation_shown)

        self.help_menu.addAction(
            self._action(self.tr("&About mysteryshop"), QKeySequence("F1"), self.on_about)
        )

    def _add_team(self) -> None:
        """A laptop's Sync button and menu entry (ui/sync_view.py); on a team server, only
        what the member's role allows (ui/team_access.py)."""
        from mysteryshop.ui import sync_view, team_access

        self.sync_panel: sync_view.SyncPanel | None = None
        if self.workspace.db.is_sqlite:
            self.sync_panel = sync_view.SyncPanel(self.workspace, self)
            # At the menu bar's end: always in view, and no status bar taller than the window
            # can spare at 900×480 (tests/test_screenshots_layout.py).
            self.menuBar().setCornerWidget(self.sync_panel, Qt.Corner.TopRightCorner)
            self.sync_panel.show()  # the app shows the window before attach: stays hidden else
            self.menuBar().installEventFilter(self.sync_panel)
            self.sync_panel.settings_requested.connect(self.show_team_settings)
            self.sync_panel.conflicts_requested.connect(self.on_conflicts)
            self.settings_view.team.saved.connect(self.sync_panel.refresh)  # a new server
            self.sync_action = self._action(
                self.tr("S&ync with team server"),
                QKeySequence(sync_view.SHORTCUT),
                self.sync_panel.start,
            )
            self.conflicts_action = self._action(
                self.tr("Sync &conflicts…"), QKeySequence(), self.on_conflicts
            )
            before = self.trash_action
            self.file_menu.insertAction(before, self.sync_action)
            self.file_menu.insertAction(before, self.conflicts_action)
            self.file_menu.insertSeparator(before)
        self.member = team_access.member_of(self.workspace.db)  # None: everything is offered
        self.signed_in = team_access.apply(self, self.member)

    @Slot()
    def show_team_settings(self) -> None:
        self.show_page("settings")
        self.settings_view.show_team()

    @Slot()
    def on_conflicts(self) -> None:
        from mysteryshop.ui.sync_view import ConflictsDialog

        dialog = ConflictsDialog(self.workspace, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.sync_panel is not None:
            dialog.finished.connect(self.sync_panel.refresh)
        self.conflicts_dialog = dialog
        dialog.open()  # window-modal, without a nested event loop

    def _action(self, text: str, shortcut: QKeySequence, slot: object) -> QAction:
        # Explicit keys rather than QKeySequence.StandardKey: some platforms (and the
        # offscreen one) map Quit or Help to nothing. Ctrl means Cmd on macOS.
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    # --- navigation ---------------------------------------------------------------------------

    def show_navigation(self, shown: bool) -> None:
        """Show or hide the navigation list, and remember it."""
        self.navigation.setVisible(shown)
        self.navigation_action.setChecked(shown)
        self.workspace.settings.navigation_shown = shown

    def show_page(self, key: str, *, remember: bool = True) -> None:
        """Show a page; unless `remember` is False (Back and Forward), the page left is the
        one Back returns to."""
        from mysteryshop.store import queries

        gone = self.workspace.server_gone  # (the log then shows what it read before)
        if key == "encounters" and not gone and not queries.has_encounters(self.workspace.db):
            key = "welcome"  # the empty log greets a new user instead
        left = self.current_page()
        if left == "editor" and key != "editor":
            self.editor.save_now()  # autosave's promise holds whichever way the editor is left
        if remember and left != key:
            self._back = [*self._back, _history_key(left)][-HISTORY_LIMIT:]
            self._forward.clear()
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        keys = [nav_key for nav_key, _label in NAVIGATION]
        shown = key if key in keys else "encounters"
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(keys.index(shown) if shown else -1)
        self.navigation.blockSignals(False)
        if key in keys:
            self.workspace.settings.last_view = key
        if key == "reports" and (selected := self.log.selected_encounter()):
            self.reports.set_encounter(selected, switch=False)  # the visit report's default
        # No refresh here: each view follows the changes that touch it (ui/ops.Refresher).

    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        return next(key for key, page in self.pages.items() if page is widget)

    @Slot(int)
    def on_navigation_changed(self, row: int) -> None:
        if 0 <= row < len(NAVIGATION):
            self.show_page(NAVIGATION[row][0])

    @Slot(QListWidgetItem)
    def on_navigation_clicked(self, item: QListWidgetItem) -> None:
        key = item.data(USER_ROLE)
        if _history_key(self.current_page()) != key:
            self.show_page(key)

    @Slot()
    def go_back(self) -> None:
        """The page shown before; in the review queue, the encounter shown before there."""
        queue = self.queue
        if self.current_page() == "queue" and (queue.shown_before or queue.current is not None):
            queue.go_back()
        else:
            self._step(self._back, self._forward)

    @Slot()
    def go_forward(self) -> None:
        self._step(self._forward, self._back)

    def _step(self, source: list[str], target: list[str]) -> None:
        """Show the last page of `source`, putting the page left on `target`. The editor
        counts only while it holds an encounter."""
        current = _history_key(self.current_page())
        while source:
            key = source.pop()
            if key == current or (key == "editor" and self.editor.record is None):
                continue
            target.append(current)
            self.show_page(key, remember=False)
            return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The mouse's back and forward buttons over any widget of this window (the filter
        sits on its QWindow)."""
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            button = event.button()
            if button in (Qt.MouseButton.BackButton, Qt.MouseButton.ForwardButton):
                if watched is self.windowHandle():
                    if button == Qt.MouseButton.BackButton:
                        self.go_back()
                    else:
                        self.go_forward()
                    return True
        return super().eventFilter(watched, event)

    @Slot(object)
    def show_encounters(self, f: EncounterFilter) -> None:
        """The log with a filter (a location's encounters, asked for by the dashboard)."""
        self.log.set_filter(f)
        self.show_page("encounters")

    @Slot(str, str, bool)
    def show_actions(self, state: str, location_id: str, overdue: bool) -> None:
        """The action items, filtered (asked for by the dashboard's panel)."""
        self.actions_view.set_filter(state=state, location_id=location_id or None, overdue=overdue)
        self.show_page("actions")

    @Slot()
    def new_encounter(self) -> None:
        self.editor.new_encounter()
        self.show_page("editor")

    @Slot(str)
    def new_encounter_with(self, form_id: str) -> None:
        """A new encounter with a chosen form (the Forms page's menu)."""
        self.editor.new_encounter(form_id)
        self.show_page("editor")

    @Slot(str, str)
    def on_open_requested(self, encounter_id: str, status: str) -> None:
        """Open an encounter as the log shows it: drafts and returned ones in the editor,
        the others in the review (each reads it once)."""
        from mysteryshop import workflow  # not before the first paint: it imports the forms
        from mysteryshop.ui.team_access import allows

        # (A team member who may not edit answers, a trainer or a manager, reads it instead.)
        if status in workflow.OBSERVER_EDITABLE and allows(self.member, "edit_own_draft"):
            self.on_edit_requested(encounter_id)
        else:
            self.review.show_encounter(encounter_id)
            self.show_page("review")
            self._review_back_to = "encounters"

    @Slot(str)
    def on_review_requested(self, encounter_id: str) -> None:
        """Open an encounter in the review (from the log's menu, a moment worth repeating);
        Back returns to the page it was opened from."""
        back_to = self.current_page()
        self.review.show_encounter(encounter_id)
        self.show_page("review")
        self._review_back_to = back_to if back_to != "review" else "encounters"

    @Slot(str)
    def on_report_requested(self, encounter_id: str) -> None:
        self.show_page("reports")  # first: showing Reports proposes the log's selection
        self.reports.set_encounter(encounter_id)

    @Slot()
    def on_trash(self) -> None:
        from mysteryshop.ui.trash_view import TrashDialog

        TrashDialog(self.workspace, self).exec()

    @Slot(str)
    def on_edit_requested(self, encounter_id: str) -> None:
        self.editor.open_encounter(encounter_id)
        self.show_page("editor")

    @Slot(str)
    def on_submitted(self, encounter_id: str) -> None:
        self.statusBar().showMessage(self.tr("Encounter submitted."), 5000)
        self.show_page("encounters")
        self.log.select_encounter(encounter_id)  # the row just submitted, not the one before

    @Slot()
    def on_save(self) -> None:
        if self.stack.currentWidget() is self.editor and self.editor.save_now():
            self.statusBar().showMessage(self.tr("Saved."), 3000)
        elif self.stack.currentWidget() is self.forms and self.forms.save_builder():
            self.statusBar().showMessage(self.tr("Saved."), 3000)

    @Slot(object)
    def on_builder_made(self, builder: FormBuilder) -> None:
        """The form builder's Undo and Redo in the Edit menu (enabled while it has edits)."""
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(builder.undo_action)
        self.edit_menu.addAction(builder.redo_action)

    @Slot()
    def on_find(self) -> None:
        self.show_page("encounters")
        self.log.focus_search()

    @Slot()
    def on_import(self) -> None:
        self.exchange.choose_import()

    @Slot()
    def on_export(self) -> None:
        self.exchange.choose_export(self.log.current_filter())  # what the log shows

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        from mysteryshop.ui.exchange import droppable

        if droppable(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        self.exchange.open_files([url.toLocalFile() for url in event.mimeData().urls()])
        event.acceptProposedAction()

    @Slot()
    def on_about(self) -> None:
        QMessageBox.about(self, self.tr("About mysteryshop"), self.about_text())

    def about_text(self) -> str:
        """The About box: what the app is, its keys, and where its data is (the folder, or
        a server without the URL's password)."""
        from mysteryshop import workflow
        from mysteryshop.store.db import server_address, sqlite_file
        from mysteryshop.ui.editor_timer import EVENTS, event_names

        url = self.workspace.db.url
        database_file = sqlite_file(url)
        where = str(database_file.parent) if database_file else server_address(url)
        names = event_names()
        timer_keys = ", ".join(f"{key} {names[event]}" for event, _label, key in EVENTS)
        return (
            self.tr(
                "<h3>mysteryshop {version}</h3>"
                "<p>Record service encounters, review them, and see how locations do — "
                "greeting, smile, presence, helpfulness, and whether customers leave "
                "uplifted or diminished (Net Uplift).</p>"
                "<p>Keyboard: Ctrl+N new encounter, Ctrl+S save, Ctrl+F find, "
                "Ctrl+I import, Ctrl+E export, "
                "Ctrl+1…9 and Ctrl+0 the views in the list's order, F9 show or hide the "
                "list, Ctrl+Q quit.</p>"
                "<p>To review: A approve, R return, S skip, Alt+Left back; "
                "Ctrl+Shift+P inserts a saved phrase into a note.</p>"
                "<p>Action items: Ins new, F2 edit, Ctrl+D done, Ctrl+Shift+D drop, "
                "Ctrl+R reopen.</p>"
                "<p>Data: {location}</p>"
            ).format(version=__version__, location=html.escape(where))
            + self.tr(
                "<p>In the encounter log: Delete discards the selected draft or deletes the "
                "selected encounter (with a reason); right-click for more. Both go to the "
                "trash (File ▸ Trash…) for {days} days.</p>"
            ).format(days=workflow.TRASH_DAYS)
            + self.tr(
                "<p>Alt+Left and Alt+Right (or the mouse's back and forward buttons) go back "
                "and forward between the pages shown.</p>"
            )
            + self.tr("<p>Visit timer in the editor, from any field: {keys}.</p>").format(
                keys=timer_keys
            )
            + self._team_about()
        )

    def _team_about(self) -> str:
        """About's lines on the team: who is signed in, the Sync key."""
        from mysteryshop.ui.team_settings import signed_in_text

        text = ""
        if getattr(self, "member", None) is not None:  # (About before the views are built)
            text += "<p>" + html.escape(signed_in_text(self.member)) + "</p>"
        if getattr(self, "sync_panel", None) is not None:
            text += self.tr("<p>Ctrl+Shift+S syncs with the team server.</p>")
        return text

    @Slot()
    def restart(self) -> None:
        """Close as on quitting (everything saved); ui/app.run then starts the app again."""
        self.restart_wanted = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if hasattr(self, "workspace"):  # closed before the database was open: nothing to save
            if hasattr(self, "forms") and not self.forms.may_leave_builder():
                event.ignore()  # the form being built has unsaved edits: Cancel keeps it
                return
            if hasattr(self, "editor"):  # (closed while attach(log_first) was building it)
                self.editor.save_now()
            self.workspace.settings.geometry = self.saveGeometry()
            self.workspace.settings.sync()
        super().closeEvent(event)


def _history_key(page: str) -> str:
    """The page Back returns to for one shown: the welcome screen stands in for the log."""
    return "encounters" if page == "welcome" else page
