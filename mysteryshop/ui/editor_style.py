"""How the encounter editor looks: its style sheet, built from the theme's colours."""

from __future__ import annotations

from mysteryshop.ui import theme

PAGE = "#f3f6f8"  # behind the cards
# Inside each card of the form column (visit, notes, attachments): their titles line up.
CARD_MARGINS = (24, 18, 24, 20)


def editor_style_sheet() -> str:
    accent = theme.ACCENT.name()
    accent_light = theme.ACCENT_LIGHT.name()
    text = theme.TEXT.name()
    muted = theme.MUTED.name()
    grid = theme.GRID.name()
    poor = theme.POOR.name()
    border = theme.BORDER.name()
    return f"""
QWidget#editorPage {{ background: {PAGE}; }}
QScrollArea#editorScroll {{ background: {PAGE}; border: none; }}
QWidget#editorColumn {{ background: {PAGE}; }}
QFrame[role="card"] {{ background: white; border: 1px solid {grid}; border-radius: 8px; }}
QFrame[role="card"] QLabel {{ background: transparent; border: none; }}
QFrame[role="rule"] {{ background: #e8edf0; border: none; }}
QFrame[role="topbar"] {{ background: white; border: none; border-bottom: 1px solid {grid}; }}
QLabel[role="title"] {{ font-size: 15pt; font-weight: 600; color: {text}; }}
QLabel[role="subtitle"] {{ color: {muted}; }}
QLabel[role="section"] {{ font-size: 13pt; font-weight: 600; color: {text}; }}
QLabel[role="caption"] {{ font-size: 8pt; font-weight: 600; color: {muted}; }}
QLabel[role="field"] {{ color: {muted}; font-size: 9pt; }}
QLabel[role="question"] {{ font-size: 10.5pt; color: {text}; }}
QFrame[role="card"] QLabel[role="note"] {{
    color: {text}; background: {accent_light}; border-radius: 4px; padding: 8px 10px;
}}
QLabel[role="hint"] {{ color: {muted}; font-size: 9pt; }}
QLabel[role="muted"] {{ color: {muted}; }}
QLabel[role="scale-end"] {{ color: {muted}; font-size: 8pt; }}
QLabel[role="problem"] {{ color: {poor}; font-weight: 600; }}
QLabel[role="critical"] {{ color: {poor}; font-weight: 600; }}
QLabel[role="score"] {{ font-size: 26pt; font-weight: 600; }}
QLabel[role="stopwatch"] {{ font-size: 24pt; font-weight: 600; color: {text}; }}
QLabel[role="timer-time"] {{ color: {text}; }}
QLabel[role="key"] {{
    color: {muted}; font-size: 8pt; border: 1px solid {grid}; border-radius: 3px;
    padding: 0px 4px;
}}
QLabel[role="save-state"] {{ color: {muted}; }}
QLabel[role="save-state"][state="error"] {{ color: {poor}; font-weight: 600; }}
QLabel[role="save-state"][state="kept"] {{ color: {theme.FAIR.name()}; }}

QPushButton[answer] {{
    background: white; color: {text}; border: 1px solid {border}; border-radius: 5px;
    padding: 6px 16px; min-height: 20px;
}}
QPushButton[answer="choice"] {{ min-width: 44px; }}
QPushButton[answer="number"] {{ padding: 6px 0px; }}
QPushButton[answer="feeling"] {{ padding: 5px 8px; }}
QPushButton[answer]:hover {{ background: {accent_light}; }}
QPushButton[answer]:checked {{ background: {accent}; color: white; border-color: {accent}; }}
QPushButton[answer="na"] {{ margin-left: 10px; }}
QPushButton[answer="na"]:checked {{ background: {muted}; border-color: {muted}; }}
QPushButton[answer]:focus {{ border: 2px solid {text}; padding: 5px 15px; }}
QPushButton[answer="number"]:focus {{ padding: 5px 0px; }}
QPushButton[answer="feeling"]:focus {{ padding: 4px 7px; }}

QPushButton[role="timer"] {{
    background: white; color: {text}; border: 1px solid {border}; border-radius: 6px;
    font-size: 11pt; font-weight: 600; padding: 6px 12px;
}}
QPushButton[role="timer"]:hover {{ background: {accent_light}; }}
QPushButton[role="timer"][tapped="true"] {{
    background: {accent_light}; border-color: {accent}; color: {accent};
}}
QPushButton[role="timer"]:focus {{ border: 2px solid {text}; padding: 5px 11px; }}

QPushButton[role="primary"] {{
    background: {accent}; color: white; border: none; border-radius: 5px;
    padding: 9px 18px; font-weight: 600;
}}
QPushButton[role="primary"]:hover {{ background: #285f7a; }}
QPushButton[role="primary"]:focus {{ border: 2px solid {text}; padding: 7px 16px; }}
QPushButton[role="primary"]:disabled {{ background: #a9bcc6; color: white; }}
QPushButton[role="secondary"]:disabled {{ background: #eef1f3; color: #8a949a; }}
QPushButton[role="secondary"] {{
    background: white; color: {text}; border: 1px solid {border}; border-radius: 5px;
    padding: 8px 18px;
}}
QPushButton[role="secondary"]:focus {{ border: 2px solid {text}; padding: 7px 17px; }}
QToolButton#draftsButton {{
    background: white; border: 1px solid {border}; border-radius: 5px;
    padding: 6px 24px 6px 12px;
}}
QToolButton#draftsButton::menu-indicator {{
    subcontrol-origin: padding; subcontrol-position: right center; right: 8px;
}}

QFrame[role="banner"] {{ border-radius: 6px; border: 1px solid; }}
QFrame[role="banner"][tone="warning"] {{ background: #fdf3e1; border-color: #e8c98a; }}
QFrame[role="banner"][tone="error"] {{ background: #fbeaea; border-color: #e3a7a7; }}
QFrame[role="banner"][tone="info"] {{ background: {accent_light}; border-color: #b5d3e2; }}
QFrame[role="banner"] QLabel {{ background: transparent; border: none; color: {text}; }}
QFrame[role="inline-add"] {{
    background: {accent_light}; border: 1px solid #b5d3e2; border-radius: 5px;
}}
QFrame[role="inline-add"] QLabel {{ background: transparent; border: none; }}
QPlainTextEdit {{ background: white; border: 1px solid {border}; border-radius: 4px; }}
QPlainTextEdit:focus {{ border: 2px solid {accent}; }}
QPlainTextEdit:disabled {{ background: #eef1f3; }}
QScrollArea#editorScroll QScrollBar:vertical {{
    background: transparent; width: 12px; margin: 4px 2px 4px 2px; border: none;
}}
QScrollArea#editorScroll QScrollBar::handle:vertical {{
    background: #c3cdd2; border-radius: 4px; min-height: 40px;
}}
QScrollArea#editorScroll QScrollBar::handle:vertical:hover {{ background: #9fb0b8; }}
QScrollArea#editorScroll QScrollBar::add-line:vertical,
QScrollArea#editorScroll QScrollBar::sub-line:vertical {{ height: 0px; }}
QScrollArea#editorScroll QScrollBar::add-page:vertical,
QScrollArea#editorScroll QScrollBar::sub-page:vertical {{ background: transparent; }}
QToolButton[role="clear"] {{ color: {muted}; border: none; }}
"""
