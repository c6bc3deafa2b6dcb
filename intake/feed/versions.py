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
from intake.gate import withheld_reason
from intake.model import State
from storage import audit
from storage.feed import AllowListVersion, FeedProfileOverride
from storage.tables import Application, Decision, Submission

_FEED_LOCK = 0x66_65_65_64  # "feed": advisory lock serialising version numbers on PostgreSQL


def _non_public_overrides(s: Session) -> set[str]:
    """Registry numbers of the approved submissions whose effective approval (their latest
    ``approve`` decision) overrode ``non_public_ip``."""
    rows = s.exec(
        select(col(Submission.registry_number), col(Decision.id), col(Decision.overridden))
        .join(Submission, col(Submission.id) == col(Decision.submission_id))
        .where(col(Submission.state) == State.APPROVED.value, col(Decision.kind) == "approve")
    ).all()
    latest_of: dict[str, tuple[int, list[str]]] = {}
    for sub_id, dec_id, overridden in rows:
        if sub_id not in latest_of or latest_of[sub_id][0] < (dec_id or 0):
            latest_of[sub_id] = (dec_id or 0, list(overridden or []))
    return {sub_id for sub_id, (_, codes) in latest_of.items() if "non_public_ip" in codes}


def approved_sets(
    s: Session, *, documentation_public: bool = False
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Every address of every approved application, one entry per (address, role, filing),
    and the addresses left out (``intake.gate``: never published, or non-public without a
    ``non_public_ip`` override) with the reason. Only the columns it needs are read (not the
    whole stored extraction per application): a version of a list of 10 000 applications is
    published within the approval's transaction. ``documentation_public``: demo mode, where
    the documentation ranges count as public (``gate.needs_override``)."""
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
    overridden = _non_public_overrides(s)
    out: list[dict[str, str]] = []
    withheld: list[dict[str, str]] = []
    for number, production, test, organisation in rows:
        for role, addresses in (("production", production), ("test", test)):
            for address in addresses or []:
                entry = {"address": str(address), "role": role, "registry_number": number}
                why = withheld_reason(
                    str(address),
                    non_public_overridden=number in overridden,
                    documentation_public=documentation_public,
                )
                if why is not None:
                    withheld.append({**entry, "reason": why})
                else:
                    out.append({**entry, "organisation": str(organisation or "")})
    out.sort(key=lambda e: (e["address"], e["role"], e["registry_number"]))
    withheld.sort(key=lambda e: (e["address"], e["role"], e["registry_number"]))
    return out, withheld


def approved_entries(s: Session) -> list[dict[str, str]]:
    """The published entries of the approved set (``approved_sets`` without the left-out)."""
    return approved_sets(s)[0]


def content_hash(
    entries: Sequence[dict[str, Any]], profile: str, withheld: Sequence[dict[str, Any]] = ()
) -> str:
    """SHA-256 of the canonical JSON of the entries and the profile (and of the left-out
    addresses when there are any, so that a change in what is left out is a new version)."""
    doc: dict[str, Any] = {"entries": list(entries), "profile": profile}
    if withheld:
        doc["withheld"] = list(withheld)
    canonical = json.dumps(
        doc,
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
    documentation_public: bool = False,
) -> AllowListVersion | None:
    """Write a new version when the approved set or the active profile differs from the latest
    version; returns it, or None when nothing changed. Runs in the caller's transaction."""
    _lock(s)
    s.flush()
    override = current_override(s)
    if override in (None, "auto"):
        override = config_override
    profile = active_profile(now, windows, override)
    entries, withheld = approved_sets(s, documentation_public=documentation_public)
    digest = content_hash(entries, profile, withheld)
    last = latest(s)
    if last is not None and last.sha256 == digest:
        return None
    number = (last.version if last else 0) + 1
    row = AllowListVersion(
        version=number,
        sha256=digest,
        profile=profile,
        entries=entries,
        withheld=withheld,
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
            "withheld": [f"{w['address']} ({w['reason']})" for w in withheld],
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
