"""Review before decide (issue 15 §3) in a real browser: the review summary above the decision
forms, approval / withdrawal / mass announcement only from their confirmation pages, the queue's
default view, search, columns, legend and muted badges.

Screenshots go to test-artifacts/ (gitignored)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from intake.decisions import correct, decide
from intake.web.app import create_app
from storage.db import session_scope
from storage.feed import AllowListVersion
from storage.notices import Announcement
from storage.tables import AuditEntry, Decision
from tests.fixtures.browser import czech_context
from tests.web.seed import Seeded, registry_number, state_of

pytestmark = pytest.mark.timeout(180)

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
PUBLIC = "193.84.54.10"
NEVER = "127.0.0.1"
PRIVATE = "10.0.0.5"
OVERRIDE = "Redakce doložila, že 10.0.0.5 je adresa za NAT v síti ČSÚ."


@pytest.fixture
def browse(
    seeded: Seeded, live_server_for: Callable[[Any], Any], chromium: Any
) -> Iterator[Callable[[dict[str, int]], tuple[str, Any]]]:
    """``browse(viewport)``: (base URL, page) logged in as the officer."""
    server = live_server_for(create_app(seeded.app))
    contexts: list[Any] = []

    def open_page(viewport: dict[str, int]) -> tuple[str, Any]:
        context = czech_context(chromium, viewport=viewport)
        contexts.append(context)
        page = context.new_page()
        page.goto(server.url + "/ui/login")
        page.fill("#username", seeded.users["officer"][0])
        page.fill("#password", seeded.users["officer"][1])
        page.get_by_role("button", name="Přihlásit se").click()
        page.wait_for_url("**/ui/queue")
        return server.url, page

    yield open_page
    for c in contexts:
        c.close()


def _set(seeded: Seeded, key: str, field: str, value: object) -> None:
    with session_scope(seeded.app.engine) as s:
        correct(s, seeded.ids[key], field, value, actor="t", events=seeded.app.events)


def _mixed_addresses(seeded: Seeded) -> int:
    """The "edit" filing with a public, a never-published and a private address, a contact."""
    _set(seeded, "edit", "production_ips", [PUBLIC, NEVER])
    _set(seeded, "edit", "test_ips", [PRIVATE])
    _set(seeded, "edit", "contact.person", "Jana Nováková")
    _set(seeded, "edit", "contact.email", "jana.novakova@example.cz")
    return seeded.ids["edit"]


def _decisions(seeded: Seeded) -> int:
    with session_scope(seeded.app.engine) as s:
        return len(s.exec(select(Decision)).all())


def _audit_count(seeded: Seeded) -> int:
    with session_scope(seeded.app.engine) as s:
        return len(s.exec(select(AuditEntry.id)).all())


def _latest_published(seeded: Seeded) -> set[tuple[str, str]]:
    with session_scope(seeded.app.engine) as s:
        v = s.exec(
            select(AllowListVersion).order_by(col(AllowListVersion.version).desc()).limit(1)
        ).first()
        assert v is not None
        return {(e["address"], e["role"]) for e in v.entries}


def _summary_addresses(page: Any, published: str) -> set[tuple[str, str]]:
    out = set()
    for list_id, role in (("souhrn-ostre", "production"), ("souhrn-testovaci", "test")):
        for a in page.locator(f"#{list_id} li[data-published='{published}']").all():
            out.add((a.get_attribute("data-address"), role))
    return out


def test_summary_is_above_the_forms_and_shows_what_would_be_published(
    seeded: Seeded, browse: Callable[[dict[str, int]], tuple[str, Any]], artifacts_dir: Path
) -> None:
    from playwright.sync_api import expect

    sub = _mixed_addresses(seeded)
    base, page = browse(DESKTOP)
    page.goto(f"{base}/ui/submissions/{sub}")
    summary = page.locator("#souhrn")
    expect(summary).to_be_visible()
    box = summary.bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= DESKTOP["height"]
    # above every decision form (document order and on screen)
    assert page.evaluate(
        """() => [...document.querySelectorAll('form.decision')].every(f =>
             document.getElementById('souhrn').compareDocumentPosition(f)
             & Node.DOCUMENT_POSITION_FOLLOWING)"""
    )
    form_box = page.locator("#schvalit").bounding_box()
    assert form_box is not None and form_box["y"] > box["y"] + box["height"] - 1
    expect(page.locator("#souhrn-organizace")).to_contain_text("Deník Test")
    expect(page.locator("#souhrn-organizace")).to_contain_text("IČO 27074358")
    expect(page.locator("#souhrn-kontakt")).to_have_text("Jana Nováková · jana.novakova@example.cz")
    expect(page.locator("#souhrn-podpis")).to_have_text(
        "podepsáno uznávaným elektronickým podpisem"
    )
    expect(page.locator("#souhrn-problemy")).to_contain_text(
        "neveřejná IP adresa – blokuje schválení"
    )
    # the addresses as the allow-list would take them; the left-out one marked
    assert _summary_addresses(page, "ano") == {(PUBLIC, "production"), (PRIVATE, "test")}
    assert _summary_addresses(page, "ne") == {(NEVER, "production")}
    left_out = page.locator(f"#souhrn-ostre li[data-address='{NEVER}']")
    expect(left_out).to_contain_text("nezveřejní se nikdy – zpětná smyčka (loopback)")
    assert "line-through" in left_out.locator("code").evaluate(
        "e => getComputedStyle(e).textDecorationLine"
    )
    expect(page.locator(f"#souhrn-testovaci li[data-address='{PRIVATE}']")).to_contain_text(
        "zveřejní se jen díky výjimce – soukromá adresa"
    )
    page.screenshot(path=str(artifacts_dir / "review-detail.png"))

    # the approval: its confirmation page lists the profiles, the override; nothing decided yet
    page.fill("#oduvodneni-vyjimky", OVERRIDE)
    decisions, audit = _decisions(seeded), _audit_count(seeded)
    page.click("#schvalit")
    page.wait_for_url(f"**/ui/submissions/{sub}/approve")
    expect(page.locator("h1")).to_contain_text("Schválit podání")
    expect(page.locator("#profil-test li")).to_have_text([PUBLIC, PRIVATE])
    expect(page.locator("#profil-live li")).to_have_text([PUBLIC])
    expect(page.locator("#nezverejni-se")).to_contain_text(NEVER)
    expect(page.locator("#vyjimka")).to_contain_text("neveřejná IP adresa")
    expect(page.locator("#oduvodneni-vyjimky")).to_have_value(OVERRIDE)
    page.screenshot(path=str(artifacts_dir / "review-confirm-approve.png"), full_page=True)
    assert state_of(seeded.app, sub) == "ready_for_review"
    assert _decisions(seeded) == decisions
    # a GET of the confirmation page changes nothing either (reading it is not audited)
    page.goto(f"{base}/ui/submissions/{sub}/approve")
    expect(page.locator("#rozhodnout")).to_be_visible()
    assert state_of(seeded.app, sub) == "ready_for_review"
    assert (_decisions(seeded), _audit_count(seeded)) == (decisions, audit)
    # the deciding POST without the page's token (the detail form's fields only) decides nothing
    csrf = page.locator("input[name=csrf_token]").first.get_attribute("value")
    r = page.request.post(
        f"{base}/ui/submissions/{sub}/decide",
        form={"csrf_token": csrf, "kind": "approve", "override_reason": OVERRIDE},
    )
    assert r.status == 409 and "Zatím se nic nezměnilo" in r.text()
    assert state_of(seeded.app, sub) == "ready_for_review" and _decisions(seeded) == decisions
    # the page's button decides
    page.fill("#oduvodneni-vyjimky", OVERRIDE)
    page.click("#rozhodnout")
    expect(page.locator("#hotovo")).to_have_text("Podání bylo schváleno.")
    assert state_of(seeded.app, sub) == "approved"
    # exactly what the summary said is what the allow-list publishes
    assert _latest_published(seeded) == {(PUBLIC, "production"), (PRIVATE, "test")}
    expect(page.locator("#rozhodnuti")).to_contain_text(OVERRIDE)


def test_summary_is_reachable_on_a_phone(
    seeded: Seeded, browse: Callable[[dict[str, int]], tuple[str, Any]], artifacts_dir: Path
) -> None:
    from playwright.sync_api import expect

    sub = _mixed_addresses(seeded)
    base, page = browse(PHONE)
    for path in (f"/ui/submissions/{sub}", f"/ui/submissions/{sub}/approve"):
        page.goto(base + path)
        summary = page.locator("#souhrn")
        summary.scroll_into_view_if_needed()
        expect(summary).to_be_in_viewport()
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], (path, width)
    page.goto(f"{base}/ui/submissions/{sub}")
    box = page.locator("#souhrn").bounding_box()
    assert box is not None and box["y"] < PHONE["height"]  # it starts on the first screen
    page.screenshot(path=str(artifacts_dir / "review-phone-detail.png"), full_page=True)


def test_a_confirmation_for_a_filing_that_changed_since_decides_nothing(
    seeded: Seeded, browse: Callable[[dict[str, int]], tuple[str, Any]]
) -> None:
    from playwright.sync_api import expect

    sub = seeded.ids["approve"]
    _set(seeded, "approve", "production_ips", [PUBLIC])
    base, page = browse(DESKTOP)
    page.goto(f"{base}/ui/submissions/{sub}")
    page.click("#schvalit")
    expect(page.locator("#profil-live li")).to_have_text([PUBLIC])
    _set(seeded, "approve", "production_ips", [PUBLIC, "193.84.54.11"])  # another officer
    page.click("#rozhodnout")
    expect(page.locator("#chyba")).to_contain_text("Podání se od zobrazení potvrzovací stránky")
    assert state_of(seeded.app, sub) == "ready_for_review"
    expect(page.locator("#profil-live li")).to_have_text([PUBLIC, "193.84.54.11"])
    page.click("#rozhodnout")  # the page shown again carries a token for what it shows now
    expect(page.locator("#hotovo")).to_have_text("Podání bylo schváleno.")
    assert state_of(seeded.app, sub) == "approved"


def test_withdrawal_and_announcement_have_confirmation_pages(
    seeded: Seeded, browse: Callable[[dict[str, int]], tuple[str, Any]], artifacts_dir: Path
) -> None:
    from playwright.sync_api import expect

    sub = seeded.ids["approve"]
    _set(seeded, "approve", "production_ips", [PUBLIC])
    with session_scope(seeded.app.engine) as s:
        decide(s, sub, "approve", actor="t", events=seeded.app.events)
    base, page = browse(DESKTOP)
    page.goto(f"{base}/ui/submissions/{sub}")
    page.fill("#duvod-zpet", "Žadatel žádost vzal zpět dopisem.")
    page.click("#vzit-zpet")
    page.wait_for_url(f"**/ui/submissions/{sub}/withdraw")
    expect(page.locator("h1")).to_contain_text("zpět?")
    expect(page.locator("#odejde-ze-seznamu")).to_contain_text(PUBLIC)
    expect(page.locator("#duvod-zpet")).to_have_value("Žadatel žádost vzal zpět dopisem.")
    page.screenshot(path=str(artifacts_dir / "review-confirm-withdraw.png"), full_page=True)
    assert state_of(seeded.app, sub) == "approved"
    page.click("#rozhodnout")
    expect(page.locator("#hotovo")).to_have_text("Podání bylo vzato zpět.")
    assert state_of(seeded.app, sub) == "withdrawn"

    other = seeded.ids["refuse"]
    with session_scope(seeded.app.engine) as s:
        decide(s, other, "approve", actor="t", events=seeded.app.events)
    page.goto(f"{base}/ui/notices")
    page.fill("#subject", "Technická schůzka")
    page.fill("#body", "Schůzka se koná 10. 1. 2023 v 10:00.\nProsíme o potvrzení účasti.")
    page.click("#odeslat-oznameni")
    expect(page.locator("h1")).to_have_text("Odeslat hromadné oznámení?")
    expect(page.locator("#nahled-predmet")).to_have_text("Technická schůzka")
    expect(page.locator("#nahled-text")).to_contain_text("Prosíme o potvrzení účasti.")
    expect(page.locator("#pocet-prijemcu")).to_have_text("1")
    page.screenshot(path=str(artifacts_dir / "review-confirm-announcement.png"), full_page=True)
    with session_scope(seeded.app.engine) as s:
        assert s.exec(select(Announcement)).all() == []
    page.click("#rozhodnout")
    page.wait_for_url("**/ui/announcements/*")
    expect(page.locator("h1")).to_contain_text("Technická schůzka")
    with session_scope(seeded.app.engine) as s:
        anns = s.exec(select(Announcement)).all()
        assert [(a.subject, a.recipients) for a in anns] == [("Technická schůzka", 1)]
        assert anns[0].body.endswith("Prosíme o potvrzení účasti.")


def test_queue_default_search_columns_legend_and_muted_badges(
    seeded: Seeded, browse: Callable[[dict[str, int]], tuple[str, Any]], artifacts_dir: Path
) -> None:
    from playwright.sync_api import expect

    _mixed_addresses(seeded)  # "edit": 2 production, 1 test address, a contact
    _set(seeded, "edit", "organization.name", "Zpravodaj Vysočina")
    _set(seeded, "edit", "organization.ico", "00025593")
    _set(seeded, "edit", "organization.databox_id", "ab12cde")
    _set(seeded, "spare", "production_ips", ["10.1.1.1"])  # a problem, then refused
    with session_scope(seeded.app.engine) as s:
        decide(s, seeded.ids["spare"], "refuse", actor="t", events=seeded.app.events)
    base, page = browse(DESKTOP)
    # opens on "K posouzení", oldest first
    expect(page.locator("#state")).to_have_value("ready_for_review")
    expect(page.locator("#nalezeno")).to_contain_text("ve stavu „K posouzení“")
    expect(page.locator("#nalezeno")).to_contain_text("nejstarší první")
    order = ["approve", "refuse", "edit", "xss", "databox"]
    expect(page.locator("table.queue tbody tr td:first-child a")).to_have_text(
        [registry_number(seeded, k) for k in order]
    )
    # the new columns
    headers = page.locator("table.queue thead th").all_inner_texts()
    assert "Kontakt" in headers and "Adresy ostré / test." in headers
    row = page.locator("table.queue tbody tr", has_text=registry_number(seeded, "edit"))
    expect(row.locator("td.addresses")).to_have_text("2 / 1")
    expect(row.locator("td.contact")).to_contain_text("Jana Nováková")
    expect(row.locator("td.contact")).to_contain_text("jana.novakova@example.cz")
    # the legend of the coloured bar
    expect(page.locator("#legenda")).to_contain_text("Oranžový pruh")
    expect(page.locator("#legenda")).to_contain_text("o podání už bylo rozhodnuto")
    page.screenshot(path=str(artifacts_dir / "review-queue.png"), full_page=True)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= DESKTOP["width"], width  # no sideways scrolling at 1280 px
    # search: organisation name, IČO and data-box ID
    for text in ("zpravodaj vysoč", "00025593", "AB12CDE"):
        page.fill("#q", text)
        page.click("#filtrovat")
        expect(page.locator("table.queue tbody tr td:first-child a")).to_have_text(
            [registry_number(seeded, "edit")]
        )
    # muted badges of a decided filing, next to the live ones of an undecided filing
    page.goto(f"{base}/ui/queue?state=")
    decided = page.locator("table.queue tbody tr", has_text=registry_number(seeded, "spare"))
    expect(decided).to_have_class("has-problem decided")
    undecided = page.locator("table.queue tbody tr", has_text=registry_number(seeded, "edit"))
    muted = decided.locator("td[data-label=Problémy] .tag").first
    live = undecided.locator("td[data-label=Problémy] .tag").first
    expect(muted).to_have_class("tag muted-tag")
    expect(live).to_have_class("tag warn")
    colour = "e => getComputedStyle(e).color"
    assert muted.evaluate(colour) != live.evaluate(colour)
    bar = "e => getComputedStyle(e.querySelector('td')).borderLeftColor"
    assert decided.evaluate(bar) != undecided.evaluate(bar)


def test_a_blocked_approval_without_a_reason_is_refused_in_the_browser(
    seeded: Seeded, browse: Callable[[dict[str, int]], tuple[str, Any]]
) -> None:
    """GIVEN a filing with a private address (``non_public_ip`` blocks an approval)
    WHEN the officer confirms the approval without writing a reason
    THEN the answer is 409 with the blocking problems in Czech and nothing is decided."""
    from playwright.sync_api import expect

    sub = _mixed_addresses(seeded)
    base, page = browse(DESKTOP)
    page.goto(f"{base}/ui/submissions/{sub}")
    decisions = _decisions(seeded)
    page.click("#schvalit")
    page.wait_for_url(f"**/ui/submissions/{sub}/approve")
    expect(page.locator("#vyjimka")).to_contain_text("neveřejná IP adresa")
    page.fill("#oduvodneni-vyjimky", "")
    # the form asks for the reason itself; the server must refuse even when a client skips that
    page.eval_on_selector_all("[required]", "els => els.forEach(e => e.removeAttribute('required'))")
    with page.expect_response(f"**/ui/submissions/{sub}/decide") as answer:
        page.click("#rozhodnout")
    assert answer.value.status == 409
    body = page.locator("main").inner_text()
    assert "neveřejná IP adresa" in body
    assert "non_public_ip" not in body and "None" not in body
    assert state_of(seeded.app, sub) == "ready_for_review"
    assert _decisions(seeded) == decisions
