"""File → Import/Export, files dropped on the window, and the Attachments card of the review
and the editor. Imports and exports run in a worker; results show in a dialog that does not
block."""

from __future__ import annotations

import io
import threading
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPointF, QSettings, Qt, QTranslator, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog

from mysteryshop.cli import main
from mysteryshop.exchange import files, zipbundle
from mysteryshop.store import attachments, queries
from mysteryshop.store.records import EncounterFilter, new_id
from mysteryshop.ui import saved_file
from mysteryshop.ui.app import install_translations
from mysteryshop.ui.exchange import ExchangeReport, ResultDialog, droppable, notice_line
from mysteryshop.ui.main_window import MainWindow
from mysteryshop.ui.review import ReviewView
from mysteryshop.ui.workspace import Settings, Workspace

CORPUS = Path(__file__).parent / "fixtures" / "xlsform"
FORMS = Path(__file__).parent / "fixtures" / "forms"


def jpeg(width: int = 320, height: int = 200) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (40, 120, 160)).save(out, "JPEG")
    return out.getvalue()


@pytest.fixture(autouse=True)
def _no_viewer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MYSTERYSHOP_NO_OPEN", "1")


def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def add_demo(db, shipped_forms, count: int = 30) -> list[str]:
    from mysteryshop import demo

    data = demo.generate(shipped_forms, encounters=count, seed=4)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    return [e.id for e in data.encounters]


@pytest.fixture
def window(qtbot, db, tmp_path: Path) -> MainWindow:
    shown = MainWindow(Workspace(db, settings(tmp_path)))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.fixture
def bundle_zip(tmp_path: Path, shipped_forms) -> Path:
    """A zip bundle of 30 demo encounters, one with a photo, made in another data folder."""
    from mysteryshop.store.opening import open_database

    source = open_database(f"sqlite:///{tmp_path / 'source' / 'mysteryshop.sqlite3'}")
    ids = add_demo(source, shipped_forms)
    attachments.add_attachment(source, ids[0], "front.jpg", jpeg())
    path = tmp_path / "visits.zip"
    zipbundle.export_zip(source, path)
    source.close()
    return path


def run(qtbot, window: MainWindow, paths: list[str]) -> ExchangeReport:
    with qtbot.waitSignal(window.exchange.finished, timeout=60_000) as signal:
        window.exchange.open_files(paths)
    report = signal.args[0]
    assert isinstance(report, ExchangeReport)
    return report


# --- menus, import and export -----------------------------------------------------------------


def test_the_file_menu_offers_import_and_export(window: MainWindow) -> None:
    assert window.import_action.shortcut() == QKeySequence("Ctrl+I")
    assert window.export_action.shortcut() == QKeySequence("Ctrl+E")
    file_menu = window.menuBar().actions()[0].menu()
    assert window.import_action in file_menu.actions()
    assert window.export_action in file_menu.actions()


def test_importing_a_zip_bundle_shows_what_was_added(qtbot, window, db, bundle_zip) -> None:
    with qtbot.waitSignal(window.workspace.changed, timeout=60_000):
        report = run(qtbot, window, [str(bundle_zip)])
    assert report.ok
    assert report.headline == "Imported visits.zip:"
    assert report.lines[0] == "30 encounters added" and "1 attachments added" in report.lines
    assert queries.count_encounters(db) == 30
    dialog = window.exchange.dialog
    assert isinstance(dialog, ResultDialog) and dialog.isVisible()
    assert not window.exchange.busy()


def test_a_refused_bundle_lists_every_problem_and_imports_nothing(
    qtbot, window, db, bundle_zip, tmp_path
) -> None:
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bundle_zip) as source, zipfile.ZipFile(bad, "w") as target:
        for info in source.infolist():
            if not info.filename.endswith(".jpg"):
                target.writestr(info, source.read(info))
        target.writestr("../escape.txt", b"x")
    report = run(qtbot, window, [str(bad)])
    assert not report.ok
    assert report.headline.startswith("Nothing was imported from bad.zip. Problems found: 1")
    assert any("unsafe entry name" in line for line in report.lines)
    assert queries.count_encounters(db) == 0
    assert window.exchange.dialog is not None and window.exchange.dialog.list.count() == 1


def test_an_xlsform_becomes_a_form_with_its_warnings_listed(qtbot, window, db) -> None:
    report = run(qtbot, window, [str(CORPUS / "group.xlsx")])
    assert report.ok and report.headline.startswith("Imported the form “Group” (group, version 1)")
    assert any(line.startswith("survey row 4 (phone_number)") for line in report.lines)
    assert any(info.form_id == "group" for info in queries.list_forms(db))


def test_one_import_function_serves_the_command_line_the_button_and_a_drop(
    qtbot, window, monkeypatch
) -> None:
    calls: list[tuple[str, bool]] = []  # (file, on the GUI thread)
    real = files.import_form_file

    def import_form_file(db, path):
        calls.append((Path(path).name, threading.current_thread() is threading.main_thread()))
        return real(db, path)

    monkeypatch.setattr(files, "import_form_file", import_form_file)
    form, xlsform = FORMS / "minimal.yaml", CORPUS / "group.xlsx"
    assert main(["forms", "import", str(form)]) == 0
    assert main(["import", str(xlsform)]) == 0

    window.show_page("forms")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(form), "")))
    with qtbot.waitSignal(window.exchange.finished, timeout=60_000) as clicked:
        qtbot.mouseClick(window.forms.import_button, Qt.MouseButton.LeftButton)
    data = mime(xlsform)
    with qtbot.waitSignal(window.exchange.finished, timeout=60_000) as dropped:
        window.dropEvent(drop_event(data))

    assert clicked.args[0].ok and dropped.args[0].ok
    # The app reads the files in a worker, never on the GUI thread.
    assert calls == [
        ("minimal.yaml", True),
        ("group.xlsx", True),
        ("minimal.yaml", False),
        ("group.xlsx", False),
    ]


def test_a_finnish_ui_words_an_import_in_finnish(qtbot, qapp, window) -> None:
    before = QLocale()
    try:
        install_translations(qapp, "fi")
        report = run(qtbot, window, [str(FORMS / "minimal.yaml")])
        notice = notice_line(files.ImportNotice(files.ATTACHMENTS_NOT_CARRIED, {"count": 4}))
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(before)
    assert (report.title, report.headline) == (
        "Lomake tuotu",
        "Lomake ”Minimal form” (minimal, versio 1) tuotiin. Kysymyksiä: 1, osioita: 1.",
    )
    assert notice.startswith("Lueteltuja liitteitä: 4, mutta .json-siirtopaketti")


def test_files_queue_and_import_one_after_the_other(qtbot, window, db, bundle_zip) -> None:
    reports: list[ExchangeReport] = []
    window.exchange.finished.connect(reports.append)
    window.exchange.open_files([str(CORPUS / "text_and_integer.xlsx"), str(bundle_zip)])
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=60_000)
    assert [r.ok for r in reports] == [True, True]
    assert queries.count_encounters(db) == 30


def test_exporting_writes_the_file_in_the_background(
    qtbot, window, db, shipped_forms, tmp_path, monkeypatch
) -> None:
    add_demo(db, shipped_forms)
    path = tmp_path / "out.xlsx"
    with qtbot.waitSignal(window.exchange.finished, timeout=60_000) as signal:
        window.exchange.export_to(str(path))
    assert signal.args[0].ok and "Exported 30 encounters" in signal.args[0].headline
    assert path.read_bytes()[:2] == b"PK"
    assert window.forms.status.text() == ""  # an .xlsx written is not a form imported
    # The result offers to open the file or its folder, not a bare path to copy.
    saved = window.exchange.dialog.saved
    assert saved.isVisible() and saved.label.text() == "Saved: out.xlsx"
    opened: list[str] = []
    monkeypatch.setattr(saved_file, "open_url", lambda url: opened.append(url.toLocalFile()) or 1)
    qtbot.mouseClick(saved.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(saved.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(path), str(tmp_path)]


def test_export_offers_excel_first_and_says_what_each_type_is_for(
    window, monkeypatch, tmp_path, shipped_forms
) -> None:
    from mysteryshop import demo

    made = demo.generate(shipped_forms, encounters=40, seed=1)
    queries.bulk_add_encounters(window.workspace.db, made.encounters, made.locations, shipped_forms)
    asked: list[tuple[str, str]] = []

    captions: list[str] = []

    def fake(parent, caption, folder, filters):  # noqa: ANN001 - Qt's signature
        asked.append((folder, filters))
        captions.append(caption)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    window.exchange.choose_export()
    [(folder, filters)] = asked
    db = window.workspace.db
    total = queries.count_encounters(db)
    drafts = queries.count_encounters(db, EncounterFilter(statuses=("draft",)))
    assert total and drafts  # the fixture has both, or the caption below tests nothing
    # APP.md: the export took the log's filter, drafts included, and said so only afterwards.
    [caption] = captions
    assert f"Export {total} encounter" in caption and f"({drafts} of them draft" in caption
    window.exchange.choose_export(EncounterFilter(statuses=("submitted", "approved")))
    assert "draft" not in captions[-1]
    assert folder.endswith("encounters.xlsx")
    first, *_, last = filters.split(";;")
    assert first.startswith("Excel workbook, to open and read")
    assert "for another mysteryshop" in last


# --- drag and drop ----------------------------------------------------------------------------


def mime(*paths: Path) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return data


def test_bundles_and_forms_may_be_dropped_and_other_files_not(tmp_path) -> None:
    for name, accepted in (("a.zip", True), ("a.JSON", True), ("f.xlsx", True),
                           ("f.yaml", True), ("notes.txt", False)):  # fmt: skip
        assert droppable(mime(tmp_path / name).urls()) is accepted, name
    assert not droppable([QUrl("https://example.org/a.zip")])
    assert not droppable([])


def drop_event(data: QMimeData) -> QDropEvent:
    """A drop of `data` (the event points at it: the caller keeps it alive)."""
    return QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )


def test_a_dropped_bundle_is_imported(qtbot, window, db, bundle_zip) -> None:
    data = mime(bundle_zip)
    with qtbot.waitSignal(window.exchange.finished, timeout=60_000):
        window.dropEvent(drop_event(data))
    assert queries.count_encounters(db) == 30


# --- attachments in the review and the editor -------------------------------------------------


@pytest.fixture
def review(qtbot, db, shipped_forms, tmp_path) -> tuple[ReviewView, str]:
    ids = add_demo(db, shipped_forms, count=5)
    view = ReviewView(Workspace(db, settings(tmp_path)))
    qtbot.addWidget(view)
    view.resize(1100, 800)
    view.show_encounter(ids[0])
    return view, ids[0]


def test_the_review_adds_shows_opens_and_removes_attachments(qtbot, review, db, tmp_path):
    view, encounter_id = review
    panel = view.attachments_panel
    assert panel.empty.isVisibleTo(view) and panel.add_button.isEnabled()
    photo = tmp_path / "front.jpg"
    photo.write_bytes(jpeg())
    text = tmp_path / "notes.txt"
    text.write_text("not a picture", encoding="utf-8")
    finished: list[list[str]] = []
    panel.add_files([str(photo), str(text)], done=finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
    assert panel.list.count() == 1
    assert not panel.list.item(0).icon().isNull()  # a thumbnail
    assert "front.jpg" in panel.list.item(0).text()
    assert len(panel.problems) == 1 and "notes.txt: not a JPEG" in panel.problems[0]
    assert "Not attached" in panel.status.text()
    stored = attachments.list_attachments(db, encounter_id)
    opened = panel.open_attachment(stored[0].id)
    assert opened is not None and opened.name == f"{stored[0].id}.jpg"
    assert opened.read_bytes() == photo.read_bytes()
    panel.remove_attachment(stored[0].id)
    assert panel.list.count() == 0 and attachments.list_attachments(db, encounter_id) == []
    panel.cleanup()
    assert not opened.exists()


def test_the_editor_attaches_only_once_the_encounter_is_saved(qtbot, window, db, shipped_forms):
    ids = add_demo(db, shipped_forms, count=3)
    window.new_encounter()
    panel = window.editor.attachments_panel
    assert not panel.add_button.isEnabled()
    assert "Choose a location first" in panel.hint.text()
    # A draft saved to the database (a copy of a demo encounter: a stored one stays submitted
    # or approved, workflow.py).
    stored = queries.get_encounter(db, ids[0])
    draft = replace(stored, id=new_id(), status="draft", revision=0, reviewed_by=None)
    queries.save_encounter(db, draft)
    window.on_edit_requested(draft.id)
    assert panel.encounter_id == draft.id and panel.add_button.isEnabled()
