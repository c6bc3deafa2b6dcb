"""In-transaction domain events. A state change (pipeline stage or officer decision) or a
correction of an application emits an event to every listener *inside the transaction that
makes the change*, so what listeners write (outbox notices, allow-list versions) commits or
rolls back with it. Listeners are registered by the composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from storage.tables import Application, Submission


@dataclass(frozen=True)
class Event:
    kind: str
    """``state_changed`` | ``received`` | ``application_corrected`` | ``profile_changed`` …"""
    submission: Submission | None
    old_state: str | None = None
    new_state: str | None = None
    actor: str = "system"
    data: dict[str, Any] = field(default_factory=dict)
    application: Application | None = None
    """The submission's application when the emitter has it loaded (listeners need not look
    it up again); None says nothing about whether one exists."""


Listener = Callable[[Session, Event], None]


class EventBus:
    def __init__(self) -> None:
        self.listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self.listeners.append(listener)

    def emit(self, session: Session, event: Event) -> None:
        for listener in self.listeners:
            listener(session, event)
