"""A form rendered from its definition for answering: section cards, and per question its text
in the UI language, its hint, a required mark and the input for its type."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from mysteryshop.forms import Form, NoteItem, Question
from mysteryshop.ui import theme
from mysteryshop.ui.editor_widgets import AnswerInput, DurationInput, make_input


class QuestionRow(QWidget):
    """One question: text (with * when required), hint, input, and a message when missing."""

    def __init__(
        self,
        question: Question,
        form: Form,
        lang: str,
        event_names: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.question = question
        self.text = form.tr(question.text, lang)
        required = bool(getattr(question, "required", False))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 14, 0, 14)
        layout.setSpacing(6)

        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setProperty("role", "note" if isinstance(question, NoteItem) else "question")
        mark = f' <span style="color:{theme.POOR.name()}">*</span>' if required else ""
        self.label.setText(escape(self.text) + mark)
        layout.addWidget(self.label)

        self.hint: QLabel | None = None
        if question.hint is not None:
            self.hint = QLabel(form.tr(question.hint, lang))
            self.hint.setWordWrap(True)
            self.hint.setProperty("role", "hint")
            layout.addWidget(self.hint)

        self.input: AnswerInput | None = make_input(question, form, lang, event_names)
        if self.input is not None:
            layout.addSpacing(4)
            layout.addWidget(self.input)
            description = self.tr("Required") if required else ""
            for widget in self.input.focus_widgets():
                if not widget.accessibleName():  # the label is not its sibling: no buddy name
                    widget.setAccessibleName(self.text)
                # Screen readers hear the question with each of its buttons.
                widget.setAccessibleDescription(
                    f"{self.text} {description}".strip()
                    if widget.accessibleDescription() == ""
                    else widget.accessibleDescription()
                )
            self.label.setBuddy(self.input.focus_target())

        self.problem = QLabel()
        self.problem.setProperty("role", "problem")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def focus(self) -> None:
        if self.input is not None:
            self.input.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)


class FormView(QWidget):
    """Every section of a form as a card of question rows. `changed` on each answer edit."""

    changed = Signal()

    def __init__(
        self, form: Form, lang: str, event_names: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.rows: dict[str, QuestionRow] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        for section in form.sections:
            card = QFrame()
            card.setProperty("role", "card")
            inner = QVBoxLayout(card)
            inner.setContentsMargins(24, 18, 24, 8)
            inner.setSpacing(0)
            title = QLabel(form.tr(section.title, lang))
            title.setProperty("role", "section")
            title.setWordWrap(True)
            inner.addWidget(title)
            if section.description is not None:
                description = QLabel(form.tr(section.description, lang))
                description.setProperty("role", "muted")
                description.setWordWrap(True)
                inner.addSpacing(4)
                inner.addWidget(description)
            inner.addSpacing(6)
            for index, question in enumerate(section.questions):
                if index:
                    line = QFrame()
                    line.setProperty("role", "rule")
                    line.setFixedHeight(1)
                    inner.addWidget(line)
                    question_row = QuestionRow(question, form, lang, event_names)
                    # The rule belongs to the row below it: hidden together.
                    question_row.rule = line  # type: ignore[attr-defined]
                else:
                    question_row = QuestionRow(question, form, lang, event_names)
                    question_row.rule = None  # type: ignore[attr-defined]
                if question_row.input is not None:
                    question_row.input.changed.connect(self.changed)
                inner.addWidget(question_row)
                self.rows[question.id] = question_row
            layout.addWidget(card)

    # --- answers --------------------------------------------------------------------------------

    def answers(self) -> dict[str, Any]:
        """Every answered question (visible or not), by id."""
        out = {}
        for question_id, row in self.rows.items():
            if row.input is not None:
                value = row.input.value()
                if value is not None:
                    out[question_id] = value
        return out

    def na(self) -> list[str]:
        return [qid for qid, row in self.rows.items() if row.input and row.input.is_na()]

    def set_answers(self, answers: dict[str, Any], na: list[str]) -> None:
        """Show stored answers (no `changed`)."""
        for question_id, row in self.rows.items():
            if row.input is not None:
                row.input.set_answer(answers.get(question_id), question_id in na)

    def fill_durations(self, durations: dict[str, float]) -> None:
        """Durations measured by the visit timer, as if typed (so they are saved)."""
        for question_id, seconds in durations.items():
            row = self.rows.get(question_id)
            if row is not None and isinstance(row.input, DurationInput):
                if row.input.value() != seconds:
                    row.input.fill(seconds)

    def fill_unanswered(self, answers: dict[str, Any]) -> None:
        """Answers the visit timer implies (Greeted tapped: "Were you greeted?" Yes), as if
        chosen, for questions not answered yet: a No or N/A chosen stays."""
        for question_id, value in answers.items():
            row = self.rows.get(question_id)
            if row is not None and row.input is not None:
                if row.input.value() is None and not row.input.is_na():
                    row.input.set_answer(value, False)

    def show_visible(self, visible: set[str]) -> None:
        for question_id, row in self.rows.items():
            shown = question_id in visible
            if row.isHidden() == shown:
                row.setVisible(shown)
                rule = getattr(row, "rule", None)
                if rule is not None:
                    rule.setVisible(shown)

    def focus_widgets(self) -> list[QWidget]:
        out: list[QWidget] = []
        for row in self.rows.values():
            if row.input is not None:
                out += row.input.focus_widgets()
        return out
