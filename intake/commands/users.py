"""Officer accounts and scripted decisions: ``user add|passwd|unlock|list`` and ``decide``.

``decide ... --as USER`` requires USER to be an existing *admin*: the command line has no login,
so the scripted path is kept to the role the issue grants it (officers decide in the web UI,
where they are authenticated); the decision goes through ``intake.decisions.decide`` exactly
like the web UI's, with the same audit entry and events.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from intake.errors import UsageError
from storage.roles import ROLES

CLI_DECIDE_ROLES = ("admin",)


def register(sub: Any) -> None:
    p = sub.add_parser("user", help="officer accounts of the web UI")
    usub = p.add_subparsers(dest="user_command", required=True)
    a = usub.add_parser("add", help="create an account (prompts for the password)")
    a.add_argument("name")
    a.add_argument("--role", required=True, choices=ROLES)
    a.add_argument("--password-file", type=Path, help="read the password from this file")
    a.set_defaults(func=cmd_user_add)
    pw = usub.add_parser("passwd", help="set a new password (ends the user's sessions)")
    pw.add_argument("name")
    pw.add_argument("--password-file", type=Path)
    pw.set_defaults(func=cmd_user_passwd)
    u = usub.add_parser("unlock", help="lift a login throttle")
    u.add_argument("name")
    u.set_defaults(func=cmd_user_unlock)
    ls = usub.add_parser("list", help="list accounts")
    ls.set_defaults(func=cmd_user_list)

    d = sub.add_parser("decide", help="decide on a submission as an admin (scripted use)")
    d.add_argument("id", help="submission id or registry number")
    d.add_argument("kind", choices=("approve", "refuse", "defective", "withdraw", "confirm"))
    d.add_argument(
        "--reason", help="reason (required for defective: what to fix; and for withdraw)"
    )
    d.add_argument(
        "--override-reason",
        metavar="TEXT",
        help="approve despite blocking problems (never a late filing): the written reason",
    )
    d.add_argument(
        "--as",
        dest="actor",
        required=True,
        metavar="USER",
        help="an existing user with the admin role",
    )
    d.set_defaults(func=cmd_decide)


def _password(file: Path | None) -> str:
    if file is not None:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise UsageError(f"cannot read password file {file}: {exc}") from exc
        return lines[0] if lines else ""
    first = getpass.getpass("Password: ")
    if getpass.getpass("Repeat: ") != first:
        raise UsageError("the passwords differ")
    return first


def cmd_user_add(args: argparse.Namespace, ctx: Any) -> int:
    from intake.accounts import create_user
    from storage.db import session_scope

    password = _password(args.password_file)
    app = ctx.app()
    with session_scope(app.engine) as s:
        create_user(s, args.name, password, args.role, actor=f"cli:{getpass.getuser()}")
    print(f"user {args.name} created with role {args.role}")
    return 0


def cmd_user_passwd(args: argparse.Namespace, ctx: Any) -> int:
    from intake.accounts import set_password
    from storage.db import session_scope

    password = _password(args.password_file)
    app = ctx.app()
    with session_scope(app.engine) as s:
        set_password(s, args.name, password, actor=f"cli:{getpass.getuser()}")
    print(f"password of {args.name} set")
    return 0


def cmd_user_unlock(args: argparse.Namespace, ctx: Any) -> int:
    from intake.accounts import unlock
    from storage.db import session_scope

    app = ctx.app()
    with session_scope(app.engine) as s:
        unlock(s, args.name, actor=f"cli:{getpass.getuser()}")
    print(f"{args.name} unlocked")
    return 0


def cmd_user_list(args: argparse.Namespace, ctx: Any) -> int:
    from sqlmodel import col, select

    from storage.db import session_scope
    from storage.users import User

    app = ctx.app()
    with session_scope(app.engine) as s:
        users = s.exec(select(User).order_by(col(User.username))).all()
        for u in users:
            state = "active" if u.active else "disabled"
            if u.throttled_until is not None:
                state += f", throttled until {u.throttled_until.isoformat()}"
            print(f"{u.username:<24} {u.role:<8} {state}")
    return 0


def cmd_decide(args: argparse.Namespace, ctx: Any) -> int:
    from intake.accounts import get_user
    from intake.commands.registry_cmds import find_submission
    from intake.decisions import decide
    from storage.db import session_scope

    app = ctx.app()
    with session_scope(app.engine) as s:
        user = get_user(s, args.actor)
        if user is None or not user.active or user.role not in CLI_DECIDE_ROLES:
            raise UsageError(f"--as {args.actor}: no active user with role admin")
        sub = find_submission(s, args.id)
        result = decide(
            s,
            sub.id or 0,
            args.kind,
            actor=user.username,
            reason=args.reason,
            override_reason=args.override_reason,
            second_approver=app.settings.decisions.second_approver,
            events=app.events,
        )
        number, old, new = sub.registry_number, result.old_state, sub.state
    print(f"{number}: {old} -> {new} ({args.kind} by {args.actor})", file=sys.stdout)
    return 0
