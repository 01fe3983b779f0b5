"""Where things live: the data folder, the database URL and the files shipped with the app."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "mysteryshop"
DATA_DIR_ENV = "MYSTERYSHOP_DATA_DIR"
DATABASE_URL_ENV = "MYSTERYSHOP_DATABASE_URL"
DATABASE_FILE = "mysteryshop.sqlite3"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `override`, else $MYSTERYSHOP_DATA_DIR, else the platform's user data
    folder (e.g. ~/.local/share/mysteryshop)."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser()
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def database_url(
    url: str | None = None, data_dir_override: str | os.PathLike[str] | None = None
) -> str:
    """The SQLAlchemy URL to open: `url`, else $MYSTERYSHOP_DATABASE_URL, else the SQLite file
    in the data folder."""
    chosen = url or os.environ.get(DATABASE_URL_ENV)
    if chosen:
        return chosen
    return f"sqlite:///{data_dir(data_dir_override) / DATABASE_FILE}"


def _shipped(name: str) -> Path:
    # In a wheel the folders are copied into the package (pyproject's force-include); in a
    # source checkout or editable install they sit at the top of the repository.
    package = Path(__file__).resolve().parent
    inside = package / "_shipped" / name
    return inside if inside.is_dir() else package.parent / name


def shipped_forms_dir() -> Path:
    """The folder of questionnaires that come with the app."""
    return _shipped("forms")


def shipped_form_files() -> list[Path]:
    """The shipped form files, the default (in-person service encounter) first."""
    files = sorted(shipped_forms_dir().glob("*.yaml"))
    files.sort(key=lambda path: path.stem != "service-encounter")
    return files


def resources_dir() -> Path:
    """Icons, fonts and translations that come with the app."""
    return _shipped("resources")
