"""The append-only audit log: every entry carries ``sha256(previous_hash + canonical entry)``.

Appends are serialised (a PostgreSQL advisory transaction lock; SQLite serialises writers with
BEGIN IMMEDIATE), so concurrent workers extend one chain. ``verify_chain`` recomputes it and
reports every row whose content, order or link was changed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from storage.tables import AuditEntry, utcnow

GENESIS = "0" * 64
_AUDIT_LOCK = 0x70_6F_64_61  # "poda": advisory lock key for the chain head


def canonical(entry: AuditEntry) -> str:
    """The entry as canonical JSON (sorted keys, UTC time, no whitespace)."""
    at = entry.at.astimezone(UTC).isoformat(timespec="microseconds")
    return json.dumps(
        {
            "at": at,
            "actor": entry.actor,
            "action": entry.action,
            "subject_type": entry.subject_type,
            "subject_id": entry.subject_id,
            "data": entry.data,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        default=str,
    )


def chain_hash(prev_hash: str, entry: AuditEntry) -> str:
    return hashlib.sha256((prev_hash + canonical(entry)).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class NewEntry:
    """An audit entry to append (see ``append_many``)."""

    actor: str
    action: str
    subject_type: str = ""
    subject_id: str = ""
    data: dict[str, Any] | None = None
    at: datetime | None = None


def append(
    session: Session,
    *,
    actor: str,
    action: str,
    subject_type: str = "",
    subject_id: str | int = "",
    data: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> AuditEntry:
    """Append one entry in the caller's transaction (committed with the change it records)."""
    entry = NewEntry(actor, action, subject_type, str(subject_id), data, at)
    return append_many(session, [entry])[0]


def append_many(session: Session, entries: list[NewEntry]) -> list[AuditEntry]:
    """Append entries, in order, to the chain in the caller's transaction (one read of the
    chain head, one flush)."""
    if not entries:
        return []
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _AUDIT_LOCK})
    last = session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(1)).first()
    prev = last.hash if last else GENESIS
    rows = []
    for e in entries:
        row = AuditEntry(
            at=(e.at or utcnow()).astimezone(UTC),
            actor=e.actor,
            action=e.action,
            subject_type=e.subject_type,
            subject_id=e.subject_id,
            data=json.loads(json.dumps(e.data or {}, default=str)),
            prev_hash=prev,
            hash="",
        )
        row.hash = prev = chain_hash(prev, row)
        rows.append(row)
    session.add_all(rows)
    session.flush()
    return rows


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int | None
    reason: str


def verify_chain(session: Session, batch: int = 5000) -> Iterator[ChainBreak]:
    """Recompute the chain from the genesis; yield every break found."""
    prev = GENESIS
    last_id = 0
    while True:
        rows = session.exec(
            select(AuditEntry)
            .where(col(AuditEntry.id) > last_id)
            .order_by(col(AuditEntry.id))
            .limit(batch)
        ).all()
        if not rows:
            return
        for row in rows:
            if row.prev_hash != prev:
                yield ChainBreak(row.id, "previous-hash link broken (row removed or reordered)")
            if chain_hash(row.prev_hash, row) != row.hash:
                yield ChainBreak(row.id, "content changed (hash does not match)")
            prev = row.hash
            last_id = row.id or last_id
