"""The Drafts list at the top of the encounter editor: the observer's drafts and returned
encounters, and work that has not reached the database yet (no location chosen)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from mysteryshop import workflow
from mysteryshop.store import drafts, listing, queries
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterFilter
from mysteryshop.ui.editor_header import format_moment

SHOWN = 30  # the most recently changed ones


class DraftsButton(QToolButton):
    """A button with the number of open drafts; its menu lists them, newest first."""

    open_requested = Signal(str)
    new_requested = Signal()
    discard_requested = Signal()  # the open draft, to the trash

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.current: str | None = None  # the encounter open in the editor
        self.discardable = False  # the open encounter is a draft that can go to the trash
        self.setObjectName("draftsButton")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolTip(self.tr("Continue a draft, or an encounter a reviewer returned"))
        menu = QMenu(self)
        menu.aboutToShow.connect(self.on_about_to_show)
        self.setMenu(menu)
        self.update_count()

    def _filter(self) -> EncounterFilter:
        return EncounterFilter(statuses=workflow.OBSERVER_EDITABLE)

    def _unsaved(self, listed: set[str]) -> list[drafts.UnsavedEncounter]:
        return [
            kept
            for kept in drafts.list_unsaved(self.db)
            if not kept.data.location_id and kept.data.id not in listed
        ]

    def update_count(self) -> None:
        count = queries.count_encounters(self.db, self._filter()) + len(self._unsaved(set()))
        self.setText(
            self.tr("D&rafts ({count})").format(count=count) if count else self.tr("D&rafts")
        )

    @Slot()
    def on_about_to_show(self) -> None:
        menu = self.menu()
        menu.clear()
        rows = listing.list_rows(self.db, self._filter(), sort="updated_at", limit=SHOWN)
        for kept in self._unsaved({row.id for row in rows}):
            place = kept.location_text or self.tr("no location yet")
            self._add(
                kept.data.id,
                self.tr("{place} · {when} · not saved yet").format(
                    place=place, when=format_moment(kept.data.visited_at)
                ),
            )
        for row in rows:
            text = f"{row.location} · {format_moment(row.visited_at)} · {row.form_title}"
            if row.status == "returned":
                text += " · " + self.tr("returned")
            self._add(row.id, text)
        if menu.isEmpty():
            menu.addAction(self.tr("No drafts")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("New encounter"), self.new_requested.emit)
        if self.current is not None and self.discardable:
            menu.addAction(self.tr("Discard the open draft…"), self.discard_requested.emit)

    def _add(self, encounter_id: str, text: str) -> None:
        action = self.menu().addAction(text)
        action.setEnabled(encounter_id != self.current)
        action.triggered.connect(lambda _checked=False: self.open_requested.emit(encounter_id))
