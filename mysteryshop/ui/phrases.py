"""Inserting a saved phrase of the comment library (store/comments.py) into a reviewer's text:
the reviewer note and the reason of a return. A button opens a menu of the phrases for the
encounter's form, the questions the visit missed first, then the general ones; Ctrl+Shift+P
in the text opens it too, and the first nine phrases are numbered: 1…9 pick one."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QPushButton, QWidget

from mysteryshop.forms import Form
from mysteryshop.store import comments
from mysteryshop.store.db import Database

PhraseGroups = list[tuple[str, list[str]]]
"""Phrases to offer, in groups: (heading, texts)."""
PhraseSource = Callable[[], PhraseGroups]
"""Gives the phrases to offer when the menu opens."""

SHORTCUT = "Ctrl+Shift+P"
translate = QCoreApplication.translate
_SHOWN_CHARS = 70  # a phrase longer than this is cut short in the menu (whole in its tip)
_HEADING_CHARS = 50  # a question's text as the heading of its phrases


def _shortened(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def phrase_groups(
    db: Database,
    form: Form,
    missed: Collection[str],
    lang: str,
) -> PhraseGroups:
    """The phrases a review of an encounter on `form` offers: each question's (those in
    `missed`, the questions the visit lost points on, first; then in form order), then the
    general ones, each under a heading (the question's text in `lang`)."""
    by_question: dict[str, list[str]] = {}
    general: list[str] = []
    for phrase in comments.phrases_for(db, form.id):
        if phrase.question_id is None:
            general.append(phrase.text)
        else:
            by_question.setdefault(phrase.question_id, []).append(phrase.text)
    questions = [q for q in form.answerable() if q.id in by_question]
    questions.sort(key=lambda q: q.id not in missed)  # stable: form order within each
    groups: PhraseGroups = []
    for question in questions:
        text = _shortened(form.tr(question.text, lang), _HEADING_CHARS)
        if question.id in missed:
            text = translate("PhraseButton", "%1 (missed)").replace("%1", text)
        groups.append((text, by_question[question.id]))
    if general:
        groups.append((translate("PhraseButton", "General"), general))
    return groups


def insert_phrase(target: QPlainTextEdit, text: str) -> None:
    """Type `text` at the cursor, apart from a word just before it by a space."""
    cursor = target.textCursor()
    before = target.toPlainText()[: cursor.position()]
    if before and not before[-1].isspace():
        text = " " + text
    cursor.insertText(text)
    target.setTextCursor(cursor)
    target.setFocus(Qt.FocusReason.OtherFocusReason)


class PhraseButton(QPushButton):
    """A button that opens the menu of phrases for `target`; `source()` gives them when the
    menu opens, so the menu always shows the library as it is."""

    def __init__(
        self,
        target: QPlainTextEdit,
        source: Callable[[], PhraseGroups],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Phrase… (%1)").replace("%1", SHORTCUT), parent)
        self.target = target
        self.source = source
        self.phrase_menu: QMenu | None = None
        self.setToolTip(
            self.tr(
                "Insert a saved phrase from the comment library (%1; then 1–9). Edit the "
                "library in Settings."
            ).replace("%1", SHORTCUT)
        )
        self.setAccessibleName(self.tr("Insert a phrase"))
        self.clicked.connect(self.open_menu)
        QShortcut(
            QKeySequence(SHORTCUT),
            target,
            self.open_menu,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

    @Slot()
    def open_menu(self) -> None:
        """Show the menu of phrases under the button (not blocking: the app goes on)."""
        if self.phrase_menu is not None:
            self.phrase_menu.deleteLater()  # the one shown before
        menu = QMenu(self)
        number = 0
        for heading, texts in self.source():
            menu.addSection(heading)
            for text in texts:
                number += 1
                shown = _shortened(text, _SHOWN_CHARS).replace("&", "&&")
                label = f"&{number}  {shown}" if number <= 9 else f"    {shown}"
                action = QAction(label, menu)
                action.setToolTip(text)
                action.triggered.connect(lambda _checked=False, text=text: self.insert(text))
                menu.addAction(action)
        if number == 0:
            empty = menu.addAction(
                self.tr("No saved phrases yet: add some in Settings › Comment library")
            )
            empty.setEnabled(False)
        menu.setToolTipsVisible(True)
        self.phrase_menu = menu
        menu.popup(self.mapToGlobal(QPoint(0, self.height())))

    def insert(self, text: str) -> None:
        insert_phrase(self.target, text)
