"""XLSForm import: every public form in tests/fixtures/xlsform/ becomes a valid form or is
refused with a reason (never a traceback, also through the command line); groups, selects,
yes/no lists, numbers with ranges, relevance, languages and versions map as documented."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from mysteryshop.cli import main
from mysteryshop.exchange.xlsform import (
    XLSFormError,
    convert,
    form_id_of,
    language_code,
    read_xlsform,
    version_of,
)
from mysteryshop.forms import (
    ChoiceQuestion,
    Form,
    MultiChoiceQuestion,
    NoteItem,
    NumberQuestion,
    TextQuestion,
    YesNoQuestion,
)

CORPUS = Path(__file__).parent / "fixtures" / "xlsform"
CORPUS_FILES = sorted(CORPUS.glob("*.xlsx"))


def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def questions(form: Form) -> dict[str, Any]:
    return {question.id: question for question in form.questions()}


# --- the corpus -------------------------------------------------------------------------------


def test_the_corpus_is_all_here() -> None:
    assert len(CORPUS_FILES) == 11
    assert (CORPUS / "README.md").read_text(encoding="utf-8").count("BSD-2-Clause") >= 2


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_every_corpus_file_imports_into_a_valid_form_or_is_refused_with_a_reason(
    path: Path,
) -> None:
    try:
        result = read_xlsform(path)
    except XLSFormError as error:
        assert error.problems and all(line.strip() for line in error.problems)
        assert all("\n" not in line for line in error.problems)
        return
    form = result.form
    assert isinstance(form, Form)
    assert any(True for _ in form.answerable()) or any(True for _ in form.questions())
    for warning in result.warnings:
        assert warning.startswith(f"{path.name}: ") and "\n" not in warning


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_every_corpus_file_through_the_command_line_exits_0_or_1_without_a_traceback(
    path: Path, data_dir: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mysteryshop", "--data-dir", str(data_dir), "import", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr
    if done.returncode == 0:
        assert ": imported the form" in done.stdout


def test_a_repeat_and_calculations_are_left_out_with_a_warning_each() -> None:
    result = read_xlsform(CORPUS / "UCL_Biomass_Plot_Form.xlsx")
    found = questions(result.form)
    assert "tag" not in found and "cbh" not in found  # inside repeats
    assert "slope_radius" not in found  # a calculation
    text = "\n".join(result.warnings)
    assert "survey row 32 (trees): a repeat" in text
    assert "survey row 26 (slope_radius): type 'calculate'" in text
    assert "survey row 22 (center_point): type 'geopoint'" in text


def test_a_version_stored_as_a_date_becomes_yyyymmddhh() -> None:
    result = read_xlsform(CORPUS / "UCL_Biomass_Plot_Form.xlsx")
    assert result.form.version == 2022041116
    assert result.form.languages == ["sw", "en"]  # default_language Swahili (sw) comes first


def test_languages_come_from_label_columns_and_their_codes() -> None:
    form = read_xlsform(CORPUS / "UCL_Biomass_Plot_Form.xlsx").form
    monumented = questions(form)["monumented"]
    assert isinstance(monumented, YesNoQuestion)  # a yes_no list
    assert monumented.text == {
        "sw": "Imewekwa Nondo Kati Kati cha Plot?",
        "en": "Was the Plot Center Monumented with Rebar?",
    }
    assert monumented.required


def test_curly_quotes_in_relevant_still_make_a_show_if() -> None:
    form = read_xlsform(CORPUS / "UCL_Biomass_Plot_Form.xlsx").form
    other = questions(form)["leader_name_other"]
    assert other.show_if is not None
    assert (other.show_if.question, other.show_if.equals) == ("leader_name", "other")


def test_groups_become_sections_and_loose_questions_a_default_section() -> None:
    form = read_xlsform(CORPUS / "group.xlsx").form
    assert [section.id for section in form.sections] == ["main", "father"]
    assert isinstance(questions(form)["age"], NumberQuestion)
    assert isinstance(questions(form)["family_name"], TextQuestion)


def test_legacy_select_syntax_and_or_other() -> None:
    form = read_xlsform(CORPUS / "loop.xlsx").form
    toilets = questions(form)["available_toilet_types"]
    assert isinstance(toilets, MultiChoiceQuestion)
    assert [o.id for o in toilets.options][-1] == "other"
    good_day = questions(read_xlsform(CORPUS / "yes_or_no_question.xlsx").form)["good_day"]
    assert isinstance(good_day, YesNoQuestion)


def test_cascading_choices_keep_every_choice_once_with_warnings() -> None:
    result = read_xlsform(CORPUS / "choice_filter_test.xlsx")
    county = questions(result.form)["county"]
    assert isinstance(county, ChoiceQuestion)
    assert [o.id for o in county.options] == ["king", "pierce", "cameron"]
    assert sum("choice_filter (cascading" in w for w in result.warnings) == 2


def test_upper_case_sheets_columns_and_settings_are_read() -> None:
    result = read_xlsform(CORPUS / "case_insensitivity.xlsx")
    assert result.form.id == "yesno"
    assert result.form.title == {"en": "Yes or no"}
    assert isinstance(questions(result.form)["q1"], ChoiceQuestion)


# --- mapping rules, on small made-up spreadsheets -------------------------------------------


SURVEY_HEADER = ["type", "name", "label::English (en)", "label::Suomi (fi)", "required",
                 "relevant", "constraint", "hint"]  # fmt: skip


def test_constraints_become_min_and_max_and_relevance_show_if(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "visit.xlsx",
        {
            "survey": [
                SURVEY_HEADER,
                ["begin_group", "arrival", "Arrival", "Saapuminen"],
                ["select_one yn", "greeted", "Greeted?", "Tervehdittiin?", "yes"],
                ["text", "how", "How?", "Miten?", None, "${greeted} = 'yes'"],
                ["integer", "wait", "Wait (s)", "Odotus (s)", None, None, ". >= 0 and . <= 600"],
                ["decimal", "price", "Price", "Hinta", None, None, ". > 0"],
                ["select_multiple extras", "extras", "Extras", "Lisät"],
                ["note", "thanks", "Thanks", "Kiitos", None, "selected(${extras}, 'bag')"],
                ["text", "why", "Why not?", "Miksi ei?", None, "${greeted} != 'yes'"],
                ["end_group"],
                ["calculate", "total", None, None, None, None, None],
            ],
            "choices": [
                ["list_name", "name", "label::English (en)", "label::Suomi (fi)"],
                ["yn", "yes", "Yes", "Kyllä"],
                ["yn", "no", "No", "Ei"],
                ["extras", "bag", "Bag", "Kassi"],
                ["extras", "receipt", "Receipt", "Kuitti"],
            ],
            "settings": [
                ["form_id", "form_title", "version", "default_language"],
                ["Shop Visit", "Shop visit", "2026112201", "English (en)"],
            ],
        },
    )
    result = read_xlsform(path)
    form = result.form
    assert (form.id, form.version, form.languages) == ("shop-visit", 2026112201, ["en", "fi"])
    found = questions(form)
    assert isinstance(found["greeted"], YesNoQuestion) and found["greeted"].required
    assert found["how"].show_if is not None and found["how"].show_if.equals is True
    assert found["why"].show_if is not None and found["why"].show_if.not_equals is True
    wait = found["wait"]
    assert isinstance(wait, NumberQuestion) and (wait.min, wait.max) == (0, 600)
    assert isinstance(found["price"], NumberQuestion) and found["price"].min == 0
    assert isinstance(found["thanks"], NoteItem) and found["thanks"].show_if is not None
    assert found["thanks"].show_if.equals == "bag"
    assert found["greeted"].text == {"en": "Greeted?", "fi": "Tervehdittiin?"}
    assert any("row 11 (total): type 'calculate'" in w for w in result.warnings)
    assert any("> taken as >=" in w for w in result.warnings)


def test_complex_relevance_is_dropped_with_a_warning_naming_the_row() -> None:
    result = convert(
        {
            "survey": [
                ["type", "name", "label", "relevant"],
                ["integer", "age", "Age"],
                ["text", "why", "Why?", "${age} > 18 and ${age} < 65"],
            ]
        },
        "form.xlsx",
        "form",
    )
    assert questions(result.form)["why"].show_if is None
    assert any(
        w.startswith("form.xlsx: survey row 3 (why): relevant") and "always shown" in w
        for w in result.warnings
    )


def test_question_ids_are_sanitized_and_kept_unique() -> None:
    result = convert(
        {
            "survey": [
                ["type", "name", "label"],
                ["text", "1st question", "First"],
                ["text", "1st_question", "Second"],
                ["text", None, "No name"],
            ]
        },
        "ids.xlsx",
        "ids",
    )
    ids = [q.id for q in result.form.questions()]
    assert ids == ["q_1st_question", "q_1st_question_2", "q4"]
    assert len(set(ids)) == 3


def test_plain_labels_stay_plain_texts() -> None:
    form = convert(
        {"survey": [["type", "name", "label"], ["text", "name", "Your name"]]}, "x.xlsx", "x"
    ).form
    assert questions(form)["name"].text == "Your name"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (3, 3),
        (3.0, 3),
        ("12", 12),
        ("2026112201", 2026112201),
        (datetime(2022, 4, 11, 16, 26, 28), 2022041116),
        (date(2026, 11, 23), 2026112300),
        (44662.68505787037, 2022041116),  # an Excel date number with a time
        ("2022-04-11T16:26:28", 2022041116),
        ("202204111626", 2022041116),  # yyyymmddhhmm, too large as it is
        ("1.2", 1002000),
        ("v2.10.3", 2010003),
        (None, 1),
    ],
)
def test_versions_map_to_positive_whole_numbers(value: Any, expected: int) -> None:
    assert version_of(value)[0] == expected


@pytest.mark.parametrize("value", [0, -3, True, "draft", "99999999999"])
def test_unusable_versions_are_refused(value: Any) -> None:
    with pytest.raises(ValueError):
        version_of(value)


def test_a_refused_version_refuses_the_file_with_one_line() -> None:
    with pytest.raises(XLSFormError) as caught:
        convert(
            {
                "survey": [["type", "name", "label"], ["text", "q", "Q"]],
                "settings": [["version"], ["draft two"]],
            },
            "v.xlsx",
            "v",
        )
    assert caught.value.problems[0].startswith("v.xlsx: settings.version: 'draft two'")


@pytest.mark.parametrize(
    ("name", "code"),
    [("English (en)", "en"), ("english", "en"), ("EN", "en"), ("Swahili (sw)", "sw"),
     ("Português (pt-BR)", "pt-BR"), ("Klingon", None)],
)  # fmt: skip
def test_language_codes(name: str, code: str | None) -> None:
    assert language_code(name) == code


def test_form_ids_are_made_of_lower_case_words() -> None:
    assert form_id_of("Spec test") == "spec-test"
    assert form_id_of("___") == "xlsform"


@pytest.mark.parametrize(
    ("sheets", "reason"),
    [
        ({"choices": [["list_name", "name", "label"]]}, "no 'survey' sheet"),
        ({"survey": [["name", "label"], ["q", "Q"]]}, "no 'type' column"),
        ({"survey": [["type", "name", "label"], ["calculate", "x", None]]}, "no question"),
    ],
)
def test_files_that_give_no_form_are_refused_with_a_reason(
    sheets: dict[str, list[list[Any]]], reason: str
) -> None:
    with pytest.raises(XLSFormError) as caught:
        convert(sheets, "bad.xlsx", "bad")
    assert reason in caught.value.problems[0]


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("type,name,label\n", encoding="utf-8")
    with pytest.raises(XLSFormError, match="not an Excel workbook"):
        read_xlsform(path)


def test_a_zip_bomb_disguised_as_a_workbook_is_refused(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 300_000_000)
    with pytest.raises(XLSFormError, match="zip bomb"):
        read_xlsform(path)


def test_forms_import_and_import_store_an_xlsform_and_print_warnings(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["forms", "import", str(CORPUS / "group.xlsx")]) == 0
    out, err = capsys.readouterr()
    assert "imported the form “Group” (group, version 1) with 2 questions in 2 sections" in out
    assert "warning: group.xlsx: survey row 4 (phone_number)" in err
    assert main(["import", str(CORPUS / "group.xlsx")]) == 0
    assert "already in the database, unchanged" in capsys.readouterr().out
    assert main(["forms", "validate", str(CORPUS / "text_and_integer.xlsx")]) == 0
