"""The public intake conditions: ``/podminky``, ``/podminky.json`` and ``/`` for anonymous
visitors — no login, rendered from the configuration and the content policy in force."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from intake.bootstrap import build_app
from intake.config import Settings
from intake.content import formats as f
from intake.web.app import create_app
from tests.fakes import FakeStages
from tests.web.seed import Seeded

Client = Callable[[str | None], TestClient]
IMAP = {
    "kind": "imap",
    "name": "podatelna",
    "host": "127.0.0.1",
    "username": "podatelna",
    "password": "imap-secret-never-published",
}


@pytest.fixture
def public(tmp_path: Path) -> Iterator[Callable[..., TestClient]]:
    """``public(**settings)``: an anonymous client of an App configured with ``settings``."""
    apps: list[Any] = []
    clients: list[TestClient] = []

    def make(**overrides: Any) -> TestClient:
        d = tmp_path / str(len(apps))
        settings = Settings(
            mode="development",
            base_dir=d,
            database={"url": f"sqlite:///{d}/registry.db"},
            evidence={"dir": d / "evidence"},
            **overrides,
        )
        app = build_app(settings, stages=FakeStages(), sources={})
        apps.append(app)
        client = TestClient(create_app(app), follow_redirects=False)
        clients.append(client)
        return client

    yield make
    for c in clients:
        c.close()
    for a in apps:
        a.close()


def _labels(html: str) -> list[str]:
    return re.findall(r'<span class="label">([^<]+)</span>', html)


def test_page_needs_no_login_and_states_every_item(public: Callable[..., TestClient]) -> None:
    r = public(source=[IMAP])
    page = r.get("/podminky")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    html = page.text
    assert "Podmínky příjmu podání v elektronické podobě" in html
    # §2(3) a)–i): address, hours, e-mail, data box, other means, carriers, formats, malware,
    # defects; and what podatelna is (issue 19 §5)
    for expected in (
        "Na padesátém 81",
        "100 82 Praha 10",
        "pondělí a středa 8:00–17:00",
        "podatelna@csu.gov.cz",
        "2gfaasy",
        "Listinné podání",
        "přenosných technických nosičích",
        "škodlivým kódem",
        "výzvu k odstranění vad se lhůtou 5 dnů",
        "elektronickému systému spisové služby",
        "uznávaným elektronickým podpisem",
    ):
        assert expected in html, expected
    assert _labels(html)[:4] == ["PDF", "TXT", "HTML", "XML"]
    assert 'id="limit-email">50 MB<' in html
    assert "tímto kanálem podatelna nyní nepřijímá" in html  # no data-box source configured
    assert 'href="/ui/login"' in html
    # no secrets, no internal paths
    assert "imap-secret" not in html and "registry.db" not in html and "/evidence" not in html


def test_formats_and_limits_follow_the_live_policy(public: Callable[..., TestClient]) -> None:
    default = public(source=[IMAP])
    changed = public(
        content={"allowed_formats": [f.PDF, f.ODT, f.ZIP], "max_depth": 2, "max_members": 7},
        source=[
            {**IMAP, "max_size": 3 * 1024 * 1024 // 2},
            {"kind": "databox", "name": "csu", "max_size": 20 * 1024 * 1024},
        ],
        office={"email": "epodatelna@urad.example", "office_hours": ["pondělí 9:00–11:00"]},
    )
    assert "DOCX" in _labels(default.get("/podminky").text)
    html = changed.get("/podminky").text
    assert _labels(html) == ["PDF", "ODT", "ZIP"]
    assert 'id="limit-email">1,5 MB<' in html and 'id="limit-databox">20 MB<' in html
    assert "hloubky 2" in html and "nejvýše 7 souborů" in html
    assert "epodatelna@urad.example" in html and "pondělí 9:00–11:00" in html

    data = changed.get("/podminky.json").json()
    assert [x["label"] for x in data["formats"]] == ["PDF", "ODT", "ZIP"]
    assert [x["media_type"] for x in data["formats"]] == [f.PDF, f.ODT, f.ZIP]
    assert next(x for x in data["formats"] if x["label"] == "ZIP")["unpacked"] is True
    limits = {c["channel"]: c["max_size"] for c in data["channels"]}
    assert limits == {"email": 3 * 1024 * 1024 // 2, "databox": 20 * 1024 * 1024}
    assert data["unpacking"]["max_depth"] == 2 and data["unpacking"]["max_members"] == 7
    assert data["email"] == "epodatelna@urad.example"
    assert data["office_hours"] == ["pondělí 9:00–11:00"]
    default_json = default.get("/podminky.json").json()
    assert len(default_json["formats"]) == len(f.ISDS_ALLOWED)


def test_smallest_source_limit_wins_and_drop_folders_count(
    public: Callable[..., TestClient],
) -> None:
    c = public(
        source=[
            {**IMAP, "max_size": 40 * 1024 * 1024},
            {"kind": "dropfolder", "name": "drop", "path": "inbox", "max_size": 10 * 1024 * 1024},
        ]
    )
    limits = {x["channel"]: x["max_size"] for x in c.get("/podminky.json").json()["channels"]}
    assert limits == {"email": 10 * 1024 * 1024, "databox": 10 * 1024 * 1024}


def test_malware_and_seal_text_follow_the_configuration(
    public: Callable[..., TestClient],
) -> None:
    plain = public().get("/podminky.json").json()
    assert any("není v této instalaci" in s for s in plain["malware"])
    scanning = public(
        content={"clamd_host": "127.0.0.1", "scan_required": True}, trust={"accept_seals": True}
    ).get("/podminky.json")
    data = scanning.json()
    assert any("kontrolujeme antivirovým programem" in s for s in data["malware"])
    assert any("dokud kontrola neproběhne" in s for s in data["malware"])
    assert any("uznávanou elektronickou pečetí" in s for s in data["signature"])
    assert "127.0.0.1" not in scanning.text  # the scanner's address is not published


def test_cacheable_with_etag(public: Callable[..., TestClient]) -> None:
    c = public()
    for path in ("/podminky", "/podminky.json"):
        r = c.get(path)
        assert r.headers["cache-control"] == "public, max-age=300"
        again = c.get(path, headers={"if-none-match": r.headers["etag"]})
        assert again.status_code == 304 and again.content == b""
    assert c.get("/podminky.json").headers["content-type"] == "application/json"


def test_root_shows_conditions_to_anonymous_and_queue_to_officer(
    seeded: Seeded, client_for: Client
) -> None:
    anon = client_for(None).get("/")
    assert anon.status_code == 200
    assert "Podmínky příjmu podání" in anon.text
    assert anon.headers["vary"] == "Cookie" and anon.headers["cache-control"] == "no-cache"
    officer = client_for("officer").get("/")
    assert officer.status_code == 303 and officer.headers["location"] == "/ui/queue"
    # the conditions stay readable for a logged-in officer too
    assert client_for("officer").get("/podminky").status_code == 200


def test_login_page_links_the_conditions(client_for: Client) -> None:
    html = client_for(None).get("/ui/login").text
    assert 'href="/podminky"' in html
