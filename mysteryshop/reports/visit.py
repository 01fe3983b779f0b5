"""The visit report: one encounter laid out like its form, for the store manager. Every
question with its answer and points, section and dimension scores, the timeline, the
feeling, the notes, critical failures highlighted, and how the score was computed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from mysteryshop import audit, scoring, vocabulary
from mysteryshop.forms import FeelingQuestion, TextQuestion
from mysteryshop.reports import charts
from mysteryshop.reports.common import (
    answer_words,
    channel_name,
    feeling_words,
    status_name,
    tag_name,
    timer_event_name,
)
from mysteryshop.reports.evidence import Evidence, attachment_flowables
from mysteryshop.reports.i18n import label, language, t, tn
from mysteryshop.reports.styles import (
    CELL_LIMIT,
    CONTENT_WIDTH,
    DASH,
    FAIR,
    FAIR_LIGHT,
    FEELING_COLOURS,
    GRID,
    MUTED,
    POOR,
    POOR_LIGHT,
    Progress,
    ReportInfo,
    about_visit,
    boxed,
    build_pdf,
    data_tables,
    format_clock,
    format_date,
    format_datetime,
    format_day_clock,
    format_offset,
    format_percent,
    format_points,
    gap,
    hex_of,
    house_style,
    key_values,
    markup,
    para,
    reviewer_note_box,
    score_colour,
    shorten,
    stylesheet,
    text_flow,
)
from mysteryshop.store.db import Database
from mysteryshop.store.records import HistoryEntry, encounter_to_dict
from mysteryshop.store.report_data import VisitDetails, visit_details
from mysteryshop.vocabulary import HISTORY_LABELS, REPORTED_STATUSES, TIMER_EVENTS
from mysteryshop.workflow import REVIEWER_ROLE, UNKNOWN_REVIEWER

TITLE = "Visit report"
# The watermark across every page of a visit that is not reported yet (or was sent back).
_WATERMARKS = {"draft": "DRAFT", "returned": "RETURNED"}
BOX_LIMIT = 2000  # characters of a review note or return reason (a box cannot split)


def reference(encounter_id: str) -> str:
    """The short reference of an encounter: its id's first 8 characters ('1a2b3c4d')."""
    return encounter_id[:8]


def watermark(status: str) -> str | None:
    """'DRAFT' or 'RETURNED' (translated) for a visit reports do not count yet
    (vocabulary.REPORTED_STATUSES), else None."""
    if status in REPORTED_STATUSES:
        return None
    return t(_WATERMARKS.get(status, "DRAFT"))


def build_visit(
    db: Database,
    encounter_id: str,
    *,
    anonymize: bool = False,
    with_observer: bool = False,
    progress: Progress | None = None,
    generated: datetime | None = None,
) -> bytes:
    """The visit report of one encounter as PDF bytes. StoreError for an unknown id.
    The observer's alias only `with_observer` (and never anonymized)."""
    details = visit_details(db, encounter_id)
    if progress:
        progress(1, 2)
    encounter = details.encounter
    visited = encounter.visited_at
    where = shorten(details.location.name, 80)
    ref = reference(encounter.id)
    info = ReportInfo(
        title=f"{t(TITLE)}: {where}, {format_date(visited)}",
        subject=t("Mystery shopping visit report"),
        period=f"{where} · {format_datetime(visited, anonymize=anonymize)}",
        generated=generated or datetime.now(UTC).astimezone(),
        header=f"{t(TITLE)} · {ref}",
        watermark=watermark(encounter.status),
    )
    evidence = _evidence(db, encounter_id, pictures=not anonymize)
    with about_visit(encounter.id, details.location.name, visited):
        story = render(details, anonymize=anonymize, with_observer=with_observer, evidence=evidence)
        pdf = build_pdf(story, info)
    if progress:
        progress(2, 2)
    return pdf


# --- what each question did -------------------------------------------------------------------


def question_results(details: VisitDetails) -> dict[str, scoring.QuestionResult]:
    """Each answerable question's state (scored, unscored, na, unanswered or hidden) by
    scoring's rules, with the points stored when the visit was scored."""
    encounter = details.encounter
    return scoring.question_results(
        details.form, encounter.answers, encounter.na, stored=details.scores.points
    )


def computation_line(
    details: VisitDetails, results: dict[str, scoring.QuestionResult] | None = None
) -> str:
    """'34.5 of 40 points possible = 86.3 %; 2 questions N/A and 1 hidden left out'."""
    if results is None:
        results = question_results(details)
    states = [results[q.id].state for q in details.form.answerable() if q.scored]
    na, hidden, unanswered = (states.count(state) for state in ("na", "hidden", "unanswered"))
    if details.scores.possible <= 0:
        return t("No scored question was answered, so this visit has no score.")
    line = t(
        "{earned} of {possible} points possible = {score}",
        earned=format_points(details.scores.earned),
        possible=format_points(details.scores.possible),
        score=format_percent(details.encounter.score),
    )
    left_out = []
    if na:
        left_out.append(tn(na, "{n} question N/A", "{n} questions N/A"))
    if hidden:
        left_out.append(
            tn(hidden, "{n} hidden", "{n} hidden")
            if left_out
            else tn(hidden, "{n} question hidden", "{n} questions hidden")
        )
    if unanswered:
        left_out.append(
            tn(unanswered, "{n} unanswered", "{n} unanswered")
            if left_out
            else tn(unanswered, "{n} question unanswered", "{n} questions unanswered")
        )
    if not left_out:
        return line + t("; every scored question counted")
    words = (
        left_out[0] if len(left_out) == 1 else ", ".join(left_out[:-1]) + t(" and ") + left_out[-1]
    )
    return line + t("; {words} left out", words=words)


# --- the page ---------------------------------------------------------------------------------


def _evidence(db: Database, encounter_id: str, *, pictures: bool) -> list[Evidence]:
    """The encounter's attachments, with the bytes of those shown as pictures."""
    from mysteryshop.store.attachments import IMAGE_TYPES, get_content, list_attachments

    out = []
    for info in list_attachments(db, encounter_id):
        shown = pictures and info.media_type in IMAGE_TYPES
        out.append(Evidence(info, get_content(db, info.id) if shown else None))
    return out


def render(
    details: VisitDetails,
    *,
    anonymize: bool = False,
    with_observer: bool = False,
    evidence: Sequence[Evidence] = (),
) -> list[Flowable]:
    s = stylesheet()
    encounter = details.encounter
    visited = encounter.visited_at
    results = question_results(details)
    when = format_day_clock(visited, anonymize=anonymize)
    story: list[Flowable] = [
        Paragraph(t(TITLE), s.title),
        para(details.location.name, s.subtitle),
        Paragraph(markup(f"{when} ({format_offset(visited)})"), s.subtitle),
        gap(5),
        _score_block(details, results),
        gap(4),
    ]
    if encounter.status == "returned":
        story.append(_returned_box(details))
        story.append(gap(4))
    failures = [qid for qid, result in results.items() if result.critical_failed]
    if failures or encounter.critical_fail:
        story.append(_critical_box(details, results, failures))
        story.append(gap(4))
    story.append(Paragraph(t("The visit"), s.h2))
    story.append(
        key_values(_detail_rows(details, anonymize=anonymize, with_observer=with_observer))
    )
    story.append(gap(2))
    story.extend(_review(details, anonymize=anonymize))
    story.extend(_score_tables(details))
    if encounter.timer:
        events = sorted(
            ((event, moment) for event, moment in encounter.timer.items()),
            key=lambda item: (
                item[1],
                TIMER_EVENTS.index(item[0]) if item[0] in TIMER_EVENTS else 99,
            ),
        )
        story.append(
            KeepTogether(
                [
                    Paragraph(t("Timeline"), s.h2),
                    Paragraph(
                        t(
                            "The observer's stopwatch: clock times in the visit's time zone, "
                            "the time between taps on the line."
                        ),
                        s.muted,
                    ),
                    charts.timeline_chart(
                        events,
                        lambda event: timer_event_name(event, encounter.channel),
                        clock=_hour if anonymize else None,
                    ),
                ]
            )
        )
    # The notes come before the answers: they are the evidence behind every "no".
    notes = text_flow(encounter.notes, s.body)
    if notes:
        story.append(KeepTogether([Paragraph(t("Observer's notes"), s.h2), notes[0]]))
        story.extend(notes[1:])
    story.extend(_answers(details, results))
    story.extend(attachment_flowables(evidence, anonymize=anonymize))
    story.extend(_record(details, anonymize=anonymize, with_observer=with_observer))
    return story


def _score_block(details: VisitDetails, results: dict[str, scoring.QuestionResult]) -> Table:
    s = stylesheet()
    encounter = details.encounter
    score = encounter.score
    big = Paragraph(
        f'<font color="{hex_of(score_colour(score))}">{format_percent(score)}</font>', s.score_big
    )
    right: list[Flowable] = [
        Paragraph("<b>" + t("How the score was computed") + "</b>", s.small),
        Paragraph(markup(computation_line(details, results)), s.body),
    ]
    if encounter.feeling is not None:
        colour = FEELING_COLOURS.get(encounter.feeling, MUTED)
        right.append(
            Paragraph(
                t("Left the observer:")
                + f' <font color="{hex_of(colour)}">'
                + f"<b>{feeling_words(encounter.feeling)}</b></font>",
                s.body,
            )
        )
    if encounter.status not in REPORTED_STATUSES:
        right.append(
            Paragraph(
                t(
                    "Not final ({status}): its answers and score may still change.",
                    status=status_name(encounter.status).lower(),
                ),
                s.muted,
            )
        )
    # Wide enough for "100.0 %" on one line.
    table = Table([[big, right]], colWidths=[56 * mm, CONTENT_WIDTH - 56 * mm], hAlign="LEFT")
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


def _critical_box(
    details: VisitDetails, results: dict[str, scoring.QuestionResult], failures: list[str]
) -> Table:
    s = stylesheet()
    form = details.form
    lines: list[Flowable] = [
        Paragraph(f'<font color="{hex_of(POOR)}"><b>{t("Critical failure")}</b></font>', s.body)
    ]
    for question_id in failures:
        question = form.question(question_id)
        if question is None:
            continue
        points = results[question_id].points
        assert points is not None  # a critical failure has points
        earned, possible = points.earned, points.possible
        answer = answer_words(form, question, details.encounter.answers.get(question_id))
        lines.append(
            Paragraph(
                markup(shorten(form.tr(question.text, language()), 300))
                + f" — <b>{markup(shorten(answer, 200))}</b> ("
                + t(
                    "{earned} of {possible} points",
                    earned=format_points(earned),
                    possible=format_points(possible),
                )
                + ")",
                s.body,
            )
        )
    lines.append(
        Paragraph(
            t(
                "A critical question that earns no points flags the visit; the score itself is "
                "not changed."
            ),
            s.muted,
        )
    )
    return boxed(lines, background=POOR_LIGHT, border=POOR)


def _detail_rows(
    details: VisitDetails, *, anonymize: bool, with_observer: bool = False
) -> list[tuple[str, Any]]:
    s = stylesheet()
    encounter, location = details.encounter, details.location
    visited = encounter.visited_at
    rows: list[tuple[str, Any]] = [
        (
            t("Reference"),
            Paragraph(
                f"<b>{markup(reference(encounter.id))}</b>   "
                f'<font size="7" color="{hex_of(MUTED)}">'
                + t("visit id {id}", id=markup(encounter.id))
                + "</font>",
                s.cell,
            ),
        ),
        (t("Location"), location.name),
    ]
    if location.region:
        rows.append((t("Region"), location.region))
    rows.append(
        (
            t("Date and time"),
            f"{format_day_clock(visited, anonymize=anonymize)} ({format_offset(visited)})",
        )
    )
    rows.append(
        (
            t("Form"),
            t(
                "{title}, version {version}",
                title=details.form.tr(details.form.title, language()),
                version=encounter.form_version,
            ),
        )
    )
    if with_observer and not anonymize:
        rows.append((t("Observer"), encounter.observer or DASH))
    rows.append((t("Channel"), channel_name(encounter.channel)))
    if not anonymize:
        rows.append((t("Staff"), encounter.staff or DASH))
    rows.append((t("Status"), status_name(encounter.status)))
    written = written_up(details)
    if written:
        rows.append((t("Written up"), written))
    if encounter.tags:
        rows.append((t("Tags"), ", ".join(tag_name(tag) for tag in encounter.tags)))
    return rows


def written_up(details: VisitDetails) -> str:
    """'35 min after leaving': from the timer's "left" to the first submission; empty when
    the visit has no such timer tap or no submission in its history."""
    submitted = next((e.changed_at for e in details.history if e.change == "submitted"), None)
    minutes = audit.minutes_to_write_up(details.encounter.timer.get("left"), submitted)
    if minutes is None:
        return ""
    if minutes < 60:
        return t("{minutes} min after leaving", minutes=minutes)
    return t("{hours} h {minutes} min after leaving", hours=minutes // 60, minutes=minutes % 60)


def _hour(moment: datetime) -> str:
    return format_clock(moment, anonymize=True)


def _returned_box(details: VisitDetails) -> Table:
    """The reason a reviewer sent the visit back to its observer."""
    s = stylesheet()
    reason = details.encounter.return_reason
    lines: list[Flowable] = [
        Paragraph(
            f'<font color="{hex_of(FAIR)}"><b>{t("Returned to the observer")}</b></font>', s.body
        )
    ]
    lines.extend(
        text_flow(shorten(reason, BOX_LIMIT), s.body)
        or [Paragraph(t("No reason was given."), s.muted)]
    )
    return boxed(lines, background=FAIR_LIGHT, border=FAIR)


def _review(details: VisitDetails, *, anonymize: bool) -> list[Flowable]:
    """Who reviewed the visit, when, and the reviewer's note; nothing before a review."""
    s = stylesheet()
    encounter = details.encounter
    if not (encounter.reviewed_at or encounter.reviewed_by or encounter.reviewer_note):
        return []
    rows: list[tuple[str, Any]] = []
    if encounter.reviewed_by and not anonymize:
        rows.append((t("Reviewed by"), encounter.reviewed_by))
    if encounter.reviewed_at:
        # On the visit's clock, as the record of changes below prints it.
        moment = encounter.reviewed_at.astimezone(encounter.visited_at.tzinfo)
        when = format_datetime(moment, anonymize=anonymize)
        rows.append((t("Reviewed"), when))
    out: list[Flowable] = [Paragraph(t("Review"), s.h2)]
    if rows:
        out.append(key_values(rows))
    note = reviewer_note_box(shorten(encounter.reviewer_note, BOX_LIMIT))
    if note:
        out.append(gap(2))
        out.extend(note)
    return [KeepTogether(out[:3]), *out[3:]]


def _ratio_cells(ratio: tuple[float, float] | None) -> tuple[str, str]:
    if ratio is None or ratio[1] <= 0:
        return DASH, DASH
    earned, possible = ratio
    return (
        t("{earned} of {possible}", earned=format_points(earned), possible=format_points(possible)),
        format_percent(earned / possible * 100),
    )


def _score_tables(details: VisitDetails) -> list[Flowable]:
    s = stylesheet()
    form = details.form

    def table(title: str, rows: list[tuple[str, tuple[float, float] | None]]) -> Table:
        header = [
            Paragraph(title, s.header_cell),
            Paragraph(t("Points"), s.header_cell_right),
            Paragraph(t("Score"), s.header_cell_right),
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
        (form.tr(section.title, language()), details.scores.sections.get(section.id))
        for section in form.sections
    ]
    dimensions: list[tuple[str, tuple[float, float] | None]] = [
        (charts.dimension_name(key), details.scores.dimensions[key])
        for key in charts.ordered_dimensions(list(details.scores.dimensions))
    ]
    left = table(t("Section"), sections)
    right = table(t("Dimension"), dimensions) if dimensions else Paragraph("", s.body)
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
    return [KeepTogether([Paragraph(t("Scores"), s.h2), pair])]


# In English: t() gives them in the report's language.
_STATE_WORDS = {
    "na": "N/A",
    "unanswered": "not answered",
    "hidden": "not asked (hidden)",
}


def _answers(details: VisitDetails, results: dict[str, scoring.QuestionResult]) -> list[Flowable]:
    s = stylesheet()
    form, encounter = details.form, details.encounter
    out: list[Flowable] = []
    long_answers: list[tuple[str, str]] = []
    for section in form.sections:
        rows: list[list[Any]] = []
        extra: list[tuple[Any, ...]] = []
        for question in section.questions:
            result = results.get(question.id)
            if result is None:
                continue  # a note: shown text, no answer
            state = result.state
            text = form.tr(question.text, language())
            question_cell: list[Flowable] = [para(shorten(text, 400), s.cell)]
            if result.critical_failed:
                question_cell.append(
                    Paragraph(
                        f'<font color="{hex_of(POOR)}"><b>{t("critical failure")}</b></font>',
                        s.cell,
                    )
                )
                extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), POOR_LIGHT))
            if state in ("scored", "unscored"):
                value = encounter.answers.get(question.id)
                words = answer_words(form, question, value)
                if len(words) > CELL_LIMIT:
                    # A table cell cannot split across pages: the full answer follows below.
                    long_answers.append((text, words))
                    words = shorten(words, CELL_LIMIT) + t(" (in full below)")
                style = s.cell_bold if not isinstance(question, TextQuestion) else s.cell
                answer_cell: Flowable = para(words, style)
                if isinstance(question, FeelingQuestion) and isinstance(value, int):
                    colour = FEELING_COLOURS.get(value, MUTED)
                    answer_cell = Paragraph(
                        f'<font color="{hex_of(colour)}">{markup(words)}</font>', s.cell_bold
                    )
            else:
                answer_cell = Paragraph(t(_STATE_WORDS[state]), s.cell_muted)
            rows.append(
                [
                    question_cell,
                    answer_cell,
                    _points_cell(result, question.scored),
                ]
            )
        if not rows:
            continue
        header = [
            Paragraph(t("Question"), s.header_cell),
            Paragraph(t("Answer"), s.header_cell),
            Paragraph(t("Points"), s.header_cell_right),
        ]
        tables = data_tables(
            header, rows, [92 * mm, 54 * mm, CONTENT_WIDTH - 146 * mm], extra=extra
        )
        heading = Paragraph(markup(form.tr(section.title, language())), s.h2)
        out.append(KeepTogether([heading, tables[0]]) if len(rows) <= 6 else heading)
        out.extend(tables if len(rows) > 6 else tables[1:])
    if long_answers:
        out.append(Paragraph(t("Answers in full"), s.h2))
        for question_text, words in long_answers:
            flow = text_flow(words, s.body)
            out.append(KeepTogether([para(shorten(question_text, 400), s.h3), *flow[:1]]))
            out.extend(flow[1:])
    return out


def _points_cell(result: scoring.QuestionResult, scored: bool) -> Flowable:
    s = stylesheet()
    state = result.state
    if result.points is not None:
        earned, possible = result.points.earned, result.points.possible
        colour = POOR if earned <= 0 else FAIR if earned < possible else None
        text = t(
            "{earned} of {possible}", earned=format_points(earned), possible=format_points(possible)
        )
        if colour is not None:
            text = f'<font color="{hex_of(colour)}">{text}</font>'
        return Paragraph(text, s.cell_right)
    if scored and state in ("na", "hidden", "unanswered"):
        return Paragraph(t("left out"), s.cell_muted_right)
    return Paragraph(t("not scored") if state == "unscored" else "", s.cell_muted_right)


# --- the record: who did what, when, and the content hash -------------------------------------


def _record(details: VisitDetails, *, anonymize: bool, with_observer: bool) -> list[Flowable]:
    """The history summary (when, what, who; times on the visit's clock, as its timeline, so
    that "written 35 min after leaving" reads true beside them) and the content hash of the
    observer's record (audit.py), with whether it still matches the one recorded at its last
    submission or approval. A visit's score can decide a bonus: this answers a challenge."""
    s = stylesheet()
    encounter = details.encounter
    out: list[Flowable] = [Paragraph(t("Record of changes"), s.h2)]
    if details.history:
        header = [
            Paragraph(t("When"), s.header_cell),
            Paragraph(t("Change"), s.header_cell),
            Paragraph(t("By"), s.header_cell),
        ]
        zone = encounter.visited_at.tzinfo
        rows = [
            [
                Paragraph(
                    format_datetime(e.changed_at.astimezone(zone), anonymize=anonymize), s.cell
                ),
                para(_change_words(e), s.cell),
                para(_who(e.changed_by, encounter.observer, anonymize, with_observer), s.cell),
            ]
            for e in details.history
        ]
        tables = data_tables(header, rows, [42 * mm, CONTENT_WIDTH - 84 * mm, 42 * mm])
        out.append(KeepTogether([out.pop(), tables[0]]))
        out.extend(tables[1:])
    else:
        out.append(Paragraph(t("No change was recorded after it was first saved."), s.muted))
    if encounter.status in audit.HASHED_STATUSES:
        out.append(gap(3))
        out.append(KeepTogether(_hash_lines(details)))
    return out


def _change_words(entry: HistoryEntry) -> str:
    words = vocabulary.label(HISTORY_LABELS, entry.change, label)
    reason = entry.details.get("reason")
    if entry.change in ("returned", "deleted") and isinstance(reason, str) and reason.strip():
        words += ": " + shorten(reason, 200)
    return words


def _who(by: str | None, observer: str | None, anonymize: bool, with_observer: bool) -> str:
    """Who made a change as the report may name them: no names when anonymized; the
    observer's alias only `with_observer` (as in the visit's details)."""
    if not by or by == UNKNOWN_REVIEWER:
        return DASH
    if by == observer and (anonymize or not with_observer):
        return t("Observer")
    if anonymize:
        return DASH
    if by == REVIEWER_ROLE:
        return t("Reviewer")
    return by


def _hash_lines(details: VisitDetails) -> list[Flowable]:
    s = stylesheet()
    content = audit.record_hash(encounter_to_dict(details.encounter))
    recorded = [
        (entry, found)
        for entry in details.history
        if (found := audit.recorded_hash(entry.details)) is not None
    ]
    lines: list[Flowable] = [
        Paragraph(
            t("Content hash (SHA-256) of the observer's record:")
            + f" <b>{audit.short_hash(content)}</b>",
            s.body,
        )
    ]
    if not recorded:
        lines.append(
            Paragraph(
                t(
                    "No hash was recorded for it: it was stored before hashes were kept, or "
                    "arrived whole in an import."
                ),
                s.muted,
            )
        )
    else:
        entry, found = recorded[-1]
        when = format_datetime(entry.changed_at.astimezone(details.encounter.visited_at.tzinfo))
        what = vocabulary.label(HISTORY_LABELS, entry.change, label).lower()
        if found == content:
            lines.append(
                Paragraph(
                    t(
                        "It matches the hash recorded when it was last written ({what}, "
                        "{when}): the answers, notes and times are as they were then.",
                        what=what,
                        when=when,
                    ),
                    s.muted,
                )
            )
        else:
            lines.append(
                Paragraph(
                    f'<font color="{hex_of(POOR)}"><b>'
                    + t(
                        "It does not match the hash recorded when it was last written ({what}, "
                        "{when}: {recorded}): it was changed outside the app since.",
                        what=what,
                        when=when,
                        recorded=audit.short_hash(found),
                    )
                    + "</b></font>",
                    s.body,
                )
            )
    lines.append(Paragraph(f'<font size="6.5" color="{hex_of(MUTED)}">{content}</font>', s.small))
    return lines
