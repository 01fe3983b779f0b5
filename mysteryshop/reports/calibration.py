"""The observer-calibration report: one session's figures for the trainer who ran it.

Does the session's observers score alike (Krippendorff's alpha, read on his own scale), which
questions split them (the lowest pair agreement first: usually wording that needs work), how
lenient each observer is and how often they gave the consensus answer, and how that drifted
across sessions. The figures come from mysteryshop/calibration.py (docs/FIGURES.md
"Calibration"); this module only lays them out. No Qt."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from mysteryshop import calibration, vocabulary
from mysteryshop.calibration import CalibrationReport
from mysteryshop.forms import Form
from mysteryshop.reports import i18n
from mysteryshop.reports.common import answer_words
from mysteryshop.reports.i18n import label, t, tn, use_language
from mysteryshop.reports.styles import (
    CONTENT_WIDTH,
    DASH,
    FAIR,
    FAIR_LIGHT,
    GOOD,
    GOOD_LIGHT,
    MINUS,
    POOR,
    POOR_LIGHT,
    ReportInfo,
    boxed,
    build_pdf,
    data_tables,
    font_warnings,
    format_count,
    format_date,
    format_percent,
    format_points,
    format_signed,
    gap,
    heading_with,
    key_values,
    markup,
    para,
    stylesheet,
)
from mysteryshop.store.db import Database
from mysteryshop.store.queries import get_form

TITLE = "Observer calibration"


def build_calibration(
    db: Database,
    report: CalibrationReport,
    *,
    lang: str | None = None,
    generated: datetime | None = None,
    warnings: list[str] | None = None,
) -> bytes:
    """The calibration report of `report` (store.calibration.calibration_report) as PDF
    bytes in `lang`; text no font could draw is listed in `warnings`."""
    figures = report.figures
    form = get_form(db, figures.form_id, figures.form_version)
    with use_language(lang), font_warnings("calibration report") as found:
        story = render(report, form)
        info = ReportInfo(
            title=t(TITLE),
            subject=t("Observer calibration session {session}", session=figures.session),
            period=format_date(figures.first),
            generated=generated or datetime.now(UTC).astimezone(),
        )
        pdf = build_pdf(story, info, cover=True)
    if warnings is not None:
        warnings.extend(found)
    return pdf


def alpha_text(value: float | None) -> str:
    """Alpha with three decimals, as Krippendorff prints it: '0.849' ('0,849')."""
    if value is None:
        return DASH
    text = i18n.format_decimal(abs(value), 3)
    return MINUS + text if value < 0 else text


def reading_words(alpha: calibration.Alpha) -> str:
    """What an alpha means, or why there is none."""
    if alpha.gap is not None:
        return label(vocabulary.ALPHA_GAP_LABELS[alpha.gap])
    assert alpha.reading is not None
    return label(vocabulary.ALPHA_READING_LABELS[alpha.reading])


def _alpha_box(alpha: calibration.Alpha) -> Flowable:
    s = stylesheet()
    colour, light = {
        "reliable": (GOOD, GOOD_LIGHT),
        "tentative": (FAIR, FAIR_LIGHT),
    }.get(alpha.reading or "", (POOR, POOR_LIGHT))
    basis = t(
        "Krippendorff's alpha (interval) over {units} scored questions answered by two "
        "observers or more, {values} values",
        units=format_count(alpha.units),
        values=format_count(alpha.values),
    )
    content: list[Flowable] = [
        Paragraph(f"α = {alpha_text(alpha.value)}", s.figure_value),
        Paragraph(markup(reading_words(alpha)), s.callout),
        Paragraph(markup(basis), s.muted),
        Paragraph(
            markup(
                t(
                    "Krippendorff's guide: 0.800 or more, reliable; 0.667 to 0.800, tentative "
                    "conclusions only; below 0.667, not reliable."
                )
            ),
            s.muted,
        ),
    ]
    if alpha.value is not None and alpha.thin:
        content.append(
            Paragraph(
                markup(
                    tn(
                        alpha.units,
                        "Read with care: alpha rests on {n} question.",
                        "Read with care: alpha rests on {n} questions.",
                    )
                ),
                s.callout,
            )
        )
    return boxed(content, background=light, border=colour)


def _question_text(form: Form, question_id: str) -> str:
    question = form.question(question_id)
    return form.tr(question.text, i18n.language()) if question is not None else question_id


def _consensus(form: Form, question: calibration.QuestionFigures) -> str:
    if question.tie:
        return t("tie")
    if question.consensus is None:
        return DASH
    found = form.question(question.id)
    return answer_words(form, found, question.consensus) if found is not None else DASH


def _questions_table(report: CalibrationReport, form: Form) -> list[Flowable]:
    s = stylesheet()
    header = [
        para(t("Question"), s.header_cell),
        para("n", s.header_cell_right),
        para(t("Pairs agreeing"), s.header_cell_right),
        para(t("Points spread"), s.header_cell_right),
        para(t("SD"), s.header_cell_right),
        para(t("Most common answer"), s.header_cell),
    ]
    rows = []
    for question in report.figures.questions:
        agreement = format_percent(question.agreement)
        rows.append(
            [
                para(_question_text(form, question.id), s.cell),
                para(format_count(question.n), s.cell_right),
                para(
                    agreement + (" *" if question.thin and question.agreement is not None else ""),
                    s.cell_right,
                ),
                para(
                    DASH
                    if question.spread is None
                    else f"{format_points(question.spread)} / {format_points(question.possible)}",
                    s.cell_right,
                ),
                para(
                    DASH if question.sd is None else i18n.format_decimal(question.sd, 2),
                    s.cell_right,
                ),
                para(_consensus(form, question), s.cell),
            ]
        )
    widths = [56 * mm, 9 * mm, 25 * mm, 24 * mm, 14 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    poor = [
        ("TEXTCOLOR", (2, i), (2, i), POOR)
        for i, question in enumerate(report.figures.questions)
        if question.agreement is not None and question.agreement < 50
    ]
    return data_tables(header, rows, widths, extra=poor)


def _observers_table(report: CalibrationReport) -> list[Flowable]:
    s = stylesheet()
    header = [
        para(t("Observer"), s.header_cell),
        para(t("Score"), s.header_cell_right),
        para(t("Leniency"), s.header_cell_right),
        para(t("Agreement with the consensus"), s.header_cell_right),
        para(t("Questions compared"), s.header_cell_right),
    ]
    rows = [
        [
            para(observer.alias, s.cell),
            para(format_percent(observer.score), s.cell_right),
            para(_points(observer.leniency), s.cell_right),
            para(format_percent(observer.agreement), s.cell_right),
            para(format_count(observer.compared), s.cell_right),
        ]
        for observer in report.figures.observers
    ]
    widths = [50 * mm, 22 * mm, 28 * mm, 42 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    return data_tables(header, rows, widths)


def _points(value: float | None) -> str:
    """Leniency in percentage points: '+4.3 pp' ('+4,3 %-yks.')."""
    return DASH if value is None else t("{value} pp", value=format_signed(value))


def _drift_table(report: CalibrationReport) -> list[Flowable]:
    s = stylesheet()
    header = [
        para(t("Observer"), s.header_cell),
        para(t("Session"), s.header_cell),
        para(t("Date"), s.header_cell),
        para(t("Leniency"), s.header_cell_right),
        para(t("Agreement with the consensus"), s.header_cell_right),
    ]
    rows: list[list[Any]] = []
    for alias, points in report.drift.items():
        for index, point in enumerate(points):
            current = point.session == report.figures.session
            style = s.cell_bold if current else s.cell
            rows.append(
                [
                    para(alias if index == 0 else "", s.cell),
                    para(point.session, style),
                    para(format_date(point.date), style),
                    para(_points(point.leniency), s.cell_right),
                    para(format_percent(point.agreement), s.cell_right),
                ]
            )
    widths = [38 * mm, 42 * mm, 28 * mm, 26 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    return data_tables(header, rows, widths)


def _across_table(report: CalibrationReport, form: Form) -> list[Flowable]:
    s = stylesheet()
    header = [
        para(t("Question"), s.header_cell),
        para(t("Sessions"), s.header_cell_right),
        para(t("Alpha"), s.header_cell_right),
        para(t("Reading"), s.header_cell),
    ]
    rows = [
        [
            para(_question_text(form, question.id), s.cell),
            para(format_count(question.sessions), s.cell_right),
            para(alpha_text(question.alpha.value), s.cell_right),
            para(reading_words(question.alpha), s.cell),
        ]
        for question in report.across
    ]
    widths = [78 * mm, 18 * mm, 16 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    return data_tables(header, rows, widths)


def render(report: CalibrationReport, form: Form) -> list[Flowable]:
    s = stylesheet()
    figures = report.figures
    observers = ", ".join(observer.alias for observer in figures.observers)
    details: list[tuple[str, Any]] = [
        (t("Session"), figures.session),
        (t("Form"), f"{form.tr(form.title, i18n.language())} (v{figures.form_version})"),
        (t("Visit"), format_date(figures.first)),
        (
            t("Observers"),
            tn(len(figures.observers), "{n} observer", "{n} observers") + f": {observers}",
        ),
        (t("Scored questions"), format_count(len(figures.questions))),
    ]
    for item in figures.left_out:
        details.append(
            (
                t("Left out"),
                f"{item.observer or DASH}: "
                + label(vocabulary.CALIBRATION_LEFT_OUT_LABELS[item.reason]),
            )
        )
    story: list[Flowable] = [
        gap(3),
        Paragraph(markup(t(TITLE)), s.title),
        Paragraph(markup(figures.session), s.subtitle),
        gap(4),
        key_values(details),
        gap(3),
        heading_with(
            Paragraph(t("Do the observers score alike?"), s.h2), _alpha_box(figures.alpha)
        ),
        heading_with(
            Paragraph(t("Questions that split observers"), s.h2),
            Paragraph(
                markup(
                    t(
                        "Lowest agreement first: the share of observer pairs who gave the same "
                        "answer, and the spread of their points (highest minus lowest, of the "
                        "points possible). A question many observers read differently usually "
                        "needs clearer wording or guidance. n: the observers who answered it; "
                        "* from fewer than {n} observers.",
                        n=format_count(calibration.MIN_OBSERVERS),
                    )
                ),
                s.muted,
            ),
        ),
        *_questions_table(report, form),
        heading_with(
            Paragraph(t("Each observer"), s.h2),
            Paragraph(
                markup(
                    t(
                        "Leniency: the observer's score minus the mean of the session's "
                        "scores, in percentage points (above zero: more lenient). Agreement: "
                        "the share of their answered questions where they gave the most common "
                        "answer; questions where two answers tie for most common are left out."
                    )
                ),
                s.muted,
            ),
        ),
        *_observers_table(report),
    ]
    if report.sessions > 1:
        story += [
            heading_with(
                Paragraph(t("Drift across sessions"), s.h2),
                Paragraph(
                    markup(
                        tn(
                            report.sessions,
                            "This session's observers in {n} calibration session, oldest first.",
                            "This session's observers in {n} calibration sessions, oldest first.",
                        )
                    ),
                    s.muted,
                ),
            ),
            *_drift_table(report),
            heading_with(
                Paragraph(t("Questions across sessions"), s.h2),
                Paragraph(
                    markup(
                        t(
                            "Alpha of each question over every session of this form (each "
                            "session one unit): the questions observers read differently "
                            "again and again come first."
                        )
                    ),
                    s.muted,
                ),
            ),
            *_across_table(report, form),
        ]
    return story
