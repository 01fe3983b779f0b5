"""The form builder's edits on a form's raw data: the dict/list structure a form's YAML reads
into, which `forms.validate_form` turns into a Form. Plain Python (no Qt), so that each edit is
one function with its own test; the builder's undo stack keeps copies of this data.

A place in the data is a path as `FormError.located` gives it: ("sections", 0, "questions", 2)."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

from mysteryshop.forms import QUESTION_CLASSES, translate

Path = tuple[Any, ...]

FORM_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")  # forms.FormId

# A new question of each type: what it needs beyond id and text to be valid.
_TYPE_NEEDS: dict[str, dict[str, Any]] = {
    "choice": {"options": [{"id": "a", "text": "A", "points": 1}, {"id": "b", "text": "B"}]},
    "multi_choice": {"options": [{"id": "a", "text": "A", "points": 1}, {"id": "b", "text": "B"}]},
}


def get(data: Any, path: Path) -> Any:
    """The value at `path`, or None when a part of it is missing."""
    node = data
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def set_value(data: dict[str, Any], path: Path, value: Any) -> None:
    """Set the value at `path`; None removes the key, so that the data keeps the canonical
    form's defaults left out."""
    parent = get(data, path[:-1])
    key = path[-1]
    if isinstance(parent, list):
        parent[key] = value
    elif value is None:
        parent.pop(key, None)
    else:
        parent[key] = value


def set_text(data: dict[str, Any], path: Path, lang: str, text: str) -> None:
    """One language of a translated text. A plain string becomes a mapping once the form has
    more than one language; an emptied language is removed (marked missing in the builder)."""
    languages = list(data.get("languages") or ["en"])
    current = get(data, path)
    if isinstance(current, dict):
        texts = dict(current)
    elif isinstance(current, str) and current:
        texts = {languages[0]: current}
    else:
        texts = {}
    if text:
        texts[lang] = text
    else:
        texts.pop(lang, None)
    if not texts:
        value: Any = None if path[-1] in ("hint", "description") else ""
    elif len(languages) == 1 and set(texts) == {languages[0]}:
        value = texts[languages[0]]
    else:
        value = {code: texts[code] for code in [*languages, *texts] if code in texts}
    set_value(data, path, value)


def text_in(value: Any, lang: str, default: str) -> str:
    """A text's wording in `lang` as the builder edits it: a plain string is the default
    language's."""
    if isinstance(value, dict):
        found = value.get(lang)
        return found if isinstance(found, str) else ""
    if isinstance(value, str):
        return value if lang == default else ""
    return ""


def shown(value: Any, lang: str) -> str:
    """A text as the builder lists it: in `lang`, else in any language it has (forms.translate);
    empty for a missing or malformed one."""
    if isinstance(value, str) or (isinstance(value, dict) and value):
        found = translate(value, lang, lang)
        return found if isinstance(found, str) else ""
    return ""


def questions(data: Any) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Every question in order with its path."""
    for s, section in enumerate(get(data, ("sections",)) or []):
        for q, question in enumerate(get(section, ("questions",)) or []):
            if isinstance(question, dict):
                yield ("sections", s, "questions", q), question


def earlier_questions(data: Any, path: Path) -> list[dict[str, Any]]:
    """The answerable questions before `path`: what a show_if there may depend on."""
    out = []
    for place, question in questions(data):
        if place == path:
            break
        if question.get("type") != "note" and isinstance(question.get("id"), str):
            out.append(question)
    return out


def unused_id(data: Any, stem: str) -> str:
    """`stem`1, `stem`2 … the first id no question or section has."""
    taken = {q.get("id") for _place, q in questions(data)}
    taken |= {s.get("id") for s in get(data, ("sections",)) or [] if isinstance(s, dict)}
    number = 1
    while f"{stem}{number}" in taken:
        number += 1
    return f"{stem}{number}"


def new_question(data: Any, kind: str) -> dict[str, Any]:
    """A new question of `kind` with an empty text: the builder shows it as the problem to
    fix first, beside the text field it puts the caret in."""
    question: dict[str, Any] = {"id": unused_id(data, "q"), "type": kind, "text": ""}
    question.update(copy.deepcopy(_TYPE_NEEDS.get(kind, {})))
    return question


def add_question(data: dict[str, Any], after: Path | None, kind: str) -> Path:
    """A new question after the question at `after` (or at the end of the section it names,
    or of the last section). Returns its path."""
    sections = data.setdefault("sections", [])
    if not sections:
        sections.append({"id": unused_id(data, "section"), "title": "", "questions": []})
    question = new_question(data, kind)
    if after is not None and len(after) >= 4:
        s, index = after[1], after[3] + 1
    elif after is not None and len(after) >= 2:
        s, index = after[1], len(sections[after[1]].get("questions") or [])
    else:
        s, index = len(sections) - 1, len(sections[-1].get("questions") or [])
    sections[s].setdefault("questions", []).insert(index, question)
    return ("sections", s, "questions", index)


def add_section(data: dict[str, Any], after: Path | None) -> Path:
    """A new section (with one yes/no question, as a section needs one) after the section of
    `after`, else at the end. Returns its path."""
    sections = data.setdefault("sections", [])
    index = after[1] + 1 if after is not None and len(after) >= 2 else len(sections)
    first = new_question(data, "yes_no")
    sections.insert(index, {"id": unused_id(data, "section"), "title": "", "questions": [first]})
    return ("sections", index)


def remove(data: dict[str, Any], path: Path) -> Path | None:
    """Remove the section or question at `path`; returns the path to select next."""
    parent = get(data, path[:-1])
    index = path[-1]
    del parent[index]
    if parent:
        return (*path[:-1], min(index, len(parent) - 1))
    return path[:-3] if len(path) == 4 else None


def move_question(data: dict[str, Any], path: Path, delta: int) -> Path:
    """Move a question one place up (-1) or down (+1). Past the first or last question of its
    section it moves into the previous or next section (to its end or start). Returns its new
    path (the same when it cannot move)."""
    sections = data["sections"]
    s, q = path[1], path[3]
    items = sections[s]["questions"]
    target = q + delta
    if 0 <= target < len(items):
        items.insert(target, items.pop(q))
        return ("sections", s, "questions", target)
    other = s + delta
    if not 0 <= other < len(sections):
        return path
    question = items.pop(q)
    into = sections[other].setdefault("questions", [])
    index = len(into) if delta < 0 else 0
    into.insert(index, question)
    return ("sections", other, "questions", index)


def move_question_to(data: dict[str, Any], path: Path, section: int, index: int) -> Path:
    """Move a question to `index` in section `section` (the index counted before the move,
    as a drop names it). Returns its new path."""
    sections = data["sections"]
    s, q = path[1], path[3]
    question = sections[s]["questions"].pop(q)
    if s == section and index > q:
        index -= 1
    into = sections[section].setdefault("questions", [])
    index = max(0, min(index, len(into)))
    into.insert(index, question)
    return ("sections", section, "questions", index)


def move_section(data: dict[str, Any], path: Path, delta: int) -> Path:
    sections = data["sections"]
    s = path[1]
    target = s + delta
    if not 0 <= target < len(sections):
        return path
    sections.insert(target, sections.pop(s))
    return ("sections", target)


def change_type(data: dict[str, Any], path: Path, kind: str) -> None:
    """Give a question another type, keeping what the new type has too (its id, texts,
    show_if, flags, points, dimension) and adding what it needs."""
    question = get(data, path)
    fields = QUESTION_CLASSES[kind].model_fields
    kept = {
        key: value
        for key, value in question.items()
        if key in fields and key not in ("type", "timer", "labels", "scale", "points")
    }
    if "points" in question and "points" in fields and kind not in ("feeling",):
        kept["points"] = question["points"]
    if kind in ("choice", "multi_choice") and isinstance(question.get("options"), list):
        kept["options"] = question["options"]
    replaced = {"id": kept.pop("id", question.get("id")), "type": kind}
    replaced.update(kept)
    for key, value in _TYPE_NEEDS.get(kind, {}).items():
        replaced.setdefault(key, copy.deepcopy(value))
    set_value(data, path, replaced)


def rename_question(data: dict[str, Any], path: Path, new_id: str) -> None:
    """Change a question's id, and every show_if that names it with it."""
    old = get(data, (*path, "id"))
    set_value(data, (*path, "id"), new_id)
    for _place, question in questions(data):
        condition = question.get("show_if")
        if isinstance(condition, dict) and condition.get("question") == old and old:
            condition["question"] = new_id


def parse_number(text: str) -> Any:
    """A typed number as the format takes it (an int when whole); None when empty; the text
    itself when it is no number, so that validation says so beside its field."""
    # As the locale writes it: a decimal comma, spaces (also no-break ones) between thousands.
    text = re.sub(r"[\s\u00a0\u202f]", "", text).replace(",", ".")
    if not text:
        return None
    if re.fullmatch(r"-?[0-9]+", text):
        return int(text)
    try:
        value = float(text)
    except ValueError:
        return text
    return int(value) if value.is_integer() and abs(value) < 1e15 else value


def split_languages(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,\s]+", text) if part.strip()]


def texts(data: Any) -> Iterator[tuple[Path, Any]]:
    """Every translated text of the form with its path (as forms.Form checks them)."""
    for key in ("title", "description"):
        if key in data:
            yield (key,), data[key]
    for s, section in enumerate(get(data, ("sections",)) or []):
        if not isinstance(section, dict):
            continue
        for key in ("title", "description"):
            if key in section:
                yield ("sections", s, key), section[key]
        for q, question in enumerate(section.get("questions") or []):
            if not isinstance(question, dict):
                continue
            place = ("sections", s, "questions", q)
            for key in ("text", "hint"):
                if key in question:
                    yield (*place, key), question[key]
            labels = question.get("labels")
            if isinstance(labels, dict):
                for value, label in list(labels.items()):
                    yield (*place, "labels", value), label
            for o, option in enumerate(question.get("options") or []):
                if isinstance(option, dict) and "text" in option:
                    yield (*place, "options", o, "text"), option["text"]


def set_languages(data: dict[str, Any], languages: list[str]) -> None:
    """The form's languages, the default first. A language taken away takes its texts along
    (the edit can be undone); a text left with one language of a one-language form becomes
    a plain string again."""
    if not languages:
        return
    data["languages"] = languages
    for path, value in list(texts(data)):
        if isinstance(value, dict):
            kept = {lang: text for lang, text in value.items() if lang in languages}
            if not kept:
                kept = value  # nothing in the new languages: validation says what is missing
            if len(languages) == 1 and set(kept) == {languages[0]}:
                set_value(data, path, kept[languages[0]])
            else:
                set_value(data, path, kept)
