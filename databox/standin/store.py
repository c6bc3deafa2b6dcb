"""The stand-in's box: received messages, recorded calls, sent messages, injected faults."""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from databox.standin.authority import SealingAuthority
from databox.standin.messages import MessageSpec, break_seal, make_zfo, new_dm_id
from databox.zfo import parse_time, parse_zfo
from intake.model import ComponentRole, DocumentKind

logger = logging.getLogger(__name__)

FaultKind = Literal["http503", "slow", "hang", "status", "malformed", "auth", "soapfault"]
FAULT_KINDS: tuple[str, ...] = (
    "http503",
    "slow",
    "hang",
    "status",
    "malformed",
    "auth",
    "soapfault",
)
BIG_THRESHOLD = 20 * 1024 * 1024
"""Attachments above 20 MB in total make a message a big one (VoDZ), as in ISDS."""


@dataclass
class StoredMessage:
    dm_id: str
    zfo: bytes
    envelope: dict[str, str]
    delivery_time: datetime
    vodz: bool = False
    acceptance_time: datetime | None = None
    status: int = 4
    marked: bool = False


def message_of(
    zfo: bytes, *, big_threshold: int | None = None, vodz: bool | None = None
) -> StoredMessage:
    """A received-message ZFO as the box keeps it (list entries come from its envelope).
    Raises ValueError for anything else — a delivery receipt is not a message."""
    parsed = parse_zfo(zfo)
    env = dict(parsed.envelope)
    if parsed.kind is DocumentKind.DELIVERY_RECEIPT:
        raise ValueError("a delivery receipt (doručenka), not a received message")
    if not env.get("dmID") or parsed.date is None:
        codes = ", ".join(p.code for p in parsed.problems) or "no dmID"
        raise ValueError(f"not a received-message ZFO ({codes})")
    size = sum(len(c.data) for c in parsed.components if c.role == ComponentRole.ATTACHMENT)
    acceptance = parse_time(env.get("dmAcceptanceTime")) if env.get("dmAcceptanceTime") else None
    big = size > big_threshold if big_threshold is not None else False
    return StoredMessage(
        dm_id=env["dmID"],
        zfo=zfo,
        envelope=env,
        delivery_time=parsed.date,
        vodz=big if vodz is None else vodz,
        acceptance_time=acceptance,
        status=int(env.get("dmMessageStatus") or 4),
    )


@dataclass
class Fault:
    """A fault served instead of (or before) the normal answer.

    Kinds: ``http503`` (maintenance), ``slow`` (answer normally after ``delay`` s), ``hang``
    (wait ``delay`` s, then 503 without performing the operation), ``status`` (dmStatus
    ``code``/``message``), ``malformed`` (broken XML), ``auth`` (HTML 401), ``soapfault``.

    ``operation`` None matches every operation; ``times`` -1 means until cleared."""

    kind: FaultKind
    operation: str | None = None
    times: int = 1
    code: str = "3009"
    message: str = "Příliš mnoho požadavků"
    delay: float = 2.0
    dm_id: str | None = None
    """Only requests about this message (None: any)."""


@dataclass
class SentMessage:
    dm_id: str
    recipient: str
    annotation: str
    envelope: dict[str, str]
    files: list[tuple[str, str, bytes]]

    def to_dict(self) -> dict[str, object]:
        return {
            "dmID": self.dm_id,
            "dbIDRecipient": self.recipient,
            "dmAnnotation": self.annotation,
            "envelope": self.envelope,
            "files": [
                {"name": n, "mime": m, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
                for n, m, d in self.files
            ],
        }


@dataclass
class Mailbox:
    """Thread-safe state of the stand-in box. Tests inspect it in-process; the admin
    endpoint exposes it as JSON."""

    authority: SealingAuthority
    box_id: str = "csu4bx7"
    big_threshold: int = BIG_THRESHOLD
    mtom: bool = False
    """Answer SignedBigMessageDownload as MTOM/XOP (multipart/related), as ws2 may."""
    """Served ZFOs whose files exceed this many bytes are big messages (VoDZ)."""
    messages: dict[str, StoredMessage] = field(default_factory=dict)
    sent: list[SentMessage] = field(default_factory=list)
    marked: list[str] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    """Reasons of requests refused by XSD validation (tests assert it stays empty)."""
    active: int = 0
    max_active: int = 0
    lock: threading.RLock = field(default_factory=threading.RLock)

    # -- messages ---------------------------------------------------------------------------

    def add_zfo(self, zfo: bytes, *, vodz: bool | None = None) -> StoredMessage:
        """Serve ``zfo`` exactly as given; list entries come from its envelope."""
        msg = message_of(zfo, big_threshold=self.big_threshold, vodz=vodz)
        with self.lock:
            known = self.messages.get(msg.dm_id)
            if known is not None and known.zfo != zfo:
                raise ValueError(f"message {msg.dm_id} is already in the box (dmIDs are unique)")
            self.messages[msg.dm_id] = msg
        return msg

    def add_message(
        self, spec: MessageSpec, *, vodz: bool | None = None, broken_seal: bool = False
    ) -> StoredMessage:
        """Seal ``spec`` and serve it; ``broken_seal`` serves it with content that no longer
        matches the seal (for ``seal_invalid`` tests)."""
        zfo = make_zfo(self.authority, spec)
        return self.add_zfo(break_seal(zfo) if broken_seal else zfo, vodz=vodz)

    def load_dir(self, directory: str | Path) -> int:
        n = 0
        for path in sorted(Path(directory).glob("*.zfo")):
            try:
                self.add_zfo(path.read_bytes())
                n += 1
            except ValueError as exc:
                logger.warning("skipping %s: %s", path.name, exc)
        return n

    def listed(
        self, from_time: datetime | None, to_time: datetime | None, status_mask: int = -1
    ) -> list[StoredMessage]:
        """Messages delivered in [from, to] whose state is in ``status_mask`` (Σ 2^state,
        -1 = all), ascending by delivery time. Listing is delivery by login: undelivered
        messages get an acceptance time and state 6."""
        now = datetime.now(UTC)
        with self.lock:
            out = sorted(
                (
                    m
                    for m in self.messages.values()
                    if (from_time is None or m.delivery_time >= from_time)
                    and (to_time is None or m.delivery_time <= to_time)
                    and (status_mask == -1 or status_mask & (1 << m.status))
                ),
                key=lambda m: (m.delivery_time, m.dm_id),
            )
            for m in out:
                if m.acceptance_time is None:
                    m.acceptance_time = now
                    m.status = max(m.status, 6)
            return out

    def get(self, dm_id: str) -> StoredMessage | None:
        with self.lock:
            return self.messages.get(dm_id)

    def mark(self, dm_id: str) -> bool:
        with self.lock:
            m = self.messages.get(dm_id)
            if m is None:
                return False
            m.marked = True
            m.status = 7
            self.marked.append(dm_id)
            return True

    def record_sent(
        self,
        recipient: str,
        annotation: str,
        envelope: dict[str, str],
        files: Sequence[tuple[str, str, bytes]],
    ) -> SentMessage:
        with self.lock:
            sent = SentMessage(
                dm_id=new_dm_id(),
                recipient=recipient,
                annotation=annotation,
                envelope=envelope,
                files=list(files),
            )
            self.sent.append(sent)
            return sent

    # -- faults -----------------------------------------------------------------------------

    def inject(self, kind: FaultKind, operation: str | None = None, **kwargs: object) -> Fault:
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}")
        fault = Fault(kind, operation, **kwargs)  # type: ignore[arg-type]
        with self.lock:
            self.faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        with self.lock:
            self.faults.clear()

    def take_fault(self, operation: str, dm_id: str | None = None) -> Fault | None:
        with self.lock:
            for f in self.faults:
                if f.operation in (None, operation) and f.dm_id in (None, dm_id):
                    if f.times > 0:
                        f.times -= 1
                        if f.times == 0:
                            self.faults.remove(f)
                    return f
            return None

    def snapshot(self) -> dict[str, object]:
        with self.lock:
            return {
                "messages": [
                    {
                        "dmID": m.dm_id,
                        "vodz": m.vodz,
                        "marked": m.marked,
                        "status": m.status,
                        "dmDeliveryTime": m.delivery_time.isoformat(),
                    }
                    for m in self.messages.values()
                ],
                "sent": [s.to_dict() for s in self.sent],
                "marked": list(self.marked),
                "calls": list(self.calls),
                "rejected": list(self.rejected),
                "max_active": self.max_active,
            }
