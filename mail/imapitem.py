"""Pure helpers of the IMAP source: building a ``RawItem`` with its arrival time, and
grouping UIDs into body-fetch batches."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import UTC, datetime

from intake.errors import MailSourceError
from intake.model import Channel, RawItem, Withheld, WithheldReason


def ref_for(folder: str, uidvalidity: int, uid: int) -> str:
    return f"{folder}/{uidvalidity}/{uid}"


def parse_ref(ref: str, source: str, folder: str) -> tuple[int, int]:
    """(UIDVALIDITY, UID) of a reference made by ``ref_for`` for ``folder``."""
    try:
        name, validity, uid = ref.rsplit("/", 2)
        result = int(validity), int(uid)
    except ValueError:
        raise MailSourceError(f"source {source}: not an IMAP reference: {ref!r}") from None
    if name != folder:
        raise MailSourceError(f"source {source}: {ref!r} is not from {folder!r}")
    return result


class PendingMoves:
    """Acknowledged UIDs not yet moved, per destination folder, all of one UIDVALIDITY."""

    def __init__(self) -> None:
        self.by_dest: dict[str, list[int]] = {}
        self.validity: int | None = None
        self.unconfirmed: set[str] = set()
        """Destinations whose move was sent but not confirmed (the connection broke off):
        some of their messages may have been copied already."""

    def add(self, dest: str, uid: int, validity: int) -> None:
        if not self.by_dest:
            self.validity = validity
        self.by_dest.setdefault(dest, []).append(uid)

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_dest.values())

    def clear(self) -> None:
        self.by_dest.clear()
        self.unconfirmed.clear()


def raw_item(
    source: str,
    folder: str,
    uidvalidity: int,
    uid: int,
    raw: bytes,
    internaldate: object,
) -> RawItem:
    """The item for one fetched message. Its arrival is the IMAP INTERNALDATE (kept in the
    metadata too); whether a ``Received:`` header of the source's trusted relay may stand for
    it is decided at registration (``intake.receipt``)."""
    meta: dict[str, str] = {
        "imap_folder": folder,
        "imap_uidvalidity": str(uidvalidity),
        "imap_uid": str(uid),
        "size": str(len(raw)),
        "sha256": hashlib.sha256(raw).hexdigest(),
    }
    received_at = None
    if isinstance(internaldate, datetime):
        when = internaldate if internaldate.tzinfo else internaldate.replace(tzinfo=UTC)
        received_at = when.astimezone(UTC)
        meta["internaldate"] = received_at.isoformat()
    return RawItem(
        source=source,
        ref=ref_for(folder, uidvalidity, uid),
        data=raw,
        channel=Channel.EMAIL,
        received_at=received_at,
        metadata=meta,
    )


def withheld_item(headers_item: RawItem, size: int, limit: int) -> RawItem:
    """An oversize message as a withheld item: ``headers_item`` was built by ``raw_item`` from
    its header section; the size facts are the whole message's."""
    meta = {k: v for k, v in headers_item.metadata.items() if k != "sha256"}
    meta["size"] = str(size)
    return dataclasses.replace(
        headers_item,
        metadata=meta,
        withheld=Withheld(WithheldReason.TOO_LARGE, size=size, limit=limit),
    )


def plan_batches(sizes: list[tuple[int, int]], max_bytes: int, max_count: int) -> list[list[int]]:
    """Consecutive UIDs grouped so that a batch holds at most ``max_count`` messages and, unless
    it is a single message, at most ``max_bytes`` bytes."""
    batches: list[list[int]] = []
    batch: list[int] = []
    total = 0
    for uid, size in sizes:
        if batch and (total + size > max_bytes or len(batch) >= max_count):
            batches.append(batch)
            batch, total = [], 0
        batch.append(uid)
        total += size
    if batch:
        batches.append(batch)
    return batches
