"""Checkpoints of the audit chain, anchored outside the database.

A checkpoint records the chain's head (entry id and hash) in an append-only file beside the
evidence store: one JSON line per checkpoint, each line linked to the previous one
(``prev`` = SHA-256 of the previous line), optionally sealed (CMS signature with the office
seal, RFC 3161 time-stamp) over its canonical message. Every checkpoint written is also
recorded in the audit chain itself (``audit.checkpoint`` with the line's SHA-256), so that a
truncated or edited file is caught by the database, and a truncated or edited database by
the file. Deleting both consistently needs an outside copy of either (backups, the TSA's log).

Writing never happens inside the chain lock: the service loop (``checkpoint_if_due``) and the
``audit checkpoint`` command take the head after commit, under a file lock of their own.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import hashlib
import json
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from intake.errors import StorageError
from storage import audit
from storage.db import session_scope
from storage.tables import AuditEntry, utcnow

GENESIS = "0" * 64
ACTION = "audit.checkpoint"
"""The audit action recording a written checkpoint."""


class Sealer(Protocol):
    """Seals a checkpoint's message and checks such seals (see ``intake.auditseal``)."""

    def seal(self, message: bytes) -> dict[str, str]:
        """Seal tokens by kind (``cms``, ``tst``), base64 DER; empty when unsealed."""
        ...

    def check(self, message: bytes, seals: Mapping[str, str]) -> list[str]:
        """Problems with ``seals`` over ``message`` (empty when every seal holds)."""
        ...


@dataclass(frozen=True)
class Checkpoint:
    entry_id: int
    hash: str
    at: str
    prev: str
    seals: dict[str, str] = field(default_factory=dict)

    def message(self) -> bytes:
        """The canonical bytes the seals cover."""
        body = {"entry_id": self.entry_id, "hash": self.hash, "at": self.at, "prev": self.prev}
        return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("ascii")

    def line(self) -> str:
        body: dict[str, Any] = {
            "entry_id": self.entry_id,
            "hash": self.hash,
            "at": self.at,
            "prev": self.prev,
            **self.seals,
        }
        return json.dumps(body, sort_keys=True, separators=(",", ":"))


def line_hash(line: str) -> str:
    return hashlib.sha256(line.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class FileLine:
    number: int
    text: str
    checkpoint: Checkpoint | None
    """None when the line cannot be read as a checkpoint."""


def _parse(text: str) -> Checkpoint | None:
    try:
        data = json.loads(text)
        seals = {k: str(data[k]) for k in ("cms", "tst") if k in data}
        if set(data) - {"entry_id", "hash", "at", "prev", "cms", "tst"}:
            return None
        return Checkpoint(int(data["entry_id"]), str(data["hash"]), str(data["at"]),
                          str(data["prev"]), seals)
    except (ValueError, KeyError, TypeError):
        return None


def read_lines(path: Path) -> list[FileLine]:
    """Every line of the checkpoint file (none when it does not exist)."""
    try:
        raw = path.read_text("utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        raise StorageError(f"cannot read the audit checkpoint file {path}: {exc}") from exc
    return [
        FileLine(i, text, _parse(text))
        for i, text in enumerate(raw.splitlines(), start=1)
        if text.strip()
    ]


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[int]:
    """The checkpoint file opened for appending (created 0640), under an exclusive lock."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    except OSError as exc:
        raise StorageError(f"cannot open the audit checkpoint file {path}: {exc}") from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield fd
    finally:
        os.close(fd)


def _head(session: Session) -> tuple[int, str] | None:
    row = session.exec(
        select(AuditEntry.id, AuditEntry.hash).order_by(col(AuditEntry.id).desc()).limit(1)
    ).first()
    return None if row is None or row[0] is None else (int(row[0]), str(row[1]))


def _first_after(session: Session, entry_id: int) -> datetime | None:
    """The time of the first entry after ``entry_id`` other than a checkpoint record (None:
    nothing but checkpoint records since)."""
    return session.exec(
        select(AuditEntry.at)
        .where(col(AuditEntry.id) > entry_id, col(AuditEntry.action) != ACTION)
        .order_by(col(AuditEntry.id))
        .limit(1)
    ).first()


@dataclass(frozen=True)
class Policy:
    every: int = 1000
    """A checkpoint after at most this many new entries …"""
    max_age: timedelta = timedelta(days=1)
    """… and at least this often while entries come in."""


def _due(session: Session, anchored: int, head: int, policy: Policy | None,
         now: datetime) -> bool:
    """Whether to write a checkpoint now: entries other than checkpoint records came after
    the last one, and (under ``policy``) enough of them or the oldest long enough ago."""
    oldest = _first_after(session, anchored)
    if oldest is None:
        return False
    if policy is None or head - anchored >= policy.every:
        return True
    return now - oldest >= policy.max_age


def write_checkpoint(
    engine: Engine,
    path: Path,
    sealer: Sealer,
    *,
    policy: Policy | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> Checkpoint | None:
    """Append a checkpoint of the chain's committed head to ``path`` (fsynced) and record it
    in the chain. With ``policy`` only when one is due; without, whenever the head moved since
    the last checkpoint. Returns the checkpoint written, or None."""
    with _locked(path) as fd:
        lines = read_lines(path)
        last_line = lines[-1] if lines else None
        last = last_line.checkpoint if last_line else None
        anchored = last.entry_id if last else 0
        with session_scope(engine) as s:
            head = _head(s)
            if head is None or head[0] <= anchored or not _due(s, anchored, head[0], policy,
                                                                 clock()):
                return None
        prev = line_hash(last_line.text) if last_line else GENESIS
        draft = Checkpoint(head[0], head[1], clock().isoformat(timespec="seconds"), prev)
        cp = Checkpoint(draft.entry_id, draft.hash, draft.at, prev, sealer.seal(draft.message()))
        text = cp.line()
        try:
            os.write(fd, (text + "\n").encode("utf-8"))
            os.fsync(fd)
        except OSError as exc:
            raise StorageError(f"cannot write the audit checkpoint file {path}: {exc}") from exc
    with session_scope(engine) as s:
        audit.append(s, actor="system:audit", action=ACTION, subject_type="audit",
                     subject_id=cp.entry_id,
                     data={"entry_id": cp.entry_id, "hash": cp.hash, "line_sha256": line_hash(text)})
    return cp


@dataclass(frozen=True)
class Finding:
    """One problem found by ``verify_checkpoints``."""

    subject: str
    reason: str


def verify_checkpoints(session: Session, path: Path, sealer: Sealer) -> Iterator[Finding]:
    """Check the checkpoint file against itself (line links, seals) and against the chain
    (every anchored entry present with the anchored hash; every checkpoint the chain recorded
    present in the file)."""
    lines = read_lines(path)
    prev = GENESIS
    seen: set[str] = set()
    for fl in lines:
        where = f"checkpoint line {fl.number}"
        cp = fl.checkpoint
        if cp is None:
            yield Finding(where, "unreadable (checkpoint file edited)")
        else:
            if cp.prev != prev:
                yield Finding(where, "not linked to the line before (checkpoint file edited "
                              "or lines removed)")
            for problem in sealer.check(cp.message(), cp.seals):
                yield Finding(where, problem)
            yield from _against_chain(session, where, cp)
        prev = line_hash(fl.text)
        seen.add(prev)
    yield from _recorded_missing(session, seen)


def _against_chain(session: Session, where: str, cp: Checkpoint) -> Iterator[Finding]:
    row = session.get(AuditEntry, cp.entry_id)
    if row is None:
        last = _head(session)
        end = f"the log ends at entry {last[0]}" if last else "the log is empty"
        yield Finding(where, f"anchors audit entry {cp.entry_id}, which is missing: "
                      f"audit log truncated ({end})")
    elif row.hash != cp.hash:
        yield Finding(where, f"audit entry {cp.entry_id} no longer has the anchored hash "
                      "(audit log rewritten)")


def _recorded_missing(session: Session, seen: set[str]) -> Iterator[Finding]:
    rows = session.exec(
        select(AuditEntry).where(col(AuditEntry.action) == ACTION).order_by(col(AuditEntry.id))
    ).all()
    for row in rows:
        if str(row.data.get("line_sha256", "")) not in seen:
            yield Finding(
                f"audit entry {row.id}",
                f"records a checkpoint of entry {row.data.get('entry_id')} that the checkpoint "
                "file no longer holds (checkpoint file truncated or edited)",
            )


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
