"""initial schema

Revision ID: 0001
Revises:
Created: 2026-11-23 (times are naive UTC: see models.UTCDateTime)
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "form_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_form_versions")),
        sa.UniqueConstraint("form_id", "version", name=op.f("uq_form_versions_form_id_version")),
    )
    op.create_table(
        "locations",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("region", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_locations")),
    )
    with op.batch_alter_table("locations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_locations_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_locations_region"), ["region"], unique=False)

    op.create_table(
        "observers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_observers")),
        sa.UniqueConstraint("alias", name=op.f("uq_observers_alias")),
    )
    op.create_table(
        "encounters",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("form_version_id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.String(length=36), nullable=False),
        sa.Column("observer_id", sa.Integer(), nullable=True),
        sa.Column("visited_at", sa.DateTime(), nullable=False),
        sa.Column("utc_offset_minutes", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("staff", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("reviewer_note", sa.Text(), nullable=False),
        sa.Column("return_reason", sa.Text(), nullable=False),
        sa.Column("timer", sa.JSON(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("earned", sa.Float(), nullable=False),
        sa.Column("possible", sa.Float(), nullable=False),
        sa.Column("critical_fail", sa.Boolean(), nullable=False),
        sa.Column("feeling", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["form_version_id"],
            ["form_versions.id"],
            name=op.f("fk_encounters_form_version_id_form_versions"),
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["locations.id"], name=op.f("fk_encounters_location_id_locations")
        ),
        sa.ForeignKeyConstraint(
            ["observer_id"], ["observers.id"], name=op.f("fk_encounters_observer_id_observers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_encounters")),
    )
    with op.batch_alter_table("encounters", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_encounters_form_version_id_visited_at"),
            ["form_version_id", "visited_at"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_encounters_location_id_visited_at"),
            ["location_id", "visited_at"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_encounters_score"), ["score"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_encounters_status_visited_at"), ["status", "visited_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_encounters_visited_at"), ["visited_at"], unique=False)

    op.create_table(
        "answers",
        sa.Column("encounter_id", sa.String(length=36), nullable=False),
        sa.Column("question_id", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("na", sa.Boolean(), nullable=False),
        sa.Column("earned", sa.Float(), nullable=True),
        sa.Column("possible", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["encounter_id"],
            ["encounters.id"],
            name=op.f("fk_answers_encounter_id_encounters"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("encounter_id", "question_id", name=op.f("pk_answers")),
    )
    with op.batch_alter_table("answers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_answers_question_id"), ["question_id"], unique=False)

    op.create_table(
        "encounter_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("encounter_id", sa.String(length=36), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("change", sa.String(length=20), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["encounter_id"],
            ["encounters.id"],
            name=op.f("fk_encounter_history_encounter_id_encounters"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_encounter_history")),
    )
    with op.batch_alter_table("encounter_history", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_encounter_history_encounter_id_changed_at"),
            ["encounter_id", "changed_at"],
            unique=False,
        )

    op.create_table(
        "encounter_scores",
        sa.Column("encounter_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("earned", sa.Float(), nullable=False),
        sa.Column("possible", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["encounter_id"],
            ["encounters.id"],
            name=op.f("fk_encounter_scores_encounter_id_encounters"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("encounter_id", "kind", "key", name=op.f("pk_encounter_scores")),
    )
    with op.batch_alter_table("encounter_scores", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_encounter_scores_kind_key"), ["kind", "key"], unique=False
        )

    op.create_table(
        "encounter_tags",
        sa.Column("encounter_id", sa.String(length=36), nullable=False),
        sa.Column("tag", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["encounter_id"],
            ["encounters.id"],
            name=op.f("fk_encounter_tags_encounter_id_encounters"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("encounter_id", "tag", name=op.f("pk_encounter_tags")),
    )
    with op.batch_alter_table("encounter_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_encounter_tags_tag"), ["tag"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("encounter_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_encounter_tags_tag"))

    op.drop_table("encounter_tags")
    with op.batch_alter_table("encounter_scores", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_encounter_scores_kind_key"))

    op.drop_table("encounter_scores")
    with op.batch_alter_table("encounter_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_encounter_history_encounter_id_changed_at"))

    op.drop_table("encounter_history")
    with op.batch_alter_table("answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answers_question_id"))

    op.drop_table("answers")
    with op.batch_alter_table("encounters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_encounters_visited_at"))
        batch_op.drop_index(batch_op.f("ix_encounters_status_visited_at"))
        batch_op.drop_index(batch_op.f("ix_encounters_score"))
        batch_op.drop_index(batch_op.f("ix_encounters_location_id_visited_at"))
        batch_op.drop_index(batch_op.f("ix_encounters_form_version_id_visited_at"))

    op.drop_table("encounters")
    op.drop_table("observers")
    with op.batch_alter_table("locations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_locations_region"))
        batch_op.drop_index(batch_op.f("ix_locations_name"))

    op.drop_table("locations")
    op.drop_table("form_versions")
