"""Placeholder until the view is built."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mysteryshop.ui.workspace import Workspace


class DashboardView(QWidget):
    open_requested = Signal(str)
    filter_changed = Signal(object)
    edit_requested = Signal(str)
    back_requested = Signal()
    submitted = Signal(str)
    closed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        QVBoxLayout(self).addWidget(QLabel("DashboardView"))

    def set_filter(self, f: object) -> None: ...
    def focus_search(self) -> None: ...
    def new_encounter(self, form_id: str | None = None) -> None: ...
    def open_encounter(self, encounter_id: str) -> None: ...
    def show_encounter(self, encounter_id: str) -> None: ...
    def save_now(self) -> bool:
        return True
