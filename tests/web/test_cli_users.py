"""``podatelna user add|passwd|unlock|list`` and ``podatelna decide ... --as USER``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from intake.cli import main
from intake.model import Channel, RawItem
from storage.db import session_scope
from storage.tables import AuditEntry, Decision, Submission
from storage.users import User
from tests.fakes import FakeStages, eml


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working directory (default config: var/podatelna.db) with two submissions."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("intake.bootstrap.build_stages", lambda settings, **kw: FakeStages())
    from intake.bootstrap import build_app
    from intake.config import load_settings

    app = build_app(load_settings(None), stages=FakeStages(), sources={})
    for i in (1, 2):
        app.service.receive(RawItem("t", f"r{i}", eml(i), Channel.EMAIL))
    app.service.process_pending()
    app.close()
    return tmp_path


def _app() -> Any:
    from intake.bootstrap import build_app
    from intake.config import load_settings

    return build_app(load_settings(None), stages=FakeStages(), sources={})


def test_user_add_from_file_and_prompt(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "pw").write_text("correct horse battery\n")
    assert main(["user", "add", "novak", "--role", "admin", "--password-file", "pw"]) == 0
    answers = iter(["tajne-heslo-123", "tajne-heslo-123"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["user", "add", "auditorka", "--role", "auditor"]) == 0
    capsys.readouterr()
    # duplicates, short passwords and mismatched prompts are one-line errors
    assert main(["user", "add", "novak", "--role", "officer", "--password-file", "pw"]) != 0
    (workdir / "short").write_text("short\n")
    assert main(["user", "add", "x", "--role", "officer", "--password-file", "short"]) != 0
    answers = iter(["aaaaaaaaaaaa", "bbbbbbbbbbbb"])
    assert main(["user", "add", "y", "--role", "officer"]) != 0
    err = capsys.readouterr().err
    assert "already exists" in err and "nejméně 10 znaků" in err and "differ" in err
    assert "Traceback" not in err
    with pytest.raises(SystemExit):
        main(["user", "add", "z", "--role", "root", "--password-file", "pw"])
    app = _app()
    try:
        with session_scope(app.engine) as s:
            users = {u.username: u for u in s.exec(select(User)).all()}
            assert set(users) == {"novak", "auditorka"}
            assert users["novak"].role == "admin" and users["auditorka"].role == "auditor"
            assert users["novak"].password_hash.startswith("$argon2id$")
            assert "correct horse" not in users["novak"].password_hash
    finally:
        app.close()
    assert main(["user", "list"]) == 0
    out = capsys.readouterr().out
    assert "novak" in out and "auditor" in out


def test_decide_as_admin_only(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "pw").write_text("correct horse battery\n")
    assert main(["user", "add", "spravce", "--role", "admin", "--password-file", "pw"]) == 0
    assert main(["user", "add", "referent", "--role", "officer", "--password-file", "pw"]) == 0
    capsys.readouterr()
    assert main(["decide", "1", "approve", "--as", "referent"]) != 0
    assert main(["decide", "1", "approve", "--as", "nobody"]) != 0
    assert "role admin" in capsys.readouterr().err
    assert main(["decide", "1", "approve", "--as", "spravce"]) == 0
    assert "ready_for_review -> approved" in capsys.readouterr().out
    assert main(["decide", "CSU-EP/2022/000002", "defective", "--as", "spravce"]) != 0
    assert (
        main(
            [
                "decide",
                "CSU-EP/2022/000002",
                "defective",
                "--reason",
                "Doplňte IČO",
                "--as",
                "spravce",
            ]
        )
        == 0
    )
    assert main(["decide", "99", "refuse", "--as", "spravce"]) != 0
    app = _app()
    try:
        with session_scope(app.engine) as s:
            states = [x.state for x in s.exec(select(Submission).order_by(col(Submission.id)))]
            decs = [(d.kind, d.actor, d.reason) for d in s.exec(select(Decision)).all()]
            audited = s.exec(
                select(AuditEntry).where(
                    col(AuditEntry.actor) == "spravce", col(AuditEntry.action) == "submission.state"
                )
            ).all()
    finally:
        app.close()
    assert states == ["approved", "defective"]
    assert decs == [("approve", "spravce", None), ("defective", "spravce", "Doplňte IČO")]
    assert len(audited) == 2


def test_unlock_lifts_the_throttle(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from intake.accounts import MAX_FAILED, authenticate

    (workdir / "pw").write_text("correct horse battery\n")
    assert main(["user", "add", "ref", "--role", "officer", "--password-file", "pw"]) == 0
    app = _app()
    try:
        with session_scope(app.engine) as s:
            for _ in range(MAX_FAILED):
                authenticate(s, "ref", "wrong", ip="192.0.2.1")
        with session_scope(app.engine) as s:
            assert authenticate(s, "ref", "correct horse battery", ip="192.0.2.1").throttled
        assert main(["user", "unlock", "ref"]) == 0
        with session_scope(app.engine) as s:
            assert authenticate(s, "ref", "correct horse battery", ip="192.0.2.1").user
    finally:
        app.close()


def test_demo_officer_is_idempotent_with_a_fresh_password(workdir: Path) -> None:
    from intake.accounts import authenticate
    from intake.demo.officer import seed_demo_officer

    app = _app()
    try:
        name, first = seed_demo_officer(app)
        again, second = seed_demo_officer(app)
        assert name == again and first != second and len(second) >= 12
        with session_scope(app.engine) as s:
            assert len(s.exec(select(User)).all()) == 1
            assert authenticate(s, name, first, ip="t").user is None
        with session_scope(app.engine) as s:
            user = authenticate(s, name, second, ip="t").user
            assert user is not None and user.role == "officer"
    finally:
        app.close()


def test_withdrawal_needs_a_reason(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "pw").write_text("correct horse battery\n")
    assert main(["user", "add", "spravce", "--role", "admin", "--password-file", "pw"]) == 0
    capsys.readouterr()
    assert main(["decide", "1", "withdraw", "--as", "spravce"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["podatelna: error: a withdrawal needs the reason (--reason)"]
    assert main(["decide", "1", "withdraw", "--reason", " ", "--as", "spravce"]) == 2
    reason = "Žadatel podání vzal zpět"
    assert main(["decide", "1", "withdraw", "--reason", reason, "--as", "spravce"]) == 0
    assert "ready_for_review -> withdrawn" in capsys.readouterr().out
    app = _app()
    try:
        with session_scope(app.engine) as s:
            decs = [(d.kind, d.reason) for d in s.exec(select(Decision)).all()]
    finally:
        app.close()
    assert decs == [("withdraw", reason)]
