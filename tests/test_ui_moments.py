"""The Moments view (issue 16, item 6): real widgets over a demo database. The cards are the
store's moments, newest first; the search narrows them; Enter and a double-click open the
visit's review from the main window; "Leave out staff" hides staff descriptions; Save PDF
writes the moments report of what is shown (nothing is opened: MYSTERYSHOP_NO_OPEN=1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence

from mysteryshop import demo, forms, paths
from mysteryshop.store import moments, queries
from mysteryshop.store.records import EncounterFilter
from mysteryshop.ui.main_window import NAVIGATION, MainWindow
from mysteryshop.ui.moments_view import ID_ROLE, MomentsView
from mysteryshop.ui.workspace import Settings, Workspace


@pytest.fixture
def workspace(db, tmp_path: Path, qapp, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.setenv("MYSTERYSHOP_NO_OPEN", "1")
    shipped = [forms.load_form(path) for path in paths.shipped_form_files()]
    data = demo.generate(shipped, encounters=300, seed=1)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return Workspace(db, settings)


@pytest.fixture
def view(workspace, qtbot) -> MomentsView:
    widget = MomentsView(workspace)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_ids(view: MomentsView) -> list[str]:
    return [view.list.item(row).data(ID_ROLE) for row in range(view.list.count())]


def test_the_cards_are_the_stores_moments_newest_first(view: MomentsView, workspace) -> None:
    page = moments.find_moments(workspace.db, EncounterFilter())
    assert page.total > 0
    assert shown_ids(view) == [m.id for m in page.moments]
    assert view.count_label.text() == f"{page.total} moments"
    first = view.list.item(0).text()
    assert page.moments[0].location in first
    assert (page.moments[0].notes.strip() or "No notes") in first


def test_typing_a_search_narrows_the_cards(view: MomentsView, workspace, qtbot) -> None:
    everything = shown_ids(view)
    word = "kuunteli"  # a Finnish demo note: "listened"
    expected = moments.find_moments(workspace.db, EncounterFilter(text=word))
    assert 0 < expected.total < len(everything)
    view.search.setFocus()
    qtbot.keyClicks(view.search, word)
    qtbot.waitUntil(lambda: shown_ids(view) == [m.id for m in expected.moments], timeout=3000)
    assert all(word in view.list.item(row).text().lower() for row in range(view.list.count()))
    qtbot.keyClicks(view.search, "zzz-nothing")
    qtbot.waitUntil(lambda: view.list.count() == 0, timeout=3000)
    assert view.empty_label.isVisible()
    assert view.empty_label.text() == "No moments match these filters."


def test_enter_and_double_click_ask_to_open_the_visit(view: MomentsView, qtbot) -> None:
    view.list.setFocus()
    view.list.setCurrentRow(1)
    with qtbot.waitSignal(view.open_requested) as blocker:
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert blocker.args == [shown_ids(view)[1]]
    rect = view.list.visualItemRect(view.list.item(0))
    # A real double-click starts with a press (as in the log's test).
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_requested, timeout=1000) as blocker:
        qtbot.mouseDClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [shown_ids(view)[0]]


def test_leave_out_staff_hides_staff_descriptions(view: MomentsView, workspace) -> None:
    page = moments.find_moments(workspace.db, EncounterFilter())
    row = next(i for i, m in enumerate(page.moments) if m.staff)
    assert "Staff: " + page.moments[row].staff in view.list.item(row).text()
    view.anonymize_box.setChecked(True)
    assert all("Staff:" not in view.list.item(i).text() for i in range(view.list.count()))


def test_a_location_narrows_and_save_pdf_writes_what_is_shown(
    view: MomentsView, workspace, qtbot, tmp_path: Path
) -> None:
    place = next(
        loc
        for loc in queries.list_locations(workspace.db)
        if moments.count_moments(workspace.db, EncounterFilter(location=loc.id)) > 0
    )
    view.location_box.setCurrentIndex(view.location_box.findData(place.id))
    expected = moments.find_moments(workspace.db, EncounterFilter(location=place.id))
    assert shown_ids(view) == [m.id for m in expected.moments]
    target = tmp_path / "moments.pdf"
    with qtbot.waitSignal(view.report_created, timeout=30_000) as blocker:
        view.save_pdf(target)
    assert blocker.args == [str(target)]
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Moments worth repeating" in text and place.name in text
    assert view.save_button.isEnabled()
    assert view.saved.path == target and not view.saved.isHidden()  # Open, Show in folder


def test_the_main_window_opens_a_moment_in_the_review(qtbot, workspace) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    number = [key for key, _label in NAVIGATION].index("moments") + 1
    action = next(
        a for a in window.view_menu.actions() if a.shortcut() == QKeySequence(f"Ctrl+{number}")
    )
    action.trigger()
    assert window.current_page() == "moments"
    chosen = shown_ids(window.moments)[2]
    window.moments.list.setFocus()
    window.moments.list.setCurrentRow(2)
    qtbot.keyClick(window.moments.list, Qt.Key.Key_Enter)
    assert window.current_page() == "review"
    assert window.review._data is not None and window.review._data.id == chosen
    window.review.on_back_clicked()  # Back returns to the moments, where the trainer was
    assert window.current_page() == "moments"
    assert window.moments.selected_moment() == chosen


def test_the_reports_view_offers_the_moments_report(qtbot, workspace, tmp_path: Path) -> None:
    from mysteryshop.ui.reports_view import MOMENTS, ReportsView

    reports_view = ReportsView(workspace)
    qtbot.addWidget(reports_view)
    reports_view.set_kind(MOMENTS)
    assert reports_view.kind_box.currentText() == "Moments worth repeating"
    assert "staff descriptions unless anonymized" in reports_view.description.text()
    target = tmp_path / "m.pdf"
    with qtbot.waitSignal(reports_view.report_created, timeout=30_000):
        reports_view.start_report(MOMENTS, target)
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    total = moments.count_moments(workspace.db, EncounterFilter())
    assert f"{total} moments worth repeating of" in text


def test_show_more_reads_the_next_page(view: MomentsView, workspace, qtbot) -> None:
    everything = moments.find_moments(workspace.db, EncounterFilter(), limit=25)
    view.page_size = 10
    view.reload()
    assert view.list.count() == 10
    assert view.count_label.text() == f"10 of {everything.total} moments shown"
    view.list.setCurrentRow(7)
    qtbot.mouseClick(view.more_button, Qt.MouseButton.LeftButton)
    assert shown_ids(view) == [m.id for m in everything.moments[:20]]
    assert view.list.currentRow() == 7  # the reader keeps their place
    assert view.more_button.isVisible()


def test_a_period_sets_the_dates_and_dates_by_hand_are_chosen_dates(
    view: MomentsView, workspace
) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    from mysteryshop import periods

    view.period_box.setCurrentIndex(view.period_box.findData("last-year"))
    year = periods.preset("last-year", date.today())
    assert year is not None
    assert view.date_from.value() == QDate(year.first)
    assert view.date_to.value() == QDate(year.last)
    f = view.current_filter()
    assert [m.id for m in moments.find_moments(workspace.db, f).moments] == shown_ids(view)
    view.date_from.setDate(QDate(year.first.year, 6, 1))
    assert view.period_box.currentData() is None and view.period_box.currentIndex() == 0
    assert view.current_filter().date_from.month == 6
    view.period_box.setCurrentIndex(view.period_box.findData("all"))
    assert view.date_from.value() is None and view.current_filter().date_from is None
