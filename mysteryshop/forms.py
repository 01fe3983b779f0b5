"""Questionnaire forms: load YAML files, validate them into typed models, evaluate show_if.

Each question type is one class here and carries its own rules: which answers it takes
(`check`), what share of its points an answer earns (`share`, `earned`) and how an answer
reads (`words`, through the caller's `Wording`). Adding a type means a class here, its input
widget (ui/editor_widgets.py), its preview (ui/forms_view.py), how the demo fills it (demo.py)
and tests; scoring, reports and exports need no change."""

from __future__ import annotations

import hashlib
import json
import math
import re
from abc import abstractmethod
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, ClassVar, Final, Literal, get_args

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    PrivateAttr,
    StringConstraints,
    ValidationError,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from mysteryshop import intake
from mysteryshop.vocabulary import BUILTIN_DIMENSIONS, TIMER_EVENTS, Channel, TimerEvent

FEELING_SCALE = (-2, 2)

MAX_FORM_BYTES = 1_000_000
MAX_YAML_NODES = 100_000
MAX_YAML_DEPTH = 40
MAX_TEXT_CHARS = 5_000
MAX_TITLE_CHARS = 500  # the stored title's column (form_versions.title, VARCHAR(500))
MAX_FORM_VERSION = intake.INT32_MAX  # form_versions.version is an INTEGER column: 32 bits
MAX_SCALE = 1_000_000  # the ends of a rating scale, either way
# A number question's min and max, either way: every whole number up to it is exact as a
# float, and any answer between them stores as a 64-bit integer.
MAX_NUMBER = 1e15


Place = tuple[str | int, ...]
"""A path into a form's raw data, e.g. ("sections", 0, "questions", 2, "points"); () is the
whole form."""


class FormError(ValueError):
    """A form that cannot be used. `problems` holds one line per problem, each naming its place.

    `located` holds the same problems as data, so that a form builder can show each beside
    its field: (the path into the raw form data, the one-line message without the source and
    the path). A problem of the whole file (unreadable YAML, say) has the path () and its
    whole line as message."""

    def __init__(
        self, problems: Sequence[str], located: Sequence[tuple[Place, str]] | None = None
    ) -> None:
        super().__init__("\n".join(problems))
        self.problems = list(problems)
        self.located: list[tuple[Place, str]] = (
            list(located) if located is not None else [((), problem) for problem in problems]
        )


# --- translated texts -------------------------------------------------------------------------


def _check_text(value: Any) -> str | dict[str, str]:
    if isinstance(value, str):
        if not value.strip():
            raise ValueError("expected a non-empty text")
        if len(value) > MAX_TEXT_CHARS:
            raise ValueError(f"text longer than {MAX_TEXT_CHARS} characters")
        _refuse_non_text(value, "")
        return value
    if isinstance(value, Mapping) and value:
        out: dict[str, str] = {}
        for lang, text in value.items():
            if not isinstance(lang, str) or not isinstance(text, str) or not text.strip():
                raise ValueError(
                    f"expected a non-empty text for each language, got {lang!r}: {text!r}"
                )
            if len(text) > MAX_TEXT_CHARS:
                raise ValueError(f"text for {lang!r} longer than {MAX_TEXT_CHARS} characters")
            _refuse_non_text(lang, "language code")
            _refuse_non_text(text, f"text for {lang!r}")
            out[lang] = text
        return out
    raise ValueError("expected a text, or a mapping of language code to text such as {en: Hello}")


def _refuse_non_text(value: str, what: str) -> None:
    problem = intake.text_problem(value, what)
    if problem:
        raise ValueError(problem)


_TEXT_SCHEMA = {
    "anyOf": [
        {"type": "string", "minLength": 1},
        {
            "type": "object",
            "additionalProperties": {"type": "string", "minLength": 1},
            "minProperties": 1,
            "description": "Text per language code, e.g. {en: Hello, fi: Hei}",
        },
    ]
}

Text = Annotated[str | dict[str, str], PlainValidator(_check_text), WithJsonSchema(_TEXT_SCHEMA)]
"""A plain string, or a mapping of language code to text."""


def translate(text: str | Mapping[str, str], lang: str, fallback: str) -> str:
    """Return `text` in `lang`, else in `fallback`, else in any language it has."""
    if isinstance(text, str):
        return text
    found = text.get(lang) or text.get(fallback) or next(iter(text.values()))
    return str(found)


# --- answers in words -------------------------------------------------------------------------

# The English phrases the question types put answers into words with. Each renderer gives
# them in its own language (Wording.phrases): the reports through their catalogue, the app
# through Qt's translations.
ANSWER_PHRASES: Final = (
    "Yes",
    "No",
    "None chosen",
    "{value} of {low}–{high}",
    "{time} (target {target})",
)


@dataclass(frozen=True)
class Wording:
    """What a renderer lends the question types to put an answer into words.

    `lang` is the language for the form's own texts; `phrases` holds ANSWER_PHRASES in the
    renderer's language (a missing one stays English); `number` and `seconds` write a number
    and a duration; `feeling` writes a feeling value (−2 … +2) with the form's own label for
    it, already in `lang`, or None when the form has none."""

    lang: str
    phrases: Mapping[str, str]
    number: Callable[[float], str]
    seconds: Callable[[float], str]
    feeling: Callable[[int, str | None], str]

    def say(self, phrase: str, **values: str) -> str:
        """One of ANSWER_PHRASES in the renderer's language, its {placeholders} filled."""
        text = self.phrases.get(phrase, phrase)
        return text.format(**values) if values else text


# --- models -----------------------------------------------------------------------------------

FormId = Annotated[
    str, StringConstraints(strict=True, pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=64)
]
ItemId = Annotated[
    str,
    StringConstraints(strict=True, pattern=r"^[A-Za-z_][A-Za-z0-9_.-]*$", max_length=64),
]
OptionId = Annotated[
    str,
    StringConstraints(strict=True, pattern=r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$", max_length=64),
]
Word = Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z][a-z0-9_-]*$", max_length=40)]
LangCode = Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")]
Flag = Annotated[bool, Field(strict=True)]
Points = Annotated[float, Field(strict=True, ge=0, le=1000, allow_inf_nan=False)]
Number = Annotated[float, Field(strict=True, ge=-MAX_NUMBER, le=MAX_NUMBER, allow_inf_nan=False)]
ScaleEnd = Annotated[int, Field(strict=True, ge=-MAX_SCALE, le=MAX_SCALE)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def _int_keys(value: Any) -> Any:
    """Label keys arrive as integers from YAML and as strings from JSON; accept both."""
    if isinstance(value, Mapping):
        out = {}
        for key, text in value.items():
            if isinstance(key, str) and re.fullmatch(r"-?[0-9]{1,18}", key):
                key = int(key)
            out[key] = text
        return out
    return value


class ShowIf(_Model):
    """Show a question only when an earlier question's answer matches."""

    question: ItemId = Field(description="id of an earlier question")
    equals: Any = Field(None, description="shown when the answer equals this")
    not_equals: Any = Field(None, description="shown when the answer is given and differs")
    in_: list[Any] | None = Field(
        None, alias="in", description="shown when the answer is one of these"
    )

    @field_validator("equals", "not_equals", "in_")
    @classmethod
    def _storable(cls, value: Any) -> Any:
        # A value no answer could take is refused here with its reason; one too large to
        # store would otherwise get as far as check_answer's messages (OverflowError).
        problems = intake.value_problems(value, "", limit=1)
        if problems:
            raise ValueError(problems[0])
        return value

    @model_validator(mode="after")
    def _one_condition(self) -> ShowIf:
        conditions = ("equals", "not_equals", "in_")
        given = [name for name in conditions if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError("expected exactly one of: equals, not_equals, in")
        if self.in_ == []:
            raise ValueError("in: expected at least one value")
        return self

    def expected_values(self) -> list[Any]:
        """The values this condition compares with."""
        if self.in_ is not None:
            return list(self.in_)
        return [self.equals if self.equals is not None else self.not_equals]

    def holds(self, answer: Any) -> bool:
        """Whether the condition holds for a given (non-missing) answer of its target."""
        chosen = answer if isinstance(answer, list) else [answer]
        if self.equals is not None:
            return any(_same(value, self.equals) for value in chosen)
        if self.not_equals is not None:
            return not any(_same(value, self.not_equals) for value in chosen)
        return any(_same(value, wanted) for value in chosen for wanted in self.in_ or [])


def _same(a: Any, b: Any) -> bool:
    # True == 1 in Python, but a yes/no answer never equals a number.
    return isinstance(a, bool) == isinstance(b, bool) and a == b


class _Item(_Model):
    """What every item of a form has. Each type says which answers it takes, what they earn
    and how they read; the rest of the app asks the question instead of checking its type."""

    # An answer of this type is a list of choices (a show_if then names one of them).
    chooses_several: ClassVar[bool] = False

    id: ItemId
    text: Text
    hint: Text | None = Field(None, description="guidance for the observer on how to judge")
    show_if: ShowIf | None = None

    @property
    def max_points(self) -> float:
        """Points this question is worth when fully earned; 0 means not scored."""
        return 0.0

    @property
    def scored(self) -> bool:
        return self.max_points > 0

    @abstractmethod
    def check(self, value: Any) -> str | None:
        """Why `value` cannot be an answer to this question, or None when it can."""

    def share(self, value: Any) -> float:
        """The part of the points a valid answer earns, 0 … 1 (types that never score: 0)."""
        return 0.0

    def earned(self, value: Any) -> float | None:
        """Points a valid answer earns out of `max_points`; None when the question is not
        scored."""
        possible = self.max_points
        if possible <= 0:
            return None
        return possible * min(max(self.share(value), 0.0), 1.0)

    @abstractmethod
    def words(self, value: Any, form: Form, wording: Wording) -> str:
        """An answer as people read it: 'Yes', '4 of 1–5 · Warm smile', '45 s (target 30 s)'.
        Copes with a value of the wrong kind (an old history entry): it is shown as it is."""

    def condition_answer(self, value: Any) -> Any:
        """The answer a show_if value stands for: one chosen option of a multi_choice is the
        list of it alone."""
        return [value] if self.chooses_several else value

    def condition_values(self) -> list[Any] | None:
        """The values a show_if on this question can name, for a form builder to offer as
        choices: None when any answer of its kind could be named (numbers, texts), [] when
        none (a note has no answer)."""
        return None


class _Answerable(_Item):
    required: Flag = False
    allow_na: Flag = Field(False, description="the observer may answer N/A")


class _Scored(_Answerable):
    dimension: Word | None = Field(
        None,
        description="links questions across forms in reports; built-in: "
        + ", ".join(BUILTIN_DIMENSIONS),
    )
    critical: Flag = Field(False, description="earning 0 points flags the visit")
    points: Points = 1.0

    @property
    def max_points(self) -> float:
        return self.points


class YesNoQuestion(_Scored):
    type: Literal["yes_no"]
    timer: TimerEvent | None = Field(
        None, description="answered Yes by the visit timer when the observer taps this event"
    )

    def check(self, value: Any) -> str | None:
        return None if isinstance(value, bool) else "expected true or false"

    def condition_values(self) -> list[Any] | None:
        return [True, False]

    def share(self, value: Any) -> float:
        return 1.0 if value is True else 0.0

    def words(self, value: Any, form: Form, wording: Wording) -> str:
        if isinstance(value, bool):
            return wording.say("Yes" if value else "No")
        return str(value)


def _scale_problem(value: Any, scale: tuple[int, int]) -> str | None:
    low, high = scale
    if not _is_number(value) or value != int(value):
        return f"expected a whole number from {low} to {high}"
    if not low <= value <= high:
        return f"{value} is outside {low} … {high}"
    return None


def _scale_share(value: Any, scale: tuple[int, int]) -> float:
    low, high = scale
    return float(value - low) / (high - low)


def _label_of(labels: Mapping[int, Text], value: Any, form: Form, lang: str) -> str | None:
    if not _is_number(value) or value != int(value):
        return None
    label = labels.get(int(value))
    return form.tr(label, lang) if label is not None else None


class RatingQuestion(_Scored):
    type: Literal["rating"]
    scale: tuple[ScaleEnd, ScaleEnd] = (1, 5)
    labels: dict[int, Text] = Field(default_factory=dict)

    _labels_keys = field_validator("labels", mode="before")(_int_keys)

    @model_validator(mode="after")
    def _check_scale(self) -> RatingQuestion:
        low, high = self.scale
        if low >= high:
            raise ValueError(f"scale [{low}, {high}]: expected [min, max] with min below max")
        if high - low > 100:
            raise ValueError(f"scale [{low}, {high}]: at most 101 steps")
        for key in self.labels:
            if not low <= key <= high:
                raise ValueError(f"label {key} is outside the scale [{low}, {high}]")
        return self

    def check(self, value: Any) -> str | None:
        return _scale_problem(value, self.scale)

    def condition_values(self) -> list[Any] | None:
        return list(range(self.scale[0], self.scale[1] + 1))

    def share(self, value: Any) -> float:
        return _scale_share(value, self.scale)

    def words(self, value: Any, form: Form, wording: Wording) -> str:
        if not _is_number(value):
            return str(value)
        low, high = self.scale
        text = wording.say(
            "{value} of {low}–{high}", value=wording.number(value), low=str(low), high=str(high)
        )
        label = _label_of(self.labels, value, form, wording.lang)
        return f"{text} · {label}" if label else text


class FeelingQuestion(_Scored):
    type: Literal["feeling"]
    points: Points = 0.0
    labels: dict[int, Text] = Field(default_factory=dict)

    _labels_keys = field_validator("labels", mode="before")(_int_keys)

    @model_validator(mode="after")
    def _check_labels(self) -> FeelingQuestion:
        for key in self.labels:
            if not FEELING_SCALE[0] <= key <= FEELING_SCALE[1]:
                raise ValueError(f"label {key} is outside the feeling scale -2 … +2")
        return self

    @property
    def scale(self) -> tuple[int, int]:
        return FEELING_SCALE

    def check(self, value: Any) -> str | None:
        return _scale_problem(value, FEELING_SCALE)

    def condition_values(self) -> list[Any] | None:
        return list(range(FEELING_SCALE[0], FEELING_SCALE[1] + 1))

    def share(self, value: Any) -> float:
        return _scale_share(value, FEELING_SCALE)

    def words(self, value: Any, form: Form, wording: Wording) -> str:
        if _scale_problem(value, FEELING_SCALE) is not None:
            return str(value)
        return wording.feeling(int(value), _label_of(self.labels, value, form, wording.lang))


class Option(_Model):
    id: OptionId
    text: Text
    points: Annotated[float, Field(strict=True, ge=-1000, le=1000, allow_inf_nan=False)] = 0.0


class _ChoiceBase(_Answerable):
    dimension: Word | None = None
    critical: Flag = False
    points: Points | None = Field(
        None,
        description="max points; default: the best option's points (choice) or the sum "
        "of the positive ones (multi_choice)",
    )
    options: list[Option] = Field(min_length=1, max_length=200)

    @model_validator(mode="after")
    def _unique_options(self) -> _ChoiceBase:
        seen: set[str] = set()
        for option in self.options:
            if option.id in seen:
                raise ValueError(f"duplicate option id {option.id!r}")
            seen.add(option.id)
        if self.points and self.option_points_possible <= 0:
            raise ValueError("points given, but no option earns any points")
        return self

    @property
    def option_points_possible(self) -> float:
        raise NotImplementedError

    @property
    def max_points(self) -> float:
        if self.option_points_possible <= 0:
            return 0.0
        return self.points if self.points is not None else self.option_points_possible

    def condition_values(self) -> list[Any] | None:
        return [option.id for option in self.options]

    def option(self, option_id: str) -> Option | None:
        return next((option for option in self.options if option.id == option_id), None)

    def _option_words(self, option_id: Any, form: Form, lang: str) -> str:
        option = self.option(str(option_id))
        return form.tr(option.text, lang) if option else str(option_id)

    def _unknown_option(self, value: str) -> str:
        known = ", ".join(option.id for option in self.options[:12])
        return f"unknown option {value!r} (expected one of: {known})"


class ChoiceQuestion(_ChoiceBase):
    type: Literal["choice"]

    @property
    def option_points_possible(self) -> float:
        return max(option.points for option in self.options)

    def check(self, value: Any) -> str | None:
        if not isinstance(value, str):
            return "expected an option id"
        return None if self.option(value) else self._unknown_option(value)

    def share(self, value: Any) -> float:
        chosen = self.option(value)
        return max(chosen.points if chosen else 0.0, 0.0) / self.option_points_possible

    def words(self, value: Any, form: Form, wording: Wording) -> str:
        return self._option_words(value, form, wording.lang)


class MultiChoiceQuestion(_ChoiceBase):
    type: Literal["multi_choice"]
    chooses_several: ClassVar[bool] = True

    @property
    def option_points_possible(self) -> float:
        return sum(option.points for option in self.options if option.points > 0)

    def check(self, value: Any) -> str | None:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return "expected a list of option ids"
        if len(set(value)) != len(value):
            return "an option is chosen twice"
        unknown = [v for v in value if self.option(v) is None]
        return self._unknown_option(unknown[0]) if unknown else None

    def share(self, value: Any) -> float:
        total = sum(option.points for option in self.options if option.id in value)
        return max(total, 0.0) / self.option_points_possible

    def words(self, value: Any, form: Form, wording: Wording) -> str:
        if not isinstance(value, list) or not value:
            return wording.say("None chosen")
        return ", ".join(self._option_words(option_id, form, wording.lang) for option_id in value)


class NumberQuestion(_Answerable):
    type: Literal["number"]
    min: Number | None = None
    max: Number | None = None

    @model_validator(mode="after")
    def _check_range(self) -> NumberQuestion:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min {self.min:g} is above max {self.max:g}")
        return self

    def check(self, value: Any) -> str | None:
        if not _is_number(value):
            return "expected a number"
        if self.min is not None and value < self.min:
            return f"{value:g} is below the minimum {self.min:g}"
        if self.max is not None and value > self.max:
            return f"{value:g} is above the maximum {self.max:g}"
        return None

    def words(self, value: Any, form: Form, wording: Wording) -> str:
        return wording.number(value) if _is_number(value) else str(value)


class DurationQuestion(_Scored):
    type: Literal["duration"]
    target: Annotated[float, Field(strict=True, gt=0, le=86_400)] | None = Field(
        None, description="seconds; full points at or under it, none above"
    )
    timer: tuple[TimerEvent, TimerEvent] | None = Field(
        None, description="filled from the visit timer: seconds between these two taps"
    )

    @model_validator(mode="after")
    def _check_timer(self) -> DurationQuestion:
        if self.timer and TIMER_EVENTS.index(self.timer[0]) >= TIMER_EVENTS.index(self.timer[1]):
            raise ValueError(
                f"timer {list(self.timer)}: expected two events in the order "
                + " → ".join(TIMER_EVENTS)
            )
        return self

    @property
    def max_points(self) -> float:
        return self.points if self.target is not None else 0.0

    def check(self, value: Any) -> str | None:
        if not _is_number(value) or value < 0:
            return "expected seconds, a number of 0 or more"
        return None if value <= 7 * 86_400 else "longer than a week"

    def share(self, value: Any) -> float:
        return 1.0 if self.target is not None and value <= self.target else 0.0

    def words(self, value: Any, form: Form, wording: Wording) -> str:
        if not _is_number(value):
            return str(value)
        time = wording.seconds(float(value))
        if self.target is None:
            return time
        return wording.say(
            "{time} (target {target})", time=time, target=wording.seconds(self.target)
        )


class TextQuestion(_Answerable):
    type: Literal["text"]
    max_length: Annotated[int, Field(strict=True, ge=1, le=1_000_000)] = 100_000

    def check(self, value: Any) -> str | None:
        if not isinstance(value, str):
            return "expected a text"
        if len(value) > self.max_length:
            return f"longer than {self.max_length} characters"
        return None

    def words(self, value: Any, form: Form, wording: Wording) -> str:
        return str(value)


class NoteItem(_Item):
    type: Literal["note"]

    def check(self, value: Any) -> str | None:
        return "a note takes no answer"

    def condition_values(self) -> list[Any] | None:
        return []

    def words(self, value: Any, form: Form, wording: Wording) -> str:
        return ""


Question = Annotated[
    YesNoQuestion
    | RatingQuestion
    | FeelingQuestion
    | ChoiceQuestion
    | MultiChoiceQuestion
    | NumberQuestion
    | DurationQuestion
    | TextQuestion
    | NoteItem,
    Field(discriminator="type"),
]
AnswerableQuestion = (
    YesNoQuestion
    | RatingQuestion
    | FeelingQuestion
    | ChoiceQuestion
    | MultiChoiceQuestion
    | NumberQuestion
    | DurationQuestion
    | TextQuestion
)


def _type_of(cls: type[_Item]) -> str:
    (name,) = get_args(cls.model_fields["type"].annotation)
    return str(name)


# Every question class by its `type`, in the order DESIGN.md lists them: the one list that
# registries of the UI and the demo are tested against.
QUESTION_CLASSES: Final[Mapping[str, type[_Item]]] = {
    _type_of(cls): cls for cls in get_args(get_args(Question)[0])
}
QUESTION_TYPES: Final = tuple(QUESTION_CLASSES)


class Section(_Model):
    id: ItemId
    title: Text
    description: Text | None = None
    questions: list[Question] = Field(min_length=1, max_length=500)


class Form(_Model):
    """A questionnaire, one version of it. Immutable once encounters use it."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        populate_by_name=True,
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"},
        title="mysteryshop form",
    )

    id: FormId = Field(description="stable forever, e.g. service-encounter")
    # Up to the largest INTEGER column value: spreadsheet forms (XLSForm) often number their
    # versions by date, e.g. 2026112201 (yyyymmddnn).
    version: Annotated[int, Field(strict=True, ge=1, le=MAX_FORM_VERSION)] = Field(
        description="a changed form is a new version"
    )
    title: Text
    description: Text | None = None
    languages: list[LangCode] = Field(
        default_factory=lambda: ["en"], min_length=1, description="the first is the default"
    )
    channels: list[Channel] = Field(
        default_factory=lambda: list[Channel](["in_person"]),
        min_length=1,
        description="the first is the default",
    )
    sections: list[Section] = Field(min_length=1, max_length=100)

    _questions_by_id: dict[str, Question] | None = PrivateAttr(None)

    @model_validator(mode="after")
    def _check_form(self) -> Form:
        problems = list(self._problems())
        if problems:
            raise _FormProblems(problems)
        return self

    def _problems(self) -> Iterator[tuple[tuple[Any, ...], str]]:
        if len(set(self.languages)) != len(self.languages):
            yield ("languages",), "a language is listed twice"
        titles = [self.title] if isinstance(self.title, str) else list(self.title.values())
        if any(len(title) > MAX_TITLE_CHARS for title in titles):
            yield ("title",), f"a form's title may be at most {MAX_TITLE_CHARS} characters long"
        for loc, text in self._texts():
            if isinstance(text, dict):
                unknown = sorted(set(text) - set(self.languages))
                if unknown:
                    yield loc, f"language {unknown[0]!r} is not in languages {self.languages}"
                elif self.default_language not in text:
                    yield loc, f"missing the default language {self.default_language!r}"
        section_ids: set[str] = set()
        earlier: dict[str, Question] = {}
        all_ids = {question.id for question in self.questions()}
        for s, section in enumerate(self.sections):
            if section.id in section_ids:
                yield ("sections", s, "id"), f"duplicate section id {section.id!r}"
            section_ids.add(section.id)
            for q, question in enumerate(section.questions):
                place = ("sections", s, "questions", q)
                if question.id in earlier:
                    yield (*place, "id"), f"duplicate question id {question.id!r}"
                    continue
                if question.show_if is not None:
                    found = _show_if_problems(question.id, question.show_if, earlier, all_ids)
                    for loc, message in found:
                        yield (*place, "show_if", *loc), message
                earlier[question.id] = question
                if getattr(question, "critical", False) and not question.scored:
                    yield (
                        (*place, "critical"),
                        (
                            f"question {question.id!r} earns no points, so it can never fail; "
                            "give it points (and a target for durations)"
                        ),
                    )

    def _texts(self) -> Iterator[tuple[tuple[Any, ...], str | dict[str, str]]]:
        yield ("title",), self.title
        if self.description is not None:
            yield ("description",), self.description
        for s, section in enumerate(self.sections):
            yield ("sections", s, "title"), section.title
            if section.description is not None:
                yield ("sections", s, "description"), section.description
            for q, question in enumerate(section.questions):
                place = ("sections", s, "questions", q)
                yield (*place, "text"), question.text
                if question.hint is not None:
                    yield (*place, "hint"), question.hint
                for key, label in getattr(question, "labels", {}).items():
                    yield (*place, "labels", key), label
                for o, option in enumerate(getattr(question, "options", [])):
                    yield (*place, "options", o, "text"), option.text

    # --- reading the form -----------------------------------------------------------------

    @property
    def default_language(self) -> str:
        return self.languages[0]

    def tr(self, text: str | Mapping[str, str], lang: str | None = None) -> str:
        """A text of this form in `lang`, falling back to the form's default language."""
        return translate(text, lang or self.default_language, self.default_language)

    def questions(self) -> Iterator[Question]:
        """Every item of the form in order, notes included."""
        for section in self.sections:
            yield from section.questions

    def answerable(self) -> Iterator[AnswerableQuestion]:
        """Every question that takes an answer, in order."""
        for question in self.questions():
            if not isinstance(question, NoteItem):
                yield question

    def question(self, question_id: str) -> Question | None:
        return self._by_id.get(question_id)

    def questions_by_id(self) -> Mapping[str, Question]:
        """Every item by its id. (Looking many up, take this once: each access to a private
        attribute of a pydantic model costs a few microseconds.)"""
        return self._by_id

    @property
    def _by_id(self) -> dict[str, Question]:
        if self._questions_by_id is None:
            self._questions_by_id = {question.id: question for question in self.questions()}
        return self._questions_by_id

    def section_of(self, question_id: str) -> Section:
        for section in self.sections:
            if any(question.id == question_id for question in section.questions):
                return section
        raise KeyError(question_id)

    def definition(self) -> dict[str, Any]:
        """The form as plain JSON data, defaults left out: what is stored and exported."""
        return self.model_dump(mode="json", by_alias=True, exclude_defaults=True)

    def canonical_json(self) -> str:
        """One stable text for the same content, whatever the file's layout or key order."""
        return json.dumps(
            self.definition(), sort_keys=True, separators=(",", ":"), ensure_ascii=False
        )

    def content_hash(self) -> str:
        return hashlib.sha256(self.canonical_json().encode("utf-8")).hexdigest()


class _FormProblems(ValueError):
    """Problems found across a whole form, each with its place (a pydantic-style loc)."""

    def __init__(self, problems: list[tuple[tuple[Any, ...], str]]) -> None:
        super().__init__("; ".join(f"{_format_loc(loc)}: {message}" for loc, message in problems))
        self.problems = problems


def _show_if_problems(
    question_id: str, condition: ShowIf, earlier: Mapping[str, Question], later: set[str]
) -> Iterator[tuple[tuple[Any, ...], str]]:
    target_id = condition.question
    if target_id == question_id:
        yield ("question",), "a question cannot depend on itself"
        return
    target = earlier.get(target_id)
    if target is None:
        yield (
            ("question",),
            (
                f"unknown question {target_id!r} (expected the id of an earlier question)"
                if target_id not in later
                else f"{target_id!r} comes later in the form; a question can only depend on an "
                "earlier one"
            ),
        )
        return
    if isinstance(target, NoteItem):
        yield ("question",), f"{target_id!r} is a note and has no answer"
        return
    for value in condition.expected_values():
        # For a multi_choice target a condition names one option among the chosen.
        reason = target.check(target.condition_answer(value))
        if reason:
            yield (), f"{value!r} can never be an answer to {target_id!r} ({reason})"


# --- answers ----------------------------------------------------------------------------------


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def check_answer(question: Question, value: Any) -> str | None:
    """Why `value` cannot be an answer to `question`, or None when it can."""
    return question.check(value)


def answer_problems(form: Form, answers: Mapping[str, Any], na: Sequence[str] = ()) -> list[str]:
    """Every reason the answers cannot be stored for this form: `question_id: reason`."""
    problems = []
    by_id = form.questions_by_id()
    for question_id, value in answers.items():
        question = by_id.get(question_id)
        if question is None:
            problems.append(f"{question_id}: no such question in {form.id} v{form.version}")
            continue
        reason = check_answer(question, value)
        if reason:
            problems.append(f"{question_id}: {reason}")
    for question_id in na:
        question = by_id.get(question_id)
        if question is None:
            problems.append(f"{question_id}: no such question in {form.id} v{form.version}")
        elif not getattr(question, "allow_na", False):
            problems.append(f"{question_id}: N/A is not allowed for this question")
        elif question_id in answers:
            problems.append(f"{question_id}: both answered and marked N/A")
    return problems


def visible_questions(form: Form, answers: Mapping[str, Any]) -> set[str]:
    """Ids of the items shown for these answers. A show_if on a hidden or unanswered question
    is false."""
    visible: set[str] = set()
    for question in form.questions():
        condition = question.show_if
        if condition is None or (
            condition.question in visible
            and condition.question in answers
            and condition.holds(answers[condition.question])
        ):
            visible.add(question.id)
    return visible


def missing_required(
    form: Form, answers: Mapping[str, Any], na: Sequence[str] = ()
) -> list[Question]:
    """Visible required questions with neither an answer nor N/A, in form order."""
    visible = visible_questions(form, answers)
    return [
        question
        for question in form.answerable()
        if question.required
        and question.id in visible
        and question.id not in answers
        and question.id not in na
    ]


def timer_durations(form: Form, timer: Mapping[str, datetime]) -> dict[str, float]:
    """Seconds for each timer-linked duration question whose two events were tapped."""
    durations: dict[str, float] = {}
    for question in form.answerable():
        if isinstance(question, DurationQuestion) and question.timer:
            start, end = (timer.get(event) for event in question.timer)
            if start is not None and end is not None and end >= start:
                durations[question.id] = round((end - start).total_seconds())
    return durations


def timer_answers(form: Form, timer: Mapping[str, datetime]) -> dict[str, bool]:
    """Yes for each yes/no question linked to a timer event that was tapped (tapping Greeted
    answers "Were you greeted?"; APP.md: the shopper answered it twice)."""
    return {
        question.id: True
        for question in form.answerable()
        if isinstance(question, YesNoQuestion) and question.timer and question.timer in timer
    }


# --- loading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Located:
    """Line numbers of places in a YAML document, for error messages."""

    lines: dict[tuple[Any, ...], int]

    def line_of(self, loc: tuple[Any, ...]) -> int | None:
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return None


def load_form(path: str | Path) -> Form:
    """Read and validate one form file. Raises FormError naming the file and each place."""
    source = str(path)
    try:
        size = Path(path).stat().st_size
        if size > MAX_FORM_BYTES:
            raise FormError(
                [f"{source}: file is {size:,} bytes; a form may have at most {MAX_FORM_BYTES:,}"]
            )
        raw = Path(path).read_bytes()
    except OSError as error:
        raise FormError([f"{source}: cannot read: {error.strerror or error}"]) from None
    return parse_form(raw, source)


def parse_form(raw: bytes | str, source: str = "<form>") -> Form:
    """Validate a form from YAML (or JSON) text. Raises FormError."""
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "replace"))
    if size > MAX_FORM_BYTES:
        raise FormError([f"{source}: {size:,} bytes; a form may have at most {MAX_FORM_BYTES:,}"])
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise FormError(
                [f"{source}: not a UTF-8 text file (byte {error.start}): is it a YAML form?"]
            ) from None
    else:
        text = raw
    if "\x00" in text:
        raise FormError([f"{source}: contains NUL bytes: not a YAML text file"])
    data, located = _read_yaml(text, source)
    if data is None:
        raise FormError(
            [f"{source}: the file is empty (expected a form: id, version, title, sections)"]
        )
    return validate_form(data, source, located)


def validate_form(data: Any, source: str = "<form>", located: _Located | None = None) -> Form:
    """Validate already parsed data (from YAML, JSON or the database) into a Form."""
    if not isinstance(data, Mapping):
        raise FormError(
            [
                f"{source}: expected a mapping with id, version, title and sections, "
                f"got {_kind(data)}"
            ]
        )
    try:
        return Form.model_validate(data)
    except ValidationError as error:
        problems = []
        located_problems: list[tuple[Place, str]] = []
        for detail in error.errors():
            found = (detail.get("ctx") or {}).get("error")
            if isinstance(found, _FormProblems):
                places = [(_clean_loc(detail["loc"]) + loc, m) for loc, m in found.problems]
            else:
                loc = _clean_loc(detail["loc"])
                if detail["type"].startswith("union_tag_"):
                    loc = (*loc, "type")
                places = [(loc, _message(detail))]
            for loc, message in places:
                path = _format_loc(loc)
                line = located.line_of(loc) if located else None
                where = f"{source}: {path}: " if path else f"{source}: "
                problems.append(where + message + (f" (line {line})" if line else ""))
                located_problems.append((_raw_place(loc), message))
        raise FormError(problems, located_problems) from None


def _raw_place(loc: tuple[Any, ...]) -> Place:
    # pydantic names a field by its Python name: show_if's `in` is `in_` there.
    return tuple(
        part if isinstance(part, int) else "in" if part == "in_" else str(part) for part in loc
    )


def _clean_loc(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    # pydantic puts the discriminator's tag (e.g. 'rating') into the path: drop it. Only right
    # after a question's index: 'text' is a type and also a field (of an option, say).
    out: list[Any] = []
    for i, part in enumerate(loc):
        if (
            part in QUESTION_TYPES
            and i >= 2
            and isinstance(loc[i - 1], int)
            and loc[i - 2] == "questions"
        ):
            continue
        out.append(part)
    return tuple(out)


def _format_loc(loc: Sequence[Any]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int) and text:
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text.replace(".in_", ".in")


_MESSAGES = {
    "missing": "required key is missing",
    "extra_forbidden": "unknown key",
    "bool_type": "expected true or false",
    "int_type": "expected a whole number",
    "float_type": "expected a number",
    "string_type": "expected a text",
    "list_type": "expected a list",
    "dict_type": "expected a mapping",
    "model_type": "expected a mapping",
    "tuple_type": "expected a list of two items",
    "union_tag_not_found": "missing 'type' (expected one of: " + ", ".join(QUESTION_TYPES) + ")",
}


def _message(detail: Mapping[str, Any]) -> str:
    kind = detail["type"]
    ctx = detail.get("ctx") or {}
    if kind == "union_tag_invalid":
        return f"unknown type {ctx.get('tag')!r} (expected one of: {', '.join(QUESTION_TYPES)})"
    if kind == "literal_error":
        return f"got {detail.get('input')!r} ({detail['msg'][0].lower()}{detail['msg'][1:]})"
    if kind == "string_pattern_mismatch":
        return f"{detail.get('input')!r} is not a valid id or code (expected {ctx.get('pattern')})"
    if kind == "value_error":
        return str(ctx.get("error", detail["msg"]))
    if kind in _MESSAGES:
        got = detail.get("input")
        suffix = f", got {_kind(got)}" if kind.endswith("_type") else ""
        return _MESSAGES[kind] + suffix
    msg = str(detail["msg"])
    return msg[0].lower() + msg[1:]


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{value!r}".lower()
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the text {value[:40]!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


class _FormLoader(yaml.SafeLoader):
    """yaml.SafeLoader that also allows no duplicate keys."""


def _read_yaml(text: str, source: str) -> tuple[Any, _Located]:
    try:
        # The reader checks every character up front (found by tests/test_hostile.py: a lone
        # control character escaped as yaml.reader.ReaderError).
        loader = _FormLoader(text)
    except yaml.reader.ReaderError as error:
        raise FormError(
            [
                f"{source}: character U+{error.character:04X} at position {error.position} "
                "is not allowed in a YAML file"
            ]
        ) from None
    try:
        node = loader.get_single_node()
        if node is None:
            return None, _Located({})
        lines: dict[tuple[Any, ...], int] = {}
        _check_nodes(loader, node, source, lines)
        return loader.construct_document(node), _Located(lines)
    except FormError:
        raise
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = error.problem or error.context or "invalid YAML"
        if "expected ',' or '}'" in problem or "mapping values are not allowed" in problem:
            problem += " (put quotes around texts that contain ': ', '?', ',' or '#')"
        if isinstance(error, yaml.constructor.ConstructorError) and "tag" in problem:
            problem += " (YAML tags are not allowed in forms)"
        raise FormError([f"{source}: {where}{problem}"]) from None
    except yaml.YAMLError as error:
        raise FormError([f"{source}: invalid YAML: {error}"]) from None
    except RecursionError:
        raise FormError([f"{source}: nested too deeply"]) from None
    finally:
        loader.dispose()


def _check_nodes(
    loader: yaml.SafeLoader, root: yaml.Node, source: str, lines: dict[tuple[Any, ...], int]
) -> None:
    """Refuse alias bombs, recursive aliases, deep nesting and duplicate keys before
    building any Python object; remember each place's line."""
    budget = [MAX_YAML_NODES]
    active: set[int] = set()

    def visit(node: yaml.Node, loc: tuple[Any, ...]) -> None:
        budget[0] -= 1
        if budget[0] < 0:
            raise FormError(
                [
                    f"{source}: too many YAML nodes after expanding aliases "
                    f"(at most {MAX_YAML_NODES:,}): an alias bomb?"
                ]
            )
        if len(loc) > MAX_YAML_DEPTH:
            raise FormError(
                [
                    f"{source}: line {node.start_mark.line + 1}: nested deeper "
                    f"than {MAX_YAML_DEPTH} levels"
                ]
            )
        if id(node) in active:
            raise FormError(
                [f"{source}: line {node.start_mark.line + 1}: an alias refers to itself"]
            )
        lines.setdefault(loc, node.start_mark.line + 1)
        if isinstance(node, yaml.ScalarNode):
            problem = _scalar_problem(loader, node)
            if problem:
                raise FormError([f"{source}: line {node.start_mark.line + 1}: {problem}"])
        elif isinstance(node, yaml.SequenceNode):
            active.add(id(node))
            for index, child in enumerate(node.value):
                visit(child, (*loc, index))
            active.discard(id(node))
        elif isinstance(node, yaml.MappingNode):
            active.add(id(node))
            seen: set[str] = set()
            for key_node, value_node in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
                if key is not None and key in seen:
                    raise FormError(
                        [f"{source}: line {key_node.start_mark.line + 1}: duplicate key {key!r}"]
                    )
                if key is not None:
                    seen.add(key)
                visit(key_node, (*loc, "<key>"))
                visit(value_node, (*loc, _yaml_key(key)))
            active.discard(id(node))

    visit(root, ())


_YAML_INT = "tag:yaml.org,2002:int"
_YAML_FLOAT = "tag:yaml.org,2002:float"
_MAX_YAML_NUMBER_CHARS = 40


def _scalar_problem(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str | None:
    """Why a YAML number cannot be read as its author meant: a base-60 number, or one so long
    that building it would take ever longer (and fail beyond 4,300 digits). Checked before it
    is built; what a number may be (finite, in range) the form's models say, with its place."""
    value: str = node.value
    if node.tag not in (_YAML_INT, _YAML_FLOAT):
        return None
    if len(value) > _MAX_YAML_NUMBER_CHARS:
        return (
            f"the number {value[:20]}… has {len(value):,} characters "
            f"(at most {_MAX_YAML_NUMBER_CHARS})"
        )
    if ":" in value:
        # YAML 1.1 reads 1:30 as 90 (sexagesimal): refused rather than read as either the
        # number or the text, since a form's author meant one of them and only they know which.
        return (
            f"{value} is a base-60 number in YAML (it would be read as "
            f"{_yaml_number(loader, node)}): write the plain number, or put quotes around it "
            f'("{value}") for a text'
        )
    return None


def _yaml_number(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int | float:
    if node.tag == _YAML_INT:
        return int(loader.construct_yaml_int(node))
    return float(loader.construct_yaml_float(node))


def _yaml_key(key: str | None) -> Any:
    # ASCII digits only: str.isdigit() also accepts '²', and '--5' passed lstrip('-'); both
    # then broke int() (found by tests/test_hostile.py).
    if key is not None and re.fullmatch(r"-?[0-9]{1,18}", key):
        return int(key)
    return key


def json_schema() -> dict[str, Any]:
    """A JSON Schema of the form format, for editors that autocomplete YAML."""
    return Form.model_json_schema(by_alias=True)
