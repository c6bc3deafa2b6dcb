"""Shared helpers of the feed tests: an App over SQLite with fake stages, approvals."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from intake.bootstrap import App, build_app
from intake.config import Settings, load_settings
from intake.decisions import correct, decide
from intake.model import Channel, RawItem
from storage.db import session_scope
from tests.fakes import FakeStages, eml


def settings_for(tmp: Path, db_url: str | None = None, **extra: Any) -> Settings:
    return load_settings(
        None,
        base_dir=tmp,
        mode="development",
        database={"url": db_url or f"sqlite:///{tmp}/podatelna.db"},
        evidence={"dir": str(tmp / "evidence")},
        **extra,
    )


def make_app(
    tmp: Path,
    db_url: str | None = None,
    clock: Callable[[], datetime] | None = None,
    **extra: Any,
) -> App:
    kwargs: dict[str, Any] = {"stages": FakeStages(), "sources": {}}
    if clock is not None:
        kwargs["clock"] = clock
    return build_app(settings_for(tmp, db_url, **extra), **kwargs)


_counter = iter(range(1, 10**6))


def file_application(app: App, production: list[str], test: list[str] | None = None) -> int:
    """Receive one filing, run the (fake) pipeline, set its addresses; returns the id."""
    n = next(_counter)
    reg = app.service.receive(
        RawItem(
            source="t",
            ref=f"r{n}-{id(app)}",
            data=eml(n, body=f"#{n} {id(app)}"),
            channel=Channel.EMAIL,
        )
    )
    app.service.process_pending()
    sub_id = reg.submission.id
    assert sub_id is not None
    with session_scope(app.engine) as s:
        correct(s, sub_id, "production_ips", production, actor="officer:test", events=app.events)
        correct(s, sub_id, "test_ips", test or [], actor="officer:test", events=app.events)
    return sub_id


DOC_OVERRIDE = "test data: documentation addresses (RFC 5737) stand for public ones"
"""The feed tests use documentation addresses, which the gate publishes only when the
approval overrides ``non_public_ip``."""


def decide_on(app: App, sub_id: int, kind: str, reason: str | None = None) -> None:
    override = DOC_OVERRIDE if kind == "approve" else None
    with session_scope(app.engine) as s:
        decide(
            s,
            sub_id,
            kind,
            actor="officer:test",
            reason=reason,
            override_reason=override,
            events=app.events,
        )


def approve_new(app: App, production: list[str], test: list[str] | None = None) -> int:
    sub_id = file_application(app, production, test)
    decide_on(app, sub_id, "approve")
    return sub_id


class Clock:
    """A settable clock (aware UTC)."""

    def __init__(self, now: datetime | None = None) -> None:
        self.now = now or datetime(2022, 12, 20, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@contextmanager
def serving(web: Any) -> Iterator[str]:
    """Run ``web`` under a real uvicorn on a free loopback port; yields its base URL."""
    import uvicorn

    from tests.fixtures.common import free_port

    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(web, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    with running(server) as url:
        yield url


@contextmanager
def running(server: Any) -> Iterator[str]:
    """Run a built uvicorn ``server`` in a thread until the block ends; yields its base URL."""
    thread = threading.Thread(target=server.run, name="feed-api", daemon=True)
    thread.start()
    t0 = time.monotonic()
    while not server.started:
        if not thread.is_alive() or time.monotonic() - t0 > 10:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.01)
    try:
        yield f"http://{server.config.host}:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
