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
GRID = QColor("#d9e0e4")  # card edges and rules: decoration, not a control's boundary
# The edge of a control (an input, a button): 3:1 against white and the page (WCAG 1.4.11).
BORDER = QColor("#738995")
# Drawn around whatever has the keyboard focus, 2 px: 3:1 against every background.
FOCUS = ACCENT
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


# Keyboard focus is always drawn (WCAG 2.4.7): a 2 px accent ring on buttons, inputs, lists and
# tables. A list or table keeps a 2 px edge when not focused, since Qt does not re-measure a
# frame whose width changes with its state: only the edge's colour changes.
STYLE_SHEET = """
QListWidget#navigation {
    background: #f3f6f8; border: none; border-right: 1px solid #d9e0e4;
    font-size: 11pt; padding-top: 8px; outline: 0;
}
QListWidget#navigation::item { padding: 9px 16px; border-radius: 4px; margin: 1px 6px; }
QListWidget#navigation::item:selected { background: #2f6f8f; color: white; }
QListWidget#navigation::item:hover:!selected { background: #e3eff5; }
QListWidget#navigation:focus { border-right: 3px solid #2f6f8f; }
QListWidget#navigation::item:focus { border: 2px solid #1f2a30; }
QLabel[role="heading"] { font-size: 15pt; font-weight: 600; color: #1f2a30; }
QLabel[role="subheading"] { font-size: 11pt; font-weight: 600; color: #1f2a30; }
QLabel[role="muted"] { color: #5d6b73; }
QFrame[role="card"] { background: white; border: 1px solid #d9e0e4; border-radius: 6px; }
QPushButton {
    background: white; color: #1f2a30; border: 1px solid #738995; border-radius: 4px;
    padding: 5px 12px; min-height: 18px;
}
QPushButton:hover { background: #e3eff5; }
QPushButton:pressed { background: #cfe2ec; }
QPushButton:disabled { background: #eef1f3; color: #8a949a; border-color: #c3cdd2; }
QPushButton:focus { border: 2px solid #2f6f8f; padding: 4px 11px; }
QPushButton[role="primary"] {
    background: #2f6f8f; color: white; border: none; border-radius: 4px; padding: 6px 14px;
}
QPushButton[role="primary"]:hover { background: #285f7a; }
QPushButton[role="primary"]:focus { border: 2px solid #1f2a30; padding: 4px 12px; }
QPushButton[role="primary"]:disabled { background: #c9d3d8; color: #4a565d; }
QPushButton:checked { background: #2f6f8f; color: white; }
QTableView, QListView, QTreeView { border: 2px solid #d9e0e4; }
QTableView:focus, QListView:focus, QTreeView:focus { border-color: #2f6f8f; }
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QPlainTextEdit:focus,
QTextEdit:focus { border: 2px solid #2f6f8f; }
QCheckBox:focus, QRadioButton:focus { color: #1f2a30; text-decoration: underline; }
"""
