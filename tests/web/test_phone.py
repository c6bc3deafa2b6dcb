"""The officer UI on a phone (390×844, Chromium): no page scrolls sideways, the menu opens
without JavaScript and "Odhlásit" is always on screen; history and audit read as Czech
sentences with the raw record only inside "Technické údaje"; /api/docs renders from local
assets under the CSP.

Screenshots go to test-artifacts/ (gitignored)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from intake.web.app import create_app
from tests.fixtures.browser import czech_context
from tests.web.seed import Seeded, add_duplicate, add_spam

pytestmark = pytest.mark.timeout(180)

PHONE = {"width": 390, "height": 844}
VISIBLE_TEXT = """el => { const c = el.cloneNode(true);
  c.querySelectorAll('details').forEach(d => d.remove()); return c.textContent; }"""
"""The text of an element without its disclosures (what an officer reads at first sight)."""
RAW = ("None", "False", "True", "{", "}", "submission.", "user.login", "worker:", "system:")


@pytest.fixture
def phone(
    seeded: Seeded, live_server_for: Callable[[Any], Any], chromium: Any
) -> Iterator[tuple[str, Any]]:
    """(base URL, page) in a 390×844 Czech browser context."""
    server = live_server_for(create_app(seeded.app))
    context = czech_context(chromium, viewport=PHONE, java_script_enabled=True)
    page = context.new_page()
    yield server.url, page
    context.close()


def _login(page: Any, base: str, user: tuple[str, str]) -> None:
    page.goto(base + "/ui/login")
    _assert_fits(page, "/ui/login")
    page.fill("#username", user[0])
    page.fill("#password", user[1])
    page.get_by_role("button", name="Přihlásit se").click()
    page.wait_for_url("**/ui/queue")


WIDE = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
               || e.scrollWidth > window.innerWidth + 1).slice(0, 5)
  .map(e => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`)"""
"""The first elements that stick out on the right (for the failure message)."""


def _assert_fits(page: Any, path: str) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{path} is {width} px wide: {page.evaluate(WIDE)}"


def _assert_logout_reachable(page: Any, path: str) -> None:
    button = page.get_by_role("button", name="Odhlásit")
    assert button.is_visible(), path
    box = button.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], path


def _officer_pages(seeded: Seeded) -> list[str]:
    keep, drop = add_duplicate(seeded)  # so that the register lists a duplicate to merge
    long = "dlouhé-slovo-bez-mezer" * 8  # kept spam with text that will not wrap by itself
    add_spam(seeded, 1, subject="Nabídka " + long, body=long + " " + long)
    details = [f"/ui/submissions/{i}" for i in seeded.ids.values()]
    return [
        "/ui/queue",
        *details,
        "/ui/dashboard",
        "/ui/allowlist",
        "/ui/audit",
        "/ui/notices",
        "/ui/notice-templates",
        "/ui/notice-templates/defect/cs",
        f"/ui/submissions/{seeded.ids['approve']}/notices",
        "/ui/users",
        "/ui/senders",
        f"/ui/senders/{keep}",
        f"/ui/senders/merge?keep={keep}&drop={drop}",
        "/ui/spam",
        # the confirmation pages of an approval and a withdrawal (the hostile one: long text)
        *(f"/ui/submissions/{seeded.ids[k]}/{kind}" for k in ("xss", "edit") for kind in
          ("approve", "withdraw")),
    ]


def test_every_page_fits_a_phone_and_logout_is_reachable(
    seeded: Seeded, phone: tuple[str, Any], artifacts_dir: Path
) -> None:
    from playwright.sync_api import expect

    base, page = phone
    _login(page, base, seeded.users["admin"])  # the admin sees every page, users included
    # a decision and a correction, so the detail page and the audit have more than intake
    page.goto(f"{base}/ui/submissions/{seeded.ids['edit']}")
    field = page.locator('textarea[data-field="production_ips"]')
    field.fill("192.0.2.21\n192.0.2.22")
    field.locator("xpath=..").get_by_role("button", name="Opravit").click()
    expect(page.locator("#hotovo")).to_be_visible()
    page.click("#zamitnout")
    expect(page.locator("#hotovo")).to_have_text("Podání bylo zamítnuto.")
    for path in _officer_pages(seeded):
        page.goto(base + path)
        page.wait_for_load_state("load")
        assert page.locator("h1").first.is_visible(), path
        _assert_fits(page, path)
        _assert_logout_reachable(page, path)
        name = path.strip("/").replace("/", "-")
        page.screenshot(path=str(artifacts_dir / f"phone-{name}.png"), full_page=True)
    # the mass announcement's confirmation page (the answer of the notices form)
    page.goto(base + "/ui/notices")
    page.fill("#subject", "Technická schůzka " + "dlouhý-předmět-bez-mezer" * 4)
    page.fill("#body", "Schůzka se koná 10. 1. 2023.\n" + "x" * 300)
    page.click("#odeslat-oznameni")
    expect(page.locator("#rozhodnout")).to_be_visible()
    page.wait_for_load_state("load")  # measured with the style sheet applied
    _assert_fits(page, "announcement confirmation")
    _assert_logout_reachable(page, "announcement confirmation")
    page.screenshot(path=str(artifacts_dir / "phone-announcement-confirm.png"), full_page=True)
    # the menu is collapsed on a phone and opens without JavaScript (a label and a checkbox)
    audit_link = page.get_by_role("link", name="Auditní záznam")
    expect(audit_link).to_be_hidden()
    page.get_by_text("Nabídka").click()
    expect(audit_link).to_be_visible()
    _assert_fits(page, "menu open")
    audit_link.click()
    page.wait_for_url("**/ui/audit")
    page.get_by_role("button", name="Odhlásit").click()
    page.wait_for_url("**/ui/login")


def test_menu_works_with_javascript_off(
    seeded: Seeded, live_server_for: Callable[[Any], Any], chromium: Any
) -> None:
    from playwright.sync_api import expect

    server = live_server_for(create_app(seeded.app))
    context = czech_context(chromium, viewport=PHONE, java_script_enabled=False)
    try:
        page = context.new_page()
        _login(page, server.url, seeded.users["officer"])
        page.get_by_text("Nabídka").click()
        page.get_by_role("link", name="Přehled").click()
        page.wait_for_url("**/ui/dashboard")
        expect(page.locator("h1")).to_have_text("Přehled")
        _assert_fits(page, "/ui/dashboard without JavaScript")
    finally:
        context.close()


def test_history_and_audit_are_czech_sentences(
    seeded: Seeded, phone: tuple[str, Any], artifacts_dir: Path
) -> None:
    from playwright.sync_api import expect

    base, page = phone
    _login(page, base, seeded.users["officer"])
    sub = seeded.ids["approve"]
    page.goto(f"{base}/ui/submissions/{sub}")
    page.click("#schvalit")
    expect(page.locator("#rozhodnout")).to_be_visible()
    page.wait_for_load_state("load")
    _assert_fits(page, "approval confirmation")
    page.click("#rozhodnout")
    expect(page.locator("#rozhodnuti")).to_contain_text("Schváleno")
    expect(page.locator("#rozhodnuti")).not_to_contain_text("Schválit")
    history = page.locator("#historie")
    expect(history).to_contain_text("Podání přijato e-mailem a zaevidováno")
    expect(history).to_contain_text("Stav změněn: přijato → zkontrolováno")
    expect(history).to_contain_text("Rozhodnutí: Schváleno")
    shown = history.evaluate(VISIBLE_TEXT)
    for raw in RAW:
        assert raw not in shown, (raw, shown)
    # the raw record is one click away, behind "Technické údaje"
    first = history.locator("details.tech").first
    expect(first.locator("dd").first).to_be_hidden()
    first.locator("summary").click()
    expect(first).to_contain_text("submission.received")
    page.screenshot(path=str(artifacts_dir / "phone-history.png"), full_page=True)

    page.goto(f"{base}/ui/audit")
    audit = page.locator("#audit")
    expect(audit).to_contain_text("Uživatel test-officer se přihlásil")
    expect(audit).to_contain_text("Rozhodnutí: Schváleno")
    shown = audit.evaluate(VISIBLE_TEXT)
    for raw in RAW:
        assert raw not in shown, (raw, shown)
    options = page.locator("#actor option").all_inner_texts()
    assert not any(o.startswith(("worker:", "system:")) for o in options), options


def test_api_docs_render_from_local_assets(
    seeded: Seeded, phone: tuple[str, Any], artifacts_dir: Path
) -> None:
    from playwright.sync_api import expect

    base, page = phone
    problems: list[str] = []
    remote: list[str] = []
    page.on(
        "console",
        lambda m: problems.append(m.text) if m.type in ("error", "warning") else None,
    )
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.context.on(
        "request", lambda r: remote.append(r.url) if not r.url.startswith(base) else None
    )
    page.goto(base + "/api/docs")
    expect(page.locator("#swagger-ui .info .title")).to_contain_text("podatelna")
    expect(page.locator("#swagger-ui .opblock").first).to_be_visible()
    page.screenshot(path=str(artifacts_dir / "phone-api-docs.png"), full_page=True)
    assert not [p for p in problems if "Content Security Policy" in p or "Refused" in p], problems
    assert remote == []
    favicon = page.request.get(base + "/favicon.ico")
    assert favicon.status == 200 and favicon.headers["content-type"].startswith("image/svg+xml")
