"""The Actions view (issue 16: the coaching loop): action items about a missed standard at a
location, with whether the visits since show it held; the dialog that makes and edits them
(also opened from the review, the dashboard and the coaching themes), and the dashboard's
panel of open and overdue ones. The rules (states, overdue, reopened, follow-up) are
store/actions.py's; these widgets show and ask.

The observer's editor never shows action items: knowing what is being worked on would bias
the next visit (tests/test_ui_actions.py holds it)."""

from __future__ import annotations

import dataclasses
import html
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.changes import Changes
from mysteryshop.forms import Form
from mysteryshop.store import actions, queries, report_data
from mysteryshop.store.actions import ActionFilter, ActionItemData
from mysteryshop.store.db import StoreError
from mysteryshop.store.records import EncounterFilter
from mysteryshop.ui import display, theme
from mysteryshop.ui.ops import Refresher, announce
from mysteryshop.ui.reflow import ColumnShares
from mysteryshop.ui.workspace import Workspace
from mysteryshop.vocabulary import ACTION_STATE_LABELS

_ROOT = QModelIndex()
translate = QCoreApplication.translate  # a short name pyside6-lupdate still recognises
SUGGESTIONS = 5  # coaching themes offered as suggestions


def form_language(workspace: Workspace) -> str:
    """The language to show form texts in: the user's choice, else the system's."""
    from mysteryshop.ui.review import _form_language

    return _form_language(workspace)


def question_words(forms: dict[str, Form], form_id: str, question_id: str, lang: str) -> str:
    """A question as people read it, in the form's newest version (its id when gone)."""
    form = forms.get(form_id)
    question = form.question(question_id) if form else None
    if form is None or question is None:
        return question_id
    return form.tr(question.text, lang)


def question_key(form_id: str, question_id: str) -> str:
    """A question as a combo box's data (a tuple does not survive QVariant's findData)."""
    return f"{form_id}\t{question_id}"


def about_words(item: ActionItemData, forms: dict[str, Form], lang: str) -> str:
    """What an action item is about: its question's words, or the dimension's name."""
    if item.dimension is not None:
        return display.dimension_name(item.dimension)
    return question_words(forms, item.form_id or "", item.question_id or "", lang)


def state_words(item: ActionItemData) -> str:
    """The state in words with its marks: 'Open · overdue', 'Done · reopened'."""
    words = [display.label(ACTION_STATE_LABELS[item.state])]
    if item.overdue:
        words.append(translate("ActionsView", "overdue"))
    if item.reopened:
        words.append(translate("ActionsView", "reopened"))
    return " · ".join(words)


def follow_up_words(item: ActionItemData) -> str:
    """'held 3 of 4 visits since' (or that no visit answered it yet)."""
    n = item.follow_up.n
    if n == 0:
        return translate("ActionsView", "no visits since")
    return translate("ActionsView", "held %1 of %n visit(s) since", "", n).replace(
        "%1", display.count_text(item.follow_up.held)
    )


# --- the dialog -------------------------------------------------------------------------------


class ActionDialog(QDialog):
    """Make an action item (at a location, about a question or a dimension, owned by a role,
    due on a day) or edit one's text, owner and due date. Saves through store/actions.py;
    a refusal is shown in the dialog, which stays open."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        item: ActionItemData | None = None,
        location_id: str | None = None,
        form_id: str | None = None,
        question_id: str | None = None,
        dimension: str | None = None,
        what: str = "",
        source: str = "location",
        source_encounter_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.item = item
        self.source = source
        self.source_encounter_id = source_encounter_id
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Edit action item") if item else self.tr("New action item"))
        self.setMinimumWidth(680)
        db = workspace.db
        lang = form_language(workspace)
        self.forms = actions.newest_forms(db)

        self.location_box = QComboBox()
        self.location_box.setAccessibleName(self.tr("Location"))
        for location in queries.list_locations(db):
            self.location_box.addItem(location.name, location.id)
        self.question_radio = QRadioButton(self.tr("A &question"))
        self.dimension_radio = QRadioButton(self.tr("A d&imension"))
        group = QButtonGroup(self)
        group.addButton(self.question_radio)
        group.addButton(self.dimension_radio)
        self.question_box = QComboBox()
        self.question_box.setAccessibleName(self.tr("Question"))
        self.question_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.question_box.setMinimumContentsLength(50)
        several = len(self.forms) > 1
        for fid, form in sorted(self.forms.items()):
            for question in form.answerable():
                if not question.scored:
                    continue
                text = form.tr(question.text, lang)
                if several:
                    text = f"{form.tr(form.title, lang)}: {text}"
                self.question_box.addItem(text, question_key(fid, question.id))
        self.dimension_box = QComboBox()
        self.dimension_box.setAccessibleName(self.tr("Dimension"))
        for name in actions.known_dimensions(self.forms.values()):
            if name != "feeling":  # the outcome itself, not a behaviour to act on
                self.dimension_box.addItem(display.dimension_name(name), name)
        self.what_edit = QPlainTextEdit()
        self.what_edit.setPlaceholderText(
            self.tr("What is to be done, e.g. greet every customer within 10 seconds")
        )
        self.what_edit.setTabChangesFocus(True)
        self.what_edit.setFixedHeight(80)
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText(self.tr("A role, e.g. store manager"))
        self.owner_edit.setMaxLength(actions.OWNER_LENGTH)
        self.due_check = QCheckBox(self.tr("D&ue on"))
        self.due_edit = QDateEdit()
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDate(QDate.currentDate().addDays(14))
        self.due_edit.setMinimumDate(QDate.currentDate())
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.due_check.setChecked(True)

        about_row = QHBoxLayout()
        about_row.addWidget(self.question_radio)
        about_row.addWidget(self.question_box, 1)
        dimension_row = QHBoxLayout()
        dimension_row.addWidget(self.dimension_radio)
        dimension_row.addWidget(self.dimension_box, 1)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit)
        due_row.addStretch(1)
        form_layout = QFormLayout()
        form_layout.addRow(self.tr("&Location"), self.location_box)
        form_layout.addRow(self.tr("About"), about_row)
        form_layout.addRow("", dimension_row)
        form_layout.addRow(self.tr("&What"), self.what_edit)
        form_layout.addRow(self.tr("&Owner (role)"), self.owner_edit)
        form_layout.addRow("", due_row)
        self.note = QLabel(
            self.tr(
                "Name a role, not a person. The observers never see action items: the next "
                "visits show whether it held."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {theme.MUTED.name()};")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.POOR.name()};")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form_layout)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.question_radio.toggled.connect(self._about_chosen)
        if item is not None:
            location_id, form_id, question_id = item.location_id, item.form_id, item.question_id
            dimension, what = item.dimension, item.what
            self.owner_edit.setText(item.owner_role)
            self.due_check.setChecked(item.due_on is not None)
            if item.due_on is not None:
                self.due_edit.setMinimumDate(min(QDate.currentDate(), _qdate(item.due_on)))
                self.due_edit.setDate(_qdate(item.due_on))
            for widget in (self.location_box, self.question_radio, self.dimension_radio):
                widget.setEnabled(False)
        self._choose(self.location_box, location_id)
        if dimension is not None:
            self.dimension_radio.setChecked(True)
            self._choose(self.dimension_box, dimension)
        else:
            self.question_radio.setChecked(True)
            if form_id and question_id:
                self._choose(self.question_box, question_key(form_id, question_id))
        self._about_chosen()
        if item is not None:
            self.question_box.setEnabled(False)
            self.dimension_box.setEnabled(False)
        self.what_edit.setPlainText(what)
        self.what_edit.setFocus()

    @staticmethod
    def _choose(box: QComboBox, value: Any) -> None:
        if value is None:
            return
        index = box.findData(value)
        if index >= 0:
            box.setCurrentIndex(index)

    @Slot()
    def _about_chosen(self) -> None:
        by_question = self.question_radio.isChecked()
        self.question_box.setEnabled(by_question and self.item is None)
        self.dimension_box.setEnabled(not by_question and self.item is None)

    def due_on(self) -> date | None:
        if not self.due_check.isChecked():
            return None
        chosen = self.due_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def accept(self) -> None:
        db = self.workspace.db
        try:
            if self.item is not None:
                actions.update_action(
                    db,
                    self.item.id,
                    what=self.what_edit.toPlainText(),
                    owner_role=self.owner_edit.text(),
                    due_on=self.due_on(),
                )
                self.saved_id = self.item.id
            else:
                about: dict[str, Any] = {}
                if self.question_radio.isChecked():
                    form_id, _tab, question_id = str(
                        self.question_box.currentData() or ""
                    ).partition("\t")
                    about = {"form_id": form_id or None, "question_id": question_id or None}
                else:
                    about = {"dimension": self.dimension_box.currentData()}
                self.saved_id = actions.add_action(
                    db,
                    location_id=str(self.location_box.currentData() or ""),
                    what=self.what_edit.toPlainText(),
                    owner_role=self.owner_edit.text(),
                    due_on=self.due_on(),
                    source=self.source,
                    source_encounter_id=self.source_encounter_id,
                    created_by=self.workspace.settings.observer_alias or None,
                    **about,
                )
        except StoreError as error:
            self.error.setText("\n".join(error.problems))
            self.error.show()
            return
        announce(self.workspace, Changes.of("actions"))
        super().accept()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def make_action(workspace: Workspace, parent: QWidget | None, **prefill: Any) -> str | None:
    """Open the dialog for a new action item, filled in as given; the new item's id, or None
    when cancelled."""
    dialog = ActionDialog(workspace, parent, **prefill)
    dialog.exec()
    return dialog.saved_id


def weakest_question(workspace: Workspace, f: EncounterFilter, location_id: str) -> Any:
    """The location's most missed question in the filter's reported visits (the coaching
    report's themes, report_data.coaching_themes), or None when no question was missed."""
    at = dataclasses.replace(f, location=location_id).reported()
    themes = report_data.coaching_themes(workspace.db, at, minimum=1)
    found = themes.by_location.get(location_id) or []
    return found[0] if found else None


# --- the list ---------------------------------------------------------------------------------


class ActionsModel(QAbstractTableModel):
    """Action items as rows: location, about, what, owner, due, state (with overdue and
    reopened in words), follow-up."""

    COLUMNS = range(7)
    COL_LOCATION, COL_ABOUT, COL_WHAT, COL_OWNER, COL_DUE, COL_STATE, COL_FOLLOW = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ActionItemData] = []
        self.forms: dict[str, Form] = {}
        self.lang = "en"

    def set_rows(self, rows: list[ActionItemData], forms: dict[str, Form], lang: str) -> None:
        self.beginResetModel()
        self.rows, self.forms, self.lang = rows, forms, lang
        self.endResetModel()

    def rowCount(self, parent: Any = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Location"),
            self.tr("About"),
            self.tr("What"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("State"),
            self.tr("Follow-up"),
        )[section]

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_LOCATION:
                return item.location_name
            if column == self.COL_ABOUT:
                return about_words(item, self.forms, self.lang)
            if column == self.COL_WHAT:
                return item.what
            if column == self.COL_OWNER:
                return item.owner_role or "–"
            if column == self.COL_DUE:
                return display.date_text(item.due_on) if item.due_on else "–"
            if column == self.COL_STATE:
                return state_words(item)
            return follow_up_words(item)
        if role == Qt.ItemDataRole.ForegroundRole:
            if (column == self.COL_STATE and (item.overdue or item.reopened)) or (
                column == self.COL_DUE and item.overdue
            ):
                return theme.POOR
            if item.state != "open" and not item.reopened:
                return theme.MUTED
        return None


class ActionsView(QWidget):
    """The list of action items with its filters, the editor dialog, Done / Drop / Reopen,
    and suggestions from the coaching themes."""

    updated = Signal()  # the list was read again (tests and screenshots)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.today: date | None = None  # None: the computer's today, read at each refresh
        heading = QLabel(self.tr("Action items"))
        heading.setProperty("role", "heading")
        intro = QLabel(
            self.tr(
                "What is to be done about a missed standard, and whether the visits since show "
                "it held. Observers never see these."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {theme.MUTED.name()};")

        self.state_box = QComboBox()
        self.state_box.setAccessibleName(self.tr("State"))
        self.state_box.addItem(self.tr("Open and reopened"), "outstanding")
        for key, text in ACTION_STATE_LABELS.items():
            self.state_box.addItem(display.label(text), key)
        self.state_box.addItem(self.tr("All states"), "all")
        self.location_box = QComboBox()
        self.location_box.setAccessibleName(self.tr("Location"))
        self.overdue_check = QCheckBox(self.tr("Only o&verdue"))
        for signal in (self.state_box.currentIndexChanged, self.location_box.currentIndexChanged):
            signal.connect(self.refresh)
        self.overdue_check.toggled.connect(self.refresh)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show")))
        filters.addWidget(self.state_box)
        filters.addWidget(self.location_box)
        filters.addWidget(self.overdue_check)
        filters.addStretch(1)
        self.summary = QLabel()
        # Wraps rather than widening the window past 1024 px in Finnish.
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        filters.addWidget(self.summary, 1)

        self.model = ActionsModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Action items"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ActionsModel.COL_WHAT, QHeaderView.ResizeMode.Stretch)
        widths = {
            ActionsModel.COL_LOCATION: 130,
            ActionsModel.COL_ABOUT: 230,
            ActionsModel.COL_OWNER: 110,
            ActionsModel.COL_STATE: 135,
            ActionsModel.COL_FOLLOW: 165,
        }
        header.resizeSection(ActionsModel.COL_DUE, 95)  # a date: never shortened
        ColumnShares(self.table, widths, reserve=200)  # every column in view at 1024 px
        # Long questions and texts wrap onto a second line rather than being cut.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.doubleClicked.connect(self.on_edit_clicked)
        self.table.activated.connect(self.on_edit_clicked)
        self.table.selectionModel().selectionChanged.connect(self._enable)

        def button(text: str, keys: str, slot: Any) -> QPushButton:
            shortcut = QKeySequence(keys)
            shown = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            made = QPushButton(f"{text}  ({shown})")
            made.clicked.connect(slot)
            QShortcut(shortcut, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            return made

        self.new_button = button(self.tr("New…"), "Ins", self.on_new_clicked)
        self.edit_button = button(self.tr("Edit…"), "F2", self.on_edit_clicked)
        self.done_button = button(self.tr("Done"), "Ctrl+D", lambda: self.set_state("done"))
        self.drop_button = button(
            self.tr("Drop"), "Ctrl+Shift+D", lambda: self.set_state("dropped")
        )
        self.reopen_button = button(self.tr("Reopen"), "Ctrl+R", lambda: self.set_state("open"))
        self.done_button.setProperty("role", "primary")
        buttons = QHBoxLayout()
        for made in (self.new_button, self.edit_button):
            buttons.addWidget(made)
        buttons.addStretch(1)
        for made in (self.done_button, self.drop_button, self.reopen_button):
            buttons.addWidget(made)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.POOR.name()};")
        self.error.hide()

        # Suggestions: the coaching report's themes, for the chosen location or overall.
        suggestions = QFrame()
        suggestions.setProperty("role", "card")
        side = QVBoxLayout(suggestions)
        side.setContentsMargins(12, 8, 12, 8)
        title = QLabel(self.tr("Suggestions from coaching themes"))
        title.setStyleSheet("font-weight: 600;")
        self.suggestions_note = QLabel()
        self.suggestions_note.setStyleSheet(f"color: {theme.MUTED.name()};")
        heading_row = QHBoxLayout()
        heading_row.addWidget(title)
        heading_row.addSpacing(12)
        heading_row.addWidget(self.suggestions_note, 1)
        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName(self.tr("Suggested action items"))
        self.suggestions.setFixedHeight(118)
        self.suggestions.itemActivated.connect(self.on_suggestion_activated)
        self.suggest_button = QPushButton(self.tr("&Make action item…"))
        self.suggest_button.clicked.connect(self.on_suggest_clicked)
        list_row = QHBoxLayout()
        list_row.addWidget(self.suggestions, 1)
        list_row.addWidget(self.suggest_button, 0, Qt.AlignmentFlag.AlignBottom)
        side.addLayout(heading_row)
        side.addLayout(list_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addSpacing(6)
        layout.addWidget(suggestions)

        self.refresher = Refresher(
            self,
            workspace,
            lambda _changes: self.refresh(),
            lambda c: c.touches("actions", "encounters", "locations", "forms"),
            stale=True,
        )
        self._enable()

    # --- reading ------------------------------------------------------------------------------

    def current_filter(self) -> ActionFilter:
        state = self.state_box.currentData()
        location = self.location_box.currentData()
        return ActionFilter(
            location_ids=(location,) if location else None,
            states=None if state in ("all", "outstanding") else (state,),
            overdue=self.overdue_check.isChecked(),
        )

    def set_filter(
        self, *, state: str = "outstanding", location_id: str | None = None, overdue: bool = False
    ) -> None:
        """Show these action items (the dashboard's panel asks for them)."""
        self._fill_locations()
        for box, value in ((self.state_box, state), (self.location_box, location_id or "")):
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(value), 0))
            box.blockSignals(False)
        self.overdue_check.blockSignals(True)
        self.overdue_check.setChecked(overdue)
        self.overdue_check.blockSignals(False)
        self.refresh()

    def _fill_locations(self) -> None:
        chosen = self.location_box.currentData()
        self.location_box.blockSignals(True)
        self.location_box.clear()
        self.location_box.addItem(self.tr("Every location"), "")
        for location in queries.list_locations(self.workspace.db):
            self.location_box.addItem(location.name, location.id)
        self.location_box.setCurrentIndex(max(self.location_box.findData(chosen or ""), 0))
        self.location_box.blockSignals(False)

    @Slot()
    def refresh(self) -> None:
        db = self.workspace.db
        if self.location_box.count() == 0:
            self._fill_locations()
        chosen = self.selected()
        rows = actions.list_actions(db, self.current_filter(), today=self.today)
        if self.state_box.currentData() == "outstanding":
            rows = [item for item in rows if item.outstanding]
        self.model.set_rows(rows, actions.newest_forms(db), form_language(self.workspace))
        counted = actions.counts(rows)
        self.summary.setText(
            self.tr("%n shown", "", len(rows))
            + " · "
            + self.tr("%n overdue", "", counted.overdue)
            + " · "
            + self.tr("%n reopened", "", counted.reopened)
        )
        if chosen is not None:
            self.select(chosen.id)
        elif rows:
            self.table.selectRow(0)
        self._fill_suggestions()
        self._enable()
        self.updated.emit()

    def _fill_suggestions(self) -> None:
        location = self.location_box.currentData() or None
        f = EncounterFilter(location=location).reported()
        themes = report_data.coaching_themes(self.workspace.db, f)
        top = (themes.by_location.get(location, []) if location else [
            q for q in themes.overall if q.answered >= themes.minimum
        ])[:SUGGESTIONS]  # fmt: skip
        forms = self.model.forms
        self.suggestions.clear()
        for theme_ in top:
            text = question_words(forms, theme_.form_id, theme_.question_id, self.model.lang)
            missed = self.tr("missed in %1 of %n visit(s)", "", theme_.answered).replace(
                "%1", display.count_text(theme_.missed)
            )
            entry = QListWidgetItem(f"{text} — {missed}")
            entry.setData(Qt.ItemDataRole.UserRole, (theme_.form_id, theme_.question_id))
            self.suggestions.addItem(entry)
        if top:
            self.suggestions.setCurrentRow(0)
        self.suggestions_note.setText(
            (
                self.tr("The questions most often missed at this location.")
                if location
                else self.tr("The questions most often missed everywhere.")
            )
            if top
            else self.tr("No question was missed often enough to suggest one.")
        )
        self.suggest_button.setEnabled(bool(top))

    def selected(self) -> ActionItemData | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select(self, action_id: str) -> None:
        for row, item in enumerate(self.model.rows):
            if item.id == action_id:
                self.table.selectRow(row)
                return

    @Slot()
    def _enable(self, *_args: Any) -> None:
        item = self.selected()
        self.edit_button.setEnabled(item is not None)
        for button, state in (
            (self.done_button, "done"),
            (self.drop_button, "dropped"),
            (self.reopen_button, "open"),
        ):
            button.setEnabled(item is not None and actions.move_problem(item.state, state) is None)

    # --- writing ------------------------------------------------------------------------------

    @Slot()
    def on_new_clicked(self) -> None:
        location = self.location_box.currentData() or None
        self._made(make_action(self.workspace, self, location_id=location))

    @Slot()
    def on_edit_clicked(self, *_args: Any) -> None:
        item = self.selected()
        if item is not None:
            self._made(make_action(self.workspace, self, item=item))

    def _made(self, action_id: str | None) -> None:
        if action_id is not None:
            self.refresh()
            self.select(action_id)

    def set_state(self, state: str) -> bool:
        """Close the selected item as done or dropped, or reopen it; a refusal is shown."""
        item = self.selected()
        if item is None:
            return False
        try:
            actions.set_state(self.workspace.db, item.id, state)
        except StoreError as error:
            self.error.setText("\n".join(error.problems))
            self.error.show()
            return False
        self.error.hide()
        announce(self.workspace, Changes.of("actions"), self)
        self.refresh()
        self.select(item.id)
        return True

    @Slot(QListWidgetItem)
    def on_suggestion_activated(self, entry: QListWidgetItem) -> None:
        form_id, question_id = entry.data(Qt.ItemDataRole.UserRole)
        self._made(
            make_action(
                self.workspace,
                self,
                location_id=self.location_box.currentData() or None,
                form_id=form_id,
                question_id=question_id,
                source="coaching",
            )
        )

    @Slot()
    def on_suggest_clicked(self) -> None:
        entry = self.suggestions.currentItem()
        if entry is not None:
            self.on_suggestion_activated(entry)


# --- the dashboard's panel --------------------------------------------------------------------


class ActionsPanel(QFrame):
    """The dashboard's card: how many action items are open, overdue and reopened, and the
    most urgent few. A click asks for the Actions view, filtered (`open_requested`: state,
    location id, overdue only)."""

    open_requested = Signal(str, str, bool)
    URGENT = 3

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.today: date | None = None
        self.setProperty("role", "card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(self.tr("Action items"))
        title.setStyleSheet("font-weight: 600;")
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.linkActivated.connect(self._on_link)
        self.list = QLabel()
        self.list.setWordWrap(True)
        self.list.setTextFormat(Qt.TextFormat.RichText)
        self.list.linkActivated.connect(self._on_link)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(12)
        header.addWidget(self.counts, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(header)
        layout.addWidget(self.list)
        self.refresher = Refresher(
            self,
            workspace,
            lambda _changes: self.refresh(),
            lambda c: c.touches("actions", "encounters", "locations"),
            stale=True,
        )

    def refresh(self) -> None:
        items = actions.outstanding(self.workspace.db, today=self.today)
        counted = actions.counts(items)
        open_text = self.tr("%n open", "", counted.open)
        overdue_text = self.tr("%n overdue", "", counted.overdue)
        parts = [
            f"<a href='outstanding:'>{open_text}</a>",
            f"<a href='overdue:'>{overdue_text}</a>",
            self.tr("%n reopened", "", counted.reopened),
        ]
        self.counts.setText(" · ".join(parts))
        forms = actions.newest_forms(self.workspace.db)
        lang = form_language(self.workspace)
        lines = []
        for item in items[: self.URGENT]:
            marks = []
            due = display.date_text(item.due_on) if item.due_on is not None else ""
            if item.overdue:
                marks.append(self.tr("overdue since %1").replace("%1", due))
            elif due:
                marks.append(self.tr("due %1").replace("%1", due))
            if item.reopened:
                marks.append(self.tr("reopened: missed again"))
            colour = theme.POOR if item.overdue or item.reopened else theme.MUTED
            mark = (
                f" <span style='color:{colour.name()}'>· {html.escape(' · '.join(marks))}</span>"
                if marks
                else ""
            )
            lines.append(
                f"<a href='outstanding:{item.location_id}'>{html.escape(item.location_name)}</a>: "
                f"{html.escape(about_words(item, forms, lang))} — {html.escape(item.what)}{mark}"
            )
        if not items:
            lines.append(self.tr("No open action items."))
        self.list.setText("<br>".join(lines))

    def text(self) -> str:
        return f"{self.counts.text()}\n{self.list.text()}"

    @Slot(str)
    def _on_link(self, link: str) -> None:
        kind, _colon, location = link.partition(":")
        self.open_requested.emit("outstanding", location, kind == "overdue")
