"""Start the desktop app: QApplication, translations, the database, the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from mysteryshop import paths


def install_translations(app: QApplication, language: str) -> None:
    """Load Qt's own and mysteryshop's translations for `language` ('' = the system's)."""
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    folder = paths.resources_dir() / "translations"
    for name, where in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("mysteryshop", str(folder)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where):
            app.installTranslator(translator)


def run(args: argparse.Namespace) -> int:
    """Open the app window on the database chosen by the command line; returns exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("mysteryshop")
    app.setOrganizationName("mysteryshop")
    app.setApplicationDisplayName("mysteryshop")

    from mysteryshop.ui.workspace import Settings

    settings = Settings()
    install_translations(app, settings.language)

    from mysteryshop.store.db import StoreError, open_database

    url = paths.database_url(getattr(args, "database_url", None), getattr(args, "data_dir", None))
    try:
        db = open_database(url)
    except StoreError as error:
        QMessageBox.critical(None, app.tr("mysteryshop"), str(error))
        return 1

    from mysteryshop.ui import theme
    from mysteryshop.ui.main_window import MainWindow
    from mysteryshop.ui.workspace import Workspace

    app.setStyleSheet(theme.STYLE_SHEET)
    window = MainWindow(Workspace(db, settings))
    window.show()
    try:
        return app.exec()
    finally:
        db.close()
