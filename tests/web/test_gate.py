"""The approval gate end to end (issue 15 §1–2): refusal without a written reason (web 409 with
the Czech list, CLI one line), the override on the decision, in the audit log and in the
allow-list version; never-published addresses in no rendering; the second approver; confirming
an uncertain address; corrections re-checked and taking an approved filing back to review."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import col, select

from intake.accounts import create_user
from intake.bootstrap import App
from intake.decisions import Blocked, confirm_field, correct, decide
from intake.errors import UsageError
from intake.feed.profiles import PROFILES
from intake.feed.render import Format
from intake.feed.service import Snapshot
from intake.pipeline import ExtractResult
from intake.web.app import create_app
from storage.db import session_scope
from storage.feed import AllowListVersion
from storage.notices import Notice
from storage.tables import AuditEntry, Decision, Submission
from tests.fakes import FakeStages
from tests.feed.helpers import file_application, make_app
from tests.web.conftest import login
from tests.web.seed import csrf_in, decide_confirmed, state_of

PUBLIC = "193.84.54.10"
NEVER = [
    "0.0.0.0",
    "127.0.0.1",
    "169.254.7.7",
    "224.0.0.9",
    "240.0.0.1",
    "::",
    "::1",
    "fe80::1",
    "ff02::1",
]
PASSWORD = "dlouhe-heslo-123"


class UncertainStages(FakeStages):
    """Extraction that is unsure of the production addresses."""

    def extract(self, raw: bytes, channel: Any) -> ExtractResult:
        base = super().extract(raw, channel)
        prov = {"component": "body.txt", "line": 3, "certain": False}
        data = {**base.data, "production_ips": [PUBLIC], "fields": {"production_ips": prov}}
        return ExtractResult(data=data, problems=())


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    a = make_app(tmp_path)
    with session_scope(a.engine) as s:
        for name in ("novak", "svoboda"):
            create_user(s, name, PASSWORD, "officer", actor="test")
        create_user(s, "spravce", PASSWORD, "admin", actor="test")
    yield a
    a.close()


def client(app: App, user: str) -> TestClient:
    return login(TestClient(create_app(app), follow_redirects=False), user, PASSWORD)


def versions(app: App) -> list[AllowListVersion]:
    with session_scope(app.engine) as s:
        rows = s.exec(select(AllowListVersion).order_by(col(AllowListVersion.version))).all()
        return list(rows)


def published(app: App) -> set[str]:
    v = versions(app)
    return {e["address"] for e in v[-1].entries} if v else set()


def codes(app: App, sub_id: int) -> set[str]:
    with session_scope(app.engine) as s:
        sub = s.get(Submission, sub_id)
        assert sub is not None
        return {p["code"] for items in sub.problems.values() for p in items}


def approval_notices(app: App, sub_id: int) -> int:
    with session_scope(app.engine) as s:
        rows = s.exec(
            select(Notice).where(
                col(Notice.submission_id) == sub_id, col(Notice.kind) == "approval"
            )
        ).all()
        return len(rows)


def post_decision(c: TestClient, sub_id: int, **data: str) -> Any:
    """A decision as the officer makes it (an approval through its confirmation page)."""
    kind = data.pop("kind")
    if kind in ("approve", "withdraw"):
        return decide_confirmed(c, sub_id, kind, **data)
    token = csrf_in(c.get(f"/ui/submissions/{sub_id}").text)
    return c.post(
        f"/ui/submissions/{sub_id}/decide", data={"csrf_token": token, "kind": kind, **data}
    )


def test_web_refuses_a_blocked_approval_without_a_reason_and_records_one(app: App) -> None:
    sub_id = file_application(app, ["10.0.0.7"])  # private: the re-check adds non_public_ip
    assert "non_public_ip" in codes(app, sub_id)
    c = client(app, "novak")
    page = c.get(f"/ui/submissions/{sub_id}").text
    assert 'name="override_reason"' in page and "Odůvodnění výjimky" in page
    assert "soukromá adresa" in page  # the officer sees it would be left out
    r = post_decision(c, sub_id, kind="approve")
    assert r.status_code == 409
    assert "Podání nelze schválit" in r.text and "neveřejná IP adresa" in r.text
    assert state_of(app, sub_id) == "ready_for_review" and versions(app) == []
    reason = "Redakce doložila, že adresa je za NAT ČSÚ."
    r = post_decision(c, sub_id, kind="approve", override_reason=reason)
    assert r.status_code == 303 and state_of(app, sub_id) == "approved"
    with session_scope(app.engine) as s:
        dec = s.exec(select(Decision).where(col(Decision.submission_id) == sub_id)).one()
        assert dec.override_reason == reason and dec.overridden == ["non_public_ip"]
        audit = s.exec(select(AuditEntry).where(col(AuditEntry.action) == "submission.state")).all()
        assert any(a.data.get("override_reason") == reason for a in audit)
    assert reason in versions(app)[-1].reason
    assert published(app) == {"10.0.0.7"}  # published because the approval overrode it
    assert reason in c.get(f"/ui/submissions/{sub_id}").text


def test_cli_refuses_in_one_line_and_accepts_an_override(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake.bootstrap import build_app
    from intake.cli import main
    from intake.config import load_settings

    monkeypatch.chdir(tmp_path)  # the default configuration: var/podatelna.db here
    monkeypatch.setattr("intake.bootstrap.build_stages", lambda settings, **kw: FakeStages())
    app = build_app(load_settings(None), stages=FakeStages(), sources={})
    with session_scope(app.engine) as s:
        create_user(s, "spravce", PASSWORD, "admin", actor="test")
    sub_id = file_application(app, ["192.168.1.5"], ["10.0.0.1"])
    app.close()
    capsys.readouterr()
    assert main(["decide", str(sub_id), "approve", "--as", "spravce"]) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "non_public_ip" in err and "Traceback" not in err
    assert (
        main(["decide", str(sub_id), "approve", "--as", "spravce", "--override-reason", "NAT"]) == 0
    )
    app = build_app(load_settings(None), stages=FakeStages(), sources={})
    try:
        assert state_of(app, sub_id) == "approved"
        with session_scope(app.engine) as s:
            dec = s.exec(select(Decision).where(col(Decision.submission_id) == sub_id)).one()
            assert dec.override_reason == "NAT" and dec.actor == "spravce"
    finally:
        app.close()


def test_never_published_addresses_are_in_no_rendering(app: App) -> None:
    sub_id = file_application(app, [PUBLIC, *NEVER[:4]], NEVER[4:])
    with session_scope(app.engine) as s:
        decide(s, sub_id, "approve", actor="novak", override_reason="vše", events=app.events)
    last = versions(app)[-1]
    assert {e["address"] for e in last.entries} == {PUBLIC}
    assert sorted(w["address"] for w in last.withheld or []) == sorted(NEVER)
    assert {w["reason"] for w in last.withheld or []} == {
        "unspecified",
        "loopback",
        "link-local",
        "multicast",
        "reserved",
    }
    feed = app.feed
    snap = Snapshot.of(last)
    for profile in PROFILES:
        for fmt in Format:
            body = feed.artifact(snap, profile, fmt).body.decode()
            assert PUBLIC in body, (profile, fmt)
            for bad in NEVER:
                pattern = rf"(?<![0-9a-f:.]){re.escape(bad)}(?![0-9a-f:./])"
                assert not re.search(pattern, body), (profile, fmt, bad)


def test_non_public_addresses_only_with_the_override(app: App) -> None:
    plain = file_application(app, [PUBLIC])
    doc = file_application(app, ["198.51.100.20"])
    with session_scope(app.engine) as s:
        decide(s, plain, "approve", actor="novak", events=app.events)
        decide(s, doc, "approve", actor="novak", override_reason="dokumentační", events=app.events)
    assert published(app) == {PUBLIC, "198.51.100.20"}
    approve_as_extracted(app)
    assert "198.51.100.7" not in published(app)
    withheld = versions(app)[-1].withheld or []
    assert {"address": "198.51.100.7", "reason": "documentation"}.items() <= withheld[0].items()


def approve_as_extracted(app: App) -> int:
    """A filing as FakeStages extracts it (198.51.100.7, no problem recorded), approved
    without any override: the documentation address is left out, and said so."""
    from intake.model import Channel, RawItem
    from tests.fakes import eml

    reg = app.service.receive(RawItem("t", "default-1", eml(991), Channel.EMAIL))
    app.service.process_pending()
    sub_id = reg.submission.id or 0
    with session_scope(app.engine) as s:
        decide(s, sub_id, "approve", actor="novak", events=app.events)
    return sub_id


def test_second_approver(tmp_path: Path) -> None:
    app = make_app(tmp_path, decisions={"second_approver": True})
    try:
        sub_id = file_application(app, ["10.1.1.1"])
        with session_scope(app.engine) as s:
            decide(
                s,
                sub_id,
                "approve",
                actor="novak",
                override_reason="NAT",
                second_approver=True,
                events=app.events,
            )
        assert state_of(app, sub_id) == "awaiting_confirmation"
        assert published(app) == set() and approval_notices(app, sub_id) == 0
        with pytest.raises(UsageError, match="different officer"), session_scope(app.engine) as s:
            decide(s, sub_id, "confirm", actor="novak", events=app.events)
        assert state_of(app, sub_id) == "awaiting_confirmation"
        with session_scope(app.engine) as s:
            decide(s, sub_id, "confirm", actor="svoboda", events=app.events)
        assert state_of(app, sub_id) == "approved"
        assert published(app) == {"10.1.1.1"} and approval_notices(app, sub_id) == 1
        assert "NAT" in versions(app)[-1].reason
        # an approval without blocking problems needs no second officer
        other = file_application(app, [PUBLIC])
        with session_scope(app.engine) as s:
            decide(s, other, "approve", actor="novak", second_approver=True, events=app.events)
        assert state_of(app, other) == "approved"
    finally:
        app.close()


def test_second_approver_in_the_web(tmp_path: Path) -> None:
    app = make_app(tmp_path, decisions={"second_approver": True})
    try:
        with session_scope(app.engine) as s:
            for name in ("novak", "svoboda"):
                create_user(s, name, PASSWORD, "officer", actor="test")
        sub_id = file_application(app, ["10.1.1.2"])
        first, second = client(app, "novak"), client(app, "svoboda")
        r = post_decision(first, sub_id, kind="approve", override_reason="NAT")
        assert r.status_code == 303 and state_of(app, sub_id) == "awaiting_confirmation"
        assert "Čeká na potvrzení" in first.get("/ui/queue").text
        assert 'id="potvrdit-schvaleni"' not in first.get(f"/ui/submissions/{sub_id}").text
        assert post_decision(first, sub_id, kind="confirm").status_code == 409
        assert 'id="potvrdit-schvaleni"' in second.get(f"/ui/submissions/{sub_id}").text
        r = post_decision(second, sub_id, kind="confirm")
        assert r.status_code == 303 and state_of(app, sub_id) == "approved"
    finally:
        app.close()


def test_confirming_an_uncertain_address_clears_the_doubt(tmp_path: Path) -> None:
    from intake.bootstrap import build_app
    from tests.feed.helpers import settings_for

    app = build_app(settings_for(tmp_path), stages=UncertainStages(), sources={})
    try:
        with session_scope(app.engine) as s:
            create_user(s, "novak", PASSWORD, "officer", actor="test")
        from intake.model import Channel, RawItem
        from tests.fakes import eml

        sub_id = app.service.receive(RawItem("t", "u1", eml(1), Channel.EMAIL)).submission.id
        assert sub_id is not None
        app.service.process_pending()
        with pytest.raises(Blocked) as info, session_scope(app.engine) as s:
            decide(s, sub_id, "approve", actor="novak", events=app.events)
        assert [(b.code, b.field) for b in info.value.blocking] == [
            ("needs_review", "production_ips")
        ]
        c = client(app, "novak")
        page = c.get(f"/ui/submissions/{sub_id}").text
        assert "Potvrdit hodnotu" in page
        token = csrf_in(page)
        r = c.post(
            f"/ui/submissions/{sub_id}/confirm-field",
            data={"csrf_token": token, "field": "production_ips"},
        )
        assert r.status_code == 303
        with session_scope(app.engine) as s:
            entry = s.exec(
                select(AuditEntry).where(col(AuditEntry.action) == "application.confirmed")
            ).one()
            assert entry.actor == "novak" and entry.data["field"] == "production_ips"
        with pytest.raises(UsageError), session_scope(app.engine) as s:  # nothing left open
            confirm_field(s, sub_id, "production_ips", actor="novak")
        assert post_decision(c, sub_id, kind="approve").status_code == 303
        assert state_of(app, sub_id) == "approved"
    finally:
        app.close()


def test_correcting_an_approved_filing_takes_it_back_to_review(app: App) -> None:
    sub_id = file_application(app, [PUBLIC])
    with session_scope(app.engine) as s:
        decide(s, sub_id, "approve", actor="novak", events=app.events)
    assert published(app) == {PUBLIC} and approval_notices(app, sub_id) == 1
    with session_scope(app.engine) as s:
        notices_before = len(s.exec(select(Notice)).all())
    n = len(versions(app))
    with session_scope(app.engine) as s:
        correct(s, sub_id, "production_ips", "193.84.54.11", actor="novak", events=app.events)
    assert state_of(app, sub_id) == "ready_for_review"
    assert len(versions(app)) == n + 1 and published(app) == set()
    with session_scope(app.engine) as s:
        assert len(s.exec(select(Notice)).all()) == notices_before  # the applicant hears nothing
    with session_scope(app.engine) as s:
        decide(s, sub_id, "approve", actor="novak", events=app.events)
    assert published(app) == {"193.84.54.11"}


def test_problems_are_recomputed_after_a_correction(app: App) -> None:
    six = [f"193.84.54.{i}" for i in range(1, 7)]
    sub_id = file_application(app, six)
    assert "too_many_production_ips" in codes(app, sub_id)
    with session_scope(app.engine) as s:
        correct(s, sub_id, "production_ips", six[:5], actor="novak", events=app.events)
    assert "too_many_production_ips" not in codes(app, sub_id)
    assert "non_public_ip" not in codes(app, sub_id)
    with session_scope(app.engine) as s:
        correct(s, sub_id, "production_ips", ["192.168.0.9"], actor="novak", events=app.events)
    assert "non_public_ip" in codes(app, sub_id)
    with session_scope(app.engine) as s:
        rechecked = s.exec(
            select(AuditEntry).where(col(AuditEntry.action) == "application.rechecked")
        ).all()
        assert rechecked and "non_public_ip" in rechecked[-1].data["after"]


def test_six_parallel_approvals_make_one_decision(tmp_path: Path, pg_url: str) -> None:
    app = make_app(tmp_path, pg_url)
    try:
        sub_id = file_application(app, [PUBLIC])
        barrier = threading.Barrier(6)
        outcomes: list[str] = []

        def approve(n: int) -> None:
            barrier.wait()
            try:
                with session_scope(app.engine) as s:
                    decide(s, sub_id, "approve", actor=f"officer{n}", events=app.events)
                outcomes.append("ok")
            except UsageError:
                outcomes.append("refused")

        threads = [threading.Thread(target=approve, args=(n,)) for n in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert sorted(outcomes) == ["ok"] + ["refused"] * 5
        with session_scope(app.engine) as s:
            assert len(s.exec(select(Decision)).all()) == 1
        assert approval_notices(app, sub_id) == 1
    finally:
        app.close()


def test_a_correction_rechecks_the_quota_of_the_organisations_other_open_filings(
    app: App,
) -> None:
    """Two open filings of one organisation ask for 3 + 3 production addresses (over 5 in
    sum); correcting the first one down to 2 clears the quota problem of the second too,
    recorded and audited naming the corrected filing."""
    from storage.tables import Application, Organisation, utcnow

    first = file_application(app, [f"193.84.54.{i}" for i in range(1, 4)])
    second = file_application(app, [f"193.84.55.{i}" for i in range(1, 4)])
    approved = file_application(app, [f"193.84.56.{i}" for i in range(1, 2)])
    with session_scope(app.engine) as s:
        org = Organisation(name="Deník Test", ico="12345679", created_at=utcnow())
        s.add(org)
        s.flush()
        for sub_id in (first, second, approved):
            row = s.exec(select(Application).where(col(Application.submission_id) == sub_id)).one()
            row.organisation_id = org.id
            s.add(row)
    with session_scope(app.engine) as s:  # the sum is over the limit: both are told
        correct(s, first, "production_ips", [f"193.84.54.{i}" for i in range(1, 5)],
                actor="novak", events=app.events)
        decide(s, approved, "approve", actor="novak", override_reason="test", events=app.events)
    assert "too_many_production_ips" in codes(app, first)
    assert "too_many_production_ips" in codes(app, second)
    before_approved = codes(app, approved)
    with session_scope(app.engine) as s:
        number = s.get(Submission, first).registry_number  # type: ignore[union-attr]
        correct(s, first, "production_ips", ["193.84.54.1"], actor="novak", events=app.events)
    assert "too_many_production_ips" not in codes(app, first)
    assert "too_many_production_ips" not in codes(app, second)
    assert codes(app, approved) == before_approved  # an approved filing is left as approved
    with session_scope(app.engine) as s:
        entries = s.exec(
            select(AuditEntry).where(
                col(AuditEntry.action) == "application.rechecked",
                col(AuditEntry.subject_id) == str(second),
            )
        ).all()
    last = entries[-1]
    assert last.actor == "novak" and last.data["because_of"] == number
    assert "too_many_production_ips" in last.data["before"]
    assert "too_many_production_ips" not in last.data["after"]
    page = client(app, "novak").get(f"/ui/submissions/{second}").text
    assert f"Kvóta organizace přepočítána po opravě podání {number}" in page
