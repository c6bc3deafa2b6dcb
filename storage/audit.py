"""The append-only audit log: every entry carries ``sha256(previous_hash + canonical entry)``.

Appends are serialised (a PostgreSQL advisory transaction lock; SQLite serialises writers with
BEGIN IMMEDIATE), so concurrent workers extend one chain. ``verify_chain`` recomputes it and
reports every row whose content, order or link was changed.

The chain lock is held until COMMIT, so it should be taken as late as possible: inside
``deferred(session)`` appends are only collected, and linked to the chain (lock, head, one
insert) when the block ends — the last statements before the commit of a pipeline stage, after
all of its other work (rendering notices included) is done.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import insert
from sqlmodel import Session, col, select

from storage.tables import AuditEntry, utcnow

GENESIS = "0" * 64
_AUDIT_LOCK = 0x70_6F_64_61  # "poda": advisory lock key for the chain head
_PENDING = "audit.pending"
"""``session.info`` key: entries held by ``deferred`` (row, stamped by the caller)."""


class Entry(Protocol):
    """What the chain hashes of an entry: a stored row (``AuditEntry``) or one being linked."""

    at: datetime
    actor: str
    action: str
    subject_type: str
    subject_id: str
    data: Any


@dataclass(slots=True)
class PendingEntry:
    """An entry on its way into the chain: a plain record, not an ORM object (the rows are
    inserted with one Core statement, so the ORM's per-object bookkeeping would be waste)."""

    at: datetime
    actor: str
    action: str
    subject_type: str
    subject_id: str
    data: dict[str, Any]
    prev_hash: str = ""
    hash: str = ""


def canonical(entry: Entry) -> str:
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


def chain_hash(prev_hash: str, entry: Entry) -> str:
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
) -> PendingEntry:
    """Append one entry in the caller's transaction (committed with the change it records)."""
    entry = NewEntry(actor, action, subject_type, str(subject_id), data, at)
    return append_many(session, [entry])[0]


def append_many(session: Session, entries: list[NewEntry]) -> list[PendingEntry]:
    """Append entries, in order, to the chain in the caller's transaction (one read of the
    chain head, one flush) — or, inside ``deferred``, when that block ends."""
    if not entries:
        return []
    rows = [
        (
            PendingEntry(
                at=(e.at or utcnow()).astimezone(UTC),
                actor=e.actor,
                action=e.action,
                subject_type=e.subject_type,
                subject_id=e.subject_id,
                data=json.loads(json.dumps(e.data or {}, default=str)),
            ),
            e.at is not None,
        )
        for e in entries
    ]
    pending: list[tuple[PendingEntry, bool]] | None = session.info.get(_PENDING)
    if pending is not None:
        pending.extend(rows)
    else:
        _link(session, rows)
    return [row for row, _ in rows]


@contextmanager
def deferred(session: Session) -> Iterator[None]:
    """Collect the entries appended in this block and link them to the chain when it ends,
    in order, with one lock, one read of the head and one insert. Entries of a block left by
    an exception are dropped (its work is rolled back with it). Nested blocks are linked by
    the outermost one."""
    pending: list[tuple[PendingEntry, bool]] | None = session.info.get(_PENDING)
    if pending is not None:  # nested: the outer block links
        mark = len(pending)
        try:
            yield
        except BaseException:
            del pending[mark:]
            raise
        return
    mine: list[tuple[PendingEntry, bool]] = []
    session.info[_PENDING] = mine
    try:
        yield
    finally:
        session.info.pop(_PENDING, None)
    _link(session, mine)


def _link(session: Session, rows: list[tuple[PendingEntry, bool]]) -> None:
    """Chain ``rows`` after the current head and insert them (the rows are not added to the
    session; their ids are not loaded). The chain lock is held until COMMIT, so the
    transaction's other pending writes are flushed first and nothing else should follow."""
    if not rows:
        return
    session.flush()
    if session.get_bind().dialect.name == "postgresql":
        _link_postgresql(session, rows)
        return
    # SQLite: the whole transaction already holds the database's write lock
    last = session.execute(
        select(AuditEntry.hash).order_by(col(AuditEntry.id).desc()).limit(1)
    ).scalar()
    values = [{c: getattr(row, c) for c in _COLUMNS} for row in _chained(rows, last or GENESIS)]
    session.connection().execute(_INSERT, values)  # one prepared statement, executemany


_COLUMNS = ("at", "actor", "action", "subject_type", "subject_id", "data", "prev_hash", "hash")
_INSERT = insert(AuditEntry)
"""Core insert of chained rows (values as parameters: compiled once)."""
_LOCK_AND_HEAD = (
    f"SELECT pg_advisory_xact_lock({_AUDIT_LOCK});"
    " SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1"
)


def _link_postgresql(session: Session, rows: list[tuple[PendingEntry, bool]]) -> None:
    """Two round trips while the lock is held, besides the COMMIT: the lock and the head
    (two statements of one simple query — the head's statement, run after the lock is
    granted, sees the previous holder's committed rows), then one INSERT of every row."""
    cursor: Any = session.connection().connection.cursor()
    try:
        cursor.execute(_LOCK_AND_HEAD)
        cursor.nextset()
        head = cursor.fetchone()
        chained = _chained(rows, head[0] if head else GENESIS)
        one = "(%s, %s, %s, %s, %s, %s::json, %s, %s)"
        params: list[Any] = []
        for row in chained:
            params += [row.at, row.actor, row.action, row.subject_type, row.subject_id]
            params += [json.dumps(row.data), row.prev_hash, row.hash]
        cursor.execute(
            f"INSERT INTO audit_entry ({', '.join(_COLUMNS)}) VALUES "
            + ", ".join([one] * len(chained)),
            params,
        )
    finally:
        cursor.close()


def _chained(rows: list[tuple[PendingEntry, bool]], prev: str) -> list[PendingEntry]:
    now = utcnow().astimezone(UTC)
    out = []
    for row, stamped in rows:
        if not stamped:  # time of linking: the chain's times stay in order
            row.at = now
        row.prev_hash = prev
        row.hash = prev = chain_hash(prev, row)
        out.append(row)
    return out


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int | None
    reason: str


@dataclass
class ChainCursor:
    """Where a verification stopped: the last entry checked and its hash. Passing it to the
    next ``verify_chain`` checks only what was appended since (linked to that entry)."""

    last_id: int = 0
    last_hash: str = GENESIS
    checked: int = 0
    """Entries checked through this cursor."""


def verify_chain(
    session: Session, batch: int = 5000, cursor: ChainCursor | None = None
) -> Iterator[ChainBreak]:
    """Recompute the chain from the genesis (or from ``cursor``, which is advanced); yield
    every break found."""
    cur = cursor if cursor is not None else ChainCursor()
    while True:
        rows = session.exec(
            select(AuditEntry)
            .where(col(AuditEntry.id) > cur.last_id)
            .order_by(col(AuditEntry.id))
            .limit(batch)
        ).all()
        if not rows:
            return
        for row in rows:
            if row.prev_hash != cur.last_hash:
                yield ChainBreak(row.id, "previous-hash link broken (row removed or reordered)")
            if chain_hash(row.prev_hash, row) != row.hash:
                yield ChainBreak(row.id, "content changed (hash does not match)")
            cur.last_hash = row.hash
            cur.last_id = row.id or cur.last_id
            cur.checked += 1
