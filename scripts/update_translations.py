"""Refresh the app's translations: lupdate the .ts files from the code, then lrelease .qm.

    python scripts/update_translations.py            # update .ts, then build .qm
    python scripts/update_translations.py --no-qm    # only update the .ts files

The .ts files are the one catalogue of every translated text, under three kinds of context:
- the UI's own (a widget's class name, "display" …): what lupdate finds in mysteryshop/ui;
- "vocabulary": the labels of mysteryshop/vocabulary.py (statuses, channels, dimensions …),
  shared by the UI and the PDF reports;
- "reports": every text the PDF reports write. The report modules stay Qt-free and write
  t("…") and tn(n, "one", "other"); this script finds those texts (report_texts) and hands
  them to lupdate as a generated list of QT_TRANSLATE_NOOP/translate calls. reports/i18n.py
  reads the translations back from the .ts files.

New or changed strings land in resources/translations/mysteryshop_{fi,sv}.ts as
"unfinished": translate them (Qt Linguist, or by hand in the XML) following
docs/GLOSSARY.md, then run this again to rebuild the .qm files the app loads.
mysteryshop_en.ts holds only the English plural forms ("1 encounter" / "%n encounters").
tests/test_translations.py fails while a string is missing, untranslated or a .qm is stale.

Needs pyside6-lupdate and pyside6-lrelease (they come with PySide6; on Debian they also
need libgssapi-krb5-2).
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from mysteryshop import vocabulary  # noqa: E402 (pure Python: the languages)

FOLDER = ROOT / "resources" / "translations"
REPORTS = ROOT / "mysteryshop" / "reports"
LANGUAGES = vocabulary.TRANSLATED_LANGUAGES  # fully translated: fi, sv
PLURAL_ONLY = (vocabulary.SOURCE_LANGUAGE,)  # the source language: only the plural forms
REPORTS_CONTEXT = "reports"  # reports/i18n.py reads this context


def sources() -> list[Path]:
    """The files lupdate reads: every module of the UI and the vocabulary's labels."""
    return sorted((ROOT / "mysteryshop" / "ui").glob("*.py")) + [
        ROOT / "mysteryshop" / "vocabulary.py"
    ]


def ts_file(language: str) -> Path:
    return FOLDER / f"mysteryshop_{language}.ts"


@dataclass
class ReportTexts:
    """The texts the report modules translate: `singles` passed to t(), `plurals` as
    (singular, plural) passed to tn(), and `unresolved` calls whose text cannot be found
    (file:line), which would stay English."""

    singles: set[str] = field(default_factory=set)
    plurals: set[tuple[str, str]] = field(default_factory=set)
    unresolved: list[str] = field(default_factory=list)


def _strings(node: ast.expr) -> list[str] | None:
    """The texts of a constant: a string, or the values of a dict / items of a tuple of
    strings; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    items = node.values if isinstance(node, ast.Dict) else getattr(node, "elts", None)
    if items is None:
        return None
    texts = [_strings(item) for item in items if item is not None]
    if any(text is None for text in texts):
        return None
    return [text for found in texts for text in found or ()]


def _root_name(node: ast.expr) -> str | None:
    """NAME in NAME, NAME[key], NAME.get(key, default)."""
    while True:
        if isinstance(node, ast.Name):
            return node.id
        if isinstance(node, ast.Subscript):
            node = node.value
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            node = node.func.value
        elif isinstance(node, ast.Attribute):
            node = node.value
        else:
            return None


def _constants(tree: ast.Module) -> dict[str, ast.expr]:
    return {
        target.id: node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def report_texts() -> ReportTexts:
    """Every text the report modules pass to t() and tn(). A t() of a module constant
    (t(TITLE), t(NAMES[key]), t(NAMES.get(key, key))), in the same module or imported from
    another report module, counts the constant's strings."""
    found = ReportTexts()
    trees = {
        path.stem: ast.parse(path.read_text(encoding="utf-8")) for path in REPORTS.glob("*.py")
    }
    constants = {module: _constants(tree) for module, tree in trees.items()}
    for module, tree in sorted(trees.items()):
        known = dict(constants[module])
        for node in ast.walk(tree):  # from mysteryshop.reports.summary import TITLE as X
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "mysteryshop.reports."
            ):
                source = constants.get((node.module or "").rsplit(".", 1)[1], {})
                for alias in node.names:
                    if alias.name in source:
                        known[alias.asname or alias.name] = source[alias.name]
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            args, where = node.args, f"{module}.py:{node.lineno}"
            if node.func.id == "t" and args:
                texts = _strings(args[0])
                if texts is None:
                    name = _root_name(args[0])
                    texts = _strings(known[name]) if name in known else None
                if texts is None:
                    found.unresolved.append(where)
                else:
                    found.singles.update(texts)
            elif node.func.id == "tn" and len(args) >= 3:
                one, other = _strings(args[1]), _strings(args[2])
                if one and other and len(one) == len(other) == 1:
                    found.plurals.add((one[0], other[0]))
                else:
                    found.unresolved.append(where)
    return found


@contextmanager
def report_stub() -> Iterator[Path]:
    """A throw-away Python file that shows lupdate the reports' texts under "reports"."""
    texts = report_texts()
    lines = [f"QT_TRANSLATE_NOOP({REPORTS_CONTEXT!r}, {text!r})" for text in sorted(texts.singles)]
    # A counted phrase is a Qt plural message: its source is the English plural.
    lines += [
        f"translate({REPORTS_CONTEXT!r}, {other!r}, '', 2)" for _, other in sorted(texts.plurals)
    ]
    with tempfile.TemporaryDirectory() as folder:
        stub = Path(folder) / "report_texts.py"
        stub.write_text("\n".join(lines) + "\n", encoding="utf-8")
        yield stub


def lupdate_command(ts: Path, language: str, stub: Path, *, plural_only: bool = False) -> list[str]:
    """The pyside6-lupdate command that refreshes `ts` from the sources and the reports' stub."""
    command = [
        "pyside6-lupdate",
        *(str(path.relative_to(ROOT)) for path in sources()),
        str(stub),
        "-no-obsolete",
        "-locations",
        "none",  # line numbers would change the file on every edit of the code
        "-source-language",
        "en",
        "-target-language",
        language,
        "-ts",
        str(ts),
    ]
    if plural_only:
        command.insert(-2, "-pluralonly")
    return command


def run(command: list[str]) -> None:
    subprocess.run(command, cwd=ROOT, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-qm", action="store_true", help="update the .ts files only")
    args = parser.parse_args()
    unresolved = report_texts().unresolved
    if unresolved:
        print(
            "t()/tn() with a text this script cannot find (write the text in the call, or in a "
            "module constant): " + ", ".join(unresolved),
            file=sys.stderr,
        )
        return 1
    FOLDER.mkdir(parents=True, exist_ok=True)
    with report_stub() as stub:
        for language in LANGUAGES + PLURAL_ONLY:
            ts = ts_file(language)
            run(lupdate_command(ts, language, stub, plural_only=language in PLURAL_ONLY))
    if not args.no_qm:
        for language in LANGUAGES + PLURAL_ONLY:
            ts = ts_file(language)
            run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))])
    return 0


if __name__ == "__main__":
    sys.exit(main())
