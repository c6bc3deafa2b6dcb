"""Reading a filing's documents and refused (403) requests leave audit entries (NSESSS 7.4)."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient
from sqlmodel import col, select

from storage.db import session_scope
from storage.tables import AuditEntry, Component
from tests.web.seed import Seeded, csrf_in

Client = Callable[[str | None], TestClient]


def _entries(seeded: Seeded, action: str) -> list[AuditEntry]:
    with session_scope(seeded.app.engine) as s:
        return list(
            s.exec(
                select(AuditEntry).where(col(AuditEntry.action) == action).order_by(
                    col(AuditEntry.id)
                )
            ).all()
        )


def test_viewing_and_downloading_documents_is_audited(seeded: Seeded, client_for: Client) -> None:
    c = client_for("auditor")
    auditor = seeded.users["auditor"][0]
    sub = seeded.ids["xss"]
    with session_scope(seeded.app.engine) as s:
        comps = {
            x.role: x
            for x in s.exec(select(Component).where(col(Component.submission_id) == sub)).all()
        }
    html, att = comps["body_html"], comps["attachment"]
    assert c.get(f"/ui/submissions/{sub}/components/{html.id}/view").status_code == 200
    assert c.get(f"/ui/submissions/{sub}/components/{att.id}").status_code == 200
    assert c.get(f"/ui/submissions/{sub}/original").status_code == 200
    viewed = _entries(seeded, "document.viewed")
    downloaded = _entries(seeded, "document.downloaded")
    assert [(e.actor, e.subject_id, e.data["component"]) for e in viewed] == [
        (auditor, str(sub), html.id)
    ]
    assert [(e.actor, e.subject_id) for e in downloaded] == [(auditor, str(sub))] * 2
    assert downloaded[0].data["sha256"] == att.sha256 and downloaded[1].data["original"] is True
    # a missing document is not served, and so not recorded as read
    assert c.get(f"/ui/submissions/{sub}/components/999999").status_code == 404
    assert len(_entries(seeded, "document.downloaded")) == 2
    audit_page = c.get("/ui/audit?action=document.downloaded").text
    assert "stažení dokumentu podání" in audit_page


def test_a_refused_request_is_audited(seeded: Seeded, client_for: Client) -> None:
    auditor = client_for("auditor")
    name = seeded.users["auditor"][0]
    sub = seeded.ids["approve"]
    token = csrf_in(auditor.get("/ui/queue").text)
    before = len(_entries(seeded, "access.refused"))
    r = auditor.post(f"/ui/submissions/{sub}/decide", data={"kind": "approve", "csrf_token": token})
    assert r.status_code == 403
    refused = _entries(seeded, "access.refused")[before:]
    assert len(refused) == 1
    e = refused[0]
    assert e.actor == name and e.data["method"] == "POST"
    assert e.data["path"] == f"/ui/submissions/{sub}/decide"
    assert "jen čtení" in e.data["reason"] and token not in str(e.data)
    officer = client_for("officer")
    r = officer.post(f"/ui/submissions/{sub}/decide", data={"kind": "approve", "csrf_token": "x"})
    assert r.status_code == 403
    last = _entries(seeded, "access.refused")[-1]
    assert last.actor == seeded.users["officer"][0] and "CSRF" in last.data["reason"]
