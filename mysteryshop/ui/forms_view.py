"""The forms view: the stored questionnaires and their versions, an Import button (the import
itself runs in ui/exchange's controller), and a read-only preview as the observer will see it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QLocale,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.exchange import files
from mysteryshop.forms import (
    ChoiceQuestion,
    DurationQuestion,
    FeelingQuestion,
    Form,
    FormError,
    MultiChoiceQuestion,
    NoteItem,
    NumberQuestion,
    Question,
    RatingQuestion,
    TextQuestion,
    YesNoQuestion,
)
from mysteryshop.store import form_edits, queries
from mysteryshop.store.db import StoreError
from mysteryshop.store.records import FormVersionInfo
from mysteryshop.ui import display, theme
from mysteryshop.ui.answers import wording
from mysteryshop.ui.editor_flow import FlowLayout
from mysteryshop.ui.exchange import ExchangeReport
from mysteryshop.ui.ops import Refresher
from mysteryshop.ui.workspace import Workspace
from mysteryshop.vocabulary import FEELING_LABELS, TIMER_EVENTS

if TYPE_CHECKING:
    from mysteryshop.ui.form_builder import FormBuilder

translate = QCoreApplication.translate  # a short name pyside6-lupdate still recognises


def _number(value: float) -> str:
    return QLocale().toString(float(value), "g", 6)


def language_name(code: str) -> str:
    """A language's own name ('suomi', 'svenska'); plain 'English' rather than the
    'American English' of the bare code's default territory."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.English:
        return "English"
    name = locale.nativeLanguageName() or code
    return name[:1].upper() + name[1:]


def _points(value: float) -> str:
    return (
        translate("FormsView", "1 point")
        if value == 1
        else translate("FormsView", "{n} points").format(n=_number(value))
    )


# --- the list of stored forms -----------------------------------------------------------------


_ROOT = QModelIndex()


class FormsModel(QAbstractTableModel):
    """Stored form versions: title, id, version, encounters recorded with it."""

    COL_TITLE, COL_VERSION, COL_ENCOUNTERS = range(3)
    KeyRole = Qt.ItemDataRole.UserRole + 1  # (form id, version)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[FormVersionInfo] = []

    def set_rows(self, rows: list[FormVersionInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, form_id: str, version: int) -> int | None:
        for number, row in enumerate(self.rows):
            if (row.form_id, row.version) == (form_id, version):
                return number
        return None

    def rowCount(self, parent: Any = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("FormsView", "Form"),
                translate("FormsView", "Version"),
                translate("FormsView", "Encounters"),
            )[section]
        return None

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_TITLE:
                return row.title
            if column == self.COL_VERSION:
                return translate("FormsView", "v{version}").format(version=row.version)
            return QLocale().toString(row.encounters)
        if role == Qt.ItemDataRole.ToolTipRole:
            imported = (
                display.date_text(row.imported_at.astimezone().date()) if row.imported_at else ""
            )
            return translate(
                "FormsView", "{title}\nid {id}, version {version}\nimported {date}"
            ).format(title=row.title, id=row.form_id, version=row.version, date=imported)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_TITLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column != self.COL_TITLE:
            return theme.MUTED
        if role == self.KeyRole:
            return (row.form_id, row.version)
        return None


# --- the preview ------------------------------------------------------------------------------


def _timer_events() -> dict[str, str]:
    """Timer events mid-sentence: 'arrived', 'greeted' …"""
    return {event: display.timer_event_name(event).lower() for event in TIMER_EVENTS}


def _feeling_defaults() -> dict[int, str]:
    return {value: display.feeling_label(value) for value in FEELING_LABELS}


PILL = "<td style='border: 1px solid {border}; background: {fill}; padding: 3px 10px;'>{text}</td>"


def _pills(texts: list[str], fill: str = "#ffffff") -> str:
    cells = "".join(PILL.format(border=theme.GRID.name(), fill=fill, text=text) for text in texts)
    return f"<table cellspacing='4' cellpadding='0'><tr>{cells}</tr></table>"


def _muted(text: str) -> str:
    return f"<span style='color:{theme.MUTED.name()};'>{escape(text)}</span>"


@dataclass(frozen=True)
class TypePreview:
    """How the preview shows a question of one type: the type in words, the answer boxes
    (HTML) as the observer sees them, rules of the type in words, and what it says when the
    question earns no points (None: the type is never scored)."""

    kind: str
    boxes: list[str]
    notes: list[str] = field(default_factory=list)
    unscored: str | None = None


def _not_scored() -> str:
    return translate("FormsView", "not scored")


def _yes_no_preview(preview: FormPreview, question: YesNoQuestion) -> TypePreview:
    boxes = [translate("FormsView", "Yes"), translate("FormsView", "No")]
    return TypePreview(translate("FormsView", "Yes / No"), boxes, unscored=_not_scored())


def _rating_preview(preview: FormPreview, question: RatingQuestion) -> TypePreview:
    low, high = question.scale
    boxes = []
    for value in range(low, high + 1):
        label = question.labels.get(value)
        boxes.append(
            f"<b>{value}</b>"
            + (f"<br><small>{escape(preview.tr(label))}</small>" if label is not None else "")
        )
    kind = translate("FormsView", "Rating {low}–{high}").format(low=low, high=high)
    return TypePreview(kind, boxes, unscored=_not_scored())


def _feeling_preview(preview: FormPreview, question: FeelingQuestion) -> TypePreview:
    defaults = _feeling_defaults()
    boxes = []
    for value in range(-2, 3):
        label = question.labels.get(value)
        shown = preview.tr(label) if label is not None else defaults[value]
        sign = "+" if value > 0 else "−" if value < 0 else ""
        boxes.append(f"<b>{sign}{abs(value)}</b><br><small>{escape(shown)}</small>")
    return TypePreview(
        translate("FormsView", "Feeling"),
        boxes,
        unscored=translate("FormsView", "not scored: counts towards Net Uplift"),
    )


def _option_boxes(
    preview: FormPreview, question: ChoiceQuestion | MultiChoiceQuestion
) -> list[str]:
    marker = "☐ " if question.chooses_several else "○ "
    boxes = []
    for option in question.options:
        points = (
            f" <small style='color:{theme.MUTED.name()};'>"
            f"({escape(_points(option.points))})</small>"
            if question.scored
            else ""
        )
        boxes.append(marker + escape(preview.tr(option.text)) + points)
    return boxes


def _choice_preview(preview: FormPreview, question: ChoiceQuestion) -> TypePreview:
    return TypePreview(
        translate("FormsView", "One choice"),
        _option_boxes(preview, question),
        unscored=_not_scored(),
    )


def _multi_choice_preview(preview: FormPreview, question: MultiChoiceQuestion) -> TypePreview:
    return TypePreview(
        translate("FormsView", "Several choices"),
        _option_boxes(preview, question),
        unscored=_not_scored(),
    )


def _number_preview(preview: FormPreview, question: NumberQuestion) -> TypePreview:
    if question.min is not None and question.max is not None:
        hint = translate("FormsView", "a number from {min} to {max}").format(
            min=_number(question.min), max=_number(question.max)
        )
    elif question.min is not None:
        hint = translate("FormsView", "a number, at least {min}").format(min=_number(question.min))
    elif question.max is not None:
        hint = translate("FormsView", "a number, at most {max}").format(max=_number(question.max))
    else:
        hint = translate("FormsView", "a number")
    return TypePreview(translate("FormsView", "Number"), [_muted(hint)])


def _duration_preview(preview: FormPreview, question: DurationQuestion) -> TypePreview:
    hint = translate("FormsView", "seconds")
    if question.timer:
        events = _timer_events()
        hint = translate("FormsView", "seconds, from the visit timer: {start} → {end}").format(
            start=events[question.timer[0]], end=events[question.timer[1]]
        )
    notes = []
    if question.target is not None:
        notes.append(
            translate("FormsView", "full points at {target} s or less").format(
                target=_number(question.target)
            )
        )
    return TypePreview(
        translate("FormsView", "Duration"), [_muted(hint)], notes, unscored=_not_scored()
    )


def _text_preview(preview: FormPreview, question: TextQuestion) -> TypePreview:
    placeholder = escape(translate("FormsView", "free text")) + "&nbsp;" * 40
    muted = f"<span style='color:{theme.MUTED.name()};'>{placeholder}</span>"
    return TypePreview(translate("FormsView", "Text"), [muted])


def _note_preview(preview: FormPreview, question: NoteItem) -> TypePreview:
    return TypePreview(translate("FormsView", "Note"), [])


# How the preview shows each question type (tests/test_question_types.py checks that every
# type of forms.QUESTION_CLASSES has an entry).
PREVIEWS: dict[type[Any], Callable[[FormPreview, Any], TypePreview]] = {
    YesNoQuestion: _yes_no_preview,
    RatingQuestion: _rating_preview,
    FeelingQuestion: _feeling_preview,
    ChoiceQuestion: _choice_preview,
    MultiChoiceQuestion: _multi_choice_preview,
    NumberQuestion: _number_preview,
    DurationQuestion: _duration_preview,
    TextQuestion: _text_preview,
    NoteItem: _note_preview,
}


class FormPreview:
    """A form rendered as HTML for a QTextBrowser: what the observer sees, with each
    question's type, points, markers and conditions spelled out."""

    def __init__(self, form: Form, lang: str | None = None) -> None:
        self.form = form
        self.lang = lang or form.default_language
        self.numbers: dict[str, int] = {}
        for number, question in enumerate(form.answerable(), start=1):
            self.numbers[question.id] = number

    def tr(self, text: Any) -> str:
        return self.form.tr(text, self.lang)

    def type_preview(self, question: Question) -> TypePreview:
        return PREVIEWS[type(question)](self, question)

    def html(self) -> str:
        form = self.form
        muted = theme.MUTED.name()
        parts = [
            f"<div style='color:{theme.TEXT.name()};'>",
            f"<h2 style='margin-bottom:2px;'>{escape(self.tr(form.title))}</h2>",
        ]
        channels = ", ".join(display.channel_label(c) for c in form.channels)
        languages = ", ".join(language_name(code) for code in form.languages)
        total = sum(q.max_points for q in form.questions())
        parts.append(
            f"<p style='color:{muted}; margin-top:0;'>"
            + escape(
                translate(
                    "FormsView",
                    "{id} · version {version} · {questions} questions · up to {points} · "
                    "channels: {channels} · languages: {languages}",
                ).format(
                    id=form.id,
                    version=form.version,
                    questions=len(self.numbers),
                    points=_points(total),
                    channels=channels,
                    languages=languages,
                )
            )
            + "</p>"
        )
        if form.description is not None:
            parts.append(f"<p>{escape(self.tr(form.description))}</p>")
        for section in form.sections:
            parts.append(
                f"<h3 style='margin-top:18px; margin-bottom:2px; color:{theme.ACCENT.name()};'>"
                f"{escape(self.tr(section.title))}</h3>"
            )
            if section.description is not None:
                parts.append(
                    f"<p style='color:{muted}; margin-top:0;'>"
                    f"{escape(self.tr(section.description))}</p>"
                )
            for question in section.questions:
                parts.append(self.question_html(question))
        parts.append("</div>")
        return "".join(parts)

    def question_html(self, question: Question) -> str:
        muted = theme.MUTED.name()
        text = escape(self.tr(question.text))
        if isinstance(question, NoteItem):
            return (
                f"<p style='background:{theme.ACCENT_LIGHT.name()}; padding:6px;'><i>{text}</i></p>"
            )
        number = self.numbers[question.id]
        required = (
            f" <span style='color:{theme.POOR.name()};'>*</span>"
            if getattr(question, "required", False)
            else ""
        )
        out = [
            f"<p style='margin-top:12px; margin-bottom:2px;'><b>{number}. {text}</b>{required}</p>"
        ]
        if question.hint is not None:
            out.append(
                f"<p style='color:{muted}; margin-top:0; margin-bottom:2px;'>"
                f"<i>{escape(self.tr(question.hint))}</i></p>"
            )
        if question.show_if is not None:
            out.append(
                f"<p style='color:{theme.ACCENT.name()}; margin:0;'>"
                f"↳ {escape(self.condition_text(question))}</p>"
            )
        out.append(self.answer_html(question))
        out.append(
            f"<p style='color:{muted}; margin-top:0; font-size:small;'>"
            f"{escape(self.markers(question))}</p>"
        )
        return "".join(out)

    def answer_html(self, question: Question) -> str:
        """The answer widgets as the observer sees them, drawn as outlined boxes."""
        boxes = self.type_preview(question).boxes
        if not boxes:
            return ""
        na = [translate("FormsView", "N/A")] if getattr(question, "allow_na", False) else []
        return _pills([*boxes, *na])

    def markers(self, question: Question) -> str:
        """Type, points, dimension and flags in one line."""
        shown = self.type_preview(question)
        items = [shown.kind, *shown.notes]
        if question.scored:
            items.append(_points(question.max_points))
        elif shown.unscored is not None:
            items.append(shown.unscored)
        dimension = getattr(question, "dimension", None)
        if dimension:
            items.append(
                translate("FormsView", "dimension: {dimension}").format(
                    dimension=display.dimension_name(dimension)
                )
            )
        if getattr(question, "required", False):
            items.append(translate("FormsView", "required"))
        if getattr(question, "critical", False):
            items.append(translate("FormsView", "critical: no points flags the visit"))
        if getattr(question, "allow_na", False):
            items.append(translate("FormsView", "N/A allowed"))
        return " · ".join(items)

    def condition_text(self, question: Question) -> str:
        """A show_if condition in words: 'Shown only when 3. “…” is Yes'."""
        condition = question.show_if
        assert condition is not None
        target = self.form.question(condition.question)
        if target is None:  # validation refuses this; keep the preview from failing anyway
            return translate("FormsView", "Shown only under a condition")
        name = translate("FormsView", "{number}. “{text}”").format(
            number=self.numbers.get(target.id, "?"), text=_shorten(self.tr(target.text), 60)
        )
        values = [self.value_text(target, value) for value in condition.expected_values()]
        if condition.in_ is not None:
            what = translate("FormsView", "is {values}").format(
                values=translate("FormsView", " or ").join(values)
            )
            if target.chooses_several:
                what = translate("FormsView", "includes {values}").format(
                    values=translate("FormsView", " or ").join(values)
                )
        elif condition.equals is not None:
            what = translate("FormsView", "is {value}").format(value=values[0])
            if target.chooses_several:
                what = translate("FormsView", "includes {value}").format(value=values[0])
        else:
            what = translate("FormsView", "is answered and is not {value}").format(value=values[0])
            if target.chooses_several:
                what = translate("FormsView", "is answered without {value}").format(value=values[0])
        return translate("FormsView", "Shown only when {question} {condition}").format(
            question=name, condition=what
        )

    def value_text(self, target: Question, value: Any) -> str:
        """A value a show_if compares with, as the answer it stands for reads."""
        return target.words(target.condition_answer(value), self.form, wording(self.lang))


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --- the view ---------------------------------------------------------------------------------


class FormsView(QWidget):
    """Stored forms with their versions, an Import button, and a preview. The window imports
    the files (`import_requested` → ExchangeController.open_files, which also takes files
    dropped here) and hands back each result (`on_import_finished`)."""

    import_requested = Signal(list)  # paths of form files
    record_requested = Signal(str)  # a new encounter with this form (its id)
    builder_made = Signal(object)  # the FormBuilder, once made (the window adds its actions)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.preview_form: Form | None = None
        self._rendered: tuple[str, int] | None = None

        heading = QLabel(self.tr("Forms"))
        heading.setProperty("role", "heading")
        intro = QLabel(
            self.tr(
                "The questionnaires observers fill in. A changed form is imported as a "
                "new version; encounters keep the version they were recorded with."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {theme.MUTED.name()};")
        self.import_button = QPushButton(self.tr("Import form…"))
        self.import_button.setProperty("role", "primary")
        self.import_button.setToolTip(
            self.tr(
                "Import a form from a YAML file (.yaml, .yml) or an XLSForm (.xlsx). You can "
                "also drop the file here."
            )
        )
        self.import_button.clicked.connect(self.on_import_clicked)
        # The form builder (ui/form_builder.py): its entry points, each also in the context
        # menu with its shortcut.
        self.new_button = QPushButton(self.tr("&New form…"))
        self.new_button.setToolTip(self.tr("Build a new form from a template (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(self.new_form)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(
            self.tr(
                "Edit the selected form in the builder (Ctrl+Shift+E); a version with "
                "encounters is saved as a new version"
            )
        )
        self.edit_button.clicked.connect(self.edit_form)
        self.builder_actions: list[QAction] = []
        for text, keys, slot in (
            (self.tr("&New form…"), "Ctrl+Shift+N", self.new_form),
            (self.tr("&Edit / new version…"), "Ctrl+Shift+E", self.edit_form),
            (self.tr("&Duplicate…"), "Ctrl+Shift+D", self.duplicate_form),
            (self.tr("Import into the &builder…"), "Ctrl+Shift+I", self.import_into_builder),
            (self.tr("E&xport to YAML…"), "Ctrl+Shift+X", self.export_yaml),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.builder_actions.append(action)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {theme.MUTED.name()};")

        self.model = FormsModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Forms"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FormsModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.on_context_menu)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 12, 0)
        left_layout.setSpacing(10)
        left_layout.addWidget(heading)
        left_layout.addWidget(intro)
        buttons_row = QWidget()
        buttons = FlowLayout(buttons_row)  # wraps when the list is narrow (1024×640)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        left_layout.addWidget(buttons_row)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.status)

        self.preview_title = QLabel(self.tr("Preview"))
        self.preview_title.setStyleSheet("font-weight: 600;")
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Preview language"))
        self.language.currentIndexChanged.connect(self.on_language_changed)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setFrameShape(QFrame.Shape.NoFrame)
        self.preview.document().setDocumentMargin(12)
        preview_header = QHBoxLayout()
        preview_header.addWidget(self.preview_title)
        preview_header.addStretch(1)
        preview_header.addWidget(language_label)
        preview_header.addWidget(self.language)
        right = QFrame()
        right.setProperty("role", "card")
        right.setFrameShape(QFrame.Shape.StyledPanel)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 10, 4, 4)
        right_layout.addLayout(preview_header)
        right_layout.addWidget(self.preview, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 600])
        splitter.setChildrenCollapsible(False)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(24, 20, 24, 20)
        listing_layout.addWidget(splitter)
        self.pages = QStackedWidget()
        self.pages.addWidget(listing)
        self._builder: FormBuilder | None = None  # made when first opened: not at the start
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        # The encounters too: the list shows how many were recorded with each version.
        self.refresher = Refresher(
            self,
            workspace,
            lambda _changes: self.refresh(),
            lambda c: c.touches("forms", "encounters"),
            stale=True,
        )

    # --- the list -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list, keeping the selection (else the last used form, else the default)."""
        db = self.workspace.db
        titles = queries.form_titles(db, display.ui_language())
        rows = [
            replace(info, title=titles.get((info.form_id, info.version), info.title))
            for info in queries.list_forms(db)
        ]
        selected = self.selected_key()
        self.model.set_rows(rows)
        row = self.model.row_of(*selected) if selected else None
        if row is None:  # the default form first: the last used one, else the shipped default
            wanted = self.workspace.settings.last_form or "service-encounter"
            row = next((n for n, info in enumerate(rows) if info.form_id == wanted), 0)
        self.select_row(row)

    @Slot(QPoint)
    def on_context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if index.isValid():
            self.table.selectRow(index.row())
            self.context_menu().popup(self.table.viewport().mapToGlobal(point))

    def context_menu(self) -> QMenu:
        """Record with the selected form, or import another."""
        menu = QMenu(self)
        key = self.selected_key()
        record = menu.addAction(
            self.tr("&New encounter with this form"),
            lambda: self.record_requested.emit(key[0] if key else ""),
        )
        record.setEnabled(key is not None)
        menu.addAction(self.import_button.text(), self.import_button.click)
        menu.addSeparator()
        for action in self.builder_actions:
            menu.addAction(action)
        return menu

    def selected_key(self) -> tuple[str, int] | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(FormsModel.KeyRole) if rows else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
        else:
            self.show_preview(None)

    @Slot(QItemSelection, QItemSelection)
    def on_selection_changed(self, *_args: Any) -> None:
        key = self.selected_key()
        self.show_preview(queries.get_form(self.workspace.db, *key) if key else None)

    # --- the preview ----------------------------------------------------------------------

    def show_preview(self, form: Form | None) -> None:
        self.preview_form = form
        self.language.blockSignals(True)
        self.language.clear()
        if form is not None:
            for code in form.languages:
                self.language.addItem(language_name(code), code)
            # The UI's language when the form has it, else the form's first.
            shown = self.language.findData(QLocale().name().split("_")[0])
            self.language.setCurrentIndex(max(shown, 0))
        self.language.blockSignals(False)
        self.language.setEnabled(form is not None and len(form.languages) > 1)
        self._render()

    @Slot(int)
    def on_language_changed(self, _index: int) -> None:
        self._render()

    def _render(self) -> None:
        form = self.preview_form
        if form is None:
            self._rendered = None
            self.preview_title.setText(self.tr("Preview"))
            self.preview.setHtml(
                f"<p style='color:{theme.MUTED.name()};'>"
                + escape(self.tr("Select a form to see it as the observer will."))
                + "</p>"
            )
            return
        self.preview_title.setText(self.tr("Preview: as the observer sees it"))
        # Switching the language keeps the reader's place; another form starts at the top.
        same_form = self._rendered == (form.id, form.version)
        scroll = self.preview.verticalScrollBar().value() if same_form else 0
        self.preview.setHtml(FormPreview(form, self.language.currentData()).html())
        self.preview.verticalScrollBar().setValue(scroll)
        self._rendered = (form.id, form.version)

    # --- the builder -----------------------------------------------------------------------

    @property
    def builder(self) -> FormBuilder:
        """The form builder, made the first time it is needed (`builder_made` then)."""
        if self._builder is None:
            from mysteryshop.ui.form_builder import FormBuilder  # it imports this module

            self._builder = FormBuilder(self.workspace)
            self._builder.finished.connect(self.on_builder_finished)
            self._builder.saved.connect(self.on_builder_saved)
            self.pages.addWidget(self._builder)
            self.builder_made.emit(self._builder)
        return self._builder

    def open_builder(self, data: dict[str, Any], base: tuple[str, int] | None) -> None:
        self.builder.load(data, base)
        self.pages.setCurrentWidget(self.builder)

    def in_builder(self) -> bool:
        return self._builder is not None and self.pages.currentWidget() is self._builder

    def may_leave_builder(self) -> bool:
        """Whether the app may close: asks when the form being built has unsaved edits."""
        return self._builder is None or self._builder.ask_to_leave()

    def save_builder(self) -> bool:
        """Save the form in the builder (the window's Ctrl+S); False when it is not shown."""
        return self.in_builder() and self.builder.save()

    @Slot()
    def new_form(self) -> None:
        if self.in_builder() and not self.builder.ask_to_leave():
            return
        from mysteryshop.ui.form_builder import NewFormDialog

        dialog = NewFormDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                data = dialog.chosen()
            except (FormError, KeyError) as error:
                self.status.setText(str(error).splitlines()[0])
                return
            self.open_builder(data, None)

    @Slot()
    def edit_form(self) -> None:
        key = self.selected_key()
        if key is None or self.in_builder():
            return
        form = queries.get_form(self.workspace.db, *key)
        self.open_builder(form.definition(), key)

    @Slot()
    def duplicate_form(self) -> None:
        key = self.selected_key()
        if key is None or self.in_builder():
            return
        from mysteryshop.ui.form_builder import NewFormDialog

        form = queries.get_form(self.workspace.db, *key)
        dialog = NewFormDialog(self, duplicating=form.tr(form.title, display.ui_language()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            copy = form_edits.duplicate_form(
                form, dialog.form_id.text().strip(), dialog.title.text().strip()
            )
        except FormError as error:
            self.status.setText(str(error).splitlines()[0])
            return
        self.open_builder(copy.definition(), None)

    @Slot()
    def import_into_builder(self) -> None:
        if self.in_builder():
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a form in the builder"),
            str(Path.home()),
            self.tr("Forms (*.yaml *.yml *.xlsx);;All files (*)"),
        )
        if path:
            self.open_file_in_builder(path)

    def open_file_in_builder(self, path: str) -> bool:
        """A YAML form or XLSForm into the builder: an edit of the stored form with its id
        (its latest version), else a new form."""
        try:
            form, _notices = files.read_form_file(path)
        except (FormError, StoreError) as error:
            self.status.setText(str(error).splitlines()[0])
            return False
        versions = [
            i.version for i in queries.list_forms(self.workspace.db) if i.form_id == form.id
        ]
        self.open_builder(form.definition(), (form.id, max(versions)) if versions else None)
        return True

    @Slot()
    def export_yaml(self) -> None:
        key = self.selected_key()
        if key is None or self.in_builder():
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the form"),
            str(Path.home() / f"{key[0]}-v{key[1]}.yaml"),
            self.tr("YAML form (*.yaml)"),
        )
        if path:
            from mysteryshop.ui.form_builder import write_yaml

            form = queries.get_form(self.workspace.db, *key)
            if write_yaml(self, form, path):
                self.status.setText(self.tr("Exported to {path}").format(path=path))

    @Slot()
    def on_builder_finished(self) -> None:
        self.pages.setCurrentIndex(0)
        self.table.setFocus()

    @Slot(str, int)
    def on_builder_saved(self, form_id: str, version: int) -> None:
        self.refresh()
        row = self.model.row_of(form_id, version)
        if row is not None:
            self.select_row(row)

    # --- importing ------------------------------------------------------------------------

    @Slot()
    def on_import_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a form"),
            str(Path.home()),
            self.tr("Forms (*.yaml *.yml *.xlsx);;All files (*)"),
        )
        if path:
            self.import_requested.emit([path])

    @Slot(object)
    def on_import_finished(self, report: ExchangeReport) -> None:
        """Say how a form file's import went, and select the form it imported."""
        if files.import_kind(report.path) != "form":
            return
        self.status.setText(report.headline)
        if report.form is None:
            return
        self.refresher.refresh_if_stale()
        row = self.model.row_of(*report.form)
        if row is not None:
            self.select_row(row)
