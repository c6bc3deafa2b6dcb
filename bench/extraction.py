"""Throughput of content checks + extraction over the development corpus (no scanner).

    .venv/bin/python -m bench.extraction [--rounds N]

Prints messages per second and the slowest cases; a figure for capacity planning, not a test."""

from __future__ import annotations

import argparse
import time

from databox.zfo import parse_inner_xml
from intake.content.check import ContentPolicy, check_content
from intake.extraction.extract import extract_application
from tests.corpus.loader import cases, parse


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    corpus = [(p.stem, p.suffix, p.read_bytes()) for p, _ in cases("tuning")]
    per_case: dict[str, float] = {}
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    for _ in range(args.rounds):
        for name, suffix, raw in corpus:
            t = time.perf_counter()
            # a data-box case is the inner XML of a data message, as the loader reads it
            parsed = parse_inner_xml(raw) if suffix == ".xml" else parse(raw)
            content = check_content(parsed, policy=ContentPolicy(), scanner=None)
            extract_application(parsed, content)
            per_case[name] = max(per_case.get(name, 0.0), time.perf_counter() - t)
    total = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    n = len(corpus) * args.rounds
    print(f"{n} messages in {total:.2f} s: {n / total:.1f} msg/s, {1000 * total / n:.1f} ms each")
    # one process: CPU seconds, not wall time, so that other load on the machine does not count
    print(f"{n / cpu:.1f} applications/s per core ({cpu:.2f} CPU s in one process)")
    for name, secs in sorted(per_case.items(), key=lambda kv: -kv[1])[:5]:
        print(f"  slowest {name}: {1000 * secs:.1f} ms")


if __name__ == "__main__":
    main()
