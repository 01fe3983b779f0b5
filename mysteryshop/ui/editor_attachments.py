"""The Attachments card under the notes in the encounter editor: files can be attached as
soon as the encounter has reached the database (a location chosen, the draft saved)."""

from __future__ import annotations

from typing import Any

from mysteryshop.ui.attachments_panel import AttachmentsPanel
from mysteryshop.ui.editor_style import CARD_MARGINS


class EditorAttachments(AttachmentsPanel):
    """AttachmentsPanel that waits for the open encounter's first save, inset and titled as
    the Notes card above it (the review found its title 8 px left of the others, and smaller)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        layout = self.layout()
        assert layout is not None
        layout.setContentsMargins(*CARD_MARGINS)
        self.title.setProperty("role", "section")

    def show_for(self, encounter_id: str | None, *, saved: bool) -> None:
        """Show the open encounter's attachments, or explain why none can be added yet."""
        if encounter_id is not None and saved:
            if self.encounter_id != encounter_id:
                self.set_encounter(encounter_id)
            return
        self.set_encounter(
            None,
            waiting=self.tr(
                "Choose a location first: files can be attached once the encounter is saved "
                "as a draft."
            )
            if encounter_id is not None
            else "",
        )
