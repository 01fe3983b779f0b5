"""The dashboard: headline figures of a calendar period compared with the period before, every
dimension, a trend over weeks or months, a ranking of locations with their intervals and
the minimum-visits rule. It has its own filter bar (period, region, form), remembered across
restarts. Figures come from store/dashboard.py, computed in a worker thread; the charts are
drawn with QPainter."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date
from html import escape as html_escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
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
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
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

from mysteryshop import confidence, periods
from mysteryshop.confidence import Estimate
from mysteryshop.reports.drivers import Driver, rank_drivers
from mysteryshop.store import stats
from mysteryshop.store.dashboard import (
    Chosen,
    DashboardFigures,
    dashboard_figures,
    preset_period,
    span_filter,
    trend_span,
)
from mysteryshop.store.records import EncounterFilter
from mysteryshop.ui import display, tasks, theme
from mysteryshop.ui.headers import conventional_sort_arrows
from mysteryshop.ui.ops import Refresher
from mysteryshop.ui.reflow import ReflowRow
from mysteryshop.ui.workspace import Workspace
from mysteryshop.vocabulary import BUILTIN_DIMENSIONS

translate = QCoreApplication.translate  # a short name pyside6-lupdate still recognises

DASH = "—"
MINUS = "\u2212"


def format_percent(value: float | None) -> str:
    """A score as '71.2 %', or a dash when there is none."""
    if value is None:
        return DASH
    return translate("DashboardView", "{value} %").format(
        value=QLocale().toString(float(value), "f", 1)
    )


def format_signed(value: float | None, decimals: int = 1) -> str:
    """A number with its sign: '+46.7', '−12.0' (a true minus sign), '0.0'."""
    if value is None:
        return DASH
    rounded = round(float(value), decimals)
    text = QLocale().toString(abs(rounded), "f", decimals)
    if rounded > 0:
        return "+" + text
    if rounded < 0:
        return MINUS + text
    return text


def format_uplift(value: float | None) -> str:
    """Net Uplift with its sign: '+46.7', '−12.0', '0.0'."""
    return format_signed(value)


def format_interval(estimate: Estimate, signed: bool = False) -> str:
    """An estimate's 95 % interval as '70.1–72.3' ('−3.0–+25.0' when signed); '' without."""
    if estimate.low is None or estimate.high is None:
        return ""
    if signed:
        # Word joiners: a label wraps around the interval, never inside it.
        return f"{format_signed(estimate.low)}\u2060…\u2060{format_signed(estimate.high)}"
    locale = QLocale()
    return f"{locale.toString(estimate.low, 'f', 1)}–{locale.toString(estimate.high, 'f', 1)}"


def format_n(n: int) -> str:
    return translate("DashboardView", "n = {n}").format(n=QLocale().toString(n))


# --- the period and its comparison ---------------------------------------------------------


def describe_span(span: periods.Period) -> str:
    locale = QLocale()

    def day(d: date) -> str:
        # The pattern is the translators': Finnish writes 1.11.2026.
        pattern = translate("DashboardView", "d MMM yyyy", "date format of a period's days")
        return locale.toString(QDate(d.year, d.month, d.day), pattern)

    if span.first == span.last:
        return day(span.first)
    return translate("DashboardView", "{first} – {last}").format(
        first=day(span.first), last=day(span.last)
    )


# --- comparisons on the cards ---------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """A comparison with the previous period: a line for a card, a short form for a row
    (the line is then its tooltip), and its colour (muted unless reliably different)."""

    text: str
    short: str
    colour: QColor


NO_CHANGE = Change("", "", theme.MUTED)


def compare(
    now: Estimate,
    before: Estimate | None,
    minimum: int,
    points: bool = False,
    lower_is_better: bool = False,
) -> Change:
    """The change of a figure from the comparison period, as the reports compare: nothing to
    compare with, too few visits on either side to compare, or an arrow with the difference
    (`points`: of a percentage). It is coloured only when the difference's 95 % interval
    leaves out zero: a change chance alone would hardly explain."""
    if before is None or now.n == 0:
        return NO_CHANGE
    if before.thin(minimum) or now.thin(minimum):
        return Change(
            translate("DashboardView", "too few visits to compare (n = {n})").format(
                n=QLocale().toString(min(before.n, now.n))
            ),
            translate("DashboardView", "too few to compare"),
            theme.MUTED,
        )
    if now.value is None or before.value is None:
        return NO_CHANGE
    difference = confidence.difference(now, before)
    value = difference.value or 0.0
    arrow = "▲" if round(value, 1) > 0 else "▼" if round(value, 1) < 0 else "="
    colour = theme.MUTED
    if confidence.reliably_different(difference, 0.0):
        colour = theme.POOR if (value > 0) == lower_is_better else theme.GOOD
    short = f"{arrow} {format_signed(value)}"
    if points:
        text = translate("DashboardView", "{change} points vs previous").format(change=short)
    else:
        text = translate("DashboardView", "{change} vs previous").format(change=short)
    return Change(text, short, colour)


@dataclass
class DashboardData:
    """What the worker computed, with the filter and the period it is for, and the regions
    and forms the filter bar offers."""

    filter: EncounterFilter
    period: Chosen
    figures: DashboardFigures
    regions: list[str]
    forms: list[tuple[str, str]]  # (form id, title)


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
    """One headline figure: a big number, its label, a muted line that explains it (with its
    n) and the comparison with the previous period."""

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
        self.change = QLabel()
        self.change.setWordWrap(True)
        self.meter = Meter(diverging=meter == "diverging") if meter else None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.value)
        if self.meter is not None:
            layout.addSpacing(4)
            layout.addWidget(self.meter)
            layout.addSpacing(4)
        layout.addWidget(self.sub)
        layout.addWidget(self.change)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(150)

    def show_value(
        self,
        value: str,
        sub: str,
        change: Change,
        meter_value: float | None = None,
        colour: QColor | None = None,
        value_colour: QColor | None = None,
    ) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {(value_colour or theme.TEXT).name()};")
        self.sub.setText(sub)
        self.change.setText(change.text)
        self.change.setStyleSheet(f"color: {change.colour.name()};")
        self.change.setVisible(bool(change.text))
        if self.meter is not None:
            self.meter.set_value(meter_value, colour or theme.ACCENT)


class DimensionsPanel(QWidget):
    """Every dimension of the visits (the six built-in ones and the forms' own), one row
    each: its name, a bar, its score, its n and the change from the previous period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.rows: dict[str, tuple[QLabel, Meter, QLabel, QLabel, QLabel]] = {}

    def set_dimensions(self, shown: list[tuple[str, Estimate, Change]]) -> None:
        """(dimension key, its estimate, its change) in the order shown."""
        for widgets in self.rows.values():
            for widget in widgets:
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = {}
        for row, (key, estimate, change) in enumerate(shown):
            name = QLabel(display.dimension_name(key))
            meter = Meter()
            meter.setMinimumWidth(40)
            meter.set_value(estimate.value, theme.score_colour(estimate.value))
            value = QLabel(format_percent(estimate.value))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setStyleSheet("font-weight: 600;")
            n = QLabel(format_n(estimate.n) if estimate.n else self.tr("not asked"))
            n.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            n.setStyleSheet(f"color: {theme.MUTED.name()};")
            moved = QLabel(change.short)
            moved.setToolTip(change.text)
            moved.setStyleSheet(f"color: {change.colour.name()};")
            name.setToolTip(
                self.tr("Mean {dimension} score of the visits that scored it").format(
                    dimension=display.dimension_name(key).lower()
                )
            )
            cells: tuple[QWidget, ...] = (name, meter, value, n, moved)
            for column, cell in enumerate(cells):
                self.grid.addWidget(cell, row, column)
            self.rows[key] = (name, meter, value, n, moved)

    def value_text(self, key: str) -> str:
        return self.rows[key][2].text()

    def n_text(self, key: str) -> str:
        return self.rows[key][3].text()

    def change_text(self, key: str) -> str:
        return self.rows[key][4].text()


# --- the trend chart ------------------------------------------------------------------------


class TrendChart(QWidget):
    """Average score (left axis, 0–100 %) and Net Uplift (right axis, −100 … +100) per
    period, with the number of visits as faint bars. Hover a period for its figures."""

    SCORE_COLOUR = theme.ACCENT
    UPLIFT_COLOUR = theme.GOOD
    HIGHLIGHT = QColor(47, 111, 143, 22)  # the accent, faint: the dashboard's period

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[stats.TrendPoint] = []
        self.loaded = False  # no "no visits" message before the first figures arrive
        self.period: stats.Period = "month"
        self.hovered: int | None = None
        self.setMouseTracking(True)
        self.highlight: periods.Period | None = None  # the dashboard's period, shaded
        self.few_visits = confidence.MIN_VISITS  # periods with fewer are drawn dashed
        self.setMinimumSize(300, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(640, 320)

    def set_points(
        self,
        points: list[stats.TrendPoint],
        period: stats.Period,
        highlight: periods.Period | None = None,
    ) -> None:
        self.points = stats.fill_gaps(points, period)
        self.highlight = highlight
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
        self._paint_highlight(painter, plot)
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

    def _paint_highlight(self, painter: QPainter, plot: QRectF) -> None:
        """Shade the periods of the trend that fall in the dashboard's period."""
        span = self.highlight
        if span is None:
            return
        inside = [
            index
            for index, point in enumerate(self.points)
            if span.first <= point.start <= span.last
            or point.start <= span.first < stats.next_period(point.start, self.period)
        ]
        if not inside:
            return
        step = plot.width() / len(self.points)
        left = self._x(plot, inside[0]) - step / 2
        right = self._x(plot, inside[-1]) + step / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.HIGHLIGHT)
        painter.drawRect(QRectF(left, plot.top(), right - left, plot.height()))

    def _visit_bars(self, plot: QRectF) -> list[tuple[QRectF, int]]:
        """Each period's visits bar, scaled so that the most visits take 30 % of the plot."""
        most = max(point.visits for point in self.points) or 1
        step = plot.width() / len(self.points)
        width = max(2.0, min(step * 0.6, 36))
        bars = []
        for index, point in enumerate(self.points):
            if point.visits:
                height = plot.height() * 0.3 * point.visits / most
                x = self._x(plot, index)
                bars.append((QRectF(x - width / 2, plot.bottom() - height, width, height), index))
        return bars

    def visit_labels(self) -> list[tuple[int, str]]:
        """(period index, its number of visits) written on the bars: the bars have no axis
        of their own (APP.md: read against the score axis they looked like 25–30 visits).
        Every bar's number when they fit side by side, else the tallest bar's."""
        if not self.points:
            return []
        metrics = QFontMetrics(self._label_font())
        step = self._plot_rect().width() / len(self.points)
        widest = max(metrics.horizontalAdvance(str(p.visits)) for p in self.points)
        if widest + 4 <= step:
            return [(i, str(p.visits)) for i, p in enumerate(self.points) if p.visits]
        index = max(range(len(self.points)), key=lambda i: self.points[i].visits)
        return [(index, str(self.points[index].visits))] if self.points[index].visits else []

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.8, 6.5))
        return font

    def _paint_visits(self, painter: QPainter, plot: QRectF) -> None:
        colour = QColor(theme.ACCENT_LIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        bars = self._visit_bars(plot)
        for rect, index in bars:
            painter.setBrush(colour.darker(110) if index == self.hovered else colour)
            painter.drawRect(rect)
        labelled = dict(self.visit_labels())
        painter.setFont(self._label_font())
        painter.setPen(theme.MUTED)
        height = QFontMetrics(painter.font()).height()
        for rect, index in bars:
            if index in labelled:
                above = QRectF(rect.center().x() - 40, rect.top() - height, 80, height)
                painter.drawText(above, Qt.AlignmentFlag.AlignCenter, labelled[index])
        painter.setFont(self.font())

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
            few = point.visits < self.few_visits
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
        if any(0 < point.visits < self.few_visits for point in self.points):
            entries.append(
                (
                    translate("DashboardView", "Fewer than {n} visits").format(n=self.few_visits),
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
            if point.visits < self.few_visits
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


# --- what drives uplift ---------------------------------------------------------------------


class DriversChart(QWidget):
    """The behaviours whose visits differ most in Net Uplift: one bar each, from zero to the
    difference (with − without, in points) with its 95 % interval as a whisker, and the n
    of both sides. Hover a bar for its figures."""

    SHOWN = 6  # the strongest drivers (by the difference); the table in the summary has all

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drivers: list[Driver] = []
        self.loaded = False
        self.setMinimumSize(300, self.row_height() * 2)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    def row_height(self) -> int:
        return QFontMetrics(self.font()).height() * 2 + 10

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(420, self.row_height() * max(len(self.drivers), 2))

    def set_drivers(self, drivers: list[Driver]) -> None:
        self.drivers = drivers[: self.SHOWN]
        self.loaded = True
        self.setMinimumHeight(self.row_height() * max(len(self.drivers), 2))
        self.updateGeometry()
        self.update()

    def _rows(self) -> list[QRectF]:
        height = self.row_height()
        return [
            QRectF(0, index * height, self.width(), height) for index in range(len(self.drivers))
        ]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        metrics = QFontMetrics(self.font())
        if not self.drivers:
            painter.setPen(theme.MUTED)
            if self.loaded:
                painter.drawText(
                    QRectF(self.rect()),
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                    translate("DashboardView", "Too few visits on both sides of any behaviour"),
                )
            return
        value_width = metrics.horizontalAdvance("+100.0") + 8
        # The scale: from zero (or the lowest whisker) to the highest whisker, in tens.
        ends = [
            end
            for d in self.drivers
            for end in (d.difference.low, d.difference.high, d.difference.value)
            if end is not None
        ]
        lowest = min(0.0, math.floor(min(ends) / 10) * 10)
        highest = max(0.0, math.ceil(max(ends) / 10) * 10)
        if highest - lowest < 10:
            highest = lowest + 10
        left, right = 4.0, self.width() - value_width - 4
        zero = left + (right - left) * (0 - lowest) / (highest - lowest)

        def x(value: float) -> float:
            share = (max(lowest, min(highest, value)) - lowest) / (highest - lowest)
            return left + (right - left) * share

        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        small_metrics = QFontMetrics(small)
        for driver, row in zip(self.drivers, self._rows(), strict=True):
            line = metrics.height()
            painter.setFont(self.font())
            painter.setPen(theme.TEXT)
            counts = translate("DashboardView", "n = {with_n} / {without_n}").format(
                with_n=QLocale().toString(driver.with_uplift.n),
                without_n=QLocale().toString(driver.without_uplift.n),
            )
            room = int(self.width() - 4 - left - small_metrics.horizontalAdvance(counts) - 8)
            painter.drawText(
                QRectF(left, row.top(), room, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(driver.label, Qt.TextElideMode.ElideRight, room),
            )
            bar_top = row.top() + line + 2
            bar_height = line - 4
            difference = driver.difference.value or 0.0
            colour = theme.GOOD if difference >= 0 else theme.POOR
            if not confidence.reliably_different(driver.difference, 0.0):
                colour = theme.NEUTRAL
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            start, end = sorted((zero, x(difference)))
            painter.drawRect(QRectF(start, bar_top, max(end - start, 1.0), bar_height))
            if driver.difference.low is not None and driver.difference.high is not None:
                painter.setPen(QPen(theme.TEXT, 1.2))
                y = bar_top + bar_height / 2
                low, high = x(driver.difference.low), x(driver.difference.high)
                painter.drawLine(QPointF(low, y), QPointF(high, y))
                for tip in (low, high):
                    painter.drawLine(QPointF(tip, y - 4), QPointF(tip, y + 4))
            painter.setPen(theme.TEXT)
            painter.drawText(
                QRectF(right + 4, bar_top - 2, value_width, bar_height + 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                format_signed(difference),
            )
            painter.setFont(small)
            painter.setPen(theme.MUTED)
            painter.drawText(
                QRectF(
                    right + 4 - small_metrics.horizontalAdvance(counts),
                    row.top(),
                    small_metrics.horizontalAdvance(counts) + value_width,
                    line,
                ),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                counts,
            )
        # The zero line.
        rows = self._rows()
        painter.setPen(QPen(theme.MUTED, 1))
        painter.drawLine(
            QPointF(zero, rows[0].top() + metrics.height()), QPointF(zero, rows[-1].bottom())
        )

    def index_at(self, y: float) -> int | None:
        for index, row in enumerate(self._rows()):
            if row.top() <= y < row.bottom():
                return index
        return None

    def tooltip_text(self, index: int) -> str:
        d = self.drivers[index]
        return (
            f"<b>{html_escape(d.label)}</b><br>"
            + translate("DashboardView", "Net Uplift where it happened: {value} ({n})").format(
                value=format_signed(d.with_uplift.value), n=format_n(d.with_uplift.n)
            )
            + "<br>"
            + translate("DashboardView", "Net Uplift where it did not: {value} ({n})").format(
                value=format_signed(d.without_uplift.value), n=format_n(d.without_uplift.n)
            )
            + "<br>"
            + translate("DashboardView", "Difference: {value}, 95 % interval {interval}").format(
                value=format_signed(d.difference.value),
                interval=format_interval(d.difference, signed=True) or DASH,
            )
        )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        index = self.index_at(event.position().y())
        if index is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_text(index), self)


# --- the location ranking -------------------------------------------------------------------


_ROOT = QModelIndex()


class LocationRankingModel(QAbstractTableModel):
    """Locations with enough visits to rank, best average score first, each score and Net
    Uplift with its 95 % interval."""

    COL_RANK, COL_NAME, COL_REGION, COL_VISITS, COL_SCORE, COL_UPLIFT, COL_CRITICAL = range(7)
    SortRole = Qt.ItemDataRole.UserRole + 1
    IntervalRole = Qt.ItemDataRole.UserRole + 2  # the interval's text, under the value
    # The score's interval for the whisker, as plain numbers: a Python object (an Estimate)
    # through a QVariant corrupted memory now and then (crashes while painting, in the tests).
    LowRole, HighRole = Qt.ItemDataRole.UserRole + 3, Qt.ItemDataRole.UserRole + 4

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
                translate("DashboardView", "n", "column header: number of visits"),
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
                translate("DashboardView", "Visits in the period"),
                translate(
                    "DashboardView", "Mean score of the visits, with its 95 % interval under it"
                ),
                translate(
                    "DashboardView",
                    "% of visits leaving customers uplifted minus % leaving them diminished, "
                    "with its 95 % interval under it",
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
        if role == self.IntervalRole:
            if column == self.COL_SCORE:
                return format_interval(row.score)
            if column == self.COL_UPLIFT:
                return format_interval(row.uplift, signed=True)
            return None
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
        if column == self.COL_SCORE and role in (
            Qt.ItemDataRole.UserRole,
            self.LowRole,
            self.HighRole,
        ):  # the score and its interval, for the bar and its whisker
            score = row.score
            if role == self.LowRole:
                return score.low
            return score.high if role == self.HighRole else score.value
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
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_NAME:
                where = (
                    translate("DashboardView", "{name}, region {region}").format(
                        name=row.name, region=row.region
                    )
                    if row.region
                    else row.name
                )
                return where + "\n" + translate("DashboardView", "Click to see its encounters")
            if column in (self.COL_SCORE, self.COL_UPLIFT):
                estimate = row.score if column == self.COL_SCORE else row.uplift
                return translate("DashboardView", "{value}, 95 % interval {interval}, {n}").format(
                    value=display_value(estimate, signed=column == self.COL_UPLIFT),
                    interval=format_interval(estimate, signed=column == self.COL_UPLIFT) or DASH,
                    n=format_n(estimate.n),
                )
        return None


def display_value(estimate: Estimate, signed: bool = False) -> str:
    return format_signed(estimate.value) if signed else format_percent(estimate.value)


def _paint_cell(
    delegate: QStyledItemDelegate, painter: QPainter, option: QStyleOptionViewItem
) -> None:
    """The cell's background (selection, alternate rows) as the table's style draws it (the
    table is the delegate's parent)."""
    view = delegate.parent()
    if isinstance(view, QWidget):
        style = view.style()
        style.drawControl(style.ControlElement.CE_ItemViewItem, option, painter, view)


def _paint_two_lines(
    painter: QPainter, option: QStyleOptionViewItem, rect: QRectF, text: str, under: str
) -> None:
    """A value with its interval under it in small muted text, both right-aligned."""
    half = rect.height() / 2
    align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), half), align, text)
    small = QFont(option.font)
    small.setPointSizeF(option.font.pointSizeF() * 0.85)
    painter.setFont(small)
    painter.setPen(theme.MUTED)
    painter.drawText(QRectF(rect.left(), rect.top() + half, rect.width(), half), align, under)


class ScoreBarDelegate(QStyledItemDelegate):
    """Draws an average score as a bar coloured by how good it is, its 95 % interval as a
    whisker across the bar, and the number with the interval under it."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        _paint_cell(self, painter, option)
        score = index.data(Qt.ItemDataRole.UserRole)
        low = index.data(LocationRankingModel.LowRole)
        high = index.data(LocationRankingModel.HighRole)
        under = index.data(LocationRankingModel.IntervalRole) or ""
        rect = QRectF(option.rect).adjusted(6, 3, -6, -3)
        metrics = QFontMetrics(option.font)
        text_width = metrics.horizontalAdvance("100.0–100.0") + 8
        bar = QRectF(rect.left(), rect.center().y() - 4, max(rect.width() - text_width, 10), 8)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.GRID)
        painter.drawRoundedRect(bar, 4, 4)
        if isinstance(score, float):
            painter.setBrush(theme.score_colour(score))

            def x(value: float) -> float:
                return bar.left() + bar.width() * max(0.0, min(value, 100.0)) / 100

            filled = QRectF(bar.left(), bar.top(), x(score) - bar.left(), 8)
            painter.drawRoundedRect(filled, 4, 4)
            if isinstance(low, float) and isinstance(high, float):
                painter.setPen(QPen(theme.TEXT, 1.2))
                y = bar.center().y()
                painter.drawLine(QPointF(x(low), y), QPointF(x(high), y))
                for end in (x(low), x(high)):
                    painter.drawLine(QPointF(end, y - 5), QPointF(end, y + 5))
        painter.setPen(theme.TEXT)
        _paint_two_lines(
            painter,
            option,
            QRectF(bar.right(), rect.top(), rect.right() - bar.right(), rect.height()),
            text,
            under,
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(max(size.width(), 150), size.height())


class IntervalDelegate(QStyledItemDelegate):
    """A figure with its 95 % interval under it."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        _paint_cell(self, painter, option)
        painter.save()
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setPen(colour if isinstance(colour, QColor) else theme.TEXT)
        _paint_two_lines(
            painter,
            option,
            QRectF(option.rect).adjusted(6, 3, -6, -3),
            text,
            index.data(LocationRankingModel.IntervalRole) or "",
        )
        painter.restore()


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
        _paint_cell(self, painter, option)
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
    """Headline figures of a period compared with the period before, every dimension, the
    trend and the location ranking, for the dashboard's own filter (period, region, form)."""

    updated = Signal()  # the shown figures are up to date (for tests and screenshots)
    drivers_updated = Signal()  # the drivers chart too (computed after the figures)
    encounters_requested = Signal(object)  # an EncounterFilter for the log (a location's)

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.today = today  # None: the computer's today, read at each computation
        self.period: stats.Period = "month"
        self.data: DashboardData | None = None
        self._minimum_shown = 0  # the minimum visits the shown figures were split by
        self._generation = 0
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self._compute)
        # Computed when first shown, and again when encounters or locations (their names in
        # the ranking) change; showing the page again without a change computes nothing.
        self.refresher = Refresher(
            self,
            workspace,
            lambda _changes: self.refresh(),
            lambda c: c.touches("encounters", "locations", "forms"),
            stale=True,
        )

        heading = QLabel(self.tr("Dashboard"))
        heading.setProperty("role", "heading")
        self._build_filter_bar()
        self.caption = QLabel()
        self.caption.setProperty("role", "muted")
        self.caption.setStyleSheet(f"color: {theme.MUTED.name()};")
        self.caption.setWordWrap(True)

        # The headline cards.
        self.cards: dict[str, MetricCard] = {
            "visits": MetricCard(self.tr("Visits")),
            "average_score": MetricCard(self.tr("Average score"), meter="share"),
            "net_uplift": MetricCard(self.tr("Net Uplift"), meter="diverging"),
            "critical_failures": MetricCard(self.tr("Critical failures")),
        }
        self.cards["visits"].setToolTip(self.tr("Submitted and approved encounters in the period"))
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
            self.tr(
                "Visits where a critical question earned no points; compared as a share of "
                "the visits"
            )
        )
        # Each row's layout is in the page before widgets go in: a widget added to a layout
        # without a parent widget stays Python's, and the garbage collector deleted a card
        # (and its table) under the painter.
        content = QWidget()
        stacked = QVBoxLayout(content)
        stacked.setContentsMargins(0, 0, 0, 0)
        stacked.setSpacing(12)
        # Four cards in a row; two by two, or one above the other, in a narrow window.
        stacked.addWidget(ReflowRow(list(self.cards.values()), columns=(4, 2, 1)))

        # Every dimension.
        self.dimensions = DimensionsPanel()
        dimensions_title = QLabel(self.tr("Dimensions"))
        dimensions_title.setStyleSheet("font-weight: 600;")
        dimensions_header = QHBoxLayout()
        dimensions_header.addWidget(dimensions_title)
        dimensions_header.addStretch(1)
        dimensions_card = self._card(dimensions_header, self.dimensions, stretch=False)

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

        # The ranking, and the locations with too few visits to rank.
        self._build_ranking()
        ranking_title = QLabel(self.tr("Locations"))
        ranking_title.setStyleSheet("font-weight: 600;")
        self.ranking_note = QLabel(self.tr("best average score first"))
        self.ranking_note.setStyleSheet(f"color: {theme.MUTED.name()};")
        self.ranking_note.setWordWrap(True)
        ranking_header = QHBoxLayout()
        ranking_header.addWidget(ranking_title)
        ranking_header.addSpacing(8)
        ranking_header.addWidget(self.ranking_note, 1)
        ranking_body = QWidget()
        ranking_layout = QVBoxLayout(ranking_body)
        ranking_layout.setContentsMargins(0, 0, 0, 0)
        ranking_layout.addWidget(self.ranking, 1)
        ranking_layout.addWidget(self.unranked)
        ranking_card = self._card(ranking_header, ranking_body)

        # The dimensions beside what drives uplift; below it when narrow.
        middle = ReflowRow([dimensions_card, self._build_drivers()], stretches=(4, 5))
        stacked.addWidget(middle)
        stacked.addWidget(trend_card, 1)
        stacked.addWidget(ranking_card)
        # Open and overdue action items (ui/actions_view.py), under the headline cards.
        from mysteryshop.ui.actions_view import ActionsPanel

        self.actions_panel = ActionsPanel(workspace)
        stacked.insertWidget(1, self.actions_panel)

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

        # Below the content's minimum size (a small window) the page scrolls down rather than
        # squeezing the charts; it is never wider than the window.
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

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
        top.addSpacing(16)
        top.addLayout(self.filter_bar)
        top.addStretch(1)
        top.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addSpacing(6)
        layout.addWidget(self.error)
        layout.addWidget(self.pages, 1)

    def _build_filter_bar(self) -> None:
        self.period_box = QComboBox()
        self.period_box.setAccessibleName(self.tr("Period"))
        for key, _english in periods.PRESETS:
            self.period_box.addItem(display.period_preset_name(key), key)
        self.region_box = QComboBox()
        self.region_box.setAccessibleName(self.tr("Region"))
        self.form_box = QComboBox()
        self.form_box.setAccessibleName(self.tr("Form"))
        for box in (self.region_box, self.form_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMinimumContentsLength(8)
        preset, region, form = self.workspace.settings.dashboard_filter
        self.period_box.setCurrentIndex(max(self.period_box.findData(preset or "last-month"), 0))
        self._fill_box(self.region_box, self.tr("All regions"), [], region or None)
        self._fill_box(self.form_box, self.tr("All forms"), [], form or None)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.setSpacing(6)
        for box in (self.period_box, self.region_box, self.form_box):
            self.filter_bar.addWidget(box)
            box.currentIndexChanged.connect(self.on_filter_chosen)

    def _build_ranking(self) -> None:
        self.ranking_model = LocationRankingModel(self)
        self.ranking_proxy = _RankingSortModel(self)
        self.ranking_proxy.setSourceModel(self.ranking_model)
        self.ranking = QTableView()
        self.ranking.setAccessibleName(self.tr("Location ranking"))
        self.ranking.setModel(self.ranking_proxy)
        self.ranking.setItemDelegateForColumn(
            LocationRankingModel.COL_SCORE, ScoreBarDelegate(self.ranking)
        )
        self.ranking.setItemDelegateForColumn(
            LocationRankingModel.COL_UPLIFT, IntervalDelegate(self.ranking)
        )
        self.ranking.setItemDelegateForColumn(
            LocationRankingModel.COL_NAME, LocationDelegate(self.ranking)
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
        self.ranking.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.ranking.setColumnHidden(LocationRankingModel.COL_REGION, True)  # under the name
        self.ranking.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ranking.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ranking.clicked.connect(self.on_ranking_clicked)
        self.ranking.activated.connect(self.on_ranking_clicked)  # Enter on a row
        self.ranking.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.ranking.customContextMenuRequested.connect(self.on_ranking_menu)
        row_height = int(QFontMetrics(self.ranking.font()).height() * 2.3) + 6
        self.ranking.verticalHeader().setDefaultSectionSize(row_height)
        header = self.ranking.horizontalHeader()
        conventional_sort_arrows(header)  # ▲ ascending, ▼ descending
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(24)
        metrics = QFontMetrics(header.font())
        model = self.ranking_model
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, metrics.horizontalAdvance(title) + 18)
        header.resizeSection(LocationRankingModel.COL_RANK, 34)
        header.resizeSection(
            LocationRankingModel.COL_VISITS, metrics.horizontalAdvance("1 000") + 18
        )
        header.resizeSection(
            LocationRankingModel.COL_UPLIFT,
            max(
                metrics.horizontalAdvance("\u2212100.0…+100.0") + 16,
                metrics.horizontalAdvance(
                    str(model.headerData(model.COL_UPLIFT, Qt.Orientation.Horizontal))
                )
                + 18,
            ),
        )
        score_title = str(model.headerData(model.COL_SCORE, Qt.Orientation.Horizontal))
        header.resizeSection(
            LocationRankingModel.COL_SCORE, max(170, metrics.horizontalAdvance(score_title) + 18)
        )
        header.setSectionResizeMode(LocationRankingModel.COL_NAME, QHeaderView.ResizeMode.Stretch)

        self.unranked = QLabel()
        self.unranked.setWordWrap(True)
        self.unranked.setTextFormat(Qt.TextFormat.RichText)
        self.unranked.setStyleSheet(f"color: {theme.MUTED.name()};")
        self.unranked.linkActivated.connect(self.open_location)
        self.unranked.hide()

    def _build_drivers(self) -> QFrame:
        self.drivers_chart = DriversChart()
        title = QLabel(self.tr("What drives uplift"))
        title.setStyleSheet("font-weight: 600;")
        title.setToolTip(
            self.tr(
                "Net Uplift of the visits where a behaviour happened minus that of the visits "
                "where it did not, in points, with its 95 % interval"
            )
        )
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.drivers_note = QLabel(
            self.tr(
                "Net Uplift with the behaviour minus without it. An association, not proof "
                "of cause."
            )
        )
        self.drivers_note.setWordWrap(True)
        self.drivers_note.setStyleSheet(f"color: {theme.MUTED.name()};")
        self.drivers_thin = QLabel()
        self.drivers_thin.setWordWrap(True)
        self.drivers_thin.setStyleSheet(f"color: {theme.MUTED.name()};")
        layout.addWidget(self.drivers_note)
        layout.addWidget(self.drivers_chart, 1)
        layout.addWidget(self.drivers_thin)
        return self._card(header, body)

    def _card(self, header: QHBoxLayout, body: QWidget, stretch: bool = True) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(body, 1 if stretch else 0)
        if not stretch:
            layout.addStretch(1)
        return card

    @staticmethod
    def _fill_box(
        box: QComboBox, any_text: str, items: list[tuple[str, str]], chosen: str | None
    ) -> None:
        box.blockSignals(True)
        box.clear()
        box.addItem(any_text, None)
        for text, value in items:
            box.addItem(text, value)
        if chosen is not None and box.findData(chosen) < 0:
            box.addItem(chosen, chosen)  # chosen earlier, gone since: keep showing it
        box.setCurrentIndex(max(box.findData(chosen), 0) if chosen is not None else 0)
        box.blockSignals(False)

    # --- what is shown ------------------------------------------------------------------------

    def preset(self) -> str:
        return str(self.period_box.currentData())

    def current_period(self) -> Chosen:
        return preset_period(self.preset(), self.today or date.today())

    def base_filter(self) -> EncounterFilter:
        """The region and form chosen, counting reported encounters as the reports do."""
        return EncounterFilter(
            region=self.region_box.currentData(), form_id=self.form_box.currentData()
        ).reported()

    def effective_filter(self) -> EncounterFilter:
        """The filter the figures are for: the period, region and form chosen."""
        return span_filter(self.base_filter(), self.current_period().span)

    def minimum_visits(self) -> int:
        """The app's minimum visits to rank or compare (Settings; confidence.MIN_VISITS)."""
        return self.workspace.settings.min_visits

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.data is not None and self._minimum_shown != self.minimum_visits():
            self.show_data(self.data)  # the setting changed: split and compare again

    def set_filter(self, preset: str, region: str | None = None, form: str | None = None) -> None:
        """Choose a period preset, a region and a form (as the filter bar does)."""
        for box, value in ((self.region_box, region), (self.form_box, form)):
            if value is not None and box.findData(value) < 0:
                box.blockSignals(True)
                box.addItem(value, value)
                box.blockSignals(False)
        for box, value in (
            (self.period_box, preset),
            (self.region_box, region),
            (self.form_box, form),
        ):
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(value), 0) if value is not None else 0)
            box.blockSignals(False)
        self.on_filter_chosen()

    @Slot()
    def on_filter_chosen(self) -> None:
        self.workspace.settings.dashboard_filter = (
            self.preset(),
            self.region_box.currentData() or "",
            self.form_box.currentData() or "",
        )
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

    @Slot(QModelIndex)
    def on_ranking_clicked(self, index: QModelIndex) -> None:
        row = self.ranking_proxy.mapToSource(index).row()
        self.open_location(self.ranking_model.rows[row].location_id)

    @Slot(QPoint)
    def on_ranking_menu(self, point: QPoint) -> None:
        """A location's menu: its encounters, or an action item about its weakest question."""
        index = self.ranking.indexAt(point)
        if not index.isValid():
            return
        location_id = self.ranking_model.rows[
            self.ranking_proxy.mapToSource(index).row()
        ].location_id
        menu = QMenu(self)
        menu.addAction(self.tr("Show its encounters"), lambda: self.open_location(location_id))
        menu.addAction(
            self.tr("Make action item about its weakest question…"),
            lambda: self.make_action(location_id),
        )
        menu.popup(self.ranking.viewport().mapToGlobal(point))

    def make_action(self, location_id: str) -> str | None:
        """An action item at the location about its most missed question in the period."""
        from mysteryshop.ui.actions_view import make_action, weakest_question

        weakest = weakest_question(self.workspace, self.effective_filter(), location_id)
        about = {"form_id": weakest.form_id, "question_id": weakest.question_id} if weakest else {}
        return make_action(self.workspace, self, location_id=location_id, **about)

    @Slot(str)
    def open_location(self, location_id: str) -> None:
        """Ask for the log of a location's encounters in the dashboard's period and filter."""
        f = replace(self.effective_filter(), location=location_id, statuses=None)
        self.encounters_requested.emit(f)

    # --- computing ----------------------------------------------------------------------------

    @Slot()
    def _compute(self) -> None:
        from mysteryshop.store import listing, queries

        self._generation += 1
        generation = self._generation
        db = self.workspace.db
        period = self.current_period()
        base = self.base_filter()
        f = span_filter(base, period.span)
        previous = span_filter(base, period.comparison) if period.comparison else None
        trend = span_filter(base, trend_span(period))
        trend_period = self.period

        def work(_progress: Any) -> tuple[int, DashboardData | Exception]:
            # A worker thread: no widgets here. Errors come back as the result, tagged with
            # the generation like the figures, so a stale failure is ignored too.
            try:
                figures = dashboard_figures(db, f, previous, trend, trend_period)
                forms: dict[str, str] = {}
                for info in queries.list_forms(db):  # newest version of each form first
                    forms.setdefault(info.form_id, info.title)
                data = DashboardData(
                    f,
                    period,
                    figures,
                    listing.regions(db),
                    sorted(forms.items(), key=lambda item: item[1].lower()),
                )
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
        self._minimum_shown = self.minimum_visits()
        self.error.hide()
        self._fill_box(
            self.region_box,
            self.tr("All regions"),
            [(region, region) for region in data.regions],
            self.region_box.currentData(),
        )
        self._fill_box(
            self.form_box,
            self.tr("All forms"),
            [(title, form_id) for form_id, title in data.forms],
            self.form_box.currentData(),
        )
        self.caption.setText(self.describe(data))
        fig = data.figures.figures
        if fig.visits == 0:
            self.pages.setCurrentWidget(self.empty_page)
            narrowed = data.filter.region or data.filter.form_id or data.period.span
            self.empty_title.setText(
                self.tr("No submitted encounters in this period")
                if narrowed
                else self.tr("No submitted encounters yet")
            )
            self.empty_text.setText(
                self.tr("Choose another period, region or form above.")
                if narrowed
                else self.tr(
                    "Figures appear here once encounters are submitted. Drafts and "
                    "returned encounters are not counted."
                )
            )
        else:
            self.pages.setCurrentWidget(self.content_page)
            self._show_cards(fig, data.figures.previous)
            self.chart.few_visits = self._minimum_shown
            self.chart.set_points(data.figures.trend, self.period, data.period.span)
            self._show_ranking(data.figures.ranking)
            self._compute_drivers(data.filter)
        self.updated.emit()

    def _compute_drivers(self, f: EncounterFilter) -> None:
        """What drives uplift, in a task of its own after the figures are shown: it reads
        every answer, so the figures do not wait for it."""
        from mysteryshop.store import report_data

        generation = self._generation
        db = self.workspace.db

        def work(_progress: Any) -> tuple[int, Any]:
            try:
                counts = stats.drivers(db, f)
                forms = report_data.forms_by_version(
                    db, {(c.form_id, c.form_version) for c in counts if c.kind == "question"}
                )
            except Exception as error:  # shown in the view, not raised in the thread
                return generation, error
            return generation, (counts, forms)

        tasks.start(work, done=self.on_drivers_computed)

    @Slot(object)
    def on_drivers_computed(self, result: tuple[int, Any]) -> None:
        generation, found = result
        if generation != self._generation:
            return
        if isinstance(found, Exception):
            self.drivers_thin.setText(
                self.tr("Could not compute the drivers: {error}").format(error=found)
            )
            self.drivers_updated.emit()
            return
        counts, forms = found
        ranked, thin = rank_drivers(
            counts, self.driver_labels(counts, forms), self.minimum_visits()
        )
        self.drivers_chart.set_drivers(ranked)
        shown = min(len(ranked), DriversChart.SHOWN)
        parts = []
        if len(ranked) > shown:
            parts.append(
                self.tr("The {shown} strongest of {total} behaviours.").format(
                    shown=shown, total=len(ranked)
                )
            )
        if thin:
            parts.append(
                self.tr(
                    "%n behaviours left out: fewer than {minimum} visits with or without them.",
                    "",
                    len(thin),
                ).format(minimum=self.minimum_visits())
            )
        self.drivers_thin.setText(" ".join(parts))
        self.drivers_thin.setVisible(bool(parts))
        self.drivers_updated.emit()

    def driver_labels(
        self, counts: list[stats.DriverCounts], forms: dict[tuple[str, int], Any]
    ) -> dict[tuple[str, str], str]:
        """The behaviours shown and their names: yes/no and choice questions by their text
        in the app's language, dimensions by their name."""
        from mysteryshop.reports.drivers import question_labels

        questions = [c for c in counts if c.kind != "dimension"]
        labels = question_labels(questions, forms, QLocale().name()[:2])
        for c in counts:
            if c.kind == "dimension":
                labels[("", c.key)] = self.tr("{dimension} (score ≥ {share} %)").format(
                    dimension=display.dimension_name(c.key),
                    share=QLocale().toString(stats.DIMENSION_HAPPENED_AT, "f", 0),
                )
        return labels

    def describe(self, data: DashboardData) -> str:
        """The period and its comparison in words, and what is counted."""
        period = data.period
        parts = []
        if period.span is None:
            parts.append(self.tr("All time"))
        else:
            text = describe_span(period.span)
            if period.to_date:
                text = self.tr("{period} (to date)").format(period=text)
            if period.comparison is not None:
                visits = data.figures.previous.visits if data.figures.previous else 0
                text = self.tr(
                    "{period}, compared with {comparison} (%Ln visits)", "", visits
                ).format(period=text, comparison=describe_span(period.comparison))
            parts.append(text)
        parts.append(
            self.tr("submitted and approved encounters (drafts and returned ones are left out)")
        )
        return " · ".join(parts)

    def show_error(self, error: Exception) -> None:
        self.error.setText(self.tr("Could not compute the figures: {error}").format(error=error))
        self.error.show()
        self.updated.emit()

    def _show_cards(self, fig: stats.Figures, before: stats.Figures | None) -> None:
        locale = QLocale()
        minimum = self.minimum_visits()
        cards = self.cards
        # Visits compare as counts only between periods of the same length.
        period = self.data.period if self.data else None
        change = NO_CHANGE
        if before is not None and period is not None and period.comparison and period.span:
            if min(before.visits, fig.visits) < minimum:
                change = compare(
                    Estimate(fig.visits, fig.visits), Estimate(None, before.visits), minimum
                )
            elif periods.same_length(period.span, period.comparison):
                arrow = (
                    "▲"
                    if fig.visits > before.visits
                    else "▼"
                    if fig.visits < before.visits
                    else "="
                )
                short = f"{arrow} {format_signed(fig.visits - before.visits, 0)}"
                change = Change(
                    self.tr("{change} vs previous").format(change=short), short, theme.MUTED
                )
            else:
                text = self.tr("previous period: {visits}").format(
                    visits=locale.toString(before.visits)
                )
                change = Change(text, text, theme.MUTED)
        cards["visits"].show_value(
            locale.toString(fig.visits), self.tr("submitted and approved"), change
        )
        score = fig.score
        # A figure from fewer visits than the minimum is drawn grey: read it with care.
        cards["average_score"].show_value(
            format_percent(score.value),
            self._basis(score, self.tr("%Ln scored visits", "", score.n), minimum=minimum),
            compare(score, before.score if before else None, minimum, points=True),
            score.value,
            theme.NEUTRAL if score.thin(minimum) else theme.score_colour(score.value),
            theme.MUTED if score.thin(minimum) else None,
        )
        uplift = fig.uplift
        if fig.feelings:
            up = locale.toString(fig.uplifted / fig.feelings * 100, "f", 0)
            down = locale.toString(fig.diminished / fig.feelings * 100, "f", 0)
            sub = self.tr("{up} % uplifted · {down} % diminished").format(up=up, down=down)
            sub += "\n" + self._basis(
                uplift, self.tr("%Ln visits with a feeling", "", uplift.n), True, minimum
            )
        else:
            sub = self.tr("no feeling recorded")
        cards["net_uplift"].show_value(
            format_uplift(uplift.value),
            sub,
            compare(uplift, before.uplift if before else None, minimum),
            uplift.value,
            theme.NEUTRAL if uplift.thin(minimum) else theme.uplift_colour(uplift.value),
            theme.MUTED
            if uplift.thin(minimum)
            else theme.uplift_colour(uplift.value)
            if uplift.value is not None
            else None,
        )
        critical = fig.critical
        cards["critical_failures"].show_value(
            locale.toString(fig.critical_failures),
            self.tr("{share} % of %Ln visits", "", fig.visits).format(
                share=locale.toString(critical.value or 0.0, "f", 1)
            ),
            compare(
                critical,
                before.critical if before else None,
                minimum,
                points=True,
                lower_is_better=True,
            ),
            value_colour=theme.CRITICAL if fig.critical_failures else None,
        )
        keys = [key for key in BUILTIN_DIMENSIONS] + sorted(
            key for key in fig.dimensions if key not in BUILTIN_DIMENSIONS
        )
        self.dimensions.set_dimensions(
            [
                (
                    key,
                    fig.dimension(key),
                    compare(
                        fig.dimension(key),
                        before.dimension(key) if before else None,
                        minimum,
                    ),
                )
                for key in keys
            ]
        )

    def _basis(
        self, estimate: Estimate, n_text: str, signed: bool = False, minimum: int | None = None
    ) -> str:
        """'1,848 scored visits · 70.1–71.9 (95 %)'; from fewer visits than the minimum, also
        the words that say so, which the grey of the figure alone would not tell."""
        interval = format_interval(estimate, signed)
        text = (
            self.tr("{n} · {interval} (95 %)").format(n=n_text, interval=interval)
            if interval
            else n_text
        )
        if minimum is not None and 0 < estimate.n < minimum:
            text += "\n" + translate("DashboardView", "Only a few visits: read with care")
        return text

    def _show_ranking(self, rows: list[stats.LocationFigures]) -> None:
        minimum = self.minimum_visits()
        # Ranked: at least the minimum of scored visits, as the reports rank.
        ranked = [row for row in rows if not row.score.thin(minimum)]
        apart = sorted(
            (row for row in rows if row.score.thin(minimum)), key=lambda r: r.name.lower()
        )
        self.ranking_model.set_rows(ranked)
        # As tall as its rows: the page scrolls, not a table inside it.
        header = self.ranking.horizontalHeader().sizeHint().height()
        body = self.ranking.verticalHeader().defaultSectionSize() * max(len(ranked), 1)
        self.ranking.setFixedHeight(header + body + 2 * self.ranking.frameWidth() + 2)
        self.ranking_note.setText(
            self.tr(
                "%Ln ranked, best average score first; click one for its encounters",
                "",
                len(ranked),
            )
        )
        if apart:
            links = ", ".join(
                f'<a href="{row.location_id}">{html_escape(row.name)}</a> ({format_n(row.scored)})'
                for row in apart
            )
            self.unranked.setText(
                self.tr("Too few visits to rank (fewer than {minimum}): {locations}").format(
                    minimum=minimum, locations=links
                )
            )
        self.unranked.setVisible(bool(apart))

    # --- for tests ----------------------------------------------------------------------------

    def card_text(self, key: str) -> str:
        """The big number of a card (visits, average_score, net_uplift, critical_failures)
        or a dimension's score."""
        if key in self.cards:
            return self.cards[key].value.text()
        return self.dimensions.value_text(key)
