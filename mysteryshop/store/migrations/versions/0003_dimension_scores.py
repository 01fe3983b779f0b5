"""built-in dimension scores on encounters

Revision ID: 0003
Revises: 0002
Created: 2026-11-23

The dashboard's dimension averages read about ten encounter_scores rows per encounter (one
second at 100,000 encounters); with each built-in dimension's score beside the encounter they
come from the same pass as the other headline figures. encounter_scores stays the source for
sections; the other dimensions' scores (a form's own words) go into one JSON column. One
covering index holds every column the dashboard reads.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Written out rather than imported: a migration must not change when the models do.
DIMENSIONS = ("greeting", "smile", "presence", "helpfulness", "feeling", "farewell")
DASHBOARD_COLUMNS = (
    "status", "visited_at", "utc_offset_minutes", "location_id", "form_version_id", "score",
    "feeling", "critical_fail", *(f"{name}_score" for name in DIMENSIONS),
)  # fmt: skip


def upgrade() -> None:

    with op.batch_alter_table("encounters", schema=None) as batch_op:
        for dimension in DIMENSIONS:
            batch_op.add_column(sa.Column(f"{dimension}_score", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("other_dimension_scores", sa.JSON(), nullable=True))

    # The same expression stats.figures averaged before, so figures do not move.
    op.execute(
        "UPDATE encounters SET "
        + ", ".join(
            f"{dimension}_score = (SELECT s.earned * 100.0 / s.possible FROM encounter_scores s"
            f" WHERE s.encounter_id = encounters.id AND s.kind = 'dimension'"
            f" AND s.key = '{dimension}' AND s.possible > 0)"
            for dimension in DIMENSIONS
        )
    )
    builtin = ", ".join(f"'{dimension}'" for dimension in DIMENSIONS)
    aggregate = (  # NULL for an encounter without other dimensions
        "json_object_agg(s.key, s.earned * 100.0 / s.possible)"
        if op.get_bind().dialect.name == "postgresql"
        else "NULLIF(json_group_object(s.key, s.earned * 100.0 / s.possible), '{}')"
    )
    op.execute(
        f"UPDATE encounters SET other_dimension_scores = (SELECT {aggregate}"
        " FROM encounter_scores s WHERE s.encounter_id = encounters.id"
        f" AND s.kind = 'dimension' AND s.key NOT IN ({builtin}) AND s.possible > 0)"
    )
    with op.batch_alter_table("encounters", schema=None) as batch_op:
        batch_op.create_index("ix_encounters_dashboard", list(DASHBOARD_COLUMNS), unique=False)


def downgrade() -> None:

    with op.batch_alter_table("encounters", schema=None) as batch_op:
        batch_op.drop_index("ix_encounters_dashboard")
        batch_op.drop_column("other_dimension_scores")
        for dimension in reversed(DIMENSIONS):
            batch_op.drop_column(f"{dimension}_score")
