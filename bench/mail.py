"""bench/mail: IMAP intake throughput and IDLE latency against a real Dovecot.

(a) throughput: APPEND N S/MIME-signed messages, then one ``IntakeService.poll_source`` pass
    with ``mail.imap.ImapSource``: every message fetched (BODY.PEEK[]), stored in the evidence
    store (fsync), registered in the registry (SQLite, one commit each) and moved to Processed.
    Prints messages per second (goal: >= 300/s on the 2-core machine).
(b) latency: the service loop (poll_source, then ``ImapSource.wait`` = IDLE) runs in a thread
    while M messages are APPENDed one by one at a steady rate; arrival (APPEND returned) to
    registered (committed) latency p50/p99 (goal: p99 <= 1 s).

Usage: .venv/bin/python -m bench.mail [-n 1000] [--latency-n 200] [--rate 20]
Needs Dovecot installed (dovecot-imapd); it is started on a free loopback port and stopped.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from intake.bootstrap import build_app
from intake.config import load_settings
from intake.model import RawItem, SourceNotice
from mail.imap import ImapSource
from tests.fixtures.imap import _new_dovecot
from tests.mail.samples import signed_detached

MSGID = re.compile(rb"^Message-ID:\s*(<[^>]+>)", re.IGNORECASE | re.MULTILINE)


class TimedSource(ImapSource):
    """Records when each message's acknowledgement (= its commit) happened."""

    def __init__(self, *a: object, **kw: object) -> None:
        super().__init__(*a, **kw)  # type: ignore[arg-type]
        self.ref_msgid: dict[str, bytes] = {}
        self.registered: dict[bytes, float] = {}

    def poll(self) -> Iterator[RawItem | SourceNotice]:
        for thing in super().poll():
            if isinstance(thing, RawItem):
                m = MSGID.search(thing.data)
                if m:
                    self.ref_msgid[thing.ref] = m.group(1)
            yield thing

    def acknowledge(self, ref: str) -> None:
        now = time.monotonic()
        super().acknowledge(ref)
        if ref in self.ref_msgid:
            self.registered.setdefault(self.ref_msgid[ref], now)


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=1000, help="messages for the throughput run")
    ap.add_argument("--latency-n", type=int, default=200, help="messages for the latency run")
    ap.add_argument("--rate", type=float, default=20.0, help="arrivals per second (latency run)")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-mail-"))
    dovecot = _new_dovecot()
    try:
        settings = load_settings(
            None,
            mode="development",
            database={"url": f"sqlite:///{work}/registry.db"},
            evidence={"dir": str(work / "evidence")},
        )
        app = build_app(settings, sources={})
        t = time.monotonic()
        msgs = [signed_detached(i) for i in range(args.n)]
        print(f"generated {args.n} signed messages in {time.monotonic() - t:.2f} s")

        # (a0) the IMAP adapter alone: fetch + batched MOVE, no storage
        user = dovecot.add_user()
        dovecot.append(user, msgs)
        src0 = ImapSource(
            "bench0", dovecot.host, dovecot.port, security="plain", username=user,
            password=dovecot.password, timeout=30.0,
        )  # fmt: skip
        t = time.monotonic()
        n0 = 0
        for thing in src0.poll():
            n0 += 1
            src0.acknowledge(thing.ref)
        took0 = time.monotonic() - t
        src0.close()
        print(
            f"(a0) IMAP adapter alone: {n0} messages fetched and moved in {took0:.2f} s: "
            f"{n0 / took0:.0f} messages/s"
        )

        # (a) throughput
        user = dovecot.add_user()
        t = time.monotonic()
        dovecot.append(user, msgs)
        print(f"APPEND {args.n}: {time.monotonic() - t:.2f} s")
        src = TimedSource(
            "bench", dovecot.host, dovecot.port, security="plain", username=user,
            password=dovecot.password, timeout=30.0,
        )  # fmt: skip
        t = time.monotonic()
        report = app.service.poll_source(src)
        took = time.monotonic() - t
        assert report.registered == args.n, report
        assert dovecot.uids(user) == [], "messages left in INBOX"
        print(
            f"(a) {args.n} messages fetched, stored, registered and moved in {took:.2f} s: "
            f"{args.n / took:.0f} messages/s (goal >= 300/s)"
        )
        src.close()

        # (b) arrival -> registered latency with IDLE
        user = dovecot.add_user()
        src = TimedSource(
            "bench-idle", dovecot.host, dovecot.port, security="plain", username=user,
            password=dovecot.password, timeout=30.0,
        )  # fmt: skip
        stop = threading.Event()

        def loop() -> None:
            while not stop.is_set():
                app.service.poll_source(src)
                src.wait(1.0)

        poller = threading.Thread(target=loop, daemon=True)
        poller.start()
        time.sleep(0.5)  # the loop is idling
        arrived: dict[bytes, float] = {}
        producer = dovecot.client(user)
        interval = 1.0 / args.rate
        for i in range(args.latency_n):
            raw = signed_detached(100_000 + i)
            producer.append("INBOX", raw)
            arrived[MSGID.search(raw).group(1)] = time.monotonic()  # type: ignore[union-attr]
            time.sleep(interval)
        producer.logout()
        deadline = time.monotonic() + 30
        while len(src.registered) < args.latency_n and time.monotonic() < deadline:
            time.sleep(0.05)
        stop.set()
        poller.join(timeout=10)
        lat = [src.registered[k] - v for k, v in arrived.items() if k in src.registered]
        print(
            f"(b) {len(lat)}/{args.latency_n} arrivals at {args.rate:g}/s: latency "
            f"p50 {statistics.median(lat) * 1000:.0f} ms, p99 {pct(lat, 0.99) * 1000:.0f} ms, "
            f"max {max(lat) * 1000:.0f} ms (goal p99 <= 1000 ms)"
        )
        src.close()
        app.close()
    finally:
        dovecot.stop()
        shutil.rmtree(dovecot.dir, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
