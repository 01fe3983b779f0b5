"""question totals: the answers summed per question and UTC day, kept by triggers (SQLite)

Revision ID: 0009
Revises: 0008
Created: 2026-12-03

`question_totals` holds, per UTC day, form version, question and stats.driver_key, what the
summary's question table and the drivers of Net Uplift sum over the reported encounters.
On SQLite, triggers on encounters mark the days an insert, update or delete touches in
`question_totals_stale`; store/question_totals.py takes those days from the answers and
refreshes them. Every existing day starts stale: the first report sums them. PostgreSQL gets
the tables (one schema) but no triggers: its figures come from the answers.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# vocabulary.REPORTED_STATUSES when this revision was written (a test holds them equal).
REPORTED = "('submitted', 'approved')"

# Only an encounter that counts, or counted before the change, can change the totals.
TRIGGERS = {
    "question_totals_insert": (
        f"AFTER INSERT ON encounters WHEN NEW.status IN {REPORTED} BEGIN "
        "INSERT OR IGNORE INTO question_totals_stale (day) VALUES (substr(NEW.visited_at, 1, 10)); "
        "END"
    ),
    "question_totals_update": (
        f"AFTER UPDATE ON encounters WHEN OLD.status IN {REPORTED} OR NEW.status IN {REPORTED} "
        "BEGIN "
        "INSERT OR IGNORE INTO question_totals_stale (day) VALUES (substr(OLD.visited_at, 1, 10)); "
        "INSERT OR IGNORE INTO question_totals_stale (day) VALUES (substr(NEW.visited_at, 1, 10)); "
        "END"
    ),
    "question_totals_delete": (
        f"AFTER DELETE ON encounters WHEN OLD.status IN {REPORTED} BEGIN "
        "INSERT OR IGNORE INTO question_totals_stale (day) VALUES (substr(OLD.visited_at, 1, 10)); "
        "END"
    ),
}


def upgrade() -> None:
    op.create_table(
        "question_totals",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("form_version_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=64), nullable=False),
        sa.Column("driver_key", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.Column("na", sa.Integer(), nullable=False),
        sa.Column("missed", sa.Integer(), nullable=False),
        sa.Column("earned", sa.Float(), nullable=False),
        sa.Column("possible", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint(
            "day", "form_version_id", "question_id", "driver_key", name=op.f("pk_question_totals")
        ),
    )
    op.create_table(
        "question_totals_stale",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_question_totals_stale")),
    )
    if op.get_bind().dialect.name != "sqlite":
        return
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(
        "INSERT INTO question_totals_stale (day) SELECT DISTINCT substr(visited_at, 1, 10) "
        f"FROM encounters WHERE status IN {REPORTED}"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER {name}")
    op.drop_table("question_totals_stale")
    op.drop_table("question_totals")
