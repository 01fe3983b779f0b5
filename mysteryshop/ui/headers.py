"""Sort arrows that point the way people expect: ▲ for ascending (A→Z, oldest first, low to
high), ▼ for descending, as in file managers, spreadsheets and the web.

Qt's header draws Qt.AscendingOrder as its "SortDown" indicator, so the Fusion and Windows
styles show ▼ for A→Z and ▲ for newest-first (APP.md: "the sort arrows point the opposite way
from the usual convention"). macOS's own style already draws the platform's convention there,
so it is left alone."""

from __future__ import annotations

import sys

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionHeader,
    QWidget,
)

_UP = QStyleOptionHeader.SortIndicator.SortUp
_DOWN = QStyleOptionHeader.SortIndicator.SortDown


class _SortArrowStyle(QProxyStyle):
    """The application's style with the header's sort arrow turned round."""

    def drawPrimitive(  # noqa: N802 - Qt's name
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            turned = QStyleOptionHeader(option)
            if option.sortIndicator == _UP:
                turned.sortIndicator = _DOWN
            elif option.sortIndicator == _DOWN:
                turned.sortIndicator = _UP
            option = turned
        super().drawPrimitive(element, option, painter, widget)


def conventional_sort_arrows(header: QHeaderView) -> None:
    """Make `header` draw ▲ for ascending and ▼ for descending (see the module's docstring)."""
    if sys.platform == "darwin":
        return
    app = QApplication.instance()
    base = QStyleFactory.create(app.style().name()) if isinstance(app, QApplication) else None
    style = _SortArrowStyle(base) if base is not None else _SortArrowStyle()
    style.setParent(header)  # lives as long as the header
    header.setStyle(style)
