"""The allow-list page in a real browser (Debian's Chromium, Playwright) against uvicorn serving
the UI and the feed API as ``podatelna serve`` does: an officer and an auditor read it (no token
forms, their POSTs refused with 403), addresses link to their filings, the history gives the
reasons (an override's, and the addresses left out and why); a token fetches the list through
the real feed API and the page shows when (Europe/Prague) and which version it holds, "zastaralá
verze" once a newer one is published; an admin adds a token (its secret shown once, never
again, never logged) and revokes it, after which the API answers 401.

Screenshots go to test-artifacts/ (gitignored)."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from intake.decisions import correct, decide
from intake.feed.server import outermost
from intake.feed.tokens import add_token
from intake.web.app import create_app
from storage.db import session_scope
from storage.tables import utcnow
from tests.fixtures.browser import czech_context
from tests.web.seed import Seeded, registry_number

pytestmark = pytest.mark.timeout(180)

PRAGUE = ZoneInfo("Europe/Prague")
OVERRIDE = "Adresy z dokumentačního rozsahu jsou zkušební stanice redakce (ověřeno telefonicky)."
FEED = "/api/v1/allowlist"


@pytest.fixture
def site(
    seeded: Seeded, live_server_for: Callable[[Any], Any], chromium: Any
) -> Iterator[tuple[str, Any]]:
    """(base URL, browser context) at 1280×800, Czech, Europe/Prague."""
    app = seeded.app
    server = live_server_for(outermost(create_app(app), app.feed_server))
    context = czech_context(chromium, viewport={"width": 1280, "height": 800})
    yield server.url, context
    context.close()


def _approve_with_override(seeded: Seeded) -> None:
    """The "edit" filing approved over ``non_public_ip``; its loopback address is left out."""
    app, sub = seeded.app, seeded.ids["edit"]
    with session_scope(app.engine) as s:
        correct(
            s,
            sub,
            "production_ips",
            ["198.51.100.20", "127.0.0.1"],
            actor="test",
            events=app.events,
        )
        correct(s, sub, "test_ips", ["203.0.113.20"], actor="test", events=app.events)
    with session_scope(app.engine) as s:
        decide(s, sub, "approve", actor="test-officer", override_reason=OVERRIDE, events=app.events)


def _login(context: Any, base: str, user: tuple[str, str]) -> Any:
    page = context.new_page()
    page.goto(base + "/ui/login")
    page.fill("#username", user[0])
    page.fill("#password", user[1])
    page.get_by_role("button", name="Přihlásit se").click()
    page.wait_for_url("**/ui/queue")
    page.get_by_role("link", name="Seznam adres").click()
    page.wait_for_url("**/ui/allowlist")
    return page


def _fetch(base: str, token: str, etag: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"}
    if etag:
        headers["If-None-Match"] = etag
    return httpx.get(base + FEED, params={"profile": "live", "format": "nginx"}, headers=headers)


def _shown_time(text: str) -> datetime:
    m = re.fullmatch(r"(\d+)\. (\d+)\. (\d{4}) (\d\d):(\d\d):(\d\d)", text.strip())
    assert m, text
    d, mo, y, h, mi, sec = (int(g) for g in m.groups())
    return datetime(y, mo, d, h, mi, sec, tzinfo=PRAGUE)


def _post_refused(page: Any, base: str) -> None:
    """A read-only role's POSTs with its own valid CSRF token are refused."""
    csrf = page.locator('form[action="/ui/logout"] input[name="csrf_token"]').input_value()
    for path, form in (
        ("/ui/allowlist/tokens", {"name": "cizi", "allow": "", "csrf_token": csrf}),
        ("/ui/allowlist/tokens/vysledky-1/revoke", {"csrf_token": csrf}),
    ):
        assert page.request.post(base + path, form=form).status == 403, path


def test_officer_and_auditor_read_the_list_and_its_consumers(
    seeded: Seeded, site: tuple[str, Any], artifacts_dir: Path
) -> None:
    from playwright.sync_api import expect

    base, context = site
    _approve_with_override(seeded)
    with session_scope(seeded.app.engine) as s:
        token = add_token(s, "vysledky-1", ["127.0.0.0/8"], actor="test", now=utcnow())
    first = _fetch(base, token)
    assert first.status_code == 200 and "198.51.100.20" in first.text
    fetched_at = datetime.now(PRAGUE)
    assert _fetch(base, token, first.headers["etag"]).status_code == 304
    version = int(first.headers["x-allowlist-version"])

    page = _login(context, base, seeded.users["officer"])
    expect(page.locator("h1")).to_have_text("Seznam povolených adres")
    expect(page.locator("#aktivni-profil")).to_have_text("TEST")
    expect(page.locator("#profil-test")).to_contain_text("aktivní")
    expect(page.locator("#profil-live")).not_to_contain_text("aktivní")
    expect(page.locator("#profil-live")).to_contain_text(str(version))
    number = registry_number(seeded, "edit")
    row = page.locator("#adresy tbody tr", has_text="198.51.100.20")
    expect(row).to_contain_text("ostrý provoz")
    expect(row.get_by_role("link", name=number)).to_have_attribute(
        "href", f"/ui/submissions/{seeded.ids['edit']}"
    )
    expect(page.locator("#vynechane")).to_contain_text("127.0.0.1")
    expect(page.locator("#vynechane")).to_contain_text("zpětné smyčky")
    history = page.locator(f"#verze-{version}")
    expect(history).to_contain_text(f"Podání {number}: stav k posouzení → schváleno.")
    expect(history).to_contain_text("Schváleno s výjimkou (neveřejná IP adresa)")
    expect(history).to_contain_text(OVERRIDE)
    expect(history).to_contain_text("127.0.0.1 (" + number + "): adresa zpětné smyčky")

    tokens = page.locator("#tokeny tr[data-token='vysledky-1']")
    expect(tokens.locator(".drzi-verzi")).to_have_text(f"{version} (LIVE)")
    expect(tokens.locator(".stav")).to_have_text("aktuální verze")
    shown = _shown_time(tokens.locator(".posledni-stazeni").inner_text())
    assert abs(shown - fetched_at) < timedelta(seconds=5), (shown, fetched_at)
    expect(page.locator("#pridat-token")).to_have_count(0)
    expect(page.get_by_role("button", name=re.compile("Zrušit token"))).to_have_count(0)
    page.screenshot(path=str(artifacts_dir / "ui-allowlist-officer.png"), full_page=True)
    _post_refused(page, base)

    # the results server has not fetched since a newer version was published
    with session_scope(seeded.app.engine) as s:
        decide(s, seeded.ids["approve"], "approve", actor="test-officer", events=seeded.app.events)
    page.reload()
    expect(tokens.locator(".stav")).to_have_text("zastaralá verze")
    expect(tokens.locator(".drzi-verzi")).to_have_text(f"{version} (LIVE)")
    newer = page.locator(f"#verze-{version + 1}")
    expect(newer).to_contain_text("198.51.100.7")  # left out: no override for this one
    expect(newer).to_contain_text("adresa vyhrazená pro dokumentaci")

    auditor = _login(context, base, seeded.users["auditor"])
    expect(auditor.locator("#tokeny")).to_contain_text("zastaralá verze")
    expect(auditor.locator("#pridat-token")).to_have_count(0)
    _post_refused(auditor, base)
    again = _fetch(base, token, first.headers["etag"])  # its old ETag: the new list
    assert again.status_code == 200
    assert int(again.headers["x-allowlist-version"]) == version + 1
    auditor.reload()
    expect(tokens_of(auditor).locator(".stav")).to_have_text("aktuální verze")
    expect(tokens_of(auditor).locator(".drzi-verzi")).to_have_text(f"{version + 1} (LIVE)")
    auditor.screenshot(path=str(artifacts_dir / "ui-allowlist-auditor.png"), full_page=True)


def tokens_of(page: Any) -> Any:
    return page.locator("#tokeny tr[data-token='vysledky-1']")


def test_admin_adds_a_token_shown_once_and_revokes_it(
    seeded: Seeded, site: tuple[str, Any], artifacts_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from playwright.sync_api import expect

    caplog.set_level(logging.DEBUG)
    base, context = site
    page = _login(context, base, seeded.users["admin"])
    expect(page.locator("#bez-tokenu")).to_be_visible()
    page.fill("#token-name", "vysledky-2")
    page.fill("#token-allow", "127.0.0.1")
    page.get_by_role("button", name="Vytvořit token").click()
    expect(page.locator("#novy-token")).to_contain_text("Zobrazuje se jen nyní")
    secret = page.locator("#novy-token-hodnota").inner_text().strip()
    assert secret.startswith("pdl_") and len(secret) > 40
    page.screenshot(path=str(artifacts_dir / "ui-allowlist-admin-token.png"), full_page=True)

    served = _fetch(base, secret)
    assert served.status_code == 200
    page.goto(base + "/ui/allowlist")
    expect(page.locator("#novy-token")).to_have_count(0)
    assert secret not in page.content()
    row = page.locator("#tokeny tr[data-token='vysledky-2']")
    expect(row).to_contain_text("127.0.0.1/32")
    expect(row.locator(".stav")).to_have_text("aktuální verze")
    expect(row.locator(".drzi-verzi")).to_have_text(
        served.headers["x-allowlist-version"] + " (LIVE)"
    )

    row.get_by_role("button", name="Zrušit token vysledky-2").click()
    expect(page.locator("#hotovo")).to_contain_text("Token byl zrušen")
    expect(page.locator("#tokeny tr[data-token='vysledky-2'] .stav")).to_contain_text("zrušen")
    expect(page.get_by_role("button", name="Zrušit token vysledky-2")).to_have_count(0)
    assert _fetch(base, secret).status_code == 401
    page.screenshot(path=str(artifacts_dir / "ui-allowlist-admin.png"), full_page=True)
    assert secret not in caplog.text


def test_the_filled_page_fits_a_phone(
    seeded: Seeded, live_server_for: Callable[[Any], Any], chromium: Any, artifacts_dir: Path
) -> None:
    """390 px wide with every part present: the new token's secret, history with left-out
    addresses and an override reason, tokens with admin buttons."""
    from playwright.sync_api import expect

    from tests.web.test_phone import PHONE, _assert_fits, _assert_logout_reachable

    _approve_with_override(seeded)
    with session_scope(seeded.app.engine) as s:
        token = add_token(
            s, "vysledky-1", ["127.0.0.0/8", "2001:db8::/32"], actor="t", now=utcnow()
        )
    server = live_server_for(outermost(create_app(seeded.app), seeded.app.feed_server))
    assert _fetch(server.url, token).status_code == 200
    context = czech_context(chromium, viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(server.url + "/ui/login")
        page.fill("#username", seeded.users["admin"][0])
        page.fill("#password", seeded.users["admin"][1])
        page.get_by_role("button", name="Přihlásit se").click()
        page.wait_for_url("**/ui/queue")
        page.goto(server.url + "/ui/allowlist")
        page.fill("#token-name", "vysledky-druhy-server-s-dlouhym-nazvem")
        page.get_by_role("button", name="Vytvořit token").click()
        expect(page.locator("#novy-token-hodnota")).to_be_visible()
        expect(page.locator("#historie-verzi")).to_contain_text("zpětné smyčky")
        _assert_fits(page, "/ui/allowlist (new token)")
        _assert_logout_reachable(page, "/ui/allowlist")
        page.screenshot(path=str(artifacts_dir / "phone-ui-allowlist-filled.png"), full_page=True)
    finally:
        context.close()
