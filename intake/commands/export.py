"""``podatelna export ID... --dir D`` (or ``--all``): hand filings over to an eSSL, one
directory per filing (original, components, verification record, metadata XML)."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from intake.commands.registry_cmds import find_submission
from intake.errors import UsageError

if TYPE_CHECKING:
    from storage.tables import Submission


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export",
        help="export filings for an eSSL: original, components, verification record, "
        "metadata.xml (one directory per filing)",
    )
    p.add_argument("ids", nargs="*", metavar="ID", help="submission id or registry number")
    p.add_argument("--dir", required=True, type=Path, help="directory to export into")
    p.add_argument("--all", action="store_true", help="every filing not yet exported to --dir")
    p.add_argument("--replace", action="store_true", help="export again over an earlier export")
    p.set_defaults(func=cmd_export)


def _targets(s: Any, args: argparse.Namespace) -> list[Submission]:
    from sqlmodel import col, select

    from intake.export.plan import directory_name
    from storage.tables import Submission

    if args.all == bool(args.ids):
        raise UsageError("give submission IDs or --all (not both)")
    if args.ids:
        return [find_submission(s, ident) for ident in args.ids]
    rows = s.exec(
        select(Submission).order_by(col(Submission.registry_year), col(Submission.registry_seq))
    )
    return [
        r
        for r in rows.all()
        if args.replace or not (args.dir / directory_name(r.registry_number)).exists()
    ]


def cmd_export(args: argparse.Namespace, ctx: Any) -> int:
    from intake.export.writer import export_submission
    from storage.db import session_scope
    from storage.tables import Submission

    app = ctx.app()
    actor = f"cli:{getpass.getuser()}"
    root: Path = args.dir.resolve()
    args.dir = root
    count = 0
    with session_scope(app.engine) as s:
        ids = [sub.id for sub in _targets(s, args)]
    for sub_id in ids:
        # one transaction per filing: its audit entry commits once its directory is in place
        with session_scope(app.engine) as s:
            sub = s.get(Submission, sub_id)
            assert sub is not None
            done = export_submission(
                s,
                sub,
                app.evidence,
                root,
                originator=app.settings.notices.office_name,
                actor=actor,
                replace=args.replace,
            )
        print(f"{done.registry_number}: {done.files} files in {done.directory}")
        count += 1
    print(f"exported {count} filing(s) to {root}")
    return 0
