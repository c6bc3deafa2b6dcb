"""The allow-list feed: versions of the approved set, TEST/LIVE profiles, signed renderings,
the feed API's serving core, and the provisioning agent (``intake.feed.agent``).

``install(app)`` wires the feed into a composition root (idempotent): the event listener that
versions the list inside the deciding transaction, and the schedule tick for the serve loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from intake.bootstrap import App
    from intake.feed.server import FeedServer
    from intake.feed.service import FeedService


def install(app: App) -> FeedService:
    from intake.feed.service import FeedService

    existing = app.extras.get("feed")
    if isinstance(existing, FeedService):
        return existing
    service = FeedService(app.settings, app.engine, clock=app.service.clock)
    app.extras["feed"] = service
    buses = [app.events]
    service_bus = getattr(app.service, "events", None)
    if service_bus is not None and service_bus is not app.events:
        buses.append(service_bus)
    for bus in buses:
        bus.subscribe(service.on_event)
    app.extras.setdefault("loop_hooks", []).append(service.tick)
    return service


def server_of(app: App) -> FeedServer:
    """The API's in-memory serving state of ``app`` (one per composition root)."""
    from intake.feed.server import FeedServer

    existing = app.extras.get("feed_server")
    if isinstance(existing, FeedServer):
        return existing
    server = FeedServer(install(app))
    app.extras["feed_server"] = server
    return server
