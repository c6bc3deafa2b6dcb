"""Allow-list versions: the approved set as entries, and a new version whenever that set or the
active profile changes — written in the caller's transaction."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from intake.feed.profiles import Window, active_profile
from intake.model import State
from storage import audit
from storage.feed import AllowListVersion, FeedProfileOverride
from storage.tables import Application, Submission

_FEED_LOCK = 0x66_65_65_64  # "feed": advisory lock serialising version numbers on PostgreSQL


def approved_entries(s: Session) -> list[dict[str, str]]:
    """Every address of every approved application, one entry per (address, role, filing).
    Only the columns it needs are read (not the whole stored extraction per application):
    a version of a list of 10 000 applications is published within the approval's
    transaction."""
    org_name = col(Application.data)[("organization", "name")].as_string()
    rows = s.exec(
        select(
            Submission.registry_number,
            Application.production_ips,
            Application.test_ips,
            org_name,
        )
        .join(Application, col(Application.submission_id) == col(Submission.id))
        .where(col(Submission.state) == State.APPROVED.value)
    ).all()
    out: list[dict[str, str]] = []
    for number, production, test, organisation in rows:
        for role, addresses in (("production", production), ("test", test)):
            for address in addresses or []:
                out.append(
                    {
                        "address": str(address),
                        "role": role,
                        "organisation": str(organisation or ""),
                        "registry_number": number,
                    }
                )
    out.sort(key=lambda e: (e["address"], e["role"], e["registry_number"]))
    return out


def content_hash(entries: Sequence[dict[str, Any]], profile: str) -> str:
    canonical = json.dumps(
        {"entries": list(entries), "profile": profile},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def latest(s: Session) -> AllowListVersion | None:
    return s.exec(
        select(AllowListVersion).order_by(col(AllowListVersion.version).desc()).limit(1)
    ).first()


def latest_number(s: Session) -> int:
    v = latest(s)
    return v.version if v else 0


def current_override(s: Session) -> str | None:
    row = s.exec(
        select(FeedProfileOverride).order_by(col(FeedProfileOverride.id).desc()).limit(1)
    ).first()
    return row.profile if row else None


def _lock(s: Session) -> None:
    bind = s.get_bind()
    if bind.dialect.name == "postgresql":
        s.exec(text("SELECT pg_advisory_xact_lock(:k)").bindparams(k=_FEED_LOCK))  # type: ignore[call-overload]


def publish(
    s: Session,
    *,
    now: datetime,
    windows: Sequence[Window],
    config_override: str | None = None,
    reason: str,
    actor: str = "system",
) -> AllowListVersion | None:
    """Write a new version when the approved set or the active profile differs from the latest
    version; returns it, or None when nothing changed. Runs in the caller's transaction."""
    _lock(s)
    s.flush()
    override = current_override(s)
    if override in (None, "auto"):
        override = config_override
    profile = active_profile(now, windows, override)
    entries = approved_entries(s)
    digest = content_hash(entries, profile)
    last = latest(s)
    if last is not None and last.sha256 == digest:
        return None
    number = (last.version if last else 0) + 1
    row = AllowListVersion(
        version=number,
        sha256=digest,
        profile=profile,
        entries=entries,
        created_at=now,
        reason=reason[:2000],
        actor=actor[:128],
    )
    s.add(row)
    audit.append(
        s,
        actor=actor,
        action="allowlist.version",
        subject_type="allowlist",
        subject_id=str(number),
        data={
            "version": number,
            "sha256": digest,
            "profile": profile,
            "addresses": len(entries),
            "reason": reason,
        },
    )
    s.flush()
    return row


def set_override(s: Session, profile: str, *, actor: str, reason: str, now: datetime) -> None:
    """Record a manual profile setting (audited); the caller publishes afterwards."""
    old = current_override(s)
    s.add(FeedProfileOverride(profile=profile, actor=actor, reason=reason, set_at=now))
    audit.append(
        s,
        actor=actor,
        action="allowlist.profile_override",
        subject_type="allowlist",
        subject_id="profile",
        data={"old": old or "auto", "new": profile, "reason": reason},
    )
    s.flush()
