"""The action items a report shows (issue 16: the coaching loop): the ones still to be acted on
(open, or done but missed again: reopened) at the locations the report covers, with their due
dates, overdue and reopened marks in words, and whether the visits since held, with n. The
per-location summary and the coaching report print the same section."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from mysteryshop.forms import Form
from mysteryshop.reports.i18n import label, language, t, tn
from mysteryshop.reports.styles import (
    POOR,
    data_tables,
    format_date,
    hex_of,
    markup,
    shorten,
    stylesheet,
)
from mysteryshop.store import actions
from mysteryshop.store.actions import ActionItemData
from mysteryshop.store.db import Database
from mysteryshop.vocabulary import ACTION_STATE_LABELS, dimension_label


@dataclass
class ActionsShown:
    """The outstanding action items of a report's locations, and the forms that word their
    questions."""

    items: list[ActionItemData] = field(default_factory=list)
    forms: dict[str, Form] = field(default_factory=dict)


def read(db: Database, location_ids: Sequence[str], today: date | None = None) -> ActionsShown:
    """The outstanding action items at these locations (store/actions.outstanding)."""
    if not location_ids:
        return ActionsShown()
    items = actions.outstanding(db, location_ids, today=today)
    return ActionsShown(items, actions.newest_forms(db) if items else {})


def about_text(item: ActionItemData, forms: dict[str, Form]) -> str:
    """The question's words in the report's language, or the dimension's name."""
    if item.dimension is not None:
        return dimension_label(item.dimension, label)
    form = forms.get(item.form_id or "")
    question = form.question(item.question_id or "") if form else None
    if form is None or question is None:
        return item.question_id or ""
    return form.tr(question.text, language())


def state_text(item: ActionItemData) -> str:
    """'Open · overdue', 'Done · reopened': the marks in words, in red."""
    marks = []
    if item.overdue:
        marks.append(t("overdue"))
    if item.reopened:
        marks.append(t("reopened"))
    state = label(ACTION_STATE_LABELS[item.state])
    if not marks:
        return state
    return f"{state} · <font color='{hex_of(POOR)}'><b>{' · '.join(marks)}</b></font>"


def follow_up_text(item: ActionItemData) -> str:
    """'held 3 of 4 visits since' (or that no visit since answered it)."""
    n = item.follow_up.n
    if n == 0:
        return t("no visits since")
    return tn(
        n, "held {held} of {n} visit since", "held {held} of {n} visits since",
        held=item.follow_up.held,
    )  # fmt: skip


def section(
    shown: ActionsShown, *, with_location: bool, heading: str | None = None
) -> list[Flowable]:
    """A heading, a line of counts and the table of the outstanding action items; nothing
    when there are none."""
    if not shown.items:  # a programme that does not use action items sees no empty section
        return []
    s = stylesheet()
    title = Paragraph(heading or t("Open action items"), s.h2)
    counts = actions.counts(shown.items)
    line = " · ".join(
        [
            tn(counts.open, "{n} open", "{n} open"),
            tn(counts.overdue, "{n} overdue", "{n} overdue"),
            tn(counts.reopened, "{n} reopened", "{n} reopened"),
        ]
    )
    intro = Paragraph(
        line
        + ". "
        + t(
            "Overdue: open and due before today. Reopened: done, but a visit after it was "
            "closed missed the standard again. The follow-up counts the visits since the "
            "action was made that answered its question."
        ),
        s.muted,
    )
    header = [
        Paragraph(text, s.header_cell)
        for text in (
            *([t("Location")] if with_location else []),
            t("About"),
            t("What"),
            t("Owner (role)"),
            t("Due"),
            t("State"),
            t("Follow-up"),
        )
    ]
    rows = []
    for item in shown.items:
        cells = [
            *(
                [Paragraph(markup(shorten(item.location_name, 60)), s.cell)]
                if with_location
                else []
            ),
            Paragraph(markup(shorten(about_text(item, shown.forms), 160)), s.cell),
            Paragraph(markup(shorten(item.what, 300)), s.cell),
            Paragraph(markup(shorten(item.owner_role, 60)) or "—", s.cell),
            Paragraph(format_date(item.due_on) if item.due_on else "—", s.cell),
            Paragraph(state_text(item), s.cell),
            Paragraph(follow_up_text(item), s.cell),
        ]
        rows.append(cells)
    widths = [38 * mm, 40 * mm, 24 * mm, 22 * mm, 22 * mm, 24 * mm]
    if with_location:
        widths = [22 * mm, 26 * mm, 32 * mm, 22 * mm, 22 * mm, 22 * mm, 24 * mm]
    tables = data_tables(header, rows, widths)
    return [KeepTogether([title, intro, tables[0]]), *tables[1:]]
