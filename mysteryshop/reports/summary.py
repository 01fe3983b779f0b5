"""The summary report for leadership: headline figures against the previous period, trends,
dimensions, feelings, the location ranking, question-by-question results and the
encounters worth talking about. Locations and dimensions only: never staff descriptions."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Table

from mysteryshop import periods
from mysteryshop.confidence import MIN_VISITS
from mysteryshop.periods import Compare, Period, same_length
from mysteryshop.reports import charts
from mysteryshop.reports.common import (
    feeling_words,
    filter_rows,
    location_label,
    period_header,
    place_label,
    region_label,
    reported,
)
from mysteryshop.reports.i18n import language, t, tn
from mysteryshop.reports.styles import (
    ACCENT,
    CONTENT_WIDTH,
    FEELING_COLOURS,
    GOOD,
    GRID,
    NBSP,
    NEUTRAL,
    POOR,
    TEXT,
    Progress,
    ReportInfo,
    build_pdf,
    data_tables,
    format_count,
    format_day,
    format_percent,
    format_signed,
    format_time,
    gap,
    hex_of,
    house_style,
    key_values,
    markup,
    new_drawing,
    para,
    progress_steps,
    score_colour,
    shorten,
    stylesheet,
    text_flow,
    uplift_colour,
)
from mysteryshop.store import parallel, report_data, stats
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterFilter
from mysteryshop.store.report_data import NotableEncounter, QuestionFigures
from mysteryshop.vocabulary import HEADLINE_DIMENSIONS

TITLE = "Summary report"
NOTABLE_LIMIT = 12
QUESTION_TEXT_LIMIT = 300
FEW_ANSWERS = 10  # fewer answers than this: the question's score is flagged as uncertain


@dataclass
class SummaryData:
    """Everything the summary shows, read from the store."""

    filter: EncounterFilter
    period: Period | None
    figures: stats.Figures
    previous: stats.Figures | None  # the comparison period's; None when nothing is compared
    trend: list[stats.TrendPoint]
    trend_period: stats.Period
    ranking: list[stats.LocationFigures]
    questions: list[tuple[QuestionFigures, str, str]]  # figures, question text, form title
    feelings: dict[int, int]
    best: list[NotableEncounter]
    best_total: int
    worst: list[NotableEncounter]
    worst_total: int
    form_titles: dict[str, str]
    location: str | None = None  # the filter's location by name
    comparison: Period | None = None  # the period the changes compare with
    compare: Compare = "previous"
    left_out: dict[str, int] = dataclasses.field(default_factory=dict)  # by status


STEPS = 10


def collect(
    db: Database,
    f: EncounterFilter,
    progress: Progress | None = None,
    *,
    compare: Compare = "previous",
    today: date | None = None,
) -> SummaryData:
    """Read every figure of the summary (SQL aggregates, a few dozen rows each): over the
    filter's period (report_data.report_period: a calendar month, quarter or year when its
    dates are one, cut at `today` when not over yet) and the period it is compared with
    (periods.comparison)."""
    step = progress_steps(progress, STEPS)
    # The region as stored, for the cover: the filter matches it however it is written.
    f = dataclasses.replace(reported(f), region=region_label(db, f))
    period = report_data.report_period(db, f, today)
    if period is not None:
        f = report_data.with_period(f, period)
    # The question-by-question aggregate reads every answer (about 17 per visit): it is the
    # longest query, so it runs on a second connection while the others run here.
    data, question_rows = parallel.side_by_side(
        db,
        lambda: _collect(db, f, period, compare, step),
        lambda: report_data.question_figures(db, f),
    )
    questions = _scored_questions(db, question_rows)
    step()
    return dataclasses.replace(data, questions=questions)


def _collect(
    db: Database,
    f: EncounterFilter,
    period: Period | None,
    compare: Compare,
    step: Callable[[], None],
) -> SummaryData:
    """Every figure but the questions'."""
    left_out = report_data.left_out(db, f)
    step()
    figures = stats.figures(db, f)
    step()
    comparison = periods.comparison(period, compare) if period is not None else None
    previous = None
    if comparison is not None:
        previous = stats.figures(db, report_data.with_period(f, comparison))
    step()
    trend_period: stats.Period = "week" if period is not None and period.days <= 120 else "month"
    trend = stats.fill_gaps(stats.trend(db, f, trend_period), trend_period)
    step()
    ranking = stats.location_ranking(db, f)
    step()
    titles = report_data.form_titles(db)
    feelings = report_data.feeling_distribution(db, f)
    step()
    best, best_total = report_data.best_practice(db, f, NOTABLE_LIMIT)
    step()
    worst, worst_total = report_data.worst_experiences(db, f, NOTABLE_LIMIT)
    step()
    return SummaryData(
        f,
        period,
        figures,
        previous,
        trend,
        trend_period,
        ranking,
        [],  # the questions: collect() adds them
        feelings,
        best,
        best_total,
        worst,
        worst_total,
        titles,
        location_label(db, f),
        comparison,
        compare,
        left_out,
    )


def _scored_questions(
    db: Database, rows: list[QuestionFigures]
) -> list[tuple[QuestionFigures, str, str]]:
    """The scored questions' figures with their text and their form's title."""
    forms = report_data.forms_by_version(db, {(q.form_id, q.form_version) for q in rows})
    questions = []
    for row in rows:
        form = forms.get((row.form_id, row.form_version))
        question = form.question(row.question_id) if form else None
        if form is None or question is None or not question.scored:
            continue
        title = t(
            "{title} (version {version})",
            title=form.tr(form.title, language()),
            version=form.version,
        )
        questions.append((row, form.tr(question.text, language()), title))
    return questions


def build_summary(
    db: Database,
    f: EncounterFilter,
    *,
    anonymize: bool = False,
    progress: Progress | None = None,
    generated: datetime | None = None,
    title: str | None = None,
    compare: Compare = "previous",
) -> bytes:
    """The summary report as PDF bytes. Statuses default to submitted and approved; the
    period is the filter's, cut at the day of `generated` (default: now) when not over, and
    compared as `compare` says. The title names the one location or region filtered to."""
    generated = generated or datetime.now(UTC).astimezone()
    place = place_label(db, f)
    title = title or (f"{t(TITLE)}: {place}" if place else t(TITLE))
    data = collect(db, f, progress, compare=compare, today=generated.date())
    story = render(data, anonymize=anonymize, title=title)
    info = ReportInfo(
        title=title,
        subject=t("Mystery shopping summary: {period}", period=period_header(data.period)),
        period=period_header(data.period),
        generated=generated,
    )
    pdf = build_pdf(story, info, cover=True)
    if progress:
        progress(STEPS, STEPS)
    return pdf


# --- the pages --------------------------------------------------------------------------------


def render(
    data: SummaryData, *, anonymize: bool = False, title: str | None = None
) -> list[Flowable]:
    s = stylesheet()
    title = title or t(TITLE)
    story: list[Flowable] = [gap(6), Paragraph(markup(title), s.title)]
    story.append(Paragraph(markup(period_header(data.period)), s.subtitle))
    story.append(gap(6))
    story.append(
        key_values(
            filter_rows(
                data.filter,
                data.period,
                data.form_titles,
                anonymize=anonymize,
                location=data.location,
                visits=data.figures.visits,
                comparison=data.comparison,
                comparison_visits=data.previous.visits if data.previous else 0,
                compare=data.compare,
                left_out=data.left_out,
            )
        )
    )
    story.append(gap(5))
    if not data.figures.visits:
        # One page, not five saying the same.
        story.append(Paragraph(t("No visits"), s.h1))
        story.append(Paragraph(t("No visits in this period."), s.body))
        return story
    story.append(
        Paragraph(
            t(
                "How customers experienced service in this period: scores, how visits left them "
                "feeling (Net Uplift), the patterns across locations and questions, and moments "
                "worth repeating. These results are for leaders to see the truth of encounters "
                "and for coaching, not for blame."
            ),
            s.lead,
        )
    )
    story.append(gap(2))
    story.append(Paragraph(t("Headline figures"), s.h1))
    story.append(_headline(data))
    story.append(gap(3))
    story.append(
        Paragraph(
            t(
                "A score is points earned of points possible over the questions that applied to "
                "a visit (N/A and unasked questions are left out); averages weigh every visit "
                "equally. {dimensions} are dimension scores. Net Uplift is the % of visits that "
                "left the observer uplifted minus the % that left them diminished "
                "(−100 … +100). Changes compare with the period named above; critical failures "
                "compare as a share of visits, visit counts only between periods of the same "
                "number of days; a figure whose comparison rests on fewer than {minimum} "
                "visits is not compared. “pts” are percentage points.",
                minimum=MIN_VISITS,
                dimensions=_headline_dimension_words(),
            ),
            s.muted,
        )
    )
    story.append(PageBreak())
    story.extend(_trends(data))
    story.extend(_feelings_and_locations(data))
    story.extend(_questions(data))
    story.extend(_notable_pages(data))
    return story


def _headline_dimension_words() -> str:
    """'Greeting, smile, presence and helpfulness': the headline dimensions in a sentence."""
    names = [charts.dimension_name(key) for key in HEADLINE_DIMENSIONS]
    names = [names[0], *(name.lower() for name in names[1:])]
    return ", ".join(names[:-1]) + t(" and ") + names[-1] if len(names) > 1 else names[0]


def _change(
    current: float | None,
    previous: float | None,
    base: int,
    *,
    unit: str = "",
    lower_is_better: bool = False,
    whole: bool = False,
) -> str:
    """'▲ +2.3 pts' in green for better, red for worse: computed from the shown (rounded)
    values, so the figures on the page add up. `base` is the n the previous figure rests
    on: below confidence.MIN_VISITS the change is not shown, and the page says why."""
    if base < MIN_VISITS:
        return _too_few(base)
    if current is None or previous is None:
        return ""
    if whole:
        delta = float(round(current) - round(previous))
        text = ("+" if delta > 0 else "−" if delta < 0 else "±") + format_count(abs(int(delta)))
    else:
        delta = round(round(current, 1) - round(previous, 1), 1)
        text = format_signed(delta) if delta else "±" + format_signed(0.0)
    if unit:
        unit = NBSP + unit
    if delta == 0:
        return f'<font color="{hex_of(NEUTRAL)}">= {text}{unit} {t("vs previous")}</font>'
    better = (delta < 0) if lower_is_better else (delta > 0)
    colour = GOOD if better else POOR
    arrow = "▲" if delta > 0 else "▼"
    return f'<font color="{hex_of(colour)}">{arrow} {text}{unit}</font> {t("vs previous")}'


def _too_few(n: int) -> str:
    return _coloured(t("too few visits to compare (n = {n})", n=format_count(n)), NEUTRAL)


def _visits_change(data: SummaryData) -> str:
    """Visits compare as counts only between periods of as many days; otherwise both
    counts are shown, without an arrow."""
    prev = data.previous
    if prev is None or not prev.visits or data.period is None:
        return ""
    if same_length(data.period, data.comparison):
        return _change(data.figures.visits, prev.visits, prev.visits, whole=True)
    if prev.visits < MIN_VISITS:
        return _too_few(prev.visits)
    assert data.comparison is not None
    return _coloured(
        tn(
            data.comparison.days,
            "vs {count} in the {n} day compared",
            "vs {count} in the {n} days compared",
            count=format_count(prev.visits),
        ),
        NEUTRAL,
    )


def _share(count: int, visits: int) -> float | None:
    return count / visits * 100 if visits else None


def _card(label: str, value: str, colour: Any, change: str, caption: str = "") -> list[Flowable]:
    s = stylesheet()
    cell = [
        Paragraph(label, s.figure_label),
        Paragraph(f'<font color="{hex_of(colour)}">{value}</font>', s.figure_value),
    ]
    if change:
        cell.append(Paragraph(change, s.figure_change))
    if caption:
        cell.append(Paragraph(caption, s.figure_label))
    return cell


def _headline(data: SummaryData) -> Table:
    fig = data.figures
    # No visits at all to compare with: the cover says so once, the cards stay quiet.
    p = data.previous if data.previous and data.previous.visits else None

    def dim(key: str, figures: stats.Figures | None) -> float | None:
        return figures.dimensions.get(key) if figures else None

    def change(current: float | None, previous: float | None, base: int, **how: Any) -> str:
        return _change(current, previous, base, **how) if p is not None else ""

    critical_share = _share(fig.critical_failures, fig.visits)
    cards = [
        _card(
            t("Visits"),
            format_count(fig.visits),
            ACCENT,
            _visits_change(data),
            tn(fig.scored, "{n} with a score", "{n} with a score"),
        ),
        _card(
            t("Average score"),
            format_percent(fig.average_score),
            score_colour(fig.average_score),
            change(
                fig.average_score,
                p.average_score if p else None,
                p.scored if p else 0,
                unit=t("pts"),
            ),
        ),
        _card(
            "Net Uplift",
            format_signed(fig.net_uplift),
            uplift_colour(fig.net_uplift),
            change(fig.net_uplift, p.net_uplift if p else None, p.feelings if p else 0),
            tn(fig.feelings, "of {n} visit with a feeling", "of {n} visits with a feeling"),
        ),
        _card(
            t("Critical failures"),
            format_count(fig.critical_failures),
            POOR if fig.critical_failures else GOOD,
            # A rate: the count depends on how many visits there were.
            change(
                critical_share,
                _share(p.critical_failures, p.visits) if p else None,
                p.visits if p else 0,
                unit=t("pts"),
                lower_is_better=True,
            ),
            t("{share} of visits", share=format_percent(critical_share)),
        ),
    ]
    for key in HEADLINE_DIMENSIONS:
        value = dim(key, fig)
        cards.append(
            _card(
                t("Greeting rate") if key == "greeting" else charts.dimension_name(key),
                format_percent(value),
                score_colour(value),
                change(
                    value, dim(key, p), p.dimension_visits.get(key, 0) if p else 0, unit=t("pts")
                ),
                tn(
                    fig.dimension_visits.get(key, 0),
                    "{n} visit scored it",
                    "{n} visits scored it",
                ),
            )
        )
    width = CONTENT_WIDTH / 4
    table = Table([cards[:4], cards[4:]], colWidths=[width] * 4, hAlign="LEFT")
    table.setStyle(
        house_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEABOVE", (0, 1), (-1, 1), 0.5, GRID),
                ("LINEBELOW", (0, 1), (-1, 1), 0.5, GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
            ]
        )
    )
    return table


def _trends(data: SummaryData) -> list[Flowable]:
    s = stylesheet()
    monthly = data.trend_period == "month"
    out: list[Flowable] = [Paragraph(t("Trends"), s.h1)]
    if not data.trend:
        out.append(Paragraph(t("No visits in this period."), s.body))
    elif len(data.trend) < 2:
        out.append(
            Paragraph(
                t(
                    "All visits fall in one month: a trend needs at least two. The headline "
                    "figures on the first page are this period's."
                )
                if monthly
                else t(
                    "All visits fall in one week: a trend needs at least two. The headline "
                    "figures on the first page are this period's."
                ),
                s.body,
            )
        )
    else:
        out.append(
            Paragraph(
                t(
                    "The average score and Net Uplift per month, in the observers' local "
                    "calendar. Periods without visits are left empty."
                )
                if monthly
                else t(
                    "The average score and Net Uplift per week, in the observers' local "
                    "calendar. Periods without visits are left empty."
                ),
                s.muted,
            )
        )
        out.append(
            Paragraph(
                t("Average score per month") if monthly else t("Average score per week"), s.h3
            )
        )
        out.append(
            charts.score_trend_chart(data.trend, data.trend_period, data.figures.average_score)
        )
        out.append(gap(3))
        out.append(
            Paragraph(t("Net Uplift per month") if monthly else t("Net Uplift per week"), s.h3)
        )
        out.append(charts.uplift_trend_chart(data.trend, data.trend_period))
    out.append(gap(4))
    if data.figures.dimensions:
        previous = (
            data.previous.dimensions
            if data.previous and data.previous.visits >= MIN_VISITS
            else None
        )
        out.append(
            KeepTogether(
                [
                    Paragraph(t("Dimension scores"), s.h2),
                    Paragraph(
                        t(
                            "Each dimension's points earned of points possible, averaged over "
                            "the visits that scored it, beside the previous period."
                        )
                        if previous
                        else t(
                            "Each dimension's points earned of points possible, averaged over "
                            "the visits that scored it."
                        ),
                        s.muted,
                    ),
                    charts.dimension_chart(data.figures.dimensions, previous),
                ]
            )
        )
    return out


def _feelings_and_locations(data: SummaryData) -> list[Flowable]:
    s = stylesheet()
    out: list[Flowable] = [PageBreak(), Paragraph(t("How visits left the customer"), s.h1)]
    total = sum(data.feelings.values())
    if total:
        out.append(
            Paragraph(
                t("Did the encounter leave the observer uplifted or diminished?")
                + " "
                + tn(
                    total, "{n} visit with a feeling answer.", "{n} visits with a feeling answer."
                ),
                s.muted,
            )
        )
        out.append(charts.feeling_chart(data.feelings, data.figures.net_uplift))
    else:
        out.append(Paragraph(t("No visit in this period has a feeling answer."), s.body))
    if len(data.ranking) > 1:
        out.append(gap(4))
        out.append(CondPageBreak(60 * mm))
        out.append(Paragraph(t("Locations"), s.h1))
        out.append(
            Paragraph(
                t(
                    "Best average score first. Critical failures are visits where a critical "
                    "question earned no points."
                ),
                s.muted,
            )
        )
        out.extend(_ranking_table(data.ranking))
    return out


def _ranking_table(ranking: list[stats.LocationFigures]) -> list[Flowable]:
    s = stylesheet()
    header = [
        Paragraph("#", s.header_cell_right),
        Paragraph(t("Location"), s.header_cell),
        Paragraph(t("Region"), s.header_cell),
        Paragraph(t("Visits"), s.header_cell_right),
        Paragraph(t("Average score"), s.header_cell_right),
        Paragraph("Net Uplift", s.header_cell_right),
        Paragraph(t("Critical failures"), s.header_cell_right),
    ]
    rows = []
    for rank, loc in enumerate(ranking, start=1):
        rows.append(
            [
                Paragraph(str(rank), s.cell_right),
                para(shorten(loc.name, 120), s.cell_bold),
                para(shorten(loc.region or "", 80), s.cell_muted),
                Paragraph(format_count(loc.visits), s.cell_right),
                Paragraph(
                    _coloured(format_percent(loc.average_score), score_colour(loc.average_score)),
                    s.cell_right,
                ),
                Paragraph(
                    _coloured(format_signed(loc.net_uplift), uplift_colour(loc.net_uplift)),
                    s.cell_right,
                ),
                Paragraph(format_count(loc.critical_failures), s.cell_right),
            ]
        )
    # "Average score" gets room for its longest word in Finnish and Swedish (Keskimääräinen,
    # Genomsnittligt): a header never breaks inside a word.
    widths = [9 * mm, 48 * mm, 28 * mm, 16 * mm, 30 * mm, 20 * mm, 19 * mm]
    return data_tables(header, rows, widths)


def _coloured(text: str, colour: Any) -> str:
    return f'<font color="{hex_of(colour)}">{text}</font>'


def _score_bar(score: float | None, width: float = 22 * mm, height: float = 5) -> Drawing:
    drawing = new_drawing(width, height + 2)
    drawing.add(Rect(0, 1, width, height, fillColor=GRID, strokeColor=None))
    if score is not None:
        drawing.add(
            Rect(
                0,
                1,
                width * max(0.0, min(score, 100.0)) / 100,
                height,
                fillColor=score_colour(score),
                strokeColor=None,
            )
        )
    return drawing


def _questions(data: SummaryData) -> list[Flowable]:
    s = stylesheet()
    out: list[Flowable] = [PageBreak(), Paragraph(t("Question by question"), s.h1)]
    if not data.questions:
        out.append(Paragraph(t("No scored answers in this period."), s.body))
        return out
    out.append(
        Paragraph(
            t(
                "Every scored question, the weakest first: points earned of points possible "
                "over the visits that answered it. “Missed” counts answers that earned no "
                "points; N/A answers are left out of the score. Each version of a form is "
                "listed on its own, so a changed question is never silently merged or dropped."
            ),
            s.muted,
        )
    )
    several_forms = len({title for _, _, title in data.questions}) > 1
    header = [
        Paragraph("#", s.header_cell_right),
        Paragraph(t("Question"), s.header_cell),
        Paragraph(t("Answered"), s.header_cell_right),
        Paragraph(t("N/A"), s.header_cell_right),
        Paragraph(t("Missed"), s.header_cell_right),
        Paragraph(t("Score"), s.header_cell),
        Paragraph("", s.header_cell_right),
    ]
    rows = []
    for rank, (row, text, form_title) in enumerate(data.questions, start=1):
        question = [para(shorten(text, QUESTION_TEXT_LIMIT), s.cell)]
        notes = [form_title] if several_forms else []
        if row.answered < FEW_ANSWERS:
            notes.append(
                tn(
                    row.answered,
                    "only {n} answer: read with care",
                    "only {n} answers: read with care",
                )
            )
        if notes:
            question.append(para(" · ".join(notes), s.cell_muted))
        rows.append(
            [
                Paragraph(str(rank), s.cell_right),
                question,
                Paragraph(format_count(row.answered), s.cell_right),
                Paragraph(format_count(row.na), s.cell_right),
                Paragraph(format_count(row.missed), s.cell_right),
                _score_bar(row.score),
                Paragraph(
                    _coloured(format_percent(row.score), score_colour(row.score)), s.cell_right
                ),
            ]
        )
    # The N/A column fits "Ei koske" and "tillämpligt" on a line (never split in a word).
    widths = [8 * mm, 60 * mm, 20 * mm, 24 * mm, 16 * mm, 24 * mm, 18 * mm]
    out.extend(data_tables(header, rows, widths))
    return out


def _notable_pages(data: SummaryData) -> list[Flowable]:
    s = stylesheet()
    out: list[Flowable] = [PageBreak(), Paragraph(t("Moments worth repeating"), s.h1)]
    if data.best:
        out.append(
            Paragraph(
                t(
                    "Visits tagged best practice, in the observers' own words: {shown}, best "
                    "score first. Share them with the teams, and thank the people behind them.",
                    shown=_shown(len(data.best), data.best_total),
                ),
                s.muted,
            )
        )
        for encounter in data.best:
            out.extend(_notable(encounter))
    else:
        out.append(
            Paragraph(t("No visit in this period is tagged best practice with notes."), s.body)
        )
    # A short list of moments leaves room: the worst experiences may start on the same page.
    out.append(CondPageBreak(120 * mm))
    out.append(Paragraph(t("Worst experiences"), s.h1))
    if data.worst:
        out.append(
            Paragraph(
                t(
                    "Visits with a critical failure, a diminished feeling or a score under "
                    "{limit}, with the observers' notes: {shown}; critical failures first, "
                    "then the most diminished, then the lowest score. They show where "
                    "leadership can help, not whom to blame.",
                    limit=f"{report_data.WORST_SCORE_BELOW:.0f}{NBSP}%",
                    shown=_shown(len(data.worst), data.worst_total),
                ),
                s.muted,
            )
        )
        for encounter in data.worst:
            out.extend(_notable(encounter))
    else:
        out.append(Paragraph(t("No poor experiences with notes in this period."), s.body))
    return out


def _shown(shown: int, total: int) -> str:
    if shown >= total:
        return t("all {count}", count=format_count(total))
    return t("{shown} of {total}", shown=format_count(shown), total=format_count(total))


def _notable(encounter: NotableEncounter) -> list[Flowable]:
    """One encounter's meta line and notes (no observer, no staff: this is the summary)."""
    s = stylesheet()
    parts = [
        _coloured(f"<b>{markup(shorten(encounter.location, 120))}</b>", TEXT),
        markup(f"{format_day(encounter.visited_at)} {format_time(encounter.visited_at)}"),
        t("score")
        + " "
        + _coloured(format_percent(encounter.score), score_colour(encounter.score)),
    ]
    if encounter.feeling is not None:
        parts.append(
            _coloured(feeling_words(encounter.feeling), FEELING_COLOURS[encounter.feeling])
        )
    if encounter.critical_fail:
        parts.append(_coloured("<b>" + t("critical failure") + "</b>", POOR))
    meta = Paragraph(" · ".join(parts), s.note_meta)
    notes = text_flow(encounter.notes, s.note)
    if not notes:
        return [meta]
    # The meta line stays with the first paragraph of the note; the rest may flow on.
    return [KeepTogether([meta, notes[0]]), *notes[1:]]
