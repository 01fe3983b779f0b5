"""File → Import… and Export…, the Forms view's Import button, and files dropped on the
window: bundles (.json, .zip), forms (.yaml, .yml) and XLSForms (.xlsx) are imported,
spreadsheets and bundles exported, in a worker thread with a progress dialog (exchange.files
does the work); what happened is worded here and shown in a dialog that does not block (nor a
test)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressDialog,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mysteryshop.changes import Changes
from mysteryshop.exchange import files
from mysteryshop.store.queries import FormVersionConflict
from mysteryshop.store.records import EncounterFilter
from mysteryshop.ui import tasks
from mysteryshop.ui.ops import announce
from mysteryshop.ui.saved_file import SavedFile
from mysteryshop.ui.workspace import Workspace


def droppable(urls: list[QUrl]) -> bool:
    """Whether dropped files are all ones the window imports (bundles, XLSForms, forms)."""
    return bool(urls) and all(
        url.isLocalFile() and files.import_kind(url.toLocalFile()) is not None for url in urls
    )


# Call sites spell out translate("ExchangeController", "…"), which pyside6-lupdate recognises.
translate = QCoreApplication.translate


@dataclass
class ExchangeReport:
    """What one import or export did, as the result dialog shows it: a headline, what to do
    (`advice`), one line per change, warning or problem. `path` is the imported file (empty
    for an export); `written` the file an export wrote (the dialog offers to open it); `form`
    the (id, version) of a form it imported."""

    ok: bool
    title: str
    headline: str
    lines: list[str] = field(default_factory=list)
    advice: str = ""
    path: str = ""
    form: tuple[str, int] | None = None
    written: str = ""


class ResultDialog(QDialog):
    """A headline and one selectable line per warning or problem, with a Copy button."""

    def __init__(self, report: ExchangeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(report.title)
        self.setObjectName("exchangeResult")
        icon = QLabel()
        standard = (
            QStyle.StandardPixmap.SP_MessageBoxInformation
            if report.ok
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        icon.setPixmap(self.style().standardIcon(standard).pixmap(32, 32))
        self.headline = QLabel(report.headline)
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headline.setStyleSheet("font-weight: 600;")
        self.advice = QLabel(report.advice)
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice.setVisible(bool(report.advice))
        self.list = QListWidget()
        self.list.setAccessibleName(report.headline)  # the lines are what it is about
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.addItems(report.lines)
        self.list.setCurrentRow(-1)
        self.list.setVisible(bool(report.lines))
        self.saved = SavedFile()
        if report.written:
            self.saved.show_file(report.written)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        if report.lines:
            copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
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
        layout.addWidget(self.saved)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self.resize(680, min(420, 150 + 30 * len(report.lines)) if report.lines else 170)

    @Slot()
    def on_copy_clicked(self) -> None:
        shown = [self.report.headline, self.report.advice, *self.report.lines]
        QGuiApplication.clipboard().setText("\n".join(line for line in shown if line))


def describe_failure(path: str, error: Exception, *, importing: bool) -> ExchangeReport:
    """The dialog's words for a refused import or a failed export."""
    name = Path(path).name
    if isinstance(error, FormVersionConflict):
        return ExchangeReport(
            False,
            translate("ExchangeController", "Form not imported"),
            translate(
                "ExchangeController",
                "{name} was not imported: version {version} of “{title}” is already stored, "
                "with different content.",
            ).format(name=name, version=error.version, title=error.title or error.form_id),
            advice=translate(
                "ExchangeController",
                "A stored form version never changes, so that encounters keep the questions "
                "they were recorded with. To import your changes, set “version: {next}” in the "
                "file and import it again.",
            ).format(next=error.next_version),
            path=path,
        )
    problems = list(getattr(error, "problems", None) or [str(error) or type(error).__name__])
    # Problems start with the file's path or name: the headline names the file once.
    for prefix in (f"{path}: ", f"{name}: "):
        problems = [p[len(prefix) :] if p.startswith(prefix) else p for p in problems]
    if importing:
        advice = ""
        if files.import_kind(path) == "form":
            advice = translate(
                "ExchangeController",
                "Fix the file and import it again; each problem names its place in the file.",
            )
        return ExchangeReport(
            False,
            translate("ExchangeController", "Import refused"),
            translate(
                "ExchangeController", "Nothing was imported from {name}. Problems found: {count}"
            ).format(name=name, count=len(problems)),
            problems,
            advice=advice,
            path=path,
        )
    return ExchangeReport(
        False,
        translate("ExchangeController", "Export failed"),
        translate("ExchangeController", "{name} was not written.").format(name=name),
        problems,
    )


def notice_line(notice: files.ImportNotice) -> str:
    """One warning of an import, in the UI's language."""
    if notice.code == files.ATTACHMENTS_NOT_CARRIED:
        return translate(
            "ExchangeController",
            "{count} attachments are listed, but a .json bundle cannot carry files; export a "
            ".zip bundle to bring them along.",
        ).format(count=f"{notice.params['count']:,}")
    # XLSFORM_NOTE: the converter's own (English) words, naming the sheet, row and question.
    return str(notice.params.get("detail", notice.code))


def import_report(outcome: files.ImportOutcome) -> ExchangeReport:
    """The dialog's words for what an import did."""
    name = outcome.path.name
    warnings = [notice_line(notice) for notice in outcome.warnings]
    if isinstance(outcome, files.BundleImportOutcome):
        return ExchangeReport(
            True,
            translate("ExchangeController", "Import finished"),
            translate("ExchangeController", "Imported {name}:").format(name=name),
            [*merge_lines(outcome.result), *warnings],
            path=str(outcome.path),
        )
    names = {"title": outcome.title, "form_id": outcome.form_id, "version": outcome.version}
    if outcome.created:
        headline = translate(
            "ExchangeController",
            "Imported the form “{title}” ({form_id}, version {version}). Questions: "
            "{questions}, sections: {sections}.",
        ).format(**names, questions=outcome.questions, sections=outcome.sections)
    else:
        headline = translate(
            "ExchangeController",
            "The form “{title}” ({form_id}, version {version}) is already imported; nothing "
            "changed.",
        ).format(**names)
    return ExchangeReport(
        True,
        translate("ExchangeController", "Form imported"),
        headline,
        warnings,
        advice=translate("ExchangeController", "Left out or changed on the way, one line each:")
        if warnings
        else "",
        path=str(outcome.path),
        form=(outcome.form_id, outcome.version),
    )


def merge_lines(result: Any) -> list[str]:
    """What a bundle import did, one readable line per kind of change (zero counts left out)."""
    lines = []
    for count, text in (
        (result.added, translate("ExchangeController", "{n} encounters added")),
        (
            result.updated,
            translate(
                "ExchangeController",
                "{n} encounters replaced by a newer version (the older one is kept "
                "in their history)",
            ),
        ),
        (
            result.kept_newer,
            translate(
                "ExchangeController",
                "{n} encounters kept as they were: the file had an older "
                "version, now in their history",
            ),
        ),
        (
            len(result.conflicts),
            translate(
                "ExchangeController",
                "{n} approved encounters stay approved: the file's version would have "
                "turned them back (it is kept in their history)",
            ),
        ),
        (
            result.unchanged,
            translate("ExchangeController", "{n} encounters already here, unchanged"),
        ),
        (
            result.stayed_deleted,
            translate(
                "ExchangeController",
                "{n} encounters deleted here stay deleted: the file's version is not newer "
                "than the deletion",
            ),
        ),
        (
            result.restored,
            translate(
                "ExchangeController",
                "{n} deleted encounters brought back: the file's version was changed after "
                "the deletion",
            ),
        ),
        (result.forms_added, translate("ExchangeController", "{n} form versions added")),
        (result.locations_added, translate("ExchangeController", "{n} locations added")),
        (result.attachments_added, translate("ExchangeController", "{n} attachments added")),
        (
            result.phrases_added,
            translate("ExchangeController", "{n} phrases added to the comment library"),
        ),
    ):
        if count:
            lines.append(text.format(n=f"{count:,}"))
    return lines or [translate("ExchangeController", "Nothing new: the file holds nothing.")]


class ExchangeController(QObject):
    """Runs imports and exports one at a time. `finished(report)` after each; the last
    report is kept in `last_report` and shown in `dialog`."""

    finished = Signal(object)

    def __init__(self, workspace: Workspace, window: QWidget) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.window = window
        self.queue: deque[tuple[str, Any]] = deque()
        self.task: tasks.Task | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: ResultDialog | None = None
        self.last_report: ExchangeReport | None = None

    # --- choosing files -----------------------------------------------------------------------

    @Slot()
    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import"),
            "",
            self.tr(
                "Bundles and forms (*.json *.zip *.xlsx *.yaml *.yml);;Bundles (*.json *.zip);;"
                "XLSForms (*.xlsx);;Forms (*.yaml *.yml)"
            ),
        )
        if path:
            self.open_files([path])

    @Slot()
    def choose_export(self, f: EncounterFilter | None = None) -> None:
        # Excel first, for the manager who opens it; the bundles are for moving encounters
        # to another mysteryshop, and each type says which it is for.
        filters = {
            self.tr("Excel workbook, to open and read (*.xlsx)"): "xlsx",
            self.tr("CSV spreadsheet, one row per encounter (*.csv)"): "csv",
            self.tr("Bundle with attachments, for another mysteryshop (*.zip)"): "zip",
            self.tr("Bundle without attachments, for another mysteryshop (*.json)"): "json",
        }
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.export_caption(f),
            str(Path.home() / "encounters.xlsx"),  # where the Reports view saves, too
            ";;".join(filters),
        )
        if not path:
            return
        fmt = filters.get(chosen) or files.export_format(path)
        if not Path(path).suffix:
            path += f".{fmt}"
        self.export_to(path, fmt, f)

    def export_caption(self, f: EncounterFilter | None) -> str:
        """How many encounters go, and how many of them are drafts (APP.md: the export
        follows the log's filter, which shows drafts, and said so only afterwards)."""
        from mysteryshop.store import queries

        db = self.workspace.db
        count = queries.count_encounters(db, f)
        chosen = f.statuses if f is not None else None
        drafts = 0
        if count and (chosen is None or "draft" in chosen):
            drafts = queries.count_encounters(
                db, replace(f or EncounterFilter(), statuses=("draft",))
            )
        caption = self.tr("Export %n encounter(s)", "", count)
        if drafts:
            caption += " " + self.tr(
                "(%n of them draft(s): filter the log by status to leave them out)", "", drafts
            )
        return caption

    # --- the work -----------------------------------------------------------------------------

    @Slot(list)
    def open_files(self, paths: list[str]) -> None:
        """Import each file in turn, in a worker (exchange.files.import_file)."""
        for path in paths:
            if files.import_kind(path) is not None:
                self.queue.append(("import", path))
                continue
            self._show(
                ExchangeReport(
                    False,
                    self.tr("Import refused"),
                    self.tr(
                        "{name} cannot be imported: expected a bundle (.json, .zip), an "
                        "XLSForm (.xlsx) or a form (.yaml)."
                    ).format(name=Path(path).name),
                    path=path,
                )
            )
        self._next()

    def export_to(
        self, path: str, fmt: str | None = None, f: EncounterFilter | None = None
    ) -> None:
        self.queue.append(("export", (path, fmt, f)))
        self._next()

    def busy(self) -> bool:
        return self.task is not None

    def _next(self) -> None:
        if self.task is not None or not self.queue:
            return
        kind, argument = self.queue.popleft()
        db = self.workspace.db
        if kind == "import":
            path = str(argument)
            label = self.tr("Importing {name}…").format(name=Path(path).name)

            def work(progress: Any) -> Any:
                return files.import_file(db, path, progress=progress)

            self._start(work, label, path, importing=True)
        else:
            path, fmt, f = argument

            def export(progress: Any) -> Any:
                return files.export_file(db, path, fmt, f, progress=progress)

            label = self.tr("Exporting to {name}…").format(name=Path(path).name)
            self._start(export, label, path, importing=False)

    def _start(self, work: Any, label: str, path: str, *, importing: bool) -> None:
        self.progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.window)
        self.progress.setWindowTitle(self.tr("Import") if importing else self.tr("Export"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.task = tasks.start(
            work,
            done=lambda result: self._done(path, result, importing=importing),
            failed=lambda error: self._failed(path, error, importing=importing),
            progress=self._on_progress,
            parent=self,
        )
        self.progress.canceled.connect(self._on_cancel)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None and total > 0:
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total))

    @Slot()
    def _on_cancel(self) -> None:
        if self.task is not None:
            self.task.cancelled = True

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._on_cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, path: str, result: Any, *, importing: bool) -> None:
        self._close_progress()
        self.task = None
        if importing:
            report = import_report(result)
            announce(
                self.workspace,
                Changes.of("forms")
                if isinstance(result, files.FormImportOutcome)
                else Changes.everything(),
            )
        else:
            report = ExchangeReport(
                True,
                self.tr("Export finished"),
                self.tr("Exported {count} encounters to {name}.").format(
                    count=result, name=Path(path).name
                ),
                written=str(path),
            )
        self._show(report)
        self._next()

    def _failed(self, path: str, error: Exception, *, importing: bool) -> None:
        self._close_progress()
        self.task = None
        if isinstance(error, tasks.TaskCancelled):
            report = ExchangeReport(
                False,
                self.tr("Cancelled"),
                self.tr("Cancelled: nothing was imported.")
                if importing
                else self.tr("Cancelled: no file was written."),
            )
        else:
            report = describe_failure(path, error, importing=importing)
        self._show(report)
        self._next()

    def _show(self, report: ExchangeReport) -> None:
        self.last_report = report
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = ResultDialog(report, self.window)
        self.dialog.open()  # not exec(): nothing waits on it
        self.finished.emit(report)
