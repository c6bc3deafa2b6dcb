"""Scale-out on PostgreSQL: several ``podatelna worker`` processes and two pollers (one
active, one standby) on one registry. No item is processed twice, none is lost, registry
numbers are gapless, the standby takes over when the active poller is killed.
(Reduced size here; ``bench/scaleout.py`` runs 2 000 items and reports the speed-up.)"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from tests.fakes import eml

ROOT = Path(__file__).resolve().parents[2]
N = 120
TERMINAL = ("ready_for_review", "defective", "late")


def start(cfg: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PODATELNA_")}
    return subprocess.Popen(
        [sys.executable, "-m", "intake", "--config", str(cfg), *args],
        cwd=cfg.parent,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def deliver(new: Path, i: int) -> None:
    """Maildir delivery (tmp/, then rename into new/): a poller never reads half a file
    (a half-written one has no Received header yet: registered in another year, so the
    registry numbers would not be one gapless sequence)."""
    tmp = new.parent / "tmp" / f"m{i:04d}.eml"
    tmp.parent.mkdir(exist_ok=True)
    tmp.write_bytes(eml(i, body=f"položka {i}"))
    os.replace(tmp, new / tmp.name)


def lease_holder(engine: Any) -> str | None:
    with engine.connect() as c:
        return c.execute(
            text(
                "select a.application_name from pg_locks l join pg_stat_activity a using (pid) "
                "where l.locktype = 'advisory' and l.granted"
            )
        ).scalar()


def test_three_workers_two_pollers_no_double_processing(tmp_path: Path, pg_url: str) -> None:
    cfg = tmp_path / "podatelna.toml"
    cfg.write_text(
        f'mode = "development"\n[database]\nurl = "{pg_url}"\n[worker]\npoll_seconds = 0.2\n'
        "[trust]\nfetch_revocation = false\nuse_trusted_lists = false\n"
        '[[source]]\nkind = "dropfolder"\nname = "drop"\npath = "inbox"\n'
    )
    new = tmp_path / "inbox" / "new"
    new.mkdir(parents=True)
    for i in range(N // 2):
        deliver(new, i)
    procs = [start(cfg, "poll", "--no-process", "--interval", "0.2") for _ in range(2)]
    time.sleep(1.5)  # let one poller take the lease
    procs += [start(cfg, "worker") for _ in range(3)]
    engine = create_engine(pg_url)
    try:
        # kill whichever poller holds the lease once it made progress; the standby continues
        deadline = time.monotonic() + 60
        while len(list((tmp_path / "inbox" / "cur").glob("*.eml"))) < 10:
            assert time.monotonic() < deadline, "nothing was polled"
            time.sleep(0.1)
        holder = lease_holder(engine)
        assert holder is not None and holder.startswith("podatelna:")
        victim = next(p for p in procs[:2] if p.pid == int(holder.split(":")[1]))
        victim.send_signal(signal.SIGKILL)
        victim.wait()
        standby = next(p for p in procs[:2] if p is not victim)
        deadline = time.monotonic() + 30
        while lease_holder(engine) != f"podatelna:{standby.pid}":
            if time.monotonic() > deadline:
                with engine.connect() as c:
                    locks = c.execute(
                        text(
                            "select l.granted, a.application_name, a.state from pg_locks l "
                            "join pg_stat_activity a using (pid) where l.locktype = 'advisory'"
                        )
                    ).all()
                err = (
                    standby.stderr.read().decode()[-3000:]
                    if standby.poll() is not None and standby.stderr
                    else "running"
                )
                raise AssertionError(f"the standby did not take over: {locks}; {err}")
            time.sleep(0.1)
        for i in range(N // 2, N):
            deliver(new, i)
        deadline = time.monotonic() + 180
        while True:
            with engine.connect() as c:
                done = c.execute(
                    text(
                        "select count(*) from submission where state in "
                        "('ready_for_review','defective','late')"
                    )
                ).scalar()
            if done == N:
                break
            if time.monotonic() > deadline:
                with engine.connect() as c:
                    states = c.execute(
                        text("select state, count(*) from submission group by state")
                    ).all()
                waiting = len(list(new.iterdir()))
                errs = [
                    p.stderr.read().decode()[-2000:] if p.poll() is not None and p.stderr else ""
                    for p in procs
                ]
                raise AssertionError(
                    f"only {done}/{N} processed; states {states}; "
                    f"{waiting} files still in new/; {errs}"
                )
            time.sleep(0.3)
    finally:
        for p in procs:
            p.kill()
            p.wait()
    with engine.connect() as c:
        seqs = sorted(r[0] for r in c.execute(text("select registry_seq from submission")))
        moves = c.execute(
            text("select subject_id, data from audit_entry where action = 'submission.state'")
        ).all()
        actors = c.execute(
            text("select distinct actor from audit_entry where action = 'submission.state'")
        ).all()
        failures = c.execute(
            text("select count(*) from audit_entry where action = 'submission.stage_failed'")
        ).scalar()
    engine.dispose()
    assert seqs == list(range(1, N + 1))
    per_item = Counter((sid, (d if isinstance(d, dict) else {}).get("to")) for sid, d in moves)
    assert all(n == 1 for n in per_item.values()), "a stage ran twice for some submission"
    assert len({sid for sid, _ in per_item}) == N and len(per_item) == 4 * N
    assert failures == 0
    assert len(actors) >= 2, f"the work was not shared between workers: {actors}"
    assert sorted(p.name for p in (tmp_path / "inbox" / "cur").iterdir()) == [
        f"m{i:04d}.eml" for i in range(N)
    ]
