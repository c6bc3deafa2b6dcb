"""The embedded demo's filings through the real stages (issue 15 §6): in demo mode the
documentation ranges count as public, so the demo shows a clean filing — no problem at all,
``ready_for_review`` — next to the problematic ones; outside demo mode the same addresses are
``non_public_ip``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlmodel import col, select

from intake.bootstrap import App, build_app
from intake.config import load_settings
from intake.decisions import decide
from intake.demo.prepare import prepare_demo
from intake.extraction.review import Reason
from storage.db import session_scope
from storage.tables import Application, Submission

CLEAN = "01-priklad-media.eml"
"""Signed, complete, documentation addresses only: the demo's clean filing."""


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[App, Path]]:
    base = tmp_path_factory.mktemp("demo")
    ctx = SimpleNamespace(settings=load_settings(None, base_dir=str(base)))
    app, _banner = prepare_demo(ctx)
    try:
        yield app, base
    finally:
        app.close()


def _process(app: App) -> dict[str, Submission]:
    app.service.poll_source(app.source("drop"))
    app.service.process_pending()
    with session_scope(app.engine) as s:
        rows = s.exec(select(Submission).order_by(col(Submission.id))).all()
        return {r.source_ref.rsplit("/", 1)[-1]: r for r in rows}


def _problems(sub: Submission) -> list[str]:
    return [str(p["code"]) for items in (sub.problems or {}).values() for p in items or []]


def test_the_demo_has_a_clean_filing_that_an_officer_approves_without_an_override(
    demo: tuple[App, Path],
) -> None:
    app, _ = demo
    assert app.settings.demo
    subs = _process(app)
    clean = subs[CLEAN]
    assert clean.state == "ready_for_review"
    assert _problems(clean) == []
    assert any(_problems(s) for s in subs.values())  # and problematic ones next to it
    with session_scope(app.engine) as s:
        application = s.exec(
            select(Application).where(col(Application.submission_id) == clean.id)
        ).one()
        assert "192.0.2.10" in application.production_ips
        result = decide(s, clean.id or 0, "approve", actor="referent", events=app.events)
        assert result.submission.state == "approved" and not result.decision.overridden
    with session_scope(app.engine) as s:
        from intake.feed.versions import latest

        version = latest(s)
        assert version is not None
        published = {e["address"] for e in version.entries}
        assert {"192.0.2.10", "198.51.100.25", "203.0.113.40"} <= published
        assert version.withheld == []


def test_outside_demo_mode_the_same_addresses_are_not_public(
    demo: tuple[App, Path], tmp_path: Path
) -> None:
    demo_app, base = demo
    data: dict[str, Any] = demo_app.settings.model_dump(mode="json")
    data.update(
        demo=False,
        base_dir=str(tmp_path),
        database={"url": f"sqlite:///{tmp_path}/reg.db"},
        evidence={"dir": str(tmp_path / "evidence")},
        source=[
            {**s, "path": str(tmp_path / "inbox")} if s["kind"] == "dropfolder" else s
            for s in data["source"]
        ],
    )
    data["web"]["secret_key"] = "x" * 32
    inbox = tmp_path / "inbox"
    for d in ("tmp", "new", "cur"):
        (inbox / d).mkdir(parents=True)
    message = next((base / "var" / "inbox").rglob(CLEAN))
    (inbox / "new" / CLEAN).write_bytes(message.read_bytes())
    app = build_app(load_settings(None, **data))
    try:
        sub = _process(app)[CLEAN]
        assert "non_public_ip" in _problems(sub)
        assert sub.state == "ready_for_review"  # for the officer, who needs an override
        assert 'id="demo"' not in _page(app, "/ui/login")
        assert 'id="demo"' not in _page(app, "/podminky")
    finally:
        app.close()


def _page(app: App, path: str) -> str:
    from fastapi.testclient import TestClient

    from intake.web.app import create_app

    with TestClient(create_app(app)) as client:
        r = client.get(path)
        assert r.status_code == 200
        return r.text


def test_the_ui_says_it_is_a_demo(demo: tuple[App, Path]) -> None:
    app, _ = demo
    login = _page(app, "/ui/login")
    assert 'id="demo"' in login and "Ukázkový provoz (demo)" in login
    assert "Ukázkový provoz (demo)" in _page(app, "/podminky")


def test_the_demo_delivery_receipt_is_filed_not_reviewed(demo: tuple[App, Path]) -> None:
    from intake.demo.messages import RECEIPT_FILE

    app, _ = demo
    receipt = _process(app)[RECEIPT_FILE]
    assert (receipt.channel, receipt.state) == ("databox", "filed")
    assert receipt.meta["kind"] == "delivery_receipt" and receipt.accepted_signature
    assert _problems(receipt) == []  # no missing data: it is not an application
    assert receipt.meta["delivery_receipts"][0]["dmSender"] == "Rádio Testovací Vlna s.r.o."
    with session_scope(app.engine) as s:
        assert s.exec(
            select(Application).where(col(Application.submission_id) == receipt.id)
        ).first() is None


def test_the_demo_shows_the_language_safety_net(demo: tuple[App, Path]) -> None:
    """An application in Italian: the values that depend on wording are left to the officer
    (the request type with the language reason), the filing itself stays reviewable."""
    app, _ = demo
    sub = _process(app)["11-radio-lago-italsky.eml"]
    notes = [
        str(p["message"])
        for items in (sub.problems or {}).values()
        for p in items or []
        if p["code"] == "needs_review"
    ]
    foreign = [n for n in notes if Reason.FOREIGN_LANGUAGE.value in n]
    assert any("druh žádosti" in n for n in foreign), notes
    # the addresses are left to the officer too: by the net, or by the role rules' own doubt
    assert any("adresy pro ostrý provoz" in n for n in notes), notes
