"""The command line (DESIGN.md "Command line"): commands, options in any position, filters,
and exit statuses 0 / 1 (one line per problem, never a traceback) / 2 (wrong usage)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from mysteryshop.cli import _app_options, build_parser, main

REPO = Path(__file__).resolve().parent.parent
SHIPPED = sorted((REPO / "forms").glob("*.yaml"))
FIXTURES = REPO / "tests" / "fixtures" / "forms"

needs_demo = pytest.mark.skipif(
    importlib.util.find_spec("mysteryshop.demo") is None,
    reason="mysteryshop/demo.py (the demo data generator) is not written yet",
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command in-process; returns (exit status, stdout, stderr)."""
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def run_process(cwd: Path, env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m mysteryshop` as a separate process from `cwd`."""
    return subprocess.run(
        [sys.executable, "-m", "mysteryshop", *argv],
        cwd=cwd,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def exported(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


# --- forms ------------------------------------------------------------------------------------


def test_forms_validate_accepts_the_shipped_forms(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "forms", "validate", *map(str, SHIPPED))
    assert status == 0
    assert err == ""
    assert [line.split(":")[0] for line in out.splitlines()] == [str(p) for p in SHIPPED]
    assert all(": ok (" in line for line in out.splitlines())


def test_forms_schema_prints_a_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "forms", "schema")
    assert status == 0
    schema = json.loads(out)
    assert "properties" in schema
    assert {"id", "version", "title", "sections"} <= set(schema["properties"])


def test_forms_list_on_a_new_data_folder_lists_the_shipped_forms(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    status, out, err = run(capsys, "forms", "list")
    assert (status, err) == (0, "")
    assert [line.split("\t")[:2] for line in out.splitlines()] == [
        ["phone-chat", "version 3"],
        ["phone-chat", "version 2"],  # archived (forms/archive), for the encounters made with it
        ["phone-chat", "version 1"],
        ["service-encounter", "version 3"],
        ["service-encounter", "version 2"],
        ["service-encounter", "version 1"],
    ]
    # Opening again adds nothing.
    assert run(capsys, "forms", "list")[1] == out


def test_forms_import_then_list_shows_it(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    form = FIXTURES / "minimal.yaml"
    status, out, _ = run(capsys, "forms", "import", str(form))
    assert (status, out) == (
        0,
        "minimal.yaml: imported the form “Minimal form” (minimal, version 1) with 1 question "
        "in 1 section\n",
    )
    status, out, _ = run(capsys, "forms", "import", str(form))
    assert (status, out) == (
        0,
        "minimal.yaml: the form “Minimal form” (minimal, version 1) is already in the "
        "database, unchanged\n",
    )
    status, out, _ = run(capsys, "forms", "list")
    assert status == 0
    assert [line.split("\t")[0] for line in out.splitlines()] == [
        "minimal",
        *["phone-chat"] * 3,
        *["service-encounter"] * 3,
    ]
    assert (data_dir / "mysteryshop.sqlite3").is_file()


def test_forms_import_of_a_changed_version_says_which_version_to_give(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    changed = tmp_path / "service-encounter.yaml"
    text = (REPO / "forms" / "service-encounter.yaml").read_text(encoding="utf-8")
    changed.write_text(text.replace("Service encounter", "Changed", 1), encoding="utf-8")
    status, out, err = run(capsys, "forms", "import", str(changed))
    assert (status, out) == (1, "")
    assert err == (
        "form service-encounter version 3 is already stored with other content: bump the "
        "version to 4 to change the form\n"
    )


@pytest.mark.parametrize("command", [["forms", "import"], ["import"]])
def test_a_file_that_cannot_be_imported_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, command: list[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    status, out, err = run(capsys, *command, str(path))
    assert (status, out) == (1, "")
    assert len(err.splitlines()) == 1 and err.startswith(f"{path}: cannot import .txt (expected")
    assert not (data_dir / "mysteryshop.sqlite3").exists()  # refused before opening


def test_import_of_a_yaml_form_stores_it(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    status, out, _ = run(capsys, "import", str(FIXTURES / "minimal.yaml"))
    assert status == 0 and out.startswith("minimal.yaml: imported the form “Minimal form”")


BAD_FORMS: dict[str, tuple[bytes | Path, list[str]]] = {
    "unknown-type": (
        FIXTURES / "unknown-type.yaml",
        ["sections[0].questions[0].type: unknown type 'yesno'"],
    ),
    "duplicate-ids": (
        b"id: dup\nversion: 1\ntitle: Dup\nsections:\n"
        b"  - id: s\n    title: S\n    questions:\n"
        b"      - {id: greeted, type: yes_no, text: 'A?'}\n"
        b"      - {id: greeted, type: yes_no, text: 'B?'}\n"
        b"  - id: s\n    title: Again\n    questions:\n"
        b"      - {id: other, type: yes_no, text: 'C?'}\n",
        [
            "sections[0].questions[1].id: duplicate question id 'greeted'",
            "sections[1].id: duplicate section id 's'",
        ],
    ),
    "unknown-show-if": (
        b"id: showif\nversion: 1\ntitle: Show if\nsections:\n"
        b"  - id: s\n    title: S\n    questions:\n"
        b"      - {id: greeted, type: yes_no, text: 'A?'}\n"
        b"      - {id: how, type: text, text: 'How?', show_if: {question: waved, equals: true}}\n",
        ["sections[0].questions[1].show_if.question: unknown question 'waved'"],
    ),
    "reversed-scale": (
        b"id: scale\nversion: 1\ntitle: Scale\nsections:\n"
        b"  - id: s\n    title: S\n    questions:\n"
        b"      - {id: smile, type: rating, text: 'Smile?', scale: [5, 1]}\n",
        ["sections[0].questions[0]: scale [5, 1]"],
    ),
    "empty": (b"", ["the file is empty"]),
    "python-tag": (FIXTURES / "python-tag.yaml", ["line 4", "tags are not allowed"]),
    "list": (b"- id: x\n- version: 1\n", ["expected a mapping", "got a list"]),
    "alias-bomb": (FIXTURES / "billion-laughs.yaml", ["alias bomb"]),
    "recursive-alias": (FIXTURES / "recursive-alias.yaml", ["refers to itself"]),
    "binary": (bytes(range(256)) * 8, ["not a UTF-8 text file"]),
}


@pytest.mark.parametrize("name", list(BAD_FORMS))
def test_a_bad_form_fails_with_one_line_per_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    content, expected = BAD_FORMS[name]
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(content.read_bytes() if isinstance(content, Path) else content)

    status, out, err = run(capsys, "forms", "validate", str(path))

    assert status == 1
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    place_lines = [line for line in lines if any(text in line for text in expected)]
    assert place_lines, err
    assert all(line.startswith(f"{path}: ") for line in lines), err
    if name == "duplicate-ids":
        assert len(lines) == 2
        assert all(any(text in line for line in lines) for text in expected)
    else:
        assert len(lines) == 1, err


def test_forms_import_of_a_bad_form_changes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    before = run(capsys, "forms", "list")[1]
    status, _, err = run(capsys, "forms", "import", str(FIXTURES / "unknown-type.yaml"))
    assert status == 1
    assert "unknown type 'yesno'" in err
    assert run(capsys, "forms", "list")[1] == before


# --- usage ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["nosuch"], "invalid choice"),
        (["export"], "-o/--output"),
        (["export", "-o", "x.json", "--from", "2026-13-45"], "2026-13-45"),
        (["export", "-o", "x.json", "--status", "lost"], "invalid choice"),
        (["forms"], "required"),
        (["demo", "--encounters", "-5"], "whole number"),
        (["--data-dir"], "expected one argument"),  # the app's own options, wrongly given
        (["--data", "x"], "ambiguous option"),
    ],
)
def test_wrong_usage_exits_2(
    capsys: pytest.CaptureFixture[str], data_dir: Path, argv: list[str], says: str
) -> None:
    status, _, err = run(capsys, *argv)
    assert status == 2
    assert says in err
    assert "usage:" in err
    assert "Traceback" not in err
    assert not data_dir.exists()  # nothing was opened


@pytest.mark.parametrize(
    "argv",
    [[], ["--data-dir", "d"], ["--database-url=sqlite://", "--data-dir", "d"], ["--data-d", "d"]],
)
def test_opening_the_app_parses_as_the_full_parser_does(argv: list[str]) -> None:
    # Opening the app skips building every command's parser; the result must not differ.
    quick = _app_options(argv)
    assert quick is not None
    assert vars(quick) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv", [["demo"], ["--data-dir", "d", "check"], ["-h"], ["--version"], ["--data-dir"]]
)
def test_anything_but_opening_the_app_goes_to_the_full_parser(argv: list[str]) -> None:
    assert _app_options(argv) is None


# --- demo, export, import, check --------------------------------------------------------------


@needs_demo
def test_demo_export_check(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    status, out, _ = run(capsys, "demo", "--encounters", "50")
    assert status == 0
    assert "added 50 demo encounters" in out
    target = tmp_path / "x.json"
    status, out, _ = run(capsys, "export", "-o", str(target))
    assert (status, out) == (0, f"exported 50 encounters to {target}\n")
    assert len(exported(target)["encounters"]) == 50
    status, out, err = run(capsys, "check")
    assert status == 0, err
    assert "encounters: 50 scores checked, 0 differ" in out


@needs_demo
def test_demo_twice_with_the_same_seed_is_refused(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    assert run(capsys, "demo", "--encounters", "5")[0] == 0
    status, _, err = run(capsys, "demo", "--encounters", "5")
    assert status == 1
    assert "use another --seed" in err
    assert "Traceback" not in err
    assert run(capsys, "demo", "--encounters", "5", "--seed", "2")[0] == 0


@needs_demo
def test_export_and_import_between_data_dirs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    bundle = tmp_path / "bundle.json"
    assert run(capsys, "--data-dir", str(first), "demo", "--encounters", "20")[0] == 0
    assert run(capsys, "export", "-o", str(bundle), "--data-dir", str(first))[0] == 0
    status, out, _ = run(capsys, "import", str(bundle), "--data-dir", str(second))
    assert status == 0
    assert "20 encounters added" in out
    status, out, _ = run(capsys, "--data-dir", str(second), "import", str(bundle))
    assert "0 encounters added, 0 updated, 20 unchanged" in out


def test_importing_a_bad_bundle_fails_with_places(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    form_file = REPO / "forms" / "archive" / "service-encounter-v1.yaml"
    from mysteryshop.forms import load_form

    form = load_form(form_file).model_copy(update={"id": "bundled-form"})
    location = "0b6f1c7e-5d7a-4a51-9a43-2f7e0c1a9e11"
    good = {
        "id": "6f0d2b1e-1111-4c3e-9a55-0a1b2c3d4e5f", "form": form.id, "form_version": 1,
        "location": location, "visited_at": "2026-11-20T14:05:00+02:00", "status": "draft",
    }  # fmt: skip
    bundle = {
        "format": "mysteryshop-bundle", "format_version": 1,
        "forms": [{"id": form.id, "version": 1, "definition": form.definition()}],
        "locations": [{"id": location, "name": "Kamppi store", "region": "Helsinki"}],
        "encounters": [
            good,
            {**good, "id": "6f0d2b1e-2222-4c3e-9a55-0a1b2c3d4e5f", "answers": {"smile": 9}},
            {**good, "id": "6f0d2b1e-3333-4c3e-9a55-0a1b2c3d4e5f", "visited_at": "yesterday"},
        ],
    }  # fmt: skip
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")

    status, out, err = run(capsys, "import", str(path))

    assert status == 1
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 2, err
    assert any("encounters[1]" in line and "smile" in line for line in lines)
    assert any("encounters[2]" in line and "visited_at" in line for line in lines)
    assert all(line.startswith(f"{path}: ") for line in lines)
    assert "bundled-form" not in run(capsys, "forms", "list")[1]  # nor was the bundle's form


@pytest.mark.parametrize(
    ("content", "says"), [("not json at all", "not valid JSON"), ("[1, 2]", "JSON object")]
)
def test_importing_a_file_that_is_not_a_bundle_fails(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, content: str, says: str
) -> None:
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    status, _, err = run(capsys, "import", str(path))
    assert status == 1
    assert says in err
    assert "Traceback" not in err


# --- where the data lives ---------------------------------------------------------------------


def test_data_dir_option_works_before_and_after_the_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    chosen = tmp_path / "chosen"
    form = str(FIXTURES / "minimal.yaml")
    assert run(capsys, "--data-dir", str(chosen), "forms", "import", form)[0] == 0
    assert (chosen / "mysteryshop.sqlite3").is_file()
    status, out, _ = run(capsys, "forms", "list", "--data-dir", str(chosen))
    assert status == 0
    assert out.startswith("minimal\tversion 1")
    status, out, _ = run(capsys, "forms", "--data-dir", str(chosen), "list")
    assert out.startswith("minimal\tversion 1")
    # without the option the (private) default data folder is used
    assert "minimal" not in run(capsys, "forms", "list")[1]


def test_database_url_option_is_used(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'team' / 'shared.db'}"
    form = str(FIXTURES / "minimal.yaml")
    assert run(capsys, "--database-url", url, "forms", "import", form)[0] == 0
    assert (tmp_path / "team" / "shared.db").is_file()
    status, out, _ = run(capsys, "forms", "list", "--database-url", url)
    assert out.startswith("minimal\tversion 1")
    assert "minimal" not in run(capsys, "forms", "list")[1]


def test_a_database_url_that_cannot_be_used_fails_cleanly(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, _, err = run(capsys, "--database-url", "nonsense://", "forms", "list")
    assert status == 1
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1


# --- export filters ---------------------------------------------------------------------------


@needs_demo
def test_export_filters_select_the_right_encounters(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    assert run(capsys, "demo", "--encounters", "300", "--seed", "4")[0] == 0
    everything = tmp_path / "all.json"
    assert run(capsys, "export", "-o", str(everything))[0] == 0
    bundle = exported(everything)
    encounters = bundle["encounters"]
    assert len(encounters) == 300
    locations = {loc["id"]: loc for loc in bundle["locations"]}

    def visited(e: dict[str, Any]) -> datetime:
        return datetime.fromisoformat(e["visited_at"])

    def local_midnight(day: date) -> datetime:
        return datetime.combine(day, time()).astimezone()

    busiest = max(locations, key=lambda i: sum(e["location"] == i for e in encounters))
    location_name = locations[busiest]["name"]
    region = locations[busiest]["region"]
    days = sorted(visited(e).date() for e in encounters)
    day_from, day_to = days[len(days) // 4], days[len(days) // 2]
    tagged = "needs-coaching"

    cases: list[tuple[list[str], Any]] = [
        (["--form", "phone-chat"], lambda e: e["form"] == "phone-chat"),
        (["--location", location_name], lambda e: e["location"] == busiest),
        (["--region", region], lambda e: locations[e["location"]]["region"] == region),
        (["--from", day_from.isoformat()], lambda e: visited(e) >= local_midnight(day_from)),
        (["--to", day_to.isoformat()],
         lambda e: visited(e) < local_midnight(day_to + timedelta(days=1))),
        (["--status", "draft", "--status", "returned"],
         lambda e: e["status"] in ("draft", "returned")),
        (["--tag", tagged], lambda e: tagged in e["tags"]),
        (["--region", region, "--status", "approved", "--from", day_from.isoformat(),
          "--to", day_to.isoformat()],
         lambda e: locations[e["location"]]["region"] == region and e["status"] == "approved"
         and local_midnight(day_from) <= visited(e) < local_midnight(day_to + timedelta(days=1))),
    ]  # fmt: skip
    for number, (options, wanted) in enumerate(cases):
        expected = sorted(e["id"] for e in encounters if wanted(e))
        assert 0 < len(expected) < 300, options  # every filter really filters
        target = tmp_path / f"filtered-{number}.json"
        status, out, _ = run(capsys, "export", "-o", str(target), *options)
        assert status == 0
        assert out == f"exported {len(expected)} encounters to {target}\n", options
        assert sorted(e["id"] for e in exported(target)["encounters"]) == expected, options


@needs_demo
def test_csv_export_by_extension(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    assert run(capsys, "demo", "--encounters", "10")[0] == 0
    target = tmp_path / "visits.csv"
    assert run(capsys, "export", "-o", str(target), "--anonymize")[0] == 0
    text = target.read_text(encoding="utf-8-sig")
    assert text.startswith("id,visited_at,location,")
    assert len(text.splitlines()) >= 11


def test_export_into_a_missing_folder_fails_cleanly(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    status, _, err = run(capsys, "export", "-o", str(tmp_path / "nowhere" / "x.json"))
    assert status == 1
    assert "does not exist" in err
    assert "Traceback" not in err


# --- the entry point as a real process --------------------------------------------------------


def test_entry_point_validates_forms_from_another_directory(tmp_path: Path) -> None:
    done = run_process(tmp_path, {}, "forms", "validate", *map(str, SHIPPED))
    assert done.returncode == 0, done.stderr
    assert done.stdout.count(": ok (") == len(SHIPPED)
    bad = run_process(tmp_path, {}, "forms", "validate", str(FIXTURES / "billion-laughs.yaml"))
    assert bad.returncode == 1
    assert "alias bomb" in bad.stderr
    assert "Traceback" not in bad.stderr


@needs_demo
def test_entry_point_demo_export_check_from_another_directory(tmp_path: Path) -> None:
    env = {"MYSTERYSHOP_DATA_DIR": str(tmp_path / "data")}
    work = tmp_path / "work"
    work.mkdir()
    demo = run_process(work, env, "demo", "--encounters", "50")
    assert demo.returncode == 0, demo.stderr
    export = run_process(work, env, "export", "-o", "x.json")
    assert export.returncode == 0, export.stderr
    assert len(exported(work / "x.json")["encounters"]) == 50
    check = run_process(work, env, "check")
    assert check.returncode == 0, check.stderr
    assert "0 differ" in check.stdout
    assert (tmp_path / "data" / "mysteryshop.sqlite3").is_file()
    usage = run_process(work, env, "export")
    assert usage.returncode == 2
    assert "Traceback" not in usage.stderr


# --- a damaged database file ------------------------------------------------------------------


def _damage_schema_page(path: Path) -> None:
    """Zero the schema page after the header: nothing can be opened."""
    raw = bytearray(path.read_bytes())
    raw[100:4096] = b"\x00" * 3996
    path.write_bytes(bytes(raw))


def _damage_middle(path: Path) -> None:
    """Overwrite pages in the middle with garbage, as a failing disk might."""
    raw = bytearray(path.read_bytes())
    start = (len(raw) // 3) // 4096 * 4096
    for offset in range(start, min(start + 8 * 4096, len(raw)), 4096):
        raw[offset + 8 : offset + 400] = b"\x5a" * 392
    path.write_bytes(bytes(raw))


@pytest.fixture
def damaged_data_dir(capsys: pytest.CaptureFixture[str], data_dir: Path) -> Path:
    """The data folder of a database with 300 encounters and a backup, checkpointed."""
    import sqlite3

    assert run(capsys, "demo", "--encounters", "300", "--seed", "2")[0] == 0
    assert run(capsys, "backup")[0] == 0
    path = data_dir / "mysteryshop.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


def _says_damaged(status: int, err: str, path: Path, *, findings: bool = False) -> None:
    assert status == 1
    *found, line = err.splitlines()
    if findings:  # `check` lists what SQLite found first
        assert found and all(one.startswith("integrity: ") for one in found)
    else:
        assert found == []
    assert line.startswith(f"The database {path} is damaged (")
    assert "mysteryshop has not changed it." in line
    assert line.endswith(
        f"To put the latest backup from {path.parent / 'backups'} in its place (the damaged "
        "file is kept beside it), run: mysteryshop restore --latest"
    )


@needs_demo
@pytest.mark.parametrize(
    ("damage", "argv"),
    [
        (_damage_schema_page, ["forms", "list"]),
        (_damage_schema_page, ["export", "-o", "out.json"]),
        (_damage_schema_page, ["check"]),
        (_damage_middle, ["export", "-o", "out.json"]),
        (_damage_middle, ["check"]),
        (_damage_middle, ["backup"]),
        # The coaching report reads every scored answer (the summary, since schema 0009,
        # the stored day totals: it may never touch the damaged pages, which `check` finds).
        (_damage_middle, ["report", "coaching", "-o", "out.pdf"]),
    ],
)
def test_a_damaged_database_is_named_with_the_way_out(
    capsys: pytest.CaptureFixture[str],
    damaged_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    damage: Any,
    argv: list[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    damage(damaged_data_dir)
    before = damaged_data_dir.read_bytes()
    status, out, err = run(capsys, *argv)
    _says_damaged(status, err, damaged_data_dir, findings=argv == ["check"])
    assert damaged_data_dir.read_bytes() == before
    assert not (tmp_path / argv[-1]).exists()


def _page_in_the_middle(path: Path) -> None:
    """The finding's damage: one whole page in the middle of the file overwritten."""
    raw = bytearray(path.read_bytes())
    middle = len(raw) // 4096 // 2 * 4096
    raw[middle : middle + 4096] = b"\x5a" * 4096
    path.write_bytes(bytes(raw))


@needs_demo
@pytest.mark.parametrize(
    "argv",
    [
        ["import", "{bundle}"],
        ["demo", "--encounters", "5", "--seed", "9"],
        ["purge", "--older-than", "1", "--yes"],
        ["erase", "--observer", "{observer}", "--yes"],
        ["erase", "--location", "{location}", "--yes"],
        ["forms", "import", str(FIXTURES / "minimal.yaml")],
    ],
)
@pytest.mark.parametrize("damage", [_page_in_the_middle, _damage_middle])
def test_no_command_writes_into_a_damaged_database(
    capsys: pytest.CaptureFixture[str],
    damaged_data_dir: Path,
    tmp_path: Path,
    damage: Any,
    argv: list[str],
) -> None:
    # Data the commands would change: a bundle of new encounters, an observer, a location.
    other = tmp_path / "other"
    assert run(capsys, "--data-dir", str(other), "demo", "--encounters", "8", "--seed", "7")[0] == 0
    bundle = tmp_path / "new.json"
    assert run(capsys, "--data-dir", str(other), "export", "-o", str(bundle))[0] == 0
    assert run(capsys, "export", "-o", str(tmp_path / "all.json"))[0] == 0
    stored = exported(tmp_path / "all.json")
    fill = {
        "{bundle}": str(bundle),
        "{observer}": next(e["observer"] for e in stored["encounters"] if e.get("observer")),
        "{location}": stored["locations"][0]["name"],
    }
    with __import__("sqlite3").connect(damaged_data_dir) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    damage(damaged_data_dir)
    before = damaged_data_dir.read_bytes()
    status, out, err = run(capsys, *(fill.get(arg, arg) for arg in argv))
    _says_damaged(status, err, damaged_data_dir)
    assert out == ""
    assert damaged_data_dir.read_bytes() == before  # the file, byte for byte
    wal = damaged_data_dir.with_name(damaged_data_dir.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # nothing waits to be written either


@needs_demo
def test_the_way_out_of_a_damaged_database_works(
    capsys: pytest.CaptureFixture[str], damaged_data_dir: Path
) -> None:
    _damage_middle(damaged_data_dir)
    assert run(capsys, "check")[0] == 1
    assert run(capsys, "restore", "--latest")[0] == 0
    status, out, _err = run(capsys, "check")
    assert status == 0 and out.endswith(": ok\n")


def test_a_file_that_is_not_a_database_without_backups_points_to_the_app(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "other.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)
    before = path.read_bytes()
    status, _out, err = run(capsys, "--database-url", f"sqlite:///{path}", "forms", "list")
    assert status == 1
    assert err == (
        f"The database {path} is damaged (file is not a database). mysteryshop has not changed "
        f"it. There is no backup in {tmp_path / 'backups'}: start the app (mysteryshop "
        f"--database-url sqlite:///{path}) to move the file aside and begin with an empty "
        "database.\n"
    )
    assert path.read_bytes() == before


def test_the_database_is_closed_when_a_command_ends_even_when_it_fails(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        pytest.skip("needs /proc/self/fd")

    def open_files() -> set[str]:
        found = set()
        for fd in fds.iterdir():
            try:
                found.add(os.readlink(fd))
            except OSError:
                pass
        return {name for name in found if name.startswith(str(data_dir))}

    assert run(capsys, "forms", "list")[0] == 0
    assert open_files() == set()
    assert run(capsys, "report", "visit", "no-such-id", "-o", str(data_dir / "x.pdf"))[0] == 1
    assert open_files() == set()


# --- the --to day ------------------------------------------------------------------------------


def test_the_to_day_takes_in_its_last_second_and_not_the_next_day(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, shipped_forms
) -> None:
    from mysteryshop.store import queries
    from mysteryshop.store.opening import open_database
    from mysteryshop.store.records import EncounterData, new_id

    form = shipped_forms[0]
    day = date(2026, 3, 10)
    moments = {
        "first second": datetime.combine(day, time()).astimezone(),
        "last second": datetime.combine(day, time(23, 59, 59)).astimezone(),
        "next midnight": datetime.combine(day + timedelta(days=1), time()).astimezone(),
        "next midnight, edited": datetime.combine(day + timedelta(days=1), time()).astimezone(),
    }
    ids = {}
    db = open_database(f"sqlite:///{data_dir / 'mysteryshop.sqlite3'}")
    try:
        location = queries.add_location(db, "Kamppi", "Helsinki")
        queries.store_form(db, form)
        for name, moment in moments.items():
            data = EncounterData(new_id(), form.id, form.version, location.id, moment)
            saved = queries.save_encounter(db, data)
            if name.endswith("edited"):  # an update stores its time in SQLAlchemy's own form
                saved = queries.save_encounter(db, replace(saved, notes="edited"))
            ids[name] = saved.id
    finally:
        db.close()

    def exported_ids(*options: str) -> set[str]:
        target = tmp_path / "out.json"
        assert run(capsys, "export", "-o", str(target), *options)[0] == 0
        return {e["id"] for e in exported(target)["encounters"]}

    after = (day + timedelta(days=1)).isoformat()
    assert exported_ids("--to", day.isoformat()) == {ids["first second"], ids["last second"]}
    assert exported_ids("--from", after) == {ids["next midnight"], ids["next midnight, edited"]}
    assert exported_ids("--from", day.isoformat(), "--to", day.isoformat()) == {
        ids["first second"],
        ids["last second"],
    }
