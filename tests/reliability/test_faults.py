"""Fault campaign: the servers podatelna depends on misbehave while ``podatelna poll`` and
``podatelna worker`` run as processes. Each fault gives a clear error, acknowledges nothing
that is not stored, and once the fault is gone everything is registered exactly once."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from databox.standin.server import StandIn
from tests.fakes import eml
from tests.fixtures.imap import Dovecot
from tests.fixtures.reliability import PgServer, resize
from tests.mail import samples
from tests.reliability.campaign import (
    TERMINAL,
    Deployment,
    databox_messages,
    folder_count,
    ledger,
    wait_for,
)


def _mails(n: int, tag: str, size: int = 0) -> dict[str, bytes]:
    rcv = "from mail.example.cz by mx.podatelna.example; Fri, 27 Nov 2026 10:00:00 +0100"
    out = {}
    for i in range(n):
        raw = samples.simple(i, received=rcv, body=f"{tag}: žádost č. {i}\n", size=size)
        mid = f"<{tag}-{i}@example.cz>"
        out[mid] = raw.replace(f"<msg-{i}@example.cz>".encode(), mid.encode())
    return out


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    out, todo = [], [pid]
    while todo:
        kids = children.get(todo.pop(), [])
        out += kids
        todo += kids
    return out


def restart_dovecot(d: Dovecot) -> None:
    """Restart as systemd does (the whole service, sessions included): Dovecot's own
    shutdown leaves running imap processes serving their connections."""
    assert d.proc is not None
    for pid in _descendants(d.proc.pid):  # connections drop at once, mid-command
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    d.stop()
    d.start()


def test_dovecot_restarted_mid_fetch(dovecot_private: Dovecot, pg_url: str, tmp_path: Path) -> None:
    """GIVEN 300 messages of 100 kB WHEN Dovecot is restarted while the poller fetches them
    THEN the poller reconnects and every message is registered and moved exactly once."""
    d = dovecot_private
    user = d.add_user()
    mails = _mails(300, "restart", size=100_000)
    d.append(user, list(mails.values()))
    dep = Deployment(tmp_path, pg_url, d, user)
    dep.write_config()
    assert dep.run("db", "upgrade").returncode == 0
    poller = dep.start("-v", "poll", "--no-process", "--interval", "0.3", log="poll")
    try:
        wait_for("the first registration", lambda: dep.scalar(
            "select count(*) from submission") > 0, 60, every=0.01)  # fmt: skip
        registered_at_restart = dep.scalar("select count(*) from submission")
        restart_dovecot(d)
        c = d.client(user)
        try:
            wait_for("every message moved", lambda: folder_count(c, "INBOX") == 0, 90)
        finally:
            c.logout()
        assert poller.poll() is None, "the poller died with the IMAP server:\n" + dep.log("poll")
    finally:
        dep.stop_all()
    result = ledger(dep, mails, [])
    dep.close()
    assert registered_at_restart < len(mails)
    assert result.problems() == [], (result.problems(), dep.log("poll")[-3000:])
    log = dep.log("poll")
    assert "connection lost" in log or "reconnect" in log.lower(), log[-3000:]


def test_isds_503_slow_soap_errors_and_garbage(
    isds_standin: StandIn, pg_url: str, tmp_path: Path
) -> None:
    """Each fault of the ISDS stand-in ends the poll with a clear error (or a retry) and
    leaves unregistered messages unmarked; after the faults everything is registered and
    marked exactly once."""
    box = isds_standin.mailbox
    dm_ids = databox_messages(isds_standin, 10)
    dep = Deployment(tmp_path, pg_url, standin=isds_standin)
    dep.write_config(databox_timeout=1.5)
    assert dep.run("db", "upgrade").returncode == 0

    def poll() -> tuple[int, str]:
        r = dep.run("poll", "--once", "--no-process")
        return r.returncode, r.stdout + r.stderr

    def consistent() -> None:
        """Whatever is marked is registered (acknowledged only after the commit)."""
        refs = {r[0] for r in dep.sql("select source_ref from submission")}
        assert set(box.marked) <= refs

    # a listing that takes longer than the client's timeout
    box.inject("slow", "GetListOfReceivedMessages", delay=3.0)
    code, out = poll()
    assert code == 1 and "box: registered 0" in out and "ISDS timed out" in out, out
    assert box.marked == []

    # garbage instead of the third message (the messages before it may be registered now
    # or by a later poll: the service may receive in batches)
    box.inject("malformed", "SignedMessageDownload", dm_id=dm_ids[2])
    code, out = poll()
    assert code == 1 and "unusable answer" in out, out
    assert dm_ids[2] not in box.marked
    consistent()

    # a SOAP fault for the fifth
    box.inject("soapfault", "SignedMessageDownload", dm_id=dm_ids[4])
    code, out = poll()
    assert code == 1 and "SOAP fault" in out, out
    assert dm_ids[4] not in box.marked
    consistent()

    # ISDS refuses the seventh with a status code: skipped now, retried by the next poll
    box.inject("status", "SignedMessageDownload", dm_id=dm_ids[6], code="1222",
               message="Zprávu se nepodařilo stáhnout")  # fmt: skip
    code, out = poll()
    assert code == 0 and "box: registered" in out, out
    assert set(box.marked) == set(dm_ids) - {dm_ids[6]}
    consistent()

    # one 503 on the listing: the client backs off and the poll succeeds
    box.inject("http503", "GetListOfReceivedMessages")
    code, out = poll()
    assert code == 0 and "box: registered 1" in out, out

    code, out = poll()
    assert code == 0 and "box: registered 0, already known 0" in out, out
    result = ledger(dep, {}, dm_ids)
    dep.close()
    assert result.problems() == [], result.problems()


def deliver(new: Path, name: str, data: bytes) -> None:
    """Maildir delivery: written in tmp/, renamed into new/ (a poller never sees half a file)."""
    tmp = new.parent / "tmp" / name
    tmp.parent.mkdir(exist_ok=True)
    tmp.write_bytes(data)
    os.replace(tmp, new / name)


def test_postgresql_restarted_under_load(pg_private: PgServer, tmp_path: Path) -> None:
    """GIVEN a poller and two workers on 150 items WHEN PostgreSQL is restarted twice
    mid-way, and 50 more items arrive afterwards THEN the processes recover by themselves and
    take in and process everything; nothing lost or doubled, gapless."""
    n, total = 150, 200
    dep = Deployment(tmp_path, pg_private.url)
    dep.write_config()
    dep.cfg.write_text(
        dep.cfg.read_text() + '[[source]]\nkind = "dropfolder"\nname = "drop"\npath = "inbox"\n'
    )
    new = tmp_path / "inbox" / "new"
    new.mkdir(parents=True)
    for i in range(n):
        deliver(new, f"m{i:04d}.eml", eml(i, body=f"položka {i}"))
    assert dep.run("db", "upgrade").returncode == 0
    procs = [dep.start("poll", "--no-process", "--interval", "0.2", log="poll")]
    procs += [dep.start("worker", log=f"worker{k}") for k in range(2)]
    terminal = f"select count(*) from submission where state in {TERMINAL}"
    try:
        for at in (n // 4, n // 2):
            wait_for(f"{at} processed", lambda at=at: dep.scalar(terminal) >= at, 120,
                     every=0.05)  # fmt: skip
            pg_private.restart(down=1.0)
        for i in range(n, total):  # the poller must still be polling
            deliver(new, f"m{i:04d}.eml", eml(i, body=f"položka {i}"))
        wait_for("all processed", lambda: dep.scalar(terminal) == total, 180, every=0.3)
        alive = [p.poll() is None for p in procs]
    finally:
        dep.stop_all()
    logs = "".join(dep.log(x)[-2000:] for x in ("poll", "worker0", "worker1"))
    assert alive == [True, True, True], logs
    rows = dep.sql("select registry_seq, source_ref, sha256 from submission")
    moves = dep.sql("select subject_id, data from audit_entry where action='submission.state'")
    audit_ok = dep.run("audit", "verify")
    dep.close()
    assert sorted(r[0] for r in rows) == list(range(1, total + 1))
    assert len({r[1] for r in rows}) == total and len({r[2] for r in rows}) == total
    assert len(moves) == 4 * total, "a stage was recorded twice (or lost)"
    assert audit_ok.returncode == 0, audit_ok.stdout + audit_ok.stderr
    assert sorted(p.name for p in (tmp_path / "inbox" / "cur").iterdir()) == [
        f"m{i:04d}.eml" for i in range(total)
    ]


def test_evidence_disk_full(
    dovecot: Dovecot, small_disk: Path, pg_url: str, tmp_path: Path
) -> None:
    """GIVEN the evidence store on a 1 MiB disk and 8 messages of 300 kB WHEN polling THEN the
    writes that do not fit are refused with a clear error and those messages stay in INBOX
    (nothing acknowledged that is not stored); once the disk is larger, all are registered
    and moved exactly once."""
    user = dovecot.add_user()
    mails = _mails(8, "diskfull", size=300_000)
    dovecot.append(user, list(mails.values()))
    dep = Deployment(tmp_path, pg_url, dovecot, user, evidence_dir=small_disk / "evidence")
    dep.write_config()
    full = dep.run("poll", "--once", "--no-process")
    out = full.stdout + full.stderr
    assert full.returncode != 0, out
    assert "evidence store refused the write" in out and "No space left on device" in out, out
    assert "Traceback" not in out, out
    stored = dep.scalar("select count(*) from submission")
    c = dovecot.client(user)
    try:
        left = folder_count(c, "INBOX")
        moved = folder_count(c, "Processed")
    finally:
        c.logout()
    assert stored < len(mails) and left == len(mails) - moved and moved <= stored

    resize(small_disk, "20m")
    time.sleep(0.1)
    again = dep.run("poll", "--once", "--no-process")
    assert again.returncode == 0, again.stdout + again.stderr
    result = ledger(dep, mails, [])
    dep.close()
    assert result.problems() == [], result.problems()
