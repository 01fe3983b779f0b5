"""The dashboard: headline figures, a trend over weeks or months and a ranking of locations
for the encounter log's current filter. Figures come from store/stats.py, computed in a
worker thread; the charts are drawn with QPainter."""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.store import stats
from mysteryshop.store.records import EncounterFilter
from mysteryshop.ui import display, tasks, theme
from mysteryshop.ui.ops import Refresher
from mysteryshop.ui.workspace import Workspace
from mysteryshop.vocabulary import HEADLINE_DIMENSIONS, REPORTED_STATUSES

translate = QCoreApplication.translate  # a short name pyside6-lupdate still recognises

DASH = "—"


def format_percent(value: float | None) -> str:
    """A score as '71.2 %', or a dash when there is none."""
    if value is None:
        return DASH
    return translate("DashboardView", "{value} %").format(
        value=QLocale().toString(float(value), "f", 1)
    )


def format_uplift(value: float | None) -> str:
    """Net Uplift with its sign: '+46.7', '−12.0' (a true minus sign), '0.0'."""
    if value is None:
        return DASH
    rounded = round(float(value), 1)
    text = QLocale().toString(abs(rounded), "f", 1)
    if rounded > 0:
        return "+" + text
    if rounded < 0:
        return "\u2212" + text
    return text


def describe_filter(f: EncounterFilter) -> str:
    """The filter in words, for the caption under the heading."""
    statuses = f.statuses
    if statuses is None or set(statuses) == set(REPORTED_STATUSES):
        parts = [translate("DashboardView", "Submitted and approved encounters")]
        if statuses is None:
            parts[0] += " " + translate("DashboardView", "(drafts and returned ones are left out)")
    else:
        parts = [
            translate("DashboardView", "Encounters with status: {statuses}").format(
                statuses=", ".join(display.status_word(status) for status in statuses)
            )
        ]
    locale = QLocale()
    if f.form_id:
        parts.append(translate("DashboardView", "form {form}").format(form=f.form_id))
    if f.location:
        parts.append(translate("DashboardView", "location {location}").format(location=f.location))
    if f.region:
        parts.append(translate("DashboardView", "region {region}").format(region=f.region))
    if f.date_from:
        day = QDate(f.date_from.year, f.date_from.month, f.date_from.day)
        parts.append(
            translate("DashboardView", "from {date}").format(
                date=locale.toString(day, QLocale.FormatType.ShortFormat)
            )
        )
    if f.date_to:
        day = QDate(f.date_to.year, f.date_to.month, f.date_to.day)
        parts.append(
            translate("DashboardView", "before {date}").format(
                date=locale.toString(day, QLocale.FormatType.ShortFormat)
            )
        )
    if f.tag:
        parts.append(translate("DashboardView", "tagged {tag}").format(tag=f.tag))
    if f.critical_only:
        parts.append(translate("DashboardView", "critical failures only"))
    if f.text:
        parts.append(translate("DashboardView", "matching “{text}”").format(text=f.text))
    return " · ".join(parts)


@dataclass
class DashboardData:
    """Everything the dashboard shows, computed together in the worker."""

    filter: EncounterFilter
    figures: stats.Figures
    trend: list[stats.TrendPoint]
    ranking: list[stats.LocationFigures]


# --- headline cards -------------------------------------------------------------------------


class Meter(QWidget):
    """A thin bar under a card's number: a share from 0 to 100, or (diverging) −100 … +100
    from the middle."""

    def __init__(self, diverging: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diverging = diverging
        self.value: float | None = None
        self.colour = theme.ACCENT
        self.setFixedHeight(6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_value(self, value: float | None, colour: QColor) -> None:
        self.value, self.colour = value, colour
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QRectF(self.rect())
        radius = track.height() / 2
        painter.setBrush(theme.GRID)
        painter.drawRoundedRect(track, radius, radius)
        if self.value is None:
            return
        painter.setBrush(self.colour)
        if self.diverging:
            middle = track.center().x()
            share = max(-1.0, min(1.0, self.value / 100))
            width = track.width() / 2 * abs(share)
            left = middle if share >= 0 else middle - width
            painter.drawRoundedRect(QRectF(left, 0, width, track.height()), radius, radius)
            painter.setBrush(theme.MUTED)
            painter.drawRect(QRectF(middle - 0.5, 0, 1, track.height()))
        else:
            share = max(0.0, min(1.0, self.value / 100))
            painter.drawRoundedRect(
                QRectF(0, 0, track.width() * share, track.height()), radius, radius
            )


class MetricCard(QFrame):
    """One headline figure: a big number, its label and a muted line that explains it."""

    def __init__(self, label: str, meter: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(label)
        self.label.setStyleSheet(f"color: {theme.MUTED.name()}; font-weight: 600;")
        self.value = QLabel(DASH)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.value.setFont(font)
        self.value.setStyleSheet(f"color: {theme.TEXT.name()};")
        self.sub = QLabel()
        self.sub.setStyleSheet(f"color: {theme.MUTED.name()};")
        self.sub.setWordWrap(True)
        self.meter = Meter(diverging=meter == "diverging") if meter else None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.value)
        if self.meter is not None:
            layout.addSpacing(4)
            layout.addWidget(self.meter)
            layout.addSpacing(4)
        layout.addWidget(self.sub)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_value(
        self,
        value: str,
        sub: str,
        meter_value: float | None = None,
        colour: QColor | None = None,
        value_colour: QColor | None = None,
    ) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {(value_colour or theme.TEXT).name()};")
        self.sub.setText(sub)
        if self.meter is not None:
            self.meter.set_value(meter_value, colour or theme.ACCENT)


# --- the trend chart ------------------------------------------------------------------------


class TrendChart(QWidget):
    """Average score (left axis, 0–100 %) and Net Uplift (right axis, −100 … +100) per
    period, with the number of visits as faint bars. Hover a period for its figures."""

    SCORE_COLOUR = theme.ACCENT
    UPLIFT_COLOUR = theme.GOOD
    FEW_VISITS = 5  # periods with fewer visits are drawn dashed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[stats.TrendPoint] = []
        self.loaded = False  # no "no visits" message before the first figures arrive
        self.period: stats.Period = "month"
        self.hovered: int | None = None
        self.setMouseTracking(True)
        self.setMinimumSize(420, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(640, 320)

    def set_points(self, points: list[stats.TrendPoint], period: stats.Period) -> None:
        self.points = stats.fill_gaps(points, period)
        self.loaded = True
        self.period = period
        self.hovered = None
        self.update()

    # geometry

    def _plot_rect(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        axis = metrics.horizontalAdvance("\u2212100") + metrics.height() + 14
        top = metrics.height() * 2 + 14  # the legend
        bottom = metrics.height() * 2 + 14  # period labels and years
        return QRectF(axis, top, self.width() - 2 * axis, self.height() - top - bottom)

    def _x(self, plot: QRectF, index: int) -> float:
        step = plot.width() / max(len(self.points), 1)
        return plot.left() + step * (index + 0.5)

    def _index_at(self, x: float) -> int | None:
        plot = self._plot_rect()
        if not self.points or not plot.left() <= x <= plot.right():
            return None
        step = plot.width() / len(self.points)
        return max(0, min(len(self.points) - 1, int((x - plot.left()) / step)))

    def _period_text(self, point: stats.TrendPoint) -> str:
        """The axis label of a period: 'Mar' or 'W12' (the year goes on a second line)."""
        if self.period == "month":
            return QLocale().monthName(point.start.month, QLocale.FormatType.ShortFormat)
        week = point.period.split("-W")[-1]
        return translate("DashboardView", "W{week}").format(week=int(week))

    # painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        plot = self._plot_rect()
        metrics = QFontMetrics(self.font())
        if plot.width() < 40 or plot.height() < 40:
            return
        self._paint_grid(painter, plot, metrics)
        if not self.points:
            painter.setPen(theme.MUTED)
            if self.loaded:
                painter.drawText(
                    plot, Qt.AlignmentFlag.AlignCenter, translate("DashboardView", "No visits")
                )
            self._paint_legend(painter, plot, metrics)
            return
        self._paint_visits(painter, plot)
        self._paint_hover(painter, plot)
        self._paint_series(painter, plot, lambda p: p.average_score, 0, 100, self.SCORE_COLOUR)
        self._paint_series(painter, plot, lambda p: p.net_uplift, -100, 100, self.UPLIFT_COLOUR)
        self._paint_periods(painter, plot, metrics)
        self._paint_legend(painter, plot, metrics)

    def _paint_grid(self, painter: QPainter, plot: QRectF, metrics: QFontMetrics) -> None:
        locale = QLocale()
        for step in range(5):
            y = plot.bottom() - plot.height() * step / 4
            painter.setPen(QPen(theme.GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            score = locale.toString(step * 25)
            tick = -100 + step * 50
            uplift = ("+" if tick > 0 else "\u2212" if tick < 0 else "") + locale.toString(
                abs(tick)
            )
            height = metrics.height()
            painter.setPen(self.SCORE_COLOUR)
            painter.drawText(
                QRectF(0, y - height / 2, plot.left() - 8, height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                score,
            )
            painter.setPen(self.UPLIFT_COLOUR)
            painter.drawText(
                QRectF(plot.right() + 8, y - height / 2, 60, height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                uplift,
            )
        # Axis titles, turned to read upwards along each axis.
        for title, colour, x in (
            (
                translate("DashboardView", "Average score, %"),
                self.SCORE_COLOUR,
                metrics.height() * 0.5,
            ),
            (
                translate("DashboardView", "Net Uplift"),
                self.UPLIFT_COLOUR,
                self.width() - metrics.height() * 0.5,
            ),
        ):
            painter.save()
            painter.setPen(colour)
            painter.translate(x, plot.center().y())
            painter.rotate(-90)
            width = metrics.horizontalAdvance(title) + 4
            painter.drawText(
                QRectF(-width / 2, -metrics.height() / 2, width, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                title,
            )
            painter.restore()

    def _paint_visits(self, painter: QPainter, plot: QRectF) -> None:
        most = max(point.visits for point in self.points) or 1
        step = plot.width() / len(self.points)
        width = max(2.0, min(step * 0.6, 36))
        colour = QColor(theme.ACCENT_LIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        for index, point in enumerate(self.points):
            if not point.visits:
                continue
            height = plot.height() * 0.3 * point.visits / most
            x = self._x(plot, index)
            painter.setBrush(colour.darker(110) if index == self.hovered else colour)
            painter.drawRect(QRectF(x - width / 2, plot.bottom() - height, width, height))

    def _paint_hover(self, painter: QPainter, plot: QRectF) -> None:
        if self.hovered is None:
            return
        x = self._x(plot, self.hovered)
        painter.setPen(QPen(theme.MUTED, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))

    def _paint_series(
        self, painter: QPainter, plot: QRectF, value: Any, low: float, high: float, colour: QColor
    ) -> None:
        def y_of(v: float) -> float:
            return plot.bottom() - plot.height() * (v - low) / (high - low)

        solid = QPen(
            colour, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
        )
        dashed = QPen(colour, 1.6, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap)
        dots: list[tuple[int, QPointF, bool]] = []
        previous: tuple[QPointF, bool] | None = None
        for index, point in enumerate(self.points):
            v = value(point)
            if v is None:
                previous = None  # a period without visits breaks the line
                continue
            spot = QPointF(self._x(plot, index), y_of(v))
            few = point.visits < self.FEW_VISITS
            if previous is not None:
                # A line to or from a period of only a few visits is dashed: read with care.
                painter.setPen(dashed if few or previous[1] else solid)
                painter.drawLine(previous[0], spot)
            previous = (spot, few)
            dots.append((index, spot, few))
        radius = 3.2 if len(self.points) <= 26 else 2.2
        for index, spot, few in dots:
            hovered = index == self.hovered
            r = radius + 1.5 if hovered else radius
            painter.setBrush(colour if hovered else Qt.GlobalColor.white)
            painter.setPen(QPen(colour, 1.2 if few else 1.8))
            painter.drawEllipse(spot, r, r)

    def _paint_periods(self, painter: QPainter, plot: QRectF, metrics: QFontMetrics) -> None:
        step = plot.width() / len(self.points)
        widest = max(metrics.horizontalAdvance(self._period_text(p)) for p in self.points)
        every = max(1, math.ceil((widest + 10) / step))
        if self.period == "week" and every > 1:
            every = next(n for n in (2, 4, 8, 13, 26, 52) if n >= every)
        height = metrics.height()
        previous_year = None
        for index, point in enumerate(self.points):
            x = self._x(plot, index)
            year = point.start.year if self.period == "month" else point.start.isocalendar()[0]
            if index % every == 0:
                painter.setPen(theme.GRID)
                painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
                painter.setPen(theme.TEXT)
                painter.drawText(
                    QRectF(x - step * every / 2, plot.bottom() + 6, step * every, height),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    self._period_text(point),
                )
                if year != previous_year:
                    painter.setPen(theme.MUTED)
                    painter.drawText(
                        QRectF(x - 40, plot.bottom() + 6 + height, 80, height),
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                        str(year),
                    )
                    previous_year = year

    def _paint_legend(self, painter: QPainter, plot: QRectF, metrics: QFontMetrics) -> None:
        entries = [
            (translate("DashboardView", "Average score"), self.SCORE_COLOUR, "line"),
            (translate("DashboardView", "Net Uplift"), self.UPLIFT_COLOUR, "line"),
            (translate("DashboardView", "Visits"), theme.ACCENT_LIGHT.darker(108), "bar"),
        ]
        if any(0 < point.visits < self.FEW_VISITS for point in self.points):
            entries.append(
                (
                    translate("DashboardView", "Fewer than {n} visits").format(n=self.FEW_VISITS),
                    theme.MUTED,
                    "dashed",
                )
            )
        x = plot.left()
        y = 4.0
        for text, colour, kind in entries:
            width = metrics.horizontalAdvance(text) + 4
            if x + 24 + width > self.width() - 4 and x > plot.left():
                x, y = plot.left(), y + metrics.height() + 2  # wrap onto a second line
            if kind == "dashed":
                painter.setPen(QPen(colour, 1.6, Qt.PenStyle.DashLine))
                painter.drawLine(
                    QPointF(x, y + metrics.height() / 2), QPointF(x + 18, y + metrics.height() / 2)
                )
            elif kind == "line":
                painter.setPen(QPen(colour, 2.2))
                painter.drawLine(
                    QPointF(x, y + metrics.height() / 2), QPointF(x + 18, y + metrics.height() / 2)
                )
                painter.setBrush(Qt.GlobalColor.white)
                painter.drawEllipse(QPointF(x + 9, y + metrics.height() / 2), 3, 3)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRect(QRectF(x + 4, y + 2, 10, metrics.height() - 4))
            painter.setPen(theme.TEXT)
            painter.drawText(
                QRectF(x + 24, y, width, metrics.height()), Qt.AlignmentFlag.AlignVCenter, text
            )
            x += 24 + width + 22

    # hover

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        index = self._index_at(event.position().x())
        if index != self.hovered:
            self.hovered = index
            self.update()
        if index is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_text(index), self)

    def leaveEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.hovered = None
        self.update()
        super().leaveEvent(event)

    def tooltip_text(self, index: int) -> str:
        point = self.points[index]
        locale = QLocale()
        day = QDate(point.start.year, point.start.month, point.start.day)
        if self.period == "month":
            # The standalone name: "MMMM" gives the genitive in Finnish ("marraskuuta").
            title = f"{locale.standaloneMonthName(day.month())} {day.year()}"
        else:
            title = translate("DashboardView", "Week {week}, from {date}").format(
                week=int(point.period.split("-W")[-1]),
                date=locale.toString(day, QLocale.FormatType.ShortFormat),
            )
        if not point.visits:
            return f"<b>{title}</b><br>" + translate("DashboardView", "No visits")
        caution = (
            "<br><i>" + translate("DashboardView", "Only a few visits: read with care") + "</i>"
            if point.visits < self.FEW_VISITS
            else ""
        )
        return (
            f"<b>{title}</b><br>"
            + translate("DashboardView", "Visits: {visits}").format(visits=point.visits)
            + "<br>"
            + translate("DashboardView", "Average score: {score}").format(
                score=format_percent(point.average_score)
            )
            + "<br>"
            + translate("DashboardView", "Net Uplift: {uplift}").format(
                uplift=format_uplift(point.net_uplift)
            )
            + caution
        )


# --- the location ranking -------------------------------------------------------------------


_ROOT = QModelIndex()


class LocationRankingModel(QAbstractTableModel):
    """Locations with their figures, best average score first."""

    COL_RANK, COL_NAME, COL_REGION, COL_VISITS, COL_SCORE, COL_UPLIFT, COL_CRITICAL = range(7)
    SortRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[stats.LocationFigures] = []

    def set_rows(self, rows: list[stats.LocationFigures]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Any = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else 7

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                "#",
                translate("DashboardView", "Location"),
                translate("DashboardView", "Region"),
                translate("DashboardView", "Visits"),
                # A narrow column: translations may use a shorter word ("Keskitulos").
                translate("DashboardView", "Average score", "column header, short"),
                translate("DashboardView", "Net Uplift"),
                translate("DashboardView", "Critical"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                translate("DashboardView", "Rank by average score"),
                None,
                None,
                translate("DashboardView", "Visits in the filter"),
                translate("DashboardView", "Mean score of the visits"),
                translate(
                    "DashboardView",
                    "% of visits leaving customers uplifted minus % leaving them diminished",
                ),
                translate("DashboardView", "Visits with a critical failure"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section not in (
            self.COL_NAME,
            self.COL_REGION,
            self.COL_SCORE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(index.row() + 1),
                row.name,
                row.region or DASH,
                QLocale().toString(row.visits),
                format_percent(row.average_score),
                format_uplift(row.net_uplift),
                QLocale().toString(row.critical_failures) if row.critical_failures else DASH,
            )[column]
        if role == self.SortRole:
            return (
                index.row(),
                row.name.lower(),
                (row.region or "").lower(),
                row.visits,
                row.average_score if row.average_score is not None else -1.0,
                row.net_uplift if row.net_uplift is not None else -1000.0,
                row.critical_failures,
            )[column]
        if role == Qt.ItemDataRole.UserRole:  # the raw score, for the bar
            return row.average_score if column == self.COL_SCORE else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.COL_UPLIFT:
                return theme.uplift_colour(row.net_uplift)
            if column in (self.COL_RANK, self.COL_REGION):
                return theme.MUTED
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (
            self.COL_NAME,
            self.COL_REGION,
            self.COL_SCORE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NAME:
            return (
                translate("DashboardView", "{name}, region {region}").format(
                    name=row.name, region=row.region
                )
                if row.region
                else row.name
            )
        return None


class ScoreBarDelegate(QStyledItemDelegate):
    """Draws an average score as a bar coloured by how good it is, with the number."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(style.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        score = index.data(Qt.ItemDataRole.UserRole)
        rect = QRectF(option.rect).adjusted(6, 0, -6, 0)
        metrics = QFontMetrics(option.font)
        text_width = metrics.horizontalAdvance("100.0 %") + 8
        bar = QRectF(rect.left(), rect.center().y() - 4, max(rect.width() - text_width, 10), 8)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.GRID)
        painter.drawRoundedRect(bar, 4, 4)
        if score is not None:
            painter.setBrush(theme.score_colour(score))
            filled = QRectF(bar.left(), bar.top(), bar.width() * max(0, min(score, 100)) / 100, 8)
            painter.drawRoundedRect(filled, 4, 4)
        painter.setPen(theme.TEXT)
        painter.drawText(
            QRectF(bar.right(), rect.top(), rect.right() - bar.right(), rect.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(max(size.width(), 112), size.height())


class LocationDelegate(QStyledItemDelegate):
    """A location's name with its region under it, in muted text."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        name = option.text
        region = index.model().index(index.row(), LocationRankingModel.COL_REGION).data()
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(style.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = QRectF(option.rect).adjusted(6, 3, -6, -3)
        metrics = QFontMetrics(option.font)
        half = rect.height() / 2
        painter.save()
        painter.setPen(theme.TEXT)
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), half),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(rect.width())),
        )
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        painter.setFont(small)
        painter.setPen(theme.MUTED)
        painter.drawText(
            QRectF(rect.left(), rect.top() + half, rect.width(), half),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(small).elidedText(region, Qt.TextElideMode.ElideRight, int(rect.width())),
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(160, int(metrics.height() * 2.3) + 6)


class _RankingSortModel(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(LocationRankingModel.SortRole)


# --- the view -------------------------------------------------------------------------------


class DashboardView(QWidget):
    """Headline figures, the trend and the location ranking for the log's filter."""

    updated = Signal()  # the shown figures are up to date (for tests and screenshots)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.filter = EncounterFilter()
        self.period: stats.Period = "month"
        self.data: DashboardData | None = None
        self._generation = 0
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self._compute)
        # Computed when first shown, and again when encounters or locations (their names in
        # the ranking) change; showing the page again without a change computes nothing.
        self.refresher = Refresher(
            self,
            workspace,
            lambda _changes: self.refresh(),
            lambda c: c.touches("encounters", "locations"),
            stale=True,
        )

        heading = QLabel(self.tr("Dashboard"))
        heading.setProperty("role", "heading")
        self.caption = QLabel()
        self.caption.setProperty("role", "muted")
        self.caption.setStyleSheet(f"color: {theme.MUTED.name()};")
        self.caption.setWordWrap(True)

        # Cards, two rows of four.
        self.cards: dict[str, MetricCard] = {
            "visits": MetricCard(self.tr("Visits")),
            "average_score": MetricCard(self.tr("Average score"), meter="share"),
            **{
                key: MetricCard(display.dimension_name(key), meter="share")
                for key in HEADLINE_DIMENSIONS
            },
            "net_uplift": MetricCard(self.tr("Net Uplift"), meter="diverging"),
            "critical_failures": MetricCard(self.tr("Critical failures")),
        }
        self.cards["visits"].setToolTip(self.tr("Encounters in the filter"))
        self.cards["average_score"].setToolTip(
            self.tr("Mean of the visits' scores: points earned out of points possible")
        )
        self.cards["net_uplift"].setToolTip(
            self.tr(
                "% of visits that left the shopper uplifted minus % that left them diminished "
                "(−100 … +100)"
            )
        )
        self.cards["critical_failures"].setToolTip(
            self.tr("Visits where a critical question earned no points")
        )
        for key in HEADLINE_DIMENSIONS:
            self.cards[key].setToolTip(
                self.tr("Mean {dimension} score of the visits that scored it").format(
                    dimension=display.dimension_name(key).lower()
                )
            )
        cards = QGridLayout()
        cards.setHorizontalSpacing(12)
        cards.setVerticalSpacing(12)
        order = ["visits", "average_score", "net_uplift", "critical_failures", *HEADLINE_DIMENSIONS]
        for position, key in enumerate(order):
            cards.addWidget(self.cards[key], position // 4, position % 4)
        for column in range(4):
            cards.setColumnStretch(column, 1)

        # The trend, in a card with its period toggle.
        self.chart = TrendChart()
        trend_title = QLabel(self.tr("Trend"))
        trend_title.setProperty("role", "subheading")
        trend_title.setStyleSheet("font-weight: 600;")
        self.week_button = QPushButton(self.tr("Weeks"))
        self.month_button = QPushButton(self.tr("Months"))
        self.period_buttons = QButtonGroup(self)
        for button, period in ((self.week_button, "week"), (self.month_button, "month")):
            button.setCheckable(True)
            button.setProperty("period", period)
            button.setAccessibleName(
                self.tr("Show the trend by {period}").format(period=button.text().lower())
            )
            self.period_buttons.addButton(button)
        self.month_button.setChecked(True)
        self.period_buttons.buttonClicked.connect(self.on_period_clicked)
        trend_header = QHBoxLayout()
        trend_header.addWidget(trend_title)
        trend_header.addStretch(1)
        trend_header.setSpacing(0)
        trend_header.addWidget(self.week_button)
        trend_header.addWidget(self.month_button)
        trend_card = self._card(trend_header, self.chart)

        # The ranking.
        self.ranking_model = LocationRankingModel(self)
        self.ranking_proxy = _RankingSortModel(self)
        self.ranking_proxy.setSourceModel(self.ranking_model)
        self.ranking = QTableView()
        self.ranking.setModel(self.ranking_proxy)
        self.ranking.setItemDelegateForColumn(
            LocationRankingModel.COL_SCORE, ScoreBarDelegate(self.ranking)
        )
        self.ranking.setSortingEnabled(True)
        self.ranking.sortByColumn(LocationRankingModel.COL_RANK, Qt.SortOrder.AscendingOrder)
        self.ranking.verticalHeader().hide()
        self.ranking.setShowGrid(False)
        self.ranking.setAlternatingRowColors(True)
        self.ranking.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ranking.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ranking.setFrameShape(QFrame.Shape.NoFrame)
        self.ranking.setWordWrap(False)
        self.ranking.setItemDelegateForColumn(
            LocationRankingModel.COL_NAME, LocationDelegate(self.ranking)
        )
        self.ranking.setColumnHidden(LocationRankingModel.COL_REGION, True)  # under the name
        self.ranking.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row_height = int(QFontMetrics(self.ranking.font()).height() * 2.3) + 6
        self.ranking.verticalHeader().setDefaultSectionSize(row_height)
        header = self.ranking.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(24)
        metrics = QFontMetrics(header.font())
        for column in range(self.ranking_model.columnCount()):
            title = str(self.ranking_model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, metrics.horizontalAdvance(title) + 18)
        header.resizeSection(LocationRankingModel.COL_RANK, 34)
        score_title = str(
            self.ranking_model.headerData(LocationRankingModel.COL_SCORE, Qt.Orientation.Horizontal)
        )
        header.resizeSection(
            LocationRankingModel.COL_SCORE, max(112, metrics.horizontalAdvance(score_title) + 18)
        )
        header.setSectionResizeMode(LocationRankingModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        ranking_title = QLabel(self.tr("Locations"))
        ranking_title.setStyleSheet("font-weight: 600;")
        self.ranking_note = QLabel(self.tr("best average score first"))
        self.ranking_note.setStyleSheet(f"color: {theme.MUTED.name()};")
        ranking_header = QHBoxLayout()
        ranking_header.addWidget(ranking_title)
        ranking_header.addSpacing(8)
        ranking_header.addWidget(self.ranking_note)
        ranking_header.addStretch(1)
        ranking_card = self._card(ranking_header, self.ranking)

        lower = QHBoxLayout()
        lower.setSpacing(12)
        lower.addWidget(trend_card, 5)
        lower.addWidget(ranking_card, 6)

        content = QWidget()
        stacked = QVBoxLayout(content)
        stacked.setContentsMargins(0, 0, 0, 0)
        stacked.setSpacing(12)
        stacked.addLayout(cards)
        stacked.addLayout(lower, 1)

        # The empty state.
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        self.empty_title = QLabel(self.tr("No submitted encounters yet"))
        self.empty_title.setProperty("role", "subheading")
        self.empty_title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.empty_text = QLabel()
        self.empty_text.setStyleSheet(f"color: {theme.MUTED.name()};")
        self.empty_text.setWordWrap(True)
        for label in (self.empty_title, self.empty_text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addStretch(2)

        # Below the content's minimum size (a small window) the page scrolls rather than
        # squeezing the charts, and the window itself can still be made small.
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.pages = QStackedWidget()
        self.pages.addWidget(scroll)
        self.pages.addWidget(empty)
        self.content_page, self.empty_page = scroll, empty

        self.error = QLabel()
        self.error.setStyleSheet(f"color: {theme.POOR.name()};")
        self.error.setWordWrap(True)
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(6)
        # Shown only when figures take a while (a large database): not a flicker each time.
        self.busy = QLabel(self.tr("Updating the figures…"))
        self.busy.setStyleSheet(f"color: {theme.MUTED.name()};")
        self.busy.hide()
        self._busy_timer = QTimer(self, singleShot=True, interval=300)
        self._busy_timer.timeout.connect(self.busy.show)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addSpacing(10)
        layout.addWidget(self.error)
        layout.addWidget(self.pages, 1)

        self.caption.setText(describe_filter(self.filter))

    def _card(self, header: QHBoxLayout, body: QWidget) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(body, 1)
        return card

    # --- what is shown ------------------------------------------------------------------------

    def effective_filter(self) -> EncounterFilter:
        """The filter the figures are for: the log's, counting only reported encounters
        (submitted and approved) unless it names statuses, as the reports do."""
        return self.filter.reported()

    @Slot(object)
    def set_filter(self, f: EncounterFilter) -> None:
        """Show figures for the encounter log's filter."""
        self.filter = f
        self.caption.setText(describe_filter(f))
        self._request()

    def refresh(self) -> None:
        """Compute the figures again (in the background; `updated` says when shown)."""
        self._refresh_timer.start()

    def _request(self) -> None:
        """The filter or the period changed: compute now, or when next shown."""
        self.refresher.mark_stale()

    @Slot(QPushButton)
    def on_period_clicked(self, button: QPushButton) -> None:
        period = button.property("period")
        if period != self.period:
            self.set_period(period)

    def set_period(self, period: stats.Period) -> None:
        self.period = period
        (self.week_button if period == "week" else self.month_button).setChecked(True)
        self._request()

    # --- computing ----------------------------------------------------------------------------

    @Slot()
    def _compute(self) -> None:
        self._generation += 1
        generation = self._generation
        db = self.workspace.db
        f = self.effective_filter()
        period = self.period

        def work(_progress: Any) -> tuple[int, DashboardData | Exception]:
            # A worker thread: no widgets here. Errors come back as the result, tagged with
            # the generation like the figures, so a stale failure is ignored too.
            try:
                data = DashboardData(f, *stats.overview(db, f, period))
            except Exception as error:  # shown in the view, not raised in the thread
                return generation, error
            return generation, data

        # Bound methods: Qt drops the connection if this view is deleted before the work ends.
        tasks.start(work, done=self.on_figures_computed)
        self._busy_timer.start()

    @Slot(object)
    def on_figures_computed(self, result: tuple[int, DashboardData | Exception]) -> None:
        generation, data = result
        if generation != self._generation:
            return  # a newer computation is under way
        self._busy_timer.stop()
        self.busy.hide()
        if isinstance(data, Exception):
            self.refresher.mark_stale(when_shown_again=True)  # try again on the next visit
            self.show_error(data)
        else:
            self.show_data(data)

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        self.error.hide()
        fig = data.figures
        if fig.visits == 0:
            self.pages.setCurrentWidget(self.empty_page)
            narrowed = dataclasses.replace(data.filter, statuses=None) != EncounterFilter()
            if data.filter.statuses == REPORTED_STATUSES:
                self.empty_title.setText(
                    self.tr("No submitted encounters match this filter")
                    if narrowed
                    else self.tr("No submitted encounters yet")
                )
            else:
                self.empty_title.setText(self.tr("No encounters match this filter"))
            self.empty_text.setText(
                self.tr(
                    "Figures appear here once encounters are submitted. Drafts and "
                    "returned encounters are not counted."
                )
                if not narrowed
                else self.tr("Change the filter in the encounter log to see more.")
            )
        else:
            self.pages.setCurrentWidget(self.content_page)
            self._show_cards(fig, data.trend)
            self.chart.set_points(data.trend, self.period)
            self.ranking_model.set_rows(data.ranking)
            self.ranking_note.setText(
                self.tr("%Ln locations, best average score first", "", len(data.ranking))
            )
        self.updated.emit()

    def show_error(self, error: Exception) -> None:
        self.error.setText(self.tr("Could not compute the figures: {error}").format(error=error))
        self.error.show()
        self.updated.emit()

    def _show_cards(self, fig: stats.Figures, trend: list[stats.TrendPoint]) -> None:
        locale = QLocale()
        cards = self.cards
        if trend:
            first, last = trend[0].start, trend[-1].start
            span = self.tr("{first} – {last}").format(
                first=locale.toString(QDate(first.year, first.month, first.day), "MMM yyyy"),
                last=locale.toString(QDate(last.year, last.month, last.day), "MMM yyyy"),
            )
        else:
            span = ""
        cards["visits"].show_value(locale.toString(fig.visits), span)
        cards["average_score"].show_value(
            format_percent(fig.average_score),
            self.tr("of points possible, %Ln visits", "", fig.scored),
            fig.average_score,
            theme.score_colour(fig.average_score),
        )
        for key in HEADLINE_DIMENSIONS:
            value = fig.dimensions.get(key)
            visits = fig.dimension_visits.get(key, 0)
            cards[key].show_value(
                format_percent(value),
                self.tr("in %Ln visits", "", visits)
                if visits
                else self.tr("not asked in these visits"),
                value,
                theme.score_colour(value),
            )
        if fig.feelings:
            up = locale.toString(fig.uplifted / fig.feelings * 100, "f", 0)
            down = locale.toString(fig.diminished / fig.feelings * 100, "f", 0)
            sub = self.tr("{up} % uplifted · {down} % diminished").format(up=up, down=down)
        else:
            sub = self.tr("no feeling recorded")
        cards["net_uplift"].show_value(
            format_uplift(fig.net_uplift),
            sub,
            fig.net_uplift,
            theme.uplift_colour(fig.net_uplift),
            theme.uplift_colour(fig.net_uplift) if fig.net_uplift is not None else None,
        )
        share = locale.toString(fig.critical_failures / fig.visits * 100, "f", 1)
        cards["critical_failures"].show_value(
            locale.toString(fig.critical_failures),
            self.tr("{share} % of visits").format(share=share),
            value_colour=theme.CRITICAL if fig.critical_failures else None,
        )

    # --- for tests ----------------------------------------------------------------------------

    def card_text(self, key: str) -> str:
        """The big number of a card: visits, average_score, net_uplift, critical_failures or
        a dimension."""
        return self.cards[key].value.text()
