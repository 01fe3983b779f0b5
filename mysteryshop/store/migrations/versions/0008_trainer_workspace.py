"""the trainer's workspace: calibration sessions, the trash, reviewers' phrases, action items

Revision ID: 0008
Revises: 0007
Created: 2026-12-03

Encounters get `calibration` (the observer-calibration session an encounter was recorded for;
such encounters count only in calibration figures) and `deleted_at` (in the trash since). Both
join the dashboard's covering index, since every figure's WHERE reads them. New tables:
`deletions` (who discarded or deleted which encounter, when and why, without its content: the
audit outlives the purge), `comment_phrases` (the reviewers' comment library) and
`action_items` (the coaching loop).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

COLUMNS_0007 = (
    "status", "visited_at", "utc_offset_minutes", "location_id", "form_version_id", "score",
    "feeling", "critical_fail", "greeting_score", "smile_score", "presence_score",
    "helpfulness_score", "feeling_score", "farewell_score", "other_dimension_scores",
)  # fmt: skip


def upgrade() -> None:
    # Added in place: copying encounters (SQLite's batch mode) would cascade into its children.
    with op.batch_alter_table("encounters", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("calibration", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("deleted_at", sa.DateTime(), nullable=True))
        batch_op.drop_index("ix_encounters_dashboard")
        batch_op.create_index(
            "ix_encounters_dashboard", [*COLUMNS_0007, "calibration", "deleted_at"], unique=False
        )
        # Partial: a full index would look selective for the `IS NULL` of every figure's
        # WHERE, and SQLite without statistics would pick it over visited_at.
        for column in ("calibration", "deleted_at"):
            batch_op.create_index(
                f"ix_encounters_{column}",
                [column],
                unique=False,
                sqlite_where=sa.text(f"{column} IS NOT NULL"),
                postgresql_where=sa.text(f"{column} IS NOT NULL"),
            )

    op.create_table(
        "deletions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("encounter_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_by", sa.String(length=100), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("restored_at", sa.DateTime(), nullable=True),
        sa.Column("purged_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deletions")),
    )
    op.create_index("ix_deletions_encounter_id", "deletions", ["encounter_id"], unique=False)

    op.create_table(
        "comment_phrases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form_id", sa.String(length=64), nullable=True),
        sa.Column("question_id", sa.String(length=64), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comment_phrases")),
    )
    op.create_index(
        "ix_comment_phrases_form_id_question_id",
        "comment_phrases",
        ["form_id", "question_id"],
        unique=False,
    )

    op.create_table(
        "action_items",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("location_id", sa.String(length=36), nullable=False),
        sa.Column("form_id", sa.String(length=64), nullable=True),
        sa.Column("question_id", sa.String(length=64), nullable=True),
        sa.Column("dimension", sa.String(length=64), nullable=True),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("owner_role", sa.String(length=100), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("source_encounter_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["locations.id"],
            name=op.f("fk_action_items_location_id_locations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_encounter_id"],
            ["encounters.id"],
            name=op.f("fk_action_items_source_encounter_id_encounters"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_items")),
    )
    op.create_index(
        "ix_action_items_location_id_state", "action_items", ["location_id", "state"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_action_items_location_id_state", table_name="action_items")
    op.drop_table("action_items")
    op.drop_index("ix_comment_phrases_form_id_question_id", table_name="comment_phrases")
    op.drop_table("comment_phrases")
    op.drop_index("ix_deletions_encounter_id", table_name="deletions")
    op.drop_table("deletions")
    # Never by copying the table (SQLite's batch mode): dropping the old encounters table would
    # cascade into its answers, scores, tags and history. SQLite 3.35+ drops a column itself.
    with op.batch_alter_table("encounters", schema=None, recreate="never") as batch_op:
        batch_op.drop_index("ix_encounters_deleted_at")
        batch_op.drop_index("ix_encounters_calibration")
        batch_op.drop_index("ix_encounters_dashboard")
        batch_op.create_index("ix_encounters_dashboard", list(COLUMNS_0007), unique=False)
        batch_op.drop_column("deleted_at")
        batch_op.drop_column("calibration")
