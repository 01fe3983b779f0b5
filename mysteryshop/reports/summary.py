"""The summary report for leadership: headline figures against the previous period, trends,
dimensions, feelings, the location ranking, question-by-question results and the
encounters worth talking about. Locations and dimensions only: never staff descriptions."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Table

from mysteryshop import periods, vocabulary
from mysteryshop.confidence import MIN_VISITS, Estimate, Target
from mysteryshop.periods import Compare, Period, same_length
from mysteryshop.reports import action_items, charts, insight
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
from mysteryshop.reports.insight import Insight
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
    band_colour,
    build_pdf,
    data_tables,
    format_basis,
    format_count,
    format_day_clock,
    format_interval,
    format_n,
    format_percent,
    format_signed,
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
from mysteryshop.store.queries import find_locations
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
    min_visits: int = MIN_VISITS  # fewer visits: not ranked, drawn and noted as uncertain
    benchmark: Benchmark | None = None  # a report on one location: how it compares
    target: float | None = None  # the target score (confidence.Target.score_of)
    insight: Insight | None = None  # drivers, heat map, critical failures (reports/insight.py)

    @property
    def ranked(self) -> list[stats.LocationFigures]:
        """The locations with at least min_visits visits with a score, best first."""
        return ranked(self.ranking, self.min_visits)

    @property
    def unranked(self) -> list[stats.LocationFigures]:
        """The locations with too few visits to rank (or no score), in the ranking's order."""
        keep = {row.location_id for row in self.ranked}
        return [row for row in self.ranking if row.location_id not in keep]

    comparison: Period | None = None  # the period the changes compare with
    compare: Compare = "previous"
    left_out: dict[str, int] = dataclasses.field(default_factory=dict)  # by status
    actions: action_items.ActionsShown | None = None  # a location's report: its open actions


@dataclass
class Benchmark:
    """One location beside the programme: the same period and filters without the location."""

    company: stats.Figures
    region: str | None
    region_figures: stats.Figures | None
    rank: int | None  # among the ranked locations; None when this one is not ranked
    ranked: int  # how many locations are ranked
    rank_low: int | None = None  # the best and worst ranks its score's interval allows
    rank_high: int | None = None
    previous_rank: int | None = None  # in the previous period; None when not ranked there
    previous_ranked: int = 0  # how many locations were ranked then (0: no comparison)


def ranked(rows: list[stats.LocationFigures], minimum: int) -> list[stats.LocationFigures]:
    """The rows that are ranked: at least `minimum` visits with a score (the order kept)."""
    return [row for row in rows if row.scored >= minimum and row.average_score is not None]


def rank_range(
    row: stats.LocationFigures, ranked_rows: list[stats.LocationFigures]
) -> tuple[int, int]:
    """The ranks `row`'s score interval allows among `ranked_rows` (which include it): only
    the locations reliably better (their interval wholly above) are surely ahead, only those
    reliably worse surely behind."""
    own = row.score
    low = own.low if own.low is not None else own.value
    high = own.high if own.high is not None else own.value
    assert low is not None and high is not None
    above = below = 0
    for other in ranked_rows:
        if other.location_id == row.location_id:
            continue
        theirs = other.score
        their_low = theirs.low if theirs.low is not None else theirs.value
        their_high = theirs.high if theirs.high is not None else theirs.value
        if their_low is not None and their_low > high:
            above += 1
        elif their_high is not None and their_high < low:
            below += 1
    return above + 1, len(ranked_rows) - below


STEPS = 11


def collect(
    db: Database,
    f: EncounterFilter,
    progress: Progress | None = None,
    *,
    min_visits: int = MIN_VISITS,
    target: Target | None = None,
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
    # Three connections, about a third of the reads each: the headline figures and lists
    # here; the question table (the stored day totals, question_totals.py) and the notable
    # totals (a pass over the encounters); the insight pages' passes and critical failures.
    data, (question_rows, notable), counts = parallel.side_by_side(
        db,
        lambda: _collect(db, f, period, compare, step),
        lambda: (report_data.question_figures(db, f), report_data.notable_totals(db, f)),
        lambda: insight.read_counts(db, f),
    )
    questions = _scored_questions(db, question_rows)
    step()
    data = dataclasses.replace(
        data,
        questions=questions,
        min_visits=min_visits,
        best_total=notable.moments_with_notes,
        worst_total=notable.poor_with_notes,
    )
    data.insight = insight.insight(db, counts, question_rows, notable, min_visits)
    programme = data.ranking
    if f.location:
        benchmark, programme = _benchmark(db, f, data.period, data.comparison, min_visits)
        data.benchmark = benchmark
        places = [place.id for place in find_locations(db, f.location)]
        data.actions = action_items.read(db, places, today)
    step()
    if target is not None:
        scores = [row.average_score for row in ranked(programme, min_visits)]
        data.target = target.score_of([score for score in scores if score is not None])
    return data


def _benchmark(
    db: Database,
    f: EncounterFilter,
    period: Period | None,
    comparison: Period | None,
    min_visits: int,
) -> tuple[Benchmark, list[stats.LocationFigures]]:
    """The location of `f` beside every location over the report's period (the location's
    own when `f` has no dates) and the same filters, and beside its region's: the figures,
    its rank and the ranking the ranks come from."""
    assert f.location
    everywhere = dataclasses.replace(f, location=None)
    if period is not None:
        everywhere = report_data.with_period(everywhere, period)
    company, programme = parallel.side_by_side(
        db, lambda: stats.figures(db, everywhere), lambda: stats.location_ranking(db, everywhere)
    )
    # The filter holds a name or an id; a name two locations share is no one location.
    ids = {location.id for location in find_locations(db, f.location)}
    mine = [row for row in programme if row.location_id in ids]
    own = mine[0] if len(mine) == 1 else None
    region = own.region if own is not None else None
    region_figures = (
        stats.figures(db, dataclasses.replace(everywhere, region=region)) if region else None
    )
    ranked_rows = ranked(programme, min_visits)
    benchmark = Benchmark(company, region, region_figures, None, len(ranked_rows))
    if own is not None and any(row is own for row in ranked_rows):
        benchmark.rank = ranked_rows.index(own) + 1
        benchmark.rank_low, benchmark.rank_high = rank_range(own, ranked_rows)
    if comparison is not None and own is not None:
        before = ranked(
            stats.location_ranking(db, report_data.with_period(everywhere, comparison)),
            min_visits,
        )
        benchmark.previous_ranked = len(before)
        ids_before = [row.location_id for row in before]
        if own.location_id in ids_before:
            benchmark.previous_rank = ids_before.index(own.location_id) + 1
    return benchmark, programme


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
    trend = stats.fill_gaps(
        stats.trend(db, f, trend_period),
        trend_period,
        period.first if period else None,
        period.last if period else None,
    )
    step()
    ranking = stats.location_ranking(db, f)
    step()
    titles = report_data.form_titles(db)
    feelings = report_data.feeling_distribution(db, f)
    step()
    best = report_data.moments_with_notes(db, f, NOTABLE_LIMIT)
    step()
    worst = report_data.worst_experiences(db, f, NOTABLE_LIMIT)
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
        0,  # how many moments have notes: collect() adds it (notable_totals)
        worst,
        0,  # how many poor experiences have notes: the same
        titles,
        location_label(db, f),
        comparison=comparison,
        compare=compare,
        left_out=left_out,
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
    min_visits: int = MIN_VISITS,
    target: Target | None = None,
    compare: Compare = "previous",
) -> bytes:
    """The summary report as PDF bytes. Statuses default to submitted and approved; the
    period is the filter's, cut at the day of `generated` (default: now) when not over, and
    compared as `compare` says. The title names the one location or region filtered to."""
    generated = generated or datetime.now(UTC).astimezone()
    place = place_label(db, f)
    title = title or (f"{t(TITLE)}: {place}" if place else t(TITLE))
    data = collect(
        db,
        f,
        progress,
        min_visits=min_visits,
        target=target,
        compare=compare,
        today=generated.date(),
    )
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
    # Page 1: what a reader takes away, then the figures; how to read them opens page 2.
    story.extend(insight.executive_summary(data))
    story.append(gap(2))
    story.append(Paragraph(t("Headline figures"), s.h1))
    story.append(_headline(data))
    story.append(PageBreak())
    # A location's own report goes to its team and manager, not to leadership (M5).
    intro = (
        t(
            "How customers experienced service at this location in this period: scores, how "
            "visits left them feeling (Net Uplift), how it compares with the other locations, "
            "the questions and moments worth repeating. These results are for the team and its "
            "manager to see the truth of encounters and for coaching, not for blame."
        )
        if data.benchmark is not None
        else t(
            "How customers experienced service in this period: scores, how visits left them "
            "feeling (Net Uplift), the patterns across locations and questions, and moments "
            "worth repeating. These results are for leaders to see the truth of encounters "
            "and for coaching, not for blame."
        )
    )
    story.append(Paragraph(intro, s.lead))
    story.append(gap(2))
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
                minimum=data.min_visits,
                dimensions=_headline_dimension_words(),
            )
            + " "
            + _basis_words(data.min_visits),
            s.muted,
        )
    )
    story.append(gap(6))
    if data.benchmark is not None:
        # On page 2, after how to read the figures: page 1 is full with the headline figures.
        story.append(KeepTogether(_benchmark_section(data, data.benchmark)))
        story.append(gap(6))
    if data.actions is not None:
        story.extend(action_items.section(data.actions, with_location=False))
        story.append(gap(6))
    story.extend(_trends(data))
    story.extend(_feelings_and_locations(data))
    story.extend(insight.heat_map(data))
    story.extend(insight.drivers_section(data))
    story.extend(_questions(data))
    story.extend(_notable_pages(data, anonymize=anonymize))
    story.extend(insight.critical_appendix(data))
    return story


def _benchmark_section(data: SummaryData, benchmark: Benchmark) -> list[Flowable]:
    """The location beside its region, all locations and the target (M5): same period, same
    filters but the location; its rank among the ranked locations with the ranks its
    interval allows."""
    s = stylesheet()
    out: list[Flowable] = [Paragraph(t("Compared with"), s.h1)]
    if benchmark.rank is not None:
        rank = t(
            "Rank {rank} of {count} ranked locations by average score.",
            rank=format_count(benchmark.rank),
            count=format_count(benchmark.ranked),
        )
        if benchmark.rank_low is not None and benchmark.rank_low == benchmark.rank_high:
            rank += " " + t(
                "No other location's interval overlaps its own: the rank is not down to chance."
            )
        elif benchmark.rank_low is not None:
            rank += " " + t(
                "Its score's interval allows ranks {best} to {worst}: locations whose "
                "intervals overlap its own may be ahead of or behind it by chance.",
                best=format_count(benchmark.rank_low),
                worst=format_count(benchmark.rank_high or benchmark.rank_low),
            )
        if benchmark.previous_ranked:
            rank += " " + (
                t(
                    "In the previous period: rank {rank} of {count}.",
                    rank=format_count(benchmark.previous_rank),
                    count=format_count(benchmark.previous_ranked),
                )
                if benchmark.previous_rank is not None
                else t("In the previous period it was not ranked.")
            )
    else:
        rank = t(
            "Not ranked: fewer than {minimum} visits with a score ({n}). {count} locations "
            "are ranked.",
            minimum=format_count(data.min_visits),
            n=format_count(data.figures.scored),
            count=format_count(benchmark.ranked),
        )
    out.append(Paragraph(rank, s.body))
    out.append(gap(2))
    rows: list[tuple[str, stats.Figures]] = [(t("This location"), data.figures)]
    if benchmark.region_figures is not None and benchmark.region:
        rows.append(
            (t("Region {region}", region=markup(benchmark.region)), benchmark.region_figures)
        )
    rows.append((t("All locations"), benchmark.company))
    header = [
        Paragraph("", s.header_cell),
        Paragraph(t("Visits"), s.header_cell_right),
        Paragraph(t("Average score"), s.header_cell_right),
        Paragraph("", s.header_cell),
        Paragraph("Net Uplift", s.header_cell_right),
    ]
    table = []
    for label, figures in rows:
        score, uplift = figures.score, figures.uplift
        table.append(
            [
                Paragraph(label, s.cell_bold),
                Paragraph(format_count(figures.visits), s.cell_right),
                [
                    Paragraph(
                        _coloured(format_percent(score.value), score_colour(score.value)),
                        s.cell_right,
                    ),
                    Paragraph(format_basis(score), s.cell_small_right),
                ],
                _score_bar(score, width=34 * mm, marker=data.target),
                [
                    Paragraph(
                        _coloured(format_signed(uplift.value), uplift_colour(uplift.value)),
                        s.cell_right,
                    ),
                    Paragraph(format_basis(uplift, signed=True), s.cell_small_right),
                ],
            ]
        )
    widths = [36 * mm, 16 * mm, 34 * mm, 38 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    out.extend(data_tables(header, table, widths))
    notes = [
        t(
            "Region and all locations: the same period and filters, every location of the "
            "region or the programme (this one included). Bars show each average score on "
            "0–100 % with its 95 % interval."
        )
    ]
    if data.target is not None:
        notes.append(
            t(
                "The vertical line is the target, {score}.",
                score=format_percent(data.target),
            )
        )
    out.append(Paragraph(" ".join(notes), s.muted))
    return out


def _basis_words(minimum: int) -> str:
    """What 'n = …' and the range after it mean, and the minimum rule, in a sentence."""
    return t(
        "n is the number of visits a figure rests on (for Net Uplift, those with a feeling "
        "answer); the range after it is the figure's 95 % interval, where the figure for all "
        "such visits most likely lies. A figure from fewer than {minimum} visits is marked "
        "“read with care”.",
        minimum=format_count(minimum),
    )


def _headline_dimension_words() -> str:
    """'Greeting, smile, presence and helpfulness': the headline dimensions in a sentence."""
    names = [charts.dimension_name(key) for key in HEADLINE_DIMENSIONS]
    names = [names[0], *(name.lower() for name in names[1:])]
    return ", ".join(names[:-1]) + t(" and ") + names[-1] if len(names) > 1 else names[0]


def _change(
    current: float | None,
    previous: float | None,
    base: int,
    minimum: int,
    *,
    unit: str = "",
    lower_is_better: bool = False,
    whole: bool = False,
) -> str:
    """'▲ +2.3 pts' in green for better, red for worse: computed from the shown (rounded)
    values, so the figures on the page add up. `base` is the n the previous figure rests
    on: below the report's `minimum` (--min-visits) the change is not shown, and the page
    says why."""
    if base < minimum:
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
        return _change(data.figures.visits, prev.visits, prev.visits, data.min_visits, whole=True)
    if prev.visits < data.min_visits:
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


def _card(label: str, value: str, colour: Any, change: str, *captions: str) -> list[Flowable]:
    s = stylesheet()
    cell = [
        Paragraph(label, s.figure_label),
        Paragraph(f'<font color="{hex_of(colour)}">{value}</font>', s.figure_value),
    ]
    if change:
        cell.append(Paragraph(change, s.figure_change))
    cell.extend(Paragraph(caption, s.figure_label) for caption in captions if caption)
    return cell


def read_with_care(n: int) -> str:
    """The note on a figure resting on too few visits or answers: one wording for the
    headline figures, the question table and the benchmarks."""
    return _coloured(t("only {n}: read with care", n=format_n(n)), band_colour("fair"))


def _care(estimate: Estimate, minimum: int) -> str:
    return (
        read_with_care(estimate.n) if estimate.value is not None and estimate.thin(minimum) else ""
    )


def _headline(data: SummaryData) -> Table:
    fig = data.figures
    # No visits at all to compare with: the cover says so once, the cards stay quiet.
    p = data.previous if data.previous and data.previous.visits else None
    minimum = data.min_visits

    def dim(key: str, figures: stats.Figures | None) -> float | None:
        return figures.dimensions.get(key) if figures else None

    def change(current: float | None, previous: float | None, base: int, **how: Any) -> str:
        return _change(current, previous, base, minimum, **how) if p is not None else ""

    critical = fig.critical
    critical_share = _share(fig.critical_failures, fig.visits)
    cards = [
        _card(
            t("Visits"),
            format_count(fig.visits),
            ACCENT,
            _visits_change(data),
            tn(fig.scored, "{n} with a score", "{n} with a score"),
            read_with_care(fig.visits) if 0 < fig.visits < minimum else "",
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
            format_basis(fig.score),
            _care(fig.score, minimum),
        ),
        _card(
            "Net Uplift",
            format_signed(fig.net_uplift),
            uplift_colour(fig.net_uplift),
            change(fig.net_uplift, p.net_uplift if p else None, p.feelings if p else 0),
            format_basis(fig.uplift, signed=True),
            _care(fig.uplift, minimum),
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
            t("{share} of visits", share=format_percent(critical.value)),
            format_basis(critical),
            _care(critical, minimum),
        ),
    ]
    for key in HEADLINE_DIMENSIONS:
        estimate = fig.dimension(key)
        cards.append(
            _card(
                # m1: a dimension score, not the share of visitors greeted.
                t("Greeting (score)") if key == "greeting" else charts.dimension_name(key),
                format_percent(estimate.value),
                score_colour(estimate.value),
                change(
                    estimate.value,
                    dim(key, p),
                    p.dimension_visits.get(key, 0) if p else 0,
                    unit=t("pts"),
                ),
                format_basis(estimate),
                _care(estimate, minimum),
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
        partial = _partial_periods(data)
        out.append(
            charts.score_trend_chart(
                data.trend,
                data.trend_period,
                data.figures.average_score,
                min_visits=data.min_visits,
                partial=partial,
                target=data.target,
            )
        )
        out.append(gap(3))
        out.append(
            Paragraph(t("Net Uplift per month") if monthly else t("Net Uplift per week"), s.h3)
        )
        out.append(
            charts.uplift_trend_chart(
                data.trend, data.trend_period, min_visits=data.min_visits, partial=partial
            )
        )
        out.append(gap(2))
        out.append(
            Paragraph(
                t(
                    "n under each period is its number of visits. Periods with fewer than "
                    "{minimum} visits are drawn hollow in grey: read them with care.",
                    minimum=format_count(data.min_visits),
                )
                + (" " + t("* marks a period the report covers only in part.") if partial else ""),
                s.muted,
            )
        )
    out.append(gap(4))
    if data.figures.dimensions:
        previous = (
            data.previous.dimensions
            if data.previous and data.previous.visits >= data.min_visits
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


def _partial_periods(data: SummaryData) -> set[int]:
    """The trend points (by index) whose week or month the report period covers only in
    part: its first and last, when the period starts or ends inside them."""
    if data.period is None:
        return set()
    first, after = data.period.first, data.period.last + timedelta(days=1)
    return {
        index
        for index, point in enumerate(data.trend)
        if point.start < first or stats.next_period(point.start, data.trend_period) > after
    }


def _feelings_and_locations(data: SummaryData) -> list[Flowable]:
    s = stylesheet()
    # On the dimensions page when the feelings chart fits there (p3: no page two-thirds empty).
    out: list[Flowable] = [
        CondPageBreak(110 * mm),
        gap(4),
        Paragraph(t("How visits left the customer"), s.h1),
    ]
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
                tn(
                    data.min_visits,
                    "Locations with at least {n} scored visit, best average score first, "
                    "each score with its n and 95 % interval (the bar's whisker): where two "
                    "intervals overlap, the order of the two may be chance. Critical failures "
                    "are visits where a critical question earned no points.",
                    "Locations with at least {n} scored visits, best average score first, "
                    "each score with its n and 95 % interval (the bar's whisker): where two "
                    "intervals overlap, the order of the two may be chance. Critical failures "
                    "are visits where a critical question earned no points.",
                ),
                s.muted,
            )
        )
        out.append(Paragraph(band_legend(), s.muted))
        out.append(gap(2))
        if data.ranked:
            out.extend(_ranking_table(data.ranked, ranks=True))
        unranked = data.unranked
        if unranked:
            out.append(gap(4))
            out.append(
                KeepTogether(
                    [
                        Paragraph(t("Too few visits to rank"), s.h3),
                        Paragraph(
                            tn(
                                data.min_visits,
                                "Fewer than {n} visit with a score: their figures are shown "
                                "with their n but not ranked.",
                                "Fewer than {n} visits with a score: their figures are shown "
                                "with their n but not ranked.",
                            ),
                            s.muted,
                        ),
                    ]
                )
            )
            out.extend(_ranking_table(unranked, ranks=False))
    return out


def band_legend() -> str:
    """What the colours of scores and Net Uplift mean, from vocabulary's bands (m8)."""
    good, fair = (floor for floor, _band in vocabulary.SCORE_BANDS[:2])
    clear = format_count(round(vocabulary.UPLIFT_CLEAR))

    def swatch(band: vocabulary.Band, text: str) -> str:
        return _coloured("■", band_colour(band)) + NBSP + text

    return t(
        "Colours: scores {good}, {fair}, {poor}; Net Uplift {up}, {down}.",
        good=swatch("good", t("{floor} % or more", floor=format_count(round(good)))),
        fair=swatch("fair", t("{floor} % or more", floor=format_count(round(fair)))),
        poor=swatch("poor", t("below {floor} %", floor=format_count(round(fair)))),
        up=swatch("good", t("+{limit} or more", limit=clear)),
        down=swatch("poor", t("−{limit} or less", limit=clear)),
    )


def _ranking_table(rows_in: list[stats.LocationFigures], *, ranks: bool) -> list[Flowable]:
    s = stylesheet()
    header = [
        Paragraph("#", s.header_cell_right),
        Paragraph(t("Location"), s.header_cell),
        Paragraph(t("Region"), s.header_cell),
        Paragraph(t("Visits"), s.header_cell_right),
        Paragraph(t("Average score"), s.header_cell_right),
        Paragraph("", s.header_cell),
        Paragraph("Net Uplift", s.header_cell_right),
        Paragraph(t("Critical failures"), s.header_cell_right),
    ]
    rows = []
    for rank, loc in enumerate(rows_in, start=1):
        score, uplift = loc.score, loc.uplift
        rows.append(
            [
                Paragraph(str(rank) if ranks else "–", s.cell_right),
                para(shorten(loc.name, 120), s.cell_bold),
                # p2: a region breaks only at its hyphen (Pohjois-/Pohjanmaa), never mid-word.
                para(shorten(loc.region or "", 80), s.cell_muted),
                Paragraph(format_count(loc.visits), s.cell_right),
                [
                    Paragraph(
                        _coloured(format_percent(score.value), score_colour(score.value)),
                        s.cell_right,
                    ),
                    Paragraph(format_interval(score), s.cell_small_right),
                ],
                _score_bar(score, width=15 * mm),
                [
                    Paragraph(
                        _coloured(format_signed(uplift.value), uplift_colour(uplift.value)),
                        s.cell_right,
                    ),
                    Paragraph(format_interval(uplift, signed=True), s.cell_small_right),
                ],
                Paragraph(format_count(loc.critical_failures), s.cell_right),
            ]
        )
    # Every header gets room for its longest word in Finnish and Swedish (Käynnit,
    # Keskimääräinen, Kriittiset): a header never breaks inside a word; the region column fits
    # "Varsinais-Suomi" on a line and breaks "Pohjois-Pohjanmaa" at its hyphen.
    widths = [7 * mm, 0, 27 * mm, 16.5 * mm, 30.5 * mm, 17 * mm, 26 * mm, 18.5 * mm]
    widths[1] = CONTENT_WIDTH - sum(widths)
    return data_tables(header, rows, widths)


def _coloured(text: str, colour: Any) -> str:
    return f'<font color="{hex_of(colour)}">{text}</font>'


def _score_bar(
    score: float | Estimate | None,
    width: float = 22 * mm,
    height: float = 5,
    marker: float | None = None,
) -> Drawing:
    """A score as a bar on 0–100; an Estimate's 95 % interval as a whisker across it; a
    target (`marker`) as a vertical line."""
    estimate = score if isinstance(score, Estimate) else Estimate(score, 0)
    value = estimate.value
    drawing = new_drawing(width, height + 2)
    drawing.add(Rect(0, 1, width, height, fillColor=GRID, strokeColor=None))
    if value is not None:
        drawing.add(
            Rect(
                0,
                1,
                width * max(0.0, min(value, 100.0)) / 100,
                height,
                fillColor=score_colour(value),
                strokeColor=None,
            )
        )
    if estimate.low is not None and estimate.high is not None:
        x0, x1 = width * estimate.low / 100, width * estimate.high / 100
        middle = 1 + height / 2
        for line in (
            Line(x0, middle, x1, middle),
            Line(x0, 0, x0, height + 2),
            Line(x1, 0, x1, height + 2),
        ):
            line.strokeColor, line.strokeWidth = TEXT, 0.7
            drawing.add(line)
    if marker is not None:
        x = width * max(0.0, min(marker, 100.0)) / 100
        target = Line(x, 0, x, height + 2)
        target.strokeColor, target.strokeWidth, target.strokeDashArray = ACCENT, 1.2, (1.5, 1)
        drawing.add(target)
    return drawing


def _questions(data: SummaryData) -> list[Flowable]:
    s = stylesheet()
    # Below the drivers when 70 mm are left: a forced break left pages nearly empty (p3).
    out: list[Flowable] = [CondPageBreak(70 * mm), Paragraph(t("Question by question"), s.h1)]
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
        notes = [markup(form_title)] if several_forms else []
        if row.answered < FEW_ANSWERS:
            notes.append(read_with_care(row.answered))
        if notes:
            question.append(Paragraph(" · ".join(notes), s.cell_muted))
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
    # The N/A column fits "Ei koske" and "tillämpligt" on a line, Answered fits "Besvarade"
    # (p2: never split in a word).
    widths = [8 * mm, 58 * mm, 22 * mm, 22 * mm, 16 * mm, 24 * mm, 20 * mm]
    out.extend(data_tables(header, rows, widths))
    return out


def _notable_pages(data: SummaryData, *, anonymize: bool) -> list[Flowable]:
    s = stylesheet()
    # No forced page break: the moments start below the previous section when 80 mm are left.
    out: list[Flowable] = [CondPageBreak(80 * mm), Paragraph(t("Moments worth repeating"), s.h1)]
    found = data.insight or insight.Insight()
    if data.best:
        out.append(
            Paragraph(
                t(
                    "Visits tagged best practice or that left the observer clearly uplifted, "
                    "in the observers' own words: {shown}, best score first. Share them with "
                    "the teams, and thank the people behind them.",
                    shown=_shown(len(data.best), data.best_total, found.moments_total),
                ),
                s.muted,
            )
        )
        for encounter in data.best:
            out.extend(_notable(encounter, anonymize=anonymize))
    else:
        out.append(Paragraph(t("No moment worth repeating in this period has notes."), s.body))
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
                    limit=format_percent(report_data.WORST_SCORE_BELOW, 0),
                    shown=_shown(len(data.worst), data.worst_total, found.poor_total),
                )
                + " "
                + t("Every critical failure is listed in the appendix."),
                s.muted,
            )
        )
        for encounter in data.worst:
            out.extend(_notable(encounter, anonymize=anonymize))
    else:
        out.append(
            Paragraph(
                tn(
                    found.poor_total,
                    "The {n} poor experience in this period has no notes.",
                    "None of the {n} poor experiences in this period has notes.",
                )
                if found.poor_total
                else t("No poor experiences in this period."),
                s.body,
            )
        )
    return out


def _shown(shown: int, with_notes: int, qualify: int) -> str:
    """'12 shown of 377 that qualify; 49 without notes': how many are shown of how many meet
    the list's rule, and how many of those have no notes to show."""
    if shown >= qualify:
        text = t("all {count}", count=format_count(qualify))
    else:
        text = t(
            "{shown} shown of {total} that qualify",
            shown=format_count(shown),
            total=format_count(qualify),
        )
    without = qualify - with_notes
    if without > 0:
        text += t("; {count} without notes", count=format_count(without))
    return text


QUOTE_LIMIT = 400  # characters of an observer's note quoted in the summary (m5)


def quote(encounter: NotableEncounter) -> str:
    """The encounter's notes, cut after QUOTE_LIMIT characters with a pointer to its visit
    report."""
    notes = encounter.notes.strip()
    if len(notes) <= QUOTE_LIMIT:
        return notes
    cut = notes[:QUOTE_LIMIT].rstrip()
    return cut + "… " + t("(see visit report {id})", id=insight.short_id(encounter.id))


def _notable(encounter: NotableEncounter, *, anonymize: bool) -> list[Flowable]:
    """One encounter's meta line and notes (no observer, no staff: this is the summary);
    anonymized, its time only to the hour."""
    s = stylesheet()
    parts = [
        _coloured(f"<b>{markup(shorten(encounter.location, 120))}</b>", TEXT),
        markup(format_day_clock(encounter.visited_at, anonymize=anonymize)),
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
    notes = text_flow(quote(encounter), s.note)
    if not notes:
        return [meta]
    # The meta line stays with the first paragraph of the note; the rest may flow on.
    return [KeepTogether([meta, notes[0]]), *notes[1:]]


# --- the same figures as data (issue 15, item 9) ----------------------------------------------
