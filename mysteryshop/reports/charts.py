"""Charts for the PDF reports, drawn with reportlab.graphics: score and Net Uplift over time,
dimension scores, the feeling distribution and a visit's timeline. Every chart has
labelled axes and a legend; the figures come from store/, the charts only draw them."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence, Set
from datetime import date, datetime

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from mysteryshop import vocabulary
from mysteryshop.confidence import MIN_VISITS
from mysteryshop.reports import i18n
from mysteryshop.reports.i18n import t, tn
from mysteryshop.reports.styles import (
    ACCENT,
    CONTENT_WIDTH,
    FEELING_COLOURS,
    FONT,
    FONT_BOLD,
    GRID,
    MUTED,
    PREVIOUS,
    TEXT,
    band_colour,
    format_count,
    format_percent,
    format_seconds,
    format_signed,
    new_drawing,
    one_decimal,
    register_fonts,
    shorten,
    uplift_colour,
)
from mysteryshop.store.stats import TrendPoint

AXIS_FONT_SIZE = 7
TITLE_FONT_SIZE = 7.5
LEGEND_FONT_SIZE = 7.5


def dimension_name(key: str) -> str:
    """A dimension's name for people: the built-in ones by their label (in the report's
    language), others as the form spells them, made readable."""
    return vocabulary.dimension_label(key, i18n.label)


def feeling_label(feeling: int) -> str:
    """'Somewhat uplifted' … in the report's language."""
    return i18n.label(vocabulary.FEELING_LABELS[feeling])


def ordered_dimensions(keys: Sequence[str]) -> list[str]:
    """The built-in dimensions in their order (vocabulary.BUILTIN_DIMENSIONS), then the
    others alphabetically."""
    known = [key for key in vocabulary.BUILTIN_DIMENSIONS if key in keys]
    return known + sorted(key for key in keys if key not in vocabulary.BUILTIN_DIMENSIONS)


def _axis_title(drawing: Drawing, x: float, y: float, text: str, *, angle: int = 0) -> None:
    """An axis title centred on (x, y); angle 90 writes it bottom-up beside a value axis."""
    title = String(
        0, 0, text, fontName=FONT, fontSize=TITLE_FONT_SIZE, fillColor=MUTED, textAnchor="middle"
    )
    if angle == 90:
        drawing.add(Group(title, transform=(0, 1, -1, 0, x, y)))
    else:
        title.x, title.y = x, y
        drawing.add(title)


def _legend(
    x: float,
    y: float,
    pairs: Sequence[tuple[colors.Color, str]],
    *,
    columns: int = 1,
    anchor: str = "ne",
) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.boxAnchor = anchor
    legend.alignment = "right"
    legend.fontName = FONT
    legend.fontSize = LEGEND_FONT_SIZE
    legend.fillColor = TEXT
    legend.strokeColor = None
    legend.strokeWidth = 0
    legend.dx = 7
    legend.dy = 7
    legend.dxTextSpace = 4
    legend.deltay = 10
    legend.deltax = 10
    legend.columnMaximum = max(1, math.ceil(len(pairs) / columns))
    legend.colorNamePairs = list(pairs)
    legend.swdx = 0
    return legend


def _style_axis_labels(axis: object) -> None:
    labels = axis.labels  # type: ignore[attr-defined]
    labels.fontName = FONT
    labels.fontSize = AXIS_FONT_SIZE
    labels.fillColor = MUTED


def _nice_step(span: float, ticks: int = 5) -> float:
    raw = span / max(ticks, 1)
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def period_tick(start: date, period: str) -> str:
    """An x-axis label: 'Dec\\n2025' for a month, 'W47\\n2026' for a week."""
    if period == "month":
        return i18n.month_tick(start)
    return i18n.week_tick(start)


def _tick_every(count: int, room: float, label_width: float = 26) -> int:
    return max(1, math.ceil(count * label_width / max(room, 1)))


# --- score over time --------------------------------------------------------------------------


THIN_FILL = colors.white  # a period with too few visits: a hollow grey marker or bar
THIN_STROKE = MUTED
N_FONT_SIZE = 6


def _tick_labels(points: Sequence[TrendPoint], period: str, partial: Set[int]) -> list[str]:
    """Each period's x-axis label, '*' after a period the report covers only in part."""
    labels = [period_tick(point.start, period) for point in points]
    return [
        label.replace("\n", "*\n", 1) if i in partial else label for i, label in enumerate(labels)
    ]


def _n_row(
    drawing: Drawing, xs: Sequence[float], points: Sequence[TrendPoint], y: float, left: float
) -> None:
    """Every period's number of visits on a row under the plot, 'n' at its start."""
    every = _tick_every(len(points), (xs[-1] - xs[0]) if len(xs) > 1 else 100, 14)
    drawing.add(
        String(left - 4, y, "n", fontName=FONT, fontSize=N_FONT_SIZE, fillColor=MUTED,
               textAnchor="end")
    )  # fmt: skip
    for index, (x, point) in enumerate(zip(xs, points, strict=True)):
        if index % every == 0:
            drawing.add(
                String(x, y, format_count(point.visits), fontName=FONT, fontSize=N_FONT_SIZE,
                       fillColor=MUTED, textAnchor="middle")
            )  # fmt: skip


def score_trend_chart(
    points: Sequence[TrendPoint],
    period: str,
    overall: float | None,
    *,
    min_visits: int = MIN_VISITS,
    partial: Set[int] = frozenset(),
    target: float | None = None,
    width: float = CONTENT_WIDTH,
    height: float = 68 * mm,
) -> Drawing:
    """The average score per period as a line (gaps where a period had no scored visit) on a
    fixed 0–100 axis, so every report's chart compares (p7); periods with fewer than
    `min_visits` scored visits as hollow grey markers, each period's n under the axis, the
    whole period's average (and the target, when set) as dashed references."""
    register_fonts()
    drawing = new_drawing(width, height)
    pairs = [
        (
            ACCENT,
            t("Average score per month") if period == "month" else t("Average score per week"),
        ),
        (GRID, tn(min_visits, "fewer than {n} visit", "fewer than {n} visits")),
    ]
    if overall is not None:
        pairs.append((MUTED, t("Whole period: {score}", score=format_percent(overall))))
    if target is not None:
        pairs.append((band_colour("good"), t("Target: {score}", score=format_percent(target))))
    columns = 2 if len(pairs) > 2 else len(pairs)  # three in a row overflow in Swedish
    rows = math.ceil(len(pairs) / columns)
    left, bottom, top = 34, 46, 12 + 10 * rows
    plot = LinePlot()
    plot.x, plot.y = left, bottom
    plot.width, plot.height = width - left - 8, height - bottom - top
    segments: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    for index, point in enumerate(points):
        if point.average_score is None:
            if current:
                segments.append(current)
            current = []
        else:
            current.append((index, point.average_score))
    if current:
        segments.append(current)
    references = [
        (value, colour)
        for value, colour in ((overall, MUTED), (target, band_colour("good")))
        if value is not None and points
    ]
    data = list(segments)
    data.extend([(-0.4, value), (len(points) - 0.6, value)] for value, _colour in references)
    plot.data = data or [[(0, 0)]]
    for i in range(len(segments)):
        plot.lines[i].strokeColor = ACCENT
        plot.lines[i].strokeWidth = 1.6
        plot.lines[i].symbol = None
    for i, (_value, colour) in enumerate(references, start=len(segments)):
        plot.lines[i].strokeColor = colour
        plot.lines[i].strokeWidth = 0.8
        plot.lines[i].strokeDashArray = (3, 2)
        plot.lines[i].symbol = None
    if not data:
        plot.lines[0].strokeColor = colors.white
    x_axis = plot.xValueAxis
    x_axis.valueMin, x_axis.valueMax = -0.6, max(len(points) - 0.4, 0.6)
    every = _tick_every(len(points), plot.width)
    x_axis.valueSteps = list(range(0, len(points), every)) or [0]
    labels = _tick_labels(points, period, partial)
    x_axis.labelTextFormat = lambda v: labels[int(v)] if 0 <= int(v) < len(labels) else ""
    x_axis.strokeColor = GRID
    x_axis.tickDown = 2
    _style_axis_labels(x_axis)
    x_axis.labels.leading = AXIS_FONT_SIZE * 1.2
    x_axis.labels.dy = -9  # room for the row of n
    y_axis = plot.yValueAxis
    y_axis.valueMin, y_axis.valueMax, y_axis.valueStep = 0, 100, 20
    y_axis.visibleGrid = True
    y_axis.gridStrokeColor = GRID
    y_axis.gridStrokeWidth = 0.4
    y_axis.strokeColor = GRID
    y_axis.labelTextFormat = lambda v: f"{v:.0f}"
    _style_axis_labels(y_axis)
    drawing.add(plot)

    x_min, x_max = float(x_axis.valueMin), float(x_axis.valueMax)

    def x_of(index: float) -> float:
        return left + (index - x_min) / (x_max - x_min) * float(plot.width)

    for index, point in enumerate(points):
        if point.average_score is None:
            continue
        thin = point.scored < min_visits
        drawing.add(
            Circle(
                x_of(index),
                plot.y + point.average_score / 100 * plot.height,
                2.6,
                fillColor=THIN_FILL if thin else ACCENT,
                strokeColor=THIN_STROKE if thin else colors.white,
                strokeWidth=0.9 if thin else 0.6,
            )
        )
    if points:
        _n_row(drawing, [x_of(i) for i in range(len(points))], points, bottom - 9, left)
    _axis_title(drawing, 9, bottom + plot.height / 2, t("Average score (%)"), angle=90)
    _axis_title(
        drawing, left + plot.width / 2, 2, t("Month") if period == "month" else t("ISO week")
    )
    drawing.add(_legend(width, height - 2, pairs, columns=columns))
    return drawing


def uplift_trend_chart(
    points: Sequence[TrendPoint],
    period: str,
    *,
    min_visits: int = MIN_VISITS,
    partial: Set[int] = frozenset(),
    width: float = CONTENT_WIDTH,
    height: float = 62 * mm,
) -> Drawing:
    """Net Uplift per period as bars above or below zero on a fixed −100…+100 axis, coloured
    like the app does; periods with fewer than `min_visits` visits with a feeling as hollow
    grey bars; each period's n under the axis."""
    register_fonts()
    drawing = new_drawing(width, height)
    left, bottom, top = 34, 46, 22
    chart = VerticalBarChart()
    chart.x, chart.y = left, bottom
    chart.width, chart.height = width - left - 8, height - bottom - top
    values = [point.net_uplift for point in points]
    chart.data = [[0 if v is None else v for v in values] or [0]]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = -100, 100
    chart.valueAxis.valueStep = 50
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.strokeColor = GRID
    chart.valueAxis.labelTextFormat = lambda v: format_signed(v, 0)
    _style_axis_labels(chart.valueAxis)
    every = _tick_every(len(points), chart.width)
    labels = _tick_labels(points, period, partial)
    chart.categoryAxis.categoryNames = [
        label if i % every == 0 else "" for i, label in enumerate(labels)
    ] or [""]
    chart.categoryAxis.strokeColor = GRID
    chart.categoryAxis.tickDown = 0
    chart.categoryAxis.labels.leading = AXIS_FONT_SIZE * 1.2
    chart.categoryAxis.labelAxisMode = "low"
    chart.categoryAxis.labels.dy = -9  # room for the row of n
    _style_axis_labels(chart.categoryAxis)
    chart.bars.strokeColor = None
    chart.barWidth = 6
    chart.groupSpacing = 4
    for i, (value, point) in enumerate(zip(values, points, strict=True)):
        bar = chart.bars[(0, i)]
        if point.feelings < min_visits:
            bar.fillColor, bar.strokeColor, bar.strokeWidth = THIN_FILL, THIN_STROKE, 0.9
        else:
            bar.fillColor = uplift_colour(value)
    drawing.add(chart)
    if points:
        slot = chart.width / len(points)
        xs = [chart.x + (i + 0.5) * slot for i in range(len(points))]
        _n_row(drawing, xs, points, bottom - 9, left)
    _axis_title(drawing, 9, bottom + chart.height / 2, "Net Uplift", angle=90)
    _axis_title(
        drawing, left + chart.width / 2, 2, t("Month") if period == "month" else t("ISO week")
    )
    clear = format_count(round(vocabulary.UPLIFT_CLEAR))
    drawing.add(
        _legend(
            width,
            height - 2,
            [
                (band_colour("good"), t("+{limit} or more", limit=clear)),
                (band_colour("fair"), t("between")),
                (band_colour("poor"), t("−{limit} or less", limit=clear)),
                (GRID, tn(min_visits, "fewer than {n} visit", "fewer than {n} visits")),
            ],
            columns=4,
        )
    )
    return drawing


# --- dimensions -------------------------------------------------------------------------------


def dimension_chart(
    current: Mapping[str, float],
    previous: Mapping[str, float] | None = None,
    *,
    width: float = CONTENT_WIDTH,
) -> Drawing:
    """Each dimension's score as a horizontal bar (0–100 %), the previous period's beside
    it when there is one."""
    register_fonts()
    keys = ordered_dimensions(list(current))
    compare = bool(previous) and any(key in (previous or {}) for key in keys)
    per_row = 26 if compare else 17
    top, bottom, left = 24, 28, 78
    height = top + bottom + per_row * max(len(keys), 1)
    drawing = new_drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = left, bottom
    chart.width, chart.height = width - left - 30, height - top - bottom
    # Bars are drawn bottom-up: reverse so the first dimension is at the top.
    rows = list(reversed(keys))
    # Within a group the first series is drawn lowest: the previous period goes first so
    # that this period's bar is the upper one, next to its label.
    data: list[list[float | None]] = [[current.get(key, 0.0) for key in rows]]
    if compare:
        assert previous is not None
        data.insert(0, [previous.get(key) for key in rows])
    chart.data = data or [[0]]
    chart.categoryAxis.categoryNames = [dimension_name(key) for key in rows] or [""]
    chart.categoryAxis.strokeColor = GRID
    chart.categoryAxis.tickLeft = 0
    _style_axis_labels(chart.categoryAxis)
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.fillColor = TEXT
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.strokeColor = GRID
    _style_axis_labels(chart.valueAxis)
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = PREVIOUS if compare else ACCENT
    if compare:
        chart.bars[1].fillColor = ACCENT
    chart.barSpacing = 1.5
    chart.groupSpacing = 7
    chart.barLabelFormat = one_decimal
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = AXIS_FONT_SIZE
    chart.barLabels.fillColor = TEXT
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.nudge = 0
    drawing.add(chart)
    _axis_title(
        drawing,
        left + chart.width / 2,
        2,
        t("Score (%): points earned of points possible, averaged per visit"),
    )
    pairs = [(ACCENT, t("This period"))]
    if compare:
        pairs.append((PREVIOUS, t("Previous period")))
    drawing.add(_legend(width, height - 2, pairs, columns=len(pairs)))
    return drawing


# --- feeling ----------------------------------------------------------------------------------


def feeling_chart(
    counts: Mapping[int, int],
    net_uplift: float | None,
    *,
    width: float = CONTENT_WIDTH,
    height: float = 70 * mm,
) -> Drawing:
    """How many visits left the observer at each feeling, from clearly diminished (left) to
    clearly uplifted (right), with each bar's share of the visits with a feeling answer."""
    register_fonts()
    drawing = new_drawing(width, height)
    left, bottom, top = 40, 40, 26
    chart = VerticalBarChart()
    chart.x, chart.y = left, bottom
    chart.width, chart.height = width - left - 150, height - bottom - top
    keys = list(range(-2, 3))
    values = [counts.get(key, 0) for key in keys]
    total = sum(values)
    chart.data = [values]
    high = max([*values, 1])
    step = _nice_step(high, 4)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = math.ceil(high * 1.15 / step) * step
    chart.valueAxis.valueStep = step
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.strokeColor = GRID
    chart.valueAxis.labelTextFormat = lambda v: format_count(round(v))
    _style_axis_labels(chart.valueAxis)
    # Two lines, the last word below: 'Somewhat\ndiminished', 'Jonkin verran\nlannistava'.
    chart.categoryAxis.categoryNames = [
        "\n".join(feeling_label(key).rsplit(" ", 1)) for key in keys
    ]
    chart.categoryAxis.strokeColor = GRID
    chart.categoryAxis.tickDown = 0
    _style_axis_labels(chart.categoryAxis)
    chart.categoryAxis.labels.fillColor = TEXT
    chart.categoryAxis.labels.leading = AXIS_FONT_SIZE * 1.25
    chart.bars.strokeColor = None
    chart.barSpacing = 0
    chart.groupSpacing = 14
    for i, key in enumerate(keys):
        chart.bars[(0, i)].fillColor = FEELING_COLOURS[key]

    def label(value: float) -> str:
        share = value / total * 100 if total else 0.0
        return f"{format_count(int(value))} ({format_percent(share)})"

    chart.barLabelFormat = label
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = AXIS_FONT_SIZE
    chart.barLabels.fillColor = TEXT
    chart.barLabels.nudge = 6
    drawing.add(chart)
    _axis_title(drawing, 11, bottom + chart.height / 2, t("Visits"), angle=90)
    _axis_title(
        drawing,
        left + chart.width / 2,
        2,
        "←  "
        + t("diminished")
        + "          "
        + t("How the visit left the observer")
        + "          "
        + t("uplifted")
        + "  →",
    )
    uplifted = counts.get(1, 0) + counts.get(2, 0)
    diminished = counts.get(-1, 0) + counts.get(-2, 0)

    def share(n: int) -> str:
        return format_percent(n / total * 100 if total else None)

    pairs = [
        (
            FEELING_COLOURS[2],
            t("Uplifted: {count} ({share})", count=format_count(uplifted), share=share(uplifted)),
        ),
        (
            FEELING_COLOURS[0],
            t(
                "Neither: {count} ({share})",
                count=format_count(counts.get(0, 0)),
                share=share(counts.get(0, 0)),
            ),
        ),
        (
            FEELING_COLOURS[-2],
            t(
                "Diminished: {count} ({share})",
                count=format_count(diminished),
                share=share(diminished),
            ),
        ),
    ]
    legend = _legend(width, bottom + chart.height, pairs, columns=1)
    legend.deltay = 13
    drawing.add(legend)
    drawing.add(
        String(
            width - 138,
            bottom + chart.height - 62,
            "Net Uplift",
            fontName=FONT,
            fontSize=LEGEND_FONT_SIZE,
            fillColor=MUTED,
        )
    )
    drawing.add(
        String(
            width - 138,
            bottom + chart.height - 82,
            format_signed(net_uplift),
            fontName=FONT_BOLD,
            fontSize=16,
            fillColor=uplift_colour(net_uplift),
        )
    )
    drawing.add(
        String(
            width - 138,
            bottom + chart.height - 94,
            t("% uplifted − % diminished"),
            fontName=FONT,
            fontSize=6.5,
            fillColor=MUTED,
        )
    )
    return drawing


# --- a visit's timeline -----------------------------------------------------------------------


def timeline_chart(
    events: Sequence[tuple[str, datetime]],
    name: Callable[[str], str],
    *,
    width: float = CONTENT_WIDTH,
    height: float = 24 * mm,
    clock: Callable[[datetime], str] | None = None,
) -> Drawing:
    """The visit timer's taps as evenly spaced steps (arrived → greeted → served → left),
    each with its clock time, and the time between two taps on the line between them.
    With `clock`, the first tap shows clock(time) and the others only the time since it."""
    register_fonts()
    drawing = new_drawing(width, height)
    if not events:
        return drawing
    margin = 40
    y = height / 2
    step = (width - 2 * margin) / max(len(events) - 1, 1)
    xs = [margin + i * step for i in range(len(events))] if len(events) > 1 else [width / 2]
    if len(xs) > 1:
        drawing.add(Line(xs[0], y, xs[-1], y, strokeColor=GRID, strokeWidth=2))
    first = events[0][1]
    for i, ((event, moment), x) in enumerate(zip(events, xs, strict=True)):
        drawing.add(Circle(x, y, 4.2, fillColor=ACCENT, strokeColor=colors.white, strokeWidth=1))
        drawing.add(
            String(
                x,
                y + 10,
                name(event),
                fontName=FONT_BOLD,
                fontSize=8,
                fillColor=TEXT,
                textAnchor="middle",
            )
        )
        since = "+" + format_seconds((moment - first).total_seconds())
        if clock is not None:
            label = clock(moment) if i == 0 else since
        else:
            label = i18n.time_text(moment, seconds=True) + ("" if i == 0 else f" ({since})")
        drawing.add(
            String(
                x,
                y - 16,
                label,
                fontName=FONT,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
        if i > 0:
            gap = (moment - events[i - 1][1]).total_seconds()
            mid = (xs[i - 1] + x) / 2
            drawing.add(
                String(
                    mid,
                    y + 4,
                    shorten(format_seconds(gap), 20),
                    fontName=FONT,
                    fontSize=7,
                    fillColor=ACCENT,
                    textAnchor="middle",
                )
            )
    return drawing
