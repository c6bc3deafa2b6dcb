"""The officers' page "Nevyžádaná pošta" (intake/web/routes_spam.py): kept spam listed with
sender, subject, time and preview; an officer releases one into the registry (original receipt
time, a registry number, history on the detail page) or marks it as not a filing; auditors
only read; hostile text stays text. The release in a real browser."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import col, select

from storage import spam as store
from storage.db import session_scope
from storage.tables import AuditEntry, SpamMessage, Submission
from tests.web.seed import XSS, Seeded, add_spam, csrf_in

Client = Callable[[str | None], TestClient]


def test_kept_spam_is_listed_and_not_in_the_queue(seeded: Seeded, client_for: Client) -> None:
    add_spam(seeded, 1, subject="Výhodná nabídka " + XSS, body="Sleva 90 % " + XSS)
    page = client_for("auditor").get("/ui/spam").text
    assert "<h1>Nevyžádaná pošta</h1>" in page and 'aria-current="page">Nevyžádaná pošta' in page
    assert "Obchodník 1 &lt;obchod1@odesilatel.example&gt;" in page
    assert "Výhodná nabídka &lt;script&gt;" in page and "<script>window" not in page
    assert "Sleva 90 %" in page and "19. 12. 2022 10:00:00" in page
    assert "X-Spam-Flag: YES" in page
    assert "jen čtení" in page and "Zaevidovat jako podání" not in page  # an auditor reads
    queue = client_for("officer").get("/ui/queue").text
    assert "Výhodná nabídka" not in queue  # not registered, not a filing


def test_an_auditor_may_not_release(seeded: Seeded, client_for: Client) -> None:
    spam_id = add_spam(seeded)
    auditor = client_for("auditor")
    token = csrf_in(auditor.get("/ui/spam").text)
    for action in ("release", "dismiss"):
        r = auditor.post(f"/ui/spam/{spam_id}/{action}", data={"csrf_token": token})
        assert r.status_code == 403
    officer = client_for("officer")
    assert officer.post(f"/ui/spam/{spam_id}/release").status_code == 403  # no CSRF token
    with session_scope(seeded.app.engine) as s:
        row = s.get(SpamMessage, spam_id)
        assert row is not None and row.status == "held"


def test_release_registers_it_with_the_original_time(seeded: Seeded, client_for: Client) -> None:
    spam_id = add_spam(seeded)
    officer = client_for("officer")
    page = officer.get("/ui/spam").text
    r = officer.post(f"/ui/spam/{spam_id}/release", data={"csrf_token": csrf_in(page)})
    assert r.status_code == 303 and "done=released" in r.headers["location"]
    done = officer.get(r.headers["location"]).text
    with session_scope(seeded.app.engine) as s:
        row = s.get(SpamMessage, spam_id)
        assert row is not None and row.submission_id is not None
        sub = s.get(Submission, row.submission_id)
        assert sub is not None
    assert (
        f'pod evidenčním číslem <a href="/ui/submissions/{sub.id}">{sub.registry_number}</a>'
        in done
    )
    assert "čas doručení 19. 12. 2022 10:00:00" in done
    assert "zaevidováno jako podání" in done and "Žádná nevyžádaná pošta nečeká" in done
    detail = officer.get(f"/ui/submissions/{sub.id}").text
    assert "z nevyžádané pošty (X-Spam-Flag: YES od mx.podatelna.example) zaevidována" in detail
    again = officer.post(f"/ui/spam/{spam_id}/release", data={"csrf_token": csrf_in(page)})
    assert again.status_code == 409 and "už byla zaevidována" in again.text
    missing = officer.post("/ui/spam/999999/release", data={"csrf_token": csrf_in(page)})
    assert missing.status_code == 404


def test_not_a_filing_keeps_it_and_audits_who(seeded: Seeded, client_for: Client) -> None:
    spam_id = add_spam(seeded)
    officer = client_for("officer")
    page = officer.get("/ui/spam").text
    r = officer.post(f"/ui/spam/{spam_id}/dismiss", data={"csrf_token": csrf_in(page)})
    assert r.status_code == 303
    done = officer.get(r.headers["location"]).text
    assert "není podání" in done and "test-officer" in done
    with session_scope(seeded.app.engine) as s:
        row = s.get(SpamMessage, spam_id)
        assert row is not None and row.status == "dismissed" and row.submission_id is None
        entry = s.exec(select(AuditEntry).where(col(AuditEntry.action) == store.DISMISSED)).one()
        assert (entry.actor, entry.subject_id) == ("test-officer", str(spam_id))
    audit_page = officer.get("/ui/audit").text
    assert "posouzena: není podání (zůstává uložena)" in audit_page


@pytest.mark.timeout(120)
def test_release_in_a_browser(seeded: Seeded, ui: tuple[str, Any], artifacts_dir: Path) -> None:
    from playwright.sync_api import expect

    spam_id = add_spam(seeded, 7, subject="Žádost o přístup k datům")
    base, page = ui
    page.goto(base + "/ui/spam")
    page.fill("#username", seeded.users["officer"][0])
    page.fill("#password", seeded.users["officer"][1])
    page.get_by_role("button", name="Přihlásit se").click()
    page.get_by_role("link", name="Nevyžádaná pošta").click()
    row = page.locator(f"#zprava-{spam_id}")
    expect(row).to_contain_text("Žádost o přístup k datům")
    expect(row).to_contain_text("obchod7@odesilatel.example")
    row.get_by_role("button", name="Zaevidovat jako podání").click()
    expect(page.locator("#hotovo")).to_contain_text("zaevidována jako podání pod evidenčním číslem")
    page.screenshot(path=str(artifacts_dir / "spam-released.png"), full_page=True)
    page.locator("#hotovo a").click()
    expect(page.locator("h1").first).to_contain_text("CSU-EP/2022/")
    expect(page.locator("body")).to_contain_text("z nevyžádané pošty")
