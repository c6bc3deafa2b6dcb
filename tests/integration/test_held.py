"""Fail closed on malware scanning (issue 19 §2): with ``scan_required`` and the scanner
unreachable a filing is held — no receipt confirmation, state ``held`` — and released, re-scanned
and processed once the (real) clamd answers again; every component keeps a scan record with the
engine and signature version, shown on the detail page."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import col, select

from intake.accounts import create_user
from intake.bootstrap import App
from intake.model import Channel, RawItem
from intake.rescan import RescanTask
from intake.web.app import create_app
from storage.audit import verify_chain
from storage.db import session_scope
from storage.notices import Notice
from storage.tables import AuditEntry, Submission
from tests.integration import apps
from tests.mail import samples
from tests.web.conftest import login


def make_app(tmp_path: Path, sock: Path) -> App:
    return apps.make_app(
        tmp_path,
        content={"clamd_socket": str(sock), "scan_required": True, "clamd_timeout_seconds": 5},
        trust={"fetch_revocation": False, "use_trusted_lists": False},
    )


def state(app: App) -> tuple[Submission, list[str]]:
    with session_scope(app.engine) as s:
        sub = s.exec(select(Submission)).one()
        kinds = [n.kind for n in s.exec(select(Notice)).all()]
        s.expunge(sub)
    return sub, kinds


def rescan_hook(app: App) -> RescanTask:
    (hook,) = [h for h in app.loop_hooks if isinstance(h, RescanTask)]
    return hook


def test_scanner_down_holds_then_rescans_and_processes(
    tmp_path: Path, clamd_server: dict[str, Any]
) -> None:
    sock = tmp_path / "clamd.sock"  # nothing listens here yet: the scanner is unreachable
    app = make_app(tmp_path, sock)
    try:
        app.service.ingest([RawItem("drop", "a.eml", samples.simple(1), Channel.EMAIL)])
        app.service.process_pending()
        sub, kinds = state(app)
        assert sub.state == "held" and sub.meta["held"]["reason"] == "malware_scan_unavailable"
        assert "receipt" not in kinds and kinds == []  # no confirmation while held
        assert {r["result"] for r in sub.meta["scan"]} == {"error"}
        assert not any(r["scanned"] for r in sub.meta["scan"])
        assert app.service.process_pending() == 0  # held filings are not claimed

        hook = rescan_hook(app)
        hook()  # still down: nothing released
        assert state(app)[0].state == "held"

        os.symlink(clamd_server["socket"], sock)  # the scanner is back
        hook._next = 0.0
        hook()
        assert state(app)[0].state == "received"
        app.service.process_pending()
        sub, kinds = state(app)
        assert sub.state == "defective"  # unsigned: processed all the way to triage
        assert "held" not in sub.meta and kinds[0] == "receipt"
        records = sub.meta["scan"]
        assert records and all(r["scanned"] and r["result"] == "clean" for r in records)
        # the fixture's clamd runs a custom database: VERSION names the engine, no "daily"
        assert all(r["engine"].startswith("ClamAV ") and "signatures" in r for r in records)
        with session_scope(app.engine) as s:
            moves = [
                (e.data["from"], e.data["to"], e.actor)
                for e in s.exec(
                    select(AuditEntry)
                    .where(col(AuditEntry.action) == "submission.state")
                    .order_by(col(AuditEntry.id))
                ).all()
            ]
            assert moves[:3] == [
                ("received", "held", moves[0][2]),
                ("held", "received", "system:rescan"),
                ("received", "checked", moves[2][2]),
            ]
            assert list(verify_chain(s)) == []
            create_user(s, "referent", "Heslo-pro-test-123", "officer", actor="test")
        with TestClient(create_app(app), follow_redirects=False) as c:
            login(c, "referent", "Heslo-pro-test-123")
            html = c.get(f"/ui/submissions/{sub.id}").text
        assert "Antivirová kontrola" in html and "zkontrolováno, bez nálezu" in html
        assert records[0]["engine"] in html and "databáze signatur" in html
    finally:
        app.close()
