"""The feed's protocol-level ``304`` (``intake.feed.fastpath``) against the ASGI path it stands
in for, over real sockets: ``podatelna serve``'s uvicorn server (``intake.runner.http_server``)
and, beside it over the same composition root, uvicorn serving the same application without
the fast path. Same status, headers (but ``Date``) and body for every request; the fast path
answers only what it may, sees a new version and a revoked token within the documented
bound, refuses when its state cannot be read (503), and its fetches are still recorded."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from sqlalchemy.exc import OperationalError
from sqlmodel import col, select

from intake.bootstrap import App, build_app
from intake.config import load_settings
from intake.feed.server import FeedServer, View, outermost
from intake.feed.tokens import add_token, revoke_token
from intake.runner import http_server
from intake.web.app import create_app
from storage.db import session_scope
from storage.feed import FeedToken
from tests.fakes import FakeStages
from tests.feed.helpers import approve_new, make_app, running
from tests.fixtures.common import free_port

URL = "/api/v1/allowlist"
pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """``fast``: podatelna serve's server; ``slow``: the same app under plain uvicorn."""
    app = make_app(tmp_path)
    approve_new(app, ["198.51.100.7"], ["203.0.113.9"])
    now = datetime.now(UTC)
    with session_scope(app.engine) as s:
        tokens = {
            "anywhere": add_token(s, "anywhere", [], actor="t", now=now),
            "pinned": add_token(s, "pinned", ["10.200.0.0/16"], actor="t", now=now),
        }
    app.feed_server.refresh_seconds = 3600.0  # no refresh during a comparison but those forced
    plain = uvicorn.Config(
        outermost(create_app(app), app.feed_server),
        host="127.0.0.1",
        port=free_port(),
        http="httptools",
        log_level="warning",
        server_header=False,
    )
    with (
        running(http_server(app, "127.0.0.1", free_port())) as fast,
        running(uvicorn.Server(plain)) as slow,
    ):
        yield {"app": app, "fast": fast, "slow": slow, **tokens}
    app.close()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def answer(r: httpx.Response) -> tuple[int, list[tuple[str, str]], bytes]:
    return r.status_code, [(k, v) for k, v in r.headers.multi_items() if k != "date"], r.content


def both(
    pair: dict[str, Any], method: str, path: str, headers: dict[str, str], **kw: Any
) -> tuple[Any, int]:
    """The answer of the fast server, asked twice (the first may teach it), which must be the
    slow server's; and how many of the two the fast path answered itself."""
    server: FeedServer = pair["app"].feed_server
    before = server.fast_answers
    with httpx.Client(base_url=pair["fast"]) as fast, httpx.Client(base_url=pair["slow"]) as slow:
        first = answer(fast.request(method, path, headers=headers, **kw))
        second = answer(fast.request(method, path, headers=headers, **kw))
        reference = answer(slow.request(method, path, headers=headers, **kw))
    assert first == second == reference, (method, path, headers)
    return reference, server.fast_answers - before


def etag_of(pair: dict[str, Any], query: str = "") -> str:
    r = httpx.get(pair["slow"] + URL + query, headers=bearer(pair["anywhere"]))
    assert r.status_code == 200
    return r.headers["etag"]


def test_the_fast_path_answers_as_the_asgi_path(pair: dict[str, Any]) -> None:
    token, etag = pair["anywhere"], etag_of(pair)
    auth = bearer(token)
    for i, inm in enumerate((etag, "W/" + etag, f'"nope", {etag}', "*")):
        (status, headers, body), fast = both(pair, "GET", URL, {**auth, "If-None-Match": inm})
        assert status == 304 and body == b"", inm
        assert fast == (1 if i == 0 else 2), inm  # the very first poll taught it
        assert ("etag", etag) in headers and ("cache-control", "no-cache") in headers
        assert "content-length" not in dict(headers)  # RFC 9110 §8.6: not 0 for a 304
    full = httpx.get(pair["fast"] + URL, headers=auth)
    poll = httpx.get(pair["fast"] + URL, headers={**auth, "If-None-Match": etag})
    assert poll.status_code == 304 and "date" in poll.headers
    for name in ("etag", "cache-control", "vary", "expires", "content-location"):  # §15.4.5
        assert poll.headers.get(name) == full.headers.get(name), name
    for inm in ('"nope"', 'W/"nope"', ""):
        (status, _, body), fast = both(pair, "GET", URL, {**auth, "If-None-Match": inm})
        assert status == 200 and body.startswith(b"{") and fast == 0
    (status, headers, _), fast = both(pair, "GET", URL, auth)
    assert status == 200 and fast == 0 and ("etag", etag) in headers
    refused = [
        ({"Authorization": "Bearer pdl_wrong", "If-None-Match": etag}, 401),
        ({"If-None-Match": etag}, 401),
        ({"Authorization": "Basic eDp5", "If-None-Match": etag}, 401),
        ({**bearer(pair["pinned"]), "If-None-Match": etag}, 403),  # from 127.0.0.1
    ]
    for headers_in, code in refused:
        (status, _, _), fast = both(pair, "GET", URL, headers_in)
        assert status == code and fast == 0


def test_other_methods_paths_and_queries_go_to_the_application(pair: dict[str, Any]) -> None:
    auth = bearer(pair["anywhere"])
    etag, text_etag = etag_of(pair), etag_of(pair, "?format=text&profile=live")
    cases: list[tuple[str, str, dict[str, str], int]] = [
        ("HEAD", URL, {**auth, "If-None-Match": etag}, 304),
        ("HEAD", URL, auth, 200),
        ("POST", URL, {**auth, "If-None-Match": etag}, 405),
        ("GET", URL + "x", {**auth, "If-None-Match": etag}, 404),
        ("GET", URL + ".minisig", {**auth, "If-None-Match": etag}, 200),
        ("GET", URL + "?format=text&profile=live", {**auth, "If-None-Match": etag}, 200),
        ("GET", URL + "?format=xml", {**auth, "If-None-Match": etag}, 400),
        ("GET", URL + "?profile=prod", {**auth, "If-None-Match": etag}, 400),
        ("GET", URL, {**auth, "If-None-Match": etag, "Connection": "close"}, 304),
    ]
    for method, path, headers, code in cases:
        (status, _, _), fast = both(pair, method, path, headers)
        assert status == code and fast == 0, (method, path, headers)
    text = {**auth, "If-None-Match": text_etag}
    (status, _, _), fast = both(pair, "GET", URL + "?format=text&profile=live", text)
    assert status == 304 and fast == 2  # another rendering, its ETag; learned from its 200


def _raw(url: str, request: bytes, answers: int) -> bytes:
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(request)
        got = b""
        while got.count(b"HTTP/1.1 ") < answers or not got.endswith(b"\r\n\r\n"):
            chunk = sock.recv(65536)
            assert chunk, got
            got += chunk
        return got


def test_pipelined_polls_are_answered_in_order(pair: dict[str, Any]) -> None:
    etag = etag_of(pair)
    poll = (
        f"GET {URL} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {pair['anywhere']}\r\n"
        f"If-None-Match: {etag}\r\n\r\n"
    ).encode()
    openapi = b"GET /api/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n"
    _raw(pair["fast"], poll, 1)  # taught
    server: FeedServer = pair["app"].feed_server
    before = server.fast_answers
    got = _raw(pair["fast"], poll + poll + poll, 3)
    assert got.count(b"HTTP/1.1 304 Not Modified\r\n") == 3 and server.fast_answers == before + 3
    mixed = _raw(pair["fast"], openapi + poll, 2).split(b"HTTP/1.1 ")
    assert mixed[1].startswith(b"200 ") and mixed[2].startswith(b"304 ")  # after the 200


def test_a_new_version_changes_the_etag_at_once(pair: dict[str, Any]) -> None:
    auth, etag = bearer(pair["anywhere"]), etag_of(pair)
    (status, _, _), fast = both(pair, "GET", URL, {**auth, "If-None-Match": etag})
    assert status == 304 and fast == 1
    approve_new(pair["app"], ["192.0.2.80"])  # this process: its commit invalidates the view
    r = httpx.get(pair["fast"] + URL, headers={**auth, "If-None-Match": etag})
    assert r.status_code == 200 and r.headers["x-allowlist-version"] == "2"
    (status, headers, _), fast = both(pair, "GET", URL, {**auth, "If-None-Match": etag})
    assert status == 200 and fast == 0 and ("etag", r.headers["etag"]) in headers
    new = {**auth, "If-None-Match": r.headers["etag"]}
    assert both(pair, "GET", URL, new)[1] == 2  # learned from the new version's 200


def _revoke_elsewhere(app: App, name: str) -> float:
    """Revoke as another process would (no invalidation of this process's view); returns the
    monotonic time of the commit."""
    with session_scope(app.engine) as s:
        revoke_token(s, name, actor="t", now=datetime.now(UTC))
    return time.monotonic()


def test_a_token_revoked_by_another_process_is_refused_within_the_bound(
    pair: dict[str, Any],
) -> None:
    app, auth, etag = pair["app"], bearer(pair["anywhere"]), etag_of(pair)
    server: FeedServer = app.feed_server
    server.refresh_seconds = 0.2
    poll = {**auth, "If-None-Match": etag}
    with httpx.Client(base_url=pair["fast"]) as c:
        assert c.get(URL, headers=poll).status_code == 304
        before = server.fast_answers
        assert c.get(URL, headers=poll).status_code == 304
        assert server.fast_answers == before + 1
        revoked_at = _revoke_elsewhere(app, "anywhere")
        while True:
            sent = time.monotonic()
            status = c.get(URL, headers=poll).status_code
            if status == 401:
                break
            assert status == 304 and sent - revoked_at <= server.serve_limit
        time.sleep(server.refresh_seconds * 1.5)  # a view read after the commit, staled
        for _ in range(20):
            assert c.get(URL, headers=poll).status_code == 401  # and never served again


def test_a_token_revoked_in_this_process_is_refused_at_once(pair: dict[str, Any]) -> None:
    app, auth, etag = pair["app"], bearer(pair["anywhere"]), etag_of(pair)
    poll = {**auth, "If-None-Match": etag}
    assert both(pair, "GET", URL, poll)[1] == 1
    _revoke_elsewhere(app, "anywhere")
    app.feed_server.invalidate()  # what the UI and the CLI's own process do after revoking
    assert httpx.get(pair["fast"] + URL, headers=poll).status_code == 401


def test_unreadable_state_is_served_only_within_the_bound(
    pair: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    app, etag = pair["app"], etag_of(pair)
    server: FeedServer = app.feed_server
    poll = {**bearer(pair["anywhere"]), "If-None-Match": etag}
    assert both(pair, "GET", URL, poll)[1] == 1

    def down(*_: Any) -> Any:
        raise OperationalError("SELECT", {}, Exception("database unreachable"))

    monkeypatch.setattr("intake.feed.server.active_tokens", down)
    server.refresh_seconds = 0.3
    server.view = _aged(server, 0.4)  # stale, still within 2 x 0.3 s
    r = httpx.get(pair["fast"] + URL, headers=poll)
    assert r.status_code == 304
    server.view = _aged(server, 0.7)  # beyond the bound: nothing is trusted
    before = server.fast_answers
    for base in (pair["fast"], pair["slow"]):
        r = httpx.get(base + URL, headers=poll)
        assert r.status_code == 503 and r.headers["retry-after"] == "1"
    assert server.fast_answers == before
    monkeypatch.undo()
    assert httpx.get(pair["fast"] + URL, headers=poll).status_code == 304  # read again


def _aged(server: FeedServer, seconds: float) -> View:
    assert server.view is not None
    return replace(server.view, read_at=time.monotonic() - seconds)


def test_fast_path_fetches_are_recorded(pair: dict[str, Any]) -> None:
    app, etag = pair["app"], etag_of(pair)
    server: FeedServer = app.feed_server
    poll = {**bearer(pair["anywhere"]), "If-None-Match": etag}
    with httpx.Client(base_url=pair["fast"]) as c:
        assert c.get(URL, headers=poll).status_code == 304  # teaches the fast path
        server.flush_fetches()
        first = _last_fetch(app)
        time.sleep(0.05)
        before = server.fast_answers
        for _ in range(5):
            assert c.get(URL, headers=poll).status_code == 304
    assert server.fast_answers == before + 5
    server.flush_fetches()
    assert _last_fetch(app) > first


def _last_fetch(app: App) -> datetime:
    with session_scope(app.engine) as s:
        row = s.exec(select(FeedToken).where(col(FeedToken.name) == "anywhere")).one()
        assert row.last_fetch_at is not None and row.held_version == 1
        return row.last_fetch_at


def test_a_refresh_in_progress_is_waited_for_beyond_the_bound(
    pair: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    server: FeedServer = pair["app"].feed_server
    etag_of(pair)  # the view read
    server.refresh_seconds = 0.3
    monkeypatch.setattr("intake.feed.server.REFRESH_WAIT_SECONDS", 0.2)
    server._lock.acquire()  # another thread's refresh, still running
    try:
        server.view = _aged(server, 0.4)
        assert server.ensure_fresh() is None  # within 2 x 0.3 s: used while that one runs
        server.view = _aged(server, 0.7)
        t0 = time.monotonic()
        refused = server.ensure_fresh()
        assert refused is not None and refused.status == 503
        assert time.monotonic() - t0 >= 0.2  # it waited for the other refresh first
    finally:
        server._lock.release()
    assert server.ensure_fresh() is None and not server.stale()


def _cli(cfg: Path, *argv: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PODATELNA_")}
    done = subprocess.run(
        [sys.executable, "-m", "intake", "--config", str(cfg), *argv],
        cwd=cfg.parent,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@contextmanager
def podatelna_serve(cfg: Path) -> Iterator[str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PODATELNA_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "intake", "--config", str(cfg), "serve", "--no-poll"]
        + ["--listen", f"127.0.0.1:{port}"],
        cwd=cfg.parent,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, f"serve exited with {proc.returncode}"
            try:
                httpx.get(url + "/healthz", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline
                time.sleep(0.2)
        yield url
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_podatelna_serve_polls_revocation_and_fetches_across_processes(tmp_path: Path) -> None:
    """A real ``podatelna serve``: the CLI (another process) adds and revokes the token and the
    test's own composition root publishes; the server follows within the documented bound and
    records the fetches it answered."""
    cfg = tmp_path / "podatelna.toml"
    cfg.write_text(
        'mode = "development"\n[database]\nurl = "sqlite:///var/p.db"\n'
        '[evidence]\ndir = "var/evidence"\n[feed]\nrefresh_seconds = 0.5\n',
        encoding="utf-8",
    )
    app = build_app(load_settings(cfg), stages=FakeStages(), sources={})
    approve_new(app, ["198.51.100.7"])
    token = _cli(cfg, "feed", "token", "add", "results-1").strip()
    with podatelna_serve(cfg) as url, httpx.Client(base_url=url) as c:
        auth = bearer(token)
        first = c.get(URL, headers=auth)
        assert first.status_code == 200 and first.headers["x-allowlist-version"] == "1"
        poll = {**auth, "If-None-Match": first.headers["etag"]}
        for _ in range(50):
            r = c.get(URL, headers=poll)
            assert r.status_code == 304 and r.headers["etag"] == first.headers["etag"]
        approve_new(app, ["198.51.100.8"])  # published by another process
        published = time.monotonic()
        while (r := _sent_within(c, poll, published, 2 * 0.5)).status_code == 304:
            pass
        assert r.status_code == 200 and r.headers["x-allowlist-version"] == "2"
        poll = {**auth, "If-None-Match": r.headers["etag"]}
        assert c.get(URL, headers=poll).status_code == 304
        deadline = time.monotonic() + 30  # flushed by a refresh at most every 5 s
        while _held(app) != 2:
            assert time.monotonic() < deadline, "the fetches were not recorded"
            c.get(URL, headers=poll)
            time.sleep(0.2)
        _cli(cfg, "feed", "token", "revoke", "results-1")
        revoked = time.monotonic()
        while (r := _sent_within(c, poll, revoked, 2 * 0.5)).status_code == 304:
            pass
        assert r.status_code == 401
        time.sleep(0.75)
        assert {c.get(URL, headers=poll).status_code for _ in range(20)} == {401}
    app.close()


def _sent_within(c: httpx.Client, headers: dict[str, str], since: float, bound: float) -> Any:
    """A poll's answer; a 304 (the old state) only to a poll sent within ``bound`` of ``since``."""
    sent = time.monotonic()
    r = c.get(URL, headers=headers)
    assert r.status_code != 304 or sent - since <= bound, sent - since
    return r


def _held(app: App) -> int | None:
    with session_scope(app.engine) as s:
        row = s.exec(select(FeedToken).where(col(FeedToken.name) == "results-1")).one()
        return row.held_version


def test_behind_a_trusted_proxy_the_forwarded_client_decides(tmp_path: Path) -> None:
    """The fast path keys what it learned on the peer and ``X-Forwarded-For`` too: a token
    bound to a network gets its 304 only for a request forwarded from there."""
    app = make_app(tmp_path, web={"trusted_proxies": ["127.0.0.1/32"]})
    approve_new(app, ["198.51.100.7"])
    with session_scope(app.engine) as s:
        token = add_token(s, "pinned", ["10.200.0.0/16"], actor="t", now=datetime.now(UTC))
    server: FeedServer = app.feed_server
    near = {**bearer(token), "X-Forwarded-For": "10.200.3.4"}
    with (
        running(http_server(app, "127.0.0.1", free_port())) as url,
        httpx.Client(base_url=url) as c,
    ):
        etag = c.get(URL, headers=near).headers["etag"]
        poll = {**near, "If-None-Match": etag}
        assert c.get(URL, headers=poll).status_code == 304
        before = server.fast_answers
        assert c.get(URL, headers=poll).status_code == 304 and server.fast_answers == before + 1
        far = {**poll, "X-Forwarded-For": "192.0.2.1"}
        assert c.get(URL, headers=far).status_code == 403
        direct = {k: v for k, v in poll.items() if k != "X-Forwarded-For"}
        assert c.get(URL, headers=direct).status_code == 403  # the proxy itself: 127.0.0.1
        assert server.fast_answers == before + 1
    app.close()
