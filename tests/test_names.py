"""Names compared as people read them (names.py): locations, regions and observer aliases are
found however their names are encoded, cased or padded with invisible characters, on SQLite
and PostgreSQL alike, through the key's index; look-alikes are refused when added and named
when a lookup takes them in."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, select, text

from mysteryshop import demo
from mysteryshop.cli import main
from mysteryshop.forms import Form
from mysteryshop.names import look_alikes, name_key, visible
from mysteryshop.store import privacy, queries
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.locations import update_location
from mysteryshop.store.models import Location, Observer
from mysteryshop.store.records import EncounterFilter, LocationData, new_id

NFD_CAFE = unicodedata.normalize("NFD", "Café Kamppi")
assert NFD_CAFE != "Café Kamppi"

# Locations as devices sent them (imported by id, so look-alikes can exist side by side).
PLACES = {
    "aane": ("Äänekoski store", "Keski-Suomi"),
    "oster": ("Östermalm", "Stockholm"),
    "cafe": ("Café Kamppi", "Uusimaa"),
    "cafe_nfd": (NFD_CAFE, "Uusimaa"),
    "itis": ("Itis store\u200b", "Uusimaa"),
    "forum": ("Ｆｏｒｕｍ store", "Varsinais-Suomi"),
    "aland": ("Åland Mariehamn", "ÅLAND"),
}
PER_PLACE = 3


# --- the key itself -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Äänekoski store", "ÄÄNEKOSKI STORE"),
        ("Östermalm", "östermalm"),
        ("Café Kamppi", NFD_CAFE),
        ("Itis store", "Itis store\u200b"),
        ("Itis store", "\ufeffItis\u00ad store\u200d"),
        ("Itis store", "  Itis \u00a0 store\t"),
        ("Forum store", "Ｆｏｒｕｍ ｓｔｏｒｅ"),
        ("Strasse", "STRAẞE"),
        ("Åbo", "\u212bbo"),  # ANGSTROM SIGN
    ],
)
def test_names_people_read_alike_have_one_key(one: str, other: str) -> None:
    assert one != other
    assert name_key(one) == name_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Cafe Kamppi", "Café Kamppi"), ("Paakkonen", "Pääkkönen"), ("Aland", "Åland")],
)
def test_accents_make_another_name(one: str, other: str) -> None:
    assert name_key(one) != name_key(other)


def test_visible_writes_out_what_cannot_be_seen() -> None:
    assert visible("Café Kamppi") == "'Café Kamppi'"
    assert visible(NFD_CAFE) == "'Cafe<U+0301> Kamppi'"
    assert visible("Itis store\u200b") == "'Itis store<U+200B>'"
    assert visible("Ｆo") == "'<U+FF26>o'"


def test_look_alikes_are_the_different_spellings_of_one_key() -> None:
    assert look_alikes(["Kamppi", "Kamppi", "Itis"]) == []
    assert look_alikes(["Café Kamppi", "Itis", NFD_CAFE, "Café Kamppi"]) == [
        "Café Kamppi",
        NFD_CAFE,
    ]


# --- lookups in the store -----------------------------------------------------------------------


@pytest.fixture
def places(db: Database, shipped_forms: list[Form]) -> dict[str, LocationData]:
    data = demo.generate(shipped_forms, encounters=PER_PLACE * len(PLACES), seed=5)
    found = {key: LocationData(new_id(), name, region) for key, (name, region) in PLACES.items()}
    locations = list(found.values())
    for index, encounter in enumerate(data.encounters):
        encounter.location_id = locations[index % len(locations)].id
    queries.bulk_add_encounters(db, data.encounters, locations, shipped_forms)
    return found


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Äänekoski store", {"aane"}),  # typed exactly as stored: F9
        ("ÄÄNEKOSKI STORE", {"aane"}),
        (" äänekoski  store ", {"aane"}),
        ("Östermalm", {"oster"}),
        ("östermalm", {"oster"}),
        ("Café Kamppi", {"cafe", "cafe_nfd"}),
        (NFD_CAFE, {"cafe", "cafe_nfd"}),
        ("Itis store", {"itis"}),
        ("Forum store", {"forum"}),
        ("ＦＯＲＵＭ ＳＴＯＲＥ", {"forum"}),
        ("Cafe Kamppi", set()),
        ("\u200b", set()),
    ],
)
def test_a_location_is_found_however_its_name_is_typed(
    db: Database, places: dict[str, LocationData], typed: str, expected: set[str]
) -> None:
    ids = {places[key].id for key in expected}
    assert {loc.id for loc in queries.find_locations(db, typed)} == ids
    assert queries.count_encounters(db, EncounterFilter(location=typed)) == PER_PLACE * len(ids)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Keski-Suomi", {"aane"}),
        ("KESKI-SUOMI", {"aane"}),
        ("åland", {"aland"}),
        ("uusimaa\u200b", {"cafe", "cafe_nfd", "itis"}),
    ],
)
def test_a_region_is_found_however_its_name_is_typed(
    db: Database, places: dict[str, LocationData], typed: str, expected: set[str]
) -> None:
    f = EncounterFilter(region=typed)
    assert queries.count_encounters(db, f) == PER_PLACE * len(expected)


def test_the_search_finds_a_location_by_its_name_as_read(
    db: Database, places: dict[str, LocationData]
) -> None:
    by_location = queries.count_encounters(db, EncounterFilter(location="Äänekoski store"))
    assert queries.count_encounters(db, EncounterFilter(text="ÄÄNEKOSKI")) == by_location
    assert queries.count_encounters(db, EncounterFilter(text="östermal")) == PER_PLACE


def test_every_write_keeps_the_keys(db: Database, places: dict[str, LocationData]) -> None:
    added = queries.add_location(db, "Ärräpää store", "Pohjois-Savo")
    update_location(db, places["oster"].id, name="ÖSTERMALM\u200b city", region="Sverige")
    update_location(db, places["aane"].id, region="")
    with db.read() as session:
        rows = session.execute(
            select(Location.name, Location.region, Location.name_key, Location.region_key)
        ).all()
    assert len(rows) == len(PLACES) + 1
    for name, region, key, region_key in rows:
        assert key == name_key(name)
        assert region_key == (name_key(region) if region else None)
    assert [loc.id for loc in queries.find_locations(db, "ärräpää STORE")] == [added.id]
    assert [loc.id for loc in queries.find_locations(db, "östermalm city")] == [places["oster"].id]
    assert queries.count_encounters(db, EncounterFilter(region="sverige")) == PER_PLACE


# --- the uniqueness rule ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "look_alike", [NFD_CAFE, "CAFÉ KAMPPI", "Café Kamppi\u200b", "Ｃａｆé Kamppi", " Café  Kamppi"]
)
def test_adding_a_look_alike_in_the_same_region_is_refused(db: Database, look_alike: str) -> None:
    first = queries.add_location(db, "Café Kamppi", "Uusimaa")
    with pytest.raises(StoreError, match="already has this name"):
        queries.add_location(db, look_alike, "UUSIMAA")
    assert queries.same_location(db, look_alike, "uusimaa") == first
    assert [loc.id for loc in queries.find_locations(db, look_alike)] == [first.id]
    # Another region, or another name (an accent is a letter), is another place.
    queries.add_location(db, look_alike, "Pirkanmaa")
    queries.add_location(db, "Cafe Kamppi", "Uusimaa")


def test_adding_a_look_alike_without_a_region_is_refused(db: Database) -> None:
    queries.add_location(db, "Östermalm")
    with pytest.raises(StoreError, match="already has this name"):
        queries.add_location(db, "östermalm\u00ad", "  ")


def test_a_name_of_invisible_characters_only_is_refused(db: Database) -> None:
    with pytest.raises(StoreError, match="nothing to read"):
        queries.add_location(db, "\u200b\u200d")


def test_renaming_into_a_look_alike_is_refused(db: Database) -> None:
    cafe = queries.add_location(db, "Café Kamppi", "Uusimaa")
    other = queries.add_location(db, "Kamppi corner", "Uusimaa")
    with pytest.raises(StoreError, match="merge the two instead"):
        update_location(db, other.id, name=NFD_CAFE)
    moved = queries.add_location(db, NFD_CAFE, "Pirkanmaa")
    with pytest.raises(StoreError, match="merge the two instead"):
        update_location(db, moved.id, region="uusimaa")
    update_location(db, cafe.id, name="CAFÉ KAMPPI")  # itself, in other capitals
    found = {loc.name for loc in queries.find_locations(db, "café kamppi")}
    assert found == {"CAFÉ KAMPPI", NFD_CAFE}


# --- the command line: erase and export, with warnings -----------------------------------------


def test_erase_finds_a_location_typed_as_stored(
    db: Database, places: dict[str, LocationData], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["erase", "--location", "Östermalm", "--yes", "--database-url", db.url]) == 0
    assert f"and {PER_PLACE} encounters" in capsys.readouterr().out
    assert not queries.find_locations(db, "Östermalm")


def test_erase_names_look_alikes_and_asks_for_an_id(
    db: Database, places: dict[str, LocationData], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["erase", "--location", "Café Kamppi", "--yes", "--database-url", db.url]) == 1
    err = capsys.readouterr().err
    assert "2 locations are named" in err
    assert places["cafe"].id in err and places["cafe_nfd"].id in err
    assert "Cafe<U+0301> Kamppi" in err  # the NFD one, told apart
    assert len(queries.find_locations(db, "Café Kamppi")) == 2  # nothing erased


def test_export_warns_about_look_alikes_and_unknown_names(
    db: Database, places: dict[str, LocationData], tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.csv"
    args = ["export", "-o", str(out), "--database-url", db.url]
    assert main([*args, "--location", "Äänekoski store"]) == 0
    captured = capsys.readouterr()
    assert f"exported {PER_PLACE} encounters" in captured.out
    assert "warning" not in captured.err
    assert main([*args, "--location", "Café Kamppi"]) == 0
    captured = capsys.readouterr()
    assert f"exported {2 * PER_PLACE} encounters" in captured.out
    assert "read alike but are written differently" in captured.err
    assert "'Cafe<U+0301> Kamppi'" in captured.err
    assert main([*args, "--location", "Nowhere"]) == 0
    assert "warning: no location named 'Nowhere'" in capsys.readouterr().err


# --- observer aliases ---------------------------------------------------------------------------


def test_erasing_an_alias_takes_its_look_alikes(
    db: Database, shipped_forms: list[Form], capsys: pytest.CaptureFixture[str]
) -> None:
    data = demo.generate(shipped_forms, encounters=9, seed=2)
    spellings = ["Mikko", "mikko\u200b", unicodedata.normalize("NFD", "Mikkö")]
    for index, encounter in enumerate(data.encounters):
        encounter.observer = spellings[index % 3]
    queries.bulk_add_encounters(db, data.encounters, data.locations, shipped_forms)
    assert privacy.observers_named(db, "MIKKO") == ["Mikko", "mikko\u200b"]
    assert privacy.observer_encounter_count(db, "MIKKO") == 6
    assert main(["erase", "--observer", "MIKKO", "--yes", "--database-url", db.url]) == 0
    captured = capsys.readouterr()
    assert "takes in the stored aliases 'Mikko', 'mikko<U+200B>'" in captured.err
    assert "from 6 encounters" in captured.out
    with db.read() as session:
        left = session.scalars(select(Observer.alias)).all()
    assert left == [spellings[2]]  # Mikkö is another name


# --- the key's index ----------------------------------------------------------------------------


@contextmanager
def statements(db: Database) -> Iterator[list[tuple[str, Any]]]:
    """The SQL statements (with their parameters) run meanwhile."""
    seen: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, *args: Any) -> None:
        seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def test_lookups_by_name_use_the_keys_index(db: Database, places: dict[str, LocationData]) -> None:
    with statements(db) as seen:
        queries.find_locations(db, "Äänekoski store")
        queries.count_encounters(db, EncounterFilter(location="Äänekoski store"))
        queries.count_encounters(db, EncounterFilter(region="Keski-Suomi"))
    lookups = [(sql, params) for sql, params in seen if "name_key" in sql or "region_key" in sql]
    assert len(lookups) == 3
    with db.engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        for sql, params in lookups:
            if db.is_sqlite:
                plan = " ".join(
                    str(row) for row in raw.execute(f"EXPLAIN QUERY PLAN {sql}", params)
                )
            elif "encounters" in sql:
                # A handful of rows on both sides of the join: with sequential scans off,
                # PostgreSQL may as well walk the encounters' covering index (it holds the
                # trash's deleted_at) and look each location up by its key. The SQL compares
                # the keys; SQLite's plan above shows the index serving such a join.
                assert "name_key = " in sql or "region_key = " in sql, sql
                continue
            else:
                # A handful of rows: the planner would rightly read them all. Told not to, it
                # shows that the index can serve the lookup.
                connection.execute(text("SET enable_seqscan = off"))
                with raw.cursor() as cursor:
                    cursor.execute(f"EXPLAIN {sql}", params)
                    plan = " ".join(str(row) for row in cursor.fetchall())
            index = "ix_locations_region_key" if "region_key" in sql else "ix_locations_name_key"
            assert index in plan, plan


def test_search_finds_prefixes_and_words_with_or_without_accents():
    from mysteryshop.names import search_key, search_rank

    assert search_key("ÄÄNEKOSKI  Café") == "aanekoski cafe"
    assert search_rank("aane", "Äänekoski") == 0  # the name starts with it
    assert search_rank("kamp", "Kamppi store") == 0
    assert search_rank("store", "Kamppi store") == 1  # a word starts with it
    assert search_rank("suomi", "Varsinais-Suomi") == 1
    assert search_rank("ppi", "Kamppi store") == 2  # inside a word
    assert search_rank("itis", "Kamppi store") is None
    assert search_rank("  ", "Kamppi store") is None
