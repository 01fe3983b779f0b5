"""team, audit and sync: who made each change, the team's members, a laptop's sync state

Revision ID: 0010
Revises: 0009
Created: 2026-12-03

- `encounter_history.changed_by`: who made the change (a team member's alias, or the local
  observer alias). On PostgreSQL a trigger fills it from the session's login role when that
  role is a team member (`team_users`), so a member cannot write history in another's name;
  an update by a member keeps who made the change, or clears it (an erasure of the alias).
- `team_users`: the login roles of a team's server and the alias and role each stands for
  (store/team.py fills it; unused on SQLite).
- `sync_base`, `sync_conflicts`, `sync_state`: a laptop's record of what it last exchanged
  with its team server (store/sync.py; unused on the server).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

WHO_FUNCTION = """
CREATE OR REPLACE FUNCTION mysteryshop_history_who() RETURNS trigger AS $$
DECLARE
    member text;
BEGIN
    SELECT alias INTO member FROM team_users WHERE login = session_user;
    IF member IS NULL THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.changed_by := member;
    ELSIF NEW.changed_by IS NOT NULL AND NEW.changed_by IS DISTINCT FROM OLD.changed_by THEN
        -- A member may clear who made a change (an erasure of that alias), never rename it.
        NEW.changed_by := OLD.changed_by;
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
"""
WHO_TRIGGER = (
    "CREATE TRIGGER encounter_history_who BEFORE INSERT OR UPDATE ON encounter_history "
    "FOR EACH ROW EXECUTE FUNCTION mysteryshop_history_who()"
)


def upgrade() -> None:
    with op.batch_alter_table("encounter_history") as batch:
        batch.add_column(sa.Column("changed_by", sa.String(length=100), nullable=True))
    op.create_table(
        "team_users",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("alias", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_team_users")),
        sa.UniqueConstraint("alias", name=op.f("uq_team_users_alias")),
    )
    op.create_table(
        "sync_base",
        sa.Column("encounter_id", sa.String(length=36), nullable=False),
        sa.Column("local_revision", sa.Integer(), nullable=False),
        sa.Column("server_revision", sa.Integer(), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("encounter_id", name=op.f("pk_sync_base")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("encounter_id", sa.String(length=36), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("server_revision", sa.Integer(), nullable=False),
        sa.Column("local", sa.JSON(), nullable=False),
        sa.Column("server", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("encounter_id", name=op.f("pk_sync_conflicts")),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(WHO_FUNCTION)
        op.execute(WHO_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER encounter_history_who ON encounter_history")
        op.execute("DROP FUNCTION mysteryshop_history_who()")
    op.drop_table("sync_state")
    op.drop_table("sync_conflicts")
    op.drop_table("sync_base")
    op.drop_table("team_users")
    with op.batch_alter_table("encounter_history") as batch:
        batch.drop_column("changed_by")
