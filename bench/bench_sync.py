"""The sync benchmark of bench/run.py: a laptop pushing `count` submitted visits to a team's
PostgreSQL server (store/sync.py: one server transaction per visit, so that a sync cut off
anywhere is completed by the next), against its floor: the same rows written by plain
psycopg in one transaction (executemany per table), into another fresh database on the same
server, in the same run."""

from __future__ import annotations

import time
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ALIAS = "bench-observer"


def _fresh(server_url: str, name: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def _drop(server_url: str, names: list[str]) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        for name in names:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _visits(count: int) -> tuple[list[Any], list[Any], list[Any]]:
    from mysteryshop import demo, forms, paths

    shipped = [forms.load_form(path) for path in paths.shipped_form_files()]
    data = demo.generate(shipped, encounters=count * 2, seed=3)
    visits = []
    for encounter in data.encounters:
        if encounter.calibration or encounter.status == "draft":
            continue
        visits.append(
            replace(
                encounter,
                observer=ALIAS,
                status="submitted",
                reviewed_by=None,
                reviewed_at=None,
                return_reason="",
                reviewer_note="",
                tags=[],
            )  # fmt: skip
        )
        if len(visits) == count:
            break
    assert len(visits) == count, "the demo gave too few visits"
    return shipped, data.locations, visits


def measure(count: int, server_url: str, folder: Path) -> tuple[float, float]:
    """(sync seconds, floor seconds) for `count` visits."""
    from mysteryshop.store import queries, sync
    from mysteryshop.store.opening import open_database

    shipped, locations, visits = _visits(count)
    tag = uuid.uuid4().hex[:8]
    names = [f"bench_sync_{tag}", f"bench_floor_{tag}"]
    try:
        server = open_database(_fresh(server_url, names[0]))
        queries.bulk_add_encounters(server, [], locations, shipped)
        laptop_file = folder / f"laptop-{tag}.sqlite3"
        local = open_database(f"sqlite:///{laptop_file}")
        sync.sync(local, server, alias=ALIAS)  # the forms and locations, before the clock
        queries.bulk_add_encounters(local, visits)
        started = time.perf_counter()
        result = sync.sync(local, server, alias=ALIAS)
        took = time.perf_counter() - started
        assert result.pushed == count and not result.refused, result
        local.close()
        server.close()
        laptop_file.unlink(missing_ok=True)
        floor = _floor(_fresh(server_url, names[1]), shipped, locations, visits)
    finally:
        _drop(server_url, names)
    return took, floor


_TABLES = (("encounters", "encounter"), ("answers", "answers"),
           ("encounter_scores", "scores"), ("encounter_tags", "tags"))  # fmt: skip


def _floor(url: str, shipped: list[Any], locations: list[Any], visits: list[Any]) -> float:
    """The same rows (queries._rows, made before the clock) written with psycopg alone."""
    import psycopg
    from psycopg.types.json import Json, Jsonb
    from sqlalchemy import JSON
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.dialects.postgresql import JSONB
    from sqlalchemy.engine import make_url

    from mysteryshop.store import queries
    from mysteryshop.store.models import Base
    from mysteryshop.store.opening import open_database

    db = open_database(url)
    queries.bulk_add_encounters(db, [], locations, shipped)
    with db.write() as session:
        ids = queries._form_version_ids(session)
        observer = queries._observer_ids(session, [ALIAS])[ALIAS]
    db.close()
    forms_ = {(form.id, form.version): form for form in shipped}
    made = [
        queries._rows(
            forms_[(v.form_id, v.form_version)], ids[(v.form_id, v.form_version)], observer, v
        )  # fmt: skip
        for v in visits
    ]

    def plain(value: Any, kind: Any) -> Any:
        if value is None:
            return None
        if isinstance(kind, JSONB):
            return Jsonb(value)
        if isinstance(kind, JSON):
            return Json(value)
        if isinstance(value, datetime):
            return value.astimezone(UTC).replace(tzinfo=None)  # as UTCDateTime stores it
        return value

    batches: list[tuple[str, list[tuple[Any, ...]]]] = []
    for table, key in _TABLES:
        rows = [row for rows in made for row in _as_list(getattr(rows, key))]
        if not rows:
            continue
        columns = list(rows[0])
        kinds = [
            Base.metadata.tables[table].c[c].type.dialect_impl(postgresql.dialect())
            for c in columns
        ]
        sql = (
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('%s' for _ in columns)})"
        )
        values = [tuple(plain(row[c], k) for c, k in zip(columns, kinds, strict=True))
                  for row in rows]  # fmt: skip
        batches.append((sql, values))
    parsed = make_url(url)
    started = time.perf_counter()
    with psycopg.connect(
        host=parsed.host, port=parsed.port, user=parsed.username, password=parsed.password,
        dbname=parsed.database,
    ) as connection:  # fmt: skip
        with connection.cursor() as cursor:
            for sql, values in batches:
                cursor.executemany(sql, values)
        connection.commit()
    return time.perf_counter() - started


def _as_list(rows: Any) -> list[dict[str, Any]]:
    return [rows] if isinstance(rows, dict) else list(rows)
