"""TEST/LIVE profiles: which addresses each one admits and which one is active when.

``test`` = production + test addresses; ``live`` = production only. The active profile follows
the campaign's live-processing windows (``[campaign] live_windows``, aware datetimes, given in
Europe/Prague), unless an officer set a manual override."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Literal

PROFILES = ("test", "live")
Profile = Literal["test", "live"]
OVERRIDES = ("test", "live", "auto")
ROLES: dict[str, frozenset[str]] = {
    "test": frozenset({"production", "test"}),
    "live": frozenset({"production"}),
}
"""Entry roles admitted by each profile."""

Window = tuple[datetime, datetime]
_TICK = timedelta(microseconds=1)


def in_live_window(now: datetime, windows: Sequence[Window]) -> bool:
    """True when ``now`` lies in a window (both ends inclusive)."""
    return any(start <= now <= end for start, end in windows)


def scheduled_profile(now: datetime, windows: Sequence[Window]) -> Profile:
    return "live" if in_live_window(now, windows) else "test"


def active_profile(
    now: datetime, windows: Sequence[Window], override: str | None = None
) -> Profile:
    """The profile in force at ``now``: a manual override (``test``/``live``) wins; ``auto`` or
    none follows the schedule."""
    if override == "test":
        return "test"
    if override == "live":
        return "live"
    return scheduled_profile(now, windows)


def next_boundary(now: datetime, windows: Sequence[Window]) -> datetime | None:
    """The first instant after ``now`` at which the scheduled profile may change."""
    candidates = [start for start, _ in windows if start > now]
    candidates += [end + _TICK for _, end in windows if end + _TICK > now]
    return min(candidates) if candidates else None


def check_profile(value: str | None, *, allow_auto: bool = False) -> str | None:
    allowed = OVERRIDES if allow_auto else PROFILES
    if value is not None and value not in allowed:
        raise ValueError(f"unknown profile {value!r}; use one of {', '.join(allowed)}")
    return value
