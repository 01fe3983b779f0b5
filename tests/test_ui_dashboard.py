"""The dashboard: headline figures equal an independent computation over the encounters, the
log's filter narrows them, the trend toggles between weeks and months, the ranking follows
the figures, and an empty database says so."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt, QThreadPool

from mysteryshop import demo, paths, scoring
from mysteryshop.changes import Changes
from mysteryshop.forms import Form, load_form
from mysteryshop.store import queries, stats
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterFilter
from mysteryshop.ui.dashboard import (
    DashboardView,
    LocationRankingModel,
    describe_filter,
    format_percent,
    format_uplift,
)
from mysteryshop.ui.ops import announce
from mysteryshop.ui.workspace import Settings, Workspace
from mysteryshop.vocabulary import REPORTED_STATUSES

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def forms() -> list[Form]:
    return [load_form(path) for path in paths.shipped_form_files()]


@pytest.fixture(scope="module")
def demo_data(forms: list[Form]) -> demo.DemoData:
    return demo.generate(forms, encounters=300, seed=1, now=NOW)


@pytest.fixture
def workspace(db: Database, tmp_path: Path) -> Workspace:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return Workspace(db, settings)


@pytest.fixture
def filled(workspace: Workspace, demo_data: demo.DemoData, forms: list[Form]) -> Workspace:
    queries.bulk_add_encounters(workspace.db, demo_data.encounters, demo_data.locations, forms)
    return workspace


def shown_dashboard(qtbot, workspace: Workspace) -> DashboardView:
    view = DashboardView(workspace)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    with qtbot.waitSignal(view.updated, timeout=10_000):
        view.show()  # the first show computes the figures, in a worker thread
    return view


def expected(db: Database, f: EncounterFilter) -> dict[str, object]:
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
        "average_score": sum(scores) / len(scores),
        "net_uplift": scoring.net_uplift(feelings),
        "critical_failures": sum(e.critical_fail for e in encounters),
        "greeting": sum(greeting) / len(greeting),
    }


def assert_cards(view: DashboardView, numbers: dict[str, object]) -> None:
    assert view.card_text("visits") == str(numbers["visits"])
    assert view.card_text("average_score") == format_percent(numbers["average_score"])
    assert view.card_text("net_uplift") == format_uplift(numbers["net_uplift"])
    assert view.card_text("critical_failures") == str(numbers["critical_failures"])
    assert view.card_text("greeting") == format_percent(numbers["greeting"])


def test_cards_show_figures_of_reported_encounters(qtbot, filled: Workspace) -> None:
    view = shown_dashboard(qtbot, filled)

    numbers = expected(filled.db, EncounterFilter(statuses=REPORTED_STATUSES))
    assert view.pages.currentWidget() is view.content_page
    assert_cards(view, numbers)
    assert numbers["visits"] < queries.count_encounters(filled.db)  # drafts are left out
    assert "Submitted and approved" in view.caption.text()
    assert "left out" in view.caption.text()
    # The numbers behind the cards are what stats.py says.
    assert view.data is not None
    assert view.data.figures == stats.figures(filled.db, view.effective_filter())


def test_set_filter_narrows_the_figures(qtbot, filled: Workspace) -> None:
    view = shown_dashboard(qtbot, filled)
    everywhere = int(view.card_text("visits"))

    with qtbot.waitSignal(view.updated, timeout=10_000):
        view.set_filter(EncounterFilter(region="Uusimaa"))

    numbers = expected(filled.db, EncounterFilter(region="Uusimaa", statuses=REPORTED_STATUSES))
    assert 0 < int(view.card_text("visits")) < everywhere
    assert_cards(view, numbers)
    assert "region Uusimaa" in view.caption.text()
    regions = {row.region for row in view.ranking_model.rows}
    assert regions == {"Uusimaa"}


def test_a_filter_naming_statuses_counts_those(qtbot, filled: Workspace) -> None:
    view = shown_dashboard(qtbot, filled)

    with qtbot.waitSignal(view.updated, timeout=10_000):
        view.set_filter(EncounterFilter(statuses=("draft",)))

    drafts = queries.count_encounters(filled.db, EncounterFilter(statuses=("draft",)))
    assert drafts > 0
    assert view.card_text("visits") == str(drafts)
    assert "status: draft" in view.caption.text()


def test_a_hidden_dashboard_computes_when_shown(qtbot, filled: Workspace) -> None:
    view = DashboardView(filled)
    qtbot.addWidget(view)
    view.set_filter(EncounterFilter(region="Pirkanmaa"))  # hidden: nothing computed yet
    assert view.data is None
    with qtbot.waitSignal(view.updated, timeout=10_000):
        view.show()
    assert view.data is not None and view.data.filter.region == "Pirkanmaa"


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


def test_no_match_for_a_filter_says_so(qtbot, filled: Workspace) -> None:
    view = shown_dashboard(qtbot, filled)
    with qtbot.waitSignal(view.updated, timeout=10_000):
        view.set_filter(EncounterFilter(region="Nowhere"))
    assert view.pages.currentWidget() is view.empty_page
    assert "match this filter" in view.empty_title.text()


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
    reported = EncounterFilter(statuses=REPORTED_STATUSES)
    assert view.ranking_model.rows == stats.location_ranking(filled.db, reported)
    proxy = view.ranking_proxy
    first = proxy.index(0, LocationRankingModel.COL_NAME).data()
    assert first == view.ranking_model.rows[0].name
    scores = [row.average_score for row in view.ranking_model.rows]
    assert scores == sorted(scores, reverse=True)
    # Sorting by visits through the header.
    view.ranking.sortByColumn(LocationRankingModel.COL_VISITS, Qt.SortOrder.DescendingOrder)
    visits = [
        proxy.index(row, LocationRankingModel.COL_VISITS).data(LocationRankingModel.SortRole)
        for row in range(proxy.rowCount())
    ]
    assert visits == sorted(visits, reverse=True)


def test_number_formats() -> None:
    assert format_uplift(45.93) == "+45.9"
    assert format_uplift(-12.0) == "\u221212.0"
    assert format_uplift(0.01) == "0.0"
    assert format_uplift(None) == "—"
    assert format_percent(71.25) == "71.2 %" or format_percent(71.25) == "71.3 %"
    assert format_percent(None) == "—"


def test_describe_filter_names_each_part() -> None:
    text = describe_filter(
        EncounterFilter(
            form_id="phone-chat",
            region="Uusimaa",
            tag="best-practice",
            critical_only=True,
            text="smile",
        )
    )
    for part in ("phone-chat", "region Uusimaa", "best-practice", "critical", "smile"):
        assert part in text


def test_a_failure_is_shown_not_raised(
    qtbot, filled: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(db: Database, f: EncounterFilter) -> stats.Figures:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(stats, "figures", broken)
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
