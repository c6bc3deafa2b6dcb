"""The audit page's chain status. Recomputing a long chain on every view costs seconds, so a
view recomputes the whole chain at most every ``FULL_SECONDS`` and otherwise checks only the
entries appended since the last check (linked to the last checked entry). A break, once seen,
makes every following view recompute the whole chain. ``podatelna audit verify`` and the XML
export always recompute all of it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session

from storage.audit import ChainBreak, ChainCursor, verify_chain

FULL_SECONDS = 60.0


@dataclass(frozen=True)
class ChainStatus:
    breaks: tuple[ChainBreak, ...]
    checked: int
    """Entries of the chain covered by the checks behind this status."""
    full_at: datetime
    """When the whole chain was last recomputed."""


class ChainMonitor:
    def __init__(
        self, full_seconds: float = FULL_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.full_seconds = full_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._cursor: ChainCursor | None = None
        self._full_mono = 0.0
        self._full_at = datetime.now(UTC)
        self._breaks: tuple[ChainBreak, ...] = ()

    def status(self, s: Session) -> ChainStatus:
        with self._lock:
            stale = self._clock() - self._full_mono >= self.full_seconds
            if self._cursor is None or stale or self._breaks:
                cursor = ChainCursor()
                self._breaks = tuple(verify_chain(s, cursor=cursor))
                self._cursor = cursor
                self._full_mono, self._full_at = self._clock(), datetime.now(UTC)
            else:
                self._breaks = tuple(verify_chain(s, cursor=self._cursor))
            return ChainStatus(self._breaks, self._cursor.checked, self._full_at)
