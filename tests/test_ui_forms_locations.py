"""The forms view (list, import with problems listed and nothing imported, the preview) and the
locations view (add, rename, set region, merge duplicates)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog

from mysteryshop import demo, paths
from mysteryshop.forms import Form, load_form, validate_form
from mysteryshop.store import queries, shipped
from mysteryshop.store.db import Database
from mysteryshop.store.locations import location_summaries
from mysteryshop.store.records import EncounterFilter
from mysteryshop.ui.exchange import ExchangeReport
from mysteryshop.ui.forms_view import FormPreview, FormsModel, FormsView
from mysteryshop.ui.locations_view import LocationsModel, LocationsView, MergeDialog
from mysteryshop.ui.main_window import MainWindow
from mysteryshop.ui.workspace import Settings, Workspace

FIXTURES = Path(__file__).parent / "fixtures" / "forms"
XLSFORMS = Path(__file__).parent / "fixtures" / "xlsform"


@pytest.fixture(scope="module")
def forms() -> list[Form]:
    return [load_form(path) for path in paths.shipped_form_files()]


@pytest.fixture
def workspace(db: Database, tmp_path: Path) -> Workspace:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return Workspace(db, settings)


@pytest.fixture
def forms_view(qtbot, workspace: Workspace) -> FormsView:
    view = FormsView(workspace)
    qtbot.addWidget(view)
    view.refresh()
    return view


def stored(db: Database) -> list[tuple[str, int, str]]:
    return [(info.form_id, info.version, info.content_hash) for info in queries.list_forms(db)]


# --- forms ------------------------------------------------------------------------------------


def test_a_new_database_lists_the_shipped_forms(
    qtbot, workspace: Workspace, forms: list[Form]
) -> None:
    # The store put them there when the database was opened; the view only reads.
    before = stored(workspace.db)
    view = FormsView(workspace)
    qtbot.addWidget(view)
    with qtbot.assertNotEmitted(workspace.changed):
        view.refresh()

    assert stored(workspace.db) == before
    archived = {shipped.form_header(path) for path in paths.archived_form_files()}
    assert {(f.id, f.version) for f in forms} | archived == {
        (row.form_id, row.version) for row in view.model.rows
    }
    # The default form is selected and previewed.
    assert view.selected_key() == ("service-encounter", 3)
    assert "Were you greeted when you arrived?" in view.preview.toPlainText()


def test_the_list_shows_versions_and_encounter_counts(
    qtbot, workspace: Workspace, forms: list[Form]
) -> None:
    data = demo.generate(forms, encounters=40, seed=2)
    queries.bulk_add_encounters(workspace.db, data.encounters, data.locations, forms)
    view = FormsView(workspace)
    qtbot.addWidget(view)
    view.refresh()

    counts = {
        (row.form_id, row.version): row.encounters for row in queries.list_forms(workspace.db)
    }
    for row in range(view.model.rowCount()):
        key = view.model.index(row, 0).data(FormsModel.KeyRole)
        assert view.model.index(row, FormsModel.COL_VERSION).data() == f"v{key[1]}"
        assert view.model.index(row, FormsModel.COL_ENCOUNTERS).data() == str(counts[key])
    assert sum(counts.values()) == 40


# Importing goes through the window's ExchangeController (ui/exchange.py), in a worker: the
# view's button asks for it, and files dropped on the view reach the window.


@pytest.fixture
def window(qtbot, workspace: Workspace) -> MainWindow:
    shown = MainWindow(workspace)
    qtbot.addWidget(shown)
    shown.show()
    shown.show_page("forms")
    return shown


def import_with_button(
    qtbot, window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch
) -> ExchangeReport:
    """Click the view's Import button, choose `path`, and wait for the import's report."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (str(path), ""))
    )
    with qtbot.waitSignal(window.exchange.finished, timeout=30_000) as finished:
        qtbot.mouseClick(window.forms.import_button, Qt.MouseButton.LeftButton)
    report = finished.args[0]
    assert isinstance(report, ExchangeReport)
    return report


def test_importing_a_bad_file_lists_problems_and_imports_nothing(
    qtbot, window: MainWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = stored(workspace.db)

    report = import_with_button(qtbot, window, FIXTURES / "unknown-type.yaml", monkeypatch)

    assert not report.ok
    assert stored(workspace.db) == before
    assert any("unknown type 'yesno'" in line for line in report.lines)
    # Each problem names its place, without repeating the file's path.
    assert report.lines[0].startswith("sections[0].questions[0].type")
    assert "each problem names its place" in report.advice
    dialog = window.exchange.dialog
    assert dialog is not None and dialog.isVisible()
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == report.lines
    assert "unknown-type.yaml" in dialog.headline.text()
    assert window.forms.status.text() == report.headline  # the view says it too
    dialog.close()


def test_a_file_with_many_problems_lists_each(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "id: Bad Id\nversion: 0\ntitle: x\nsections:\n  - id: s\n    title: S\n    questions:\n"
        "      - {id: q, type: yesno, text: Q}\n"
        "      - {id: r, type: rating, text: R, scale: [5, 1]}\n",
        encoding="utf-8",
    )
    report = import_with_button(qtbot, window, bad, monkeypatch)
    assert len(report.lines) == 4
    assert window.exchange.dialog is not None
    assert window.exchange.dialog.list.count() == 4
    assert "Problems found: 4" in window.exchange.dialog.headline.text()


def test_importing_a_good_file_adds_it_to_the_list(
    qtbot,
    window: MainWindow,
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = window.forms
    with qtbot.waitSignal(workspace.changed, timeout=30_000):
        report = import_with_button(qtbot, window, FIXTURES / "minimal.yaml", monkeypatch)

    assert report.ok and report.form == ("minimal", 1)
    assert ("minimal", 1) in {(f, v) for f, v, _h in stored(workspace.db)}
    assert view.model.row_of("minimal", 1) is not None
    assert view.selected_key() == ("minimal", 1)
    assert "Minimal form" in view.preview.toPlainText()
    assert view.status.text() == (
        "Imported the form “Minimal form” (minimal, version 1). Questions: 1, sections: 1."
    )

    # The same file again changes nothing and is not an error.
    before = stored(workspace.db)
    report = import_with_button(qtbot, window, FIXTURES / "minimal.yaml", monkeypatch)
    assert report.ok
    assert stored(workspace.db) == before
    assert "nothing changed" in view.status.text()


def test_same_version_with_other_content_shows_the_stores_advice(
    qtbot,
    window: MainWindow,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Versions 1 and 2 are stored: the next free version, which the store works out, is 3.
    original = yaml.safe_load((FIXTURES / "minimal.yaml").read_text(encoding="utf-8"))
    queries.store_form(workspace.db, validate_form(original, "v1"))
    queries.store_form(workspace.db, validate_form({**original, "version": 2}, "v2"))
    changed = {**original, "title": "Changed"}
    changed["sections"][0]["questions"][0]["text"] = "Did anyone greet you?"
    path = tmp_path / "minimal-changed.yaml"
    path.write_text(yaml.safe_dump(changed), encoding="utf-8")
    before = stored(workspace.db)

    report = import_with_button(qtbot, window, path, monkeypatch)

    assert not report.ok
    assert stored(workspace.db) == before
    dialog = window.exchange.dialog
    assert dialog is not None
    assert dialog.headline.text() == (
        "minimal-changed.yaml was not imported: version 1 of “Minimal form” is already "
        "stored, with different content."
    )
    assert "set “version: 3” in the file" in dialog.advice.text()
    assert window.forms.status.text() == dialog.headline.text()
    dialog.close()


def test_import_button_offers_forms_and_xlsforms(
    qtbot, window: MainWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def fake_open(parent, caption, folder, filters):
        asked.append(filters)
        return str(XLSFORMS / "group.xlsx"), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    with qtbot.waitSignal(window.exchange.finished, timeout=30_000) as finished:
        qtbot.mouseClick(window.forms.import_button, Qt.MouseButton.LeftButton)
    assert "*.yaml *.yml *.xlsx" in asked[0]
    report = finished.args[0]
    assert report.ok and report.form == ("group", 1)
    assert any(line.startswith("survey row 4 (phone_number)") for line in report.lines)
    assert window.forms.selected_key() == ("group", 1)


def test_a_form_dropped_on_the_view_is_imported_by_the_window(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(FIXTURES / "minimal.yaml"))])
    target = window.forms.table.viewport()
    args = (Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    enter = QDragEnterEvent(QPointF(5, 5), *args)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()  # by the window: the view itself takes no drops
    with qtbot.waitSignal(window.exchange.finished, timeout=30_000) as finished:
        QApplication.sendEvent(target, QDropEvent(QPointF(5, 5), *args))
    assert finished.args[0].ok
    assert ("minimal", 1) in {(f, v) for f, v, _h in stored(workspace.db)}
    assert window.forms.selected_key() == ("minimal", 1)


def test_preview_spells_out_types_points_markers_and_conditions(forms: list[Form]) -> None:
    form = forms[0]  # service-encounter
    preview = FormPreview(form)
    html = preview.html()
    assert "Arrival" in html and "Were you greeted when you arrived?" in html

    greeted = form.question("greeted_on_arrival")
    markers = preview.markers(greeted)
    assert "Yes / No" in markers and "2 points" in markers and "required" in markers

    helped = form.question("helped")
    assert "critical" in preview.markers(helped)
    assert "Partly" in preview.answer_html(helped) and "(1 point)" in preview.answer_html(helped)

    wait = form.question("greeting_wait")
    assert preview.condition_text(wait) == (
        "Shown only when 1. “Were you greeted when you arrived?” is Yes"
    )
    missing = form.question("help_missing")
    assert preview.condition_text(missing).endswith("is Partly or Not at all")
    assert "N/A allowed" in preview.markers(form.question("acknowledged_while_busy"))
    assert "Net Uplift" in preview.markers(form.question("feeling"))
    assert "Clearly diminished" in preview.answer_html(form.question("feeling"))
    assert "Warm, sincere smile" in preview.answer_html(form.question("smile"))


def test_preview_follows_the_chosen_language(qtbot, forms_view: FormsView) -> None:
    assert forms_view.selected_key() == ("service-encounter", 3)
    languages = [forms_view.language.itemData(i) for i in range(forms_view.language.count())]
    assert languages[0] == "en" and "fi" in languages
    forms_view.language.setCurrentIndex(languages.index("fi"))
    assert "Tervehdittiinkö sinua" in forms_view.preview.toPlainText()


# --- locations --------------------------------------------------------------------------------


@pytest.fixture
def filled(workspace: Workspace, forms: list[Form]) -> Workspace:
    data = demo.generate(forms, encounters=120, seed=4)
    queries.bulk_add_encounters(workspace.db, data.encounters, data.locations, forms)
    return workspace


@pytest.fixture
def locations_view(qtbot, filled: Workspace) -> LocationsView:
    view = LocationsView(filled)
    qtbot.addWidget(view)
    view.refresh()
    return view


def by_name(db: Database) -> dict[str, tuple[str, str | None, int]]:
    return {row.name: (row.id, row.region, row.encounters) for row in location_summaries(db)}


def test_the_table_lists_locations_with_counts(locations_view: LocationsView) -> None:
    summaries = location_summaries(locations_view.workspace.db)
    model = locations_view.model
    assert model.rowCount() == len(summaries)
    shown = {
        model.index(row, 0).data(): (
            model.index(row, 1).data(),
            model.index(row, 2).data(),
        )
        for row in range(model.rowCount())
    }
    assert shown == {s.name: (s.region or "", str(s.encounters)) for s in summaries}
    assert sum(s.encounters for s in summaries) == 120


def test_the_table_shows_when_each_location_was_last_visited(
    locations_view: LocationsView, filled: Workspace
) -> None:
    """APP.md: Locations was a bare list; the last visit tells which place needs one. What
    is in the trash does not count."""
    from mysteryshop.store import listing, trash
    from mysteryshop.store.records import EncounterFilter
    from mysteryshop.ui import display

    db = filled.db
    model = locations_view.model
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Last visit"
    name, location_id = next((s.name, s.id) for s in location_summaries(db) if s.encounters)
    rows = listing.list_rows(db, EncounterFilter(location=location_id), limit=1000)
    latest = max(rows, key=lambda row: row.visited_at)
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    expected = display.date_text(latest.visited_at.astimezone().date())
    assert model.index(row, 3).data() == expected
    if latest.status == "draft":
        trash.discard(db, latest.id)
    else:
        trash.delete(db, latest.id, "m", "test")
    model.reload()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    assert model.index(row, 2).data() == str(len(rows) - 1)
    if len(rows) > 1:
        second = sorted(rows, key=lambda r: r.visited_at)[-2]
        assert model.index(row, 3).data() == display.date_text(
            second.visited_at.astimezone().date()
        )


def test_add_a_location(qtbot, locations_view: LocationsView, filled: Workspace) -> None:
    locations_view.new_name.setText("  Forum store ")
    locations_view.new_region.setText("Uusimaa")
    with qtbot.waitSignal(filled.changed):
        qtbot.mouseClick(locations_view.add_button, Qt.MouseButton.LeftButton)

    found = by_name(filled.db)["Forum store"]
    assert found[1:] == ("Uusimaa", 0)
    assert locations_view.selected_ids() == [found[0]]
    assert locations_view.new_name.text() == ""

    # The same name and region again is not added twice.
    assert locations_view.add_location("forum store", "uusimaa") is None
    assert len([n for n in by_name(filled.db) if n.lower() == "forum store"]) == 1
    assert "already" in locations_view.status.text()


def test_rename_and_set_region(qtbot, locations_view: LocationsView, filled: Workspace) -> None:
    before = by_name(filled.db)
    name, (location_id, _region, count) = next(iter(before.items()))

    with qtbot.waitSignal(filled.changed):
        assert locations_view.rename_location(location_id, "Renamed store")
    with qtbot.waitSignal(filled.changed):
        assert locations_view.set_region([location_id], "Lappi") == 1

    after = by_name(filled.db)
    assert name not in after
    assert after["Renamed store"] == (location_id, "Lappi", count)
    assert not locations_view.rename_location(location_id, "   ")  # a name is required
    assert "Not saved" in locations_view.status.text()
    assert by_name(filled.db)["Renamed store"] == (location_id, "Lappi", count)


def test_inline_editing_saves(qtbot, locations_view: LocationsView, filled: Workspace) -> None:
    proxy = locations_view.proxy
    index = proxy.index(0, LocationsModel.COL_REGION)
    location_id = index.data(LocationsModel.IdRole)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    assert not proxy.index(0, LocationsModel.COL_ENCOUNTERS).flags() & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(filled.changed):
        assert proxy.setData(index, " Ahvenanmaa ")
    regions = {row.id: row.region for row in location_summaries(filled.db)}
    assert regions[location_id] == "Ahvenanmaa"
    # Clearing the region.
    assert proxy.setData(proxy.index(0, LocationsModel.COL_REGION), "")
    regions = {row.id: row.region for row in location_summaries(filled.db)}
    assert regions[location_id] is None


def test_set_region_of_several_asks_once(
    qtbot, locations_view: LocationsView, filled: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [locations_view.proxy.index(row, 0).data(LocationsModel.IdRole) for row in (0, 1, 2)]
    locations_view.select_ids(ids)
    monkeypatch.setattr(
        QInputDialog, "getItem", staticmethod(lambda *args, **kwargs: ("Kainuu", True))
    )
    qtbot.mouseClick(locations_view.region_button, Qt.MouseButton.LeftButton)
    regions = {row.id: row.region for row in location_summaries(filled.db)}
    assert [regions[i] for i in ids] == ["Kainuu"] * 3


def test_merge_moves_encounters_and_deletes_duplicates(
    qtbot, locations_view: LocationsView, filled: Workspace
) -> None:
    before = by_name(filled.db)
    (keep_name, keep), (_n1, dup1), (_n2, dup2) = list(before.items())[:3]
    moving = dup1[2] + dup2[2]
    total = queries.count_encounters(filled.db)

    with qtbot.waitSignal(filled.changed):
        moved = locations_view.merge(keep[0], [keep[0], dup1[0], dup2[0]])

    assert moved == moving
    after = by_name(filled.db)
    assert len(after) == len(before) - 2
    assert after[keep_name] == (keep[0], keep[1], keep[2] + moving)
    assert queries.count_encounters(filled.db) == total
    assert queries.count_encounters(filled.db, EncounterFilter(location=keep[0])) == (
        keep[2] + moving
    )
    assert locations_view.selected_ids() == [keep[0]]
    assert "Merged 2" in locations_view.status.text()


def test_merge_dialog_asks_which_to_keep_and_counts_what_moves(
    qtbot, locations_view: LocationsView
) -> None:
    chosen = location_summaries(locations_view.workspace.db)[:3]
    dialog = MergeDialog(chosen)
    qtbot.addWidget(dialog)
    busiest = max(chosen, key=lambda loc: (loc.encounters, loc.name))
    assert dialog.keep_id() == busiest.id  # the one with most encounters by default
    assert dialog.moving() == sum(loc.encounters for loc in chosen) - busiest.encounters
    assert f"{dialog.moving()} encounters" in dialog.consequence.text()

    other = next(number for number, loc in enumerate(chosen) if loc.id != busiest.id)
    dialog.choices.button(other).setChecked(True)
    assert dialog.keep_id() == chosen[other].id
    assert chosen[other].name in dialog.consequence.text()


def test_merge_button_merges_after_confirming(
    qtbot, locations_view: LocationsView, filled: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not locations_view.merge_button.isEnabled()
    ids = [locations_view.proxy.index(row, 0).data(LocationsModel.IdRole) for row in (0, 1)]
    locations_view.select_ids(ids)
    assert locations_view.merge_button.isEnabled()
    monkeypatch.setattr(MergeDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    count = len(location_summaries(filled.db))

    with qtbot.waitSignal(filled.changed):
        qtbot.mouseClick(locations_view.merge_button, Qt.MouseButton.LeftButton)

    assert len(location_summaries(filled.db)) == count - 1


def test_cancelled_merge_changes_nothing(
    qtbot, locations_view: LocationsView, filled: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [locations_view.proxy.index(row, 0).data(LocationsModel.IdRole) for row in (0, 1)]
    locations_view.select_ids(ids)
    monkeypatch.setattr(MergeDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    before = location_summaries(filled.db)
    qtbot.mouseClick(locations_view.merge_button, Qt.MouseButton.LeftButton)
    assert location_summaries(filled.db) == before


def test_filter_box_narrows_the_table(locations_view: LocationsView) -> None:
    locations_view.search.setText("uusimaa")
    shown = {
        locations_view.proxy.index(row, LocationsModel.COL_REGION).data()
        for row in range(locations_view.proxy.rowCount())
    }
    assert shown == {"Uusimaa"}
