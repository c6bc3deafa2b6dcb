"""Tables of the allow-list feed: published list versions, consumer tokens, profile overrides.

Rows here are written by ``intake.feed`` only; a version is written in the same transaction as
the change of the approved set that caused it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Text
from sqlmodel import Field, SQLModel

from storage.tables import UTCDateTime


class AllowListVersion(SQLModel, table=True):
    """One published state of the allow-list: every approved address with its role, and the
    profile active when it was made. ``version`` only ever grows."""

    __tablename__ = "allowlist_version"

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(unique=True)
    sha256: str = Field(max_length=64)
    """SHA-256 of the canonical JSON of ``entries`` and ``profile``."""
    profile: str = Field(max_length=8)
    """The active profile (``test`` or ``live``) when this version was made."""
    entries: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    """``[{"address", "role", "organisation", "registry_number"}, …]`` sorted."""
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    actor: str = Field(default="system", max_length=128)
    withheld: list[dict[str, Any]] | None = Field(
        default_factory=list, sa_column=Column(JSON, nullable=True)
    )
    """Addresses of approved filings this version leaves out, and why:
    ``[{"address", "role", "registry_number", "reason"}, …]`` (``intake.gate``)."""


class FeedToken(SQLModel, table=True):
    """An API token of one feed consumer; only the SHA-256 of the token is stored."""

    __tablename__ = "feed_token"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=128)
    token_sha256: str = Field(unique=True, max_length=64)
    allowed_sources: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    """CIDRs the token may be used from; empty means anywhere."""
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    revoked_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    last_fetch_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    """When the token last fetched the list or its signature (written by the feed server
    from memory at most every few seconds, not on every poll)."""
    held_version: int | None = None
    """The version of the list the token was last served (a 200, or a 304 for its ETag)."""
    held_profile: str | None = Field(default=None, max_length=8)


class FeedProfileOverride(SQLModel, table=True):
    """A manual profile setting (``test``, ``live`` or ``auto`` = follow the schedule); the
    newest row is in force."""

    __tablename__ = "feed_profile_override"

    id: int | None = Field(default=None, primary_key=True)
    profile: str = Field(max_length=8)
    actor: str = Field(max_length=128)
    reason: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    set_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
