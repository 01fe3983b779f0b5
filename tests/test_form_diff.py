"""What changed between two versions of a form (form_diff), and `mysteryshop forms diff`."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from mysteryshop import paths
from mysteryshop.cli import main
from mysteryshop.form_diff import GROUPS, MESSAGES, Change, describe, diff_forms, wording
from mysteryshop.form_yaml import form_to_yaml
from mysteryshop.forms import Form, FormError, load_form, validate_form

SHIPPED = paths.shipped_forms_dir()


def base_data() -> dict[str, Any]:
    return {
        "id": "shop",
        "version": 1,
        "title": {"en": "Shop", "fi": "Kauppa"},
        "languages": ["en", "fi"],
        "sections": [
            {
                "id": "arrival",
                "title": {"en": "Arrival", "fi": "Saapuminen"},
                "questions": [
                    {
                        "id": "greeted",
                        "type": "yes_no",
                        "text": {"en": "Greeted?", "fi": "Tervehdittiinkö?"},
                        "dimension": "greeting",
                        "points": 2,
                    },
                    {
                        "id": "wait",
                        "type": "duration",
                        "text": "Wait?",
                        "target": 30,
                        "show_if": {"question": "greeted", "equals": True},
                    },
                    {
                        "id": "smile",
                        "type": "rating",
                        "text": "Smile?",
                        "scale": [1, 5],
                        "labels": {1: "None", 5: {"en": "Warm", "fi": "Lämmin"}},
                    },
                ],
            },
            {
                "id": "help",
                "title": "Help",
                "questions": [
                    {
                        "id": "helped",
                        "type": "choice",
                        "text": "Helped?",
                        "critical": True,
                        "options": [
                            {"id": "fully", "text": "Fully", "points": 3},
                            {"id": "partly", "text": "Partly", "points": 1},
                            {"id": "no", "text": "No", "points": 0},
                        ],
                    },
                    {"id": "notes", "type": "text", "text": "Notes"},
                ],
            },
        ],
    }


def form(data: dict[str, Any], version: int = 1) -> Form:
    return validate_form({**data, "version": version})


def changed(edit: Any) -> tuple[Form, Form]:
    old = base_data()
    new = copy.deepcopy(old)
    edit(new)
    return form(old), form(new, 2)


def question(data: dict[str, Any], question_id: str) -> dict[str, Any]:
    for section in data["sections"]:
        for item in section["questions"]:
            if item["id"] == question_id:
                return item
    raise KeyError(question_id)


def kinds(old: Form, new: Form) -> list[tuple[str, tuple[str, ...]]]:
    return [(change.kind, change.params) for change in diff_forms(old, new).changes]


def test_the_same_form_has_no_differences() -> None:
    diff = diff_forms(form(base_data()), form(base_data(), 2))
    assert diff.is_empty and describe(diff) == []
    assert diff.old == ("shop", 1) and diff.new == ("shop", 2)


def test_shipped_versions_differ_only_in_wording() -> None:
    old = load_form(SHIPPED / "archive" / "service-encounter-v1.yaml")
    new = load_form(SHIPPED / "service-encounter.yaml")
    diff = diff_forms(old, new)
    assert not diff.is_empty
    assert diff.rescored == [] and diff.added == [] and diff.removed == []
    assert "greeting_wait" in diff.reworded
    assert "greeting_wait: hint changed (en, fi, sv)" in describe(diff)
    assert "greeted_on_arrival: timer changed from — to greeted" in describe(diff)


def test_added_and_removed_questions() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["sections"][1]["questions"].pop()  # notes
        data["sections"][0]["questions"].append({"id": "eye", "type": "yes_no", "text": "Eye?"})

    diff = diff_forms(*changed(edit))
    assert diff.added == ["eye"] and diff.removed == ["notes"]
    assert describe(diff) == [
        "Question eye added (section arrival)",
        "Question notes removed (section help)",
    ]


def test_reworded_texts_name_their_languages() -> None:
    def edit(data: dict[str, Any]) -> None:
        question(data, "greeted")["text"]["fi"] = "Tervehdittiinkö sinua?"
        question(data, "wait")["hint"] = "Seconds"
        question(data, "helped")["options"][1]["text"] = {"en": "Partly", "fi": "Osittain"}
        question(data, "smile")["labels"][5] = {"en": "Warm, sincere", "fi": "Lämmin"}

    diff = diff_forms(*changed(edit))
    assert describe(diff) == [
        "greeted: text changed (fi)",
        "wait: hint added",
        "smile: scale label 5 changed (en)",
        "helped: option partly reworded (fi)",
    ]
    assert diff.reworded == ["greeted", "wait", "smile", "helped"] and diff.rescored == []


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda d: question(d, "greeted").update(points=3), ("points", ("greeted", "2", "3"))),
        (lambda d: question(d, "greeted").update(critical=True), ("made_critical", ("greeted",))),
        (lambda d: question(d, "helped").update(critical=False), ("not_critical", ("helped",))),
        (lambda d: question(d, "greeted").update(required=True), ("made_required", ("greeted",))),
        (lambda d: question(d, "notes").update(allow_na=True), ("na_allowed", ("notes",))),
        (lambda d: question(d, "smile").update(scale=[0, 10]), ("scale", ("smile", "1–5", "0–10"))),
        (lambda d: question(d, "wait").update(target=20), ("target", ("wait", "30", "20"))),
        (lambda d: question(d, "wait").pop("target"), ("target", ("wait", "30", "—"))),
        (
            lambda d: question(d, "greeted").update(dimension="presence"),
            ("dimension", ("greeted", "greeting", "presence")),
        ),
        (
            lambda d: question(d, "helped")["options"][1].update(points=2),
            ("option_points", ("helped", "partly", "1", "2")),
        ),
        (
            lambda d: question(d, "helped")["options"].append({"id": "extra", "text": "Extra"}),
            ("option_added", ("helped", "extra")),
        ),
        (lambda d: question(d, "helped")["options"].pop(), ("option_removed", ("helped", "no"))),
        (lambda d: question(d, "notes").update(type="note"), ("type", ("notes", "text", "note"))),
    ],
)
def test_rescored(edit: Any, expected: tuple[str, tuple[str, ...]]) -> None:
    old, new = changed(edit)
    diff = diff_forms(old, new)
    assert [(c.kind, c.params) for c in diff.changes if c.question is not None] == [expected]
    assert diff.rescored == [expected[1][0]]


def test_moved_within_and_between_sections() -> None:
    def edit(data: dict[str, Any]) -> None:
        arrival = data["sections"][0]["questions"]
        arrival.insert(0, arrival.pop(2))  # smile first
        data["sections"][1]["questions"].append(arrival.pop())  # wait to help

    diff = diff_forms(*changed(edit))
    assert describe(diff) == [
        "smile: moved within section arrival",
        "wait: moved from section arrival to help",
    ]
    assert diff.moved == ["smile", "wait"]


def test_conditions() -> None:
    def edit(data: dict[str, Any]) -> None:
        question(data, "wait")["show_if"] = {"question": "greeted", "not_equals": False}
        question(data, "notes")["show_if"] = {"question": "helped", "in": ["partly", "no"]}

    old, new = changed(edit)
    assert describe(diff_forms(old, new)) == [
        "wait: shown if greeted ≠ no (was: if greeted = yes)",
        "notes: now shown only if helped in (partly, no)",
    ]
    assert (
        describe(diff_forms(new, old))[-1]
        == "notes: now always shown (was: if helped in (partly, no))"
    )
    assert diff_forms(old, new).conditions_changed == ["wait", "notes"]


def test_form_level_changes_come_first() -> None:
    def edit(data: dict[str, Any]) -> None:
        data["title"]["fi"] = "Myymälä"
        data["languages"].append("sv")
        data["channels"] = ["phone"]
        data["sections"].reverse()
        data["sections"][0]["title"] = "Helping"
        question(data, "greeted")["dimension"] = "own_one"
        question(data, "notes")["text"] = "Notes!"

    diff = diff_forms(*changed(edit))
    assert describe(diff) == [
        "Title changed (fi)",
        "Language sv added",
        "Channels changed from in_person to phone",
        "Dimension own_one added",
        "Dimension greeting removed",
        "Section help: title changed (en)",
        "Sections reordered",
        "notes: text changed (en)",
        "greeted: dimension changed from greeting to own_one",
    ]
    assert [change.group for change in diff.changes][:7] == ["form"] * 7


def test_languages_reordered() -> None:
    old = form({**base_data(), "languages": ["en", "fi", "sv"]})
    new = form({**base_data(), "languages": ["en", "sv", "fi"]}, 2)
    assert describe(diff_forms(old, new)) == ["Languages reordered: en, sv, fi"]


def test_every_kind_has_a_message_and_a_group() -> None:
    # The messages' numbered places match the parameters the kinds are made with.
    old, new = form(base_data()), load_form(SHIPPED / "service-encounter.yaml")
    for change in diff_forms(old, new).changes + diff_forms(new, old).changes:
        assert change.kind in MESSAGES and change.group in GROUPS
        text = MESSAGES[change.kind]
        assert f"%{len(change.params)}" in text and f"%{len(change.params) + 1}" not in text
    assert (
        wording(Change("setting", "other", ("q", "max", "1", "10")), "%1 %2 %3 %4") == "q max 1 10"
    )


# --- the command ------------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_diff_of_files_and_stored_versions(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    where = ["--data-dir", str(data_dir)]
    code, out, err = run(
        capsys, "forms", "diff", *where, "service-encounter@1", "service-encounter"
    )
    assert code == 0, err
    assert "greeting_wait: hint changed (en, fi, sv)" in out.splitlines()
    code, out, _ = run(
        capsys,
        "forms",
        "diff",
        *where,
        str(SHIPPED / "service-encounter.yaml"),
        "service-encounter@3",
    )
    assert (code, out) == (0, "no differences\n")
    data = base_data()
    (tmp_path / "old.yaml").write_text(form_to_yaml(form(data)), encoding="utf-8")
    question(data, "greeted")["points"] = 5
    (tmp_path / "new.yml").write_text(form_to_yaml(form(data, 2)), encoding="utf-8")
    code, out, _ = run(
        capsys, "forms", "diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yml")
    )
    assert (code, out) == (0, "greeted: points changed from 2 to 5\n")


def test_cli_diff_of_an_xlsform_and_its_yaml(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from mysteryshop.exchange.xlsform import read_xlsform

    xlsx = Path(__file__).parent / "fixtures" / "xlsform" / "xlsform_spec_test.xlsx"
    data = read_xlsform(xlsx).form.definition()
    (tmp_path / "same.yaml").write_text(form_to_yaml(form(data, data["version"])), encoding="utf-8")
    code, out, _ = run(capsys, "forms", "diff", str(xlsx), str(tmp_path / "same.yaml"))
    assert (code, out) == (0, "no differences\n")
    data["sections"][-1]["questions"].append({"id": "extra", "type": "yes_no", "text": "Extra?"})
    (tmp_path / "less.yaml").write_text(form_to_yaml(form(data, data["version"])), encoding="utf-8")
    code, out, _ = run(capsys, "forms", "diff", str(xlsx), str(tmp_path / "less.yaml"))
    assert (code, out) == (0, f"Question extra added (section {data['sections'][-1]['id']})\n")


@pytest.mark.parametrize(
    ("old", "expected"),
    [
        ("Not/an id", "Not/an id: expected a form file (.yaml, .yml, .xlsx) or FORM_ID@VERSION"),
        ("service-encounter@x", "service-encounter@x: expected a form file"),
        ("service-encounter@99", "no form service-encounter version 99 in the database"),
        ("missing.yaml", "missing.yaml: cannot read"),
        ("pyproject.toml", "pyproject.toml"),
    ],
)
def test_cli_diff_refuses_bad_arguments_in_one_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path, old: str, expected: str
) -> None:
    code, out, err = run(
        capsys, "forms", "diff", "--data-dir", str(data_dir), old, "service-encounter"
    )
    assert code == 1 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith(expected), err


# --- nothing escapes the diff -----------------------------------------------------------------


def every_type_form() -> Form:
    """A form with every question type and every optional field set."""
    data = base_data()
    data["description"] = {"en": "About", "fi": "Tietoa"}
    data["channels"] = ["in_person", "phone"]
    data["sections"][0]["description"] = "Arriving"
    question(data, "greeted").update(
        hint="Words", required=True, allow_na=True, critical=True, timer="greeted"
    )
    question(data, "wait")["timer"] = ["arrived", "greeted"]
    data["sections"][1]["questions"] += [
        {"id": "feel", "type": "feeling", "text": "Feel?", "points": 1, "labels": {2: "Up"}},
        {
            "id": "which",
            "type": "multi_choice",
            "text": "Which?",
            "points": 4,
            "options": [{"id": "a", "text": "A", "points": 2}, {"id": "b", "text": "B"}],
            "show_if": {"question": "helped", "not_equals": "no"},
        },
        {"id": "count", "type": "number", "text": "How many?", "min": 0, "max": 10},
        {"id": "say", "type": "note", "text": "Say nothing"},
        {"id": "words", "type": "text", "text": "Words", "max_length": 50},
    ]
    return form(data)


def leaves(value: Any, place: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [leaf for key, item in value.items() for leaf in leaves(item, (*place, key))]
    if isinstance(value, list) and value and isinstance(value[0], (dict, list)):
        return [leaf for i, item in enumerate(value) for leaf in leaves(item, (*place, i))]
    return [place]


def mutated(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value + 1
    if isinstance(value, str):
        return value + "x"
    if isinstance(value, list):
        return list(reversed(value)) if len(set(map(str, value))) > 1 else [*value, value[0]]
    raise AssertionError(value)


@pytest.mark.parametrize("make", [every_type_form, lambda: load_form(SHIPPED / "phone-chat.yaml")])
def test_every_field_that_changes_shows_in_the_diff(make: Any) -> None:
    old = make()
    tried = 0
    for place in leaves(old.definition()):
        if place == ("version",):
            continue
        data = old.definition()
        target = data
        for key in place[:-1]:
            target = target[key]
        target[place[-1]] = mutated(target[place[-1]])
        try:
            new = validate_form(data)
        except FormError:
            continue  # not a valid edit (an unknown language, a scale label off the scale …)
        if new.canonical_json() == old.canonical_json():
            continue
        tried += 1
        assert not diff_forms(old, new).is_empty, place
    assert tried > 60


def test_cli_export_writes_canonical_yaml_that_round_trips_through_another_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    here, there = ["--data-dir", str(tmp_path / "here")], ["--data-dir", str(tmp_path / "there")]
    data = base_data()
    data["id"] = "our-shop"
    source = tmp_path / "source.yaml"
    source.write_text(form_to_yaml(form(data)), encoding="utf-8")
    assert run(capsys, "forms", "import", *here, str(source))[0] == 0
    code, printed, _ = run(capsys, "forms", "export", *here, "our-shop@1")
    assert code == 0 and printed == source.read_text(encoding="utf-8")
    out = tmp_path / "exported.yaml"
    code, said, _ = run(capsys, "forms", "export", *here, "our-shop", "-o", str(out))
    assert (code, said) == (0, f"{out}: our-shop version 1\n")
    assert out.read_bytes() == source.read_bytes()
    assert run(capsys, "forms", "import", *there, str(out))[0] == 0
    again = tmp_path / "again.yaml"
    assert run(capsys, "forms", "export", *there, "our-shop", "-o", str(again))[0] == 0
    assert again.read_bytes() == out.read_bytes()
    code, _, err = run(capsys, "forms", "export", *there, "no-such-form")
    assert (code, err) == (1, "no form no-such-form in the database\n")
