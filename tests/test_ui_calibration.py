"""The Calibration page and recording for a session, driven as a trainer and an observer use
them: sessions listed, the figures the store computes shown (alpha with its reading, the
questions that split observers first, observers, drift), another session chosen with the
keyboard, the PDF saved; the editor marks an encounter for a session; the log says so."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QThreadPool

from mysteryshop import demo
from mysteryshop.forms import Form
from mysteryshop.store import calibration as stored
from mysteryshop.store import listing, queries
from mysteryshop.store.records import EncounterFilter
from mysteryshop.ui.calibration_view import CalibrationView, alpha_text
from mysteryshop.ui.log_model import COL_TAGS, EncounterLogModel
from mysteryshop.ui.workspace import Settings, Workspace

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


@pytest.fixture
def workspace(db, tmp_path: Path, shipped_forms: list[Form]) -> Workspace:
    base = demo.generate(shipped_forms, encounters=60, seed=2, now=NOW)
    queries.bulk_add_encounters(db, base.encounters, base.locations, shipped_forms)
    sessions = demo.calibration_sessions(shipped_forms[0], sessions=3, observers=4, now=NOW)
    queries.bulk_add_encounters(db, sessions.encounters, sessions.locations, shipped_forms)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return Workspace(db, settings)


@pytest.fixture
def view(qtbot, workspace: Workspace):
    widget = CalibrationView(workspace)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.show()  # the Refresher loads it when first shown
    yield widget
    QThreadPool.globalInstance().waitForDone(5000)


def test_the_view_shows_the_stores_figures(view: CalibrationView, workspace: Workspace) -> None:
    infos = stored.list_sessions(workspace.db)
    assert view.sessions.count() == 3
    assert view.current_session() == infos[0].id  # the latest first
    report = stored.calibration_report(workspace.db, infos[0].id)
    assert view.alpha_value.text() == f"α = {alpha_text(report.figures.alpha.value)}"
    assert view.alpha_reading.text()
    questions = view.questions
    assert questions.rowCount() == len(report.figures.questions)
    shown = [questions.item(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(3)]
    assert shown == [q.id for q in report.figures.questions[:3]]  # those that split first
    assert view.observers.rowCount() == 4
    assert view.drift.columnCount() == 1 + 3  # the observer, then each session
    assert view.across.rowCount() == len(report.across)


def test_choosing_a_session_with_the_keyboard(qtbot, view: CalibrationView, workspace) -> None:
    first = view.alpha_value.text()
    view.sessions.setFocus()
    with qtbot.waitSignal(view.loaded, timeout=5000):
        qtbot.keyClick(view.sessions, Qt.Key.Key_Down)
    chosen = view.current_session()
    assert chosen == stored.list_sessions(workspace.db)[1].id
    report = stored.calibration_report(workspace.db, chosen)
    assert view.alpha_value.text() == f"α = {alpha_text(report.figures.alpha.value)}"
    assert view.report is not None and view.report.figures.session == chosen
    assert first  # each session shows its own


def test_save_pdf(qtbot, view: CalibrationView, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("MYSTERYSHOP_NO_OPEN", "1")
    target = tmp_path / "calibration.pdf"
    with qtbot.waitSignal(view.pdf_saved, timeout=20000) as saved:
        view.save_pdf(target)
    assert saved.args == [str(target)]
    text = PdfReader(target).pages[0].extract_text()
    assert view.current_session() in text
    assert view.saved.path == target and not view.saved.isHidden()  # Open, Show in folder


def test_no_sessions_says_how_to_start(qtbot, db, tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    widget = CalibrationView(Workspace(db, settings))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: not widget.empty.isHidden(), timeout=3000)
    assert widget.sessions.count() == 0 and not widget.save_button.isEnabled()


def test_the_editor_records_a_session_and_the_log_shows_it(
    qtbot, workspace: Workspace, monkeypatch
) -> None:
    from mysteryshop.ui.editor import EncounterEditor

    draft = next(
        data
        for data in queries.iter_encounters(workspace.db, EncounterFilter(statuses=("draft",)))
        if data.calibration is None
    )
    editor = EncounterEditor(workspace)
    qtbot.addWidget(editor)
    editor.show()
    editor.open_encounter(draft.id)
    header = editor.header
    assert header.calibration() is None and header.calibration_label.isHidden()
    assert header.choose_calibration("  june-scenario ")
    assert header.calibration() == "june-scenario" and not header.calibration_label.isHidden()
    warned: list[str] = []
    monkeypatch.setattr(
        "mysteryshop.ui.editor_header.QMessageBox.warning",
        lambda _parent, _title, text: warned.append(text),
    )
    assert not header.choose_calibration("x" * 65)  # too long to store: refused, said
    assert warned and header.calibration() == "june-scenario"
    assert editor.save_now()
    QThreadPool.globalInstance().waitForDone(5000)
    assert queries.get_encounter(workspace.db, draft.id).calibration == "june-scenario"
    assert "june-scenario" in stored.session_ids(workspace.db)

    model = EncounterLogModel(workspace.db)
    model.set_filter(EncounterFilter(calibration="june-scenario"))
    assert model.rowCount() == 1
    text = model.data(model.index(0, COL_TAGS))
    assert text.startswith("calibration: june-scenario")
    rows = listing.list_rows(workspace.db, EncounterFilter(calibration="june-scenario"))
    assert rows[0].calibration == "june-scenario"


def test_the_review_names_the_session(qtbot, workspace: Workspace) -> None:
    from PySide6.QtWidgets import QLabel

    from mysteryshop.ui.review import ReviewView

    session = stored.list_sessions(workspace.db)[0].id
    encounter = next(queries.iter_encounters(workspace.db, EncounterFilter(calibration=session)))
    review = ReviewView(workspace)
    qtbot.addWidget(review)
    review.show_encounter(encounter.id)
    texts = [label.text() for label in review.content.findChildren(QLabel)]
    assert any(f"Calibration session: {session}" in text for text in texts)


def test_a_session_on_two_versions_says_why(qtbot, workspace: Workspace, shipped_forms) -> None:
    import dataclasses

    form = shipped_forms[0]
    newer = form.model_copy(update={"version": form.version + 1})
    queries.store_form(workspace.db, newer)
    session = stored.list_sessions(workspace.db)[0].id
    one = next(queries.iter_encounters(workspace.db, EncounterFilter(calibration=session)))
    moved = dataclasses.replace(one, id="0f0e0d0c-0000-4000-8000-0000000000aa", observer="pia")
    queries.bulk_add_encounters(
        workspace.db, [dataclasses.replace(moved, form_version=newer.version)], [], [newer]
    )
    view = CalibrationView(workspace)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.show()
    assert view.current_session() == session
    versions = f"(v{form.version}, v{newer.version})"
    assert f"several versions of service-encounter {versions}" in view.status.text()
    assert view.report is None and not view.save_button.isEnabled()
