"""Held filings: when ``[content] scan_required`` is set and the malware scanner cannot be
reached, the check stage holds a filing (state ``held``: no receipt confirmation, not processed
further). ``RescanTask`` — a worker loop hook built by the composition root — releases every
held filing back to ``received`` as soon as the scanner answers again; the worker then checks
(re-scans) and processes it as usual. Each release is a state transition with its audit entry.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy import Engine
from sqlmodel import col, select

from intake.events import Event, EventBus
from intake.model import State
from storage import registry
from storage.db import session_scope
from storage.tables import Submission

logger = logging.getLogger(__name__)
ACTOR = "system:rescan"


class Pingable(Protocol):
    def ping(self) -> bool: ...


def held_count(engine: Engine) -> int:
    with session_scope(engine) as s:
        rows = s.exec(select(Submission.id).where(col(Submission.state) == State.HELD.value))
        return len(rows.all())


def release_held(engine: Engine, scanner: Pingable | None, events: EventBus) -> int:
    """Release every held filing for a re-scan when ``scanner`` answers; returns how many."""
    if scanner is None or held_count(engine) == 0:
        return 0
    if not scanner.ping():
        logger.info("malware scanner still unreachable; held filings stay held")
        return 0
    with session_scope(engine) as s:
        held = s.exec(
            select(Submission)
            .where(col(Submission.state) == State.HELD.value)
            .with_for_update(skip_locked=True)
        ).all()
        for sub in held:
            data = {"reason": "malware scanner reachable again: re-scan"}
            registry.transition(s, sub, State.RECEIVED.value, actor=ACTOR, data=data)
            events.emit(
                s,
                Event(
                    "state_changed",
                    sub,
                    old_state=State.HELD.value,
                    new_state=State.RECEIVED.value,
                    actor=ACTOR,
                    data=data,
                ),
            )
        released = len(held)
    if released:
        logger.info("released %d held filing(s) for a re-scan", released)
    return released


@dataclass
class RescanTask:
    """Loop hook: at most every ``interval`` seconds, release held filings if the scanner is
    back (``release_held``)."""

    engine: Engine
    scanner: Pingable | None
    events: EventBus
    interval: float = 30.0
    monotonic: Callable[[], float] = field(default=time.monotonic, repr=False)
    _next: float = 0.0

    def __call__(self) -> None:
        now = self.monotonic()
        if now < self._next:
            return
        self._next = now + self.interval
        release_held(self.engine, self.scanner, self.events)
