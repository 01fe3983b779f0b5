"""reviewer and review time on encounters; history as data

Revision ID: 0005
Revises: 0004
Created: 2026-12-02

Encounters get `reviewed_by` and `reviewed_at`: who approved or returned one last, and when.
Approved and returned encounters stored before this revision get the reviewer "(unknown)" and
the time of their last approval or return in the history (else their `updated_at`).

History rows held a summary in the language of whoever wrote it ("hyväksytty; tunniste
best-practice lisätty"). They now hold what changed as JSON `details` (workflow.change_details),
worded at display time. The summaries the app wrote (English, Finnish and Swedish review
wording, the store's English import sentences) are turned into details; any other text is kept
whole as {"note": text}. The kind of a "review" row becomes approved, returned or reviewed; an
"edited" row whose earlier state was returned becomes reopened (the editor always reopened a
returned encounter it edited). Downgrading words the details in English again.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Written out rather than imported: a migration must not change when the app does.
UNKNOWN_REVIEWER = "(unknown)"
APPROVED = {"approved", "hyväksytty", "godkänt"}  # the .ts translations of "approved"
RETURNED = ("returned: ", "palautettu: ", "returnerat: ")  # of "returned: %1"
TAG_ADDED = (("tag ", " added"), ("tunniste ", " lisätty"), ("taggen ", " tillagd"))
TAG_REMOVED = (("tag ", " removed"), ("tunniste ", " poistettu"), ("taggen ", " borttagen"))
NOTE_CHANGED = {
    "reviewer note changed",
    "tarkastajan huomiota muutettu",
    "granskarens anteckning ändrad",
}
IMPORTED = "replaced by a newer version from import"
IMPORT_OLDER = "an older version from import, kept for reference"

history = sa.table(
    "encounter_history",
    sa.column("id", sa.Integer()),
    sa.column("encounter_id", sa.String()),
    sa.column("changed_at", sa.DateTime()),
    sa.column("change", sa.String()),
    sa.column("summary", sa.Text()),
    sa.column("details", sa.JSON()),
    sa.column("snapshot", sa.JSON()),
)
encounters = sa.table(
    "encounters",
    sa.column("id", sa.String()),
    sa.column("status", sa.String()),
    sa.column("updated_at", sa.DateTime()),
    sa.column("reviewed_by", sa.String()),
    sa.column("reviewed_at", sa.DateTime()),
)


def _tag(part: str, patterns: tuple[tuple[str, str], ...]) -> str | None:
    for prefix, suffix in patterns:
        if part.startswith(prefix) and part.endswith(suffix) and len(part) > len(prefix + suffix):
            return part[len(prefix) : -len(suffix)]
    return None


def parse_summary(change: str, summary: str, before: str | None) -> tuple[str, dict[str, Any]]:
    """The kind and details of a history row written before 0005. `before`: the status in
    its snapshot."""
    details: dict[str, Any] = {}
    kind = change
    text = summary.strip()
    if (change, text) in (("imported", IMPORTED), ("import-older", IMPORT_OLDER)):
        return kind, details
    if change == "review":
        kind = "reviewed"
    elif change == "edited" and before == "returned":
        kind = "reopened"
        details["status"] = ["returned", "draft"]
    leftovers: list[str] = []
    reason: list[str] | None = None  # parts of a return reason, which may hold "; " itself
    for index, part in enumerate(text.split("; ") if text else []):
        added, removed = _tag(part, TAG_ADDED), _tag(part, TAG_REMOVED)
        if index == 0 and change == "review" and part in APPROVED:
            kind = "approved"
        elif index == 0 and change == "review" and part.startswith(RETURNED):
            kind = "returned"
            reason = [part.split(": ", 1)[1]]
        elif added is not None:
            details.setdefault("tags_added", []).append(added)
            reason = None
        elif removed is not None:
            details.setdefault("tags_removed", []).append(removed)
            reason = None
        elif part in NOTE_CHANGED:
            details["note_changed"] = True
            reason = None
        elif reason is not None:
            reason.append(part)
        else:
            leftovers.append(part)
        if kind == "returned" and reason is not None:
            details["reason"] = "; ".join(reason)
    if kind in ("approved", "returned") and before and before != kind:
        details["status"] = [before, kind]
    if leftovers:
        details["note"] = "; ".join(leftovers)
    return kind, details


def upgrade() -> None:
    # Added in place: copying encounters (SQLite's batch mode) would cascade into its children.
    with op.batch_alter_table("encounters", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("reviewed_by", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("reviewed_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("encounter_history", schema=None) as batch_op:
        batch_op.add_column(sa.Column("details", sa.JSON(), nullable=True))

    connection = op.get_bind()
    rows = connection.execute(
        sa.select(
            history.c.id,
            history.c.encounter_id,
            history.c.changed_at,
            history.c.change,
            history.c.summary,
            history.c.snapshot,
        ).order_by(history.c.changed_at, history.c.id)
    )
    updates: list[dict[str, Any]] = []
    last_review: dict[tuple[str, str], Any] = {}  # (encounter, approved|returned) → time
    for row_id, encounter_id, changed_at, change, summary, snapshot in rows:
        before = snapshot.get("status") if isinstance(snapshot, dict) else None
        kind, details = parse_summary(change, summary or "", before)
        updates.append({"row_id": row_id, "kind": kind[:20], "details": details})
        if kind in ("approved", "returned"):
            last_review[(encounter_id, kind)] = changed_at
    if updates:
        connection.execute(
            history.update()
            .where(history.c.id == sa.bindparam("row_id"))
            .values(change=sa.bindparam("kind"), details=sa.bindparam("details")),
            updates,
        )
    connection.execute(
        encounters.update()
        .where(encounters.c.status.in_(("approved", "returned")))
        .values(reviewed_by=UNKNOWN_REVIEWER, reviewed_at=encounters.c.updated_at)
    )
    if last_review:
        connection.execute(
            encounters.update()
            .where(
                encounters.c.id == sa.bindparam("encounter"),
                encounters.c.status == sa.bindparam("kind"),
            )
            .values(reviewed_at=sa.bindparam("moment")),
            [
                {"encounter": encounter_id, "kind": kind, "moment": moment}
                for (encounter_id, kind), moment in last_review.items()
            ],
        )

    with op.batch_alter_table("encounter_history", schema=None) as batch_op:
        batch_op.alter_column("details", existing_type=sa.JSON(), nullable=False)
        batch_op.drop_column("summary")


def english_summary(kind: str, details: dict[str, Any]) -> str:
    """A history row's details worded as the app wrote them before 0005."""
    if kind == "imported":
        return IMPORTED
    if kind == "import-older":
        return IMPORT_OLDER
    parts: list[str] = []
    if kind == "approved":
        parts.append("approved")
    if kind == "returned":
        parts.append(f"returned: {details.get('reason', '')}")
    parts += [f"tag {tag} added" for tag in details.get("tags_added") or ()]
    parts += [f"tag {tag} removed" for tag in details.get("tags_removed") or ()]
    if details.get("note_changed"):
        parts.append("reviewer note changed")
    if details.get("note"):
        parts.append(str(details["note"]))
    return "; ".join(parts)


OLD_KINDS = {
    "approved": "review",
    "returned": "review",
    "reviewed": "review",
    "reopened": "edited",
    "submitted": "edited",
}


def downgrade() -> None:
    with op.batch_alter_table("encounter_history", schema=None) as batch_op:
        batch_op.add_column(sa.Column("summary", sa.Text(), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(sa.select(history.c.id, history.c.change, history.c.details))
    updates = [
        {
            "row_id": row_id,
            "kind": OLD_KINDS.get(change, change),
            "summary": english_summary(change, details or {}),
        }
        for row_id, change, details in rows
    ]
    if updates:
        connection.execute(
            history.update()
            .where(history.c.id == sa.bindparam("row_id"))
            .values(change=sa.bindparam("kind"), summary=sa.bindparam("summary")),
            updates,
        )
    with op.batch_alter_table("encounter_history", schema=None) as batch_op:
        batch_op.alter_column("summary", existing_type=sa.Text(), nullable=False)
        batch_op.drop_column("details")
    # Never by copying the table (SQLite's batch mode): dropping the old encounters table would
    # cascade into its answers, scores, tags and history. SQLite 3.35+ drops a column itself.
    with op.batch_alter_table("encounters", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("reviewed_at")
        batch_op.drop_column("reviewed_by")
