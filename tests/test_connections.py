"""Connections to a team server done right: SSL settings in the URL (sslmode, sslrootcert)
work against a real server with certificates made for the test, and a connection that
cannot be made says why on one line."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_cluster import REPO, Cluster
from sqlalchemy import text

from mysteryshop.store.db import CannotConnectError, StoreError
from mysteryshop.store.opening import open_database

pytestmark = pytest.mark.skipif(
    not Path("/usr/lib/postgresql").is_dir(), reason="PostgreSQL is not installed here"
)


@pytest.fixture(scope="module")
def ssl_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Cluster, Path]]:
    """A cluster serving SSL with a certificate for "localhost" signed by ca.crt."""
    cluster = Cluster.start()
    if cluster is None:
        pytest.skip("PostgreSQL is not installed here (.ci/start-postgres failed)")
    try:
        certificates = cluster.serve_ssl()
        trusted = tmp_path_factory.mktemp("client")
        for name in ("ca.crt", "other-ca.crt"):  # the client's own copies, as a user has
            (trusted / name).write_bytes((certificates / name).read_bytes())
        yield cluster, trusted
    finally:
        cluster.remove()


def _uses_ssl(url: str) -> bool:
    db = open_database(url)
    try:
        with db.read() as session:
            return bool(
                session.execute(
                    text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
                ).scalar()
            )
    finally:
        db.close()


def _refusal(url: str) -> str:
    with pytest.raises(StoreError) as caught:
        open_database(url)
    assert isinstance(caught.value, CannotConnectError)
    (line,) = caught.value.problems
    assert "\n" not in line
    return line


def test_sslmode_require_connects_with_ssl(ssl_server) -> None:
    cluster, _trusted = ssl_server
    assert _uses_ssl(cluster.database_url("team", sslmode="require"))
    assert not _uses_ssl(cluster.database_url("team", sslmode="disable"))


def test_verify_full_connects_to_the_host_its_certificate_names(ssl_server) -> None:
    cluster, trusted = ssl_server
    url = cluster.database_url(
        "team", host="localhost", sslmode="verify-full", sslrootcert=str(trusted / "ca.crt")
    )
    assert _uses_ssl(url)


def test_verify_full_refuses_another_host_name_plainly(ssl_server) -> None:
    cluster, trusted = ssl_server
    url = cluster.database_url(
        "team", host="127.0.0.1", sslmode="verify-full", sslrootcert=str(trusted / "ca.crt")
    )
    line = _refusal(url)
    assert line.startswith(
        f"cannot connect to the database server (postgresql+psycopg://mysteryshop@127.0.0.1:"
        f"{cluster.port}/team?sslmode=verify-full&sslrootcert="
    )
    assert line.endswith('does not match host name "127.0.0.1"'), line
    assert f"sslrootcert={trusted / 'ca.crt'})" in line


def test_verify_full_refuses_a_server_signed_by_another_ca_plainly(ssl_server) -> None:
    cluster, trusted = ssl_server
    url = cluster.database_url(
        "team", host="localhost", sslmode="verify-full", sslrootcert=str(trusted / "other-ca.crt")
    )
    line = _refusal(url)
    assert line.endswith("SSL error: certificate verify failed"), line


def test_a_missing_ca_file_is_named(ssl_server, tmp_path: Path) -> None:
    cluster, _trusted = ssl_server
    missing = tmp_path / "nowhere.crt"
    line = _refusal(
        cluster.database_url(
            "team", host="localhost", sslmode="verify-full", sslrootcert=str(missing)
        )
    )
    assert f'root certificate file "{missing}" does not exist' in line, line


def test_sslmode_require_against_a_server_without_ssl_says_so(pg_url: str) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(pg_url).update_query_dict({"sslmode": "require"})
    line = _refusal(url.render_as_string(hide_password=False))
    assert line.endswith("server does not support SSL, but SSL was required"), line


def test_the_cli_says_why_it_cannot_connect_in_one_line(ssl_server, tmp_path: Path) -> None:
    cluster, trusted = ssl_server
    url = cluster.database_url(
        "team", host="127.0.0.1", sslmode="verify-full", sslrootcert=str(trusted / "ca.crt")
    )
    env = dict(os.environ, MYSTERYSHOP_DATABASE_URL=url, PYTHONPATH=str(REPO))
    done = subprocess.run(
        [sys.executable, "-m", "mysteryshop", "check"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("cannot connect to the")
    assert "does not match host name" in done.stderr
