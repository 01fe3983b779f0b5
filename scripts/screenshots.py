"""Fill a demo database and save a PNG of every main view: for the README and for looking.

    python scripts/screenshots.py [--out docs/screenshots] [--lang fi] [--size 1366x768]

Runs offscreen unless DISPLAY is set (e.g. under xvfb-run). Uses a temporary data folder
and settings; never the user's own.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots", help="folder for the PNG files")
    parser.add_argument("--lang", default="en", help="UI language, e.g. en, fi, sv")
    parser.add_argument("--size", default="1366x768", help="window size WIDTHxHEIGHT")
    parser.add_argument("--encounters", type=int, default=600)
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="mysteryshop-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    data_dir = home / "data"

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from mysteryshop import demo, paths
    from mysteryshop.forms import load_form
    from mysteryshop.store import listing, queries, queue
    from mysteryshop.store.opening import open_database
    from mysteryshop.ui import theme
    from mysteryshop.ui.app import install_translations
    from mysteryshop.ui.main_window import MainWindow
    from mysteryshop.ui.workspace import Settings, Workspace

    app = QApplication(sys.argv[:1])
    app.setOrganizationName("mysteryshop")
    app.setApplicationName("mysteryshop")
    install_translations(app, args.lang)
    app.setStyleSheet(theme.STYLE_SHEET)

    db = open_database(f"sqlite:///{data_dir / paths.DATABASE_FILE}")
    forms = [load_form(path) for path in paths.shipped_form_files()]
    data = demo.generate(forms, encounters=args.encounters, seed=1)
    queries.bulk_add_encounters(db, data.encounters, data.locations, forms)
    sessions = demo.calibration_sessions(forms[0], sessions=4, observers=5, seed=1)
    queries.bulk_add_encounters(db, sessions.encounters, sessions.locations, forms)

    add_sample_actions(db)
    settings = Settings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
    settings.observer_alias = "shopper-anna"
    window = MainWindow(Workspace(db, settings))
    window.resize(width, height)
    window.show()

    def wait(wait_ms: int = 400) -> None:
        # Let layouts settle and worker threads deliver. A QEventLoop, not QTest.qWait:
        # qWait keeps Python's GIL while it waits, so worker threads starve.
        loop = QEventLoop()
        QTimer.singleShot(wait_ms, loop.quit)
        loop.exec()

    def shoot(name: str, wait_ms: int = 400) -> None:
        wait(wait_ms)
        path = out / f"{name}{'' if args.lang == 'en' else '-' + args.lang}.png"
        window.grab().save(str(path))
        print(path)

    for key in ("encounters", "dashboard", "forms", "locations", "moments", "settings",
                "calibration", "actions"):  # fmt: skip
        window.show_page(key)
        shoot(key, 2500 if key == "dashboard" else 400)

    rows = listing.list_rows(db, sort="score", descending=False, limit=50)
    reviewed = next(row for row in rows if row.status in ("submitted", "approved"))
    window.review.show_encounter(reviewed.id)
    window.show_page("review")
    shoot("review")

    # The review queue, with a phrase of the comment library for its first question.
    from mysteryshop.store import comments

    first = queries.get_encounter(db, queue.step(db, None, None) or reviewed.id)
    question = next(iter(queries.get_form(db, first.form_id, first.form_version).answerable()))
    comments.add_phrase(db, "Thank you for the exact times: they make coaching easy.")
    comments.add_phrase(db, "Note what was said, word for word.", first.form_id, question.id)
    window.show_page("queue")
    shoot("queue")

    window.new_encounter()
    shoot("editor")

    shoot_trash(window, db, out, "" if args.lang == "en" else "-" + args.lang, wait)
    shoot_saved_files(window, out, "" if args.lang == "en" else "-" + args.lang, wait, home)
    shoot_observer_views(window, db, out, "" if args.lang == "en" else "-" + args.lang, wait)
    shoot_form_builder(window, out, "" if args.lang == "en" else "-" + args.lang, wait)
    db.close()
    return 0


def shoot_form_builder(window: Any, out: Path, suffix: str, wait: Any) -> None:
    """The form builder on a new form from the quick-visit template: the rating question's
    fields, and the preview with a few answers tried (form-builder.png); then the message of
    an edit saved as a new version (form-builder-version.png)."""
    from mysteryshop import form_templates
    from mysteryshop.ui import display

    window.show_page("forms")
    lang = display.ui_language()
    title = form_templates.TEMPLATES["quick-visit"].title.get(lang, "Quick visit")
    form = form_templates.template_form("quick-visit", form_id="quick-visit", title=title)
    builder = window.forms.builder
    window.forms.open_builder(form.definition(), None)
    smile = next(
        (s, q)
        for s, section in enumerate(form.sections)
        for q, question in enumerate(section.questions)
        if question.type == "rating"
    )
    builder.apply(builder.data, ("sections", smile[0], "questions", smile[1]), True)
    builder.preview.show_form(builder.valid_form, False)
    tried = {}
    for question in form.answerable():
        if question.type == "yes_no" and len(tried) < 3:
            tried[question.id] = len(tried) != 1
        elif question.type == "rating" and len(tried) < 4:
            tried[question.id] = 4
    builder.preview.form_view.set_answers(tried, [])
    builder.preview._live()
    wait(600)
    path = out / f"form-builder{suffix}.png"
    window.grab().save(str(path))
    print(path)
    builder.stack.clear()
    window.forms.on_builder_finished()

    # An edit of a version in use: saved as a new version, with what changed (the message).
    from mysteryshop.store import queries

    form = queries.get_form(window.workspace.db, "service-encounter")
    data = form.definition()
    first = data["sections"][0]["questions"][0]
    first["points"] = 3
    first["critical"] = True
    data["sections"][0]["questions"].pop()
    window.forms.open_builder(form.definition(), (form.id, form.version))
    builder.edit(lambda d: d.update(data), "shot")
    builder.save()
    wait(600)
    box = builder.last_message
    if box is not None:
        path = out / f"form-builder-version{suffix}.png"
        box.grab().save(str(path))
        print(path)
        box.close()
    window.forms.on_builder_finished()


def shoot_trash(window: Any, db: Any, out: Path, suffix: str, wait: Any) -> None:
    """The log's context menu on a submitted visit, then the trash holding a discarded draft
    and two deleted visits (log-menu.png, trash.png)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter

    from mysteryshop.store import listing, trash
    from mysteryshop.ui.trash_view import TrashDialog

    window.show_page("encounters")
    log = window.log
    row = next(
        r for r in range(log.model.rowCount()) if log.model.encounter_row(r).status == "submitted"
    )
    log.table.selectRow(row)
    rect = log.table.visualRect(log.model.index(row, 1))
    menu = log.row_menu(log.model.encounter_row(row))
    at = log.table.viewport().mapTo(window, rect.center()) + QPoint(0, 6)
    menu.popup(window.mapToGlobal(at))
    wait()
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(at, menu.grab())
    painter.end()
    menu.close()
    picture.save(str(out / f"log-menu{suffix}.png"))
    print(out / f"log-menu{suffix}.png")

    rows = listing.list_rows(db, limit=400)
    draft = next(r for r in rows if r.status == "draft")
    trash.discard(db, draft.id, "shopper-anna")
    done = [r for r in rows if r.status in ("submitted", "approved")]
    trash.delete(
        db, done[0].id, "trainer-tuuli", "Recorded twice: the same visit as the one at 14:05"
    )
    trash.delete(db, done[1].id, "trainer-tuuli", "Test visit while setting up the form")
    dialog = TrashDialog(window.workspace, window)
    dialog.show()
    wait()
    dialog.grab().save(str(out / f"trash{suffix}.png"))
    print(out / f"trash{suffix}.png")
    dialog.close()


def shoot_saved_files(window: Any, out: Path, suffix: str, wait: Any, home: Path) -> None:
    """The editor's location list for "kamp" (editor-location.png), an export's result with
    Open and Show in folder (export-done.png), the Reports view after a PDF (report-saved.png)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtTest import QTest

    window.new_encounter()
    wait()
    line_edit = window.editor.header.location.combo.lineEdit()
    line_edit.setFocus()
    QTest.keyClicks(line_edit, "kamp")
    wait()
    popup = window.editor.header.location.completer.popup()
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0))), popup.grab())
    painter.end()
    popup.hide()
    picture.save(str(out / f"editor-location{suffix}.png"))
    print(out / f"editor-location{suffix}.png")
    line_edit.clear()

    os.environ["MYSTERYSHOP_NO_OPEN"] = "1"
    target = home / "encounters.xlsx"
    window.exchange.export_to(str(target))
    while window.exchange.dialog is None:
        wait(200)
    wait()
    window.exchange.dialog.grab().save(str(out / f"export-done{suffix}.png"))
    print(out / f"export-done{suffix}.png")
    window.exchange.dialog.close()

    window.show_page("reports")
    window.reports.saved.show_file(home / "summary-report-2026-12-02.pdf")
    wait()
    window.grab().save(str(out / f"report-saved{suffix}.png"))
    print(out / f"report-saved{suffix}.png")


def shoot_observer_views(window: Any, db: Any, out: Path, suffix: str, wait: Any) -> None:
    """A trashed visit opened read-only (trash-open.png); a returned visit in the editor with
    the reason and the reviewer's note (editor-returned.png); a new visit after tapping Arrived
    and Greeted, which answered "Were you greeted?" (editor-greeted.png); the log searched for
    "friendly", with the selected row's match under it (log-search.png)."""
    from mysteryshop.store import listing, queries, trash
    from mysteryshop.store.records import EncounterFilter
    from mysteryshop.ui.trash_view import TrashDialog

    dialog = TrashDialog(window.workspace, window)
    dialog.show()
    dialog.on_open()
    wait()
    assert dialog.preview is not None
    dialog.preview.grab().save(str(out / f"trash-open{suffix}.png"))
    print(out / f"trash-open{suffix}.png")
    dialog.preview.close()
    dialog.close()
    del trash  # the trash was filled by shoot_trash

    returned = listing.list_rows(db, EncounterFilter(statuses=("returned",)), limit=1)[0]
    data = queries.get_encounter(db, returned.id)
    queries.review_encounter(
        db,
        data.id,
        data.revision,
        reviewer="trainer-tuuli",
        note="Your notes on the greeting are exactly what coaching needs: keep writing the "
        "time and the words said.",
    )
    window.on_edit_requested(data.id)
    wait()
    window.grab().save(str(out / f"editor-returned{suffix}.png"))
    print(out / f"editor-returned{suffix}.png")

    window.new_encounter()
    window.editor.timer.tap("arrived")
    window.editor.timer.tap("greeted")
    wait()
    window.grab().save(str(out / f"editor-greeted{suffix}.png"))
    print(out / f"editor-greeted{suffix}.png")

    window.show_page("encounters")
    window.log.search.setText("friendly")
    window.log.on_filter_changed()
    window.log.table.selectRow(0)
    wait()
    window.grab().save(str(out / f"log-search{suffix}.png"))
    print(out / f"log-search{suffix}.png")
    window.log.search.clear()
    window.log.on_filter_changed()


def add_sample_actions(db: object) -> None:
    """A few action items on the demo data, as a trainer would have made them over the last
    two months: one on track, one overdue, one closed as done but missed again (reopened),
    one dropped."""
    from datetime import UTC, datetime, timedelta

    from mysteryshop.store import actions, queries, report_data
    from mysteryshop.store.records import EncounterFilter

    now = datetime.now(UTC)
    places = queries.list_locations(db)  # type: ignore[arg-type]
    themes = report_data.coaching_themes(db, EncounterFilter().reported())  # type: ignore[arg-type]

    def weak(location_id: str) -> list[tuple[str, str]]:
        found = themes.by_location.get(location_id) or themes.overall
        return [(q.form_id, q.question_id) for q in found]

    def made(place: object, about: tuple[str, str], what: str, owner: str, **kw: object) -> str:
        return actions.add_action(
            db,  # type: ignore[arg-type]
            location_id=place.id,  # type: ignore[attr-defined]
            form_id=about[0],
            question_id=about[1],
            what=what,
            owner_role=owner,
            source="coaching",
            **kw,  # type: ignore[arg-type]
        )

    first, second, third, fourth = places[:4]
    made(
        first,
        weak(first.id)[2],
        "Practise the greeting at the door in the morning meeting",
        "store manager",
        due_on=(now + timedelta(days=12)).date(),
        now=now - timedelta(days=45),
    )
    made(
        second,
        weak(second.id)[1],
        "Pair new staff with an experienced colleague for a week",
        "shift lead",
        due_on=(now - timedelta(days=9)).date(),
        now=now - timedelta(days=40),
    )
    # Closed as done a month ago: the first of its weak questions missed again since.
    for about in weak(third.id)[1:] + weak(third.id)[:1]:
        done = made(
            third,
            about,
            "Ask what the customer needs before offering products",
            "store manager",
            now=now - timedelta(days=70),
        )
        actions.set_state(db, done, "done", now=now - timedelta(days=30))  # type: ignore[arg-type]
        if actions.get_action(db, done).reopened:  # type: ignore[arg-type]
            break
        actions.set_state(db, done, "open")  # type: ignore[arg-type]
        actions.set_state(db, done, "dropped")  # type: ignore[arg-type]
    made(
        fourth,
        weak(fourth.id)[1],
        "Thank every customer and invite them back",
        "team lead",
        due_on=(now + timedelta(days=20)).date(),
        now=now - timedelta(days=20),
    )
    dropped = made(
        first,
        weak(first.id)[-1],
        "Check the queue every ten minutes",
        "store manager",
        now=now - timedelta(days=50),
    )
    actions.set_state(db, dropped, "dropped")  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
