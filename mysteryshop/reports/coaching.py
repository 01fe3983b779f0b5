"""The coaching report for trainers: first the behaviours most often missed (every scored
question, partly earned points included, with its n and interval), then each location with its
most instructive tagged visits, discussion prompts and a sign-off block to fill in. The only
report with staff descriptions (unless anonymized); it says so on its cover: it is for
coaching, not discipline.

The top behaviours are shown per location, not per staff role (as the report once grouped its
visits): a trainer coaches a store's team in one meeting, and staff roles are free text that
observers word differently ("myyjä", "sales advisor, shoes"), which would spread one behaviour
over many small groups, each below the minimum number of answers.

Its size follows the number of locations, not of visits: each location shows at most `limit`
visits of each kind (report_data.coaching_locations says which), chosen in SQL; `limit=None`
lists every tagged visit. The same figures come out as data with `coaching_json`."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table

from mysteryshop.confidence import MIN_VISITS, Estimate
from mysteryshop.forms import Form
from mysteryshop.periods import Period
from mysteryshop.reports import action_items
from mysteryshop.reports.common import (
    answer_words,
    channel_name,
    feeling_words,
    filter_rows,
    location_label,
    period_header,
    reported,
    shows_staff,
)
from mysteryshop.reports.i18n import language, t, tn
from mysteryshop.reports.styles import (
    ACCENT,
    ACCENT_LIGHT,
    DASH,
    FAIR,
    FAIR_LIGHT,
    FEELING_COLOURS,
    GOOD,
    GRID,
    MUTED,
    POOR,
    TEXT,
    ZEBRA,
    Progress,
    ReportInfo,
    about_visit,
    boxed,
    build_pdf,
    data_tables,
    format_count,
    format_day_clock,
    format_percent,
    format_points,
    gap,
    hex_of,
    house_style,
    key_values,
    markup,
    one_decimal,
    para,
    reviewer_note_box,
    rule,
    score_colour,
    shorten,
    stylesheet,
    text_flow,
)
from mysteryshop.store import parallel, report_data
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterFilter
from mysteryshop.store.report_data import (
    BEST_PRACTICE,
    CASES_PER_LOCATION,
    NEEDS_COACHING,
    CoachingLocation,
    CoachingThemes,
    FailedAnswer,
    NotableEncounter,
    Theme,
    coaching_kind,
)

# In English: t() gives them in the report's language.
TITLE = "Coaching report"
FORMAT = "mysteryshop-coaching"  # the JSON's (docs/REPORT-JSON.md, "Coaching")
FORMAT_VERSION = 1
TOP_THEMES = 12  # behaviours on the themes page
NOTE_LIMIT = 1_200  # characters of an observer's or reviewer's note on a card
SIGN_OFF_ROWS = 4  # blank rows for agreed actions


# --- the data ---------------------------------------------------------------------------------


@dataclass
class CoachingData:
    """Everything the coaching report shows, read once for the PDF and the JSON."""

    filter: EncounterFilter  # as reported: the statuses counted
    location: str | None  # the filter's location by name
    period: Period | None
    themes: CoachingThemes
    locations: list[CoachingLocation]
    forms: dict[tuple[str, int], Form]
    form_titles: dict[str, str]
    limit: int | None
    left_out: dict[str, int]  # encounters not counted, by status (report_data.left_out)
    actions: action_items.ActionsShown  # outstanding action items at the locations covered


def coaching_data(
    db: Database,
    f: EncounterFilter,
    *,
    limit: int | None = CASES_PER_LOCATION,
    minimum: int = MIN_VISITS,
) -> CoachingData:
    """The period, themes and locations of the filter's reported visits (statuses default to
    submitted and approved), with the forms their questions come from; a theme needs
    `minimum` answers. The themes' aggregate (every answer) runs on a connection of its own
    while the rest is read."""
    f = reported(f)

    def period_and_locations() -> tuple[Period | None, list[CoachingLocation]]:
        return report_data.report_period(db, f), report_data.coaching_locations(db, f, limit)

    (period, locations), themes = parallel.side_by_side(
        db, period_and_locations, lambda: report_data.coaching_themes(db, f, minimum=minimum)
    )
    keys = {(c.form_id, c.form_version) for loc in locations for c in loc.cases}
    keys |= {(q.form_id, q.form_version) for q in themes.overall}
    return CoachingData(
        filter=f,
        location=location_label(db, f),
        period=period,
        themes=themes,
        locations=locations,
        forms=report_data.forms_by_version(db, keys),
        form_titles=report_data.form_titles(db),
        limit=limit,
        left_out=report_data.left_out(db, f),
        actions=action_items.read(db, [place.location_id for place in locations]),
    )


def build_coaching(
    db: Database,
    f: EncounterFilter,
    *,
    anonymize: bool = False,
    progress: Progress | None = None,
    generated: datetime | None = None,
    title: str | None = None,
    limit: int | None = CASES_PER_LOCATION,
    minimum: int = MIN_VISITS,
) -> bytes:
    """The coaching report as PDF bytes: at most `limit` visits of each kind per location
    (None: every tagged visit); behaviours answered fewer than `minimum` times are not
    singled out. Statuses default to submitted and approved."""
    title = title or t(TITLE)
    total_steps = 3
    data = coaching_data(db, f, limit=limit, minimum=minimum)
    if progress:
        progress(1, total_steps)
    story = render(data, reported(f), anonymize=anonymize, title=title, location=data.location)
    if progress:
        progress(2, total_steps)
    info = ReportInfo(
        title=title,
        subject=t("Mystery shopping coaching report: {period}", period=period_header(data.period)),
        period=period_header(data.period),
        generated=generated or datetime.now(UTC).astimezone(),
    )
    pdf = build_pdf(story, info, cover=True)
    if progress:
        progress(total_steps, total_steps)
    return pdf


# --- the story --------------------------------------------------------------------------------


def render(
    data: CoachingData,
    f: EncounterFilter,
    *,
    anonymize: bool = False,
    title: str | None = None,
    location: str | None = None,
) -> list[Flowable]:
    s = stylesheet()
    title = title or t(TITLE)
    story: list[Flowable] = [
        gap(3),
        Paragraph(markup(title), s.title),
        Paragraph(markup(period_header(data.period)), s.subtitle),
        gap(4),
        boxed([Paragraph(_notice(anonymize), s.callout)], background=FAIR_LIGHT, border=FAIR),
        gap(4),
        key_values(
            filter_rows(
                f,
                data.period,
                data.form_titles,
                anonymize=anonymize,
                location=location,
                left_out=data.left_out,
            )
        ),
        gap(2),
        Paragraph(t("At a glance"), s.h2),
    ]
    if not data.locations:
        story.append(Paragraph(t("No visits in this period."), s.body))
        return story
    story.append(Paragraph(_how_chosen(data.limit), s.muted))
    story.extend(_overview(data.locations))
    story.extend(_themes_pages(data))
    story.extend(action_items.section(data.actions, with_location=True))
    for place in data.locations:
        story.extend(_location_pages(place, data, anonymize=anonymize))
    return story


def _notice(anonymize: bool) -> str:
    if anonymize:
        return t(
            "This report is for coaching, not discipline. It is anonymized: observer aliases "
            "and staff descriptions are left out, though observers' notes may still describe "
            "what people said and did."
        )
    return (
        "<b>"
        + t("This report contains staff descriptions and is for coaching, not discipline.")
        + "</b> "
        + t(
            "Use it to talk through real encounters with the team: to repeat what worked "
            "and to practise what did not. Do not use it to rank, blame or sanction "
            "individuals, and do not share it beyond the people who coach."
        )
    )


def _how_chosen(limit: int | None) -> str:
    themes = t(
        "The themes count every visit in the period. Each location then shows the visits "
        "reviewers tagged, best practice first, each kind newest first."
    )
    if limit is None:
        return themes + " " + t("Every tagged visit is listed.")
    return (
        themes
        + " "
        + tn(
            limit,
            "At most {n} visit of each kind per location, the most instructive: for needs "
            "coaching, critical failures first, then visits with notes, then the most points "
            "missed; for best practice, visits with notes, then the highest score.",
            "At most {n} visits of each kind per location, the most instructive: for needs "
            "coaching, critical failures first, then visits with notes, then the most points "
            "missed; for best practice, visits with notes, then the highest score.",
        )
    )


def _overview(locations: Sequence[CoachingLocation]) -> list[Flowable]:
    s = stylesheet()
    header = [
        Paragraph(t("Location"), s.header_cell),
        Paragraph(t("Region"), s.header_cell),
        Paragraph(t("Visits"), s.header_cell_right),
        Paragraph(t("Best practice"), s.header_cell_right),
        Paragraph(t("Needs coaching"), s.header_cell_right),
        Paragraph(t("Shown"), s.header_cell_right),
    ]
    rows = [
        [
            para(shorten(place.name, 120), s.cell_bold),
            para(shorten(place.region or "", 80), s.cell_muted),
            Paragraph(format_count(place.visits), s.cell_right),
            Paragraph(format_count(place.best_practice), s.cell_right),
            Paragraph(format_count(place.needs_coaching), s.cell_right),
            Paragraph(format_count(len(place.cases)), s.cell_right),
        ]
        for place in locations
    ]
    # Tighter rows than other tables: the overview of 20 locations fits on the cover.
    tight = [(side, (0, 0), (-1, len(rows) - 1), 2) for side in ("TOPPADDING", "BOTTOMPADDING")]
    return data_tables(
        header, rows, [50 * mm, 32 * mm, 16 * mm, 22 * mm, 28 * mm, 22 * mm], extra=tight
    )


# --- themes -----------------------------------------------------------------------------------


def question_text(theme: Theme, data: CoachingData) -> str:
    """The question's words in the report's language."""
    return _text_of(data.forms.get((theme.form_id, theme.form_version)), theme.question_id)


def _text_of(form: Form | None, question_id: str) -> str:
    """A question's words in the report's language (its id when the form lacks it)."""
    question = form.question(question_id) if form else None
    if form is None or question is None or not question.text:
        return question_id
    return form.tr(question.text, language())


def _interval(estimate: Estimate) -> str:
    if estimate.low is None or estimate.high is None:
        return DASH
    return f"{one_decimal(estimate.low)}–{format_percent(estimate.high)}"


def _question_cell(theme: Theme, data: CoachingData, several_forms: bool) -> Paragraph:
    s = stylesheet()
    text = markup(shorten(question_text(theme, data), 300))
    if several_forms:
        form = data.forms.get((theme.form_id, theme.form_version))
        name = form.tr(form.title, language()) if form else theme.form_id
        text += f'<br/><font color="{hex_of(MUTED)}">{markup(shorten(name, 80))}</font>'
    return Paragraph(text, s.cell)


def _theme_cells(theme: Theme) -> list[Paragraph]:
    s = stylesheet()
    estimate = theme.share
    return [
        Paragraph(
            t("{missed} of {n}", missed=format_count(theme.missed), n=format_count(theme.answered)),
            s.cell_right,
        ),
        Paragraph("<b>" + format_percent(estimate.value) + "</b>", s.cell_right),
        Paragraph(_interval(estimate), s.cell_muted_right),
    ]


def _theme_header(first: Sequence[str]) -> list[Paragraph]:
    s = stylesheet()
    return [
        *(Paragraph(text, s.header_cell) for text in first),
        Paragraph(t("Less than full points"), s.header_cell_right),
        Paragraph(t("Share"), s.header_cell_right),
        Paragraph(t("95 % interval"), s.header_cell_right),
    ]


def _themes_pages(data: CoachingData) -> Iterator[Flowable]:
    s = stylesheet()
    minimum = data.themes.minimum
    several_forms = len({q.form_id for q in data.themes.overall}) > 1
    counted = [q for q in data.themes.overall if q.answered >= minimum]
    yield PageBreak()
    yield Paragraph(t("Coaching themes: the behaviours most often missed"), s.h1)
    yield Paragraph(
        t(
            "Per scored question: how many answers earned less than full points (none, or "
            "only part: “Partly” helped, a smile of 4 out of 5) of the visits that answered "
            "it, as a share with its 95 % interval. N/A and questions that were not shown "
            "are left out."
        ),
        s.muted,
    )
    if not counted:
        yield Paragraph(
            t("No question was answered at least {n} times in this period.", n=minimum), s.body
        )
        return
    header = [
        *_theme_header([t("Question")]),
        Paragraph(t("No points"), s.header_cell_right),
    ]
    overall = [
        [
            _question_cell(q, data, several_forms),
            *_theme_cells(q),
            Paragraph(format_count(q.none), s.cell_muted_right),
        ]
        for q in counted[:TOP_THEMES]
    ]
    yield from data_tables(header, overall, [78 * mm, 26 * mm, 18 * mm, 28 * mm, 20 * mm])
    thin = len(data.themes.overall) - len(counted)
    notes = []
    if len(counted) > TOP_THEMES:
        notes.append(
            tn(
                len(counted) - TOP_THEMES,
                "{n} more question is missed less often.",
                "{n} more questions are missed less often.",
            )
        )
    if thin:
        notes.append(
            tn(
                thin,
                "{n} question answered fewer than {minimum} times is left out.",
                "{n} questions answered fewer than {minimum} times are left out.",
                minimum=minimum,
            )
        )
    if notes:
        yield Paragraph(" ".join(notes), s.muted)
    yield Paragraph(t("Most missed at each location"), s.h2)
    intro = Paragraph(
        tn(
            minimum,
            "The three behaviours most often missed at each location, of the questions "
            "answered there at least {n} time.",
            "The three behaviours most often missed at each location, of the questions "
            "answered there at least {n} times.",
        ),
        s.muted,
    )
    intro.keepWithNext = True  # with the heading above it, on the page of the table's start
    yield intro
    header = _theme_header([t("Location"), t("Question")])
    rows: list[list[Paragraph]] = []
    shading: list[tuple[Any, ...]] = []  # every other location on a light band, not each row
    for number, place in enumerate(data.locations):
        top = data.themes.by_location.get(place.location_id, [])
        if not top:
            rows.append(
                [
                    para(shorten(place.name, 80), s.cell_bold),
                    Paragraph(t("Too few answers to single out a behaviour."), s.cell_muted),
                    Paragraph("", s.cell),
                    Paragraph("", s.cell),
                    Paragraph("", s.cell),
                ]
            )
        for index, q in enumerate(top):
            name = (
                para(shorten(place.name, 80), s.cell_bold) if index == 0 else Paragraph("", s.cell)
            )
            rows.append([name, _question_cell(q, data, several_forms), *_theme_cells(q)])
        first_row = len(rows) - max(len(top), 1)
        shading.append(
            (
                "BACKGROUND",
                (0, first_row),
                (-1, len(rows) - 1),
                ZEBRA if number % 2 else colors.white,
            )
        )
        shading.append(("LINEABOVE", (0, first_row), (-1, first_row), 0.6, GRID))
        # A location's rows stay on one page (its name is only on the first).
        shading.append(("NOSPLIT", (0, first_row), (-1, len(rows) - 1)))
    yield from data_tables(
        header, rows, [36 * mm, 62 * mm, 26 * mm, 18 * mm, 28 * mm], extra=shading
    )


# --- one location -----------------------------------------------------------------------------


def _location_pages(
    place: CoachingLocation, data: CoachingData, *, anonymize: bool
) -> Iterator[Flowable]:
    s = stylesheet()
    yield PageBreak()
    yield para(place.name, s.h1)
    facts = [
        tn(place.visits, "{n} visit in the period", "{n} visits in the period"),
        t(
            "{best} best practice, {coach} needs coaching",
            best=format_count(place.best_practice),
            coach=format_count(place.needs_coaching),
        ),
    ]
    region = markup(place.region) + " · " if place.region else ""
    yield Paragraph(region + " · ".join(facts), s.muted)
    top = data.themes.by_location.get(place.location_id, [])
    yield Paragraph(t("Most missed here"), s.h2)
    if top:
        several_forms = len({q.form_id for q in data.themes.overall}) > 1
        rows = [[_question_cell(q, data, several_forms), *_theme_cells(q)] for q in top]
        yield from data_tables(
            _theme_header([t("Question")]), rows, [98 * mm, 26 * mm, 18 * mm, 28 * mm]
        )
    else:
        yield Paragraph(
            tn(
                data.themes.minimum,
                "No question was answered here at least {n} time and missed.",
                "No question was answered here at least {n} times and missed.",
            ),
            s.muted,
        )
    here = [item for item in data.actions.items if item.location_id == place.location_id]
    if here:
        shown = action_items.ActionsShown(here, data.actions.forms)
        yield from action_items.section(shown, with_location=False, heading=t("Action items here"))
    best = [c for c in place.cases if coaching_kind(c) == BEST_PRACTICE]
    coach = [c for c in place.cases if coaching_kind(c) == NEEDS_COACHING]
    if not place.cases:
        yield Paragraph(t("No visit here is tagged best practice or needs coaching."), s.body)
    for heading, cases, tagged, more in (
        (t("Worth repeating"), best, place.best_practice, _more_best),
        (t("To practise"), coach, place.needs_coaching, _more_coaching),
    ):
        if not cases:
            continue
        # A heading stays with the first card (ReportLab's keepWithNext does not hold on to a
        # KeepTogether, so the heading goes inside it).
        yield KeepTogether([Paragraph(heading, s.h2), *_card(cases[0], data.forms, anonymize)])
        for case in cases[1:]:
            yield KeepTogether(_card(case, data.forms, anonymize))
        if tagged > len(cases):
            yield Paragraph(more(tagged - len(cases)), s.muted)
    # The prompts and the sign-off block make the meeting's page: kept together.
    yield KeepTogether([*_discussion(top, data, bool(best)), *_sign_off()])


def _more_best(more: int) -> str:
    return tn(
        more,
        "… and {n} more best-practice visit at this location.",
        "… and {n} more best-practice visits at this location.",
    )


def _more_coaching(more: int) -> str:
    return tn(
        more,
        "… and {n} more needs-coaching visit at this location.",
        "… and {n} more needs-coaching visits at this location.",
    )


def _tag_badge(tags: list[str]) -> str:
    parts = []
    if BEST_PRACTICE in tags:
        parts.append(f'<font color="{hex_of(GOOD)}"><b>{t("Best practice")}</b></font>')
    if NEEDS_COACHING in tags:
        parts.append(f'<font color="{hex_of(POOR)}"><b>{t("Needs coaching")}</b></font>')
    return " · ".join(parts)


def _card(
    case: NotableEncounter, forms: dict[tuple[str, int], Form], anonymize: bool
) -> list[Flowable]:
    """One visit, to keep on one page (see _card_of); text no font can draw is reported as
    this visit's."""
    with about_visit(case.id, case.location, case.visited_at):
        return _card_of(case, forms, anonymize)


def _card_of(
    case: NotableEncounter, forms: dict[tuple[str, int], Form], anonymize: bool
) -> list[Flowable]:
    """One visit, to keep on one page: a heading line, the staff description, the answers that
    earned less than full points, the notes (cut at NOTE_LIMIT characters: the visit report
    has them in full), the visit's id."""
    s = stylesheet()
    visited = case.visited_at
    parts = [
        _tag_badge(case.tags),
        f'<font color="{hex_of(TEXT)}">'
        + markup(format_day_clock(visited, anonymize=anonymize))
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
    card: list[Flowable] = [rule(), Paragraph(" · ".join(parts), s.note_meta)]
    details = []
    if shows_staff(anonymize):
        details.append(t("Staff:") + " " + (markup(shorten(case.staff, 300)) or t("not recorded")))
    if not anonymize:
        if case.observer:
            details.append(t("observer") + " " + markup(shorten(case.observer, 100)))
    details.append(t("visit {id}", id=markup(case.id)))
    card.append(Paragraph(" · ".join(details), s.muted))
    form = forms.get((case.form_id, case.form_version))
    if case.failed and form is not None:
        card.append(Paragraph(t("Answers that earned less than full points"), s.h3))
        card.extend(_missed_answers(case, form))
    notes = _cut(case.notes)
    if notes:
        card.append(Paragraph(t("Observer's notes"), s.h3))
        card.extend(text_flow(notes, s.note))
    card.extend(reviewer_note_box(_cut(case.reviewer_note)))
    card.append(gap(2))
    return card


def _cut(text: str) -> str:
    if len(text) <= NOTE_LIMIT:
        return text
    return shorten(text, NOTE_LIMIT) + " " + t("(the visit report has the rest)")


def _in_form_order(case: NotableEncounter, form: Form | None) -> list[FailedAnswer]:
    """A case's missed answers in the order of its form's questions."""
    order = {question.id: i for i, question in enumerate(form.questions())} if form else {}
    return sorted(case.failed, key=lambda a: (order.get(a.question_id, len(order)), a.question_id))


def _missed_answers(case: NotableEncounter, form: Form) -> Iterator[Paragraph]:
    s = stylesheet()
    for missed in _in_form_order(case, form):
        question = form.question(missed.question_id)
        if question is None:
            continue
        critical = getattr(question, "critical", False) and missed.earned <= 0
        mark = f' <font color="{hex_of(POOR)}">({t("critical")})</font>' if critical else ""
        points = t(
            "{earned} of {possible}",
            earned=format_points(missed.earned),
            possible=format_points(missed.possible),
        )
        yield Paragraph(
            markup(shorten(form.tr(question.text, language()), 300))
            + " — <b>"
            + markup(shorten(answer_words(form, question, missed.value), 200))
            + f"</b> ({points}){mark}",
            s.bullet,
            bulletText="•",
        )


def _discussion(top: Sequence[Theme], data: CoachingData, any_best: bool) -> Iterator[Flowable]:
    """Questions for the team meeting, from this location's most-missed behaviours."""
    s = stylesheet()
    prompts = [
        t(
            "“{question}” fell short in {missed} of {n} visits ({share}). What gets in the "
            "way, and what would help?",
            question=markup(shorten(question_text(q, data), 200)),
            missed=format_count(q.missed),
            n=format_count(q.answered),
            share=format_percent(q.share.value),
        )
        for q in top
    ]
    if any_best:
        prompts.append(t("What did the visits worth repeating do that everyone could do?"))
    prompts.append(
        t(
            "Which one behaviour will the team practise before the next visits, and how "
            "will you know it worked?"
        )
    )
    yield Paragraph(t("For discussion"), s.h2)
    for prompt in prompts:
        yield Paragraph(prompt, s.bullet, bulletText="•")


def _sign_off() -> list[Flowable]:
    """A table for the trainer to fill in: agreed actions, owners, due dates, signatures."""
    s = stylesheet()
    line = 9 * mm
    actions = Table(
        [
            [
                Paragraph(t("Agreed action"), s.header_cell),
                Paragraph(t("Owner"), s.header_cell),
                Paragraph(t("Due"), s.header_cell),
            ],
            *([""] * 3 for _ in range(SIGN_OFF_ROWS)),
        ],
        colWidths=[100 * mm, 40 * mm, 30 * mm],
        rowHeights=[None, *([line] * SIGN_OFF_ROWS)],
        hAlign="LEFT",
    )
    actions.setStyle(
        house_style(
            [
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("GRID", (0, 1), (-1, -1), 0.4, GRID),
                ("BOX", (0, 0), (-1, -1), 0.4, GRID),
            ]
        )
    )
    # Room to sign above a line, the role below it.
    signatures = Table(
        [
            [""] * 5,
            [
                Paragraph(t("Trainer"), s.cell_muted),
                "",
                Paragraph(t("Store manager"), s.cell_muted),
                "",
                Paragraph(t("Date"), s.cell_muted),
            ],
        ],
        colWidths=[65 * mm, 8 * mm, 65 * mm, 8 * mm, 24 * mm],
        rowHeights=[12 * mm, None],
        hAlign="LEFT",
    )
    signatures.setStyle(
        house_style(
            [
                *(("LINEBELOW", (col, 0), (col, 0), 0.6, TEXT) for col in (0, 2, 4)),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [Paragraph(t("Agreed actions and sign-off"), s.h2), actions, gap(2), signatures]


# --- the same figures as data -----------------------------------------------------------------


def build_coaching_json(
    db: Database,
    f: EncounterFilter,
    limit: int | None = CASES_PER_LOCATION,
    min_visits: int = MIN_VISITS,
) -> str:
    """The coaching report's figures as JSON text (UTF-8, indented, ending in a newline):
    what `report coaching --format json` writes (reports.build_figures), at most `limit`
    visits of each kind per location (None: all)."""
    data = coaching_data(db, f, limit=limit, minimum=min_visits)
    return json.dumps(coaching_json(data), indent=2, ensure_ascii=False) + "\n"


def coaching_json(data: CoachingData) -> dict[str, Any]:
    """The coaching report's figures as JSON-ready data (docs/REPORT-JSON.md, "Coaching"):
    no free text (notes, staff, observers), so it can go to BI tools."""

    def theme(q: Theme) -> dict[str, Any]:
        estimate = q.share
        return {
            "form": q.form_id,
            "question_id": q.question_id,
            "question": question_text(q, data),
            "missed": q.missed,
            "none": q.none,
            "n": q.answered,
            "share": estimate.value,
            "low": estimate.low,
            "high": estimate.high,
        }

    def case(c: NotableEncounter) -> dict[str, Any]:
        form = data.forms.get((c.form_id, c.form_version))
        return {
            "id": c.id,
            "date": c.visited_at.isoformat(),
            "kind": coaching_kind(c),
            "tags": c.tags,
            "score": c.score,
            "critical_failure": c.critical_fail,
            "missed": [
                {
                    "question_id": a.question_id,
                    "question": _text_of(form, a.question_id),
                    "earned": a.earned,
                    "possible": a.possible,
                }
                for a in _in_form_order(c, form)
            ],
        }

    # The summary's shape for what both have (format, filter, period, left_out).
    from mysteryshop.reports.summary_json import filter_json, period_json

    minimum = data.themes.minimum
    f = data.filter
    visits = sum(place.visits for place in data.locations)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "filter": filter_json(f, data.location),
        "period": period_json(data.period, visits) if data.period else None,
        "left_out": dict(data.left_out),
        "minimum_answers": minimum,
        "cases_per_location": data.limit,
        "themes": [theme(q) for q in data.themes.overall if q.answered >= minimum],
        "locations": [
            {
                "id": place.location_id,
                "name": place.name,
                "region": place.region,
                "visits": place.visits,
                "needs_coaching": place.needs_coaching,
                "best_practice": place.best_practice,
                "shown": len(place.cases),
                "more": place.more,
                "themes": [theme(q) for q in data.themes.by_location.get(place.location_id, [])],
                "cases": [case(c) for c in place.cases],
            }
            for place in data.locations
        ],
    }
