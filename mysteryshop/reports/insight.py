"""The summary's insight pages: the executive summary, what drives uplift, the location ×
dimension heat map with the share greeted, and the appendix of every critical failure; and
the same figures as JSON rows. Qt-free; the counts come from store/ (stats, report_data)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from mysteryshop import confidence
from mysteryshop.confidence import Estimate
from mysteryshop.reports.charts import dimension_name, ordered_dimensions
from mysteryshop.reports.drivers import Driver, json_rows, question_labels, rank_drivers
from mysteryshop.reports.i18n import language, t, tn
from mysteryshop.reports.styles import (
    ACCENT,
    CONTENT_HEIGHT,
    CONTENT_WIDTH,
    FAIR_LIGHT,
    FONT,
    GOOD,
    GOOD_LIGHT,
    GRID,
    MUTED,
    NBSP,
    POOR,
    POOR_LIGHT,
    TEXT,
    ZEBRA,
    data_tables,
    format_count,
    format_date,
    format_interval,
    format_n,
    format_percent,
    format_signed,
    gap,
    hex_of,
    markup,
    new_drawing,
    one_decimal,
    para,
    register_fonts,
    shorten,
    stylesheet,
)
from mysteryshop.reports.takeaways import takeaways
from mysteryshop.store import report_data, stats
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterFilter
from mysteryshop.store.report_data import CriticalFailure, QuestionFigures
from mysteryshop.vocabulary import score_band

if TYPE_CHECKING:
    from mysteryshop.reports.summary import SummaryData

# The share greeted is this question's share of "yes" (forms/service-encounter.yaml); a form
# without it has no share greeted.
GREETED_QUESTION = "greeted_on_arrival"
DRIVER_CHART_ROWS = 12
LABEL_LIMIT = 150  # characters of a question's text in a table
CHART_LABEL_LIMIT = 48  # … beside a bar
SHORT_ID = 8  # characters of a visit's id printed in lists
HEAT_INTRO, HEAT_ROW = 45 * mm, 6.5 * mm  # the heat map's height above its rows, and per row


def short_id(encounter_id: str) -> str:
    """A visit's id as lists print it: its first SHORT_ID characters."""
    return encounter_id[:SHORT_ID]


@dataclass
class InsightCounts:
    """What the insight pages read from the store, besides the question pass."""

    dimension_drivers: list[stats.DriverCounts]
    heat: dict[str, dict[str, tuple[float, int]]]
    critical: list[CriticalFailure]


def read_counts(db: Database, f: EncounterFilter) -> InsightCounts:
    """The store reads of the insight pages (a pass over the encounters each, and the
    critical failures), but the notable totals: the summary reads them beside the questions."""
    return InsightCounts(
        stats.dimension_drivers(db, f),
        stats.location_dimensions(db, f),
        report_data.critical_failures(db, f),
    )


@dataclass
class Insight:
    """The insight pages' figures: ranked drivers and the thin ones apart, the heat map
    (location id → dimension → mean score and n), every critical failure with the text of
    the critical questions it failed, the totals behind the notable lists, the share
    greeted."""

    drivers: list[Driver] = field(default_factory=list)
    thin_drivers: list[Driver] = field(default_factory=list)
    heat: dict[str, dict[str, tuple[float, int]]] = field(default_factory=dict)
    critical: list[tuple[CriticalFailure, str]] = field(default_factory=list)
    poor_total: int = 0
    moments_total: int = 0
    greeted: Estimate | None = None


def insight(
    db: Database,
    counts: InsightCounts,
    questions: list[QuestionFigures],
    notable: report_data.NotableTotals,
    minimum: int,
) -> Insight:
    """The figures of the insight pages from the store's counts and the question pass."""
    forms = report_data.forms_by_version(
        db,
        {(q.form_id, q.form_version) for q in questions}
        | {(c.form_id, c.form_version) for c in counts.critical},
    )
    lang = language()
    per_version = [(q.form_id, q.form_version, q.question_id, q.drivers) for q in questions]
    question_counts = stats.question_drivers(per_version)
    labels = question_labels(question_counts, forms, lang)
    for c in counts.dimension_drivers:
        labels[("", c.key)] = t(
            "{dimension} (dimension score ≥ {share} %)",
            dimension=dimension_name(c.key),
            share=format_count(round(stats.DIMENSION_HAPPENED_AT)),
        )
    ranked, thin = rank_drivers(question_counts + counts.dimension_drivers, labels, minimum)

    critical = []
    for failure in counts.critical:
        form = forms.get((failure.form_id, failure.form_version))
        texts = []
        for question_id in failure.questions:
            question = form.question(question_id) if form else None
            texts.append(form.tr(question.text, lang) if form and question else question_id)
        critical.append((failure, "; ".join(texts)))

    greeted = [q for q in questions if q.question_id == GREETED_QUESTION and q.possible > 0]
    answered = sum(q.answered for q in greeted)
    yes = answered - sum(q.missed for q in greeted)
    return Insight(
        ranked,
        thin,
        counts.heat,
        critical,
        notable.poor,
        notable.moments,
        confidence.share(yes, answered) if answered else None,
    )


# --- JSON -------------------------------------------------------------------------------------


def drivers_json(data: SummaryData) -> list[dict[str, Any]]:
    """The drivers as the JSON output lists them (reports/drivers.py `json_rows`)."""
    if data.insight is None:
        return []
    return json_rows(data.insight.drivers, data.insight.thin_drivers)


def critical_failures_json(data: SummaryData) -> list[dict[str, Any]]:
    """Every critical failure: the visit's full id, its local date, location, and the text of
    the critical questions it failed."""
    if data.insight is None:
        return []
    return [
        {
            "id": failure.id,
            "date": failure.visited_at.date().isoformat(),
            "location": failure.location,
            "question": questions,
        }
        for failure, questions in data.insight.critical
    ]


# --- the executive summary --------------------------------------------------------------------


def executive_summary(data: SummaryData) -> list[Flowable]:
    """Page 1's takeaways as a list, each marked by its tone."""
    s = stylesheet()
    found = takeaways(data)
    if not found:
        return []
    colours = {"good": GOOD, "poor": POOR, "neutral": ACCENT}
    out: list[Flowable] = [Paragraph(t("Executive summary"), s.h2)]
    for takeaway in found:
        mark = f'<bullet><font color="{hex_of(colours[takeaway.tone])}">■</font></bullet>'
        out.append(Paragraph(mark + markup(takeaway.text), s.bullet))
    out.append(
        Paragraph(t("Chosen by fixed rules from this report's figures (docs/FIGURES.md)."), s.muted)
    )
    return [KeepTogether(out)]


# --- what drives uplift -----------------------------------------------------------------------


def drivers_section(data: SummaryData) -> list[Flowable]:
    """The drivers chart and table, with the thin ones named apart."""
    s = stylesheet()
    found = data.insight
    out: list[Flowable] = [CondPageBreak(90 * mm), Paragraph(t("What drives uplift"), s.h1)]
    if found is None or not (found.drivers or found.thin_drivers):
        out.append(Paragraph(t("No visit in this period has a feeling answer."), s.body))
        return out
    out.append(
        Paragraph(
            t(
                "For each behaviour, the Net Uplift of visits where it happened against visits "
                "where it did not, largest difference first. A yes/no or choice question "
                "happened when its answer earned full points; a dimension when the visit "
                "earned at least {share} % of its points. Whiskers are 95 % intervals. This is "
                "an association, not proof of cause: a store that greets well may do much else "
                "well.",
                share=format_count(round(stats.DIMENSION_HAPPENED_AT)),
            ),
            s.muted,
        )
    )
    if found.drivers:
        out.append(_drivers_chart(found.drivers[:DRIVER_CHART_ROWS]))
        out.extend(_drivers_table(found.drivers))
    if found.thin_drivers:
        out.append(
            Paragraph(
                t(
                    "Not ranked, fewer than {minimum} visits on one side: {names}.",
                    minimum=format_count(data.min_visits),
                    names="; ".join(
                        t(
                            "{behaviour} ({with_n} with, {without_n} without)",
                            behaviour=shorten(d.label, CHART_LABEL_LIMIT),
                            with_n=format_count(d.with_uplift.n),
                            without_n=format_count(d.without_uplift.n),
                        )
                        for d in found.thin_drivers
                    ),
                ),
                s.muted,
            )
        )
    return out


def _drivers_chart(rows: list[Driver], width: float = CONTENT_WIDTH) -> Drawing:
    """Each driver's difference as a bar from 0 with its interval as a whisker."""
    register_fonts()
    row_height, top, bottom, label_width = 15, 8, 22, 62 * mm
    height = top + bottom + row_height * len(rows)
    drawing = new_drawing(width, height)
    values = [0.0] + [
        v
        for d in rows
        for v in (d.difference.value, d.difference.low, d.difference.high)
        if v is not None
    ]
    low = min(values)
    high = max(values)
    step = 20.0 if high - low > 60 else 10.0
    low = step * (low // step)
    high = step * -(-high // step)
    left, right = label_width + 4, width - 8
    span = high - low or 1.0

    def x(value: float) -> float:
        return float(left + (value - low) / span * (right - left))

    tick = low
    while tick <= high + 1e-9:
        drawing.add(Line(x(tick), bottom, x(tick), height - top, strokeColor=GRID, strokeWidth=0.4))
        drawing.add(
            String(x(tick), bottom - 9, format_signed(tick, 0), fontName=FONT, fontSize=7,
                   fillColor=MUTED, textAnchor="middle")
        )  # fmt: skip
        tick += step
    drawing.add(Line(x(0), bottom, x(0), height - top, strokeColor=TEXT, strokeWidth=0.6))
    for i, d in enumerate(rows):
        y = height - top - row_height * (i + 1) + 3
        value = d.difference.value or 0.0
        colour = GOOD if (d.difference.low or 0.0) > 0 else MUTED
        drawing.add(
            Rect(min(x(0), x(value)), y, abs(x(value) - x(0)), row_height - 6,
                 fillColor=colour, strokeColor=None)
        )  # fmt: skip
        if d.difference.low is not None and d.difference.high is not None:
            mid = y + (row_height - 6) / 2
            drawing.add(Line(x(d.difference.low), mid, x(d.difference.high), mid,
                             strokeColor=TEXT, strokeWidth=0.7))  # fmt: skip
            for end in (d.difference.low, d.difference.high):
                drawing.add(Line(x(end), mid - 2.5, x(end), mid + 2.5, strokeColor=TEXT,
                                 strokeWidth=0.7))  # fmt: skip
        drawing.add(
            String(label_width, y + 1.5, shorten(d.label, CHART_LABEL_LIMIT), fontName=FONT,
                   fontSize=7, fillColor=TEXT, textAnchor="end")
        )  # fmt: skip
    drawing.add(
        String((left + right) / 2, 2, t("Difference in Net Uplift (points), with − without"),
               fontName=FONT, fontSize=7, fillColor=MUTED, textAnchor="middle")
    )  # fmt: skip
    return drawing


def _drivers_table(rows: list[Driver]) -> list[Flowable]:
    s = stylesheet()
    header = [
        Paragraph(t("Behaviour"), s.header_cell),
        Paragraph(t("n with"), s.header_cell_right),
        Paragraph(t("Net Uplift with"), s.header_cell_right),
        Paragraph(t("n without"), s.header_cell_right),
        Paragraph(t("Net Uplift without"), s.header_cell_right),
        Paragraph(t("Difference"), s.header_cell_right),
    ]
    body = [
        [
            para(shorten(d.label, LABEL_LIMIT), s.cell),
            Paragraph(format_count(d.with_uplift.n), s.cell_right),
            Paragraph(format_signed(d.with_uplift.value), s.cell_right),
            Paragraph(format_count(d.without_uplift.n), s.cell_right),
            Paragraph(format_signed(d.without_uplift.value), s.cell_right),
            Paragraph(
                f"<b>{format_signed(d.difference.value)}</b><br/>"
                f'<font color="{hex_of(MUTED)}" size="6.5">'
                f"{format_interval(d.difference, signed=True)}</font>",
                s.cell_right,
            ),
        ]
        for d in rows
    ]
    widths = [60 * mm, 18 * mm, 21 * mm, 16 * mm, 21 * mm, 30 * mm]
    return data_tables(header, body, widths)


# --- the heat map -----------------------------------------------------------------------------

_LIGHT = {"good": GOOD_LIGHT, "fair": FAIR_LIGHT, "poor": POOR_LIGHT, "none": ZEBRA}


def heat_map(data: SummaryData) -> list[Flowable]:
    """Locations (the ranking's order) × dimensions, each cell its mean score coloured by
    band; cells with fewer than min_visits visits grey with their n. The header repeats on
    every page it runs to. The share greeted comes first."""
    s = stylesheet()
    found = data.insight
    # The whole map on one page when it fits one: a new page rather than a last row alone.
    several = len(data.ranking) > 1
    room = min(HEAT_INTRO + HEAT_ROW * len(data.ranking), CONTENT_HEIGHT) if several else 30 * mm
    heading = t("Locations by dimension") if several else t("Share greeted")
    out: list[Flowable] = [CondPageBreak(room), Paragraph(heading, s.h1 if several else s.h2)]
    if found is not None and found.greeted is not None:
        greeted = found.greeted
        out.append(
            Paragraph(
                t(
                    "<b>Greeted on arrival: {share} of {n} visits</b> (95 % interval "
                    "{interval}), the share of “yes” to “Were you greeted when you arrived?”. "
                    "The greeting dimension's score also weighs the wait, eye contact and how "
                    "natural the greeting was.",
                    share=format_percent(greeted.value),
                    n=format_count(greeted.n),
                    interval=format_interval(greeted),
                ),
                s.body,
            )
        )
    if found is None or not found.heat or not several:
        return out if len(out) > 2 else []
    keys = ordered_dimensions(sorted({k for cells in found.heat.values() for k in cells}))
    out.append(
        Paragraph(
            t(
                "Each location's dimension scores (%), coloured by band: green from 85, amber "
                "from 65, red below. Grey cells rest on fewer than {minimum} visits and show "
                "their n instead of a colour.",
                minimum=format_count(data.min_visits),
            ),
            s.muted,
        )
    )
    # Headers a size smaller: "Helpfulness" and "Avuliaisuus" fit a seventh of the page.
    header = [Paragraph(t("Location"), s.header_cell)] + [
        Paragraph(f'<font size="7">{markup(dimension_name(key))}</font>', s.header_cell_right)
        for key in keys
    ]
    body = []
    extra: list[tuple[Any, ...]] = []
    for r, row in enumerate(data.ranking):
        cells: list[Any] = [para(shorten(row.name, 120), s.cell_bold)]
        for c, key in enumerate(keys, start=1):
            mean, n = found.heat.get(row.location_id, {}).get(key, (None, 0))
            if mean is None:
                cells.append(Paragraph("", s.cell_right))
            elif n < data.min_visits:
                cells.append(
                    Paragraph(
                        f'<font color="{hex_of(MUTED)}">{one_decimal(mean)}<br/>'
                        f'<font size="6.5">{format_n(n)}</font></font>',
                        s.cell_right,
                    )
                )
                extra.append(("BACKGROUND", (c, r), (c, r), GRID))
            else:
                cells.append(Paragraph(one_decimal(mean), s.cell_right))
                extra.append(("BACKGROUND", (c, r), (c, r), _LIGHT[score_band(mean)]))
        body.append(cells)
    first = 40 * mm
    rest = (CONTENT_WIDTH - first) / max(len(keys), 1)
    out.extend(data_tables(header, body, [first] + [rest] * len(keys), extra=extra))
    return out


# --- critical failures ------------------------------------------------------------------------


def critical_appendix(data: SummaryData) -> list[Flowable]:
    """Every critical failure of the period: per location (by name) and critical question,
    the visits that failed it, oldest first, each as the start of its id and its date. A
    paragraph per group, not a row per visit: 2,390 failures at 100,000 visits fill about
    five pages, not seventy-five."""
    s = stylesheet()
    found = data.insight
    failures = found.critical if found is not None else []
    out: list[Flowable] = [
        CondPageBreak(60 * mm),
        Paragraph(t("Appendix: every critical failure"), s.h1),
    ]
    if not failures:
        out.append(Paragraph(t("No critical failures in this period."), s.body))
        return out
    out.append(
        Paragraph(
            tn(
                len(failures),
                "{n} visit in this period failed a critical question. By location and "
                "question, oldest first, each visit as the start of its id and its date: its "
                "visit report has the whole story.",
                "{n} visits in this period failed a critical question. By location and "
                "question, oldest first, each visit as the start of its id and its date: its "
                "visit report has the whole story.",
            ),
            s.muted,
        )
    )
    groups: dict[tuple[str, str], list[CriticalFailure]] = {}
    for failure, questions in failures:
        groups.setdefault((failure.location, questions), []).append(failure)
    for (location, questions), visits in sorted(
        groups.items(), key=lambda item: (item[0][0].casefold(), item[0][1])
    ):
        head = (
            f"<b>{markup(shorten(location, 100))}</b> · {markup(shorten(questions, LABEL_LIMIT))}"
            f' <font color="{hex_of(MUTED)}">({format_count(len(visits))})</font>'
        )
        entries = " · ".join(
            f"{short_id(v.id)}{NBSP}{format_date(v.visited_at).replace(' ', NBSP)}" for v in visits
        )
        out.append(
            KeepTogether(
                [
                    Paragraph(head, s.cell),
                    Paragraph(f'<font size="7">{entries}</font>', s.cell_muted),
                ]
            )
        )
        out.append(gap(1.5))
    return out
