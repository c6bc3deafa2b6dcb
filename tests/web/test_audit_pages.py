"""The audit-log pages: CSV and XML exports, paging, the chain status, formula-safe cells."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable

from fastapi.testclient import TestClient
from lxml import etree
from sqlalchemy import text

from tests.web.seed import Seeded, csrf_in, registry_number

Client = Callable[[str | None], TestClient]


def test_audit_exports_and_chain_status(seeded: Seeded, client_for: Client) -> None:
    c = client_for("auditor")
    sub = seeded.ids["late"]
    num = registry_number(seeded, "late")
    rows = list(csv.reader(io.StringIO(c.get("/ui/audit/export.csv").text.lstrip("\ufeff"))))
    assert rows[0][:4] == ["id", "at", "actor", "action"] and len(rows) > 10
    filtered = c.get("/ui/audit/export.csv", params={"subject": num}).text
    lines = list(csv.reader(io.StringIO(filtered.lstrip("\ufeff"))))[1:]
    assert lines and all(r[5] == str(sub) for r in lines)
    xml = c.get("/ui/audit/export.xml", params={"action": "submission.received"})
    root = etree.fromstring(xml.content)
    assert root.get("chainIntact") == "true"
    assert {e.findtext("action") for e in root.findall("entry")} == {"submission.received"}
    assert len(root.findall("entry")) == len(seeded.ids)
    # paging: the second page starts below the first page's last id
    from intake.web import routes_audit

    routes_audit.PAGE, saved = 3, routes_audit.PAGE
    try:
        first = c.get("/ui/audit").text
        older = re.search(r'id="starsi" href="([^"]+)"', first)
        assert older
        second = c.get(older.group(1).replace("&amp;", "&")).text
        ids1 = re.findall(r"<tr><td[^>]*>(\d+)</td>", first)
        ids2 = re.findall(r"<tr><td[^>]*>(\d+)</td>", second)
        assert len(ids1) == 3 and ids2 and int(ids2[0]) == int(ids1[-1]) - 1
    finally:
        routes_audit.PAGE = saved
    # tamper with a row: the viewer's next recomputation of the whole chain reports it
    with seeded.app.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET actor = 'mallory' WHERE id = 2"))
    monitor = c.app.state.chain_monitor  # type: ignore[attr-defined]
    monitor.full_seconds = 0.0  # as if FULL_SECONDS had passed since the last one
    html = c.get("/ui/audit").text
    assert "Řetězec auditního záznamu je PORUŠEN" in html
    assert etree.fromstring(c.get("/ui/audit/export.xml").content).get("chainIntact") == "false"


def test_csv_export_neutralises_formulas(seeded: Seeded, client_for: Client) -> None:
    anon = client_for(None)
    page = anon.get("/ui/login")
    anon.post(
        "/ui/login",
        data={
            "username": '=HYPERLINK("http://x")',
            "password": "x" * 12,
            "csrf_token": csrf_in(page.text),
        },
    )
    out = (
        client_for("auditor")
        .get("/ui/audit/export.csv", params={"action": "user.login_failed"})
        .text
    )
    rows = list(csv.reader(io.StringIO(out.lstrip("\ufeff"))))[1:]
    assert rows and [r[5] for r in rows] == ['\'=HYPERLINK("http://x")']
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)
