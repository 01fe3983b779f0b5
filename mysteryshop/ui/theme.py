"""Colours, fonts and the style sheet of the app: the one place for how it looks."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor

from mysteryshop import vocabulary


@cache
def _colour(hex_text: str) -> QColor:
    return QColor(hex_text)


def band_colour(band: vocabulary.Band) -> QColor:
    """The colour of a band (vocabulary.BAND_COLOURS): green good, amber fair, red poor,
    grey none. The PDF reports draw the same bands in the same colours."""
    return _colour(vocabulary.BAND_COLOURS[band])


ACCENT = QColor("#2f6f8f")
ACCENT_LIGHT = QColor("#e3eff5")
TEXT = QColor("#1f2a30")
MUTED = QColor("#5d6b73")
GRID = QColor("#d9e0e4")
GOOD = band_colour("good")
FAIR = band_colour("fair")
POOR = band_colour("poor")
NEUTRAL = band_colour("none")
CRITICAL = POOR

STATUS_COLOURS = {
    status: QColor(hex_text) for status, hex_text in vocabulary.STATUS_COLOURS.items()
}

# Feeling −2 … +2, from clearly diminished to clearly uplifted.
FEELING_COLOURS = {
    value: QColor(hex_text) for value, hex_text in vocabulary.FEELING_COLOURS.items()
}


def score_colour(score: float | None) -> QColor:
    """The colour of a score's band (vocabulary.score_band): green from 85, amber from 65,
    red below; grey for no score."""
    return band_colour(vocabulary.score_band(score))


def uplift_colour(value: float | None) -> QColor:
    """The colour of a Net Uplift's band (vocabulary.uplift_band)."""
    return band_colour(vocabulary.uplift_band(value))


STYLE_SHEET = """
QListWidget#navigation {
    background: #f3f6f8; border: none; border-right: 1px solid #d9e0e4;
    font-size: 11pt; padding-top: 8px;
}
QListWidget#navigation::item { padding: 9px 16px; border-radius: 4px; margin: 1px 6px; }
QListWidget#navigation::item:selected { background: #2f6f8f; color: white; }
QListWidget#navigation::item:hover:!selected { background: #e3eff5; }
QLabel[role="heading"] { font-size: 15pt; font-weight: 600; color: #1f2a30; }
QLabel[role="subheading"] { font-size: 11pt; font-weight: 600; color: #1f2a30; }
QLabel[role="muted"] { color: #5d6b73; }
QFrame[role="card"] { background: white; border: 1px solid #d9e0e4; border-radius: 6px; }
QPushButton[role="primary"] {
    background: #2f6f8f; color: white; border: none; border-radius: 4px; padding: 6px 14px;
}
QPushButton[role="primary"]:hover { background: #285f7a; }
QPushButton[role="primary"]:disabled { background: #c9d3d8; color: #4a565d; }
QPushButton[role="primary"]:focus { outline: 2px solid #1f2a30; }
QPushButton:checked { background: #2f6f8f; color: white; }
"""
