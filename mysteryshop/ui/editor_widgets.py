"""One input per question type for the encounter editor: yes/no/N/A toggles, rating and feeling
rows, choices, numbers, durations (m:ss) and texts. Each reports its answer as the JSON value
DESIGN.md describes, None when not answered, and whether it is marked N/A."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Self

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QValidator, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.forms import (
    ChoiceQuestion,
    DurationQuestion,
    FeelingQuestion,
    Form,
    MultiChoiceQuestion,
    NoteItem,
    NumberQuestion,
    Question,
    RatingQuestion,
    TextQuestion,
    YesNoQuestion,
)
from mysteryshop.ui import display, theme
from mysteryshop.ui.editor_flow import FlowLayout

CONTEXT = "AnswerInput"
BUTTON_WIDTH = 48  # a numbered rating button


translate = QCoreApplication.translate  # a short name pyside6-lupdate still recognises


def feeling_label(question: FeelingQuestion | None, value: int, form: Form, lang: str) -> str:
    """The label of a feeling value: the form's own, else the built-in translated one."""
    if question is not None and value in question.labels:
        return form.tr(question.labels[value], lang)
    return display.feeling_label(value)


def format_seconds(seconds: float) -> str:
    """12 → '0:12', 75 → '1:15', 3725 → '1:02:05'."""
    whole = int(round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class _NA:
    """The value of an N/A button."""

    def __repr__(self) -> str:
        return "N/A"


NA = _NA()


class AnswerInput(QWidget):
    """Base of the inputs: `value()` is None when not answered; `changed` on each user edit
    (never when set from code)."""

    changed = Signal()

    @classmethod
    def for_question(
        cls, question: Any, form: Form, lang: str, event_names: Mapping[str, str]
    ) -> Self:
        """The input for `question` (of the type INPUTS gives this class for); the form's
        texts in `lang`, the visit timer's events by the names in `event_names`."""
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def is_na(self) -> bool:
        return False

    def set_answer(self, value: Any, na: bool) -> None:
        raise NotImplementedError

    def focus_widgets(self) -> list[QWidget]:
        """The widgets Tab visits, in order."""
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        """Where the focus goes when the question is reached (a jump link, its label's
        mnemonic)."""
        return self.focus_widgets()[0]


class _ArrowKeys(QObject):
    """Left/Right (and Up/Down) move between the buttons of one answer, as in a radio group:
    the answer moves with them once one is chosen; before that only the focus moves, and
    Space chooses (an arrow alone never answers a question nobody answered yet)."""

    def __init__(self, owner: ChoiceButtons) -> None:
        super().__init__(owner)
        self.owner = owner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {
                Qt.Key.Key_Left: -1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_Right: 1,
                Qt.Key.Key_Down: 1,
            }.get(Qt.Key(event.key()))
            buttons = self.owner.buttons
            if step and watched in buttons:
                index = buttons.index(watched) + step
                if 0 <= index < len(buttons):
                    self.owner.move_to(buttons[index])
                return True
        return False


class ChoiceButtons(AnswerInput):
    """A row (or column) of checkable buttons of which at most one is chosen; choosing the
    chosen one again clears the answer. Used for yes/no, rating, feeling and choice."""

    def __init__(
        self,
        options: list[tuple[Any, str, str]],
        *,
        allow_na: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Exclusive by hand, without a QButtonGroup: an exclusive group cannot be cleared by
        # the user. One Tab stop per question (the chosen button, else the first: see
        # _update_tab_stop); the arrow keys move within the question (_ArrowKeys).
        self.buttons: list[QAbstractButton] = []
        self.values: list[Any] = []
        items = list(options)
        if allow_na:
            items.append(
                (
                    NA,
                    translate("AnswerInput", "N/A"),
                    translate("AnswerInput", "Not applicable: leaves the points out"),
                )
            )
        # A row wraps onto more lines in a narrow window instead of clipping.
        row = FlowLayout(spacing=6)
        row.setContentsMargins(0, 0, 0, 0)
        for value, text, tooltip in items:
            button: QAbstractButton = QPushButton(text)
            button.setCheckable(True)
            button.setAutoExclusive(False)
            if tooltip:
                button.setToolTip(tooltip)
            button.setAccessibleName(tooltip or text.replace("\n", " "))
            button.setProperty("answer", "na" if value is NA else "choice")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, b=button: self.on_button_clicked(b))
            self.buttons.append(button)
            self.values.append(value)
            row.addWidget(button)
        self.row = row
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.setSpacing(3)
        self.outer.addLayout(row)
        self._arrows = _ArrowKeys(self)
        for button in self.buttons:
            button.installEventFilter(self._arrows)
        self._update_tab_stop()

    def _update_tab_stop(self, stop: QAbstractButton | None = None) -> None:
        """Make `stop` (else the chosen button, else the first) the question's only Tab stop;
        the others still take a click. Tab then goes from question to question."""
        if stop is None:
            stop = next((b for b in self.buttons if b.isChecked()), self.buttons[0])
        for button in self.buttons:
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus
            )

    def move_to(self, button: QAbstractButton) -> None:
        """An arrow key's move: the focus goes to `button`, and the answer with it when the
        question is answered."""
        if self._chosen() is not None and not button.isChecked():
            button.setChecked(True)
            self.on_button_clicked(button)
        self._update_tab_stop(button)
        button.setFocus(Qt.FocusReason.TabFocusReason)

    @Slot(QAbstractButton)
    def on_button_clicked(self, clicked: QAbstractButton) -> None:
        if clicked.isChecked():
            for button in self.buttons:
                if button is not clicked:
                    button.setChecked(False)
        self._update_tab_stop(clicked)
        self.changed.emit()

    def _chosen(self) -> Any:
        for button, value in zip(self.buttons, self.values, strict=True):
            if button.isChecked():
                return value
        return None

    def value(self) -> Any:
        chosen = self._chosen()
        return None if chosen is NA else chosen

    def is_na(self) -> bool:
        return self._chosen() is NA

    def set_answer(self, value: Any, na: bool) -> None:
        for button, option in zip(self.buttons, self.values, strict=True):
            if na:
                button.setChecked(option is NA)
            else:
                button.setChecked(
                    option is not NA
                    and value is not None
                    and isinstance(option, bool) == isinstance(value, bool)
                    and option == value
                )
        self._update_tab_stop()

    def focus_widgets(self) -> list[QWidget]:
        return list(self.buttons)

    def focus_target(self) -> QWidget:
        return next(
            (b for b in self.buttons if b.focusPolicy() == Qt.FocusPolicy.StrongFocus),
            self.buttons[0],
        )


class YesNoInput(ChoiceButtons):
    """Yes and No (and N/A) buttons."""

    @classmethod
    def for_question(
        cls, question: YesNoQuestion, form: Form, lang: str, event_names: Mapping[str, str]
    ) -> Self:
        options = [
            (True, translate("AnswerInput", "Yes"), ""),
            (False, translate("AnswerInput", "No"), ""),
        ]
        made = cls(options, allow_na=question.allow_na)
        if question.timer:
            event = event_names.get(question.timer, question.timer)
            note = QLabel(
                translate("AnswerInput", "Yes when you tap {event} in the visit timer").format(
                    event=event
                )
            )
            note.setProperty("role", "muted")
            made.outer.addWidget(note)
        return made


class ChoiceInput(ChoiceButtons):
    """One button per option, in a row that wraps: the same large targets as yes/no and the
    scales (radio buttons were small on a touchpad, and looked unlike the rest)."""

    @classmethod
    def for_question(
        cls, question: ChoiceQuestion, form: Form, lang: str, event_names: Mapping[str, str]
    ) -> Self:
        options = [(option.id, form.tr(option.text, lang), "") for option in question.options]
        return cls(options, allow_na=question.allow_na)


class RatingInput(ChoiceButtons):
    """Numbered buttons from the scale's min to max, labels as tooltips, the end labels under
    the row and the chosen label beside it."""

    def __init__(
        self, question: RatingQuestion, form: Form, lang: str, parent: QWidget | None = None
    ) -> None:
        low, high = question.scale
        self.labels = {key: form.tr(text, lang) for key, text in question.labels.items()}
        # An unlabelled step still needs words for a screen reader: "3 on a scale of 1 to 5".
        step = translate("AnswerInput", "%1 on a scale of %2 to %3")
        options = [
            (n, str(n), self.labels.get(n) or display.fill(step, [str(n), str(low), str(high)]))
            for n in range(low, high + 1)
        ]
        super().__init__(options, allow_na=question.allow_na, parent=parent)
        for button, value in zip(self.buttons, self.values, strict=True):
            if value is not NA:
                button.setProperty("answer", "number")
                button.setFixedWidth(BUTTON_WIDTH)
        self.chosen_label = QLabel()
        self.chosen_label.setProperty("role", "muted")
        self.chosen_label.setContentsMargins(10, 0, 0, 0)
        self.row.addWidget(self.chosen_label)
        scale_count = high - low + 1
        if low in self.labels or high in self.labels:
            ends = QHBoxLayout()
            ends.setContentsMargins(0, 0, 0, 0)
            first = QLabel(self.labels.get(low, ""))
            last = QLabel(self.labels.get(high, ""))
            for label in (first, last):
                label.setProperty("role", "scale-end")
            ends.addWidget(first)
            ends.addStretch(1)
            ends.addWidget(last)
            self.ends = QWidget()
            self.ends.setLayout(ends)
            # As wide as the numbered buttons, so the end labels sit under the ends.
            self.ends.setFixedWidth(scale_count * BUTTON_WIDTH + (scale_count - 1) * 6)
            self.outer.addWidget(self.ends)
        self.changed.connect(self._show_chosen)

    @classmethod
    def for_question(
        cls, question: RatingQuestion, form: Form, lang: str, event_names: Mapping[str, str]
    ) -> Self:
        return cls(question, form, lang)

    @Slot()
    def _show_chosen(self) -> None:
        value = self.value()
        self.chosen_label.setText(self.labels.get(value, "") if value is not None else "")

    def set_answer(self, value: Any, na: bool) -> None:
        super().set_answer(value, na)
        self._show_chosen()


class FeelingInput(ChoiceButtons):
    """Five labelled choices from clearly diminished (−2) to clearly uplifted (+2)."""

    def __init__(
        self, question: FeelingQuestion, form: Form, lang: str, parent: QWidget | None = None
    ) -> None:
        options = []
        for value in range(-2, 3):
            label = feeling_label(question, value, form, lang)
            options.append((value, _two_lines(label), label))
        super().__init__(options, allow_na=question.allow_na, parent=parent)
        for button, value in zip(self.buttons, self.values, strict=True):
            if value is NA:
                continue
            colour = theme.FEELING_COLOURS[value].name()
            button.setProperty("answer", "feeling")
            button.setMinimumWidth(112)
            button.setMinimumHeight(46)  # room for two lines, the same for every label
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setStyleSheet(
                f"QPushButton {{ color: {colour}; border-color: {colour}; }}"
                f"QPushButton:checked {{ background: {colour}; color: white; }}"
            )

    @classmethod
    def for_question(
        cls, question: FeelingQuestion, form: Form, lang: str, event_names: Mapping[str, str]
    ) -> Self:
        return cls(question, form, lang)


def _two_lines(label: str) -> str:
    """Break a label at the space nearest its middle, for buttons in a row."""
    if len(label) < 12 or " " not in label:
        return label
    middle = len(label) // 2
    spaces = [i for i, char in enumerate(label) if char == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return label[:cut] + "\n" + label[cut + 1 :]


class _NaBox(QCheckBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("AnswerInput", "N/A"), parent)
        self.setToolTip(translate("AnswerInput", "Not applicable: leaves the points out"))
        self.setAccessibleName(translate("AnswerInput", "Not applicable"))


class _WithNa(AnswerInput):
    """An input with an optional N/A box beside it; N/A disables the input (keeping its
    value, in case N/A is unticked again)."""

    def _add_na(self, layout: QHBoxLayout | QVBoxLayout | QGridLayout, allow: bool) -> None:
        self.na_box: _NaBox | None = None
        if allow:
            self.na_box = _NaBox()
            self.na_box.toggled.connect(self._on_na_toggled)
            self.na_box.clicked.connect(self.changed)
            if isinstance(layout, QGridLayout):
                layout.addWidget(self.na_box, layout.rowCount(), 0)
            else:
                layout.addWidget(self.na_box)

    @Slot(bool)
    def _on_na_toggled(self, checked: bool) -> None:
        for widget in self._inputs():
            widget.setEnabled(not checked)

    def _inputs(self) -> list[QWidget]:
        raise NotImplementedError

    def is_na(self) -> bool:
        return self.na_box is not None and self.na_box.isChecked()

    def _set_na(self, na: bool) -> None:
        if self.na_box is not None:
            self.na_box.setChecked(na)

    def focus_widgets(self) -> list[QWidget]:
        return [*self._inputs(), *([self.na_box] if self.na_box else [])]


class MultiChoiceInput(_WithNa):
    """Check boxes, one per option; none ticked is not answered."""

    def __init__(
        self, question: MultiChoiceQuestion, form: Form, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.boxes: list[tuple[str, QCheckBox]] = []
        for option in question.options:
            box = QCheckBox(form.tr(option.text, lang))
            box.clicked.connect(self.changed)
            layout.addWidget(box)
            self.boxes.append((option.id, box))
        self._add_na(layout, question.allow_na)

    @classmethod
    def for_question(
        cls, question: MultiChoiceQuestion, form: Form, lang: str, event_names: Mapping[str, str]
    ) -> Self:
        return cls(question, form, lang)

    def _inputs(self) -> list[QWidget]:
        return [box for _id, box in self.boxes]

    def value(self) -> Any:
        if self.is_na():
            return None
        chosen = [option_id for option_id, box in self.boxes if box.isChecked()]
        return chosen or None

    def set_answer(self, value: Any, na: bool) -> None:
        chosen = set(value or [])
        for option_id, box in self.boxes:
            box.setChecked(option_id in chosen)
        self._set_na(na)


class _QuietWheel(QObject):
    """Wheel events scroll the form unless the input has the focus: scrolling past a number
    must not change it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if isinstance(event, QWheelEvent) and isinstance(watched, QWidget):
            if not watched.hasFocus():
                event.ignore()
                return True
        return False


def quiet_wheel(widget: QWidget) -> None:
    """Let the wheel change `widget` only when it has the focus. The filter is the widget's
    own child: it lives and goes with the widget, and no module holds a QObject."""
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_QuietWheel(widget))


def _without_dash(text: str, pos: int, dash: str) -> tuple[str, int]:
    """Typing into a box that shows the 'not answered' dash replaces the dash."""
    if dash and dash in text and text.strip() != dash:
        index = text.index(dash)
        text = text.replace(dash, "")
        pos = max(0, pos - len(dash)) if pos > index else pos
    return text, pos


class _OptionalNumber(QDoubleSpinBox):
    """A number box whose lowest value means 'not answered' and shows a dash; emptying the
    text clears it."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:  # noqa: D102
        text, pos = _without_dash(text, pos, self.specialValueText())
        if text.strip() in ("", self.specialValueText()):
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        if text.strip() in ("", self.specialValueText()):
            return self.minimum()
        return super().valueFromText(text)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        text = self.locale().toString(value, "f", self.decimals())
        point = self.locale().decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text


class NumberInput(_WithNa):
    """A number within the question's min and max."""

    def __init__(self, question: NumberQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        low = question.min if question.min is not None else -1e9
        high = question.max if question.max is not None else 1e9
        self.spin = _OptionalNumber()
        self.spin.setDecimals(2)
        self.spin.setRange(low - 1, high)  # the extra step below min is 'not answered'
        self.spin.setSpecialValueText("—")
        self.spin.setValue(self.spin.minimum())
        self.spin.setMinimumWidth(120)
        self.spin.setMinimumHeight(32)
        self.spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.spin.setAccelerated(True)
        quiet_wheel(self.spin)
        self.spin.valueChanged.connect(self._on_value_changed)
        self.setting = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        layout.addWidget(_clear_button(self.clear))
        if question.min is not None or question.max is not None:
            hint = QLabel(_range_text(question.min, question.max))
            hint.setProperty("role", "muted")
            layout.addWidget(hint)
        layout.addSpacing(12)
        self._add_na(layout, question.allow_na)
        layout.addStretch(1)

    @classmethod
    def for_question(
        cls, question: NumberQuestion, form: Form, lang: str, event_names: Mapping[str, str]
    ) -> Self:
        return cls(question)

    @Slot()
    def _on_value_changed(self) -> None:
        if not self.setting:
            self.changed.emit()

    @Slot()
    def clear(self) -> None:
        self.spin.setValue(self.spin.minimum())

    def _inputs(self) -> list[QWidget]:
        return [self.spin]

    def value(self) -> Any:
        if self.is_na() or self.spin.value() == self.spin.minimum():
            return None
        number = self.spin.value()
        return int(number) if number == int(number) else number

    def set_answer(self, value: Any, na: bool) -> None:
        self.setting = True
        self.spin.setValue(self.spin.minimum() if value is None else float(value))
        self.setting = False
        self._set_na(na)


def _range_text(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return translate("AnswerInput", "{low:g} to {high:g}").format(low=low, high=high)
    if low is not None:
        return translate("AnswerInput", "at least {low:g}").format(low=low)
    return translate("AnswerInput", "at most {high:g}").format(high=high)


def _clear_button(slot: Any) -> QToolButton:
    button = QToolButton()
    button.setText("✕")
    button.setAutoRaise(True)
    button.setProperty("role", "clear")
    button.setToolTip(translate("AnswerInput", "Clear the answer (or empty the box with Delete)"))
    button.setAccessibleName(translate("AnswerInput", "Clear the answer"))
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard empties the box instead
    button.clicked.connect(slot)
    return button


_CLOCK = re.compile(r"^\d{0,6}(:\d{0,2}){0,2}$")


class _Seconds(QSpinBox):
    """Seconds shown as m:ss (or h:mm:ss); typing 45, 1:15 or 1:02:05 all work; -1 means
    'not answered' and shows a dash."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:  # noqa: D102
        text, pos = _without_dash(text, pos, self.specialValueText())
        stripped = text.strip()
        if stripped in ("", self.specialValueText()):
            return QValidator.State.Acceptable, text, pos
        if not _CLOCK.match(stripped):
            return QValidator.State.Invalid, text, pos
        if stripped.endswith(":") or re.search(r":\d$", stripped):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt's name
        stripped = text.strip()
        if stripped in ("", self.specialValueText()):
            return self.minimum()
        seconds = 0
        for part in stripped.split(":"):
            seconds = seconds * 60 + int(part or 0)
        return min(seconds, self.maximum())

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt's name
        return format_seconds(value)

    def fixup(self, text: str) -> str:
        return text.rstrip(":")


class DurationInput(_WithNa):
    """A duration in seconds, shown as m:ss; the visit timer fills it when linked."""

    def __init__(
        self,
        question: DurationQuestion,
        event_names: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spin = _Seconds()
        self.spin.setRange(-1, 7 * 86_400)
        self.spin.setSpecialValueText("—")
        self.spin.setValue(-1)
        self.spin.setMinimumWidth(96)
        self.spin.setMinimumHeight(32)
        self.spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.spin.setToolTip(
            translate("AnswerInput", "Minutes:seconds, e.g. 0:45 or 1:15 (or plain seconds)")
        )
        quiet_wheel(self.spin)
        self.setting = False
        self.spin.valueChanged.connect(self._on_value_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        layout.addWidget(_clear_button(self.clear))
        notes = []
        if question.target is not None:
            notes.append(
                translate("AnswerInput", "target {time} or less").format(
                    time=format_seconds(question.target)
                )
            )
        if question.timer:
            start, end = (event_names.get(event, event) for event in question.timer)
            notes.append(
                translate("AnswerInput", "filled by the visit timer: {start} → {end}").format(
                    start=start, end=end
                )
            )
        unit = QLabel(translate("AnswerInput", "min:s"))
        unit.setProperty("role", "muted")
        layout.addWidget(unit)
        if notes:
            layout.addSpacing(10)
            hint = QLabel(" · ".join(notes))
            hint.setProperty("role", "muted")
            hint.setWordWrap(True)
            layout.addWidget(hint, 1)
        layout.addSpacing(12)
        self._add_na(layout, question.allow_na)
        if not notes:
            layout.addStretch(1)

    @classmethod
    def for_question(
        cls, question: DurationQuestion, form: Form, lang: str, event_names: Mapping[str, str]
    ) -> Self:
        return cls(question, event_names)

    @Slot()
    def _on_value_changed(self) -> None:
        if not self.setting:
            self.changed.emit()

    @Slot()
    def clear(self) -> None:
        self.spin.setValue(-1)

    def _inputs(self) -> list[QWidget]:
        return [self.spin]

    def value(self) -> Any:
        if self.is_na() or self.spin.value() < 0:
            return None
        return self.spin.value()

    def set_answer(self, value: Any, na: bool) -> None:
        self.setting = True
        self.spin.setValue(-1 if value is None else int(round(value)))
        self.setting = False
        self._set_na(na)

    def fill(self, seconds: float) -> None:
        """Set from the visit timer, as a user edit."""
        if self.is_na():
            return
        self.spin.setValue(int(round(seconds)))


class TextInput(_WithNa):
    """Free text; Tab moves on (it does not insert a tab)."""

    def __init__(self, question: TextQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(78)
        self.edit.textChanged.connect(self._on_text_changed)
        self.max_length = question.max_length
        self.setting = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        self._add_na(layout, question.allow_na)

    @classmethod
    def for_question(
        cls, question: TextQuestion, form: Form, lang: str, event_names: Mapping[str, str]
    ) -> Self:
        return cls(question)

    @Slot()
    def _on_text_changed(self) -> None:
        if not self.setting:
            self.changed.emit()

    def _inputs(self) -> list[QWidget]:
        return [self.edit]

    def value(self) -> Any:
        text = self.edit.toPlainText()
        return None if self.is_na() or not text.strip() else text

    def set_answer(self, value: Any, na: bool) -> None:
        self.setting = True
        self.edit.setPlainText(value or "")
        self.setting = False
        self._set_na(na)


# The input of each question type (tests/test_question_types.py checks that every type of
# forms.QUESTION_CLASSES has one); a note takes no answer.
INPUTS: dict[type[Any], type[AnswerInput] | None] = {
    YesNoQuestion: YesNoInput,
    RatingQuestion: RatingInput,
    FeelingQuestion: FeelingInput,
    ChoiceQuestion: ChoiceInput,
    MultiChoiceQuestion: MultiChoiceInput,
    NumberQuestion: NumberInput,
    DurationQuestion: DurationInput,
    TextQuestion: TextInput,
    NoteItem: None,
}


def make_input(
    question: Question, form: Form, lang: str, event_names: Mapping[str, str]
) -> AnswerInput | None:
    """The input for a question; None for a note (nothing to answer)."""
    kind = INPUTS[type(question)]
    return None if kind is None else kind.for_question(question, form, lang, event_names)
