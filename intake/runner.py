"""Background loops of a long-running process (``serve``, ``poll``): one poller thread per
source (each waits on its own source — IMAP IDLE as a wake-up hint — and only polls while it
holds the source's lease), and one worker thread running pipeline stages and the areas'
periodic tasks (notices outbox, allow-list schedule). Each loop contains its own failures.

``serve_http`` runs the web UI and the feed API in the foreground; the CLI calls it, so the
CLI itself imports nothing from ``intake.web``."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import socket

    import uvicorn

    from intake.bootstrap import App

logger = logging.getLogger(__name__)


def source_loop(
    app: App, name: str, stop: threading.Event, wake: threading.Event, interval: float
) -> None:
    lease = app.lease(name)
    while not stop.is_set():
        if not (lease.try_acquire() and lease.still_held()):
            stop.wait(interval)  # standby: another instance polls this source
            continue
        try:
            src = app.source(name)
            report = app.service.poll_source(src)
            if report.registered:
                wake.set()
            waiter = getattr(src, "wait", None)
            if callable(waiter) and not report.error:
                waiter(interval)  # returns early when the server signals new mail
            else:
                stop.wait(interval)
        except Exception:
            logger.exception("polling %s failed", name)
            stop.wait(interval)


def worker_loop(app: App, stop: threading.Event, wake: threading.Event, interval: float) -> None:
    while not stop.is_set():
        try:
            app.service.process_pending()
        except Exception:
            logger.exception("pipeline pass failed")
        for hook in app.loop_hooks:
            try:
                hook()
            except Exception:
                logger.exception("background task failed")
        wake.wait(interval)
        wake.clear()


def start_background(
    app: App,
    *,
    poll: bool = True,
    work: bool = True,
    interval: float | None = None,
    sources: list[str] | None = None,
) -> tuple[threading.Event, list[threading.Thread]]:
    """Start the loops; set the returned event to stop them."""
    interval = interval or app.settings.worker.poll_seconds
    stop, wake = threading.Event(), threading.Event()
    threads = []
    if poll:
        for name in sources if sources is not None else list(app.source_factories):
            threads.append(
                threading.Thread(
                    target=source_loop,
                    args=(app, name, stop, wake, interval),
                    name=f"poll-{name}",
                    daemon=True,
                )
            )
    if work:
        threads.append(
            threading.Thread(
                target=worker_loop, args=(app, stop, wake, interval), name="worker", daemon=True
            )
        )
    for t in threads:
        t.start()
    return stop, threads


def stop_background(stop: threading.Event, threads: list[threading.Thread]) -> None:
    stop.set()
    for t in threads:
        t.join(timeout=10)


def serve_http(app: App, host: str, port: int, sock: socket.socket | None = None) -> None:
    """Serve the officer UI and the feed API until interrupted (on ``sock`` when given, bound
    and listening, otherwise on ``host``:``port``)."""
    http_server(app, host, port).run(sockets=[sock] if sock is not None else None)


def http_server(app: App, host: str, port: int) -> uvicorn.Server:
    """The uvicorn server of ``serve``. The feed's polling path is answered before the
    framework: a current ETag's ``304`` by the HTTP protocol itself (``intake.feed.fastpath``),
    the rest of the feed by raw ASGI (``intake.feed.server``); see bench/feed. ``X-Forwarded-*``
    is believed only from ``[web] trusted_proxies`` (``intake.web.app.behind_proxies``, around
    both), and no ``Server`` header names the software. No access log (at this log level
    it wrote nothing anyway); the feed records each token's fetches itself."""
    import uvicorn

    from intake.feed.fastpath import protocol_for
    from intake.feed.server import outermost
    from intake.web.app import behind_proxies, create_app

    web = outermost(create_app(app), app.feed_server)
    config = uvicorn.Config(
        behind_proxies(web, app.settings.web.trusted_proxies),
        host=host,
        port=port,
        http=protocol_for(app.feed_server),
        log_level="warning",
        access_log=False,
        proxy_headers=False,
        server_header=False,
    )
    return uvicorn.Server(config)
