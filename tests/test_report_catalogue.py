"""The PDF reports' catalogue is gettext: the template and the Finnish and Swedish .po files
hold exactly the texts the report modules write, every one translated and none fuzzy, and
the .mo files the reports read are compiled from them; scripts/update_report_catalogue.py
merges a new text in without losing a translation. Numbers, dates and times come from CLDR
(Babel) for fi_FI, sv_FI and en_FI."""

from __future__ import annotations

import gettext
import io
import re
import shutil
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

from mysteryshop import paths
from mysteryshop.reports import i18n

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
import update_report_catalogue as catalogue  # noqa: E402

TRANSLATED = catalogue.LANGUAGES  # fi, sv


def ids(found: Catalog) -> set[str | tuple[str, ...]]:
    return {message.id for message in found if message.id}


def test_every_report_text_is_found_for_the_catalogue() -> None:
    """The script finds every text the reports pass to t() and tn(): a t() of a variable it
    cannot follow would silently stay English."""
    texts = catalogue.report_texts()
    assert not texts.unresolved, (
        f"write these t()/tn() texts where the script finds them: {texts.unresolved}"
    )
    assert len(texts.singles) > 140 and len(texts.plurals) >= 10
    assert {
        "Visit report",
        "Summary report",
        "Coaching report",  # t(COACHING_TITLE): pybabel extract would miss it
        "not asked (hidden)",
    } <= texts.singles
    # One message per English text: a counted phrase is not also a single text.
    assert not texts.singles & {text for pair in texts.plurals for text in pair}


def test_the_template_and_the_catalogues_hold_the_code_s_texts() -> None:
    in_code = ids(catalogue.template())
    template = ids(catalogue.read(catalogue.pot_file()))
    assert template == in_code, (
        "reports.pot is stale (run scripts/update_report_catalogue.py): "
        f"missing {sorted(map(str, in_code - template))[:5]}, "
        f"gone {sorted(map(str, template - in_code))[:5]}"
    )
    for language in TRANSLATED:
        found = ids(catalogue.read(catalogue.po_file(language), language))
        assert found == in_code, (
            f"{language}/reports.po is stale (run scripts/update_report_catalogue.py): "
            f"missing {sorted(map(str, in_code - found))[:5]}, "
            f"gone {sorted(map(str, found - in_code))[:5]}"
        )


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_report_text_is_translated(language: str) -> None:
    found = catalogue.read(catalogue.po_file(language), language)
    assert found.num_plurals == 2  # Finnish and Swedish: singular, plural
    unfinished = []
    for message in found:
        if not message.id:
            continue
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        plural = isinstance(message.id, tuple)
        if message.fuzzy or not all(forms) or (plural and len(forms) != 2):
            unfinished.append(message.id)
    assert not unfinished, f"{len(unfinished)} unfinished in {language}: {unfinished[:10]}"


PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}")


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_the_placeholders(language: str) -> None:
    problems = []
    for message in catalogue.read(catalogue.po_file(language), language):
        if not message.id:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        texts = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = sorted(PLACEHOLDER.findall(sources[-1]))
        for index, text in enumerate(texts):
            got = sorted(PLACEHOLDER.findall(text))
            if len(sources) == 2 and index == 0:  # a singular may say "one" in words
                ok = set(wanted) - {"{n}"} <= set(got) <= set(wanted)
            else:
                ok = got == wanted
            if not ok:
                problems.append(f"{sources[-1]!r} → {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", TRANSLATED)
def test_mo_files_are_compiled_from_the_current_po(language: str) -> None:
    """Compared as the messages gettext reads, not as bytes: Babel writes its own version
    into the header."""
    po = catalogue.po_file(language)
    mo = po.with_suffix(".mo")
    assert mo.exists(), f"{mo} is missing: run scripts/update_report_catalogue.py"
    with mo.open("rb") as shipped:
        messages = gettext.GNUTranslations(shipped)._catalog  # type: ignore[attr-defined]
    built = gettext.GNUTranslations(
        io.BytesIO(catalogue.mo_bytes(catalogue.read(po, language)))
    )._catalog  # type: ignore[attr-defined]
    drop = ("", 0)
    assert {k: v for k, v in messages.items() if k not in drop} == {
        k: v for k, v in built.items() if k not in drop
    }, f"{mo.name} of {language} is stale: run scripts/update_report_catalogue.py"


@pytest.mark.parametrize("language", TRANSLATED)
def test_reports_read_their_words_from_the_catalogue(language: str) -> None:
    found = catalogue.read(catalogue.po_file(language), language)
    with i18n.use_language(language):
        for message in found:
            if not message.id:
                continue
            if isinstance(message.id, str):
                assert i18n.t(message.id) == message.string
                continue
            one, other = message.id
            singular, plural = message.string
            assert i18n.tn(1, one, other, **_dummies(one)) == singular.format(**_dummies(one, 1))
            assert i18n.tn(7, one, other, **_dummies(other)) == plural.format(**_dummies(other, 7))


def _dummies(text: str, n: int | None = None) -> dict[str, str]:
    values = {name: "X" for name in re.findall(r"\{([a-z_]+)\}", text) if name != "n"}
    return values | ({"n": str(n)} if n is not None else {})


def test_english_writes_the_code_s_text_and_its_singular_for_one() -> None:
    with i18n.use_language("en"):
        assert i18n.t("Visit report") == "Visit report"
        assert i18n.tn(1, "{n} day", "{n} days") == "1 day"
        assert i18n.tn(0, "{n} day", "{n} days") == "0 days"


@pytest.fixture
def scratch_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The shipped report catalogue copied aside, for the script and the reports to use."""
    resources = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), resources)
    folder = resources / "translations" / "reports"
    monkeypatch.setattr(catalogue, "FOLDER", folder)
    monkeypatch.setattr(paths, "resources_dir", lambda: resources)
    i18n.catalogue.cache_clear()
    yield folder
    i18n.catalogue.cache_clear()


def test_the_script_merges_a_new_text_and_keeps_every_translation(
    scratch_catalogue: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = {
        language: scratch_catalogue.joinpath(language, "LC_MESSAGES", "reports.po").read_bytes()
        for language in TRANSLATED
    }
    monkeypatch.setattr(sys, "argv", ["update_report_catalogue.py"])
    assert catalogue.main() == 0
    for language in TRANSLATED:  # nothing new in the code: nothing changes
        assert catalogue.po_file(language).read_bytes() == before[language]

    texts = catalogue.report_texts()
    texts.singles.add("A brand new heading")
    texts.plurals.add(("{n} new thing", "{n} new things"))
    monkeypatch.setattr(catalogue, "report_texts", lambda: texts)
    assert catalogue.main() == 0
    fi = catalogue.read(catalogue.po_file("fi"), "fi")
    assert fi["A brand new heading"].string == ""  # waits for its translation, not fuzzy
    assert not fi["A brand new heading"].fuzzy
    assert fi["{n} new thing"].string == ("", "")
    assert fi["Visit report"].string == "Käyntiraportti"
    assert "A brand new heading" in catalogue.read(catalogue.pot_file())

    # Translated in the .po and compiled, the reports say it at once.
    fi["A brand new heading"].string = "Aivan uusi otsikko"
    catalogue.po_file("fi").write_bytes(catalogue.po_bytes(fi))
    assert catalogue.main() == 0
    i18n.catalogue.cache_clear()
    with i18n.use_language("fi"):
        assert i18n.t("A brand new heading") == "Aivan uusi otsikko"
    with i18n.use_language("sv"):
        assert i18n.t("A brand new heading") == "A brand new heading"  # English until done


# --- numbers, dates and times from CLDR -------------------------------------------------------


def test_numbers_dates_and_times_follow_finland_in_every_language() -> None:
    """fi_FI, sv_FI (2.12.2026, kl. 8.50: not Sweden's ISO forms, X06) and en_FI."""
    from mysteryshop.reports import styles

    day = datetime(2026, 12, 2, 8, 50, 7)
    expected = {
        "fi": ("2.12.2026", "ke 2.12.2026", "ke 2.12.2026 klo 8.50", "8.50.07", "joulu\n2026"),
        "sv": ("2.12.2026", "ons 2.12.2026", "ons 2.12.2026 kl. 8.50", "8.50.07", "dec.\n2026"),
        "en": ("2 Dec 2026", "Wed, 2 Dec 2026", "Wed, 2 Dec 2026, 8.50", "8.50.07", "Dec\n2026"),
    }
    for language, (day_only, weekday, clock, seconds, tick) in expected.items():
        with i18n.use_language(language):
            assert styles.format_date(day) == day_only
            assert styles.format_date(date(2026, 12, 2)) == day_only
            assert styles.format_day(day) == weekday
            assert styles.format_day_clock(day) == clock  # X09: klo / kl. before the time
            assert i18n.time_text(day, seconds=True) == seconds
            assert i18n.month_tick(date(2026, 12, 1)) == tick
            assert styles.format_percent(72.25) == "72,2\u00a0%"  # Python's rounding kept
            assert styles.format_percent(50, 0) == "50\u00a0%"
            assert styles.format_count(12345) == "12\u00a0345"
            assert styles.format_signed(-12.04) == "\u221212,0"
            assert styles.format_points(34.25) == "34,25"


def test_an_aware_time_is_printed_as_it_is_not_moved_to_utc() -> None:
    from mysteryshop.reports import styles

    helsinki = datetime(2026, 12, 2, 8, 50, tzinfo=timezone(timedelta(hours=2)))
    with i18n.use_language("fi"):
        assert styles.format_day_clock(helsinki) == "ke 2.12.2026 klo 8.50"


def test_another_english_region_can_be_asked_for() -> None:
    from mysteryshop.reports import styles

    day = datetime(2026, 12, 2, 8, 50)
    with i18n.use_language("en_GB"):
        assert i18n.language() == "en" and str(i18n.locale()) == "en_GB"
        assert styles.format_day_clock(day) == "Wed, 2 Dec 2026, 08:50"
        assert styles.format_percent(72.25) == "72.2%"
        assert styles.format_count(12345) == "12,345"
    with i18n.use_language("fi"):
        assert str(i18n.locale()) == "fi_FI"
    with pytest.raises(ValueError, match="region"), i18n.use_language("en_XQ"):
        pass


def test_the_command_line_writes_counts_and_dates_from_cldr() -> None:
    """The CLI's sentences are English in Finland, as the English reports; a language or
    region CLDR does not know is refused with its reason."""
    from mysteryshop import cli, formats

    assert cli._number(12345) == "12\u00a0345"
    assert cli._date_words(date(2024, 12, 2)) == "2 Dec 2024"
    assert formats.date_text(date(2024, 12, 2), formats.locale_for("sv")) == "2.12.2024"
    with pytest.raises(ValueError, match="unknown language 'de'"):
        formats.locale_for("de")
