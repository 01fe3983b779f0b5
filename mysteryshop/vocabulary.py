"""The words of the domain, each written once: statuses, channels, timer events, built-in
dimensions and tags, their English labels, the score and Net Uplift bands with their colours,
and the languages the app speaks. Qt-free; the UI, reports, exchange, store and command line
all read them from here.

The labels are English source texts. pyside6-lupdate finds them by the name
QT_TRANSLATE_NOOP (scripts/update_translations.py reads this file), so their Finnish and
Swedish live in the .ts files under the context "vocabulary", once: the UI translates them
with Qt (ui/display.py), the reports read the same .ts entries (reports/i18n.py `label`)."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Final, Literal, get_args

CONTEXT: Final = "vocabulary"
"""The translation context of every label in this module."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate and returns it unchanged (Qt's own would import Qt)."""
    return text


Status = Literal["draft", "submitted", "returned", "approved"]
Channel = Literal["in_person", "phone", "chat", "email", "video"]
TimerEvent = Literal["arrived", "greeted", "served", "left"]
Language = Literal["en", "fi", "sv"]
Band = Literal["good", "fair", "poor", "none"]
"""How good a figure is; "none" when there is no figure (no score, no feeling answers)."""

STATUSES: Final[tuple[Status, ...]] = get_args(Status)
# What reports and the dashboard count unless a filter names statuses (DESIGN.md).
REPORTED_STATUSES: Final[tuple[Status, ...]] = ("submitted", "approved")
CHANNELS: Final[tuple[Channel, ...]] = get_args(Channel)
TIMER_EVENTS: Final[tuple[TimerEvent, ...]] = get_args(TimerEvent)
# The dimensions reports know by name, in the order they are stored, exported and shown.
BUILTIN_DIMENSIONS: Final = ("greeting", "smile", "presence", "helpfulness", "feeling", "farewell")
# The dimensions among the headline figures (the dashboard's cards, the summary report's first
# page). Feeling is there already as Net Uplift, and with visits, average score, Net Uplift and
# critical failures four dimensions fill two rows of four; farewell shows in the full
# dimension chart of the summary and in each visit.
HEADLINE_DIMENSIONS: Final = ("greeting", "smile", "presence", "helpfulness")
BUILTIN_TAGS: Final = ("best-practice", "needs-coaching")
# An action item's states (store/actions.py says which change is allowed) and where it came from.
ActionState = Literal["open", "done", "dropped"]
ACTION_STATES: Final[tuple[ActionState, ...]] = get_args(ActionState)
ACTION_SOURCES: Final = ("review", "coaching", "location")

# The languages of the app and its reports; English is the source, the others are translated.
LANGUAGES: Final[tuple[Language, ...]] = get_args(Language)
SOURCE_LANGUAGE: Final[Language] = "en"
TRANSLATED_LANGUAGES: Final = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)
# Each language by its own name, for choosing one.
LANGUAGE_NAMES: Final[Mapping[Language, str]] = {"en": "English", "fi": "Suomi", "sv": "Svenska"}


def reported_statuses(statuses: Sequence[str] | None) -> tuple[str, ...]:
    """The statuses a figure counts: the ones named, else REPORTED_STATUSES."""
    return REPORTED_STATUSES if statuses is None else tuple(statuses)


# --- labels (English; translated in the .ts files under "vocabulary") ------------------------

STATUS_LABELS: Final[Mapping[str, str]] = {
    "draft": QT_TRANSLATE_NOOP("vocabulary", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("vocabulary", "Submitted"),
    "returned": QT_TRANSLATE_NOOP("vocabulary", "Returned"),
    "approved": QT_TRANSLATE_NOOP("vocabulary", "Approved"),
}
CHANNEL_LABELS: Final[Mapping[str, str]] = {
    "in_person": QT_TRANSLATE_NOOP("vocabulary", "In person"),
    "phone": QT_TRANSLATE_NOOP("vocabulary", "Phone"),
    "chat": QT_TRANSLATE_NOOP("vocabulary", "Chat"),
    "email": QT_TRANSLATE_NOOP("vocabulary", "Email"),
    "video": QT_TRANSLATE_NOOP("vocabulary", "Video call"),
}
TIMER_EVENT_LABELS: Final[Mapping[str, str]] = {
    "arrived": QT_TRANSLATE_NOOP("vocabulary", "Arrived"),
    "greeted": QT_TRANSLATE_NOOP("vocabulary", "Greeted"),
    "served": QT_TRANSLATE_NOOP("vocabulary", "Served"),
    "left": QT_TRANSLATE_NOOP("vocabulary", "Left"),
}
# A call or a chat has no door: their timers' events have words that fit the channel.
CALL_TIMER_LABELS: Final[Mapping[str, str]] = {
    "arrived": QT_TRANSLATE_NOOP("vocabulary", "Call started"),
    "greeted": QT_TRANSLATE_NOOP("vocabulary", "Answered"),
    "served": QT_TRANSLATE_NOOP("vocabulary", "Served"),
    "left": QT_TRANSLATE_NOOP("vocabulary", "Call ended"),
}
WRITTEN_TIMER_LABELS: Final[Mapping[str, str]] = {
    "arrived": QT_TRANSLATE_NOOP("vocabulary", "Contacted"),
    "greeted": QT_TRANSLATE_NOOP("vocabulary", "First reply"),
    "served": QT_TRANSLATE_NOOP("vocabulary", "Served"),
    "left": QT_TRANSLATE_NOOP("vocabulary", "Closed"),
}
CHANNEL_TIMER_LABELS: Final[Mapping[str, Mapping[str, str]]] = {
    "phone": CALL_TIMER_LABELS,
    "video": CALL_TIMER_LABELS,
    "chat": WRITTEN_TIMER_LABELS,
    "email": WRITTEN_TIMER_LABELS,
}
# The built-in dimensions, and "respect", the shipped forms' own (so it is translated too).
DIMENSION_LABELS: Final[Mapping[str, str]] = {
    "greeting": QT_TRANSLATE_NOOP("vocabulary", "Greeting"),
    "smile": QT_TRANSLATE_NOOP("vocabulary", "Smile"),
    "presence": QT_TRANSLATE_NOOP("vocabulary", "Presence"),
    "helpfulness": QT_TRANSLATE_NOOP("vocabulary", "Helpfulness"),
    "feeling": QT_TRANSLATE_NOOP("vocabulary", "Feeling"),
    "farewell": QT_TRANSLATE_NOOP("vocabulary", "Farewell"),
    "respect": QT_TRANSLATE_NOOP("vocabulary", "Respect"),
}
TAG_LABELS: Final[Mapping[str, str]] = {
    "best-practice": QT_TRANSLATE_NOOP("vocabulary", "Best practice"),
    "needs-coaching": QT_TRANSLATE_NOOP("vocabulary", "Needs coaching"),
}
ACTION_STATE_LABELS: Final[Mapping[str, str]] = {
    "open": QT_TRANSLATE_NOOP("vocabulary", "Open"),
    "done": QT_TRANSLATE_NOOP("vocabulary", "Done"),
    "dropped": QT_TRANSLATE_NOOP("vocabulary", "Dropped"),
}
# The feeling scale, −2 … +2 (forms.FEELING_SCALE), for a form that gives no labels of its own.
FEELING_LABELS: Final[Mapping[int, str]] = {
    -2: QT_TRANSLATE_NOOP("vocabulary", "Clearly diminished"),
    -1: QT_TRANSLATE_NOOP("vocabulary", "Somewhat diminished"),
    0: QT_TRANSLATE_NOOP("vocabulary", "Neither"),
    1: QT_TRANSLATE_NOOP("vocabulary", "Somewhat uplifted"),
    2: QT_TRANSLATE_NOOP("vocabulary", "Clearly uplifted"),
}
# Observer calibration (mysteryshop/calibration.py): an alpha read on Krippendorff's own
# scale, why an alpha is undefined, and why a session leaves an encounter out.
ALPHA_READING_LABELS: Final[Mapping[str, str]] = {
    "reliable": QT_TRANSLATE_NOOP("vocabulary", "Reliable: observers score alike"),
    "tentative": QT_TRANSLATE_NOOP(
        "vocabulary", "Tentative: good enough for tentative conclusions only"
    ),
    "unreliable": QT_TRANSLATE_NOOP("vocabulary", "Not reliable: observers score differently"),
}
ALPHA_GAP_LABELS: Final[Mapping[str, str]] = {
    "one_observer": QT_TRANSLATE_NOOP("vocabulary", "Only one observer recorded this session"),
    "no_pairs": QT_TRANSLATE_NOOP("vocabulary", "No scored question was answered by two observers"),
    "no_variation": QT_TRANSLATE_NOOP(
        "vocabulary", "Every observer gave the same points on every question"
    ),
}
CALIBRATION_LEFT_OUT_LABELS: Final[Mapping[str, str]] = {
    "second_record": QT_TRANSLATE_NOOP(
        "vocabulary", "A later record by the same observer (the first one counts)"
    ),
    "no_observer": QT_TRANSLATE_NOOP("vocabulary", "No observer alias"),
}
HISTORY_LABELS: Final[Mapping[str, str]] = {
    "edited": QT_TRANSLATE_NOOP("vocabulary", "Edited"),
    "reviewed": QT_TRANSLATE_NOOP("vocabulary", "Reviewed"),
    "submitted": QT_TRANSLATE_NOOP("vocabulary", "Submitted"),
    "approved": QT_TRANSLATE_NOOP("vocabulary", "Approved"),
    "returned": QT_TRANSLATE_NOOP("vocabulary", "Returned"),
    "reopened": QT_TRANSLATE_NOOP("vocabulary", "Reopened for editing"),
    "imported": QT_TRANSLATE_NOOP("vocabulary", "Replaced by import"),
    "import-older": QT_TRANSLATE_NOOP("vocabulary", "Older version from import"),
    "discarded": QT_TRANSLATE_NOOP("vocabulary", "Discarded"),
    "deleted": QT_TRANSLATE_NOOP("vocabulary", "Deleted"),
    "restored": QT_TRANSLATE_NOOP("vocabulary", "Taken back from the trash"),
}
"""What each kind of history entry (workflow.HISTORY_KINDS) is called: in the review's history
and in the visit report's record of changes."""

ALL_LABELS: Final = (
    STATUS_LABELS,
    CHANNEL_LABELS,
    TIMER_EVENT_LABELS,
    CALL_TIMER_LABELS,
    WRITTEN_TIMER_LABELS,
    DIMENSION_LABELS,
    TAG_LABELS,
    FEELING_LABELS,
    ALPHA_READING_LABELS,
    ALPHA_GAP_LABELS,
    CALIBRATION_LEFT_OUT_LABELS,
    ACTION_STATE_LABELS,
    HISTORY_LABELS,
)
"""Every table of labels above (for tests and tools)."""


def _english(text: str) -> str:
    return text


def label(labels: Mapping[str, str], key: str, translate: Callable[[str], str] = _english) -> str:
    """`key`'s label from one of the tables above, passed through the renderer's `translate`
    (Qt's in the UI, the .ts reader in reports); a key the table lacks is shown as it is."""
    return translate(labels[key]) if key in labels else key


def timer_label(
    event: str, channel: str | None = None, translate: Callable[[str], str] = _english
) -> str:
    """A timer event's label for a visit by `channel`: 'Arrived' in person, 'Call started'
    on the phone, 'Contacted' in a chat."""
    labels = CHANNEL_TIMER_LABELS.get(channel or "", TIMER_EVENT_LABELS)
    return label(labels, event, translate)


def dimension_label(key: str, translate: Callable[[str], str] = _english) -> str:
    """A dimension's label: a built-in one translated, a form's own made readable
    ('first_impression' → 'First impression')."""
    if key in DIMENSION_LABELS:
        return translate(DIMENSION_LABELS[key])
    return key.replace("_", " ").replace("-", " ").capitalize()


# --- bands and colours ------------------------------------------------------------------------

# Scores (0–100), best band first: a score is in the first band whose floor it reaches.
SCORE_BANDS: Final[tuple[tuple[float, Band], ...]] = (
    (85.0, "good"),
    (65.0, "fair"),
    (-math.inf, "poor"),
)
# Net Uplift (−100 … +100) at or beyond ±UPLIFT_CLEAR leans clearly one way: good at or above
# +20, poor at or below −20, fair between.
UPLIFT_CLEAR: Final = 20.0

# One colour per band ('#rrggbb'); ui/theme.py and reports/styles.py build theirs from these.
# Each is also drawn as text (a score, a status word) on white and the light tints, so each
# keeps WCAG AA contrast (4.5:1) there; tests/test_accessibility.py computes the ratios.
BAND_COLOURS: Final[Mapping[Band, str]] = {
    "good": "#2b7449",
    "fair": "#8e5e18",
    "poor": "#b83232",
    "none": "#5f696e",
}
# Feeling −2 … +2, from clearly diminished (red) to clearly uplifted (green).
FEELING_COLOURS: Final[Mapping[int, str]] = {
    -2: "#b83232",
    -1: "#97591b",
    0: "#5f696e",
    1: "#3f724d",
    2: "#2b7449",
}
STATUS_COLOURS: Final[Mapping[str, str]] = {
    "draft": "#5e6971",
    "submitted": "#2f6f8f",
    "returned": "#8e5e18",
    "approved": "#2b7449",
}


def score_band(score: float | None) -> Band:
    """good from 85, fair from 65, poor below (SCORE_BANDS); none without a score. The
    score is banded as it is printed, to one decimal: 84.99 shows as 85.0 and is good."""
    if score is None:
        return "none"
    score = round(score, 1)
    for floor, band in SCORE_BANDS:
        if score >= floor:
            return band
    return SCORE_BANDS[-1][1]


def uplift_band(value: float | None) -> Band:
    """good at or above +UPLIFT_CLEAR, poor at or below −UPLIFT_CLEAR, fair between; none
    without a value. Banded as printed, to one decimal."""
    if value is None:
        return "none"
    value = round(value, 1)
    if value >= UPLIFT_CLEAR:
        return "good"
    if value <= -UPLIFT_CLEAR:
        return "poor"
    return "fair"
