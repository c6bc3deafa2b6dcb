"""The allow-list page over HTTP: every role reads it, only admins change tokens (others get
403, also without a form), a new token's secret is in that one answer only and never in a log
or the audit trail, and a revoked token is refused by the feed API at once."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from sqlmodel import col, select

from intake.feed.tokens import add_token
from storage.db import session_scope
from storage.tables import AuditEntry
from tests.web.seed import Seeded, csrf_in

PAGE = "/ui/allowlist"
SECRET_RE = re.compile(r'id="novy-token-hodnota">(pdl_[^<]+)<')


@pytest.fixture
def token(seeded: Seeded) -> str:
    with session_scope(seeded.app.engine) as s:
        return add_token(s, "vysledky-1", ["127.0.0.0/8"], actor="test", now=datetime.now(UTC))


@pytest.mark.parametrize("role", ["officer", "auditor", "admin"])
def test_every_role_reads_the_page(
    role: str, token: str, client_for: Callable[[str | None], TestClient]
) -> None:
    c = client_for(role)
    r = c.get(PAGE)
    assert r.status_code == 200
    assert r.headers["cache-control"] == "no-store"
    assert "Seznam povolených adres" in r.text and 'href="/ui/allowlist"' in r.text
    assert "vysledky-1" in r.text and "zatím nestahoval" in r.text
    assert token not in r.text
    forms = 'action="/ui/allowlist/tokens"' in r.text, "/revoke" in r.text
    assert forms == ((True, True) if role == "admin" else (False, False))


def test_anonymous_is_sent_to_login(client_for: Callable[[str | None], TestClient]) -> None:
    r = client_for(None).get(PAGE)
    assert r.status_code in (302, 303, 307) and "/ui/login" in r.headers["location"]


@pytest.mark.parametrize("role", ["officer", "auditor"])
def test_non_admins_cannot_change_tokens(
    role: str, seeded: Seeded, token: str, client_for: Callable[[str | None], TestClient]
) -> None:
    c = client_for(role)
    csrf = csrf_in(c.get(PAGE).text)  # the logout form's token: a valid CSRF token
    add = c.post(f"{PAGE}/tokens", data={"name": "cizi", "allow": "", "csrf_token": csrf})
    assert add.status_code == 403
    revoke = c.post(f"{PAGE}/tokens/vysledky-1/revoke", data={"csrf_token": csrf})
    assert revoke.status_code == 403
    page = c.get(PAGE).text
    assert "cizi" not in page and "zrušen" not in page


def test_admin_adds_a_token_shown_once_and_revokes_it(
    seeded: Seeded,
    client_for: Callable[[str | None], TestClient],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    c = client_for("admin")
    csrf = csrf_in(c.get(PAGE).text)
    assert c.post(f"{PAGE}/tokens", data={"name": "x", "csrf_token": "wrong"}).status_code == 403
    r = c.post(
        f"{PAGE}/tokens", data={"name": " vysledky-2 ", "allow": "127.0.0.1", "csrf_token": csrf}
    )
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    m = SECRET_RE.search(r.text)
    assert m, r.text
    secret = m.group(1)
    assert "Zobrazuje se jen nyní" in r.text
    again = c.get(PAGE)
    assert "vysledky-2" in again.text and secret not in again.text
    assert "127.0.0.1/32" in again.text
    api = TestClient(c.app, client=("127.0.0.1", 50000))
    feed = api.get("/api/v1/allowlist", headers={"Authorization": f"Bearer {secret}"})
    assert feed.status_code == 200
    # errors are Czech sentences
    dup = c.post(f"{PAGE}/tokens", data={"name": "vysledky-2", "csrf_token": csrf})
    assert dup.status_code == 400 and "token s tímto názvem už existuje" in dup.text
    bad = c.post(f"{PAGE}/tokens", data={"name": "y", "allow": "nic", "csrf_token": csrf})
    assert bad.status_code == 400 and "IP adresy nebo sítě" in bad.text
    empty = c.post(f"{PAGE}/tokens", data={"name": " ", "csrf_token": csrf})
    assert empty.status_code == 400 and "zadejte název" in empty.text
    missing = c.post(f"{PAGE}/tokens/neni/revoke", data={"csrf_token": csrf})
    assert missing.status_code == 404 and "Takový token neexistuje." in missing.text

    done = c.post(f"{PAGE}/tokens/vysledky-2/revoke", data={"csrf_token": csrf})
    assert done.status_code == 303
    page = c.get(done.headers["location"]).text
    assert "Token byl zrušen" in page and "zrušen" in page
    refused = api.get("/api/v1/allowlist", headers={"Authorization": f"Bearer {secret}"})
    assert refused.status_code == 401  # the serving process forgets it at once

    assert secret not in caplog.text
    with session_scope(seeded.app.engine) as s:
        trail = s.exec(select(AuditEntry).where(col(AuditEntry.subject_type) == "feed_token")).all()
        actions = [(e.action, e.actor) for e in trail]
        assert ("feed.token_added", "test-admin") in actions
        assert ("feed.token_revoked", "test-admin") in actions
        assert all(secret not in str(e.data) for e in trail)
