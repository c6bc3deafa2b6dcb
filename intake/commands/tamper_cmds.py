"""Tamper-evidence commands: ``evidence verify``, ``audit verify``, ``audit checkpoint``.
Each finding is one line; any finding makes the exit code 1."""

from __future__ import annotations

import argparse
from typing import Any

from intake.errors import NotFound


def register(sub: Any) -> None:
    p = sub.add_parser("evidence", help="evidence store")
    esub = p.add_subparsers(dest="evidence_command", required=True)
    v = esub.add_parser(
        "verify",
        help="re-hash every blob and check that every blob the registry references is present; "
        "non-zero exit on any finding",
    )
    v.set_defaults(func=cmd_evidence_verify)

    p = sub.add_parser("audit", help="audit log")
    asub = p.add_subparsers(dest="audit_command", required=True)
    v = asub.add_parser(
        "verify",
        help="recompute the hash chain, check it against the checkpoints and every filing "
        "against its audit trail; non-zero exit on any finding",
    )
    v.set_defaults(func=cmd_audit_verify)
    c = asub.add_parser(
        "checkpoint",
        help="write a (sealed) checkpoint of the chain's head to the checkpoint file now "
        "(for cron; nothing when no entry came since the last one)",
    )
    c.add_argument("--if-due", action="store_true",
                   help="only when [audit] checkpoint_every / checkpoint_hours say so")
    c.set_defaults(func=cmd_audit_checkpoint)


def cmd_evidence_verify(args: argparse.Namespace, ctx: Any) -> int:
    from storage.db import session_scope
    from storage.references import referenced_blobs

    app = ctx.app()
    store = app.evidence
    present: set[str] = set()
    findings = 0
    for name, mismatch in store.verify():
        present.add(name)
        if mismatch is not None:
            findings += 1
            print(
                f"MISMATCH {name}: now hashes to {mismatch.actual or 'unreadable'} "
                f"({mismatch.path})"
            )
    refs = 0
    with session_scope(app.engine) as s:
        for ref in referenced_blobs(s):
            refs += 1
            if ref.sha256 not in present and not _exists(store, ref.sha256):
                findings += 1
                print(f"MISSING {ref.sha256}: referenced by {ref.holder}, not in the store")
    print(
        f"evidence: {len(present)} blob(s) checked, {refs} reference(s) checked, "
        f"{findings} finding(s)"
    )
    return 1 if findings else 0


def _exists(store: Any, sha256: str) -> bool:
    try:
        return bool(store.exists(sha256))
    except NotFound:  # not even a SHA-256: nothing can be stored under it
        return False


def cmd_audit_verify(args: argparse.Namespace, ctx: Any) -> int:
    from intake import auditlog

    app = ctx.app()
    report = auditlog.verify(app.settings, app.engine)
    for line in report.findings:
        print(line)
    print(
        f"audit: {report.entries} entr(y/ies), {report.checkpoints} checkpoint(s), "
        f"{report.filings} filing(s) checked, {len(report.findings)} finding(s)"
    )
    return 1 if report.findings else 0


def cmd_audit_checkpoint(args: argparse.Namespace, ctx: Any) -> int:
    from intake import auditlog

    app = ctx.app()
    cp = auditlog.write_checkpoint(app.settings, app.engine, only_if_due=args.if_due)
    path = auditlog.checkpoint_path(app.settings)
    if cp is None:
        print(f"audit: no checkpoint needed ({path})")
    else:
        sealed = ", ".join(sorted(cp.seals)) or "unsealed"
        print(f"audit: checkpoint of entry {cp.entry_id} written to {path} ({sealed})")
    return 0
