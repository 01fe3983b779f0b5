"""The top of the encounter editor: which form, where (type-ahead, a new location added in
place), when, through which channel, who observed and whom they met (a role, never a name)."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mysteryshop import intake
from mysteryshop.names import name_key, search_rank
from mysteryshop.store import listing, queries
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.records import LocationData
from mysteryshop.ui import display, theme
from mysteryshop.ui.editor_style import CARD_MARGINS
from mysteryshop.ui.editor_widgets import quiet_wheel

INSERT_ROLE = Qt.ItemDataRole.UserRole + 1  # the text a suggestion puts in the box
ADD_ROLE = Qt.ItemDataRole.UserRole + 2  # true on the "add it as a new location" row
MAX_SUGGESTIONS = 12


def location_text(location: LocationData) -> str:
    """How a location appears in the list: its name, and its region after a dash."""
    return f"{location.name} — {location.region}" if location.region else location.name


def _date_time_format() -> str:
    """The locale's short date and time; ISO-like where the locale has none (C)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd HH:mm"
    date = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in date:
        date = date.replace("yy", "yyyy")
    return f"{date} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


def format_moment(moment: datetime) -> str:
    """A date and time as the date field shows them, in the moment's own offset."""
    return QLocale().toString(QDateTime(moment.replace(tzinfo=None)), _date_time_format())


class _Suggestions(QCompleter):
    """A completer over rows ranked elsewhere: it lists them as they are, inserts a row's
    INSERT_ROLE text, and preselects none (it would preselect the row whose text starts like
    the typed one: the add choice, which Enter would then take)."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return ["\0"]  # matches no row

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        return str(index.data(INSERT_ROLE) or "")


class LocationPicker(QWidget):
    """An editable combo box with type-ahead over the stored locations; a name that is not
    stored yet offers to add it (with an optional region) without leaving the editor."""

    changed = Signal()  # the chosen location changed
    added = Signal(object)  # a LocationData just added

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.locations: list[LocationData] = []
        self._chosen: str | None = None

        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMaxVisibleItems(15)
        line_edit = self.combo.lineEdit()
        assert line_edit is not None
        line_edit.setPlaceholderText(self.tr("Type to find or add a location"))
        self.combo.setAccessibleName(self.tr("Location"))
        line_edit.setAccessibleName(self.combo.accessibleName())
        quiet_wheel(self.combo)
        # The suggestions are ranked here (names.search_rank: prefixes and words first,
        # accents optional), and end with the choice to add the typed name, so that the add
        # panel never shows under the list, covered by it.
        self.suggestions = QStandardItemModel(self)
        self.completer = _Suggestions(self.suggestions, self.combo)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(MAX_SUGGESTIONS + 1)
        line_edit.setCompleter(self.completer)
        # The index overload: the row tells a location from the add choice (stubs lack it).
        self.completer.activated[QModelIndex].connect(  # type: ignore[index]
            self.on_suggestion_activated
        )
        line_edit.textEdited.connect(self.on_text_edited)
        self._add_asked = False
        self.combo.editTextChanged.connect(self.on_text_changed)
        self.combo.currentIndexChanged.connect(self.on_index_changed)

        self.add_row = QFrame()
        self.add_row.setProperty("role", "inline-add")
        self.add_text = QLabel()
        self.add_text.setWordWrap(True)
        self.region = QLineEdit()
        self.region.setPlaceholderText(self.tr("Region (optional)"))
        self.region.setAccessibleName(self.tr("Region of the new location"))
        self.region.returnPressed.connect(self.add_location)
        self.regions = QStringListModel(self)
        region_completer = QCompleter(self.regions, self.region)
        region_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.region.setCompleter(region_completer)
        self.add_button = QPushButton(self.tr("&Add location"))
        self.add_button.clicked.connect(self.add_location)
        add_layout = QGridLayout(self.add_row)
        add_layout.setContentsMargins(10, 8, 10, 8)
        add_layout.setHorizontalSpacing(8)
        add_layout.addWidget(self.add_text, 0, 0, 1, 2)
        add_layout.addWidget(self.region, 1, 0)
        add_layout.addWidget(self.add_button, 1, 1)
        self.add_row.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.combo)
        layout.addWidget(self.add_row)

    # --- the list -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the locations again, keeping the chosen one and the typed text."""
        text = self.combo.currentText()
        chosen = self._chosen
        self.locations = queries.list_locations(self.db)
        self.combo.blockSignals(True)
        self.combo.clear()
        for location in sorted(self.locations, key=lambda loc: location_text(loc).lower()):
            self.combo.addItem(location_text(location), location.id)
        self.combo.setCurrentIndex(-1)
        self.combo.setEditText(text)
        self.combo.blockSignals(False)
        self.regions.setStringList(listing.regions(self.db))
        self._chosen = chosen
        if chosen is not None:
            self.set_location(chosen)

    def location_id(self) -> str | None:
        return self._chosen

    def text(self) -> str:
        return self.combo.currentText().strip()

    def set_location(self, location_id: str | None, typed: str = "") -> None:
        """Show a location (no `changed`); or, without one, the typed text."""
        self.combo.blockSignals(True)
        index = self.combo.findData(location_id) if location_id else -1
        self.combo.setCurrentIndex(index)
        if index < 0:
            self.combo.setEditText(typed)
        self.combo.blockSignals(False)
        self._chosen = location_id if index >= 0 else None
        self._show_add_row(self.text())

    def _match(self, text: str) -> list[LocationData]:
        wanted = name_key(text)
        if not wanted:
            return []
        exact = [loc for loc in self.locations if name_key(location_text(loc)) == wanted]
        return exact or [loc for loc in self.locations if name_key(loc.name) == wanted]

    # --- typing ---------------------------------------------------------------------------------

    @Slot(int)
    def on_index_changed(self, index: int) -> None:
        if index >= 0:
            self._choose(self.combo.itemData(index))

    def suggest(self, text: str) -> list[LocationData]:
        """The stored locations matching what is typed, best first (names.search_rank on the
        name, then on name and region)."""
        ranked = []
        for location in self.locations:
            ranks = [search_rank(text, location.name), search_rank(text, location_text(location))]
            found = [rank for rank in ranks if rank is not None]
            if found:
                ranked.append((min(found), location_text(location).lower(), location))
        return [location for *_key, location in sorted(ranked, key=lambda item: item[:2])]

    @Slot(str)
    def on_text_edited(self, text: str) -> None:
        """Fill the suggestion list as the user types; the last row offers to add the name."""
        self._add_asked = False
        typed = text.strip()
        found = self.suggest(typed)[:MAX_SUGGESTIONS] if typed else []
        self.suggestions.clear()
        for location in found:
            item = QStandardItem(location_text(location))
            item.setData(location_text(location), INSERT_ROLE)
            self.suggestions.appendRow(item)
        if found and not self._match(typed):
            item = QStandardItem(self.tr("+ Add “{name}” as a new location…").format(name=typed))
            item.setData(text, INSERT_ROLE)
            item.setData(True, ADD_ROLE)
            item.setForeground(theme.ACCENT)  # set apart from the stored locations
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            self.suggestions.appendRow(item)
        popup = self.completer.popup()
        if found:
            self.completer.complete()
        elif popup is not None:
            popup.hide()
        self._show_add_row(typed)

    @Slot(QModelIndex)
    def on_suggestion_activated(self, index: QModelIndex) -> None:
        if index.data(ADD_ROLE):
            self._add_asked = True
            self._show_add_row(self.text())
            self.region.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str)
    def on_text_changed(self, text: str) -> None:
        found = self._match(text)
        self._choose(found[0].id if len(found) == 1 else None)
        self._show_add_row(text.strip())

    def _choose(self, location_id: str | None) -> None:
        if location_id != self._chosen:
            self._chosen = location_id
            self.changed.emit()

    def _show_add_row(self, text: str) -> None:
        found = self._match(text)
        # With suggestions in the list, adding is its last row until chosen there.
        new = bool(text) and not found and (self._add_asked or not self.suggest(text))
        if new:
            self.add_text.setText(
                self.tr("“{name}” is not in your locations yet. Add it?").format(name=text)
            )
            self.add_button.setText(self.tr("&Add location"))
        elif len(found) > 1:
            self.add_text.setText(
                self.tr("Several locations are called “{name}”: pick one from the list.").format(
                    name=text
                )
            )
        self.add_row.setVisible(new or len(found) > 1)
        self.region.setVisible(new)
        self.add_button.setVisible(new)

    @Slot()
    def add_location(self) -> None:
        name = self.text()
        if not name or self._match(name):
            return
        try:
            location = queries.add_location(self.db, name, self.region.text())
        except StoreError as error:
            self.add_text.setText(
                self.tr("Could not add the location: {error}").format(error=error)
            )
            return
        self.region.clear()
        self._chosen = None
        self.reload()
        self.set_location(location.id)
        self.added.emit(location)
        self._chosen = None
        self._choose(location.id)
        self.combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_widgets(self) -> list[QWidget]:
        return [self.combo, self.region, self.add_button]


class VisitHeader(QFrame):
    """Form, location, date and time, channel, observer alias and staff description."""

    changed = Signal()  # a value the user edited (not the form: see form_chosen)
    form_chosen = Signal(str)  # the user picked another form (its id)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.db = db
        self._tz: tzinfo | None = None

        self.form_combo = QComboBox()
        self.form_combo.setAccessibleName(self.tr("Form"))
        quiet_wheel(self.form_combo)
        self.form_combo.activated.connect(self.on_form_activated)
        self.location = LocationPicker(db)
        self.location.changed.connect(self.changed)
        self.visited = QDateTimeEdit()
        self.visited.setCalendarPopup(True)
        self.visited.setDisplayFormat(_date_time_format())
        self.visited.setDateRange(QDate(intake.EARLIEST_DAY), QDate(intake.LATEST_DAY))
        self.visited.setAccessibleName(self.tr("Date and time of the visit"))
        quiet_wheel(self.visited)
        self.visited.dateTimeChanged.connect(self.changed)
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Channel"))
        quiet_wheel(self.channel)
        self.channel.activated.connect(self.changed)
        self.observer = QLineEdit()
        self.observer.setPlaceholderText(self.tr("Your alias"))
        self.observer.setToolTip(self.tr("Remembered for your next visit (also in Settings)"))
        self.observer.setAccessibleName(self.tr("Observer alias"))
        self.observer.textEdited.connect(self.changed)
        self.staff = QLineEdit()
        self.staff.setPlaceholderText(self.tr("Role or pseudonym, e.g. cashier — never a name"))
        self.staff.setAccessibleName(self.tr("Staff description"))
        self.staff.setAccessibleDescription(
            self.tr("Describe staff by role or a pseudonym; never write a name.")
        )
        self.staff.textEdited.connect(self.changed)

        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        fields: tuple[tuple[int, int, str, QWidget, QWidget], ...] = (
            (0, 0, self.tr("For&m"), self.form_combo, self.form_combo),
            (0, 1, self.tr("Cha&nnel"), self.channel, self.channel),
            (2, 0, self.tr("&Location"), self.location, self.location.combo),
            (2, 1, self.tr("&Date and time"), self.visited, self.visited),
            (4, 0, self.tr("&Observer"), self.observer, self.observer),
            (4, 1, self.tr("&Staff (role, not a name)"), self.staff, self.staff),
        )
        for field in (
            self.form_combo,
            self.channel,
            self.location.combo,
            self.visited,
            self.observer,
            self.staff,
            self.location.region,
        ):
            field.setMinimumHeight(32)
        for row, column, caption, widget, buddy in fields:
            label = QLabel(caption)
            label.setProperty("role", "field")
            label.setBuddy(buddy)
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row + 1, column, Qt.AlignmentFlag.AlignTop)
        grid.setRowMinimumHeight(2, 28)
        grid.setRowMinimumHeight(4, 28)

        title = QLabel(self.tr("The visit"))
        title.setProperty("role", "section")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*CARD_MARGINS)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addLayout(self._calibration_row())

    # --- calibration ----------------------------------------------------------------------------

    def _calibration_row(self) -> QHBoxLayout:
        """A quiet button for the rare visit recorded for an observer-calibration session
        (DESIGN.md): most visits are not, so it is no field of its own."""
        self._calibration: str | None = None
        self.calibration_label = QLabel()
        self.calibration_label.setObjectName("calibrationLabel")
        # Out of the Tab order (the first question follows the staff field); Alt+B reaches it.
        self.calibration_button = QPushButton(self.tr("Cali&bration session…"))
        self.calibration_button.setFlat(True)
        self.calibration_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.calibration_button.setToolTip(
            self.tr(
                "Mark this encounter as recorded for an observer-calibration session: several "
                "observers record the same scenario, and it stays out of every location figure."
            )
        )
        self.calibration_button.clicked.connect(self.on_calibration_clicked)
        row = QHBoxLayout()
        row.addWidget(self.calibration_label)
        row.addStretch(1)
        row.addWidget(self.calibration_button)
        self.set_calibration(None)
        return row

    def set_calibration(self, session: str | None) -> None:
        """Show the encounter's calibration session (no `changed`)."""
        self._calibration = session or None
        self.calibration_label.setText(
            self.tr("Calibration session: {session}").format(session=session) if session else ""
        )
        self.calibration_label.setVisible(bool(session))

    def calibration(self) -> str | None:
        return self._calibration

    @Slot()
    def on_calibration_clicked(self) -> None:
        from mysteryshop.store.calibration import session_ids

        known = session_ids(self.db)
        current = self._calibration or ""
        choices = ["", *known] if current in known or not current else ["", current, *known]
        text, ok = QInputDialog.getItem(
            self,
            self.tr("Calibration session"),
            self.tr(
                "The session this encounter was recorded for (the same id on every observer's "
                "encounter of it). Leave it empty for an ordinary visit."
            ),
            choices,
            choices.index(current),
            True,
        )
        if ok:
            self.choose_calibration(text)

    def choose_calibration(self, text: str) -> bool:
        """Set the session typed or chosen ('' for none); False (and a message) when it is too
        long to store."""
        session = text.strip()
        if len(session) > queries.CALIBRATION_LENGTH:
            QMessageBox.warning(
                self,
                self.tr("Calibration session"),
                self.tr("A session id may be at most {n} characters long.").format(
                    n=queries.CALIBRATION_LENGTH
                ),
            )
            return False
        if (session or None) != self._calibration:
            self.set_calibration(session)
            self.changed.emit()
        return True

    # --- forms ----------------------------------------------------------------------------------

    def set_forms(self, forms: list[tuple[str, int | None, str]], current: tuple[str, int]) -> None:
        """The choice of forms: (form id, version or None for the latest, title); `current`
        is the encounter's form and version."""
        self.form_combo.blockSignals(True)
        self.form_combo.clear()
        for form_id, version, title in forms:
            self.form_combo.addItem(title, (form_id, version))
        index = next(
            (
                i
                for i, (fid, version, _t) in enumerate(forms)
                if fid == current[0] and version in (None, current[1])
            ),
            -1,
        )
        self.form_combo.setCurrentIndex(index)
        self.form_combo.blockSignals(False)

    @Slot(int)
    def on_form_activated(self, index: int) -> None:
        data = self.form_combo.itemData(index)
        if data:
            self.form_chosen.emit(data[0])

    def set_channels(self, channels: list[str], current: str) -> None:
        self.channel.clear()
        for channel in channels:
            self.channel.addItem(display.channel_label(channel), channel)
        self.channel.setCurrentIndex(max(self.channel.findData(current), 0))
        self.channel.setEnabled(len(channels) > 1)

    # --- values ---------------------------------------------------------------------------------

    def set_visit(
        self, visited_at: datetime, observer: str | None, staff: str, *, keep_offset: bool
    ) -> None:
        """Show stored values (no `changed`). `keep_offset`: the visit keeps the UTC offset it
        was recorded with; else the offset is this computer's for the date shown (DST)."""
        for widget in (self.visited, self.observer, self.staff):
            widget.blockSignals(True)
        self._tz = visited_at.tzinfo if keep_offset else None
        self.visited.setDateTime(QDateTime(visited_at.replace(tzinfo=None)))
        self.observer.setText(observer or "")
        self.staff.setText(staff)
        for widget in (self.visited, self.observer, self.staff):
            widget.blockSignals(False)

    def visited_at(self) -> datetime:
        """The date and time shown, in the visit's own UTC offset (this computer's for a new
        one)."""
        naive = self.visited.dateTime().toPython()
        assert isinstance(naive, datetime)
        naive = naive.replace(second=0, microsecond=0)
        return naive.replace(tzinfo=self._tz) if self._tz is not None else naive.astimezone()

    def channel_id(self) -> str:
        return str(self.channel.currentData() or "in_person")

    def focus_widgets(self) -> list[QWidget]:
        return [
            self.form_combo,
            self.channel,
            *self.location.focus_widgets(),
            self.visited,
            self.observer,
            self.staff,
        ]
