"""``podatelna serve``: web UI + pollers + workers in one process (the embedded default)."""

from __future__ import annotations

import argparse
import logging
import threading
from typing import Any

logger = logging.getLogger(__name__)


def register(sub: Any) -> None:
    p = sub.add_parser("serve", help="web UI, pollers and workers in one process")
    p.add_argument("--listen", help="host:port (default [web] listen)")
    p.add_argument("--demo", action="store_true", help="seed the embedded demo (development)")
    p.add_argument("--no-poll", action="store_true", help="web only: no pollers, no workers")
    p.set_defaults(func=cmd_serve)


def _loop(app: Any, stop: threading.Event) -> None:
    """Poll every source, run the pipeline, sleep (or wake on an IMAP IDLE hint)."""
    interval = app.settings.worker.poll_seconds
    while not stop.is_set():
        for src in app.leased_sources():
            if stop.is_set():
                return
            try:
                app.service.poll_source(src)
            except Exception:
                logger.exception("polling %s failed", src.name)
        try:
            app.service.process_pending()
        except Exception:
            logger.exception("pipeline pass failed")
        for hook in app.extras.get("loop_hooks", []):
            try:
                hook()
            except Exception:
                logger.exception("background task failed")
        stop.wait(interval)


def cmd_serve(args: argparse.Namespace, ctx: Any) -> int:
    import uvicorn

    from intake.web.app import create_app

    settings = ctx.settings
    if args.demo or settings.demo:
        from intake.demo import prepare_demo

        app, banner = prepare_demo(ctx)
        print(banner, flush=True)
    else:
        app = ctx.app()
    listen = args.listen or settings.web.listen
    host, _, port = listen.rpartition(":")
    stop = threading.Event()
    threads = []
    if not args.no_poll:
        t = threading.Thread(target=_loop, args=(app, stop), name="intake-loop", daemon=True)
        t.start()
        threads.append(t)
    from intake.feed import server_of
    from intake.feed.server import outermost

    # the feed server's polling path is answered before the framework (see bench/feed)
    web = outermost(create_app(app), server_of(app))
    print(f"podatelna: web UI on http://{host or '127.0.0.1'}:{port}/", flush=True)
    try:
        uvicorn.run(
            web,
            host=host or "127.0.0.1",
            port=int(port),
            log_level="warning",
            proxy_headers=settings.web.behind_proxy,
        )
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=10)
    return 0
