"""Screenshot of the banner shown while the team server is gone (docs/screenshots/
connection-lost[-LANG].png): a throwaway PostgreSQL cluster (tests/pg_cluster.py), an observer
typing notes, the server stopped.

    python scripts/screenshot_connection.py [--lang fi] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="mysteryshop-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    sys.path.insert(0, str(REPO / "tests"))
    from pg_cluster import Cluster
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from mysteryshop import demo, paths
    from mysteryshop.forms import load_form
    from mysteryshop.store import queries
    from mysteryshop.store.opening import open_database
    from mysteryshop.ui import theme
    from mysteryshop.ui.app import install_translations
    from mysteryshop.ui.main_window import MainWindow
    from mysteryshop.ui.workspace import Settings, Workspace

    cluster = Cluster.start()
    if cluster is None:
        print("PostgreSQL is not installed here", file=sys.stderr)
        return 1
    try:
        app = QApplication(sys.argv[:1])
        install_translations(app, args.lang)
        app.setStyleSheet(theme.STYLE_SHEET)
        db = open_database(cluster.database_url("team"))
        forms = [load_form(path) for path in paths.shipped_form_files()]
        data = demo.generate(forms, encounters=60, seed=1)
        queries.bulk_add_encounters(db, data.encounters, data.locations, forms)
        settings = Settings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
        settings.observer_alias = "shopper-anna"
        window = MainWindow(Workspace(db, settings))
        window.resize(1366, 768)
        window.show()

        def wait(ms: int) -> None:
            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()

        window.new_encounter()
        combo = window.editor.header.location.combo
        combo.lineEdit().setText(data.locations[0].name)
        wait(300)
        window.editor.notes.setPlainText("Greeted at the door within seconds; the queue was")
        window.editor.autosave.mark_changed()
        wait(1500)
        cluster.stop()
        window.editor.notes.appendPlainText("short and the cashier smiled.")
        window.editor.autosave.mark_changed()
        wait(2500)
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        path = out / f"connection-lost{'' if args.lang == 'en' else '-' + args.lang}.png"
        window.grab().save(str(path))
        print(path)
        window.close()
        db.close()
    finally:
        cluster.remove()
    return 0


if __name__ == "__main__":
    sys.exit(main())
