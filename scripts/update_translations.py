"""Refresh the app's translations: lupdate the .ts files from the code, then lrelease .qm.

    python scripts/update_translations.py            # update .ts, then build .qm
    python scripts/update_translations.py --no-qm    # only update the .ts files

The .ts files hold every text of the app, under two kinds of context:
- the UI's own (a widget's class name, "display" …): what lupdate finds in mysteryshop/ui;
- "vocabulary": the labels of mysteryshop/vocabulary.py (statuses, channels, dimensions …),
  shared by the UI and the PDF reports (reports/i18n.py `label` reads them from the .ts).
The PDF reports' own texts are a gettext catalogue: scripts/update_report_catalogue.py.

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
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from mysteryshop import vocabulary  # noqa: E402 (pure Python: the languages)

FOLDER = ROOT / "resources" / "translations"
LANGUAGES = vocabulary.TRANSLATED_LANGUAGES  # fully translated: fi, sv
PLURAL_ONLY = (vocabulary.SOURCE_LANGUAGE,)  # the source language: only the plural forms


def sources() -> list[Path]:
    """The files lupdate reads: every module of the UI and the vocabulary's labels."""
    return sorted((ROOT / "mysteryshop" / "ui").glob("*.py")) + [
        ROOT / "mysteryshop" / "vocabulary.py"
    ]


def ts_file(language: str) -> Path:
    return FOLDER / f"mysteryshop_{language}.ts"


def lupdate_command(ts: Path, language: str, *, plural_only: bool = False) -> list[str]:
    """The pyside6-lupdate command that refreshes `ts` from the sources."""
    command = [
        "pyside6-lupdate",
        *(str(path.relative_to(ROOT)) for path in sources()),
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
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES + PLURAL_ONLY:
        ts = ts_file(language)
        run(lupdate_command(ts, language, plural_only=language in PLURAL_ONLY))
    if not args.no_qm:
        for language in LANGUAGES + PLURAL_ONLY:
            ts = ts_file(language)
            run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))])
    return 0


if __name__ == "__main__":
    sys.exit(main())
