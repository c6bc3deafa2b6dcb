"""``podatelna inspect FILE... --json``: offline analysis without storing anything."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from intake.dropfolder import guess_channel
from intake.errors import UsageError

if TYPE_CHECKING:
    from intake.config import Settings
    from intake.pipeline import Stages


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


def offline_stages(settings: Settings, trust_dirs: list[str], crl_dirs: list[str]) -> Stages:
    """The service's stages (``build_stages``), with revocation fetching off (offline) and
    the extra trust anchors and CRLs of the command line."""
    from intake.bootstrap import build_stages

    trust = settings.trust.model_copy(update={"fetch_revocation": False})
    return build_stages(
        settings.model_copy(update={"trust": trust}),
        anchors_dirs_extra=[Path(d).resolve() for d in trust_dirs],
        crl_dirs_extra=[Path(d).resolve() for d in crl_dirs],
    )


def cmd_inspect(args: argparse.Namespace, ctx: Any) -> int:
    from intake.inspect import analyse
    from intake.model import Channel

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
    stages = offline_stages(settings, args.trust_dir, args.crl_dir)
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
            sig = r["signature"]
            what = "seal" if sig.get("kind") == "zfo_seal" else "signature"
            kind = ", delivery receipt" if r["document_kind"] == "delivery_receipt" else ""
            print(
                f"{r['file']}: {r['channel']}{kind}, received {r['received_at']}, "
                f"on time {r['on_time']}, {what} {sig['status']}, "
                f"accepted {r['accepted_signature']}"
            )
            for p in r["problems"]:
                print(f"  {p['code']}: {p['message']}")
    return 0
