"""How values read in the UI: status names, feeling words, scores, dates and durations."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

from mysteryshop import vocabulary

_CONTEXT = "display"

# Short words for a table cell, −2 … +2: the arrows carry the direction at a glance.
FEELING_SHORT = {
    2: QT_TRANSLATE_NOOP("display", "▲▲ uplifted"),
    1: QT_TRANSLATE_NOOP("display", "▲ uplifted"),
    0: QT_TRANSLATE_NOOP("display", "– neutral"),
    -1: QT_TRANSLATE_NOOP("display", "▼ diminished"),
    -2: QT_TRANSLATE_NOOP("display", "▼▼ diminished"),
}

# Units of a duration: "%1 s", "%1 min %2 s", "%1 h %2 min".
DURATION_FORMATS = (
    QT_TRANSLATE_NOOP("display", "%1 s"),
    QT_TRANSLATE_NOOP("display", "%1 min %2 s"),
    QT_TRANSLATE_NOOP("display", "%1 h %2 min"),
)
NO_FEELING = QT_TRANSLATE_NOOP("display", "No feeling recorded")
# periods.PRESETS by name, for every menu that offers them (dashboard, reports).
PERIOD_PRESETS = {
    "this-month": QT_TRANSLATE_NOOP("display", "This month"),
    "last-month": QT_TRANSLATE_NOOP("display", "Last month"),
    "this-quarter": QT_TRANSLATE_NOOP("display", "This quarter"),
    "last-quarter": QT_TRANSLATE_NOOP("display", "Last quarter"),
    "this-year": QT_TRANSLATE_NOOP("display", "This year"),
    "last-year": QT_TRANSLATE_NOOP("display", "Last year"),
    "all": QT_TRANSLATE_NOOP("display", "All time"),
}


def _tr(text: object) -> str:
    # QT_TRANSLATE_NOOP is typed as returning object; its texts are str.
    return QCoreApplication.translate(_CONTEXT, str(text))


def label(text: str) -> str:
    """A label of mysteryshop.vocabulary in the UI's language (the reports show the same
    translation of it)."""
    return QCoreApplication.translate(vocabulary.CONTEXT, text)


def locale() -> QLocale:
    """The locale numbers and dates are shown in. The bare "C" locale (no language set, as
    in a minimal container) would print dates as "21 11 2026": use British English then."""
    current = QLocale()
    if current.language() == QLocale.Language.C:
        return QLocale("en_GB")
    return current


def ui_language() -> str:
    """The language code of the UI's locale ("fi", "sv", "en"): what form texts are shown in.
    The one the app started with, never a setting saved since: a language chosen in Settings
    applies at the next start to the whole window at once (APP.md: the form texts switched at
    once while the rest waited for the restart)."""
    return locale().name().split("_")[0]


def status_name(status: str) -> str:
    """'Approved': a status for a cell or a badge."""
    return vocabulary.label(vocabulary.STATUS_LABELS, status, label)


def status_word(status: str) -> str:
    """'approved': a status mid-sentence ("with status: draft, returned")."""
    return status_name(status).lower() if status in vocabulary.STATUS_LABELS else status


def channel_label(channel: str) -> str:
    """'Phone': a channel for a list or a choice."""
    return vocabulary.label(vocabulary.CHANNEL_LABELS, channel, label)


def channel_name(channel: str) -> str:
    """'phone': a channel mid-sentence."""
    return channel_label(channel).lower() if channel in vocabulary.CHANNEL_LABELS else channel


def period_preset_name(key: str) -> str:
    """'Last quarter': a period preset of periods.PRESETS."""
    return _tr(PERIOD_PRESETS[key])


def dimension_name(key: str) -> str:
    return vocabulary.dimension_label(key, label)


def timer_event_name(event: str, channel: str | None = None) -> str:
    """'Arrived', or for a call 'Call started' (vocabulary.timer_label)."""
    return vocabulary.timer_label(event, channel, label)


def tag_name(tag: str) -> str:
    """A built-in tag by its label ('Best practice'), any other as it is written."""
    return vocabulary.label(vocabulary.TAG_LABELS, tag, label)


def feeling_label(feeling: int) -> str:
    """'Somewhat uplifted' … for a value of the feeling scale (−2 … +2)."""
    return label(vocabulary.FEELING_LABELS[feeling])


def feeling_short(feeling: int | None) -> str:
    """A word with an arrow, e.g. "▲ uplifted"; "" when there is no feeling answer."""
    return _tr(FEELING_SHORT[feeling]) if feeling in FEELING_SHORT else ""


FEELING_SYMBOLS = {2: "▲▲", 1: "▲", 0: "–", -1: "▼", -2: "▼▼"}


def feeling_symbol(feeling: int | None) -> str:
    """Arrows for a feeling: ▲▲ clearly uplifted … ▼▼ clearly diminished; "" for none."""
    return FEELING_SYMBOLS.get(feeling, "") if feeling is not None else ""


def feeling_long(feeling: int | None) -> str:
    """'Somewhat uplifted (+1)'; "No feeling recorded" without an answer."""
    if feeling is None or feeling not in vocabulary.FEELING_LABELS:
        return _tr(NO_FEELING)
    signed = f"{feeling:+d}".replace("-", "\u2212")  # a true minus (−2), as in the PDFs
    return f"{feeling_label(feeling)} ({signed})"


def score_text(score: float | None) -> str:
    """A score with one decimal in the user's locale; "–" when there is none."""
    return "–" if score is None else locale().toString(float(score), "f", 1)


def number_text(value: float) -> str:
    if float(value).is_integer():
        return locale().toString(int(value))
    return locale().toString(float(value), "g", 6)


def count_text(count: int) -> str:
    return locale().toString(int(count))


def wall_clock(moment: datetime) -> QDateTime:
    """The moment as the clock on the wall showed it where it happened (its own offset)."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )


def date_time_text(moment: datetime) -> str:
    """Date and time in the locale's short format, in the moment's own offset."""
    return locale().toString(wall_clock(moment), QLocale.FormatType.ShortFormat)


def date_text(day: date) -> str:
    """A day in the locale's short format ("24.11.2026" in Finnish)."""
    return locale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


# A header's day and time: "Saturday 21 November 2026 12:13"; Finnish and Swedish read a
# short weekday and date with "klo"/"kl." before the time ("la 21.11.2026 klo 12.13").
DAY_FORMAT = QT_TRANSLATE_NOOP("display", "dddd d MMMM yyyy")
DAY_AND_TIME = QT_TRANSLATE_NOOP("display", "{day} {time}")


def long_date_time_text(moment: datetime) -> str:
    """The day and time of a visit for a header, in the moment's offset (see DAY_FORMAT)."""
    qt = wall_clock(moment)
    loc = locale()
    return _tr(DAY_AND_TIME).format(
        day=loc.toString(qt.date(), _tr(DAY_FORMAT)),
        time=loc.toString(qt.time(), QLocale.FormatType.ShortFormat),
    )


def time_format_with_seconds() -> str:
    """The locale's short time format with seconds added after the minutes, with the same
    mark: "HH.mm.ss" in Finnish and Finland-Swedish, "HH:mm:ss" in British English."""
    short = locale().timeFormat(QLocale.FormatType.ShortFormat)
    at = short.find("mm")
    if at < 0 or "ss" in short:
        return short if "ss" in short else "HH:mm:ss"
    mark = short[at - 1] if at > 0 and not short[at - 1].isalpha() else ":"
    return short[: at + 2] + mark + "ss" + short[at + 2 :]


def time_text(moment: datetime) -> str:
    """Time of day with seconds in the locale's format ("14.05.07" in Finnish), in the
    moment's own offset (a naive moment: as it is)."""
    return locale().toString(wall_clock(moment).time(), time_format_with_seconds())


def date_field_format() -> str:
    """The locale's short date with a four-digit year, for date fields ("d.M.yyyy")."""
    short = locale().dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")


def duration_text(seconds: float) -> str:
    """ "12 s", "1 min 05 s", "1 h 02 min"."""
    total = round(seconds)
    if total < 60:
        return _tr(DURATION_FORMATS[0]).replace("%1", str(total))
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        return _tr(DURATION_FORMATS[1]).replace("%1", str(minutes)).replace("%2", f"{secs:02d}")
    hours, minutes = divmod(minutes, 60)
    return _tr(DURATION_FORMATS[2]).replace("%1", str(hours)).replace("%2", f"{minutes:02d}")


def fill(text: str, words: list[str]) -> str:
    """`text` (a translation) with %1, %2… replaced by `words`, in one pass: a "%2" that a
    word itself holds (typed in a reason) stays as it is."""
    return re.sub(r"%([1-9])", lambda match: words[int(match.group(1)) - 1], text)
