"""What changed between two versions of a form, as data.

A saved edit of a form in use becomes a new version (store/form_edits.py), and the people
who read its scores need to know what changed: questions added, removed, reworded,
rescored, moved, shown on other conditions. Questions are matched by id. Each change is a
kind and its parameters, like workflow.history_messages: the app words them through Qt's
translations, the command line in English (`describe`)."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

from mysteryshop.forms import Form, Question, Section

# Every kind of change with its English wording; %1, %2 … are its parameters in order (the
# Qt convention, so the UI can pass the same texts to QT_TRANSLATE_NOOP).
MESSAGES: Final[Mapping[str, str]] = {
    # the form as a whole
    "form_id": "Form id changed from %1 to %2",
    "title": "Title changed (%1)",
    "description": "Description changed (%1)",
    "language_added": "Language %1 added",
    "language_removed": "Language %1 removed",
    "default_language": "Default language changed from %1 to %2",
    "languages_reordered": "Languages reordered: %1",
    "channels": "Channels changed from %1 to %2",
    "dimension_added": "Dimension %1 added",
    "dimension_removed": "Dimension %1 removed",
    "section_added": "Section %1 added",
    "section_removed": "Section %1 removed",
    "section_title": "Section %1: title changed (%2)",
    "section_description": "Section %1: description changed (%2)",
    "sections_reordered": "Sections reordered",
    # questions
    "added": "Question %1 added (section %2)",
    "removed": "Question %1 removed (section %2)",
    "text": "%1: text changed (%2)",
    "hint": "%1: hint changed (%2)",
    "hint_added": "%1: hint added",
    "hint_removed": "%1: hint removed",
    "option_text": "%1: option %2 reworded (%3)",
    "label": "%1: scale label %2 changed (%3)",
    "type": "%1: type changed from %2 to %3",
    "points": "%1: points changed from %2 to %3",
    "option_points": "%1: option %2 points changed from %3 to %4",
    "option_added": "%1: option %2 added",
    "option_removed": "%1: option %2 removed",
    "options_reordered": "%1: options reordered",
    "made_critical": "%1: made critical",
    "not_critical": "%1: no longer critical",
    "made_required": "%1: made required",
    "not_required": "%1: no longer required",
    "na_allowed": "%1: N/A allowed",
    "na_not_allowed": "%1: N/A no longer allowed",
    "scale": "%1: scale changed from %2 to %3",
    "target": "%1: target changed from %2 to %3",
    "dimension": "%1: dimension changed from %2 to %3",
    "setting": "%1: %2 changed from %3 to %4",
    "moved_section": "%1: moved from section %2 to %3",
    "moved": "%1: moved within section %2",
    "condition_added": "%1: now shown only if %2",
    "condition_removed": "%1: now always shown (was: if %2)",
    "condition": "%1: shown if %2 (was: if %3)",
}

# What each kind tells about the form, in the order a reader wants them.
GROUPS: Final = ("form", "added", "removed", "reworded", "rescored", "moved", "condition", "other")

# Fields that change what an answer earns: a change of one is "rescored".
_SCORING = ("points", "critical", "required", "allow_na", "scale", "target", "dimension")
# Settings that neither reword nor rescore (limits of numbers and texts, the timer link).
_SETTINGS = ("min", "max", "max_length", "timer")
NONE = "—"  # an absent value (no dimension, no target), as a parameter


@dataclass(frozen=True)
class Change:
    """One change: its `kind` (a key of MESSAGES), the `group` it belongs to (GROUPS), its
    parameters in the message's order, and the question it concerns (None: the form)."""

    kind: str
    group: str
    params: tuple[str, ...]
    question: str | None = None


@dataclass(frozen=True)
class FormDiff:
    """The changes from `old` to `new` (each an (id, version)), form-level ones first, then
    by question in the new form's order."""

    old: tuple[str, int]
    new: tuple[str, int]
    changes: tuple[Change, ...]

    @property
    def is_empty(self) -> bool:
        return not self.changes

    def of_group(self, group: str) -> list[Change]:
        return [change for change in self.changes if change.group == group]

    @property
    def added(self) -> list[str]:
        """Ids of the questions added."""
        return [change.params[0] for change in self.of_group("added")]

    @property
    def removed(self) -> list[str]:
        return [change.params[0] for change in self.of_group("removed")]

    @property
    def reworded(self) -> list[str]:
        return _unique(change.question for change in self.of_group("reworded"))

    @property
    def rescored(self) -> list[str]:
        return _unique(change.question for change in self.of_group("rescored"))

    @property
    def moved(self) -> list[str]:
        return _unique(change.question for change in self.of_group("moved"))

    @property
    def conditions_changed(self) -> list[str]:
        return _unique(change.question for change in self.of_group("condition"))


def _unique(ids: Iterator[str | None]) -> list[str]:
    return list(dict.fromkeys(question for question in ids if question is not None))


def describe(diff: FormDiff) -> list[str]:
    """The changes in English, one line each (the command line's wording)."""
    return [wording(change, MESSAGES[change.kind]) for change in diff.changes]


def wording(change: Change, template: str) -> str:
    """`template` (MESSAGES' or its translation) with %1, %2 … filled from the change."""
    text = template
    # From the highest number down, so that %1 does not eat the start of %10.
    for number in range(len(change.params), 0, -1):
        text = text.replace(f"%{number}", change.params[number - 1])
    return text


# --- finding the changes ----------------------------------------------------------------------


def diff_forms(old: Form, new: Form) -> FormDiff:
    """Every change from `old` to `new`. Questions and options are matched by id; a
    question whose id changed is one removed and one added."""
    changes = list(_form_changes(old, new))
    old_questions = old.questions_by_id()
    new_questions = new.questions_by_id()
    old_sections = {q.id: s.id for s in old.sections for q in s.questions}
    new_sections = {q.id: s.id for s in new.sections for q in s.questions}
    moved = _moved(old, new)
    for question in new.questions():
        before = old_questions.get(question.id)
        if before is None:
            changes.append(
                Change("added", "added", (question.id, new_sections[question.id]), question.id)
            )
            continue
        changes += _question_changes(before, question, old, new)
        if old_sections[question.id] != new_sections[question.id]:
            params = (question.id, old_sections[question.id], new_sections[question.id])
            changes.append(Change("moved_section", "moved", params, question.id))
        elif question.id in moved:
            changes.append(
                Change("moved", "moved", (question.id, new_sections[question.id]), question.id)
            )
        changes += _condition_changes(before, question)
    for question in old.questions():
        if question.id not in new_questions:
            changes.append(
                Change("removed", "removed", (question.id, old_sections[question.id]), question.id)
            )
    changes.sort(key=lambda change: GROUPS.index(change.group) if change.group == "form" else 1)
    return FormDiff((old.id, old.version), (new.id, new.version), tuple(changes))


def _form_changes(old: Form, new: Form) -> Iterator[Change]:
    if old.id != new.id:
        yield Change("form_id", "form", (old.id, new.id))
    yield from _text_changes("title", old.title, new.title, old, new, ())
    yield from _text_changes("description", old.description, new.description, old, new, ())
    for lang in new.languages:
        if lang not in old.languages:
            yield Change("language_added", "form", (lang,))
    for lang in old.languages:
        if lang not in new.languages:
            yield Change("language_removed", "form", (lang,))
    if old.default_language != new.default_language:
        yield Change("default_language", "form", (old.default_language, new.default_language))
    else:
        kept_old = [lang for lang in old.languages if lang in new.languages]
        kept_new = [lang for lang in new.languages if lang in old.languages]
        if kept_old != kept_new:
            yield Change("languages_reordered", "form", (", ".join(new.languages),))
    if old.channels != new.channels:
        yield Change("channels", "form", (", ".join(old.channels), ", ".join(new.channels)))
    old_dimensions, new_dimensions = _dimensions(old), _dimensions(new)
    for dimension in new_dimensions:
        if dimension not in old_dimensions:
            yield Change("dimension_added", "form", (dimension,))
    for dimension in old_dimensions:
        if dimension not in new_dimensions:
            yield Change("dimension_removed", "form", (dimension,))
    old_by_id = {section.id: section for section in old.sections}
    new_ids = {section.id for section in new.sections}
    for section in new.sections:
        before = old_by_id.get(section.id)
        if before is None:
            yield Change("section_added", "form", (section.id,))
            continue
        yield from _section_changes(before, section, old, new)
    for section in old.sections:
        if section.id not in new_ids:
            yield Change("section_removed", "form", (section.id,))
    kept_old = [section.id for section in old.sections if section.id in new_ids]
    kept_new = [section.id for section in new.sections if section.id in old_by_id]
    if kept_old != kept_new:
        yield Change("sections_reordered", "form", ())


def _section_changes(
    old: Section, new: Section, old_form: Form, new_form: Form
) -> Iterator[Change]:
    for kind, before, after in (
        ("section_title", old.title, new.title),
        ("section_description", old.description, new.description),
    ):
        languages = _changed_languages(before, after, old_form, new_form)
        if languages:
            yield Change(kind, "form", (new.id, languages))


def _dimensions(form: Form) -> list[str]:
    found = (getattr(question, "dimension", None) for question in form.questions())
    return list(dict.fromkeys(dimension for dimension in found if dimension))


def _text_changes(
    kind: str, old: Any, new: Any, old_form: Form, new_form: Form, params: tuple[str, ...]
) -> Iterator[Change]:
    languages = _changed_languages(old, new, old_form, new_form)
    if languages:
        yield Change(kind, "form", (*params, languages))


def _texts(text: Any, form: Form) -> dict[str, str]:
    """A text by language: a plain string is in the form's default language."""
    if text is None:
        return {}
    if isinstance(text, str):
        return {form.default_language: text}
    return dict(text)


def _changed_languages(old: Any, new: Any, old_form: Form, new_form: Form) -> str:
    """The languages in which a text reads differently (added and removed translations
    included), as "en, fi"; "" when it reads the same in every language."""
    before, after = _texts(old, old_form), _texts(new, new_form)
    languages = list(dict.fromkeys([*after, *before]))
    return ", ".join(lang for lang in languages if before.get(lang) != after.get(lang))


def _question_changes(old: Question, new: Question, old_form: Form, new_form: Form) -> list[Change]:
    qid = new.id
    out: list[Change] = []

    def add(kind: str, group: str, *params: str) -> None:
        out.append(Change(kind, group, (qid, *params), qid))

    reworded = _changed_languages(old.text, new.text, old_form, new_form)
    if reworded:
        add("text", "reworded", reworded)
    if old.hint is None and new.hint is not None:
        add("hint_added", "reworded")
    elif old.hint is not None and new.hint is None:
        add("hint_removed", "reworded")
    elif reworded := _changed_languages(old.hint, new.hint, old_form, new_form):
        add("hint", "reworded", reworded)
    if old.type != new.type:
        add("type", "rescored", old.type, new.type)
        return out  # the rest compares fields of different types: the type says it all
    old_options = {option.id: option for option in getattr(old, "options", [])}
    new_options = {option.id: option for option in getattr(new, "options", [])}
    for option_id, option in new_options.items():
        before = old_options.get(option_id)
        if before is None:
            add("option_added", "rescored", option_id)
            continue
        if reworded := _changed_languages(before.text, option.text, old_form, new_form):
            add("option_text", "reworded", option_id, reworded)
        if before.points != option.points:
            add("option_points", "rescored", option_id, _n(before.points), _n(option.points))
    for option_id in old_options:
        if option_id not in new_options:
            add("option_removed", "rescored", option_id)
    kept_old = [option_id for option_id in old_options if option_id in new_options]
    kept_new = [option_id for option_id in new_options if option_id in old_options]
    if kept_old != kept_new:
        add("options_reordered", "reworded")
    old_labels, new_labels = getattr(old, "labels", {}), getattr(new, "labels", {})
    for key in sorted(set(old_labels) | set(new_labels)):
        if reworded := _changed_languages(
            old_labels.get(key), new_labels.get(key), old_form, new_form
        ):
            add("label", "reworded", str(key), reworded)
    # Each value as the question has it, defaults included ("points: 1" by default).
    for field in _SCORING:
        before, after = getattr(old, field, None), getattr(new, field, None)
        if before == after:
            continue
        if field == "critical":
            add("made_critical" if after else "not_critical", "rescored")
        elif field == "required":
            add("made_required" if after else "not_required", "rescored")
        elif field == "allow_na":
            add("na_allowed" if after else "na_not_allowed", "rescored")
        else:
            add(field, "rescored", _value(before), _value(after))
    for field in _SETTINGS:
        before, after = getattr(old, field, None), getattr(new, field, None)
        if before != after:
            add("setting", "other", field, _value(before), _value(after))
    return out


def _condition_changes(old: Question, new: Question) -> list[Change]:
    before, after = old.show_if, new.show_if
    if before == after:
        return []
    qid = new.id
    if before is None and after is not None:
        return [Change("condition_added", "condition", (qid, _condition(after)), qid)]
    if before is not None and after is None:
        return [Change("condition_removed", "condition", (qid, _condition(before)), qid)]
    assert before is not None and after is not None
    return [Change("condition", "condition", (qid, _condition(after), _condition(before)), qid)]


def _condition(condition: Any) -> str:
    """A show_if as a short readable line: `greeted = yes`, `reason in (a, b)`."""
    if condition.in_ is not None:
        values = ", ".join(_value(value) for value in condition.in_)
        return f"{condition.question} in ({values})"
    if condition.equals is not None:
        return f"{condition.question} = {_value(condition.equals)}"
    return f"{condition.question} ≠ {_value(condition.not_equals)}"


def _moved(old: Form, new: Form) -> set[str]:
    """Questions whose place among the others of their section changed (those outside the
    longest order both versions share); a section's own move is "sections_reordered", a move
    to another section "moved_section"."""
    moved: set[str] = set()
    old_sections = {section.id: section for section in old.sections}
    for section in new.sections:
        before_section = old_sections.get(section.id)
        if before_section is None:
            continue
        kept = {question.id for question in before_section.questions}
        after = [question.id for question in section.questions if question.id in kept]
        here = set(after)
        before = [question.id for question in before_section.questions if question.id in here]
        if before == after:
            continue
        matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
        same = {
            after[block.b + i] for block in matcher.get_matching_blocks() for i in range(block.size)
        }
        moved |= here - same
    return moved


def _n(value: float) -> str:
    return f"{value:g}"


def _value(value: Any) -> str:
    if value is None:
        return NONE
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float | int):
        return _n(value)
    if isinstance(value, tuple | list):
        if len(value) == 2 and all(isinstance(v, int) for v in value):
            return f"{value[0]}–{value[1]}"
        return " → ".join(_value(v) for v in value)
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
