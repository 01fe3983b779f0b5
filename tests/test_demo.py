"""Sample data: deterministic, valid for any form, and realistic enough to show patterns."""

from __future__ import annotations

import re
import statistics
import uuid
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta

import pytest

from mysteryshop import demo, scoring
from mysteryshop.forms import (
    DurationQuestion,
    Form,
    answer_problems,
    missing_required,
    parse_form,
    timer_durations,
    visible_questions,
)
from mysteryshop.store.records import EncounterData

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)

# Every question type, show_if of every kind (also on a multi_choice answer and on a
# hidden question), N/A on a critical question, negative option points, float ranges, a
# timer-linked duration without a target and a critical one with a target.
EVERY_TYPE = """
id: every-type
version: 2
title: {en: Every type, fi: Kaikki tyypit}
languages: [en, fi]
channels: [chat, email]
sections:
  - id: one
    title: One
    questions:
      - {id: intro, type: note, text: "Read me"}
      - {id: answered_fast, type: duration, text: "Wait", timer: [arrived, greeted], target: 45,
         critical: true, points: 2, dimension: greeting}
      - {id: greeted, type: yes_no, text: "Greeted?", required: true, dimension: greeting}
      - {id: words, type: text, text: "What was said?", max_length: 12,
         show_if: {question: greeted, equals: true}}
      - {id: tone, type: rating, text: "Tone", scale: [0, 10], required: true, dimension: smile}
      - {id: topics, type: multi_choice, text: "Topics", required: true,
         options: [{id: price, text: "Price", points: 2}, {id: stock, text: "Stock", points: 1},
                   {id: rude, text: "Rude remark", points: -2}, {id: other, text: "Other"}]}
      - {id: about_price, type: number, text: "Price quoted", min: 0.5, max: 99.5,
         show_if: {question: topics, in: [price]}}
      - {id: people, type: number, text: "People in queue", min: 0, max: 12}
  - id: two
    title: Two
    questions:
      - {id: outcome, type: choice, text: "Outcome", required: true, critical: true,
         allow_na: true, dimension: helpfulness,
         options: [{id: solved, text: "Solved", points: 4}, {id: half, text: "Half", points: 2},
                   {id: worse, text: "Worse", points: -1}]}
      - {id: why_not, type: text, text: "What was missing?", required: true,
         show_if: {question: outcome, not_equals: solved}}
      - {id: follow_up, type: yes_no, text: "Follow-up?",
         show_if: {question: why_not, equals: "never matches"}}
      - {id: handling, type: duration, text: "Handling time", target: 300}
      - {id: total, type: duration, text: "Total", timer: [arrived, left]}
      - {id: mood, type: feeling, text: "Mood", points: 1, required: true, dimension: feeling}
      - {id: channel_used, type: choice, text: "Channel",
         options: [{id: app, text: "App"}, {id: web, text: "Web"}]}
      - {id: better, type: text, text: "What would have made it better?"}
"""


@pytest.fixture(scope="module")
def every_type() -> Form:
    return parse_form(EVERY_TYPE, "every-type.yaml")


@pytest.fixture(scope="module")
def sample(shipped_forms: list[Form]) -> demo.DemoData:
    return demo.generate(shipped_forms, encounters=3000, seed=7, now=NOW)


@pytest.fixture(scope="module")
def forms_by_id(shipped_forms: list[Form], every_type: Form) -> dict[str, Form]:
    return {form.id: form for form in [*shipped_forms, every_type]}


def _check_valid(data: demo.DemoData, forms_by_id: dict[str, Form]) -> None:
    for encounter in data.encounters:
        form = forms_by_id[encounter.form_id]
        assert encounter.form_version == form.version
        assert answer_problems(form, encounter.answers, encounter.na) == [], encounter
        if encounter.status != "draft":
            assert missing_required(form, encounter.answers, encounter.na) == [], encounter
        visible = visible_questions(form, encounter.answers)
        assert set(encounter.answers) <= visible
        assert set(encounter.na) <= visible
        assert encounter.channel in form.channels


def test_same_seed_gives_the_same_data(shipped_forms: list[Form]) -> None:
    first = demo.generate(shipped_forms, encounters=400, seed=3, now=NOW)
    again = demo.generate(shipped_forms, encounters=400, seed=3, now=NOW)
    other = demo.generate(shipped_forms, encounters=400, seed=4, now=NOW)
    assert first == again
    assert [e.id for e in first.encounters] != [e.id for e in other.encounters]
    assert [loc.id for loc in first.locations] != [loc.id for loc in other.locations]


def test_locations_do_not_depend_on_the_number_of_encounters(shipped_forms: list[Form]) -> None:
    few = demo.generate(shipped_forms, encounters=10, seed=3, now=NOW)
    many = demo.generate(shipped_forms, encounters=500, seed=3, now=NOW)
    assert few.locations == many.locations


def test_every_shipped_form_answer_is_valid(
    sample: demo.DemoData, forms_by_id: dict[str, Form]
) -> None:
    _check_valid(sample, forms_by_id)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_any_valid_form_gets_valid_answers(
    every_type: Form, shipped_forms: list[Form], forms_by_id: dict[str, Form], seed: int
) -> None:
    data = demo.generate([shipped_forms[0], every_type], encounters=1500, seed=seed, now=NOW)
    _check_valid(data, forms_by_id)
    mine = [e for e in data.encounters if e.form_id == "every-type"]
    answered = Counter(question_id for e in mine for question_id in e.answers)
    # Every answerable question gets answers, except the one whose show_if never holds.
    expected = {q.id for q in every_type.answerable()} - {"follow_up"}
    assert set(answered) == expected
    assert all(len(e.answers.get("words", "")) <= 12 for e in mine)
    assert {e.channel for e in mine} == {"chat", "email"}
    assert any(e.na == ["outcome"] for e in mine)


def test_two_forms_split_about_80_20(sample: demo.DemoData) -> None:
    counts = Counter(e.form_id for e in sample.encounters)
    assert 0.75 < counts["service-encounter"] / len(sample.encounters) < 0.85
    channels = Counter(e.channel for e in sample.encounters if e.form_id == "phone-chat")
    assert set(channels) == {"phone", "chat"}
    assert {e.channel for e in sample.encounters if e.form_id == "service-encounter"} == {
        "in_person"
    }


def test_status_and_tag_mix(sample: demo.DemoData) -> None:
    total = len(sample.encounters)
    statuses = Counter(e.status for e in sample.encounters)
    assert 0.62 < statuses["approved"] / total < 0.78
    assert 0.16 < statuses["submitted"] / total < 0.28
    assert 0.015 < statuses["returned"] / total < 0.05
    assert 0.03 < statuses["draft"] / total < 0.07
    assert all(e.return_reason for e in sample.encounters if e.status == "returned")
    assert not any(e.return_reason for e in sample.encounters if e.status != "returned")
    # Drafts are the most recent visits; approved ones the oldest.
    newest = sorted(sample.encounters, key=lambda e: e.visited_at)[-int(total * 0.1) :]
    assert sum(e.status == "draft" for e in newest) > statuses["draft"] * 0.9

    tags = Counter(tag for e in sample.encounters for tag in e.tags)
    assert 0.04 < tags["best-practice"] / total < 0.08
    assert 0.06 < tags["needs-coaching"] / total < 0.10
    assert set(tags) - {"best-practice", "needs-coaching"}, "some free tags too"
    assert not any(e.tags for e in sample.encounters if e.status == "draft")
    assert any(e.reviewer_note for e in sample.encounters if e.status == "approved")


def test_tags_match_the_visits(sample: demo.DemoData, forms_by_id: dict[str, Form]) -> None:
    def score(e: EncounterData) -> scoring.EncounterScore:
        return scoring.score_encounter(forms_by_id[e.form_id], e.answers, e.na)

    best = [score(e) for e in sample.encounters if "best-practice" in e.tags]
    coach = [score(e) for e in sample.encounters if "needs-coaching" in e.tags]
    assert min(s.score or 0 for s in best) >= 80
    assert not any(s.critical_fail for s in best)
    assert all(s.critical_fail or (s.score or 0) <= 60 for s in coach)
    assert all(e.notes for e in sample.encounters if "best-practice" in e.tags)


def test_critical_failures_are_rare(sample: demo.DemoData, forms_by_id: dict[str, Form]) -> None:
    failed = sum(
        scoring.score_encounter(forms_by_id[e.form_id], e.answers, e.na).critical_fail
        for e in sample.encounters
    )
    assert 0.015 < failed / len(sample.encounters) < 0.045


def test_locations_differ_clearly_in_quality(
    sample: demo.DemoData, forms_by_id: dict[str, Form]
) -> None:
    scores: dict[str, list[float]] = defaultdict(list)
    feelings: dict[str, list[int | None]] = defaultdict(list)
    for e in sample.encounters:
        result = scoring.score_encounter(forms_by_id[e.form_id], e.answers, e.na)
        if result.score is not None:
            scores[e.location_id].append(result.score)
        feelings[e.location_id].append(result.feeling)
    means = sorted(statistics.mean(values) for values in scores.values())
    assert means[-1] - means[0] > 20
    uplift = sorted(scoring.net_uplift(values) or 0 for values in feelings.values())
    assert uplift[-1] - uplift[0] > 40


def test_most_locations_improve_and_some_decline(shipped_forms: list[Form]) -> None:
    data = demo.generate(shipped_forms[:1], encounters=6000, seed=11, now=NOW)
    middle = NOW - timedelta(days=182)
    halves: dict[str, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
    for e in data.encounters:
        score = scoring.score_encounter(shipped_forms[0], e.answers, e.na).score
        if score is not None:
            halves[e.location_id][e.visited_at >= middle].append(score)
    change = [statistics.mean(late) - statistics.mean(early) for early, late in halves.values()]
    assert sum(c > 0 for c in change) >= len(change) * 0.7
    assert min(change) < -5


def test_timer_linked_durations_equal_the_timer_events(
    sample: demo.DemoData, forms_by_id: dict[str, Form]
) -> None:
    checked = 0
    for e in sample.encounters:
        form = forms_by_id[e.form_id]
        timed = {q.id for q in form.answerable() if isinstance(q, DurationQuestion) and q.timer}
        visible = visible_questions(form, e.answers)
        durations = timer_durations(form, e.timer)
        for question_id in timed & visible:
            assert e.answers[question_id] == durations[question_id]
            checked += 1
        moments = list(e.timer.values())
        assert moments == sorted(moments)
        assert all(m.tzinfo is not None and m >= e.visited_at for m in moments)
        assert all(m - e.visited_at < timedelta(hours=2) for m in moments)
    assert checked > len(sample.encounters) * 0.5
    # Nobody taps "greeted" when nobody greeted.
    for e in sample.encounters:
        if e.answers.get("greeted_on_arrival") is False:
            assert "greeted" not in e.timer


def test_notes_are_in_finnish_and_english(sample: demo.DemoData) -> None:
    notes = [e.notes for e in sample.encounters if e.notes]
    assert 0.5 < len(notes) / len(sample.encounters) < 0.7
    finnish = [n for n in notes if re.search(r"[äö]|\b(ja|ei|oli|mutta)\b", n)]
    english = [n for n in notes if re.search(r"\b(the|and|was|me)\b", n)]
    assert len(finnish) > len(notes) * 0.25
    assert len(english) > len(notes) * 0.25
    assert len(set(notes)) > len(notes) * 0.4, "notes vary"
    assert not any("{" in n or "}" in n for n in notes), "every placeholder filled"


def test_notes_about_the_feeling_agree_with_it(
    sample: demo.DemoData, forms_by_id: dict[str, Form]
) -> None:
    """A visit that left the observer uplifted never says they would not come back (the
    shipped forms ask the feeling without scoring it as a dimension)."""
    unhappy = ("would not come back", "Lähdin pettyneenä")
    feelings = []
    for encounter in sample.encounters:
        feeling = scoring.score_encounter(
            forms_by_id[encounter.form_id], encounter.answers, encounter.na
        ).feeling
        if any(words in encounter.notes for words in unhappy):
            feelings.append(feeling)
    assert feelings, "the demo writes such notes"
    assert all(feeling is None or feeling < 0 for feeling in feelings), feelings


def test_visits_fall_in_opening_hours_of_the_last_twelve_months(sample: demo.DemoData) -> None:
    for e in sample.encounters:
        assert NOW - timedelta(days=366) < e.visited_at < NOW
        assert e.visited_at.utcoffset() in (timedelta(hours=2), timedelta(hours=3))
        assert 8 <= e.visited_at.hour <= 19
        assert e.created_at is not None and e.updated_at is not None
        assert e.created_at.utcoffset() == timedelta(0)
        assert e.visited_at < e.created_at <= e.updated_at <= NOW
    weekdays = Counter(e.visited_at.weekday() for e in sample.encounters)
    assert weekdays[6] < len(sample.encounters) * 0.05
    assert weekdays[5] > len(sample.encounters) * 0.1
    months = Counter((e.visited_at.year, e.visited_at.month) for e in sample.encounters)
    assert len(months) >= 12


def test_helsinki_time_without_a_time_zone_database(
    shipped_forms: list[Form], monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(key: str) -> None:
        raise KeyError(key)

    monkeypatch.setattr("zoneinfo.ZoneInfo", missing)
    data = demo.generate(shipped_forms, encounters=50, seed=1, now=NOW)
    assert {e.visited_at.utcoffset() for e in data.encounters} == {timedelta(hours=2)}


def test_locations_observers_and_staff_look_real(sample: demo.DemoData) -> None:
    assert 14 <= len(sample.locations) <= 20
    regions = {loc.region for loc in sample.locations}
    assert 4 <= len(regions) <= 5
    assert len({loc.name for loc in sample.locations}) == len(sample.locations)
    assert {e.location_id for e in sample.encounters} == {loc.id for loc in sample.locations}
    observers = Counter(e.observer for e in sample.encounters)
    assert 3 <= len(observers) <= 10
    # Aliases, not full names: no "Firstname Lastname".
    assert not any(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", alias or "") for alias in observers)
    staff = {e.staff for e in sample.encounters}
    assert len(staff) > 10
    assert not any(re.fullmatch(r"[A-Z][a-zäö]+ [A-Z][a-zäö]+", s) for s in staff)


def test_ids_are_unique_uuid4(sample: demo.DemoData) -> None:
    ids = [e.id for e in sample.encounters] + [loc.id for loc in sample.locations]
    assert len(set(ids)) == len(ids)
    assert all(uuid.UUID(value).version == 4 for value in ids)


def test_scores_are_left_for_the_store(sample: demo.DemoData) -> None:
    assert all(
        e.score is None and not e.critical_fail and e.feeling is None for e in sample.encounters
    )


def test_bad_arguments_are_refused(shipped_forms: list[Form]) -> None:
    with pytest.raises(ValueError):
        demo.generate([], encounters=10)
    with pytest.raises(ValueError):
        demo.generate(shipped_forms, encounters=-1)
    assert demo.generate(shipped_forms, encounters=0, now=NOW).encounters == []
