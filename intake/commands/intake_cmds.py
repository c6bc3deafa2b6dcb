"""Intake commands: ``poll``, ``import``, ``worker``."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from intake.dropfolder import guess_channel
from intake.errors import UsageError
from intake.model import RawItem

logger = logging.getLogger(__name__)


def register(sub: Any) -> None:
    p = sub.add_parser("poll", help="poll every configured source (once, or continuously)")
    p.add_argument("--once", action="store_true", help="one pass, then run the pipeline and exit")
    p.add_argument("--source", action="append", help="only this source (repeatable)")
    p.add_argument("--interval", type=float, default=None, help="seconds between passes")
    p.add_argument("--no-process", action="store_true", help="register only; leave processing")
    p.set_defaults(func=cmd_poll)

    p = sub.add_parser("import", help="import .eml/.zfo files received elsewhere (NSESSS 2.2.2)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--source", default="import", help="source name recorded (default: import)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("worker", help="run pipeline stages on pending submissions")
    p.add_argument("--once", action="store_true", help="process what is pending, then exit")
    p.set_defaults(func=cmd_worker)


def _print_report(reports: list[Any]) -> None:
    for r in reports:
        line = (
            f"{r.source}: registered {r.registered}, already known {r.duplicates}, "
            f"notices {r.notices}, failed {r.failed}, kept as spam {r.spam}"
        )
        if r.error:
            line += f", ERROR: {r.error}"
        print(line)


def cmd_poll(args: argparse.Namespace, ctx: Any) -> int:
    from intake.service import PollReport

    app = ctx.app()
    names = args.source or list(app.source_factories)
    unknown = [n for n in names if n not in app.source_factories]
    if unknown:
        raise UsageError(f"no such source: {', '.join(unknown)}")
    if not names:
        raise UsageError("no [[source]] configured")
    if not args.once:
        from intake.runner import start_background, stop_background

        stop, threads = start_background(
            app, poll=True, work=not args.no_process, interval=args.interval, sources=names
        )
        try:
            stop.wait()
        finally:
            stop_background(stop, threads)
        return 0
    reports = []
    for name in names:
        if not app.lease(name).try_acquire():
            print(f"{name}: standby (another process polls this source)", file=sys.stderr)
            continue
        try:
            src = app.source(name)
        except Exception as exc:
            logger.error("source %s unusable: %s", name, exc)
            reports.append(PollReport(name, error=str(exc)))
            continue
        reports.append(app.service.poll_source(src))
    if not args.no_process:
        app.service.process_pending()
    _print_report(reports)
    return 1 if any(r.error for r in reports) else 0


def cmd_import(args: argparse.Namespace, ctx: Any) -> int:
    items = []
    for f in args.files:
        path = Path(f)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UsageError(f"cannot read {f}: {exc.strerror or exc}") from exc
        import hashlib

        items.append(
            RawItem(
                source=args.source,
                ref=hashlib.sha256(data).hexdigest(),
                data=data,
                channel=guess_channel(path.name, data),
                received_at=None,
                metadata={"file": path.name, "imported": "manual"},
            )
        )
    app = ctx.app()
    results = app.service.ingest(items)
    app.service.process_pending()
    for f, r in zip(args.files, results, strict=True):
        status = "registered" if r.created else "already registered"
        print(f"{f}: {status} as {r.submission.registry_number} (id {r.submission.id})")
    return 0


def cmd_worker(args: argparse.Namespace, ctx: Any) -> int:
    app = ctx.app()
    if args.once:
        done = app.service.process_pending()
        for hook in app.loop_hooks:
            hook()
        print(f"processed {done} stage(s)", file=sys.stderr)
        return 0
    from intake.runner import start_background, stop_background

    stop, threads = start_background(app, poll=False, work=True)
    try:
        stop.wait()
    finally:
        stop_background(stop, threads)
    return 0
