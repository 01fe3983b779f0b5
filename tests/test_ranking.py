"""The minimum-visits rule, the ranking's intervals, the per-location benchmark and target,
and the same figures as data: hand-computed cases on a small form whose score is 100 when
the observer was greeted and 0 when not, and the PDFs read back with pypdf."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from test_stats import SMALL_FORM  # tests/ is on sys.path (rootdir conftest)

from mysteryshop import reports
from mysteryshop.cli import main
from mysteryshop.confidence import Target
from mysteryshop.forms import validate_form
from mysteryshop.reports.summary import build_summary, collect, rank_range
from mysteryshop.reports.summary_json import figures_json, ranking_json
from mysteryshop.store import queries
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterData, EncounterFilter, LocationData, new_id

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
JUNE = EncounterFilter(
    date_from=datetime(2026, 6, 1, tzinfo=UTC), date_to=datetime(2026, 7, 1, tzinfo=UTC)
)


def visits(db: Database, location: LocationData, greeted: int, not_greeted: int) -> None:
    """`greeted` visits scoring 100 and uplifted, `not_greeted` scoring 0 and diminished,
    on the first days of June 2026."""
    encounters = [
        EncounterData(
            id=new_id(),
            form_id="small",
            form_version=1,
            location_id=location.id,
            visited_at=datetime(2026, 6, 1 + index % 28, 12, tzinfo=UTC),
            status="submitted",
            answers={"greeted": index < greeted, "feeling": 1 if index < greeted else -1},
        )
        for index in range(greeted + not_greeted)
    ]
    queries.bulk_add_encounters(db, encounters)


@pytest.fixture
def programme(db: Database) -> Database:
    """Aalto: 10 visits, 8 greeted (80 %). Dari: 6 visits, 3 greeted (50 %). Eno: 10
    visits, none greeted (0 %). Bene: 4 visits, all greeted (100 %). Cola: 1 visit (0 %)."""
    queries.store_form(db, validate_form(SMALL_FORM))
    for name, region, greeted, missed in (
        ("Aalto", "Uusimaa", 8, 2),
        ("Bene", "Uusimaa", 4, 0),
        ("Cola", "Pohjois-Pohjanmaa", 0, 1),
        ("Dari", "Pohjois-Pohjanmaa", 3, 3),
        ("Eno", "Uusimaa", 0, 10),
    ):
        visits(db, queries.add_location(db, name, region), greeted, missed)
    return db


def text_of(pdf: bytes, pages: slice | None = None) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    chosen = reader.pages if pages is None else reader.pages[pages]
    text = "\n".join(page.extract_text() or "" for page in chosen)
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


def by_name(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {row["name"]: row for row in rows}


def test_locations_below_the_minimum_are_listed_apart(programme: Database) -> None:
    data = collect(programme, JUNE)

    assert [row.name for row in data.ranked] == ["Aalto", "Dari", "Eno"]
    assert [row.name for row in data.unranked] == ["Bene", "Cola"]
    rows = ranking_json(data)
    assert [(row["name"], row["rank"], row["ranked"]) for row in rows] == [
        ("Aalto", 1, True),
        ("Dari", 2, True),
        ("Eno", 3, True),
        ("Bene", None, False),
        ("Cola", None, False),
    ]
    # A minimum of 1 ranks every location with a score, best first.
    everyone = collect(programme, JUNE, min_visits=1)
    assert [row.name for row in everyone.ranked] == ["Bene", "Aalto", "Dari", "Cola", "Eno"]
    assert everyone.unranked == []


def test_ranking_intervals_are_the_hand_computed_ones(programme: Database) -> None:
    rows = by_name(ranking_json(collect(programme, JUNE)))
    # Aalto: mean 80, s² = (8000 − 6400)·10/9 = 1,777.8, SE 13.33, t(9) = 2.262: 80 ± 30.16.
    aalto = rows["Aalto"]
    assert (aalto["visits"], aalto["score"], aalto["score_n"]) == (10, 80.0, 10)
    assert aalto["low"] == pytest.approx(49.84, abs=0.01)
    assert aalto["high"] == 100.0
    # Net Uplift 60 of 10: the Wilson floor 2·1.96²/(10 + 1.96²) = 55.51 points.
    assert aalto["net_uplift"] == pytest.approx(60.0)
    assert aalto["net_uplift_low"] == pytest.approx(4.49, abs=0.01)
    assert aalto["net_uplift_high"] == 100.0
    # Dari: mean 50, s² = (5000 − 2500)·6/5 = 3000, SE 22.36, t(5) = 2.571: 50 ± 57.49.
    dari = rows["Dari"]
    assert (dari["score"], dari["low"], dari["high"]) == (50.0, 0.0, 100.0)
    # Eno: ten zeros, no spread: 0–0. Cola: one visit, no interval at all.
    assert (rows["Eno"]["low"], rows["Eno"]["high"]) == (0.0, 0.0)
    assert (rows["Cola"]["score"], rows["Cola"]["low"], rows["Cola"]["high"]) == (0.0, None, None)
    assert rows["Cola"]["net_uplift"] == -100.0 and rows["Cola"]["net_uplift_low"] is not None


def test_rank_range_counts_only_reliably_better_and_worse(programme: Database) -> None:
    data = collect(programme, JUNE)
    aalto, dari, eno = data.ranked
    # Aalto (49.8–100) is reliably above Eno (0–0); Dari (0–100) overlaps both.
    assert rank_range(aalto, data.ranked) == (1, 2)
    assert rank_range(dari, data.ranked) == (1, 3)
    assert rank_range(eno, data.ranked) == (2, 3)


def test_figures_json_carries_n_and_intervals(programme: Database) -> None:
    figures = figures_json(collect(programme, JUNE).figures)
    # 31 visits, 15 greeted: mean 48.39 %; the greeting dimension is the same score.
    assert figures["visits"] == {"value": 31, "n": 31, "low": None, "high": None}
    assert figures["average_score"]["value"] == pytest.approx(15 / 31 * 100)
    assert figures["average_score"]["n"] == 31
    assert figures["dimensions"]["greeting"] == pytest.approx(figures["average_score"])
    assert figures["net_uplift"]["value"] == pytest.approx((15 - 16) / 31 * 100)
    assert figures["critical_failures"]["value"] == 16
    rate = figures["critical_failure_rate"]
    assert rate["value"] == pytest.approx(16 / 31 * 100) and rate["n"] == 31
    assert rate["low"] < rate["value"] < rate["high"]


def test_summary_pdf_shows_n_and_lists_thin_locations_apart(programme: Database) -> None:
    text = text_of(build_summary(programme, JUNE, generated=NOW))

    # The average score's tile: 15 of 31 visits score 100, s² = (4,838.7 − 2,341.3)·31/30
    # = 2,580.6, SE 9.12, t(30) = 2.042: 48.4 ± 18.6.
    assert "48,4 %" in text and "n = 31 · 29,8–67,0" in text
    ranking = text[text.index("Locations with at least 5 scored visits") :]
    apart = ranking.index("Too few visits to rank")
    assert ranking.index("Aalto") < ranking.index("Eno") < apart
    assert apart < ranking.index("Bene") and apart < ranking.index("Cola")
    assert "49,8–100,0" in ranking  # Aalto's interval
    assert "85 % or more" in text and "below 65 %" in text  # the colours' legend


def test_the_minimum_is_a_parameter(programme: Database) -> None:
    text = text_of(build_summary(programme, JUNE, generated=NOW, min_visits=1))
    assert "Too few visits to rank" not in text
    assert "Locations with at least 1 scored visit," in text


def test_per_location_report_has_benchmarks_rank_and_target(programme: Database) -> None:
    # p75 of the ranked scores 80, 50, 0 (PERCENTILE.INC): position 1.5, 50 + 0.5·30 = 65.
    aalto = text_of(
        build_summary(
            programme,
            EncounterFilter(location="Aalto", date_from=JUNE.date_from, date_to=JUNE.date_to),
            generated=NOW,
            target=Target.parse("p75"),
        ),
        slice(0, 2),
    )
    assert "Rank 1 of 3 ranked locations" in aalto
    assert "allows ranks 1 to 2" in aalto
    assert "Region Uusimaa" in aalto and "All locations" in aalto
    assert "n = 24 · " in aalto  # Uusimaa: Aalto 10, Bene 4, Eno 10
    assert "the target, 65,0 %" in aalto

    cola = text_of(
        build_summary(
            programme, EncounterFilter(location="Cola", date_from=JUNE.date_from), generated=NOW
        ),
        slice(0, 2),
    )
    assert "Not ranked: fewer than 5 visits with a score (1)" in cola
    assert "only n = 1: read with care" in cola
    assert "target" not in cola


def test_target_parse() -> None:
    assert Target.parse("80") == Target(score=80.0)
    assert Target.parse(" P75 ") == Target(percentile=75)
    assert str(Target.parse("80.5")) == "80.5" and str(Target.parse("p90")) == "p90"
    for wrong in ("p0", "p100", "101", "-1", "eighty", "p", ""):
        with pytest.raises(ValueError, match="a target is"):
            Target.parse(wrong)


def test_cli_min_visits_and_target(
    capsys: pytest.CaptureFixture[str], programme: Database, tmp_path: Path
) -> None:
    out = tmp_path / "s.pdf"
    url = programme.url
    argv = ["--database-url", url, "report", "summary", "--from", "2026-06-01", "-o", str(out)]
    assert main([*argv, "--min-visits", "11"]) == 0
    text = text_of(out.read_bytes())
    assert "Locations with at least 11 scored visits" in text
    for wrong in (["--min-visits", "0"], ["--target", "p100"]):
        assert main([*argv, *wrong]) == 2
        assert "Traceback" not in capsys.readouterr().err


def test_per_location_files_share_one_period(programme: Database, tmp_path: Path) -> None:
    written = reports.write_per_location("summary", programme, EncounterFilter(), tmp_path)
    periods = {
        re.search(r"Period (.+?) \(", text_of(path.read_bytes(), slice(0, 1))) for path in written
    }
    assert len(written) == 5
    assert len({match.group(1) for match in periods if match}) == 1


def test_per_location_report_gives_the_rank_of_the_previous_period(programme: Database) -> None:
    # May: Dari 5 of 5 greeted (100 %), Aalto 0 of 5 (0 %): Aalto was 2nd of 2.
    by_name_ = {loc.name: loc for loc in queries.list_locations(programme)}
    for name, greeted in (("Dari", True), ("Aalto", False)):
        queries.bulk_add_encounters(
            programme,
            [
                EncounterData(
                    id=new_id(),
                    form_id="small",
                    form_version=1,
                    location_id=by_name_[name].id,
                    visited_at=datetime(2026, 5, 10 + day, 12, tzinfo=UTC),
                    status="submitted",
                    answers={"greeted": greeted, "feeling": 1},
                )
                for day in range(5)
            ],
        )
    one = EncounterFilter(location="Aalto", date_from=JUNE.date_from, date_to=JUNE.date_to)
    text = text_of(build_summary(programme, one, generated=NOW), slice(0, 2))
    assert "Rank 1 of 3 ranked locations" in text
    assert "In the previous period: rank 2 of 2." in text
    eno = dataclasses.replace(one, location="Eno")
    assert "In the previous period it was not ranked." in text_of(
        build_summary(programme, eno, generated=NOW), slice(0, 2)
    )


def test_a_location_s_report_speaks_to_its_team_not_to_leadership(programme: Database) -> None:
    one = EncounterFilter(location="Aalto", date_from=JUNE.date_from, date_to=JUNE.date_to)
    team = " ".join(text_of(build_summary(programme, one, generated=NOW)).split())
    everyone = " ".join(text_of(build_summary(programme, JUNE, generated=NOW)).split())
    assert "for the team and its manager" in team and "for leaders" not in team
    assert "for leaders" in everyone and "for the team and its manager" not in everyone
