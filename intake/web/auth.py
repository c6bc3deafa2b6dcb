"""Server-side sessions (absolute lifetime and idle timeout), CSRF tokens and the login
slow-down per client address (the accounts and their lockout are ``intake.accounts``).

The session cookie carries a random token signed with ``[web] secret_key`` (itsdangerous); the
database keeps only its SHA-256, so logout and expiry are enforced server-side. The CSRF token
of a session is an HMAC of the session token, checked on every state-changing request; the
login form uses a signed pre-session nonce (double-submit) instead.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

from itsdangerous import BadSignature, Signer
from sqlmodel import Session, col, delete, select

from storage.tables import utcnow
from storage.users import ROLES, LoginAddressFailure, User, WebSession, claim_row

READ_ROLES = frozenset(ROLES)
WRITE_ROLES = frozenset({"officer", "admin"})


@dataclass(frozen=True)
class AddressPolicy:
    """The per-address slow-down: an address with more than ``limit`` wrong logins in the
    current ``window`` waits ``step`` seconds more per further failure, at most ``max_delay``,
    before each attempt is even checked. Never a lock: behind a shared proxy a whole office is
    one address, and the per-account lockout protects each account."""

    limit: int = 200
    window: timedelta = timedelta(minutes=15)
    step: float = 0.5
    max_delay: float = 10.0

    def delay(self, failures: int) -> float:
        over = failures - self.limit
        return 0.0 if over < 0 else min(self.max_delay, self.step * (over + 1))


def address_delay(s: Session, ip: str, policy: AddressPolicy) -> float:
    """Seconds the next attempt from ``ip`` waits (the state is in the database, so every
    worker process sees the same count)."""
    row = s.get(LoginAddressFailure, ip[:64])
    if row is None or utcnow() - row.window_start > policy.window:
        return 0.0
    return policy.delay(row.failures)


def address_failed(s: Session, ip: str, policy: AddressPolicy) -> None:
    """Count a wrong login from ``ip`` (a fresh window once the old one has passed)."""
    now = utcnow()
    s.exec(
        delete(LoginAddressFailure).where(  # type: ignore[call-overload]
            col(LoginAddressFailure.window_start) < now - policy.window
        )
    )
    row = claim_row(s, LoginAddressFailure, ip[:64], window_start=now, failures=0)
    if now - row.window_start > policy.window:
        row.window_start, row.failures = now, 0
    row.failures += 1
    s.add(row)


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


SEEN_STEP = timedelta(minutes=1)
"""``last_seen_at`` is written at most this often (not on every request)."""


def session_principal(s: Session, token: str, *, idle: timedelta) -> Principal | None:
    """The principal of a live session, or None (unknown, past its lifetime, idle longer
    than ``idle``, or the account disabled). A request extends the idle timeout."""
    row = s.exec(select(WebSession).where(col(WebSession.token_hash) == _digest(token))).first()
    if row is None:
        return None
    now = utcnow()
    if row.expires_at <= now or now - row.last_seen_at >= idle:
        s.delete(row)
        return None
    user = s.get(User, row.user_id)
    if user is None or not user.active:
        return None
    if now - row.last_seen_at >= min(SEEN_STEP, idle / 10):
        row.last_seen_at = now
        s.add(row)
    return Principal(user.id or 0, user.username, user.role, token)


def close_session(s: Session, token: str) -> None:
    s.exec(delete(WebSession).where(col(WebSession.token_hash) == _digest(token)))  # type: ignore[call-overload]
