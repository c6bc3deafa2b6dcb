"""Accounts, sessions, roles, CSRF and login throttling of the officer UI (TestClient)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlmodel import col, select

from intake.accounts import MAX_FAILED
from intake.web.app import create_app
from storage.db import session_scope
from storage.tables import AuditEntry, Component, utcnow
from storage.users import User, WebSession
from tests.web.conftest import login
from tests.web.seed import Seeded, csrf_in, decide_confirmed, state_of

Client = Callable[[str | None], TestClient]
PUBLIC = {"/ui/", "/ui/login"}
ADMIN_ONLY = {"/ui/users"}
"""Routes that need no login: the login page and a redirect to the queue."""


def _ui_routes(seeded: Seeded) -> list[tuple[str, str]]:
    """Every UI route of the mounted app with real ids filled in (new routes are covered)."""
    sub = seeded.ids["xss"]
    with session_scope(seeded.app.engine) as s:
        comp = s.exec(
            select(Component).where(
                col(Component.submission_id) == sub, col(Component.role) == "body_html"
            )
        ).one()
    out = []
    for r in _all_routes():
        if isinstance(r, APIRoute) and r.path.startswith("/ui/") and r.path not in PUBLIC:
            path = r.path.replace("{sub_id}", str(sub)).replace("{comp_id}", str(comp.id))
            path = re.sub(r"\{[a-z_]+(:[a-z]+)?\}", "1", path)  # other areas' ids
            out += [(m, path) for m in sorted(r.methods)]
    return out


def _all_routes() -> list[object]:
    """The routes of every ``intake/web/routes_*`` module (what ``create_app`` mounts)."""
    import importlib
    import pkgutil

    import intake.web as pkg

    routes: list[object] = []
    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name.startswith("routes_"):
            module = importlib.import_module(f"intake.web.{info.name}")
            routes += list(module.router.routes) if hasattr(module, "router") else []
    return routes


def test_every_ui_route_needs_a_login(seeded: Seeded, client_for: Client) -> None:
    anon = client_for(None)
    routes = _ui_routes(seeded)
    assert ("POST", f"/ui/submissions/{seeded.ids['xss']}/decide") in routes
    for method, path in routes:
        r = anon.request(method, path)
        if method == "GET":
            assert r.status_code == 303 and r.headers["location"].startswith("/ui/login?next="), (
                path
            )
        else:
            assert r.status_code == 401, (method, path)


def test_auditor_reads_everything_and_changes_nothing(seeded: Seeded, client_for: Client) -> None:
    auditor = client_for("auditor")
    sub = seeded.ids["approve"]
    mine = ("/ui/queue", "/ui/submissions/", "/ui/dashboard", "/ui/audit")
    token = csrf_in(auditor.get("/ui/queue").text)  # the logout form's token
    for method, path in _ui_routes(seeded):
        if method == "GET" and path in ADMIN_ONLY:
            assert auditor.get(path).status_code == 403, path
        elif method == "GET":
            r = auditor.get(path)
            assert r.status_code not in (401, 403) and "/ui/login" not in r.headers.get(
                "location", ""
            ), path
            if path.startswith(mine):
                assert r.status_code == 200, path
        elif path != "/ui/logout":
            # every state-changing route of every area refuses the read-only role
            r = auditor.request(method, path, data={"csrf_token": token})
            assert r.status_code == 403, (method, path)
    page = auditor.get(f"/ui/submissions/{sub}")
    assert "Vaše role umožňuje jen čtení" in page.text and 'id="schvalit"' not in page.text
    audit_before = _audit_count(seeded)
    r = auditor.post(f"/ui/submissions/{sub}/decide", data={"kind": "approve", "csrf_token": token})
    assert r.status_code == 403
    r = auditor.post(
        f"/ui/submissions/{sub}/correct",
        data={"field": "test_ips", "value": "192.0.2.1", "csrf_token": token},
    )
    assert r.status_code == 403
    assert state_of(seeded.app, sub) == "ready_for_review"
    # nothing changed; only the two refused attempts are recorded
    assert _audit_count(seeded) == audit_before + 2
    assert _audit_count(seeded, "access.refused") >= 2


def _audit_count(seeded: Seeded, action: str | None = None) -> int:
    with session_scope(seeded.app.engine) as s:
        q = select(AuditEntry.id)
        if action is not None:
            q = q.where(AuditEntry.action == action)
        return len(s.exec(q).all())


@pytest.mark.parametrize("token", [None, "", "forged", "0" * 64])
def test_post_without_valid_csrf_token_is_refused(
    seeded: Seeded, client_for: Client, token: str | None
) -> None:
    officer = client_for("officer")
    sub = seeded.ids["approve"]
    data = {"kind": "approve"} | ({} if token is None else {"csrf_token": token})
    r = officer.post(f"/ui/submissions/{sub}/decide", data=data)
    assert r.status_code == 403 and "CSRF" in r.text
    assert state_of(seeded.app, sub) == "ready_for_review"
    # another session's token is no good either
    other = client_for("admin")
    foreign = csrf_in(other.get("/ui/queue").text)
    assert (
        officer.post(
            f"/ui/submissions/{sub}/decide", data={"kind": "approve", "csrf_token": foreign}
        ).status_code
        == 403
    )
    ok = decide_confirmed(officer, sub, "approve")
    assert ok.status_code == 303 and state_of(seeded.app, sub) == "approved"


def test_login_form_needs_its_csrf_token(seeded: Seeded, client_for: Client) -> None:
    anon = client_for(None)
    name, password = seeded.users["officer"]
    r = anon.post("/ui/login", data={"username": name, "password": password})
    assert r.status_code == 403
    anon.get("/ui/login")  # sets the nonce cookie, but the form field is still missing
    r = anon.post("/ui/login", data={"username": name, "password": password, "csrf_token": "x"})
    assert r.status_code == 403 and "podatelna_session" not in anon.cookies


def test_session_cookie_flags_logout_and_expiry(seeded: Seeded, client_for: Client) -> None:
    c = client_for(None)
    page = c.get("/ui/login")
    name, password = seeded.users["officer"]
    r = c.post(
        "/ui/login",
        data={
            "username": name,
            "password": password,
            "csrf_token": csrf_in(page.text),
            "next": "//evil.example/",
        },
    )
    assert r.status_code == 303 and r.headers["location"] == "/ui/queue"  # no open redirect
    cookie = r.headers["set-cookie"]
    assert "podatelna_session=" in cookie and "HttpOnly" in cookie
    assert "SameSite=strict" in cookie or "samesite=strict" in cookie.lower()
    assert "Secure" not in cookie  # plain http, not forced
    assert c.get("/ui/queue").status_code == 200
    # logout ends the session server-side: the old cookie value is useless afterwards
    old = c.cookies.get("podatelna_session")
    token = csrf_in(c.get("/ui/queue").text)
    assert c.post("/ui/logout", data={"csrf_token": token}).status_code == 303
    with session_scope(seeded.app.engine) as s:
        assert s.exec(select(AuditEntry).where(col(AuditEntry.action) == "user.logout")).first()
    replay = client_for(None)
    replay.cookies.set("podatelna_session", old)
    assert replay.get("/ui/queue").status_code == 303
    # expiry
    login(c, name, password)
    with session_scope(seeded.app.engine) as s:
        for row in s.exec(select(WebSession)).all():
            row.expires_at = row.expires_at - timedelta(days=2)
            s.add(row)
    assert c.get("/ui/queue").status_code == 303


def test_secure_cookie_over_https(seeded: Seeded) -> None:
    c = TestClient(
        create_app(seeded.app), base_url="https://podatelna.example", follow_redirects=False
    )
    page = c.get("/ui/login")
    name, password = seeded.users["officer"]
    r = c.post(
        "/ui/login", data={"username": name, "password": password, "csrf_token": csrf_in(page.text)}
    )
    assert r.status_code == 303 and "Secure" in r.headers["set-cookie"]
    assert "strict-transport-security" in r.headers


def test_tampered_cookie_is_not_a_session(seeded: Seeded, client_for: Client) -> None:
    c = client_for("officer")
    value = c.cookies.get("podatelna_session")
    assert value
    c.cookies.set("podatelna_session", value[:-2] + ("AA" if not value.endswith("AA") else "BB"))
    assert c.get("/ui/queue").status_code == 303


def test_ten_wrong_passwords_throttle_the_account(seeded: Seeded, client_for: Client) -> None:
    name, password = seeded.users["officer"]
    statuses = []
    for i in range(MAX_FAILED):
        c = client_for(None)  # fresh client each time; the account counter is what matters
        page = c.get("/ui/login")
        r = c.post(
            "/ui/login",
            data={"username": name, "password": f"wrong-{i}", "csrf_token": csrf_in(page.text)},
        )
        statuses.append(r.status_code)
    assert statuses[:-1] == [401] * (MAX_FAILED - 1) and statuses[-1] == 429
    # now even the right password is refused
    c = client_for(None)
    page = c.get("/ui/login")
    r = c.post(
        "/ui/login", data={"username": name, "password": password, "csrf_token": csrf_in(page.text)}
    )
    assert r.status_code == 429 and "dočasně zablokováno do" in r.text
    assert "podatelna_session" not in c.cookies
    with session_scope(seeded.app.engine) as s:
        user = s.exec(select(User).where(col(User.username) == name)).one()
        assert user.failed_logins == MAX_FAILED and user.throttled_until is not None
        actions = [a.action for a in s.exec(select(AuditEntry)).all()]
    assert actions.count("user.login_failed") == MAX_FAILED
    assert "user.login_throttled" in actions


def test_unknown_user_names_are_locked_like_accounts(seeded: Seeded, client_for: Client) -> None:
    c = client_for(None)
    codes = []
    for i in range(MAX_FAILED + 1):
        page = c.get("/ui/login")
        codes.append(
            c.post(
                "/ui/login",
                data={
                    "username": "nobody",
                    "password": f"x-{i}" * 4,
                    "csrf_token": csrf_in(page.text),
                },
            ).status_code
        )
    assert codes == [401] * (MAX_FAILED - 1) + [429, 429]
    # other names from the same address are not affected (the address limit is far higher)
    page = c.get("/ui/login")
    r = c.post(
        "/ui/login",
        data={"username": "nobody2", "password": "x" * 12, "csrf_token": csrf_in(page.text)},
    )
    assert r.status_code == 401


def test_security_headers(client_for: Client) -> None:
    r = client_for("officer").get("/ui/queue")
    csp = r.headers["content-security-policy"]
    assert (
        "script-src 'self'" in csp
        and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    )
    assert "frame-ancestors 'none'" in csp
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"
    assert "no-store" in r.headers["cache-control"]


def test_account_administration_is_for_admins_only(seeded: Seeded, client_for: Client) -> None:
    for role in ("officer", "auditor"):
        c = client_for(role)
        token = csrf_in(c.get("/ui/queue").text)
        assert c.get("/ui/users").status_code == 403
        assert 'href="/ui/users"' not in c.get("/ui/queue").text
        r = c.post(
            "/ui/users",
            data={"username": "eve", "role": "admin", "password": "x" * 12, "csrf_token": token},
        )
        assert r.status_code == 403
    admin = client_for("admin")
    page = admin.get("/ui/users")
    assert page.status_code == 200 and seeded.users["auditor"][0] in page.text
    title = page.text.split("<title>", 1)[1].split("</title>", 1)[0]
    assert title.startswith("Uživatelé – ") and "<" not in title
    assert page.text.count('id="h-heslo"') == 1  # the password form once, in the page body
    token = csrf_in(page.text)
    assert (
        admin.post(
            "/ui/users", data={"username": "eve", "role": "admin", "password": "x" * 12}
        ).status_code
        == 403
    )  # no CSRF
    nova = {"username": "nova", "role": "officer", "password": "heslo-nove-1", "csrf_token": token}
    assert admin.post("/ui/users", data=nova).status_code == 303
    bad = admin.post("/ui/users", data=nova)  # the same account again
    assert bad.status_code == 400 and "Účet nelze vytvořit" in bad.text
    login(client_for(None), "nova", "heslo-nove-1")
    # throttle an account, then lift it from the page
    name = seeded.users["officer"][0]
    with session_scope(seeded.app.engine) as s:
        user = s.exec(select(User).where(col(User.username) == name)).one()
        user.failed_logins, user.throttled_until = MAX_FAILED, utcnow() + timedelta(minutes=5)
        s.add(user)
    assert "zablokován do" in admin.get("/ui/users").text
    r = admin.post(f"/ui/users/{name}/unlock", data={"csrf_token": token})
    assert r.status_code == 303
    with session_scope(seeded.app.engine) as s:
        user = s.exec(select(User).where(col(User.username) == name)).one()
        assert user.throttled_until is None and user.failed_logins == 0
        entries = s.exec(
            select(AuditEntry).where(
                col(AuditEntry.action).in_(["user.created", "user.unlocked"]),
                col(AuditEntry.actor) == seeded.users["admin"][0],
            )
        ).all()
    assert {e.action for e in entries} == {"user.created", "user.unlocked"}
