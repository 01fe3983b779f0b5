"""A throwaway PostgreSQL cluster of a test's own (.ci/start-postgres on a free port), for what
the shared test server must not go through: being stopped and started again, or serving SSL
with certificates made for the test."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parent.parent


def _run_as() -> list[str]:
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


def _give_to_server(path: Path) -> None:
    """Files the server reads (its key must be the server user's, mode 0600)."""
    if os.geteuid() == 0:
        shutil.chown(path, "postgres", "postgres")


@dataclass
class Cluster:
    url: str  # the superuser's URL (trust authentication), database "postgres"
    folder: Path  # the data directory
    port: int

    @classmethod
    def start(cls) -> Cluster | None:
        """A new cluster, running; None where PostgreSQL is not installed."""
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        started = subprocess.run(
            [str(REPO / ".ci" / "start-postgres"), str(port)], capture_output=True, text=True
        )
        if started.returncode != 0:
            return None
        url = started.stdout.strip()
        engine = create_engine(url)
        with engine.connect() as connection:
            folder = Path(str(connection.execute(text("SHOW data_directory")).scalar()))
        engine.dispose()
        return cls(url, folder, port)

    def database_url(self, name: str, *, host: str = "127.0.0.1", **query: str) -> str:
        """The URL of database `name` (made if missing), with `query` parameters."""
        admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            exists = connection.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
            ).scalar()
            if not exists:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        found = make_url(self.url).set(database=name, host=host, query=query)
        return found.render_as_string(hide_password=False)

    def pg_ctl(self, *argv: str) -> None:
        binaries = sorted(
            Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name)
        )
        command = [*_run_as(), str(binaries[-1] / "pg_ctl"), "-D", str(self.folder), *argv]
        subprocess.run(command, check=True, capture_output=True)

    def stop(self) -> None:
        self.pg_ctl("stop", "-m", "immediate")

    def start_again(self) -> None:
        options = (
            f"-p {self.port} -k {self.folder.parent} -c listen_addresses=127.0.0.1 -c fsync=off"
        )
        self.pg_ctl("start", "-w", "-l", str(self.folder.parent / "server.log"), "-o", options)

    def serve_ssl(self) -> Path:
        """Turn SSL on with a new CA and a server certificate for the host name "localhost"
        (made with openssl); returns the folder holding ca.crt (the CA to trust) and
        other-ca.crt (a CA that signed nothing of the server's)."""
        folder = self.folder.parent / "certificates"
        folder.mkdir()
        openssl = ["openssl"]
        key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        for name in ("ca", "other-ca"):
            subprocess.run(
                [*openssl, "req", "-x509", *key, "-days", "2", "-subj", f"/CN=test {name}",
                 "-addext", "basicConstraints=critical,CA:TRUE",
                 "-addext", "keyUsage=keyCertSign,cRLSign",
                 "-keyout", str(folder / f"{name}.key"), "-out", str(folder / f"{name}.crt")],
                check=True, capture_output=True,
            )  # fmt: skip
        subprocess.run(
            [*openssl, "req", *key, "-subj", "/CN=localhost",
             "-keyout", str(folder / "server.key"), "-out", str(folder / "server.csr")],
            check=True, capture_output=True,
        )  # fmt: skip
        (folder / "san.ext").write_text("subjectAltName=DNS:localhost\n")
        subprocess.run(
            [*openssl, "x509", "-req", "-in", str(folder / "server.csr"),
             "-CA", str(folder / "ca.crt"), "-CAkey", str(folder / "ca.key"),
             "-CAcreateserial", "-days", "2", "-extfile", str(folder / "san.ext"),
             "-out", str(folder / "server.crt")],
            check=True, capture_output=True,
        )  # fmt: skip
        (folder / "server.key").chmod(0o600)
        for path in (folder, *folder.iterdir()):
            _give_to_server(path)
        admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f"ALTER SYSTEM SET ssl_cert_file = '{folder / 'server.crt'}'"))
            connection.execute(text(f"ALTER SYSTEM SET ssl_key_file = '{folder / 'server.key'}'"))
            connection.execute(text("ALTER SYSTEM SET ssl = on"))
            connection.execute(text("SELECT pg_reload_conf()"))
        admin.dispose()
        return folder

    def remove(self) -> None:
        try:
            self.stop()
        except subprocess.CalledProcessError:
            pass  # stopped already
        shutil.rmtree(self.folder.parent, ignore_errors=True)
