"""``podatelna inspect FILE... --json``: offline analysis without storing anything."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from intake.dropfolder import guess_channel
from intake.errors import UsageError


def register(sub: Any) -> None:
    p = sub.add_parser("inspect", help="analyse .eml/.zfo files offline (stores nothing)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print JSON (the documented contract)")
    p.add_argument(
        "--trust-dir",
        action="append",
        default=[],
        metavar="DIR",
        help="extra trust anchors: *.pem/*.crt/*.cer/*.der in DIR",
    )
    p.add_argument(
        "--crl-dir",
        action="append",
        default=[],
        metavar="DIR",
        help="CRLs (DER or PEM) for offline revocation checking",
    )
    p.add_argument("--received-at", metavar="TIME", help="trusted receipt time (ISO 8601)")
    p.add_argument("--deadline", metavar="TIME", help="override the campaign deadline")
    p.add_argument("--config", default=argparse.SUPPRESS, help="configuration file")
    p.set_defaults(func=cmd_inspect)


def _aware(value: str, what: str) -> datetime:
    try:
        dt = datetime.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(f"{what}: not an ISO 8601 time: {value!r}") from exc
    if dt.tzinfo is None:
        raise UsageError(f"{what}: give a UTC offset, e.g. 2022-12-23T23:59:59+01:00")
    return dt


def cmd_inspect(args: argparse.Namespace, ctx: Any) -> int:
    from intake.bootstrap import office_of
    from intake.content.check import build_content_checks
    from intake.inspect import analyse
    from intake.model import Channel
    from intake.stages import PipelineStages
    from intake.verification import build_verifier

    received = _aware(args.received_at, "--received-at") if args.received_at else None
    deadline = _aware(args.deadline, "--deadline") if args.deadline else None
    for d in [*args.trust_dir, *args.crl_dir]:
        if not Path(d).is_dir():
            raise UsageError(f"not a directory: {d}")
    blobs = []
    for f in args.files:
        try:
            blobs.append((f, Path(f).read_bytes()))
        except OSError as exc:
            raise UsageError(f"cannot read {f}: {exc.strerror or exc}") from exc
    settings = ctx.settings
    trust = settings.trust.model_copy(update={"fetch_revocation": False})  # offline
    verifier = build_verifier(
        trust,
        settings.path,
        anchors_dirs_extra=[Path(d).resolve() for d in args.trust_dir],
        crl_dirs_extra=[Path(d).resolve() for d in args.crl_dir],
    )
    policy, scanner = build_content_checks(settings.content, settings.path)
    stages = PipelineStages(
        campaign=settings.campaign,
        verifier=verifier,
        content_policy=policy,
        scanner=scanner,
        office=office_of(settings),
    )
    results = [
        analyse(
            stages,
            data,
            Channel(guess_channel(f, data)),
            file=f,
            deadline=deadline or settings.campaign.deadline,
            received_at=received,
        )
        for f, data in blobs
    ]
    out: Any = results[0] if len(results) == 1 else results
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for r in results:
            print(
                f"{r['file']}: {r['channel']}, received {r['received_at']}, on time {r['on_time']}, "
                f"signature {r['signature']['status']}, accepted {r['accepted_signature']}"
            )
            for p in r["problems"]:
                print(f"  {p['code']}: {p['message']}")
    return 0
