"""The coaching report for trainers: encounters tagged best-practice and needs-coaching,
grouped by location and staff role, with the observers' notes, the reviewers' notes and the
answers that earned no points. The only report with staff descriptions (unless anonymized);
it says so on its cover: it is for coaching, not discipline."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph

from mysteryshop.forms import Form
from mysteryshop.periods import Period
from mysteryshop.reports.common import (
    answer_words,
    channel_name,
    feeling_words,
    filter_rows,
    location_label,
    period_header,
    reported,
)
from mysteryshop.reports.i18n import language, t
from mysteryshop.reports.styles import (
    ACCENT,
    ACCENT_LIGHT,
    FAIR,
    FAIR_LIGHT,
    FEELING_COLOURS,
    GOOD,
    MUTED,
    POOR,
    TEXT,
    Progress,
    ReportInfo,
    boxed,
    build_pdf,
    data_tables,
    format_count,
    format_day,
    format_percent,
    format_points,
    format_time,
    gap,
    hex_of,
    key_values,
    markup,
    para,
    rule,
    score_colour,
    shorten,
    stylesheet,
    text_flow,
)
from mysteryshop.store import report_data
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterFilter
from mysteryshop.store.report_data import (
    BEST_PRACTICE,
    NEEDS_COACHING,
    NotableEncounter,
    staff_role,
)

# In English: t() gives them in the report's language.
TITLE = "Coaching report"
NO_ROLE = "Staff role not recorded"
ANONYMOUS_ROLE = "All staff (anonymized)"


def build_coaching(
    db: Database,
    f: EncounterFilter,
    *,
    anonymize: bool = False,
    progress: Progress | None = None,
    generated: datetime | None = None,
    title: str | None = None,
) -> bytes:
    """The coaching report as PDF bytes. Statuses default to submitted and approved."""
    title = title or t(TITLE)
    f = reported(f)
    total_steps = 4
    period = report_data.report_period(db, f)
    if progress:
        progress(1, total_steps)
    cases = report_data.coaching_cases(db, f)
    if progress:
        progress(2, total_steps)
    forms = report_data.forms_by_version(db, {(c.form_id, c.form_version) for c in cases})
    titles = report_data.form_titles(db)
    if progress:
        progress(3, total_steps)
    story = render(
        cases,
        forms,
        f,
        period,
        titles,
        anonymize=anonymize,
        title=title,
        location=location_label(db, f),
        left_out=report_data.left_out(db, f),
    )
    info = ReportInfo(
        title=title,
        subject=t("Mystery shopping coaching report: {period}", period=period_header(period)),
        period=period_header(period),
        generated=generated or datetime.now(UTC).astimezone(),
    )
    pdf = build_pdf(story, info, cover=True)
    if progress:
        progress(total_steps, total_steps)
    return pdf


def _role(case: NotableEncounter, anonymize: bool) -> str:
    if anonymize:
        return t(ANONYMOUS_ROLE)
    return staff_role(case.staff) or t(NO_ROLE)


def render(
    cases: list[NotableEncounter],
    forms: dict[tuple[str, int], Form],
    f: EncounterFilter,
    period: Period | None,
    form_titles: dict[str, str],
    *,
    anonymize: bool = False,
    title: str | None = None,
    location: str | None = None,
    left_out: dict[str, int] | None = None,
) -> list[Flowable]:
    s = stylesheet()
    title = title or t(TITLE)
    story: list[Flowable] = [gap(6), Paragraph(markup(title), s.title)]
    story.append(Paragraph(markup(period_header(period)), s.subtitle))
    story.append(gap(6))
    if anonymize:
        notice = t(
            "This report is for coaching, not discipline. It is anonymized: observer aliases "
            "and staff descriptions are left out, though observers' notes may still describe "
            "what people said and did."
        )
    else:
        notice = (
            "<b>"
            + t("This report contains staff descriptions and is for coaching, not discipline.")
            + "</b> "
            + t(
                "Use it to talk through real encounters with the team: to repeat what worked "
                "and to practise what did not. Do not use it to rank, blame or sanction "
                "individuals, and do not share it beyond the people who coach."
            )
        )
    story.append(boxed([Paragraph(notice, s.callout)], background=FAIR_LIGHT, border=FAIR))
    story.append(gap(6))
    story.append(
        key_values(
            filter_rows(
                f, period, form_titles, anonymize=anonymize, location=location, left_out=left_out
            )
        )
    )
    story.append(gap(4))
    story.append(Paragraph(t("At a glance"), s.h2))
    if not cases:
        story.append(
            Paragraph(
                t("No encounter in this period is tagged best practice or needs coaching."),
                s.body,
            )
        )
        return story
    story.append(
        Paragraph(
            t(
                "Encounters tagged by reviewers, per location. Each location starts on a new "
                "page, grouped by staff role; within a role, moments worth repeating come "
                "first."
            ),
            s.muted,
        )
    )
    story.extend(_overview(cases))
    for (_location_id, location), in_location in groupby(
        cases, key=lambda c: (c.location_id, c.location)
    ):
        story.extend(_location_pages(location, list(in_location), forms, anonymize=anonymize))
    return story


def _overview(cases: list[NotableEncounter]) -> list[Flowable]:
    s = stylesheet()
    header = [
        Paragraph(t("Location"), s.header_cell),
        Paragraph(t("Region"), s.header_cell),
        Paragraph(t("Best practice"), s.header_cell_right),
        Paragraph(t("Needs coaching"), s.header_cell_right),
    ]
    rows = []
    for (_lid, location), group in groupby(cases, key=lambda c: (c.location_id, c.location)):
        items = list(group)
        rows.append(
            [
                para(shorten(location, 120), s.cell_bold),
                para(shorten(items[0].region or "", 80), s.cell_muted),
                Paragraph(format_count(sum(BEST_PRACTICE in c.tags for c in items)), s.cell_right),
                Paragraph(format_count(sum(NEEDS_COACHING in c.tags for c in items)), s.cell_right),
            ]
        )
    return data_tables(header, rows, [70 * mm, 46 * mm, 27 * mm, 27 * mm])


def _order_in_role(case: NotableEncounter) -> tuple[int, datetime]:
    return (0 if BEST_PRACTICE in case.tags else 1, case.visited_at)


def _location_pages(
    location: str,
    cases: list[NotableEncounter],
    forms: dict[tuple[str, int], Form],
    *,
    anonymize: bool,
) -> Iterator[Flowable]:
    s = stylesheet()
    yield PageBreak()
    yield para(location, s.h1)
    best = sum(BEST_PRACTICE in c.tags for c in cases)
    coach = sum(NEEDS_COACHING in c.tags for c in cases)
    region = f"{cases[0].region} · " if cases[0].region else ""
    yield Paragraph(
        markup(region)
        + t(
            "{best} best practice, {coach} needs coaching",
            best=format_count(best),
            coach=format_count(coach),
        ),
        s.muted,
    )
    by_role: dict[str, list[NotableEncounter]] = {}
    for case in cases:
        by_role.setdefault(_role(case, anonymize), []).append(case)
    for role in sorted(by_role, key=lambda r: (r in (t(NO_ROLE),), r.casefold())):
        items = sorted(by_role[role], key=_order_in_role)
        heading = para(role[:1].upper() + role[1:], s.h2)
        first = True
        for case in items:
            entry = list(_case(case, forms, anonymize=anonymize))
            if first:
                # The role heading stays with the first case's opening lines.
                yield CondPageBreak(40 * mm)
                yield KeepTogether([heading, *entry[:2]])
                yield from entry[2:]
                first = False
            else:
                yield KeepTogether([rule(), *entry[:2]])
                yield from entry[2:]


def _tag_badge(tags: list[str]) -> str:
    parts = []
    if BEST_PRACTICE in tags:
        parts.append(f'<font color="{hex_of(GOOD)}"><b>{t("Best practice")}</b></font>')
    if NEEDS_COACHING in tags:
        parts.append(f'<font color="{hex_of(POOR)}"><b>{t("Needs coaching")}</b></font>')
    return " · ".join(parts)


def _case(
    case: NotableEncounter, forms: dict[tuple[str, int], Form], *, anonymize: bool
) -> Iterator[Flowable]:
    """One encounter: a heading line, the staff description, the misses, the notes."""
    s = stylesheet()
    visited = case.visited_at
    parts = [
        _tag_badge(case.tags),
        f'<font color="{hex_of(TEXT)}">'
        + markup(f"{format_day(visited)} {format_time(visited)}")
        + "</font>",
        markup(channel_name(case.channel).lower()),
        t("score")
        + " "
        + f'<font color="{hex_of(score_colour(case.score))}">{format_percent(case.score)}</font>',
    ]
    if case.feeling is not None:
        colour = FEELING_COLOURS.get(case.feeling, MUTED)
        parts.append(f'<font color="{hex_of(colour)}">{feeling_words(case.feeling)}</font>')
    if case.critical_fail:
        parts.append(f'<font color="{hex_of(POOR)}"><b>{t("critical failure")}</b></font>')
    yield Paragraph(" · ".join(parts), s.note_meta)
    details = []
    if not anonymize:
        details.append(t("Staff:") + " " + (markup(shorten(case.staff, 300)) or t("not recorded")))
        if case.observer:
            details.append(t("observer") + " " + markup(shorten(case.observer, 100)))
    if details:
        yield Paragraph(" · ".join(details), s.muted)
    form = forms.get((case.form_id, case.form_version))
    if case.failed and form is not None:
        yield Paragraph(t("Answers that earned no points"), s.h3)
        for failed in _in_form_order(case, form):
            question = form.question(failed.question_id)
            if question is None:
                continue
            critical = getattr(question, "critical", False)
            mark = f' <font color="{hex_of(POOR)}">({t("critical")})</font>' if critical else ""
            yield Paragraph(
                markup(shorten(form.tr(question.text, language()), 300))
                + " — <b>"
                + markup(shorten(answer_words(form, question, failed.value), 200))
                + "</b> ("
                + t("{earned} of {possible}", earned="0", possible=format_points(failed.possible))
                + f"){mark}",
                s.bullet,
                bulletText="•",
            )
    notes = text_flow(case.notes, s.note)
    if notes:
        yield Paragraph(t("Observer's notes"), s.h3)
        yield from notes
    review = text_flow(case.reviewer_note, s.note)
    if len(review) == 1:
        yield boxed(
            [Paragraph("<b>" + t("Reviewer's note") + "</b>", s.small), review[0]],
            background=ACCENT_LIGHT,
            border=ACCENT,
            width=160 * mm,
        )
    elif review:
        # A table cell cannot split across pages: a long note flows on its own.
        yield Paragraph(t("Reviewer's note"), s.h3)
        yield from review
    yield gap(2)


def _in_form_order(case: NotableEncounter, form: Form) -> list[report_data.FailedAnswer]:
    order = {question.id: i for i, question in enumerate(form.questions())}
    return sorted(case.failed, key=lambda a: order.get(a.question_id, len(order)))
