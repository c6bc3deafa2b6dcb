"""The CLI as operators use it: exit codes, one-line errors, verify commands."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from intake.cli import main
from tests.fakes import eml


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_user_errors_are_one_line_and_non_zero(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "does-not-exist.eml"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("podatelna: error: cannot read does-not-exist.eml")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert main(["show", "999"]) == 3
    assert main(["--config", "missing.toml", "submissions"]) == 2


def test_evidence_verify_detects_tampering(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from storage.evidence import EvidenceStore

    store = EvidenceStore(workdir / "var" / "evidence")
    digest = store.put(eml(1))
    assert main(["evidence", "verify"]) == 0
    p = store.path_for(digest)
    os.chmod(p, 0o644)
    p.write_bytes(b"changed")
    capsys.readouterr()
    assert main(["evidence", "verify"]) == 1
    assert f"MISMATCH {digest}" in capsys.readouterr().out


def test_audit_verify_detects_a_modified_row(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from intake.bootstrap import build_app
    from intake.config import load_settings
    from intake.model import Channel, RawItem
    from tests.fakes import FakeStages

    app = build_app(load_settings(None), stages=FakeStages(), sources={})
    for i in range(3):
        app.service.receive(RawItem("t", f"r{i}", eml(i), Channel.EMAIL))
    app.close()
    assert main(["audit", "verify"]) == 0
    db = sqlite3.connect(workdir / "var" / "podatelna.db")
    db.execute("UPDATE audit_entry SET data = '{\"forged\": true}' WHERE id = 2")
    db.commit()
    db.close()
    capsys.readouterr()
    assert main(["audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert "BROKEN audit entry 2" in out and "1 finding(s)" in out


def test_submissions_json_lists_registered_items(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from intake.bootstrap import build_app
    from intake.config import load_settings
    from intake.model import Channel, RawItem
    from tests.fakes import FakeStages

    app = build_app(load_settings(None), stages=FakeStages(), sources={})
    app.service.receive(RawItem("t", "r1", eml(1), Channel.EMAIL))
    app.close()
    capsys.readouterr()
    assert main(["submissions", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["registry_number"] for r in rows] == ["CSU-EP/2022/000001"]
    assert set(rows[0]) >= {"id", "registry_number", "channel", "state", "received_at",
                            "sha256", "source_ref"}


def test_config_example_prints_every_section(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "example"]) == 0
    out = capsys.readouterr().out
    for section in ("[database]", "[evidence]", "[campaign]", "[web]", "[[source]]", "[trust]"):
        assert section in out
