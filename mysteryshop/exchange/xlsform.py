"""XLSForm import: turn an ODK/KoboToolbox/SurveyCTO spreadsheet form (survey, choices and
settings sheets) into a mysteryshop form.

What maps: groups become sections (questions outside groups go into a default section),
select_one/select_multiple become choice/multi_choice (a list of exactly yes and no becomes
yes_no), integer/decimal/range become number (simple constraints become min/max), text, note,
required, simple `relevant` conditions become show_if, and settings form_id, form_title,
version (also when stored as a number or a date) and default_language. What does not map
(repeats, calculations, locations, media, complex expressions, choice filters) is left out with
one warning per construct naming its sheet, row and name. A file that gives no usable form is
refused with a reason; nothing here raises anything but XLSFormError."""

from __future__ import annotations

import re
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from mysteryshop.exchange import unzip
from mysteryshop.forms import (
    MAX_FORM_VERSION,
    MAX_NUMBER,
    MAX_TEXT_CHARS,
    Form,
    FormError,
    validate_form,
)

MAX_XLSX_BYTES = 20_000_000
# What the parts may unpack to, counted as they really unpack (a header can lie). A form's
# texts are kilobytes to a few megabytes (the largest form in tests/fixtures/xlsform has
# 0.5 MB sheets); openpyxl holds every shared string in memory (199 MB of them took 1.2 GB
# and 100 s), and every cell of a row it reads.
MAX_UNPACKED_BYTES = 200_000_000  # all parts together
MAX_SHARED_STRINGS_BYTES = 4_000_000  # xl/sharedStrings.xml
MAX_SHEET_BYTES = 10_000_000  # each xl/worksheets/*.xml
MAX_PART_BYTES = 8_000_000  # each other part (workbook, styles, theme, relationships …)
MAX_ZIP_ENTRIES = 2_000
MAX_RATIO = 200
MAX_ROWS = 5_000  # rows with content, per sheet
MAX_EMPTY_RUN = 1_000  # a sheet formatted down to row 1,048,576 ends after this many empty rows
MAX_COLUMNS = 300
MAX_SECTIONS = 100
MAX_QUESTIONS_PER_SECTION = 500
MAX_OPTIONS = 200
MAX_WARNINGS = 300

TEXT_KEYS = ("label", "hint")
_TRANSLATED = re.compile(
    r"^(label|hint|constraint_message|required_message|guidance_hint|media::\w+)\s*::?\s*(.+)$",
    re.IGNORECASE,
)
_LANG_CODE = re.compile(r"\(\s*([A-Za-z]{2,3}(?:-[A-Za-z]{2,4})?)\s*\)\s*$")
_LANGUAGE_NAMES = {
    "english": "en", "french": "fr", "francais": "fr", "français": "fr", "spanish": "es",
    "espanol": "es", "español": "es", "portuguese": "pt", "german": "de", "deutsch": "de",
    "italian": "it", "dutch": "nl", "swedish": "sv", "finnish": "fi", "suomi": "fi",
    "norwegian": "no", "danish": "da", "polish": "pl", "russian": "ru", "ukrainian": "uk",
    "arabic": "ar", "hindi": "hi", "bengali": "bn", "urdu": "ur", "chinese": "zh",
    "mandarin": "zh", "japanese": "ja", "korean": "ko", "swahili": "sw", "kiswahili": "sw",
    "amharic": "am", "hausa": "ha", "yoruba": "yo", "somali": "so", "turkish": "tr",
    "indonesian": "id", "vietnamese": "vi", "thai": "th", "nepali": "ne", "burmese": "my",
    "khmer": "km", "tagalog": "tl", "greek": "el", "hebrew": "he", "persian": "fa",
    "farsi": "fa", "pashto": "ps", "dari": "prs", "kinyarwanda": "rw", "luganda": "lg",
    "malagasy": "mg", "estonian": "et", "latvian": "lv", "lithuanian": "lt",
}  # fmt: skip

# XLSForm types that hold no question an observer answers, or nothing we can store.
_METADATA = {
    "start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber",
    "username", "email", "audit", "uri:deviceid", "uri:subscriberid", "uri:simserial",
    "uri:phonenumber", "uri:username", "uri:email", "start-geopoint", "background-audio",
    "background-geopoint", "instanceid",
}  # fmt: skip
_UNSUPPORTED = {
    "calculate": "a calculation", "hidden": "a hidden value", "geopoint": "a location",
    "geotrace": "a location trace", "geoshape": "a location shape", "image": "a photo",
    "audio": "an audio recording", "video": "a video", "file": "a file upload",
    "barcode": "a barcode scan", "acknowledge": "an acknowledgement tap", "trigger": "a trigger",
    "xml-external": "external data", "csv-external": "external data", "osm": "a map feature",
    "rank": "a ranking", "signature": "a signature", "annotate": "an annotated image",
    "draw": "a drawing", "begin_table": "a table",
}  # fmt: skip
_DATE_TYPES = {"date", "time", "datetime", "datetime-local"}
_TRUE = {"yes", "true", "true()", "1", "y"}
_FALSE = {"no", "false", "false()", "0", "n", ""}
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


class XLSFormError(FormError):
    """An XLSForm that cannot become a form; `problems` holds one line per reason."""


@dataclass
class XLSFormResult:
    """The form made from a spreadsheet, and what was left out or changed on the way."""

    form: Form
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Row:
    sheet: str
    number: int  # the spreadsheet's row number, as its users see it
    cells: dict[str, Any]  # column key (lower case) → value
    texts: dict[str, dict[str | None, str]]  # label/hint → language (None: plain) → text

    def get(self, key: str) -> str:
        return _as_text(self.cells.get(key))


# --- reading the workbook ---------------------------------------------------------------------


def read_xlsform(path: str | Path) -> XLSFormResult:
    """Read an XLSForm file and convert it. Raises XLSFormError with the reason."""
    source = Path(path)
    name = source.name
    try:
        size = source.stat().st_size
    except OSError as error:
        raise XLSFormError([f"{name}: cannot read: {error.strerror or error}"]) from None
    if size > MAX_XLSX_BYTES:
        raise XLSFormError(
            [f"{name}: {size:,} bytes; an XLSForm may be at most {MAX_XLSX_BYTES:,}"]
        )
    _check_package(source)
    sheets = _read_sheets(source)
    return convert(sheets, name, source.stem)


def _check_package(source: Path) -> None:
    """An .xlsx is a zip: refuse one that is damaged, or whose parts unpack to more than a
    form needs (each part is unpacked once here, its bytes counted as they come)."""
    name = source.name
    try:
        with zipfile.ZipFile(source) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ZIP_ENTRIES:
                raise XLSFormError([f"{name}: {len(entries):,} parts; not a plausible XLSForm"])
            declared = sum(entry.file_size for entry in entries)
            if declared > MAX_UNPACKED_BYTES or any(
                entry.file_size > 10_000_000
                and entry.file_size > MAX_RATIO * max(entry.compress_size, 1)
                for entry in entries
            ):
                raise XLSFormError(
                    [f"{name}: unpacks to {declared:,} bytes: refused as a possible zip bomb"]
                )
            total = 0
            for entry in entries:
                if entry.is_dir():
                    continue
                limit = min(_part_limit(entry.filename), MAX_UNPACKED_BYTES - total)
                try:
                    size = unzip.unpacked_size(archive, entry.filename, limit)
                except unzip.TooLarge:
                    raise XLSFormError([_too_large(name, entry.filename, limit, total)]) from None
                total += size
                if size > 10_000_000 and size > MAX_RATIO * max(entry.compress_size, 1):
                    raise XLSFormError(
                        [f"{name}: {entry.filename} unpacks to {size:,} bytes: refused as a "
                         "possible zip bomb"]
                    )  # fmt: skip
    except XLSFormError:
        raise
    except unzip.DAMAGED as error:
        if isinstance(error, OSError) and error.errno is not None:
            raise XLSFormError([f"{name}: cannot read: {error.strerror or error}"]) from None
        if isinstance(error, zipfile.BadZipFile) and "not a zip file" in str(error).lower():
            raise XLSFormError(
                [f"{name}: not an Excel workbook (.xlsx); save the XLSForm as .xlsx and try again"]
            ) from None
        raise XLSFormError([f"{name} is damaged ({unzip.damage(error)})"]) from None


def _part_limit(part: str) -> int:
    if part == "xl/sharedStrings.xml":
        return MAX_SHARED_STRINGS_BYTES
    if part.startswith("xl/worksheets/") and part.endswith(".xml"):
        return MAX_SHEET_BYTES
    return MAX_PART_BYTES


def _too_large(name: str, part: str, limit: int, before: int) -> str:
    if limit < _part_limit(part):  # the parts before it took most of the room
        return (
            f"{name}: unpacks to more than {MAX_UNPACKED_BYTES:,} bytes (at {part}, after "
            f"{before:,}): refused as a possible zip bomb"
        )
    what = "far more text than a form has" if part == "xl/sharedStrings.xml" else "too large"
    return f"{name}: {part[:200]} unpacks to more than {limit:,} bytes ({what})"


def _read_sheets(source: Path) -> dict[str, list[list[Any]]]:
    """Each sheet's rows (lower-case sheet name → rows of values), trailing empty rows cut."""
    import openpyxl

    name = source.name
    sheets: dict[str, list[list[Any]]] = {}
    try:
        # openpyxl warns about spreadsheet features it ignores (data validation, styles):
        # they do not matter for reading values.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(source, read_only=True, data_only=True)
            try:
                for sheet in book.worksheets:
                    key = sheet.title.strip().lower()
                    if key in sheets or key not in ("survey", "choices", "settings"):
                        continue
                    sheets[key] = _sheet_rows(sheet)
            finally:
                book.close()
    except XLSFormError:
        raise
    except Exception as error:  # openpyxl raises many kinds on damaged files
        raise XLSFormError(
            [f"{name}: cannot read the workbook ({type(error).__name__}): is it a valid .xlsx?"]
        ) from None
    return sheets


def _sheet_rows(sheet: Any) -> list[list[Any]]:
    rows: list[list[Any]] = []
    empty = 0
    kept = 0
    for values in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS):
        if all(value is None or (isinstance(value, str) and not value.strip()) for value in values):
            empty += 1
            if empty >= MAX_EMPTY_RUN:
                break
            rows.append([])
            continue
        empty = 0
        kept += 1
        if kept > MAX_ROWS:
            raise XLSFormError(
                [f"sheet {sheet.title!r}: more than {MAX_ROWS:,} rows; not a plausible XLSForm"]
            )
        rows.append(list(values))
    while rows and not rows[-1]:
        rows.pop()
    return rows


# --- converting -------------------------------------------------------------------------------


def _as_text(value: Any) -> str:
    """A cell as text: numbers without a trailing .0, None as ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return str(value).strip()


def _column_key(header: Any) -> tuple[str, str | None]:
    """('label', 'English (en)') for 'label::English (en)'; ('list_name', None) for 'list name'."""
    text = _as_text(header)
    found = _TRANSLATED.match(text)
    if found:
        return found.group(1).lower(), found.group(2).strip()
    return re.sub(r"\s+", "_", text.lower()), None


def _rows(sheet: str, raw: list[list[Any]]) -> tuple[list[_Row], list[str | None]]:
    """The data rows of a sheet and the languages of its label/hint columns, in column order."""
    if not raw:
        return [], []
    columns = [_column_key(header) for header in raw[0]]
    languages = [lang for key, lang in columns if key in TEXT_KEYS]
    out = []
    for index, values in enumerate(raw[1:], start=2):
        if not values:
            continue
        cells: dict[str, Any] = {}
        texts: dict[str, dict[str | None, str]] = {}
        for (key, lang), value in zip(columns, values, strict=False):
            if not key or value is None:
                continue
            if key in TEXT_KEYS:
                text = _as_text(value)
                if text:
                    texts.setdefault(key, {}).setdefault(lang, text)
            elif lang is None:
                cells.setdefault(key, value)
        out.append(_Row(sheet, index, cells, texts))
    return out, list(dict.fromkeys(languages))


def language_code(name: str) -> str | None:
    """'en' for 'English (en)', 'english' or 'EN'; None when it cannot be told."""
    found = _LANG_CODE.search(name)
    if found:
        code = found.group(1)
        primary, _, region = code.partition("-")
        return primary.lower() + (f"-{region}" if region else "")
    plain = name.strip().lower()
    if plain in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[plain]
    if re.fullmatch(r"[a-z]{2,3}", plain):
        return plain
    return None


def _clean_id(text: str, *, pattern: str, fallback: str) -> str:
    """An id fit for `pattern` ([A-Za-z_] start, then [A-Za-z0-9_.-]), at most 64 long."""
    cleaned = re.sub(r"[^A-Za-z0-9_.-]+", "_", text.strip())
    if not cleaned.strip("_"):
        cleaned = fallback
    if not re.match(pattern, cleaned):
        cleaned = f"q_{cleaned}" if pattern.startswith("^[A-Za-z_]") else f"_{cleaned}"
    return cleaned[:64]


def form_id_of(text: str) -> str:
    """A form id ([a-z0-9-], at most 64) from settings.form_id or the file name."""
    cleaned = re.sub(r"[^a-z0-9]+", "-", text.strip().lower()).strip("-")[:64].strip("-")
    return cleaned or "xlsform"


def version_of(value: Any) -> tuple[int, str | None]:
    """A form version from settings.version however the spreadsheet stored it, and a note on
    how it was read (None when it was a plain whole number). Raises ValueError."""

    def checked(number: int, note: str | None) -> tuple[int, str | None]:
        if not 1 <= number <= MAX_FORM_VERSION:
            raise ValueError(f"{number} is not a version from 1 to {MAX_FORM_VERSION:,}")
        return number, note

    def dated(moment: datetime, what: str) -> tuple[int, str | None]:
        number = int(moment.strftime("%Y%m%d%H"))
        return checked(number, f"{what}: read as version {number} (yyyymmddhh)")

    if value is None or (isinstance(value, str) and not value.strip()):
        return 1, "not given; version 1 is used"
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a version")
    if isinstance(value, datetime):
        return dated(value, f"a date and time ({value:%Y-%m-%d %H:%M})")
    if isinstance(value, date):
        return dated(datetime.combine(value, time()), f"a date ({value:%Y-%m-%d})")
    if isinstance(value, int):
        return checked(value, None)
    if isinstance(value, float):
        if value.is_integer():
            return checked(int(value), None)
        if 20_000 < value < 80_000:  # an Excel date serial (days since 1899-12-30)
            from datetime import timedelta

            moment = datetime(1899, 12, 30) + timedelta(days=value)
            return dated(moment, f"an Excel date number ({value})")
        return _dotted(repr(value))
    text = str(value).strip()
    if text.isascii() and text.isdigit():
        if len(text) > 20:  # never a version; int() of thousands of digits fails or crawls
            raise ValueError(f"{text[:20]}… is not a version from 1 to {MAX_FORM_VERSION:,}")
        number = int(text)
        if number > MAX_FORM_VERSION and len(text) in (12, 14):  # yyyymmddhhmm[ss]
            try:
                return dated(datetime.strptime(text[:10], "%Y%m%d%H"), f"{text!r}")
            except ValueError:
                pass
        return checked(number, None)
    try:
        return dated(datetime.fromisoformat(text), f"{text!r}")
    except ValueError:
        pass
    return _dotted(text)


def _dotted(text: str) -> tuple[int, str | None]:
    found = re.fullmatch(r"v?(\d{1,4})\.(\d{1,3})(?:\.(\d{1,3}))?", text.strip(), re.IGNORECASE)
    if not found:
        raise ValueError(
            f"{text!r}: expected a whole number, a date, or a dotted version such as 1.2"
        )
    major, minor, patch = (int(part or 0) for part in found.groups())
    number = major * 1_000_000 + minor * 1_000 + patch
    if not 1 <= number <= MAX_FORM_VERSION:
        raise ValueError(f"{text!r} is not a version from 1 to {MAX_FORM_VERSION:,}")
    return number, f"{text!r}: read as version {number} (major × 1,000,000 + minor × 1,000)"


@dataclass
class _Choice:
    id: str
    name: str
    text: dict[str | None, str]


@dataclass
class _Converter:
    source: str
    stem: str
    warnings: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    default: str | None = None
    plain_only: bool = True
    lang_of: dict[str | None, str | None] = field(default_factory=dict)
    lists: dict[str, list[_Choice]] = field(default_factory=dict)
    questions: dict[str, dict[str, Any]] = field(default_factory=dict)  # original name → item
    used_ids: set[str] = field(default_factory=set)
    dropped: set[str] = field(default_factory=set)  # names of questions left out

    def warn(self, place: str, message: str) -> None:
        if len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(f"{self.source}: {place}: {message}")
        elif len(self.warnings) == MAX_WARNINGS:
            self.warnings.append(f"{self.source}: more warnings not listed")

    def place(self, row: _Row) -> str:
        name = row.get("name")
        return f"{row.sheet} row {row.number}" + (f" ({name})" if name else "")

    # --- texts ----------------------------------------------------------------------------

    def text(self, row: _Row, key: str) -> str | dict[str, str] | None:
        """A label or hint in the form's languages, the default language always present."""
        raw = row.texts.get(key, {})
        out: dict[str, str] = {}
        for lang, text in raw.items():
            code = self.lang_of.get(lang)
            if code is not None and code not in out:
                out[code] = self._fit(text, row, key)
        if not out:
            return None
        if self.plain_only:
            return next(iter(out.values()))
        assert self.default is not None
        if self.default not in out:
            out[self.default] = next(iter(out.values()))
        return {code: out[code] for code in self.languages if code in out}

    def _fit(self, text: str, row: _Row, key: str) -> str:
        if len(text) > MAX_TEXT_CHARS:
            self.warn(self.place(row), f"{key} cut to {MAX_TEXT_CHARS:,} characters")
            return text[: MAX_TEXT_CHARS - 1] + "…"
        return text

    def plain(self, text: str) -> str | dict[str, str]:
        return text if self.plain_only or self.default is None else {self.default: text}

    def new_id(self, name: str, row_number: int) -> str:
        base = _clean_id(name, pattern=r"^[A-Za-z_]", fallback=f"q{row_number}")
        candidate, n = base, 2
        while candidate in self.used_ids:
            suffix = f"_{n}"
            candidate = base[: 64 - len(suffix)] + suffix
            n += 1
        self.used_ids.add(candidate)
        return candidate


def convert(sheets: dict[str, list[list[Any]]], source: str, stem: str) -> XLSFormResult:
    """Convert the rows of an XLSForm's sheets (lower-case sheet name → rows, the first row
    the column names) into a validated form. Raises XLSFormError."""
    if "survey" not in sheets:
        raise XLSFormError([f"{source}: no 'survey' sheet: not an XLSForm"])
    survey, survey_languages = _rows("survey", sheets["survey"])
    choices, choice_languages = _rows("choices", sheets.get("choices", []))
    settings_rows, _ = _rows("settings", sheets.get("settings", []))
    settings = settings_rows[0] if settings_rows else _Row("settings", 2, {}, {})
    if not survey:
        raise XLSFormError([f"{source}: the survey sheet has no rows"])
    if not any(_column_key(h)[0] == "type" for h in sheets["survey"][0]):
        raise XLSFormError([f"{source}: the survey sheet has no 'type' column: not an XLSForm"])

    c = _Converter(source, stem)
    _set_languages(c, list(dict.fromkeys(survey_languages + choice_languages)), settings)
    _read_choices(c, choices)
    sections = _read_survey(c, survey)
    if not sections:
        raise XLSFormError(
            [f"{source}: no question could be imported (see the warnings)", *c.warnings]
        )
    if len(sections) > MAX_SECTIONS:
        raise XLSFormError([f"{source}: {len(sections)} groups; a form may have {MAX_SECTIONS}"])
    for section in sections:
        if len(section["questions"]) > MAX_QUESTIONS_PER_SECTION:
            raise XLSFormError(
                [
                    f"{source}: group {section['id']!r} has {len(section['questions'])} "
                    f"questions; a section may have at most {MAX_QUESTIONS_PER_SECTION}"
                ]
            )

    _strip_private(sections)
    form_id_raw = settings.get("form_id") or stem
    form_id = form_id_of(form_id_raw)
    if form_id != form_id_raw:
        c.warn("settings", f"form_id {form_id_raw[:64]!r} became {form_id!r}")
    try:
        version, note = version_of(settings.cells.get("version"))
    except ValueError as error:
        raise XLSFormError([f"{source}: settings.version: {error}"]) from None
    if note:
        c.warn("settings", f"version: {note}")
    from_name = re.sub(r"[_-]+", " ", stem).strip() or "Imported form"
    title_text = settings.get("form_title") or from_name[:1].upper() + from_name[1:]
    definition: dict[str, Any] = {
        "id": form_id,
        "version": version,
        "title": c.plain(title_text[:MAX_TEXT_CHARS]),
        "sections": sections,
    }
    if c.languages:
        definition["languages"] = c.languages
    try:
        form = validate_form(definition, f"{source} (converted)")
    except FormError as error:
        raise XLSFormError(
            [f"{source}: the converted form is not valid:", *error.problems[:20]]
        ) from None
    return XLSFormResult(form, c.warnings)


def _set_languages(c: _Converter, found: list[str | None], settings: _Row) -> None:
    named = [lang for lang in found if lang is not None]
    wanted = settings.get("default_language")
    default = language_code(wanted) if wanted and wanted.lower() != "default" else None
    if wanted and wanted.lower() != "default" and default is None:
        c.warn("settings", f"default_language {wanted!r}: not a language code; ignored")
    codes: list[str] = []
    for lang in named:
        code = language_code(lang)
        if code is None:
            c.warn("columns", f"language {lang!r} has no language code: its texts are left out")
        c.lang_of[lang] = code
        if code is not None and code not in codes:
            codes.append(code)
    if not codes:
        # Only plain 'label' columns: texts stay plain, in the default language if one is set.
        c.plain_only = True
        c.lang_of[None] = default or "en"
        c.languages = [default] if default else []
        c.default = default
        return
    c.plain_only = False
    c.default = default if default is not None else codes[0]
    if c.default not in codes:
        codes.insert(0, c.default)
    codes.remove(c.default)
    c.languages = [c.default, *codes]
    c.lang_of[None] = c.default  # a plain 'label' column holds the default language


def _read_choices(c: _Converter, rows: list[_Row]) -> None:
    for row in rows:
        list_name = row.get("list_name")
        name = row.get("name")
        if not list_name and not name:
            continue
        if not list_name or not name:
            c.warn(c.place(row), "a choice needs both list_name and name: left out")
            continue
        options = c.lists.setdefault(list_name, [])
        option_id = _clean_id(name, pattern=r"^[A-Za-z0-9_]", fallback=f"option{row.number}")
        if any(o.name == name or o.id == option_id for o in options):
            c.warn(
                f"choices row {row.number} ({list_name}/{name})",
                "the same choice is listed twice (used by choice filters): the first is kept",
            )
            continue
        text = dict(row.texts.get("label", {}))
        if not text:
            text = {None: name}
        options.append(_Choice(option_id, name, text))


def _option_text(c: _Converter, choice: _Choice) -> str | dict[str, str]:
    row = _Row("choices", 0, {}, {"label": choice.text})
    found = c.text(row, "label")
    return found if found is not None else choice.name


_TYPE_ALIASES = {
    "begin group": "begin_group", "end group": "end_group", "begin repeat": "begin_repeat",
    "end repeat": "end_repeat", "begin loop": "begin_loop", "end loop": "end_loop",
    "begin_table": "begin_table", "end table": "end_table", "string": "text", "int": "integer",
    "select one": "select_one", "select multiple": "select_multiple",
}  # fmt: skip


def _split_type(raw: str) -> tuple[str, str, bool]:
    """(base type, list name or parameter, or_other) of a survey type cell."""
    text = re.sub(r"\s+", " ", raw.strip())
    lower = text.lower()
    or_other = False
    for suffix in (" or_other", " or specify other"):
        if lower.endswith(suffix):
            or_other = True
            text, lower = text[: -len(suffix)], lower[: -len(suffix)]
    legacy = re.match(r"^(select one|select all that apply) from (\S+)$", text, re.IGNORECASE)
    if legacy:
        kind = "select_one" if legacy.group(1).lower() == "select one" else "select_multiple"
        return kind, legacy.group(2), or_other
    loop = re.match(r"^begin loop over (\S+)$", text, re.IGNORECASE)
    if loop:
        return "begin_loop", loop.group(1), or_other
    if lower in _TYPE_ALIASES:
        return _TYPE_ALIASES[lower], "", or_other
    head, _, rest = text.partition(" ")
    head = _TYPE_ALIASES.get(head.lower(), head.lower())
    return head, rest.strip(), or_other


def _read_survey(c: _Converter, rows: list[_Row]) -> list[dict[str, Any]]:
    sections: list[dict[str, Any]] = []
    section_ids: set[str] = set()
    loose: dict[str, Any] | None = None  # the default section for questions outside groups
    groups: list[tuple[str, _Row, dict[str, Any] | None]] = []  # open groups: (name, row, cond)
    current: dict[str, Any] | None = None  # the section of the open top-level group
    skipping: list[str] = []  # open repeats/loops being left out

    def new_section(name: str, title: str | dict[str, str]) -> dict[str, Any]:
        base = _clean_id(name, pattern=r"^[A-Za-z_]", fallback="section")
        candidate, n = base, 2
        while candidate in section_ids:
            candidate, n = f"{base[:60]}_{n}", n + 1
        section_ids.add(candidate)
        section: dict[str, Any] = {"id": candidate, "title": title, "questions": []}
        sections.append(section)
        return section

    for row in rows:
        raw_type = row.get("type")
        if not raw_type:
            if row.get("name") or row.texts:
                c.warn(c.place(row), "no type: left out")
            continue
        kind, argument, or_other = _split_type(raw_type)
        if skipping:
            if kind in ("begin_repeat", "begin_loop"):
                skipping.append(kind)
            elif kind in ("end_repeat", "end_loop"):
                skipping.pop()
            elif row.get("name"):
                c.dropped.add(row.get("name"))
            continue
        if kind in ("begin_repeat", "begin_loop"):
            what = "repeat" if kind == "begin_repeat" else "loop"
            c.warn(
                c.place(row),
                f"a {what} (questions asked again and again) is not supported: it and the "
                "questions in it are left out",
            )
            skipping.append(kind)
            continue
        if kind in ("end_repeat", "end_loop"):
            c.warn(c.place(row), f"{raw_type} without a matching begin: ignored")
            continue
        if kind == "begin_group":
            name = row.get("name") or f"group{row.number}"
            condition = None
            if row.get("relevant"):
                condition = _condition(c, row, row.get("relevant"), for_group=True)
            if not groups:
                title = c.text(row, "label") or c.plain(name.replace("_", " ").capitalize())
                current = new_section(name, title)
            groups.append((name, row, condition))
            continue
        if kind == "end_group":
            if not groups:
                c.warn(c.place(row), "end group without a matching begin group: ignored")
                continue
            groups.pop()
            if not groups:
                current = None
            continue
        item = _question(c, row, kind, argument, or_other)
        if item is None:
            continue
        for _name, group_row, condition in groups:
            if condition is None:
                continue
            if "show_if" in item:
                c.warn(
                    c.place(row),
                    f"its group's condition (row {group_row.number}) cannot be combined with "
                    "its own: only its own is kept",
                )
            else:
                item["show_if"] = condition
        if current is None:
            if loose is None or (sections and sections[-1] is not loose):
                title = c.plain("Questions" if not sections else "More questions")
                loose = new_section("main" if not sections else "more", title)
            target = loose
        else:
            target = current
        target["questions"].append(item)
    if skipping:
        c.warn("survey", "a repeat or loop is never closed: everything after it is left out")
    if groups:
        c.warn("survey", f"group {groups[-1][0]!r} is never closed")
    empty = [section for section in sections if not section["questions"]]
    for section in empty:
        c.warn("survey", f"group {section['id']!r} has no question left: left out")
    return [section for section in sections if section["questions"]]


def _question(
    c: _Converter, row: _Row, kind: str, argument: str, or_other: bool
) -> dict[str, Any] | None:
    name = row.get("name")
    place = c.place(row)
    label = c.text(row, "label")
    if kind in _METADATA:
        c.warn(place, f"'{kind}' is collected by the phone, not asked: left out")
        c.dropped.add(name)
        return None
    if kind in _UNSUPPORTED or kind.endswith(("_from_file", "_external")):
        what = _UNSUPPORTED.get(kind, "choices from an external file")
        c.warn(place, f"type '{kind}' ({what}) is not supported: left out")
        c.dropped.add(name)
        return None
    item: dict[str, Any] = {}
    if kind == "note":
        if label is None:
            c.warn(place, "a note without a label: left out")
            return None
        item["type"] = "note"
    elif kind in ("text", "integer", "decimal", "range") or kind in _DATE_TYPES:
        if kind in _DATE_TYPES:
            c.warn(place, f"type '{kind}' becomes a text question (answered in words)")
            item["type"] = "text"
        elif kind == "text":
            item["type"] = "text"
        else:
            item["type"] = "number"
            _number_limits(c, row, kind, item)
    elif kind in ("select_one", "select_multiple"):
        if not _choice_item(c, row, kind, argument, or_other, item):
            c.dropped.add(name)
            return None
    else:
        c.warn(place, f"unknown type '{row.get('type')[:40]}': left out")
        c.dropped.add(name)
        return None
    if not name:
        c.warn(place, "no name: a name was made up")
    item["id"] = c.new_id(name or f"q{row.number}", row.number)
    if name and item["id"] != name:
        c.warn(place, f"name {name[:64]!r} became {item['id']!r}")
    if label is None:
        label = c.plain(name or item["id"])
        if item["type"] != "note":
            c.warn(place, "no label: the name is shown instead")
    item["text"] = label
    hint = c.text(row, "hint")
    if hint is not None:
        item["hint"] = hint
    if item["type"] != "note":
        required = row.get("required").lower()
        if required in _TRUE:
            item["required"] = True
        elif required not in _FALSE:
            c.warn(place, f"required '{required[:60]}' is a condition: the question is optional")
    relevant = row.get("relevant")
    if relevant:
        condition = _condition(c, row, relevant)
        if condition is not None:
            item["show_if"] = condition
    if row.get("choice_filter"):
        c.warn(place, "choice_filter (cascading choices) is not supported: every choice is offered")
    if name:
        c.questions[name] = item
    return item


def _choice_item(
    c: _Converter, row: _Row, kind: str, list_name: str, or_other: bool, item: dict[str, Any]
) -> bool:
    place = c.place(row)
    if not list_name:
        c.warn(place, f"'{kind}' without a choice list: left out")
        return False
    options = c.lists.get(list_name)
    if options is None:
        options = next((v for k, v in c.lists.items() if k.lower() == list_name.lower()), None)
    if not options:
        c.warn(place, f"choice list {list_name!r} is not in the choices sheet: left out")
        return False
    if len(options) > MAX_OPTIONS:
        c.warn(
            place,
            f"choice list {list_name!r} has {len(options)} choices (at most "
            f"{MAX_OPTIONS}): left out",
        )
        return False
    names = {option.name.strip().lower() for option in options}
    if kind == "select_one" and names == {"yes", "no"} and len(options) == 2 and not or_other:
        item["type"] = "yes_no"
        item["_yes_no"] = {o.name: o.name.strip().lower() == "yes" for o in options}
        return True
    item["type"] = "choice" if kind == "select_one" else "multi_choice"
    item["options"] = [{"id": o.id, "text": _option_text(c, o)} for o in options]
    item["_names"] = {o.name: o.id for o in options}
    if or_other:
        if not any(o.id == "other" for o in options):
            item["options"].append({"id": "other", "text": c.plain("Other")})
            item["_names"]["other"] = "other"
        c.warn(place, "or_other: an 'Other' choice is offered, without a box to type it in")
    return True


_NUMBER = r"-?\d+(?:\.\d+)?"
_BOUND = re.compile(rf"^\.\s*(>=|<=|>|<)\s*({_NUMBER})$")


def _number_limits(c: _Converter, row: _Row, kind: str, item: dict[str, Any]) -> None:
    if kind == "range":
        parameters = dict(re.findall(r"(\w+)\s*=\s*(" + _NUMBER + ")", row.get("parameters")))
        for key, name in (("min", "start"), ("max", "end")):
            if name in parameters:
                number = _limit(c, row, parameters[name])
                if number is not None:
                    item[key] = number
        if "min" in item and "max" in item and item["min"] > item["max"]:
            item["min"], item["max"] = item["max"], item["min"]
    constraint = row.get("constraint").translate(_QUOTES)
    if not constraint:
        return
    parts = re.split(r"\s+and\s+", constraint.strip())
    bounds = [_BOUND.match(part.strip()) for part in parts]
    if not all(bounds):
        c.warn(c.place(row), f"constraint '{constraint[:80]}' is not a simple range: not checked")
        return
    for found in bounds:
        assert found is not None
        operator, limit = found.group(1), _limit(c, row, found.group(2))
        if limit is None:
            continue
        number = limit
        if operator in (">", "<"):
            if kind == "integer" and number.is_integer():
                number += 1 if operator == ">" else -1
            else:
                c.warn(
                    c.place(row),
                    f"constraint '{constraint[:80]}': {operator} taken as "
                    f"{operator}= (ranges include their ends)",
                )
        key = "min" if operator.startswith(">") else "max"
        if key in item:
            number = max(item[key], number) if key == "min" else min(item[key], number)
        item[key] = number
    if "min" in item and "max" in item and item["min"] > item["max"]:
        c.warn(c.place(row), f"constraint '{constraint[:80]}' allows no number: not checked")
        item.pop("min")
        item.pop("max")


def _limit(c: _Converter, row: _Row, text: str) -> float | None:
    """A number of a range or constraint, None (with a warning) beyond what a form allows."""
    number = float(text)
    if abs(number) > MAX_NUMBER:
        shown = text if len(text) <= 20 else text[:20] + "…"
        c.warn(c.place(row), f"{shown}: beyond ±{MAX_NUMBER:,.0f}, not checked")
        return None
    return number


_VALUE = r"""(?:'([^']*)'|"([^"]*)"|(-?\d+(?:\.\d+)?))"""
_REF = r"\$\{\s*([^}\s]+)\s*\}"
_COMPARE = re.compile(rf"^{_REF}\s*(=|!=)\s*{_VALUE}$")
_SELECTED = re.compile(rf"^(not\s*\(\s*)?selected\s*\(\s*{_REF}\s*,\s*{_VALUE}\s*\)(\s*\))?$")


def _condition(
    c: _Converter, row: _Row, expression: str, *, for_group: bool = False
) -> dict[str, Any] | None:
    """A show_if from a simple `relevant`, else None (with a warning)."""
    place = c.place(row)
    text = expression.translate(_QUOTES).strip()
    what = "the group's questions are" if for_group else "the question is"
    terms = [term.strip() for term in re.split(r"\s+or\s+", text)]
    parsed = [_term(term) for term in terms]
    if not all(parsed) or (len(parsed) > 1 and any(p and p[1] != "equals" for p in parsed)):
        c.warn(place, f"relevant '{text[:80]}' is too complex: {what} always shown")
        return None
    targets = {p[0] for p in parsed if p}
    if len(targets) != 1:
        c.warn(place, f"relevant '{text[:80]}' names several questions: {what} always shown")
        return None
    target_name = targets.pop()
    target = c.questions.get(target_name)
    if target is None:
        reason = (
            "a question that was left out"
            if target_name in c.dropped
            else "no earlier question of that name"
        )
        c.warn(place, f"relevant '{text[:80]}' refers to {reason}: {what} always shown")
        return None
    values = []
    for found in parsed:
        assert found is not None
        value = _target_value(target, found[2])
        if value is None:
            c.warn(
                place,
                f"relevant '{text[:80]}': {found[2]!r} is not an answer of "
                f"{target_name!r}: {what} always shown",
            )
            return None
        values.append(value)
    operator = parsed[0][1] if parsed[0] else "equals"
    if len(values) > 1:
        return {"question": target["id"], "in": values}
    return {"question": target["id"], operator: values[0]}


def _term(term: str) -> tuple[str, str, str] | None:
    found = _COMPARE.match(term)
    if found:
        name, operator = found.group(1), found.group(2)
        value = next(v for v in found.group(3, 4, 5) if v is not None)
        return name, "equals" if operator == "=" else "not_equals", value
    found = _SELECTED.match(term)
    if found and bool(found.group(1)) == bool(found.group(6)):
        value = next(v for v in found.group(3, 4, 5) if v is not None)
        return found.group(2), "not_equals" if found.group(1) else "equals", value
    return None


def _target_value(target: dict[str, Any], raw: str) -> Any:
    kind = target["type"]
    if kind == "yes_no":
        mapping: dict[str, bool] = target.get("_yes_no", {})
        return mapping.get(raw, {"yes": True, "no": False}.get(raw.strip().lower()))
    if kind in ("choice", "multi_choice"):
        names: dict[str, str] = target.get("_names", {})
        return names.get(raw)
    if kind == "number":
        try:
            number = float(raw)
        except ValueError:
            return None
        if abs(number) > MAX_NUMBER:  # also infinity: never an answer
            return None
        return int(number) if number.is_integer() else number
    if kind == "text":
        return raw
    return None


def _strip_private(sections: list[dict[str, Any]]) -> None:
    """Drop the converter's own notes (keys starting with _) from the questions."""
    for section in sections:
        for item in section["questions"]:
            for key in [k for k in item if k.startswith("_")]:
                del item[key]
