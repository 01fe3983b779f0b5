"""The locations view: every location with its region and number of encounters; add,
rename and set regions in place, and merge duplicates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPoint,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.changes import Changes
from mysteryshop.store import queries
from mysteryshop.store.db import StoreError
from mysteryshop.store.locations import (
    LocationSummary,
    location_summaries,
    merge_locations,
    update_location,
)
from mysteryshop.store.privacy import ErasureResult
from mysteryshop.store.records import EncounterFilter
from mysteryshop.ui import display, privacy_dialogs, theme
from mysteryshop.ui.headers import conventional_sort_arrows
from mysteryshop.ui.ops import Op, Refresher, announce
from mysteryshop.ui.workspace import Workspace

translate = QCoreApplication.translate  # a short name pyside6-lupdate still recognises

_ROOT = QModelIndex()


class LocationsModel(QAbstractTableModel):
    """Locations with their encounter counts. Name and region are edited in place; each
    edit is saved at once through store/locations.py."""

    COL_NAME, COL_REGION, COL_ENCOUNTERS, COL_LAST = range(4)
    IdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    edited = Signal(str)  # location id, after a saved edit
    edit_refused = Signal(str)  # why an edit was not saved

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.rows: list[LocationSummary] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = location_summaries(self.workspace.db)
        self.endResetModel()

    def rowCount(self, parent: Any = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else 4

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("LocationsView", "Location"),
                translate("LocationsView", "Region"),
                translate("LocationsView", "Encounters"),
                translate("LocationsView", "Last visit"),
            )[section]
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.TextAlignmentRole
            and section in (self.COL_ENCOUNTERS, self.COL_LAST)
        ):
            if section == self.COL_LAST:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Any) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (self.COL_NAME, self.COL_REGION):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        # APP.md: a bare list of names; when each was last visited tells which need a visit.
        last = row.last_visit.astimezone() if row.last_visit else None
        if role == Qt.ItemDataRole.DisplayRole:
            when = display.date_text(last.date()) if last else "–"
            return (row.name, row.region or "", QLocale().toString(row.encounters), when)[column]
        if role == Qt.ItemDataRole.EditRole:
            return (row.name, row.region or "", row.encounters, last)[column]
        if role == self.SortRole:
            stamp = last.timestamp() if last else 0.0
            return (row.name.lower(), (row.region or "").lower(), row.encounters, stamp)[column]
        if role == self.IdRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_ENCOUNTERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_LAST:
            return int(Qt.AlignmentFlag.AlignCenter)
        muted = (self.COL_ENCOUNTERS, self.COL_LAST)
        if role == Qt.ItemDataRole.ForegroundRole and column in muted:
            return theme.MUTED
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_NAME, self.COL_REGION):
            return translate("LocationsView", "Double-click or press F2 to edit")
        return None

    def setData(self, index: Any, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        text = str(value).strip()
        try:
            if index.column() == self.COL_NAME:
                if text == row.name:
                    return False
                update_location(self.workspace.db, row.id, name=text)
                row = LocationSummary(row.id, text, row.region, row.encounters, row.last_visit)
            elif index.column() == self.COL_REGION:
                if text == (row.region or ""):
                    return False
                update_location(self.workspace.db, row.id, region=text)
                row = LocationSummary(
                    row.id, row.name, text or None, row.encounters, row.last_visit
                )
            else:
                return False
        except StoreError as error:
            self.edit_refused.emit(str(error))
            return False
        self.rows[index.row()] = row
        self.dataChanged.emit(index, index)
        self.edited.emit(row.id)
        return True


class _LocationsSortModel(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(LocationsModel.SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)  # name or region


class MergeDialog(QDialog):
    """Asks which of the chosen locations to keep, says how many encounters move, and
    confirms. `keep_id()` is the chosen one after accept()."""

    def __init__(self, locations: Sequence[LocationSummary], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge locations"))
        self.locations = list(locations)
        intro = QLabel(
            self.tr("Merge {count} locations into one. Which one should stay?").format(
                count=len(self.locations)
            )
        )
        intro.setWordWrap(True)
        self.choices = QButtonGroup(self)
        column = QVBoxLayout()
        most = max(self.locations, key=lambda loc: (loc.encounters, loc.name))
        for number, location in enumerate(self.locations):
            text = self.tr("{name} — {region} — %Ln encounters", "", location.encounters).format(
                name=location.name,
                region=location.region or self.tr("no region"),
            )
            button = QRadioButton(text)
            self.choices.addButton(button, number)
            column.addWidget(button)
            if location is most:
                button.setChecked(True)
        self.choices.idToggled.connect(self.on_choice_toggled)
        self.consequence = QLabel()
        self.consequence.setWordWrap(True)
        self.consequence.setStyleSheet(f"color: {theme.TEXT.name()};")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(column)
        layout.addSpacing(8)
        layout.addWidget(self.consequence)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.on_choice_toggled()

    def keep_id(self) -> str:
        return self.locations[self.choices.checkedId()].id

    def moving(self) -> int:
        """Encounters that move to the kept location."""
        keep = self.keep_id()
        return sum(loc.encounters for loc in self.locations if loc.id != keep)

    @Slot()
    def on_choice_toggled(self, *_args: Any) -> None:
        keep = self.locations[self.choices.checkedId()]
        others = len(self.locations) - 1
        self.consequence.setText(
            self.tr(
                "%Ln encounters from the other {others} location(s) will move to "
                "“{name}”, and those locations will be deleted. This cannot be "
                "undone.",
                "",
                self.moving(),
            ).format(others=others, name=keep.name)
        )


class LocationsView(QWidget):
    """Locations: add, rename, set the region, merge duplicates."""

    changed = Signal()
    encounters_requested = Signal(object)  # EncounterFilter: one location's encounters

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.merge_dialog: MergeDialog | None = None

        heading = QLabel(self.tr("Locations"))
        heading.setProperty("role", "heading")
        intro = QLabel(
            self.tr(
                "The places observers visit. Double-click a name or region to change it; "
                "select two or more rows to merge duplicates."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {theme.MUTED.name()};")

        # Adding.
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name, e.g. Kamppi store"))
        self.new_name.setAccessibleName(self.tr("New location name"))
        self.new_region = QLineEdit()
        self.new_region.setPlaceholderText(self.tr("Region (optional)"))
        self.new_region.setAccessibleName(self.tr("New location region"))
        self.regions = QStringListModel(self)
        self.region_completer = QCompleter(self.regions, self)
        self.region_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.new_region.setCompleter(self.region_completer)
        self.add_button = QPushButton(self.tr("Add location"))
        self.add_button.setProperty("role", "primary")
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.new_name.textChanged.connect(self.on_new_name_changed)
        for field in (self.new_name, self.new_region):
            field.returnPressed.connect(self.on_add_clicked)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 3)
        add_row.addWidget(self.new_region, 2)
        add_row.addWidget(self.add_button)

        # The list.
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name or region"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter locations"))
        self.model = LocationsModel(workspace, self)
        self.model.edited.connect(self.on_location_edited)
        self.model.edit_refused.connect(self.on_edit_refused)
        self.proxy = _LocationsSortModel(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Locations"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(LocationsModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        conventional_sort_arrows(header)  # ▲ ascending, ▼ descending
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(LocationsModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LocationsModel.COL_REGION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            LocationsModel.COL_ENCOUNTERS, QHeaderView.ResizeMode.ResizeToContents
        )
        # The date a little apart from the counts before it, as wide as its title or a date.
        header.setSectionResizeMode(LocationsModel.COL_LAST, QHeaderView.ResizeMode.Fixed)
        metrics = self.table.fontMetrics()
        title = str(self.model.headerData(LocationsModel.COL_LAST, Qt.Orientation.Horizontal))
        widest = max(metrics.horizontalAdvance(text) for text in (title, "00.00.0000", "00/00/00"))
        header.resizeSection(LocationsModel.COL_LAST, widest + 40)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.on_context_menu)

        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.setToolTip(self.tr("Edit the selected location's name (F2)"))
        self.rename_button.clicked.connect(self.on_rename_clicked)
        self.region_button = QPushButton(self.tr("Set region…"))
        self.region_button.setToolTip(self.tr("Set the region of the selected locations"))
        self.region_button.clicked.connect(self.on_region_clicked)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setToolTip(
            self.tr(
                "Merge the selected locations into one: their encounters move to the one you keep"
            )
        )
        self.merge_button.clicked.connect(self.on_merge_clicked)
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.setToolTip(
            self.tr("Delete the selected location and every encounter made there (on request)")
        )
        self.erase_button.clicked.connect(self.on_erase_clicked)
        actions = QHBoxLayout()
        actions.addWidget(self.search, 1)
        actions.addSpacing(12)
        for button in (
            self.rename_button,
            self.region_button,
            self.merge_button,
            self.erase_button,
        ):
            actions.addWidget(button)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {theme.MUTED.name()};")

        card = QFrame()
        card.setProperty("role", "card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        add_title = QLabel(self.tr("Add a location"))
        add_title.setStyleSheet("font-weight: 600;")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(16, 12, 16, 14)
        card_layout.addWidget(add_title)
        card_layout.addLayout(add_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(card)
        layout.addSpacing(6)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.on_selection_changed()
        # The encounters too: the list shows how many each location has.
        self.refresher = Refresher(
            self,
            workspace,
            lambda _changes: self.refresh(),
            lambda c: c.touches("locations", "encounters"),
            stale=True,
        )

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        chosen = set(self.selected_ids())
        self.model.reload()
        regions = sorted({row.region for row in self.model.rows if row.region}, key=str.lower)
        self.regions.setStringList(regions)
        if chosen:
            self.select_ids(chosen)
        self.on_selection_changed()

    def _announce(self, changes: Changes) -> None:
        """Tell the other views what changed (this one shows it already)."""
        announce(self.workspace, changes, self)
        self.changed.emit()

    # --- selection --------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(LocationsModel.IdRole) for index in rows]

    def select_ids(self, ids: set[str] | Sequence[str]) -> None:
        wanted = set(ids)
        selection = self.table.selectionModel()
        selection.clearSelection()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(LocationsModel.IdRole) in wanted:
                selection.select(
                    index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows
                )

    @Slot(QPoint)
    def on_context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        if index.data(LocationsModel.IdRole) not in self.selected_ids():
            self.table.selectRow(index.row())
        self.context_menu().popup(self.table.viewport().mapToGlobal(point))

    def context_menu(self) -> QMenu:
        """The selected locations' encounters, then what the buttons below the list do."""
        menu = QMenu(self)
        ids = self.selected_ids()
        show = menu.addAction(
            self.tr("Show &encounters"),
            lambda: self.encounters_requested.emit(EncounterFilter(location=ids[0])),
        )
        show.setEnabled(len(ids) == 1)
        menu.addSeparator()
        # (A button hidden from a team member's role is not offered here either.)
        for button in (self.rename_button, self.region_button, self.merge_button):
            if not button.isHidden():
                menu.addAction(button.text(), button.click).setEnabled(button.isEnabled())
        menu.addSeparator()
        if not self.erase_button.isHidden():
            erase = menu.addAction(self.erase_button.text(), self.erase_button.click)
            erase.setEnabled(self.erase_button.isEnabled())
        return menu

    @Slot()
    def on_selection_changed(self, *_args: Any) -> None:
        count = len(self.selected_ids())
        self.rename_button.setEnabled(count == 1)
        self.region_button.setEnabled(count >= 1)
        self.merge_button.setEnabled(count >= 2)
        self.erase_button.setEnabled(count == 1)

    def summaries(self, ids: Sequence[str]) -> list[LocationSummary]:
        by_id = {row.id: row for row in self.model.rows}
        return [by_id[i] for i in ids if i in by_id]

    # --- adding -----------------------------------------------------------------------------

    @Slot(str)
    def on_new_name_changed(self, text: str) -> None:
        self.add_button.setEnabled(bool(text.strip()))

    @Slot()
    def on_add_clicked(self) -> None:
        if self.new_name.text().strip():
            self.add_location(self.new_name.text(), self.new_region.text())

    def add_location(self, name: str, region: str = "") -> str | None:
        """Add a location; returns its id, or None (with the reason shown) when refused."""
        name, region = name.strip(), region.strip()
        same = queries.same_location(self.workspace.db, name, region or None)
        if same is not None:
            self.status.setText(self.tr("“{name}” is already in the list.").format(name=name))
            self.select_ids([same.id])
            return None
        try:
            location = queries.add_location(self.workspace.db, name, region or None)
        except StoreError as error:
            self.status.setText(str(error))
            return None
        self.new_name.clear()
        self.new_region.clear()
        self.refresh()
        self.select_ids([location.id])
        self.status.setText(self.tr("Added “{name}”.").format(name=location.name))
        self._announce(Changes.of("locations"))
        return location.id

    # --- editing ----------------------------------------------------------------------------

    @Slot()
    def on_rename_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows(LocationsModel.COL_NAME)
        if len(rows) == 1:
            self.table.setCurrentIndex(rows[0])
            self.table.edit(rows[0])

    @Slot()
    def on_region_clicked(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            rows = self.table.selectionModel().selectedRows(LocationsModel.COL_REGION)
            self.table.setCurrentIndex(rows[0])
            self.table.edit(rows[0])
            return
        regions = sorted({row.region for row in self.model.rows if row.region}, key=str.lower)
        region, ok = QInputDialog.getItem(
            self,
            self.tr("Set region"),
            self.tr("Region for the %n selected locations:", "", len(ids)),
            regions,
            0,
            True,
        )
        if ok:
            self.set_region(ids, region)

    def rename_location(self, location_id: str, name: str) -> bool:
        """Rename a location (the same as editing its name in the table)."""
        return self._edit(location_id, LocationsModel.COL_NAME, name)

    def set_region(self, ids: Sequence[str], region: str) -> int:
        """Set (or with '' clear) the region of locations; returns how many were changed."""
        changed = 0
        for location_id in ids:
            changed += self._edit(location_id, LocationsModel.COL_REGION, region)
        return changed

    def _edit(self, location_id: str, column: int, value: str) -> bool:
        for row, summary in enumerate(self.model.rows):
            if summary.id == location_id:
                return self.model.setData(self.model.index(row, column), value)
        return False

    @Slot(str)
    def on_location_edited(self, _location_id: str) -> None:
        self.status.setText(self.tr("Saved."))
        self._announce(Changes.of("locations"))

    @Slot(str)
    def on_edit_refused(self, reason: str) -> None:
        self.status.setText(self.tr("Not saved: {reason}").format(reason=reason))

    # --- merging ----------------------------------------------------------------------------

    @Slot()
    def on_merge_clicked(self) -> None:
        chosen = self.summaries(self.selected_ids())
        if len(chosen) < 2:
            return
        self.merge_dialog = MergeDialog(chosen, self)
        if self.merge_dialog.exec() == QDialog.DialogCode.Accepted:
            self.merge(self.merge_dialog.keep_id(), [loc.id for loc in chosen])
        self.merge_dialog.deleteLater()
        self.merge_dialog = None

    def merge(self, keep_id: str, ids: Sequence[str]) -> int:
        """Merge the locations `ids` into `keep_id`; returns the encounters moved."""
        kept = next((row.name for row in self.model.rows if row.id == keep_id), "")
        others = [i for i in ids if i != keep_id]
        try:
            moved = merge_locations(self.workspace.db, keep_id, others)
        except StoreError as error:
            self.status.setText(self.tr("Not merged: {reason}").format(reason=error))
            return 0
        self.refresh()
        self.select_ids([keep_id])
        self.status.setText(
            self.tr(
                "Merged {count} location(s) into “{name}”; %Ln encounters moved.", "", moved
            ).format(count=len(others), name=kept)
        )
        self._announce(Changes.of("locations", "encounters"))
        return moved

    # --- erasing ----------------------------------------------------------------------------

    @Slot()
    def on_erase_clicked(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.erase(ids[0])

    def erase(self, location_id: str) -> Op[ErasureResult] | None:
        """Ask, then delete the location and its encounters in a worker; returns the running
        op, None when the user said no."""
        name = next((row.name for row in self.model.rows if row.id == location_id), "")
        try:
            op = privacy_dialogs.confirm_erase_location(self, self.workspace, location_id, name)
        except StoreError as error:
            self.status.setText(self.tr("Not erased: {reason}").format(reason=error))
            return None
        if op is None:
            return None

        def erased(result: ErasureResult) -> None:
            self.refresh()
            self.status.setText(
                self.tr("Erased “{name}” and %Ln encounters.", "", result.encounters).format(
                    name=name
                )
            )
            self.changed.emit()

        def failed(error: Exception) -> None:
            if not isinstance(error, StoreError):
                raise error
            self.status.setText(self.tr("Not erased: {reason}").format(reason=error))

        op.success(erased).failure(failed).run()
        return op
