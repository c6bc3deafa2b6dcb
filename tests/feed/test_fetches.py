"""The feed server's record of each token's last fetch: kept in memory by the polling path,
written to ``feed_token`` at most every ``fetch_flush_seconds`` — never once per 304 — and the
version a token holds taken from what it was served (a 200, or a 304 for its ETag)."""

from __future__ import annotations

import time
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlmodel import col, select

from intake.feed.server import FeedServer, outermost
from intake.feed.tokens import add_token
from intake.web.app import create_app
from storage.db import session_scope
from storage.feed import FeedToken
from tests.feed.helpers import approve_new, make_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

URL = "/api/v1/allowlist"


@pytest.fixture
def feed(tmp_path: Path) -> Iterator[dict[str, Any]]:
    app = make_app(tmp_path)
    approve_new(app, ["198.51.100.7"], ["203.0.113.9"])
    with session_scope(app.engine) as s:
        token = add_token(s, "results-1", [], actor="t", now=datetime.now(UTC))
        add_token(s, "results-2", [], actor="t", now=datetime.now(UTC))
    yield {"app": app, "token": token}
    app.close()


def _row(app: Any, name: str = "results-1") -> FeedToken:
    with session_scope(app.engine) as s:
        row = s.exec(select(FeedToken).where(col(FeedToken.name) == name)).one()
        s.expunge(row)
        return row


def _client(app: Any) -> TestClient:
    return TestClient(create_app(app), client=("192.0.2.50", 40000))


def _updates(app: Any) -> list[str]:
    """Collects the UPDATE statements on feed_token run on the app's engine."""
    seen: list[str] = []

    def spy(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith("UPDATE FEED_TOKEN"):
            seen.append(statement)

    event.listen(app.engine, "before_cursor_execute", spy)
    return seen


def test_polls_are_recorded_in_memory_and_flushed_in_batches(feed: dict[str, Any]) -> None:
    app, auth = feed["app"], {"Authorization": f"Bearer {feed['token']}"}
    server: FeedServer = app.feed_server
    server.fetch_flush_seconds = 3600.0  # only explicit flushes in this test
    c = _client(app)
    first = c.get(URL, params={"profile": "live"}, headers=auth)
    assert first.status_code == 200
    etag = first.headers["etag"]
    updates = _updates(app)
    before = datetime.now(UTC)
    for _ in range(50):
        assert (
            c.get(
                URL, params={"profile": "live"}, headers={**auth, "If-None-Match": etag}
            ).status_code
            == 304
        )
    assert updates == []  # 50 polls, no database write
    assert _row(app).last_fetch_at is None
    server.flush_fetches()
    assert len(updates) == 1  # one UPDATE for the token that polled
    row = _row(app)
    assert row.held_version == 1 and row.held_profile == "live"
    assert row.last_fetch_at is not None and before - timedelta(seconds=1) <= row.last_fetch_at
    assert _row(app, "results-2").last_fetch_at is None
    server.flush_fetches()
    assert len(updates) == 1  # nothing new: nothing written


def test_refresh_flushes_at_most_every_interval(feed: dict[str, Any]) -> None:
    app, auth = feed["app"], {"Authorization": f"Bearer {feed['token']}"}
    server: FeedServer = app.feed_server
    server.fetch_flush_seconds = 0.3
    server.refresh_seconds = 0.05
    c = _client(app)
    updates = _updates(app)
    t0 = time.monotonic()
    while time.monotonic() - t0 < 1.0:
        assert c.get(URL, headers=auth).status_code == 200
    deadline = time.monotonic() + 10
    while not updates and time.monotonic() < deadline:
        time.sleep(0.05)
    assert updates  # the refreshes flushed by themselves, in their own thread
    server.flush_fetches()  # waits for a flush still running
    assert len(updates) <= 6, len(updates)  # ~1 s of polls at a 0.3 s interval, then this one
    assert _row(app).held_version == 1


def test_a_304_tells_the_version_the_token_holds(feed: dict[str, Any], tmp_path: Path) -> None:
    """After a restart, a feed host that already has the list is only ever answered 304: its
    ETag names the version it holds."""
    app, auth = feed["app"], {"Authorization": f"Bearer {feed['token']}"}
    etag = _client(app).get(URL, headers=auth).headers["etag"]
    restarted = FeedServer(app.feed)  # a new process: nothing in memory
    c = TestClient(outermost(create_app(app), restarted), client=("192.0.2.50", 40000))
    assert c.get(URL, headers={**auth, "If-None-Match": etag}).status_code == 304
    restarted.flush_fetches()
    row = _row(app)
    assert row.held_version == 1 and row.held_profile == "test"


def test_signature_fetch_keeps_the_version_and_refused_requests_count_nothing(
    feed: dict[str, Any],
) -> None:
    app, token = feed["app"], feed["token"]
    c = _client(app)
    auth = {"Authorization": f"Bearer {token}"}
    assert c.get(URL + ".minisig", headers=auth).status_code == 200
    app.feed_server.flush_fetches()
    row = _row(app)
    assert row.last_fetch_at is not None and row.held_version is None  # no list yet
    assert c.get(URL, headers=auth).status_code == 200
    assert c.get(URL + ".minisig", headers=auth).status_code == 200
    app.feed_server.flush_fetches()
    assert _row(app).held_version == 1
    assert c.get(URL, headers={"Authorization": "Bearer pdl_wrong"}).status_code == 401
    assert c.get(URL, params={"profile": "nope"}, headers=auth).status_code == 400
    app.feed_server.flush_fetches()
    assert _row(app, "results-2").last_fetch_at is None


def test_a_new_version_makes_the_held_one_stale_until_the_next_poll(
    feed: dict[str, Any],
) -> None:
    from intake.feed.overview import TokenState, read_overview

    app, auth = feed["app"], {"Authorization": f"Bearer {feed['token']}"}
    c = _client(app)
    etag = c.get(URL, headers=auth).headers["etag"]
    app.feed_server.flush_fetches()

    def state() -> TokenState:
        with session_scope(app.engine) as s:
            tokens = {t.name: t for t in read_overview(s, app.feed).tokens}
        return tokens["results-1"].state

    assert state() is TokenState.CURRENT
    approve_new(app, ["198.51.100.8"])
    assert state() is TokenState.STALE
    again = c.get(URL, headers={**auth, "If-None-Match": etag})
    assert again.status_code == 200 and again.headers["x-allowlist-version"] == "2"
    app.feed_server.flush_fetches()
    assert state() is TokenState.CURRENT
    assert _row(app).held_version == 2
