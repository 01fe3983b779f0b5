"""The visit report: one encounter laid out like its form, for the store manager. Every
question with its answer and points, section and dimension scores, the timeline, the
feeling, the notes, critical failures highlighted, and how the score was computed."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from mysteryshop.forms import FeelingQuestion, TextQuestion, visible_questions
from mysteryshop.reports import charts
from mysteryshop.reports.common import (
    CHANNEL_NAMES,
    STATUS_NAMES,
    TAG_NAMES,
    TIMER_EVENT_NAMES,
    answer_words,
    feeling_words,
)
from mysteryshop.reports.styles import (
    CELL_LIMIT,
    CONTENT_WIDTH,
    DASH,
    FAIR,
    FEELING_COLOURS,
    GRID,
    MUTED,
    POOR,
    POOR_LIGHT,
    Progress,
    ReportInfo,
    boxed,
    build_pdf,
    data_tables,
    format_date,
    format_day,
    format_offset,
    format_percent,
    format_points,
    format_time,
    gap,
    hex_of,
    house_style,
    key_values,
    markup,
    para,
    score_colour,
    shorten,
    stylesheet,
    text_flow,
)
from mysteryshop.store.db import Database
from mysteryshop.store.report_data import VisitDetails, visit_details

TITLE = "Visit report"


def build_visit(
    db: Database,
    encounter_id: str,
    *,
    anonymize: bool = False,
    progress: Progress | None = None,
    generated: datetime | None = None,
) -> bytes:
    """The visit report of one encounter as PDF bytes. StoreError for an unknown id."""
    details = visit_details(db, encounter_id)
    if progress:
        progress(1, 2)
    visited = details.encounter.visited_at
    where = shorten(details.location.name, 80)
    info = ReportInfo(
        title=f"{TITLE}: {where}, {format_date(visited)}",
        subject="Mystery shopping visit report",
        period=f"{where} · {format_date(visited)} {format_time(visited)}",
        generated=generated or datetime.now(UTC).astimezone(),
        header=TITLE,
    )
    pdf = build_pdf(render(details, anonymize=anonymize), info)
    if progress:
        progress(2, 2)
    return pdf


# --- what each question did -------------------------------------------------------------------


def question_states(details: VisitDetails) -> dict[str, str]:
    """Each answerable question's state: scored, unscored, na, unanswered or hidden (from the
    form's show_if rules and the stored answers and points)."""
    encounter, form = details.encounter, details.form
    visible = visible_questions(form, encounter.answers)
    states = {}
    for question in form.answerable():
        if question.id not in visible:
            states[question.id] = "hidden"
        elif question.id in encounter.na:
            states[question.id] = "na"
        elif question.id not in encounter.answers:
            states[question.id] = "unanswered"
        elif question.id in details.points:
            states[question.id] = "scored"
        else:
            states[question.id] = "unscored"
    return states


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def computation_line(details: VisitDetails) -> str:
    """'34.5 of 40 points possible = 86.3 %; 2 questions N/A and 1 hidden left out'."""
    states = question_states(details)
    scored_questions = [q for q in details.form.answerable() if q.scored]
    na = sum(states[q.id] == "na" for q in scored_questions)
    hidden = sum(states[q.id] == "hidden" for q in scored_questions)
    unanswered = sum(states[q.id] == "unanswered" for q in scored_questions)
    if details.possible <= 0:
        return "No scored question was answered, so this visit has no score."
    line = (
        f"{format_points(details.earned)} of {format_points(details.possible)} points possible "
        f"= {format_percent(details.encounter.score)}"
    )
    left_out = []
    if na:
        left_out.append(_plural(na, "question") + " N/A")
    if hidden:
        left_out.append(f"{hidden} hidden" if left_out else _plural(hidden, "question") + " hidden")
    if unanswered:
        left_out.append(
            f"{unanswered} unanswered"
            if left_out
            else _plural(unanswered, "question") + " unanswered"
        )
    if not left_out:
        return line + "; every scored question counted"
    words = left_out[0] if len(left_out) == 1 else ", ".join(left_out[:-1]) + " and " + left_out[-1]
    return f"{line}; {words} left out"


def critical_failures(details: VisitDetails) -> list[str]:
    """Ids of the critical questions that earned no points."""
    return [
        q.id
        for q in details.form.answerable()
        if getattr(q, "critical", False) and q.id in details.points and details.points[q.id][0] <= 0
    ]


# --- the page ---------------------------------------------------------------------------------


def render(details: VisitDetails, *, anonymize: bool = False) -> list[Flowable]:
    s = stylesheet()
    encounter = details.encounter
    visited = encounter.visited_at
    story: list[Flowable] = [
        Paragraph(TITLE, s.title),
        para(details.location.name, s.subtitle),
        Paragraph(
            markup(f"{format_day(visited)}, {format_time(visited)} ({format_offset(visited)})"),
            s.subtitle,
        ),
        gap(5),
        _score_block(details),
        gap(4),
    ]
    failures = critical_failures(details)
    if failures or encounter.critical_fail:
        story.append(_critical_box(details, failures))
        story.append(gap(4))
    story.append(Paragraph("The visit", s.h2))
    story.append(key_values(_detail_rows(details, anonymize=anonymize)))
    story.append(gap(2))
    story.extend(_score_tables(details))
    if encounter.timer:
        events = sorted(
            ((event, moment) for event, moment in encounter.timer.items()),
            key=lambda item: (
                item[1],
                list(TIMER_EVENT_NAMES).index(item[0]) if item[0] in TIMER_EVENT_NAMES else 99,
            ),
        )
        story.append(
            KeepTogether(
                [
                    Paragraph("Timeline", s.h2),
                    Paragraph(
                        "The observer's stopwatch: clock times in the visit's time zone, "
                        "the time between taps on the line.",
                        s.muted,
                    ),
                    charts.timeline_chart(events, lambda e: TIMER_EVENT_NAMES.get(e, e)),
                ]
            )
        )
    # The notes come before the answers: they are the evidence behind every "no".
    notes = text_flow(encounter.notes, s.body)
    if notes:
        story.append(KeepTogether([Paragraph("Observer's notes", s.h2), notes[0]]))
        story.extend(notes[1:])
    story.extend(_answers(details, failures))
    return story


def _score_block(details: VisitDetails) -> Table:
    s = stylesheet()
    encounter = details.encounter
    score = encounter.score
    big = Paragraph(
        f'<font color="{hex_of(score_colour(score))}">{format_percent(score)}</font>', s.score_big
    )
    right: list[Flowable] = [
        Paragraph("<b>How the score was computed</b>", s.small),
        Paragraph(markup(computation_line(details)), s.body),
    ]
    if encounter.feeling is not None:
        colour = FEELING_COLOURS.get(encounter.feeling, MUTED)
        right.append(
            Paragraph(
                "Left the observer: "
                f'<font color="{hex_of(colour)}"><b>{feeling_words(encounter.feeling)}</b></font>',
                s.body,
            )
        )
    table = Table([[big, right]], colWidths=[48 * mm, CONTENT_WIDTH - 48 * mm], hAlign="LEFT")
    table.setStyle(
        house_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, GRID),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, GRID),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _critical_box(details: VisitDetails, failures: list[str]) -> Table:
    s = stylesheet()
    form = details.form
    lines: list[Flowable] = [
        Paragraph(f'<font color="{hex_of(POOR)}"><b>Critical failure</b></font>', s.body)
    ]
    for question_id in failures:
        question = form.question(question_id)
        if question is None:
            continue
        earned, possible = details.points[question_id]
        answer = answer_words(form, question, details.encounter.answers.get(question_id))
        lines.append(
            Paragraph(
                markup(shorten(form.tr(question.text), 300))
                + f" — <b>{markup(shorten(answer, 200))}</b> "
                + f"({format_points(earned)} of {format_points(possible)} points)",
                s.body,
            )
        )
    lines.append(
        Paragraph(
            "A critical question that earns no points flags the visit; the score itself is "
            "not changed.",
            s.muted,
        )
    )
    return boxed(lines, background=POOR_LIGHT, border=POOR)


def _detail_rows(details: VisitDetails, *, anonymize: bool) -> list[tuple[str, Any]]:
    encounter, location = details.encounter, details.location
    visited = encounter.visited_at
    rows: list[tuple[str, Any]] = [("Location", location.name)]
    if location.region:
        rows.append(("Region", location.region))
    rows.append(
        (
            "Date and time",
            f"{format_day(visited)}, {format_time(visited)} ({format_offset(visited)})",
        )
    )
    rows.append(
        ("Form", f"{details.form.tr(details.form.title)}, version {encounter.form_version}")
    )
    if not anonymize:
        rows.append(("Observer", encounter.observer or DASH))
    rows.append(("Channel", CHANNEL_NAMES.get(encounter.channel, encounter.channel)))
    if not anonymize:
        rows.append(("Staff", encounter.staff or DASH))
    rows.append(("Status", STATUS_NAMES.get(encounter.status, encounter.status)))
    if encounter.tags:
        rows.append(("Tags", ", ".join(TAG_NAMES.get(tag, tag) for tag in encounter.tags)))
    return rows


def _ratio_cells(ratio: tuple[float, float] | None) -> tuple[str, str]:
    if ratio is None or ratio[1] <= 0:
        return DASH, DASH
    earned, possible = ratio
    return (
        f"{format_points(earned)} of {format_points(possible)}",
        format_percent(earned / possible * 100),
    )


def _score_tables(details: VisitDetails) -> list[Flowable]:
    s = stylesheet()
    form = details.form

    def table(title: str, rows: list[tuple[str, tuple[float, float] | None]]) -> Table:
        header = [
            Paragraph(title, s.header_cell),
            Paragraph("Points", s.header_cell_right),
            Paragraph("Score", s.header_cell_right),
        ]
        body = []
        for name, ratio in rows:
            points, percent = _ratio_cells(ratio)
            score = ratio[0] / ratio[1] * 100 if ratio and ratio[1] > 0 else None
            body.append(
                [
                    para(shorten(name, 120), s.cell),
                    Paragraph(points, s.cell_right),
                    Paragraph(
                        f'<font color="{hex_of(score_colour(score))}">{percent}</font>',
                        s.cell_right,
                    ),
                ]
            )
        half = (CONTENT_WIDTH - 8 * mm) / 2
        return data_tables(header, body, [half - 40 * mm, 20 * mm, 20 * mm])[0]

    sections = [
        (form.tr(section.title), details.sections.get(section.id)) for section in form.sections
    ]
    dimensions: list[tuple[str, tuple[float, float] | None]] = [
        (charts.dimension_name(key), details.dimensions[key])
        for key in charts.ordered_dimensions(list(details.dimensions))
    ]
    left = table("Section", sections)
    right = table("Dimension", dimensions) if dimensions else Paragraph("", s.body)
    half = (CONTENT_WIDTH - 8 * mm) / 2
    pair = Table([[left, right]], colWidths=[half + 8 * mm, half], hAlign="LEFT")
    pair.setStyle(
        house_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [KeepTogether([Paragraph("Scores", s.h2), pair])]


_STATE_WORDS = {
    "na": "N/A",
    "unanswered": "not answered",
    "hidden": "not asked (hidden)",
}


def _answers(details: VisitDetails, failures: list[str]) -> list[Flowable]:
    s = stylesheet()
    form, encounter = details.form, details.encounter
    states = question_states(details)
    out: list[Flowable] = []
    long_answers: list[tuple[str, str]] = []
    for section in form.sections:
        rows: list[list[Any]] = []
        extra: list[tuple[Any, ...]] = []
        for question in section.questions:
            if question.id not in states:
                continue  # a note: shown text, no answer
            state = states[question.id]
            text = form.tr(question.text)
            question_cell: list[Flowable] = [para(shorten(text, 400), s.cell)]
            if question.id in failures:
                question_cell.append(
                    Paragraph(
                        f'<font color="{hex_of(POOR)}"><b>critical failure</b></font>', s.cell
                    )
                )
                extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), POOR_LIGHT))
            if state in ("scored", "unscored"):
                value = encounter.answers.get(question.id)
                words = answer_words(form, question, value)
                if len(words) > CELL_LIMIT:
                    # A table cell cannot split across pages: the full answer follows below.
                    long_answers.append((text, words))
                    words = shorten(words, CELL_LIMIT) + " (in full below)"
                style = s.cell_bold if not isinstance(question, TextQuestion) else s.cell
                answer_cell: Flowable = para(words, style)
                if isinstance(question, FeelingQuestion) and isinstance(value, int):
                    colour = FEELING_COLOURS.get(value, MUTED)
                    answer_cell = Paragraph(
                        f'<font color="{hex_of(colour)}">{markup(words)}</font>', s.cell_bold
                    )
            else:
                answer_cell = Paragraph(_STATE_WORDS[state], s.cell_muted)
            rows.append(
                [
                    question_cell,
                    answer_cell,
                    _points_cell(details, question.id, state, question.scored),
                ]
            )
        if not rows:
            continue
        header = [
            Paragraph("Question", s.header_cell),
            Paragraph("Answer", s.header_cell),
            Paragraph("Points", s.header_cell_right),
        ]
        tables = data_tables(
            header, rows, [92 * mm, 54 * mm, CONTENT_WIDTH - 146 * mm], extra=extra
        )
        heading = Paragraph(markup(form.tr(section.title)), s.h2)
        out.append(KeepTogether([heading, tables[0]]) if len(rows) <= 6 else heading)
        out.extend(tables if len(rows) > 6 else tables[1:])
    if long_answers:
        out.append(Paragraph("Answers in full", s.h2))
        for question_text, words in long_answers:
            flow = text_flow(words, s.body)
            out.append(KeepTogether([para(shorten(question_text, 400), s.h3), *flow[:1]]))
            out.extend(flow[1:])
    return out


def _points_cell(details: VisitDetails, question_id: str, state: str, scored: bool) -> Flowable:
    s = stylesheet()
    if state == "scored":
        earned, possible = details.points[question_id]
        colour = POOR if earned <= 0 else FAIR if earned < possible else None
        text = f"{format_points(earned)} of {format_points(possible)}"
        if colour is not None:
            text = f'<font color="{hex_of(colour)}">{text}</font>'
        return Paragraph(text, s.cell_right)
    if scored and state in ("na", "hidden", "unanswered"):
        return Paragraph("left out", s.cell_muted_right)
    return Paragraph("not scored" if state == "unscored" else "", s.cell_muted_right)
