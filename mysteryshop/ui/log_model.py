"""The encounter log as a Qt table model: rows come from the database a page at a time, sorted
and filtered in SQL, so 100,000 encounters open as fast as 100."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from mysteryshop.store import queries
from mysteryshop.store.db import Database
from mysteryshop.store.listing import EncounterRow, in_sync_conflict, list_rows
from mysteryshop.store.records import EncounterFilter
from mysteryshop.ui import display, theme

PAGE_SIZE = 200
REFRESH_LIMIT = 5000
"""A refresh re-reads at most this many rows; beyond it the log starts again from the top."""

(
    COL_DATE,
    COL_LOCATION,
    COL_REGION,
    COL_FORM,
    COL_OBSERVER,
    COL_SCORE,
    COL_FEELING,
    COL_STATUS,
    COL_TAGS,
    COL_CRITICAL,
) = range(10)
COLUMN_COUNT = 10

HEADERS = {
    COL_DATE: QT_TRANSLATE_NOOP("EncounterLogModel", "Date"),
    COL_LOCATION: QT_TRANSLATE_NOOP("EncounterLogModel", "Location"),
    COL_REGION: QT_TRANSLATE_NOOP("EncounterLogModel", "Region"),
    COL_FORM: QT_TRANSLATE_NOOP("EncounterLogModel", "Form"),
    COL_OBSERVER: QT_TRANSLATE_NOOP("EncounterLogModel", "Observer"),
    COL_SCORE: QT_TRANSLATE_NOOP("EncounterLogModel", "Score"),
    COL_FEELING: QT_TRANSLATE_NOOP("EncounterLogModel", "Feeling"),
    COL_STATUS: QT_TRANSLATE_NOOP("EncounterLogModel", "Status"),
    COL_TAGS: QT_TRANSLATE_NOOP("EncounterLogModel", "Tags"),
    COL_CRITICAL: QT_TRANSLATE_NOOP("EncounterLogModel", "Critical"),
}

# The listing.SORT_KEYS key each column sorts by; tags cannot be sorted in SQL sensibly.
SORT_KEYS = {
    COL_DATE: "visited_at",
    COL_LOCATION: "location",
    COL_REGION: "region",
    COL_FORM: "form",
    COL_OBSERVER: "observer",
    COL_SCORE: "score",
    COL_FEELING: "feeling",
    COL_STATUS: "status",
    COL_CRITICAL: "critical_fail",
}

# The first click on these headers sorts high-to-low / newest first: what people look for.
_DESCENDING_FIRST = {COL_DATE, COL_SCORE, COL_FEELING, COL_CRITICAL}

ENCOUNTER_ID_ROLE = Qt.ItemDataRole.UserRole
"""The encounter's id (str) on every cell."""
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The whole EncounterRow on every cell."""

_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


# Literal texts go through translate("EncounterLogModel", "…"), which pyside6-lupdate sees.
translate = QCoreApplication.translate


def _t(text: object) -> str:
    # QT_TRANSLATE_NOOP is typed as returning object; its texts are str.
    return QCoreApplication.translate("EncounterLogModel", str(text))


def critical_marker() -> str:
    """What the critical column shows for an encounter with a failed critical question."""
    return translate("EncounterLogModel", "⚠ critical")


class EncounterLogModel(QAbstractTableModel):
    """One line per encounter. The first page is read when the model is made or its filter
    or sort changes; `fetchMore` reads the next page as the view scrolls."""

    total_changed = Signal(int)

    def __init__(
        self,
        db: Database,
        parent: QObject | None = None,
        *,
        filter: EncounterFilter | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._page_size = page_size
        self._filter = filter or EncounterFilter()
        self._sort_column = COL_DATE
        self._sort_order = Qt.SortOrder.DescendingOrder
        # None: a row skipped by End, read (a page around it) when it is first shown.
        self._rows: list[EncounterRow | None] = []
        self._row_of: dict[str, int] = {}
        self._more = False
        self._total = 0
        # True while the rows change: a listener that asks for more rows while a change is
        # announced (the model tester does) would insert rows that listeners later in line
        # hear about before the change they are still waiting for.
        self._changing = False
        # Form titles in the UI's language by (id, version): rows carry the stored default one.
        self._titles: dict[tuple[str, int], str] = {}
        # A laptop's encounters in sync conflict (ui/sync_view.py): marked in the Status column.
        self._conflicts: set[str] = set()
        self._load(self._page_size)

    # --- what the model shows -----------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many encounters match the filter (loaded or not)."""
        return self._total

    @property
    def filter(self) -> EncounterFilter:
        return self._filter

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def encounter_row(self, row: int) -> EncounterRow:
        found = self._rows[row]
        if found is None:
            found = self._read_around(row)
        return found

    def row_of(self, encounter_id: str) -> int | None:
        """The row showing an encounter, if it is loaded."""
        return self._row_of.get(encounter_id)

    def set_filter(self, f: EncounterFilter) -> None:
        """Show the encounters `f` covers, from the first page."""
        self._filter = f
        self._reload()

    def refresh(self) -> None:
        """Read again, keeping the filter, the sort and as many rows as were loaded. When the
        same encounters come back in the same order, views keep their selection and scroll."""
        old_ids = [row.id if row else None for row in self._rows]
        total = self._total
        limit = max(min(len(self._rows), REFRESH_LIMIT), self._page_size)
        rows = self._query(0, limit)
        self._total = queries.count_encounters(self._db, self._filter)
        self._titles = queries.form_titles(self._db, display.ui_language())
        self._conflicts = in_sync_conflict(self._db)
        if [row.id for row in rows] == old_ids:
            self._rows = [*rows]
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, COLUMN_COUNT - 1))
        else:
            with self._change():
                self.beginResetModel()
                self._set_rows(rows, limit)
                self.endResetModel()
        self._more = len(self._rows) < self._total
        if self._total != total:
            self.total_changed.emit(self._total)

    def _reload(self) -> None:
        with self._change():
            self.beginResetModel()
            self._load(self._page_size)
            self.endResetModel()
        self.total_changed.emit(self._total)

    @contextmanager
    def _change(self) -> Iterator[None]:
        self._changing = True
        try:
            yield
        finally:
            self._changing = False

    def _load(self, limit: int) -> None:
        self._total = queries.count_encounters(self._db, self._filter)
        self._titles = queries.form_titles(self._db, display.ui_language())
        self._conflicts = in_sync_conflict(self._db)
        self._set_rows(self._query(0, limit) if self._total else [], limit)

    def _set_rows(self, rows: list[EncounterRow], limit: int) -> None:
        self._rows = [*rows]
        self._row_of = {row.id: index for index, row in enumerate(rows)}
        self._more = len(rows) == limit and len(rows) < self._total

    def _query(self, offset: int, limit: int) -> list[EncounterRow]:
        return list_rows(
            self._db,
            self._filter,
            sort=SORT_KEYS[self._sort_column],
            descending=self._sort_order == Qt.SortOrder.DescendingOrder,
            offset=offset,
            limit=limit,
        )

    # --- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if not parent.isValid():
            self._fetch(self._page_size)

    def fetch_all(self) -> None:
        """Make every row of the log a row of the model, reading only the last page (End
        goes to the last encounter, not to the last one loaded). The rows between are read
        a page at a time when they are shown (`data`): reading all 100,000 took 5 s."""
        if not self._more or self._changing:
            return
        first = len(self._rows)
        tail = max(self._total - self._page_size, first)
        page = [row for row in self._query(tail, self._total - tail) if row.id not in self._row_of]
        self._more = False
        count = tail - first + len(page)
        if count <= 0:
            return
        with self._change():
            self.beginInsertRows(QModelIndex(), first, first + count - 1)
            self._rows.extend([None] * (tail - first))
            for offset, row in enumerate(page):
                self._row_of[row.id] = tail + offset
            self._rows.extend(page)
            self.endInsertRows()

    def _read_around(self, row: int) -> EncounterRow:
        """Read the page holding `row` (skipped by End) and return that row."""
        start = row - row % self._page_size
        for offset, found in enumerate(self._query(start, self._page_size)):
            at = start + offset
            if at < len(self._rows) and self._rows[at] is None and found.id not in self._row_of:
                self._rows[at] = found
                self._row_of[found.id] = at
        got = self._rows[row]
        if got is None:  # the log changed meanwhile: read it again from the top
            raise LookupError(row)
        return got

    def _fetch(self, limit: int) -> None:
        if not self._more or self._changing:
            return
        page = self._query(len(self._rows), limit)
        # Offset paging can repeat a row when encounters were added meanwhile: skip it.
        page = [row for row in page if row.id not in self._row_of]
        self._more = len(page) == limit
        if not page:
            self._more = False
            return
        first = len(self._rows)
        with self._change():
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            for offset, row in enumerate(page):
                self._row_of[row.id] = first + offset
            self._rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL and start again from the first page. Columns that cannot be sorted
        (tags) are ignored."""
        if column not in SORT_KEYS:
            return
        if column == self._sort_column and order == self._sort_order:
            return
        self._sort_column = column
        self._sort_order = order
        self._reload()

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section not in HEADERS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _t(HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section == COL_SCORE else _LEFT
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            descending = section in _DESCENDING_FIRST
            return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_TAGS:
            return translate("EncounterLogModel", "Tags cannot be sorted")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if row is None:
            try:
                row = self._read_around(index.row())
            except LookupError:
                return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ENCOUNTER_ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == COL_SCORE else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole and column == COL_CRITICAL and row.critical_fail:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: EncounterRow, column: int) -> str:
        if column == COL_DATE:
            return display.date_time_text(row.visited_at)
        if column == COL_LOCATION:
            return row.location
        if column == COL_REGION:
            return row.region or ""
        if column == COL_FORM:
            return self._titles.get((row.form_id, row.form_version), row.form_title)
        if column == COL_OBSERVER:
            return row.observer or ""
        if column == COL_SCORE:
            return display.score_text(row.score) if row.score is not None else ""
        if column == COL_FEELING:
            return display.feeling_short(row.feeling)
        if column == COL_STATUS:
            return display.status_name(row.status)
        if column == COL_TAGS:
            tags = ", ".join(display.tag_name(tag) for tag in row.tags)
            if row.id in self._conflicts:  # changed here and on the team server
                marker = translate("EncounterLogModel", "⚠ sync conflict")
                tags = f"{marker}, {tags}" if tags else marker
            if row.calibration:  # counted in calibration figures only: say so in the log
                marker = translate("EncounterLogModel", "calibration: {session}").format(
                    session=row.calibration
                )
                return f"{marker}, {tags}" if tags else marker
            return tags
        if column == COL_CRITICAL:
            return critical_marker() if row.critical_fail else ""
        return ""

    def _colour(self, row: EncounterRow, column: int) -> Any:
        if column == COL_SCORE:
            return theme.score_colour(row.score)
        if column == COL_FEELING and row.feeling in theme.FEELING_COLOURS:
            return theme.FEELING_COLOURS[row.feeling]
        if column == COL_STATUS:
            return theme.STATUS_COLOURS.get(row.status)
        if column == COL_CRITICAL and row.critical_fail:
            return theme.CRITICAL
        if column in (COL_REGION, COL_OBSERVER, COL_TAGS):
            return theme.MUTED
        return None

    def _tooltip(self, row: EncounterRow, column: int) -> str | None:
        if column == COL_DATE:
            return display.long_date_time_text(row.visited_at)
        if column == COL_FORM:
            version = translate("EncounterLogModel", "%1, version %2")
            title = self._titles.get((row.form_id, row.form_version), row.form_title)
            return version.replace("%1", title).replace("%2", str(row.form_version))
        if column == COL_FEELING:
            return display.feeling_long(row.feeling)
        if column == COL_CRITICAL and row.critical_fail:
            return translate("EncounterLogModel", "A critical question earned no points")
        if column == COL_TAGS and row.tags:
            return ", ".join(display.tag_name(tag) for tag in row.tags)
        return None
