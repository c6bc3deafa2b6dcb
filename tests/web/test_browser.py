"""The officer UI in a real browser: Debian's Chromium driven by Playwright against uvicorn.

Screenshots go to test-artifacts/ (gitignored)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.web.seed import Seeded, state_of

pytestmark = pytest.mark.timeout(120)


def _QUEUE(url: str) -> bool:
    return url.split("?")[0].endswith("/ui/queue")


def _login(page: Any, base: str, user: tuple[str, str]) -> None:
    page.goto(base + "/ui/queue")
    assert "/ui/login" in page.url
    page.fill("#username", user[0])
    page.fill("#password", user[1])
    page.get_by_role("button", name="Přihlásit se").click()
    page.wait_for_url(_QUEUE)


def test_login_filter_detail_approve_and_audit(
    seeded: Seeded, ui: tuple[str, Any], artifacts_dir: Path
) -> None:
    from playwright.sync_api import expect

    base, page = ui
    officer = seeded.users["officer"]
    page.goto(base + "/ui/queue")
    # keyboard only: the name field has the focus, Tab leads to the password, Enter submits
    page.wait_for_function("document.activeElement && document.activeElement.id === 'username'")
    page.keyboard.type(officer[0])
    page.keyboard.press("Tab")
    page.keyboard.type(officer[1])
    page.keyboard.press("Enter")
    page.wait_for_url(_QUEUE)
    # the first Tab reaches the skip link; it moves the focus to the content
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Přeskočit na obsah"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "obsah"
    expect(page.locator("#prihlasen")).to_contain_text(officer[0])
    # the queue opens on "K posouzení": everything but the late filing
    expect(page.locator("#state")).to_have_value("ready_for_review")
    expect(page.locator("table.queue tbody tr")).to_have_count(len(seeded.ids) - 1)
    page.screenshot(path=str(artifacts_dir / "ui-queue.png"), full_page=True)

    page.select_option("#state", "late")
    page.click("#filtrovat")
    expect(page.locator("table.queue tbody tr")).to_have_count(1)
    expect(page.locator("table.queue tbody")).to_contain_text("Opožděné")
    page.select_option("#state", "")
    page.select_option("#channel", "databox")
    page.click("#filtrovat")
    expect(page.locator("table.queue tbody tr")).to_have_count(1)
    expect(page.locator("table.queue tbody")).to_contain_text("Datová schránka")
    page.get_by_role("link", name="Zrušit filtry").click()
    expect(page.locator("table.queue tbody tr")).to_have_count(len(seeded.ids))

    page.locator(f'a[href="/ui/submissions/{seeded.ids["approve"]}"]').click()
    expect(page.locator("#cas-doruceni")).to_have_text("19. 12. 2022 10:00:00")
    expect(page.locator("#lhuta")).to_contain_text("Včas")
    expect(page.locator("article.protocol")).to_contain_text("Jana Nováková")
    expect(page.locator("article.protocol")).to_contain_text("CRL č. 4711")
    page.screenshot(path=str(artifacts_dir / "ui-detail.png"), full_page=True)
    page.click("#schvalit")  # leads to the confirmation page; its button decides
    expect(page.locator("#profil-live")).to_be_visible()
    assert state_of(seeded.app, seeded.ids["approve"]) == "ready_for_review"
    page.click("#rozhodnout")
    expect(page.locator("#hotovo")).to_have_text("Podání bylo schváleno.")
    expect(page.locator("#stav")).to_have_text("Schváleno")
    assert state_of(seeded.app, seeded.ids["approve"]) == "approved"

    page.get_by_role("link", name="Auditní záznam").click()
    expect(page.locator("#retezec")).to_contain_text("neporušený")
    row = page.locator("#audit tbody tr", has_text="Rozhodnutí: Schváleno").first
    expect(row).to_contain_text(officer[0])
    page.screenshot(path=str(artifacts_dir / "ui-audit.png"), full_page=True)
    page.get_by_role("link", name="Přehled").click()
    expect(page.locator("#ip-live")).to_have_text("1")
    page.screenshot(path=str(artifacts_dir / "ui-dashboard.png"), full_page=True)
    page.get_by_role("button", name="Odhlásit").click()
    page.wait_for_url("**/ui/login")


def test_edit_then_refuse(seeded: Seeded, ui: tuple[str, Any], artifacts_dir: Path) -> None:
    from playwright.sync_api import expect

    base, page = ui
    _login(page, base, seeded.users["officer"])
    sub = seeded.ids["edit"]
    page.goto(f"{base}/ui/submissions/{sub}")
    field = page.locator('textarea[data-field="production_ips"]')
    field.fill("192.0.2.21\n192.0.2.22")
    field.locator("xpath=..").get_by_role("button", name="Opravit").click()
    expect(page.locator("#hotovo")).to_have_text("Oprava údaje byla uložena.")
    expect(page.locator('textarea[data-field="production_ips"]')).to_have_value(
        "192.0.2.21\n192.0.2.22"
    )
    page.fill("#duvod-zamitnuti", "Žádost nesplňuje podmínky – chybí IČO.")
    page.click("#zamitnout")
    expect(page.locator("#hotovo")).to_have_text("Podání bylo zamítnuto.")
    expect(page.locator("#rozhodnuti")).to_contain_text("chybí IČO")
    page.screenshot(path=str(artifacts_dir / "ui-refused.png"), full_page=True)
    assert state_of(seeded.app, sub) == "refused"
    page.goto(f"{base}/ui/audit?subject={sub}")
    expect(page.locator("#audit")).to_contain_text("Opraven údaj „Adresy pro ostrý provoz“")
    expect(page.locator("#audit")).to_contain_text("192.0.2.22")


def test_stored_xss_does_not_run(seeded: Seeded, ui: tuple[str, Any], artifacts_dir: Path) -> None:
    from playwright.sync_api import expect

    base, page = ui
    dialogs: list[str] = []
    remote: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.context.on(
        "request", lambda r: remote.append(r.url) if not r.url.startswith(base) else None
    )
    page.add_init_script("window.__xss = 0;")
    _login(page, base, seeded.users["officer"])
    sub = seeded.ids["xss"]
    for path in (f"/ui/submissions/{sub}", "/ui/queue", "/ui/audit", "/ui/dashboard"):
        page.goto(base + path)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__xss") == 0, path
    page.goto(f"{base}/ui/submissions/{sub}")
    expect(page.locator("#vec")).to_contain_text("<script>window.__xss = 1")  # shown as text
    expect(page.locator("#prilohy")).to_contain_text('"><img src=x onerror=')
    expect(page.locator("article.protocol")).to_contain_text("<script>")
    frame_el = page.locator("iframe.html-body")
    expect(frame_el).to_have_attribute("sandbox", "")
    frame = frame_el.element_handle().content_frame()
    assert frame is not None
    frame.wait_for_load_state("load")
    assert "žádáme" in frame.locator("body").inner_text()
    assert frame.locator("script, img, iframe, style").count() == 0
    page.wait_for_timeout(300)
    page.screenshot(path=str(artifacts_dir / "ui-xss.png"), full_page=True)
    assert page.evaluate("window.__xss") == 0
    assert dialogs == []
    assert remote == []  # no remote content (tracking pixel, iframe, CSS url) was requested
