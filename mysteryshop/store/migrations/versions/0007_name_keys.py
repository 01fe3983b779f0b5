"""names compared as people read them: name and region keys on locations

Revision ID: 0007
Revises: 0006
Created: 2026-12-02

Locations were looked up by lower(name) = the typed name lowered in Python. SQLite's lower()
and PostgreSQL's under the C locale know ASCII only, so "Äänekoski store" typed exactly was not
found, and an NFD "Café" or a name with a zero-width space escaped an erase of its look-alike.
Locations now keep `name_key` and `region_key` (names.name_key: NFKC, case folded, invisible
characters dropped), indexed; lookups compare the keys. The indexes on name and region served
only the old lookups and go.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mysteryshop.names import optional_key

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The key is the app's rule (names.py), imported: were it ever to change, the revision that
# changes it fills the columns again. The column's length is written out, as it was made.
KEY_LENGTH = 400
CHUNK = 2000

locations = sa.table(
    "locations",
    sa.column("id", sa.String()),
    sa.column("name", sa.String()),
    sa.column("region", sa.String()),
    sa.column("name_key", sa.String()),
    sa.column("region_key", sa.String()),
)


def upgrade() -> None:
    # Added in place: copying locations (SQLite's batch mode) drops the table its encounters
    # refer to.
    with op.batch_alter_table("locations", schema=None, recreate="never") as batch_op:
        batch_op.drop_index("ix_locations_name")
        batch_op.drop_index("ix_locations_region")
        batch_op.add_column(sa.Column("name_key", sa.String(length=KEY_LENGTH), nullable=True))
        batch_op.add_column(sa.Column("region_key", sa.String(length=KEY_LENGTH), nullable=True))

    connection = op.get_bind()
    rows = connection.execute(sa.select(locations.c.id, locations.c.name, locations.c.region))
    keys = [
        {"row_id": row_id, "name_key_": optional_key(name), "region_key_": optional_key(region)}
        for row_id, name, region in rows
    ]
    for start in range(0, len(keys), CHUNK):
        connection.execute(
            locations.update()
            .where(locations.c.id == sa.bindparam("row_id"))
            .values(name_key=sa.bindparam("name_key_"), region_key=sa.bindparam("region_key_")),
            keys[start : start + CHUNK],
        )

    with op.batch_alter_table("locations", schema=None, recreate="never") as batch_op:
        batch_op.create_index("ix_locations_name_key", ["name_key"], unique=False)
        batch_op.create_index("ix_locations_region_key", ["region_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("locations", schema=None, recreate="never") as batch_op:
        batch_op.drop_index("ix_locations_region_key")
        batch_op.drop_index("ix_locations_name_key")
        # SQLite 3.35+ drops a column itself (no copy of the table).
        batch_op.drop_column("region_key")
        batch_op.drop_column("name_key")
        batch_op.create_index("ix_locations_name", ["name"], unique=False)
        batch_op.create_index("ix_locations_region", ["region"], unique=False)
