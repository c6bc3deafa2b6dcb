"""Acceptance: ``podatelna poll --once`` with a data-box source pointing at the stand-in."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

from databox.standin.server import StandIn
from tests.fixtures.common import write_config
from tests.fixtures.isds import ISDS_USER, add_messages, standin_password

ROOT = Path(__file__).resolve().parents[2]


def _run(cfg: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "intake", "--config", str(cfg), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )


def _config(server: StandIn, tmp_path: Path) -> Path:
    anchors = tmp_path / "anchors"
    anchors.mkdir(exist_ok=True)
    server.authority.write_ca(anchors / "isds-standin-ca.pem")
    return write_config(
        tmp_path,
        f"""[trust]
anchors_dir = "{anchors}"
fetch_revocation = false
[[source]]
kind = "databox"
name = "csu"
base_url = "{server.url}"
login = "password"
username = "{ISDS_USER}"
password = "{standin_password(server)}"
page_size = 2
timeout_seconds = 10
""",
    )


def test_poll_once_registers_each_message_once(isds_standin: StandIn, tmp_path: Path) -> None:
    small = add_messages(isds_standin, 2)
    big = add_messages(
        isds_standin,
        1,
        files=[("velka.txt", "text/plain", "Žádost o přístup\n".encode() * 20000)],
        vodz=True,
        start=datetime.now(small[0].delivery_time.tzinfo) - timedelta(minutes=5),
    )
    msgs = small + big
    cfg = _config(isds_standin, tmp_path)
    first = _run(cfg, "poll", "--once")
    assert first.returncode == 0, first.stderr[-3000:]
    assert "csu: registered 3, already known 0" in first.stdout
    assert sorted(isds_standin.mailbox.marked) == sorted(m.dm_id for m in msgs)
    assert isds_standin.mailbox.calls.count("SignedBigMessageDownload") == 1

    listed = _run(cfg, "submissions", "--json")
    assert listed.returncode == 0, listed.stderr[-3000:]
    rows = {r["source_ref"]: r for r in json.loads(listed.stdout)}
    assert set(rows) == {m.dm_id for m in msgs}
    for m in msgs:
        row = rows[m.dm_id]
        assert row["channel"] == "databox" and row["source"] == "csu"
        assert datetime.fromisoformat(row["received_at"]) == m.delivery_time  # filing time
    shown = _run(cfg, "show", str(rows[msgs[0].dm_id]["id"]), "--json")
    assert shown.returncode == 0, shown.stderr[-3000:]
    detail = json.loads(shown.stdout)
    assert detail["accepted_signature"] is True  # the stand-in seal verified against its CA

    calls = len(isds_standin.mailbox.calls)
    second = _run(cfg, "poll", "--once")
    assert second.returncode == 0, second.stderr[-3000:]
    assert "csu: registered 0" in second.stdout
    assert sorted(isds_standin.mailbox.marked) == sorted(m.dm_id for m in msgs)  # once each
    new_calls = isds_standin.mailbox.calls[calls:]
    assert "GetListOfReceivedMessages" in new_calls
    assert not {"SignedMessageDownload", "SignedBigMessageDownload"} & set(new_calls)


def test_sigkill_between_commit_and_mark(isds_standin: StandIn, tmp_path: Path) -> None:
    """The poller dies after committing, while the first MarkMessageAsDownloaded is in
    flight: the next poll registers nothing twice and every message is marked once."""
    msgs = add_messages(isds_standin, 3)
    cfg = _config(isds_standin, tmp_path)
    isds_standin.mailbox.inject("hang", "MarkMessageAsDownloaded", delay=5.0)
    proc = subprocess.Popen(
        [sys.executable, "-m", "intake", "--config", str(cfg), "poll", "--once", "--no-process"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while "MarkMessageAsDownloaded" not in isds_standin.mailbox.calls:
            assert proc.poll() is None, "the poller ended before marking"
            assert time.monotonic() < deadline, "the poller never marked"
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert isds_standin.mailbox.marked == []
    committed = len(json.loads(_run(cfg, "submissions", "--json").stdout))
    assert committed >= 1  # the service commits before it acknowledges (one item or a batch)

    again = _run(cfg, "poll", "--once", "--no-process")
    assert again.returncode == 0, again.stderr[-3000:]
    assert f"csu: registered {3 - committed}, already known {committed}" in again.stdout
    assert sorted(isds_standin.mailbox.marked) == sorted(m.dm_id for m in msgs)
    rows = json.loads(_run(cfg, "submissions", "--json").stdout)
    assert sorted(r["source_ref"] for r in rows) == sorted(m.dm_id for m in msgs)
