"""What each member of a team may do: the one table the app's screens ask (`may`) and the team
server's grants and row-level security policies enforce (store/team.py); a test drives both
from it (tests/test_team_roles.py), so the two cannot drift apart. Qt-free and SQL-free.

The roles (issue 18):
- observer: create and edit their own drafts, submit them, see their own returned visits with
  the reviewer's note, read forms and locations, add locations. Never reads another observer's
  visits, never changes a submitted or approved visit.
- trainer: reads every visit; reviews (tags, reviewer's note, return, approve), calibration
  sessions, action items, the comment library. Never changes an answer.
- manager: reads every visit and the reports; action items. Never changes an answer or a
  review.
- admin: everything, and alone forms, locations, users, purge and erase.

A database owner (or superuser) who is no member of the team may do everything, as on a laptop
(store/team.current_member gives None then).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal

Role = Literal["observer", "trainer", "manager", "admin"]

ROLES: Final[tuple[Role, ...]] = ("observer", "trainer", "manager", "admin")
"""The team roles, the least powerful first."""

_EVERYONE: Final = frozenset(ROLES)
_READERS: Final = frozenset({"trainer", "manager", "admin"})

RULES: Final[Mapping[str, frozenset[str]]] = {
    # The observer's own work.
    "read_own": _EVERYONE,  # their own visits, returned ones with the reviewer's note
    "edit_own_draft": frozenset({"observer", "admin"}),  # create, edit, discard, restore
    "submit": frozenset({"observer", "admin"}),
    # Shared reference data.
    "read_forms": _EVERYONE,
    "read_locations": _EVERYONE,
    "add_location": frozenset({"observer", "admin"}),
    # Everyone's visits.
    "read_all": _READERS,
    "reports": _READERS,  # reports only read: whoever reads every visit may print them
    "review": frozenset({"trainer", "admin"}),  # tags and the reviewer's note
    "approve": frozenset({"trainer", "admin"}),
    "return": frozenset({"trainer", "admin"}),
    # A session's figures and report read every observer's visits in it: whoever reads every
    # visit may. Observers record for a session, knowing only its id.
    "calibration": _READERS,
    "calibration_ids": _EVERYONE,
    "action_items": frozenset({"trainer", "manager", "admin"}),
    "comment_library": frozenset({"trainer", "admin"}),
    # The administrator's.
    "manage_forms": frozenset({"admin"}),
    "manage_locations": frozenset({"admin"}),  # rename, merge, delete
    "manage_users": frozenset({"admin"}),
    "act_for_others": frozenset({"admin"}),  # record or move a visit in another's name
    "edit_submitted": frozenset({"admin"}),  # a submitted or approved visit's answers, notes
    "delete": frozenset({"admin"}),  # a submitted, returned or approved visit to the trash
    "purge": frozenset({"admin"}),
    "erase": frozenset({"admin"}),
}
"""Action → the roles that may do it."""

ACTIONS: Final[tuple[str, ...]] = tuple(RULES)


def may(role: str | None, action: str) -> bool:
    """Whether a member with `role` may do `action`. None is no team member (a laptop, or the
    server's owner): everything. An unknown action is a programming error (KeyError)."""
    allowed = RULES[action]
    return role is None or role in allowed


def allowed(role: str | None) -> tuple[str, ...]:
    """The actions `role` may do, in the table's order."""
    return tuple(action for action in ACTIONS if may(role, action))
