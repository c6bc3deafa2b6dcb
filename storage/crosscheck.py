"""Cross-check of the registry against the audit chain: what each filing's row says now
(registry number, receipt time, SHA-256, sender, state) against what its audit entries
recorded when those facts were set. An edit made directly in the database, past the
application, shows up here even though the chain itself is intact.

Older entries that lack a key (written before it was recorded) are not held against a filing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from storage.tables import AuditEntry, Submission

RECEIVED = "submission.received"
STATE = "submission.state"


@dataclass(frozen=True)
class Mismatch:
    """A filing whose row disagrees with its audit trail."""

    submission_id: int
    registry_number: str
    reason: str


@dataclass
class Recorded:
    """What the audit trail of one filing says (None: not recorded)."""

    received: dict[str, Any] | None = None
    sender: str | None = None
    state: str = "received"


def _recorded(entries: list[AuditEntry]) -> Recorded:
    rec = Recorded()
    for e in entries:  # in chain order: the last word wins
        if e.action == RECEIVED:
            rec.received = e.data
        elif e.action == STATE:
            rec.state = str(e.data.get("to", rec.state))
            if "sender" in e.data:
                rec.sender = str(e.data["sender"])
    return rec


def _time(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def compare(sub: Submission, rec: Recorded) -> list[str]:
    """The disagreements between ``sub`` and its recorded trail, one phrase each."""
    if rec.received is None:
        return ["has no registration audit entry (row inserted outside the registry)"]
    got = rec.received
    out = []
    if "registry_number" in got and got["registry_number"] != sub.registry_number:
        out.append(f"registry number is {sub.registry_number!r}, "
                   f"the audit log recorded {got['registry_number']!r}")
    if "received_at" in got and _time(got["received_at"]) != sub.received_at:
        out.append(f"receipt time is {sub.received_at.isoformat()}, "
                   f"the audit log recorded {got['received_at']}")
    if "sha256" in got and got["sha256"] != sub.sha256:
        out.append(f"SHA-256 is {sub.sha256}, the audit log recorded {got['sha256']}")
    if rec.sender is not None and rec.sender != sub.sender:
        out.append(f"sender is {sub.sender!r}, the audit log recorded {rec.sender!r}")
    if rec.state != sub.state:
        out.append(f"state is {sub.state!r}, the audit log recorded {rec.state!r}")
    return out


def verify_filings(session: Session, batch: int = 1000) -> Iterator[Mismatch]:
    """Every disagreement between the filings and their audit trails, filing by filing."""
    last_id = 0
    while True:
        subs = session.exec(
            select(Submission)
            .where(col(Submission.id) > last_id)
            .order_by(col(Submission.id))
            .limit(batch)
        ).all()
        if not subs:
            return
        trails: dict[str, list[AuditEntry]] = {}
        for e in session.exec(
            select(AuditEntry)
            .where(
                col(AuditEntry.subject_type) == "submission",
                col(AuditEntry.subject_id).in_([str(s.id) for s in subs]),
                col(AuditEntry.action).in_([RECEIVED, STATE]),
            )
            .order_by(col(AuditEntry.id))
        ).all():
            trails.setdefault(e.subject_id, []).append(e)
        for sub in subs:
            for reason in compare(sub, _recorded(trails.get(str(sub.id), []))):
                yield Mismatch(sub.id or 0, sub.registry_number, reason)
        last_id = subs[-1].id or last_id


def count(session: Session) -> int:
    """How many filings there are (the report's denominator)."""
    return int(session.exec(select(func.count()).select_from(Submission)).one())
