"""Officer accounts and web sessions of the review UI.

Passwords are argon2 hashes (hashing happens in ``intake.accounts``); the session table keeps
only the SHA-256 of each session token, so a leaked database does not give live sessions.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Column
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Field, Session, SQLModel, col, select

from storage.roles import ROLES as ROLES  # re-exported; defined apart for the CLI's parser
from storage.tables import UTCDateTime


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


class LoginNameFailure(SQLModel, table=True):
    """Wrong logins under a user name that is no (active) account: counted and locked exactly
    like an account's (``User.failed_logins``/``throttled_until``), so the login answer never
    tells an unknown name from a locked account. Keyed by the SHA-256 of the name; rows are
    purged once their window has passed."""

    __tablename__ = "login_name_failure"

    name_hash: str = Field(max_length=64, primary_key=True)
    failed_logins: int = 0
    throttled_until: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    last_failed_at: datetime | None = Field(
        default=None, sa_column=Column(UTCDateTime(), index=True)
    )


class LoginAddressFailure(SQLModel, table=True):
    """Wrong logins from one client address in the current window (the per-address slow-down,
    shared by every worker process through the database)."""

    __tablename__ = "login_address_failure"

    address: str = Field(max_length=64, primary_key=True)
    window_start: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))
    failures: int = 0


Row = TypeVar("Row", LoginNameFailure, LoginAddressFailure)


def claim_row(s: Session, model: type[Row], key: str, **defaults: Any) -> Row:
    """The row of ``model`` with primary key ``key``, created with ``defaults`` if missing and
    locked until the caller commits (PostgreSQL; SQLite serialises writers): counters of
    concurrent workers add up instead of overwriting each other."""
    pk = "name_hash" if model is LoginNameFailure else "address"
    ins: Any = postgresql.insert if s.get_bind().dialect.name == "postgresql" else sqlite.insert
    s.execute(ins(model).values({pk: key, **defaults}).on_conflict_do_nothing(index_elements=[pk]))
    return s.exec(select(model).where(col(getattr(model, pk)) == key).with_for_update()).one()
