"""Feed API: tokens (401/403, source restriction, revocation), ETag/304, signatures, OpenAPI."""

from __future__ import annotations

import base64
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from intake.feed import minisign
from intake.feed.tokens import add_token, revoke_token
from intake.web.app import create_app
from storage.db import session_scope
from tests.feed.helpers import approve_new, make_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

URL = "/api/v1/allowlist"


@pytest.fixture
def feed(tmp_path: Path) -> Iterator[dict[str, Any]]:
    app = make_app(tmp_path)
    approve_new(app, ["198.51.100.7"], ["203.0.113.9"])
    now = datetime.now(UTC)
    with session_scope(app.engine) as s:
        anywhere = add_token(s, "anywhere", [], actor="t", now=now)
        pinned = add_token(s, "pinned", ["10.200.0.0/16"], actor="t", now=now)
    web = create_app(app)
    yield {
        "app": app,
        "web": web,
        "anywhere": anywhere,
        "pinned": pinned,
        "client": TestClient(web, client=("192.0.2.50", 40000)),
    }
    app.close()


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_tokens(feed: dict[str, Any]) -> None:
    c = feed["client"]
    assert c.get(URL).status_code == 401
    assert c.get(URL, headers=auth("pdl_wrong")).status_code == 401
    assert c.get(URL, headers={"Authorization": "Basic eDp5"}).status_code == 401
    assert c.get(URL, headers=auth(feed["pinned"])).status_code == 403  # wrong source
    near = TestClient(feed["web"], client=("10.200.3.4", 40000))
    assert near.get(URL, headers=auth(feed["pinned"])).status_code == 200
    ok = c.get(URL, headers=auth(feed["anywhere"]))
    assert ok.status_code == 200
    assert ok.json()["addresses"] == ["198.51.100.7", "203.0.113.9"]
    app = feed["app"]
    with session_scope(app.engine) as s:
        revoke_token(s, "anywhere", actor="t", now=datetime.now(UTC))
    app.feed_server.invalidate()  # another process revoking is seen within refresh_seconds
    assert c.get(URL, headers=auth(feed["anywhere"])).status_code == 401


def test_profiles_formats_and_signature(feed: dict[str, Any]) -> None:
    c, token = feed["client"], feed["anywhere"]
    key = feed["app"].feed.key.public
    live = c.get(URL, params={"profile": "live", "format": "text"}, headers=auth(token))
    assert live.text == "198.51.100.7\n"
    assert live.headers["x-allowlist-profile"] == "live"
    test = c.get(URL, params={"profile": "test", "format": "text"}, headers=auth(token))
    assert test.text == "198.51.100.7\n203.0.113.9\n"
    sig = base64.b64decode(live.headers["x-allowlist-signature"]).decode()
    fields = minisign.verify(live.content, sig, key).fields()
    assert fields["profile"] == "live" and fields["format"] == "text"
    assert fields["version"] == live.headers["x-allowlist-version"] == "1"
    with pytest.raises(minisign.SignatureError):
        minisign.verify(test.content, sig, key)
    detached = c.get(
        URL + ".minisig", params={"profile": "live", "format": "text"}, headers=auth(token)
    )
    assert detached.status_code == 200 and detached.text == sig
    nginx = c.get(URL, params={"format": "nginx"}, headers=auth(token))
    assert "allow 203.0.113.9;" in nginx.text  # active profile (schedule: test) by default
    assert c.get(URL, params={"format": "xml"}, headers=auth(token)).status_code == 400
    assert c.get(URL, params={"profile": "prod"}, headers=auth(token)).status_code == 400


def test_etag_304_and_new_version(feed: dict[str, Any]) -> None:
    c, token = feed["client"], feed["anywhere"]
    first = c.get(URL, params={"format": "nginx"}, headers=auth(token))
    etag = first.headers["etag"]
    again = c.get(URL, params={"format": "nginx"}, headers={**auth(token), "If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == etag
    other_format = c.get(
        URL, params={"format": "text"}, headers={**auth(token), "If-None-Match": etag}
    )
    assert other_format.status_code == 200
    approve_new(feed["app"], ["192.0.2.80"])  # same process: seen at once
    changed = c.get(URL, params={"format": "nginx"}, headers={**auth(token), "If-None-Match": etag})
    assert changed.status_code == 200 and "allow 192.0.2.80;" in changed.text
    assert changed.headers["x-allowlist-version"] == "2" and changed.headers["etag"] != etag
    assert c.get(URL, headers={"If-None-Match": etag}).status_code == 401  # no token, no 304


def test_openapi_documents_the_feed(feed: dict[str, Any]) -> None:
    spec = feed["client"].get("/api/openapi.json").json()
    op = spec["paths"][URL]["get"]
    names = {p["name"] for p in op["parameters"]}
    assert {"profile", "format"} <= names
    assert {"200", "304", "401", "403"} <= set(op["responses"])


def test_documented_route_and_outermost_wrapper_answer_alike(feed: dict[str, Any]) -> None:
    from fastapi import FastAPI

    from intake.feed.server import outermost
    from intake.web import routes_feed

    bare = FastAPI()  # the FastAPI routes alone, without the middleware
    bare.state.app = feed["app"]
    bare.include_router(routes_feed.router)
    wrapped = outermost(feed["web"], feed["app"].feed_server)
    for asgi in (bare, wrapped):
        c = TestClient(asgi, client=("192.0.2.50", 40000))
        r = c.get(URL, params={"format": "text", "profile": "live"}, headers=auth(feed["anywhere"]))
        assert r.status_code == 200 and r.text == "198.51.100.7\n"
        again = c.get(
            URL,
            params={"format": "text", "profile": "live"},
            headers={**auth(feed["anywhere"]), "If-None-Match": r.headers["etag"]},
        )
        assert again.status_code == 304
        assert c.get(URL, headers=auth("pdl_nope")).status_code == 401
    assert TestClient(wrapped).get("/api/openapi.json").status_code == 200  # passed through


def test_unknown_format_is_refused_with_the_valid_ones(feed: dict[str, Any]) -> None:
    from intake.feed.render import Format

    r = feed["client"].get(URL, params={"format": "xml"}, headers=auth(feed["anywhere"]))
    assert r.status_code == 400
    detail = r.json()["detail"]
    assert all(f.value in detail for f in Format)
    spec = feed["client"].get("/api/openapi.json").json()
    (param,) = [p for p in spec["paths"][URL]["get"]["parameters"] if p["name"] == "format"]
    schema = param["schema"]
    enum = (
        schema.get("enum") or spec["components"]["schemas"][schema["$ref"].split("/")[-1]]["enum"]
    )
    assert enum == [f.value for f in Format]
