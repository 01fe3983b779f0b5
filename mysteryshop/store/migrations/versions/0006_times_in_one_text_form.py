"""every stored time in one text form on SQLite

Revision ID: 0006
Revises: 0005
Created: 2026-12-02

SQLite keeps times as text. Rows written by the bulk insert (imports, demo data) went to the
sqlite3 module as datetimes, which it writes as 'YYYY-MM-DD HH:MM:SS' (microseconds only when
not 0); every other write gets SQLAlchemy's 'YYYY-MM-DD HH:MM:SS.ffffff'. Compared as text, a
time at a whole second fell on the wrong side of a boundary at that second: a visit at
midnight counted in the day before. The bulk insert now writes SQLAlchemy's form too; this
gives the rows written before it the same form. PostgreSQL stores timestamps: nothing to do.
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Written out rather than read from the models: a migration must not change when they do.
TIMES = (
    ("form_versions", "imported_at"),
    ("locations", "created_at"),
    ("encounters", "visited_at"),
    ("encounters", "reviewed_at"),
    ("encounters", "created_at"),
    ("encounters", "updated_at"),
    ("encounter_history", "changed_at"),
    ("attachments", "added_at"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, column in TIMES:
        # 'YYYY-MM-DD HH:MM:SS' is 19 characters; with microseconds it is 26.
        op.execute(
            f'UPDATE "{table}" SET "{column}" = "{column}" || \'.000000\' '
            f'WHERE length("{column}") = 19'
        )


def downgrade() -> None:
    pass  # both forms read back as the same times
