"""The Calibration page: do the observers score the same visit the same way?

A list of calibration sessions; for the one chosen, Krippendorff's alpha with its basis and
its reading, the questions that split observers (lowest agreement first), each observer's
leniency and agreement with the consensus, and their drift across sessions; "Save PDF…" writes
the calibration report. The figures come from mysteryshop/calibration.py through
store/calibration.py, read in a worker (ui/tasks); this view only shows them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mysteryshop import calibration, vocabulary
from mysteryshop.calibration import CalibrationReport
from mysteryshop.forms import Form
from mysteryshop.store import calibration as stored
from mysteryshop.store import queries
from mysteryshop.ui import display, tasks, theme
from mysteryshop.ui.answers import answer_text
from mysteryshop.ui.ops import Refresher
from mysteryshop.ui.reports_view import report_language
from mysteryshop.ui.saved_file import PdfJob, SavedFile
from mysteryshop.ui.workspace import Workspace

SAVE_PDF_KEY = "Ctrl+P"
USER_ROLE = Qt.ItemDataRole.UserRole


def alpha_text(value: float | None) -> str:
    """Alpha with three decimals in the user's locale, as Krippendorff prints it."""
    return "–" if value is None else display.locale().toString(float(value), "f", 3)


def reading_text(alpha: calibration.Alpha) -> str:
    """What an alpha means (vocabulary's words, as the PDF says it), or why there is none."""
    if alpha.gap is not None:
        return display.label(vocabulary.ALPHA_GAP_LABELS[alpha.gap])
    assert alpha.reading is not None
    return display.label(vocabulary.ALPHA_READING_LABELS[alpha.reading])


def _reading_colour(alpha: calibration.Alpha) -> Any:
    return {"reliable": theme.GOOD, "tentative": theme.FAIR, "unreliable": theme.POOR}.get(
        alpha.reading or "", theme.MUTED
    )


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{display.score_text(value)} %"


def _signed(value: float | None) -> str:
    if value is None:
        return "–"
    text = display.score_text(abs(value))
    if round(value, 1) == 0:
        return display.score_text(0.0)
    return ("+" if value > 0 else "−") + text


def _item(text: str, *, right: bool = False, data: Any = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if data is not None:
        item.setData(USER_ROLE, data)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    if len(headers) > 5:  # the questions' table: its last column (an answer in words) is cut
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(len(headers) - 1, 190)
    return table


class CalibrationView(QWidget):
    """The Calibration page. `pdf_saved(path)` or `pdf_failed(message)` follows every save."""

    pdf_saved = Signal(str)
    pdf_failed = Signal(str)
    loaded = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.report: CalibrationReport | None = None
        self.form: Form | None = None
        self._generation = 0
        self._infos: dict[str, stored.SessionInfo] = {}

        title = QLabel(self.tr("Observer calibration"))
        title.setObjectName("pageTitle")
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        intro = QLabel(
            self.tr(
                "Several observers record the same scenario on the same form, each marking "
                "their encounter with the session's id. Here you see whether they score "
                "alike, and which questions they read differently."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {theme.MUTED.name()};")

        self.sessions = QListWidget()
        self.sessions.setObjectName("calibrationSessions")
        self.sessions.setAccessibleName(self.tr("Calibration sessions"))
        self.sessions.setSpacing(3)
        self.sessions.currentItemChanged.connect(self.on_session_changed)
        self.empty = QLabel(
            self.tr(
                "No calibration sessions yet. In the editor, choose Calibration session… "
                "to mark an encounter as part of one."
            )
        )
        self.empty.setWordWrap(True)

        self.alpha_value = QLabel("–")
        self.alpha_value.setObjectName("alphaValue")
        self.alpha_value.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.alpha_reading = QLabel()
        self.alpha_reading.setWordWrap(True)
        self.alpha_basis = QLabel()
        self.alpha_basis.setWordWrap(True)
        self.alpha_basis.setStyleSheet(f"color: {theme.MUTED.name()};")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.save_button = QPushButton(self.tr("Save PDF… ({key})").format(key=SAVE_PDF_KEY))
        self.save_button.setToolTip(self.tr("Save the calibration report of this session"))
        self.save_button.clicked.connect(self.on_save_clicked)
        self.save_button.setEnabled(False)
        shortcut = QShortcut(QKeySequence(SAVE_PDF_KEY), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.on_save_clicked)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.questions = _table(
            [
                self.tr("Question"),
                self.tr("Observers"),
                self.tr("Pairs agreeing"),
                self.tr("Points spread"),
                self.tr("SD"),
                self.tr("Most common answer"),
            ]
        )
        self.questions.setObjectName("calibrationQuestions")
        self.observers = _table(
            [
                self.tr("Observer"),
                self.tr("Score"),
                self.tr("Leniency (pp)"),
                self.tr("Agreement with the consensus"),
                self.tr("Questions compared"),
            ]
        )
        self.observers.setObjectName("calibrationObservers")
        self.drift = _table([self.tr("Observer")])
        self.drift.setObjectName("calibrationDrift")
        self.across = _table(
            [self.tr("Question"), self.tr("Sessions"), self.tr("Alpha"), self.tr("Reading")]
        )
        self.across.setObjectName("calibrationAcross")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.questions, self.tr("&Questions that split observers"))
        self.tabs.addTab(self.observers, self.tr("&Each observer"))
        self.tabs.addTab(self.drift, self.tr("&Drift across sessions"))
        self.tabs.addTab(self.across, self.tr("Questions a&cross sessions"))
        # A screen reader names each table by its tab.
        for index, table in enumerate((self.questions, self.observers, self.drift, self.across)):
            table.setAccessibleName(self.tabs.tabText(index).replace("&", ""))

        alpha_box = QVBoxLayout()
        alpha_box.addWidget(self.alpha_value)
        alpha_box.addWidget(self.alpha_reading)
        alpha_box.addWidget(self.alpha_basis)
        top = QHBoxLayout()
        top.addLayout(alpha_box, 2)
        top.addWidget(self.details, 2)
        buttons = QVBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addWidget(self.status)
        self.saved = SavedFile()
        self.job = PdfJob(self.save_button, self.status, self.saved, parent=self)
        self.job.created.connect(self.pdf_saved)
        self.job.failed.connect(self.pdf_failed)
        right_layout.addWidget(self.saved)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        sessions_label = QLabel(self.tr("&Sessions"))
        sessions_label.setBuddy(self.sessions)
        left_layout.addWidget(sessions_label)
        left_layout.addWidget(self.sessions, 1)
        left_layout.addWidget(self.empty)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([230, 800])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        self.refresher = Refresher(
            self,
            workspace,
            lambda _changes: self.refresh(),
            lambda c: c.touches("encounters"),
            stale=True,
        )

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """List the sessions again (keeping the one chosen) and show its figures."""
        chosen = self.current_session()
        infos = stored.list_sessions(self.workspace.db)
        self._infos = {info.id: info for info in infos}
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for info in infos:
            text = self.tr("{session}\n{date} · {observers} observers").format(
                session=info.id,
                date=display.locale().toString(
                    display.wall_clock(info.first).date(),
                    QLocale.FormatType.ShortFormat,
                ),
                observers=display.count_text(info.observers),
            )
            item = QListWidgetItem(text)
            item.setData(USER_ROLE, info.id)
            self.sessions.addItem(item)
        self.sessions.blockSignals(False)
        self.empty.setVisible(not infos)
        ids = [info.id for info in infos]
        row = ids.index(chosen) if chosen in ids else 0
        if infos:
            self.sessions.setCurrentRow(row)
            self.on_session_changed()
        else:
            self.show_report(None)

    def current_session(self) -> str | None:
        item = self.sessions.currentItem()
        return str(item.data(USER_ROLE)) if item is not None else None

    def select_session(self, session: str) -> None:
        for row in range(self.sessions.count()):
            if self.sessions.item(row).data(USER_ROLE) == session:
                self.sessions.setCurrentRow(row)
                return

    @Slot()
    def on_session_changed(self, *_args: Any) -> None:
        session = self.current_session()
        if session is None:
            return
        self._generation += 1
        generation = self._generation
        info = self._infos.get(session)
        if info is not None and len(info.versions) > 1:  # refused: say why, in the user's words
            self.show_report(None)
            versions = ", ".join(f"v{version}" for version in info.versions)
            self._show_status(
                self.tr(
                    "This session was recorded on several versions of {form} ({versions}): "
                    "every observer must record it on the same version to be compared."
                ).format(form=info.form_id, versions=versions),
                error=True,
            )
            self.loaded.emit()
            return
        db = self.workspace.db

        def work(_progress: Any) -> tuple[int, Any]:  # a worker thread: no widgets here
            try:
                report = stored.calibration_report(db, session)
                figures = report.figures
                return generation, (
                    report,
                    queries.get_form(db, figures.form_id, figures.form_version),
                )
            except Exception as error:  # shown in the view
                return generation, error

        tasks.start(work, done=self.on_loaded, parent=self)

    @Slot(object)
    def on_loaded(self, result: tuple[int, Any]) -> None:
        generation, found = result
        if generation != self._generation:
            return  # another session was chosen meanwhile
        if isinstance(found, Exception):
            self.show_report(None)
            problems = getattr(found, "problems", None)
            self._show_status(problems[0] if problems else str(found), error=True)
        else:
            self.show_report(*found)
        self.loaded.emit()

    # --- showing ------------------------------------------------------------------------------

    def show_report(self, report: CalibrationReport | None, form: Form | None = None) -> None:
        self.report, self.form = report, form
        self.save_button.setEnabled(report is not None)
        self.status.clear()
        for table in (self.questions, self.observers, self.drift, self.across):
            table.setRowCount(0)
        if report is None or form is None:
            self.alpha_value.setText("–")
            self.alpha_reading.clear()
            self.alpha_basis.clear()
            self.details.clear()
            return
        figures = report.figures
        alpha = figures.alpha
        self.alpha_value.setText(f"α = {alpha_text(alpha.value)}")
        self.alpha_reading.setText(reading_text(alpha))
        self.alpha_reading.setStyleSheet(f"color: {_reading_colour(alpha).name()};")
        basis = self.tr(
            "Krippendorff's alpha (interval) over {units} scored questions answered by two "
            "observers or more, {values} values. 0.800 or more: reliable; 0.667 to 0.800: "
            "tentative conclusions only; below: not reliable."
        ).format(units=display.count_text(alpha.units), values=display.count_text(alpha.values))
        if alpha.value is not None and alpha.thin:
            basis += " " + self.tr("Read with care: it rests on few questions.")
        self.alpha_basis.setText(basis)
        lang = display.ui_language()
        lines = [
            self.tr("Form: {form} (v{version})").format(
                form=form.tr(form.title, lang), version=figures.form_version
            ),
            self.tr("Visit: {date}").format(date=display.long_date_time_text(figures.first)),
            self.tr("Observers: {names}").format(
                names=", ".join(observer.alias for observer in figures.observers)
            ),
        ]
        for item in figures.left_out:
            lines.append(
                self.tr("Left out: {observer}: {reason}").format(
                    observer=item.observer or "–",
                    reason=display.label(vocabulary.CALIBRATION_LEFT_OUT_LABELS[item.reason]),
                )
            )
        self.details.setText("\n".join(lines))
        self._fill_questions(report, form, lang)
        self._fill_observers(report)
        self._fill_drift(report)
        self._fill_across(report, form, lang)

    def _fill_questions(self, report: CalibrationReport, form: Form, lang: str) -> None:
        table = self.questions
        rows = report.figures.questions
        table.setRowCount(len(rows))
        for row, question in enumerate(rows):
            found = form.question(question.id)
            text = form.tr(found.text, lang) if found is not None else question.id
            if question.tie:
                consensus = self.tr("tie")
            elif question.consensus is None or found is None:
                consensus = "–"
            else:
                consensus = answer_text(form, found, question.consensus, lang)
            spread = (
                "–"
                if question.spread is None
                else f"{display.number_text(question.spread)} / "
                f"{display.number_text(question.possible)}"
            )
            sd = "–" if question.sd is None else display.locale().toString(question.sd, "f", 2)
            agreement = _item(_percent(question.agreement), right=True)
            if question.agreement is not None and question.agreement < 50:
                agreement.setForeground(theme.POOR)
            if question.thin and question.agreement is not None:
                agreement.setToolTip(self.tr("From fewer than three observers: read with care."))
            for column, item in enumerate(
                (
                    _item(text, data=question.id),
                    _item(display.count_text(question.n), right=True),
                    agreement,
                    _item(spread, right=True),
                    _item(sd, right=True),
                    _item(consensus),
                )
            ):
                table.setItem(row, column, item)
        table.resizeRowsToContents()

    def _fill_observers(self, report: CalibrationReport) -> None:
        table = self.observers
        rows = report.figures.observers
        table.setRowCount(len(rows))
        for row, observer in enumerate(rows):
            for column, item in enumerate(
                (
                    _item(observer.alias, data=observer.alias),
                    _item(_percent(observer.score), right=True),
                    _item(_signed(observer.leniency), right=True),
                    _item(_percent(observer.agreement), right=True),
                    _item(display.count_text(observer.compared), right=True),
                )
            ):
                table.setItem(row, column, item)

    def _fill_drift(self, report: CalibrationReport) -> None:
        """One row per observer, one column per session (oldest first): leniency · agreement."""
        sessions: dict[str, Any] = {}
        for points in report.drift.values():
            for point in points:
                sessions.setdefault(point.session, point.date)
        order = sorted(sessions, key=lambda s: (sessions[s], s))
        table = self.drift
        table.setColumnCount(1 + len(order))
        table.setHorizontalHeaderLabels([self.tr("Observer"), *order])
        table.setRowCount(len(report.drift))
        for row, (alias, points) in enumerate(report.drift.items()):
            table.setItem(row, 0, _item(alias, data=alias))
            by_session = {point.session: point for point in points}
            for column, session in enumerate(order, start=1):
                found = by_session.get(session)
                text = (
                    ""
                    if found is None
                    else self.tr("{leniency} pp · {agreement}").format(
                        leniency=_signed(found.leniency), agreement=_percent(found.agreement)
                    )
                )
                item = _item(text, right=True)
                if session == report.figures.session:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setToolTip(
            self.tr(
                "Each session: the observer's leniency (score minus the session's mean, in "
                "percentage points) · their agreement with the consensus."
            )
        )

    def _fill_across(self, report: CalibrationReport, form: Form, lang: str) -> None:
        table = self.across
        table.setRowCount(len(report.across))
        for row, question in enumerate(report.across):
            found = form.question(question.id)
            text = form.tr(found.text, lang) if found is not None else question.id
            for column, item in enumerate(
                (
                    _item(text, data=question.id),
                    _item(display.count_text(question.sessions), right=True),
                    _item(alpha_text(question.alpha.value), right=True),
                    _item(reading_text(question.alpha)),
                )
            ):
                table.setItem(row, column, item)
        table.resizeRowsToContents()

    # --- the PDF ------------------------------------------------------------------------------

    @Slot()
    def on_save_clicked(self) -> None:
        if self.report is None or self.job.running:
            return
        path, _selected = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the calibration report as"),
            str(Path.home() / f"calibration-{self.report.figures.session}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            target = Path(path)
            if target.suffix.lower() != ".pdf":
                target = target.with_name(target.name + ".pdf")
            self.save_pdf(target)

    def save_pdf(self, path: Path) -> None:
        """Build the calibration report in a worker and write it to `path`."""
        from mysteryshop import reports
        from mysteryshop.reports.calibration import build_calibration

        report = self.report
        if report is None:
            return
        db = self.workspace.db
        lang = report_language()

        def work(_progress: Any) -> str:  # a worker thread: no widgets here
            reports.write_pdf(path, build_calibration(db, report, lang=lang))
            return str(path)

        self.job.start(work)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(f"color: {theme.POOR.name()};" if error else "")
        self.status.setText(text)
