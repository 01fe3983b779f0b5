"""The trainer's view of one encounter: every answer with its points, section and dimension
scores, the visit timer, notes; tag it, note it, approve it or return it with a reason, and see
its edit history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    QStringListModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QHideEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mysteryshop import scoring, vocabulary, workflow
from mysteryshop.changes import Changes
from mysteryshop.forms import Form, Question, Section
from mysteryshop.store import listing, queries
from mysteryshop.store.db import ConflictError, StoreError
from mysteryshop.store.records import EncounterData, HistoryEntry
from mysteryshop.store.report_data import StoredScores, stored_scores
from mysteryshop.ui import display, theme
from mysteryshop.ui.answers import answer_text
from mysteryshop.ui.attachments_panel import AttachmentsPanel
from mysteryshop.ui.ops import Refresher, announce
from mysteryshop.ui.phrases import PhraseButton, PhraseGroups, PhraseSource, phrase_groups
from mysteryshop.ui.reflow import ReflowRow
from mysteryshop.ui.workspace import Workspace
from mysteryshop.vocabulary import BUILTIN_TAGS, TIMER_EVENTS

# The kinds of history entries (workflow.HISTORY_KINDS).
CHANGE_NAMES = vocabulary.HISTORY_LABELS  # translated in the "vocabulary" context

# How each of workflow.history_messages' ids reads; %1 is its parameter (worded first).
HISTORY_MESSAGES = {
    "status": QT_TRANSLATE_NOOP("ReviewView", "status %1 → %2"),
    "reason": QT_TRANSLATE_NOOP("ReviewView", "reason: %1"),
    "tag_added": QT_TRANSLATE_NOOP("ReviewView", "tag %1 added"),
    "tag_removed": QT_TRANSLATE_NOOP("ReviewView", "tag %1 removed"),
    "note_changed": QT_TRANSLATE_NOOP("ReviewView", "reviewer note changed"),
    "changed": QT_TRANSLATE_NOOP("ReviewView", "changed: %1"),
    "note": "%1",  # text kept from before schema 0005, shown as it was written
    "by": QT_TRANSLATE_NOOP("ReviewView", "by %1"),
}

# The fields a history entry names as changed (workflow.CHANGED_FIELDS).
FIELD_NAMES = {
    "answers": QT_TRANSLATE_NOOP("ReviewView", "answers"),
    "notes": QT_TRANSLATE_NOOP("ReviewView", "notes"),
    "staff": QT_TRANSLATE_NOOP("ReviewView", "staff"),
    "visited_at": QT_TRANSLATE_NOOP("ReviewView", "time of visit"),
    "location": QT_TRANSLATE_NOOP("ReviewView", "location"),
    "channel": QT_TRANSLATE_NOOP("ReviewView", "channel"),
    "observer": QT_TRANSLATE_NOOP("ReviewView", "observer"),
    "timer": QT_TRANSLATE_NOOP("ReviewView", "visit timer"),
    "form": QT_TRANSLATE_NOOP("ReviewView", "form version"),
}

MAX_TAG_LENGTH = 64


# Literal texts go through translate("ReviewView", "…"), which pyside6-lupdate sees.
translate = QCoreApplication.translate


def _t(text: object) -> str:
    # QT_TRANSLATE_NOOP is typed as returning object; its texts are str.
    return QCoreApplication.translate("ReviewView", str(text))


def _form_language(workspace: Workspace) -> str:
    """The language to show form texts in: the app's (display.ui_language)."""
    return display.ui_language()


def reviewer_name(reviewer: str) -> str:
    """A recorded reviewer as the user reads it: the alias, or a word for the role or for an
    unknown reviewer."""
    if reviewer == workflow.REVIEWER_ROLE:
        return translate("ReviewView", "a reviewer")
    if reviewer == workflow.UNKNOWN_REVIEWER:
        return translate("ReviewView", "an unknown reviewer")
    return reviewer


def history_lines(entry: HistoryEntry) -> list[str]:
    """What changed in a history entry, worded in the UI's language now (it is stored as
    data, whatever language it was written in)."""
    lines = []
    for message, params in workflow.history_messages(entry.change, entry.details, entry.changed_by):
        if message == "status":
            words = [display.status_name(status) for status in params]
        elif message == "changed":
            words = [", ".join(_t(FIELD_NAMES.get(name, name)) for name in params)]
        elif message == "by":
            words = [reviewer_name(params[0])]
        else:
            words = list(params)
        template = str(HISTORY_MESSAGES[message])
        text = _t(template) if message != "note" else template
        lines.append(display.fill(text, words))
    return lines


def normalise_tag(text: str) -> str:
    """A tag as stored: trimmed, lower case, words joined by dashes."""
    return "-".join(text.strip().lower().split())[:MAX_TAG_LENGTH]


def _label(text: str = "", role: str | None = None, *, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(8)
    return frame, layout


def _coloured(label: QLabel, colour: QColor, *, bold: bool = False) -> QLabel:
    weight = "font-weight: 600;" if bold else ""
    label.setStyleSheet(f"color: {colour.name()}; {weight}")
    return label


# --- small painted widgets --------------------------------------------------------------------


class ScoreBar(QWidget):
    """A thin horizontal bar filled to a score (0…100), coloured like the score."""

    def __init__(self, score: float | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score = score
        self.setMinimumWidth(80)
        self.setFixedHeight(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect())
        radius = rect.height() / 2
        painter.setBrush(QColor("#e8edf0"))
        painter.drawRoundedRect(rect, radius, radius)
        if self.score is not None and self.score > 0:
            filled = QRectF(rect)
            filled.setWidth(max(rect.height(), rect.width() * min(self.score, 100) / 100))
            painter.setBrush(theme.score_colour(self.score))
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()


class TimerTimeline(QWidget):
    """The visit timer's taps in order (arrived → greeted → served → left) on a line, with
    the time between each pair above it."""

    def __init__(
        self, timer: dict[str, datetime], channel: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.channel = channel
        self.events = [(event, timer[event]) for event in TIMER_EVENTS if event in timer]
        self.setMinimumHeight(76)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        parts = [
            f"{display.timer_event_name(event, channel)} {display.time_text(moment)}"
            for event, moment in self.events
        ]
        self.setAccessibleName(translate("ReviewView", "Visit timer"))
        self.setAccessibleDescription(" → ".join(parts))
        self.setToolTip(" → ".join(parts))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(420, 76)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if not self.events:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        margin = 48.0
        width = self.width() - 2 * margin
        count = len(self.events)
        xs = [margin + (width * i / (count - 1) if count > 1 else width / 2) for i in range(count)]
        line_y = 30.0
        metrics = painter.fontMetrics()
        painter.setPen(QPen(theme.GRID, 2))
        if count > 1:
            painter.drawLine(QPointF(xs[0], line_y), QPointF(xs[-1], line_y))
        bold = QFont(painter.font())
        bold.setBold(True)
        for i, (name, moment) in enumerate(self.events):
            x = xs[i]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.ACCENT)
            painter.drawEllipse(QPointF(x, line_y), 6, 6)
            painter.setFont(bold)
            painter.setPen(theme.TEXT)
            title = display.timer_event_name(name, self.channel)
            painter.drawText(
                QRectF(x - 70, line_y + 10, 140, metrics.height() + 2),
                Qt.AlignmentFlag.AlignHCenter,
                title,
            )
            painter.setFont(self.font())
            painter.setPen(theme.MUTED)
            painter.drawText(
                QRectF(x - 70, line_y + 12 + metrics.height(), 140, metrics.height() + 2),
                Qt.AlignmentFlag.AlignHCenter,
                display.time_text(moment),
            )
            gap = (moment - self.events[i - 1][1]).total_seconds() if i > 0 else -1
            if gap >= 0:  # taps out of order (a clock change) get no gap shown
                middle = (xs[i - 1] + x) / 2
                painter.setPen(theme.ACCENT)
                painter.drawText(
                    QRectF(middle - 70, line_y - 10 - metrics.height(), 140, metrics.height() + 2),
                    Qt.AlignmentFlag.AlignHCenter,
                    "+" + display.duration_text(gap),
                )
        painter.end()


# --- dialogs ----------------------------------------------------------------------------------


class ReturnDialog(QDialog):
    """Asks why an encounter goes back to its observer; the reason is required."""

    def __init__(self, parent: QWidget | None = None, phrases: PhraseSource | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return encounter"))
        self.setModal(True)
        text = QLabel(
            self.tr(
                "Why does this encounter go back to the observer? They will see your reason "
                "when they open it again."
            )
        )
        text.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(
            self.tr("e.g. The greeting wait has no time noted; please add it from your notes.")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Return"))
        self.ok_button.setEnabled(False)
        self.ok_button.setToolTip(self.tr("Return it (Ctrl+Enter)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self.on_reason_changed)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # the main keyboard's and the keypad's
            QShortcut(QKeySequence(keys), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.reason)
        self.phrase_button = PhraseButton(self.reason, phrases) if phrases else None
        if self.phrase_button is not None:
            layout.addWidget(self.phrase_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self.resize(440, 260)

    @Slot()
    def on_reason_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.reason_text()))

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def accept(self) -> None:
        if self.reason_text():  # Enter on an empty reason does nothing
            super().accept()


class HistoryDialog(QDialog):
    """One earlier state of an encounter: its status, tags, notes and answers."""

    def __init__(
        self, entry: HistoryEntry, form: Form | None, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        snapshot = entry.snapshot
        when = display.date_time_text(entry.changed_at.astimezone())
        self.setWindowTitle(self.tr("Before the change of %1").replace("%1", when))
        summary = QLabel(
            self.tr("<b>%1</b> — %2")
            .replace("%1", vocabulary.label(CHANGE_NAMES, entry.change, display.label))
            .replace(
                "%2",
                _escape("\n".join(history_lines(entry)) or self.tr("no summary")).replace(
                    "\n", "<br>"
                ),
            )
        )
        summary.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Answer then")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.table.horizontalHeader().resizeSection(0, 330)
        self.table.horizontalHeader().setStretchLastSection(True)

        def add(label: str, value: str) -> None:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate((label, value)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)

        add(self.tr("Status"), display.status_name(str(snapshot.get("status", ""))))
        if snapshot.get("return_reason"):
            add(self.tr("Reason for return"), str(snapshot["return_reason"]))
        add(self.tr("Tags"), ", ".join(snapshot.get("tags") or []) or "–")
        add(self.tr("Reviewer note"), str(snapshot.get("reviewer_note") or "–"))
        add(self.tr("Notes"), str(snapshot.get("notes") or "–"))
        score = snapshot.get("score")
        add(self.tr("Score"), display.score_text(score))
        answers = snapshot.get("answers") or {}
        na = set(snapshot.get("na") or [])
        if form is not None:
            for question in form.answerable():
                if question.id in na:
                    add(form.tr(question.text, lang), self.tr("N/A"))
                elif question.id in answers:
                    try:
                        text = answer_text(form, question, answers[question.id], lang)
                    except (TypeError, ValueError, KeyError):
                        text = str(answers[question.id])
                    add(form.tr(question.text, lang), text)
        else:
            for question_id, value in sorted(answers.items()):
                add(question_id, str(value))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Row heights for wrapped text need the final column widths, known once shown.
        self.table.resizeRowsToContents()


# --- the view ---------------------------------------------------------------------------------


class ReviewView(QWidget):
    """One encounter, read-only, with the trainer's review actions."""

    edit_requested = Signal(str)
    report_requested = Signal(str)  # the visit report of the shown encounter, in Reports
    back_requested = Signal()
    reviewed = Signal(str)  # an approval or return of this encounter was saved

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._data: EncounterData | None = None
        self._form: Form | None = None
        self._scores: StoredScores | None = None
        self._history: list[HistoryEntry] = []
        self.return_dialog: ReturnDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        # Shown, never changed (an encounter in the trash): no review actions, no edits.
        self.read_only = False
        self.member_alias: str | None = None  # a team member's (ui/team_access.py)
        # A team member's role, asked per button (team_rules.may); None: by read_only.
        self.offers: Callable[[str], bool] | None = None

        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setToolTip(self.tr("Back to the encounters (Esc)"))
        self.back_button.clicked.connect(self.on_back_clicked)
        self.edit_button = QPushButton(self.tr("&Edit answers"))
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.return_button = QPushButton(self.tr("&Return…"))
        self.return_button.setToolTip(self.tr("Send it back to the observer with a reason"))
        self.return_button.clicked.connect(self.on_return_clicked)
        self.action_button = QPushButton(self.tr("Action i&tem…"))
        self.action_button.setToolTip(
            self.tr("Make an action item at this location from what the visit found")
        )
        self.action_button.clicked.connect(lambda: self.make_action())
        self.report_button = QPushButton(self.tr("&PDF…"))
        self.report_button.setToolTip(self.tr("The visit report of this encounter (Alt+P)"))
        self.report_button.setAccessibleName(self.tr("Visit report"))
        self.report_button.clicked.connect(self.on_report_clicked)
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.approve_button.setProperty("role", "primary")
        self.approve_button.clicked.connect(self.on_approve_clicked)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        for button in (
            self.report_button,
            self.action_button,
            self.edit_button,
            self.return_button,
            self.approve_button,
        ):
            button.setMinimumHeight(30)
            actions.addWidget(button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self._clear_content()

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.scroll_area, 1)
        # The review panel scrolls in a short window (a large screen at 150 or 200 %) rather
        # than making the window taller than the screen.
        panel_area = QScrollArea()
        panel_area.setWidgetResizable(True)
        panel_area.setFrameShape(QFrame.Shape.NoFrame)
        panel_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel_area.setWidget(self._build_review_panel())
        panel_area.setFixedWidth(320)
        body.addWidget(panel_area)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)

        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            self.on_back_clicked,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        # Read again when another view changes the shown encounter while it is shown; the
        # main window shows it through show_encounter, which reads it once.
        self.refresher = Refresher(
            self,
            workspace,
            lambda _changes: self.refresh(),
            lambda c: self._data is not None and c.touches_encounter(self._data.id),
        )
        self._set_enabled(False)

    def _build_review_panel(self) -> QWidget:
        panel = QFrame()
        panel.setProperty("role", "card")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(_label(self.tr("Review"), "subheading"))

        self.tag_buttons: dict[str, QPushButton] = {}
        tag_row = QHBoxLayout()
        tag_row.setSpacing(6)
        for tag in BUILTIN_TAGS:
            button = QPushButton(display.tag_name(tag))
            button.setCheckable(True)
            button.setMinimumHeight(28)
            button.toggled.connect(self.on_tag_toggled)
            self.tag_buttons[tag] = button
            tag_row.addWidget(button)
        layout.addLayout(tag_row)

        layout.addWidget(_label(self.tr("Other tags"), "muted"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("e.g. new-staff, rush-hour"))
        self.tags_edit.setAccessibleName(self.tr("Other tags"))
        self._tag_choices = QStringListModel(self)
        self.tags_completer = _TagCompleter(self._tag_choices, self.tags_edit)
        self.tags_edit.setCompleter(self.tags_completer)
        self.tags_edit.editingFinished.connect(self.on_tags_edited)
        layout.addWidget(self.tags_edit)

        layout.addSpacing(4)
        layout.addWidget(_label(self.tr("Reviewer note"), "muted"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(
            self.tr("What to praise, what to coach. The observer and store managers may read it.")
        )
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleName(self.tr("Reviewer note"))
        self.note_edit.setMaximumHeight(130)
        self.note_edit.textChanged.connect(self.on_note_changed)
        layout.addWidget(self.note_edit)
        # Two rows: in Finnish the phrase button and "Save note" do not fit side by side in
        # the panel's width (the phrase button's text was cut).
        phrase_row = QHBoxLayout()
        self.phrase_button = PhraseButton(self.note_edit, self.phrase_groups)
        phrase_row.addWidget(self.phrase_button)
        phrase_row.addStretch(1)
        layout.addLayout(phrase_row)
        note_row = QHBoxLayout()
        self.saved_label = _label("", "muted")
        note_row.addWidget(self.saved_label, 1)
        self.save_note_button = QPushButton(self.tr("Save note"))
        self.save_note_button.clicked.connect(self.on_save_note_clicked)
        note_row.addWidget(self.save_note_button)
        layout.addLayout(note_row)

        self.return_reason_label = _label("", wrap=True)
        self.return_reason_label.hide()
        layout.addWidget(self.return_reason_label)
        self.reviewed_label = _label("", "muted", wrap=True)
        self.reviewed_label.hide()
        layout.addWidget(self.reviewed_label)

        layout.addSpacing(6)
        layout.addWidget(_label(self.tr("History"), "subheading"))
        self.history_list = QListWidget()
        self.history_list.setAccessibleName(self.tr("Edit history"))
        self.history_list.setWordWrap(True)
        self.history_list.setAlternatingRowColors(True)
        self.history_list.setSpacing(2)
        self.history_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_list.setToolTip(self.tr("Double-click a change to see the answers before it"))
        self.history_list.itemActivated.connect(self.on_history_activated)
        layout.addWidget(self.history_list, 1)
        return panel

    # --- showing an encounter -----------------------------------------------------------------

    @property
    def encounter(self) -> EncounterData | None:
        """The encounter shown, as last read or saved."""
        return self._data

    def show_encounter(self, encounter_id: str) -> None:
        """Show an encounter (saving a pending note of the one shown before)."""
        if self._data is not None and self._data.id != encounter_id:
            self._save_pending()
        self._hide_message()
        self._load(encounter_id)

    def refresh(self) -> None:
        """Read the shown encounter again; the page is rebuilt only when it changed."""
        if self._data is None:
            return
        try:
            fresh = queries.get_encounter(self.workspace.db, self._data.id)
        except StoreError:
            self._show_message(self.tr("This encounter no longer exists."), "warning")
            self._data = None
            self._set_enabled(False)
            return
        if fresh.revision != self._data.revision:
            self._load(fresh.id, fresh)

    def _load(self, encounter_id: str, data: EncounterData | None = None) -> None:
        db = self.workspace.db
        try:
            data = data or queries.get_encounter(db, encounter_id)
            self._form = queries.get_form(db, data.form_id, data.form_version)
            self._scores = stored_scores(db, data.id)
            self.refresher.mark_fresh()
        except StoreError as error:
            self._data = None
            self._clear_content()
            self._set_enabled(False)
            self._show_message(str(error), "error")
            return
        self._data = data
        self.saved_label.clear()
        scroll = self.scroll_area.verticalScrollBar().value()
        same = self.content.property("encounter_id") == data.id
        self._build_content()
        self._set_enabled(not self.read_only)
        self._show_review_state()
        if same:
            self.scroll_area.verticalScrollBar().setValue(scroll)
        else:
            self.scroll_area.verticalScrollBar().setValue(0)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.report_button,
            self.action_button,
            self.edit_button,
            self.return_button,
            self.approve_button,
            self.tags_edit,
            self.note_edit,
            self.save_note_button,
            self.phrase_button,
            *self.tag_buttons.values(),
        ):
            widget.setEnabled(enabled)

    def _clear_content(self) -> None:
        """Start a new, empty page; the scroll area deletes the old one."""
        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 8, 0)
        self.content_layout.setSpacing(12)
        self.scroll_area.setWidget(self.content)

    def _build_content(self) -> None:
        assert self._data is not None and self._form is not None and self._scores is not None
        data, form, scores = self._data, self._form, self._scores
        lang = _form_language(self.workspace)
        # What was stored when the visit was scored is what is shown; `mysteryshop check`
        # is the place that scores again and reports any difference.
        results = scoring.question_results(form, data.answers, data.na, stored=scores.points)
        self._clear_content()
        self.content.setProperty("encounter_id", data.id)
        layout = self.content_layout
        layout.addWidget(self._header_card(data, form))
        layout.addWidget(self._summary_row(data, form, scores, results, lang))
        layout.addWidget(self._scores_card(form, scores, lang))
        if data.timer:
            layout.addWidget(self._timer_card(data))
        if data.notes.strip():
            frame, inner = _card()
            inner.addWidget(_label(self.tr("Observer's notes"), "subheading"))
            inner.addWidget(_label(data.notes, wrap=True))
            layout.addWidget(frame)
        self.attachments_panel = AttachmentsPanel(self.workspace)
        self.attachments_panel.set_encounter(data.id)
        layout.addWidget(self.attachments_panel)
        for section in form.sections:
            layout.addWidget(self._section_card(form, section, scores, results, lang))
        layout.addStretch(1)
        if self.read_only or (self.offers and not self.offers("edit_submitted")):
            self.attachments_panel.add_button.hide()  # (a trainer's: the database refuses)
            self.attachments_panel.remove_button.hide()
        if not (self.offers("action_items") if self.offers else not self.read_only):
            for action in self.content.findChildren(QToolButton):  # "+ Action" on missed rows
                action.setEnabled(False)

    def _header_card(self, data: EncounterData, form: Form) -> QWidget:
        location = next(iter(queries.locations_of(self.workspace.db, [data.location_id])), None)
        frame, inner = _card()
        title_row = QHBoxLayout()
        name = location.name if location else self.tr("Unknown location")
        self.title_label = _label(name, "heading")
        title_row.addWidget(self.title_label)
        if location and location.region:
            # The region takes the room up to the status badge and wraps in a 1024 px window.
            region = _label(location.region, "muted", wrap=True)
            region.setStyleSheet("font-size: 12pt;")
            title_row.addWidget(region, 1, Qt.AlignmentFlag.AlignBottom)
        else:
            title_row.addStretch(1)
        self.status_badge = QLabel()
        self.status_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title_row.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignTop)
        inner.addLayout(title_row)
        lang = _form_language(self.workspace)
        facts = [
            display.long_date_time_text(data.visited_at),
            self.tr("%1, version %2")
            .replace("%1", form.tr(form.title, lang))
            .replace("%2", str(data.form_version)),
            display.channel_name(data.channel),
        ]
        inner.addWidget(_label("  ·  ".join(facts), "muted", wrap=True))
        people = []
        if data.observer:
            people.append(self.tr("Observer: %1").replace("%1", data.observer))
        if data.staff.strip():
            people.append(self.tr("Staff: %1").replace("%1", data.staff))
        if data.calibration:  # counted in calibration figures only
            people.append(self.tr("Calibration session: %1").replace("%1", data.calibration))
        if people:
            inner.addWidget(_label("     ".join(people), wrap=True))
        return frame

    def _summary_row(
        self,
        data: EncounterData,
        form: Form,
        scores: StoredScores,
        results: dict[str, scoring.QuestionResult],
        lang: str,
    ) -> ReflowRow:
        cards = []
        frame, inner = _card()
        inner.addWidget(_label(self.tr("Score"), "muted"))
        self.score_label = _label(display.score_text(data.score))
        font = self.score_label.font()
        font.setPointSizeF(font.pointSizeF() * 3.2)
        font.setBold(True)
        self.score_label.setFont(font)
        _coloured(self.score_label, theme.score_colour(data.score))
        inner.addWidget(self.score_label)
        points = (
            self.tr("%1 of %2 points")
            .replace("%1", display.number_text(round(scores.earned, 2)))
            .replace("%2", display.number_text(round(scores.possible, 2)))
        )
        inner.addWidget(_label(points, "muted"))
        cards.append(frame)

        frame, inner = _card()
        inner.addWidget(_label(self.tr("Left feeling"), "muted"))
        if data.feeling is not None:
            arrow = _label(display.feeling_symbol(data.feeling))
            font = arrow.font()
            font.setPointSizeF(font.pointSizeF() * 2.2)
            arrow.setFont(font)
            _coloured(arrow, theme.FEELING_COLOURS[data.feeling])
            inner.addWidget(arrow)
            inner.addWidget(
                _coloured(
                    _label(display.feeling_long(data.feeling)),
                    theme.FEELING_COLOURS[data.feeling],
                    bold=True,
                )
            )
        else:
            inner.addWidget(_label(self.tr("Not recorded"), "muted"))
        inner.addStretch(1)
        cards.append(frame)

        frame, inner = _card()
        inner.addWidget(_label(self.tr("Critical questions"), "muted"))
        if data.critical_fail:
            frame.setStyleSheet(
                f'QFrame[role="card"] {{ border: 1px solid {theme.CRITICAL.name()}; '
                "background: #fbeeee; }"
            )
            inner.addWidget(
                _coloured(_label(self.tr("⚠ Critical failure")), theme.CRITICAL, bold=True)
            )
            for question_id, result in results.items():
                question = form.question(question_id)
                if result.critical_failed and question is not None:
                    text = form.tr(question.text, lang)
                    inner.addWidget(_coloured(_label(text, wrap=True), theme.CRITICAL))
        else:
            inner.addWidget(_coloured(_label(self.tr("✓ None failed")), theme.GOOD, bold=True))
        inner.addStretch(1)
        cards.append(frame)
        # Side by side; one above the other when the review is narrow (1024 px).
        return ReflowRow(cards, columns=(3, 1), stretches=(1, 1, 2))

    def _scores_card(self, form: Form, scores: StoredScores, lang: str) -> QWidget:
        frame = QFrame()
        frame.setProperty("role", "card")
        sections = [
            (form.tr(section.title, lang), scoring.Ratio(*scores.sections[section.id]))
            for section in form.sections
            if section.id in scores.sections
        ]
        # The dimensions in the order the form first asks about them.
        asked = [getattr(question, "dimension", None) for question in form.answerable()]
        dimensions = [
            (display.dimension_name(key), scoring.Ratio(*scores.dimensions[key]))
            for key in sorted(
                scores.dimensions,
                key=lambda k: (k not in asked, asked.index(k) if k in asked else 0, k),
            )
        ]
        halves = []
        for title, items in ((self.tr("Sections"), sections), (self.tr("Dimensions"), dimensions)):
            half = QWidget()
            grid = QGridLayout(half)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(10)
            grid.setVerticalSpacing(7)
            grid.addWidget(_label(title, "subheading"), 0, 0, 1, 3)
            for row, (name, ratio) in enumerate(items, start=1):
                grid.addWidget(_label(name), row, 0)
                grid.addWidget(ScoreBar(ratio.score), row, 1)
                value = _coloured(
                    _label(display.score_text(ratio.score)), theme.score_colour(ratio.score)
                )
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                value.setMinimumWidth(value.fontMetrics().horizontalAdvance("100.0") + 4)
                grid.addWidget(value, row, 2)
            grid.setColumnStretch(1, 1)
            grid.setRowStretch(len(items) + 1, 1)
            halves.append(half)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(16, 12, 16, 14)
        # Sections beside dimensions; the dimensions below when the review is narrow.
        layout.addWidget(ReflowRow(halves, spacing=24))
        return frame

    def _timer_card(self, data: EncounterData) -> QWidget:
        frame, inner = _card()
        inner.addWidget(_label(self.tr("Visit timer"), "subheading"))
        inner.addWidget(TimerTimeline(data.timer, data.channel))
        return frame

    def _section_card(
        self,
        form: Form,
        section: Section,
        scores: StoredScores,
        results: dict[str, scoring.QuestionResult],
        lang: str,
    ) -> QWidget:
        frame, inner = _card()
        title_row = QHBoxLayout()
        title_row.addWidget(_label(form.tr(section.title, lang), "subheading"))
        title_row.addStretch(1)
        stored = scores.sections.get(section.id)
        ratio = scoring.Ratio(*stored) if stored is not None else None
        if ratio is not None and ratio.possible > 0:
            title_row.addWidget(
                _coloured(
                    _label(display.score_text(ratio.score)),
                    theme.score_colour(ratio.score),
                    bold=True,
                )
            )
        inner.addLayout(title_row)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        row = 0
        for question in section.questions:
            outcome = results.get(question.id)
            if outcome is None:
                continue  # a note: shown text, no answer
            state = outcome.state
            text = _label(form.tr(question.text, lang), wrap=True)
            answer, points = self._answer_cells(form, question, state, outcome, lang)
            if state in ("hidden", "na", "unanswered"):
                text.setProperty("role", "muted")
            if outcome.critical_failed:
                text.setText("⚠ " + text.text())
                _coloured(text, theme.CRITICAL, bold=True)
                _coloured(answer, theme.CRITICAL, bold=True)
            grid.addWidget(text, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(answer, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(points, row, 2, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            if outcome.points is not None and outcome.points.earned < outcome.points.possible:
                grid.addWidget(self._missed_action_button(question.id), row, 3)
            row += 1
        grid.setColumnMinimumWidth(2, 56)
        grid.setColumnMinimumWidth(3, 76)  # "+ Action" on missed rows: sections stay aligned
        inner.addLayout(grid)
        return frame

    def _missed_action_button(self, question_id: str) -> QToolButton:
        """A small button on a missed answer's row: an action item about that question."""
        button = QToolButton()
        button.setText(self.tr("+ Action"))
        button.setToolTip(self.tr("Make an action item about this question at this location"))
        button.setAutoRaise(True)
        button.setObjectName(f"action-{question_id}")
        button.clicked.connect(lambda: self.make_action(question_id))
        return button

    def make_action(self, question_id: str | None = None) -> str | None:
        """Open the action item dialog (ui/actions_view.py) for the shown visit's location,
        about `question_id` when given; the new item's id, or None."""
        from mysteryshop.ui.actions_view import make_action

        if self._data is None:
            return None
        about = {"form_id": self._data.form_id, "question_id": question_id} if question_id else {}
        return make_action(
            self.workspace,
            self,
            location_id=self._data.location_id,
            source="review",
            source_encounter_id=self._data.id,
            **about,
        )

    def _answer_cells(
        self,
        form: Form,
        question: Question,
        state: str,
        outcome: scoring.QuestionResult,
        lang: str,
    ) -> tuple[QLabel, QLabel]:
        assert self._data is not None
        if state == "hidden":
            answer = _label(self.tr("not asked (hidden by an earlier answer)"), "muted", wrap=True)
            answer.setStyleSheet("font-style: italic;")
            return answer, _label("", "muted")
        if state == "na":
            return _label(self.tr("N/A"), "muted"), _label(self.tr("N/A"), "muted")
        if state == "unanswered":
            answer = _label(self.tr("not answered"), "muted")
            answer.setStyleSheet("font-style: italic;")
            return answer, _label("", "muted")
        answer = _label(
            answer_text(form, question, self._data.answers[question.id], lang), wrap=True
        )
        if outcome.points is None:
            return answer, _label("", "muted")
        ratio = outcome.points
        points = _label(
            f"{display.number_text(round(ratio.earned, 2))} / "
            f"{display.number_text(round(ratio.possible, 2))}"
        )
        points.setAlignment(Qt.AlignmentFlag.AlignRight)
        colour = theme.score_colour(ratio.score)
        _coloured(points, colour if ratio.earned < ratio.possible else theme.MUTED)
        points.setToolTip(self.tr("points earned / possible"))
        return answer, points

    def _show_review_state(self) -> None:
        """Update the parts a review changes: status badge, buttons, tags, note, history."""
        assert self._data is not None
        data = self._data
        colour = theme.STATUS_COLOURS.get(data.status, theme.MUTED)
        self.status_badge.setText(display.status_name(data.status))
        self.status_badge.setStyleSheet(
            f"background: {colour.name()}; color: white; border-radius: 10px; "
            "padding: 3px 12px; font-weight: 600;"
        )
        writable = not self.read_only
        for button, action in (
            (self.report_button, "reports"),
            (self.action_button, "action_items"),
            (self.edit_button, "edit_submitted"),
        ):
            offered = self.offers(action) if self.offers else writable
            button.setVisible(offered)
            button.setEnabled(offered)  # (a manager's review is read-only, not these)
        self.return_button.setVisible(writable)
        self.approve_button.setVisible(writable and workflow.can("approve", data.status))
        self.return_button.setEnabled(writable and workflow.can("return", data.status))
        self.edit_button.setEnabled(writable and workflow.can("edit", data.status))
        if data.status == "draft":
            self._show_message(
                self.tr("This encounter is a draft: the observer has not submitted it yet."),
                "info",
            )
        for tag, button in self.tag_buttons.items():
            button.blockSignals(True)
            button.setChecked(tag in data.tags)
            button.blockSignals(False)
        self.tags_edit.setText(", ".join(t for t in data.tags if t not in BUILTIN_TAGS))
        self._tag_choices.setStringList(
            [t for t in listing.all_tags(self.workspace.db) if t not in BUILTIN_TAGS]
        )
        self.note_edit.blockSignals(True)
        self.note_edit.setPlainText(data.reviewer_note)
        self.note_edit.blockSignals(False)
        self.save_note_button.setEnabled(False)
        if data.status == "returned" and data.return_reason:
            self.return_reason_label.setText(
                self.tr("<b>Returned:</b> %1").replace("%1", _escape(data.return_reason))
            )
            self.return_reason_label.show()
        else:
            self.return_reason_label.hide()
        self._show_reviewer(data)
        self._fill_history()

    def _show_reviewer(self, data: EncounterData) -> None:
        """Who approved or returned it, and when."""
        if data.status not in ("approved", "returned") or not data.reviewed_by:
            self.reviewed_label.hide()
            return
        text = (
            self.tr("Approved by %1, %2")
            if data.status == "approved"
            else self.tr("Returned by %1, %2")
        )
        when = display.date_time_text(data.reviewed_at.astimezone()) if data.reviewed_at else "–"
        self.reviewed_label.setText(
            text.replace("%1", reviewer_name(data.reviewed_by)).replace("%2", when)
        )
        self.reviewed_label.show()

    def _fill_history(self) -> None:
        assert self._data is not None
        self._history = queries.encounter_history(self.workspace.db, self._data.id)
        self.history_list.clear()
        if not self._history:
            item = QListWidgetItem(self.tr("No earlier versions."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.history_list.addItem(item)
            return
        for index, entry in reversed(list(enumerate(self._history))):
            when = display.date_time_text(entry.changed_at.astimezone())
            change = vocabulary.label(CHANGE_NAMES, entry.change, display.label)
            # One line each: a reason ends as its writer ended it ("… word for word."), and
            # "; " after it read ".;" (APP.md).
            lines = "\n".join(history_lines(entry))
            item = QListWidgetItem(f"{when} · {change}\n{lines}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, index)
            if entry.snapshot:  # empty: submitted in one go, there was nothing before
                item.setToolTip(self.tr("Double-click to see the encounter before this change"))
            self.history_list.addItem(item)

    # --- review actions -----------------------------------------------------------------------

    def _tags_from_widgets(self) -> list[str]:
        assert self._data is not None
        tags = [tag for tag, button in self.tag_buttons.items() if button.isChecked()]
        for part in self.tags_edit.text().split(","):
            tag = normalise_tag(part)
            if tag and tag not in tags:
                tags.append(tag)
        return sorted(tags)

    def _note_from_widget(self) -> str:
        return self.note_edit.toPlainText().strip()

    def _reviewer(self) -> str:
        """Who reviews here: on a team server the member (the history names them too, from
        their login), else the alias set in the settings, else the reviewer's role."""
        return self.member_alias or self.workspace.settings.observer_alias or workflow.REVIEWER_ROLE

    def _save_review(self, action: workflow.Action | None = None, reason: str = "") -> bool:
        """Save the review fields (tags, note) and, with `action` (approve, return), the new
        status. Returns whether it was saved; nothing to save counts as saved."""
        if self._data is None:
            return False
        data = self._data
        tags = self._tags_from_widgets()
        note = self._note_from_widget()
        if action is None and tags == sorted(data.tags) and note == data.reviewer_note.strip():
            return True
        try:
            saved = queries.review_encounter(
                self.workspace.db,
                data.id,
                data.revision,
                reviewer=self._reviewer(),
                action=action,
                reason=reason,
                note=note,
                tags=tags,
            )
        except ConflictError:
            self._load(data.id)
            self._show_message(
                self.tr(
                    "Someone else changed this encounter while you were reviewing it. It "
                    "has been reloaded with their changes: please make your change again."
                ),
                "warning",
            )
            return False
        except StoreError as error:
            self._show_message(
                self.tr("Could not save the review:") + "\n" + "\n".join(error.problems),
                "error",
            )
            return False
        self._data = saved
        self._show_review_state()
        self.saved_label.setText(
            self.tr("Saved %1").replace("%1", display.time_text(datetime.now().astimezone()))
        )
        announce(self.workspace, Changes.of_encounters(saved.id), self)
        return True

    def _save_pending(self) -> bool:
        """Save an edited note or tags that were not saved yet."""
        if self._data is None:
            return True
        pending = (
            self._note_from_widget() != self._data.reviewer_note.strip()
            or self._tags_from_widgets() != sorted(self._data.tags)
        )
        return self._save_review() if pending else True

    @Slot(bool)
    def on_tag_toggled(self, _checked: bool) -> None:
        self._save_review()

    @Slot()
    def on_tags_edited(self) -> None:
        if self._data is not None and self._tags_from_widgets() != sorted(self._data.tags):
            self._save_review()

    @Slot()
    def on_note_changed(self) -> None:
        if self._data is not None:
            self.save_note_button.setEnabled(
                self._note_from_widget() != self._data.reviewer_note.strip()
            )
            self.saved_label.clear()

    @Slot()
    def on_save_note_clicked(self) -> None:
        self._save_review()

    @Slot()
    def on_report_clicked(self) -> None:
        """APP.md: a visit PDF needed a trip to Reports; the Reports page opens with this
        encounter chosen for the visit report."""
        if self._data is not None:
            self.report_requested.emit(self._data.id)

    @Slot()
    def on_approve_clicked(self) -> None:
        if self._data is None:
            return
        if self._data.status == "returned" and not confirm_approve_returned(self):
            return
        if self._save_review(action="approve"):
            self._show_message(self.tr("Approved."), "success")
            self.reviewed.emit(self._data.id)

    @Slot()
    def on_return_clicked(self) -> None:
        if self._data is None:
            return
        self.return_dialog = ReturnDialog(self, self.phrase_groups)
        self.return_dialog.accepted.connect(self.on_return_confirmed)
        self.return_dialog.open()

    @Slot()
    def on_return_confirmed(self) -> None:
        dialog = self.return_dialog
        if dialog is None or self._data is None:
            return
        reason = dialog.reason_text()
        if not reason:
            return
        if self._save_review(action="return", reason=reason):
            self._show_message(self.tr("Returned to the observer."), "success")
            self.reviewed.emit(self._data.id)

    def phrase_groups(self) -> PhraseGroups:
        """The comment library's phrases for the shown encounter, those of the questions it
        lost points on first."""
        if self._data is None or self._form is None or self._scores is None:
            return []
        missed = {q for q, (earned, possible) in self._scores.points.items() if earned < possible}
        return phrase_groups(self.workspace.db, self._form, missed, _form_language(self.workspace))

    @Slot()
    def on_edit_clicked(self) -> None:
        if self._data is not None and self._save_pending():
            self.edit_requested.emit(self._data.id)

    @Slot()
    def on_back_clicked(self) -> None:
        if self._save_pending():
            self.back_requested.emit()

    @Slot(QListWidgetItem)
    def on_history_activated(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if index is None or not 0 <= index < len(self._history):
            return
        entry = self._history[index]
        if not entry.snapshot:
            return
        form: Form | None = None
        form_id = entry.snapshot.get("form")
        version = entry.snapshot.get("form_version")
        if isinstance(form_id, str) and isinstance(version, int):
            try:
                form = queries.get_form(self.workspace.db, form_id, version)
            except StoreError:
                form = None
        self.history_dialog = HistoryDialog(entry, form, _form_language(self.workspace), self)
        self.history_dialog.open()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        # Leaving the view any way (another page, closing) keeps the note typed so far.
        if not event.spontaneous():
            self._save_pending()
        super().hideEvent(event)

    # --- messages -----------------------------------------------------------------------------

    def message_text(self) -> str:
        """The message shown above the encounter ("" when none)."""
        return "" if self.message.isHidden() else self.message.text()

    def _show_message(self, text: str, kind: str) -> None:
        colours = {
            "info": ("#e3eff5", theme.ACCENT),
            "success": ("#e6f2ea", theme.GOOD),
            "warning": ("#fbf1e1", theme.FAIR),
            "error": ("#fbeeee", theme.POOR),
        }
        background, border = colours[kind]
        self.message.setStyleSheet(
            f"background: {background}; border: 1px solid {border.name()}; border-radius: 4px;"
            f" padding: 8px 10px; color: {theme.TEXT.name()};"
        )
        self.message.setText(text)
        self.message.setProperty("kind", kind)
        self.message.show()

    def _hide_message(self) -> None:
        self.message.clear()
        self.message.hide()


def _confirm_approve_returned(parent: QWidget) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("ReviewView", "Approve a returned encounter"),
        translate("ReviewView", "This encounter is waiting for the observer's fix."),
        parent=parent,
    )
    box.setInformativeText(translate("ReviewView", "Approve it as it is, without the fix?"))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("ReviewView", "Approve"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


# APP.md: Approve stayed on for a returned encounter, so a trainer could approve what still
# waits for the observer's fix. The lifecycle allows it (a return made by mistake is undone
# so), the button asks first. Replaced in tests: whether the user said yes.
confirm_approve_returned: Callable[[QWidget], bool] = _confirm_approve_returned


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _TagCompleter(QCompleter):
    """Completes the last of comma-separated tags."""

    def __init__(self, model: QStringListModel, parent: QLineEdit) -> None:
        super().__init__(model, parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802 - Qt's name
        widget = self.widget()
        done = widget.text().split(",")[:-1] if isinstance(widget, QLineEdit) else []
        return ", ".join([part.strip() for part in done if part.strip()] + [str(index.data())])
