"""Refresh the app's translations: lupdate the .ts files from the UI code, then lrelease .qm.

    python scripts/update_translations.py            # update .ts, then build .qm
    python scripts/update_translations.py --no-qm    # only update the .ts files

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
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("fi", "sv")  # fully translated
PLURAL_ONLY = ("en",)  # the source language: only the plural forms


def sources() -> list[Path]:
    """The files lupdate reads: every module of the UI (the only code that uses Qt)."""
    return sorted((ROOT / "mysteryshop" / "ui").glob("*.py"))


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
        run(lupdate_command(ts_file(language), language, plural_only=language in PLURAL_ONLY))
    if not args.no_qm:
        for language in LANGUAGES + PLURAL_ONLY:
            ts = ts_file(language)
            run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))])
    return 0


if __name__ == "__main__":
    sys.exit(main())
