"""The canonical YAML of a form (form_yaml.form_to_yaml): read back to the same form, and the
same bytes again, for every form the app has or could make."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from mysteryshop import paths
from mysteryshop.exchange.xlsform import XLSFormError, read_xlsform
from mysteryshop.form_templates import TEMPLATES, template_form
from mysteryshop.form_yaml import form_to_yaml
from mysteryshop.forms import QUESTION_TYPES, Form, FormError, load_form, parse_form, validate_form
from mysteryshop.vocabulary import TIMER_EVENTS

CORPUS = Path(__file__).parent / "fixtures" / "xlsform"  # real XLSForms (test_xlsform.py)


def assert_round_trips(form: Form) -> str:
    text = form_to_yaml(form)
    again = parse_form(text, "exported")
    assert again == form
    assert again.content_hash() == form.content_hash()
    assert form_to_yaml(again) == text
    assert text.endswith("\n") and not text.endswith("\n\n")
    # No anchors or aliases (a text may well hold "&id": look at the YAML events, not the text).
    assert not [event for event in yaml.parse(text) if getattr(event, "anchor", None)]
    return text


def shipped_files() -> list[Path]:
    return paths.shipped_form_files() + paths.archived_form_files()


@pytest.mark.parametrize("path", shipped_files(), ids=lambda path: path.name)
def test_shipped_and_archived_forms_round_trip(path: Path) -> None:
    form = load_form(path)
    text = assert_round_trips(form)
    # Unicode kept as it is, not escaped.
    assert "Palvelukohtaaminen" in text or "Puhelin" in text
    assert "\\u" not in text and "\\x" not in text


def test_keys_come_in_the_formats_order_and_defaults_are_left_out() -> None:
    text = form_to_yaml(load_form(paths.shipped_forms_dir() / "service-encounter.yaml"))
    lines = text.splitlines()
    assert [line.split(":")[0] for line in lines[:3]] == ["id", "version", "title"]
    assert lines[0] == "id: service-encounter"
    assert "languages: [en, fi, sv]" in lines
    assert "channels" not in text  # in_person is the default
    question = text[text.index("  - id: greeted_on_arrival") :].splitlines()[:12]
    keys = [line.strip().lstrip("- ").split(":")[0] for line in question]
    assert keys[:2] == ["id", "type"]
    assert keys.index("text") < keys.index("hint") < keys.index("dimension") < keys.index("points")
    assert "        points: 2" in question  # a whole number of points is written as one
    assert "        timer: [arrived, greeted]" in text
    assert "        show_if: {question: greeted_on_arrival, equals: true}" in text
    assert "          -2: {en: Clearly diminished" in text  # scale labels keyed by numbers
    assert "required: false" not in text and "critical: false" not in text
    # A blank line between sections and between questions, as the shipped files have them.
    assert "        timer: greeted\n\n      - id: greeting_wait\n" in text
    assert "\n\n  - id: encounter\n    title:" in text
    assert "questions:\n      - id: greeted_on_arrival\n" in text


def test_the_yaml_is_plain_block_yaml_without_tags_or_anchors() -> None:
    form = load_form(paths.shipped_forms_dir() / "phone-chat.yaml")
    text = form_to_yaml(form)
    events = list(yaml.parse(text))
    assert not any(getattr(event, "anchor", None) for event in events)
    assert not any(
        getattr(event, "tag", None) and not event.implicit
        for event in events
        if isinstance(event, yaml.ScalarEvent)
    )
    assert "!!" not in text


@pytest.mark.parametrize("key", list(TEMPLATES))
def test_templates_round_trip(key: str) -> None:
    assert_round_trips(template_form(key, form_id=f"from-{key}", title="From a template"))


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.xlsx"))


def test_every_corpus_xlsform_that_imports_round_trips() -> None:
    imported = 0
    for path in corpus_files():
        try:
            form = read_xlsform(path).form
        except (XLSFormError, FormError):
            continue
        assert_round_trips(form)
        imported += 1
    assert imported == len(corpus_files()) == 11  # each imports today; a change shows here


def test_awkward_texts_are_quoted_so_they_read_back_as_texts() -> None:
    # Texts YAML would otherwise read as something else, or could not read at all.
    awkward = [
        "yes",
        "No",
        "on",
        "null",
        "~",
        "1:30",
        "0x1F",
        "1e3",
        "2026-01-01",
        "- a",
        "a: b",
        "# not a comment",
        "'quoted'",
        '"double"',
        "{not: a mapping}",
        "[x]",
        "@at",
        "`tick",
        " leading space",
        "trailing space ",
        "multi\nline",
        "multi\nline\n",
        "tab\there",
        "%",
        "&anchor",
        "*alias",
        "!tag",
        "|",
        ">",
        "?",
        "ääkköset ja ”lainaukset”",
        "emoji 😀",
        "a\n- id: x",
        "a\n      - id: y\n",
        "  - id: z",
        "a\r\nb",
        "a\rb\n",
        "next\x85line",
        "line\u2028separator\u2029paragraph",
    ]
    questions = [
        {
            "id": f"q{i}",
            "type": "choice",
            "text": text,
            "options": [{"id": f"o{i}", "text": {"en": text, "fi": text}}],
        }
        for i, text in enumerate(awkward)
    ]
    form = validate_form(
        {
            "id": "awkward",
            "version": 1,
            "title": "yes",
            "languages": ["en", "fi"],
            "sections": [{"id": "s", "title": "1:30", "questions": questions}],
        }
    )
    assert_round_trips(form)


def test_show_if_values_keep_their_type() -> None:
    # 2 and 2.0 are different data in a condition (and so in the content hash).
    base = {"id": "n", "type": "number", "text": "How many?"}
    for value in (2, 2.0, 0.1, -3):
        form = validate_form(
            {
                "id": "kinds",
                "version": 1,
                "title": "T",
                "sections": [
                    {
                        "id": "s",
                        "title": "S",
                        "questions": [
                            base,
                            {
                                "id": "t",
                                "type": "text",
                                "text": "Why?",
                                "show_if": {"question": "n", "equals": value},
                            },
                        ],
                    }
                ],
            }
        )
        assert_round_trips(form)


# --- generated forms --------------------------------------------------------------------------

LANGUAGES = ["en", "fi", "sv", "de"]
# Any text a person might type or paste (controls other than line breaks and tabs left out: the
# format refuses NULs and lone surrogates, and YAML cannot carry other controls).
TEXT = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn"), whitelist_characters="\n\t\r\x85"),
    min_size=1,
    max_size=30,
).filter(lambda text: text.strip() != "")


@st.composite
def texts(draw: st.DrawFn, languages: list[str]) -> Any:
    if draw(st.booleans()):
        return draw(TEXT)
    chosen = (
        draw(st.lists(st.sampled_from(languages[1:]), unique=True)) if len(languages) > 1 else []
    )
    return {lang: draw(TEXT) for lang in [languages[0], *chosen]}


POINTS = st.one_of(
    st.integers(min_value=0, max_value=1000),
    st.floats(min_value=0, max_value=1000, allow_nan=False, allow_infinity=False),
)


@st.composite
def question(
    draw: st.DrawFn, index: int, languages: list[str], earlier: list[dict[str, Any]]
) -> dict[str, Any]:
    kind = draw(st.sampled_from(QUESTION_TYPES))
    q: dict[str, Any] = {"id": f"q{index}", "type": kind, "text": draw(texts(languages))}
    if draw(st.booleans()):
        q["hint"] = draw(texts(languages))
    if kind != "note":
        for flag in ("required", "allow_na"):
            if draw(st.booleans()):
                q[flag] = draw(st.booleans())
    if kind in ("yes_no", "rating", "feeling", "duration", "choice", "multi_choice"):
        if draw(st.booleans()):
            q["dimension"] = draw(st.sampled_from(["greeting", "smile", "own_dimension"]))
        if kind != "choice" and kind != "multi_choice" and draw(st.booleans()):
            q["points"] = draw(POINTS)
    if kind == "yes_no" and draw(st.booleans()):
        q["timer"] = draw(st.sampled_from(TIMER_EVENTS))
    if kind == "rating":
        low = draw(st.integers(min_value=-10, max_value=10))
        high = low + draw(st.integers(min_value=1, max_value=10))
        q["scale"] = [low, high]
        keys = draw(st.lists(st.integers(min_value=low, max_value=high), unique=True, max_size=3))
        if keys:
            q["labels"] = {key: draw(texts(languages)) for key in keys}
    if kind == "feeling":
        keys = draw(st.lists(st.integers(min_value=-2, max_value=2), unique=True, max_size=5))
        if keys:
            q["labels"] = {key: draw(texts(languages)) for key in keys}
    if kind in ("choice", "multi_choice"):
        points = draw(st.lists(st.integers(min_value=-3, max_value=5), min_size=1, max_size=4))
        q["options"] = [
            {
                "id": draw(
                    st.sampled_from([f"o{i}", str(i), f"{i}.5", "yes" if i == 0 else f"x{i}"])
                ),
                "text": draw(texts(languages)),
                "points": p,
            }
            for i, p in enumerate(points)
        ]
        assume(len({option["id"] for option in q["options"]}) == len(points))
        if draw(st.booleans()):
            q["points"] = draw(POINTS)
    if kind == "number":
        if draw(st.booleans()):
            q["min"] = draw(st.integers(min_value=-100, max_value=0))
        if draw(st.booleans()):
            q["max"] = draw(st.floats(min_value=0.5, max_value=1e6, allow_nan=False))
    if kind == "duration":
        if draw(st.booleans()):
            q["target"] = draw(st.floats(min_value=0.5, max_value=86_400, allow_nan=False))
        if draw(st.booleans()):
            q["timer"] = ["arrived", "greeted"]
    if kind == "text" and draw(st.booleans()):
        q["max_length"] = draw(st.integers(min_value=1, max_value=10_000))
    if kind in ("yes_no", "rating", "duration") and draw(st.booleans()):
        q["critical"] = True
    answerable = [e for e in earlier if e["type"] in ("yes_no", "choice", "multi_choice", "rating")]
    if answerable and draw(st.booleans()):
        target = draw(st.sampled_from(answerable))
        if target["type"] == "yes_no":
            values = [True, False]
        elif target["type"] == "rating":
            values = list(range(target["scale"][0], target["scale"][1] + 1))
        else:
            values = [option["id"] for option in target["options"]]
        how = draw(st.sampled_from(["equals", "not_equals", "in"]))
        value: Any = (
            draw(st.lists(st.sampled_from(values), min_size=1, max_size=3, unique=True))
            if how == "in"
            else draw(st.sampled_from(values))
        )
        q["show_if"] = {"question": target["id"], how: value}
    return q


@st.composite
def forms(draw: st.DrawFn) -> Form:
    languages = draw(st.lists(st.sampled_from(LANGUAGES), min_size=1, max_size=3, unique=True))
    count = draw(st.integers(min_value=1, max_value=10))
    questions: list[dict[str, Any]] = []
    for index in range(count):
        questions.append(draw(question(index, languages, questions)))
    cut = draw(st.integers(min_value=1, max_value=count))
    sections = [{"id": "first", "title": draw(texts(languages)), "questions": questions[:cut]}]
    if questions[cut:]:
        sections.append(
            {
                "id": "second",
                "title": draw(texts(languages)),
                "description": draw(texts(languages)),
                "questions": questions[cut:],
            }
        )
    data: dict[str, Any] = {
        "id": "generated",
        "version": draw(st.integers(min_value=1, max_value=2**31 - 1)),
        "title": draw(texts(languages)),
        "languages": languages,
        "sections": sections,
    }
    if draw(st.booleans()):
        data["channels"] = draw(
            st.lists(st.sampled_from(["in_person", "phone", "chat"]), min_size=1, unique=True)
        )
    if draw(st.booleans()):
        data["description"] = draw(texts(languages))
    try:
        return validate_form(data)
    except FormError:
        assume(False)
        raise


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(forms())
def test_generated_forms_round_trip(form: Form) -> None:
    assert_round_trips(form)
