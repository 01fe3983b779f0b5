"""The encounter lifecycle: which status changes are allowed, what each one needs, and what a
change leaves in the history. Qt-free and SQL-free: the store enforces it on every write, the
screens ask it what to offer.

- A new encounter starts as a draft (create), or is submitted in one go (submit).
- submit: draft or returned → submitted. Needs the required questions answered (every status
  but draft does).
- approve: submitted or returned → approved. Needs a reviewer, an alias or a role; the store
  records who and when (`reviewed_by`, `reviewed_at`).
- return: submitted or approved → returned. Needs a non-blank reason; the store records who
  returned it and when, in the same two fields.
- reopen: returned → draft, when the observer edits a returned encounter; its reason and
  reviewer stay with it until the next review.
- edit: a save that keeps the status, allowed from every status. Editing a submitted or
  approved encounter keeps its status (an approval keeps its reviewer and time) and the
  previous state goes into the history, so a reviewer sees what changed after the approval.
- Imports carry the source's status: no transition is checked, but the state must be coherent
  (`state_problems`).

Every other change (a draft approved, an approved encounter back to draft, ...) is refused with
a one-line reason.

Removing an encounter puts it in the trash for TRASH_DAYS days (restorable, then purged):
- discard: a draft, the observer's own unsubmitted work; no reason needed.
- delete: a submitted, approved or returned encounter, which a reviewer has seen or will see;
  the reason is required and kept for the audit (the `deletions` table, without content).
- restore: back from the trash, in the status it had.
A trashed encounter cannot be saved or reviewed until it is restored.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final, Literal, Protocol

from mysteryshop.forms import Form, missing_required
from mysteryshop.vocabulary import STATUSES, Status

Action = Literal["create", "edit", "submit", "approve", "return", "reopen"]

TRANSITIONS: Final[Mapping[tuple[Status | None, Status], Action]] = {
    (None, "draft"): "create",
    (None, "submitted"): "submit",  # recorded and submitted before the first autosave
    ("draft", "submitted"): "submit",
    ("returned", "submitted"): "submit",
    ("returned", "draft"): "reopen",
    ("submitted", "approved"): "approve",
    ("returned", "approved"): "approve",
    ("submitted", "returned"): "return",
    ("approved", "returned"): "return",
}
"""(stored status, new status) → the action that moves it; None is a new encounter. Keeping
the status is an edit, allowed from every status."""

REVIEW_ACTIONS: Final[tuple[Action, ...]] = ("approve", "return")
"""Actions that need a reviewer; the store records who and when."""

OBSERVER_EDITABLE: Final[tuple[Status, ...]] = ("draft", "returned")
"""The observer's own work in progress: opened in the editor and listed under Drafts. Other
statuses open in the review."""

TrashAction = Literal["discard", "delete"]

TRASHABLE: Final[Mapping[TrashAction, tuple[Status, ...]]] = {
    "discard": ("draft",),
    "delete": ("submitted", "approved", "returned"),
}
"""Which statuses each way into the trash takes. A returned encounter was submitted and
reviewed: removing it is a deletion, with a reason, even though the observer edits it."""

TRASH_DAYS: Final = 30
"""How long the trash keeps an encounter before it is purged."""

IN_TRASH: Final = "in the trash: restore it first"
"""Why a trashed encounter cannot be saved or reviewed."""

REVIEWER_ROLE: Final = "(reviewer)"
"""The reviewer recorded when the person reviewing has set no alias."""
UNKNOWN_REVIEWER: Final = "(unknown)"
"""The reviewer of an encounter approved before reviewers were recorded (databases before
schema 0005, bundles without `reviewed_by`)."""


class Record(Protocol):
    """What the checks read of an encounter (store.records.EncounterData has it)."""

    @property
    def status(self) -> str: ...
    @property
    def answers(self) -> dict[str, Any]: ...
    @property
    def na(self) -> list[str]: ...
    @property
    def return_reason(self) -> str: ...
    @property
    def reviewed_by(self) -> str | None: ...
    @property
    def reviewed_at(self) -> datetime | None: ...


# --- what may happen --------------------------------------------------------------------------


def action_for(old: str | None, new: str) -> Action | None:
    """The action that takes an encounter from `old` (None: not stored yet) to `new`; None
    when that change is not allowed."""
    if old is not None and old == new and new in STATUSES:
        return "edit"
    for (start, end), action in TRANSITIONS.items():
        if start == old and end == new:
            return action
    return None


def target(action: Action, status: str | None) -> Status | None:
    """The status `action` leads to from `status`; None when it is not allowed there."""
    if action == "edit":
        return next((known for known in STATUSES if known == status), None)
    for (old, new), allowed in TRANSITIONS.items():
        if old == status and allowed == action:
            return new
    return None


def destination(action: Action) -> Status:
    """The status every change by `action` (not edit) leads to, wherever it starts."""
    return next(end for (_start, end), allowed in TRANSITIONS.items() if allowed == action)


def can(action: Action, status: str | None) -> bool:
    """Whether `action` is allowed on an encounter in `status`."""
    return target(action, status) is not None


def allowed_actions(status: str | None) -> tuple[Action, ...]:
    """Every action allowed from `status`, edit first."""
    found: list[Action] = ["edit"] if status in STATUSES else []
    found += [action for (start, _end), action in TRANSITIONS.items() if start == status]
    return tuple(dict.fromkeys(found))


def after_edit(status: str) -> str:
    """The status an observer's edit leaves: a returned encounter is reopened as a draft,
    every other keeps its status."""
    return target("reopen", status) or status


def after_submit(status: str | None) -> str:
    """The status submitting leaves: submitted from new, draft or returned; a submitted or
    approved encounter keeps its status (its changes are saved, not submitted again)."""
    return target("submit", status) or status or "submitted"


# --- checks -----------------------------------------------------------------------------------


def transition_problems(old: str | None, new: str, *, by: str | None = None) -> list[str]:
    """Why an encounter stored as `old` (None: new) cannot be saved as `new` by `by` (the
    reviewer, for approve and return): one line per reason; empty when it may."""
    if new not in STATUSES:
        return [f"status: unknown status {new!r} (expected one of: {', '.join(STATUSES)})"]
    action = action_for(old, new)
    if action is None:
        what = "a new encounter" if old is None else f"{_article(old)} {old} encounter"
        reachable: list[str] = [end for (start, end) in TRANSITIONS if start == old]
        if old is not None:
            reachable.insert(0, old)
        return [f"status: {what} cannot become {new} (it can become: {', '.join(reachable)})"]
    if action in REVIEW_ACTIONS and not (by or "").strip():
        return [f"reviewed_by: to {action} an encounter, say who reviews it (an alias or a role)"]
    return []


def state_problems(record: Record, form: Form) -> list[str]:
    """Why an encounter cannot be stored in its status, however it got there (saved or
    imported): `field: reason` per problem."""
    status = record.status
    if status not in STATUSES:
        return [f"status: unknown status {status!r} (expected one of: {', '.join(STATUSES)})"]
    problems: list[str] = []
    if status != "draft":
        for question in missing_required(form, record.answers, record.na):
            problems.append(f"answers.{question.id}: required, but not answered")
    if status == "returned" and not record.return_reason.strip():
        problems.append("return_reason: a returned encounter needs a reason")
    if status == "approved":
        if not (record.reviewed_by or "").strip():
            problems.append("reviewed_by: an approved encounter needs its reviewer")
        if record.reviewed_at is None:
            problems.append("reviewed_at: an approved encounter needs the time it was approved")
    if record.reviewed_at is not None and record.reviewed_at.tzinfo is None:
        problems.append("reviewed_at: a time zone is required")
    return problems


def check_transition(
    old: str | None, record: Record, form: Form, *, by: str | None = None
) -> list[str]:
    """Why `record` cannot be saved over an encounter stored as `old` (None: new): the
    change itself first, then the state it would leave."""
    return transition_problems(old, record.status, by=by) or state_problems(record, form)


def trash_action(status: str) -> TrashAction:
    """How an encounter in `status` goes to the trash: discarded (a draft) or deleted."""
    return "discard" if status in TRASHABLE["discard"] else "delete"


def trash_problems(
    action: TrashAction, status: str, *, reason: str = "", in_trash: bool = False
) -> list[str]:
    """Why an encounter in `status` cannot be discarded or deleted (`action`): one line per
    reason; empty when it may."""
    if in_trash:
        return ["status: already in the trash"]
    if status not in TRASHABLE[action]:
        if action == "discard":
            how = "discarded; only a draft can (delete it, with a reason)"
        else:
            how = "deleted with a reason; discard it instead"
        return [f"status: {_article(status)} {status} encounter cannot be {how}"]
    if action == "delete" and not reason.strip():
        return ["reason: to delete an encounter, say why (it is kept for the audit)"]
    return []


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


# --- history ----------------------------------------------------------------------------------

HistoryKind = Literal[
    "edited", "reviewed", "submitted", "approved", "returned", "reopened", "imported",
    "import-older", "discarded", "deleted", "restored",
]  # fmt: skip
HISTORY_KINDS: Final[tuple[str, ...]] = (
    "edited", "reviewed", "submitted", "approved", "returned", "reopened", "imported",
    "import-older", "discarded", "deleted", "restored",
)  # fmt: skip
TRASH_HISTORY: Final[Mapping[TrashAction | Literal["restore"], HistoryKind]] = {
    "discard": "discarded",
    "delete": "deleted",
    "restore": "restored",
}
"""The history kind each trash step leaves; its details are `by` and (delete) `reason`."""

_REVIEW_FIELDS = ("tags", "reviewer_note")
# What `changed` names, each with the keys of a bundle's encounter it covers.
CHANGED_FIELDS: Final[Mapping[str, tuple[str, ...]]] = {
    "answers": ("answers", "na"),
    "notes": ("notes",),
    "staff": ("staff",),
    "visited_at": ("visited_at",),
    "location": ("location",),
    "channel": ("channel",),
    "observer": ("observer",),
    "timer": ("timer",),
    "form": ("form", "form_version"),
}


def keeps_history(old: str | None, new: str) -> bool:
    """Whether saving over `old` keeps the previous state: any change of a stored encounter
    that is not a draft, and every change of status. A draft being typed leaves none."""
    return old is not None and (old != "draft" or new != old)


def history_kind(
    action: Action, before: Mapping[str, Any], after: Mapping[str, Any]
) -> HistoryKind:
    """The kind of a history entry for a save: the action, or for an edit whether it touched
    only the review (tags, reviewer note) or the encounter itself. `before` and `after` are
    encounters as bundles carry them (records.encounter_to_dict)."""
    if action == "submit":
        return "submitted"
    if action == "approve":
        return "approved"
    if action == "return":
        return "returned"
    if action == "reopen":
        return "reopened"
    touched = any(before.get(key) != after.get(key) for key in _REVIEW_FIELDS)
    if touched and not _changed(before, after):
        return "reviewed"
    return "edited"


def change_details(
    before: Mapping[str, Any], after: Mapping[str, Any], *, by: str | None = None
) -> dict[str, Any]:
    """What changed between two states of an encounter (as bundles carry them), as JSON data
    for the history: `by` (who), `status` [old, new], `reason` (of a return), `tags_added`,
    `tags_removed`, `note_changed` (the reviewer's note), `changed` (other fields, see
    CHANGED_FIELDS). Only what changed is there."""
    details: dict[str, Any] = {}
    if by:
        details["by"] = by
    if before.get("status") != after.get("status"):
        details["status"] = [before.get("status"), after.get("status")]
    reason = after.get("return_reason") or ""
    if (
        after.get("status") == "returned"
        and reason
        and ("status" in details or reason != before.get("return_reason"))
    ):
        details["reason"] = reason
    old_tags, new_tags = set(before.get("tags") or ()), set(after.get("tags") or ())
    if new_tags - old_tags:
        details["tags_added"] = sorted(new_tags - old_tags)
    if old_tags - new_tags:
        details["tags_removed"] = sorted(old_tags - new_tags)
    if (before.get("reviewer_note") or "") != (after.get("reviewer_note") or ""):
        details["note_changed"] = True
    changed = _changed(before, after)
    if changed:
        details["changed"] = changed
    return details


def _changed(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    return [
        name
        for name, keys in CHANGED_FIELDS.items()
        if any(before.get(key) != after.get(key) for key in keys)
    ]


Message = tuple[str, tuple[str, ...]]
HISTORY_MESSAGES: Final[tuple[str, ...]] = (
    "status", "reason", "tag_added", "tag_removed", "note_changed", "changed", "note", "by",
)  # fmt: skip
"""The message ids `history_messages` gives. Parameters: status (old, new status), reason
(text), tag_added/tag_removed (tag), note_changed (), changed (names of CHANGED_FIELDS),
note (text kept verbatim from an old summary), by (alias, REVIEWER_ROLE or UNKNOWN_REVIEWER)."""

_KIND_STATUS = {"submitted": "submitted", "approved": "approved", "returned": "returned",
                "reopened": "draft"}  # fmt: skip


def history_messages(kind: str, details: Mapping[str, Any], by: str | None = None) -> list[Message]:
    """What a history entry says, as (message id, parameters) in reading order; each front
    end words them in its language. A status change the kind already names is left out.
    `by`: who the store recorded as making the change (HistoryEntry.changed_by; on a team
    server the database's own word), else the `by` of the details."""
    out: list[Message] = []
    status = details.get("status")
    if isinstance(status, list) and len(status) == 2 and _KIND_STATUS.get(kind) != status[1]:
        out.append(("status", (str(status[0]), str(status[1]))))
    if details.get("reason"):
        out.append(("reason", (str(details["reason"]),)))
    out += [("tag_added", (str(tag),)) for tag in details.get("tags_added") or ()]
    out += [("tag_removed", (str(tag),)) for tag in details.get("tags_removed") or ()]
    if details.get("note_changed"):
        out.append(("note_changed", ()))
    if details.get("changed"):
        out.append(("changed", tuple(str(name) for name in details["changed"])))
    if details.get("note"):
        out.append(("note", (str(details["note"]),)))
    who = by or details.get("by")
    if who:
        out.append(("by", (str(who),)))
    return out
