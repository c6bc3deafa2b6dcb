"""What the allow-list page shows, read in one session: the active profile, the current version
per profile with the filing behind every address, the version history with reasons and the
left-out addresses, and every feed token with its last fetch and the version it holds.

``token_state`` and ``profile_addresses`` are pure; ``read_overview`` does the reading."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlmodel import Session, col, select

from intake.feed.profiles import PROFILES, ROLES, next_boundary
from intake.feed.service import FeedService
from intake.feed.versions import current_override
from storage.feed import AllowListVersion, FeedToken
from storage.tables import Submission

HISTORY_LIMIT = 50


class TokenState(StrEnum):
    """How up to date a feed token's consumer is."""

    CURRENT = "current"
    """It was last served the newest version."""
    STALE = "stale"
    """It holds an older version (it has not fetched since the newest one was published)."""
    NEVER = "never"
    """It has not fetched the list yet."""
    REVOKED = "revoked"


@dataclass(frozen=True)
class Address:
    """One address of a version (published or left out) and the filing it comes from."""

    address: str
    role: str
    registry_number: str
    submission_id: int | None
    organisation: str = ""
    reason: str = ""
    """Why it is left out (``intake.gate`` reason codes); empty when published."""
    profiles: tuple[str, ...] = ()
    """The profiles whose rendering contains it."""


@dataclass(frozen=True)
class VersionInfo:
    version: int
    created_at: datetime
    profile: str
    reason: str
    actor: str
    counts: Mapping[str, int]
    """Number of distinct addresses per profile."""
    withheld: tuple[Address, ...]


@dataclass(frozen=True)
class TokenInfoRow:
    name: str
    allowed_sources: tuple[str, ...]
    created_at: datetime
    revoked_at: datetime | None
    last_fetch_at: datetime | None
    held_version: int | None
    held_profile: str | None
    state: TokenState


@dataclass(frozen=True)
class Overview:
    active_profile: str
    override: str
    """The manual setting in force: ``test``, ``live`` or ``auto`` (follow the schedule)."""
    configured: str | None
    """``[feed] profile_override`` of the configuration, used when ``override`` is auto."""
    next_switch: datetime | None
    """The next instant the schedule may switch the profile."""
    current: VersionInfo | None
    addresses: tuple[Address, ...]
    versions: tuple[VersionInfo, ...]
    tokens: tuple[TokenInfoRow, ...]


def token_state(
    revoked: bool, held_version: int | None, fetched: bool, latest: int | None
) -> TokenState:
    if revoked:
        return TokenState.REVOKED
    if not fetched or held_version is None:
        return TokenState.NEVER
    if latest is not None and held_version < latest:
        return TokenState.STALE
    return TokenState.CURRENT


def profile_addresses(entries: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """Distinct addresses each profile's rendering of ``entries`` lists."""
    out: dict[str, set[str]] = {p: set() for p in PROFILES}
    for e in entries:
        for p in PROFILES:
            if e.get("role") in ROLES[p]:
                out[p].add(str(e.get("address")))
    return {p: len(v) for p, v in out.items()}


def _address(e: Mapping[str, Any], ids: Mapping[str, int]) -> Address:
    number = str(e.get("registry_number") or "")
    role = str(e.get("role") or "")
    return Address(
        address=str(e.get("address") or ""),
        role=role,
        registry_number=number,
        submission_id=ids.get(number),
        organisation=str(e.get("organisation") or ""),
        reason=str(e.get("reason") or ""),
        profiles=tuple(p for p in PROFILES if role in ROLES[p]),
    )


def _version(row: AllowListVersion, ids: Mapping[str, int]) -> VersionInfo:
    return VersionInfo(
        version=row.version,
        created_at=row.created_at,
        profile=row.profile,
        reason=row.reason,
        actor=row.actor,
        counts=profile_addresses(row.entries),
        withheld=tuple(_address(w, ids) for w in row.withheld or []),
    )


def _submission_ids(s: Session, rows: Sequence[AllowListVersion]) -> dict[str, int]:
    numbers = {
        str(e.get("registry_number"))
        for r in rows
        for e in [*r.entries, *(r.withheld or [])]
        if e.get("registry_number")
    }
    if not numbers:
        return {}
    found = s.exec(
        select(Submission.registry_number, Submission.id).where(
            col(Submission.registry_number).in_(numbers)
        )
    ).all()
    return {number: sub_id for number, sub_id in found if sub_id is not None}


def _tokens(s: Session, latest: int | None) -> tuple[TokenInfoRow, ...]:
    rows = s.exec(select(FeedToken).order_by(col(FeedToken.name))).all()
    return tuple(
        TokenInfoRow(
            name=t.name,
            allowed_sources=tuple(t.allowed_sources),
            created_at=t.created_at,
            revoked_at=t.revoked_at,
            last_fetch_at=t.last_fetch_at,
            held_version=t.held_version,
            held_profile=t.held_profile,
            state=token_state(
                t.revoked_at is not None, t.held_version, t.last_fetch_at is not None, latest
            ),
        )
        for t in rows
    )


def read_overview(s: Session, feed: FeedService, limit: int = HISTORY_LIMIT) -> Overview:
    """Everything the allow-list page shows; ``limit`` newest versions in the history."""
    now = feed.clock()
    rows = list(
        s.exec(
            select(AllowListVersion).order_by(col(AllowListVersion.version).desc()).limit(limit)
        ).all()
    )
    ids = _submission_ids(s, rows)
    versions = tuple(_version(r, ids) for r in rows)
    current = rows[0] if rows else None
    return Overview(
        active_profile=feed.active_profile(s, now),
        override=current_override(s) or "auto",
        configured=feed.config_override,
        next_switch=next_boundary(now, feed.windows),
        current=versions[0] if versions else None,
        addresses=tuple(_address(e, ids) for e in current.entries) if current else (),
        versions=versions,
        tokens=_tokens(s, current.version if current else None),
    )
