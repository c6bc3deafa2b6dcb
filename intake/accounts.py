"""Officer accounts: create, set a password, authenticate (with per-account throttling),
unlock. Used by the web layer (login, user administration) and by the CLI (``podatelna user``);
neither owns them. Passwords are argon2 hashes; every change and every login attempt is
audited. Sessions, CSRF and per-address throttling are the web's (``intake.web.auth``)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, delete, select

from intake.errors import UsageError
from storage import audit
from storage.tables import utcnow
from storage.users import ROLES, User, WebSession

MAX_FAILED = 10
"""Wrong passwords in a row after which an account is throttled."""
THROTTLE = timedelta(minutes=15)
MIN_PASSWORD = 10

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


def validate_username(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 128 or not all(c.isalnum() or c in "._-@" for c in name):
        raise UsageError("user name: 1–128 letters, digits or . _ - @")
    return name


def create_user(s: Session, username: str, password: str, role: str, *, actor: str) -> User:
    """Create an account; refuses an unknown role, a taken name or a short password."""
    username = validate_username(username)
    if role not in ROLES:
        raise UsageError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise UsageError(f"the password needs at least {MIN_PASSWORD} characters")
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
    if len(password) < MIN_PASSWORD:
        raise UsageError(f"the password needs at least {MIN_PASSWORD} characters")
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
class LoginResult:
    user: User | None
    throttled: bool = False


def authenticate(
    s: Session, username: str, password: str, *, ip: str, now: datetime | None = None
) -> LoginResult:
    """Check a login. After MAX_FAILED wrong passwords the account is throttled for THROTTLE:
    even the right password is refused until then. Every attempt is audited."""
    now = now or utcnow()
    user = get_user(s, username) if username.strip() else None
    if user is not None and user.throttled_until is not None and user.throttled_until > now:
        audit.append(
            s,
            actor=user.username,
            action="user.login_throttled",
            subject_type="user",
            subject_id=user.username,
            data={"ip": ip},
        )
        return LoginResult(None, throttled=True)
    if user is None or not user.active:
        _verify(_dummy_hash(), password)  # same work as for a real account
        audit.append(
            s,
            actor="anonymous",
            action="user.login_failed",
            subject_type="user",
            subject_id=username.strip()[:64],
            data={"ip": ip, "reason": "unknown"},
        )
        return LoginResult(None)
    if not _verify(user.password_hash, password):
        user.failed_logins += 1
        user.last_failed_at = now
        throttled = user.failed_logins >= MAX_FAILED
        if throttled:
            user.throttled_until = now + THROTTLE
        s.add(user)
        audit.append(
            s,
            actor=user.username,
            action="user.login_failed",
            subject_type="user",
            subject_id=user.username,
            data={"ip": ip, "failed": user.failed_logins, "throttled": throttled},
        )
        return LoginResult(None, throttled=throttled)
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.failed_logins = 0
    user.throttled_until = None
    user.last_login_at = now
    s.add(user)
    audit.append(
        s,
        actor=user.username,
        action="user.login",
        subject_type="user",
        subject_id=user.username,
        data={"ip": ip},
    )
    return LoginResult(user)


def unlock(s: Session, username: str, *, actor: str) -> User:
    user = get_user(s, username)
    if user is None:
        raise UsageError(f"no user {username!r}")
    user.failed_logins = 0
    user.throttled_until = None
    s.add(user)
    audit.append(s, actor=actor, action="user.unlocked", subject_type="user", subject_id=username)
    return user
