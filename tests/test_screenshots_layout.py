"""Layouts from a small laptop (1024×640 with a taskbar) to 2560×1440, in English, Finnish
and Swedish: the main window on demo data is grabbed at each size on the log, the editor, the
dashboard and the review (every other page at 1024×640), and each grab is checked for what a
broken layout shows: a window that cannot be made that small, a horizontal scrollbar (or
content wider than its scroll area), table columns out of sight, a button cut off or out of
the window, a one-line label narrower than its text, a ranking name cut short."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QLocale, QRect, QSettings, Qt, QTimer, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QScrollArea,
    QTableView,
    QWidget,
)

from mysteryshop import demo
from mysteryshop.store import listing, queries
from mysteryshop.ui import theme
from mysteryshop.ui.app import install_translations
from mysteryshop.ui.main_window import NAVIGATION, MainWindow
from mysteryshop.ui.workspace import Settings, Workspace

SIZES = [(1024, 640), (1366, 768), (1920, 1080), (2560, 1440)]
PAGES = ["encounters", "editor", "dashboard", "review"]


def settle(ms: int = 60) -> None:
    """Let layouts run and worker threads deliver (a QEventLoop: qWait keeps the GIL)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


@pytest.fixture(params=["en", "fi", "sv"])
def window(request, qapp, qtbot, db, shipped_forms, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on demo data, in the app's style sheet and the language asked for."""
    before = QLocale()
    install_translations(qapp, request.param)
    qapp.setStyleSheet(theme.STYLE_SHEET)
    data = demo.generate(shipped_forms, encounters=150, seed=1)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.observer_alias = "shopper-anna"
    made = MainWindow(Workspace(db, settings))
    qtbot.addWidget(made)
    made.show()
    try:
        yield made
    finally:
        made.close()
        qapp.setStyleSheet("")
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(before)


def clip_of(widget: QWidget, window: QWidget) -> QRect:
    """The part of the window where `widget` can be seen: the window, narrowed by each scroll
    area it sits in (vertically a scroll area may hide it: it is reached by scrolling)."""
    clip = window.rect()
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and (
            parent is parent.parentWidget().viewport()  # type: ignore[union-attr]
        ):
            seen = QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size())
            clip = QRect(seen.left(), clip.top(), seen.width(), clip.height()).intersected(clip)
        parent = parent.parentWidget()
    return clip


def layout_problems(window: MainWindow, page: QWidget) -> list[str]:
    """What is wrong with the page as laid out now."""
    problems = []
    if window.width() > window.size().width() or window.minimumSizeHint().width() > window.width():
        problems.append(f"the window needs {window.minimumSizeHint().width()} px of width")
    for area in page.findChildren(QScrollArea):
        if not area.isVisible():
            continue
        if area.horizontalScrollBar().isVisible():
            problems.append(f"horizontal scrollbar in {area.objectName() or 'a scroll area'}")
        content = area.widget()
        if content is not None and content.width() > area.viewport().width() + 1:
            problems.append(
                f"{type(content).__name__} is {content.width()} px wide in a "
                f"{area.viewport().width()} px scroll area"
            )
    for table in page.findChildren(QTableView):
        off = table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if (
            table.isVisible()
            and off
            and table.horizontalHeader().length() > table.viewport().width() + 1
        ):
            problems.append(
                f"{table.accessibleName()!r}: columns of {table.horizontalHeader().length()} px "
                f"in {table.viewport().width()} px, with no scrollbar to reach them"
            )
    for label in page.findChildren(QLabel):
        # A one-line label narrower than its text shows it cut ("Genomsnittligt resulta").
        if label.isVisible() and not label.wordWrap() and label.text():
            if label.width() < label.minimumSizeHint().width():
                problems.append(
                    f"label {label.text()[:40]!r} is {label.width()} px of "
                    f"{label.minimumSizeHint().width()}"
                )
    for button in page.findChildren(QAbstractButton):
        if not button.isVisible() or button.width() == 0:
            continue
        rect = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
        clip = clip_of(button, window)
        inside = clip.left() <= rect.left() and rect.right() <= clip.right()
        # Only buttons outside every scroll area must also be in view vertically.
        if clip.top() == window.rect().top() and clip.height() == window.height():
            in_scroll = any(
                isinstance(parent, QAbstractScrollArea) for parent in ancestors(button, window)
            )
            if not in_scroll:
                inside = inside and window.rect().contains(rect)
        if not inside:
            problems.append(f"button {button.text()!r} at {rect.getRect()} is cut off")
    return problems


def ancestors(widget: QWidget, top: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        yield parent
        parent = parent.parentWidget()


def ranking_names_cut(window: MainWindow) -> list[str]:
    """Ranking names wider than the name column (the review's X15: "S…" in Finnish)."""
    from mysteryshop.ui.dashboard import LocationRankingModel

    ranking = window.dashboard.ranking
    model = ranking.model()
    width = ranking.horizontalHeader().sectionSize(LocationRankingModel.COL_NAME)
    metrics = ranking.fontMetrics()
    names = [
        str(model.index(row, LocationRankingModel.COL_NAME).data())
        for row in range(model.rowCount())
    ]
    return [name for name in names if metrics.horizontalAdvance(name) + 12 > width]


def misaligned_card_titles(window: MainWindow) -> list[str]:
    """The editor's card titles (the visit, notes, attachments) start at one x, in one font:
    the review found the Attachments title 8 px further left, and smaller."""
    editor = window.editor
    notes_card = editor.notes.parentWidget()
    titles = {
        "visit": editor.header.layout().itemAt(0).widget(),
        "notes": notes_card.layout().itemAt(0).widget(),
        "attachments": editor.attachments_panel.title,
    }
    lefts = {key: label.mapTo(window, label.rect().topLeft()).x() for key, label in titles.items()}
    sizes = {key: label.font().pointSizeF() for key, label in titles.items()}
    if len(set(lefts.values())) > 1 or len(set(sizes.values())) > 1:
        return [f"card titles at x={lefts}, sizes {sizes}"]
    return []


def show(window: MainWindow, page: str, reviewed: str) -> QWidget:
    if page == "editor":
        window.new_encounter()
    elif page == "review":
        window.review.show_encounter(reviewed)
        window.show_page("review")
    else:
        window.show_page(page)
    settle()
    return window.stack.currentWidget()


def test_every_page_fits_from_1024_to_2560_in_english_finnish_and_swedish(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    # The widest review: an approved critical failure at the longest name and region.
    rows = listing.list_rows(window.workspace.db, limit=400)
    reviewed = max(
        (row for row in rows if row.status in ("submitted", "approved")),
        key=lambda row: (row.critical_fail, len(row.location) + len(row.region or "")),
    ).id
    window.show_page("dashboard")
    dashboard = window.dashboard
    box = dashboard.period_box
    box.setCurrentIndex(box.findData("all"))
    qtbot.waitUntil(lambda: dashboard.ranking.model().rowCount() > 5, timeout=20_000)
    found: dict[str, list[str]] = {}
    for width, height in SIZES:
        window.resize(width, height)
        settle()
        assert (window.width(), window.height()) == (width, height), (
            f"the window cannot be {width}×{height}: its minimum is {window.minimumSizeHint()}"
        )
        for page in PAGES:
            shown = show(window, page, reviewed)
            name = f"{page}-{width}x{height}"
            window.grab().save(str(tmp_path / f"{name}.png"))
            problems = layout_problems(window, shown)
            if page == "dashboard":
                problems += [f"ranking name cut: {n!r}" for n in ranking_names_cut(window)]
                content = dashboard.content_page.widget()
                content.grab().save(str(tmp_path / f"{name}-whole.png"))
            if page == "editor":
                problems += misaligned_card_titles(window)
                # Submitting an empty visit: the red banner lists what is missing above the
                # form; Submit and Close stay in view (the review's "Close scrolls away").
                window.editor.submit_button.click()
                settle()
                assert window.editor.problems_banner.isVisible()
                window.grab().save(str(tmp_path / f"{name}-missing.png"))
                problems += layout_problems(window, shown)
            if problems:
                found[name] = problems
    # The other pages at the smallest size: nothing cut off, no scroll area wider than shown.
    window.resize(*SIZES[0])
    for page, _name in NAVIGATION:
        if page not in PAGES:
            shown = show(window, page, reviewed)
            window.grab().save(str(tmp_path / f"{page}-1024x640.png"))
            if problems := layout_problems(window, shown):
                found[f"{page}-1024x640"] = problems
    # 1366×768 at 150 % with a taskbar (about 910×480 logical), the navigation list hidden (F9).
    window.show_navigation(False)
    settle()  # the window's minimum follows once its layout has run
    window.resize(900, 480)
    settle()
    assert (window.width(), window.height()) == (900, 480), window.minimumSizeHint()
    for page in PAGES:
        shown = show(window, page, reviewed)
        window.grab().save(str(tmp_path / f"{page}-900x480.png"))
        if problems := layout_problems(window, shown):
            found[f"{page}-900x480"] = problems
    window.show_navigation(True)
    if os.environ.get("MYSTERYSHOP_SHOTS"):  # to look at them: MYSTERYSHOP_SHOTS=folder
        for shot in tmp_path.glob("*.png"):
            target = Path(os.environ["MYSTERYSHOP_SHOTS"])
            target.mkdir(parents=True, exist_ok=True)
            shot.replace(target / f"{QLocale().name()[:2]}-{shot.name}")
    assert not found, found


def test_a_reflow_row_wraps_its_cards_to_the_columns_that_fit(qtbot) -> None:
    from PySide6.QtWidgets import QFrame

    from mysteryshop.ui.reflow import ReflowRow

    cards = []
    for _ in range(4):
        card = QFrame()
        card.setMinimumWidth(200)
        cards.append(card)
    holder = QWidget()  # a child, as in a page: a window's layout would set its minimum
    holder.resize(1000, 1000)
    row = ReflowRow(cards, columns=(4, 2, 1), spacing=10, parent=holder)
    qtbot.addWidget(holder)
    holder.show()
    assert row.minimumSizeHint().width() == 200  # one card: a narrow window stacks them

    def places() -> list[tuple[int, int]]:
        return [row.grid.getItemPosition(row.grid.indexOf(card))[:2] for card in cards]

    for width, expected in (
        (830, [(0, 0), (0, 1), (0, 2), (0, 3)]),
        (829, [(0, 0), (0, 1), (1, 0), (1, 1)]),
        (410, [(0, 0), (0, 1), (1, 0), (1, 1)]),
        (409, [(0, 0), (1, 0), (2, 0), (3, 0)]),
        (900, [(0, 0), (0, 1), (0, 2), (0, 3)]),
    ):
        row.resize(width, 300)
        settle(10)
        assert places() == expected, width
        assert all(card.geometry().right() < width for card in cards)


def test_f9_hides_the_navigation_list_for_the_page_and_the_next_start_remembers(
    qtbot, db, tmp_path: Path
) -> None:
    settings_file = str(tmp_path / "settings.ini")

    def opened() -> MainWindow:
        made = MainWindow(
            Workspace(db, Settings(QSettings(settings_file, QSettings.Format.IniFormat)))
        )
        qtbot.addWidget(made)
        with qtbot.waitActive(made):  # shortcuts reach an active window
            made.show()
            made.activateWindow()
        made.resize(1024, 640)
        settle()
        return made

    window = opened()
    assert window.navigation.isVisible() and window.navigation_action.isChecked()
    before = window.stack.width()
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_F9)
    settle()
    assert not window.navigation.isVisible() and not window.navigation_action.isChecked()
    assert window.stack.width() == before + window.navigation.width()
    window.close()
    window.workspace.settings.sync()

    again = opened()
    assert not again.navigation.isVisible()
    again.navigation_action.trigger()  # View ▸ Navigation list
    assert again.navigation.isVisible()
