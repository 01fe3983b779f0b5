"""Reports: choose a PDF report (one visit, a summary, a coaching report) and its filters,
pick a file, and the report is built in a worker thread, written atomically and opened in
the system's PDF viewer."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mysteryshop import formats, intake, periods, reports
from mysteryshop.confidence import Target
from mysteryshop.store import listing, queries
from mysteryshop.store.moments import PER_LOCATION
from mysteryshop.store.records import EncounterFilter
from mysteryshop.store.report_data import CASES_PER_LOCATION
from mysteryshop.ui import display
from mysteryshop.ui.ops import Refresher
from mysteryshop.ui.saved_file import PdfJob, SavedFile
from mysteryshop.ui.workspace import Workspace
from mysteryshop.vocabulary import LANGUAGES, REPORTED_STATUSES, SOURCE_LANGUAGE, STATUSES

RECENT_ENCOUNTERS = 200
VISIT, SUMMARY, COACHING = "visit", "summary", "coaching"
MOMENTS = "moments"


def report_language() -> str:
    """The language reports are written in from the app: the UI's (fi, sv), else English.
    English keeps the app's region when CLDR knows it (en_GB: 14:05, 12,345), so the PDF's
    dates and numbers read as the app's; otherwise English in Finland (en_FI)."""
    name = QLocale().name()
    code = name.split("_")[0]
    if code not in LANGUAGES:
        return SOURCE_LANGUAGE
    if code != SOURCE_LANGUAGE:
        return code  # Finnish and Swedish always follow Finland (fi_FI, sv_FI)
    try:
        formats.locale_for(name)
    except ValueError:
        return SOURCE_LANGUAGE
    return name


class ReportsView(QWidget):
    """The Reports page. `report_created(path)` or `report_failed(message)` follows every
    "Create PDF…" that got a file name."""

    report_created = Signal(str)
    report_failed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._warnings: list[str] = []
        self._applying_preset = False

        heading = QLabel(self.tr("Reports"))
        heading.setProperty("role", "heading")
        intro = QLabel(
            self.tr(
                "PDF reports to hand out: one visit for the store manager, a summary for "
                "leadership, a coaching report for trainers."
            )
        )
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)

        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Report"))
        self.kind_box.addItem(self.tr("Visit report"), VISIT)
        self.kind_box.addItem(self.tr("Summary report"), SUMMARY)
        self.kind_box.addItem(self.tr("Coaching report"), COACHING)
        self.kind_box.addItem(self.tr("Moments worth repeating"), MOMENTS)
        self.kind_box.setCurrentIndex(1)
        self.kind_box.setMinimumContentsLength(28)
        self.kind_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind_box.currentIndexChanged.connect(self.on_kind_changed)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setProperty("role", "muted")
        self.description.setMinimumWidth(460)
        self.description.setMaximumWidth(620)

        self._build_visit_fields()
        self._build_filter_fields()

        self.anonymize_box = QCheckBox(self.tr("Anonymized: leave out observers and staff"))
        self.anonymize_box.setToolTip(
            self.tr(
                "No observer aliases, staff descriptions, reviewers, pictures or attachment "
                "names in the PDF, and times only to the hour. Notes and other free text stay "
                "as written."
            )
        )
        self.observer_box = QCheckBox(self.tr("Name the observer"))
        self.observer_box.setToolTip(
            self.tr(
                "Print the observer's alias on the visit report. Leave it off for a report "
                "that goes to the store: it would reveal the mystery shopper."
            )
        )
        self.anonymize_box.toggled.connect(self._on_anonymize_toggled)
        self.create_button = QPushButton(self.tr("Create PDF…"))
        self.create_button.setProperty("role", "primary")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.on_create_clicked)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(260)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved = SavedFile()
        self.job = PdfJob(self.create_button, self.status, self.saved, self.progress, parent=self)
        self.job.created.connect(self.on_report_done)
        self.job.failed.connect(self.report_failed)

        # One form, so that every label lines up; rows show or hide with the report chosen.
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setVerticalSpacing(8)
        self.form.addRow(self.tr("Report"), self.kind_box)
        self.form.addRow("", self.description)
        self.form.addRow(self.tr("Encounter"), self.encounter_box)
        self.form.addRow(self.tr("Form"), self.form_box)
        self.form.addRow(self.tr("Region"), self.region_box)
        self.form.addRow(self.tr("Location"), self.location_box)
        self.form.addRow(self.tr("Period"), self.period_box)
        self.form.addRow(self.tr("Visited"), self.dates)
        self.form.addRow(self.tr("Compare with"), self.compare_box)
        self.form.addRow(self.tr("Visits per location"), self.cases_box)
        self.form.addRow(self.tr("Status"), self.status_box)
        self.form.addRow("", self.anonymize_box)
        self.form.addRow("", self.observer_box)
        self._filter_fields: list[QWidget] = [
            self.form_box,
            self.region_box,
            self.location_box,
            self.period_box,
            self.dates,
            self.status_box,
        ]

        actions = QHBoxLayout()
        actions.addWidget(self.create_button)
        actions.addWidget(self.progress)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addSpacing(6)
        layout.addLayout(actions)
        layout.addWidget(self.saved)
        layout.addWidget(self.status)
        layout.addStretch(1)

        # Its choices list forms, regions, locations and recent encounters.
        self.refresher = Refresher(
            self,
            workspace,
            lambda _changes: self.refresh(),
            lambda c: c.touches("encounters", "locations", "forms"),
            stale=True,
        )
        self.on_kind_changed()

    # --- building -----------------------------------------------------------------------------

    def _build_visit_fields(self) -> None:
        self.encounter_box = QComboBox()
        self.encounter_box.setEditable(True)
        self.encounter_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.encounter_box.setAccessibleName(self.tr("Encounter"))
        self.encounter_box.setMinimumContentsLength(48)
        editor = self.encounter_box.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("Choose a recent encounter or paste an encounter id"))
            editor.setAccessibleName(self.encounter_box.accessibleName())
        completer = QCompleter(self.encounter_box.model(), self.encounter_box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.encounter_box.setCompleter(completer)

    def _build_filter_fields(self) -> None:
        self.form_box = QComboBox()
        self.form_box.setAccessibleName(self.tr("Form"))
        self.region_box = QComboBox()
        self.region_box.setAccessibleName(self.tr("Region"))
        self.region_box.currentIndexChanged.connect(self.on_region_changed)
        self.location_box = QComboBox()
        self.location_box.setAccessibleName(self.tr("Location"))
        self.status_box = QComboBox()
        self.status_box.setAccessibleName(self.tr("Status"))
        self.status_box.addItem(self.tr("Submitted and approved"), REPORTED_STATUSES)
        self.status_box.addItem(self.tr("Every status"), STATUSES)
        for status, name in (
            ("submitted", self.tr("Submitted only")),
            ("approved", self.tr("Approved only")),
            ("returned", self.tr("Returned only")),
            ("draft", self.tr("Drafts only")),
        ):
            self.status_box.addItem(name, (status,))
        self.period_box = QComboBox()
        self.period_box.setAccessibleName(self.tr("Period"))
        self.period_box.addItem(self.tr("Dates below"), None)
        for key, _english in periods.PRESETS:
            self.period_box.addItem(display.period_preset_name(key), key)
        self.period_box.currentIndexChanged.connect(self.on_period_chosen)
        for box in (
            self.form_box,
            self.region_box,
            self.location_box,
            self.period_box,
            self.status_box,
        ):
            box.setMinimumContentsLength(28)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.compare_box = QComboBox()
        self.compare_box.setAccessibleName(self.tr("Compare with"))
        for how, name in (
            ("previous", self.tr("The previous period (month, quarter, year)")),
            ("year-ago", self.tr("The same dates a year earlier")),
            ("none", self.tr("Nothing")),
        ):
            self.compare_box.addItem(name, how)
        self.cases_box = QSpinBox()
        self.cases_box.setAccessibleName(self.tr("Visits per location"))
        self.cases_box.setRange(0, 99)
        self.cases_box.setSpecialValueText(self.tr("All"))  # 0: every tagged visit
        self.cases_box.setValue(CASES_PER_LOCATION)
        self.cases_box.setToolTip(
            self.tr("How many visits of each kind each location shows at most; 0: all of them.")
        )
        self.from_check = QCheckBox(self.tr("from"))
        self.from_date = self._date_edit()
        self.to_check = QCheckBox(self.tr("to"))
        self.to_date = self._date_edit()
        self.from_date.setAccessibleName(self.tr("From date"))
        self.to_date.setAccessibleName(self.tr("To date"))
        today = QDate.currentDate()
        self.from_date.setDate(today.addMonths(-3))
        self.to_date.setDate(today)
        self.from_check.toggled.connect(self.from_date.setEnabled)
        self.to_check.toggled.connect(self.to_date.setEnabled)
        for changed in (
            self.from_check.toggled,
            self.to_check.toggled,
            self.from_date.dateChanged,
            self.to_date.dateChanged,
        ):
            changed.connect(self._on_dates_edited)
        self.from_date.setEnabled(False)
        self.to_date.setEnabled(False)
        self.dates = QWidget()
        dates = QHBoxLayout(self.dates)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.from_check)
        dates.addWidget(self.from_date)
        dates.addSpacing(12)
        dates.addWidget(self.to_check)
        dates.addWidget(self.to_date)
        dates.addStretch(1)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(display.date_field_format())
        edit.setDateRange(QDate(intake.EARLIEST_DAY), QDate(intake.LATEST_DAY))
        return edit

    # --- filling the choices ------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload forms, regions, locations and recent encounters from the database."""
        db = self.workspace.db
        keep_form = self.form_box.currentData()
        self.form_box.clear()
        self.form_box.addItem(self.tr("All forms"), None)
        seen: set[str] = set()
        titles = queries.form_titles(db, display.ui_language())
        for info in queries.list_forms(db):
            if info.form_id not in seen:
                seen.add(info.form_id)
                self.form_box.addItem(
                    titles.get((info.form_id, info.version), info.title), info.form_id
                )
        self._choose(self.form_box, keep_form)

        keep_region = self.region_box.currentData()
        self.region_box.blockSignals(True)
        self.region_box.clear()
        self.region_box.addItem(self.tr("All regions"), None)
        for region in listing.regions(db):
            self.region_box.addItem(region, region)
        self._choose(self.region_box, keep_region)
        self.region_box.blockSignals(False)
        self._fill_locations()

        keep_encounter = self.encounter_id()
        self.encounter_box.clear()
        for row in listing.list_rows(db, EncounterFilter(), limit=RECENT_ENCOUNTERS):
            score = "—" if row.score is None else display.score_text(row.score) + "\u00a0%"
            when = display.date_time_text(row.visited_at)
            status = display.status_word(row.status)
            self.encounter_box.addItem(f"{when} · {row.location} · {score} · {status}", row.id)
        if keep_encounter:
            self.set_encounter(keep_encounter, switch=False)
        else:
            self.encounter_box.setCurrentIndex(-1)
            self.encounter_box.setEditText("")

    def _fill_locations(self) -> None:
        keep = self.location_box.currentData()
        region = self.region_box.currentData()
        self.location_box.clear()
        self.location_box.addItem(self.tr("All locations"), None)
        for location in queries.list_locations(self.workspace.db):
            if region is None or location.region == region:
                self.location_box.addItem(location.name, location.id)
        self._choose(self.location_box, keep)

    @staticmethod
    def _choose(box: QComboBox, value: Any) -> None:
        index = box.findData(value) if value is not None else 0
        box.setCurrentIndex(max(index, 0))

    @Slot(int)
    def on_region_changed(self, _index: int) -> None:
        self._fill_locations()

    @Slot(int)
    def on_period_chosen(self, _index: int) -> None:
        """A preset fills in the dates: the whole month, quarter or year (the report cuts one
        not over yet at today and calls it "to date"), or no dates for all time."""
        key = self.period_box.currentData()
        if key is None:
            return
        period = periods.preset(key, date.today())
        self._applying_preset = True
        try:
            self.from_check.setChecked(period is not None)
            self.to_check.setChecked(period is not None)
            if period is not None:
                whole = period.whole()
                self.from_date.setDate(QDate(whole.first))
                self.to_date.setDate(QDate(whole.last))
        finally:
            self._applying_preset = False

    def _on_dates_edited(self, *_args: object) -> None:
        """Dates changed by hand are the report's own: the period reads "Dates below"."""
        if not self._applying_preset:
            self.period_box.blockSignals(True)
            self.period_box.setCurrentIndex(0)
            self.period_box.blockSignals(False)

    @Slot(bool)
    def _on_anonymize_toggled(self, anonymized: bool) -> None:
        """An anonymized report never names the observer."""
        self.observer_box.setEnabled(not anonymized)
        if anonymized:
            self.observer_box.setChecked(False)

    @Slot()
    def on_kind_changed(self) -> None:
        kind = self.kind()
        self.form.setRowVisible(self.encounter_box, kind == VISIT)
        self.form.setRowVisible(self.observer_box, kind == VISIT)
        for field in self._filter_fields:
            self.form.setRowVisible(field, kind != VISIT)
        self.form.setRowVisible(self.compare_box, kind == SUMMARY)
        self.form.setRowVisible(self.cases_box, kind == COACHING)
        self.description.setText(
            {
                VISIT: self.tr(
                    "One encounter laid out like its form: every answer with its points, "
                    "the timeline, the feeling, the notes and how the score was computed."
                ),
                SUMMARY: self.tr(
                    "Headline figures against the previous period, trends, dimensions, "
                    "feelings, the location ranking, question-by-question results and the "
                    "moments worth repeating. Never shows staff descriptions."
                ),
                COACHING: self.tr(
                    "The behaviours most often missed, then each location's most instructive "
                    "visits tagged best practice or needs coaching (at most %1 of each), with "
                    "the answers that earned less than full points, the notes, prompts for "
                    "discussion and a sign-off block. Contains staff descriptions: for "
                    "coaching, not discipline."
                ).replace("%1", str(CASES_PER_LOCATION)),
                MOMENTS: self.tr(
                    "The stories to tell in a team meeting: visits tagged best practice and the "
                    "notes of clearly uplifted visits, grouped by location (the best %1 of "
                    "each). Contains staff descriptions unless anonymized, as the coaching "
                    "report does. The Moments page searches them."
                ).replace("%1", str(PER_LOCATION)),
            }[kind]
        )

    # --- what the user chose ------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(kind), 0))

    def set_encounter(self, encounter_id: str, *, switch: bool = True) -> None:
        """Choose an encounter for the visit report (e.g. the one selected in the log)."""
        self.refresher.refresh_if_stale()
        index = self.encounter_box.findData(encounter_id)
        if index >= 0:
            self.encounter_box.setCurrentIndex(index)
        else:
            self.encounter_box.setCurrentIndex(-1)
            self.encounter_box.setEditText(encounter_id)
        if switch:
            self.set_kind(VISIT)

    def encounter_id(self) -> str:
        """The chosen encounter's id: the item's when an item is chosen, else the typed text."""
        text = self.encounter_box.currentText().strip()
        index = self.encounter_box.currentIndex()
        if index >= 0 and self.encounter_box.itemText(index) == self.encounter_box.currentText():
            return str(self.encounter_box.itemData(index))
        return text

    def current_filter(self) -> EncounterFilter:
        def start_of(day: QDate) -> datetime:
            return datetime(day.year(), day.month(), day.day()).astimezone()

        return EncounterFilter(
            form_id=self.form_box.currentData(),
            location=self.location_box.currentData(),
            region=self.region_box.currentData(),
            date_from=start_of(self.from_date.date()) if self.from_check.isChecked() else None,
            date_to=(
                start_of(self.to_date.date()) + timedelta(days=1)
                if self.to_check.isChecked()
                else None
            ),
            statuses=tuple(self.status_box.currentData() or REPORTED_STATUSES),
        )

    def report_options(self) -> reports.ReportOptions:
        """How the report is made: the choices here and the app's report settings."""
        anonymize = self.anonymize_box.isChecked()
        settings = self.workspace.settings
        try:
            target = Target.parse(settings.target) if settings.target else None
        except ValueError:  # edited by hand in the settings file: no target
            target = None
        return reports.ReportOptions(
            lang=report_language(),
            anonymize=anonymize,
            with_observer=self.observer_box.isChecked() and not anonymize,
            min_visits=settings.min_visits,
            target=target,
            compare=self.compare_box.currentData(),
            cases=self.cases_box.value() or None,
        )

    def _suggested_name(self, kind: str) -> str:
        stamp = QDate.currentDate().toString("yyyy-MM-dd")
        return f"{kind}-report-{stamp}.pdf"

    # --- creating -----------------------------------------------------------------------------

    @Slot()
    def on_create_clicked(self) -> None:
        if self.job.running:
            return
        kind = self.kind()
        encounter_id = self.encounter_id() if kind == VISIT else None
        if kind == VISIT and not encounter_id:
            self._show_error(self.tr("Choose an encounter for the visit report first."))
            return
        path, _selected = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report as"),
            str(Path.home() / self._suggested_name(kind)),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self.start_report(kind, target, encounter_id)

    def start_report(self, kind: str, path: Path, encounter_id: str | None = None) -> None:
        """Build the report in a worker thread and write it to `path`."""
        db = self.workspace.db
        f = self.current_filter()
        options = self.report_options()
        warnings: list[str] = []
        self._warnings = warnings

        def work(progress: Any) -> str:  # a worker thread: no widgets here
            pdf = reports.build_report(
                kind,  # type: ignore[arg-type]
                db,
                f,
                encounter_id=encounter_id,
                options=options,
                progress=progress,
                warnings=warnings,
            )
            reports.write_pdf(path, pdf)
            return str(path)

        self.job.start(work)

    @Slot(str)
    def on_report_done(self, path: str) -> None:
        if self._warnings:
            text = self.tr("Some text could not be printed as written:")
            text += "".join(f"\n• {line}" for line in self._warnings)
            self.status.setText(text)
        self.report_created.emit(path)

    def _show_error(self, message: str) -> None:
        self.job.show_status(message, error=True)
        self.report_failed.emit(message)
