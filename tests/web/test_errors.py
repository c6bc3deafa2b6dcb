"""No HTTP 500 under /ui: every route with hostile ids, the audit's extreme dates, unknown URLs
and wrong methods answer a Czech HTML page with the right status; /api errors stay JSON."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from starlette.routing import BaseRoute

from intake.web.app import create_app
from tests.web.seed import Seeded, csrf_in

Client = Callable[[str | None], TestClient]

BAD_IDS = (str(2**63), str(10**20), "abc", "0", "-1")
ENGLISH = re.compile(
    r"Internal Server Error|Not Found|Method Not Allowed|Unprocessable|field required|"
    r"\"detail\"|Traceback|not a valid|Input should",
    re.IGNORECASE,
)
ERROR_STATUSES = {400, 404, 405, 409, 422}


def _assert_czech_page(r: object, statuses: set[int] = ERROR_STATUSES) -> None:
    from httpx import Response

    assert isinstance(r, Response)
    where = f"{r.request.method} {r.request.url}"
    assert r.status_code in statuses, (where, r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("text/html"), where
    assert '<html lang="cs">' in r.text and 'id="chyba"' in r.text, where
    assert not ENGLISH.search(r.text), (where, ENGLISH.search(r.text))
    message = re.search(r'id="chyba">([^<]*)<', r.text)
    assert message and re.search(r"[áčďéěíňóřšťúůýž]", message.group(1)), (where, message)


def _routes(routes: list[BaseRoute]) -> Iterator[APIRoute]:
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        included = getattr(route, "original_router", None)  # FastAPI's lazily included routers
        if included is not None:  # (ours are included without a prefix)
            yield from _routes(included.routes)


def _ui_routes(c: TestClient) -> list[tuple[str, str]]:
    """(method, path template) of every /ui route of the client's app's router."""
    web = c.app
    assert isinstance(web, FastAPI)
    return [
        (m, route.path)
        for route in _routes(web.router.routes)
        if route.path.startswith("/ui")
        for m in sorted(route.methods or ())
        if m != "HEAD"
    ]


def test_every_ui_route_with_a_hostile_id_answers_a_czech_page(
    seeded: Seeded, client_for: Client
) -> None:
    c = client_for("admin")  # a 500 raises here: TestClient re-raises server errors
    token = csrf_in(c.get("/ui/queue").text)
    routes = [(m, p) for m, p in _ui_routes(c) if "{" in p]
    assert len(routes) >= 12, routes
    for method, template in routes:
        for bad in BAD_IDS:
            path = re.sub(r"\{[^}]+\}", bad, template)
            if method == "GET":
                r = c.get(path)
            else:
                r = c.post(path, data={"csrf_token": token, "field": "contact.email"})
            _assert_czech_page(r)
            if bad in (str(2**63), "abc") and "{sub_id}" in template:
                assert r.status_code == 404, (method, path)


def test_ui_routes_without_parameters_survive_a_bare_post(
    seeded: Seeded, client_for: Client
) -> None:
    """Every parameterless /ui POST with only a CSRF token (missing form fields)."""
    c = client_for("admin")
    token = csrf_in(c.get("/ui/queue").text)
    for method, path in _ui_routes(c):
        if method == "POST" and "{" not in path and not path.endswith(("/login", "/logout")):
            r = c.post(path, data={"csrf_token": token})
            assert r.status_code != 500, path
            if r.status_code >= 400:
                _assert_czech_page(r)


@pytest.mark.parametrize(
    "query",
    [
        "until=9999-12-31",
        "since=0001-01-01",
        "since=0001-01-01&until=9999-12-31",
        "since=9999-12-31",
        "until=0001-01-01",
        "before=99999999999999999999",
        f"before={2**63}",
    ],
)
def test_audit_extreme_filters(seeded: Seeded, client_for: Client, query: str) -> None:
    c = client_for("auditor")
    for path in ("/ui/audit", "/ui/audit/export.csv", "/ui/audit/export.xml"):
        r = c.get(f"{path}?{query}")
        if query.startswith("before") and path == "/ui/audit":
            _assert_czech_page(r, {422})
        else:
            assert r.status_code == 200, (path, query, r.text[:300])
    if query == "since=0001-01-01&until=9999-12-31":  # no bound at all: every entry
        html = c.get(f"/ui/audit?{query}").text
        assert html.count("<tr") == c.get("/ui/audit").text.count("<tr") > 1


def test_unknown_urls_and_wrong_methods(seeded: Seeded, client_for: Client) -> None:
    c = client_for("officer")
    for path in ("/ui/neexistuje", "/ui/submissions/1/nic", "/neexistuje"):
        r = c.get(path)
        _assert_czech_page(r, {404})
        assert "Stránka s touto adresou neexistuje." in r.text
    r = c.get(f"/ui/submissions/{seeded.ids['approve']}/decide")
    _assert_czech_page(r, {405})
    assert "metoda GET není povolena" in r.text and "POST" in r.headers["allow"]
    r = c.delete("/ui/queue")
    _assert_czech_page(r, {405})
    anonymous = client_for(None)
    _assert_czech_page(anonymous.get("/ui/neexistuje"), {404})


def test_invalid_query_and_form_values_are_422_pages(seeded: Seeded, client_for: Client) -> None:
    c = client_for("officer")
    r = c.get("/ui/queue?page=abc")
    _assert_czech_page(r, {422})
    assert "page" in r.text
    token = csrf_in(c.get("/ui/queue").text)
    r = c.post(f"/ui/submissions/{seeded.ids['approve']}/decide", data={"csrf_token": token})
    _assert_czech_page(r, {422})
    assert "Neplatný nebo chybějící údaj: kind." in r.text


def test_api_errors_stay_json(seeded: Seeded, client_for: Client) -> None:
    c = client_for(None)
    for path in ("/api/neexistuje", "/api/v1/neexistuje"):
        r = c.get(path)
        assert r.status_code == 404 and r.headers["content-type"] == "application/json"
        assert r.json() == {"detail": "Not Found"}


def test_unhandled_error_is_a_czech_500_page_and_logged(
    seeded: Seeded, caplog: pytest.LogCaptureFixture
) -> None:
    web = create_app(seeded.app)

    @web.get("/ui/boom")
    def boom() -> None:
        raise RuntimeError("secret-ish internal detail")

    @web.get("/api/boom")
    def api_boom() -> None:
        raise RuntimeError("secret-ish internal detail")

    with TestClient(web, raise_server_exceptions=False) as c, caplog.at_level(logging.ERROR):
        r = c.get("/ui/boom")
        api = c.get("/api/boom")
    _assert_czech_page(r, {500})
    assert "secret-ish" not in r.text and "vnitřní chybě" in r.text
    assert api.status_code == 500 and api.json() == {"detail": "internal server error"}
    assert any("unhandled error on GET /ui/boom" in m for m in caplog.messages)
