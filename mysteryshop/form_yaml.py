"""A form as canonical YAML: the file the form builder exports and `forms validate` accepts.

The same form always gives the same bytes (keys in the format's documented order, defaults
left out, unicode kept, no anchors), so a form built on screen, exported, imported elsewhere
and exported again is byte-identical, and a file under version control changes only where
the form did. Comments are not kept: the YAML is made from the validated model."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from mysteryshop.fileio import atomic_write
from mysteryshop.forms import Form

# The order docs/DESIGN.md writes each mapping's keys in; a key not listed
# (a field added later) follows in alphabetical order, so the output stays deterministic.
_FORM_KEYS = ("id", "version", "title", "description", "languages", "channels", "sections")
_SECTION_KEYS = ("id", "title", "description", "questions")
_QUESTION_KEYS = (
    "id",
    "type",
    "text",
    "hint",
    "dimension",
    "points",
    "required",
    "allow_na",
    "critical",
    "scale",
    "labels",
    "options",
    "min",
    "max",
    "max_length",
    "target",
    "timer",
    "show_if",
)
_OPTION_KEYS = ("id", "text", "points")
_SHOW_IF_KEYS = ("question", "equals", "not_equals", "in")

# Fields that are numbers by type: a whole one is written as 2, not 2.0 (the model reads both
# as the same float). Values of a show_if keep their own type: 2 and 2.0 are different data.
_NUMBER_FIELDS = frozenset({"points", "min", "max", "target"})
_INT_KEY = re.compile(r"-?[0-9]{1,18}")
_OTHER_BREAKS = re.compile("[\r\x85\u2028\u2029]")
_SPACED_LISTS = (2, 6)  # the indents of the sections' and the questions' block lists
_FLOW_TEXTS_CHARS = 60  # translations up to this many characters together go on one line


def form_to_yaml(form: Form) -> str:
    """The form as canonical block YAML, ending in a newline; `parse_form` reads it back to
    the same form, and `form_to_yaml(parse_form(form_to_yaml(f))) == form_to_yaml(f)`."""
    data = _form(form.definition())
    text = yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1_000_000,
        indent=2,
    )
    return text


def write_form_yaml(path: str | os.PathLike[str], form: Form) -> Path:
    """Write the form's canonical YAML to `path` (UTF-8, "\\n" line ends on every system, so
    that the same form is the same bytes everywhere), whole or not at all."""
    target = Path(path)
    with atomic_write(target, "w") as out:
        out.write(form_to_yaml(form))
    return target


# --- putting the keys in order ----------------------------------------------------------------


def _ordered(data: Mapping[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    known = [key for key in keys if key in data]
    rest = sorted(key for key in data if key not in keys)
    return {key: data[key] for key in known + rest}


def _form(data: Mapping[str, Any]) -> dict[str, Any]:
    out = _ordered(data, _FORM_KEYS)
    _mark_texts(out, ("title", "description"))
    for key in ("languages", "channels"):
        if key in out:
            out[key] = _Flow(out[key])
    out["sections"] = [_section(section) for section in data["sections"]]
    return out


def _section(data: Mapping[str, Any]) -> dict[str, Any]:
    out = _ordered(data, _SECTION_KEYS)
    _mark_texts(out, ("title", "description"))
    out["questions"] = [_question(question) for question in data["questions"]]
    return out


def _question(data: Mapping[str, Any]) -> dict[str, Any]:
    out = _ordered(data, _QUESTION_KEYS)
    _mark_texts(out, ("text", "hint"))
    for key in _NUMBER_FIELDS & out.keys():
        out[key] = _number(out[key])
    for key in ("scale", "timer"):
        if isinstance(out.get(key), list):
            out[key] = _Flow(out[key])
    if "labels" in out:
        # JSON made the scale points' keys texts; YAML writes them as the numbers they are.
        labels = {_label_key(key): _text(text) for key, text in out["labels"].items()}
        out["labels"] = dict(sorted(labels.items(), key=lambda item: _label_order(item[0])))
    if "options" in out:
        out["options"] = [_option(option) for option in out["options"]]
    if "show_if" in out:
        condition = _ordered(out["show_if"], _SHOW_IF_KEYS)
        if isinstance(condition.get("in"), list):
            condition["in"] = _Flow(condition["in"])
        out["show_if"] = _Flow(condition)
    return out


def _option(data: Mapping[str, Any]) -> dict[str, Any]:
    out = _ordered(data, _OPTION_KEYS)
    _mark_texts(out, ("text",))
    if "points" in out:
        out["points"] = _number(out["points"])
    return out


def _mark_texts(data: dict[str, Any], keys: tuple[str, ...]) -> None:
    for key in keys:
        if key in data:
            data[key] = _text(data[key])


def _text(value: Any) -> Any:
    return _Texts(value) if isinstance(value, Mapping) else value


def _number(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return int(value)
    return value


def _label_key(key: Any) -> Any:
    return int(key) if isinstance(key, str) and _INT_KEY.fullmatch(key) else key


def _label_order(key: Any) -> tuple[int, Any]:
    return (0, key) if isinstance(key, int) else (1, str(key))


# --- the YAML dialect -------------------------------------------------------------------------


class _Flow(list[Any]):
    """A short list (or, wrapped as a one-item marker, a mapping) written on one line."""

    def __init__(self, value: Any) -> None:
        if isinstance(value, Mapping):
            super().__init__([value])
            self.mapping: dict[str, Any] | None = dict(value)
        else:
            super().__init__(value)
            self.mapping = None


class _Texts(dict[str, str]):
    """A text in several languages."""


class _Dumper(yaml.SafeDumper):
    """SafeDumper that indents lists under their key, never writes anchors, and writes texts
    of several lines as literal blocks where YAML allows it."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def expect_block_sequence_item(self, first: bool = False) -> None:
        # A blank line between sections and between questions, as people write them: the
        # only block lists indented by 2 (sections) and 6 (a section's questions).
        if (
            not first
            and self.indent in _SPACED_LISTS
            and not isinstance(self.event, yaml.SequenceEndEvent)
        ):
            if self.column > 0:  # end the line the last item's value is on first
                self.write_line_break()
            self.write_line_break()
        super().expect_block_sequence_item(first)


def _represent_flow(dumper: yaml.SafeDumper, data: _Flow) -> yaml.Node:
    if data.mapping is not None:
        return dumper.represent_mapping(
            "tag:yaml.org,2002:map", data.mapping.items(), flow_style=True
        )
    return dumper.represent_sequence("tag:yaml.org,2002:seq", list(data), flow_style=True)


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    # YAML reads \r, NEL and the Unicode line separators as line breaks and folds them in
    # plain, quoted and block texts alike: only double quotes (escaped) keep them.
    style = '"' if _OTHER_BREAKS.search(data) else "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


def _represent_texts(dumper: yaml.SafeDumper, data: _Texts) -> yaml.Node:
    # Short translations fit on one line, as the shipped forms write them: {en: …, fi: …}.
    flow = (
        all("\n" not in text for text in data.values())
        and sum(len(text) for text in data.values()) <= _FLOW_TEXTS_CHARS
    )
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=flow)


_Dumper.add_representer(_Flow, _represent_flow)
_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(_Texts, _represent_texts)
