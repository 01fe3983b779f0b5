"""Recording an encounter: the visit's details, the form rendered for answering, the visit
timer, a live score, autosave of drafts and submitting. Everything goes through store/."""

from __future__ import annotations

from html import escape
from itertools import pairwise
from typing import Any, TypeVar

from PySide6.QtCore import QLocale, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mysteryshop import workflow
from mysteryshop.changes import Changes
from mysteryshop.forms import (
    Form,
    FormError,
    answer_problems,
    check_answer,
    missing_required,
    timer_answers,
    timer_durations,
    visible_questions,
)
from mysteryshop.store import drafts, queries, trash
from mysteryshop.store.db import StoreError
from mysteryshop.store.records import EncounterData, new_id
from mysteryshop.ui import display, theme, trash_view
from mysteryshop.ui.editor_attachments import EditorAttachments
from mysteryshop.ui.editor_autosave import Autosave, SaveRequest
from mysteryshop.ui.editor_banner import Banner
from mysteryshop.ui.editor_drafts import DraftsButton
from mysteryshop.ui.editor_form import FormView, QuestionRow
from mysteryshop.ui.editor_header import VisitHeader, format_moment
from mysteryshop.ui.editor_score import ScoreSummary, show_live
from mysteryshop.ui.editor_style import CARD_MARGINS, editor_style_sheet
from mysteryshop.ui.editor_timer import EVENTS, VisitTimer, event_names, local_now
from mysteryshop.ui.ops import Refresher, announce
from mysteryshop.ui.workspace import Workspace

DEFAULT_FORM = "service-encounter"
COLUMN_WIDTH = 860  # the form column's maximum width: lines stay readable
SIDE_WIDTH = 300
W = TypeVar("W", bound=QWidget)


class EncounterEditor(QWidget):
    """Record a new encounter or continue a draft. `submitted(id)` after a successful submit,
    `closed` when the observer closes the editor (work kept as a draft)."""

    submitted = Signal(str)
    closed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.db = workspace.db
        self.lang = QLocale().name()[:2]
        self.form: Form | None = None
        self.record: EncounterData | None = None  # what the widgets do not hold
        self.form_view: FormView | None = None
        self._loading = False
        self._announced = False  # this encounter's first save seen (titles, drafts count)
        self._submitting = False
        self._missing_shown = False
        self.setObjectName("editorPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(editor_style_sheet())

        self._build()
        self.autosave = Autosave(self.db, self._save_request, self)
        self.autosave.state_changed.connect(self.on_save_state)
        self.autosave.stored.connect(self.on_stored)
        for event, _label, key in EVENTS:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda event=event: self.on_timer_key(event))
        self._show_empty()
        # The drafts count and the header's lists, when other views change them.
        self.refresher = Refresher(
            self,
            workspace,
            lambda _changes: self.refresh(),
            lambda c: c.touches("encounters", "locations", "forms"),
            stale=True,
        )

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.header = VisitHeader(self.db)
        self.header.changed.connect(self.on_changed)
        self.header.form_chosen.connect(self.on_form_chosen)
        self.header.observer.editingFinished.connect(self.remember_observer)
        self.header.location.added.connect(self.on_location_added)
        self.form_holder = QVBoxLayout()  # the FormView of the open encounter goes here
        self.form_holder.setContentsMargins(0, 0, 0, 0)
        self.column = _named(QWidget(), "editorColumn")
        self.column.setMaximumWidth(COLUMN_WIDTH)
        column = QVBoxLayout(self.column)
        column.setContentsMargins(0, 20, 0, 28)
        column.setSpacing(18)
        column.addWidget(self.header)
        column.addLayout(self.form_holder)
        column.addWidget(self._build_notes())
        self.attachments_panel = EditorAttachments(self.workspace)
        column.addWidget(self.attachments_panel)
        column.addStretch(1)
        centre = _named(QWidget(), "editorColumn")
        centring = QHBoxLayout(centre)
        centring.setContentsMargins(24, 0, 24, 0)
        centring.addWidget(self.column, 1)
        self.form_scroll = _scroll_area(centre)

        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(self.form_scroll, 1)
        body_layout.addWidget(self._build_side())

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(self._build_banners())  # in view whatever is scrolled to
        page_layout.addWidget(body, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_empty())
        self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_top_bar())
        layout.addWidget(self.pages, 1)

    def _build_top_bar(self) -> QFrame:
        """What is open, whether it is saved, and the drafts."""
        self.drafts_button = DraftsButton(self.db)
        self.drafts_button.open_requested.connect(self.open_encounter)
        self.drafts_button.new_requested.connect(lambda: self.new_encounter())
        self.drafts_button.discard_requested.connect(self.on_discard_draft)
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.subtitle = QLabel()
        self.subtitle.setProperty("role", "subtitle")
        self.save_state = QLabel()
        self.save_state.setProperty("role", "save-state")
        self.save_state.setWordWrap(True)
        self.save_state.setMaximumWidth(420)
        # Room for the longest state on two lines at most, and always two lines' height:
        # the header does not jump when "Choose a location…" becomes "Saved 08:47".
        self.save_state.setMinimumWidth(260)
        self.save_state.setMinimumHeight(2 * self.save_state.fontMetrics().lineSpacing())
        self.save_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        bar = QFrame()
        bar.setProperty("role", "topbar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(16)
        layout.addLayout(titles, 1)
        layout.addWidget(self.save_state)
        layout.addWidget(self.drafts_button)
        return bar

    def _build_banners(self) -> QWidget:
        """Returned by a reviewer, restored work, what is missing before submitting."""
        self.returned_banner = Banner("warning")
        self.note_banner = Banner("info")  # the reviewer's note on a visit not returned
        self.restored_banner = Banner("info")
        self.discard_button = QPushButton(self.tr("Discard them"))
        self.discard_button.setProperty("role", "secondary")
        self.discard_button.clicked.connect(self.on_discard_restored)
        self.restored_banner.action_row.addWidget(self.discard_button)
        self.problems_banner = Banner("error")
        self.problems_banner.text.linkActivated.connect(self.on_problem_link)
        self.banner_area = _named(QWidget(), "editorColumn")
        layout = self.banner_layout = QVBoxLayout(self.banner_area)
        layout.setContentsMargins(24, 0, 24, 0)
        layout.setSpacing(8)
        for banner in self._banners():
            layout.addWidget(banner)
            banner.visibility_changed = self._update_banner_area  # type: ignore[method-assign]
        return self.banner_area

    def _build_notes(self) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        title = QLabel(self.tr("No&tes"))
        title.setProperty("role", "section")
        hint = QLabel(
            self.tr(
                "Facts that back your answers: times, what was said, what you saw. Describe "
                "actions, never name people."
            )
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(130)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.textChanged.connect(self.on_notes_changed)
        title.setBuddy(self.notes)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(*CARD_MARGINS)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(4)
        layout.addWidget(self.notes)
        return card

    def _build_side(self) -> QWidget:
        """Live score, visit timer, submit and close."""
        self.score = ScoreSummary()
        self.timer = VisitTimer()
        self.timer.changed.connect(self.on_timer_changed)
        self.timer.message.connect(self.on_timer_message)
        self.timer_note = QLabel()
        self.timer_note.setProperty("role", "muted")
        self.timer_note.setWordWrap(True)
        self.timer_note.setVisible(False)
        self.submit_button = QPushButton(self.tr("S&ubmit"))
        self.submit_button.setProperty("role", "primary")
        self.submit_button.setToolTip(
            self.tr("Check the answers and submit the encounter for review (Alt+U)")
        )
        self.submit_button.clicked.connect(self.on_submit)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setProperty("role", "secondary")
        self.close_button.setToolTip(self.tr("Close the editor; the draft is kept"))
        self.close_button.clicked.connect(self.on_close)
        self.discard_draft_button = QPushButton(self.tr("D&iscard draft…"))
        self.discard_draft_button.setProperty("role", "secondary")
        self.discard_draft_button.setToolTip(
            self.tr("Put this draft in the trash, where it can be restored for a while (Alt+I)")
        )
        self.discard_draft_button.clicked.connect(self.on_discard_draft)
        figures = _named(QWidget(), "editorColumn")
        layout = QVBoxLayout(figures)
        layout.setContentsMargins(0, 20, 24, 6)
        layout.setSpacing(14)
        layout.addWidget(self.score)
        layout.addWidget(self.timer)
        layout.addWidget(self.timer_note)
        layout.addStretch(1)
        # The score and timer scroll in a small window; Submit and Close stay below them, in
        # view however short the window or tall the banner above (1024×640 with a taskbar).
        figures_area = _scroll_area(figures)
        figures_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side = _named(QWidget(), "editorColumn")
        side.setFixedWidth(SIDE_WIDTH)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(figures_area, 1)
        actions = QVBoxLayout()
        actions.setContentsMargins(0, 8, 24, 16)
        actions.setSpacing(10)
        actions.addWidget(self.submit_button)
        # Close and Discard draft share a row: the timer above keeps the height.
        lesser = QHBoxLayout()
        lesser.setSpacing(10)
        lesser.addWidget(self.close_button, 1)
        lesser.addWidget(self.discard_draft_button, 1)
        actions.addLayout(lesser)
        side_layout.addLayout(actions)
        return side

    def _build_empty(self) -> QWidget:
        """What shows when no encounter is open."""
        empty = QWidget()
        text = QLabel(
            self.tr(
                "No encounter is open. Start a new one, or continue a draft from the Drafts list."
            )
        )
        text.setProperty("role", "muted")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_new = QPushButton(self.tr("New encounter"))
        self.empty_new.setProperty("role", "primary")
        self.empty_new.clicked.connect(lambda: self.new_encounter())
        layout = QVBoxLayout(empty)
        layout.addStretch(1)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addWidget(self.empty_new, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return empty

    # --- the public interface -------------------------------------------------------------------

    def new_encounter(self, form_id: str | None = None) -> None:
        """Start recording a new encounter with `form_id` (default: the last form used)."""
        self._leave_current()
        try:
            choices = self._form_choices()
        except (StoreError, FormError) as error:
            self._show_empty(self.tr("Could not load the forms: {error}").format(error=error))
            return
        ids = [fid for fid, _version, _title in choices]
        chosen = next(
            (
                wanted
                for wanted in (form_id, self.workspace.settings.last_form, DEFAULT_FORM)
                if wanted in ids
            ),
            ids[0] if ids else None,
        )
        if chosen is None:
            self._show_empty(self.tr("There is no form to record with: import one in Forms."))
            return
        form = queries.get_form(self.db, chosen)
        self.workspace.settings.last_form = chosen
        default_channel = self.workspace.settings.default_channel
        data = EncounterData(
            id=new_id(),
            form_id=form.id,
            form_version=form.version,
            location_id="",
            visited_at=local_now().replace(second=0, microsecond=0),
            observer=self.workspace.settings.observer_alias or None,
            channel=default_channel if default_channel in form.channels else form.channels[0],
        )
        self._load(data, form, revision=0)
        self.header.location.combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_encounter(self, encounter_id: str) -> None:
        """Continue an encounter where the observer left off (a draft, a returned one, or work
        that had not reached the database yet)."""
        if self.record is not None and self.record.id == encounter_id:
            return
        self._leave_current()
        try:
            stored: EncounterData | None = queries.get_encounter(self.db, encounter_id)
        except StoreError:
            stored = None
        kept = drafts.read_unsaved(self.db, encounter_id)
        if stored is None and kept is None:
            self._show_empty(self.tr("That encounter no longer exists."))
            return
        restored = kept is not None and (stored is None or kept.data.revision == stored.revision)
        data = kept.data if restored and kept is not None else stored
        assert data is not None
        if restored:  # the file may hold a failed submit: the status is the database's
            data.status = stored.status if stored is not None else "draft"
        try:
            form = queries.get_form(self.db, data.form_id, data.form_version)
        except StoreError as error:
            self._show_empty(str(error))
            return
        self._load(
            data,
            form,
            revision=stored.revision if stored else 0,
            location_typed=kept.location_text if restored and kept else "",
        )
        if stored is not None:
            self._announced = True
        if restored and kept is not None:
            self.restored_banner.show_message(
                self.tr("Restored work that had not been saved to the database"),
                self.tr(
                    "Kept on this computer at {time}. It is saved as soon as it can be."
                ).format(time=format_moment(kept.kept_at.astimezone())),
            )
            self.autosave.mark_changed()
        self._focus_first_open()

    def save_now(self) -> bool:
        """Save the open encounter at once. False (with a visible message) when it could not
        go to the database; the typed work then stays here and in a file beside it."""
        if self.record is None:
            return True
        return self.autosave.save_now()

    def refresh(self) -> None:
        """Read lists again (locations, forms, drafts) without disturbing the open work;
        unless the open encounter went to the trash meanwhile (from the log, or elsewhere):
        then it is closed, saying so, since it can no longer be saved."""
        if self.record is not None and trash.in_trash(self.db, self.record.id):
            self._show_empty(
                self.tr("That draft is in the trash now: restore it (File ▸ Trash…) to go on.")
            )
            return
        self.drafts_button.update_count()
        if self.record is not None and self.form is not None:
            self.header.location.reload()

    # --- loading --------------------------------------------------------------------------------

    def _form_choices(self) -> list[tuple[str, int | None, str]]:
        """(form id, None, title in the UI language) of the latest version of each form."""
        infos = queries.list_forms(self.db)
        latest: dict[str, int] = {}
        for info in infos:
            latest[info.form_id] = max(latest.get(info.form_id, 0), info.version)
        choices: list[tuple[str, int | None, str]] = []
        for form_id, version in latest.items():
            form = queries.get_form(self.db, form_id, version)
            choices.append((form_id, None, form.tr(form.title, self.lang)))
        choices.sort(key=lambda item: (item[0] != DEFAULT_FORM, item[2].casefold()))
        return choices

    def _load(
        self, data: EncounterData, form: Form, *, revision: int, location_typed: str = ""
    ) -> None:
        self._loading = True
        try:
            self.record = data
            self.form = form
            self.drafts_button.current = data.id
            self.drafts_button.discardable = data.status == "draft"
            self.discard_draft_button.setVisible(data.status == "draft")
            self._announced = False
            self._missing_shown = False
            self.autosave.reset(revision)
            choices = self._form_choices()
            if not any(fid == form.id for fid, _v, _t in choices):
                choices.append((form.id, None, form.tr(form.title, self.lang)))
            self.header.set_forms(
                [
                    (fid, None if fid != form.id else form.version, title)
                    for fid, _v, title in choices
                ],
                (form.id, form.version),
            )
            self.header.set_channels(list(form.channels), data.channel)
            self.header.location.reload()
            self.header.location.set_location(data.location_id or None, location_typed)
            self.header.set_visit(
                data.visited_at, data.observer, data.staff, keep_offset=data.created_at is not None
            )
            self.header.set_calibration(data.calibration)
            self._build_form_view(data.answers, data.na)
            self.timer.set_events(data.timer)
            self.timer_note.setVisible(False)
            self.notes.blockSignals(True)
            self.notes.setPlainText(data.notes)
            self.notes.blockSignals(False)
            self.problems_banner.setVisible(False)
            self.restored_banner.setVisible(False)
            self._show_return_reason()
            self._show_titles()
            self._update_live()
            self.pages.setCurrentIndex(1)
            self.form_scroll.verticalScrollBar().setValue(0)
            self._set_tab_order()
            self.drafts_button.update_count()
            self.attachments_panel.show_for(data.id, saved=revision > 0)
        finally:
            self._loading = False
        if revision:
            saved = data.updated_at.astimezone() if data.updated_at else None
            self._set_save_state(
                "saved",
                self.tr("Saved {time}").format(time=display.time_text(saved)) if saved else "",
            )
        elif not data.location_id:
            self._set_save_state("kept", self.tr("Choose a location to start saving"))
        else:
            self._set_save_state("saved", "")

    def _build_form_view(self, answers: dict[str, Any], na: list[str]) -> None:
        assert self.form is not None
        if self.form_view is not None:
            self.form_holder.removeWidget(self.form_view)
            self.form_view.hide()
            self.form_view.deleteLater()
        self.form_view = FormView(self.form, self.lang, event_names())
        self.form_view.set_answers(answers, na)
        self.form_view.changed.connect(self.on_changed)
        self.form_holder.addWidget(self.form_view)

    def _show_titles(self) -> None:
        assert self.record is not None and self.form is not None
        status = self.record.status
        if status not in workflow.OBSERVER_EDITABLE:
            title = (
                self.tr("Editing a submitted encounter")
                if status == "submitted"
                else self.tr("Editing an approved encounter")
            )
            self.submit_button.setText(self.tr("Save chan&ges"))
        else:
            if status == "returned":
                title = self.tr("Returned encounter")
            elif self.autosave.revision == 0:
                title = self.tr("New encounter")
            else:
                title = self.tr("Draft encounter")
            self.submit_button.setText(self.tr("S&ubmit"))
        self.title.setText(title)
        self.subtitle.setText(
            self.tr("{form} · version {version}").format(
                form=self.form.tr(self.form.title, self.lang), version=self.form.version
            )
        )

    def _show_return_reason(self) -> None:
        """What the reviewer told the observer, read-only above the form: why it was returned
        (while it is revised) and the reviewer's note, whatever the status (APP.md: the note
        never reached the observer)."""
        assert self.record is not None
        reason = self.record.return_reason.strip()
        if self.record.status not in workflow.OBSERVER_EDITABLE:
            reason = ""
        note = self.record.reviewer_note.strip()
        note_html = escape(note).replace("\n", "<br>")
        if reason:
            text = escape(reason).replace("\n", "<br>")
            if note:
                text += "<br><br><b>" + escape(self.tr("Reviewer's note:")) + "</b> " + note_html
            self.returned_banner.show_message(
                self.tr("Returned by the reviewer — please revise and submit again"), text
            )
        else:
            self.returned_banner.setVisible(False)
        if note and not reason:
            self.note_banner.show_message(self.tr("The reviewer's note"), note_html)
        else:
            self.note_banner.setVisible(False)

    def _set_tab_order(self) -> None:
        assert self.form_view is not None
        chain: list[QWidget] = [
            *self.header.focus_widgets(),
            *self.form_view.focus_widgets(),
            self.notes,
            self.submit_button,
            self.close_button,
            *self.timer.focus_widgets(),
            self.discard_button,
            self.drafts_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _banners(self) -> tuple[Banner, ...]:
        return (self.returned_banner, self.note_banner, self.restored_banner, self.problems_banner)

    def _update_banner_area(self) -> None:
        shown = any(not banner.isHidden() for banner in self._banners())
        self.banner_layout.setContentsMargins(24, 16 if shown else 0, 24, 0)

    def _show_empty(self, message: str = "") -> None:
        self.record = None
        self.form = None
        self.drafts_button.current = None
        self.drafts_button.discardable = False
        self.discard_draft_button.setVisible(False)
        self.autosave.reset(0)
        self.timer.set_events({})
        self.attachments_panel.show_for(None, saved=False)
        self.pages.setCurrentIndex(0)
        self.title.setText(self.tr("Record an encounter"))
        self.subtitle.setText(message)
        self._set_save_state("saved", "")
        self.drafts_button.update_count()

    def _leave_current(self) -> None:
        """Save the open encounter (or keep it in its file) before opening another."""
        if self.record is not None:
            self.autosave.save_now()
            self._show_empty()

    def _focus_first_open(self) -> None:
        """Focus the first shown question without an answer: where the observer left off."""
        if self.form_view is None or self.form is None:
            return
        answers = self.form_view.answers()
        visible = visible_questions(self.form, answers)
        done = set(answers) | set(self.form_view.na())
        for question_id, row in self.form_view.rows.items():
            if row.input is not None and question_id in visible and question_id not in done:
                self._reveal(row)
                return

    def _reveal(self, row: QuestionRow) -> None:
        """Scroll a question near the top of the view and focus its first answer."""
        content = self.form_scroll.widget()
        assert content is not None
        top = row.mapTo(content, QPoint(0, 0)).y()
        self.form_scroll.verticalScrollBar().setValue(max(0, top - 24))
        row.focus()

    # --- what is saved --------------------------------------------------------------------------

    def snapshot(self, *, final: bool = False) -> EncounterData:
        """The encounter as shown. `final` leaves out answers to hidden questions."""
        assert self.record is not None and self.form is not None and self.form_view is not None
        answers = self.form_view.answers()
        na = self.form_view.na()
        if final:
            visible = visible_questions(self.form, answers)
            answers = {qid: value for qid, value in answers.items() if qid in visible}
            na = [qid for qid in na if qid in visible]
        status = workflow.after_edit(self.record.status)  # the reason stays with it
        if self._submitting:
            status = workflow.after_submit(status)
        return EncounterData(
            id=self.record.id,
            form_id=self.form.id,
            form_version=self.form.version,
            location_id=self.header.location.location_id() or "",
            visited_at=self.header.visited_at(),
            observer=self.header.observer.text().strip() or None,
            channel=self.header.channel_id(),
            staff=self.header.staff.text().strip(),
            status=status,
            answers=answers,
            na=na,
            notes=self.notes.toPlainText(),
            tags=list(self.record.tags),
            timer=dict(self.timer.events),
            reviewer_note=self.record.reviewer_note,
            return_reason=self.record.return_reason,
            created_at=self.record.created_at,
            revision=self.autosave.revision,
            calibration=self.header.calibration(),
        )

    def _save_request(self, explicit: bool) -> SaveRequest | None:
        if self.record is None or self.form_view is None:
            return None
        data = self.snapshot(final=self._submitting)
        typed = self.header.location.text()
        if not data.location_id:
            return SaveRequest(data, False, typed, self.tr("Choose a location to start saving"))
        if self.record.status not in workflow.OBSERVER_EDITABLE and not explicit:
            return SaveRequest(data, False, typed, self.tr("Not saved yet: press Save changes"))
        return SaveRequest(data, True, typed, by=self.workspace.settings.observer_alias or None)

    # --- reacting to the observer ---------------------------------------------------------------

    @Slot()
    def on_changed(self) -> None:
        if self._loading or self.record is None:
            return
        self._update_live()
        if self._missing_shown:
            self._show_missing(self._problems(), focus=False)
        self.autosave.mark_changed()

    @Slot()
    def on_notes_changed(self) -> None:
        self.on_changed()

    @Slot()
    def on_timer_changed(self) -> None:
        if self.form is None or self.form_view is None:
            return
        self.timer_note.setVisible(False)
        durations = timer_durations(self.form, self.timer.events)
        self._loading = True  # one change below, not one per filled duration
        try:
            self.form_view.fill_durations(durations)
            self.form_view.fill_unanswered(timer_answers(self.form, self.timer.events))
        finally:
            self._loading = False
        self.on_changed()

    @Slot(str)
    def on_timer_message(self, text: str) -> None:
        self.timer_note.setText(text)
        self.timer_note.setVisible(True)

    def on_timer_key(self, event: str) -> None:
        if self.record is not None and self.isVisible():
            self.timer.tap(event)

    @Slot()
    def remember_observer(self) -> None:
        """The alias typed here is the next visit's too (the setting Settings shows): a
        shopper types it once, not on every visit. An emptied box forgets nothing."""
        alias = self.header.observer.text().strip()
        if alias and alias != self.workspace.settings.observer_alias:
            self.workspace.set_observer_alias(alias)

    @Slot(object)
    def on_location_added(self, _location: object) -> None:
        announce(self.workspace, Changes.of("locations"), self)

    @Slot(str)
    def on_form_chosen(self, form_id: str) -> None:
        if self.form is None or self.form_view is None or form_id == self.form.id:
            return
        new_form = queries.get_form(self.db, form_id)
        answers, na = self.form_view.answers(), self.form_view.na()
        kept = {
            qid: value
            for qid, value in answers.items()
            if (question := new_form.question(qid)) is not None
            and check_answer(question, value) is None
        }
        kept_na = [qid for qid in na if getattr(new_form.question(qid), "allow_na", False)]
        dropped = len(answers) + len(na) - len(kept) - len(kept_na)
        if dropped and not self.confirm_form_change(dropped):
            self.header.set_forms(
                [
                    (
                        self.header.form_combo.itemData(i)[0],
                        self.header.form_combo.itemData(i)[1],
                        self.header.form_combo.itemText(i),
                    )
                    for i in range(self.header.form_combo.count())
                ],
                (self.form.id, self.form.version),
            )
            return
        self.form = new_form
        self.workspace.settings.last_form = form_id
        self._loading = True
        try:
            channel = self.header.channel_id()
            self.header.set_channels(list(new_form.channels), channel)
            self._build_form_view(kept, kept_na)
            self._show_titles()
            self._set_tab_order()
        finally:
            self._loading = False
        self.on_changed()

    def confirm_form_change(self, dropped: int) -> bool:
        """Ask before answers that do not fit the other form are dropped."""
        answer = QMessageBox.question(
            self,
            self.tr("Change the form?"),
            self.tr(
                "%n of your answers do not fit the other form and will be dropped.", "", dropped
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _update_live(self) -> None:
        """Show and hide show_if questions and update the live score."""
        if self.form is None or self.form_view is None:
            return
        show_live(self.form, self.form_view, self.score, self.lang)

    # --- saving state ---------------------------------------------------------------------------

    @Slot(str, str)
    def on_save_state(self, kind: str, message: str) -> None:
        self._set_save_state(kind, message)

    def _set_save_state(self, kind: str, message: str) -> None:
        self.save_state.setText(message)
        self.save_state.setToolTip(
            self.tr(
                "Until it can be saved to the database, your work is kept in a file on "
                "this computer and offered under Drafts."
            )
            if kind in ("kept", "error")
            else self.tr("Every change is saved as a draft within a second.")
        )
        self.save_state.setProperty("state", kind)
        self.save_state.style().unpolish(self.save_state)
        self.save_state.style().polish(self.save_state)

    @Slot(object)
    def on_stored(self, stored: EncounterData) -> None:
        # Every save the autosave makes (in its worker, or at once on submit) is told here.
        announce(self.workspace, Changes.of_encounters(stored.id), self)
        if self.record is None or stored.id != self.record.id:
            return
        self.record.status = stored.status
        self.record.created_at = stored.created_at
        self.restored_banner.setVisible(False)
        self.attachments_panel.show_for(stored.id, saved=True)
        if not self._announced:
            self._announced = True
            self._show_titles()
            self.drafts_button.update_count()

    # --- submitting -----------------------------------------------------------------------------

    def _problems(self) -> list[tuple[QuestionRow | None, str]]:
        """What stands in the way of submitting: (the question's row or None, text)."""
        assert self.form is not None and self.form_view is not None
        problems: list[tuple[QuestionRow | None, str]] = []
        if not self.header.location.location_id():
            problems.append((None, self.tr("The location of the visit")))
        answers, na = self.form_view.answers(), self.form_view.na()
        for question in missing_required(self.form, answers, na):
            missing = self.form_view.rows[question.id]
            problems.append((missing, missing.text))
        visible = visible_questions(self.form, answers)
        shown = {qid: value for qid, value in answers.items() if qid in visible}
        for problem in answer_problems(self.form, shown, [q for q in na if q in visible]):
            question_id, _colon, reason = problem.partition(": ")
            refused = self.form_view.rows.get(question_id)
            if refused is not None:
                problems.append((refused, f"{refused.text} — {reason}"))
        return problems

    def _show_missing(self, problems: list[tuple[QuestionRow | None, str]], *, focus: bool) -> None:
        assert self.form_view is not None
        flagged = {id(row) for row, _text in problems if row is not None}
        for row in self.form_view.rows.values():
            if id(row) not in flagged:
                row.show_problem("")
        for flagged_row, _text in problems:
            if flagged_row is not None:
                flagged_row.show_problem(self.tr("Answer this before submitting."))
        if not problems:
            self.problems_banner.setVisible(False)
            self._missing_shown = False
            return
        self._missing_shown = True
        # Plain lines, not a <ul>: QLabel under-measures the height of rich-text lists.
        items = "<br>".join(
            f'•&nbsp;<a href="{index}" style="color:{theme.TEXT.name()}">{escape(text)}</a>'
            for index, (_row, text) in enumerate(problems)
        )
        self._problem_rows = [row for row, _text in problems]
        self.problems_banner.show_message(
            self.tr("Answer these before submitting ({count}):").format(count=len(problems)),
            items,
        )
        if focus:
            first = problems[0][0]
            if first is None:
                self.form_scroll.verticalScrollBar().setValue(0)
                self.header.location.combo.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self._reveal(first)

    @Slot(str)
    def on_problem_link(self, link: str) -> None:
        rows = getattr(self, "_problem_rows", [])
        index = int(link) if link.isascii() and link.isdigit() else -1
        if 0 <= index < len(rows):
            row = rows[index]
            if row is None:
                self.header.location.combo.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self._reveal(row)

    @Slot()
    def on_submit(self) -> None:
        if self.record is None:
            return
        problems = self._problems()
        if problems:
            self._show_missing(problems, focus=True)
            return
        self._show_missing([], focus=False)
        was_submitted = self.record.status not in workflow.OBSERVER_EDITABLE
        self._submitting = True
        try:
            saved = self.autosave.save_now(force=True)
        finally:
            self._submitting = False
        if not saved:
            self.problems_banner.show_message(
                self.tr("The encounter could not be submitted"), escape(self.autosave.last_error)
            )
            return
        encounter_id = self.record.id
        self._show_empty()  # the save was announced when it was stored (on_stored)
        if was_submitted:
            self.closed.emit()  # changes to an already submitted encounter: saved, not resubmitted
        else:
            self.submitted.emit(encounter_id)

    @Slot()
    def on_close(self) -> None:
        self._leave_current()
        self.closed.emit()

    @Slot()
    def on_discard_draft(self) -> None:
        """The open draft to the trash, once confirmed (ui/trash_view.py). Work that never
        reached the database (no location chosen) cannot go there: it is deleted, once
        confirmed with words that say so."""
        if self.record is None or self.record.status != "draft":
            return
        encounter_id = self.record.id
        self.autosave.save_now()  # what was typed goes to the trash with it
        try:
            queries.get_encounter(self.db, encounter_id)
        except StoreError:
            if not trash_view.ask(trash_view.discard_unsaved_box(self)):
                return
            drafts.discard_unsaved(self.db, encounter_id)
        else:
            if not trash_view.remove_encounter(self, self.workspace, encounter_id, "draft"):
                return
        self._show_empty()
        self.closed.emit()

    @Slot()
    def on_discard_restored(self) -> None:
        if self.record is None:
            return
        encounter_id = self.record.id
        self.autosave.reset(0)
        drafts.discard_unsaved(self.db, encounter_id)
        self.record = None
        self._show_empty()
        try:
            queries.get_encounter(self.db, encounter_id)
        except StoreError:
            return
        self.open_encounter(encounter_id)


def _scroll_area(content: QWidget) -> QScrollArea:
    area = _named(QScrollArea(), "editorScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


def _named(widget: W, name: str) -> W:
    """`widget` with an object name, for the style sheet."""
    widget.setObjectName(name)
    return widget
