"""A row of cards that wraps to fewer columns when the window is narrow (1024 px, or a large
screen at 200 % scaling), instead of asking for a wider window or a horizontal scrollbar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget


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

    def needed(self, columns: int) -> int:
        """The width `columns` columns need: each column as wide as its widest minimum."""
        widths = [0] * columns
        for index, widget in enumerate(self.widgets):
            if not widget.isHidden():
                wanted = max(widget.minimumSizeHint().width(), widget.minimumWidth())
                widths[index % columns] = max(widths[index % columns], wanted)
        return sum(widths) + self.grid.horizontalSpacing() * (columns - 1)

    def fitting(self, width: int) -> int:
        return next((n for n in self.choices if self.needed(n) <= width), self.choices[-1])

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        for widget in self.widgets:
            self.grid.removeWidget(widget)
        for column in range(max(self.columns, columns, len(self.widgets))):
            self.grid.setColumnStretch(column, 0)
        full = columns >= len(self.widgets)
        for index, widget in enumerate(self.widgets):
            self.grid.addWidget(widget, index // columns, index % columns)
            if index < columns:
                self.grid.setColumnStretch(index, self.stretches[index] if full else 1)
        self.columns = columns
        self.updateGeometry()

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
