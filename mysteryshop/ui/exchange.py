"""File → Import… and Export…, and files dropped on the window: bundles (.json, .zip) and
XLSForms (.xlsx) are imported, spreadsheets and bundles exported, in a worker thread with a
progress dialog; what happened is shown in a dialog that does not block (nor a test)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
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
from mysteryshop.store.records import EncounterFilter
from mysteryshop.ui import tasks
from mysteryshop.ui.ops import announce
from mysteryshop.ui.workspace import Workspace

DROPPABLE = (*files.IMPORT_SUFFIXES, *files.FORM_SUFFIXES)


def droppable(urls: list[QUrl]) -> bool:
    """Whether dropped files are all ones the window imports (bundles, XLSForms, forms)."""
    return bool(urls) and all(
        url.isLocalFile() and url.toLocalFile().lower().endswith(DROPPABLE) for url in urls
    )


# Call sites use translate("ExchangeController", "…"): pyside6-lupdate sees those, not _t().
translate = QCoreApplication.translate


def _t(text: str) -> str:
    return QCoreApplication.translate("ExchangeController", text)


@dataclass
class ExchangeReport:
    """What one import or export did, as the result dialog shows it."""

    ok: bool
    title: str
    headline: str
    lines: list[str] = field(default_factory=list)


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
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.addItems(report.lines)
        self.list.setCurrentRow(-1)
        self.list.setVisible(bool(report.lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        if report.lines:
            copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
            copy.clicked.connect(self.on_copy_clicked)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.headline, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self.resize(680, min(420, 150 + 30 * len(report.lines)) if report.lines else 150)

    @Slot()
    def on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText("\n".join([self.report.headline, *self.report.lines]))


def describe_failure(path: str, error: Exception, *, importing: bool) -> ExchangeReport:
    """The dialog's words for a refused import or a failed export."""
    name = Path(path).name
    problems = list(getattr(error, "problems", None) or [str(error) or type(error).__name__])
    # Problems start with the file's path or name: the headline names the file once.
    for prefix in (f"{path}: ", f"{name}: "):
        problems = [p[len(prefix) :] if p.startswith(prefix) else p for p in problems]
    if importing:
        return ExchangeReport(
            False,
            translate("ExchangeController", "Import refused"),
            translate(
                "ExchangeController", "Nothing was imported from {name}. Problems found: {count}"
            ).format(name=name, count=len(problems)),
            problems,
        )
    return ExchangeReport(
        False,
        translate("ExchangeController", "Export failed"),
        translate("ExchangeController", "{name} was not written.").format(name=name),
        problems,
    )


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."


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
            result.unchanged,
            translate("ExchangeController", "{n} encounters already here, unchanged"),
        ),
        (result.forms_added, translate("ExchangeController", "{n} form versions added")),
        (result.locations_added, translate("ExchangeController", "{n} locations added")),
        (result.attachments_added, translate("ExchangeController", "{n} attachments added")),
    ):
        if count:
            lines.append(text.format(n=f"{count:,}"))
    return lines or [translate("ExchangeController", "Nothing new: the file holds nothing.")]


class ExchangeController(QObject):
    """Runs imports and exports one at a time. `finished(report)` after each; the last
    report is kept in `last_report` and shown in `dialog`."""

    finished = Signal(object)

    def __init__(self, workspace: Workspace, window: QWidget, forms_view: Any) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.window = window
        self.forms_view = forms_view
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
        filters = {
            self.tr("Bundle with attachments (*.zip)"): "zip",
            self.tr("Bundle (*.json)"): "json",
            self.tr("Excel workbook (*.xlsx)"): "xlsx",
            self.tr("CSV spreadsheet (*.csv)"): "csv",
        }
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export encounters"), "encounters.zip", ";;".join(filters)
        )
        if not path:
            return
        fmt = filters.get(chosen) or files.export_format(path)
        if not Path(path).suffix:
            path += f".{fmt}"
        self.export_to(path, fmt, f)

    # --- the work -----------------------------------------------------------------------------

    def open_files(self, paths: list[str]) -> None:
        """Import each file in turn (forms through the Forms view, the rest in a worker)."""
        for path in paths:
            suffix = Path(path).suffix.lower()
            if suffix in files.FORM_SUFFIXES:
                self.forms_view.import_form_file(path)
            elif suffix in files.IMPORT_SUFFIXES:
                self.queue.append(("import", path))
            else:
                self._show(
                    ExchangeReport(
                        False,
                        self.tr("Import refused"),
                        self.tr(
                            "{name} cannot be imported: expected a bundle (.json, .zip), an "
                            "XLSForm (.xlsx) or a form (.yaml)."
                        ).format(name=Path(path).name),
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
        name = Path(path).name
        if importing:
            outcome: files.ImportOutcome = result
            warnings = [w.removeprefix(f"{name}: ") for w in outcome.warnings]
            if outcome.kind == "form":
                report = ExchangeReport(
                    True,
                    self.tr("Form imported"),
                    _sentence(outcome.summary.removeprefix(f"{name}: ")),
                    warnings,
                )
                if warnings:
                    report.headline += "\n" + self.tr(
                        "Left out or changed on the way, one line each:"
                    )
            else:
                assert outcome.result is not None
                report = ExchangeReport(
                    True,
                    self.tr("Import finished"),
                    self.tr("Imported {name}:").format(name=name),
                    [*merge_lines(outcome.result), *warnings],
                )
            announce(
                self.workspace,
                Changes.of("forms") if outcome.kind == "form" else Changes.everything(),
            )
        else:
            report = ExchangeReport(
                True,
                self.tr("Export finished"),
                self.tr("Exported {count} encounters to {name}.").format(count=result, name=name),
                [str(path)],
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
