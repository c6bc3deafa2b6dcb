"""The agent: applies verified lists atomically, refuses tampering and rollback, keeps the
last good list when the check or reload fails, and says so on /healthz."""

from __future__ import annotations

import base64
import dataclasses
import json
import urllib.error
import urllib.request
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from intake.feed.agent import Agent, AgentOptions
from intake.feed.tokens import add_token
from intake.web.app import create_app
from storage.db import session_scope
from tests.feed.helpers import approve_new, make_app
from tests.fixtures.common import free_port

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture
def env(tmp_path: Path) -> Iterator[dict[str, Any]]:
    app = make_app(tmp_path / "server")
    approve_new(app, ["198.51.100.7"], ["203.0.113.9"])
    with session_scope(app.engine) as s:
        token = add_token(s, "feedhost", [], actor="t", now=datetime.now(UTC))
    client = TestClient(create_app(app))
    opts = AgentOptions(
        url="http://testserver",
        token=token,
        public_key=app.feed.key.public,
        target=tmp_path / "host" / "allow.conf",
        state_dir=tmp_path / "host" / "state",
        format="nginx",
        profile="live",
    )
    yield {"app": app, "client": client, "opts": opts}
    app.close()


def agent(env: dict[str, Any], **changes: Any) -> Agent:
    return Agent(dataclasses.replace(env["opts"], **changes), client=env["client"])


def test_applies_then_polls_with_etag(env: dict[str, Any]) -> None:
    a = agent(env)
    assert a.cycle() == "applied"
    target = env["opts"].target
    assert "allow 198.51.100.7;" in target.read_text()
    assert "203.0.113.9" not in target.read_text()  # live profile
    assert a.cycle() == "unchanged"
    approve_new(env["app"], ["192.0.2.80"])
    assert a.cycle() == "applied"
    assert "allow 192.0.2.80;" in target.read_text()
    state = json.loads((env["opts"].state_dir / "state.json").read_text())
    assert state["version"] == 2 and state["profile"] == "live"
    # a fresh agent process picks up its state: no re-apply, still version 2
    b = agent(env)
    assert b.cycle() == "unchanged" and b.health.version == 2
    target.write_text("allow all;\n")  # local tampering with the target is repaired
    assert b.cycle() == "applied" and "allow 192.0.2.80;" in target.read_text()


def test_older_version_is_refused(env: dict[str, Any]) -> None:
    a = agent(env)
    assert a.cycle() == "applied"
    before = env["opts"].target.read_bytes()
    a._save_state({**a.state, "version": 50, "etag": None})
    assert a.cycle() == "failed"
    assert "older than applied 50" in (a.health.last_error or "")
    assert env["opts"].target.read_bytes() == before
    assert not a.health.ok()


def _serving(env: dict[str, Any], tamper: Any) -> httpx.Client:
    """A client whose responses pass through ``tamper(response) -> (body, headers)``."""
    real = env["client"]

    def handler(request: httpx.Request) -> httpx.Response:
        r = real.get(str(request.url), headers=dict(request.headers))
        body, headers = tamper(r)
        return httpx.Response(r.status_code, content=body, headers=headers)

    return httpx.Client(transport=httpx.MockTransport(handler))


def test_tampered_list_or_signature_is_refused(env: dict[str, Any]) -> None:
    a = agent(env)
    assert a.cycle() == "applied"
    good = env["opts"].target.read_bytes()
    approve_new(env["app"], ["192.0.2.80"])
    cases = {
        "body": lambda r: (r.content.replace(b"deny all;", b"allow all;"), dict(r.headers)),
        "no signature": lambda r: (
            r.content,
            {k: v for k, v in r.headers.items() if k != "x-allowlist-signature"},
        ),
        "garbled signature": lambda r: (
            r.content,
            {**r.headers, "x-allowlist-signature": base64.b64encode(b"x").decode()},
        ),
    }
    for name, tamper in cases.items():
        t = Agent(env["opts"], client=_serving(env, tamper))
        assert t.cycle() == "failed", name
        assert env["opts"].target.read_bytes() == good, name
    other_key = agent(env, public_key=make_app(env["opts"].target.parent / "x").feed.key.public)
    assert other_key.cycle() == "failed" and "another key" in (other_key.health.last_error or "")
    # a correctly signed *test* list is not accepted by an agent that asked for *live*
    swapped = _serving(env, lambda r: (r.content, dict(r.headers)))
    t = Agent(env["opts"], client=swapped)
    t.opts = dataclasses.replace(env["opts"], profile="live")
    real = env["client"]
    test_list = real.get(
        "/api/v1/allowlist",
        params={"profile": "test", "format": "nginx"},
        headers={"Authorization": f"Bearer {env['opts'].token}"},
    )
    forged = httpx.Client(
        transport=httpx.MockTransport(
            lambda req: httpx.Response(200, content=test_list.content, headers=test_list.headers)
        )
    )
    t = Agent(env["opts"], client=forged)
    assert t.cycle() == "failed" and "signed profile 'test'" in (t.health.last_error or "")
    assert env["opts"].target.read_bytes() == good


def _healthz(port: int) -> tuple[int, dict[str, Any]]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def test_failed_reload_or_check_keeps_the_old_list(env: dict[str, Any], tmp_path: Path) -> None:
    log = tmp_path / "reloads.log"
    ok_reload = f"sh -c 'echo reload >> {log}'"
    a = agent(env, reload_command=ok_reload, check_command="test -s {target}")
    port = free_port()
    server = a.serve_health(f"127.0.0.1:{port}")
    try:
        assert _healthz(port)[0] == 503  # nothing applied yet
        assert a.cycle() == "applied"
        status, body = _healthz(port)
        assert status == 200 and body["version"] == 1
        good = env["opts"].target.read_bytes()
        approve_new(env["app"], ["192.0.2.80"])
        failing = agent(env, reload_command="sh -c 'echo reload failed >&2; exit 1'")
        failing.health = a.health
        assert failing.cycle() == "failed"
        assert env["opts"].target.read_bytes() == good
        status, body = _healthz(port)
        assert status == 503 and "reload command exited 1" in body["last_error"]
        assert body["version"] == 1 and body["consecutive_failures"] == 1
        bad_check = agent(env, check_command="false", reload_command=ok_reload)
        bad_check.health = a.health
        assert bad_check.cycle() == "failed" and env["opts"].target.read_bytes() == good
        assert log.read_text().count("reload") == 1  # a failed check never reloads
        assert a.cycle() == "applied"  # the server's fixed: the new list goes in
        assert b"allow 192.0.2.80;" in env["opts"].target.read_bytes()
        status, body = _healthz(port)
        assert status == 200 and body["version"] == 2
    finally:
        server.shutdown()
