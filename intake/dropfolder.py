"""Drop-folder source (Maildir-style): files in ``new/`` are items; acknowledged ones move to
``cur/``. Used by the embedded default and for files copied in by hand or by another system.

``.zfo`` files (or DER-looking content) are data-box messages, everything else an e-mail.
A file is only picked up once it is complete: writers should create it elsewhere (``tmp/``)
and rename it into ``new/``, as with Maildir.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from intake.errors import SourceError
from intake.model import Channel, RawItem, SourceNotice, Withheld, WithheldReason
from intake.pipeline import CHANNELS
from intake.withheld import HEADER_LIMIT, header_section

logger = logging.getLogger(__name__)
MAX_SIZE = 50 * 1024 * 1024
"""The default ``max_size`` (as ``[[source]] max_size`` of a drop folder)."""


def guess_channel(name: str, data: bytes) -> Channel:
    """By the file's extension (``CHANNELS``), else DER-looking content is a data-box message."""
    for channel, kind in CHANNELS.items():
        if name.lower().endswith("." + kind.extension):
            return channel
    return Channel.DATABOX if data[:1] == b"\x30" else Channel.EMAIL


class DropFolderSource:
    """A local folder as a source; ``ref`` is the file name inside ``new/``."""

    def __init__(
        self, name: str, path: Path, *, channel: str = "auto", max_size: int = MAX_SIZE
    ) -> None:
        self.name = name
        self.path = Path(path)
        self.channel = channel
        self.max_size = max_size
        self._notices: set[str] = set()
        for sub in ("tmp", "new", "cur", "quarantine"):
            try:
                (self.path / sub).mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise SourceError(f"drop folder {self.path} is not usable: {exc}") from exc

    def poll(self) -> Iterator[RawItem | SourceNotice]:
        """Every file in ``new/``; one over ``max_size`` as a withheld item (an e-mail's header
        section only; the file goes to ``quarantine/`` when acknowledged)."""
        new = self.path / "new"
        try:
            names = sorted(p.name for p in new.iterdir() if p.is_file())
        except OSError as exc:
            raise SourceError(f"cannot list {new}: {exc}") from exc
        for fname in names:
            try:
                thing = self._read(new / fname)
            except FileNotFoundError:
                continue  # taken by another poller
            except OSError as exc:
                self._notices.add(fname)
                yield SourceNotice(self.name, fname, "unreadable", str(exc))
                continue
            yield thing

    def _read(self, f: Path) -> RawItem:
        st = f.stat()
        withheld = None
        if st.st_size > self.max_size:
            with f.open("rb") as fh:
                head = fh.read(HEADER_LIMIT)
            withheld = Withheld(WithheldReason.TOO_LARGE, size=st.st_size, limit=self.max_size)
            self._notices.add(f.name)  # the original goes to quarantine/
        data = f.read_bytes() if withheld is None else head
        channel = Channel(self.channel) if self.channel != "auto" else guess_channel(f.name, data)
        if withheld is not None:
            data = header_section(head) if channel is Channel.EMAIL else b""
        mtime = datetime.fromtimestamp(st.st_mtime, UTC)
        meta = {"file": f.name, "mtime": mtime.isoformat(), "size": str(st.st_size)}
        return RawItem(
            source=self.name,
            ref=f.name,
            data=data,
            channel=channel,
            # a file's mtime is not trusted evidence: the arrival is the registration time
            # (a Received header of the source's trusted_mx may stand for it, in bounds)
            received_at=None,
            metadata=meta,
            withheld=withheld,
        )

    def acknowledge(self, ref: str) -> None:
        if ref in self._notices:
            self._notices.discard(ref)
            self.quarantine(ref)
            return
        src = self.path / "new" / ref
        dest = self.path / "cur" / ref
        try:
            os.replace(src, dest)
        except FileNotFoundError:
            if not dest.exists():
                logger.warning("drop folder %s: %s vanished before acknowledgement", self.name, ref)

    def quarantine(self, ref: str) -> None:
        try:
            os.replace(self.path / "new" / ref, self.path / "quarantine" / ref)
        except FileNotFoundError:
            pass

    def close(self) -> None:
        return None
