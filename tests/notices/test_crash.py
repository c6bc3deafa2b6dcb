"""Exactly-once delivery: the sender process is SIGKILLed after the SMTP server took the
message but before the outcome was recorded. The notice is neither lost nor delivered twice:
it is resent with the same idempotency key (Message-ID), which the receiving side checks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import Envelope
from sqlmodel import col, select

from intake.config import load_settings
from storage.db import session_scope
from storage.notices import Notice
from tests.fixtures.common import free_port
from tests.fixtures.smtp import Sink, serving
from tests.notices.conftest import item, make_app, settings_kwargs

ROOT = Path(__file__).resolve().parents[2]
WORKER = """
import json, sys
from intake.bootstrap import build_app
from intake.config import load_settings
from tests.notices.conftest import NoticeStages
app = build_app(load_settings(None, **json.load(open(sys.argv[1]))), stages=NoticeStages(),
                sources={})
print("sent", app.notices.run_once(), flush=True)
"""


class DedupSink(Sink):
    """A receiving mail system that checks the idempotency key: a second hand-over of a
    Message-ID it already holds is accepted (250) but not delivered again. ``kill_pid`` is
    SIGKILLed while the first message is being taken — after the server has it, before the
    sender hears the 250."""

    def __init__(self) -> None:
        super().__init__()
        self.delivered: dict[str, bytes] = {}
        self.handovers: list[str] = []
        self.kill_pid: int | None = None
        self.pid_known = threading.Event()

    async def handle_DATA(self, server: Any, session: Any, envelope: Envelope) -> str:  # noqa: N802
        raw = envelope.original_content or b""
        mid = next(
            (
                line.split(b":", 1)[1].strip().decode()
                for line in raw.split(b"\r\n")
                if line.lower().startswith(b"message-id:")
            ),
            "",
        )
        with self.cond:
            self.handovers.append(mid)
            if mid not in self.delivered:
                self.delivered[mid] = raw
                self.messages.append(envelope)
            self.cond.notify_all()
        if len(self.handovers) == 1 and self.pid_known.wait(10) and self.kill_pid:
            os.kill(self.kill_pid, signal.SIGKILL)
        return "250 Message accepted for delivery"


@pytest.fixture
def dedup_sink() -> Iterator[DedupSink]:
    with serving(DedupSink()) as sink:
        yield sink


def worker(config: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", WORKER, str(config)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_sigkill_between_sending_and_recording_yields_no_duplicate(
    tmp_path: Path, dedup_sink: DedupSink
) -> None:
    kw = settings_kwargs(tmp_path, dedup_sink, None, None, in_doubt_seconds=0)
    config = tmp_path / "settings.json"
    config.write_text(json.dumps(kw))
    app = make_app(load_settings(None, **kw))
    app.service.ingest([item(1)])
    app.service.process_pending()  # receipt + verification result are now in the outbox

    first = worker(config)
    dedup_sink.kill_pid = first.pid
    dedup_sink.pid_known.set()
    first.wait(timeout=60)
    assert first.returncode == -signal.SIGKILL, first.stderr.read() if first.stderr else ""
    with session_scope(app.engine) as s:
        rows = s.exec(select(Notice).order_by(col(Notice.id))).all()
        assert [n.status for n in rows] == ["sending", "pending"]  # the outcome never recorded
        receipt_key = rows[0].idempotency_key
    assert dedup_sink.handovers == [f"<{receipt_key}@czso.example>"]

    second = worker(config)  # restart: recovers the in-doubt notice, sends the rest
    out, err = second.communicate(timeout=60)
    assert second.returncode == 0, err
    with session_scope(app.engine) as s:
        rows = s.exec(select(Notice).order_by(col(Notice.id))).all()
        assert [n.status for n in rows] == ["sent", "sent"]
        assert rows[0].attempts == 2 and rows[1].attempts == 1
        keys = [f"<{n.idempotency_key}@czso.example>" for n in rows]
    # the receipt was handed over twice with the same key, and delivered once
    assert sorted(dedup_sink.handovers) == sorted([keys[0], keys[0], keys[1]])
    assert sorted(dedup_sink.delivered) == sorted(keys)
    assert len(dedup_sink.messages) == 2
    app.close()


def test_a_notice_being_sent_by_a_live_worker_is_not_taken_over(
    tmp_path: Path, smtp_sink: Sink
) -> None:
    app = make_app(load_settings(None, **settings_kwargs(tmp_path, smtp_sink, None, None)))
    app.service.ingest([item(1)])
    app.service.process_pending()
    sender = app.notices
    claimed = sender.claim()
    assert claimed is not None
    # another pass meanwhile (default in_doubt_seconds = 600) leaves the claimed one alone
    assert sender.run_once() == 1
    with session_scope(app.engine) as s:
        assert s.get(Notice, claimed).status == "sending"  # type: ignore[union-attr]
    assert sender.deliver(claimed) == 1
    assert len(smtp_sink.messages) == 2
    app.close()


def test_failures_back_off_exponentially_then_give_up(tmp_path: Path, smtp_sink: Sink) -> None:
    from datetime import timedelta

    from intake.notices.sender import backoff

    assert [backoff(a, 60, 3600).total_seconds() for a in (1, 2, 3, 7, 8)] == [
        60,
        120,
        240,
        3600,
        3600,
    ]
    app = make_app(
        load_settings(
            None,
            **settings_kwargs(
                tmp_path,
                smtp_sink,
                None,
                None,
                max_attempts=3,
                backoff_seconds=1000,
                max_backoff_seconds=1e6,
            ),
        )
    )
    smtp_sink.refuse.add("redakce1@example.cz")  # 550: permanent
    app.service.ingest([item(1)])
    app.service.process_pending()
    sender = app.notices
    sender.run_once()
    with session_scope(app.engine) as s:
        rows = s.exec(select(Notice)).all()
        assert {n.status for n in rows} == {"failed"}  # 5xx: not retried
        assert all("550" in (n.last_error or "") for n in rows)
        for n in rows:
            n.status, n.next_attempt_at, n.attempts = "pending", n.created_at, 0
            s.add(n)
    smtp_sink.refuse.clear()
    now = [rows[0].created_at]
    sender.clock = lambda: now[0]
    sender.channels["email"]._sender.port = free_port()  # type: ignore[attr-defined]
    sender.run_once()  # connection refused: temporary
    with session_scope(app.engine) as s:
        n = s.exec(select(Notice).order_by(col(Notice.id))).first()
        assert n is not None and n.status == "pending" and n.attempts == 1
        assert n.next_attempt_at == now[0] + timedelta(seconds=1000)
    assert sender.run_once() == 0  # not due yet
    now[0] += timedelta(seconds=1000)
    sender.run_once()
    with session_scope(app.engine) as s:
        n = s.exec(select(Notice).order_by(col(Notice.id))).first()
        assert n is not None and n.attempts == 2
        assert n.next_attempt_at == now[0] + timedelta(seconds=2000)
    now[0] += timedelta(seconds=2000)
    sender.run_once()
    with session_scope(app.engine) as s:
        n = s.exec(select(Notice).order_by(col(Notice.id))).first()
        assert n is not None and n.status == "failed" and n.attempts == 3
    sender.channels["email"]._sender.port = smtp_sink.port  # type: ignore[attr-defined]
    app.close()


def test_an_in_doubt_data_message_is_resent_with_the_same_sender_reference(
    notice_app: object, isds_standin: object
) -> None:
    """The residual risk, made visible: ISDS offers no look-up by our reference in the
    operations we use, so an in-doubt data message is sent again carrying the same
    dmSenderRefNumber (the recipient's filing office sees the same reference twice)."""
    from intake.model import Channel

    app: Any = notice_app
    app.service.ingest([item(1, channel=Channel.DATABOX, extra="X-Test-Box: abc1234\r\n")])
    app.service.process_pending()
    sender = app.notices
    notice_id = sender.claim()
    assert notice_id is not None
    with session_scope(app.engine) as s:
        n = s.get(Notice, notice_id)
    pdf = sender._attachment(n, None)
    sender.channels["databox"].send(n, pdf, "")  # handed over, then the worker "dies"
    sender.clock = lambda: n.claimed_at + timedelta(seconds=601)
    assert sender.run_once() == 1
    sent = isds_standin.mailbox.sent  # type: ignore[attr-defined]
    assert [m.envelope["dmSenderRefNumber"] for m in sent] == [n.idempotency_key] * 2
    assert sent[0].files[0][2] == sent[1].files[0][2]  # the identical sealed letter
    with session_scope(app.engine) as s:
        row = s.get(Notice, notice_id)
        assert row is not None and row.status == "sent" and row.attempts == 2
        assert row.remote_id == sent[1].dm_id


def test_data_box_refusals_are_final_and_outages_are_retried(
    notice_app: Any, isds_standin: Any
) -> None:
    from intake.model import Channel

    notice_app.service.ingest(
        [
            item(1, channel=Channel.DATABOX, extra="X-Test-Box: abc1234\r\n"),
            item(2, channel=Channel.DATABOX, extra="X-Test-Box: xyz7890\r\n"),
        ]
    )
    notice_app.service.process_pending()
    isds_standin.mailbox.inject(
        "status", "CreateMessage", code="1214", message="Příloha nevyhověla kontrole"
    )
    isds_standin.mailbox.inject("http503", "CreateMessage", times=-1)
    sender = notice_app.notices
    sender.run_once()
    with session_scope(notice_app.engine) as s:
        rows = s.exec(select(Notice).order_by(col(Notice.id))).all()
        assert [n.status for n in rows] == ["failed", "pending"]
        assert "1214" in (rows[0].last_error or "")
        assert rows[1].next_attempt_at is not None
    isds_standin.mailbox.faults.clear()
    sender.clock = lambda: rows[1].next_attempt_at + timedelta(seconds=1)
    assert sender.run_once() == 1
    assert [m.recipient for m in isds_standin.mailbox.sent] == ["xyz7890"]
