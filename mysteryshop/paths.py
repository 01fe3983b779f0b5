"""Where things live: the data folder, the database URL and the files shipped with the app."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

APP_NAME = "mysteryshop"
# The reverse-DNS id of the desktop app: the Linux desktop entry, icon and AppStream files are
# named by it (packaging/linux/), and Qt tells it to the window system so that the window is
# matched with its entry and icon.
APP_ID = "fi.mysteryshop.MysteryShop"
DATA_DIR_ENV = "MYSTERYSHOP_DATA_DIR"
DATABASE_URL_ENV = "MYSTERYSHOP_DATABASE_URL"
DATABASE_FILE = "mysteryshop.sqlite3"
LOCK_FILE = "mysteryshop.lock"  # the app's single-instance QLockFile, in the data folder


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `override`, else $MYSTERYSHOP_DATA_DIR, else the platform's user data
    folder (e.g. ~/.local/share/mysteryshop)."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser()
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def check_data_folder(folder: Path) -> str | None:
    """Create the data folder if missing and check that files can be written there.
    Returns a message for the user, or None when all is well."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return (
            f"The data folder {folder} does not exist and cannot be created "
            f"({error.strerror or error}). Start mysteryshop with --data-dir pointing to a "
            "folder you can write to."
        )
    if not folder.is_dir():
        return f"The data folder {folder} is not a folder. Start mysteryshop with --data-dir."
    try:
        handle, probe = tempfile.mkstemp(prefix=".write-test-", dir=folder)
        os.close(handle)
        os.unlink(probe)
    except OSError as error:
        return (
            f"The data folder {folder} is read-only ({error.strerror or error}): mysteryshop "
            "cannot save there. Make it writable, or start with --data-dir pointing to a "
            "folder you can write to."
        )
    return None


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


def archived_form_files() -> list[Path]:
    """Earlier versions of the shipped forms (forms/archive/<id>-v<n>.yaml). Stored in every
    database like the current ones, so that encounters recorded with an earlier version (here,
    or in a bundle from another database) keep the questions and wording they were made with;
    new encounters take the latest version."""
    return sorted((shipped_forms_dir() / "archive").glob("*.yaml"))


def resources_dir() -> Path:
    """Icons, fonts and translations that come with the app."""
    return _shipped("resources")


def app_icon_file() -> Path:
    """The app's icon as a PNG (the SVG beside it is for the desktop: Qt would need its SVG
    plugin, and time at each start, to read it)."""
    return resources_dir() / "icons" / "mysteryshop-256.png"
