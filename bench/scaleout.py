"""bench/scaleout: pipeline throughput with 1, 2 and 3 ``podatelna worker`` processes on one
PostgreSQL registry (claims with ``FOR UPDATE SKIP LOCKED``).

For each worker count: a fresh database, N distinct e-mails registered first by
``podatelna poll --once --no-process`` from a drop folder (not timed), then the workers start
together; the clock runs from the first stage transition to the last submission reaching a
terminal state. Prints items/s, the speed-up over the first worker count, the CPU time per
item of the workers and of PostgreSQL (so the 2-core limit is visible), how busy the machine
was and how much of it other jobs used, and checks that no stage ran twice and the registry
numbers are gapless.

Usage: .venv/bin/python -m bench.scaleout [--items 2000] [--workers 1 2 3] [--no-fsync]
Needs PostgreSQL 15 (started on a free loopback port, removed afterwards).

Cost per filing (issue 20): what each cut bought. CPU ms per filing of the worker / of
PostgreSQL and SQL statements per filing, 400 of this bench's e-mails processed by one
in-process ``podatelna worker --once`` (the CPU of the processing only, no start-up), each
commit in turn in one session on the 2-core machine while other jobs kept it busy (load 5-7),
so single figures are noisy to ±20 %; the profiles are in ``bench/profiles/``:

  commit   cut                                                       worker  PG   stmts
  7dd2a65  baseline                                                   31.3  6.6   34
  24977f1  a claimed submission's four stages in one transaction
           (one claim, one audit link, one commit instead of four;
           stage by stage only when one fails); Jinja templates
           compiled once per process (they were compiled per notice)  19.2  4.0   23
  5095838  audit entries to be chained as plain records, not SQLModel
           objects                                                    18.5  4.1   23
  f400bb1  notice look-ups (template, idempotency key) through Core
           without autoflush; the result notice reuses triage's
           application; an application built with every field given
           (pydantic inspects a default factory's signature per use)  14.6  3.1   22
  b9d7d1f  up to 8 submissions per transaction; a submission's stages
           run without autoflush, flushed once                        15.7  2.9   20
  e534028  notice inserted by one prepared Core statement (no flush of
           the stage's other changes); earlier components/verifications
           cleared through Core; components stored with one put_many;
           each evidence directory's own entry synced once             15.1  2.6   19
  2031d89  notice templates looked up once per transaction            13.7  2.4   17
  8a2a9f2  notice insert ON CONFLICT DO NOTHING RETURNING (no look-up
           first); the sender record by e-mail one ordered row         13.8  2.3   15
  142bc8a  SQLite audit link as one prepared insert; no application
           look-up where none can exist yet          (measured below only)

This bench, the baseline's worktree and this tree one after the other in one session
(``--items 1000 --workers 1 2``; other jobs used 0.9-1.6 cores meanwhile):

                       1 worker: items/s  workers  PG      2 workers: items/s  workers  PG
  7dd2a65 (baseline)             9.8       28.1    8.1                12.5      31.5    7.2
  142bc8a                       31.6       10.4    2.3               100.7       8.6    1.6
  worker + PostgreSQL CPU per filing: 0.35x (one worker), 0.26x (two workers)

Round three (issue 20, cost3), ``python -m bench --only scaleout`` (the full one: 1 000
filings, 1 and 2 workers, baseline 7dd2a65 from its cached worktree) on the 2-core machine with
the load average at 0.1-1.1 before each run (other load 0.01-0.05 core during the runs); worker +
PostgreSQL CPU ms per filing and its ratio to the baseline measured in the same run:

  commit   cut                                                      1 worker       2 workers
  73c083f  round two as merged (the lead's run)                      0.38x          0.38x
  5261f5e  a found organisation written only when it gains
           something; the person record's move flushes and counts
           only when it may be merged (LIMIT 1, not every filing
           id); triage reuses the application the extraction
           stored in the same transaction                       7.70 (0.35x)   9.30 (0.43x)
  6d5aef3  a new sender record's e-mail rows inserted without a
           DELETE first (one statement less per new record)     7.90 (0.36x)   8.70 (0.38x)

Two more runs of 6d5aef3's code (23:35 and 23:37 UTC, load 0.3 and 1.3 before them):

                       1 worker: ms (ratio)   baseline ms     2 workers: ms (ratio)   baseline ms
  run 3                     8.70 (0.32x)          27.5             8.70 (0.31x)          27.8
  run 4                     8.40 (0.31x)          27.1             8.60 (0.36x)          23.8

The current tree stays at 7.7-9.3 ms per filing in all four runs; the baseline moves more
(21.5-27.8 ms), and with it the ratio (0.31x-0.43x): 0.333x is reached in runs 3 and 4 with one
worker and in run 3 with two, not in every run, so the goal is not shown met with a margin.

Where the worker's time goes now (py-spy, 600 filings, one worker, share of the samples in the
batch's stages, ``IntakeService._through``): the check stage 60 % — of it the sender identity record
created for each new From address (``senders.link_identity``: the INSERT with its flush, the
audit entry) 42 %, the components and their evidence writes 24 %, the verifier's and checker's
first-use imports (``LazyStages``, once per process, so twice with two workers) 15 % — then the
extraction stage 23 % (``store_application``, the organisation look-up and the flush, 17 points
of it), verification 6 %, triage 6 % (the quota query no longer stands out).

What was left after round two (``bench/profiles/worker-after.svg``, sampled while holding the
GIL): SQLAlchemy (ORM flushes and statement execution) still took more than half of the worker's CPU, the
stdlib's header parsing in ``mail.mime.parse_email`` roughly a tenth, then the extraction and
the verifier's first-use imports (once per process).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import create_engine, text

from tests.fakes import eml
from tests.fixtures.reliability import new_pg_server, remove_pg_server

TERMINAL = "('ready_for_review', 'defective', 'late')"


def podatelna(cfg: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "intake", "--config", str(cfg), *args]


def config(run: Path, url: str) -> Path:
    """A development configuration in ``run``: the registry at ``url``, a drop folder
    ``run/inbox`` (created), no revocation fetching and no trusted lists."""
    (run / "inbox" / "new").mkdir(parents=True, exist_ok=True)
    cfg = run / "podatelna.toml"
    cfg.write_text(
        f'mode = "development"\n[database]\nurl = "{url}"\n[evidence]\ndir = "{run}/evidence"\n'
        "[worker]\npoll_seconds = 0.2\n[trust]\nfetch_revocation = false\n"
        "use_trusted_lists = false\n"
        f'[[source]]\nkind = "dropfolder"\nname = "drop"\npath = "{run}/inbox"\n',
        encoding="utf-8",
    )
    return cfg


def env() -> dict[str, str]:
    """This environment without any ``PODATELNA_`` setting (the configuration file decides)."""
    return {k: v for k, v in os.environ.items() if not k.startswith("PODATELNA_")}


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a running process (/proc/<pid>/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pg_cpu_seconds(postmaster: int) -> float:
    """CPU time of a PostgreSQL server so far: the postmaster's own, its reaped children's
    (``cutime``/``cstime``: backends that have exited) and its live children's. The difference
    of two readings is the server's CPU time in between."""
    fields = Path(f"/proc/{postmaster}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = sum(int(f) for f in fields[11:15])
    for child in Path(f"/proc/{postmaster}/task/{postmaster}/children").read_text().split():
        try:
            ticks += sum(
                int(f)
                for f in Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()[11:13]
            )
        except FileNotFoundError:  # exited meanwhile (then counted in cutime next time)
            pass
    return ticks / os.sysconf("SC_CLK_TCK")


def machine_busy() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine so far, all cores (/proc/stat)."""
    ticks = [int(f) for f in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = ticks[3] + ticks[4]  # idle + iowait
    total = sum(ticks[:8])  # guest time is already counted in user
    hz = os.sysconf("SC_CLK_TCK")
    return (total - idle) / hz, total / hz


def own_cpu() -> float:
    t = os.times()
    return t.user + t.system


def prepare(base_url: str, workdir: Path, items: int, tag: str) -> tuple[str, Path, dict[str, str]]:
    """A fresh database ``bench_<tag>`` with ``items`` e-mails registered (state ``received``);
    returns its URL, the configuration file and the environment to run ``podatelna`` with."""
    db = f"bench_{tag}"
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'))
        c.execute(text(f'CREATE DATABASE "{db}"'))
    admin.dispose()
    url = base_url.rsplit("/", 1)[0] + f"/{db}"
    run = workdir / f"w{tag}"
    cfg = config(run, url)
    for i in range(items):
        (run / "inbox" / "new" / f"m{i:05d}.eml").write_bytes(eml(i, body=f"položka {i} / {tag}"))
    environ = env()
    reg = subprocess.run(
        podatelna(cfg, "poll", "--once", "--no-process"),
        cwd=run,
        env=environ,
        capture_output=True,
        text=True,
    )
    if reg.returncode != 0:
        raise SystemExit(f"registration failed: {reg.stdout}{reg.stderr}")
    return url, cfg, environ


def one_run(
    base_url: str, postmaster: int, workdir: Path, items: int, workers: int
) -> dict[str, float]:
    url, cfg, env = prepare(base_url, workdir, items, str(workers))
    run = cfg.parent
    engine = create_engine(url)

    def count(query: str) -> int:
        with engine.connect() as c:
            return int(c.execute(text(query)).scalar() or 0)

    procs = [
        subprocess.Popen(
            podatelna(cfg, "worker"),
            cwd=run,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=open(run / f"worker{k}.log", "wb"),  # noqa: SIM115
        )
        for k in range(workers)
    ]
    try:
        moves = "select count(*) from audit_entry where action = 'submission.state'"
        while count(moves) == 0:
            time.sleep(0.01)
        t0, own0, cpu0, pg0, busy0 = (
            time.monotonic(),
            own_cpu(),
            sum(cpu_seconds(p.pid) for p in procs),
            pg_cpu_seconds(postmaster),
            machine_busy(),
        )
        while count(f"select count(*) from submission where state in {TERMINAL}") < items:
            if any(p.poll() is not None for p in procs):
                raise SystemExit(f"a worker died; see {run}/worker*.log")
            time.sleep(0.05)
        elapsed = time.monotonic() - t0
        cpu = sum(cpu_seconds(p.pid) for p in procs) - cpu0
        pg_cpu = pg_cpu_seconds(postmaster) - pg0
        busy = [b - a for a, b in zip(busy0, machine_busy(), strict=True)]
        other = busy[0] - cpu - pg_cpu - (own_cpu() - own0)
    finally:
        for p in procs:
            p.kill()
            p.wait()
    with engine.connect() as c:
        seqs = sorted(r[0] for r in c.execute(text("select registry_seq from submission")))
        per = Counter(
            (sid, (d or {}).get("to"))
            for sid, d in c.execute(
                text("select subject_id, data from audit_entry where action='submission.state'")
            )
        )
    engine.dispose()
    return {
        "cpu_ms": 1000 * cpu / items,
        "pg_ms": 1000 * pg_cpu / items,
        "busy": busy[0] / max(busy[1], 1e-9),
        "other": other / elapsed,
        "elapsed": elapsed,
        "rate": items / elapsed,
        "gapless": float(seqs == list(range(1, items + 1))),
        "repeats": float(sum(n - 1 for n in per.values() if n > 1)),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=2000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--no-fsync", action="store_true", help="PostgreSQL without fsync")
    args = ap.parse_args()
    server = new_pg_server(fsync=not args.no_fsync)
    results = {}
    try:
        with tempfile.TemporaryDirectory(prefix="bench-scaleout-") as tmp:
            for k in args.workers:
                assert server.proc is not None
                results[k] = one_run(server.url, server.proc.pid, Path(tmp), args.items, k)
                print(f"  {k} worker(s): {results[k]['rate']:.1f} items/s", flush=True)
    finally:
        remove_pg_server(server)
    base = results[args.workers[0]]["rate"]
    print(
        f"\nscale-out: {args.items} items, PostgreSQL 15 (fsync {'off' if args.no_fsync else 'on'}),"
        f" {os.cpu_count()} CPU(s)"
    )
    print(
        f"  {'workers':>7}  {'seconds':>7}  {'items/s':>7}  {'speed-up':>8}  "
        f"{'CPU ms/item: workers':>20}  {'PostgreSQL':>10}  {'machine busy':>12}"
        f"  {'other load':>10}  gapless  repeats"
    )
    for k, r in results.items():
        print(
            f"  {k:>7}  {r['elapsed']:>7.1f}  {r['rate']:>7.1f}  {r['rate'] / base:>7.2f}x"
            f"  {r['cpu_ms']:>20.1f}  {r['pg_ms']:>10.1f}  {100 * r['busy']:>11.0f}%"
            f"  {r['other']:>10.2f}"
            f"  {'yes' if r['gapless'] else 'NO':>7}  {int(r['repeats']):>7}"
        )
    cores = os.cpu_count() or 1
    best = max(results.values(), key=lambda r: r["rate"])
    bound = 1000 * cores / (best["cpu_ms"] + best["pg_ms"])
    print(
        "  (CPU ms/item counted from the first stage transition to the last terminal state;"
        " machine busy: all cores;\n   other load: cores used meanwhile by neither the workers nor PostgreSQL nor this"
        " bench (kernel, other jobs) — figures are only comparable when it is near 0.\n"
        f"   {cores} core(s) / (workers + PostgreSQL CPU per item) bounds the rate at about"
        f" {bound:.0f} items/s with the best run's costs)"
    )
    bad = [k for k, r in results.items() if not r["gapless"] or r["repeats"]]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
