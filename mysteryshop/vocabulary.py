"""The words of the domain, each written once: statuses, channels, timer events, built-in
dimensions and tags. Qt-free; the UI, reports, exchange, store and command line all read
them from here."""

from __future__ import annotations

from typing import Final, Literal, get_args

Status = Literal["draft", "submitted", "returned", "approved"]
Channel = Literal["in_person", "phone", "chat", "email", "video"]
TimerEvent = Literal["arrived", "greeted", "served", "left"]

STATUSES: Final[tuple[Status, ...]] = get_args(Status)
# What reports, the dashboard and exports count unless a filter names statuses.
REPORTED_STATUSES: Final[tuple[Status, ...]] = ("submitted", "approved")
CHANNELS: Final[tuple[Channel, ...]] = get_args(Channel)
TIMER_EVENTS: Final[tuple[TimerEvent, ...]] = get_args(TimerEvent)
# The dimensions reports know by name, in the order they are shown.
BUILTIN_DIMENSIONS: Final = ("greeting", "smile", "presence", "helpfulness", "feeling", "farewell")
BUILTIN_TAGS: Final = ("best-practice", "needs-coaching")
