"""Feed API tokens: random, shown once, stored as SHA-256; optionally bound to source CIDRs."""

from __future__ import annotations

import hashlib
import ipaddress
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, update
from sqlmodel import Session, col, select

from intake.errors import NotFound, UsageError
from storage import audit
from storage.feed import FeedToken

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def parse_cidrs(values: list[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        try:
            net = ipaddress.ip_network(v.strip(), strict=False)
        except ValueError as exc:
            raise UsageError(f"not an address or network: {v!r}") from exc
        if str(net) not in out:
            out.append(str(net))
    return out


def add_token(s: Session, name: str, allow: list[str], *, actor: str, now: datetime) -> str:
    """Create a token for consumer ``name``; returns the token (the only time it exists)."""
    name = name.strip()
    if not name:
        raise UsageError("a token needs a name")
    if s.exec(select(FeedToken).where(col(FeedToken.name) == name)).first() is not None:
        raise UsageError(f"a feed token named {name!r} exists already")
    cidrs = parse_cidrs(allow)
    token = "pdl_" + secrets.token_urlsafe(32)
    s.add(
        FeedToken(name=name, token_sha256=token_hash(token), allowed_sources=cidrs, created_at=now)
    )
    audit.append(
        s,
        actor=actor,
        action="feed.token_added",
        subject_type="feed_token",
        subject_id=name,
        data={"allowed_sources": cidrs},
    )
    s.flush()
    return token


def list_tokens(s: Session) -> list[FeedToken]:
    return list(s.exec(select(FeedToken).order_by(col(FeedToken.name))).all())


def revoke_token(s: Session, name: str, *, actor: str, now: datetime) -> None:
    row = s.exec(select(FeedToken).where(col(FeedToken.name) == name)).first()
    if row is None:
        raise NotFound(f"no feed token named {name!r}")
    if row.revoked_at is None:
        row.revoked_at = now
        s.add(row)
        audit.append(
            s,
            actor=actor,
            action="feed.token_revoked",
            subject_type="feed_token",
            subject_id=name,
            data={},
        )
        s.flush()


@dataclass(frozen=True)
class TokenInfo:
    name: str
    networks: tuple[Network, ...]

    def admits(self, client: str | None) -> bool:
        if not self.networks:
            return True
        if not client:
            return False
        try:
            addr = ipaddress.ip_address(client)
        except ValueError:
            return False
        if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
            addr = addr.ipv4_mapped
        return any(addr.version == n.version and addr in n for n in self.networks)


def active_tokens(s: Session) -> dict[str, TokenInfo]:
    """Hash → consumer of every token not revoked."""
    out: dict[str, TokenInfo] = {}
    for row in s.exec(select(FeedToken).where(col(FeedToken.revoked_at).is_(None))).all():
        nets = tuple(ipaddress.ip_network(c, strict=False) for c in row.allowed_sources)
        out[row.token_sha256] = TokenInfo(row.name, nets)
    return out


@dataclass(frozen=True)
class Fetch:
    """A token's latest fetch as the feed server saw it: when, and the version (and profile)
    of the list it then held — None when that request did not deliver a list (a signature or
    a HEAD request), which leaves the version recorded before."""

    at: datetime
    version: int | None = None
    profile: str | None = None


def record_fetches(s: Session, fetches: dict[str, Fetch]) -> None:
    """Store the latest fetch of each named token; never moves a token's record backwards
    (several serving processes may flush the same token)."""
    for name, f in fetches.items():
        values: dict[str, object] = {"last_fetch_at": f.at}
        if f.version is not None:
            values["held_version"] = f.version
            values["held_profile"] = f.profile
        s.exec(  # type: ignore[call-overload]
            update(FeedToken)
            .where(
                col(FeedToken.name) == name,
                or_(col(FeedToken.last_fetch_at).is_(None), col(FeedToken.last_fetch_at) < f.at),
            )
            .values(**values)
        )
