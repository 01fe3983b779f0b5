"""The review queue's query and the reviewers' comment library, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from mysteryshop import demo, forms, paths
from mysteryshop.store import comments, queries, queue
from mysteryshop.store.db import StoreError
from mysteryshop.store.records import EncounterData, EncounterFilter


def queued(db, submitted: int, *, total: int = 60, seed: int = 3) -> list[EncounterData]:
    """Store demo encounters of which exactly `submitted` wait for review (the others are
    drafts, returned or approved). Returns the waiting ones."""
    shipped = [forms.load_form(path) for path in paths.shipped_form_files()]
    data = demo.generate(shipped, encounters=total, seed=seed)
    waiting = []
    for encounter in data.encounters:
        if encounter.status in ("draft", "returned"):
            continue
        if len(waiting) < submitted:
            encounter.status = "submitted"
            encounter.reviewed_by = encounter.reviewed_at = None
            waiting.append(encounter)
        elif encounter.status == "submitted":
            encounter.status = "draft"
    assert len(waiting) == submitted
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped)
    return waiting


def walk(db, f=None, **options) -> list[str]:
    """Every id the queue gives, from the start, without wrapping."""
    seen: list[str] = []
    current = None
    while (current := queue.step(db, f, current, wrap=False, **options)) is not None:
        seen.append(current)
    return seen


def test_the_queue_is_the_submitted_encounters_oldest_visit_first(db):
    waiting = queued(db, 12)
    expected = [e.id for e in sorted(waiting, key=lambda e: (e.visited_at, e.id))]
    assert walk(db) == expected
    assert queue.count(db) == 12
    # Backwards from the end, the same in reverse.
    last, backwards = None, []
    while (last := queue.step(db, None, last, forward=False, wrap=False)) is not None:
        backwards.append(last)
    assert backwards == expected[::-1]


def test_the_queue_follows_the_filter_but_not_its_status(db):
    waiting = queued(db, 15)
    location = waiting[0].location_id
    f = EncounterFilter(location=location, statuses=("draft",))
    mine = sorted((e for e in waiting if e.location_id == location), key=lambda e: e.visited_at)
    assert walk(db, f) == [e.id for e in mine]
    assert queue.count(db, f) == len(mine) < 15
    assert queue.count(db, EncounterFilter(in_trash=True)) == 15  # the trash is not the queue


def test_approving_takes_an_encounter_out_and_the_next_follows(db):
    queued(db, 5)
    order = walk(db)
    first = queries.get_encounter(db, order[0])
    queries.review_encounter(db, first.id, first.revision, reviewer="trainer", action="approve")
    assert queue.count(db) == 4
    # The one just approved is out of the queue; the step from it goes on to the next one.
    assert queue.step(db, None, first.id) == order[1]
    assert queue.step(db, None, None) == order[1]


def test_skipped_ones_are_left_out_and_the_end_wraps_round(db):
    queued(db, 4)
    order = walk(db)
    assert queue.step(db, None, order[-1]) == order[0]  # past the end: from the start
    assert queue.step(db, None, order[-1], wrap=False) is None
    assert walk(db, leave_out={order[1], order[2]}) == [order[0], order[3]]
    assert queue.step(db, None, order[0], leave_out=set(order[1:])) is None  # only itself


def test_a_trashed_or_unknown_current_encounter_starts_from_the_beginning(db):
    queued(db, 3)
    order = walk(db)
    assert queue.step(db, None, "no-such-id") == order[0]
    assert queue.step(db, EncounterFilter(date_to=datetime(2000, 1, 1).astimezone()), None) is None


def test_an_empty_queue_counts_zero(db):
    queued(db, 0)
    assert queue.count(db) == 0
    assert queue.step(db, None, None) is None


# --- the comment library ----------------------------------------------------------------------


@pytest.fixture
def form_db(db):
    for path in paths.shipped_form_files():
        queries.store_form(db, forms.load_form(path))
    return db


def test_phrases_for_a_question_come_before_the_general_ones(form_db):
    db = form_db
    general = comments.add_phrase(db, "Thank you for the careful notes.")
    own = comments.add_phrase(
        db, "Note the seconds you waited.", "service-encounter", "greeting_wait"
    )
    other = comments.add_phrase(db, "Was the smile sincere?", "service-encounter", "eye_contact")
    comments.add_phrase(db, "Say who answered.", "phone-chat", "introduced_self")
    assert comments.phrases_for(db, "service-encounter", "greeting_wait") == [own, general]
    assert comments.phrases_for(db, "service-encounter") == [other, own, general]  # by question id
    assert [p.text for p in comments.library(db)][0] == general.text
    assert {p.form_id for p in comments.of_forms(db, ["phone-chat"])} == {None, "phone-chat"}


def test_a_phrase_is_added_edited_moved_and_deleted(form_db):
    db = form_db
    a = comments.add_phrase(db, "  First.  ")
    b = comments.add_phrase(db, "Second.")
    c = comments.add_phrase(db, "Third.")
    assert a.text == "First."
    assert [p.id for p in comments.library(db)] == [a.id, b.id, c.id]
    assert comments.move_phrase(db, c.id, -1)
    assert [p.id for p in comments.library(db)] == [a.id, c.id, b.id]
    assert not comments.move_phrase(db, a.id, -1)  # first already
    assert comments.edit_phrase(db, b.id, "Second, reworded.").text == "Second, reworded."
    comments.delete_phrase(db, a.id)
    assert [p.text for p in comments.library(db)] == ["Third.", "Second, reworded."]
    with pytest.raises(StoreError, match="no phrase"):
        comments.delete_phrase(db, a.id)


@pytest.mark.parametrize(
    ("text", "form_id", "question_id", "reason"),
    [
        ("   ", None, None, "needs some text"),
        ("x" * (comments.MAX_PHRASE_CHARS + 1), None, None, "longer than"),
        ("Fine.", "service-encounter", "no_such_question", "has no question 'no_such_question'"),
        ("Fine.", "no-such-form", "greeted", "no form 'no-such-form'"),
        ("Fine.", None, "greeted", "but no form"),
        ("Fine.", "service-encounter", None, "names its question"),
        ("a\x00b", None, None, "NUL"),
    ],
)
def test_a_bad_phrase_is_refused_and_nothing_is_stored(form_db, text, form_id, question_id, reason):
    with pytest.raises(StoreError, match=reason):
        comments.add_phrase(form_db, text, form_id, question_id)
    assert comments.library(form_db) == []


def test_the_same_phrase_is_never_stored_twice(form_db):
    db = form_db
    first = comments.add_phrase(db, "Good.", "service-encounter", "greeted_on_arrival")
    with pytest.raises(StoreError, match="already"):
        comments.add_phrase(db, "Good.", "service-encounter", "greeted_on_arrival")
    comments.add_phrase(db, "Good.")  # general: another group, another phrase
    other = comments.add_phrase(db, "Better.", "service-encounter", "greeted_on_arrival")
    with pytest.raises(StoreError, match="already"):
        comments.edit_phrase(db, other.id, "Good.")
    with db.write() as session:
        added = comments.merge_into(
            session,
            [
                ("service-encounter", "greeted_on_arrival", "Good."),
                ("service-encounter", "greeted_on_arrival", "New one."),
                ("service-encounter", "greeted_on_arrival", "New one."),
            ],
        )
    assert added == 1
    texts = [p.text for p in comments.phrases_for(db, "service-encounter", "greeted_on_arrival")]
    assert texts == ["Good.", "Better.", "New one.", "Good."]
    assert comments.phrases_for(db, "service-encounter")[0] == first


def test_visit_times_tie_break_by_id(db):
    waiting = queued(db, 3)
    moment = waiting[0].visited_at
    for encounter in waiting:
        stored = queries.get_encounter(db, encounter.id)
        stored.visited_at = moment + timedelta(0)
        queries.save_encounter(db, stored)
    assert walk(db) == sorted(e.id for e in waiting)
