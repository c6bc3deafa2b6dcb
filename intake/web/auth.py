"""Officer accounts, login throttling, server-side sessions and CSRF tokens.

The session cookie carries a random token signed with ``[web] secret_key`` (itsdangerous); the
database keeps only its SHA-256, so logout and expiry are enforced server-side. The CSRF token
of a session is an HMAC of the session token, checked on every state-changing request; the
login form uses a signed pre-session nonce (double-submit) instead.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, Signer
from sqlmodel import Session, col, delete, select

from intake.errors import UsageError
from storage import audit
from storage.tables import utcnow
from storage.users import ROLES, User, WebSession

MAX_FAILED = 10
"""Wrong passwords in a row after which an account is throttled."""
THROTTLE = timedelta(minutes=15)
MIN_PASSWORD = 10
READ_ROLES = frozenset(ROLES)
WRITE_ROLES = frozenset({"officer", "admin"})

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


class IpThrottle:
    """Wrong logins per client address in a sliding window (covers unknown user names)."""

    def __init__(self, limit: int = MAX_FAILED, window: float = THROTTLE.total_seconds()) -> None:
        self.limit, self.window = limit, window
        self._fails: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def blocked(self, ip: str) -> bool:
        now = time.monotonic()
        with self._lock:
            recent = [t for t in self._fails.get(ip, []) if now - t < self.window]
            self._fails[ip] = recent
            return len(recent) >= self.limit

    def fail(self, ip: str) -> None:
        with self._lock:
            self._fails.setdefault(ip, []).append(time.monotonic())

    def clear(self, ip: str) -> None:
        with self._lock:
            self._fails.pop(ip, None)


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


# --- sessions -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Principal:
    """The logged-in officer of one request."""

    user_id: int
    username: str
    role: str
    token: str

    @property
    def can_write(self) -> bool:
        return self.role in WRITE_ROLES


class SessionKeys:
    """Signing of session cookies, session CSRF tokens and login nonces with one secret."""

    def __init__(self, secret: str) -> None:
        self._secret = secret.encode("utf-8")
        self._cookie = Signer(self._secret, salt="podatelna.session")
        self._nonce = Signer(self._secret, salt="podatelna.login")

    def cookie_value(self, token: str) -> str:
        return self._cookie.sign(token).decode("ascii")

    def token_from_cookie(self, value: str | None) -> str | None:
        if not value:
            return None
        try:
            return self._cookie.unsign(value).decode("ascii")
        except BadSignature:
            return None

    def csrf_for(self, token: str, purpose: str = "session") -> str:
        return hmac.new(
            self._secret, f"csrf:{purpose}:{token}".encode(), hashlib.sha256
        ).hexdigest()

    def csrf_ok(self, token: str, given: str | None, purpose: str = "session") -> bool:
        return bool(given) and hmac.compare_digest(self.csrf_for(token, purpose), str(given))

    def new_login_nonce(self) -> tuple[str, str]:
        """(cookie value, nonce) for the login form's double-submit CSRF check."""
        nonce = secrets.token_urlsafe(24)
        return self._nonce.sign(nonce).decode("ascii"), nonce

    def login_nonce(self, cookie: str | None) -> str | None:
        if not cookie:
            return None
        try:
            return self._nonce.unsign(cookie).decode("ascii")
        except BadSignature:
            return None


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def open_session(s: Session, user: User, *, minutes: int, ip: str) -> str:
    """Create a session for ``user``; returns the raw token (only the cookie carries it)."""
    now = utcnow()
    token = secrets.token_urlsafe(32)
    s.exec(delete(WebSession).where(col(WebSession.expires_at) < now))  # type: ignore[call-overload]
    s.add(
        WebSession(
            token_hash=_digest(token),
            user_id=user.id or 0,
            created_at=now,
            expires_at=now + timedelta(minutes=minutes),
            last_seen_at=now,
            ip=ip[:64],
        )
    )
    s.flush()
    return token


def session_principal(s: Session, token: str) -> Principal | None:
    """The principal of a live session, or None (unknown, expired, or the account disabled)."""
    row = s.exec(select(WebSession).where(col(WebSession.token_hash) == _digest(token))).first()
    if row is None:
        return None
    if row.expires_at <= utcnow():
        s.delete(row)
        return None
    user = s.get(User, row.user_id)
    if user is None or not user.active:
        return None
    return Principal(user.id or 0, user.username, user.role, token)


def close_session(s: Session, token: str) -> None:
    s.exec(delete(WebSession).where(col(WebSession.token_hash) == _digest(token)))  # type: ignore[call-overload]
