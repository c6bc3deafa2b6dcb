"""Tamper evidence (issue 19 §3): deleting audit entries or stored blobs and editing filings
directly in the database make ``audit verify`` / ``evidence verify`` fail, one line per
finding — on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, update
from sqlmodel import select

from intake.cli import main
from storage.db import make_engine, session_scope
from storage.tables import AuditEntry, Submission
from tests.fakes import FakeStages, eml


@dataclass(frozen=True)
class Filed:
    workdir: Path
    url: str
    ids: list[int]

    def engine(self) -> Any:
        return make_engine(self.url)


def _file(n: int, start: int = 0) -> None:
    from intake.bootstrap import build_app
    from intake.config import load_settings
    from intake.model import Channel, RawItem

    app = build_app(load_settings(None), stages=FakeStages(), sources={})
    try:
        for i in range(start, start + n):
            app.service.receive(RawItem("t", f"r{i}", eml(i), Channel.EMAIL))
        app.service.process_pending()
    finally:
        app.close()


@pytest.fixture
def filed(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Filed]:
    """Three filings processed to review (sender recorded), the CLI pointed at ``db_url``."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PODATELNA_DATABASE__URL", db_url)
    _file(3)
    eng = make_engine(db_url)
    with session_scope(eng) as s:
        ids = [int(i) for i in s.exec(select(Submission.id).order_by(Submission.id)).all()]
    eng.dispose()
    yield Filed(tmp_path, db_url, ids)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str]]:
    capsys.readouterr()
    code = main(list(argv))
    return code, capsys.readouterr().out.strip().splitlines()


def _execute(f: Filed, stmt: Any) -> None:
    eng = f.engine()
    with eng.begin() as conn:
        conn.execute(stmt)
    eng.dispose()


def test_an_untouched_registry_verifies(filed: Filed, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "audit", "verify")
    assert code == 0, out
    assert out[-1].startswith("audit: ") and out[-1].endswith("3 filing(s) checked, 0 finding(s)")
    code, out = _run(capsys, "evidence", "verify")
    assert code == 0, out
    assert out == [out[-1]] and "0 finding(s)" in out[-1]


EDITS = {
    "received_at": (datetime(2022, 12, 23, 21, 0, tzinfo=UTC), "receipt time is 2022-12-23T21"),
    "registry_number": ("CSU-EP/2022/000099", "registry number is 'CSU-EP/2022/000099'"),
    "sha256": ("f" * 64, f"SHA-256 is {'f' * 64}"),
    "sender": ("mallory@example.cz", "sender is 'mallory@example.cz'"),
    "state": ("approved", "state is 'approved', the audit log recorded 'ready_for_review'"),
}


@pytest.mark.parametrize("column", list(EDITS))
def test_an_edited_filing_fails_audit_verify(
    filed: Filed, column: str, capsys: pytest.CaptureFixture[str]
) -> None:
    value, phrase = EDITS[column]
    target = filed.ids[1]
    _execute(filed, update(Submission).where(Submission.id == target).values({column: value}))
    code, out = _run(capsys, "audit", "verify")
    assert code == 1
    assert len(out) == 2 and out[-1].endswith("1 finding(s)"), out
    assert out[0].startswith("FILING ") and f"(id {target})" in out[0] and phrase in out[0], out


def test_deleted_last_audit_entries_fail_against_the_checkpoint(
    filed: Filed, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _run(capsys, "audit", "checkpoint")
    assert code == 0 and "checkpoint of entry" in out[0] and "unsealed" in out[0]
    assert _run(capsys, "audit", "verify")[0] == 0
    eng = filed.engine()
    with session_scope(eng) as s:
        last = int(s.exec(select(func.max(AuditEntry.id))).one())
    eng.dispose()
    _execute(filed, delete(AuditEntry).where(AuditEntry.id > last - 3))  # checkpoint record too
    code, out = _run(capsys, "audit", "verify")
    assert code == 1
    assert any(
        line.startswith("CHECKPOINT checkpoint line 1: anchors audit entry")
        and "audit log truncated" in line
        for line in out
    ), out


def test_a_deleted_blob_fails_evidence_verify(
    filed: Filed, capsys: pytest.CaptureFixture[str]
) -> None:
    eng = filed.engine()
    with session_scope(eng) as s:
        sub = s.get(Submission, filed.ids[0])
        assert sub is not None
        sha, number = sub.sha256, sub.registry_number
    eng.dispose()
    blob = filed.workdir / "var" / "evidence" / "sha256" / sha[:2] / sha[2:4] / sha
    os.chmod(blob, 0o644)
    blob.unlink()
    code, out = _run(capsys, "evidence", "verify")
    assert code == 1
    assert out[:-1] == [f"MISSING {sha}: referenced by filing {number} (id {filed.ids[0]}), "
                        "not in the store"]
    assert out[-1].endswith("1 finding(s)")
