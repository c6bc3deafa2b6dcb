"""The data-box channel adapter (``intake.model.Source``).

Each ``poll`` lists received messages over the delivery-time window
``[watermark − overlap, now]`` page by page, skips dmIDs already handled, downloads each new
one as a sealed ZFO (big messages through VoDZ) and yields it as a ``RawItem``. The service
calls ``acknowledge(dmID)`` once the item is durably committed; only then is the message
marked as downloaded in ISDS. The watermark, the handled dmIDs near it and the not yet
marked dmIDs live in a small JSON state file.

Every ``GetListOfReceivedMessages`` call counts as delivery by login (§17(3) 300/2008): poll
only as often as needed.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from databox.client import DataboxClient
from databox.errors import (
    BigMessageRequired,
    DataboxError,
    DataboxProtocolError,
    DataboxStatusError,
    DataboxThrottled,
)
from databox.records import ReceivedRecord
from databox.zfo import parse_time, peek
from intake.model import Channel, RawItem, SourceNotice, Withheld, WithheldReason

logger = logging.getLogger(__name__)


SYSTEM_BOXES = frozenset({"aaaaaaa", "zzzzzzq"})
"""Senders of ISDS system messages (DIA, Česká pošta); their dmSenderType is 0."""

READ = 7
"""dmMessageStatus 7: read (downloaded and marked by an ESS, or opened on the portal)."""


class _WrongZfo(DataboxProtocolError):
    """The downloaded ZFO is unreadable or is another message than the one asked for."""


def _iso(value: datetime | None) -> str:
    return value.astimezone(UTC).isoformat() if value else ""


@dataclass
class _State:
    watermark: datetime | None = None
    done: dict[str, str] = field(default_factory=dict)
    """dmID → delivery time (ISO) of messages already handled, kept around the watermark."""
    unmarked: list[str] = field(default_factory=list)
    """Committed messages whose MarkMessageAsDownloaded has not succeeded yet."""
    failures: dict[str, int] = field(default_factory=dict)
    """dmID → polls in which ISDS refused its download (retried up to ``max_attempts``)."""

    @classmethod
    def load(cls, path: Path) -> _State:
        if not path.exists():
            return cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            wm = raw.get("watermark")
            return cls(
                watermark=datetime.fromisoformat(wm) if wm else None,
                done={str(k): str(v) for k, v in (raw.get("done") or {}).items()},
                unmarked=[str(x) for x in raw.get("unmarked") or []],
                failures={str(k): int(v) for k, v in (raw.get("failures") or {}).items()},
            )
        except (OSError, ValueError, AttributeError) as exc:
            raise DataboxError(f"data-box state file {path} is unreadable: {exc}") from exc

    def save(self, path: Path) -> None:
        data = {
            "watermark": _iso(self.watermark) or None,
            "done": self.done,
            "unmarked": self.unmarked,
            "failures": self.failures,
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".databox-state-")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1, sort_keys=True)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)


class DataboxSource:
    """``Source`` over one ISDS account."""

    def __init__(
        self,
        name: str,
        client: DataboxClient,
        state_path: str | Path,
        *,
        overlap: timedelta = timedelta(minutes=60),
        page_size: int = 100,
        initial_lookback: timedelta = timedelta(days=90),
        fetch_delivery_info: bool = True,
        max_attempts: int = 3,
        max_size: int | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.name = name
        self.max_size = max_size
        """Largest message (bytes, by the listing's ``dmAttachmentSize``) downloaded; a larger
        one is registered as withheld from its listing, and stays in ISDS."""
        self.client = client
        self.state_path = Path(state_path)
        self.overlap = overlap
        self.page_size = page_size
        self.initial_lookback = initial_lookback
        self.fetch_delivery_info = fetch_delivery_info
        self.max_attempts = max_attempts
        self._clock = clock
        self._state = _State.load(self.state_path)
        self._pending: dict[str, datetime] = {}
        self._notices: set[str] = set()
        self._retry: dict[str, datetime] = {}
        self._read: set[str] = set()
        """dmIDs listed as already read (state 7): acknowledged without marking them again."""

    @classmethod
    def create(
        cls,
        name: str,
        state_path: str | Path,
        *,
        overlap_minutes: int = 60,
        page_size: int = 100,
        initial_lookback_days: int = 90,
        **client_args: Any,
    ) -> DataboxSource:
        """Build the client from plain arguments (see ``DataboxClient``) and the source."""
        return cls(
            name,
            DataboxClient(**client_args),
            state_path,
            overlap=timedelta(minutes=overlap_minutes),
            page_size=page_size,
            initial_lookback=timedelta(days=initial_lookback_days),
        )

    # -- Source protocol ----------------------------------------------------------------------

    def poll(self) -> Iterator[RawItem | SourceNotice]:
        self._retry_marks()
        now = self._clock()
        wm = self._state.watermark
        start = wm - self.overlap if wm else now - self.initial_lookback
        complete = False
        self._retry = {}
        try:
            for rec in self.client.iter_received(start, now, page_size=self.page_size):
                if rec.dm_id in self._state.done:
                    continue
                item = self._withheld(rec) or self._fetch(rec)
                if item is None:  # refused this time; stays in the window for the next poll
                    self._retry[rec.dm_id] = rec.delivery_time or now
                    continue
                if isinstance(item, RawItem):
                    self._pending[rec.dm_id] = item.received_at or now
                    if rec.status == READ:  # marked before a crash lost our state file
                        self._read.add(rec.dm_id)
                else:
                    self._notices.add(rec.dm_id)
                yield item
            complete = True
        finally:
            self._advance(now if complete else None)

    def acknowledge(self, ref: str) -> None:
        when = self._pending.pop(ref, None)
        notice = ref in self._notices
        self._notices.discard(ref)
        already_read = ref in self._read
        self._read.discard(ref)
        self._state.done[ref] = _iso(when or self._clock())
        self._state.failures.pop(ref, None)
        if not notice and not already_read:
            try:
                self.client.mark_downloaded(ref)
            except DataboxError as exc:
                logger.warning("%s: marking %s as downloaded failed: %s", self.name, ref, exc)
                if ref not in self._state.unmarked:
                    self._state.unmarked.append(ref)
        self._state.save(self.state_path)

    def close(self) -> None:
        self.client.close()

    # -- internals ----------------------------------------------------------------------------

    def _withheld(self, rec: ReceivedRecord) -> RawItem | None:
        """A message the listing says is over ``max_size`` (ISDS gives ``dmAttachmentSize`` in
        kB) as a withheld item: registered from the listing, not downloaded, not marked as
        downloaded (the original stays in the data box)."""
        if self.max_size is None or rec.attachment_size is None:
            return None
        size = rec.attachment_size * 1024
        if size <= self.max_size:
            return None
        self._notices.add(rec.dm_id)  # acknowledged without MarkMessageAsDownloaded
        meta = {k: v for k, v in self._listing_meta(rec, rec.delivery_time).items() if v}
        return RawItem(
            source=self.name,
            ref=rec.dm_id,
            data=b"",
            channel=Channel.DATABOX,
            received_at=rec.delivery_time.astimezone(UTC) if rec.delivery_time else None,
            metadata=meta,
            withheld=Withheld(WithheldReason.TOO_LARGE, size=size, limit=self.max_size),
        )

    @staticmethod
    def _listing_meta(rec: ReceivedRecord, delivered: datetime | None) -> dict[str, str]:
        """The facts of the ISDS listing worth keeping with the submission."""
        return {
            "dmID": rec.dm_id,
            "dmDeliveryTime": _iso(delivered),
            "dmAcceptanceTime": _iso(rec.acceptance_time),
            "dbIDSender": rec.sender_box,
            "dmSender": rec.sender_name,
            "dmSenderType": "" if rec.sender_type is None else str(rec.sender_type),
            "dmAnnotation": rec.annotation,
            "dmAttachmentSize": "" if rec.attachment_size is None else str(rec.attachment_size),
            "dmMessageStatus": "" if rec.status is None else str(rec.status),
            "dmVODZ": "true" if rec.vodz else "false",
            "systemMessage": "true"
            if rec.sender_box in SYSTEM_BOXES or rec.sender_type == 0
            else "false",
        }

    def _fetch(self, rec: ReceivedRecord) -> RawItem | SourceNotice | None:
        """The message as a RawItem; when ISDS refuses it (a status code), None while
        attempts are left (it is tried again next poll), then a ``download_failed`` notice.
        Throttling and transport errors abort the whole poll instead."""
        try:
            try:
                zfo = self.client.download_zfo(rec.dm_id, big=rec.vodz)
            except BigMessageRequired:
                zfo = self.client.download_zfo(rec.dm_id, big=True)
            sealed = self._check(rec.dm_id, zfo)
        except DataboxThrottled:
            raise
        except (DataboxStatusError, _WrongZfo) as exc:
            attempts = self._state.failures.get(rec.dm_id, 0) + 1
            self._state.failures[rec.dm_id] = attempts
            logger.warning(
                "%s: download of %s refused (attempt %d of %d): %s",
                self.name,
                rec.dm_id,
                attempts,
                self.max_attempts,
                exc,
            )
            if attempts < self.max_attempts:
                return None
            return SourceNotice(
                source=self.name,
                ref=rec.dm_id,
                reason="download_failed",
                detail=f"{exc} (after {attempts} polls)",
            )
        delivered = sealed or rec.delivery_time
        meta = {**self._listing_meta(rec, delivered), "zfoSize": str(len(zfo))}
        if self.fetch_delivery_info:
            try:
                info = self.client.delivery_info(rec.dm_id)
                meta["deliveryEvents"] = json.dumps(
                    [{"time": _iso(t), "description": d} for t, d in info.events],
                    ensure_ascii=False,
                )
            except DataboxStatusError as exc:
                logger.warning("%s: delivery info of %s: %s", self.name, rec.dm_id, exc)
        return RawItem(
            source=self.name,
            ref=rec.dm_id,
            data=zfo,
            channel=Channel.DATABOX,
            received_at=delivered.astimezone(UTC) if delivered else None,
            metadata=meta,
        )

    @staticmethod
    def _check(dm_id: str, zfo: bytes) -> datetime | None:
        """The sealed ``dmDeliveryTime`` of ``zfo``, after checking that it is the message
        that was asked for (``_WrongZfo`` otherwise)."""
        try:
            facts = peek(zfo)
        except ValueError as exc:
            raise _WrongZfo(f"ZFO of message {dm_id} is unreadable: {exc}") from exc
        if facts.get("dmID") != dm_id:
            raise _WrongZfo(
                f"ISDS returned message {facts.get('dmID')!r} when {dm_id} was asked for"
            )
        try:
            return parse_time(facts.get("dmDeliveryTime"))
        except ValueError:
            return None

    def _advance(self, listed_until: datetime | None) -> None:
        """Move the watermark after a poll: to the listing's end when it was complete and
        nothing is left unacknowledged, else to the oldest unacknowledged delivery time."""
        old = self._state.watermark
        if listed_until is not None:
            candidate = min([listed_until, *self._pending.values(), *self._retry.values()])
            self._state.watermark = max(old, candidate) if old else candidate
        wm = self._state.watermark
        if wm is not None:
            keep_from = wm - self.overlap - timedelta(days=1)
            self._state.done = {
                k: v
                for k, v in self._state.done.items()
                if not v or datetime.fromisoformat(v) >= keep_from
            }
        self._state.save(self.state_path)

    def _retry_marks(self) -> None:
        if not self._state.unmarked:
            return
        left = []
        for ref in self._state.unmarked:
            try:
                self.client.mark_downloaded(ref)
            except DataboxError as exc:
                logger.warning("%s: marking %s still fails: %s", self.name, ref, exc)
                left.append(ref)
        self._state.unmarked = left
        self._state.save(self.state_path)
