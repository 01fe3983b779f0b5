"""A disabled primary button looks disabled (APP.md: Approve, Create PDF and Submit looked
clickable while they were not): its rendered fill is no longer the accent colour."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton

from mysteryshop.ui import theme


def fill(qtbot, enabled: bool) -> str:
    button = QPushButton("Create PDF…")
    button.setProperty("role", "primary")
    button.setStyleSheet(theme.STYLE_SHEET)
    button.setEnabled(enabled)
    qtbot.addWidget(button)
    button.resize(160, 36)
    button.show()
    qtbot.waitExposed(button)
    QApplication.processEvents()
    return button.grab().toImage().pixelColor(6, 18).name()


def test_a_disabled_primary_button_is_grey_not_the_accent(qtbot):
    assert fill(qtbot, True) == theme.ACCENT.name()
    assert fill(qtbot, False) not in (theme.ACCENT.name(), "#285f7a")
