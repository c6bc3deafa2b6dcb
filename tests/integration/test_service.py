"""The service loop with fake stages: durability order, idempotency, pipeline to triage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from intake.bootstrap import build_app
from intake.config import load_settings
from intake.model import Channel, RawItem, SourceNotice
from storage import audit
from storage.db import session_scope
from storage.tables import AuditEntry, Submission
from tests.fakes import FakeSource, FakeStages, eml


def make_app(tmp_path: Path, db_url: str | None = None, **kw: Any) -> Any:
    settings = load_settings(
        None,
        mode="development",
        base_dir=tmp_path,
        database={"url": db_url or f"sqlite:///{tmp_path}/reg.db"},
    )
    return build_app(settings, stages=kw.pop("stages", FakeStages()), sources={}, **kw)


def item(n: int, **kw: Any) -> RawItem:
    return RawItem(source="fake", ref=f"r{n}", data=eml(n, **kw), channel=Channel.EMAIL)


def test_items_are_stored_then_acknowledged_and_processed_to_review(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    src = FakeSource("fake", [item(1), item(2)])
    report = app.service.poll_source(src)
    assert (report.registered, report.duplicates, src.acked) == (2, 0, ["r1", "r2"])
    app.service.process_pending()
    with session_scope(app.engine) as s:
        rows = s.exec(select(Submission).order_by(Submission.id)).all()  # type: ignore[arg-type]
        assert [r.state for r in rows] == ["ready_for_review", "ready_for_review"]
        assert [r.registry_number for r in rows] == ["CSU-EP/2022/000001", "CSU-EP/2022/000002"]
        assert all(app.evidence.get(r.sha256) == eml(i + 1) for i, r in enumerate(rows))
        actions = [a.action for a in s.exec(select(AuditEntry)).all()]
        assert actions.count("submission.received") == 2
        assert actions.count("submission.state") == 8  # 4 transitions each
        assert list(audit.verify_chain(s)) == []
    app.close()


def test_a_second_poll_registers_nothing_and_acknowledges_again(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    items = [item(1)]
    first = app.service.poll_source(FakeSource("fake", items))
    again = FakeSource("fake", items)  # the source lost its ack (crash before MOVE)
    second = app.service.poll_source(again)
    assert (first.registered, second.registered, second.duplicates) == (1, 0, 1)
    assert again.acked == ["r1"]
    app.close()


def test_late_and_unsigned_filings_are_triaged(tmp_path: Path) -> None:
    app = make_app(tmp_path, stages=FakeStages(accepted=False))
    late = item(1, date="Sat, 24 Dec 2022 00:00:00 +0100")
    edge = item(2, date="Fri, 23 Dec 2022 23:59:59 +0100")
    app.service.poll_source(FakeSource("fake", [late, edge]))
    app.service.process_pending()
    with session_scope(app.engine) as s:
        by_ref = {r.source_ref: r for r in s.exec(select(Submission)).all()}
    assert by_ref["r1"].state == "late" and by_ref["r1"].on_time is False
    assert by_ref["r2"].state == "defective" and by_ref["r2"].on_time is True
    app.close()


def test_a_notice_is_recorded_before_it_is_acknowledged(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    src = FakeSource("fake", [SourceNotice("fake", "big", "oversize", "60 MB")])
    report = app.service.poll_source(src)
    assert report.notices == 1 and src.acked == ["big"]
    with session_scope(app.engine) as s:
        notes = s.exec(select(AuditEntry).where(AuditEntry.action == "source.notice")).all()
        assert notes[0].data["reason"] == "oversize"
    app.close()


class ExplodingStages(FakeStages):
    def extract(self, raw: bytes, channel: Channel) -> Any:
        raise RuntimeError("extractor crashed")


def test_a_failing_stage_is_recorded_and_retried_boundedly(tmp_path: Path) -> None:
    app = make_app(tmp_path, stages=ExplodingStages())
    app.service.poll_source(FakeSource("fake", [item(1)]))
    app.service.process_pending()
    with session_scope(app.engine) as s:
        sub = s.exec(select(Submission)).one()
        assert sub.state == "verified" and sub.attempts == 5
        assert "extractor crashed" in (sub.last_error or "")
    app.close()


def test_full_evidence_disk_refuses_acknowledges_nothing_and_recovers(tmp_path: Path) -> None:
    """GIVEN the evidence store on a tiny tmpfs WHEN a message does not fit THEN a clear
    StorageError, nothing registered or acknowledged; once space returns, it is registered."""
    import os
    import subprocess

    from intake.errors import StorageError

    if os.geteuid() != 0:
        if os.environ.get("CI"):
            pytest.fail("the disk-full test needs root (mount tmpfs)")
        pytest.skip("needs root to mount a tmpfs")
    mnt = tmp_path / "evidence"
    mnt.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mnt)], check=True)
    try:
        settings = load_settings(
            None,
            mode="development",
            base_dir=tmp_path,
            database={"url": f"sqlite:///{tmp_path}/reg.db"},
            evidence={"dir": str(mnt)},
        )
        app = build_app(settings, stages=FakeStages(), sources={})
        big = RawItem(
            source="fake", ref="big", data=eml(1, body="x" * 200_000), channel=Channel.EMAIL
        )
        src = FakeSource("fake", [big])
        with pytest.raises(StorageError, match="refused the write"):
            app.service.poll_source(src)
        assert src.acked == []
        with session_scope(app.engine) as s:
            assert s.exec(select(Submission)).all() == []
        subprocess.run(["mount", "-o", "remount,size=4m", str(mnt)], check=True)
        report = app.service.poll_source(src)
        assert report.registered == 1 and src.acked == ["big"]
        app.close()
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


class BreaksMidway(FakeSource):
    def poll(self):  # type: ignore[no-untyped-def]
        from intake.errors import SourceError

        yield from self.items
        raise SourceError("connection lost (FETCH)")


def test_items_fetched_before_a_source_failure_are_registered(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    src = BreaksMidway("fake", [item(1), item(2)])
    report = app.service.poll_source(src)
    assert report.error == "connection lost (FETCH)"
    assert report.registered == 2 and src.acked == ["r1", "r2"]
    app.close()
