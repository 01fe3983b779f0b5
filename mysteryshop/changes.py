"""What a write changed, so that each view refreshes only when a change touches what it shows
(in the manner of anki's OpChanges): the kinds of things changed and, where known, which
encounters. The UI announces one after each write (ui/ops.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["encounters", "forms", "locations", "attachments", "actions"]
KINDS: tuple[Kind, ...] = ("encounters", "forms", "locations", "attachments", "actions")


@dataclass(frozen=True)
class Changes:
    """The kinds of things a write changed. `encounter_ids` names the encounters changed
    (their attachments too) when they are known; None when any may have changed (an
    import, a purge)."""

    kinds: frozenset[Kind] = frozenset()
    encounter_ids: frozenset[str] | None = None

    @classmethod
    def of(cls, *kinds: Kind) -> Changes:
        """Things of these kinds changed (any encounters, if encounters are among them)."""
        return cls(frozenset(kinds))

    @classmethod
    def of_encounters(cls, *ids: str, kind: Kind = "encounters") -> Changes:
        """These encounters changed (or, with `kind="attachments"`, their attachments)."""
        return cls(frozenset({kind}), frozenset(ids))

    @classmethod
    def everything(cls) -> Changes:
        """Anything may have changed: a restore, a purge, an erasure, an import."""
        return cls(frozenset(KINDS))

    def __or__(self, other: Changes) -> Changes:
        """What either changed."""
        ids: frozenset[str] | None
        if not self.touches("encounters", "attachments"):
            ids = other.encounter_ids
        elif not other.touches("encounters", "attachments"):
            ids = self.encounter_ids
        elif self.encounter_ids is None or other.encounter_ids is None:
            ids = None
        else:
            ids = self.encounter_ids | other.encounter_ids
        return Changes(self.kinds | other.kinds, ids)

    def touches(self, *kinds: Kind) -> bool:
        """Whether things of any of these kinds changed."""
        return not self.kinds.isdisjoint(kinds)

    def touches_encounter(self, encounter_id: str, *kinds: Kind) -> bool:
        """Whether this encounter changed (or, with `kinds`, its things of these kinds)."""
        if not self.touches(*(kinds or ("encounters",))):
            return False
        return self.encounter_ids is None or encounter_id in self.encounter_ids
