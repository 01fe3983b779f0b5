"""The comment library in the settings: the reviewers' saved phrases, general ones or for one
question of a form, added, reworded, removed and put in order (store/comments.py). The review
offers them in the reviewer note and the return reason (ui/phrases.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.forms import Form
from mysteryshop.store import comments, queries
from mysteryshop.store.db import StoreError
from mysteryshop.ui import display, theme
from mysteryshop.ui.workspace import Workspace

_ID_ROLE = Qt.ItemDataRole.UserRole


class CommentLibraryEditor(QWidget):
    """Choose general phrases or a form's question, then edit that group's phrases. A phrase
    is reworded in place (double-click or F2); Delete removes it."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._forms: dict[str, Form] = {}

        self.form_box = QComboBox()
        self.form_box.setAccessibleName(self.tr("Phrases for"))
        self.form_box.currentIndexChanged.connect(self.on_form_chosen)
        self.question_box = QComboBox()
        self.question_box.setAccessibleName(self.tr("Question"))
        self.question_box.setMinimumContentsLength(30)
        self.question_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.question_box.currentIndexChanged.connect(self.show_phrases)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Saved phrases"))
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(140)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.itemChanged.connect(self.on_item_edited)
        self.list.currentRowChanged.connect(self._enable_buttons)
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete),
            self.list,
            self.on_remove,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        self.new_phrase = QLineEdit()
        self.new_phrase.setPlaceholderText(self.tr("A phrase you write often…"))
        self.new_phrase.setAccessibleName(self.tr("New phrase"))
        self.new_phrase.setMaxLength(comments.MAX_PHRASE_CHARS)
        self.new_phrase.returnPressed.connect(self.on_add)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.on_add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the chosen phrase (Delete)"))
        self.remove_button.clicked.connect(self.on_remove)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.on_move(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.on_move(1))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {theme.POOR.name()};")
        self.message.hide()

        choose = QGridLayout()
        choose.addWidget(QLabel(self.tr("Phrases for:")), 0, 0)
        choose.addWidget(self.form_box, 0, 1)
        choose.addWidget(self.question_box, 1, 1)
        choose.setColumnStretch(1, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_phrase, 1)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(choose)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        self.fill_forms()

    # --- choosing the group -------------------------------------------------------------------

    def fill_forms(self) -> None:
        """(Re)list the forms, each in its newest version, keeping the choice."""
        chosen = self.form_box.currentData()
        self._forms = {}
        for info in queries.list_forms(self.workspace.db):  # newest version of each first
            if info.form_id not in self._forms:
                self._forms[info.form_id] = queries.get_form(
                    self.workspace.db, info.form_id, info.version
                )
        self.form_box.blockSignals(True)
        self.form_box.clear()
        self.form_box.addItem(self.tr("General phrases (every question)"), None)
        lang = self._language()
        for form_id, form in self._forms.items():
            self.form_box.addItem(form.tr(form.title, lang), form_id)
        self.form_box.setCurrentIndex(max(self.form_box.findData(chosen), 0))
        self.form_box.blockSignals(False)
        self.on_form_chosen()

    def _language(self) -> str:
        return display.ui_language()

    @Slot()
    def on_form_chosen(self) -> None:
        form = self._forms.get(self.form_box.currentData() or "")
        self.question_box.blockSignals(True)
        self.question_box.clear()
        if form is not None:
            for question in form.answerable():
                self.question_box.addItem("", question.id)
        self.question_box.setEnabled(form is not None)
        self.question_box.blockSignals(False)
        self.show_phrases()

    def group(self) -> tuple[str | None, str | None]:
        """The chosen form and question (None, None: the general phrases)."""
        form_id = self.form_box.currentData()
        return (form_id, self.question_box.currentData()) if form_id else (None, None)

    @Slot()
    def show_phrases(self, select: int | None = None) -> None:
        """List the chosen group's phrases, selecting the phrase `select` (an id) if given."""
        form_id, question_id = self.group()
        if form_id is not None and question_id is not None:
            found = comments.phrases_for(self.workspace.db, form_id, question_id)
        else:
            found = comments.library(self.workspace.db)
        self.list.blockSignals(True)
        self.list.clear()
        for phrase in found:
            if (phrase.form_id, phrase.question_id) != (form_id, question_id):
                continue  # the general ones, listed under their own choice
            item = QListWidgetItem(phrase.text)
            item.setData(_ID_ROLE, phrase.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
            if phrase.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._enable_buttons()
        self._name_questions()

    def _name_questions(self) -> None:
        """Each question's text in the question box, with how many phrases it has."""
        form = self._forms.get(self.form_box.currentData() or "")
        if form is None:
            return
        counts: dict[str | None, int] = {}
        for phrase in comments.phrases_for(self.workspace.db, form.id):
            counts[phrase.question_id] = counts.get(phrase.question_id, 0) + 1
        lang = self._language()
        for index in range(self.question_box.count()):
            question = form.question(self.question_box.itemData(index))
            text = form.tr(question.text, lang) if question is not None else ""
            count = counts.get(self.question_box.itemData(index), 0)
            self.question_box.setItemText(index, f"{text} ({count})" if count else text)

    @Slot()
    def _enable_buttons(self) -> None:
        row = self.list.currentRow()
        chosen = row >= 0
        self.remove_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < self.list.count() - 1)

    # --- changes ------------------------------------------------------------------------------

    def _try(self, work: Callable[[], object]) -> bool:
        """Run a change; show why it was refused, if it was."""
        try:
            work()
        except StoreError as error:
            self.message.setText("\n".join(error.problems))
            self.message.show()
            return False
        self.message.hide()
        return True

    @Slot()
    def on_add(self) -> None:
        text = self.new_phrase.text()
        form_id, question_id = self.group()
        added: list[comments.Phrase] = []
        if self._try(
            lambda: added.append(comments.add_phrase(self.workspace.db, text, form_id, question_id))
        ):
            self.new_phrase.clear()
            self.show_phrases(select=added[0].id)

    @Slot(QListWidgetItem)
    def on_item_edited(self, item: QListWidgetItem) -> None:
        phrase_id = item.data(_ID_ROLE)
        self._try(lambda: comments.edit_phrase(self.workspace.db, phrase_id, item.text()))
        self.show_phrases(select=phrase_id)  # as stored (trimmed), or as it was

    @Slot()
    def on_remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        row = self.list.currentRow()
        if self._try(lambda: comments.delete_phrase(self.workspace.db, item.data(_ID_ROLE))):
            self.show_phrases()
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def on_move(self, by: int) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        phrase_id = item.data(_ID_ROLE)
        if self._try(lambda: comments.move_phrase(self.workspace.db, phrase_id, by)):
            self.show_phrases(select=phrase_id)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.fill_forms()  # forms imported since
