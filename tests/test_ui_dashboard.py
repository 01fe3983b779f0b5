"""The dashboard: its own filter bar (period presets, region, form; remembered), headline
figures equal to an independent computation with their n and the comparison with the previous
period, every dimension, the trend, the ranking with intervals and the minimum rule, a
location opening the log, and the empty and failure states."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt, QThreadPool

from mysteryshop import confidence, demo, periods, scoring
from mysteryshop.changes import Changes
from mysteryshop.forms import Form, load_form, validate_form
from mysteryshop.store import queries, stats
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterData, EncounterFilter, LocationData, new_id
from mysteryshop.ui import theme
from mysteryshop.ui.dashboard import (
    DashboardView,
    LocationRankingModel,
    compare,
    format_percent,
    format_uplift,
    preset_period,
)
from mysteryshop.ui.ops import announce
from mysteryshop.ui.workspace import Settings, Workspace
from mysteryshop.vocabulary import BUILTIN_DIMENSIONS, REPORTED_STATUSES

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
TODAY = date(2026, 3, 10)  # the hand-made visits' "today": February is last month


@pytest.fixture(scope="module")
def forms() -> list[Form]:
    return [load_form(path) for path in paths_of_forms()]


def paths_of_forms() -> list[Path]:
    from mysteryshop import paths

    return list(paths.shipped_form_files())


@pytest.fixture(scope="module")
def demo_data(forms: list[Form]) -> demo.DemoData:
    return demo.generate(forms, encounters=300, seed=1, now=NOW)


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "s.ini"


@pytest.fixture
def workspace(db: Database, settings_file: Path) -> Workspace:
    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    settings.dashboard_filter = ("all", "", "")  # the demo's whole span, unless a test says
    return Workspace(db, settings)


@pytest.fixture
def filled(workspace: Workspace, demo_data: demo.DemoData, forms: list[Form]) -> Workspace:
    queries.bulk_add_encounters(workspace.db, demo_data.encounters, demo_data.locations, forms)
    return workspace


def shown_dashboard(qtbot, workspace: Workspace, today: date | None = None) -> DashboardView:
    view = DashboardView(workspace, today=today)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    with qtbot.waitSignal(view.updated, timeout=10_000):
        view.show()  # the first show computes the figures, in a worker thread
    return view


def choose(qtbot, view: DashboardView, preset: str, region: str | None = None) -> None:
    with qtbot.waitSignal(view.updated, timeout=10_000):
        view.set_filter(preset, region)


def expected(db: Database, f: EncounterFilter) -> dict[str, Any]:
    """The headline numbers computed without stats.py, from the encounters themselves."""
    encounters = list(queries.iter_encounters(db, f))
    scores = [e.score for e in encounters if e.score is not None]
    feelings = [e.feeling for e in encounters if e.feeling is not None]
    greeting = []
    for e in encounters:
        form = queries.get_form(db, e.form_id, e.form_version)
        ratio = scoring.score_encounter(form, e.answers, e.na).dimensions.get("greeting")
        if ratio is not None and ratio.possible > 0:
            greeting.append(ratio.earned / ratio.possible * 100)
    return {
        "visits": len(encounters),
        "scored": len(scores),
        "average_score": sum(scores) / len(scores),
        "net_uplift": scoring.net_uplift(feelings),
        "critical_failures": sum(e.critical_fail for e in encounters),
        "greeting": sum(greeting) / len(greeting),
        "greeted_visits": len(greeting),
    }


def assert_cards(view: DashboardView, numbers: dict[str, Any]) -> None:
    assert view.card_text("visits") == str(numbers["visits"])
    assert view.card_text("average_score") == format_percent(numbers["average_score"])
    assert view.card_text("net_uplift") == format_uplift(numbers["net_uplift"])
    assert view.card_text("critical_failures") == str(numbers["critical_failures"])
    assert view.card_text("greeting") == format_percent(numbers["greeting"])
    assert view.dimensions.n_text("greeting") == f"n = {numbers['greeted_visits']}"
    assert f"{numbers['scored']} scored visits" in view.cards["average_score"].sub.text()


# --- figures -------------------------------------------------------------------------------------


def test_cards_show_figures_of_reported_encounters(qtbot, filled: Workspace) -> None:
    view = shown_dashboard(qtbot, filled)

    numbers = expected(filled.db, EncounterFilter(statuses=REPORTED_STATUSES))
    assert view.pages.currentWidget() is view.content_page
    assert_cards(view, numbers)
    assert numbers["visits"] < queries.count_encounters(filled.db)  # drafts are left out
    assert "left out" in view.caption.text()
    assert view.data is not None
    # The same figures as the reports', the score's averages summed from the ranking's
    # locations (store/dashboard.py): equal but for the order the floats were added in.
    shown, wanted = view.data.figures.figures, stats.figures(filled.db, view.effective_filter())
    assert shown.average_score == pytest.approx(wanted.average_score, rel=1e-12)
    assert shown.average_of_squares == pytest.approx(wanted.average_of_squares, rel=1e-12)
    exact = {"average_score": wanted.average_score, "average_of_squares": wanted.average_of_squares}
    assert replace(shown, **exact) == wanted
    assert view.data.figures.previous is None  # all time: nothing to compare with
    assert not view.cards["average_score"].change.isVisibleTo(view)


def test_every_dimension_has_a_row_the_builtin_ones_and_a_forms_own(
    qtbot, filled: Workspace
) -> None:
    view = shown_dashboard(qtbot, filled)
    figures = stats.figures(filled.db, view.effective_filter())
    own = set(figures.dimensions) - set(BUILTIN_DIMENSIONS)
    assert own  # the shipped forms have words of their own
    assert set(view.dimensions.rows) == set(BUILTIN_DIMENSIONS) | own
    for key, value in figures.dimensions.items():
        assert view.card_text(key) == format_percent(value)


def test_the_region_narrows_the_figures_and_the_ranking(qtbot, filled: Workspace) -> None:
    view = shown_dashboard(qtbot, filled)
    everywhere = int(view.card_text("visits"))
    assert view.region_box.findData("Uusimaa") > 0  # the worker filled the choices

    choose(qtbot, view, "all", "Uusimaa")

    numbers = expected(filled.db, EncounterFilter(region="Uusimaa", statuses=REPORTED_STATUSES))
    assert 0 < int(view.card_text("visits")) < everywhere
    assert_cards(view, numbers)
    regions = {row.region for row in view.ranking_model.rows}
    assert regions == {"Uusimaa"}


def test_the_filter_is_remembered_across_restarts(
    qtbot, filled: Workspace, settings_file: Path
) -> None:
    view = shown_dashboard(qtbot, filled)
    choose(qtbot, view, "last-quarter", "Pirkanmaa")

    again = Workspace(
        filled.db, Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    )
    restarted = DashboardView(again)
    qtbot.addWidget(restarted)
    assert restarted.preset() == "last-quarter"
    assert restarted.region_box.currentData() == "Pirkanmaa"
    assert restarted.effective_filter().region == "Pirkanmaa"


def test_the_log_filter_no_longer_moves_the_dashboard(qtbot, filled: Workspace) -> None:
    from mysteryshop.ui.main_window import MainWindow

    window = MainWindow(filled)
    qtbot.addWidget(window)
    window.log.set_filter(EncounterFilter(region="Uusimaa"))
    assert window.dashboard.effective_filter().region is None


# --- periods and comparisons ---------------------------------------------------------------------


def test_presets_pick_calendar_periods_and_their_comparisons() -> None:
    last = preset_period("last-month", TODAY)
    assert last.span == periods.Period(date(2026, 2, 1), date(2026, 2, 28), "month")
    assert last.comparison == periods.Period(date(2026, 1, 1), date(2026, 1, 31), "month")
    this = preset_period("this-quarter", TODAY)
    assert (this.span.first, this.span.last, this.to_date) == (  # type: ignore[union-attr]
        date(2026, 1, 1),
        TODAY,
        True,
    )
    assert this.comparison is not None
    assert (this.comparison.first, this.comparison.last) == (date(2025, 10, 1), date(2025, 12, 8))
    year = preset_period("last-year", TODAY)
    assert year.span == periods.Period(date(2025, 1, 1), date(2025, 12, 31), "year")
    assert year.comparison == periods.Period(date(2024, 1, 1), date(2024, 12, 31), "year")
    everything = preset_period("all", TODAY)
    assert everything.span is None and everything.comparison is None


def test_the_presets_set_the_filters_dates(qtbot, workspace: Workspace) -> None:
    view = shown_dashboard(qtbot, workspace, today=TODAY)
    choose(qtbot, view, "last-month")
    f = view.effective_filter()
    assert f.date_from == datetime(2026, 2, 1).astimezone()
    assert f.date_to == datetime(2026, 3, 1).astimezone()  # the midnight after 28 February
    assert f.statuses == REPORTED_STATUSES
    for index in range(view.period_box.count()):
        key = view.period_box.itemData(index)
        period = periods.preset(key, TODAY)
        expected_from = period.moments()[0] if period else None
        choose(qtbot, view, key)
        assert view.effective_filter().date_from == expected_from, key


SMALL_FORM = {
    "id": "small",
    "title": "Small",
    "version": 1,
    "sections": [
        {
            "id": "s",
            "title": "S",
            "questions": [
                {
                    "id": "greeted",
                    "type": "yes_no",
                    "text": "Greeted?",
                    "dimension": "greeting",
                    "points": 1,
                },
                {
                    "id": "helped",
                    "type": "yes_no",
                    "text": "Helped?",
                    "dimension": "helpfulness",
                    "points": 1,
                },
                {"id": "feeling", "type": "feeling", "text": "How did you feel?"},
            ],
        }
    ],
}


@pytest.fixture
def small(workspace: Workspace) -> tuple[Workspace, LocationData, LocationData]:
    queries.store_form(workspace.db, validate_form(SMALL_FORM))
    busy = queries.add_location(workspace.db, "Kamppi store", "Uusimaa")
    quiet = queries.add_location(workspace.db, "Itis store", "Uusimaa")
    return workspace, busy, quiet


def add(db: Database, location: LocationData, day: date, greeted: bool, feeling: int = 1) -> None:
    visited = datetime(day.year, day.month, day.day, 12, 0).astimezone().astimezone(UTC)
    data = EncounterData(
        id=new_id(),
        form_id="small",
        form_version=1,
        location_id=location.id,
        visited_at=visited,
        status="submitted",
        answers={"greeted": greeted, "helped": True, "feeling": feeling},
    )
    queries.bulk_add_encounters(db, [data])


def test_cards_show_n_and_the_comparison_with_the_previous_month(qtbot, small) -> None:
    workspace, busy, quiet = small
    db = workspace.db
    # February: 8 visits at the busy store, all greeted; January: 6, half greeted.
    for day in range(1, 9):
        add(db, busy, date(2026, 2, day), greeted=True, feeling=1)
    for day in range(1, 7):
        add(db, busy, date(2026, 1, day), greeted=day % 2 == 0, feeling=day % 2)
    for day in (10, 11):  # and two at the quiet store in February
        add(db, quiet, date(2026, 2, day), greeted=False, feeling=-1)

    view = shown_dashboard(qtbot, workspace, today=TODAY)
    choose(qtbot, view, "last-month")

    assert view.card_text("visits") == "10"
    # February has 28 days, January 31: the counts are shown side by side, not compared.
    assert view.cards["visits"].change.text() == "previous period: 6"
    score = view.cards["average_score"]
    assert "10 scored visits" in score.sub.text()
    # Feb: 8 × 100 % and 2 × 50 % = 90 %; Jan: 3 × 100 % and 3 × 50 % = 75 %: +15 points.
    assert view.card_text("average_score") == format_percent(90.0)
    assert score.change.text() == "▲ +15.0 points vs previous"
    assert view.dimensions.n_text("greeting") == "n = 10"
    assert view.dimensions.change_text("greeting").startswith("▲ +30.0")  # 80 % vs 50 %
    assert view.dimensions.n_text("smile") == "not asked"
    # The caption names both periods with the comparison's visits.
    assert "compared with" in view.caption.text() and "(6 visits)" in view.caption.text()


def test_a_thin_comparison_says_so_instead_of_an_arrow(qtbot, small) -> None:
    workspace, busy, _quiet = small
    for day in range(1, 9):
        add(workspace.db, busy, date(2026, 2, day), greeted=True)
    for day in range(1, 4):  # only three visits in January
        add(workspace.db, busy, date(2026, 1, day), greeted=False)

    view = shown_dashboard(qtbot, workspace, today=TODAY)
    choose(qtbot, view, "last-month")

    for key in ("average_score", "net_uplift", "critical_failures"):
        assert view.cards[key].change.text() == "too few visits to compare (n = 3)", key
    assert view.dimensions.change_text("greeting") == "too few to compare"


def test_compare_colours_only_a_reliable_change() -> None:
    wide = compare(confidence.share(6, 10), confidence.share(4, 10), 5, points=True)
    assert wide.text == "▲ +20.0 points vs previous"
    assert wide.colour.name() == "#5d6b73"  # muted: the intervals overlap zero
    sure = compare(confidence.share(900, 1000), confidence.share(500, 1000), 5, points=True)
    bad = compare(confidence.share(900, 1000), confidence.share(500, 1000), 5, lower_is_better=True)
    assert sure.colour != bad.colour
    assert compare(confidence.share(1, 10), None, 5).text == ""


# --- the ranking ---------------------------------------------------------------------------------


def test_a_location_below_the_minimum_is_listed_apart(qtbot, small) -> None:
    workspace, busy, quiet = small
    for day in range(1, 8):
        add(workspace.db, busy, date(2026, 2, day), greeted=True)
    for day in range(1, 4):
        add(workspace.db, quiet, date(2026, 2, day), greeted=False)

    view = shown_dashboard(qtbot, workspace, today=TODAY)
    choose(qtbot, view, "last-month")

    assert [row.name for row in view.ranking_model.rows] == ["Kamppi store"]
    assert not view.unranked.isHidden()
    text = view.unranked.text()
    assert "Too few visits to rank (fewer than 5)" in text
    assert "Itis store" in text and "n = 3" in text
    # The ranked one shows its n and its interval.
    model = view.ranking_model
    assert model.index(0, model.COL_VISITS).data() == "7"
    interval = model.index(0, model.COL_UPLIFT).data(model.IntervalRole)
    estimate = model.rows[0].uplift
    assert interval and estimate.low is not None and estimate.low < 100.0


def test_the_minimum_is_the_apps_setting(qtbot, small) -> None:
    workspace, busy, quiet = small
    for day in range(1, 8):
        add(workspace.db, busy, date(2026, 2, day), greeted=True)
    for day in range(1, 4):
        add(workspace.db, quiet, date(2026, 2, day), greeted=False)
    view = shown_dashboard(qtbot, workspace, today=TODAY)
    choose(qtbot, view, "last-month")
    assert len(view.ranking_model.rows) == 1

    view.hide()
    workspace.settings.min_visits = 3  # changed in the Settings view meanwhile
    view.show()
    assert [row.name for row in view.ranking_model.rows] == ["Kamppi store", "Itis store"]
    assert view.unranked.isHidden()
    workspace.settings.min_visits = 8
    view.hide()
    view.show()
    assert view.ranking_model.rows == []
    assert "fewer than 8" in view.unranked.text()
    assert theme.MUTED.name() not in view.cards["average_score"].value.styleSheet()  # 10 visits
    assert "read with care" not in view.cards["average_score"].sub.text()
    workspace.settings.min_visits = 11
    view.hide()
    view.show()
    assert theme.MUTED.name() in view.cards["average_score"].value.styleSheet()  # grey: thin
    # Not by colour alone: the words say what the grey means (WCAG 1.4.1).
    assert "Only a few visits: read with care" in view.cards["average_score"].sub.text()


def test_clicking_a_ranked_location_opens_the_log_filtered_to_it(qtbot, small) -> None:
    from mysteryshop.ui.main_window import MainWindow

    workspace, busy, quiet = small
    for day in range(1, 8):
        add(workspace.db, busy, date(2026, 2, day), greeted=True)
        add(workspace.db, quiet, date(2026, 2, day), greeted=False)
    add(workspace.db, busy, date(2026, 1, 5), greeted=True)  # not in February
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    dashboard = window.dashboard
    dashboard.today = TODAY
    window.show_page("dashboard")
    choose(qtbot, dashboard, "last-month")

    proxy = dashboard.ranking_proxy
    row = next(
        r
        for r in range(proxy.rowCount())
        if proxy.index(r, LocationRankingModel.COL_NAME).data() == "Itis store"
    )
    rect = dashboard.ranking.visualRect(proxy.index(row, LocationRankingModel.COL_NAME))
    qtbot.mouseClick(dashboard.ranking.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert window.current_page() == "encounters"
    shown = window.log.current_filter()
    assert shown.location == quiet.id
    assert shown.date_from == datetime(2026, 2, 1).astimezone()
    assert shown.date_to == datetime(2026, 3, 1).astimezone()
    qtbot.waitUntil(lambda: window.log.model.total == 7, timeout=5_000)


# --- what drives uplift --------------------------------------------------------------------------


def test_the_drivers_chart_ranks_behaviours_by_the_difference_in_net_uplift(qtbot, small) -> None:
    workspace, busy, _quiet = small
    # Greeted: 6 visits, all uplifted (+100); not greeted: 6 visits, all diminished (−100).
    for day in range(1, 7):
        add(workspace.db, busy, date(2026, 2, day), greeted=True, feeling=1)
        add(workspace.db, busy, date(2026, 2, day + 10), greeted=False, feeling=-1)
    view = DashboardView(workspace, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    with qtbot.waitSignal(view.drivers_updated, timeout=10_000):
        view.set_filter("last-month")
        view.show()

    drivers = view.drivers_chart.drivers
    greeted = next(d for d in drivers if d.label == "Greeted?")
    assert greeted.with_uplift.value == 100.0 and greeted.with_uplift.n == 6
    assert greeted.without_uplift.value == -100.0 and greeted.without_uplift.n == 6
    assert greeted.difference.value == 200.0
    assert drivers[0].difference.value == max(d.difference.value or 0 for d in drivers)
    # "Helped?" was always yes: no visits without it, so it is left out, and said so.
    assert all(d.label != "Helped?" for d in drivers)
    assert "left out" in view.drivers_thin.text()
    assert "not proof of cause" in view.drivers_note.text()
    assert "n = 6" in view.drivers_chart.tooltip_text(drivers.index(greeted))
    assert view.drivers_chart.grab().width() == view.drivers_chart.width()


# --- the trend -----------------------------------------------------------------------------------


def test_trend_toggles_between_months_and_weeks(qtbot, filled: Workspace) -> None:
    view = shown_dashboard(qtbot, filled)
    months = view.chart.points
    assert months and all("-W" not in point.period for point in months)
    assert [p.start for p in months] == sorted(p.start for p in months)

    with qtbot.waitSignal(view.updated, timeout=10_000):
        qtbot.mouseClick(view.week_button, Qt.MouseButton.LeftButton)

    weeks = view.chart.points
    assert view.period == "week" and view.week_button.isChecked()
    assert len(weeks) > len(months)
    assert all("-W" in point.period for point in weeks)
    reported = EncounterFilter(statuses=REPORTED_STATUSES)
    assert sum(point.visits for point in weeks) == queries.count_encounters(filled.db, reported)
    # Every week between the first and the last is on the axis, empty ones too.
    assert weeks == stats.fill_gaps(stats.trend(filled.db, reported, "week"), "week")


def test_the_trends_visits_bars_carry_their_numbers(qtbot, filled: Workspace) -> None:
    """APP.md: the Visits bars had no axis and sat on the score axis, so ~47 visits read as
    25–30. Each bar has its number when they fit, else the tallest one has."""
    view = shown_dashboard(qtbot, filled)
    chart = view.chart
    chart.resize(900, 300)
    labels = chart.visit_labels()
    assert labels == [(i, str(p.visits)) for i, p in enumerate(chart.points) if p.visits]
    chart.resize(300, 300)
    chart.points = chart.points * 8  # too many bars for a number each
    labels = chart.visit_labels()
    most = max(point.visits for point in chart.points)
    assert len(labels) == 1 and labels[0][1] == str(most)


def test_the_trend_shows_the_year_up_to_the_period(qtbot, filled: Workspace) -> None:
    view = shown_dashboard(qtbot, filled, today=NOW.date())
    choose(qtbot, view, "last-month")  # May 2026
    starts = [point.start for point in view.chart.points]
    assert starts[-1] == date(2026, 5, 1)
    assert starts[0] >= date(2025, 6, 1)
    assert view.chart.highlight == periods.Period(date(2026, 5, 1), date(2026, 5, 31), "month")


class FakeToolTip:
    """Stands in for QToolTip: the offscreen platform warns when a tooltip window shows."""

    shown: list[str] = []

    @classmethod
    def showText(cls, _position: object, text: str, _widget: object = None) -> None:  # noqa: N802
        cls.shown.append(text)

    @classmethod
    def hideText(cls) -> None:  # noqa: N802
        pass


def test_chart_hover_names_the_period_and_its_figures(
    qtbot, filled: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("mysteryshop.ui.dashboard.QToolTip", FakeToolTip)
    FakeToolTip.shown = []
    view = shown_dashboard(qtbot, filled)
    chart = view.chart
    plot = chart._plot_rect()
    index = len(chart.points) // 2
    x = chart._x(plot, index)
    assert chart._index_at(x) == index
    assert chart._index_at(plot.left() - 5) is None

    qtbot.mouseMove(chart, QPointF(x, plot.center().y()).toPoint())
    qtbot.waitUntil(lambda: chart.hovered == index, timeout=2_000)

    point = chart.points[index]
    text = chart.tooltip_text(index)
    assert FakeToolTip.shown[-1] == text
    assert f"Visits: {point.visits}" in text
    assert format_percent(point.average_score) in text
    assert chart.grab().width() == chart.width()  # paints without errors


def test_ranking_lists_locations_best_first(qtbot, filled: Workspace) -> None:
    view = shown_dashboard(qtbot, filled)
    everyone = stats.location_ranking(filled.db, view.effective_filter())
    assert view.ranking_model.rows == [
        row for row in everyone if row.scored >= confidence.MIN_VISITS
    ]
    proxy = view.ranking_proxy
    first = proxy.index(0, LocationRankingModel.COL_NAME).data()
    assert first == view.ranking_model.rows[0].name
    scores = [row.average_score for row in view.ranking_model.rows]
    assert scores == sorted(scores, reverse=True)
    view.ranking.sortByColumn(LocationRankingModel.COL_VISITS, Qt.SortOrder.DescendingOrder)
    visits = [
        proxy.index(row, LocationRankingModel.COL_VISITS).data(LocationRankingModel.SortRole)
        for row in range(proxy.rowCount())
    ]
    assert visits == sorted(visits, reverse=True)


# --- layout --------------------------------------------------------------------------------------


@pytest.mark.parametrize("width", [834, 1176])  # 1024 and 1366 px windows less the navigation
def test_no_horizontal_scrolling_at_small_widths(qtbot, filled: Workspace, width: int) -> None:
    view = shown_dashboard(qtbot, filled)
    view.resize(width, 640)
    qtbot.wait(10)
    scroll = view.content_page
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    table = view.ranking
    assert table.horizontalHeader().length() <= table.viewport().width() + 1


# --- states --------------------------------------------------------------------------------------


def test_a_change_to_encounters_refreshes_the_figures(
    qtbot, workspace: Workspace, demo_data: demo.DemoData, forms: list[Form]
) -> None:
    view = shown_dashboard(qtbot, workspace)
    assert view.pages.currentWidget() is view.empty_page

    queries.bulk_add_encounters(workspace.db, demo_data.encounters, demo_data.locations, forms)
    with qtbot.waitSignal(view.updated, timeout=10_000):
        announce(workspace, Changes.everything())

    assert view.pages.currentWidget() is view.content_page
    assert view.card_text("visits") == str(
        queries.count_encounters(workspace.db, EncounterFilter(statuses=REPORTED_STATUSES))
    )


def test_empty_database_shows_the_empty_state(qtbot, workspace: Workspace) -> None:
    view = shown_dashboard(qtbot, workspace)
    assert view.pages.currentWidget() is view.empty_page
    assert view.empty_title.text() == "No submitted encounters yet"


def test_an_empty_period_says_so(qtbot, filled: Workspace) -> None:
    view = shown_dashboard(qtbot, filled, today=NOW.date() + timedelta(days=800))
    choose(qtbot, view, "last-month")
    assert view.pages.currentWidget() is view.empty_page
    assert view.empty_title.text() == "No submitted encounters in this period"


def test_a_failure_is_shown_not_raised(
    qtbot, filled: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(db: Database, f: EncounterFilter) -> stats.DimensionScores:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(stats, "dimension_scores", broken)
    view = shown_dashboard(qtbot, filled)
    assert not view.error.isHidden()
    assert "disk on fire" in view.error.text()


def test_a_view_deleted_while_computing_is_left_alone(qtbot, filled: Workspace) -> None:
    view = DashboardView(filled)
    view._compute()  # the worker starts
    view.deleteLater()
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=10_000)
    qtbot.wait(50)  # the result's signal is delivered to no one: nothing is raised


def test_showing_again_without_changes_computes_nothing(qtbot, filled: Workspace) -> None:
    view = shown_dashboard(qtbot, filled)
    computed = view._generation
    view.hide()
    view.show()
    qtbot.wait(50)
    assert view._generation == computed

    view.hide()
    announce(filled, Changes.of("encounters"))  # hidden: remembered, computed when shown
    assert view._generation == computed
    with qtbot.waitSignal(view.updated, timeout=10_000):
        view.show()
    assert view._generation == computed + 1


def test_number_formats() -> None:
    assert format_uplift(45.93) == "+45.9"
    assert format_uplift(-12.0) == "\u221212.0"
    assert format_uplift(0.01) == "0.0"
    assert format_uplift(None) == "—"
    assert format_percent(71.25) in ("71.2 %", "71.3 %")
    assert format_percent(None) == "—"
