"""Login throttling users can live with (issue 17): a lock per account (and per unknown name,
answered identically), a per-address slow-down shared by worker processes, trusted proxies,
audited attempts without passwords, the idle timeout (TestClient; the real browser and the
real server are test_login_browser.py and tests/e2e/test_serve_login.py)."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from ipaddress import ip_network
from typing import Any

import httpx
import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from sqlmodel import col, select

from intake import accounts
from intake.config import WebConfig
from intake.web.app import behind_proxies, create_app
from storage.db import session_scope
from storage.tables import AuditEntry, utcnow
from storage.users import LoginAddressFailure, User, WebSession
from tests.web.seed import Seeded, csrf_in

Client = Callable[[str | None], TestClient]
LOCKED = "dočasně zablokováno do"
WRONG = "Nesprávné jméno nebo heslo."


def configure(seeded: Seeded, **web: Any) -> None:
    """Change ``[web]`` settings of the running app (read on every request)."""
    settings = seeded.app.settings
    seeded.app.settings = settings.model_copy(update={"web": settings.web.model_copy(update=web)})


def attempt(c: TestClient, name: str, password: str) -> httpx.Response:
    page = c.get("/ui/login")
    return c.post(
        "/ui/login",
        data={"username": name, "password": password, "csrf_token": csrf_in(page.text)},
    )


def audit_rows(seeded: Seeded, *actions: str) -> list[AuditEntry]:
    with session_scope(seeded.app.engine) as s:
        q = select(AuditEntry).order_by(col(AuditEntry.id))
        if actions:
            q = q.where(col(AuditEntry.action).in_(actions))
        return list(s.exec(q).all())


def normalised(r: httpx.Response) -> str:
    """The page without its per-request form token."""
    return re.sub(r'value="[0-9a-f]{64}"', 'value="…"', r.text)


def test_defaults_lock_accounts_and_only_slow_addresses() -> None:
    web = WebConfig()
    assert web.lockout_failures == 10 and web.lockout_minutes == 15
    assert web.address_limit >= 10 * web.lockout_failures  # far higher than an account's
    assert web.idle_minutes == 30 and web.session_minutes > web.idle_minutes
    assert web.trusted_proxies == []


def test_one_accounts_failures_do_not_lock_another(seeded: Seeded, client_for: Client) -> None:
    officer, admin = seeded.users["officer"], seeded.users["admin"]
    c = client_for(None)  # one client address ("testclient") for everything below
    codes = [attempt(c, officer[0], f"spatne-{i}").status_code for i in range(10)]
    assert codes == [401] * 9 + [429]
    locked = attempt(c, officer[0], officer[1])  # the right password, still locked
    assert locked.status_code == 429 and LOCKED in locked.text
    assert "podatelna_session" not in c.cookies
    # the same address, another account: not affected at all
    assert attempt(c, admin[0], admin[1]).status_code == 303
    # the admin lifts the lock on the web; the officer logs in at once
    page = c.get("/ui/users")
    assert "zablokován do" in page.text
    assert (
        c.post(
            f"/ui/users/{officer[0]}/unlock", data={"csrf_token": csrf_in(page.text)}
        ).status_code
        == 303
    )
    assert attempt(client_for(None), officer[0], officer[1]).status_code == 303
    actions = [a.action for a in audit_rows(seeded, "user.login_failed", "user.login_throttled")]
    assert actions == ["user.login_failed"] * 10 + ["user.login_throttled"]
    assert [a.action for a in audit_rows(seeded, "user.unlocked")] == ["user.unlocked"]


def test_the_lock_message_says_until_when_in_prague_time(
    seeded: Seeded, client_for: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    fixed = datetime(2022, 12, 23, 13, 20, 5, tzinfo=utcnow().tzinfo)  # 14:20:05 in Prague
    monkeypatch.setattr(accounts, "utcnow", lambda: fixed)
    c = client_for(None)
    for i in range(10):
        r = attempt(c, seeded.users["officer"][0], f"spatne-{i}")
    # locked until 14:35:05 Prague time, shown rounded up to the minute
    assert r.status_code == 429 and f"{LOCKED} 23. 12. 2022 14:36" in r.text


def test_unknown_and_locked_names_get_identical_answers(
    seeded: Seeded, client_for: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = utcnow()
    monkeypatch.setattr(accounts, "utcnow", lambda: now)  # both locks end at the same instant
    c = client_for(None)
    officer = seeded.users["officer"][0]
    known = [attempt(c, officer, f"spatne-{i}") for i in range(10)]
    unknown = [attempt(c, "nikdo-takovy", f"spatne-{i}") for i in range(10)]
    for k, u in zip(known, unknown, strict=True):
        assert (k.status_code, normalised(k)) == (u.status_code, normalised(u))
        assert sorted(k.headers.keys()) == sorted(u.headers.keys())
    assert known[-1].status_code == 429 and LOCKED in known[-1].text
    assert known[0].status_code == 401 and WRONG in known[0].text
    again_k, again_u = attempt(c, officer, "x" * 12), attempt(c, "nikdo-takovy", "x" * 12)
    assert again_k.status_code == again_u.status_code == 429
    assert normalised(again_k) == normalised(again_u)
    assert officer not in again_k.text and "nikdo-takovy" not in again_u.text


def test_every_path_costs_one_password_hash(
    seeded: Seeded, client_for: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Unknown, wrong, locked-known and locked-unknown take about as long: each verifies one
    argon2 hash of the production kind (the locked path used to answer without any)."""
    slow = PasswordHasher(time_cost=2, memory_cost=32768, parallelism=1)  # ~50 ms a verify
    monkeypatch.setattr(accounts, "_hasher", slow)
    name, password = seeded.users["officer"]
    with session_scope(seeded.app.engine) as s:
        accounts.set_password(s, name, password, actor="test")  # a slow hash for this account
    c = client_for(None)
    verified: list[str] = []
    real_verify = accounts._verify

    def counting_verify(hashed: str, given: str) -> bool:
        verified.append(hashed)
        return real_verify(hashed, given)

    monkeypatch.setattr(accounts, "_verify", counting_verify)

    def one_verification_each(user: str) -> None:
        for _ in range(5):
            verified.clear()
            page = c.get("/ui/login")
            data = {"username": user, "password": "spatne-heslo", "csrf_token": csrf_in(page.text)}
            c.post("/ui/login", data=data)
            # exactly one verification, of a hash as costly as the account's: the answer takes
            # as long whether the account exists or is locked (asserted on the work done, not
            # on wall time, which a shared test machine makes meaningless)
            assert len(verified) == 1 and verified[0].startswith("$argon2id$v=19$m=32768,t=2")

    one_verification_each(name)  # wrong password
    one_verification_each("nikdo-takovy")  # unknown name
    for _ in range(5):
        attempt(c, name, "x" * 12), attempt(c, "nikdo-takovy", "x" * 12)
    one_verification_each(name)  # locked account
    one_verification_each("nikdo-takovy")  # locked unknown name


def test_locks_expire_and_start_counting_afresh(seeded: Seeded, client_for: Client) -> None:
    name, password = seeded.users["officer"]
    c = client_for(None)
    for i in range(10):
        attempt(c, name, f"spatne-{i}")
    with session_scope(seeded.app.engine) as s:
        user = s.exec(select(User).where(col(User.username) == name)).one()
        assert user.throttled_until is not None
        user.throttled_until = utcnow() - timedelta(seconds=1)  # the 15 minutes have passed
        s.add(user)
    # one wrong password after the expiry does not lock again: the count starts afresh
    assert attempt(c, name, "spatne-znovu").status_code == 401
    assert attempt(c, name, password).status_code == 303
    with session_scope(seeded.app.engine) as s:
        user = s.exec(select(User).where(col(User.username) == name)).one()
        assert user.failed_logins == 0 and user.throttled_until is None


def test_the_address_limit_only_slows_down(seeded: Seeded, client_for: Client) -> None:
    configure(seeded, address_limit=4, address_max_delay=0.4)
    c = client_for(None)
    for i in range(4):  # four different names: no name is locked
        start = time.perf_counter()
        assert attempt(c, f"zkouska{i}", "x" * 12).status_code == 401
        assert time.perf_counter() - start < 0.4
    start = time.perf_counter()
    assert attempt(c, "zkouska9", "x" * 12).status_code == 401  # slowed, never 429
    assert time.perf_counter() - start >= 0.4
    # every account still logs in from the same address, only slower
    start = time.perf_counter()
    assert attempt(c, *seeded.users["auditor"]).status_code == 303
    assert time.perf_counter() - start >= 0.4
    slowed = [a.data for a in audit_rows(seeded, "user.login_failed", "user.login")][-2:]
    assert all(d and d.get("slowed") == 0.4 for d in slowed), slowed


def test_the_address_count_is_shared_by_worker_processes(
    seeded: Seeded, client_for: Client
) -> None:
    """Two app instances (as in two worker processes) over one database see one count."""
    configure(seeded, address_limit=3, address_max_delay=0.3)
    first, second = client_for(None), TestClient(create_app(seeded.app), follow_redirects=False)
    for i in range(3):
        attempt(first, f"zkouska{i}", "x" * 12)
    start = time.perf_counter()
    assert attempt(second, "zkouska3", "x" * 12).status_code == 401
    assert time.perf_counter() - start >= 0.3
    with session_scope(seeded.app.engine) as s:
        row = s.get(LoginAddressFailure, "testclient")
        assert row is not None and row.failures == 4
    second.close()


def _proxied_client(seeded: Seeded, peer: str) -> TestClient:
    configure(seeded, trusted_proxies=[ip_network("10.0.0.0/8")])
    asgi = behind_proxies(create_app(seeded.app), seeded.app.settings.web.trusted_proxies)
    return TestClient(asgi, follow_redirects=False, client=(peer, 40000))


def test_forwarded_for_only_from_trusted_proxies(seeded: Seeded) -> None:
    forged = {"X-Forwarded-For": "203.0.113.9"}
    https = {**forged, "X-Forwarded-Proto": "https"}
    ips = []
    for peer, client, secure in (("10.1.2.3", "203.0.113.9", True), ("198.51.100.7", None, False)):
        c = _proxied_client(seeded, peer)  # 198.51.100.7 is no proxy: its headers are ignored
        assert ("Secure" in c.get("/ui/login", headers=https).headers["set-cookie"]) is secure
        r = attempt_with(c, "nikdo", "x" * 12, forged)
        assert r.status_code == 401
        ips.append(client or peer)
        c.close()
    got = [a.data["ip"] for a in audit_rows(seeded, "user.login_failed") if a.data]
    assert got == ips == ["203.0.113.9", "198.51.100.7"]


def attempt_with(c: TestClient, name: str, password: str, headers: dict[str, str]) -> Any:
    page = c.get("/ui/login", headers=headers)
    return c.post(
        "/ui/login",
        data={"username": name, "password": password, "csrf_token": csrf_in(page.text)},
        headers=headers,
    )


def test_behind_proxy_is_kept_as_the_local_proxy() -> None:
    assert [str(n) for n in WebConfig(behind_proxy=True).trusted_proxies] == [
        "127.0.0.1/32",
        "::1/128",
    ]
    with pytest.raises(ValueError, match="replaced by trusted_proxies"):
        WebConfig(behind_proxy=True, trusted_proxies=["10.0.0.1"])


def test_attempts_are_audited_without_passwords(
    seeded: Seeded, client_for: Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    name, password = seeded.users["officer"]
    c = client_for(None)
    secrets_tried = [f"tajne-spatne-{i}" for i in range(10)]
    for p in secrets_tried:
        attempt(c, name, p)
    attempt(c, name, password)  # locked
    attempt(c, "nikdo", "neznamy-tajny")
    rows = audit_rows(seeded, "user.login_failed", "user.login_throttled")
    assert len(rows) == 12
    assert all(r.data and r.data["ip"] == "testclient" for r in rows)
    assert rows[-1].data and rows[-1].data["reason"] == "unknown" and rows[-1].actor == "anonymous"
    text = json.dumps([r.model_dump(mode="json") for r in audit_rows(seeded)]) + caplog.text
    for p in [*secrets_tried, password, "neznamy-tajny"]:
        assert p not in text


def test_idle_sessions_are_logged_out_and_activity_extends_them(
    seeded: Seeded, client_for: Client
) -> None:
    c = client_for("officer")

    def idle_for(minutes: int) -> None:
        with session_scope(seeded.app.engine) as s:
            for row in s.exec(select(WebSession)).all():
                row.last_seen_at = utcnow() - timedelta(minutes=minutes)
                s.add(row)

    idle_for(25)  # within the default 30 minutes: still in, and the request counts
    assert c.get("/ui/queue").status_code == 200
    with session_scope(seeded.app.engine) as s:
        seen = [r.last_seen_at for r in s.exec(select(WebSession)).all()]
    assert seen and all(utcnow() - t < timedelta(minutes=1) for t in seen)
    idle_for(25)  # 50 minutes after login, but only 25 idle
    assert c.get("/ui/queue").status_code == 200
    idle_for(31)
    r = c.get("/ui/queue")
    assert r.status_code == 303 and r.headers["location"].startswith("/ui/login")
    # configurable
    configure(seeded, idle_minutes=5)
    c = client_for("officer")
    idle_for(6)
    assert c.get("/ui/queue").status_code == 303
