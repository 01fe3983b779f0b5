"""The review queue ("To review"): the submitted encounters, oldest visit first, under the
log's filter (store/queue.py), worked one at a time in the review view (ui/review.py).

Keys: A approves, R returns (asking the reason), S skips, Alt+Left goes back to the one shown
before. Each approval or return moves on to the next encounter. The navigation shows how many
wait (a badge painted by NavigationBadges)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedLayout,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mysteryshop import workflow
from mysteryshop.changes import Changes
from mysteryshop.store import queue
from mysteryshop.store.records import EncounterFilter
from mysteryshop.ui import display, theme
from mysteryshop.ui.review import ReviewView
from mysteryshop.ui.workspace import Workspace

# The keys of the queue, one each; shown on the buttons and in Help.
APPROVE_KEY = "A"
RETURN_KEY = "R"
SKIP_KEY = "S"
BACK_KEY = "Alt+Left"

translate = QCoreApplication.translate


class QueueView(QWidget):
    """The queue bar (where one is, skip, back) over a review view of the encounter shown,
    or a page saying there is nothing to review and what the filter hides."""

    count_changed = Signal(int)
    leave_requested = Signal()  # Esc: back to the encounters
    clear_filter_requested = Signal()  # show every submitted encounter (the log's filter)

    def __init__(
        self,
        workspace: Workspace,
        f: EncounterFilter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.filter = dataclasses.replace(f or EncounterFilter(), statuses=None)
        self.count = 0
        self.current: str | None = None
        self.skipped: set[str] = set()
        self.shown_before: list[str] = []  # the encounters shown, for Alt+Left
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        heading = QLabel(self.tr("To review"))
        heading.setProperty("role", "heading")
        self.position_label = QLabel()
        self.position_label.setProperty("role", "muted")
        self.back_button = QPushButton(self.tr("← Previous (%1)").replace("%1", BACK_KEY))
        self.back_button.setToolTip(self.tr("Back to the encounter shown before"))
        self.back_button.clicked.connect(self.go_back)
        self.skip_button = QPushButton(self.tr("Skip (%1)").replace("%1", SKIP_KEY))
        self.skip_button.setToolTip(self.tr("Leave this one for later and show the next"))
        self.skip_button.clicked.connect(self.skip)
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 12, 16, 0)
        bar.setSpacing(10)
        bar.addWidget(heading)
        bar.addWidget(self.position_label, 1)
        bar.addWidget(self.back_button)
        bar.addWidget(self.skip_button)

        self.review = ReviewView(workspace)
        self.review.approve_button.setText(self.tr("Approve (%1)").replace("%1", APPROVE_KEY))
        self.review.return_button.setText(self.tr("Return… (%1)").replace("%1", RETURN_KEY))
        self.review.back_button.setToolTip(self.tr("Back to the encounters (Esc)"))
        self.review.reviewed.connect(self.on_reviewed)
        self.review.back_requested.connect(self.leave_requested)

        self.empty_label = QLabel()
        self.empty_label.setProperty("role", "subheading")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_detail = QLabel()
        self.empty_detail.setProperty("role", "muted")
        self.empty_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_detail.setWordWrap(True)
        self.again_button = QPushButton(self.tr("Go through the skipped ones"))
        self.again_button.clicked.connect(self.start_again)
        self.clear_button = QPushButton(self.tr("Show every submitted encounter"))
        self.clear_button.clicked.connect(self.clear_filter_requested)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_detail)
        empty_layout.addSpacing(8)
        for button in (self.again_button, self.clear_button):
            empty_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        self.pages = QStackedLayout()
        self.pages.addWidget(self.review)
        self.pages.addWidget(empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addLayout(self.pages, 1)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in (
            (APPROVE_KEY, self.approve),
            (RETURN_KEY, self.return_),
            (SKIP_KEY, self.skip),
        ):
            QShortcut(QKeySequence(key), self, slot, context=context)
        # The main window disables this one: its Back action (the same key) yields to the
        # queue while the queue is shown, and two shortcuts on one key would both stay silent.
        self.back_shortcut = QShortcut(QKeySequence(BACK_KEY), self, self.go_back, context=context)
        workspace.changed.connect(self.on_changed)
        self.recount()

    # --- the queue ----------------------------------------------------------------------------

    def set_filter(self, f: EncounterFilter) -> None:
        """Follow the log's filter (its status aside)."""
        f = dataclasses.replace(f, statuses=None)
        if f == self.filter:
            return
        self.filter = f
        self.recount()
        if self.isVisible():
            self.show_next(from_current=False)
        else:
            self.current = None  # shown again from the start of the new queue

    def recount(self) -> None:
        self.count = queue.count(self.workspace.db, self.filter)
        self.count_changed.emit(self.count)
        self._show_position()

    @Slot(object, object)
    def on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches("encounters"):
            self.recount()
            if self.isVisible() and self.current is None:
                self.show_next()  # something came in while the queue was empty

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        data = self.review.encounter
        if data is None or data.id != self.current or data.status != queue.WAITING:
            self.show_next()  # (which puts the keyboard's focus where it goes on)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_next(self, *, from_current: bool = True) -> None:
        """Show the next encounter waiting after the current one (the first, without one),
        or say there is none."""
        start = self.current if from_current else None
        found = queue.step(self.workspace.db, self.filter, start, leave_out=self.skipped)
        if found is not None and self.current is not None and found != self.current:
            self.shown_before.append(self.current)
        self._show(found)

    def _show(self, encounter_id: str | None) -> None:
        self.current = encounter_id
        if encounter_id is None:
            self._show_empty()
        else:
            self.review.show_encounter(encounter_id)
            self.pages.setCurrentIndex(0)
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_position()

    def _show_position(self) -> None:
        data = self.review.encounter
        parts = [self.tr("%Ln waiting", "", self.count)]
        if self.current is not None and data is not None and data.status != queue.WAITING:
            parts.append(self.tr("this one: %1").replace("%1", display.status_name(data.status)))
        if self.filter != EncounterFilter():
            parts.append(self.tr("filtered like the encounters"))
        self.position_label.setText(" · ".join(parts))
        self.back_button.setEnabled(bool(self.shown_before) or self.current is not None)
        self.skip_button.setEnabled(self.current is not None)

    def _show_empty(self) -> None:
        self.pages.setCurrentIndex(1)
        self.empty_label.setText(self.tr("Nothing to review"))
        details = []
        if self.skipped:
            details.append(self.tr("You skipped %Ln.", "", len(self.skipped)))
        filtered = self.filter != EncounterFilter()
        hidden = queue.count(self.workspace.db) - self.count if filtered else 0
        if hidden > 0:
            details.append(
                self.tr("The filter set in Encounters hides %Ln submitted encounters.", "", hidden)
            )
        if not details:
            details.append(self.tr("Every submitted encounter has been reviewed."))
        self.empty_detail.setText(" ".join(details))
        self.again_button.setVisible(bool(self.skipped))
        self.clear_button.setVisible(hidden > 0)
        # Space or Enter takes the way on: the skipped ones, else every submitted one.
        for button in (self.again_button, self.clear_button):
            if not button.isHidden():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                button.setDefault(True)
                break
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the keys -----------------------------------------------------------------------------

    def _allowed(self, action: workflow.Action) -> bool:
        """Whether the shown encounter may take `action` (the lifecycle says; a note says
        why not)."""
        data = self.review.encounter
        if data is None or self.pages.currentIndex() != 0:
            return False
        if not workflow.can(action, data.status):
            why = (
                self.tr("This encounter is %1: it cannot be approved.")
                if action == "approve"
                else self.tr("This encounter is %1: it cannot be returned.")
            )
            self.position_label.setText(why.replace("%1", display.status_name(data.status)))
            return False
        return True

    @Slot()
    def approve(self) -> None:
        if self._allowed("approve"):
            self.review.on_approve_clicked()

    @Slot()
    def return_(self) -> None:
        if self._allowed("return"):
            self.review.on_return_clicked()

    @Slot()
    def skip(self) -> None:
        data = self.review.encounter
        if self.current is not None:
            if data is not None and data.status == queue.WAITING:
                self.skipped.add(self.current)  # (one looked back at is not skipped)
            self.show_next()

    @Slot()
    def go_back(self) -> None:
        """The encounter shown before; with none, the one before in queue order."""
        if self.shown_before:
            self._show(self.shown_before.pop())
        elif self.current is not None:
            before = queue.step(
                self.workspace.db, self.filter, self.current, forward=False, wrap=False
            )
            if before is not None:
                self._show(before)

    @Slot()
    def start_again(self) -> None:
        self.skipped.clear()
        self.show_next(from_current=False)

    @Slot(str)
    def on_reviewed(self, encounter_id: str) -> None:
        if encounter_id == self.current:
            self.recount()
            self.show_next()
            self.activateWindow()  # after the return dialog: the keys work again at once


# --- the badge in the navigation --------------------------------------------------------------

BADGE_ROLE = Qt.ItemDataRole.UserRole + 1


class NavigationBadges(QStyledItemDelegate):
    """Paints a number (BADGE_ROLE, when above 0) as a pill at the right of a navigation
    item: how many encounters wait for review."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(BADGE_ROLE)
        if not count:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(font)
        text = display.number_text(count)
        width = max(painter.fontMetrics().horizontalAdvance(text) + 12, 22)
        height = painter.fontMetrics().height() + 4
        rect: QRect = option.rect
        pill = QRect(rect.right() - width - 14, rect.center().y() - height // 2, width, height)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("white") if selected else theme.ACCENT)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(theme.ACCENT if selected else QColor("white"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


def show_badge(navigation: QListWidget, row: int, view: QueueView) -> None:
    """Keep the queue's count on the navigation's `row`."""
    navigation.setItemDelegate(NavigationBadges(navigation))
    item = navigation.item(row)
    name = item.text()

    def update(count: int) -> None:
        item.setData(BADGE_ROLE, count)
        described = translate("QueueView", "%1: %Ln waiting", "", count).replace("%1", name)
        item.setToolTip(described)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, described)

    view.count_changed.connect(update)
    update(view.count)
