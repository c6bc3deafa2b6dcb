"""Notices commands: ``announce``, ``notices list|send|retry``, ``notices template
show|set|reset|preview``.

``--as USER`` names an existing active account (officer or admin for announcements and
retries, admin for templates): the command line has no login, so the acting person is
checked against the same accounts as the web UI and recorded in the audit log."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from intake.errors import UsageError


def register(sub: Any) -> None:
    a = sub.add_parser("announce", help="send one message to every approved applicant")
    a.add_argument("--subject", required=True)
    a.add_argument("--body-file", required=True, type=Path, help="UTF-8 text of the message")
    a.add_argument(
        "--as", dest="actor", required=True, metavar="USER", help="an existing officer or admin"
    )
    a.set_defaults(func=cmd_announce)

    p = sub.add_parser("notices", help="notices to applicants: list, send, retry, templates")
    nsub = p.add_subparsers(dest="notices_command", required=True)
    ls = nsub.add_parser("list", help="list notices (newest first)")
    ls.add_argument("--submission", help="submission id or registry number")
    ls.add_argument("--status")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)
    sd = nsub.add_parser("send", help="send every due notice now (the serve loop does this)")
    sd.set_defaults(func=cmd_send)
    rt = nsub.add_parser("retry", help="queue a failed notice again")
    rt.add_argument("id", type=int)
    rt.add_argument("--as", dest="actor", required=True, metavar="USER")
    rt.set_defaults(func=cmd_retry)

    t = nsub.add_parser("template", help="show, change, reset or preview a notice template")
    tsub = t.add_subparsers(dest="template_command", required=True)
    for name, fn in (
        ("show", cmd_tpl_show),
        ("preview", cmd_tpl_preview),
        ("set", cmd_tpl_set),
        ("reset", cmd_tpl_reset),
    ):
        c = tsub.add_parser(name)
        c.add_argument("name")
        c.add_argument("--lang", default="cs", choices=("cs", "en"))
        if name == "set":
            c.add_argument("--subject", required=True)
            c.add_argument("--body-file", required=True, type=Path)
        if name in ("set", "reset"):
            c.add_argument(
                "--as", dest="actor", required=True, metavar="USER", help="an existing admin"
            )
        c.set_defaults(func=fn)


def _actor(s: Any, name: str, roles: tuple[str, ...]) -> str:
    from intake.accounts import get_user

    user = get_user(s, name)
    if user is None or not user.active or user.role not in roles:
        raise UsageError(f"--as {name}: no active user with role {' or '.join(roles)}")
    return str(user.username)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {path}: {exc}") from exc


def cmd_announce(args: argparse.Namespace, ctx: Any) -> int:
    from storage.db import session_scope

    body = _read(args.body_file)
    app = ctx.app()
    with session_scope(app.engine) as s:
        actor = _actor(s, args.actor, ("officer", "admin"))
        ann = app.outbox.announce(s, args.subject, body, actor=actor)
        ann_id, count = ann.id, ann.recipients
    print(f"announcement {ann_id}: queued for {count} approved applicant(s)")
    return 0


def cmd_list(args: argparse.Namespace, ctx: Any) -> int:
    from intake.notices.admin import list_notices, notice_dict
    from storage.db import session_scope

    app = ctx.app()
    with session_scope(app.engine) as s:
        sub_id = None
        if args.submission:
            from intake.commands.registry_cmds import find_submission

            sub_id = find_submission(s, args.submission).id
        rows = [notice_dict(n) for n in list_notices(s, submission_id=sub_id, status=args.status)]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for r in rows:
        print(
            f"{r['id']:>5} {r['status']:<13} {r['kind']:<20} {r['channel']:<13} "
            f"{r['recipient'] or '-':<30} {r['subject']}"
        )
    return 0


def cmd_send(args: argparse.Namespace, ctx: Any) -> int:
    sent = ctx.app().notices.run_once()
    print(f"{sent} notice(s) sent")
    return 0


def cmd_retry(args: argparse.Namespace, ctx: Any) -> int:
    from intake.notices.sender import retry_now
    from storage.db import session_scope

    app = ctx.app()
    with session_scope(app.engine) as s:
        actor = _actor(s, args.actor, ("officer", "admin"))
        retry_now(s, args.id, actor=actor)
    print(f"notice {args.id} queued again")
    return 0


def cmd_tpl_show(args: argparse.Namespace, ctx: Any) -> int:
    from intake.notices.admin import get_template
    from storage.db import session_scope

    with session_scope(ctx.app().engine) as s:
        t = get_template(s, args.name, args.lang)
    print(f"Subject: {t.subject}\n{'(customised)' if t.customised else '(built-in)'}\n\n{t.body}")
    return 0


def cmd_tpl_preview(args: argparse.Namespace, ctx: Any) -> int:
    from intake.notices.admin import get_template, preview
    from storage.db import session_scope

    app = ctx.app()
    with session_scope(app.engine) as s:
        t = get_template(s, args.name, args.lang)
    r = preview(app.settings, t.subject, t.body)
    print(f"Subject: {r.subject}\n\n{r.body}")
    return 0


def cmd_tpl_set(args: argparse.Namespace, ctx: Any) -> int:
    from intake.notices.admin import save_template
    from storage.db import session_scope

    body = _read(args.body_file)
    app = ctx.app()
    with session_scope(app.engine) as s:
        actor = _actor(s, args.actor, ("admin",))
        save_template(s, app.settings, args.name, args.lang, args.subject, body, actor=actor)
    print(f"template {args.name}/{args.lang} saved")
    return 0


def cmd_tpl_reset(args: argparse.Namespace, ctx: Any) -> int:
    from intake.notices.admin import reset_template
    from storage.db import session_scope

    with session_scope(ctx.app().engine) as s:
        actor = _actor(s, args.actor, ("admin",))
        reset_template(s, args.name, args.lang, actor=actor)
    print(f"template {args.name}/{args.lang} reset to the built-in text")
    return 0
