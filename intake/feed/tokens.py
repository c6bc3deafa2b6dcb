"""Feed API tokens: random, shown once, stored as SHA-256; optionally bound to source CIDRs."""

from __future__ import annotations

import hashlib
import ipaddress
import secrets
from dataclasses import dataclass
from datetime import datetime

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
