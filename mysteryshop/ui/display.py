"""How values read in the UI: status names, feeling words, scores, dates and durations."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

_CONTEXT = "display"

STATUS_NAMES = {
    "draft": QT_TRANSLATE_NOOP("display", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("display", "Submitted"),
    "returned": QT_TRANSLATE_NOOP("display", "Returned"),
    "approved": QT_TRANSLATE_NOOP("display", "Approved"),
}

# Short words for a table cell, −2 … +2: the arrows carry the direction at a glance.
FEELING_SHORT = {
    2: QT_TRANSLATE_NOOP("display", "▲▲ uplifted"),
    1: QT_TRANSLATE_NOOP("display", "▲ uplifted"),
    0: QT_TRANSLATE_NOOP("display", "– neutral"),
    -1: QT_TRANSLATE_NOOP("display", "▼ diminished"),
    -2: QT_TRANSLATE_NOOP("display", "▼▼ diminished"),
}

FEELING_LONG = {
    2: QT_TRANSLATE_NOOP("display", "Clearly uplifted"),
    1: QT_TRANSLATE_NOOP("display", "Somewhat uplifted"),
    0: QT_TRANSLATE_NOOP("display", "Neither uplifted nor diminished"),
    -1: QT_TRANSLATE_NOOP("display", "Somewhat diminished"),
    -2: QT_TRANSLATE_NOOP("display", "Clearly diminished"),
}

CHANNEL_NAMES = {
    "in_person": QT_TRANSLATE_NOOP("display", "in person"),
    "phone": QT_TRANSLATE_NOOP("display", "phone"),
    "chat": QT_TRANSLATE_NOOP("display", "chat"),
    "email": QT_TRANSLATE_NOOP("display", "email"),
    "video": QT_TRANSLATE_NOOP("display", "video"),
}

# Capitalised, for a list or a choice ("Phone"); CHANNEL_NAMES are for mid-sentence.
CHANNEL_LABELS = {
    "in_person": QT_TRANSLATE_NOOP("display", "In person"),
    "phone": QT_TRANSLATE_NOOP("display", "Phone"),
    "chat": QT_TRANSLATE_NOOP("display", "Chat"),
    "email": QT_TRANSLATE_NOOP("display", "Email"),
    "video": QT_TRANSLATE_NOOP("display", "Video call"),
}

# Lower-case, mid-sentence ("with status: draft, returned"); STATUS_NAMES are for a cell.
STATUS_WORDS = {
    "draft": QT_TRANSLATE_NOOP("display", "draft"),
    "submitted": QT_TRANSLATE_NOOP("display", "submitted"),
    "returned": QT_TRANSLATE_NOOP("display", "returned"),
    "approved": QT_TRANSLATE_NOOP("display", "approved"),
}

# The built-in dimensions (DESIGN.md "Scoring"); a form's own ones show as it spells them.
DIMENSION_NAMES = {
    "greeting": QT_TRANSLATE_NOOP("display", "Greeting"),
    "smile": QT_TRANSLATE_NOOP("display", "Smile"),
    "presence": QT_TRANSLATE_NOOP("display", "Presence"),
    "helpfulness": QT_TRANSLATE_NOOP("display", "Helpfulness"),
    "farewell": QT_TRANSLATE_NOOP("display", "Farewell"),
    "feeling": QT_TRANSLATE_NOOP("display", "Feeling"),
}

# Units of a duration: "%1 s", "%1 min %2 s", "%1 h %2 min".
DURATION_FORMATS = (
    QT_TRANSLATE_NOOP("display", "%1 s"),
    QT_TRANSLATE_NOOP("display", "%1 min %2 s"),
    QT_TRANSLATE_NOOP("display", "%1 h %2 min"),
)
NO_FEELING = QT_TRANSLATE_NOOP("display", "No feeling recorded")

TIMER_EVENT_NAMES = {
    "arrived": QT_TRANSLATE_NOOP("display", "Arrived"),
    "greeted": QT_TRANSLATE_NOOP("display", "Greeted"),
    "served": QT_TRANSLATE_NOOP("display", "Served"),
    "left": QT_TRANSLATE_NOOP("display", "Left"),
}


def _tr(text: object) -> str:
    # QT_TRANSLATE_NOOP is typed as returning object; its texts are str.
    return QCoreApplication.translate(_CONTEXT, str(text))


def locale() -> QLocale:
    """The locale numbers and dates are shown in. The bare "C" locale (no language set, as
    in a minimal container) would print dates as "21 11 2026": use British English then."""
    current = QLocale()
    if current.language() == QLocale.Language.C:
        return QLocale("en_GB")
    return current


def status_name(status: str) -> str:
    return _tr(STATUS_NAMES[status]) if status in STATUS_NAMES else status


def channel_name(channel: str) -> str:
    return _tr(CHANNEL_NAMES[channel]) if channel in CHANNEL_NAMES else channel


def channel_label(channel: str) -> str:
    return _tr(CHANNEL_LABELS[channel]) if channel in CHANNEL_LABELS else channel


def status_word(status: str) -> str:
    return _tr(STATUS_WORDS[status]) if status in STATUS_WORDS else status


def dimension_name(key: str) -> str:
    if key in DIMENSION_NAMES:
        return _tr(DIMENSION_NAMES[key])
    return key.replace("_", " ").replace("-", " ").capitalize()


def timer_event_name(event: str) -> str:
    return _tr(TIMER_EVENT_NAMES[event]) if event in TIMER_EVENT_NAMES else event


def feeling_short(feeling: int | None) -> str:
    """A word with an arrow, e.g. "▲ uplifted"; "" when there is no feeling answer."""
    return _tr(FEELING_SHORT[feeling]) if feeling in FEELING_SHORT else ""


FEELING_SYMBOLS = {2: "▲▲", 1: "▲", 0: "–", -1: "▼", -2: "▼▼"}


def feeling_symbol(feeling: int | None) -> str:
    """Arrows for a feeling: ▲▲ clearly uplifted … ▼▼ clearly diminished; "" for none."""
    return FEELING_SYMBOLS.get(feeling, "") if feeling is not None else ""


def feeling_long(feeling: int | None) -> str:
    if feeling not in FEELING_LONG:
        return _tr(NO_FEELING)
    return f"{_tr(FEELING_LONG[feeling])} ({feeling:+d})"


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


def long_date_time_text(moment: datetime) -> str:
    """E.g. "Saturday 21 November 2026 12:13" (the locale decides), in the moment's offset."""
    qt = wall_clock(moment)
    loc = locale()
    return (
        loc.toString(qt.date(), QLocale.FormatType.LongFormat)
        + " "
        + loc.toString(qt.time(), QLocale.FormatType.ShortFormat)
    )


def time_text(moment: datetime) -> str:
    """Time of day with seconds, in the moment's own offset."""
    return locale().toString(wall_clock(moment).time(), "HH:mm:ss")


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
