"""The form builder: a form's sections and questions in a tree, the selected item's fields, and
a live preview made of the observer's own editor widgets. Every edit is a copy of the raw form
data on a QUndoStack; `forms.validate_form` checks each state, as `forms validate` does, and
the form saves (store/form_edits.save_edited_form: the versioning rule) only without problems."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QDropEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mysteryshop import form_diff, form_templates
from mysteryshop.changes import Changes
from mysteryshop.form_yaml import write_form_yaml
from mysteryshop.forms import QUESTION_TYPES, Form, FormError, validate_form
from mysteryshop.store.db import StoreError
from mysteryshop.store.form_edits import save_edited_form
from mysteryshop.ui import display, theme
from mysteryshop.ui import form_builder_data as fd
from mysteryshop.ui.editor_flow import FlowLayout
from mysteryshop.ui.editor_form import FormView
from mysteryshop.ui.editor_score import ScoreSummary, show_live
from mysteryshop.ui.editor_timer import event_names
from mysteryshop.ui.form_builder_fields import FieldPanel, type_name
from mysteryshop.ui.forms_view import language_name
from mysteryshop.ui.ops import announce
from mysteryshop.ui.workspace import Workspace

translate = QCoreApplication.translate  # a short name pyside6-lupdate still recognises

PathRole = Qt.ItemDataRole.UserRole + 1

# form_diff.MESSAGES where pyside6-lupdate sees them (tests/test_form_builder.py checks
# that they are the same texts).
DIFF_MESSAGES = {
    "form_id": QT_TRANSLATE_NOOP("FormDiff", "Form id changed from %1 to %2"),
    "title": QT_TRANSLATE_NOOP("FormDiff", "Title changed (%1)"),
    "description": QT_TRANSLATE_NOOP("FormDiff", "Description changed (%1)"),
    "language_added": QT_TRANSLATE_NOOP("FormDiff", "Language %1 added"),
    "language_removed": QT_TRANSLATE_NOOP("FormDiff", "Language %1 removed"),
    "default_language": QT_TRANSLATE_NOOP("FormDiff", "Default language changed from %1 to %2"),
    "languages_reordered": QT_TRANSLATE_NOOP("FormDiff", "Languages reordered: %1"),
    "channels": QT_TRANSLATE_NOOP("FormDiff", "Channels changed from %1 to %2"),
    "dimension_added": QT_TRANSLATE_NOOP("FormDiff", "Dimension %1 added"),
    "dimension_removed": QT_TRANSLATE_NOOP("FormDiff", "Dimension %1 removed"),
    "section_added": QT_TRANSLATE_NOOP("FormDiff", "Section %1 added"),
    "section_removed": QT_TRANSLATE_NOOP("FormDiff", "Section %1 removed"),
    "section_title": QT_TRANSLATE_NOOP("FormDiff", "Section %1: title changed (%2)"),
    "section_description": QT_TRANSLATE_NOOP("FormDiff", "Section %1: description changed (%2)"),
    "sections_reordered": QT_TRANSLATE_NOOP("FormDiff", "Sections reordered"),
    "added": QT_TRANSLATE_NOOP("FormDiff", "Question %1 added (section %2)"),
    "removed": QT_TRANSLATE_NOOP("FormDiff", "Question %1 removed (section %2)"),
    "text": QT_TRANSLATE_NOOP("FormDiff", "%1: text changed (%2)"),
    "hint": QT_TRANSLATE_NOOP("FormDiff", "%1: hint changed (%2)"),
    "hint_added": QT_TRANSLATE_NOOP("FormDiff", "%1: hint added"),
    "hint_removed": QT_TRANSLATE_NOOP("FormDiff", "%1: hint removed"),
    "option_text": QT_TRANSLATE_NOOP("FormDiff", "%1: option %2 reworded (%3)"),
    "label": QT_TRANSLATE_NOOP("FormDiff", "%1: scale label %2 changed (%3)"),
    "type": QT_TRANSLATE_NOOP("FormDiff", "%1: type changed from %2 to %3"),
    "points": QT_TRANSLATE_NOOP("FormDiff", "%1: points changed from %2 to %3"),
    "option_points": QT_TRANSLATE_NOOP("FormDiff", "%1: option %2 points changed from %3 to %4"),
    "option_added": QT_TRANSLATE_NOOP("FormDiff", "%1: option %2 added"),
    "option_removed": QT_TRANSLATE_NOOP("FormDiff", "%1: option %2 removed"),
    "options_reordered": QT_TRANSLATE_NOOP("FormDiff", "%1: options reordered"),
    "made_critical": QT_TRANSLATE_NOOP("FormDiff", "%1: made critical"),
    "not_critical": QT_TRANSLATE_NOOP("FormDiff", "%1: no longer critical"),
    "made_required": QT_TRANSLATE_NOOP("FormDiff", "%1: made required"),
    "not_required": QT_TRANSLATE_NOOP("FormDiff", "%1: no longer required"),
    "na_allowed": QT_TRANSLATE_NOOP("FormDiff", "%1: N/A allowed"),
    "na_not_allowed": QT_TRANSLATE_NOOP("FormDiff", "%1: N/A no longer allowed"),
    "scale": QT_TRANSLATE_NOOP("FormDiff", "%1: scale changed from %2 to %3"),
    "target": QT_TRANSLATE_NOOP("FormDiff", "%1: target changed from %2 to %3"),
    "dimension": QT_TRANSLATE_NOOP("FormDiff", "%1: dimension changed from %2 to %3"),
    "setting": QT_TRANSLATE_NOOP("FormDiff", "%1: %2 changed from %3 to %4"),
    "moved_section": QT_TRANSLATE_NOOP("FormDiff", "%1: moved from section %2 to %3"),
    "moved": QT_TRANSLATE_NOOP("FormDiff", "%1: moved within section %2"),
    "condition_added": QT_TRANSLATE_NOOP("FormDiff", "%1: now shown only if %2"),
    "condition_removed": QT_TRANSLATE_NOOP("FormDiff", "%1: now always shown (was: if %2)"),
    "condition": QT_TRANSLATE_NOOP("FormDiff", "%1: shown if %2 (was: if %3)"),
}


class Snapshot(QUndoCommand):
    """One edit: the data before and after it. Consecutive edits of one field (its
    `merge` key) merge into one command, so that Ctrl+Z undoes a typed word, not a letter."""

    def __init__(
        self,
        builder: FormBuilder,
        before: dict[str, Any],
        after: dict[str, Any],
        text: str,
        merge: str,
        rebuild: bool,
        select: tuple[fd.Path, fd.Path],
    ) -> None:
        super().__init__(text)
        self.builder = builder
        self.before, self.after = before, after
        self.merge = merge
        self.rebuild = rebuild
        self.select = select
        self.pushed = False

    def id(self) -> int:
        return 1 if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, Snapshot) or other.merge != self.merge:
            return False
        self.after = other.after
        self.select = (self.select[0], other.select[1])
        return True

    def redo(self) -> None:
        # The first redo is the push: the panel that made the edit keeps its widgets (and the
        # caret) unless the edit changes which fields there are.
        self.builder.apply(copy.deepcopy(self.after), self.select[1], self.rebuild or self.pushed)
        self.pushed = True

    def undo(self) -> None:
        self.builder.apply(copy.deepcopy(self.before), self.select[0], True)


class BuilderTree(QTreeWidget):
    """The form's items; dragging a question (or section) moves it in the data, never only
    in the tree."""

    dropped = Signal(object, object, int)  # the moved path, the target path, where (-1, 0, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        moved = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        if moved is not None and target is not None:
            position = self.dropIndicatorPosition()
            where = {
                QAbstractItemView.DropIndicatorPosition.AboveItem: -1,
                QAbstractItemView.DropIndicatorPosition.BelowItem: 1,
            }.get(position, 0)
            self.dropped.emit(moved.data(0, PathRole), target.data(0, PathRole), where)
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()


class PreviewPane(QFrame):
    """The form as the observer's editor shows it (the same FormView and live score), in any
    of its languages, to try answers and show_if on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.form: Form | None = None
        self.form_view: FormView | None = None
        title = QLabel(self.tr("Preview: try it as the observer"))
        title.setStyleSheet("font-weight: 600;")
        title.setWordWrap(True)
        title.setMinimumWidth(80)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Preview language"))
        self.language.activated.connect(lambda _i: self._build())
        label = QLabel(self.tr("Lan&guage:"))
        label.setBuddy(self.language)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {theme.MUTED.name()};")
        self.score = ScoreSummary()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(label)
        header.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.note)
        layout.addWidget(self.score)
        layout.addWidget(self.scroll_area, 1)

    def show_form(self, form: Form | None, stale: bool) -> None:
        """Show `form` (the last valid state); `stale` says the edits since have problems."""
        self.note.setText(
            self.tr("The preview shows the last version without problems.") if stale else ""
        )
        self.note.setVisible(stale)
        if form is None or (form == self.form and self.form_view is not None):
            return
        self.form = form
        chosen = self.language.currentData() or display.ui_language()
        self.language.clear()
        for code in form.languages:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(self.language.findData(chosen), 0))
        self._build()

    def _build(self) -> None:
        form = self.form
        if form is None:
            return
        lang = self.language.currentData() or form.default_language
        answers = self.form_view.answers() if self.form_view is not None else {}
        na = self.form_view.na() if self.form_view is not None else []
        self.form_view = FormView(form, lang, event_names())
        # Answers tried so far stay where they still fit the edited form.
        by_id = form.questions_by_id()
        kept = {k: v for k, v in answers.items() if k in by_id and by_id[k].check(v) is None}
        self.form_view.set_answers(kept, [q for q in na if q in by_id])
        self.form_view.changed.connect(self._live)
        self.scroll_area.setWidget(self.form_view)
        self._live()

    @Slot()
    def _live(self) -> None:
        if self.form is not None and self.form_view is not None:
            lang = self.language.currentData() or self.form.default_language
            show_live(self.form, self.form_view, self.score, lang)


class FormBuilder(QWidget):
    """Builds or edits one form. `load` starts an editing session; `finished` when it is left
    (after a save or with the edits discarded); `saved(form_id, version)` after each save."""

    finished = Signal()
    saved = Signal(str, int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.data: dict[str, Any] = {}
        self.base: tuple[str, int] | None = None
        self.valid_form: Form | None = None
        self.located: list[tuple[fd.Path, str]] = []
        self.selected: fd.Path = ()
        self.last_message: QMessageBox | None = None  # the last "saved as a new version"
        self.stack = QUndoStack(self)
        # A method of the builder, not a lambda: the stack's destructor emits cleanChanged,
        # and only a slot of its receiver is disconnected before that.
        self.stack.cleanChanged.connect(self._on_clean_changed)

        self.undo_action = self.stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        # A long title is cut rather than widening the window (its tooltip has it whole).
        self.heading.setMinimumWidth(120)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setMinimumWidth(80)
        self.problems.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.save_button = QPushButton(self.tr("&Save form"))
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.export_button = QPushButton(self.tr("E&xport YAML…"))
        self.export_button.clicked.connect(self.export_yaml)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.close_builder)
        # Icons: the actions' texts name the edit ("Undo Edit text") and would widen the bar.
        style = self.style()
        self.undo_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.redo_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        undo = QToolButton()
        undo.setDefaultAction(self.undo_action)
        redo = QToolButton()
        redo.setDefaultAction(self.redo_action)
        for button in (undo, redo):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.problems, 1)
        top.addWidget(undo)
        top.addWidget(redo)
        top.addWidget(self.export_button)
        top.addWidget(self.save_button)
        top.addWidget(self.close_button)

        self.tree = BuilderTree()
        self.tree.setAccessibleName(self.tr("Sections and questions"))
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.dropped.connect(self._on_dropped)
        self.add_question_button = QPushButton(self.tr("Add &question"))
        self.add_question_button.setToolTip(self.tr("Add a question after the selected one (Ins)"))
        menu = QMenu(self.add_question_button)
        for kind in QUESTION_TYPES:
            action = menu.addAction(type_name(kind))
            action.setObjectName(f"add.{kind}")
            action.triggered.connect(self._adder(kind))
        self.add_question_button.setMenu(menu)
        self.add_section_button = QPushButton(self.tr("Add s&ection"))
        self.add_section_button.setToolTip(
            self.tr("Add a section after the selected one (Ctrl+Ins)")
        )
        self.add_section_button.clicked.connect(self.add_section)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected section or question (Del)"))
        self.remove_button.clicked.connect(self.remove_selected)
        for text, keys, slot in (
            (self.tr("Add question"), "Ins", lambda: self.add_question("yes_no")),
            (self.tr("Add section"), "Ctrl+Ins", self.add_section),
            (self.tr("Move up"), "Ctrl+Up", lambda: self.move_selected(-1)),
            (self.tr("Move down"), "Ctrl+Down", lambda: self.move_selected(1)),
            (self.tr("Remove"), "Del", self.remove_selected),
        ):
            action = QAction(text, self.tree)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.tree.addAction(action)
        hint = QLabel(self.tr("Ctrl+↑/↓ or drag to move · Ins adds a question · Del removes"))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {theme.MUTED.name()};")
        buttons_row = QWidget()
        buttons = FlowLayout(buttons_row)  # wraps in a narrow window (1024×640)
        buttons.addWidget(self.add_question_button)
        buttons.addWidget(self.add_section_button)
        buttons.addWidget(self.remove_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(buttons_row)
        left_layout.addWidget(hint)

        self.fields = FieldPanel()
        self.fields.edited.connect(self._on_field_edited)
        fields_scroll = QScrollArea()
        fields_scroll.setWidgetResizable(True)
        fields_scroll.setWidget(self.fields)
        fields_scroll.setFrameShape(QFrame.Shape.NoFrame)
        fields_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.preview = PreviewPane()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(fields_scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([300, 480, 400])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(250)
        self.preview_timer.timeout.connect(
            lambda: self.preview.show_form(self.valid_form, bool(self.located))
        )

    # --- sessions -------------------------------------------------------------------------

    def load(self, data: dict[str, Any], base: tuple[str, int] | None) -> None:
        """Start editing `data` (a form's raw data); `base` is the stored version it was made
        from (None: a new form)."""
        self.base = base
        self.fields.form_id_locked = base is not None
        self.stack.clear()
        self.valid_form = None
        self.preview.form = None
        self.apply(copy.deepcopy(data), (), True)
        self.preview.show_form(self.valid_form, bool(self.located))
        self.stack.setClean()
        self.tree.setFocus()

    @property
    def modified(self) -> bool:
        return not self.stack.isClean()

    def ask_to_leave(self) -> bool:
        """Whether the builder may be left: asks when there are unsaved edits."""
        if not self.modified:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved form"),
            self.tr("The form has changes that are not saved. Save them before leaving?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    @Slot()
    def close_builder(self) -> None:
        if self.ask_to_leave():
            self.stack.clear()
            self.finished.emit()

    # --- edits ----------------------------------------------------------------------------

    def edit(
        self,
        mutation: Any,
        text: str,
        merge: str = "",
        rebuild: bool = True,
        select: fd.Path | None = None,
    ) -> None:
        """Run `mutation` on a copy of the data and push it as one undoable edit. `mutation`
        may return the path to select afterwards."""
        after = copy.deepcopy(self.data)
        chosen = mutation(after)
        target = (
            chosen if isinstance(chosen, tuple) else select if select is not None else self.selected
        )
        if after == self.data and target == self.selected:
            return
        self.stack.push(
            Snapshot(
                self, copy.deepcopy(self.data), after, text, merge, rebuild, (self.selected, target)
            )
        )

    def apply(self, data: dict[str, Any], select: fd.Path, rebuild: bool) -> None:
        """Show `data`: validate it, redraw the tree, the fields (when `rebuild` or another
        item is selected) and, soon, the preview."""
        self.data = data
        self._validate()
        reselect = rebuild or select != self.selected
        self.selected = select
        self._fill_tree()
        if reselect:
            self.fields.show_item(self.data, self.selected)
        else:
            self.fields.data = self.data
        self.fields.show_problems(self.located)
        self._show_header()
        self.preview_timer.start()

    def _validate(self) -> None:
        try:
            self.valid_form = validate_form(self.data)
            self.located = []
        except FormError as error:
            self.located = [(tuple(loc), message) for loc, message in error.located]

    @Slot(object, str, str, bool)
    def _on_field_edited(self, mutation: Any, text: str, merge: str, rebuild: bool) -> None:
        self.edit(mutation, text, merge, rebuild)

    def _adder(self, kind: str) -> Callable[[], None]:
        return lambda: self.add_question(kind)

    def add_question(self, kind: str) -> None:
        self.edit(
            lambda d: fd.add_question(d, self.selected or None, kind), self.tr("Add question")
        )
        self._focus_field("text")

    def add_section(self) -> None:
        self.edit(lambda d: fd.add_section(d, self.selected or None), self.tr("Add section"))
        self._focus_field("title")

    def remove_selected(self) -> None:
        if len(self.selected) in (2, 4):
            path = self.selected
            self.edit(lambda d: fd.remove(d, path) or (), self.tr("Remove"))

    def move_selected(self, delta: int) -> None:
        path = self.selected
        if len(path) == 4:
            self.edit(lambda d: fd.move_question(d, path, delta), self.tr("Move question"))
        elif len(path) == 2:
            self.edit(lambda d: fd.move_section(d, path, delta), self.tr("Move section"))
        self.tree.setFocus()

    @Slot(object, object, int)
    def _on_dropped(self, moved: fd.Path, target: fd.Path, where: int) -> None:
        self.drop(moved, target, where)

    def drop(self, moved: fd.Path, target: fd.Path, where: int) -> None:
        """A dragged item let go on `target`: above it (-1), on it (0) or below it (1)."""
        if moved is None or target is None or moved == target:
            return
        if len(moved) == 4:
            if len(target) == 4:
                index = target[3] + (1 if where > 0 else 0)
                section = target[1]
            elif len(target) == 2:  # onto a section: at its end (above it: the previous one's)
                section = target[1] - 1 if where < 0 and target[1] > 0 else target[1]
                index = len(self.data["sections"][section].get("questions") or [])
                if where < 0 and target[1] == 0:
                    index = 0
            else:
                return
            self.edit(
                lambda d: fd.move_question_to(d, moved, section, index), self.tr("Move question")
            )
        elif len(moved) == 2 and len(target) in (2, 4):
            to = target[1] + (1 if where > 0 and len(target) == 2 else 0)
            delta = to - moved[1] - (1 if to > moved[1] else 0)
            path = moved

            def mutate(d: dict[str, Any]) -> fd.Path:
                sections = d["sections"]
                section = sections.pop(path[1])
                index = max(0, min(path[1] + delta, len(sections)))
                sections.insert(index, section)
                return ("sections", index)

            self.edit(mutate, self.tr("Move section"))

    def _focus_field(self, name: str) -> None:
        field = self.fields.findChild(QWidget, f"{name}.{self._languages()[0]}")
        if field is not None:
            field.setFocus()
            if isinstance(field, QLineEdit):
                field.selectAll()

    def _languages(self) -> list[str]:
        return self.fields.languages

    # --- the tree -------------------------------------------------------------------------

    def _fill_tree(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        lang = self.fields.shown_language
        problem_paths = [loc for loc, _m in self.located]

        def mark(item: QTreeWidgetItem, path: fd.Path, own_only: bool = False) -> None:
            item.setData(0, PathRole, path)
            found = [
                loc
                for loc in problem_paths
                if loc[: len(path)] == path
                and (not own_only or not (len(loc) > 2 and loc[0] == "sections"))
            ]
            if found:
                item.setForeground(0, theme.POOR)
                item.setText(0, "⚠ " + item.text(0))
                item.setToolTip(0, self.tr("%n problem(s) here", "", len(found)))

        title = fd.shown(self.data.get("title"), lang) or self.tr("(no title)")
        root = QTreeWidgetItem([self.tr("Form: {title}").format(title=title)])
        root.setFlags(
            root.flags() & ~Qt.ItemFlag.ItemIsDragEnabled & ~Qt.ItemFlag.ItemIsDropEnabled
        )
        mark(root, (), own_only=True)
        self.tree.addTopLevelItem(root)
        items: dict[fd.Path, QTreeWidgetItem] = {(): root}
        number = 0
        for s, section in enumerate(self.data.get("sections") or []):
            if not isinstance(section, dict):
                continue
            text = fd.shown(section.get("title"), lang) or str(section.get("id", ""))
            item = QTreeWidgetItem([text])
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            path = ("sections", s)
            mark(item, path)
            self.tree.addTopLevelItem(item)
            items[path] = item
            for q, question in enumerate(section.get("questions") or []):
                if not isinstance(question, dict):
                    continue
                kind = question.get("type", "")
                words = fd.shown(question.get("text"), lang) or str(question.get("id", ""))
                if kind != "note":
                    number += 1
                    words = f"{number}. {words}"
                child = QTreeWidgetItem([words])
                child.setFlags(child.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
                child.setToolTip(0, f"{question.get('id', '')} · {type_name(str(kind))}")
                qpath = (*path, "questions", q)
                mark(child, qpath)
                item.addChild(child)
                items[qpath] = child
            item.setExpanded(True)
        current = items.get(self.selected, root)
        self.tree.setCurrentItem(current)
        self.tree.blockSignals(False)

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        if current is None:
            return
        path = current.data(0, PathRole)
        if path != self.selected:
            self.selected = path
            self.fields.show_item(self.data, path)
            self.fields.show_problems(self.located)

    # --- header, saving, exporting -----------------------------------------------------------

    @Slot(bool)
    def _on_clean_changed(self, _clean: bool) -> None:
        self._show_header()

    def _show_header(self) -> None:
        lang = self.fields.shown_language
        title = fd.shown(self.data.get("title"), lang) or self.tr("New form")
        if self.base is None:
            self.heading.setText(self.tr("New form: {title}").format(title=title))
        else:
            self.heading.setText(
                self.tr("{title} · version {version}").format(title=title, version=self.base[1])
            )
        self.heading.setToolTip(self.heading.text())
        count = len(self.located)
        if count:
            self.problems.setText(self.tr("%n problem(s) to fix before saving", "", count))
            self.problems.setStyleSheet(f"color: {theme.POOR.name()}; font-weight: 600;")
        else:
            self.problems.setText(
                self.tr("No problems · unsaved changes")
                if self.modified
                else self.tr("No problems")
            )
            self.problems.setStyleSheet(f"color: {theme.MUTED.name()};")
        self.save_button.setEnabled(not count)
        self.export_button.setEnabled(not count)
        self.save_button.setToolTip(
            self.tr("Fix the problems first: %n left", "", count)
            if count
            else self.tr("Save the form (Ctrl+S); with encounters recorded, as a new version")
        )

    @Slot()
    def save(self) -> bool:
        """Store the form. Returns whether it was saved."""
        if self.located or self.valid_form is None:
            return False
        try:
            result = save_edited_form(self.workspace.db, self.valid_form, base=self.base)
        except (StoreError, FormError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Form not saved"), str(error).splitlines()[0])
            return False
        previous, self.base = self.base, (result.form_id, result.version)
        self.data["version"] = result.version
        self.data["id"] = result.form_id
        self.valid_form = validate_form(self.data)
        self.stack.clear()
        self.stack.setClean()
        self.apply(self.data, self.selected, True)
        announce(self.workspace, Changes.of("forms"))
        if result.created_new_version and previous is not None:
            lines = diff_lines(result.diff)
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(self.tr("Saved as a new version"))
            box.setText(
                self.tr(
                    "Saved as version {version}. Version {old} stays as it was: a version that "
                    "encounters use, a shipped one or an earlier one never changes, so what was "
                    "recorded with it keeps its questions and scores."
                ).format(version=result.version, old=previous[1])
            )
            box.setInformativeText(
                self.tr("What changed since the last version:")
                + "\n"
                + "\n".join(f"• {line}" for line in lines or [self.tr("nothing")])
            )
            box.open()
            self.last_message = box
        self.saved.emit(result.form_id, result.version)
        return True

    @Slot()
    def export_yaml(self) -> None:
        if self.valid_form is None or self.located:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the form"),
            str(Path.home() / f"{self.valid_form.id}.yaml"),
            self.tr("YAML form (*.yaml)"),
        )
        if path:
            write_yaml(self, self.valid_form, path)


def write_yaml(parent: QWidget, form: Form, path: str) -> bool:
    """Write a form's canonical YAML to `path`, saying why when it cannot."""
    try:
        write_form_yaml(path, form)  # whole or not at all, the same bytes on every system
    except OSError as error:
        QMessageBox.warning(
            parent,
            translate("FormBuilder", "Form not exported"),
            translate("FormBuilder", "Cannot write {path}: {reason}").format(
                path=path, reason=error.strerror or error
            ),
        )
        return False
    return True


def diff_lines(diff: form_diff.FormDiff | None) -> list[str]:
    """What changed between two versions, in the UI's language."""
    if diff is None:
        return []
    return [
        form_diff.wording(change, translate("FormDiff", str(DIFF_MESSAGES[change.kind])))
        for change in diff.changes
    ]


class NewFormDialog(QDialog):
    """A new form: its template, id and title; or, `duplicating` a form (its title), the
    copy's id and title."""

    def __init__(self, parent: QWidget | None = None, duplicating: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Duplicate {title}").format(title=duplicating)
            if duplicating
            else self.tr("New form")
        )
        self.template = QComboBox()
        lang = display.ui_language()
        for key, template in form_templates.TEMPLATES.items():
            self.template.addItem(template.title.get(lang) or template.title["en"], key)
        self.form_id = QLineEdit()
        self.form_id.setPlaceholderText(self.tr("e.g. store-visit"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Store visit"))
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {theme.POOR.name()};")
        self.problem.setWordWrap(True)
        layout = QFormLayout(self)
        if duplicating is None:
            layout.addRow(self.tr("&Start from:"), self.template)
        layout.addRow(self.tr("Form &id:"), self.form_id)
        layout.addRow(self.tr("&Title:"), self.title)
        layout.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)
        self.form_id.textChanged.connect(self._check)
        self.title.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        problem = ""
        ident = self.form_id.text().strip()
        if ident and not fd.FORM_ID.fullmatch(ident):
            problem = self.tr("An id has small letters a–z, digits and hyphens, e.g. store-visit")
        self.problem.setText(problem)
        ok = bool(ident and self.title.text().strip() and not problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def chosen(self) -> dict[str, Any]:
        """The new form's raw data."""
        form = form_templates.template_form(
            self.template.currentData(),
            form_id=self.form_id.text().strip(),
            title=self.title.text().strip(),
        )
        return form.definition()
