"""Moments worth repeating: a short PDF of the stories a trainer tells in a team meeting (the
visits a reviewer tagged best practice, and the notes of visits that left the observer
clearly uplifted; store/moments.py says which), for one location or the whole company over a
period. A cover line with the n's, then the moments grouped by location, each a quoted story
with its date, feeling and tags: at most `per_location` of each location's best, saying how
many more there are. Staff descriptions only where the coaching report shows them
(common.shows_staff)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from mysteryshop.periods import Period
from mysteryshop.reports.common import (
    feeling_words,
    filter_rows,
    location_label,
    period_header,
    shows_staff,
    tag_name,
)
from mysteryshop.reports.i18n import t, tn
from mysteryshop.reports.styles import (
    FEELING_COLOURS,
    GOOD,
    GOOD_LIGHT,
    MUTED,
    TEXT,
    Progress,
    ReportInfo,
    about_visit,
    boxed,
    build_pdf,
    format_day_clock,
    format_percent,
    gap,
    hex_of,
    key_values,
    markup,
    para,
    reviewer_note_box,
    rule,
    score_colour,
    shorten,
    stylesheet,
    text_flow,
)
from mysteryshop.store import moments, report_data
from mysteryshop.store.db import Database
from mysteryshop.store.moments import MomentPlace
from mysteryshop.store.records import EncounterFilter
from mysteryshop.store.report_data import NotableEncounter

# In English: t() gives it in the report's language.
TITLE = "Moments worth repeating"
NOTE_LIMIT = 900  # characters of a story: the visit report has the rest
REVIEW_LIMIT = 400  # characters of the reviewer's note


@dataclass
class MomentsData:
    """Everything the report shows, read once."""

    filter: EncounterFilter  # as reported: the statuses counted
    location: str | None  # the filter's location by name
    period: Period | None
    visits: int  # reported visits in the filter
    total: int  # moments among them
    places: list[MomentPlace]
    form_titles: dict[str, str]
    left_out: dict[str, int]
    per_location: int | None


def moments_data(
    db: Database, f: EncounterFilter, *, per_location: int | None = moments.PER_LOCATION
) -> MomentsData:
    f = f.reported()
    places = moments.moments_by_location(db, f, per_location=per_location)
    return MomentsData(
        filter=f,
        location=location_label(db, f),
        period=report_data.report_period(db, f),
        visits=moments.reported_visits(db, f),
        total=sum(place.total for place in places),
        places=places,
        form_titles=report_data.form_titles(db),
        left_out=report_data.left_out(db, f),
        per_location=per_location,
    )


def build_moments(
    db: Database,
    f: EncounterFilter,
    *,
    anonymize: bool = False,
    progress: Progress | None = None,
    generated: datetime | None = None,
    title: str | None = None,
    per_location: int | None = moments.PER_LOCATION,
) -> bytes:
    """The report as PDF bytes: at most `per_location` moments per location (None: all).
    Statuses default to submitted and approved."""
    title = title or t(TITLE)
    data = moments_data(db, f, per_location=per_location)
    if progress:
        progress(1, 3)
    story = render(data, anonymize=anonymize, title=title)
    if progress:
        progress(2, 3)
    period = period_header(data.period)
    info = ReportInfo(
        title=title,
        subject=t("Mystery shopping moments worth repeating: {period}", period=period),
        period=period,
        generated=generated or datetime.now(UTC).astimezone(),
    )
    pdf = build_pdf(story, info, cover=True)
    if progress:
        progress(3, 3)
    return pdf


def render(
    data: MomentsData, *, anonymize: bool = False, title: str | None = None
) -> list[Flowable]:
    s = stylesheet()
    rows = filter_rows(
        data.filter,
        data.period,
        data.form_titles,
        anonymize=anonymize,
        location=data.location,
        visits=data.visits,
        left_out=data.left_out,
    )
    if data.filter.text:
        rows.insert(2, (t("Search"), data.filter.text))
    story: list[Flowable] = [
        gap(3),
        Paragraph(markup(title or t(TITLE)), s.title),
        Paragraph(markup(period_header(data.period)), s.subtitle),
        gap(4),
        Paragraph(_cover_line(data), s.lead),
        boxed(
            [
                Paragraph(
                    t(
                        "The stories to tell in a team meeting: visits a reviewer tagged best "
                        "practice, and visits that left the observer clearly uplifted, in the "
                        "observers' own words. Thank the people behind them: these are for "
                        "coaching, not for ranking anyone."
                    ),
                    s.callout,
                )
            ],
            background=GOOD_LIGHT,
            border=GOOD,
        ),
        gap(4),
        key_values(rows),
    ]
    if not data.places:
        story.append(gap(4))
        story.append(
            Paragraph(
                t("No moments worth repeating in this period.")
                if data.visits
                else t("No visits in this period."),
                s.body,
            )
        )
        return story
    if data.per_location is not None:
        story.append(gap(2))
        story.append(
            Paragraph(
                tn(
                    data.per_location,
                    "Each location shows at most {n} moment, its best: tagged best practice "
                    "first, then the clearly uplifted, then the highest score.",
                    "Each location shows at most its {n} best moments: tagged best practice "
                    "first, then the clearly uplifted, then the highest score.",
                ),
                s.muted,
            )
        )
    for place in data.places:
        story.extend(_place(place, anonymize=anonymize))
    return story


def _cover_line(data: MomentsData) -> str:
    """'12 moments worth repeating of 340 visits, at 4 locations'."""
    line = (
        tn(data.total, "{n} moment worth repeating", "{n} moments worth repeating")
        + " "
        + tn(data.visits, "of {n} visit", "of {n} visits")
    )
    if len(data.places) > 1:
        line += ", " + tn(len(data.places), "at {n} location", "at {n} locations")
    return line


def _place(place: MomentPlace, *, anonymize: bool) -> list[Flowable]:
    s = stylesheet()
    facts = (
        tn(place.total, "{n} moment", "{n} moments")
        + " "
        + tn(place.visits, "of {n} visit", "of {n} visits")
    )
    region = markup(place.region) + " · " if place.region else ""
    out: list[Flowable] = [
        CondPageBreak(70 * mm),
        para(place.name, s.h1),
        Paragraph(region + facts, s.muted),
    ]
    for moment in place.moments:
        with about_visit(moment.id, moment.location, moment.visited_at):
            out.append(KeepTogether(_story(moment, anonymize=anonymize)))
    if place.more > 0:
        out.append(
            Paragraph(
                tn(
                    place.more,
                    "… and {n} more moment at this location.",
                    "… and {n} more moments at this location.",
                ),
                s.muted,
            )
        )
    return out


def _story(moment: NotableEncounter, *, anonymize: bool) -> list[Flowable]:
    """The story first (the observer's notes, quoted), then where and when, the feeling, the
    score and the tags, the staff (where shown) and the reviewer's note."""
    s = stylesheet()
    out: list[Flowable] = [rule(space_before=6, space_after=4)]
    notes, rest = _cut(moment.notes, NOTE_LIMIT)
    if notes:
        # The quote closes before the pointer; quotation marks as the language writes them.
        out.extend(text_flow(t("“{story}”", story=notes) + rest, s.lead))
    else:
        out.append(Paragraph(t("No notes: tagged best practice by the reviewer."), s.muted))
    visited = moment.visited_at
    parts = [
        f'<font color="{hex_of(TEXT)}"><b>{markup(shorten(moment.location, 120))}</b></font>',
        markup(format_day_clock(visited, anonymize=anonymize)),
    ]
    if moment.feeling is not None:
        colour = FEELING_COLOURS.get(moment.feeling, MUTED)
        parts.append(f'<font color="{hex_of(colour)}">{feeling_words(moment.feeling)}</font>')
    parts.append(
        t("score")
        + " "
        + f'<font color="{hex_of(score_colour(moment.score))}">'
        + f"{format_percent(moment.score)}</font>"
    )
    if moment.tags:
        parts.append(", ".join(markup(tag_name(tag)) for tag in moment.tags))
    out.append(Paragraph(" · ".join(parts), s.small))
    if shows_staff(anonymize) and moment.staff:
        out.append(Paragraph(t("Staff:") + " " + markup(shorten(moment.staff, 300)), s.muted))
    review, rest = _cut(moment.reviewer_note, REVIEW_LIMIT)
    if review:
        out.append(gap(1))
        out.extend(reviewer_note_box(review + rest))
    return out


def _cut(text: str, limit: int) -> tuple[str, str]:
    """`text` cut to `limit` characters, and the pointer to the rest ("" when whole)."""
    text = text.strip()
    if len(text) <= limit:
        return text, ""
    return shorten(text, limit), " " + t("(the visit report has the rest)")
