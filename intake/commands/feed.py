"""Feed commands: ``feed token add|list|revoke``, ``feed key``, ``allowlist export``,
``allowlist profile set|show``, ``allowlist versions``, and ``agent`` (the feed host's side)."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import threading
from pathlib import Path
from typing import Any

from intake.errors import ConfigurationError, UsageError
from intake.feed.profiles import OVERRIDES, PROFILES
from intake.feed.render import FORMATS_HELP, Format


def register(sub: Any) -> None:
    p = sub.add_parser("feed", help="feed API: consumer tokens and the signing key")
    fsub = p.add_subparsers(dest="feed_command", required=True)
    t = fsub.add_parser("token", help="API tokens of feed consumers")
    tsub = t.add_subparsers(dest="token_command", required=True)
    a = tsub.add_parser("add", help="create a token (printed once, stored hashed)")
    a.add_argument("name")
    a.add_argument(
        "--allow",
        action="append",
        default=[],
        metavar="CIDR",
        help="source address or network allowed to use it (repeatable)",
    )
    a.set_defaults(func=cmd_token_add)
    ls = tsub.add_parser("list", help="list tokens (never the tokens themselves)")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_token_list)
    r = tsub.add_parser("revoke", help="revoke a token")
    r.add_argument("name")
    r.set_defaults(func=cmd_token_revoke)
    k = fsub.add_parser("key", help="print the public key verifying the lists (minisign)")
    k.set_defaults(func=cmd_key)

    p = sub.add_parser("allowlist", help="the allow-list: export, profile, versions")
    asub = p.add_subparsers(dest="allowlist_command", required=True)
    e = asub.add_parser("export", help="print (or write) the current list")
    e.add_argument("--profile", choices=PROFILES, help="default: the active profile")
    e.add_argument("--format", default="text", help=FORMATS_HELP)
    e.add_argument("--output", "-o", help="write here instead of stdout")
    e.add_argument("--signature", help="also write the minisign signature here")
    e.set_defaults(func=cmd_export)
    pr = asub.add_parser("profile", help="show or set the active profile")
    psub = pr.add_subparsers(dest="profile_command", required=True)
    ps = psub.add_parser("set", help="manual override (audited): test, live, or auto")
    ps.add_argument("profile", choices=OVERRIDES)
    ps.add_argument("--reason", default="", help="why (kept in the audit log)")
    ps.set_defaults(func=cmd_profile_set)
    sh = psub.add_parser("show", help="the active profile and why")
    sh.set_defaults(func=cmd_profile_show)
    v = asub.add_parser("versions", help="recent versions")
    v.add_argument("--limit", type=int, default=20)
    v.set_defaults(func=cmd_versions)

    ag = sub.add_parser("agent", help="feed host: poll, verify and apply the allow-list")
    ag.add_argument("--once", action="store_true", help="one cycle, exit 0 when it succeeded")
    ag.set_defaults(func=cmd_agent)


def _actor() -> str:
    return f"cli:{getpass.getuser()}"


def _feed(ctx: Any) -> Any:
    return ctx.app().feed


def cmd_token_add(args: argparse.Namespace, ctx: Any) -> int:
    from intake.feed.tokens import add_token
    from storage.db import session_scope
    from storage.tables import utcnow

    app = ctx.app()
    with session_scope(app.engine) as s:
        token = add_token(s, args.name, args.allow, actor=_actor(), now=utcnow())
    print(token)
    print("(shown once: store it in the feed host's [agent] token_file)", file=sys.stderr)
    return 0


def cmd_token_list(args: argparse.Namespace, ctx: Any) -> int:
    from intake.feed.tokens import list_tokens
    from storage.db import session_scope

    app = ctx.app()
    with session_scope(app.engine) as s:
        rows: list[dict[str, Any]] = [
            {
                "name": t.name,
                "allowed_sources": t.allowed_sources,
                "created_at": t.created_at.isoformat(),
                "revoked_at": t.revoked_at.isoformat() if t.revoked_at else None,
            }
            for t in list_tokens(s)
        ]
    if args.json:
        print(json.dumps(rows, indent=1))
    else:
        for r in rows:
            state = f"revoked {r['revoked_at']}" if r["revoked_at"] else "active"
            allow = ",".join(r["allowed_sources"]) or "any source"
            print(f"{r['name']}\t{state}\t{allow}\tcreated {r['created_at']}")
    return 0


def cmd_token_revoke(args: argparse.Namespace, ctx: Any) -> int:
    from intake.feed.tokens import revoke_token
    from storage.db import session_scope
    from storage.tables import utcnow

    app = ctx.app()
    with session_scope(app.engine) as s:
        revoke_token(s, args.name, actor=_actor(), now=utcnow())
    print(f"revoked {args.name}")
    return 0


def cmd_key(args: argparse.Namespace, ctx: Any) -> int:
    print(_feed(ctx).public_key_file(), end="")
    return 0


def cmd_export(args: argparse.Namespace, ctx: Any) -> int:
    from intake.feed.agent import atomic_write

    try:
        fmt = Format.parse(args.format)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    art = _feed(ctx).export(args.profile, fmt)
    if args.output:
        atomic_write(Path(args.output), art.body)
        print(f"version {art.version} ({art.profile}) written to {args.output}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(art.body)
        sys.stdout.flush()
    if args.signature:
        atomic_write(Path(args.signature), art.signature.encode())
    return 0


def cmd_profile_set(args: argparse.Namespace, ctx: Any) -> int:
    row = _feed(ctx).set_profile(args.profile, actor=_actor(), reason=args.reason)
    msg = f"profile override: {args.profile}"
    print(msg + (f"; new version {row.version} ({row.profile})" if row else "; list unchanged"))
    return 0


def cmd_profile_show(args: argparse.Namespace, ctx: Any) -> int:
    from intake.feed.versions import current_override
    from storage.db import session_scope

    feed = _feed(ctx)
    with session_scope(feed.engine) as s:
        override = current_override(s) or "auto"
        active = feed.active_profile(s, feed.clock())
    print(f"active: {active} (override: {override}, configured: {feed.config_override or '-'})")
    return 0


def cmd_versions(args: argparse.Namespace, ctx: Any) -> int:
    from sqlmodel import col, select

    from storage.db import session_scope
    from storage.feed import AllowListVersion

    feed = _feed(ctx)
    with session_scope(feed.engine) as s:
        rows = s.exec(
            select(AllowListVersion)
            .order_by(col(AllowListVersion.version).desc())
            .limit(args.limit)
        ).all()
        for r in rows:
            print(
                f"{r.version}\t{r.created_at.isoformat()}\t{r.profile}\t"
                f"{len(r.entries)} entries\t{r.sha256[:16]}\t{r.reason}"
            )
    return 0


def agent_from_settings(settings: Any) -> Any:
    from intake.config import read_secret
    from intake.feed import minisign
    from intake.feed.agent import Agent, AgentOptions

    cfg = settings.agent
    token = read_secret(cfg.token, cfg.token_file, settings)
    if not token:
        raise ConfigurationError("[agent] needs token or token_file")
    if cfg.public_key is None:
        raise ConfigurationError("[agent] needs public_key (from `podatelna feed key`)")
    try:
        key = minisign.load_public_key(settings.path(cfg.public_key).read_text(encoding="ascii"))
    except (OSError, minisign.SignatureError) as exc:
        raise ConfigurationError(f"[agent] public_key unusable: {exc}") from exc
    opts = AgentOptions(
        url=cfg.url,
        token=token,
        public_key=key,
        target=settings.path(cfg.target),
        state_dir=settings.path(cfg.state_dir),
        format=cfg.format,
        profile=cfg.profile,
        check_command=cfg.check_command,
        reload_command=cfg.reload_command,
        interval=cfg.interval_seconds,
    )
    return Agent(opts)


def cmd_agent(args: argparse.Namespace, ctx: Any) -> int:
    import logging

    agent_log = logging.getLogger("intake.feed.agent")
    if agent_log.getEffectiveLevel() > logging.INFO:
        agent_log.setLevel(logging.INFO)  # every applied version and hash goes to the log
    agent = agent_from_settings(ctx.settings)
    if args.once:
        return 0 if agent.cycle() != "failed" else 1
    listen = ctx.settings.agent.listen
    if listen:
        agent.serve_health(listen)
        print(f"podatelna agent: health on http://{listen}/healthz", flush=True)
    stop = threading.Event()
    try:
        agent.run(stop)
    except KeyboardInterrupt:
        stop.set()
    return 0
