"""Start the desktop app: QApplication, translations, the database, the main window."""

from __future__ import annotations

import argparse
import os
import sys
import time

from PySide6.QtCore import QLibraryInfo, QLocale, QThreadPool, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from mysteryshop import paths

# The region a chosen UI language formats dates and numbers for: the app's users are in
# Finland, so Swedish follows Finland-Swedish usage (2.12.2026, 8.50), not Sweden's.
LANGUAGE_LOCALES = {"fi": "fi_FI", "sv": "sv_FI"}


def ui_locale(language: str) -> QLocale:
    """The locale of the app in `language` ('' = the system's). English takes the system's
    region, as CLDR writes English there (en_FI: 02/12/2026, 8.50), and British English where
    the system names none (a bare C locale): never the US month-first dates by default
    (APP.md: choosing English switched a European team to 12/2/26 9:08 AM)."""
    if not language:
        return QLocale.system()
    if language in LANGUAGE_LOCALES:
        return QLocale(LANGUAGE_LOCALES[language])
    if language == "en":
        system = QLocale.system()
        territory = system.territory()
        if system.language() == QLocale.Language.C or territory == QLocale.Country.AnyTerritory:
            return QLocale("en_GB")
        return QLocale(QLocale.Language.English, territory)
    return QLocale(language)


def install_translations(app: QApplication, language: str) -> None:
    """Load Qt's own and mysteryshop's translations for `language` ('' = the system's)."""
    locale = ui_locale(language)
    QLocale.setDefault(locale)
    folder = paths.resources_dir() / "translations"
    # The English plural forms ("1 encounter", "2 encounters") live in mysteryshop_en.qm.
    # Installed first, it answers only what the chosen language's file (installed later, so
    # asked first) does not have.
    english = QTranslator(app)
    if english.load(str(folder / "mysteryshop_en.qm")):
        app.installTranslator(english)
    for name, where in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("mysteryshop", str(folder)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where):
            app.installTranslator(translator)


def run(args: argparse.Namespace) -> int:
    """Open the app window on the database chosen by the command line; returns exit status."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("mysteryshop")
    app.setOrganizationName("mysteryshop")
    app.setApplicationDisplayName("mysteryshop")
    app.setDesktopFileName(paths.APP_ID)  # Wayland matches the window with its desktop entry
    app.setWindowIcon(QIcon(str(paths.app_icon_file())))

    from mysteryshop.ui.workspace import Settings

    settings = Settings()
    install_translations(app, settings.language)

    from mysteryshop.ui import startup

    # Any exception in a slot or a worker thread: logged, shown, and the app goes on.
    reporter = startup.ErrorReporter(startup.log_path(), app)
    reporter.install()
    # Before any window: a read-only or missing data folder, or a second instance, is told.
    lock = startup.claim_data_folder(paths.data_dir(getattr(args, "data_dir", None)))
    if lock is None:
        reporter.uninstall()
        return 1

    from mysteryshop.ui import theme
    from mysteryshop.ui.main_window import MainWindow, import_views

    # The window first, then the database: SQLAlchemy, the migrations and the views take about
    # a second to import and build; meanwhile the user already sees the app's window.
    app.setStyleSheet(theme.STYLE_SHEET)
    window = MainWindow(settings=settings)
    window.show()
    window.wait_until_painted()
    smoke_test = getattr(args, "smoke_test", False)
    if smoke_test:  # the clock at each step, for the standalone build's start-up times
        print(f"window painted {time.time():.3f}", flush=True)

    url = paths.database_url(getattr(args, "database_url", None), getattr(args, "data_dir", None))
    # A damaged, foreign or locked file is never changed; the user may restore a backup. While
    # the file is checked, the modules that do not touch it are imported (SQLAlchemy, the views).
    # The whole file is read first only after an unclean exit or once a week (full_check_due);
    # otherwise in the background once the log shows.
    full = startup.full_check_due(url)
    only_the_log = lambda: import_views(all_views=False)  # noqa: E731 - the others: attach
    if not startup.check_database_file(url, meanwhile=only_the_log, full=full):
        lock.release()
        reporter.uninstall()
        return 1

    startup.mark_running(url)  # until the clean exit below: else the next start checks
    db = startup.open_checked(url)
    if db is None:
        startup.mark_clean_exit(url)
        lock.release()
        reporter.uninstall()
        return 1

    from mysteryshop.ui.workspace import Workspace

    workspace = Workspace(db, settings)
    if smoke_test:
        # The standalone build's smoke test (.ci/build-standalone): the window with the log
        # over the open database, then every other view built, then a clean exit. (Connected
        # first: over an empty database every view is built within attach.)
        window.views_ready.connect(lambda: QTimer.singleShot(0, app.quit))
    window.attach(workspace, log_first=True)  # the log first, the other views in steps
    if smoke_test:
        print(f"log shown {time.time():.3f}", flush=True)
    startup.start_daily_backup(
        db,
        on_failed=lambda reason: window.statusBar().showMessage(
            app.tr("Today's backup failed: {reason}").format(reason=reason)
        ),
    )
    QTimer.singleShot(0, lambda: startup.remind_retention(window, workspace))
    from mysteryshop.ui import trash_view

    # What has been in the trash its 30 days goes for good (the trash's promise).
    QTimer.singleShot(0, lambda: trash_view.purge_expired(window, workspace))
    checking = None if full else startup.check_in_background(url)
    try:
        status = app.exec()
    finally:
        if checking is not None:
            checking.set()  # a background check still reading the file ends now
        QThreadPool.globalInstance().waitForDone()  # today's backup, if it is still copying
        db.close()
        startup.mark_clean_exit(url)
        lock.release()
        reporter.uninstall()
    if status == 0 and window.restart_wanted:  # Settings' "Restart now": the same command
        command = relaunch_command()
        os.execv(command[0], command)
    return status


def relaunch_command() -> list[str]:
    """The command that started this process: the standalone build's program with its
    arguments, or the Python interpreter with its own options (`-m mysteryshop`) and ours."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, *sys.orig_argv[1:]]
