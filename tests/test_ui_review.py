"""The trainer's review of one encounter: what it shows, and what the review actions save."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTranslator
from PySide6.QtWidgets import QLabel

from mysteryshop import audit, demo, forms, paths, scoring, workflow
from mysteryshop.changes import Changes
from mysteryshop.store import listing, queries
from mysteryshop.store.records import EncounterFilter, HistoryEntry, encounter_to_dict
from mysteryshop.ui import display, review
from mysteryshop.ui.ops import announce
from mysteryshop.ui.review import HistoryDialog, ReviewView, history_lines, normalise_tag
from mysteryshop.ui.workspace import Settings, Workspace


@pytest.fixture
def filled(db):
    shipped = [forms.load_form(path) for path in paths.shipped_form_files()]
    data = demo.generate(shipped, encounters=300, seed=1)
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped)
    return db


@pytest.fixture
def workspace(filled, tmp_path: Path, qapp) -> Workspace:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return Workspace(filled, settings)


@pytest.fixture
def view(workspace, qtbot) -> ReviewView:
    widget = ReviewView(workspace)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    return widget


def first(db, **filter_fields) -> str:
    rows = listing.list_rows(db, EncounterFilter(**filter_fields), limit=1)
    assert rows, filter_fields
    return rows[0].id


def texts(view: ReviewView) -> list[str]:
    return [label.text() for label in view.content.findChildren(QLabel)]


def test_shows_the_stored_score_and_the_header(view, filled):
    encounter_id = first(filled, statuses=("submitted",))
    view.show_encounter(encounter_id)
    data = queries.get_encounter(filled, encounter_id)
    assert data.score is not None
    assert view.score_label.text() == display.score_text(data.score)
    location = queries.locations_of(filled, [data.location_id])[0]
    assert view.title_label.text() == location.name
    assert view.status_badge.text() == "Submitted"
    shown = texts(view)
    assert any(data.observer in text for text in shown)


def test_every_question_is_listed_with_its_state(view, filled):
    encounter_id = first(filled, critical_only=True, statuses=("submitted", "approved"))
    view.show_encounter(encounter_id)
    data = queries.get_encounter(filled, encounter_id)
    form = queries.get_form(filled, data.form_id, data.form_version)
    result = scoring.score_encounter(form, data.answers, data.na)
    shown = texts(view)
    states = {outcome.state for outcome in result.questions.values()}
    if "hidden" in states:
        assert "not asked (hidden by an earlier answer)" in shown
    if "na" in states:
        assert "N/A" in shown
    for question_id in result.critical_failures:
        question = form.question(question_id)
        assert any(form.tr(question.text) in text and text.startswith("⚠") for text in shown)
    for question in form.answerable():
        assert any(form.tr(question.text) in text for text in shown), question.id


def test_approve_changes_the_status_and_writes_history(view, workspace, filled, qtbot):
    encounter_id = first(filled, statuses=("submitted",))
    view.show_encounter(encounter_id)
    with qtbot.waitSignal(workspace.changed, timeout=1000):
        qtbot.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)
    saved = queries.get_encounter(filled, encounter_id)
    assert saved.status == "approved"
    assert saved.reviewed_by == workflow.REVIEWER_ROLE  # no alias set
    history = queries.encounter_history(filled, encounter_id)
    assert [(entry.change, entry.details) for entry in history] == [
        (
            "approved",
            {
                "by": workflow.REVIEWER_ROLE,
                "status": ["submitted", "approved"],
                "hash": audit.record_hash(encounter_to_dict(saved)),  # what was approved
            },
        )
    ]
    assert history[0].changed_by == workflow.REVIEWER_ROLE
    assert history[0].snapshot["status"] == "submitted"
    assert view.status_badge.text() == "Approved"
    assert view.history_list.item(0).text().endswith("· Approved\nby a reviewer")
    assert view.reviewed_label.text().startswith("Approved by a reviewer, ")


def test_return_requires_a_reason(view, filled, qtbot):
    encounter_id = first(filled, statuses=("submitted",))
    view.show_encounter(encounter_id)
    qtbot.mouseClick(view.return_button, Qt.MouseButton.LeftButton)
    dialog = view.return_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # Enter with no reason does nothing
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Greeting wait missing")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    saved = queries.get_encounter(filled, encounter_id)
    assert saved.status == "returned"
    assert saved.return_reason == "Greeting wait missing"
    assert view.status_badge.text() == "Returned"
    assert "Greeting wait missing" in view.return_reason_label.text()


def test_cancelling_return_changes_nothing(view, filled, qtbot):
    encounter_id = first(filled, statuses=("submitted",))
    view.show_encounter(encounter_id)
    view.return_button.click()
    qtbot.keyClicks(view.return_dialog.reason, "a reason")
    view.return_dialog.reject()
    assert queries.get_encounter(filled, encounter_id).status == "submitted"
    assert queries.encounter_history(filled, encounter_id) == []


def test_tag_toggles_and_free_tags_persist(view, filled, qtbot):
    encounter_id = first(filled, statuses=("submitted",))
    before = set(queries.get_encounter(filled, encounter_id).tags)
    assert "best-practice" not in before
    view.show_encounter(encounter_id)
    qtbot.mouseClick(view.tag_buttons["best-practice"], Qt.MouseButton.LeftButton)
    assert "best-practice" in queries.get_encounter(filled, encounter_id).tags
    view.tags_edit.setText("Rush hour, new-staff")
    view.tags_edit.editingFinished.emit()
    saved = set(queries.get_encounter(filled, encounter_id).tags)
    assert saved == before | {"best-practice", "rush-hour", "new-staff"}
    qtbot.mouseClick(view.tag_buttons["best-practice"], Qt.MouseButton.LeftButton)
    assert "best-practice" not in queries.get_encounter(filled, encounter_id).tags
    history = queries.encounter_history(filled, encounter_id)
    assert history[0].details.get("tags_added") == ["best-practice"]
    assert history[-1].details.get("tags_removed") == ["best-practice"]
    assert {entry.change for entry in history} == {"reviewed"}
    texts = [view.history_list.item(i).text() for i in range(view.history_list.count())]
    assert "tag best-practice added" in texts[-1]  # the newest first
    assert "tag best-practice removed" in texts[0]


def test_normalise_tag():
    assert normalise_tag("  Rush   Hour ") == "rush-hour"


def test_a_stale_revision_shows_a_conflict_message_and_reloads(view, filled, qtbot):
    encounter_id = first(filled, statuses=("submitted",))
    view.show_encounter(encounter_id)
    elsewhere = queries.get_encounter(filled, encounter_id)
    queries.review_encounter(
        filled, encounter_id, elsewhere.revision, reviewer="Trainer B", note="from another reviewer"
    )
    qtbot.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)
    assert "Someone else changed this encounter" in view.message_text()
    assert queries.get_encounter(filled, encounter_id).status == "submitted"
    assert view.encounter.revision == elsewhere.revision + 1
    assert view.note_edit.toPlainText() == "from another reviewer"


def test_reviewer_note_is_saved_and_esc_goes_back(view, filled, qtbot):
    encounter_id = first(filled, statuses=("approved",))
    with qtbot.waitExposed(view):
        view.show()
    view.show_encounter(encounter_id)
    assert not view.save_note_button.isEnabled()
    view.note_edit.selectAll()  # the demo's note, if it wrote one
    qtbot.keyClicks(view.note_edit, "Great recovery after the wait.")
    assert view.save_note_button.isEnabled()
    with qtbot.waitSignal(view.back_requested, timeout=1000):
        qtbot.keyClick(view.note_edit, Qt.Key.Key_Escape)
    saved = queries.get_encounter(filled, encounter_id)
    assert saved.reviewer_note == "Great recovery after the wait."
    assert saved.status == "approved"


def test_edit_answers_asks_for_the_editor(view, filled, qtbot):
    encounter_id = first(filled, statuses=("submitted",))
    view.show_encounter(encounter_id)
    with qtbot.waitSignal(view.edit_requested, timeout=1000) as blocker:
        qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [encounter_id]


def test_history_shows_the_answers_before_a_change(view, filled, qtbot):
    encounter_id = first(filled, statuses=("submitted",))
    view.show_encounter(encounter_id)
    view.approve_button.click()
    item = view.history_list.item(0)
    view.history_list.itemActivated.emit(item)
    dialog = view.history_dialog
    assert isinstance(dialog, HistoryDialog) and dialog.isVisible()
    table = dialog.table
    rows = [(table.item(i, 0).text(), table.item(i, 1).text()) for i in range(table.rowCount())]
    assert ("Status", "Submitted") in rows
    assert len(rows) > 10  # the answers follow
    dialog.close()


def test_a_change_elsewhere_reloads_the_shown_encounter(view, workspace, filled, qtbot):
    encounter_id = first(filled, statuses=("submitted",))
    with qtbot.waitExposed(view):
        view.show()
    view.show_encounter(encounter_id)
    queries.review_encounter(filled, encounter_id, 1, reviewer="Trainer B", action="approve")
    announce(workspace, Changes.of_encounters(encounter_id))
    assert view.status_badge.text() == "Approved"
    assert not view.approve_button.isVisible()


# --- the stored score is the truth ------------------------------------------------------------


def _rescore_differently(db, encounter_id: str, question_id: str) -> None:
    """Change what is stored for an encounter behind the app's back, as an older scoring
    rule would have left it: a lower total, a critical question with no points, a section
    at a third."""
    from sqlalchemy import update

    from mysteryshop.store.models import Answer, Encounter, EncounterScore

    with db.write() as session:
        session.execute(
            update(Encounter)
            .where(Encounter.id == encounter_id)
            .values(score=12.5, earned=1.25, possible=10.0, critical_fail=True)
        )
        session.execute(
            update(Answer)
            .where(Answer.encounter_id == encounter_id, Answer.question_id == question_id)
            .values(earned=0.0)
        )
        session.execute(
            update(EncounterScore)
            .where(EncounterScore.encounter_id == encounter_id, EncounterScore.kind == "section")
            .values(earned=1.0, possible=3.0)
        )


def test_the_review_shows_the_stored_score_not_a_fresh_one(view, filled):
    candidates = listing.list_rows(filled, EncounterFilter(statuses=("submitted",)), limit=200)
    for row in candidates:
        data = queries.get_encounter(filled, row.id)
        form = queries.get_form(filled, data.form_id, data.form_version)
        fresh = scoring.score_encounter(form, data.answers, data.na)
        critical = [
            question
            for question in form.answerable()
            if getattr(question, "critical", False)
            and fresh.questions[question.id].points is not None
            and fresh.questions[question.id].points.earned > 0
        ]
        if not fresh.critical_fail and critical:
            break
    else:
        pytest.fail("no submitted encounter with a critical question passed")
    question = critical[0]
    possible = fresh.questions[question.id].points.possible
    assert fresh.score != 12.5
    _rescore_differently(filled, data.id, question.id)

    view.show_encounter(data.id)
    assert view.score_label.text() == display.score_text(12.5)
    shown = texts(view)
    assert "1.25 of 10 points" in shown
    assert "⚠ Critical failure" in shown
    assert f"0 / {display.number_text(possible)}" in shown
    assert "⚠ " + form.tr(question.text) in shown
    assert shown.count(display.score_text(100 / 3)) >= 2  # a section card and its bar's label


def test_a_draft_offers_no_approval_and_the_store_refuses_one(view, filled, qtbot):
    encounter_id = first(filled, statuses=("draft",))
    with qtbot.waitExposed(view):
        view.show()
    view.show_encounter(encounter_id)
    assert not view.approve_button.isVisible()
    assert not view.return_button.isEnabled()
    assert "draft" in view.message_text()
    view.on_approve_clicked()  # as if the button were there: the store says no
    assert "a draft encounter cannot become approved" in view.message_text()
    assert queries.get_encounter(filled, encounter_id).status == "draft"
    assert queries.encounter_history(filled, encounter_id) == []


@pytest.mark.parametrize(
    ("status", "approve", "return_"),
    [("submitted", True, True), ("returned", True, False), ("approved", False, True)],
)
def test_the_review_offers_what_the_lifecycle_allows(view, filled, qtbot, status, approve, return_):
    with qtbot.waitExposed(view):
        view.show()
    view.show_encounter(first(filled, statuses=(status,)))
    assert view.approve_button.isVisible() is approve
    assert view.return_button.isEnabled() is return_
    assert view.edit_button.isEnabled()


def test_a_language_chosen_in_settings_waits_for_the_restart(view, workspace, filled):
    """APP.md: after Settings ▸ Language ▸ Suomi the review showed the form in Finnish at
    once while the rest stayed English until the restart: now all of it waits."""
    assert display.ui_language() == "en"
    workspace.settings.language = "fi"
    view.show_encounter(first(filled, statuses=("submitted",)))
    texts = " ".join(label.text() for label in view.content.findChildren(QLabel))
    assert "Arrival" in texts and "Saapuminen" not in texts


def test_approving_a_returned_encounter_asks_first(view, filled, qtbot, monkeypatch):
    """APP.md: Approve stayed on for a returned encounter, still waiting for the observer's
    fix; it now asks, and Cancel changes nothing."""
    replies: list[bool] = [False, True]
    monkeypatch.setattr(review, "confirm_approve_returned", lambda _parent: replies.pop(0))
    encounter_id = first(filled, statuses=("returned",))
    view.show_encounter(encounter_id)
    view.approve_button.click()
    assert replies == [True]  # asked once
    assert queries.get_encounter(filled, encounter_id).status == "returned"
    view.approve_button.click()
    assert replies == []
    assert queries.get_encounter(filled, encounter_id).status == "approved"


def test_approve_records_the_alias_set_in_the_settings(view, workspace, filled, qtbot):
    workspace.settings.observer_alias = "trainer-helena"
    encounter_id = first(filled, statuses=("submitted",))
    view.show_encounter(encounter_id)
    qtbot.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)
    saved = queries.get_encounter(filled, encounter_id)
    assert saved.reviewed_by == "trainer-helena"
    assert view.reviewed_label.text().startswith("Approved by trainer-helena, ")


@pytest.mark.parametrize(
    ("language", "kind", "reason", "by"),
    [
        ("fi", "Palautettu", "syy: Odotusaika puuttuu.", "tekijä: tarkastaja"),
        ("sv", "Returnerad", "orsak: Odotusaika puuttuu.", "av en granskare"),
    ],
)
def test_history_written_in_english_reads_in_the_language_of_the_ui(
    view, filled, qtbot, qapp, language, kind, reason, by
):
    encounter_id = first(filled, statuses=("submitted",))
    view.show_encounter(encounter_id)
    view.return_button.click()
    qtbot.keyClicks(view.return_dialog.reason, "Odotusaika puuttuu.")
    qtbot.mouseClick(view.return_dialog.ok_button, Qt.MouseButton.LeftButton)
    written = view.history_list.item(0).text()
    assert "· Returned\nreason: Odotusaika puuttuu.\nby a reviewer" in written
    assert ".;" not in written  # APP.md: "word for word.;"
    translator = QTranslator()
    assert translator.load(str(paths.resources_dir() / "translations" / f"mysteryshop_{language}"))
    qapp.installTranslator(translator)
    try:
        view.show_encounter(encounter_id)
        shown = view.history_list.item(0).text()
    finally:
        qapp.removeTranslator(translator)
    assert f"· {kind}\n{reason}\n{by}" in shown


def test_history_lines_word_statuses_fields_and_reviewers(qapp):
    entry = HistoryEntry(
        datetime.now(UTC),
        "imported",
        {
            "status": ["submitted", "approved"],
            "changed": ["answers", "visited_at"],
            "by": workflow.UNKNOWN_REVIEWER,
            "note": "Korjattu %2",  # text from before schema 0005, shown as written
        },
        {},
    )
    assert history_lines(entry) == [
        "status Submitted → Approved",
        "changed: answers, time of visit",
        "Korjattu %2",
        "by an unknown reviewer",
    ]


def test_every_kind_of_history_has_its_name() -> None:
    from mysteryshop import workflow
    from mysteryshop.ui.review import CHANGE_NAMES

    assert set(workflow.HISTORY_KINDS) <= set(CHANGE_NAMES)


def test_the_phrase_button_is_not_cut_in_finnish(qtbot, qapp, filled, tmp_path: Path) -> None:
    """The review panel's phrase button shows its whole text in Finnish at 1280 px."""
    from mysteryshop.ui import theme

    translator = QTranslator()
    assert translator.load(str(paths.resources_dir() / "translations" / "mysteryshop_fi"))
    qapp.installTranslator(translator)
    qapp.setStyleSheet(theme.STYLE_SHEET)  # the app's paddings, as the window has them
    try:
        settings = Settings(QSettings(str(tmp_path / "fi.ini"), QSettings.Format.IniFormat))
        view = ReviewView(Workspace(filled, settings))
        qtbot.addWidget(view)
        view.resize(1090, 760)  # the window's 1280 px less the navigation
        view.show()
        qtbot.waitExposed(view)
        view.show_encounter(first(filled, statuses=("submitted",)))
        button = view.phrase_button
        assert button.text().startswith("Fraasi")
        assert button.width() >= button.sizeHint().width(), (button.width(), button.text())
    finally:
        qapp.setStyleSheet("")
        qapp.removeTranslator(translator)
