"""Colours, fonts and the style sheet of the app: the one place for how it looks."""

from __future__ import annotations

from PySide6.QtGui import QColor

ACCENT = QColor("#2f6f8f")
ACCENT_LIGHT = QColor("#e3eff5")
TEXT = QColor("#1f2a30")
MUTED = QColor("#5d6b73")
GRID = QColor("#d9e0e4")
GOOD = QColor("#2e7d4f")
FAIR = QColor("#b7791f")
POOR = QColor("#b83232")
UPLIFTED = QColor("#2e7d4f")
NEUTRAL = QColor("#8a949a")
DIMINISHED = QColor("#b83232")
CRITICAL = QColor("#b83232")

STATUS_COLOURS = {
    "draft": QColor("#6b7780"),
    "submitted": QColor("#2f6f8f"),
    "returned": QColor("#b7791f"),
    "approved": QColor("#2e7d4f"),
}

# Feeling −2 … +2, from clearly diminished to clearly uplifted.
FEELING_COLOURS = {
    -2: QColor("#b83232"),
    -1: QColor("#d9822b"),
    0: QColor("#8a949a"),
    1: QColor("#5aa36f"),
    2: QColor("#2e7d4f"),
}


def score_colour(score: float | None) -> QColor:
    """Green from 85, amber from 65, red below; grey for no score."""
    if score is None:
        return NEUTRAL
    if score >= 85:
        return GOOD
    if score >= 65:
        return FAIR
    return POOR


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
QPushButton[role="primary"]:focus { outline: 2px solid #1f2a30; }
QPushButton:checked { background: #2f6f8f; color: white; }
"""
