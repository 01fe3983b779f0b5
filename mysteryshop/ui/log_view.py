"""The encounter log: a filter bar over a table of every encounter, read from the database a
page at a time. Double-click (or Enter) opens an encounter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mysteryshop import intake
from mysteryshop.changes import Changes
from mysteryshop.names import name_key
from mysteryshop.store import listing, queries
from mysteryshop.store.records import EncounterFilter
from mysteryshop.ui import display, trash_view
from mysteryshop.ui.headers import conventional_sort_arrows
from mysteryshop.ui.log_model import (
    COL_CRITICAL,
    COL_DATE,
    COL_FEELING,
    COL_FORM,
    COL_LOCATION,
    COL_OBSERVER,
    COL_REGION,
    COL_SCORE,
    COL_STATUS,
    COL_TAGS,
    ENCOUNTER_ID_ROLE,
    SORT_KEYS,
    EncounterLogModel,
    critical_marker,
)
from mysteryshop.ui.ops import Refresher
from mysteryshop.ui.workspace import Workspace
from mysteryshop.vocabulary import STATUSES

SEARCH_DELAY_MS = 250
"""Typing in the search box re-queries once the user pauses this long."""


def search_field(parent: QObject, search: Callable[[], None]) -> tuple[QLineEdit, QTimer]:
    """The encounters' text search (the log, the Moments page): `search` runs once typing
    pauses for SEARCH_DELAY_MS, or at once on Enter. Returns the field and its timer (stop it
    when searching for another reason)."""
    field = QLineEdit()
    field.setPlaceholderText(
        QCoreApplication.translate(
            "EncounterLogView", "Search notes, staff, reviewer notes and locations…"
        )
    )
    field.setClearButtonEnabled(True)
    field.setAccessibleName(QCoreApplication.translate("EncounterLogView", "Search"))
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(SEARCH_DELAY_MS)
    timer.timeout.connect(search)
    field.textChanged.connect(timer.start)
    field.returnPressed.connect(search)
    return field, timer


# Columns of names are as wide as their longest name, up to this many "average characters";
# tags take what is left.
_NAME_COLUMN_CHARS = {COL_LOCATION: 24, COL_REGION: 18, COL_FORM: 24, COL_OBSERVER: 13}

_ANY_DATE = QDate(2000, 1, 1)
"""The minimum date of the date boxes, shown as "any": no limit on that side."""


class OptionalDateEdit(QDateEdit):
    """A date box whose lowest value means "any date". Its calendar opens on this month
    rather than on the sentinel's January 2000."""

    def __init__(self, any_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(display.locale())
        self.setDisplayFormat(display.locale().dateFormat(QLocale.FormatType.ShortFormat))
        self.setCalendarPopup(True)
        self.setMinimumDate(_ANY_DATE)
        self.setMaximumDate(QDate(intake.LATEST_DAY))
        self.setSpecialValueText(any_text)
        self.setDate(_ANY_DATE)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show:
            if self.is_any():
                today = QDate.currentDate()
                self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def is_any(self) -> bool:
        return self.date() == _ANY_DATE

    def value(self) -> QDate | None:
        return None if self.is_any() else self.date()

    def clear_value(self) -> None:
        self.setDate(_ANY_DATE)


def _start_of_day(day: QDate) -> datetime:
    """Midnight at the start of `day` on this computer's clock, as an aware datetime."""
    return datetime.combine(date(day.year(), day.month(), day.day()), time(0)).astimezone()


class EncounterLogView(QWidget):
    """The log of encounters with its filter bar."""

    open_requested = Signal(str, str)  # the encounter's id and the status the log shows
    filter_changed = Signal(object)  # EncounterFilter
    # The row's context menu: review it, its visit report, export it (an EncounterFilter).
    review_requested = Signal(str)
    report_requested = Signal(str)
    export_requested = Signal(object)
    new_requested = Signal()  # the "New encounter" button

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = EncounterLogModel(workspace.db, self)

        heading = QLabel(self.tr("Encounters"))
        heading.setProperty("role", "heading")
        self.count_label = QLabel()
        self.count_label.setProperty("role", "muted")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self._build_filters()
        self._build_table()

        self.empty_label = QLabel(self.tr("No encounters match these filters"))
        self.empty_label.setProperty("role", "subheading")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_clear_button = QPushButton(self.tr("Clear filters"))
        self.empty_clear_button.clicked.connect(self.clear_filters)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addSpacing(8)
        empty_layout.addWidget(self.empty_clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        self.results = QStackedLayout()
        self.results.addWidget(self.table)
        self.results.addWidget(empty)

        self.new_button = QPushButton(self.tr("New encounter"))
        self.new_button.setProperty("role", "primary")
        self.new_button.setToolTip(self.tr("Record a new encounter (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)

        title_row = QHBoxLayout()
        title_row.addWidget(heading)
        title_row.addStretch(1)
        title_row.addWidget(self.count_label)
        title_row.addSpacing(12)
        title_row.addWidget(self.new_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(title_row)
        layout.addLayout(self.search_row)
        layout.addLayout(self.filter_row)
        layout.addLayout(self.results, 1)
        # Why the selected row matched the search: the words around it (APP.md).
        self.match_label = QLabel()
        self.match_label.setProperty("role", "muted")
        self.match_label.setWordWrap(True)
        self.match_label.setTextFormat(Qt.TextFormat.PlainText)
        self.match_label.hide()
        layout.addWidget(self.match_label)

        self.model.total_changed.connect(self.on_total_changed)
        self.model.modelReset.connect(self._show_results_or_empty)
        # Rows name locations and forms; the filter bar lists them.
        self.refresher = Refresher(
            self,
            workspace,
            self.on_changes,
            lambda c: c.touches("encounters", "locations", "forms"),
        )
        self._sized_for: tuple[tuple[str, ...], ...] = ()
        self._fill_choices()
        self.on_total_changed(self.model.total)
        self._show_results_or_empty()

    # --- building -----------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.search, self._search_timer = search_field(self, self.on_filter_changed)

        self.critical_box = QCheckBox(self.tr("Critical only"))
        self.critical_box.setToolTip(
            self.tr("Only encounters where a critical question earned no points")
        )
        self.critical_box.toggled.connect(self.on_filter_changed)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)

        self.region_box = QComboBox()
        self.region_box.setAccessibleName(self.tr("Region"))
        self.region_box.currentIndexChanged.connect(self.on_region_changed)

        self.location_box = QComboBox()
        self.location_box.setEditable(True)
        self.location_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.location_box.setAccessibleName(self.tr("Location"))
        location_line = self.location_box.lineEdit()
        assert location_line is not None  # the box is editable
        location_line.setPlaceholderText(self.tr("Any location"))
        location_line.setAccessibleName(self.location_box.accessibleName())
        completer = QCompleter(self.location_box.model(), self.location_box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.location_box.setCompleter(completer)
        self.location_box.currentIndexChanged.connect(self.on_location_chosen)
        location_line.editingFinished.connect(self.on_location_typed)

        self.form_box = QComboBox()
        self.form_box.setAccessibleName(self.tr("Form"))
        self.status_box = QComboBox()
        self.status_box.setAccessibleName(self.tr("Status"))
        self.tag_box = QComboBox()
        self.tag_box.setAccessibleName(self.tr("Tag"))
        for box in (self.form_box, self.status_box, self.tag_box):
            box.currentIndexChanged.connect(self.on_filter_changed)

        self.date_from = OptionalDateEdit(self.tr("any"))
        self.date_from.setAccessibleName(self.tr("Visited from"))
        self.date_to = OptionalDateEdit(self.tr("any"))
        self.date_to.setAccessibleName(self.tr("Visited until"))
        for edit in (self.date_from, self.date_to):
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00/00/0000") + 44)
            edit.dateChanged.connect(self.on_filter_changed)

        self.search_row = QHBoxLayout()
        self.search_row.setSpacing(8)
        self.search_row.addWidget(self.search, 1)
        self.search_row.addSpacing(8)
        self.search_row.addWidget(QLabel(self.tr("Visited")))
        self.search_row.addWidget(self.date_from)
        self.search_row.addWidget(QLabel(self.tr("to")))
        self.search_row.addWidget(self.date_to)
        self.search_row.addSpacing(8)
        self.search_row.addWidget(self.clear_button)

        self.filter_row = QHBoxLayout()
        self.filter_row.setSpacing(8)
        for box, chars in (
            (self.region_box, 8),
            (self.location_box, 11),
            (self.form_box, 9),
            (self.status_box, 7),
            (self.tag_box, 8),
        ):  # the least each needs: the row fits 1024 px in Finnish and Swedish, and grows
            box.setMinimumContentsLength(chars)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self.filter_row.addWidget(box, chars)
        self.filter_row.addSpacing(4)
        self.filter_row.addWidget(self.critical_box)
        self.filter_row.addStretch(1)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self.show_match)
        self.model.modelReset.connect(self.show_match)  # a new search, the same row
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        row_height = self.table.fontMetrics().height() + 12
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumHeight(row_height + 2)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        conventional_sort_arrows(header)  # ▲ ascending, ▼ descending
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        header.sortIndicatorChanged.connect(self.on_sort_requested)
        # Tags, often empty, go last and take what is left: never room the names need.
        header.moveSection(header.visualIndex(COL_TAGS), COL_CRITICAL)
        header.setSectionResizeMode(COL_TAGS, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)  # End and Ctrl+End: the last row, not the last loaded
        self.table.activated.connect(self.on_row_activated)
        self.table.setAccessibleName(self.tr("Encounters"))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.on_context_menu)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)

    def _size_columns(self) -> None:
        """Columns of fixed-shape values as wide as their widest value, names as their
        longest name (within limits); tags, shown last, take the rest. Done again whenever
        the names change (a new database gets its first locations after the view is made),
        and only then, so widths the user set stay put."""
        names = {
            COL_LOCATION: [location.name for location in self._locations],
            COL_REGION: [self.region_box.itemText(i) for i in range(1, self.region_box.count())],
            COL_FORM: [self.form_box.itemText(i) for i in range(1, self.form_box.count())],
            COL_OBSERVER: ["shopper-anna"],
        }
        sized_for = tuple(tuple(texts) for texts in names.values())
        if sized_for == self._sized_for:
            return
        self._sized_for = sized_for
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        padding = 12  # the cell's margins and a little air
        arrow = 8  # the sort indicator beside a header's title

        def fit(
            column: int,
            texts: list[str],
            font_metrics: QFontMetrics = metrics,
            chars: int | None = None,
        ) -> None:
            title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            width = max(
                [font_metrics.horizontalAdvance(text) for text in texts]
                + [metrics.horizontalAdvance(title) + arrow]
            )
            if chars is not None:
                width = min(width, chars * metrics.averageCharWidth())
            header.resizeSection(column, width + padding)

        fit(COL_DATE, [display.date_time_text(datetime(2026, 12, 28, 22, 58))])
        fit(COL_SCORE, [display.score_text(100.0)])
        fit(COL_FEELING, [display.feeling_short(feeling) for feeling in range(-2, 3)])
        fit(COL_STATUS, [display.status_name(status) for status in STATUSES])
        bold = QFont(self.table.font())
        bold.setBold(True)
        fit(COL_CRITICAL, [critical_marker()], QFontMetrics(bold))
        for column, texts in names.items():
            fit(column, texts, chars=_NAME_COLUMN_CHARS[column])
        header.setMinimumSectionSize(40)

    # --- choices in the filter bar ------------------------------------------------------------

    def _fill_choices(self) -> None:
        """(Re)fill the combo boxes from the database, keeping what is chosen."""
        db = self.workspace.db
        boxes = (self.region_box, self.location_box, self.form_box, self.status_box, self.tag_box)
        for box in boxes:
            box.blockSignals(True)
        try:
            region = self.region_box.currentData()
            self._refill(
                self.region_box,
                self.tr("Any region"),
                [(name, name) for name in listing.regions(db)],
                region,
            )
            self._locations = queries.list_locations(db)
            self._fill_locations()
            forms: dict[str, str] = {}
            titles = queries.form_titles(db, display.ui_language())
            for info in queries.list_forms(db):  # newest version of each form first
                forms.setdefault(info.form_id, titles.get((info.form_id, info.version), info.title))
            self._refill(
                self.form_box,
                self.tr("Any form"),
                [(title, form_id) for form_id, title in forms.items()],
                self.form_box.currentData(),
            )
            self._refill(
                self.status_box,
                self.tr("Any status"),
                [(display.status_name(status), status) for status in STATUSES],
                self.status_box.currentData(),
            )
            self._refill(
                self.tag_box,
                self.tr("Any tag"),
                [(display.tag_name(tag), tag) for tag in listing.all_tags(db)],
                self.tag_box.currentData(),
            )
        finally:
            for box in boxes:
                box.blockSignals(False)
        self._size_columns()

    @staticmethod
    def _refill(
        box: QComboBox, any_text: str, items: list[tuple[str, str]], chosen: str | None
    ) -> None:
        box.clear()
        box.addItem(any_text, None)
        for text, value in items:
            box.addItem(text, value)
        if chosen is not None and box.findData(chosen) < 0:
            box.addItem(chosen, chosen)  # chosen earlier, gone since: keep showing it
        box.setCurrentIndex(max(box.findData(chosen), 0) if chosen is not None else 0)

    def _fill_locations(self) -> None:
        """The location choices: those of the chosen region, or all of them."""
        region = self.region_box.currentData()
        chosen = self.location_box.currentData()
        self.location_box.blockSignals(True)
        self.location_box.clear()
        self.location_box.addItem("", None)
        for location in self._locations:
            if region is None or name_key(location.region or "") == name_key(region):
                label = (
                    location.name
                    if region
                    else (
                        f"{location.name} · {location.region}" if location.region else location.name
                    )
                )
                self.location_box.addItem(label, location.id)
        index = self.location_box.findData(chosen) if chosen is not None else -1
        self.location_box.setCurrentIndex(max(index, 0))
        self.location_box.blockSignals(False)

    # --- the filter ---------------------------------------------------------------------------

    def _filter_from_widgets(self) -> EncounterFilter:
        status = self.status_box.currentData()
        day_from = self.date_from.value()
        day_to = self.date_to.value()
        return EncounterFilter(
            form_id=self.form_box.currentData(),
            location=self.location_box.currentData(),
            region=self.region_box.currentData(),
            date_from=_start_of_day(day_from) if day_from else None,
            date_to=_start_of_day(day_to.addDays(1)) if day_to else None,
            statuses=(status,) if status else None,
            tag=self.tag_box.currentData(),
            critical_only=self.critical_box.isChecked(),
            text=self.search.text().strip() or None,
        )

    def current_filter(self) -> EncounterFilter:
        """The filter the table shows."""
        return replace(self.model.filter)

    def set_filter(self, f: EncounterFilter) -> None:
        """Show the encounters `f` covers, setting the filter bar to match."""
        widgets = (
            self.search,
            self.critical_box,
            self.region_box,
            self.location_box,
            self.form_box,
            self.status_box,
            self.tag_box,
            self.date_from,
            self.date_to,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.search.setText(f.text or "")
            self.critical_box.setChecked(f.critical_only)
            self._choose(self.region_box, f.region)
            self._fill_locations()
            location = None
            if f.location:
                wanted = name_key(f.location)
                location = next(
                    (
                        loc.id
                        for loc in self._locations
                        if loc.id == f.location or name_key(loc.name) == wanted
                    ),
                    None,
                )
            self._choose(self.location_box, location)
            self._choose(self.form_box, f.form_id)
            self._choose(self.status_box, f.statuses[0] if f.statuses else None)
            self._choose(self.tag_box, f.tag)
            for edit, moment, shift in (
                (self.date_from, f.date_from, 0),
                (self.date_to, f.date_to, -1),
            ):
                if moment is None:
                    edit.clear_value()
                else:
                    edit.setDate(QDate(moment.astimezone().date()).addDays(shift))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._search_timer.stop()
        self._apply(f)

    @staticmethod
    def _choose(box: QComboBox, value: str | None) -> None:
        index = box.findData(value) if value is not None else 0
        if index < 0 and value is not None:
            # Regions compare without case in SQL; match the combo the same way.
            index = next(
                (
                    i
                    for i in range(box.count())
                    if str(box.itemData(i) or "").lower() == value.lower()
                ),
                -1,
            )
            if index < 0:
                box.addItem(value, value)
                index = box.count() - 1
        box.setCurrentIndex(index)

    @Slot()
    def on_filter_changed(self) -> None:
        self._search_timer.stop()
        f = self._filter_from_widgets()
        if f != self.model.filter:
            self._apply(f)

    def _apply(self, f: EncounterFilter) -> None:
        selected = self.selected_encounter()
        self.model.set_filter(f)
        self._restore_selection(selected)
        self.filter_changed.emit(replace(f))

    @Slot()
    def clear_filters(self) -> None:
        self.set_filter(EncounterFilter())

    @Slot(int)
    def on_region_changed(self, _index: int) -> None:
        self._fill_locations()
        self.on_filter_changed()

    @Slot(int)
    def on_location_chosen(self, _index: int) -> None:
        self.on_filter_changed()

    @Slot()
    def on_location_typed(self) -> None:
        """Typing a location's name (or part of one only it has) and leaving the box picks
        it; an empty box means any location; anything else goes back to the choice."""
        text = name_key(self.location_box.currentText())
        box = self.location_box
        if not text:
            index = 0
        else:
            keys = [name_key(box.itemText(i)) for i in range(box.count())]
            exact = [
                i
                for i in range(1, box.count())
                if text in (keys[i], name_key(box.itemText(i).split(" · ")[0]))
            ]
            partial = [i for i in range(1, box.count()) if text in keys[i]]
            index = exact[0] if exact else partial[0] if len(partial) == 1 else -1
        if index < 0:
            index = max(box.findData(self.model.filter.location), 0)
        box.blockSignals(True)
        box.setCurrentIndex(index)
        box.setEditText(box.itemText(index))
        box.blockSignals(False)
        self.on_filter_changed()

    # --- the table ----------------------------------------------------------------------------

    @Slot(int, Qt.SortOrder)
    def on_sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        if column not in SORT_KEYS:
            # Tags cannot be sorted: put the indicator back where the rows are sorted.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            header.blockSignals(False)
            return
        selected = self.selected_encounter()
        self.model.sort(column, order)
        self.table.scrollToTop()
        self._restore_selection(selected)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """End and Ctrl+End select the last encounter of all (reading the rest of the log
        first), Home and Ctrl+Home the first: rows are selected whole, so the table's own
        End (the last column) would show nothing."""
        if (
            watched is getattr(self, "table", None)  # (gone while Python tears the view down)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_End, Qt.Key.Key_Home)
            and event.modifiers() & ~Qt.KeyboardModifier.ControlModifier
            == Qt.KeyboardModifier.NoModifier
        ):
            if event.key() == Qt.Key.Key_End and self.model.canFetchMore(QModelIndex()):
                # A third of a second at 100,000 (bench/bench_log.py): say so with the cursor.
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    self.model.fetch_all()
                finally:
                    QApplication.restoreOverrideCursor()
            row = self.model.rowCount() - 1 if event.key() == Qt.Key.Key_End else 0
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, COL_DATE))
            return True
        return super().eventFilter(watched, event)

    @Slot(QModelIndex)
    def on_row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.model.encounter_row(index.row())
            self.open_requested.emit(row.id, row.status)

    @Slot(QPoint)
    def on_context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if index.isValid():
            self.table.selectRow(index.row())
            self.row_menu(self.model.encounter_row(index.row())).popup(
                self.table.viewport().mapToGlobal(point)
            )

    def row_menu(self, row: listing.EncounterRow) -> QMenu:
        """Open, Review, Report, Export and Discard/Delete for one row."""
        menu = QMenu(self)
        menu.addAction(self.tr("&Open"), lambda: self.open_requested.emit(row.id, row.status))
        menu.addAction(self.tr("Re&view"), lambda: self.review_requested.emit(row.id))
        menu.addAction(self.tr("Visit &report…"), lambda: self.report_requested.emit(row.id))
        menu.addAction(
            self.tr("&Export…"),
            lambda: self.export_requested.emit(EncounterFilter(ids=(row.id,))),
        )
        menu.addSeparator()
        remove = menu.addAction(trash_view.remove_label(row.status), self.remove_selected)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        return menu

    @Slot()
    def remove_selected(self) -> None:
        """Discard (a draft) or delete (with a reason) the selected encounter, once confirmed."""
        rows = self.table.selectionModel().selectedRows()
        if rows:
            row = self.model.encounter_row(rows[0].row())
            trash_view.remove_encounter(self, self.workspace, row.id, row.status)

    @Slot()
    def show_match(self) -> None:
        """Under the table: where the search text is in the selected encounter."""
        text = self.current_filter().text or ""
        selected = self.selected_encounter() if text else None
        found = listing.match_snippet(self.workspace.db, selected, text) if selected else None
        if found is None:
            self.match_label.hide()
            return
        field, snippet = found
        where = {
            "notes": self.tr("Found in the notes: “{snippet}”"),
            "staff": self.tr("Found in the staff description: “{snippet}”"),
            "reviewer_note": self.tr("Found in the reviewer note: “{snippet}”"),
        }[field]
        self.match_label.setText(where.format(snippet=snippet))
        self.match_label.show()

    def selected_encounter(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ENCOUNTER_ID_ROLE) if rows else None

    def select_encounter(self, encounter_id: str) -> bool:
        """Select an encounter's row if it is loaded; returns whether it was."""
        row = self.model.row_of(encounter_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, COL_DATE))
        return True

    def _restore_selection(self, encounter_id: str | None) -> None:
        if encounter_id is not None:
            self.select_encounter(encounter_id)

    @Slot(int)
    def on_total_changed(self, total: int) -> None:
        self.count_label.setText(self.tr("%Ln encounters", "", total))
        self._show_results_or_empty()

    @Slot()
    def _show_results_or_empty(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.results.setCurrentIndex(0 if has_rows else 1)
        filtered = self.model.filter != EncounterFilter()
        self.empty_label.setText(
            self.tr("No encounters match these filters")
            if filtered
            else self.tr("No encounters yet")
        )
        self.empty_clear_button.setVisible(filtered)

    # --- for the main window ------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh(self) -> None:
        """Read the log again, keeping the filter, the sort, the selection and the scroll."""
        selected = self.selected_encounter()
        scroll = self.table.verticalScrollBar().value()
        self._fill_choices()
        self.model.refresh()
        self._show_results_or_empty()
        if selected is not None and self.selected_encounter() != selected:
            self._restore_selection(selected)
        self.table.verticalScrollBar().setValue(scroll)

    def on_changes(self, changes: Changes) -> None:
        """Forms alone change only the filter bar's choices: a form is never changed in place
        (a changed form is a new version), so the rows stay as they are."""
        if changes.touches("encounters", "locations"):
            self.refresh()
        else:
            self._fill_choices()
