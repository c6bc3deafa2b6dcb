"""``podatelna serve``: web UI + pollers + workers in one process (the embedded default)."""

from __future__ import annotations

import argparse
import logging
from typing import Any

logger = logging.getLogger(__name__)


def register(sub: Any) -> None:
    p = sub.add_parser("serve", help="web UI, pollers and workers in one process")
    p.add_argument("--listen", help="host:port (default [web] listen)")
    p.add_argument("--demo", action="store_true", help="seed the embedded demo (development)")
    p.add_argument("--no-poll", action="store_true", help="web only: no pollers, no workers")
    p.set_defaults(func=cmd_serve)


def cmd_serve(args: argparse.Namespace, ctx: Any) -> int:
    from intake.runner import serve_http, start_background, stop_background

    settings = ctx.settings
    if args.demo or settings.demo:
        from intake.demo.prepare import prepare_demo

        app, banner = prepare_demo(ctx)
        print(banner, flush=True)
    else:
        app = ctx.app()
    listen = args.listen or settings.web.listen
    host, _, port = listen.rpartition(":")
    stop, threads = start_background(app, poll=not args.no_poll, work=not args.no_poll)
    print(f"podatelna: web UI on http://{host or '127.0.0.1'}:{port}/", flush=True)
    try:
        serve_http(app, host or "127.0.0.1", int(port))
    finally:
        stop_background(stop, threads)
    return 0
