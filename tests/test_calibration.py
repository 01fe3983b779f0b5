"""Observer calibration (issue 16, docs/FIGURES.md "Calibration"): Krippendorff's alpha
against the published worked examples and an independent implementation, the per-question,
per-observer and across-session figures and their edge cases, the store's sessions on SQLite
and PostgreSQL, bundles carrying sessions between machines, exports, and the command line."""

from __future__ import annotations

import csv
import dataclasses
import json
import math
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from mysteryshop import calibration
from mysteryshop.calibration import CalibrationError, Record, interval_alpha, session_figures
from mysteryshop.cli import main
from mysteryshop.exchange.bundle import BundleError, export_bundle, import_bundle, read_bundle
from mysteryshop.exchange.tabular import export_csv
from mysteryshop.forms import validate_form
from mysteryshop.store import calibration as stored
from mysteryshop.store import models, queries
from mysteryshop.store.db import Database
from mysteryshop.store.opening import open_database
from mysteryshop.store.records import EncounterData, EncounterFilter, new_id

NAN = math.nan
T0 = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)

# --- Krippendorff's alpha: published examples and an independent implementation -------------

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers,
# 12 units, missing values. Published: interval alpha 0.849 (nominal 0.743).
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, NAN, NAN, NAN],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NAN, 3],
    [NAN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NAN],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NAN],
]
# The same paper, section A: two observers, ten units, binary data; published alpha 0.095
# (nominal, which for two values is the interval metric too: δ² = 1 between 0 and 1).
KRIPPENDORFF_2011_BINARY = [
    [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
    [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
]


def units_of(matrix: list[list[float]]) -> list[list[float]]:
    """Observers × units as the units' values, missing (NaN) ones left out."""
    return [
        [value for value in column if not math.isnan(value)] for column in zip(*matrix, strict=True)
    ]


def test_the_published_example_with_missing_values() -> None:
    alpha = interval_alpha(units_of(KRIPPENDORFF_2011))
    assert alpha.value is not None and round(alpha.value, 3) == 0.849
    # Unit 12 has one value: not pairable. The other 11 hold 40 pairable values.
    assert (alpha.units, alpha.values) == (11, 40)
    assert alpha.reading == "reliable"


def test_the_published_binary_example() -> None:
    alpha = interval_alpha(units_of([list(map(float, row)) for row in KRIPPENDORFF_2011_BINARY]))
    assert alpha.value is not None and round(alpha.value, 3) == 0.095
    assert alpha.reading == "unreliable"


@st.composite
def reliability_data(draw: st.DrawFn) -> list[list[float]]:
    observers = draw(st.integers(2, 6))
    units = draw(st.integers(1, 14))
    points = draw(st.sampled_from([(0.0, 1.0), (0.0, 1.0, 2.0), (0.0, 0.5, 1.5, 2.0, 3.0)]))
    value = st.one_of(st.sampled_from(points), st.just(NAN))
    return [[draw(value) for _ in range(units)] for _ in range(observers)]


@settings(max_examples=300, deadline=None)
@given(reliability_data())
def test_alpha_matches_the_krippendorff_package(matrix: list[list[float]]) -> None:
    ours = interval_alpha(units_of(matrix))
    pairable = [unit for unit in units_of(matrix) if len(unit) >= 2]
    if ours.value is None:
        # Undefined exactly when nothing is pairable or every pairable value is the same.
        assert len({value for unit in pairable for value in unit}) < 2
        assert ours.gap == ("no_pairs" if not pairable else "no_variation")
        return
    theirs = krippendorff.alpha(reliability_data=np.array(matrix), level_of_measurement="interval")
    assert ours.value == pytest.approx(theirs, abs=1e-9)
    assert ours.units == len(pairable)
    assert ours.values == sum(len(unit) for unit in pairable)


def test_alpha_readings_follow_krippendorffs_guide() -> None:
    def reading(value: float) -> str | None:
        return calibration.Alpha(value, 10, 30).reading

    assert [reading(v) for v in (0.80, 0.7999, 0.667, 0.6669, -0.2)] == [
        "reliable", "tentative", "tentative", "unreliable", "unreliable",
    ]  # fmt: skip
    assert calibration.Alpha(0.9, 4, 8).thin and not calibration.Alpha(0.9, 5, 10).thin


# --- one session --------------------------------------------------------------------------

FORM = validate_form(
    {
        "id": "calib",
        "version": 1,
        "title": "Calibration form",
        "sections": [
            {
                "id": "s",
                "title": "S",
                "questions": [
                    {"id": "greeted", "type": "yes_no", "text": "Greeted?", "points": 2},
                    {
                        "id": "smile",
                        "type": "rating",
                        "text": "Smile",
                        "scale": [1, 5],
                        "points": 4,
                    },
                    {
                        "id": "helped",
                        "type": "choice",
                        "text": "Helped?",
                        "options": [
                            {"id": "fully", "text": "Fully", "points": 2},
                            {"id": "partly", "text": "Partly", "points": 1},
                            {"id": "no", "text": "No", "points": 0},
                        ],
                    },
                    {
                        "id": "alternative",
                        "type": "yes_no",
                        "text": "Offered an alternative?",
                        "allow_na": True,
                    },
                    {"id": "notes", "type": "text", "text": "What happened?"},
                ],
            }
        ],
    }
)


def record(observer: str | None, answers: dict[str, Any], minutes: int = 0, **kw: Any) -> Record:
    """A record as the store would give it: the scored answers with their points."""
    result = calibration_points(answers)
    earned = sum(points for _value, points in result.values())
    possible = sum(FORM.questions_by_id()[qid].max_points for qid in result)  # type: ignore[union-attr]
    return Record(
        encounter_id=kw.pop("encounter_id", f"e-{observer}-{minutes}"),
        observer=observer,
        form_id=kw.pop("form_id", "calib"),
        form_version=kw.pop("form_version", 1),
        visited_at=T0,
        created_at=T0 + timedelta(minutes=minutes),
        score=earned * 100 / possible if possible else None,
        answers=result,
    )


def calibration_points(answers: dict[str, Any]) -> dict[str, tuple[Any, float]]:
    out = {}
    for question_id, value in answers.items():
        question = FORM.question(question_id)
        assert question is not None
        if question.scored:
            earned = question.earned(value)
            assert earned is not None
            out[question_id] = (value, earned)
    return out


ANNA = {"greeted": True, "smile": 5, "helped": "fully", "alternative": True}
EMIL = {"greeted": True, "smile": 3, "helped": "partly", "alternative": True}
MIKA = {"greeted": False, "smile": 5, "helped": "partly"}  # alternative: N/A


def test_per_question_agreement_and_spread() -> None:
    figures = session_figures("s1", FORM, [record("anna", ANNA), record("emil", EMIL),
                                           record("mika", MIKA)])  # fmt: skip
    by_id = {q.id: q for q in figures.questions}
    assert set(by_id) == {"greeted", "smile", "helped", "alternative"}  # scored only
    greeted = by_id["greeted"]
    # Pairs: anna–emil same, anna–mika and emil–mika differ: 1 of 3.
    assert (greeted.n, greeted.pairs, greeted.agreement) == (3, 3, pytest.approx(100 / 3))
    assert greeted.spread == 2.0 and greeted.sd == pytest.approx(math.sqrt(8 / 9))
    assert greeted.consensus is True and not greeted.tie
    alternative = by_id["alternative"]  # mika's N/A is missing, not a disagreement
    assert (alternative.n, alternative.pairs, alternative.agreement) == (2, 1, 100.0)
    assert alternative.thin
    # The questions that split observers first: lowest agreement, then the widest spread.
    assert [q.id for q in figures.questions][:3] == ["greeted", "smile", "helped"]
    assert [q.agreement for q in figures.questions] == sorted(
        q.agreement for q in figures.questions if q.agreement is not None
    )


def test_leniency_is_the_score_minus_the_sessions_mean() -> None:
    records = [record("anna", ANNA), record("emil", EMIL), record("mika", MIKA)]
    figures = session_figures("s1", FORM, records)
    scores = {r.observer: r.score for r in records}
    mean = sum(s for s in scores.values() if s is not None) / 3
    assert figures.mean_score == pytest.approx(mean)
    for observer in figures.observers:
        assert observer.score == scores[observer.alias]
        assert observer.leniency == pytest.approx(scores[observer.alias] - mean)  # type: ignore[operator]
    assert sum(o.leniency or 0 for o in figures.observers) == pytest.approx(0, abs=1e-9)


def test_agreement_with_the_consensus_leaves_ties_out() -> None:
    # greeted: yes, yes, no → consensus yes. smile: 5, 3, 5 → 5. helped: fully, partly,
    # partly → partly. alternative: yes, yes (mika N/A) → yes.
    figures = session_figures("s1", FORM, [record("anna", ANNA), record("emil", EMIL),
                                           record("mika", MIKA)])  # fmt: skip
    by_alias = {o.alias: o for o in figures.observers}
    assert (by_alias["anna"].agreement, by_alias["anna"].compared) == (75.0, 4)
    assert (by_alias["emil"].agreement, by_alias["emil"].compared) == (75.0, 4)
    assert (by_alias["mika"].agreement, by_alias["mika"].compared) == (pytest.approx(200 / 3), 3)
    # Two observers who differ: every question ties for most common and is left out.
    tied = session_figures("s2", FORM, [record("anna", ANNA), record("mika", MIKA)])
    helped = next(q for q in tied.questions if q.id == "helped")
    assert helped.tie and helped.consensus is None
    by_alias = {o.alias: o for o in tied.observers}
    # Only "smile" (5 and 5) has a consensus; alternative was answered by anna alone.
    assert (by_alias["anna"].compared, by_alias["anna"].agreement) == (1, 100.0)
    # A plurality, not a majority: 2 of 4 with two others differing.
    plurality = session_figures(
        "s3",
        FORM,
        [
            record("a", {**ANNA, "smile": 4}),
            record("b", {**ANNA, "smile": 4}),
            record("c", {**ANNA, "smile": 2}),
            record("d", {**ANNA, "smile": 1}),
        ],
    )
    smile = next(q for q in plurality.questions if q.id == "smile")
    assert smile.consensus == 4 and not smile.tie


def test_session_alpha_uses_points_per_question() -> None:
    records = [record("anna", ANNA), record("emil", EMIL), record("mika", MIKA)]
    figures = session_figures("s1", FORM, records)
    units = [
        [r.answers[q][1] for r in records if q in r.answers]
        for q in ("greeted", "smile", "helped", "alternative")
    ]
    assert figures.alpha == interval_alpha(units)
    assert figures.alpha.units == 4 and figures.alpha.values == 11


def test_edge_cases_have_reasons_not_crashes() -> None:
    alone = session_figures("s", FORM, [record("anna", ANNA)])
    assert alone.alpha.value is None and alone.alpha.gap == "one_observer"
    assert alone.observers[0].leniency == 0 and alone.observers[0].agreement is None
    perfect = session_figures("s", FORM, [record("anna", ANNA), record("emil", ANNA)])
    assert perfect.alpha.value == 1.0  # the same answers, different points per question
    both = {"greeted": True, "helped": "fully"}  # 2 points each
    same = session_figures("s", FORM, [record("anna", both), record("emil", both)])
    assert same.alpha.value is None and same.alpha.gap == "no_variation"
    apart = session_figures(
        "s", FORM, [record("anna", {"greeted": True}), record("emil", {"smile": 3})]
    )
    assert apart.alpha.value is None and apart.alpha.gap == "no_pairs"
    with pytest.raises(CalibrationError, match=r"mixes form versions \(calib v1, calib v2\)"):
        session_figures("s", FORM, [record("anna", ANNA), record("emil", EMIL, form_version=2)])


def test_an_observers_first_record_counts() -> None:
    second = record("anna", {**ANNA, "greeted": False}, minutes=30, encounter_id="later")
    nameless = record(None, EMIL, encounter_id="nameless")
    figures = session_figures(
        "s", FORM, [second, record("anna", ANNA), record("emil", EMIL), nameless]
    )
    assert [o.alias for o in figures.observers] == ["anna", "emil"]
    assert figures.observers[0].encounter_id == "e-anna-0"
    assert [(x.encounter_id, x.reason) for x in figures.left_out] == [
        ("nameless", "no_observer"), ("later", "second_record"),
    ]  # fmt: skip


def test_drift_and_alpha_across_sessions() -> None:
    first = session_figures("may", FORM, [record("anna", ANNA), record("emil", EMIL),
                                          record("mika", MIKA)])  # fmt: skip
    later = [
        dataclasses.replace(r, visited_at=T0 + timedelta(days=30))
        for r in [record("anna", EMIL), record("emil", EMIL)]
    ]
    second = session_figures("june", FORM, later)
    drift = calibration.drift([second, first])
    assert [p.session for p in drift["anna"]] == ["may", "june"]
    assert drift["anna"][1].leniency == 0 and drift["anna"][1].agreement == 100.0
    assert [p.session for p in drift["mika"]] == ["may"]
    across = {q.id: q for q in calibration.questions_across([first, second])}
    greeted = across["greeted"]
    assert greeted.sessions == 2
    assert greeted.alpha == interval_alpha([[2.0, 2.0, 0.0], [2.0, 2.0]])
    report = calibration.report(first, [first, second])
    assert set(report.drift) == {"anna", "emil", "mika"} and report.sessions == 2
    data = report.as_json()
    assert data["session"] == "may" and data["alpha"] == first.alpha.value
    assert {"alias", "score", "leniency", "agreement", "n"} <= set(data["observers"][0])
    assert {"id", "agreement", "n"} <= set(data["questions"][0])


@st.composite
def sessions(draw: st.DrawFn) -> list[Record]:
    """Random sessions on FORM: 1–6 observers, each answering a random part of it."""
    choices = {
        "greeted": st.booleans(),
        "smile": st.integers(1, 5),
        "helped": st.sampled_from(["fully", "partly", "no"]),
        "alternative": st.booleans(),
    }
    out = []
    for index in range(draw(st.integers(1, 6))):
        answered = draw(st.lists(st.sampled_from(sorted(choices)), unique=True))
        answers = {qid: draw(choices[qid]) for qid in answered}
        out.append(record(f"observer-{index}", answers, minutes=index))
    return out


@settings(max_examples=200, deadline=None)
@given(sessions())
def test_session_figures_match_an_independent_computation(records: list[Record]) -> None:
    figures = session_figures("random", FORM, records)
    questions = ["greeted", "smile", "helped", "alternative"]
    # Alpha: the krippendorff package over observers × questions of points, NaN = missing.
    matrix = [[r.answers[q][1] if q in r.answers else NAN for q in questions] for r in records]
    pairable = [u for u in units_of(matrix) if len(u) >= 2]
    if len(records) < 2:
        assert figures.alpha.gap == "one_observer"
    elif len({v for u in pairable for v in u}) < 2:
        assert figures.alpha.value is None
    else:
        theirs = krippendorff.alpha(
            reliability_data=np.array(matrix), level_of_measurement="interval"
        )
        assert figures.alpha.value == pytest.approx(theirs, abs=1e-9)
    # Pair agreement: every pair of observers who answered, counted one by one.
    for question in figures.questions:
        values = [r.answers[question.id][0] for r in records if question.id in r.answers]
        pairs = [(a, b) for i, a in enumerate(values) for b in values[i + 1 :]]
        if pairs:
            same = sum(a == b for a, b in pairs) / len(pairs) * 100
            assert question.agreement == pytest.approx(same)
        else:
            assert question.agreement is None
    # Leniency: each score minus the mean; they add up to nothing.
    scores = [r.score for r in records if r.score is not None]
    for observer in figures.observers:
        if observer.score is not None:
            assert observer.leniency == pytest.approx(observer.score - sum(scores) / len(scores))


# --- the store --------------------------------------------------------------------------------


def setup(db: Database) -> str:
    queries.store_form(db, FORM)
    return queries.add_location(db, "Kamppi store", "Uusimaa").id


def encounter(
    location: str, observer: str | None, answers: dict[str, Any], **kw: Any
) -> EncounterData:
    na = [] if "alternative" in answers else ["alternative"]
    return EncounterData(
        id=kw.pop("id", new_id()),
        form_id="calib",
        form_version=1,
        location_id=location,
        visited_at=kw.pop("visited_at", T0),
        observer=observer,
        status=kw.pop("status", "submitted"),
        answers=dict(answers),
        na=na,
        calibration=kw.pop("calibration", "may-scenario"),
        **kw,
    )


def test_sessions_in_the_store(db: Database) -> None:
    location = setup(db)
    for i, (alias, answers) in enumerate((("anna", ANNA), ("emil", EMIL), ("mika", MIKA))):
        queries.save_encounter(
            db, encounter(location, alias, answers, created_at=T0 + timedelta(minutes=i))
        )
    queries.save_encounter(db, encounter(location, "olli", EMIL, status="draft"))
    trashed = queries.save_encounter(db, encounter(location, "pia", EMIL))
    with db.write() as session:
        session.get(models.Encounter, trashed.id).deleted_at = T0  # type: ignore[union-attr]
    queries.save_encounter(db, encounter(location, "anna", ANNA, calibration=None))
    queries.save_encounter(
        db, encounter(location, "anna", ANNA, calibration="june", visited_at=T0 + timedelta(30))
    )

    sessions = stored.list_sessions(db)
    assert [(s.id, s.form_id, s.versions, s.observers, s.encounters) for s in sessions] == [
        ("june", "calib", (1,), 1, 1),
        ("may-scenario", "calib", (1,), 3, 3),  # no draft, nothing from the trash
    ]
    assert stored.session_ids(db) == ["june", "may-scenario"]
    records = stored.session_records(db, "may-scenario")
    assert sorted(r.observer or "" for r in records) == ["anna", "emil", "mika"]
    mika = next(r for r in records if r.observer == "mika")
    assert set(mika.answers) == {"greeted", "smile", "helped"}  # N/A and unscored left out
    assert mika.answers["smile"] == (5, 4.0)
    # The store's figures are the computation's over the same records.
    expected = session_figures(
        "may-scenario",
        FORM,
        [record("anna", ANNA), record("emil", EMIL, minutes=1), record("mika", MIKA, minutes=2)],
    )
    found = stored.session_figures(db, "may-scenario")
    assert [q.as_json() for q in found.questions] == [q.as_json() for q in expected.questions]
    assert found.alpha == expected.alpha
    for mine, theirs in zip(found.observers, expected.observers, strict=True):
        assert (mine.alias, mine.agreement, mine.compared) == (
            theirs.alias, theirs.agreement, theirs.compared,
        )  # fmt: skip
        assert mine.leniency == pytest.approx(theirs.leniency)
    report = stored.calibration_report(db, "may-scenario")
    assert report.sessions == 2 and [p.session for p in report.drift["anna"]] == [
        "may-scenario", "june",
    ]  # fmt: skip
    with pytest.raises(stored.UnknownSessionError, match="known sessions: june, may-scenario"):
        stored.session_figures(db, "nope")


def test_a_session_on_two_versions_is_refused(db: Database) -> None:
    location = setup(db)
    queries.store_form(db, FORM.model_copy(update={"version": 2}))
    queries.save_encounter(db, encounter(location, "anna", ANNA))
    queries.save_encounter(
        db, dataclasses.replace(encounter(location, "emil", EMIL), form_version=2)
    )
    assert stored.list_sessions(db)[0].versions == (1, 2)
    with pytest.raises(CalibrationError, match="calib v1, calib v2"):
        stored.session_figures(db, "may-scenario")


# --- between machines: bundles, exports -----------------------------------------------------


def test_three_observers_bundles_merged_give_the_same_figures(tmp_path: Path) -> None:
    """Done when: each observer records on their own machine (a SQLite file each), the
    trainer merges their bundles on a fourth: the same figures as entered on one machine."""
    location_id = new_id()
    people = (("anna", ANNA), ("emil", EMIL), ("mika", MIKA))
    encounters = [
        encounter(location_id, alias, answers, created_at=T0 + timedelta(minutes=i))
        for i, (alias, answers) in enumerate(people)
    ]
    opened = []

    def fresh(name: str) -> Database:
        database = open_database(f"sqlite:///{tmp_path / name / 'mysteryshop.sqlite3'}")
        opened.append(database)
        queries.store_form(database, FORM)
        return database

    from mysteryshop.store.records import LocationData

    kamppi = LocationData(location_id, "Kamppi store", "Uusimaa")
    try:
        one = fresh("one-machine")
        queries.bulk_add_encounters(one, encounters, [kamppi], [FORM])
        trainer = fresh("trainer")
        for data in encounters:
            own = fresh(f"observer-{data.observer}")
            queries.bulk_add_encounters(own, [data], [kamppi], [FORM])
            bundle = tmp_path / f"{data.observer}.json"
            export_bundle(own, bundle)
            carried = json.loads(bundle.read_text(encoding="utf-8"))["encounters"]
            assert carried[0]["calibration"] == "may-scenario"
            import_bundle(trainer, bundle)
        assert stored.calibration_report(trainer, "may-scenario").as_json() == (
            stored.calibration_report(one, "may-scenario").as_json()
        )
        figures = stored.session_figures(trainer, "may-scenario")
        assert len(figures.observers) == 3 and figures.alpha.value is not None
    finally:
        for database in opened:
            database.close()


def test_bundles_check_the_session_id(tmp_path: Path, db: Database) -> None:
    location = setup(db)
    queries.save_encounter(db, encounter(location, "anna", ANNA))
    path = tmp_path / "out.json"
    export_bundle(db, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    for bad, reason in (("x" * 65, "longer than 64 characters"), ("  ", "empty"), (7, "text")):
        data["encounters"][0]["calibration"] = bad
        path.write_text(json.dumps(data), encoding="utf-8")
        with pytest.raises(BundleError, match=rf"calibration: .*{reason}"):
            read_bundle(path)
    del data["encounters"][0]["calibration"]  # an encounter of no session has no key
    path.write_text(json.dumps(data), encoding="utf-8")
    assert read_bundle(path).encounters[0].calibration is None


def test_the_csv_export_has_a_calibration_column(tmp_path: Path, db: Database) -> None:
    location = setup(db)
    queries.save_encounter(db, encounter(location, "anna", ANNA))
    queries.save_encounter(db, encounter(location, "emil", EMIL, calibration=None))
    path = tmp_path / "out.csv"
    export_csv(db, path, EncounterFilter())
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(row["calibration"] for row in rows) == ["", "may-scenario"]


# --- the command line ------------------------------------------------------------------------


def cli_db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    database = open_database(url)
    try:
        location = setup(database)
        for i, (alias, answers) in enumerate((("anna", ANNA), ("emil", EMIL), ("mika", MIKA))):
            queries.save_encounter(
                database, encounter(location, alias, answers, created_at=T0 + timedelta(minutes=i))
            )
    finally:
        database.close()
    return url


def test_cli_list_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = cli_db(tmp_path)
    assert main(["calibration", "list", "--database-url", url]) == 0
    assert capsys.readouterr().out.startswith("may-scenario\t2026-05-04\tcalib v1\t3 observers")
    assert main(["calibration", "list", "--format", "json", "--database-url", url]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["session"] == "may-scenario" and listed[0]["observers"] == 3

    assert main(["calibration", "report", "may-scenario", "--database-url", url]) == 0
    data = json.loads(capsys.readouterr().out)
    expected = session_figures(
        "may-scenario",
        FORM,
        [record("anna", ANNA), record("emil", EMIL, minutes=1), record("mika", MIKA, minutes=2)],
    )
    assert data["session"] == "may-scenario"
    assert data["alpha"] == pytest.approx(expected.alpha.value)
    assert data["alpha_basis"]["units"] == 4 and data["alpha_basis"]["values"] == 11
    assert [o["alias"] for o in data["observers"]] == ["anna", "emil", "mika"]
    anna = data["observers"][0]
    assert anna["agreement"] == 75.0 and anna["n"] == 4
    assert anna["score"] == pytest.approx(expected.observers[0].score)
    assert anna["leniency"] == pytest.approx(expected.observers[0].leniency)
    assert data["questions"][0]["id"] == "greeted"
    assert data["questions"][0]["agreement"] == pytest.approx(100 / 3)
    out = tmp_path / "figures.json"
    assert (
        main(["calibration", "report", "may-scenario", "-o", str(out), "--database-url", url]) == 0
    )
    assert json.loads(out.read_text(encoding="utf-8")) == data


def test_cli_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = cli_db(tmp_path)
    for lang in ("en", "fi"):
        pdf = tmp_path / f"calibration-{lang}.pdf"
        args = ["calibration", "report", "may-scenario", "-o", str(pdf), "--lang", lang]
        assert main([*args, "--database-url", url]) == 0
        text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
        assert "may-scenario" in text and "anna" in text and "Greeted?" in text
        if lang == "en":
            assert "Observer calibration" in text and "Questions that split observers" in text
        else:
            assert "Havainnoijien kalibrointi" in text and "Observer calibration" not in text
    assert "wrote the calibration report" in capsys.readouterr().out


def test_cli_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = cli_db(tmp_path)
    assert main(["calibration", "report", "june", "--database-url", url]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "no calibration session 'june' (known sessions: may-scenario)"
    assert "Traceback" not in err
    assert (
        main(["calibration", "report", "may-scenario", "--format", "pdf", "--database-url", url])
        == 2
    )
    missing = tmp_path / "nowhere" / "x.pdf"
    assert (
        main(["calibration", "report", "may-scenario", "-o", str(missing), "--database-url", url])
        == 1
    )
    assert "does not exist" in capsys.readouterr().err


def test_cli_refuses_a_session_on_two_versions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = cli_db(tmp_path)
    database = open_database(url)
    try:
        queries.store_form(database, FORM.model_copy(update={"version": 2}))
        location = queries.list_locations(database)[0].id
        later = dataclasses.replace(encounter(location, "pia", EMIL), form_version=2)
        queries.save_encounter(database, later)
    finally:
        database.close()
    assert main(["calibration", "report", "may-scenario", "--database-url", url]) == 1
    err = capsys.readouterr().err
    assert err.strip() == (
        "calibration session 'may-scenario' mixes form versions (calib v1, calib v2): "
        "every observer must record it on the same version"
    )
