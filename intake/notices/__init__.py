"""Notices to applicants: receipt confirmations, verification results and defect notices,
decisions (sealed PDF letters) and announcements, through a transactional outbox.

``install(app)`` is called by the composition root: it subscribes the outbox listener to the
application's event bus (every state change writes its notice in the same transaction) and
adds the sender worker to the serve loop's hooks."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from intake.notices.outbox import Outbox
from intake.notices.sender import NoticeSender

if TYPE_CHECKING:
    from intake.bootstrap import App

logger = logging.getLogger(__name__)

__all__ = ["NoticeSender", "Outbox", "install", "outbox_of", "sender_of"]


def install(app: App) -> None:
    """Wire notices into ``app`` (idempotent)."""
    if "notices.outbox" in app.extras:
        return
    outbox = Outbox(app.settings)
    buses: list[Any] = []
    for bus in (app.events, getattr(app.service, "events", None)):
        if bus is not None and all(bus is not b for b in buses):
            buses.append(bus)
            bus.subscribe(outbox.on_event)
    sender = NoticeSender(app.settings, app.engine, app.evidence)
    if app.settings.notices.enabled and not sender.channels:
        logger.info(
            "notices: neither [smtp] nor [notices] reply_source is configured; every notice "
            "will be recorded as undeliverable for the officers"
        )
    app.extras["notices.outbox"] = outbox
    app.extras["notices.sender"] = sender
    app.extras.setdefault("loop_hooks", []).append(sender)


def outbox_of(app: App) -> Outbox:
    install(app)
    return app.extras["notices.outbox"]  # type: ignore[no-any-return]


def sender_of(app: App) -> NoticeSender:
    install(app)
    return app.extras["notices.sender"]  # type: ignore[no-any-return]
