"""Server-side sessions, CSRF tokens and login throttling per client address (the accounts
themselves are ``intake.accounts``).

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
from datetime import timedelta

from itsdangerous import BadSignature, Signer
from sqlmodel import Session, col, delete, select

from intake.accounts import MAX_FAILED, THROTTLE
from storage.tables import utcnow
from storage.users import ROLES, User, WebSession

READ_ROLES = frozenset(ROLES)
WRITE_ROLES = frozenset({"officer", "admin"})


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
