"""The visit timer: big buttons the observer taps on arriving, being greeted, being served and
leaving (F5–F8), each showing its time and the seconds since arrival, and a running stopwatch."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.ui import display, theme
from mysteryshop.ui.editor_widgets import format_seconds
from mysteryshop.vocabulary import TIMER_EVENT_LABELS, TIMER_EVENTS

CONTEXT = "VisitTimer"

# (event, label, key) in the order of a visit.
EVENTS = tuple(
    (event, TIMER_EVENT_LABELS[event], key)
    for event, key in zip(TIMER_EVENTS, ("F5", "F6", "F7", "F8"), strict=True)
)


def event_names() -> dict[str, str]:
    """The translated name of each timer event."""
    return {event: display.timer_event_name(event) for event, _label, _key in EVENTS}


def local_now() -> datetime:
    """Now, with this computer's UTC offset."""
    return datetime.now().astimezone()


class VisitTimer(QFrame):
    """Taps of the visit. `events` maps an event to its aware time; `changed` after each tap or
    clear by the user. `now` can be replaced (tests)."""

    changed = Signal()
    message = Signal(str)  # a short notice for the user (e.g. a tap that was ignored)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.now: Callable[[], datetime] = local_now
        self.events: dict[str, datetime] = {}
        names = event_names()

        title = QLabel(self.tr("Visit timer"))
        title.setProperty("role", "caption")
        self.stopwatch = QLabel("–:––")
        self.stopwatch.setProperty("role", "stopwatch")
        self.stopwatch.setAccessibleName(self.tr("Time since arrival"))
        self.stopwatch_caption = QLabel()
        self.stopwatch_caption.setProperty("role", "muted")
        self.stopwatch_caption.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        self.buttons: dict[str, QPushButton] = {}
        self.times: dict[str, QLabel] = {}
        self.clears: dict[str, QToolButton] = {}
        self.keys: dict[str, str] = {}
        for row, (event, _label, key) in enumerate(EVENTS):
            button = QPushButton(names[event])
            button.setProperty("role", "timer")
            button.setToolTip(self.tr("Tap at the moment it happens ({key})").format(key=key))
            button.setAccessibleDescription(self.tr("Shortcut {key}").format(key=key))
            button.setMinimumHeight(40)
            button.setFixedWidth(112)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, event=event: self.tap(event))
            time_label = QLabel()
            time_label.setProperty("role", "timer-time")
            time_label.setTextFormat(Qt.TextFormat.RichText)
            time_label.setContentsMargins(4, 0, 0, 0)
            time_label.setToolTip(self.tr("The time of the tap, and how long after arriving"))
            clear = QToolButton()
            clear.setText("✕")
            clear.setAutoRaise(True)
            clear.setProperty("role", "clear")
            clear.setToolTip(self.tr("Undo this tap"))
            clear.setAccessibleName(self.tr("Undo the {event} tap").format(event=names[event]))
            clear.clicked.connect(lambda _checked=False, event=event: self.clear(event))
            clear.setVisible(False)
            grid.addWidget(button, row, 0)
            grid.addWidget(time_label, row, 1)
            grid.addWidget(clear, row, 2)
            self.keys[event] = key
            self.buttons[event] = button
            self.times[event] = time_label
            self.clears[event] = clear
        # As wide as the longest name in the UI language ("Palvelun alku"), all alike; the
        # font is the style sheet's for role=timer (11 pt, semibold, 12 px padding).
        font = QFont(self.font())
        font.setPointSizeF(11)
        font.setWeight(QFont.Weight.DemiBold)
        widest = max(QFontMetrics(font).horizontalAdvance(name) for name in names.values())
        for button in self.buttons.values():
            button.setFixedWidth(max(112, widest + 32))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(self.stopwatch)
        layout.addWidget(self.stopwatch_caption)
        layout.addSpacing(8)
        layout.addLayout(grid)

        self.ticker = QTimer(self, interval=500)
        self.ticker.timeout.connect(self.update_stopwatch)
        self._show()

    # --- taps -----------------------------------------------------------------------------------

    @Slot(str)
    def tap(self, event: str) -> None:
        """Mark `event` now. An event already marked is kept (undo it with ✕ first)."""
        if event in self.events:
            self.message.emit(
                self.tr(
                    "{event} was already marked at {time}; undo it with ✕ to mark it again."
                ).format(event=event_names()[event], time=display.time_text(self.events[event]))
            )
            return
        self.events[event] = self.now().replace(microsecond=0)
        self._show()
        self.changed.emit()

    @Slot(str)
    def clear(self, event: str) -> None:
        if self.events.pop(event, None) is not None:
            self._show()
            self.changed.emit()
            self.buttons[event].setFocus(Qt.FocusReason.OtherFocusReason)

    def set_events(self, events: dict[str, datetime]) -> None:
        """Show stored taps (no `changed`)."""
        self.events = {event: moment for event, moment in events.items() if event in TIMER_EVENTS}
        self._show()

    # --- showing --------------------------------------------------------------------------------

    def _show(self) -> None:
        arrived = self.events.get("arrived")
        muted = theme.MUTED.name()
        for event, _label, _key in EVENTS:
            moment = self.events.get(event)
            label = self.times[event]
            if moment is None:
                label.setText(
                    f'<span style="color:{muted}">'
                    + self.tr("or press {key}").format(key=self.keys[event])
                    + "</span>"
                )
            elif arrived is not None and event != "arrived":
                seconds = (moment - arrived).total_seconds()
                label.setText(
                    f"<b>{display.time_text(moment)}</b><br>"
                    f'<span style="color:{muted}">'
                    + self.tr("+{elapsed}").format(elapsed=format_seconds(seconds))
                    + "</span>"
                )
            else:
                label.setText(f"<b>{display.time_text(moment)}</b>")
            self.buttons[event].setProperty("tapped", moment is not None)
            self.buttons[event].style().unpolish(self.buttons[event])
            self.buttons[event].style().polish(self.buttons[event])
            self.clears[event].setVisible(moment is not None)
        running = arrived is not None and "left" not in self.events
        if running and not self.ticker.isActive():
            self.ticker.start()
        elif not running:
            self.ticker.stop()
        self.update_stopwatch()

    @Slot()
    def update_stopwatch(self) -> None:
        arrived = self.events.get("arrived")
        if arrived is None:
            self.stopwatch.setText("–:––")
            self.stopwatch_caption.setText(self.tr("Tap Arrived (F5) as you step in."))
            return
        left = self.events.get("left")
        end = left or self.now()
        self.stopwatch.setText(format_seconds(max((end - arrived).total_seconds(), 0)))
        self.stopwatch_caption.setText(
            self.tr("Length of the visit") if left else self.tr("Since you arrived")
        )

    def focus_widgets(self) -> list[QWidget]:
        out: list[QWidget] = []
        for event, _label, _key in EVENTS:
            out += [self.buttons[event], self.clears[event]]
        return out
