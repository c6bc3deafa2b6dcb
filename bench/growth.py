"""bench/growth: cost per filing and worker memory with 1 000 … 100 000 filings already in the
registry (issue 20: both must stay flat).

For each size N: a fresh registry is preloaded with N processed filings in one transaction —
realistic rows cloned from a template (a few real filings run through ``podatelna poll --once``
on a scratch database: submission, components, verification record, sender record, notices and
the audit entries, the hash chain recomputed over the clones; each clone with its own evidence
file, registry number, source reference and sender address) — not by running the pipeline N
times. Then a fixed batch of new e-mails (the scale-out bench's) is registered by
``podatelna poll --once --no-process`` and processed by one ``podatelna worker``; printed per N:
CPU ms per filing of the worker, of PostgreSQL (the server's processes) and of the registration
run, and the worker's peak RSS (``VmHWM``). The registry stays gapless (checked).

After the preload PostgreSQL is vacuumed, analysed and checkpointed (a registry that grew
over months has had that done long ago; else autovacuum and the checkpointer work through the
preload during the batch). ``--statements`` logs every statement of the batch and lists them
by total time — how the growth problem was found: at 100 000 filings the sender record's
lookup by e-mail address scanned every record's JSON address list (11 ms a lookup, four per
filing, PostgreSQL's CPU per filing 5 -> 30-48 ms); the addresses are now indexed
(``organisation_email``, migration 0520) and the figures are flat (docs/deployment.md,
"Sizing").

Usage: .venv/bin/python -m bench.growth [--sizes 1000 10000 100000] [--batch 500]
       [--db postgresql sqlite] [--statements]
Needs PostgreSQL 15 for ``postgresql`` (started on a free loopback port, removed afterwards).
A 100 000 preload takes 2-5 minutes on a 2-core machine.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, MetaData, create_engine, text

from bench.scaleout import config, cpu_seconds, env, pg_cpu_seconds, podatelna
from tests.fakes import eml

TERMINAL = "('ready_for_review', 'defective', 'late')"
TABLES = ("organisation", "organisation_email", "submission", "component", "verification",
          "application", "decision", "notice", "audit_entry")  # fmt: skip
"""The per-filing tables the preload fills, parents first."""
BY_SUBMISSION = ("component", "verification", "application", "decision", "notice")
TEMPLATE_FILINGS = 20

Rows = dict[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class Template:
    """Processed filings to clone: every row of ``TABLES`` and each filing's original bytes."""

    rows: Rows
    originals: dict[int, bytes]
    """submission id -> its bytes in the evidence store."""


def drop(run: Path, first: int, n: int) -> None:
    new = run / "inbox" / "new"
    for i in range(first, first + n):
        (new / f"m{i:07d}.eml").write_bytes(eml(i, body=f"položka {i}"))


def podatelna_run(cfg: Path, *args: str) -> float:
    """Runs ``podatelna`` to completion; returns its CPU seconds (user + system)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run(podatelna(cfg, *args), cwd=cfg.parent, env=env(),
                       capture_output=True, text=True)  # fmt: skip
    if p.returncode != 0:
        raise SystemExit(f"podatelna {' '.join(args)} failed: {p.stdout}{p.stderr}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def metadata() -> MetaData:
    from sqlmodel import SQLModel

    import storage.models  # noqa: F401 - every table on SQLModel.metadata

    return SQLModel.metadata


def read_template(engine: Engine, evidence: Path) -> Template:
    from storage.evidence import EvidenceStore

    md = metadata()
    rows: Rows = {}
    with engine.connect() as c:
        for name in TABLES:
            t = md.tables[name]
            order = list(t.primary_key.columns)
            rows[name] = [dict(r._mapping) for r in c.execute(t.select().order_by(*order))]
    store = EvidenceStore(evidence)
    originals = {int(s["id"]): store.get(s["sha256"]) for s in rows["submission"]}
    return Template(rows, originals)


def make_template(workdir: Path, url: str) -> Template:
    """``TEMPLATE_FILINGS`` e-mails through the real pipeline on the database at ``url``."""
    run = workdir / "template"
    cfg = config(run, url)
    drop(run, 9_000_000, TEMPLATE_FILINGS)
    podatelna_run(cfg, "db", "upgrade")
    podatelna_run(cfg, "poll", "--once")
    engine = create_engine(url)
    try:
        tpl = read_template(engine, run / "evidence")
    finally:
        engine.dispose()
    if len(tpl.rows["submission"]) != TEMPLATE_FILINGS:
        raise SystemExit(f"template: {len(tpl.rows['submission'])} filings registered")
    return tpl


_NUMBER = re.compile(r"\d+(?=\D*$)")


def renumber(number: str, seq: int) -> str:
    """The registry number ``number`` with its last digit group replaced by ``seq`` (same
    width at least)."""
    m = _NUMBER.search(number)
    if m is None:
        return f"{number}-{seq}"
    digits = f"{seq:0{len(m.group())}d}"
    return number[: m.start()] + digits + number[m.end() :]


def _sender_address(addr: str, k: int) -> str:
    return f"p{k}.{addr}" if addr else addr


class Cloner:
    """Produces the rows of N filings cloned from a template, with fresh ids."""

    def __init__(self, tpl: Template) -> None:
        self.tpl = tpl
        self.by_sub: dict[str, dict[int, list[dict[str, Any]]]] = {
            name: {} for name in (*BY_SUBMISSION, "audit_entry")
        }
        for name in BY_SUBMISSION:
            for r in tpl.rows[name]:
                self.by_sub[name].setdefault(int(r["submission_id"]), []).append(r)
        for r in tpl.rows["audit_entry"]:
            if r["subject_type"] == "submission" and str(r["subject_id"]).isdigit():
                self.by_sub["audit_entry"].setdefault(int(r["subject_id"]), []).append(r)
        self.orgs = {int(r["id"]): r for r in tpl.rows["organisation"]}
        self.next_id = {name: 1 for name in TABLES}

    def _id(self, table: str) -> int:
        n = self.next_id[table]
        self.next_id[table] = n + 1
        return n

    def filing(self, k: int) -> tuple[Rows, bytes]:
        """Clone ``k`` (0-based): its rows per table and its evidence bytes."""
        subs = self.tpl.rows["submission"]
        src = subs[k % len(subs)]
        data = f"X-Podatelna-Preload: {k}\r\n".encode() + self.tpl.originals[int(src["id"])]
        out: Rows = {name: [] for name in TABLES}
        sub = dict(src, id=self._id("submission"), registry_seq=k + 1,
                   registry_number=renumber(src["registry_number"], k + 1),
                   source_ref=f"preload-{k}", sha256=hashlib.sha256(data).hexdigest(),
                   size=len(data), sender=_sender_address(src["sender"], k))  # fmt: skip
        if src["sender_id"] is not None:
            org = self.orgs[int(src["sender_id"])]
            new_org = dict(org, id=self._id("organisation"), merged_into=None,
                           emails=[_sender_address(e, k) for e in org["emails"] or []])  # fmt: skip
            out["organisation"].append(new_org)
            out["organisation_email"] += [
                {"organisation_id": new_org["id"], "email": e}
                for e in dict.fromkeys(new_org["emails"])
            ]
            sub["sender_id"] = new_org["id"]
        out["submission"].append(sub)
        for name in BY_SUBMISSION:
            for r in self.by_sub[name].get(int(src["id"]), []):
                row = dict(r, id=self._id(name), submission_id=sub["id"])
                if "organisation_id" in row and row["organisation_id"] is not None:
                    row["organisation_id"] = sub["sender_id"]
                if name == "notice":
                    row["idempotency_key"] = f"preload-{row['id']}"
                    row["recipient"] = _sender_address(row["recipient"], k)
                out[name].append(row)
        for r in self.by_sub["audit_entry"].get(int(src["id"]), []):
            out["audit_entry"].append(dict(r, id=self._id("audit_entry"),
                                           subject_id=str(sub["id"])))  # fmt: skip
        return out, data


def rechain(entries: list[dict[str, Any]]) -> None:
    """Recomputes ``prev_hash``/``hash`` over ``entries`` in order, from the genesis."""
    from storage.audit import GENESIS, chain_hash
    from storage.tables import AuditEntry

    prev = GENESIS
    for e in entries:
        fields = {k: e[k] for k in ("at", "actor", "action", "subject_type", "subject_id", "data")}
        e["prev_hash"] = prev
        e["hash"] = prev = chain_hash(prev, AuditEntry(**fields))


def chunks(rows: list[dict[str, Any]], size: int = 2000) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def preload(engine: Engine, evidence: Path, tpl: Template, n: int) -> None:
    """N cloned filings, their evidence files and the registry counter, in one transaction."""
    from storage.evidence import EvidenceStore

    store = EvidenceStore(evidence)
    cloner = Cloner(tpl)
    rows: Rows = {name: [] for name in TABLES}
    for k in range(n):
        got, data = cloner.filing(k)
        path = store.path_for(got["submission"][0]["sha256"])
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)  # bulk preload: no fsync per file
        for name in TABLES:
            rows[name] += got[name]
    rechain(rows["audit_entry"])
    year = int(tpl.rows["submission"][0]["registry_year"])
    md = metadata()
    with engine.begin() as c:
        for name in TABLES:
            for part in chunks(rows[name]):
                c.execute(md.tables[name].insert(), part)
        c.execute(text("DELETE FROM registry_counter WHERE year = :y"), {"y": year})
        c.execute(text("INSERT INTO registry_counter (year, value) VALUES (:y, :n)"),
                  {"y": year, "n": n})  # fmt: skip
        if engine.dialect.name == "postgresql":
            for name in (t for t in TABLES if "id" in md.tables[t].c):
                c.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                               f"(SELECT coalesce(max(id), 1) FROM {name}))"))  # fmt: skip


def settle(engine: Engine) -> None:
    """After the bulk load, what a registry that grew over months has had done long ago:
    statistics and the visibility map (``VACUUM ANALYZE``), dirty pages written
    (``CHECKPOINT``) — else autovacuum and the checkpointer would work through the preload
    during the measured batch and count as its PostgreSQL CPU. (SQLite: nothing; it keeps no
    statistics unless told to, and podatelna does not.)"""
    if engine.dialect.name != "postgresql":
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        c.execute(text("VACUUM ANALYZE"))
        c.execute(text("CHECKPOINT"))


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass
class Measured:
    worker_ms: float
    pg_ms: float
    register_ms: float
    rss_mib: float
    gapless: bool

    @property
    def total_ms(self) -> float:
        return self.worker_ms + self.pg_ms + self.register_ms


def settled_cpu(pid: int, quiet: float = 0.3, limit: float = 60) -> float:
    """The CPU seconds of process ``pid`` once it has stopped using CPU for ``quiet`` seconds
    (a worker started and idle: its imports and start-up are not counted)."""
    t0, last = time.monotonic(), cpu_seconds(pid)
    while time.monotonic() - t0 < limit:
        time.sleep(quiet)
        now = cpu_seconds(pid)
        if now - last < 0.02:
            return now
        last = now
    return last


def process_batch(
    engine: Engine, cfg: Path, n: int, batch: int, postmaster: int | None
) -> Measured:
    """Registers and processes ``batch`` new e-mails on top of ``n`` preloaded filings: one
    idle worker is started first; then one registration run (its start-up cost, measured on
    an empty drop folder just before, is subtracted)."""
    run = cfg.parent
    startup = podatelna_run(cfg, "poll", "--once", "--no-process")
    worker = subprocess.Popen(podatelna(cfg, "worker"), cwd=run, env=env(),
                              stdout=subprocess.DEVNULL,
                              stderr=open(run / "worker.log", "wb"))  # noqa: SIM115  # fmt: skip
    query = text(f"select count(*) from submission where state in {TERMINAL} and id > :n")
    try:
        cpu0 = settled_cpu(worker.pid)
        drop(run, 0, batch)
        pg0 = pg_cpu_seconds(postmaster) if postmaster else 0.0
        reg = podatelna_run(cfg, "poll", "--once", "--no-process") - startup
        while True:
            with engine.connect() as c:
                if int(c.execute(query, {"n": n}).scalar() or 0) >= batch:
                    break
            if worker.poll() is not None:
                raise SystemExit(f"the worker died; see {run}/worker.log")
            time.sleep(0.05)
        cpu = cpu_seconds(worker.pid) - cpu0
        pg = (pg_cpu_seconds(postmaster) - pg0) if postmaster else 0.0
        rss = peak_rss_mib(worker.pid)
    finally:
        worker.kill()
        worker.wait()
    with engine.connect() as c:
        seqs = [r[0] for r in c.execute(text("select registry_seq from submission order by 1"))]
    return Measured(1000 * cpu / batch, 1000 * pg / batch, 1000 * max(reg, 0.0) / batch, rss,
                    seqs == list(range(1, n + batch + 1)))  # fmt: skip


def fresh_database(kind: str, base_url: str, run: Path, tag: str) -> str:
    if kind == "sqlite":
        return f"sqlite:///{run}/registry.db"
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "growth_{tag}" WITH (FORCE)'))
        c.execute(text(f'CREATE DATABASE "growth_{tag}"'))
    admin.dispose()
    return base_url.rsplit("/", 1)[0] + f"/growth_{tag}"


_DURATION = re.compile(
    r"duration: ([\d.]+) ms\s+(?:statement|execute [^:]*|bind [^:]*|parse [^:]*): "
    r"(.*(?:\n\t.*)*)"  # a statement's further lines are indented with a tab
)
_LITERAL = re.compile(r"'(?:[^']|'')*'|\b\d+\b")


def statement_costs(log: str, top: int = 12) -> list[tuple[float, int, str]]:
    """From a PostgreSQL log written with ``log_min_duration_statement``: the statements by
    total duration (ms), literals and numbers folded, with how often each ran."""
    total: dict[str, list[float]] = {}
    for m in _DURATION.finditer(log):
        stmt = _LITERAL.sub("?", " ".join(m.group(2).split()))
        where = stmt.find(" WHERE ")
        if len(stmt) <= 200:
            key = stmt
        else:
            key = stmt[:160] if where < 0 else stmt[:50] + " …" + stmt[where : where + 150]
        total.setdefault(key, []).append(float(m.group(1)))
    ranked = sorted(((sum(v), len(v), k) for k, v in total.items()), reverse=True)
    return ranked[:top]


@dataclass(frozen=True)
class Server:
    kind: str
    base_url: str
    postmaster: int | None
    log: Path | None
    """The PostgreSQL log, when statements are to be timed (``--statements``)."""


def one_size(srv: Server, work: Path, tpl: Template, n: int, batch: int) -> Measured:
    run = work / f"{srv.kind}-{n}"
    run.mkdir(parents=True)
    url = fresh_database(srv.kind, srv.base_url, run, str(n))
    cfg = config(run, url)
    podatelna_run(cfg, "db", "upgrade")
    engine = create_engine(url)
    try:
        t = time.monotonic()
        preload(engine, run / "evidence", tpl, n)
        settle(engine)
        print(f"  {srv.kind}: {n} filings preloaded in {time.monotonic() - t:.0f} s", flush=True)
        offset = srv.log.stat().st_size if srv.log else 0
        if srv.log:
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                c.execute(text(f"ALTER DATABASE growth_{n} SET log_min_duration_statement = 0"))
        m = process_batch(engine, cfg, n, batch, srv.postmaster)
        if srv.log:
            with srv.log.open(encoding="utf-8", errors="replace") as f:
                f.seek(offset)
                costs = statement_costs(f.read())
            print(f"  statements by total time over the batch ({n} preloaded; ms, runs):")
            for ms, runs, stmt in costs:
                print(f"    {ms:9.1f} {runs:6d}  {stmt}")
        return m
    finally:
        engine.dispose()


def bench_db(
    kind: str, sizes: list[int], batch: int, work: Path, statements: bool = False
) -> dict[int, Measured]:
    from tests.fixtures.reliability import new_pg_server, remove_pg_server

    server = new_pg_server(fsync=True) if kind == "postgresql" else None
    try:
        srv = Server(
            kind,
            server.url if server else "",
            server.proc.pid if server and server.proc else None,
            Path(server.dir) / "postgres.log" if server and statements else None,
        )
        tpl_url = fresh_database(kind, srv.base_url, work / "tpl", "template") if server else (
            f"sqlite:///{work}/template.db"
        )  # fmt: skip
        tpl = make_template(work / kind, tpl_url)
        results = {}
        for n in sizes:
            m = one_size(srv, work, tpl, n, batch)
            results[n] = m
            print(f"growth {kind} {n} preloaded: {m.total_ms:.1f} CPU ms/filing (worker "
                  f"{m.worker_ms:.1f}, PostgreSQL {m.pg_ms:.1f}, registration "
                  f"{m.register_ms:.1f}), worker peak RSS {m.rss_mib:.0f} MiB, gapless "
                  f"{'yes' if m.gapless else 'NO'}", flush=True)  # fmt: skip
        return results
    finally:
        if server:
            remove_pg_server(server)


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    ap.add_argument("--batch", type=int, default=500, help="new filings measured per size")
    ap.add_argument("--db", nargs="+", choices=("postgresql", "sqlite"), default=["postgresql"])
    ap.add_argument("--statements", action="store_true",
                    help="PostgreSQL: log every statement of the batch and list the costliest "
                    "(the logging costs CPU: not for the figures)")  # fmt: skip
    args = ap.parse_args()
    bad = False
    for kind in args.db:
        with tempfile.TemporaryDirectory(prefix=f"bench-growth-{kind}-") as tmp:
            (Path(tmp) / "tpl").mkdir()
            res = bench_db(kind, args.sizes, args.batch, Path(tmp), args.statements)
        first = res[args.sizes[0]]
        for n, m in res.items():
            print(f"  {kind} {n:>7}: {m.total_ms / first.total_ms:.2f}x the CPU per filing and "
                  f"{m.rss_mib / first.rss_mib:.2f}x the worker peak RSS at {args.sizes[0]}")  # fmt: skip
            bad = bad or not m.gapless
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
