"""Officer accounts: create, set a password, authenticate (with per-account throttling),
unlock. Used by the web layer (login, user administration) and by the CLI (``podatelna user``);
neither owns them. Passwords are argon2 hashes; every change and every login attempt is
audited. Sessions, CSRF and per-address throttling are the web's (``intake.web.auth``)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import or_
from sqlmodel import Session, col, delete, select

from intake.errors import UsageError
from intake.passwords import MIN_LENGTH, weakness
from storage import audit
from storage.tables import utcnow
from storage.users import ROLES, LoginNameFailure, User, WebSession, claim_row

MAX_FAILED = 10
"""Wrong passwords in a row after which an account is throttled."""
THROTTLE = timedelta(minutes=15)
MIN_PASSWORD = MIN_LENGTH

_hasher = PasswordHasher()
_dummy_hashes: dict[int, str] = {}


def _dummy_hash() -> str:
    """A hash to verify against for unknown users (same cost as a real account's check)."""
    key = id(_hasher)
    if key not in _dummy_hashes:
        _dummy_hashes[key] = _hasher.hash(secrets.token_hex(16))
    return _dummy_hashes[key]


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _verify(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def _refuse_weak(password: str, username: str) -> None:
    why = weakness(password, username)
    if why is not None:
        raise UsageError(why)


def validate_username(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 128 or not all(c.isalnum() or c in "._-@" for c in name):
        raise UsageError("user name: 1–128 letters, digits or . _ - @")
    return name


def create_user(s: Session, username: str, password: str, role: str, *, actor: str) -> User:
    """Create an account; refuses an unknown role, a taken name or a weak password."""
    username = validate_username(username)
    if role not in ROLES:
        raise UsageError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
    _refuse_weak(password, username)
    if s.exec(select(User).where(col(User.username) == username)).first() is not None:
        raise UsageError(f"user {username!r} already exists")
    user = User(
        username=username, password_hash=hash_password(password), role=role, created_at=utcnow()
    )
    s.add(user)
    s.flush()
    audit.append(
        s,
        actor=actor,
        action="user.created",
        subject_type="user",
        subject_id=username,
        data={"role": role},
    )
    return user


def set_password(s: Session, username: str, password: str, *, actor: str) -> User:
    user = get_user(s, username)
    if user is None:
        raise UsageError(f"no user {username!r}")
    _refuse_weak(password, user.username)
    user.password_hash = hash_password(password)
    user.failed_logins = 0
    user.throttled_until = None
    s.add(user)
    s.exec(delete(WebSession).where(col(WebSession.user_id) == user.id))  # type: ignore[call-overload]
    audit.append(
        s, actor=actor, action="user.password_set", subject_type="user", subject_id=username
    )
    return user


def get_user(s: Session, username: str) -> User | None:
    return s.exec(select(User).where(col(User.username) == username.strip())).first()


@dataclass(frozen=True)
class LockoutPolicy:
    """Per-account lockout: ``failures`` wrong passwords in a row (each within ``duration`` of
    the one before) lock the account for ``duration``; an admin can lift it sooner."""

    failures: int = MAX_FAILED
    duration: timedelta = THROTTLE


@dataclass(frozen=True)
class LoginResult:
    user: User | None
    locked_until: datetime | None = None
    """Set when the attempt was refused because the name is locked (or this attempt locked
    it); the same for an existing account and for a name that is no account."""

    @property
    def throttled(self) -> bool:
        return self.locked_until is not None


class _Counter(Protocol):
    """What an account (``User``) and an unknown name (``LoginNameFailure``) both count."""

    failed_logins: int
    throttled_until: datetime | None
    last_failed_at: datetime | None


def _name_hash(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def _unknown_name(s: Session, name: str, now: datetime, policy: LockoutPolicy) -> LoginNameFailure:
    """The counter of a name that is no active account (created on first use; stale rows of
    other names are purged here, so the table stays small)."""
    stale = now - policy.duration
    s.exec(
        delete(LoginNameFailure).where(  # type: ignore[call-overload]
            col(LoginNameFailure.last_failed_at) < stale,
            or_(
                col(LoginNameFailure.throttled_until).is_(None),
                col(LoginNameFailure.throttled_until) < now,
            ),
        )
    )
    return claim_row(s, LoginNameFailure, _name_hash(name), failed_logins=0)


def _reset_if_stale(c: _Counter, now: datetime, policy: LockoutPolicy) -> None:
    """An expired lock, or a last failure older than the window, starts the count afresh."""
    expired = c.throttled_until is not None and c.throttled_until <= now
    old = c.last_failed_at is not None and now - c.last_failed_at > policy.duration
    if expired or (old and c.throttled_until is None):
        c.failed_logins, c.throttled_until = 0, None


def _count_failure(c: _Counter, now: datetime, policy: LockoutPolicy) -> bool:
    """Count a wrong password; True when this one locks the name."""
    c.failed_logins += 1
    c.last_failed_at = now
    if c.failed_logins >= policy.failures:
        c.throttled_until = now + policy.duration
        return True
    return False


def authenticate(
    s: Session,
    username: str,
    password: str,
    *,
    ip: str,
    now: datetime | None = None,
    policy: LockoutPolicy = LockoutPolicy(),
    slowed: float = 0.0,
) -> LoginResult:
    """Check a login. A locked name is refused even with the right password until the lock
    expires. An unknown (or disabled) name is counted and locked exactly like an account, and
    every path verifies one argon2 hash, so neither the answer nor its timing tells whether
    the account exists. Every attempt is audited (never the password); ``slowed`` is the
    per-address wait already imposed, recorded with it."""
    now = now or utcnow()
    name = username.strip()
    found = (
        s.exec(select(User).where(col(User.username) == name).with_for_update()).first()
        if name
        else None
    )
    account = found if found is not None and found.active else None
    counter: _Counter = account or _unknown_name(s, name, now, policy)
    _reset_if_stale(counter, now, policy)
    who, known = (account.username, True) if account is not None else (name[:64], False)
    seen: dict[str, object] = {"ip": ip, **({"slowed": round(slowed, 2)} if slowed else {})}
    if counter.throttled_until is not None:
        _verify(_dummy_hash(), password)  # the same work as any other attempt
        until = counter.throttled_until
        s.add(counter)
        _audit(s, "user.login_throttled", who, known, {**seen, "until": until.isoformat()})
        return LoginResult(None, locked_until=until)
    if account is None or not _verify(account.password_hash, password):
        if account is None:
            _verify(_dummy_hash(), password)
        locked = _count_failure(counter, now, policy)
        s.add(counter)
        data = {**seen, "failed": counter.failed_logins, "throttled": locked}
        _audit(s, "user.login_failed", who, known, data)
        return LoginResult(None, locked_until=counter.throttled_until if locked else None)
    _logged_in(s, account, password, now)
    _audit(s, "user.login", who, known, seen)
    return LoginResult(account)


def _logged_in(s: Session, user: User, password: str, now: datetime) -> None:
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.failed_logins = 0
    user.throttled_until = None
    user.last_login_at = now
    s.add(user)


def _audit(s: Session, action: str, name: str, known: bool, data: dict[str, object]) -> None:
    """One audit entry per attempt: an unknown name is recorded as tried, by "anonymous"."""
    audit.append(
        s,
        actor=name if known else "anonymous",
        action=action,
        subject_type="user",
        subject_id=name,
        data=data if known else {**data, "reason": "unknown"},
    )


def unlock(s: Session, username: str, *, actor: str) -> User:
    user = get_user(s, username)
    if user is None:
        raise UsageError(f"no user {username!r}")
    user.failed_logins = 0
    user.throttled_until = None
    s.add(user)
    audit.append(s, actor=actor, action="user.unlocked", subject_type="user", subject_id=username)
    return user
