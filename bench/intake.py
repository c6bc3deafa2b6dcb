"""bench/intake: end-to-end intake through the real stages, drop folder -> ready_for_review.

Every item is a qualified-signed S/MIME application (test PKI, CRLs offline) with a short
text body naming its own organisation (name and IČO). All are signed by one test signer, so one
sender address is known to every organisation the batch creates: the sender register must look
up only the organisations that address may join, and triage's quota check reads an
organisation's earlier applications grouped in SQL, or the rate would fall with N. Real
stages: parse, content checks (no clamd), S/MIME verification, extraction, triage; SQLite
registry and fsynced evidence store in a temp dir; one worker.

(a) batch: N files in the drop folder, one poll (store + register) and the pipeline until
    idle; items per second, and per-item latency from the poll's start to the final state.
(b) stream: a producer drops M files at a steady rate while one worker loop polls and
    processes; latency from the file's arrival to ready_for_review, p50/p99.

Usage: .venv/bin/python -m bench.intake [--sizes 100,1000] [--stream 200 --rate 20]
       (--sizes 100,1000,10000 shows how it grows; 10 000 takes several minutes)

Issue 20 (the cuts are listed in ``bench/scaleout.py``): ``--sizes 1000 --stream 0`` run for
this tree, then for a worktree of the baseline 7dd2a65, in one session on the 2-core machine:
64.5 items/s end to end against 26.3 (2.45x; p50 latency 8.6 s against 17.9 s). Besides the
worker's cuts, the sender record by e-mail is one ordered row: every item here is signed by one
signer whose address the records of all earlier items know, and all of them were loaded per
item. The goal of 3x is not reached. Where an item's CPU goes now (py-spy, GIL samples of
the pipeline, 500 items): storing the application 22 % (matching the organisation, moving
the sender record, its flush), the MIME parse 18 % (``mail.mime.parse_email``: the stdlib's
header registry), triage 15 % (the quota query), notices 10 %, S/MIME verification 9 %,
extraction 7 %.

Round two (issue 20, the embedded default), ``python -m bench --only embedded`` on the
loaded 2-core machine, baseline and this tree one after the other:

- before round two: 13.5 against 27.4 items/s at 150 filings (2.03x). A profile of the batch
  (cProfile, 200 items) showed the wall clock going mostly to fsync: about 9 fsync calls per
  item (each new blob: the file, its directory, the directory's entry one level up) at
  ~3 ms each on this disk, 36 % of the batch; the MIME parse 15 %.
- the MIME parse: the stdlib's ``policy.default`` parses a header anew at every access (a
  part's Content-Type about 26 times per item while it is parsed and walked). Received
  messages are parsed with ``mail.headers.PARSE_POLICY``, whose header fetch returns the
  header object already parsed for the same name and value (an LRU of 256, values up to
  1 000 characters): ``parse_email`` 11.4 -> 5.6 ms per item under cProfile (same tree,
  the machine as loaded or more); every ``tests/mail`` test passes unchanged.
- the evidence store's durability: on Linux >= 5.8 ``put_many`` writes a list's temp files,
  makes their bytes durable with one ``syncfs``, renames them, and makes the renames durable
  with a second ``syncfs`` -- the same order (bytes, then names, then the registry commit),
  two flushes per list instead of one fsync per file and per directory; a failed flush is a
  StorageError with no blob left under its name (``tests/unit/test_evidence.py``). In one
  process, 300 items each way (``storage.evidence._SYNCFS`` switched off for the fsync
  path): 49-57 items/s with fsyncs against 75 with syncfs, CPU per item 11-14 ms either way.
  Caveat: ``syncfs`` waits for every dirty page of the file system, not only ours; with a
  test suite writing to the same disk one pair came out 26 (fsync) against 11.5 (syncfs).
  Keep the evidence store off a file system other heavy writers share.
- after both: 27.5 against 93.3 items/s at 1 000 filings (3.39x; p50 latency 5.6 s against
  16.2 s), 13.4 against 47.2 at 150 (3.52x); a second full run: 24.8 against 81.1 (3.27x).
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

FINAL = {"ready_for_review", "defective", "late", "quarantined"}


def _ico(n: int) -> str:
    """A checksum-valid IČO from a 7-digit number (each item is its own organisation: one
    organisation's earlier applications are re-read for its quota at every triage)."""
    digits = f"{n % 10_000_000:07d}"
    s = sum(int(d) * w for d, w in zip(digits, range(8, 1, -1), strict=True))
    return digits + str((11 - s % 11) % 10)


def _pct(values: list[float], q: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, int(round(q * (len(v) - 1))))] if v else float("nan")


class Bench:
    def __init__(self, work: Path) -> None:
        from intake.bootstrap import build_app
        from intake.config import load_settings
        from intake.content.check import ContentPolicy
        from intake.dropfolder import DropFolderSource
        from intake.events import Event
        from intake.stages import PipelineStages
        from tests.fixtures.pki import build_pki
        from verifiers.api import Verifier, VerifierPolicy, build_trust_store

        (work / "pki").mkdir()
        self.pki, srv = build_pki(work / "pki")
        srv.shutdown()
        settings = load_settings(
            None,
            mode="development",
            database={"url": f"sqlite:///{work}/registry.db"},
            evidence={"dir": str(work / "evidence")},
        )
        campaign = settings.campaign.model_copy(
            update={"deadline": datetime.now(UTC) + timedelta(days=1)}
        )
        settings = settings.model_copy(update={"campaign": campaign})
        verifier = Verifier(
            build_trust_store([self.pki.anchors_dir], [self.pki.crl_dir]),
            VerifierPolicy(fetch_revocation=False),
        )
        stages = PipelineStages(
            campaign=campaign, verifier=verifier, content_policy=ContentPolicy()
        )
        self.app = build_app(settings, stages=stages, sources={})
        self.drop = DropFolderSource("drop", work / "drop")
        self.done: dict[str, tuple[float, str]] = {}

        def listen(_s: Any, ev: Event) -> None:
            if ev.kind == "state_changed" and ev.new_state in FINAL and ev.submission is not None:
                self.done[ev.submission.source_ref] = (time.monotonic(), ev.new_state)

        self.app.events.subscribe(listen)
        self.seq = 0

    def message(self) -> bytes:
        self.seq += 1
        text = (
            f"Dobrý den,\r\nžádáme o přístup k XML serveru výsledků voleb (č. {self.seq}).\r\n"
            f"Produkční IP: 192.0.2.{self.seq % 250 + 1}\r\nTestovací IP: 198.51.100.7\r\n"
            "Kontakt: Alice Nováková, alice@example.cz, +420 777 123 456\r\n"
            f"Deník Nový {self.seq} s.r.o., IČO {_ico(10_000_000 + self.seq)}\r\n"
        )
        return self.pki.smime("qualified", entity=self.pki.entity(text))

    def put(self, name: str, data: bytes) -> None:
        tmp = self.drop.path / "tmp" / name
        tmp.write_bytes(data)
        tmp.rename(self.drop.path / "new" / name)

    def batch(self, n: int) -> dict[str, Any]:
        msgs = [self.message() for _ in range(n)]
        names = [f"b{n}-{i:06d}.eml" for i in range(n)]
        for name, m in zip(names, msgs, strict=True):
            self.put(name, m)
        t0 = time.monotonic()
        report = self.app.service.poll_source(self.drop)
        t_reg = time.monotonic() - t0
        self.app.service.process_pending()
        took = time.monotonic() - t0
        lat = [self.done[k][0] - t0 for k in names if k in self.done]
        states = [self.done[k][1] for k in names if k in self.done]
        return {
            "n": n,
            "registered": report.registered,
            "ready": states.count("ready_for_review"),
            "seconds": round(took, 2),
            "register_per_s": round(n / t_reg, 1),
            "items_per_s": round(n / took, 1),
            "latency_p50_s": round(_pct(lat, 0.5), 2),
            "latency_p99_s": round(_pct(lat, 0.99), 2),
        }

    def stream(self, m: int, rate: float) -> dict[str, Any]:
        msgs = [self.message() for _ in range(m)]
        stop = threading.Event()

        def worker() -> None:
            while not stop.is_set():
                self.app.service.poll_source(self.drop)
                if not self.app.service.process_pending():
                    time.sleep(0.02)

        th = threading.Thread(target=worker, daemon=True)
        th.start()
        arrived: dict[str, float] = {}
        for i, data in enumerate(msgs):
            name = f"s-{i:06d}.eml"
            self.put(name, data)
            arrived[name] = time.monotonic()
            time.sleep(1.0 / rate)
        deadline = time.monotonic() + 60
        while any(k not in self.done for k in arrived) and time.monotonic() < deadline:
            time.sleep(0.05)
        stop.set()
        th.join(timeout=30)
        lat = [self.done[k][0] - t for k, t in arrived.items() if k in self.done]
        return {
            "n": m,
            "rate": rate,
            "done": len(lat),
            "latency_p50_ms": round(statistics.median(lat) * 1000) if lat else None,
            "latency_p99_ms": round(_pct(lat, 0.99) * 1000) if lat else None,
        }


def run(sizes: list[int], stream_n: int, rate: float) -> dict[str, Any]:
    logging.disable(logging.WARNING)
    out: dict[str, Any] = {"batch": [], "stream": None}
    with tempfile.TemporaryDirectory(prefix="bench-intake-") as d:
        b = Bench(Path(d))
        try:
            for n in sizes:
                r = b.batch(n)
                out["batch"].append(r)
                print(
                    f"(a) batch {n:>6}: {r['items_per_s']:7.1f} items/s end to end "
                    f"({r['register_per_s']:.0f}/s registered), {r['ready']}/{n} ready_for_review,"
                    f" latency from poll p50 {r['latency_p50_s']} s, p99 {r['latency_p99_s']} s",
                    flush=True,
                )
            if stream_n:
                r = b.stream(stream_n, rate)
                out["stream"] = r
                print(
                    f"(b) stream {stream_n} at {rate:g}/s: {r['done']}/{stream_n} done, arrival -> "
                    f"ready_for_review p50 {r['latency_p50_ms']} ms, p99 {r['latency_p99_ms']} ms",
                    flush=True,
                )
        finally:
            b.app.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000", help="batch sizes (default %(default)s)")
    ap.add_argument("--stream", type=int, default=200, help="items for the stream run (0: none)")
    ap.add_argument("--rate", type=float, default=20.0, help="arrivals per second (stream)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = ap.parse_args()
    res = run([int(s) for s in args.sizes.split(",") if s], args.stream, args.rate)
    if args.json:
        print(json.dumps(res))


if __name__ == "__main__":
    main()
