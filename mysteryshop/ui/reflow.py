"""Layouts that adapt to a narrow window (1024 px, or a large screen at 200 % scaling) instead
of asking for a wider window or a horizontal scrollbar: a row of cards that wraps to fewer
columns, and table columns that share the width there is."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHeaderView, QTableView, QWidget


class ReflowRow(QWidget):
    """`widgets` side by side when they fit at their minimum widths, else in the most columns
    of `columns` that fit (e.g. (4, 2, 1): four cards, two by two, or one above the other).
    Its minimum width is that of one column, so a scroll area or window can be narrower than
    the whole row; `stretches` share the width of a full row as a box layout's would."""

    def __init__(
        self,
        widgets: Sequence[QWidget],
        columns: Sequence[int] | None = None,
        stretches: Sequence[int] | None = None,
        spacing: int = 12,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.widgets = list(widgets)
        self.choices = sorted(set(columns or range(1, len(self.widgets) + 1)), reverse=True)
        self.stretches = list(stretches or [1] * len(self.widgets))
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(spacing)
        self.columns = 0
        self._place(self.choices[0])

    def column_widths(self, columns: int) -> list[int]:
        """Each column's least width: its widest widget's minimum. A widget's own minimum
        width (a card's 150 px) does not hide that its title needs more."""
        widths = [0] * columns
        for index, widget in enumerate(self.widgets):
            if not widget.isHidden():
                wanted = max(widget.minimumSizeHint().width(), widget.minimumWidth())
                widths[index % columns] = max(widths[index % columns], wanted)
        return widths

    def needed(self, columns: int) -> int:
        """The width `columns` columns need."""
        return sum(self.column_widths(columns)) + self.grid.horizontalSpacing() * (columns - 1)

    def fitting(self, width: int) -> int:
        return next((n for n in self.choices if self.needed(n) <= width), self.choices[-1])

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            self._hold_minimums()
            return
        for widget in self.widgets:
            self.grid.removeWidget(widget)
        for column in range(max(self.columns, columns, len(self.widgets))):
            self.grid.setColumnStretch(column, 0)
            self.grid.setColumnMinimumWidth(column, 0)
        full = columns >= len(self.widgets)
        for index, widget in enumerate(self.widgets):
            self.grid.addWidget(widget, index // columns, index % columns)
            if index < columns:
                self.grid.setColumnStretch(index, self.stretches[index] if full else 1)
        self.columns = columns
        self._hold_minimums()
        self.updateGeometry()

    def _hold_minimums(self) -> None:
        """The grid keeps each column at its widest widget's minimum, which a layout would
        otherwise take from the widget's own smaller minimum width (its title cut)."""
        for column, width in enumerate(self.column_widths(self.columns)):
            if self.grid.columnMinimumWidth(column) != width:  # unchanged: no new layout
                self.grid.setColumnMinimumWidth(column, width)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """One column's width: a narrow window stacks the widgets rather than widening."""
        return QSize(self.needed(self.choices[-1]), self.grid.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self._place(self.fitting(event.size().width()))
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        # A child's minimum grew (new figures, another language): check the columns again.
        if event.type() == QEvent.Type.LayoutRequest and self.width() > 0:
            self._place(self.fitting(self.width()))
        return super().event(event)


class ColumnShares(QObject):
    """Gives a table's columns their `widths` while the table is wide enough for them and
    `reserve` px more for its stretching column, and shrinks them in proportion when it is
    not: at 1024 px the last column is narrower instead of out of sight. A column the user
    resized keeps its width until the table's width changes the shares."""

    def __init__(self, table: QTableView, widths: dict[int, int], reserve: int) -> None:
        super().__init__(table)
        self.table = table
        self.widths = widths
        self.reserve = reserve
        self.scale = 0.0
        table.viewport().installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        kept = sum(  # columns left out of `widths` (a date) keep their width
            header.sectionSize(column)
            for column in range(header.count())
            if column not in self.widths
            and not header.isSectionHidden(column)
            and header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch
        )
        available = self.table.viewport().width() - kept
        scale = min(1.0, available / (sum(self.widths.values()) + self.reserve))
        if abs(scale - self.scale) < 0.005:
            return
        self.scale = scale
        for column, width in self.widths.items():
            header.resizeSection(column, max(header.minimumSectionSize(), int(width * scale)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
