"""The live score beside the form: overall %, critical misses in red, the feeling (Net Uplift's
input) and how much is answered. The numbers come from scoring.score_encounter alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from mysteryshop.forms import FeelingQuestion, Form, missing_required, visible_questions
from mysteryshop.scoring import EncounterScore, score_encounter
from mysteryshop.ui import theme
from mysteryshop.ui.editor_widgets import feeling_label

if TYPE_CHECKING:
    from mysteryshop.ui.editor_form import FormView


def show_live(form: Form, form_view: FormView, summary: ScoreSummary, lang: str) -> None:
    """Show and hide show_if questions and update the live score: the observer's editor and
    the form builder's preview alike."""
    answers = form_view.answers()
    na = form_view.na()
    visible = visible_questions(form, answers)
    form_view.show_visible(visible)
    result = score_encounter(form, answers, na)
    shown = [q for q in form.answerable() if q.id in visible]
    answered = sum(1 for q in shown if q.id in answers or q.id in na)
    required_left = len(missing_required(form, answers, na))
    summary.show_result(result, form, lang, answered, len(shown), required_left)


class ScoreSummary(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        caption = QLabel(self.tr("Live score"))
        caption.setProperty("role", "caption")
        self.score = QLabel("–")
        self.score.setProperty("role", "score")
        self.score.setAccessibleName(self.tr("Score so far"))
        self.progress = QLabel()
        self.progress.setProperty("role", "muted")
        self.progress.setWordWrap(True)
        self.critical = QLabel()
        self.critical.setProperty("role", "critical")
        self.critical.setWordWrap(True)
        self.critical.setVisible(False)
        self.feeling = QLabel()
        self.feeling.setWordWrap(True)
        self.uplift = QLabel()
        self.uplift.setProperty("role", "hint")
        self.uplift.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(4)
        layout.addWidget(caption)
        layout.addWidget(self.score)
        layout.addWidget(self.progress)
        layout.addSpacing(4)
        layout.addWidget(self.critical)
        layout.addWidget(self.feeling)
        layout.addWidget(self.uplift)

    def show_result(
        self,
        result: EncounterScore,
        form: Form,
        lang: str,
        answered: int,
        shown: int,
        required_left: int,
    ) -> None:
        score = result.score
        self.score.setText(
            self.tr("{score} %").format(score=round(score)) if score is not None else "–"
        )
        self.score.setStyleSheet(f"color: {theme.score_colour(score).name()};")
        progress = self.tr("{answered} of {shown} answered").format(answered=answered, shown=shown)
        if required_left:
            progress += " · " + self.tr("%n required left", "", required_left)
        self.progress.setText(progress)
        if result.critical_failures:
            texts = []
            for question_id in result.critical_failures:
                critical = form.question(question_id)
                texts.append(form.tr(critical.text, lang) if critical else question_id)
            self.critical.setText(
                self.tr("Critical miss: {questions}").format(questions="; ".join(texts))
            )
        self.critical.setVisible(bool(result.critical_failures))
        question = next((q for q in form.answerable() if isinstance(q, FeelingQuestion)), None)
        self.feeling.setVisible(question is not None)  # a form without one has no Net Uplift
        self.uplift.setVisible(question is not None)
        if result.feeling is None:
            self.feeling.setText(self.tr("Feeling: not answered yet"))
            self.uplift.setText(self.tr("Net Uplift counts the feeling you leave with"))
            self.feeling.setStyleSheet(f"color: {theme.MUTED.name()};")
        else:
            label = feeling_label(question, result.feeling, form, lang)
            colour = theme.FEELING_COLOURS[result.feeling].name()
            effect = (
                self.tr("counts as uplifted in Net Uplift")
                if result.feeling > 0
                else self.tr("counts as diminished in Net Uplift")
                if result.feeling < 0
                else self.tr("neutral in Net Uplift")
            )
            self.feeling.setText(self.tr("Feeling: {label}").format(label=label))
            self.feeling.setToolTip(effect)
            self.uplift.setText(effect)
            self.feeling.setStyleSheet(f"color: {colour}; font-weight: 600;")
