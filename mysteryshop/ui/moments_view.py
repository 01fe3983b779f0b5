"""Moments worth repeating: the visits a reviewer tagged best practice and the notes of
clearly uplifted visits (store/moments.py), newest first, as cards that tell the story first
(the observer's note), then where, when and how it felt. Searchable and filtered by period
and location; Enter or a double-click opens the visit's review; "Save PDF…" writes the
moments report of what is shown (reports/moments.py) in a worker thread."""

from __future__ import annotations

import html
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mysteryshop import periods, reports
from mysteryshop.store import moments, queries
from mysteryshop.store.records import EncounterFilter
from mysteryshop.store.report_data import NotableEncounter
from mysteryshop.ui import display, theme
from mysteryshop.ui.log_view import OptionalDateEdit, search_field
from mysteryshop.ui.ops import Refresher
from mysteryshop.ui.reports_view import report_language
from mysteryshop.ui.saved_file import PdfJob, SavedFile
from mysteryshop.ui.workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
NOTE_LIMIT = 700  # characters of a story on a card: the review has the rest
PADDING = 10  # pixels around a card's text


class _CardDelegate(QStyledItemDelegate):
    """Paints an item's HTML card (HTML_ROLE), wrapped to the list's width, with a hairline
    under it; its plain text (DisplayRole) is what assistive technology reads."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        width = option.rect.width() if option.rect.width() > 0 else 600
        document.setTextWidth(max(width - 2 * PADDING, 100))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        rect = option.rect
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, theme.ACCENT_LIGHT)
        painter.setPen(theme.GRID)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        document = self._document(option, index)  # type: ignore[arg-type]
        painter.translate(rect.left() + PADDING, rect.top() + PADDING)
        context = QAbstractTextDocumentLayout.PaintContext()
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        document = self._document(option, index)  # type: ignore[arg-type]
        return QSize(int(document.idealWidth()), int(document.size().height()) + 2 * PADDING)


class MomentsView(QWidget):
    """The Moments page. `open_requested(encounter id)` asks to open a visit's review;
    `report_created(path)` or `report_failed(message)` follows every "Save PDF…"."""

    open_requested = Signal(str)
    report_created = Signal(str)
    report_failed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._shown: list[NotableEncounter] = []
        self.total = 0
        self.page_size = moments.PAGE  # moments read at a time ("Show more" reads the next)

        heading = QLabel(self.tr("Moments worth repeating"))
        heading.setProperty("role", "heading")
        self.count_label = QLabel()
        self.count_label.setProperty("role", "muted")
        intro = QLabel(
            self.tr(
                "Visits a reviewer tagged best practice, and the notes of visits that left "
                "the observer clearly uplifted: the stories to tell the teams, and to thank "
                "them for. Enter opens the visit."
            )
        )
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)

        self.search, self._search_timer = search_field(self, self.reload)

        self.period_box = QComboBox()
        self.period_box.setAccessibleName(self.tr("Period"))
        self.period_box.addItem(self.tr("Chosen dates"), None)  # the dates as set by hand
        for key, _english in periods.PRESETS:
            self.period_box.addItem(display.period_preset_name(key), key)
        self.period_box.setCurrentIndex(self.period_box.findData("all"))
        self.period_box.currentIndexChanged.connect(self.on_period_chosen)
        self.date_from = OptionalDateEdit(self.tr("any"))
        self.date_from.setAccessibleName(self.tr("Visited from"))
        self.date_to = OptionalDateEdit(self.tr("any"))
        self.date_to.setAccessibleName(self.tr("Visited until"))
        for edit in (self.date_from, self.date_to):
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00/00/0000") + 44)
            edit.dateChanged.connect(self.on_dates_edited)
        self.location_box = QComboBox()
        self.location_box.setAccessibleName(self.tr("Location"))
        self.location_box.setMinimumContentsLength(16)
        self.location_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.location_box.currentIndexChanged.connect(self.reload)
        self.anonymize_box = QCheckBox(self.tr("Leave out staff"))
        self.anonymize_box.setToolTip(
            self.tr(
                "Show no staff descriptions here, and make the PDF anonymized (no observer "
                "aliases or staff descriptions, times to the hour)."
            )
        )
        self.anonymize_box.toggled.connect(self._show_cards)
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setToolTip(
            self.tr("The moments shown, grouped by location, as a short PDF (Alt+S)")
        )
        self.save_button.clicked.connect(self.on_save_clicked)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress.hide()

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Moments"))
        self.list.setItemDelegate(_CardDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # cards re-wrap on resize
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self.on_item_activated)
        self.empty_label = QLabel()
        self.empty_label.setProperty("role", "subheading")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.more_button = QPushButton(self.tr("Show more"))
        self.more_button.clicked.connect(self.load_more)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        title_row = QHBoxLayout()
        title_row.addWidget(heading)
        title_row.addStretch(1)
        title_row.addWidget(self.count_label)
        search_row = QHBoxLayout()
        search_row.setSpacing(8)
        search_row.addWidget(self.search, 1)
        search_row.addSpacing(8)
        search_row.addWidget(self.period_box)
        search_row.addWidget(self.date_from)
        search_row.addWidget(QLabel(self.tr("to")))
        search_row.addWidget(self.date_to)
        search_row.addWidget(self.location_box)
        actions = QHBoxLayout()
        actions.addWidget(self.anonymize_box)
        actions.addStretch(1)
        actions.addWidget(self.progress)
        actions.addWidget(self.save_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        self.saved = SavedFile()
        self.job = PdfJob(
            self.save_button,
            self.status,
            self.saved,
            self.progress,
            can_start=lambda: bool(self._shown),
            parent=self,
        )
        self.job.created.connect(self.report_created)
        self.job.failed.connect(self.report_failed)
        bottom.addWidget(self.saved)
        bottom.addWidget(self.more_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(title_row)
        layout.addWidget(intro)
        layout.addLayout(search_row)
        layout.addLayout(actions)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(bottom)

        self.refresher = Refresher(
            self,
            workspace,
            lambda _changes: self.refresh(),
            lambda c: c.touches("encounters", "locations"),
            stale=True,
        )

    # --- what is shown ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the locations and the moments."""
        keep = self.location_box.currentData()
        self.location_box.blockSignals(True)
        self.location_box.clear()
        self.location_box.addItem(self.tr("All locations"), None)
        for location in queries.list_locations(self.workspace.db):
            self.location_box.addItem(location.name, location.id)
        index = self.location_box.findData(keep) if keep is not None else 0
        self.location_box.setCurrentIndex(max(index, 0))
        self.location_box.blockSignals(False)
        self.reload()

    def current_filter(self) -> EncounterFilter:
        """What is shown: the search, the dates and the location (reported visits only:
        store.moments applies EncounterFilter.reported)."""

        def start_of(day: QDate) -> datetime:
            return datetime.combine(date(day.year(), day.month(), day.day()), time()).astimezone()

        first, last = self.date_from.value(), self.date_to.value()
        return EncounterFilter(
            location=self.location_box.currentData(),
            date_from=start_of(first) if first is not None else None,
            date_to=start_of(last) + timedelta(days=1) if last is not None else None,
            text=self.search.text().strip() or None,
        )

    @Slot()
    def reload(self) -> None:
        """Read the first page of moments for the current filter."""
        self._search_timer.stop()
        self.refresher.mark_fresh()
        page = moments.find_moments(self.workspace.db, self.current_filter(), limit=self.page_size)
        self._shown = page.moments
        self.total = page.total
        self._show_cards()

    @Slot()
    def load_more(self) -> None:
        """Append the next page."""
        page = moments.find_moments(
            self.workspace.db, self.current_filter(), limit=self.page_size, offset=len(self._shown)
        )
        self._shown.extend(page.moments)
        self.total = page.total
        self._show_cards(keep_row=True)

    @Slot()
    def _show_cards(self, *_args: object, keep_row: bool = False) -> None:
        row = self.list.currentRow()
        self.list.clear()
        from mysteryshop.reports.common import shows_staff  # not at start: it imports ReportLab

        staff = shows_staff(self.anonymize_box.isChecked())
        for moment in self._shown:
            item = QListWidgetItem(self._plain(moment, staff))
            item.setData(ID_ROLE, moment.id)
            item.setData(HTML_ROLE, self._card(moment, staff))
            self.list.addItem(item)
        if self._shown:
            self.list.setCurrentRow(row if keep_row and row >= 0 else 0)
        self.count_label.setText(
            self.tr("%n moments", "", self.total)
            if len(self._shown) >= self.total
            else self.tr("%1 of %2 moments shown")
            .replace("%1", display.count_text(len(self._shown)))
            .replace("%2", display.count_text(self.total))
        )
        self.more_button.setVisible(len(self._shown) < self.total)
        self.list.setVisible(bool(self._shown))
        self.empty_label.setVisible(not self._shown)
        f = self.current_filter()
        narrowed = f.text or f.location or f.date_from or f.date_to
        self.empty_label.setText(
            self.tr("No moments match these filters.")
            if narrowed
            else self.tr(
                "No moments yet. Tag a visit best practice in its review, or record how a "
                "visit left you feeling: clearly uplifted visits with notes show here."
            )
        )
        self.save_button.setEnabled(not self.job.running and bool(self._shown))

    def _plain(self, moment: NotableEncounter, staff: bool) -> str:
        parts = [
            moment.notes.strip() or self.tr("No notes"),
            f"{moment.location} · {display.date_time_text(moment.visited_at)}",
        ]
        if moment.feeling is not None:
            parts.append(display.feeling_long(moment.feeling))
        if staff and moment.staff:
            parts.append(self.tr("Staff: %1").replace("%1", moment.staff))
        return "\n".join(parts)

    def _card(self, moment: NotableEncounter, staff: bool) -> str:
        """The card: the story (the note, quoted), then where, when, how it felt, the score
        and tags, the staff (where the coaching report shows them), the reviewer's note."""

        def esc(text: str) -> str:
            return html.escape(text).replace("\n", "<br>")

        notes = moment.notes.strip()
        if len(notes) > NOTE_LIMIT:
            notes = notes[:NOTE_LIMIT].rstrip() + "…"
        muted, text = theme.MUTED.name(), theme.TEXT.name()
        story = (
            f'<p style="font-size:large; color:{text};">'
            + esc(self.tr("“%1”").replace("%1", notes))
            + "</p>"
            if notes
            else f'<p style="color:{muted};"><i>'
            + esc(self.tr("No notes: tagged best practice by the reviewer."))
            + "</i></p>"
        )
        facts = [
            f"<b>{esc(moment.location)}</b>",
            esc(display.date_time_text(moment.visited_at)),
        ]
        if moment.feeling is not None:
            colour = theme.FEELING_COLOURS.get(moment.feeling, theme.MUTED).name()
            facts.append(
                f'<span style="color:{colour};">{esc(display.feeling_long(moment.feeling))}</span>'
            )
        if moment.score is not None:
            colour = theme.score_colour(moment.score).name()
            score = display.score_text(moment.score) + "\u00a0%"
            facts.append(f'<span style="color:{colour};">{esc(score)}</span>')
        facts.extend(
            f'<span style="color:{theme.GOOD.name()};"><b>{esc(display.tag_name(tag))}</b></span>'
            for tag in moment.tags
        )
        out = story + f'<p style="color:{muted};">' + " · ".join(facts) + "</p>"
        if staff and moment.staff:
            out += (
                f'<p style="color:{muted};">'
                + esc(self.tr("Staff: %1").replace("%1", moment.staff))
                + "</p>"
            )
        if moment.reviewer_note.strip():
            note = self.tr("Reviewer: %1").replace("%1", moment.reviewer_note.strip())
            out += f'<p style="color:{theme.ACCENT.name()};"><i>{esc(note)}</i></p>'
        return out

    # --- period -------------------------------------------------------------------------------

    @Slot(int)
    def on_period_chosen(self, _index: int) -> None:
        """A preset fills in the dates (none for all time)."""
        key = self.period_box.currentData()
        if key is None:  # "Chosen dates": the dates stay as they are
            return
        period = periods.preset(key, date.today())
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
        if period is None:
            self.date_from.clear_value()
            self.date_to.clear_value()
        else:
            self.date_from.setDate(QDate(period.first))
            self.date_to.setDate(QDate(period.last))
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(False)
        self.reload()

    @Slot()
    def on_dates_edited(self) -> None:
        """Dates set by hand are the page's own: the period reads "Chosen dates"."""
        self.period_box.blockSignals(True)
        self.period_box.setCurrentIndex(0)
        self.period_box.blockSignals(False)
        self.reload()

    # --- opening ------------------------------------------------------------------------------

    def selected_moment(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    @Slot(QListWidgetItem)
    def on_item_activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(str(item.data(ID_ROLE)))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- the PDF ------------------------------------------------------------------------------

    @Slot()
    def on_save_clicked(self) -> None:
        if self.job.running:
            return
        stamp = QDate.currentDate().toString("yyyy-MM-dd")
        path, _selected = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the moments as"),
            str(Path.home() / f"moments-{stamp}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self.save_pdf(target)

    def save_pdf(self, path: Path) -> None:
        """Write the moments report of what is shown to `path` in a worker thread."""
        db = self.workspace.db
        f = self.current_filter()
        options = reports.ReportOptions(
            lang=report_language(), anonymize=self.anonymize_box.isChecked()
        )

        def work(progress: Any) -> str:  # a worker thread: no widgets here
            pdf = reports.build_report("moments", db, f, options=options, progress=progress)
            reports.write_pdf(path, pdf)
            return str(path)

        self.job.start(work)
