"""Reports: PDF reports for store managers, leadership and trainers (arriving next)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mysteryshop.ui.workspace import Workspace


class ReportsView(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        heading = QLabel(self.tr("Reports"))
        heading.setProperty("role", "heading")
        text = QLabel(
            self.tr(
                "PDF reports — one visit for the store manager, a summary for leadership, "
                "a coaching report for trainers — are coming in the next release. Until then, "
                "export the encounters as CSV from the command line: "
                "mysteryshop export -o visits.csv"
            )
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(1)
