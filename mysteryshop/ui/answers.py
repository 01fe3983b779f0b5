"""How answers read in the app: each question type's own words (forms.Question.words) with
Qt's translations of forms.ANSWER_PHRASES, numbers and durations in the user's locale, and
feelings with their arrows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mysteryshop.forms import Form, Question, Wording
from mysteryshop.ui import display

# forms.ANSWER_PHRASES, each where pyside6-lupdate sees it (tests/test_question_types.py
# checks that none is missing).
PHRASES = {
    "Yes": QT_TRANSLATE_NOOP("Answers", "Yes"),
    "No": QT_TRANSLATE_NOOP("Answers", "No"),
    "None chosen": QT_TRANSLATE_NOOP("Answers", "None chosen"),
    "{value} of {low}–{high}": QT_TRANSLATE_NOOP("Answers", "{value} of {low}–{high}"),
    "{time} (target {target})": QT_TRANSLATE_NOOP("Answers", "{time} (target {target})"),
}


def _feeling(value: int, label: str | None) -> str:
    return f"{display.feeling_symbol(value)} {label or display.feeling_long(value)}"


def wording(lang: str) -> Wording:
    """How answers read in the app, with the form's texts in `lang`."""
    phrases = {
        english: QCoreApplication.translate("Answers", str(source))
        for english, source in PHRASES.items()
    }
    return Wording(lang, phrases, display.number_text, display.duration_text, _feeling)


def answer_text(form: Form, question: Question, value: Any, lang: str) -> str:
    """An answer as the observer gave it, in words."""
    return question.words(value, form, wording(lang))
