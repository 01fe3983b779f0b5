"""What a finished PDF or export shows: the file's name with "Open" and "Show in folder"
buttons, instead of a bare path (APP.md: the path was all a user got, and opening it failed
silently where no viewer is registered)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mysteryshop.ui import theme


def open_url(url: QUrl) -> bool:
    """Open a file or folder with the desktop's app for it; False when there is none.
    Tests replace this function: they must not start a viewer or a file manager."""
    return QDesktopServices.openUrl(url)


class SavedFile(QWidget):
    """'Saved: name' with Open and Show in folder; hidden until `show_file`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.label = QLabel()
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setAccessibleDescription(self.tr("Open the file with its usual app"))
        self.open_button.clicked.connect(self.on_open_clicked)
        self.folder_button = QPushButton(self.tr("Show in &folder"))
        self.folder_button.setAccessibleDescription(self.tr("Open the folder that holds the file"))
        self.folder_button.clicked.connect(self.on_folder_clicked)
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {theme.POOR.name()};")
        self.problem.setWordWrap(True)
        self.problem.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.open_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.hide()

    def show_file(self, path: str | Path) -> None:
        self.path = Path(path)
        self.label.setText(self.tr("Saved: {name}").format(name=self.path.name))
        self.label.setToolTip(str(self.path))
        self.problem.hide()
        self.show()

    def open_file(self) -> bool:
        """Open the file now (as after a report is created); says so when nothing could."""
        return self._open(self.path)

    @Slot()
    def on_open_clicked(self) -> None:
        self._open(self.path)

    @Slot()
    def on_folder_clicked(self) -> None:
        self._open(self.path.parent if self.path is not None else None)

    def _open(self, target: Path | None) -> bool:
        if target is None:
            return False
        opened = open_url(QUrl.fromLocalFile(str(target)))
        folder = target if target.is_dir() else target.parent
        self.problem.setText(
            self.tr("No app was found to open it; it is in {folder}").format(folder=folder)
        )
        self.problem.setVisible(not opened)
        return opened
