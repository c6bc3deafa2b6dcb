"""Officer accounts and web sessions of the review UI.

Passwords are argon2 hashes (hashing happens in ``intake.accounts``); the session table keeps
only the SHA-256 of each session token, so a leaked database does not give live sessions.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column
from sqlmodel import Field, SQLModel

from storage.tables import UTCDateTime

ROLES = ("officer", "admin", "auditor")
"""``officer`` decides and corrects; ``admin`` can do the same (and scripted decisions);
``auditor`` only reads."""


class User(SQLModel, table=True):
    """An account of the officer UI."""

    __tablename__ = "web_user"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=128, unique=True)
    password_hash: str = Field(max_length=512)
    role: str = Field(max_length=16)
    active: bool = True
    failed_logins: int = 0
    """Consecutive wrong passwords since the last successful login."""
    throttled_until: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    last_failed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    last_login_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class WebSession(SQLModel, table=True):
    """A logged-in browser session; deleted on logout, refused after ``expires_at``."""

    __tablename__ = "web_session"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    user_id: int = Field(foreign_key="web_user.id", index=True)
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    expires_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    last_seen_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    ip: str = Field(default="", max_length=64)
