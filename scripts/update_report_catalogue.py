"""Refresh the PDF reports' catalogue: extract the texts, merge them into the gettext
catalogues, compile them.

    python scripts/update_report_catalogue.py            # update .pot and .po, then build .mo
    python scripts/update_report_catalogue.py --no-mo    # only update the .pot and .po files

The report modules stay Qt-free and write t("…") and tn(n, "one", "other")
(mysteryshop/reports/i18n.py). This script finds those texts (report_texts), writes the
template resources/translations/reports/reports.pot and merges it into
resources/translations/reports/{fi,sv}/LC_MESSAGES/reports.po with Babel's catalogue API
(the `pybabel update` step), then compiles the reports.mo files the reports read with the
standard library's gettext (the `pybabel compile` step). The .mo files are committed, as the
app's .qm files are: a plain `pip install` of the repository (or a standalone build) needs
no compile step and no Babel message tools at run time.

The extraction is this script's own rather than `pybabel extract -k t -k tn:2,3`: Babel's
Python extractor sees only literal arguments, and the reports also write t(TITLE),
t(NAMES[key]) of module constants, which it would silently leave English.

New or changed texts land in the .po files without a translation: translate them (Poedit,
or by hand: msgstr, msgstr[0]/[1] for counted phrases) following docs/GLOSSARY.md, then run
this again to rebuild the .mo files. English needs no catalogue: gettext writes the code's
own text and its singular for exactly one. tests/test_report_catalogue.py fails while a text
is missing, untranslated, fuzzy, or a .mo is stale.

Needs Babel (a dependency of mysteryshop).
"""

from __future__ import annotations

import argparse
import ast
import io
import sys
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from mysteryshop import vocabulary  # noqa: E402 (pure Python: the languages)

REPORTS = ROOT / "mysteryshop" / "reports"
FOLDER = ROOT / "resources" / "translations" / "reports"  # reports/i18n.py's catalogue_dir()
DOMAIN = "reports"
LANGUAGES = vocabulary.TRANSLATED_LANGUAGES  # fi, sv
# Header lines that change on every run without any text changing.
VOLATILE = (b'"POT-Creation-Date:', b'"PO-Revision-Date:', b'"Generated-By:')
HEADER = (
    "# The PDF reports' own texts (mysteryshop/reports, t() and tn()).\n"
    "# Made by scripts/update_report_catalogue.py; translate following docs/GLOSSARY.md.\n#"
)


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


def new_catalog(language: str | None = None) -> Catalog:
    return Catalog(
        locale=language,
        domain=DOMAIN,
        header_comment=HEADER,
        project="mysteryshop",
        msgid_bugs_address="",
        last_translator="",
        language_team="",
        fuzzy=False,
    )


def template() -> Catalog:
    """The catalogue template: every text of report_texts(), a counted phrase as its
    singular and plural."""
    texts = report_texts()
    catalog = new_catalog()
    for text in sorted(texts.singles):
        catalog.add(text)
    for one, other in sorted(texts.plurals):
        catalog.add((one, other))
    return catalog


def pot_file() -> Path:
    return FOLDER / f"{DOMAIN}.pot"


def po_file(language: str) -> Path:
    return FOLDER / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def read(path: Path, language: str | None = None) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, locale=language, domain=DOMAIN)


def po_bytes(catalog: Catalog) -> bytes:
    """The .po text of `catalog`: sorted, without source locations (they would change the
    file on every edit of the code) and without what is no longer used."""
    out = io.BytesIO()
    write_po(out, catalog, width=100, no_location=True, sort_output=True, ignore_obsolete=True)
    return out.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def write_if_changed(path: Path, data: bytes) -> None:
    """Write `data` unless the file says the same but for its dates."""

    def steady(text: bytes) -> list[bytes]:
        return [line for line in text.splitlines() if not line.startswith(VOLATILE)]

    if path.exists() and steady(path.read_bytes()) == steady(data):
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def merged(language: str, template_: Catalog) -> Catalog:
    """`language`'s .po updated to `template_`: new texts untranslated, gone ones dropped,
    no fuzzy guesses (a guess that reads right is easy to miss)."""
    path = po_file(language)
    if path.exists():
        catalog = read(path, language)
    else:
        catalog = new_catalog(language)
    catalog.update(template_, no_fuzzy_matching=True, update_creation_date=False)
    return catalog


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-mo", action="store_true", help="update the .pot and .po only")
    args = parser.parse_args()
    unresolved = report_texts().unresolved
    if unresolved:
        print(
            "t()/tn() with a text this script cannot find (write the text in the call, or in a "
            "module constant): " + ", ".join(unresolved),
            file=sys.stderr,
        )
        return 1
    template_ = template()
    write_if_changed(pot_file(), po_bytes(template_))
    for language in LANGUAGES:
        write_if_changed(po_file(language), po_bytes(merged(language, template_)))
        if not args.no_mo:
            catalog = read(po_file(language), language)
            write_if_changed(po_file(language).with_suffix(".mo"), mo_bytes(catalog))
    return 0


if __name__ == "__main__":
    sys.exit(main())
