"""Queue, detail, decisions, corrections, downloads, dashboard and audit pages (TestClient)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import col, select

from storage.db import session_scope
from storage.tables import AuditEntry, Component, Decision
from tests.web.seed import (
    XSS,
    XSS_FILE,
    Seeded,
    csrf_in,
    decide_confirmed,
    registry_number,
    registry_numbers,
    state_of,
)

Client = Callable[[str | None], TestClient]


def test_queue_sorted_by_receipt_time_with_counts(seeded: Seeded, client_for: Client) -> None:
    c = client_for("officer")
    order = ["approve", "refuse", "edit", "xss", "databox", "spare", "late"]
    html = c.get("/ui/queue").text  # opens on "K posouzení", oldest first
    assert registry_numbers(html) == [registry_number(seeded, k) for k in order if k != "late"]
    assert re.search(r'state=ready_for_review" class="state-ready_for_review" aria-current', html)
    assert 'id="pocet-ready_for_review">6<' in html and 'id="pocet-late">1<' in html
    assert "19. 12. 2022 10:00:00" in html  # Czech format, Prague time
    html = c.get("/ui/queue?state=").text  # "Vše"
    assert registry_numbers(html) == [registry_number(seeded, k) for k in order]


def test_queue_filters_and_search(seeded: Seeded, client_for: Client) -> None:
    c = client_for("auditor")
    assert registry_numbers(c.get("/ui/queue?state=late").text) == [registry_number(seeded, "late")]
    assert registry_numbers(c.get("/ui/queue?late=yes").text) == [registry_number(seeded, "late")]
    assert registry_number(seeded, "late") not in registry_numbers(c.get("/ui/queue?late=no").text)
    assert registry_numbers(c.get("/ui/queue?channel=databox").text) == [
        registry_number(seeded, "databox")
    ]
    assert registry_numbers(c.get("/ui/queue?problem=late").text) == [
        registry_number(seeded, "late")
    ]
    assert registry_numbers(c.get("/ui/queue?request_type=feed_access").text)
    assert registry_numbers(c.get("/ui/queue?request_type=recording_permit").text) == []
    # search: registry number, sender, IP address (from the extracted application)
    num = registry_number(seeded, "refuse")
    assert registry_numbers(c.get("/ui/queue", params={"q": num}).text) == [num]
    assert registry_numbers(c.get("/ui/queue", params={"q": "REDAKCE2@"}).text) == [num]
    with session_scope(seeded.app.engine) as s:
        from intake.decisions import correct

        correct(s, seeded.ids["edit"], "test_ips", "203.0.113.77", actor="t")
    assert registry_numbers(c.get("/ui/queue", params={"q": "203.0.113.77"}).text) == [
        registry_number(seeded, "edit")
    ]
    # organisation filter: every seeded application names the same organisation
    html = c.get("/ui/queue").text
    org = re.search(r'<option value="(\d+)"[^>]*>Deník Test', html)
    assert org
    assert len(registry_numbers(c.get(f"/ui/queue?organisation={org.group(1)}").text)) == len(
        seeded.ids
    )
    assert registry_numbers(c.get("/ui/queue?organisation=999999").text) == []


def test_detail_shows_protocol_application_and_quota(seeded: Seeded, client_for: Client) -> None:
    sub = seeded.ids["approve"]
    html = client_for("officer").get(f"/ui/submissions/{sub}").text
    assert registry_number(seeded, "approve") in html
    assert "19. 12. 2022 10:00:00" in html  # trusted receipt time to the second
    assert "Včas – doručeno před koncem lhůty (23. 12. 2022 23:59:59)" in html
    # §4(7) a)–h) with values, the ETSI indication in plain Czech
    for expected in (
        "a) Poskytovatel služby vytvářející důvěru",
        "První certifikační autorita, a.s.",
        "10. 1. 2022 10:00:00 – 10. 1. 2023 10:00:00",
        "5a3f9c01",
        "Jana Nováková",
        "kvalifikovaný elektronický podpis",
        "19. 12. 2022 10:00:00",
        "Platný – ověření proběhlo úspěšně",
        "ověřeno 19. 12. 2022 10:00:05",
        "CRL č. 4711, vydavatel CN=I.CA Qualified 2 CA/RSA 02/2016, vydáno 19. 12. 2022 07:00:00",
        "TOTAL_PASSED",
        "čas zneplatnění není znám",
        "uznávaný elektronický podpis",
        "jana.novakova@example.cz",
    ):
        assert expected in html, expected
    assert "h) Číslo použitého seznamu" in html
    # extracted application with provenance and the quota
    assert "Adresy pro ostrý provoz" in html and "198.51.100.7" in html
    assert "Deník Test" in html
    assert re.search(r"adresy pro ostrý provoz \d+ z 5, testovací adresy \d+ z 5", html)
    assert "Další žádosti organizace" in html and registry_number(seeded, "refuse") in html
    assert "Žádáme o přístup" in html  # message text


def test_late_detail_offers_only_refuse_and_withdraw(seeded: Seeded, client_for: Client) -> None:
    c = client_for("officer")
    sub = seeded.ids["late"]
    html = c.get(f"/ui/submissions/{sub}").text
    assert "Po lhůtě – lhůta skončila 23. 12. 2022 23:59:59" in html
    assert 'id="zamitnout"' in html and 'id="schvalit"' not in html
    r = c.post(
        f"/ui/submissions/{sub}/decide", data={"kind": "approve", "csrf_token": csrf_in(html)}
    )
    assert r.status_code == 409 and state_of(seeded.app, sub) == "late"


def test_decisions_are_audited_with_officer(seeded: Seeded, client_for: Client) -> None:
    c = client_for("officer")
    officer = seeded.users["officer"][0]
    token = csrf_in(c.get("/ui/queue").text)
    ids = seeded.ids
    r = decide_confirmed(c, ids["approve"], "approve")
    assert r.status_code == 303 and r.headers["location"].endswith("done=approve")
    assert "Podání bylo schváleno." in c.get(r.headers["location"]).text
    c.post(
        f"/ui/submissions/{ids['refuse']}/decide", data={"kind": "refuse", "csrf_token": token}
    )  # no reason: allowed
    r = c.post(
        f"/ui/submissions/{ids['spare']}/decide",
        data={"kind": "defective", "reason": " ", "csrf_token": token},
    )
    assert r.status_code == 409 and "co má žadatel opravit" in r.text
    c.post(
        f"/ui/submissions/{ids['spare']}/decide",
        data={"kind": "defective", "reason": "Doplňte IČO.", "csrf_token": token},
    )
    r = decide_confirmed(c, ids["databox"], "withdraw")  # a withdrawal needs its reason
    assert r.status_code == 409 and "Při vzetí podání zpět uveďte důvod." in r.text
    assert state_of(seeded.app, ids["databox"]) == "ready_for_review"
    decide_confirmed(c, ids["databox"], "withdraw", reason="Žadatel podání vzal zpět.")
    assert [state_of(seeded.app, ids[k]) for k in ("approve", "refuse", "spare", "databox")] == [
        "approved",
        "refused",
        "defective",
        "withdrawn",
    ]
    with session_scope(seeded.app.engine) as s:
        decs = s.exec(select(Decision).order_by(col(Decision.id))).all()
        assert [(d.kind, d.actor, d.reason) for d in decs] == [
            ("approve", officer, None),
            ("refuse", officer, None),
            ("defective", officer, "Doplňte IČO."),
            ("withdraw", officer, "Žadatel podání vzal zpět."),
        ]
        entries = s.exec(
            select(AuditEntry).where(
                col(AuditEntry.actor) == officer, col(AuditEntry.action) == "submission.state"
            )
        ).all()
        assert len(entries) == 4 and all(e.at is not None for e in entries)
    audit_html = c.get(f"/ui/audit?actor={officer}").text
    assert (
        "změna stavu podání" in audit_html
        and "Řetězec auditního záznamu je neporušený" in audit_html
    )


def test_correction_is_audited_with_old_and_new_value(seeded: Seeded, client_for: Client) -> None:
    c = client_for("admin")
    sub = seeded.ids["edit"]
    token = csrf_in(c.get(f"/ui/submissions/{sub}").text)
    r = c.post(
        f"/ui/submissions/{sub}/correct",
        data={"field": "production_ips", "value": "192.0.2.10\n192.0.2.11", "csrf_token": token},
    )
    assert r.status_code == 303 and r.headers["location"].endswith("done=correct")
    r = c.post(
        f"/ui/submissions/{sub}/correct",
        data={"field": "organization.name", "value": "Deník Opravený", "csrf_token": token},
    )
    assert r.status_code == 303
    r = c.post(
        f"/ui/submissions/{sub}/correct",
        data={
            "field": "request_types",
            "value": ["feed_access", "recording_permit"],
            "csrf_token": token,
        },
    )
    assert r.status_code == 303
    html = c.get(f"/ui/submissions/{sub}").text
    assert re.search(r'value="recording_permit" data-field="request_types" checked', html)
    bad = c.post(
        f"/ui/submissions/{sub}/correct",
        data={"field": "test_ips", "value": "not-an-ip", "csrf_token": token},
    )
    assert bad.status_code == 400 and "Opravu nelze uložit" in bad.text
    nope = c.post(
        f"/ui/submissions/{sub}/correct",
        data={"field": "state", "value": "approved", "csrf_token": token},
    )
    assert nope.status_code == 400
    html = c.get(f"/ui/submissions/{sub}").text
    assert "192.0.2.10\n192.0.2.11</textarea>" in html and 'value="Deník Opravený"' in html
    with session_scope(seeded.app.engine) as s:
        rows = s.exec(
            select(AuditEntry).where(col(AuditEntry.action) == "application.corrected")
        ).all()
    assert [(e.actor, e.data["field"], e.data["old"], e.data["new"]) for e in rows] == [
        (
            seeded.users["admin"][0],
            "production_ips",
            ["198.51.100.7"],
            ["192.0.2.10", "192.0.2.11"],
        ),
        (seeded.users["admin"][0], "organization.name", "Deník Test", "Deník Opravený"),
        (
            seeded.users["admin"][0],
            "request_types",
            ["feed_access"],
            ["feed_access", "recording_permit"],
        ),
    ]


def test_hostile_input_is_escaped_everywhere(seeded: Seeded, client_for: Client) -> None:
    c = client_for("officer")
    sub = seeded.ids["xss"]
    pages = [c.get(f"/ui/submissions/{sub}").text, c.get("/ui/queue").text, c.get("/ui/audit").text]
    for html in pages:
        assert "<script>window.__xss" not in html
        assert "<img src=x" not in html and "<svg onload" not in html
    detail = pages[0]
    assert "&lt;script&gt;window.__xss = 1; alert(1)&lt;/script&gt;" in detail  # subject/body
    assert "CN=&lt;script&gt;" in detail  # certificate subject
    assert "&#34;&gt;&lt;img src=x onerror=" in detail  # file name
    assert "REVOKED" in detail and "zneplatněn (revokován)" in detail
    assert "Neplatný – ověření selhalo" in detail and "zneplatněn 1. 12. 2022 11:00:00" in detail
    # the HTML body: sanitised, served for a sandboxed iframe only
    assert re.search(r'<iframe class="html-body" sandbox="" ', detail)
    with session_scope(seeded.app.engine) as s:
        comps = {
            x.role: x
            for x in s.exec(select(Component).where(col(Component.submission_id) == sub)).all()
        }
    view = c.get(f"/ui/submissions/{sub}/components/{comps['body_html'].id}/view")
    assert view.status_code == 200
    assert "sandbox" in view.headers["content-security-policy"]
    assert "default-src 'none'" in view.headers["content-security-policy"]
    body = view.text
    assert "<b>žádáme</b>" in body
    for bad in ("<script", "onerror", "<img", "javascript:", "<iframe", "192.0.2.99", "<style"):
        assert bad not in body, bad
    # downloads: attachment, never rendered
    dl = c.get(f"/ui/submissions/{sub}/components/{comps['attachment'].id}")
    assert dl.status_code == 200 and dl.content == b"%PDF-1.4 fake"
    assert dl.headers["content-disposition"].startswith("attachment;")
    assert '"><img' not in dl.headers["content-disposition"]
    assert dl.headers["x-content-type-options"] == "nosniff"
    assert dl.headers["content-type"] == "application/octet-stream"
    assert XSS_FILE in detail.replace("&#34;", '"').replace("&gt;", ">").replace("&lt;", "<")
    assert XSS in detail.replace("&#34;", '"').replace("&gt;", ">").replace("&lt;", "<")


def test_source_facts_are_shown_escaped(seeded: Seeded, client_for: Client) -> None:
    html = client_for("officer").get(f"/ui/submissions/{seeded.ids['databox']}").text
    assert "<dt>dmID</dt><dd>1234567</dd>" in html
    assert "Žádost &lt;img src=x onerror=" in html and "<img src=x" not in html


def test_component_of_another_submission_is_not_served(seeded: Seeded, client_for: Client) -> None:
    c = client_for("officer")
    with session_scope(seeded.app.engine) as s:
        comp = s.exec(
            select(Component).where(col(Component.submission_id) == seeded.ids["xss"])
        ).first()
    assert comp is not None
    assert c.get(f"/ui/submissions/{seeded.ids['approve']}/components/{comp.id}").status_code == 404
    orig = c.get(f"/ui/submissions/{seeded.ids['approve']}/original")
    assert orig.status_code == 200 and orig.content.startswith(b"Received:")
    assert orig.headers["content-disposition"].startswith("attachment;")


def test_dashboard_counts_chart_and_profiles(seeded: Seeded, client_for: Client) -> None:
    c = client_for("officer")
    token = csrf_in(c.get("/ui/queue").text)
    c.post(
        f"/ui/submissions/{seeded.ids['edit']}/correct",
        data={"field": "test_ips", "value": "192.0.2.50", "csrf_token": token},
    )
    for key in ("approve", "edit"):  # 192.0.2.50 is non-public: approved with a reason
        r = decide_confirmed(c, seeded.ids[key], "approve", override_reason="test")
        assert r.status_code == 303
    html = c.get("/ui/dashboard").text
    assert '<svg id="graf"' in html and "konec lhůty" in html
    assert html.count("<rect ") >= 6
    # LIVE = production only; TEST = production + test
    assert 'id="ip-live">1<' in html and 'id="ip-test">2<' in html
    assert re.search(r"Schváleno</a></th><td class=\"num\">2<", html)
    assert re.search(r"Datová schránka</th><td class=\"num\">1<", html)


def test_queue_decision_and_audit_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    """The same read models and actions on PostgreSQL (production database)."""
    from fastapi.testclient import TestClient

    from intake.web.app import create_app
    from tests.web.conftest import login
    from tests.web.seed import build_seeded

    seeded = build_seeded(tmp_path, pg_url)
    try:
        c = TestClient(create_app(seeded.app), follow_redirects=False)
        login(c, *seeded.users["officer"])
        assert registry_numbers(c.get("/ui/queue?late=yes").text) == [
            registry_number(seeded, "late")
        ]
        assert registry_numbers(c.get("/ui/queue", params={"q": "redakce2"}).text) == [
            registry_number(seeded, "refuse")
        ]
        sub = seeded.ids["approve"]
        html = c.get(f"/ui/submissions/{sub}").text
        assert "CRL č. 4711" in html
        r = decide_confirmed(c, sub, "approve")
        assert r.status_code == 303 and state_of(seeded.app, sub) == "approved"
        audit_html = c.get("/ui/audit", params={"subject": registry_number(seeded, "approve")}).text
        assert "neporušený" in audit_html and seeded.users["officer"][0] in audit_html
        assert 'id="ip-live">1<' in c.get("/ui/dashboard").text
        c.close()
    finally:
        seeded.app.close()


def test_queue_pages(seeded: Seeded, client_for: Client, monkeypatch: Any) -> None:
    from intake.web import queries

    monkeypatch.setattr(queries, "PAGE_SIZE", 2)
    c = client_for("officer")
    order = ["approve", "refuse", "edit", "xss", "databox", "spare", "late"]
    for extra in ("", "&request_type=feed_access"):  # SQL paging, then Python paging
        html = c.get(f"/ui/queue?state=&page=2{extra}").text
        assert registry_numbers(html) == [registry_number(seeded, k) for k in order[2:4]], extra
        assert "Nalezeno 7 podání" in html and 'aria-current="page">2<' in html
        assert registry_numbers(c.get(f"/ui/queue?state=&page=4{extra}").text) == [
            registry_number(seeded, "late")
        ]
