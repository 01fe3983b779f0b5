"""The settings view: where the data lives, the default observer alias, the language and
the default channel. Every change is saved at once."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.confidence import Target
from mysteryshop.store import privacy
from mysteryshop.store.db import StoreError, redacted_url
from mysteryshop.store.privacy import ErasureResult
from mysteryshop.ui import display, privacy_dialogs, theme
from mysteryshop.ui.comments_editor import CommentLibraryEditor
from mysteryshop.ui.ops import Op
from mysteryshop.ui.team_settings import TeamSettings
from mysteryshop.ui.workspace import Workspace
from mysteryshop.vocabulary import CHANNELS, LANGUAGE_NAMES

translate = QCoreApplication.translate  # a short name pyside6-lupdate still recognises


# Languages the app is translated into (each by its own name), and ones on the way (listed,
# not yet selectable).
LANGUAGES: tuple[tuple[str, str], ...] = tuple(LANGUAGE_NAMES.items())
COMING_LANGUAGES: tuple[tuple[str, str], ...] = ()


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL (sqlite:///relative or sqlite:////absolute),
    None for other databases or an in-memory one."""
    match = re.match(r"^sqlite(\+\w+)?:///(.*)$", url)
    if not match or not match.group(2) or match.group(2).startswith(":memory:"):
        return None
    return Path(unquote(match.group(2).split("?", 1)[0])).expanduser()


def shown_url(url: str) -> str:
    """A database URL safe to show: any password or secret parameter replaced by ***."""
    return redacted_url(url)


class SettingsView(QWidget):
    """Settings, saved to `workspace.settings` as soon as they change."""

    saved = Signal()
    restart_requested = Signal()  # "Restart now" after a change of language

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        settings = workspace.settings

        heading = QLabel(self.tr("Settings"))
        heading.setProperty("role", "heading")

        # Data.
        url = workspace.db.url
        self.database_file = sqlite_file(url)
        self.data_location = QLabel(
            str(self.database_file) if self.database_file else shown_url(url)
        )
        self.data_location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_location.setWordWrap(True)
        self.data_location.setAccessibleName(self.tr("Data location"))
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.setToolTip(self.tr("Show the folder of the database file"))
        self.open_folder_button.clicked.connect(self.on_open_folder_clicked)
        self.open_folder_button.setVisible(self.database_file is not None)
        data_note = QLabel(
            self.tr(
                "Everything is stored in this SQLite file on this computer. To use another "
                "place, start the app with <nobr>--data-dir</nobr> (or "
                "<nobr>--database-url</nobr> for a team's database)."
            )
            if self.database_file
            else self.tr("A shared database: encounters are stored on this server.")
        )
        data_note.setTextFormat(Qt.TextFormat.RichText)
        data_note.setWordWrap(True)
        data_note.setStyleSheet(f"color: {theme.MUTED.name()};")
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_location, 1)
        data_row.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)

        # Recording.
        self.observer_alias = QLineEdit(settings.observer_alias)
        self.observer_alias.setPlaceholderText(self.tr("e.g. Shopper 7 or your initials"))
        self.observer_alias.setMaxLength(100)
        self.observer_alias.textChanged.connect(self.on_alias_edited)
        alias_note = QLabel(
            self.tr(
                "Filled in on new encounters. Observers appear in reports under this alias, "
                "not their name."
            )
        )
        alias_note.setWordWrap(True)
        alias_note.setStyleSheet(f"color: {theme.MUTED.name()};")

        self.channel = QComboBox()
        self.channel.addItem(self.tr("The form's first channel"), "")
        for channel in CHANNELS:
            self.channel.addItem(display.channel_label(channel), channel)
        index = self.channel.findData(settings.default_channel)
        self.channel.setCurrentIndex(max(index, 0))
        self.channel.currentIndexChanged.connect(self.on_channel_changed)

        # Language.
        self.language = QComboBox()
        self.language.addItem(self.tr("System default"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        model = self.language.model()
        for code, name in COMING_LANGUAGES:
            self.language.addItem(self.tr("{language} (coming)").format(language=name), code)
            item = model.item(self.language.count() - 1)  # type: ignore[attr-defined]
            item.setEnabled(False)
        index = self.language.findData(settings.language)
        self.language.setCurrentIndex(max(index, 0))
        self.language.currentIndexChanged.connect(self.on_language_changed)
        self.language_note = QLabel(self.tr("A new language applies when the app starts again."))
        self.language_note.setStyleSheet(f"color: {theme.MUTED.name()};")
        self.language_note.setWordWrap(True)
        # A language applies to the whole window at once, at a start: never half of it.
        self.restart_button = QPushButton(self.tr("&Restart now"))
        self.restart_button.setAccessibleDescription(
            self.tr("Closes the app, saving everything, and opens it again in the new language")
        )
        self.restart_button.clicked.connect(self.restart_requested)
        self.restart_button.hide()

        # Privacy.
        self.retention = QSpinBox()
        self.retention.setRange(0, 240)
        self.retention.setSpecialValueText(self.tr("Keep everything"))
        self.retention.setSuffix(self.tr(" months"))
        self.retention.setValue(settings.retention_months)
        self.retention.setAccessibleName(self.tr("Keep encounters for (months)"))
        self.retention.valueChanged.connect(self.on_retention_changed)
        self.purge_button = QPushButton(self.tr("Delete older encounters now…"))
        self.purge_button.setEnabled(settings.retention_months > 0)
        self.purge_button.clicked.connect(self.on_purge_clicked)
        self.erase_observer_button = QPushButton(self.tr("Erase an observer alias…"))
        self.erase_observer_button.setToolTip(
            self.tr("Remove an observer's alias from every encounter, on request")
        )
        self.erase_observer_button.clicked.connect(self.on_erase_observer_clicked)
        retention_row = QHBoxLayout()
        retention_row.addWidget(self.retention)
        retention_row.addWidget(self.purge_button)
        retention_row.addStretch(1)
        retention_note = QLabel(
            self.tr(
                "Older encounters are offered for deletion when the app starts; you are "
                "always asked first. To erase one location, use Locations."
            )
        )
        retention_note.setWordWrap(True)
        retention_note.setStyleSheet(f"color: {theme.MUTED.name()};")

        # Reports.
        self.min_visits = QSpinBox()
        self.min_visits.setRange(1, 1000)
        self.min_visits.setSuffix(self.tr(" visits"))
        self.min_visits.setValue(settings.min_visits)
        self.min_visits.setAccessibleName(self.tr("Minimum visits to rank a location"))
        self.min_visits.valueChanged.connect(self.on_min_visits_changed)
        min_visits_note = QLabel(
            self.tr(
                "Locations with fewer scored visits are listed apart in reports, not ranked; "
                "figures from fewer visits are marked “read with care”."
            )
        )
        min_visits_note.setWordWrap(True)
        min_visits_note.setStyleSheet(f"color: {theme.MUTED.name()};")
        self.target = QLineEdit(settings.target)
        self.target.setPlaceholderText(self.tr("e.g. 80 or p75"))
        self.target.setMaxLength(10)
        self.target.setAccessibleName(self.tr("Target score"))
        self.target.editingFinished.connect(self.on_target_edited)
        target_note = QLabel(
            self.tr(
                "Shown on each location's summary: a fixed score (80) or the programme's own "
                "percentile of location scores (p75). Empty: no target."
            )
        )
        target_note.setWordWrap(True)
        target_note.setStyleSheet(f"color: {theme.MUTED.name()};")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(8)
        form.addRow(self._section(self.tr("Data")))
        form.addRow(self._label(self.tr("Data location:")), self._field(data_row, data_note))
        # A laptop's team server (sync); not offered when the database is a server itself.
        team_heading = self._section(self.tr("Team"))
        self.team = TeamSettings(workspace, self)
        self.team.hide()  # its rows go into this form
        self.team.saved.connect(self.saved)
        form.addRow(team_heading)
        team_heading.setVisible(workspace.db.is_sqlite)
        for team_label, team_field in self.team.rows:
            form.addRow(team_label or QLabel(), team_field)
            form.labelForField(team_field).setVisible(workspace.db.is_sqlite)
            team_field.setVisible(workspace.db.is_sqlite)
        form.addRow(self._section(self.tr("Recording")))
        form.addRow(
            self._label(self.tr("&Observer alias:"), self.observer_alias),
            self._field(self.observer_alias, alias_note),
        )
        form.addRow(self._label(self.tr("Default &channel:"), self.channel), self.channel)
        form.addRow(self._section(self.tr("Privacy")))
        form.addRow(
            self._label(self.tr("&Keep encounters for:"), self.retention),
            self._field(retention_row, retention_note),
        )
        erase_row = QHBoxLayout()
        erase_row.addWidget(self.erase_observer_button)
        erase_row.addStretch(1)
        form.addRow(QLabel(), erase_row)
        form.addRow(self._section(self.tr("Reports")))
        form.addRow(
            self._label(self.tr("&Minimum visits to rank:"), self.min_visits),
            self._field(self.min_visits, min_visits_note),
        )
        form.addRow(
            self._label(self.tr("&Target score:"), self.target),
            self._field(self.target, target_note),
        )
        form.addRow(self._section(self.tr("Comment library")))
        self.comment_library = CommentLibraryEditor(workspace)
        form.addRow(self.comment_library)
        form.addRow(self._section(self.tr("Appearance")))
        form.addRow(
            self._label(self.tr("&Language:"), self.language),
            self._field(self.language, self.language_note, self.restart_button),
        )

        card = QFrame()
        card.setProperty("role", "card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(760)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 12, 24, 20)
        card_layout.addLayout(form)

        self.status = QLabel()
        self.status.setStyleSheet(f"color: {theme.MUTED.name()};")

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addSpacing(4)
        layout.addWidget(card)
        layout.addWidget(self.status)
        layout.addStretch(1)
        # Scrolls rather than holding the window taller than a small laptop's screen.
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def show_team(self) -> None:
        """Scroll to the Team section with the cursor in its URL (the Sync button's Set up)."""
        self.scroll_area.ensureWidgetVisible(self.team.url)
        self.team.url.setFocus()

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet(f"font-weight: 600; color: {theme.ACCENT.name()}; margin-top: 12px;")
        return label

    def _field(
        self, field: QWidget | QHBoxLayout, note: QLabel, action: QPushButton | None = None
    ) -> QWidget:
        """A field with its explanation right under it (and a button under that)."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        if isinstance(field, QHBoxLayout):
            column.addLayout(field)
        else:
            column.addWidget(field)
            # A screen reader reads the explanation with the field, as the eye does.
            if not field.accessibleDescription() and note.textFormat() != Qt.TextFormat.RichText:
                field.setAccessibleDescription(note.text())
        column.addWidget(note)
        if action is not None:
            column.addWidget(action, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _label(self, text: str, buddy: QWidget | None = None) -> QLabel:
        label = QLabel(text)
        if buddy is not None:
            label.setBuddy(buddy)
            # Qt names a control after its buddy only when they are siblings; a field with
            # its note under it is not, so the label's words are given as its name.
            if not buddy.accessibleName():
                buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
        return label

    def refresh(self) -> None:
        """Show the stored settings (another window may have changed them)."""
        settings = self.workspace.settings
        if not self.observer_alias.hasFocus():
            self.observer_alias.setText(settings.observer_alias)
        for combo, value in (
            (self.channel, settings.default_channel),
            (self.language, settings.language),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        for spin, number in (
            (self.retention, settings.retention_months),
            (self.min_visits, settings.min_visits),
        ):
            spin.blockSignals(True)
            spin.setValue(number)
            spin.blockSignals(False)
        if not self.target.hasFocus():
            self.target.setText(settings.target)
        self.purge_button.setEnabled(settings.retention_months > 0)
        self.team.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # Settings, not data: read at every visit (cheap; no change is announced for them).
        self.refresh()
        super().showEvent(event)

    def _saved(self) -> None:
        self.workspace.settings.sync()
        self.status.setText(self.tr("Saved."))
        self.saved.emit()

    @Slot()
    @Slot(str)
    def on_alias_edited(self, *_args: Any) -> None:
        alias = self.observer_alias.text().strip()
        if alias != self.workspace.settings.observer_alias:
            self.workspace.set_observer_alias(alias)
            self._saved()

    @Slot(int)
    def on_channel_changed(self, _index: int) -> None:
        self.workspace.settings.default_channel = self.channel.currentData()
        self._saved()

    @Slot(int)
    def on_language_changed(self, _index: int) -> None:
        self.workspace.settings.language = self.language.currentData()
        self._saved()
        self.status.setText(self.tr("Saved. The new language applies when the app starts again."))
        self.restart_button.show()

    @Slot(int)
    def on_retention_changed(self, months: int) -> None:
        self.workspace.settings.retention_months = months
        self.purge_button.setEnabled(months > 0)
        self._saved()

    @Slot(int)
    def on_min_visits_changed(self, visits: int) -> None:
        self.workspace.settings.min_visits = visits
        self._saved()

    @Slot()
    def on_target_edited(self) -> None:
        text = self.target.text().strip()
        if text == self.workspace.settings.target:
            return
        if text:
            try:
                text = str(Target.parse(text))
            except ValueError:
                self.status.setText(
                    self.tr("Not saved: a target is a score from 0 to 100 (80) or p1 to p99 (p75).")
                )
                return
        self.target.setText(text)
        self.workspace.settings.target = text
        self._saved()

    @Slot()
    def on_purge_clicked(self) -> None:
        months = self.workspace.settings.retention_months
        if months <= 0:
            return
        try:
            op = privacy_dialogs.confirm_purge(self, self.workspace, months)
        except StoreError as error:
            self.status.setText(self.tr("Nothing deleted: {reason}").format(reason=error))
            return
        if op is None:
            self.status.setText(self.tr("Nothing deleted."))
            return

        def deleted(result: ErasureResult) -> None:
            self.status.setText(self.tr("Deleted %Ln encounter(s).", "", result.encounters))

        def failed(error: Exception) -> None:
            if not isinstance(error, StoreError):
                raise error
            self.status.setText(self.tr("Nothing deleted: {reason}").format(reason=error))

        op.success(deleted).failure(failed).run()

    @Slot()
    def on_erase_observer_clicked(self) -> None:
        aliases = privacy.observer_aliases(self.workspace.db)
        if not aliases:
            self.status.setText(self.tr("No observer aliases are stored."))
            return
        items = [
            self.tr("{alias} (%Ln encounter(s))", "", count).format(alias=alias)
            for alias, count in aliases
        ]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Erase an observer alias"),
            self.tr("Alias to erase:"),
            items,
            0,
            False,
        )
        if ok and chosen in items:
            self.erase_observer(aliases[items.index(chosen)][0])

    def erase_observer(self, alias: str) -> Op[ErasureResult] | None:
        """Ask, then remove `alias` from every encounter in a worker; returns the running op
        (None when nothing is erased)."""
        try:
            op = privacy_dialogs.confirm_erase_observer(self, self.workspace, alias)
        except StoreError as error:
            self.status.setText(self.tr("Not erased: {reason}").format(reason=error))
            return None
        if op is None:
            self.status.setText(self.tr("Nothing erased."))
            return None

        def erased(result: ErasureResult) -> None:
            self.status.setText(
                self.tr(
                    "Removed the alias “{alias}” from %Ln encounter(s).", "", result.encounters
                ).format(alias=alias)
            )

        def failed(error: Exception) -> None:
            if not isinstance(error, StoreError):
                raise error
            self.status.setText(self.tr("Not erased: {reason}").format(reason=error))

        op.success(erased).failure(failed).run()
        return op

    @Slot()
    def on_open_folder_clicked(self) -> None:
        if self.database_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.database_file.parent)))
