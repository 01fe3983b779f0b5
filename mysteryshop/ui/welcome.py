"""The first screen on an empty database: start recording, or load demo data to look around."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from mysteryshop.changes import Changes
from mysteryshop.ui import tasks
from mysteryshop.ui.ops import announce
from mysteryshop.ui.workspace import Workspace


class WelcomeView(QWidget):
    record_requested = Signal()
    demo_loaded = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        heading = QLabel(self.tr("Welcome to mysteryshop"))
        heading.setProperty("role", "heading")
        text = QLabel(
            self.tr(
                "Record a service encounter right after your visit: was I greeted, did they "
                "smile, were they present, was I actually helped — and did I leave uplifted "
                "or diminished? Everything stays on this computer."
            )
        )
        text.setWordWrap(True)
        self.record_button = QPushButton(self.tr("Record an encounter"))
        self.record_button.setProperty("role", "primary")
        self.record_button.clicked.connect(self.record_requested)
        self.demo_button = QPushButton(self.tr("Load demo data to look around"))
        self.demo_button.clicked.connect(self.on_demo_clicked)
        self.status = QLabel()
        self.status.setProperty("role", "muted")

        column = QWidget()
        column.setFixedWidth(560)
        inner = QVBoxLayout(column)
        inner.setSpacing(14)
        inner.addWidget(heading)
        inner.addWidget(text)
        # A wrapped label inside a fixed-width column does not get its height for that width
        # from the outer layout: give it explicitly.
        text.setMinimumHeight(text.heightForWidth(column.width() - 24))
        inner.addSpacing(8)
        for button in (self.record_button, self.demo_button):
            button.setMinimumHeight(36)
            inner.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    @Slot()
    def on_demo_clicked(self) -> None:
        self.demo_button.setEnabled(False)
        self.status.setText(self.tr("Creating demo data…"))
        db = self.workspace.db

        def work(progress: Any) -> int:  # runs in a worker thread: no widgets here
            from mysteryshop import demo
            from mysteryshop.store import queries
            from mysteryshop.store.shipped import stored_shipped_forms

            data = demo.generate(stored_shipped_forms(db), encounters=600, seed=1)
            return queries.bulk_add_encounters(
                db, data.encounters, data.locations, progress=progress
            )

        tasks.start(
            work,
            done=self.on_demo_done,
            failed=self.on_demo_failed,
            progress=self.on_demo_progress,
            parent=self,
        )

    @Slot(int, int)
    def on_demo_progress(self, done: int, total: int) -> None:
        self.status.setText(
            self.tr("Creating demo data… {done} of {total}").format(done=done, total=total)
        )

    @Slot(object)
    def on_demo_done(self, count: int) -> None:
        self.status.setText(self.tr("%Ln demo encounters added.", "", count))
        self.demo_button.setEnabled(True)
        announce(self.workspace, Changes.everything())
        self.demo_loaded.emit()

    @Slot(object)
    def on_demo_failed(self, error: Exception) -> None:
        self.status.setText(self.tr("Could not create demo data: {error}").format(error=error))
        self.demo_button.setEnabled(True)
