"""What the window offers a team member: on a team server, the places and buttons their role
may use (team_rules.may), and "Signed in as Anna (trainer)". The database refuses the rest
anyway (row-level security, store/team.py); this is so that nobody is shown a button that
will fail. On SQLite, or for the server's owner, everything is offered."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from mysteryshop.store.db import Database
    from mysteryshop.ui.main_window import MainWindow

# Which named actions of team_rules open each navigation place (any one of them does);
# the places not listed (the log, Settings) are everyone's.
PLACE_ACTIONS: dict[str, tuple[str, ...]] = {
    "queue": ("review",),
    "dashboard": ("read_all",),
    "forms": ("read_forms",),
    "locations": ("read_locations",),
    "moments": ("read_all",),
    "reports": ("reports",),
    "calibration": ("calibration",),
    "actions": ("action_items",),
}


def member_of(db: Database) -> Any:
    """The team member the database takes us for (store/team.current_member); None on
    SQLite, on a server without a team, and for its owner."""
    if db.is_sqlite:
        return None
    from mysteryshop.store import team

    return team.current_member(db)


def allows(member: Any, *actions: str) -> bool:
    """Whether `member` may do any of `actions`; without a member, everything."""
    if member is None:
        return True
    from mysteryshop import team_rules

    return any(team_rules.may(member.role, action) for action in actions)


def allowed_places(member: Any, places: list[str]) -> list[str]:
    """The navigation places `member` may use, in their order."""
    return [
        key for key in places if key not in PLACE_ACTIONS or allows(member, *PLACE_ACTIONS[key])
    ]


def apply(window: MainWindow, member: Any) -> QLabel | None:
    """Hide the places and disable the actions the member's role may not use, and say who
    is signed in at the menu bar's end (the label returned)."""

    from mysteryshop.ui.main_window import NAVIGATION, USER_ROLE
    from mysteryshop.ui.team_settings import signed_in_text

    if member is None:
        return None
    keys = [key for key, _label in NAVIGATION]
    shown = set(allowed_places(member, keys))
    for row in range(window.navigation.count()):
        item = window.navigation.item(row)
        item.setHidden(item.data(USER_ROLE) not in shown)
    for number, action in enumerate(window.view_menu.actions()[: len(keys)]):
        action.setVisible(keys[number] in shown)
    may_record = allows(member, "edit_own_draft")
    window.new_action.setEnabled(may_record)
    window.log.new_button.setVisible(may_record)
    window.review.read_only = not allows(member, "review")
    for review in (window.review, window.queue.review):  # "Approved by tim", as the history
        review.member_alias = member.alias
        review.offers = lambda action: allows(member, action)  # a manager's PDF, action item
    window.forms.import_button.setVisible(allows(member, "manage_forms"))
    places = window.locations
    for widget in (places.new_name, places.new_region, places.add_button):
        widget.setVisible(allows(member, "add_location"))
    for button in (places.rename_button, places.region_button, places.merge_button):
        button.setVisible(allows(member, "manage_locations"))
    places.erase_button.setVisible(allows(member, "erase"))
    settings = window.settings_view
    settings.purge_button.setVisible(allows(member, "purge"))
    settings.erase_observer_button.setVisible(allows(member, "erase"))
    settings.comment_library.setEnabled(allows(member, "comment_library"))
    label = QLabel(signed_in_text(member))
    label.setObjectName("signed_in")
    label.setContentsMargins(8, 0, 8, 0)
    window.menuBar().setCornerWidget(label)  # (a server's window has no Sync button there)
    label.show()  # (a corner widget added once the window is shown stays hidden else)
    if window.current_page() in keys and window.current_page() not in shown:
        window.show_page("encounters")  # the last page shown may be one this role cannot use
    return label
