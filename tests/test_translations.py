"""Translations: the app's .ts files hold every string of the UI, translated into Finnish and
Swedish, and the .qm files the app loads are built from them; the reports' catalogue has
Finnish and Swedish for every text the reports use; reports come out in the chosen
language with its number and date formats."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FOLDER = REPO / "resources" / "translations"
sys.path.insert(0, str(REPO / "scripts"))
import update_translations  # noqa: E402

TRANSLATED = update_translations.LANGUAGES  # fi, sv
ALL = TRANSLATED + update_translations.PLURAL_ONLY  # and en (plural forms only)


def _tool_works(name: str) -> bool:
    try:
        return subprocess.run([name, "-version"], capture_output=True).returncode == 0
    except OSError:
        return False


needs_tools = pytest.mark.skipif(
    not (_tool_works("pyside6-lupdate") and _tool_works("pyside6-lrelease")),
    reason="pyside6-lupdate/pyside6-lrelease cannot run here (on Debian they need "
    "libgssapi-krb5-2)",
)

Message = tuple[str, str, bool]  # context, source, numerus


def messages(ts: Path) -> dict[Message, ET.Element]:
    """The live messages of a .ts file (not obsolete or vanished) with their translation."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            key = (name, message.findtext("source") or "", message.get("numerus") == "yes")
            found[key] = translation
    return found


def texts(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each language's .ts as lupdate makes it from the code today, from scratch."""
    folder = tmp_path_factory.mktemp("lupdate")
    made = {}
    for language in ALL:
        ts = folder / f"mysteryshop_{language}.ts"
        command = update_translations.lupdate_command(
            ts, language, plural_only=language in update_translations.PLURAL_ONLY
        )
        subprocess.run(command, cwd=REPO, check=True, capture_output=True)
        made[language] = ts
    return made


@needs_tools
@pytest.mark.parametrize("language", ALL)
def test_every_string_of_the_ui_is_in_the_ts_file(fresh_ts: dict[str, Path], language: str) -> None:
    in_code = set(messages(fresh_ts[language]))
    in_file = set(messages(FOLDER / f"mysteryshop_{language}.ts"))
    missing = sorted(in_code - in_file)
    gone = sorted(in_file - in_code)
    assert not missing, (
        f"strings missing from mysteryshop_{language}.ts (run scripts/update_translations.py "
        f"and translate them): {missing[:10]}"
    )
    assert not gone, f"mysteryshop_{language}.ts has strings the code no longer uses: {gone[:10]}"


@pytest.mark.parametrize("language", ALL)
def test_every_message_is_translated(language: str) -> None:
    unfinished = []
    for (context, source, numerus), translation in messages(
        FOLDER / f"mysteryshop_{language}.ts"
    ).items():
        forms = texts(translation)
        if (
            translation.get("type") == "unfinished"
            or not all(text.strip() for text in forms)
            or (numerus and len(forms) != 2)  # Finnish, Swedish, English: singular, plural
        ):
            unfinished.append(f"{context}: {source!r}")
    assert not unfinished, f"{len(unfinished)} unfinished in {language}: {unfinished[:10]}"


PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%L?n|%\d")


@pytest.mark.parametrize("language", ALL)
def test_translations_keep_placeholders_and_one_shortcut_key(language: str) -> None:
    problems = []
    for (context, source, numerus), translation in messages(
        FOLDER / f"mysteryshop_{language}.ts"
    ).items():
        wanted = sorted(PLACEHOLDER.findall(source))
        for index, text in enumerate(texts(translation)):
            got = sorted(PLACEHOLDER.findall(text))
            # A singular may say "one" in words instead of %n.
            if numerus and index == 0:
                got_set, wanted_set = set(got), set(wanted) - {"%n", "%Ln"}
                ok = wanted_set <= got_set <= set(wanted)
            else:
                ok = got == wanted
            if not ok:
                problems.append(f"{context}: {source!r} → {text!r}")
            if source.replace("&&", "").count("&") == 1 and text.replace("&&", "").count("&") != 1:
                problems.append(f"{context}: {source!r} → {text!r} needs one & shortcut")
    assert not problems, "\n".join(problems)


def test_no_two_shortcut_keys_clash_in_the_editor_and_menus() -> None:
    """The encounter editor and the menu bar share one window: Alt+letter must be unique."""
    editor = {
        "For&m",
        "Cha&nnel",
        "&Location",
        "&Date and time",
        "&Observer",
        "&Staff (role, not a name)",
        "No&tes",
        "S&ubmit",
        "&Close",
        "Save chan&ges",
        "D&rafts",
        "&Add location",
        "&File",
        "&Edit",
        "&View",
        "&Help",
    }
    for language in TRANSLATED:
        keys: dict[str, str] = {}
        for (_context, source, _numerus), translation in messages(
            FOLDER / f"mysteryshop_{language}.ts"
        ).items():
            if source in editor:
                text = texts(translation)[0]
                key = text[text.index("&") + 1].lower()
                assert keys.get(key, text) == text, f"{language}: {text} and {keys[key]}"
                keys[key] = text
        assert len(keys) == len(editor), language


@needs_tools
@pytest.mark.parametrize("language", ALL)
def test_qm_files_are_built_from_the_current_ts(tmp_path: Path, language: str) -> None:
    ts = FOLDER / f"mysteryshop_{language}.ts"
    built = tmp_path / f"mysteryshop_{language}.qm"
    subprocess.run(
        ["pyside6-lrelease", str(ts), "-qm", str(built)], check=True, capture_output=True
    )
    shipped = ts.with_suffix(".qm")
    assert shipped.exists(), f"{shipped.name} is missing: run scripts/update_translations.py"
    assert shipped.read_bytes() == built.read_bytes(), (
        f"{shipped.name} is stale: run scripts/update_translations.py"
    )


def test_ui_strings_go_through_names_lupdate_can_see() -> None:
    """lupdate finds tr(), translate(), QT_TRANSLATE_NOOP() with literal text; a literal
    passed to a helper such as _t("…") is never extracted, so never translated."""
    hidden = []
    for path in update_translations.sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("_t", "_tr")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                hidden.append(f"{path.name}:{node.lineno}: {node.args[0].value[:50]!r}")
    assert not hidden, 'use translate("Context", "…") instead:\n' + "\n".join(hidden)


def test_update_script_lists_every_ui_module() -> None:
    ui = sorted((REPO / "mysteryshop" / "ui").glob("*.py"))
    assert update_translations.sources() == ui
    assert shutil.which("pyside6-lupdate") or True  # the tool check is the skip above


# --- the app in Finnish and Swedish -----------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "quit_text", "encounters"),
    [("fi", "&Lopeta", "1 kohtaaminen"), ("sv", "&Avsluta", "1 servicemöte")],
)
def test_the_app_speaks_the_chosen_language(
    qapp: object, language: str, quit_text: str, encounters: str
) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from mysteryshop.ui.app import install_translations

    before = QLocale()
    try:
        install_translations(qapp, language)  # type: ignore[arg-type]
        assert QCoreApplication.translate("MainWindow", "&Quit") == quit_text
        assert QCoreApplication.translate("EncounterLogView", "%Ln encounters", "", 1) == (
            encounters
        )
        assert (
            QLocale().toString(72.25, "f", 1) == "72,2"
            or QLocale().toString(72.25, "f", 1) == "72,3"
        )
    finally:
        _remove_translators(qapp)
        QLocale.setDefault(before)


def test_english_counts_use_the_singular_for_one(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from mysteryshop.ui.app import install_translations

    before = QLocale()
    try:
        install_translations(qapp, "en")  # type: ignore[arg-type]
        translate = QCoreApplication.translate
        assert translate("EncounterLogView", "%Ln encounters", "", 1) == "1 encounter"
        assert translate("EncounterLogView", "%Ln encounters", "", 2) == "2 encounters"
    finally:
        _remove_translators(qapp)
        QLocale.setDefault(before)


def _remove_translators(app: object) -> None:
    from PySide6.QtCore import QTranslator

    for translator in app.findChildren(QTranslator):  # type: ignore[attr-defined]
        app.removeTranslator(translator)  # type: ignore[attr-defined]
        translator.deleteLater()


def test_settings_offer_finnish_and_swedish(qtbot: object, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from mysteryshop.store.opening import open_database
    from mysteryshop.ui.settings_view import SettingsView
    from mysteryshop.ui.workspace import Settings, Workspace

    db = open_database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    try:
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        view = SettingsView(Workspace(db, settings))
        qtbot.addWidget(view)  # type: ignore[attr-defined]
        combo = view.language
        model = combo.model()
        codes = {combo.itemData(i): i for i in range(combo.count())}
        assert {"", "en", "fi", "sv"} <= set(codes)
        for code in ("fi", "sv"):
            assert model.item(codes[code]).isEnabled()  # type: ignore[attr-defined]
        combo.setCurrentIndex(codes["fi"])
        assert settings.language == "fi"
        assert "start" in view.status.text()
    finally:
        db.close()


# --- the reports' catalogue -------------------------------------------------------------------


def _report_texts() -> tuple[set[str], set[tuple[str, str]]]:
    """Every literal the report modules pass to t() and tn(), and the English names they
    translate by looking them up (dimension, status, channel names …)."""
    from mysteryshop.reports import charts, coaching, common, summary, visit

    singles: set[str] = set()
    plurals: set[tuple[str, str]] = set()
    for path in sorted((REPO / "mysteryshop" / "reports").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            args = node.args
            if node.func.id == "t" and args and isinstance(args[0], ast.Constant):
                singles.add(args[0].value)
            if node.func.id == "tn" and len(args) >= 3:
                if isinstance(args[1], ast.Constant) and isinstance(args[2], ast.Constant):
                    plurals.add((args[1].value, args[2].value))
    for names in (
        charts.DIMENSION_NAMES,
        charts.FEELING_LABELS,
        common.STATUS_NAMES,
        common.CHANNEL_NAMES,
        common.TIMER_EVENT_NAMES,
        common.TAG_NAMES,
        visit._STATE_WORDS,
    ):
        singles.update(names.values())
    singles.update(
        (visit.TITLE, summary.TITLE, coaching.TITLE, coaching.NO_ROLE, coaching.ANONYMOUS_ROLE)
    )
    try:
        from mysteryshop.reports import evidence
    except ImportError:  # the attachments section is optional
        pass
    else:
        singles.update(getattr(evidence, "TYPE_NAMES", {}).values())
    return singles, plurals


def test_every_report_text_has_finnish_and_swedish() -> None:
    from mysteryshop.reports.i18n import CATALOGUE, PLURALS

    singles, plurals = _report_texts()
    assert len(singles) > 150
    missing = sorted(text for text in singles if text not in CATALOGUE)
    assert not missing, f"add to reports/i18n.py CATALOGUE: {missing}"
    missing_plurals = sorted(pair for pair in plurals if pair not in PLURALS)
    assert not missing_plurals, f"add to reports/i18n.py PLURALS: {missing_plurals}"


def test_every_catalogue_entry_has_finnish_and_swedish_with_the_same_placeholders() -> None:
    from mysteryshop.reports.i18n import CATALOGUE, PLURALS

    field = re.compile(r"\{[a-z_]+\}")
    for english, translations in CATALOGUE.items():
        assert len(translations) == 2, english
        for text in translations:
            assert text.strip(), english
            assert sorted(field.findall(text)) == sorted(field.findall(english)), (english, text)
    for (one, other), (finnish, swedish) in PLURALS.items():
        for forms in (finnish, swedish):
            assert len(forms) == 2 and all(form.strip() for form in forms), one
            assert sorted(field.findall(forms[1])) == sorted(field.findall(other)), forms


def test_unused_catalogue_entries_are_noticed() -> None:
    from mysteryshop.reports.i18n import CATALOGUE, PLURALS

    singles, plurals = _report_texts()
    assert not sorted(set(CATALOGUE) - singles - {"pts", "W{week}"})
    assert not sorted(set(PLURALS) - plurals)


def test_numbers_and_dates_follow_the_report_language() -> None:
    from mysteryshop.reports import styles
    from mysteryshop.reports.i18n import t, tn, use_language

    day = datetime(2026, 11, 23, 14, 5, 7)
    assert styles.format_percent(72.25) == "72.2\u00a0%"
    assert styles.format_date(day) == "23 Nov 2026"
    with use_language("fi"):
        assert styles.format_percent(72.25) == "72,2\u00a0%"
        assert styles.format_count(12345) == "12\u00a0345"
        assert styles.format_signed(-12.04) == "\u221212,0"
        assert styles.format_signed(0.02) == "0,0"
        assert styles.format_points(1.5) == "1,5"
        assert styles.format_date(day) == "23.11.2026"
        assert styles.format_day(day) == "ma 23.11.2026"
        assert styles.format_time(day) == "14.05"
        assert t("Greeting") == "Tervehdys"
        assert tn(1, "{n} day", "{n} days") == "1 päivä"
        assert tn(1200, "{n} day", "{n} days") == "1\u00a0200 päivää"
        with use_language("sv"):  # nested: the inner language wins, then the outer is back
            assert styles.format_date(day) == "2026-11-23"
            assert styles.format_day(day) == "mån 2026-11-23"
            assert styles.format_time(day) == "14:05"
            assert styles.format_percent(72.25) == "72,2\u00a0%"
            assert t("Farewell") == "Avsked"
        assert t("Farewell") == "Hyvästely"
    assert styles.format_count(12345) == "12,345"
    assert styles.format_date(date(2026, 1, 5)) == "5 Jan 2026"


def test_an_unknown_report_language_is_refused() -> None:
    from mysteryshop.reports.i18n import check_language

    assert check_language("fi_FI") == "fi"
    assert check_language(None) == "en"
    with pytest.raises(ValueError, match="en, fi, sv"):
        check_language("de")
