"""other dimensions' scores in the dashboard's covering index

Revision ID: 0004
Revises: 0003
Created: 2026-11-23

The dashboard's figures read the other dimensions' scores (a form's own words, such as the
shipped forms' "respect", on nearly every encounter) from the table's rows, beside an index
that held everything else: 40% of the figures query at 100,000 encounters. The covering index
now holds them too. PostgreSQL's json has no B-tree operator class, so there the column
becomes jsonb.
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Written out rather than imported: a migration must not change when the models do.
COLUMNS_0003 = (
    "status", "visited_at", "utc_offset_minutes", "location_id", "form_version_id", "score",
    "feeling", "critical_fail", "greeting_score", "smile_score", "presence_score",
    "helpfulness_score", "feeling_score", "farewell_score",
)  # fmt: skip


def _is_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:

    with op.batch_alter_table("encounters", schema=None) as batch_op:
        batch_op.drop_index("ix_encounters_dashboard")
        if _is_postgresql():
            batch_op.alter_column(
                "other_dimension_scores",
                type_=postgresql.JSONB(none_as_null=True),
                existing_type=sa.JSON(),
                postgresql_using="other_dimension_scores::jsonb",
            )
        batch_op.create_index(
            "ix_encounters_dashboard", [*COLUMNS_0003, "other_dimension_scores"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("encounters", schema=None) as batch_op:
        batch_op.drop_index("ix_encounters_dashboard")
        if _is_postgresql():
            batch_op.alter_column(
                "other_dimension_scores",
                type_=sa.JSON(),
                existing_type=postgresql.JSONB(none_as_null=True),
                postgresql_using="other_dimension_scores::json",
            )
        batch_op.create_index("ix_encounters_dashboard", list(COLUMNS_0003), unique=False)
