"""Shared fixtures: every test gets its own data folder and database; nothing touches the
user's real folders. Qt runs offscreen."""

from __future__ import annotations

import os

# Without a display, creating a QApplication aborts the whole process: set the platform
# before anything can import Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from memory_keyring import MemoryKeyring  # noqa: E402

from mysteryshop.forms import Form, load_form  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHIPPED_FORMS = REPO / "forms"


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point every platform folder (data, config, logs) into a temporary home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.delenv("MYSTERYSHOP_DATA_DIR", raising=False)
    monkeypatch.delenv("MYSTERYSHOP_DATABASE_URL", raising=False)


@pytest.fixture(autouse=True)
def _no_translations_left_behind() -> Iterator[None]:
    """What a test installs in the application (the app's translations, by app.run or
    install_translations, and the default locale) goes with it: the tests after it read the
    English source texts, whichever ran first."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    locale = QLocale()
    yield
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder, also set as $MYSTERYSHOP_DATA_DIR."""
    folder = tmp_path / "data"
    monkeypatch.setenv("MYSTERYSHOP_DATA_DIR", str(folder))
    return folder


POSTGRES_URL_ENV = "MYSTERYSHOP_TEST_POSTGRES_URL"
# Test modules whose `db` tests run against both SQLite and a real PostgreSQL server.
BOTH_BACKENDS = {
    "test_store",
    "test_audit",
    "test_bundle",
    "test_tabular",
    "test_stats",
    "test_dashboard_figures",
    "test_reports",
    "test_coaching",
    "test_privacy",
    "test_trash",
    "test_hostile",
    "test_intake",
    "test_attachments",
    "test_zip_bundle",
    "test_review_store",
    "test_bundle_phrases",
    "test_xlsx",
    "test_migrations",
    "test_workflow",
    "test_names",
    "test_moments",
    "test_calibration",
    "test_actions",
    "test_form_edits",
}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    module = metafunc.module.__name__.rpartition(".")[2]
    if "db" in metafunc.fixturenames and module in BOTH_BACKENDS:
        metafunc.parametrize("db", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def db(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[object]:
    """An empty, migrated database: a SQLite file in the test's data folder, or (for the
    modules in BOTH_BACKENDS, when a server is given) a fresh PostgreSQL database."""
    from mysteryshop.store.opening import open_database

    if getattr(request, "param", "sqlite") == "postgresql":
        yield from _postgres_database()
        return
    database = open_database(f"sqlite:///{data_dir / 'mysteryshop.sqlite3'}")
    yield database
    database.close()


@contextmanager
def _empty_postgres_database() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database (no schema yet), dropped afterwards."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from mysteryshop.store.team import role_comment

    server = os.environ.get(POSTGRES_URL_ENV)
    if not server:
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_URL_ENV} (.ci/start-postgres starts one)")
    name = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
            # A team's roles (store/team.py) are the server's: they would outlive the database.
            roles = connection.execute(
                text("SELECT rolname FROM pg_roles WHERE shobj_description(oid, 'pg_authid') = :c"),
                {"c": role_comment(name)},
            ).scalars()
            for role in list(roles):
                connection.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()


def _postgres_database() -> Iterator[object]:
    from mysteryshop.store.opening import open_database

    with _empty_postgres_database() as url:
        database = open_database(url)
        try:
            yield database
        finally:
            database.close()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A new, empty PostgreSQL database (no schema yet), dropped afterwards."""
    with _empty_postgres_database() as url:
        yield url


@pytest.fixture(scope="session")
def shipped_forms() -> list[Form]:
    """The forms that ship with the app, the default (service-encounter) first."""
    files = sorted(SHIPPED_FORMS.glob("*.yaml"), key=lambda p: p.stem != "service-encounter")
    return [load_form(path) for path in files]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Tests that need a QApplication are marked `gui`, so `-m "not gui"` runs the core alone.
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The system keyring replaced by one in memory for the test (tests/memory_keyring.py)."""
    import keyring

    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)
