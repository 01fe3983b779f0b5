"""A message across the top of the encounter editor (returned by a reviewer, restored work,
what is missing before submitting), with optional action buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class Banner(QFrame):
    """A message across the top of the editor, with optional action buttons."""

    def __init__(self, tone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "banner")
        self.setProperty("tone", tone)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)  # callers escape user text
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.action_row = QHBoxLayout()
        self.action_row.setContentsMargins(0, 0, 0, 0)
        text_column = QVBoxLayout()
        text_column.setSpacing(2)
        text_column.addWidget(self.title)
        text_column.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(text_column, 1)
        layout.addLayout(self.action_row)
        self.setVisible(False)

    def show_message(self, title: str, text: str = "") -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.setVisible(True)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        super().setVisible(visible)
        self.visibility_changed()

    def visibility_changed(self) -> None:
        """Replaced by the editor to fit the banner area around the shown banners."""
