"""Save what keyboard focus looks like: a focused button, list, table and input, and the
log's colours, for looking at the theme's focus ring and contrast (docs/screenshots).

    python scripts/focus_screenshots.py [--out docs/screenshots] [--lang fi]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "en" else "-" + args.lang
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="mysteryshop-focus-"))
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")

    from PySide6.QtCore import QEventLoop, QLocale, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from mysteryshop import demo, paths
    from mysteryshop.forms import load_form
    from mysteryshop.store import queries
    from mysteryshop.store.opening import open_database
    from mysteryshop.ui import theme
    from mysteryshop.ui.app import install_translations
    from mysteryshop.ui.main_window import MainWindow
    from mysteryshop.ui.workspace import Settings, Workspace

    app = QApplication(sys.argv[:1])
    install_translations(app, args.lang)
    QLocale.setDefault(QLocale(args.lang))
    app.setStyleSheet(theme.STYLE_SHEET)
    db = open_database(f"sqlite:///{home / paths.DATABASE_FILE}")
    forms = [load_form(path) for path in paths.shipped_form_files()]
    data = demo.generate(forms, encounters=200, seed=1)
    queries.bulk_add_encounters(db, data.encounters, data.locations, forms)
    settings = Settings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Workspace(db, settings))
    window.resize(1366, 768)
    window.show()

    def shoot(name: str, wait_ms: int = 500) -> None:
        loop = QEventLoop()
        QTimer.singleShot(wait_ms, loop.quit)
        loop.exec()
        path = out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        print(path)

    window.show_page("encounters")
    window.log.table.setFocus(Qt.FocusReason.TabFocusReason)
    window.log.table.selectRow(2)
    shoot("focus-table")
    window.log.search.setFocus(Qt.FocusReason.TabFocusReason)
    shoot("focus-input")
    window.log.clear_button.setFocus(Qt.FocusReason.TabFocusReason)
    shoot("focus-button")
    window.navigation.setFocus(Qt.FocusReason.TabFocusReason)
    shoot("focus-navigation")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
