"""The form builder's field panel: every field of the selected form, section or question, each
with the validation problem that belongs to it shown beside it. The panel edits nothing
itself: each change is handed to the builder (`edited`) as a function on the raw data, which
the builder runs on a copy and pushes onto its undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.forms import (
    FEELING_SCALE,
    QUESTION_CLASSES,
    QUESTION_TYPES,
    ChoiceQuestion,
    FeelingQuestion,
    MultiChoiceQuestion,
)
from mysteryshop.ui import display, theme
from mysteryshop.ui import form_builder_data as fd
from mysteryshop.ui.forms_view import language_name
from mysteryshop.vocabulary import BUILTIN_DIMENSIONS, CHANNELS, TIMER_EVENTS

translate = QCoreApplication.translate  # a short name pyside6-lupdate still recognises

Mutation = Callable[[dict[str, Any]], None]

TYPE_NAMES = {
    "yes_no": QT_TRANSLATE_NOOP("FormBuilder", "Yes / No"),
    "rating": QT_TRANSLATE_NOOP("FormBuilder", "Rating"),
    "feeling": QT_TRANSLATE_NOOP("FormBuilder", "Feeling"),
    "choice": QT_TRANSLATE_NOOP("FormBuilder", "One choice"),
    "multi_choice": QT_TRANSLATE_NOOP("FormBuilder", "Several choices"),
    "number": QT_TRANSLATE_NOOP("FormBuilder", "Number"),
    "duration": QT_TRANSLATE_NOOP("FormBuilder", "Duration"),
    "text": QT_TRANSLATE_NOOP("FormBuilder", "Text"),
    "note": QT_TRANSLATE_NOOP("FormBuilder", "Note"),
}


def type_name(kind: str) -> str:
    return translate("FormBuilder", str(TYPE_NAMES[kind])) if kind in TYPE_NAMES else kind


class _UndoToBuilder(QObject):
    """Ctrl+Z / Ctrl+Shift+Z in a field go to the builder's undo stack, not to the field's own
    undo (which would undo behind the stack's back)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                QKeySequence.StandardKey.Redo
            ):
                event.ignore()
                return True
        return False


class FieldPanel(QWidget):
    """The fields of one item (path () is the form itself)."""

    # (mutation, undo text, merge key or "", rebuild the panel after it)
    edited = Signal(object, str, str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: dict[str, Any] = {}
        self.path: fd.Path = ()
        self.problem_labels: dict[fd.Path, QLabel] = {}
        self.form_id_locked = False  # editing a stored form: its versions share the id
        self.undo_filter = _UndoToBuilder(self)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 8, 12, 8)
        self.layout_.addStretch(1)
        self.body: QWidget | None = None

    # --- building -------------------------------------------------------------------------

    @property
    def languages(self) -> list[str]:
        languages = self.data.get("languages")
        if isinstance(languages, list) and languages and all(isinstance(x, str) for x in languages):
            return languages
        return ["en"]

    @property
    def shown_language(self) -> str:
        """The language the builder lists texts in: the UI's when the form has it."""
        ui = display.ui_language()
        return ui if ui in self.languages else self.languages[0]

    def show_item(self, data: dict[str, Any], path: fd.Path) -> None:
        """Build the fields of the item at `path` in `data`."""
        self.data = data
        self.path = path
        self.problem_labels = {}
        focused = self.focusWidget()
        focus_name = (
            focused.objectName() if focused is not None and self.isAncestorOf(focused) else ""
        )
        if self.body is not None:
            self.layout_.removeWidget(self.body)
            self.body.hide()
            # Out of the panel at once (findChild sees only the new fields), deleted once
            # the event that rebuilt it is done: it may be one of its own fields' events.
            self.body.setParent(None)
            self.body.deleteLater()
        self.body = QWidget()
        self.form = QFormLayout(self.body)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.item_problem = self._problem_label()
        self.problem_labels[path] = self.item_problem
        self.form.addRow(self.item_problem)
        item = fd.get(data, path)
        if path == ():
            self._form_fields()
        elif len(path) == 2 and isinstance(item, dict):
            self._section_fields(item)
        elif isinstance(item, dict):
            self._question_fields(item)
        self.layout_.insertWidget(0, self.body)
        if focus_name:
            again = self.body.findChild(QWidget, focus_name)
            if again is not None:
                again.setFocus()

    def _problem_label(self) -> QLabel:
        label = QLabel()
        label.setProperty("role", "problem")
        label.setStyleSheet(f"color: {theme.POOR.name()};")
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    def _row(self, label: str, field: QWidget, path: fd.Path, name: str) -> None:
        """A labelled field with its problem line below it."""
        field.setObjectName(name)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(field)
        problem = self._problem_label()
        inner.addWidget(problem)
        self.problem_labels[path] = problem
        caption = QLabel(label)
        caption.setBuddy(field.focusProxy() or field)
        # The label is no sibling of its field (a box holds the field and its problem): a
        # screen reader gets no name from the buddy, so each control is named here.
        name = label.replace("&", "").rstrip(":")
        for control in [field, *field.findChildren(QWidget)]:
            if control.focusPolicy() != Qt.FocusPolicy.NoFocus and not control.accessibleName():
                control.setAccessibleName(name)
        self.form.addRow(caption, box)

    def _edit(self, mutation: Mutation, text: str, merge: str = "", rebuild: bool = False) -> None:
        self.edited.emit(mutation, text, merge, rebuild)

    def _line(self, value: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(value)
        edit.setMinimumWidth(60)
        edit.setCursorPosition(0)  # the start of a long text, not its end
        edit.setPlaceholderText(placeholder)
        edit.installEventFilter(self.undo_filter)
        return edit

    def _texts(self, label: str, path: fd.Path, name: str, optional: bool = False) -> None:
        """A translated text: one box per form language side by side, a missing translation
        marked (a missing default-language one is a problem; validation says so)."""
        value = fd.get(self.data, path)
        languages = self.languages
        row = QWidget()
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(0)
        any_text = bool(value)
        for column, lang in enumerate(languages):
            text = fd.text_in(value, lang, languages[0])
            caption = QLabel(language_name(lang))
            caption.setProperty("role", "muted")
            edit = self._line(text)
            edit.setObjectName(f"{name}.{lang}")
            edit.setAccessibleName(f"{label} ({language_name(lang)})")
            missing = not text and (any_text or not optional)
            if missing:
                edit.setPlaceholderText(self.tr("missing"))
                edit.setStyleSheet(f"QLineEdit {{ border: 1px solid {theme.POOR.name()}; }}")
                edit.setToolTip(
                    self.tr("No {language} text yet").format(language=language_name(lang))
                )
            edit.textEdited.connect(
                lambda new, lang=lang: self._edit(
                    lambda d: fd.set_text(d, path, lang, new),
                    self.tr("Edit text"),
                    f"{path}:{lang}",
                )
            )
            grid.addWidget(caption, 0, column)
            grid.addWidget(edit, 1, column)
        self._row(label, row, path, name)
        first = row.findChild(QLineEdit)
        if first is not None:
            row.setFocusProxy(first)

    def _id_field(self, path: fd.Path, rename: bool) -> None:
        edit = self._line(str(fd.get(self.data, (*path, "id")) or ""))

        def change(new: str) -> None:
            if rename:
                self._edit(
                    lambda d: fd.rename_question(d, path, new), self.tr("Change id"), f"{path}:id"
                )
            else:
                self._edit(
                    lambda d: fd.set_value(d, (*path, "id"), new),
                    self.tr("Change id"),
                    f"{path}:id",
                )

        edit.textEdited.connect(change)
        self._row(self.tr("&Id:"), edit, (*path, "id"), "id")

    def _flag(self, label: str, key: str, tip: str = "") -> None:
        path = (*self.path, key)
        box = QCheckBox(label)
        box.setObjectName(key)
        box.setChecked(fd.get(self.data, path) is True)
        box.setToolTip(tip)
        box.toggled.connect(
            lambda on: self._edit(
                lambda d: fd.set_value(d, path, True if on else None), label.replace("&", "")
            )
        )
        problem = self._problem_label()
        self.problem_labels[path] = problem
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(box)
        inner.addWidget(problem)
        self.form.addRow("", holder)

    def _number(self, label: str, key: str, name: str, placeholder: str = "") -> None:
        path = (*self.path, key)
        value = fd.get(self.data, path)
        edit = self._line(
            ""
            if value is None
            else display.number_text(value)
            if isinstance(value, (int, float)) and not isinstance(value, bool)
            else str(value),
            placeholder,
        )
        edit.textEdited.connect(
            lambda new: self._edit(
                lambda d: fd.set_value(d, path, fd.parse_number(new)),
                label.replace("&", ""),
                f"{path}",
            )
        )
        self._row(label, edit, path, name)

    def _combo(
        self,
        label: str,
        path: fd.Path,
        name: str,
        items: list[tuple[str, Any]],
        on_change: Callable[[Any], Mutation],
        rebuild: bool = True,
    ) -> QComboBox:
        combo = _combo_box()
        current = fd.get(self.data, path)
        for text, value in items:
            combo.addItem(text, value)
        index = next((i for i, (_t, v) in enumerate(items) if v == current), 0)
        combo.setCurrentIndex(index)
        combo.activated.connect(
            lambda i: self._edit(
                on_change(combo.itemData(i)), label.replace("&", "").rstrip(":"), "", rebuild
            )
        )
        self._row(label, combo, path, name)
        return combo

    # --- the form -------------------------------------------------------------------------

    def _form_fields(self) -> None:
        self._id_field((), rename=False)
        if self.form_id_locked:
            ident = self.body.findChild(QLineEdit, "id") if self.body is not None else None
            if ident is not None:
                ident.setReadOnly(True)
                ident.setToolTip(
                    self.tr(
                        "A new version keeps the form's id; Duplicate makes a form with another"
                    )
                )
        self._texts(self.tr("&Title:"), ("title",), "title")
        self._texts(self.tr("&Description:"), ("description",), "description", optional=True)
        languages = self._line(", ".join(self.languages))
        languages.setToolTip(self.tr("Language codes, the default first, e.g. en, fi, sv"))
        languages.editingFinished.connect(
            lambda: (
                self._edit(
                    lambda d: fd.set_languages(d, fd.split_languages(languages.text())),
                    self.tr("Change languages"),
                    "",
                    True,
                )
                if fd.split_languages(languages.text()) != self.languages
                else None
            )
        )
        self._row(self.tr("&Languages:"), languages, ("languages",), "languages")
        channels = QWidget()
        row = QHBoxLayout(channels)
        row.setContentsMargins(0, 0, 0, 0)
        chosen = self.data.get("channels") or ["in_person"]
        for channel in CHANNELS:
            box = QCheckBox(display.channel_label(channel))
            box.setObjectName(f"channel.{channel}")
            box.setChecked(channel in chosen)
            box.toggled.connect(lambda on, channel=channel: self._toggle_channel(channel, on))
            row.addWidget(box)
        row.addStretch(1)
        self._row(self.tr("Channels:"), channels, ("channels",), "channels")
        version = QLabel(str(self.data.get("version", 1)))
        version.setToolTip(self.tr("Saving makes a new version when encounters use this one"))
        self._row(self.tr("Version:"), version, ("version",), "version")

    def _toggle_channel(self, channel: str, on: bool) -> None:
        def mutate(d: dict[str, Any]) -> None:
            current = list(d.get("channels") or ["in_person"])
            if on and channel not in current:
                current.append(channel)
            if not on and channel in current:
                current.remove(channel)
            d["channels"] = [c for c in CHANNELS if c in current]

        self._edit(mutate, self.tr("Change channels"))

    # --- a section ------------------------------------------------------------------------

    def _section_fields(self, section: dict[str, Any]) -> None:
        self._id_field(self.path, rename=False)
        self._texts(self.tr("&Title:"), (*self.path, "title"), "title")
        self._texts(
            self.tr("&Description:"), (*self.path, "description"), "description", optional=True
        )

    # --- a question -----------------------------------------------------------------------

    def _question_fields(self, question: dict[str, Any]) -> None:
        path = self.path
        kind = str(question.get("type"))
        self._combo(
            self.tr("T&ype:"),
            (*path, "type"),
            "type",
            [(type_name(k), k) for k in QUESTION_TYPES],
            lambda k: lambda d: fd.change_type(d, path, k),
        )
        self._id_field(path, rename=True)
        self._texts(self.tr("&Text:"), (*path, "text"), "text")
        self._texts(self.tr("&Hint:"), (*path, "hint"), "hint", optional=True)
        fields = QUESTION_CLASSES[kind].model_fields if kind in QUESTION_CLASSES else {}
        if "dimension" in fields:
            self._dimension()
        if "points" in fields:
            self._number(
                self.tr("&Points:"),
                "points",
                "points",
                self.tr("from the options") if kind in ("choice", "multi_choice") else "",
            )
        if "scale" in fields:
            self._scale()
        if "options" in fields:
            self._options()
        if "labels" in fields:
            self._labels(kind)
        if "min" in fields:
            self._number(self.tr("Mi&nimum:"), "min", "min", self.tr("none"))
            self._number(self.tr("Ma&ximum:"), "max", "max", self.tr("none"))
        if "max_length" in fields:
            self._number(self.tr("Longest &answer (characters):"), "max_length", "max_length")
        if "target" in fields:
            self._number(
                self.tr("T&arget (seconds):"), "target", "target", self.tr("none: not scored")
            )
        if kind == "duration":
            self._duration_timer()
        elif kind == "yes_no":
            self._combo(
                self.tr("Ti&mer:"),
                (*path, "timer"),
                "timer",
                [(self.tr("not linked"), None)]
                + [(display.timer_event_name(e), e) for e in TIMER_EVENTS],
                lambda e: lambda d: fd.set_value(d, (*path, "timer"), e),
                rebuild=False,
            )
        if "required" in fields:
            self._flag(self.tr("&Required"), "required")
        if "allow_na" in fields:
            self._flag(self.tr("Allow &N/A"), "allow_na")
        if "critical" in fields:
            self._flag(self.tr("&Critical: no points flags the visit"), "critical")
        self._show_if()

    def _dimension(self) -> None:
        path = (*self.path, "dimension")
        used = {q.get("dimension") for _p, q in fd.questions(self.data)}
        own = sorted(
            str(key) for key in used if isinstance(key, str) and key not in BUILTIN_DIMENSIONS
        )
        combo = _combo_box()
        combo.setEditable(True)
        combo.addItem(self.tr("none"), None)
        for key in BUILTIN_DIMENSIONS:
            combo.addItem(display.dimension_name(key), key)
        for key in own:
            combo.addItem(key, key)
        current = fd.get(self.data, path)
        index = combo.findData(current)
        if index >= 0:
            combo.setCurrentIndex(index)
        elif current:
            combo.setEditText(str(current))
        line = combo.lineEdit()
        assert line is not None  # an editable combo has one
        line.installEventFilter(self.undo_filter)

        def chosen(text: str) -> Mutation:
            index = combo.findText(text)
            value = combo.itemData(index) if index >= 0 else text.strip() or None
            return lambda d: fd.set_value(d, path, value)

        line.textEdited.connect(
            lambda text: self._edit(chosen(text), self.tr("Dimension"), f"{path}")
        )
        combo.activated.connect(
            lambda i: self._edit(chosen(combo.itemText(i)), self.tr("Dimension"))
        )
        combo.setToolTip(self.tr("Built-in dimensions, the form's own, or a new word"))
        self._row(self.tr("&Dimension:"), combo, path, "dimension")

    def _scale(self) -> None:
        path = (*self.path, "scale")
        low, high = fd.get(self.data, path) or [1, 5]
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        spins = []
        for value, name in ((low, "scale.low"), (high, "scale.high")):
            spin = QSpinBox()
            spin.setObjectName(name)
            spin.setRange(-1000, 1000)
            spin.setValue(int(value) if isinstance(value, int) else 0)
            spin.lineEdit().installEventFilter(self.undo_filter)
            spins.append(spin)
            row.addWidget(spin)
        row.insertWidget(1, QLabel("–"))
        row.addStretch(1)

        def changed() -> None:
            pair = [spins[0].value(), spins[1].value()]
            self._edit(
                lambda d: fd.set_value(d, path, None if pair == [1, 5] else pair),
                self.tr("Scale"),
                f"{path}",
                True,  # the labels' rows follow the scale
            )

        for spin in spins:
            spin.valueChanged.connect(changed)
        self._row(self.tr("&Scale:"), holder, path, "scale")
        holder.setFocusProxy(spins[0])

    def _options(self) -> None:
        path = (*self.path, "options")
        options = fd.get(self.data, path) or []
        languages = self.languages
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.addWidget(QLabel(self.tr("Id")), 0, 0)
        for column, lang in enumerate(languages, start=1):
            grid.addWidget(QLabel(language_name(lang)), 0, column)
        grid.addWidget(QLabel(self.tr("Points")), 0, len(languages) + 1)
        for row, option in enumerate(options, start=1):
            place = (*path, row - 1)
            ident = self._line(str(option.get("id", "")) if isinstance(option, dict) else "")
            ident.setObjectName(f"option.{row - 1}.id")
            ident.setAccessibleName(self.tr("Option {n} id").format(n=row))
            ident.textEdited.connect(
                lambda new, place=place: self._edit(
                    lambda d: fd.set_value(d, (*place, "id"), new),
                    self.tr("Option id"),
                    f"{place}:id",
                )
            )
            grid.addWidget(ident, row, 0)
            text = option.get("text") if isinstance(option, dict) else None
            for column, lang in enumerate(languages, start=1):
                shown = fd.text_in(text, lang, languages[0])
                edit = self._line(shown)
                edit.setObjectName(f"option.{row - 1}.text.{lang}")
                edit.setAccessibleName(
                    self.tr("Option {n} ({language})").format(n=row, language=language_name(lang))
                )
                if not shown:
                    edit.setPlaceholderText(self.tr("missing"))
                    edit.setStyleSheet(f"QLineEdit {{ border: 1px solid {theme.POOR.name()}; }}")
                edit.textEdited.connect(
                    lambda new, place=place, lang=lang: self._edit(
                        lambda d: fd.set_text(d, (*place, "text"), lang, new),
                        self.tr("Option text"),
                        f"{place}:{lang}",
                    )
                )
                grid.addWidget(edit, row, column)
            points = option.get("points", 0) if isinstance(option, dict) else 0
            spin = QDoubleSpinBox()
            spin.setObjectName(f"option.{row - 1}.points")
            spin.setRange(-1000, 1000)
            spin.setDecimals(1)
            spin.setValue(float(points) if isinstance(points, (int, float)) else 0.0)
            spin.lineEdit().installEventFilter(self.undo_filter)
            spin.valueChanged.connect(
                lambda value, place=place: self._edit(
                    lambda d: fd.set_value(
                        d, (*place, "points"), fd.parse_number(str(value)) or None
                    ),
                    self.tr("Option points"),
                    f"{place}:points",
                )
            )
            grid.addWidget(spin, row, len(languages) + 1)
            remove = QPushButton("−")
            remove.setObjectName(f"option.{row - 1}.remove")
            remove.setToolTip(self.tr("Remove this option"))
            remove.setAccessibleName(self.tr("Remove option {n}").format(n=row))
            remove.clicked.connect(
                lambda _c=False, index=row - 1: self._edit(
                    lambda d: fd.get(d, path).pop(index), self.tr("Remove option"), "", True
                )
            )
            grid.addWidget(remove, row, len(languages) + 2)
        add = QPushButton(self.tr("Add o&ption"))
        add.setObjectName("option.add")

        def add_option(d: dict[str, Any]) -> None:
            current = fd.get(d, path)
            taken = {o.get("id") for o in current if isinstance(o, dict)}
            number = len(current) + 1
            while f"o{number}" in taken:
                number += 1
            current.append(
                {"id": f"o{number}", "text": {languages[0]: self.tr("Option {n}").format(n=number)}}
            )

        add.clicked.connect(lambda: self._edit(add_option, self.tr("Add option"), "", True))
        grid.addWidget(add, len(options) + 1, 0, 1, 2)
        self._row(self.tr("Options:"), holder, path, "options")
        holder.setFocusProxy(add)

    def _labels(self, kind: str) -> None:
        path = (*self.path, "labels")
        labels = fd.get(self.data, path) or {}
        if kind == "feeling":
            low, high = FEELING_SCALE
        else:
            scale = fd.get(self.data, (*self.path, "scale")) or [1, 5]
            low, high = (int(x) if isinstance(x, int) else 0 for x in scale[:2])
        if high - low > 10:
            return  # a long scale is labelled in the YAML file; ten boxes are enough here
        languages = self.languages
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        for row, value in enumerate(range(low, high + 1)):
            grid.addWidget(
                QLabel(f"{value:+d}" if kind == "feeling" and value else str(value)), row, 0
            )
            current = labels.get(value, labels.get(str(value)))
            for column, lang in enumerate(languages, start=1):
                edit = self._line(fd.text_in(current, lang, languages[0]))
                edit.setObjectName(f"label.{value}.{lang}")
                edit.setAccessibleName(
                    self.tr("Label {value} ({language})").format(
                        value=value, language=language_name(lang)
                    )
                )
                edit.textEdited.connect(
                    lambda new, value=value, lang=lang: self._edit(
                        lambda d: self._set_label(d, path, value, lang, new),
                        self.tr("Edit label"),
                        f"{path}:{value}:{lang}",
                    )
                )
                grid.addWidget(edit, row, column)
        self._row(self.tr("Labels:"), holder, path, "labels")
        first = holder.findChild(QLineEdit)
        if first is not None:
            holder.setFocusProxy(first)

    @staticmethod
    def _set_label(d: dict[str, Any], path: fd.Path, value: int, lang: str, text: str) -> None:
        question = fd.get(d, path[:-1])
        labels = question.setdefault("labels", {})
        fd.set_text(d, (*path, value), lang, text)
        if not labels.get(value):
            labels.pop(value, None)
        if not labels:
            question.pop("labels", None)

    def _duration_timer(self) -> None:
        path = (*self.path, "timer")
        pair = fd.get(self.data, path) or [None, None]
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        combos = []
        for current, name in zip(pair[:2], ("timer.start", "timer.end"), strict=False):
            combo = _combo_box()
            combo.setObjectName(name)
            combo.addItem(self.tr("not linked"), None)
            for event in TIMER_EVENTS:
                combo.addItem(display.timer_event_name(event), event)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combos.append(combo)

        def changed(_index: int) -> None:
            start, end = combos[0].currentData(), combos[1].currentData()
            value = [start, end] if start and end else None
            self._edit(lambda d: fd.set_value(d, path, value), self.tr("Timer link"))

        for combo in combos:
            combo.activated.connect(changed)
        row.addWidget(combos[0])
        row.addWidget(QLabel("→"))
        row.addWidget(combos[1])
        row.addStretch(1)
        holder.setFocusProxy(combos[0])
        self._row(self.tr("Ti&mer:"), holder, path, "timer")

    # --- show_if --------------------------------------------------------------------------

    def _show_if(self) -> None:
        """show_if chosen from earlier questions and their answers, never typed."""
        path = (*self.path, "show_if")
        condition = fd.get(self.data, path)
        condition = condition if isinstance(condition, dict) else {}
        lang = self.shown_language
        earlier = [
            q for q in fd.earlier_questions(self.data, self.path) if _condition_values(q, lang)
        ]
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        target_combo = _combo_box()
        target_combo.setObjectName("show_if.question")
        target_combo.setAccessibleName(self.tr("Shown when question"))
        target_combo.addItem(self.tr("always shown"), None)
        for question in earlier:
            text = fd.shown(question.get("text"), lang) or question["id"]
            target_combo.addItem(f"{question['id']}: {_shorten(text, 40)}", question["id"])
        target_id = condition.get("question")
        target_combo.setCurrentIndex(max(target_combo.findData(target_id), 0))
        row.addWidget(target_combo, 2)
        target = next((q for q in earlier if q["id"] == target_id), None)
        values = _condition_values(target, lang) if target else []

        def choose_target(index: int) -> None:
            chosen = target_combo.itemData(index)
            if chosen == target_id:
                return
            if chosen is None:
                self._edit(lambda d: fd.set_value(d, path, None), self.tr("Condition"), "", True)
                return
            question = next(q for q in earlier if q["id"] == chosen)
            options = _condition_values(question, lang)
            value = options[0][1] if options else None
            self._edit(
                lambda d: fd.set_value(d, path, {"question": chosen, "equals": value}),
                self.tr("Condition"),
                "",
                True,
            )

        target_combo.activated.connect(choose_target)
        if target is not None:
            operator = _combo_box()
            operator.setObjectName("show_if.operator")
            operator.setAccessibleName(self.tr("Condition"))
            for text, key in (
                (self.tr("is"), "equals"),
                (self.tr("is not"), "not_equals"),
                (self.tr("is one of"), "in"),
            ):
                operator.addItem(text, key)
            current_op = next(
                (k for k in ("equals", "not_equals", "in") if k in condition), "equals"
            )
            operator.setCurrentIndex(operator.findData(current_op))
            row.addWidget(operator, 1)
            current_values = condition.get(current_op)

            def choose_operator(index: int) -> None:
                key = operator.itemData(index)
                if key == current_op:
                    return
                first = (
                    current_values[0]
                    if isinstance(current_values, list) and current_values
                    else current_values
                )
                if first is None and values:
                    first = values[0][1]
                value = [first] if key == "in" else first
                self._edit(
                    lambda d: fd.set_value(d, path, {"question": target_id, key: value}),
                    self.tr("Condition"),
                    "",
                    True,
                )

            operator.activated.connect(choose_operator)
            if current_op == "in":
                chosen = current_values if isinstance(current_values, list) else []
                for text, value in values:
                    box = QCheckBox(text)
                    box.setObjectName(f"show_if.in.{value}")
                    box.setChecked(any(_same(value, c) for c in chosen))

                    def toggle(on: bool, value: Any = value) -> None:
                        kept = [c for c in chosen if not _same(c, value)]
                        new = [*kept, value] if on else kept
                        self._edit(
                            lambda d: fd.set_value(d, path, {"question": target_id, "in": new}),
                            self.tr("Condition"),
                            "",
                            True,
                        )

                    box.toggled.connect(toggle)
                    row.addWidget(box)
            else:
                value_combo = _combo_box()
                value_combo.setObjectName("show_if.value")
                value_combo.setAccessibleName(self.tr("Answer"))
                for text, value in values:
                    value_combo.addItem(text, value)
                index = next(
                    (i for i, (_t, v) in enumerate(values) if _same(v, current_values)), -1
                )
                value_combo.setCurrentIndex(index)
                value_combo.activated.connect(
                    lambda i: self._edit(
                        lambda d: fd.set_value(
                            d, path, {"question": target_id, current_op: value_combo.itemData(i)}
                        ),
                        self.tr("Condition"),
                    )
                )
                row.addWidget(value_combo, 2)
        holder.setFocusProxy(target_combo)
        self._row(self.tr("Shown &when:"), holder, path, "show_if")

    # --- problems -------------------------------------------------------------------------

    def show_problems(self, located: list[tuple[fd.Path, str]]) -> None:
        """Each problem beside the field it belongs to: the field whose path is the longest
        start of the problem's; the item's own line takes the rest within the item."""
        shown: dict[fd.Path, list[str]] = {}
        for loc, message in located:
            loc = tuple(loc)
            if loc[: len(self.path)] != self.path:
                continue
            if self.path == () and len(loc) >= 2 and loc[0] == "sections":
                continue  # a section's or question's own, shown when it is selected
            best = max(
                (p for p in self.problem_labels if loc[: len(p)] == p), key=len, default=self.path
            )
            shown.setdefault(best, []).append(message)
        for path, label in self.problem_labels.items():
            messages = shown.get(path, [])
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))


def _combo_box() -> QComboBox:
    """A combo that may be narrower than its longest item (a question's text), so that the
    panel fits beside the tree and the preview."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _same(a: Any, b: Any) -> bool:
    return isinstance(a, bool) == isinstance(b, bool) and a == b


def _condition_values(question: dict[str, Any], lang: str) -> list[tuple[str, Any]]:
    """The answers a show_if may name for a question (forms' condition_values), each as it
    reads: [] while the question itself has problems, or takes free values."""
    cls = QUESTION_CLASSES.get(str(question.get("type")))
    try:
        target = cls.model_validate(question) if cls is not None else None
    except ValidationError:
        return []
    values = target.condition_values() if target is not None else None
    out = []
    for value in values or []:
        if isinstance(value, bool):
            text = translate("Answers", "Yes") if value else translate("Answers", "No")
        elif isinstance(value, str) and isinstance(target, (ChoiceQuestion, MultiChoiceQuestion)):
            option = target.option(value)
            text = fd.shown(option.text, lang) if option is not None else value
        else:
            label = getattr(target, "labels", {}).get(value)
            if isinstance(target, FeelingQuestion):  # its own label, else the app's
                text = fd.shown(label, lang) if label is not None else display.feeling_label(value)
            else:
                text = f"{value} · {fd.shown(label, lang)}" if label is not None else str(value)
        out.append((text, value))
    return out
