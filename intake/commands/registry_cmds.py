"""Registry commands: ``submissions``, ``show``, ``db upgrade``, ``config example`` (the
tamper-evidence commands ``evidence verify`` and ``audit …`` are in ``tamper_cmds``)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any

from intake.errors import NotFound

if TYPE_CHECKING:
    from storage.tables import Submission


def register(sub: Any) -> None:
    p = sub.add_parser("submissions", help="list registered submissions")
    p.add_argument("--json", action="store_true")
    p.add_argument("--state", help="only this state")
    p.set_defaults(func=cmd_submissions)

    p = sub.add_parser("show", help="show one submission (by id or registry number)")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("db", help="database administration")
    dsub = p.add_subparsers(dest="db_command", required=True)
    u = dsub.add_parser("upgrade", help="apply migrations")
    u.set_defaults(func=cmd_db_upgrade)

    p = sub.add_parser("config", help="configuration")
    csub = p.add_subparsers(dest="config_command", required=True)
    e = csub.add_parser("example", help="print a full, commented example configuration")
    e.set_defaults(func=cmd_config_example)


def _iso(dt: datetime | None) -> str | None:
    return dt.isoformat() if dt else None


def submission_summary(s: Submission) -> dict[str, Any]:
    return {
        "id": s.id,
        "registry_number": s.registry_number,
        "channel": s.channel,
        "state": s.state,
        "received_at": _iso(s.received_at),
        "sha256": s.sha256,
        "source_ref": s.source_ref,
        "source": s.source,
        "subject": s.subject,
        "sender": s.sender,
    }


def cmd_submissions(args: argparse.Namespace, ctx: Any) -> int:
    from sqlmodel import col, select

    from storage.db import session_scope
    from storage.tables import Submission

    app = ctx.app()
    with session_scope(app.engine) as s:
        q = select(Submission).order_by(col(Submission.received_at), col(Submission.id))
        if args.state:
            q = q.where(col(Submission.state) == args.state)
        rows = [submission_summary(r) for r in s.exec(q).all()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(
                f"{r['id']:>6}  {r['registry_number']:<22} {r['channel']:<8} {r['state']:<17} "
                f"{r['received_at']}  {r['subject'][:50]}"
            )
    return 0


def find_submission(s: Any, ident: str) -> Submission:
    from sqlmodel import col, select

    from storage.tables import Submission

    row = None
    if ident.isdigit():
        row = s.get(Submission, int(ident))
    if row is None:
        row = s.exec(select(Submission).where(col(Submission.registry_number) == ident)).first()
    if row is None:
        raise NotFound(f"no submission {ident!r}")
    return row


def submission_detail(s: Any, sub: Submission) -> dict[str, Any]:
    from storage.registry import submission_parts

    parts = submission_parts(s, sub.id)
    comps, vers, app = parts.components, parts.verifications, parts.application
    decs, trail = parts.decisions, parts.trail
    return {
        **submission_summary(sub),
        "size": sub.size,
        "sender_name": sub.sender_name,
        "message_id": sub.message_id,
        "registered_at": _iso(sub.registered_at),
        "accepted_signature": sub.accepted_signature,
        "on_time": sub.on_time,
        "problems": sub.problems,
        "meta": sub.meta,
        "last_error": sub.last_error,
        "components": [
            {
                "name": c.name,
                "role": c.role,
                "parent": c.parent,
                "declared_type": c.declared_type,
                "detected_type": c.detected_type,
                "sha256": c.sha256,
                "size": c.size,
                "problem": c.problem,
            }
            for c in comps
        ],
        "verifications": [v.record for v in vers],
        "application": None
        if app is None
        else {
            "request_types": app.request_types,
            "production_ips": app.production_ips,
            "test_ips": app.test_ips,
            "organisation_id": app.organisation_id,
            "data": app.data,
        },
        "decisions": [
            {"kind": d.kind, "reason": d.reason, "actor": d.actor, "at": _iso(d.decided_at)}
            for d in decs
        ],
        "audit": [
            {"at": _iso(a.at), "actor": a.actor, "action": a.action, "data": a.data} for a in trail
        ],
    }


def cmd_show(args: argparse.Namespace, ctx: Any) -> int:
    from storage.db import session_scope

    app = ctx.app()
    with session_scope(app.engine) as s:
        detail = submission_detail(s, find_submission(s, args.id))
    if args.json:
        print(json.dumps(detail, ensure_ascii=False, indent=2, default=str))
        return 0
    for key in (
        "registry_number",
        "id",
        "channel",
        "state",
        "received_at",
        "sender",
        "subject",
        "sha256",
        "accepted_signature",
        "on_time",
    ):
        print(f"{key:>18}: {detail[key]}")
    for c in detail["components"]:
        print(
            f"  component {c['name']} [{c['role']}] {c['detected_type']} {c['size']} B"
            + (f" PROBLEM {c['problem']}" if c["problem"] else "")
        )
    for stage, probs in detail["problems"].items():
        for p in probs:
            print(f"  problem ({stage}) {p['code']}: {p['message']}")
    if detail["application"]:
        a = detail["application"]
        print(f"  production IPs: {', '.join(a['production_ips']) or '-'}")
        print(f"  test IPs: {', '.join(a['test_ips']) or '-'}")
    return 0


def cmd_db_upgrade(args: argparse.Namespace, ctx: Any) -> int:
    from storage.db import current_revision

    app = ctx.app()  # build_app migrates
    print(f"database at revision {current_revision(app.engine)}")
    return 0


def cmd_config_example(args: argparse.Namespace, ctx: Any) -> int:
    from pathlib import Path

    import intake

    example = Path(intake.__file__).resolve().parent / "podatelna.example.toml"
    sys.stdout.write(example.read_text("utf-8"))
    return 0
