"""The forms view: the stored questionnaires and their versions, importing a YAML form
(problems listed, nothing imported), and a read-only preview as the observer will see it."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.changes import Changes
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
    load_form,
)
from mysteryshop.paths import shipped_form_files
from mysteryshop.store import queries
from mysteryshop.store.db import StoreError
from mysteryshop.store.records import FormVersionInfo
from mysteryshop.ui import display, theme
from mysteryshop.ui.ops import Refresher, announce
from mysteryshop.ui.workspace import Workspace

translate = QCoreApplication.translate  # a short name pyside6-lupdate still recognises

FORM_SUFFIXES = (".yaml", ".yml")


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
                QLocale().toString(row.imported_at.astimezone().date().isoformat())
                if row.imported_at
                else ""
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


def _type_names() -> dict[str, str]:
    return {
        "yes_no": translate("FormsView", "Yes / No"),
        "rating": translate("FormsView", "Rating"),
        "feeling": translate("FormsView", "Feeling"),
        "choice": translate("FormsView", "One choice"),
        "multi_choice": translate("FormsView", "Several choices"),
        "number": translate("FormsView", "Number"),
        "duration": translate("FormsView", "Duration"),
        "text": translate("FormsView", "Text"),
        "note": translate("FormsView", "Note"),
    }


def _timer_events() -> dict[str, str]:
    return {
        "arrived": translate("FormsView", "arrived"),
        "greeted": translate("FormsView", "greeted"),
        "served": translate("FormsView", "served"),
        "left": translate("FormsView", "left"),
    }


def _feeling_defaults() -> dict[int, str]:
    return {
        -2: translate("FormsView", "Clearly diminished"),
        -1: translate("FormsView", "Somewhat diminished"),
        0: translate("FormsView", "Neither"),
        1: translate("FormsView", "Somewhat uplifted"),
        2: translate("FormsView", "Clearly uplifted"),
    }


PILL = "<td style='border: 1px solid {border}; background: {fill}; padding: 3px 10px;'>{text}</td>"


def _pills(texts: list[str], fill: str = "#ffffff") -> str:
    cells = "".join(PILL.format(border=theme.GRID.name(), fill=fill, text=text) for text in texts)
    return f"<table cellspacing='4' cellpadding='0'><tr>{cells}</tr></table>"


class FormPreview:
    """A form rendered as HTML for a QTextBrowser: what the observer sees, with each
    question's type, points, markers and conditions spelled out."""

    def __init__(self, form: Form, lang: str | None = None) -> None:
        self.form = form
        self.lang = lang or form.default_language
        self.numbers: dict[str, int] = {}
        number = 0
        for question in form.questions():
            if not isinstance(question, NoteItem):
                number += 1
                self.numbers[question.id] = number

    def tr(self, text: Any) -> str:
        return self.form.tr(text, self.lang)

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
        na = [translate("FormsView", "N/A")] if getattr(question, "allow_na", False) else []
        if isinstance(question, YesNoQuestion):
            return _pills([translate("FormsView", "Yes"), translate("FormsView", "No"), *na])
        if isinstance(question, RatingQuestion):
            low, high = question.scale
            texts = []
            for value in range(low, high + 1):
                label = question.labels.get(value)
                texts.append(
                    f"<b>{value}</b>"
                    + (f"<br><small>{escape(self.tr(label))}</small>" if label is not None else "")
                )
            return _pills([*texts, *na])
        if isinstance(question, FeelingQuestion):
            defaults = _feeling_defaults()
            texts = []
            for value in range(-2, 3):
                label = question.labels.get(value)
                shown = self.tr(label) if label is not None else defaults[value]
                sign = "+" if value > 0 else "−" if value < 0 else ""
                texts.append(f"<b>{sign}{abs(value)}</b><br><small>{escape(shown)}</small>")
            return _pills([*texts, *na])
        if isinstance(question, (ChoiceQuestion, MultiChoiceQuestion)):
            marker = "○ " if isinstance(question, ChoiceQuestion) else "☐ "
            texts = []
            for option in question.options:
                points = (
                    f" <small style='color:{theme.MUTED.name()};'>"
                    f"({escape(_points(option.points))})</small>"
                    if question.scored
                    else ""
                )
                texts.append(marker + escape(self.tr(option.text)) + points)
            return _pills([*texts, *na])
        if isinstance(question, NumberQuestion):
            if question.min is not None and question.max is not None:
                hint = translate("FormsView", "a number from {min} to {max}").format(
                    min=_number(question.min), max=_number(question.max)
                )
            elif question.min is not None:
                hint = translate("FormsView", "a number, at least {min}").format(
                    min=_number(question.min)
                )
            elif question.max is not None:
                hint = translate("FormsView", "a number, at most {max}").format(
                    max=_number(question.max)
                )
            else:
                hint = translate("FormsView", "a number")
            return _pills([f"<span style='color:{theme.MUTED.name()};'>{escape(hint)}</span>", *na])
        if isinstance(question, DurationQuestion):
            parts = [translate("FormsView", "seconds")]
            if question.timer:
                events = _timer_events()
                parts = [
                    translate("FormsView", "seconds, from the visit timer: {start} → {end}").format(
                        start=events[question.timer[0]], end=events[question.timer[1]]
                    )
                ]
            return _pills(
                [f"<span style='color:{theme.MUTED.name()};'>{escape(parts[0])}</span>", *na]
            )
        if isinstance(question, TextQuestion):
            placeholder = escape(translate("FormsView", "free text")) + "&nbsp;" * 40
            return _pills([f"<span style='color:{theme.MUTED.name()};'>{placeholder}</span>", *na])
        return ""

    def markers(self, question: Question) -> str:
        """Type, points, dimension and flags in one line."""
        items = [_type_names().get(question.type, question.type)]
        if isinstance(question, RatingQuestion):
            items[0] = translate("FormsView", "Rating {low}–{high}").format(
                low=question.scale[0], high=question.scale[1]
            )
        if isinstance(question, DurationQuestion) and question.target is not None:
            items.append(
                translate("FormsView", "full points at {target} s or less").format(
                    target=_number(question.target)
                )
            )
        if question.scored:
            items.append(_points(question.max_points))
        elif isinstance(question, FeelingQuestion):
            items.append(translate("FormsView", "not scored: counts towards Net Uplift"))
        elif not isinstance(question, (NumberQuestion, TextQuestion)):
            items.append(translate("FormsView", "not scored"))
        dimension = getattr(question, "dimension", None)
        if dimension:
            items.append(
                translate("FormsView", "dimension: {dimension}").format(dimension=dimension)
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
            if isinstance(target, MultiChoiceQuestion):
                what = translate("FormsView", "includes {values}").format(
                    values=translate("FormsView", " or ").join(values)
                )
        elif condition.equals is not None:
            what = translate("FormsView", "is {value}").format(value=values[0])
            if isinstance(target, MultiChoiceQuestion):
                what = translate("FormsView", "includes {value}").format(value=values[0])
        else:
            what = translate("FormsView", "is answered and is not {value}").format(value=values[0])
            if isinstance(target, MultiChoiceQuestion):
                what = translate("FormsView", "is answered without {value}").format(value=values[0])
        return translate("FormsView", "Shown only when {question} {condition}").format(
            question=name, condition=what
        )

    def value_text(self, target: Question, value: Any) -> str:
        if isinstance(target, YesNoQuestion) and isinstance(value, bool):
            return translate("FormsView", "Yes") if value else translate("FormsView", "No")
        if isinstance(target, (ChoiceQuestion, MultiChoiceQuestion)):
            option = target.option(str(value))
            if option is not None:
                return self.tr(option.text)
        if isinstance(target, (RatingQuestion, FeelingQuestion)):
            label = target.labels.get(value) if isinstance(value, int) else None
            if label is not None:
                return f"{value} ({self.tr(label)})"
        return str(value)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --- the problems dialog ----------------------------------------------------------------------


class ProblemsDialog(QDialog):
    """Why a form was not imported: a headline, what to do, and one line per problem
    (selectable and copyable)."""

    def __init__(
        self,
        title: str,
        headline: str,
        advice: str,
        problems: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.problems = list(problems)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32)
        )
        self.headline = QLabel(headline)
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setStyleSheet("font-weight: 600;")
        self.advice = QLabel(advice)
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.list.addItems(self.problems)
        self.list.setVisible(bool(self.problems))
        self.list.setMinimumHeight(min(24 + 34 * len(self.problems), 300))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        if self.problems:
            copy = buttons.addButton(
                self.tr("Copy problems"), QDialogButtonBox.ButtonRole.ActionRole
            )
            copy.clicked.connect(self.on_copy_clicked)
        buttons.rejected.connect(self.reject)
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addWidget(self.headline)
        text.addWidget(self.advice)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.resize(680 if self.problems else 520, self.sizeHint().height())

    @Slot()
    def on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.problems))


# --- the view ---------------------------------------------------------------------------------


class FormsView(QWidget):
    """Stored forms with their versions, import from YAML, and a preview."""

    form_imported = Signal(str, int)  # form id, version

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.last_problems: list[str] = []
        self.problems_dialog: ProblemsDialog | None = None
        self.preview_form: Form | None = None
        self._rendered: tuple[str, int] | None = None
        self.setAcceptDrops(True)

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
                "Import a form from a YAML file (.yaml, .yml). You can also drop the file here."
            )
        )
        self.import_button.clicked.connect(self.on_import_clicked)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {theme.MUTED.name()};")

        self.model = FormsModel(self)
        self.table = QTableView()
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

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 12, 0)
        left_layout.setSpacing(10)
        left_layout.addWidget(heading)
        left_layout.addWidget(intro)
        left_layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(splitter)

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
        """Reload the list (importing the shipped forms into an empty database first)."""
        rows = queries.list_forms(self.workspace.db)
        if not rows and self.import_shipped_forms():
            rows = queries.list_forms(self.workspace.db)
        selected = self.selected_key()
        self.model.set_rows(rows)
        row = self.model.row_of(*selected) if selected else None
        if row is None:  # the default form first: the last used one, else the shipped default
            wanted = self.workspace.settings.last_form or "service-encounter"
            row = next((n for n, info in enumerate(rows) if info.form_id == wanted), 0)
        self.select_row(row)

    def import_shipped_forms(self) -> int:
        """Store the forms that come with the app; returns how many were new."""
        added = 0
        for path in shipped_form_files():
            try:
                added += queries.store_form(self.workspace.db, load_form(path))[1]
            except (FormError, StoreError) as error:  # a broken install: say so, go on
                self.status.setText(str(error))
        if added:
            announce(self.workspace, Changes.of("forms"), self)
        return added

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

    # --- importing ------------------------------------------------------------------------

    @Slot()
    def on_import_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a form"),
            str(Path.home()),
            self.tr("Forms (*.yaml *.yml);;All files (*)"),
        )
        if path:
            self.import_form_file(path)

    def import_form_file(self, path: str) -> bool:
        """Validate and store the form in `path`. On any problem nothing is imported, the
        problems are listed in a dialog (and kept in `last_problems`) and False returned."""
        self.last_problems = []
        name = Path(path).name
        try:
            form = load_form(path)
        except FormError as error:
            # Each problem starts with the file's path: the dialog names the file once.
            prefix = f"{path}: "
            problems = [p[len(prefix) :] if p.startswith(prefix) else p for p in error.problems]
            self._refuse(
                self.tr("{name} was not imported. Problems found: {count}").format(
                    name=name, count=len(problems)
                ),
                self.tr(
                    "Nothing was imported. Fix the file and import it again; each problem "
                    "names its place in the file."
                ),
                problems,
            )
            return False
        existing = {
            (info.form_id, info.version): info for info in queries.list_forms(self.workspace.db)
        }
        stored = existing.get((form.id, form.version))
        if stored is not None and stored.content_hash != form.content_hash():
            latest = max(version for form_id, version in existing if form_id == form.id)
            self._refuse(
                self.tr(
                    "{name} was not imported: version {version} of “{title}” is already "
                    "stored, with different content."
                ).format(name=name, version=form.version, title=stored.title),
                self.tr(
                    "A stored form version never changes, so that encounters keep the "
                    "questions they were recorded with. To import your changes, set "
                    "“version: {next}” in the file and import it again."
                ).format(next=latest + 1),
                [],
            )
            return False
        title = form.tr(form.title)
        try:
            _info, new = queries.store_form(self.workspace.db, form)
        except StoreError as error:
            self._refuse(
                self.tr("{name} was not imported.").format(name=name),
                self.tr("The database refused it:"),
                error.problems,
            )
            return False
        if new:
            self.status.setText(
                self.tr("Imported “{title}” version {version}.").format(
                    title=title, version=form.version
                )
            )
            announce(self.workspace, Changes.of("forms"), self)
        else:
            self.status.setText(
                self.tr("“{title}” version {version} is already imported; nothing changed.").format(
                    title=title, version=form.version
                )
            )
        self.refresh()
        row = self.model.row_of(form.id, form.version)
        if row is not None:
            self.select_row(row)
        self.form_imported.emit(form.id, form.version)
        return True

    def _refuse(self, headline: str, advice: str, problems: list[str]) -> None:
        self.last_problems = list(problems) or [advice]
        self.status.setText(headline)
        self.show_problems(self.tr("Form not imported"), headline, advice, problems)

    def show_problems(self, title: str, headline: str, advice: str, problems: list[str]) -> None:
        """Explain a refused import in a window-modal dialog; open() does not block the
        caller (nor a test)."""
        if self.problems_dialog is not None:
            self.problems_dialog.close()
            self.problems_dialog.deleteLater()
        self.problems_dialog = ProblemsDialog(title, headline, advice, problems, self)
        self.problems_dialog.open()

    # --- drag and drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        urls = event.mimeData().urls()
        if urls and all(
            url.isLocalFile() and url.toLocalFile().lower().endswith(FORM_SUFFIXES) for url in urls
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        for url in event.mimeData().urls():
            self.import_form_file(url.toLocalFile())
        event.acceptProposedAction()
