"""The encounter log: its paged table model (without widgets) and the view with its filter bar."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QSettings, Qt

from mysteryshop import demo, forms, paths
from mysteryshop.changes import Changes
from mysteryshop.store import listing, queries
from mysteryshop.store.records import EncounterFilter
from mysteryshop.ui import display, theme
from mysteryshop.ui.log_model import (
    COL_CRITICAL,
    COL_DATE,
    COL_FEELING,
    COL_LOCATION,
    COL_SCORE,
    COL_STATUS,
    COL_TAGS,
    ENCOUNTER_ID_ROLE,
    ROW_ROLE,
    EncounterLogModel,
)
from mysteryshop.ui.log_view import SEARCH_DELAY_MS, EncounterLogView
from mysteryshop.ui.ops import announce
from mysteryshop.ui.workspace import Settings, Workspace

ENCOUNTERS = 450  # more than two pages of 200


@pytest.fixture
def filled(db):
    """The test database with demo data: the shipped forms, locations and encounters."""
    shipped = [forms.load_form(path) for path in paths.shipped_form_files()]
    data = demo.generate(shipped, encounters=ENCOUNTERS, seed=1)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped)
    return db


@pytest.fixture
def workspace(filled, tmp_path: Path, qapp) -> Workspace:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return Workspace(filled, settings)


@pytest.fixture
def view(workspace, qtbot) -> EncounterLogView:
    widget = EncounterLogView(workspace)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    return widget


def ids(model: EncounterLogModel) -> list[str]:
    return [model.index(row, 0).data(ENCOUNTER_ID_ROLE) for row in range(model.rowCount())]


# --- the model ----------------------------------------------------------------------------------


def test_model_reads_the_first_page_and_counts_all(filled, qapp):
    model = EncounterLogModel(filled)
    assert model.rowCount() == 200
    assert model.total == ENCOUNTERS == queries.count_encounters(filled)
    assert model.canFetchMore(model.index(-1, -1))


def test_fetch_more_grows_the_rows_a_page_at_a_time_until_all_are_read(filled, qapp):
    model = EncounterLogModel(filled)
    root = model.index(-1, -1)
    model.fetchMore(root)
    assert model.rowCount() == 400
    model.fetchMore(root)
    assert model.rowCount() == ENCOUNTERS
    assert not model.canFetchMore(root)
    assert len(set(ids(model))) == ENCOUNTERS
    newest_first = [row.id for row in listing.list_rows(filled, limit=ENCOUNTERS)]
    assert ids(model) == newest_first


def test_model_passes_qtmodeltester(filled, qtmodeltester):
    model = EncounterLogModel(filled, page_size=40)
    qtmodeltester.check(model)
    model.sort(COL_SCORE, Qt.SortOrder.DescendingOrder)
    model.set_filter(EncounterFilter(region="Uusimaa"))
    qtmodeltester.check(model)


@pytest.mark.parametrize("order", [Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder])
def test_sorting_by_score_matches_the_sql_order(filled, qapp, order):
    model = EncounterLogModel(filled)
    model.sort(COL_SCORE, order)
    descending = order == Qt.SortOrder.DescendingOrder
    expected = listing.list_rows(filled, sort="score", descending=descending, limit=200)
    assert ids(model) == [row.id for row in expected]
    scores = [model.encounter_row(row).score for row in range(model.rowCount())]
    known = [score for score in scores if score is not None]
    assert known == sorted(known, reverse=descending)


def test_sorting_starts_again_from_the_first_page(filled, qapp):
    model = EncounterLogModel(filled)
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 400
    model.sort(COL_LOCATION, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == 200
    locations = [model.encounter_row(row).location for row in range(200)]
    assert locations == sorted(locations)


def test_the_tags_column_does_not_sort(filled, qapp):
    model = EncounterLogModel(filled)
    before = ids(model)
    model.sort(COL_TAGS, Qt.SortOrder.AscendingOrder)
    assert model.sort_column == COL_DATE
    assert ids(model) == before


def test_cells_show_score_feeling_status_and_critical_marker(filled, qapp):
    model = EncounterLogModel(filled, filter=EncounterFilter(critical_only=True))
    assert model.total > 0
    index = model.index(0, COL_SCORE)
    row = index.data(ROW_ROLE)
    assert row.critical_fail
    assert index.data() == display.score_text(row.score)
    assert len(index.data().split(".")[-1]) == 1  # one decimal
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight.value
    assert index.data(Qt.ItemDataRole.ForegroundRole) == theme.score_colour(row.score)
    assert "critical" in model.index(0, COL_CRITICAL).data()
    assert model.index(0, COL_CRITICAL).data(Qt.ItemDataRole.ForegroundRole) == theme.CRITICAL
    status = model.index(0, COL_STATUS)
    assert status.data(Qt.ItemDataRole.ForegroundRole) == theme.STATUS_COLOURS[row.status]
    feelings = EncounterLogModel(filled, filter=EncounterFilter(statuses=("approved",)))
    for number in range(feelings.rowCount()):
        row = feelings.encounter_row(number)
        if row.feeling is not None and row.feeling < 0:
            cell = feelings.index(number, COL_FEELING)
            assert cell.data().startswith("▼")
            assert "diminished" in cell.data()
            assert cell.data(Qt.ItemDataRole.ForegroundRole) == theme.FEELING_COLOURS[row.feeling]
            break
    else:
        pytest.fail("no diminished encounter in the demo data")


# --- the view -----------------------------------------------------------------------------------


def test_view_shows_the_total_count(view):
    assert view.model.total == ENCOUNTERS
    assert view.count_label.text() == f"{ENCOUNTERS} encounters"


def _choose(box, value) -> None:
    index = box.findData(value)
    assert index >= 0, value
    box.setCurrentIndex(index)


def test_each_filter_narrows_to_the_right_count(view, filled):
    db = filled
    location = queries.list_locations(db)[0]
    tag = listing.all_tags(db)[0]
    cases = [
        (lambda: _choose(view.region_box, "Uusimaa"), EncounterFilter(region="Uusimaa")),
        (lambda: _choose(view.location_box, location.id), EncounterFilter(location=location.id)),
        (lambda: _choose(view.form_box, "phone-chat"), EncounterFilter(form_id="phone-chat")),
        (lambda: _choose(view.status_box, "submitted"), EncounterFilter(statuses=("submitted",))),
        (lambda: _choose(view.tag_box, tag), EncounterFilter(tag=tag)),
        (lambda: view.critical_box.setChecked(True), EncounterFilter(critical_only=True)),
    ]
    seen = []
    view.filter_changed.connect(seen.append)
    for apply, expected in cases:
        view.clear_filters()
        apply()
        count = queries.count_encounters(db, expected)
        assert 0 < count < ENCOUNTERS, expected
        assert view.model.total == count, expected
        assert view.current_filter() == expected
        assert seen[-1] == expected
        while view.model.canFetchMore(view.model.index(-1, -1)):
            view.model.fetchMore(view.model.index(-1, -1))
        shown = {view.model.encounter_row(row).id for row in range(view.model.rowCount())}
        assert shown == {row.id for row in listing.list_rows(db, expected, limit=1000)}


def test_date_range_includes_both_days(view, filled):
    newest = listing.list_rows(filled, limit=1)[0].visited_at.astimezone()
    day = QDate(newest.date()).addDays(-20)
    view.date_from.setDate(day)
    view.date_to.setDate(day.addDays(6))
    start = datetime.combine(day.toPython(), time(0)).astimezone()
    expected = EncounterFilter(date_from=start, date_to=start + timedelta(days=7))
    assert view.current_filter() == expected
    assert view.model.total == queries.count_encounters(filled, expected) > 0
    view.date_from.clear_value()
    assert view.current_filter().date_from is None


def test_filters_combine(view, filled):
    _choose(view.region_box, "Uusimaa")
    _choose(view.status_box, "approved")
    expected = EncounterFilter(region="Uusimaa", statuses=("approved",))
    assert view.model.total == queries.count_encounters(filled, expected)
    view.clear_filters()
    assert view.current_filter() == EncounterFilter()
    assert view.region_box.currentIndex() == 0
    assert view.model.total == ENCOUNTERS


def test_choosing_a_region_narrows_the_location_choices(view, filled):
    all_locations = view.location_box.count()
    _choose(view.region_box, "Pirkanmaa")
    in_region = [loc for loc in queries.list_locations(filled) if loc.region == "Pirkanmaa"]
    assert view.location_box.count() == len(in_region) + 1 < all_locations


@pytest.mark.qt_log_ignore("This plugin does not support")  # the completer's popup, offscreen
def test_typing_a_location_name_picks_it(view, filled, qtbot):
    location = queries.list_locations(filled)[0]
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    line = view.location_box.lineEdit()
    line.setFocus()
    qtbot.keyClicks(line, location.name.upper())
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert view.current_filter().location == location.id
    expected = EncounterFilter(location=location.id)
    assert view.model.total == queries.count_encounters(filled, expected)


def test_search_waits_for_a_pause_in_typing(view, filled, qtbot):
    changes = []
    view.filter_changed.connect(changes.append)
    qtbot.keyClicks(view.search, "friendly")
    assert view.current_filter().text is None  # not yet: the user is still typing
    qtbot.waitUntil(lambda: view.current_filter().text == "friendly", timeout=SEARCH_DELAY_MS * 8)
    assert len(changes) == 1
    expected = queries.count_encounters(filled, EncounterFilter(text="friendly"))
    assert 0 < expected < ENCOUNTERS
    assert view.model.total == expected


def test_the_selected_rows_match_is_shown_under_the_log(view, filled, qtbot):
    """APP.md: a search ("laughed" → 82 hits) did not show why a row matched; the selected
    row's words around the match are shown under the table."""
    assert view.match_label.isHidden()
    qtbot.keyClicks(view.search, "friendly")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    view.table.selectRow(0)
    row = view.model.encounter_row(0)
    found = listing.match_snippet(filled, row.id, "friendly")
    assert found is not None
    assert not view.match_label.isHidden()
    assert "friendly" in view.match_label.text().lower()
    assert view.match_label.text().startswith("Found in the")
    view.search.clear()
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    view.table.selectRow(0)
    assert view.match_label.isHidden()  # no search, nothing to explain


def test_a_snippet_is_the_words_around_the_match() -> None:
    text = "We waited a while. Then the cashier LAUGHED at a joke and served us warmly."
    assert listing.around(text, "laughed", 30) == "…cashier LAUGHED at a joke…"
    assert listing.around("laughed first", "laughed", 90) == "laughed first"
    assert listing.around(text, "nowhere") == ""
    assert listing.around("line one\nsaid laughed\nline", "laughed", 40) == (
        "line one said laughed line"
    )


def test_enter_in_the_search_box_searches_at_once(view, filled, qtbot):
    qtbot.keyClicks(view.search, "zzzz no such words")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.model.total == 0
    assert view.results.currentIndex() == 1
    assert view.empty_label.text() == "No encounters match these filters"
    view.empty_clear_button.click()
    assert view.model.total == ENCOUNTERS
    assert view.results.currentIndex() == 0


def test_focus_search_selects_the_search_text(view, qtbot):
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.search.setText("kamppi")
    view.table.setFocus()
    view.focus_search()
    assert view.search.hasFocus()
    assert view.search.selectedText() == "kamppi"


def test_double_click_opens_the_encounter(view, qtbot):
    with qtbot.waitExposed(view):
        view.show()
    index = view.model.index(2, COL_LOCATION)
    rect = view.table.visualRect(index)
    # A real double-click starts with a press: the view opens only the row pressed first.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_requested, timeout=1000) as blocker:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    row = view.model.encounter_row(2)
    assert blocker.args == [row.id, row.status]  # the status decides editor or review


def test_enter_on_a_row_opens_the_encounter(view, qtbot):
    with qtbot.waitExposed(view):
        view.show()
    view.table.setFocus()
    view.table.selectRow(5)
    view.table.setCurrentIndex(view.model.index(5, 0))
    with qtbot.waitSignal(view.open_requested, timeout=1000) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    row = view.model.encounter_row(5)
    assert blocker.args == [row.id, row.status]


def test_header_click_sorts_and_tags_header_does_not(view, qtbot):
    with qtbot.waitExposed(view):
        view.show()
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_SCORE) + header.sectionSize(COL_SCORE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert view.model.sort_column == COL_SCORE
    assert view.model.sort_order == Qt.SortOrder.DescendingOrder  # high scores first
    view.table.horizontalHeader().setSortIndicator(COL_TAGS, Qt.SortOrder.AscendingOrder)
    assert view.model.sort_column == COL_SCORE
    assert header.sortIndicatorSection() == COL_SCORE


def arrow_points_up(header, column: int) -> bool:
    """Whether the sort arrow drawn in `column`'s header points up (▲: narrow end on top),
    read from the header's pixels at the section's right end, where the styles draw it."""
    image = header.grab().toImage()
    right = header.sectionViewportPosition(column) + header.sectionSize(column)
    widths = [
        sum(image.pixelColor(x, y).lightness() < 120 for x in range(right - 24, right))
        for y in range(image.height())
    ]
    drawn = [width for width in widths if width]
    assert len(drawn) >= 2, "no sort arrow drawn"
    return drawn[0] < drawn[-1]


def test_sort_arrows_point_up_for_ascending_and_down_for_descending(view, qtbot):
    """APP.md: newest-first showed ▲ and A→Z showed ▼, the opposite of the usual convention."""
    with qtbot.waitExposed(view):
        view.show()
    header = view.table.horizontalHeader()
    assert view.model.sort_order == Qt.SortOrder.DescendingOrder  # newest first
    assert not arrow_points_up(header, COL_DATE)
    x = header.sectionViewportPosition(COL_LOCATION) + header.sectionSize(COL_LOCATION) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert (view.model.sort_column, view.model.sort_order) == (
        COL_LOCATION, Qt.SortOrder.AscendingOrder
    )  # fmt: skip
    assert arrow_points_up(header, COL_LOCATION)


def test_data_changes_refresh_the_log_and_keep_the_selection(view, workspace, filled, qtbot):
    with qtbot.waitExposed(view):
        view.show()
    view.table.selectRow(3)
    chosen = view.selected_encounter()
    data = queries.get_encounter(filled, chosen)
    queries.review_encounter(
        filled, chosen, data.revision, reviewer="Trainer A", tags=[*data.tags, "rush-hour"]
    )
    announce(workspace, Changes.of_encounters(chosen))
    assert view.selected_encounter() == chosen
    assert "rush-hour" in view.model.encounter_row(3).tags


def test_form_titles_and_tags_show_in_the_ui_language(filled, qapp):
    # The stored title is the form's default (English) one; a Finnish UI shows the Finnish
    # title in the Form column and the form filter, and the built-in tags by their labels.
    from PySide6.QtCore import QLocale

    from mysteryshop.ui.log_model import COL_FORM

    before = QLocale()
    try:
        QLocale.setDefault(QLocale("fi_FI"))
        model = EncounterLogModel(filled)
        titles = {model.index(row, COL_FORM).data() for row in range(model.rowCount())}
        assert titles == {"Palvelukohtaaminen", "Puhelin- tai chat-asiointi"}
        tagged = listing.all_tags(filled)
        assert "best-practice" in tagged
        cells = [model.index(row, COL_TAGS).data() or "" for row in range(model.rowCount())]
        assert any(display.tag_name("best-practice") in cell for cell in cells)
        assert not any("best-practice" in cell for cell in cells)
    finally:
        QLocale.setDefault(before)
    assert queries.form_titles(filled, "sv")[("phone-chat", 2)] == "Service per telefon eller chatt"
    assert queries.form_titles(filled, "en")[("service-encounter", 2)] == "Service encounter"
