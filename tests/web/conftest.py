"""Fixtures of the officer UI tests: a seeded App and logged-in TestClients per role."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient

from intake import accounts
from intake.web.app import create_app
from tests.fixtures.browser import czech_context
from tests.web.seed import Seeded, build_seeded, csrf_in, open_copy

CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
"""Real argon2id with small parameters: the production ones cost ~0.2 s per hash."""


@pytest.fixture(autouse=True)
def _cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "_hasher", CHEAP_HASHER)


@pytest.fixture(scope="session")
def seed_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Seeded, Path]:
    """Seeded once per session; each test gets a copy (``seeded``)."""
    d = tmp_path_factory.mktemp("web-seed")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(accounts, "_hasher", CHEAP_HASHER)
        data = build_seeded(d)
    data.app.close()
    return data, d


@pytest.fixture
def seeded(tmp_path: Path, seed_template: tuple[Seeded, Path]) -> Iterator[Seeded]:
    data = open_copy(*seed_template, tmp_path / "reg")
    yield data
    data.app.close()


def login(client: TestClient, username: str, password: str) -> TestClient:
    page = client.get("/ui/login")
    r = client.post(
        "/ui/login",
        data={
            "username": username,
            "password": password,
            "csrf_token": csrf_in(page.text),
            "next": "/ui/queue",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    return client


@pytest.fixture
def client_for(seeded: Seeded) -> Iterator[Callable[[str | None], TestClient]]:
    """``client_for(role)``: a TestClient logged in with that role (None: anonymous)."""
    clients: list[TestClient] = []
    web = create_app(seeded.app)

    def make(role: str | None) -> TestClient:
        c = TestClient(web, follow_redirects=False)
        clients.append(c)
        if role is not None:
            login(c, *seeded.users[role])
        return c

    yield make
    for c in clients:
        c.close()


@pytest.fixture
def ui(
    seeded: Seeded, live_server_for: Callable[[Any], Any], chromium: Any
) -> Iterator[tuple[str, Any]]:
    """(base URL, page) of the seeded officer UI served by uvicorn, in a fresh Chromium context
    at 1280×800, Czech locale, Prague time."""
    server = live_server_for(create_app(seeded.app))
    context = czech_context(chromium, viewport={"width": 1280, "height": 800})
    yield server.url, context.new_page()
    context.close()
