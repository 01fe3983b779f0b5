"""No process-wide side effects from library code: importing the store leaves SQLAlchemy's own
compilation alone, and the editor's wheel filter belongs to its input, not to a module."""

from __future__ import annotations

from sqlalchemy import column, select
from sqlalchemy.dialects import postgresql, sqlite

from mysteryshop.store import filtering, queries  # noqa: F401 - imported for what it might do
from mysteryshop.store.models import Encounter
from mysteryshop.store.records import EncounterFilter


def test_importing_the_store_leaves_sqlalchemys_ilike_alone() -> None:
    # The store once rewrote every SQLite ILIKE in the process into LIKE, at import time.
    query = select(column("x")).where(column("x").ilike("%a%"))
    assert "lower(x) LIKE lower(?)" in str(query.compile(dialect=sqlite.dialect()))


def test_the_text_filter_is_plain_like_on_sqlite_and_ilike_on_postgresql() -> None:
    query = filtering.filtered(select(Encounter.id), EncounterFilter(text="50%_off"))
    on_sqlite = str(query.compile(dialect=sqlite.dialect()))
    assert on_sqlite.count("LIKE ? ESCAPE '\\'") == 4
    assert "lower(" not in on_sqlite and "= 1" not in on_sqlite
    on_postgresql = str(query.compile(dialect=postgresql.psycopg.dialect()))
    assert on_postgresql.count("ILIKE") == 4
    compiled = query.compile(dialect=sqlite.dialect())
    assert set(compiled.params.values()) == {"%50\\%\\_off%"}


def test_the_wheel_changes_a_number_only_when_it_has_the_focus(qtbot) -> None:
    from PySide6.QtCore import QObject, QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication, QSpinBox

    from mysteryshop.ui import editor_widgets

    spin = QSpinBox()
    spin.setRange(0, 100)
    spin.setValue(50)
    editor_widgets.quiet_wheel(spin)
    qtbot.addWidget(spin)
    spin.show()

    def wheel() -> None:
        event = QWheelEvent(
            QPointF(5, 5), QPointF(spin.mapToGlobal(QPoint(5, 5))), QPoint(), QPoint(0, 120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
            False,
        )  # fmt: skip
        QApplication.sendEvent(spin, event)

    spin.clearFocus()
    wheel()
    assert spin.value() == 50
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    wheel()
    assert spin.value() == 51
    filters = [child for child in spin.children() if type(child).__name__ == "_QuietWheel"]
    assert len(filters) == 1  # the input's own child, gone with it
    assert not any(isinstance(value, QObject) for value in vars(editor_widgets).values())
