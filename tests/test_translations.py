"""Translations: the app's .ts files hold every string of the UI, translated into Finnish and
Swedish, and the .qm files the app loads are built from them; the vocabulary's labels there
are the reports' too; reports come out in the chosen language with its number and date
formats. The reports' own gettext catalogue has its tests in test_report_catalogue.py."""

from __future__ import annotations

import ast
import re
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


def test_update_script_lists_every_ui_module_and_the_vocabulary() -> None:
    ui = sorted((REPO / "mysteryshop" / "ui").glob("*.py"))
    assert update_translations.sources() == [*ui, REPO / "mysteryshop" / "vocabulary.py"]


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
        # Both follow Finland: Swedish is sv_FI (2.12.2026, 8.50), not Sweden's ISO forms.
        from datetime import date, datetime

        from mysteryshop.ui import display

        assert display.date_text(date(2026, 12, 2)) == "2.12.2026"
        assert display.date_field_format() == "d.M.yyyy"
        assert display.time_text(datetime(2026, 12, 2, 8, 50, 7)) == "8.50.07"
        assert display.date_time_text(datetime(2026, 12, 2, 8, 50)) == "2.12.2026 8.50"
        klo = {"fi": "ke 2.12.2026 klo 8.50", "sv": "ons 2.12.2026 kl. 8.50"}[language]
        assert display.long_date_time_text(datetime(2026, 12, 2, 8, 50)) == klo
    finally:
        _remove_translators(qapp)
        QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("system", "expected", "day"),
    [
        ("fi_FI", "en_FI", "02/12/2026"),  # CLDR's English in Finland: day first
        ("C", "en_GB", "02/12/2026"),  # no region at all: British, never US month-first
        ("en_US", "en_US", "12/2/26"),  # an American system keeps its own
    ],
)
def test_english_takes_the_systems_region_for_dates(
    monkeypatch: pytest.MonkeyPatch, system: str, expected: str, day: str
) -> None:
    """APP.md: Settings ▸ Language ▸ English switched a European team to US dates."""
    from datetime import date

    from PySide6.QtCore import QDate, QLocale

    from mysteryshop.ui import app

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
    locale = app.ui_locale("en")
    assert locale.name() == expected
    shown = date(2026, 12, 2)
    text = locale.toString(
        QDate(shown.year, shown.month, shown.day), QLocale.FormatType.ShortFormat
    )
    assert text == day
    assert app.ui_locale("fi").name() == "fi_FI" and app.ui_locale("sv").name() == "sv_FI"


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


# --- the vocabulary's labels: the app's and the reports' -------------------------------------


@needs_tools
def test_the_vocabulary_is_found_by_lupdate(fresh_ts: dict[str, Path]) -> None:
    from mysteryshop import vocabulary

    found = messages(fresh_ts["fi"])
    labels = {text for table in vocabulary.ALL_LABELS for text in table.values()}
    assert {(vocabulary.CONTEXT, text, False) for text in labels} <= set(found)
    in_context = {source for context, source, _ in found if context == vocabulary.CONTEXT}
    assert in_context == labels  # nothing else lands in "vocabulary"
    # The reports' own texts live in their gettext catalogue, not in the .ts files.
    assert not any(context == "reports" for context, _, _ in found)


def _translated_literals() -> dict[str, str]:
    """Finnish and Swedish texts of the .ts files and of the reports' .po catalogue (those
    that differ from the English)."""
    from babel.messages.pofile import read_po

    found = {}
    for language in TRANSLATED:
        for (context, source, _numerus), translation in messages(
            FOLDER / f"mysteryshop_{language}.ts"
        ).items():
            for text in texts(translation):
                if text != source and len(text) >= 5:
                    found[text] = f"{language} {context}: {source!r}"
        po = FOLDER / "reports" / language / "LC_MESSAGES" / "reports.po"
        with po.open("rb") as file:
            for message in read_po(file):
                strings = message.string if isinstance(message.string, tuple) else [message.string]
                for text in strings:
                    if message.id and text not in message.id and len(text) >= 5:
                        found[text] = f"{language} reports.po: {message.id!r}"
    return found


def test_no_translation_lives_outside_the_catalogues() -> None:
    """One catalogue per string: no Finnish or Swedish text of the .ts or .po files is written again
    in the code (as reports/i18n.py's own catalogue once did for 55 of them). Migrations are
    frozen history: 0005 reads the wording that earlier versions stored."""
    translations = _translated_literals()
    twice = []
    migrations = REPO / "mysteryshop" / "store" / "migrations"
    for path in sorted((REPO / "mysteryshop").rglob("*.py")):
        if path.is_relative_to(migrations):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in translations:
                twice.append(f"{path.relative_to(REPO)}:{node.lineno}: {translations[node.value]}")
    assert not twice, "\n".join(twice)


def test_every_vocabulary_label_is_translated_in_finnish_and_swedish() -> None:
    from mysteryshop import vocabulary

    for language in TRANSLATED:
        found = messages(FOLDER / f"mysteryshop_{language}.ts")
        for table in vocabulary.ALL_LABELS:
            for text in table.values():
                translation = found.get((vocabulary.CONTEXT, text, False))
                assert translation is not None, f"{language}: {text!r} is not in the .ts file"
                assert translation.get("type") is None and texts(translation)[0].strip(), text


@pytest.mark.parametrize("language", TRANSLATED)
def test_reports_read_the_vocabulary_from_the_ts_file(language: str) -> None:
    from mysteryshop import vocabulary
    from mysteryshop.reports import i18n

    found = messages(FOLDER / f"mysteryshop_{language}.ts")
    with i18n.use_language(language):
        for table in vocabulary.ALL_LABELS:
            for text in table.values():
                assert i18n.label(text) == texts(found[(vocabulary.CONTEXT, text, False)])[0]


def test_numbers_and_dates_follow_the_report_language() -> None:
    from mysteryshop.reports import styles
    from mysteryshop.reports.i18n import t, tn, use_language

    day = datetime(2026, 11, 23, 14, 5, 7)
    # English follows Finland's region (en_FI, CLDR): a decimal comma, 14.05.
    assert styles.format_percent(72.25) == "72,2\u00a0%"
    assert styles.format_date(day) == "23 Nov 2026"
    assert styles.format_day_clock(day, anonymize=True) == "Mon, 23 Nov 2026, 14.00–15.00"
    with use_language("fi"):
        assert styles.format_percent(72.25) == "72,2\u00a0%"
        assert styles.format_count(12345) == "12\u00a0345"
        assert styles.format_signed(-12.04) == "\u221212,0"
        assert styles.format_signed(0.02) == "0,0"
        assert styles.format_points(1.5) == "1,5"
        assert styles.format_date(day) == "23.11.2026"
        assert styles.format_day(day) == "ma 23.11.2026"
        assert styles.format_day_clock(day) == "ma 23.11.2026 klo 14.05"
        assert styles.format_time(day) == "14.05"
        assert t("Visit report") == "Käyntiraportti"
        assert tn(1, "{n} day", "{n} days") == "1 päivä"
        assert tn(1200, "{n} day", "{n} days") == "1\u00a0200 päivää"
        with use_language("sv"):  # nested: the inner language wins, then the outer is back
            # Finland-Swedish usage, as Qt's sv_FI: 23.11.2026, 8.05 (not Sweden's ISO forms).
            assert styles.format_date(day) == "23.11.2026"
            assert styles.format_day(day) == "mån 23.11.2026"
            assert styles.format_time(day) == "14.05"
            assert styles.format_time(datetime(2026, 12, 2, 8, 50)) == "8.50"
            assert styles.format_day_clock(day) == "mån 23.11.2026 kl. 14.05"
            assert styles.format_percent(72.25) == "72,2\u00a0%"
            assert t("Visit report") == "Besöksrapport"
        assert t("Visit report") == "Käyntiraportti"
    assert styles.format_count(12345) == "12\u00a0345"
    assert styles.format_date(date(2026, 1, 5)) == "5 Jan 2026"


def test_an_unknown_report_language_is_refused() -> None:
    from mysteryshop.reports.i18n import check_language

    assert check_language("fi_FI") == "fi"
    assert check_language(None) == "en"
    with pytest.raises(ValueError, match="en, fi, sv"):
        check_language("de")
