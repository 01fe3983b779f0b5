"""How every PDF report looks: page geometry, colours, the embedded font, paragraph styles,
page templates with header and footer, "page X of Y", and safe text from user data.

Modelled on pretix's invoice renderer: named constants instead of magic coordinates, one
stylesheet built once, the TrueType font registered in one place, the document built into
bytes. No Qt here: the UI runs reports in a worker thread."""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from mysteryshop import paths, vocabulary
from mysteryshop.confidence import Estimate
from mysteryshop.reports import i18n
from mysteryshop.reports.i18n import t

Progress = Callable[[int, int], None]

# --- page geometry ----------------------------------------------------------------------------

PAGE_SIZE = A4
PAGE_WIDTH, PAGE_HEIGHT = PAGE_SIZE
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 24 * mm  # room for the running header
MARGIN_BOTTOM = 22 * mm  # room for the footer
HEADER_BASELINE = PAGE_HEIGHT - 13 * mm
HEADER_RULE = PAGE_HEIGHT - 15.5 * mm
FOOTER_RULE = 15 * mm
FOOTER_BASELINE = 10.5 * mm
COVER_BAND_HEIGHT = 9 * mm  # the accent band at the top of a cover page
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
CONTENT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

# --- colours: the hues of the app's theme (mysteryshop/ui/theme.py) ----------------------------
# The colours that carry a meaning (score and uplift bands, feelings) come from
# mysteryshop.vocabulary, as the app's do.


@cache
def _colour(hex_text: str) -> colors.Color:
    return colors.HexColor(hex_text)


def band_colour(band: vocabulary.Band) -> colors.Color:
    """The colour of a band (vocabulary.BAND_COLOURS): green good, amber fair, red poor."""
    return _colour(vocabulary.BAND_COLOURS[band])


ACCENT = colors.HexColor("#2f6f8f")
ACCENT_LIGHT = colors.HexColor("#e3eff5")
TEXT = colors.HexColor("#1f2a30")
MUTED = colors.HexColor("#5d6b73")
GRID = colors.HexColor("#d9e0e4")
ZEBRA = colors.HexColor("#f6f8f9")
GOOD = band_colour("good")
FAIR = band_colour("fair")
POOR = band_colour("poor")
NEUTRAL = band_colour("none")
POOR_LIGHT = colors.HexColor("#f8e5e5")
GOOD_LIGHT = colors.HexColor("#e3f1e8")
FAIR_LIGHT = colors.HexColor("#f8efdf")
PREVIOUS = colors.HexColor("#a9c6d5")  # the previous period, a lighter accent
FEELING_COLOURS = {
    value: _colour(hex_text) for value, hex_text in vocabulary.FEELING_COLOURS.items()
}


def score_colour(score: float | None) -> colors.Color:
    """The colour of a score's band (vocabulary.score_band), as in the app."""
    return band_colour(vocabulary.score_band(score))


def uplift_colour(value: float | None) -> colors.Color:
    """The colour of a Net Uplift's band (vocabulary.uplift_band), as in the app."""
    return band_colour(vocabulary.uplift_band(value))


def hex_of(colour: colors.Color) -> str:
    """'#rrggbb' for a colour, for <font color=…> in our own (never user) markup."""
    return "#" + str(colour.hexval())[2:]


# --- the font: DejaVu Sans, embedded in every PDF -----------------------------------------------

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"


@cache
def register_fonts() -> None:
    """Register the shipped TrueType font (once per process). Helvetica cannot print
    Finnish, Swedish or most other scripts; DejaVu Sans can, and it is embedded (subset)."""
    folder = paths.resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    # No italic face is shipped: <i> falls back to the upright one rather than Helvetica.
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


# --- text DejaVu Sans cannot draw: a fallback font, else a visible replacement -------------------
#
# DejaVu Sans has Latin, Greek, Cyrillic, Arabic and Hebrew letters and some emoji, but no
# Chinese, Japanese or Korean and most emoji. Such characters are drawn in a fallback font when
# one is installed, else replaced by REPLACEMENT, and a warning says so (font_warnings).
# ReportLab embeds TrueType outlines only: an OpenType font with CFF outlines (most Noto CJK
# .otf/.ttc) or a colour bitmap font (Noto Color Emoji) fails to load and is passed over.
# Right-to-left text (Arabic, Hebrew) is drawn left to right and unjoined: ReportLab reorders
# and shapes it only with the optional rlbidi and uharfbuzz (a compiled HarfBuzz) installed,
# which mysteryshop does not depend on for a rare case, so a warning says so instead of the
# text silently reading backwards.

REPLACEMENT = "\ufffd"  # '�', which DejaVu Sans has
FALLBACK_PATHS = (
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansSC-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoEmoji-Regular.ttf",
    "/usr/share/fonts/truetype/unifont/unifont.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/seguiemj.ttf",
    "C:/Windows/Fonts/seguisym.ttf",
)
FONTCONFIG_LOOKUPS = 40  # fc-list calls per process at most, for characters no font has


@dataclass
class _Fallbacks:
    """The fallback fonts registered so far and what was looked up."""

    fonts: list[tuple[str, frozenset[int]]] = field(default_factory=list)  # name, characters
    tried: set[str] = field(default_factory=set)  # font files tried
    lookups: int = 0
    known: dict[int, str | None] = field(default_factory=dict)  # character → font or None


_fallbacks = _Fallbacks()


@cache
def _drawable() -> frozenset[int]:
    """The characters DejaVu Sans (regular and bold) has."""
    register_fonts()
    regular = pdfmetrics.getFont(FONT).face.charToGlyph
    bold = pdfmetrics.getFont(FONT_BOLD).face.charToGlyph
    return frozenset(regular) & frozenset(bold)


def _try_font(path: str, index: int = 0) -> bool:
    """Register the TrueType font at `path` as a fallback; False if it cannot be embedded."""
    key = f"{path}:{index}"
    if key in _fallbacks.tried:
        return False
    _fallbacks.tried.add(key)
    name = f"Fallback{len(_fallbacks.tried)}"
    try:
        font = TTFont(name, path, subfontIndex=index)
    except Exception:  # noqa: BLE001 - CFF outlines, bitmaps, unreadable: not usable
        return False
    pdfmetrics.registerFont(font)
    _fallbacks.fonts.append((name, frozenset(font.face.charToGlyph)))
    return True


def _fontconfig_files(character: str) -> list[tuple[str, int]]:
    """Font files fontconfig says have `character` (none without fc-list)."""
    program = shutil.which("fc-list")
    if program is None or _fallbacks.lookups >= FONTCONFIG_LOOKUPS:
        return []
    _fallbacks.lookups += 1
    try:
        listed = subprocess.run(
            [program, f":charset={ord(character):x}", "file", "index"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found = []
    for line in listed.splitlines():
        match = re.match(r"(.+?): ?(?::index=(\d+))?\s*$", line.strip())
        if match and match.group(1).lower().endswith((".ttf", ".ttc")):
            found.append((match.group(1), int(match.group(2) or 0)))

    def upright_sans_first(item: tuple[str, int]) -> tuple[bool, bool, str]:
        name = item[0].rsplit("/", 1)[-1].lower()
        slanted = any(word in name for word in ("bold", "italic", "oblique", "light", "mono"))
        return slanted, "sans" not in name, item[0]

    return sorted(found, key=upright_sans_first)


def fallback_font(character: str) -> str | None:
    """The registered font that draws `character`, finding and registering one the first
    time (known paths, then fontconfig); None when no usable font has it."""
    with _fallback_lock:  # reports are built in worker threads
        return _find_fallback(character)


_fallback_lock = threading.Lock()


def _find_fallback(character: str) -> str | None:
    code = ord(character)
    if code in _fallbacks.known:
        return _fallbacks.known[code]

    def covering() -> str | None:
        return next((name for name, chars in _fallbacks.fonts if code in chars), None)

    found = covering()
    if found is None:
        for path in FALLBACK_PATHS:
            if f"{path}:0" not in _fallbacks.tried and _try_font(path) and covering():
                break
        found = covering()
    if found is None:
        for path, index in _fontconfig_files(character):
            if _try_font(path, index) and covering():
                break
        found = covering()
    _fallbacks.known[code] = found
    return found


@dataclass
class _TextProblems:
    """What a report could not draw as written, by what it was about ("" for the report)."""

    replaced: dict[str, dict[str, str]] = field(default_factory=dict)  # about → char → text
    right_to_left: dict[str, str] = field(default_factory=dict)  # about → text


_problems: ContextVar[_TextProblems | None] = ContextVar("text_problems", default=None)
_about: ContextVar[str] = ContextVar("text_about", default="")


@contextmanager
def about(subject: str) -> Iterator[None]:
    """Text made inside the block belongs to `subject` ('visit 1a2b3c4d …') in warnings."""
    token = _about.set(subject)
    try:
        yield
    finally:
        _about.reset(token)


def about_visit(encounter_id: str, location: str, visited: date | datetime) -> Any:
    """about() one visit, named as every warning names it: 'visit 1a2b3c4d (Kamppi store,
    2026-11-20)'. A report that quotes visits wraps each visit's text in it."""
    day = visited.date() if isinstance(visited, datetime) else visited
    return about(f"visit {encounter_id[:8]} ({location}, {day.isoformat()})")


@contextmanager
def font_warnings(report: str) -> Iterator[list[str]]:
    """Collect, while `report` is built in the block, one warning line for each subject
    whose text had characters no font could draw (replaced by REPLACEMENT) or right-to-left
    text; the list is filled when the block ends."""
    problems = _TextProblems()
    token = _problems.set(problems)
    warnings: list[str] = []
    try:
        yield warnings
    finally:
        _problems.reset(token)
    for subject, replaced in problems.replaced.items():
        where = subject or report
        characters = " ".join(sorted(replaced))
        sample = next(iter(replaced.values()))
        warnings.append(
            f"{where}: no installed font can draw {characters} (in {sample!r}); "
            f"printed as {REPLACEMENT}"
        )
    for subject, sample in problems.right_to_left.items():
        where = subject or report
        warnings.append(
            f"{where}: right-to-left text is printed left to right, letters unjoined "
            f"(in {sample!r})"
        )


def _sample(text: str, at: str) -> str:
    """Up to 40 characters of `text` around the first `at`, to find it by."""
    start = max(0, text.find(at) - 15)
    piece = text[start : start + 40]
    return ("…" if start else "") + piece + ("…" if start + 40 < len(text) else "")


def _is_right_to_left(character: str) -> bool:
    return unicodedata.bidirectional(character) in ("R", "AL")


def _note(text: str, missing: Iterable[str]) -> None:
    problems = _problems.get()
    if problems is None:
        return
    subject = _about.get()
    for character in missing:
        problems.replaced.setdefault(subject, {}).setdefault(character, _sample(text, character))
    if subject not in problems.right_to_left:
        first = next((c for c in text if _is_right_to_left(c)), None)
        if first is not None:
            problems.right_to_left[subject] = _sample(text, first)


# Characters outside printable ASCII and Latin-1, which DejaVu Sans all has: only these are
# looked at one by one (a regular expression finds them at C speed).
_BEYOND_LATIN1 = re.compile(r"[^\x00-\x7f\xa0-\xff]")


def _needs_care(text: str) -> bool:
    drawable = _drawable()
    return any(
        ord(c) not in drawable or _is_right_to_left(c)
        for c in (match.group() for match in _BEYOND_LATIN1.finditer(text))
    )


def plain(text: str) -> str:
    """`text` for a single-font string (canvas, chart): characters DejaVu Sans lacks are
    replaced by REPLACEMENT, and noted for font_warnings."""
    if not _needs_care(text):
        return text
    drawable = _drawable()
    missing = [c for c in text if ord(c) not in drawable and not c.isspace()]
    _note(text, missing)
    return "".join(REPLACEMENT if c in missing else c for c in text)


def _with_fallbacks(text: str) -> str:
    """Escaped Paragraph markup of `text` (already cleaned): runs DejaVu Sans lacks in a
    fallback font's <font> tag, or replaced by REPLACEMENT when no font has them."""
    if not _needs_care(text):
        return escape(text)
    drawable = _drawable()
    out: list[str] = []
    missing: list[str] = []
    run_font: str | None = None
    run: list[str] = []

    def flush() -> None:
        if run:
            piece = escape("".join(run))
            out.append(f'<font name="{run_font}">{piece}</font>' if run_font else piece)
            run.clear()

    for character in text:
        font = None
        if ord(character) not in drawable and not character.isspace():
            font = fallback_font(character)
            if font is None:
                missing.append(character)
                character = REPLACEMENT
        if font != run_font:
            flush()
            run_font = font
        run.append(character)
    flush()
    _note(text, missing)
    return "".join(out)


# --- the stylesheet ---------------------------------------------------------------------------

BODY_SIZE = 9.5
SMALL_SIZE = 8
TABLE_SIZE = 8.5


@dataclass(frozen=True)
class Styles:
    """The named paragraph styles of every report."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    lead: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    note: ParagraphStyle
    bullet: ParagraphStyle
    note_meta: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_muted_right: ParagraphStyle
    cell_small_right: ParagraphStyle
    header_cell: ParagraphStyle
    header_cell_right: ParagraphStyle
    figure_value: ParagraphStyle
    figure_label: ParagraphStyle
    figure_change: ParagraphStyle
    callout: ParagraphStyle
    score_big: ParagraphStyle


@cache
def stylesheet() -> Styles:
    """The one stylesheet, built once."""
    register_fonts()
    base = ParagraphStyle(
        "base",
        fontName=FONT,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.42,
        textColor=TEXT,
        alignment=TA_LEFT,
        splitLongWords=True,
        # A word with a hyphen breaks after it ("Pohjois-" / "Pohjanmaa") before it is split
        # inside a word (p2).
        embeddedHyphenation=1,
    )

    def style(name: str, parent: ParagraphStyle = base, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=parent, **kw)

    cell = style("cell", fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.3)
    header_cell = style("header_cell", cell, fontName=FONT_BOLD, textColor=TEXT)
    return Styles(
        title=style("title", fontName=FONT_BOLD, fontSize=24, leading=29, textColor=ACCENT),
        subtitle=style("subtitle", fontSize=12.5, leading=17, textColor=MUTED, spaceBefore=2),
        h1=style(
            "h1",
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            textColor=TEXT,
            spaceBefore=12,
            spaceAfter=7,
            keepWithNext=True,
        ),
        h2=style(
            "h2",
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=True,
        ),
        h3=style(
            "h3",
            fontName=FONT_BOLD,
            fontSize=BODY_SIZE,
            leading=BODY_SIZE * 1.4,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=True,
        ),
        body=style("body", spaceAfter=5),
        lead=style("lead", fontSize=10.5, leading=15, textColor=TEXT, spaceAfter=8),
        small=style("small", fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.35),
        muted=style(
            "muted", fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.4, textColor=MUTED, spaceAfter=4
        ),
        note=style("note", leftIndent=9, spaceAfter=3),
        bullet=style("bullet", leftIndent=20, bulletIndent=9, spaceAfter=2, bulletFontName=FONT),
        note_meta=style(
            "note_meta",
            fontSize=SMALL_SIZE,
            leading=SMALL_SIZE * 1.4,
            textColor=MUTED,
            spaceBefore=8,
            spaceAfter=2,
            keepWithNext=True,
        ),
        cell=cell,
        cell_bold=style("cell_bold", cell, fontName=FONT_BOLD),
        cell_right=style("cell_right", cell, alignment=TA_RIGHT),
        cell_muted=style("cell_muted", cell, textColor=MUTED),
        cell_muted_right=style("cell_muted_right", cell, textColor=MUTED, alignment=TA_RIGHT),
        cell_small_right=style(
            "cell_small_right",
            cell,
            fontSize=SMALL_SIZE - 1,
            leading=(SMALL_SIZE - 1) * 1.3,
            textColor=MUTED,
            alignment=TA_RIGHT,
        ),
        header_cell=header_cell,
        header_cell_right=style("header_cell_right", header_cell, alignment=TA_RIGHT),
        figure_value=style("figure_value", fontName=FONT_BOLD, fontSize=17, leading=21),
        figure_label=style(
            "figure_label", fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.3, textColor=MUTED
        ),
        figure_change=style("figure_change", fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.35),
        callout=style("callout", fontSize=BODY_SIZE, leading=BODY_SIZE * 1.45, textColor=TEXT),
        score_big=style("score_big", fontName=FONT_BOLD, fontSize=30, leading=34),
    )


# --- numbers and dates: the same rounding everywhere -----------------------------------------

DASH = "—"
MINUS = "\u2212"  # a true minus sign, as the app shows it
NBSP = "\u00a0"

# Numbers and dates follow the report's locale (reports/i18n.py, from CLDR): '86,3' and
# '12 345' in fi_FI, sv_FI and en_FI; '86.3' and '12,345' in en_GB.


def one_decimal(value: float) -> str:
    """A number with one decimal, as every score and Net Uplift is shown: '86.3' ('86,3')."""
    if round(value, 1) == 0:
        value = 0.0  # never '-0.0'
    return i18n.format_decimal(value, 1)


def format_percent(value: float | None, places: int = 1) -> str:
    """'86,3 %' (CLDR's percent pattern: a no-break space keeps the sign with its number in
    fi, sv and en_FI), or a dash."""
    if value is None:
        return DASH
    if round(value, places) == 0:
        value = 0.0  # never '-0.0 %'
    return i18n.format_percent(value, places)


def format_signed(value: float | None, places: int = 1) -> str:
    """'+42.0', '−12.0' (a true minus sign) or '0.0'; a dash when there is none."""
    if value is None:
        return DASH
    if round(value, places) == 0:
        return i18n.format_decimal(0.0, places)
    text = i18n.format_decimal(abs(value), places)
    return "+" + text if value > 0 else MINUS + text


format_uplift = format_signed


def format_interval(estimate: Estimate, *, signed: bool = False) -> str:
    """A 95 % interval as printed beside its figure: '70.1–71.9' for a score or share,
    '+47.0 … +52.1' for Net Uplift; empty when there is none (one visit)."""
    if estimate.low is None or estimate.high is None:
        return ""
    if signed:
        return f"{format_signed(estimate.low)}{NBSP}…{NBSP}{format_signed(estimate.high)}"
    return f"{one_decimal(estimate.low)}–{one_decimal(estimate.high)}"


def format_n(n: int) -> str:
    """'n = 1,848': how many visits (or answers) a figure rests on."""
    return f"n{NBSP}={NBSP}{format_count(n)}"


def format_basis(estimate: Estimate, *, signed: bool = False) -> str:
    """'n = 1,848 · 70.1–71.9': a figure's n and its 95 % interval."""
    interval = format_interval(estimate, signed=signed)
    return format_n(estimate.n) + (f" · {interval}" if interval else "")


def format_count(value: int) -> str:
    """A count with thousands separated: '12 345' (fi, sv, en_FI), '12,345' (en_GB)."""
    return i18n.format_integer(value)


def format_points(value: float) -> str:
    """Points without trailing zeros: 2, 1,5, 34,25 (1.5 and 34.25 in en_GB)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    text = "0" if text in ("-0", "") else text
    return text.replace(".", i18n.decimal_mark())


def format_date(day: date | datetime) -> str:
    """'20 Nov 2026' in English, '20.11.2026' in Finnish and Finland-Swedish."""
    return i18n.date_text(day)


def format_day(day: date | datetime) -> str:
    """'Fri, 20 Nov 2026', 'pe 20.11.2026', 'fre 20.11.2026'."""
    return i18n.day_text(day)


def format_time(moment: datetime) -> str:
    """'14.05' (fi_FI, sv_FI, en_FI); '14:05' in en_GB."""
    return i18n.time_text(moment)


def format_clock(moment: datetime, *, anonymize: bool = False) -> str:
    """'14.05'; anonymized, only the hour: '14.00–15.00' (a minute can single out the
    observer on a shop's camera or rota)."""
    if not anonymize:
        return format_time(moment)
    hour = moment.replace(minute=0, second=0, microsecond=0)
    return f"{format_time(hour)}–{format_time(hour + timedelta(hours=1))}"


def format_day_clock(moment: datetime, *, anonymize: bool = False) -> str:
    """The day and the time of a visit: 'Fri, 20 Nov 2026, 14.05' in English, 'pe 20.11.2026
    klo 14.05' in Finnish, 'fre 20.11.2026 kl. 14.05' in Finland-Swedish."""
    return t(
        "{day}, {time}",
        day=format_day(moment),
        time=format_clock(moment, anonymize=anonymize),
    )


def format_datetime(moment: datetime, *, anonymize: bool = False) -> str:
    """A date and a time: '20 Nov 2026, 14.05', '20.11.2026 klo 14.05', '20.11.2026 kl.
    14.05' (X09: Finnish and Swedish join them with klo / kl., never a bare comma)."""
    return t(
        "{day}, {time}",
        day=format_date(moment),
        time=format_clock(moment, anonymize=anonymize),
    )


def format_offset(moment: datetime) -> str:
    """'UTC+02:00' for an aware datetime."""
    offset = moment.utcoffset() or timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else MINUS
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def format_seconds(seconds: float) -> str:
    """'45 s', '3 min 05 s', '1 h 02 min'."""
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, secs = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def format_period(start: date, end: date) -> str:
    """'1 Dec 2025 – 30 Nov 2026' (both days included)."""
    if start == end:
        return format_date(start)
    return f"{format_date(start)} – {format_date(end)}"


# --- user text: always data, never markup ----------------------------------------------------

# C0 controls other than tab and newline (and DEL) have no business in a PDF text run.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
NOTE_CHUNK = 1500  # characters per flowing paragraph of a long note
CELL_LIMIT = 600  # characters of user text shown in a table cell


def clean(text: str | None) -> str:
    """User text with line breaks normalised and control characters dropped."""
    if not text:
        return ""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


def markup(text: str | None) -> str:
    """User text as safe Paragraph markup: escaped (<, >, &), line breaks kept, characters
    DejaVu Sans lacks in a fallback font or replaced visibly (and noted for font_warnings)."""
    return _with_fallbacks(clean(text)).replace("\n", "<br/>")


def para(text: str | None, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of user text, printed literally."""
    return Paragraph(markup(text), style)


def shorten(text: str | None, limit: int = CELL_LIMIT) -> str:
    """User text cut to `limit` characters (with an ellipsis), for table cells."""
    text = clean(text)
    if len(text) <= limit:
        return text
    return text[:limit].rstrip() + "…"


def split_long(text: str, limit: int = NOTE_CHUNK) -> Iterator[str]:
    """Pieces of at most `limit` characters, cut at a sentence end or a space if possible."""
    while len(text) > limit:
        window = text[:limit]
        cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "))
        if cut < limit // 2:
            cut = window.rfind(" ")
        if cut < limit // 2:
            cut = limit - 1
        yield text[: cut + 1].strip()
        text = text[cut + 1 :]
    if text.strip():
        yield text.strip()


def text_flow(text: str | None, style: ParagraphStyle) -> list[Flowable]:
    """Long user text as paragraphs that can flow across pages: one per line, and lines
    longer than NOTE_CHUNK cut into pieces (a paragraph taller than a page cannot split
    inside a table cell, and re-wrapping one huge paragraph on every page is slow)."""
    flow: list[Flowable] = []
    for line in clean(text).split("\n"):
        if not line.strip():
            continue
        for piece in split_long(line):
            flow.append(Paragraph(_with_fallbacks(piece), style))
    return flow


# --- tables and drawings ----------------------------------------------------------------------


def house_style(commands: Iterable[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose cells start in our font: a Table otherwise resets every cell to
    Helvetica, which then appears among the PDF's fonts although no text uses it."""
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT, TABLE_SIZE), *commands])


def new_drawing(width: float, height: float) -> Drawing:
    """A reportlab.graphics Drawing that starts in our font (not Helvetica)."""
    register_fonts()
    return Drawing(width, height, initialFontName=FONT, initialFontSize=TABLE_SIZE)


TABLE_CHUNK = 500  # rows per Table: one huge Table lays out far slower than several


def table_style(*, zebra: bool = True, rows: int = 0) -> TableStyle:
    """The house style for data tables: a header row on a light accent, hairline rules."""
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        for row in range(2, rows, 2):
            commands.append(("BACKGROUND", (0, row), (-1, row), ZEBRA))
    return house_style(commands)


def data_tables(
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    extra: Iterable[tuple[Any, ...]] = (),
    chunk: int = TABLE_CHUNK,
) -> list[Flowable]:
    """Rows as tables of at most `chunk` rows, each repeating the header on every page and
    splitting between rows. `extra` style commands use row numbers of `rows` (0 = first
    data row) and are moved into the right chunk."""
    extra = list(extra)
    out: list[Flowable] = []
    for start in range(0, max(len(rows), 1), chunk):
        part = list(rows[start : start + chunk])
        table = Table(
            [list(header), *part],
            colWidths=list(widths),
            repeatRows=1,
            splitByRow=1,
            hAlign="LEFT",
        )
        table.setStyle(table_style(rows=len(part) + 1))
        local: list[tuple[Any, ...]] = []
        for command in extra:
            name, (c0, r0), (c1, r1), *args = command
            if start <= r0 < start + chunk:
                shift = 1 - start
                local.append(
                    (name, (c0, r0 + shift), (c1, min(r1, start + chunk - 1) + shift), *args)
                )
        if local:
            table.setStyle(TableStyle(local))
        out.append(table)
    return out


def key_values(
    pairs: Sequence[tuple[str, Any]], widths: tuple[float, float] = (38 * mm, 0)
) -> Table:
    """A two-column table of labels and values without rules (details of a visit, filters)."""
    styles = stylesheet()
    label_width = widths[0]
    value_width = widths[1] or CONTENT_WIDTH - label_width
    rows = [
        [
            Paragraph(markup(label), styles.cell_muted),
            value if isinstance(value, Flowable) else para(str(value), styles.cell),
        ]
        for label, value in pairs
    ]
    table = Table(rows, colWidths=[label_width, value_width], hAlign="LEFT")
    table.setStyle(
        house_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def boxed(
    content: Sequence[Flowable],
    *,
    background: colors.Color,
    border: colors.Color,
    width: float = CONTENT_WIDTH,
) -> Table:
    """Flowables in a tinted box with a coloured bar on the left (a call-out)."""
    table = Table([[list(content)]], colWidths=[width], hAlign="LEFT")
    table.setStyle(
        house_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("LINEBEFORE", (0, 0), (0, -1), 3, border),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def reviewer_note_box(note: str) -> list[Flowable]:
    """The reviewer's note as every report shows it (visit, coaching, moments): one look, so a
    reader knows it wherever it appears; [] when there is none. `note` comes already cut to
    the report's limit."""
    s = stylesheet()
    flow = text_flow(note, s.body)
    if not flow:
        return []
    title = Paragraph("<b>" + t("Reviewer's note") + "</b>", s.small)
    return [boxed([title, *flow], background=ACCENT_LIGHT, border=ACCENT)]


def heading_with(heading: Flowable, *following: Flowable) -> KeepTogether:
    """A heading kept on the same page as what follows it (no orphan headings)."""
    return KeepTogether([heading, *following])


def gap(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


def rule(space_before: float = 5, space_after: float = 0) -> HRFlowable:
    """A hairline across the content width, between entries."""
    return HRFlowable(
        width="100%", thickness=0.4, color=GRID, spaceBefore=space_before, spaceAfter=space_after
    )


# --- the document: page templates, header, footer, page X of Y --------------------------------


@dataclass(frozen=True)
class ReportInfo:
    """What the running header and footer and the PDF metadata say."""

    title: str  # the PDF title; also the running header unless `header` is given
    subject: str
    period: str  # shown at the top right of every page
    generated: datetime
    header: str | None = None
    watermark: str | None = None  # drawn across every page ('DRAFT'), when given


def _draw_footer(canvas: Canvas, info: ReportInfo) -> None:
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_LEFT, FOOTER_RULE, PAGE_WIDTH - MARGIN_RIGHT, FOOTER_RULE)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(
        MARGIN_LEFT,
        FOOTER_BASELINE,
        t("Generated {date} · mysteryshop", date=format_date(info.generated)),
    )


def _draw_header(canvas: Canvas, info: ReportInfo) -> None:
    canvas.setFont(FONT_BOLD, 8)
    canvas.setFillColor(TEXT)
    canvas.drawString(MARGIN_LEFT, HEADER_BASELINE, plain(shorten(info.header or info.title, 90)))
    canvas.setFont(FONT, 8)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(
        PAGE_WIDTH - MARGIN_RIGHT, HEADER_BASELINE, plain(shorten(info.period, 70))
    )
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_LEFT, HEADER_RULE, PAGE_WIDTH - MARGIN_RIGHT, HEADER_RULE)


def _draw_watermark(canvas: Canvas, text: str) -> None:
    """`text` large and diagonal across the page, translucent over the content."""
    canvas.saveState()
    canvas.setFillColor(POOR)
    canvas.setFillAlpha(0.13)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(50)
    size = min(110.0, 0.8 * (PAGE_HEIGHT - 40 * mm) / max(len(text) * 0.65, 1))
    canvas.setFont(FONT_BOLD, size)
    canvas.drawCentredString(0, -size / 3, plain(text))
    canvas.restoreState()


# Headings that become bookmarks, by rank: an h1 is a chapter, an h2 a section (or a chapter
# in a report without h1s).
OUTLINE_RANKS = {"h1": 0, "h2": 1}


class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type hints
    """A canvas that knows the page count when it saves: draws "page X of Y" on every page
    (pretix's invoice renderer does the same), and the bookmarks of each page's headings
    (outline_entry). Pages are written out only in save(), so the bookmarks wait for it
    too: a bookmark refers to the page being written."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []
        self._outline: list[tuple[str, int, float]] = []  # this page's: title, level, top

    def outline_entry(self, title: str, level: int, top: float) -> None:
        """A bookmark `title` at `level` of the outline, to this page at height `top`."""
        self._outline.append((title, level, top))

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._saved_pages.append(dict(self.__dict__))
        self._outline = []
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        entries = 0
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            for title, level, top in self._outline:
                entries += 1
                key = f"outline-{entries}"
                self.bookmarkPage(key, fit="XYZ", left=0, top=top)
                self.addOutlineEntry(title, key, level=level)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawRightString(
                PAGE_WIDTH - MARGIN_RIGHT,
                FOOTER_BASELINE,
                t("page {number} of {total}", number=number, total=total),
            )
            Canvas.showPage(self)
        if entries:
            self.showOutline()
        Canvas.save(self)


class _Document(BaseDocTemplate):  # type: ignore[misc]  # ReportLab has no type hints
    """The document of every report: each h1 and h2 heading becomes a bookmark."""

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's name
        if not isinstance(flowable, Paragraph):
            return
        style = flowable.style
        rank = OUTLINE_RANKS.get(style.name)
        if rank is None:
            return
        # The ranks of the headings still open: a heading closes those of its rank or below,
        # and its level is how many stay open (an h2 before any h1 is a chapter).
        levels: list[int] = self.__dict__.setdefault("_outline_levels", [])
        while levels and levels[-1] >= rank:
            levels.pop()
        level = len(levels)
        levels.append(rank)
        # The frame's y is now below the heading and its space after.
        top = self.frame._y + style.spaceAfter + flowable.height + 4
        self.canv.outline_entry(flowable.getPlainText(), level, top)


def build_pdf(story: list[Flowable], info: ReportInfo, *, cover: bool = False) -> bytes:
    """Lay out `story` on A4 pages and return the PDF. With `cover`, the first page has an
    accent band and no running header; later pages have the header. Every page has the
    footer with the generation date and "page X of Y". Metadata: title and subject; the
    author is "mysteryshop" (never the user's name or a path)."""
    register_fonts()
    buffer = BytesIO()
    doc = _Document(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=info.title,
        subject=info.subject,
        author="mysteryshop",
        creator="mysteryshop",
        producer="mysteryshop (ReportLab)",
        keywords=[],
        lang=i18n.language(),
        displayDocTitle=True,
        initialFontName=FONT,
    )
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        CONTENT_HEIGHT,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def on_body(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        _draw_header(canvas, info)
        _draw_footer(canvas, info)
        canvas.restoreState()

    def on_cover(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(
            0, PAGE_HEIGHT - COVER_BAND_HEIGHT, PAGE_WIDTH, COVER_BAND_HEIGHT, stroke=0, fill=1
        )
        _draw_footer(canvas, info)
        canvas.restoreState()

    def on_end(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if info.watermark:
            _draw_watermark(canvas, info.watermark)

    templates = [PageTemplate("body", [frame], onPage=on_body, onPageEnd=on_end)]
    if cover:
        templates.insert(0, PageTemplate("cover", [frame], onPage=on_cover, onPageEnd=on_end))
        story = [NextPageTemplate("body"), *story]
    doc.addPageTemplates(templates)
    doc.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()


def progress_steps(progress: Progress | None, total: int) -> Callable[[], None]:
    """A callable that reports one more step of `total` each time it is called."""
    done = [0]

    def step() -> None:
        done[0] += 1
        if progress is not None:
            progress(min(done[0], total), total)

    return step
