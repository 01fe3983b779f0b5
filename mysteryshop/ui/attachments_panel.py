"""The Attachments card of an encounter (in the editor and the review): photos and receipts
as thumbnails, added from files, opened in the system's viewer, removed. Files are stored in
the database through store.attachments; adding runs off the UI thread."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.changes import Changes
from mysteryshop.store import attachments
from mysteryshop.store.attachments import AttachmentInfo
from mysteryshop.store.db import StoreError
from mysteryshop.ui import tasks
from mysteryshop.ui.ops import Op, announce
from mysteryshop.ui.workspace import Workspace

THUMBNAIL = 96
OPEN_ENV = "MYSTERYSHOP_NO_OPEN"  # set to 1 (as tests do) to skip the system viewer
ID_ROLE = Qt.ItemDataRole.UserRole


def _size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1048576:.1f} MB"


def thumbnail(content: bytes, side: int = THUMBNAIL) -> QPixmap | None:
    """A small picture of a JPEG or PNG, upright (EXIF orientation), decoded at about the
    size shown; None when the bytes are not a picture Qt can read."""
    data = QByteArray(content)
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > side or size.height() > side):
        reader.setScaledSize(size.scaled(side * 2, side * 2, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    return QPixmap.fromImage(image).scaled(
        side,
        side,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


class AttachmentsPanel(QFrame):
    """Attachments of one encounter. `changed` after files were added or removed;
    `problems` holds the reasons files were refused the last time some were added."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.encounter_id: str | None = None
        self.items: list[AttachmentInfo] = []
        self.problems: list[str] = []
        self.task: tasks.Task | None = None
        self._viewer_folder: Path | None = None  # copies opened in the system's viewer
        self.setProperty("role", "card")
        self.setObjectName("attachmentsPanel")

        self.title = title = QLabel(self.tr("Attachments"))
        title.setProperty("role", "subheading")
        self.hint = QLabel(
            self.tr(
                "Photos and receipts that back the visit: JPEG, PNG, HEIC or PDF, up to 20 MB each."
            )
        )
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Attachments"))
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.list.setGridSize(QSize(THUMBNAIL + 64, THUMBNAIL + 44))
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)
        self.list.setFixedHeight(THUMBNAIL + 60)
        self.list.itemActivated.connect(self.on_item_activated)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("No attachments yet."))
        self.empty.setProperty("role", "muted")
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.clicked.connect(self.on_add_clicked)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.on_open_clicked)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.status = QLabel()
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.set_encounter(None)

    # --- what is shown ------------------------------------------------------------------------

    def set_encounter(self, encounter_id: str | None, *, waiting: str = "") -> None:
        """Show the attachments of a stored encounter; with None, the card explains
        `waiting` (why files cannot be added yet)."""
        self.encounter_id = encounter_id
        self.problems = []
        self.status.hide()
        self.hint.setText(
            waiting
            or self.tr(
                "Photos and receipts that back the visit: JPEG, PNG, HEIC or PDF, up to 20 MB each."
            )
        )
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        self.items = []
        if self.encounter_id is not None:
            try:
                self.items = attachments.list_attachments(self.workspace.db, self.encounter_id)
            except StoreError as error:
                self._show_status(str(error))
        for info in self.items:
            self.list.addItem(self._item(info))
        self.list.setVisible(bool(self.items))
        self.empty.setVisible(not self.items and self.encounter_id is not None)
        self._update_buttons()

    def _item(self, info: AttachmentInfo) -> QListWidgetItem:
        icon = QIcon()
        if info.is_image:
            try:
                pixmap = thumbnail(attachments.get_content(self.workspace.db, info.id))
            except StoreError:
                pixmap = None
            if pixmap is not None:
                icon = QIcon(pixmap)
        if icon.isNull():
            standard = (
                QStyle.StandardPixmap.SP_FileIcon
                if info.media_type == "application/pdf"
                else QStyle.StandardPixmap.SP_FileDialogContentsView
            )
            icon = self.style().standardIcon(standard)
        name = info.name if len(info.name) <= 26 else info.name[:14] + "…" + info.name[-10:]
        item = QListWidgetItem(icon, f"{name}\n{_size_text(info.size)}")
        item.setData(ID_ROLE, info.id)
        item.setToolTip(f"{info.name}\n{info.media_type}, {_size_text(info.size)}")
        return item

    def _update_buttons(self) -> None:
        stored = self.encounter_id is not None
        busy = self.task is not None
        self.add_button.setEnabled(stored and not busy)
        selected = bool(self.list.selectedItems())
        self.open_button.setEnabled(selected)
        self.remove_button.setEnabled(selected and not busy)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def selected_id(self) -> str | None:
        items = self.list.selectedItems()
        return str(items[0].data(ID_ROLE)) if items else None

    # --- adding -------------------------------------------------------------------------------

    @Slot()
    def on_add_clicked(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach files"),
            "",
            self.tr("Photos and documents (*.jpg *.jpeg *.png *.heic *.heif *.pdf);;All files (*)"),
        )
        if paths:
            self.add_files(paths)

    def add_files(
        self, paths: Sequence[str], done: Callable[[list[str]], None] | None = None
    ) -> tasks.Task | None:
        """Attach files in a worker; refused ones are listed under the card. Returns the task."""
        if self.encounter_id is None or not paths:
            return None
        encounter_id = self.encounter_id
        db = self.workspace.db

        def work(progress: Callable[[int, int], None]) -> list[str]:
            problems = []
            for index, path in enumerate(paths):
                try:
                    attachments.add_attachment_file(db, encounter_id, path)
                except StoreError as error:
                    problems.extend(error.problems)
                progress(index + 1, len(paths))
            return problems

        def finished(problems: list[str]) -> None:
            self.task = None
            self.problems = list(problems)
            shown = "\n".join(problems)
            if problems:
                shown = self.tr("Not attached:") + "\n" + shown
            self.reload()
            self._show_status(shown)
            self.changed.emit()
            if done:
                done(problems)

        def failed(error: Exception) -> None:
            finished([str(error)])

        self._show_status(self.tr("Attaching…"))
        changes = Changes.of_encounters(encounter_id, kind="attachments")
        op = Op(self.workspace, work, changes, parent=self).success(finished).failure(failed)
        self.task = op.run()
        self._update_buttons()
        return self.task

    # --- opening and removing -----------------------------------------------------------------

    @Slot(QListWidgetItem)
    def on_item_activated(self, item: QListWidgetItem) -> None:
        self.open_attachment(str(item.data(ID_ROLE)))

    @Slot()
    def on_open_clicked(self) -> None:
        attachment_id = self.selected_id()
        if attachment_id:
            self.open_attachment(attachment_id)

    def open_attachment(self, attachment_id: str) -> Path | None:
        """Write the attachment to a private temporary file named by its id (never by the
        name it came with) and open it in the system's viewer. Returns the file."""
        try:
            info = attachments.get_attachment(self.workspace.db, attachment_id)
            content = attachments.get_content(self.workspace.db, attachment_id)
        except StoreError as error:
            self._show_status(str(error))
            return None
        if self._viewer_folder is None:
            # Private (0700) and kept while the viewer may still read it.
            self._viewer_folder = Path(tempfile.mkdtemp(prefix="mysteryshop-attachments-"))
        target = self._viewer_folder / f"{info.id}.{info.extension}"
        target.write_bytes(content)
        if os.environ.get(OPEN_ENV) != "1":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target

    @Slot()
    def on_remove_clicked(self) -> None:
        attachment_id = self.selected_id()
        if attachment_id is None:
            return
        name = next((i.name for i in self.items if i.id == attachment_id), attachment_id)
        answer = QMessageBox.question(
            self,
            self.tr("Remove attachment"),
            self.tr("Remove “{name}” from this encounter?").format(name=name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_attachment(attachment_id)

    def remove_attachment(self, attachment_id: str) -> None:
        try:
            attachments.delete_attachment(self.workspace.db, attachment_id)
        except StoreError as error:
            self._show_status(str(error))
            return
        if self.encounter_id is not None:
            changes = Changes.of_encounters(self.encounter_id, kind="attachments")
            announce(self.workspace, changes, self)
        self.reload()
        self.changed.emit()

    def cleanup(self) -> None:
        """Remove the temporary copies opened in viewers."""
        if self._viewer_folder is not None:
            shutil.rmtree(self._viewer_folder, ignore_errors=True)
            self._viewer_folder = None
