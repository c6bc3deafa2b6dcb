"""bench/run: every benchmark at a chosen size, one table at the end (this tree alone; ``python
-m bench`` is the side-by-side with the baseline, ``bench/compare.py``).

Runs each bench script as its own process (each also runs standalone) and collects its figures:
  startup `podatelna inspect` of one small e-mail: wall, CPU,
          import time                                         (bench/startup.py)
  verify  S/MIME verification rate vs naive pyHanko            (bench/verify.py)
  intake  drop folder -> ready_for_review, rate and latency,
          at growing batch sizes                                (bench/intake.py)
  feed    approval -> applied latency, feed 304 rate vs nginx   (bench/feed.py)
  mail    IMAP intake rate and arrival -> registered latency    (bench/mail.py, Dovecot)
  memory  peak memory of the stages on a 50 MB signed mail, and of the
          whole poll process (memory-service)                   (tests/hostile/bigmail.py)
  fuzz    inputs through every stage target (optional, --fuzz N)  (bench/fuzz.py)

Usage: .venv/bin/python -m bench.run [--size small|moderate|full] [--only verify,intake] [--fuzz N]
       --size full adds the 10 000-item intake batch and approval -> applied with 10 000
       approvals already on the list (several minutes each).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES: dict[str, dict[str, list[str]]] = {
    "small": {
        "startup": ["-n", "3"],
        "verify": ["-n", "100"],
        "intake": ["--sizes", "100", "--stream", "50"],
        "feed": ["-n", "20", "--seconds", "3"],
        "mail": ["-n", "200", "--latency-n", "50"],
        "memory": ["50"],
        "memory-service": ["--service", "50"],
    },
    "moderate": {
        "startup": ["-n", "10"],
        "verify": ["-n", "1000"],
        "intake": ["--sizes", "100,1000", "--stream", "200"],
        "feed": ["-n", "100", "--seconds", "5"],
        "mail": ["-n", "1000", "--latency-n", "200"],
        "memory": ["50"],
        "memory-service": ["--service", "50"],
    },
    "full": {
        "startup": ["-n", "10"],
        "verify": ["-n", "1000"],
        "intake": ["--sizes", "100,1000,10000", "--stream", "200"],
        "feed": ["-n", "100", "--seconds", "5", "--preload", "0", "10000"],
        "mail": ["-n", "1000", "--latency-n", "200"],
        "memory": ["50"],
        "memory-service": ["--service", "50"],
    },
}
MODULES = {
    "startup": "bench.startup",
    "verify": "bench.verify",
    "intake": "bench.intake",
    "feed": "bench.feed",
    "mail": "bench.mail",
    "memory": "tests.hostile.bigmail",
    "memory-service": "tests.hostile.bigmail",
    "fuzz": "bench.fuzz",
}
Row = tuple[str, str, str, str]
"""(benchmark, figure, value, goal)"""


def _num(pattern: str, text: str) -> str | None:
    m = re.search(pattern, text)
    return m.group(1) if m else None


def rows_startup(out: str) -> list[Row]:
    rows: list[Row] = []
    for m in re.finditer(
        r"inspect (\S+) e-mail .*?: wall median ([\d.]+) s, best ([\d.]+) s; "
        r"CPU median ([\d.]+) s; imports ([\d.]+) s",
        out,
    ):
        label, wall, best, cpu, imports = m.groups()
        rows.append(
            ("startup", f"inspect, small {label} e-mail",
             f"wall {wall} s (best {best} s), CPU {cpu} s, imports {imports} s", "wall <= 1 s")
        )  # fmt: skip
    load = _num(r"load average ([\d.]+)", out)
    if rows and load:
        rows.append(("startup", "load average during the runs", load, ""))
    return rows


def rows_verify(out: str) -> list[Row]:
    naive = _num(r"naive pyHanko.*?:\s+([\d.]+) msgs/s", out)
    ours = _num(r"podatelna .*?:\s+([\d.]+) msgs/s", out)
    ratio = _num(r"ratio: ([\d.]+)x", out)
    return [
        ("verify", "S/MIME verification, podatelna", f"{ours} msgs/s (CPU)", ""),
        ("verify", "S/MIME verification, naive pyHanko", f"{naive} msgs/s (CPU)", ""),
        ("verify", "ratio", f"{ratio}x", ">= 10x"),
    ]


def rows_intake(out: str) -> list[Row]:
    rows: list[Row] = []
    for m in re.finditer(
        r"batch\s+(\d+): +([\d.]+) items/s.*?(\d+)/\d+ ready_for_review, latency from poll "
        r"p50 ([\d.]+) s, p99 ([\d.]+) s",
        out,
    ):
        n, rate, ready, p50, p99 = m.groups()
        rows.append(
            (
                "intake",
                f"drop folder -> ready_for_review, {n} items",
                f"{rate} items/s; {ready} ready; from poll p50 {p50} s, p99 {p99} s",
                "",
            )
        )
    m2 = re.search(r"stream (\d+) at ([\d.]+)/s: (\d+)/\d+ done.*?p50 (\d+) ms, p99 (\d+) ms", out)
    if m2:
        n, rate, done, p50, p99 = m2.groups()
        rows.append(
            (
                "intake",
                f"arrival -> ready_for_review at {rate}/s",
                f"p50 {p50} ms, p99 {p99} ms ({done}/{n})",
                "",
            )
        )
    return rows


def rows_feed(out: str) -> list[Row]:
    rows: list[Row] = []
    for m in re.finditer(
        r"\(a\) approval.*?(\d+) on the list before\), n=(\d+): p50 ([\d.]+) s, p99 ([\d.]+) s",
        out,
    ):
        rows.append(
            ("feed", f"approval -> applied (n={m.group(2)}, {m.group(1)} already on the list)",
             f"p50 {m.group(3)} s, p99 {m.group(4)} s", "p99 <= 2 s")
        )  # fmt: skip
    m = re.search(r"feed API \(.*?\) ([\d,]+)/s, nginx static ([\d,]+)/s, ratio ([\d.]+)", out)
    if m:
        rows.append(("feed", "304 Not Modified, feed API", f"{m.group(1)}/s", ""))
        rows.append(("feed", "304 Not Modified, nginx static", f"{m.group(2)}/s", ""))
        rows.append(("feed", "feed API / nginx", m.group(3), ">= 0.5"))
    elif "skipped" in out:
        rows.append(("feed", "304 rate vs nginx", "skipped (wrk missing)", ""))
    return rows


def rows_mail(out: str) -> list[Row]:
    rows: list[Row] = []
    m = re.search(r"\(a\) (\d+) messages .*?: (\d+) messages/s", out)
    if m:
        rows.append(
            ("mail", f"IMAP intake (fetch, store, register, move), {m.group(1)}",
             f"{m.group(2)} msgs/s", ">= 300/s")
        )  # fmt: skip
    m = re.search(
        r"\(b\) (\d+)/(\d+) arrivals at ([\d.]+)/s: latency p50 (\d+) ms, p99 (\d+) ms", out
    )
    if m:
        rows.append(
            ("mail", f"IMAP arrival -> registered at {m.group(3)}/s",
             f"p50 {m.group(4)} ms, p99 {m.group(5)} ms", "p99 <= 1000 ms")
        )  # fmt: skip
    return rows


def rows_memory(out: str) -> list[Row]:
    """``tests.hostile.bigmail``: the stages alone, or (``--service``) the whole process."""
    m = json.loads(out.strip().splitlines()[-1])
    if "small_mail_peak_mib" in m:
        what = "whole `poll --once` process"
        value = (
            f"+{m['growth_mib']} MiB over a small mail = {m['ratio_with_input']}x"
            f" (ends {m['state']})"
        )
    else:
        what = "parse+check+verify+extract"
        value = (
            f"+{m['growth_mib']} MiB = {m['ratio']}x ({m['ratio_with_input']}x with the input),"
            f" {m['seconds']} s"
        )
    return [("memory", f"{m['mail_mib']} MiB signed mail: {what}", value, "<= 4x")]


def rows_fuzz(out: str) -> list[Row]:
    rows: list[Row] = []
    for m in re.finditer(r"^(\w+)\s+(\d+) inputs\s+(\d+) escaped\s+(\d+) distinct", out, re.M):
        rows.append(
            ("fuzz", m.group(1), f"{m.group(2)} inputs, {m.group(3)} escaped, "
             f"{m.group(4)} outcomes", "0 escaped")
        )  # fmt: skip
    return rows


PARSERS: dict[str, Callable[[str], list[Row]]] = {
    "startup": rows_startup,
    "verify": rows_verify,
    "intake": rows_intake,
    "feed": rows_feed,
    "mail": rows_mail,
    "memory": rows_memory,
    "memory-service": rows_memory,
    "fuzz": rows_fuzz,
}


def run_one(name: str, args: list[str], timeout: float) -> tuple[list[Row], float]:
    cmd = [sys.executable, "-m", MODULES[name], *args]
    print(f"== {name}: {' '.join(cmd[1:])}", flush=True)
    t = time.monotonic()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        p = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return [(name, "(run)", f"timed out after {timeout:.0f} s", "")], time.monotonic() - t
    took = time.monotonic() - t
    sys.stdout.write(p.stdout)
    if p.returncode != 0:
        last = (p.stderr.strip().splitlines() or ["?"])[-1][:100]
        return [(name, "(run)", f"failed (exit {p.returncode}): {last}", "")], took
    try:
        rows = PARSERS[name](p.stdout)
    except (ValueError, KeyError, IndexError) as exc:
        rows = [(name, "(output)", f"unreadable: {exc}", "")]
    return rows or [(name, "(output)", "no figures found", "")], took


def table(rows: list[Row]) -> str:
    head: Row = ("benchmark", "figure", "value", "goal")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(4)]
    line = "  ".join("-" * w for w in widths)
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return "\n".join([fmt.format(*head), line, *(fmt.format(*r) for r in rows)])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", choices=list(SIZES), default="moderate")
    ap.add_argument("--only", help="comma-separated: " + ",".join(MODULES))
    ap.add_argument("--fuzz", type=int, default=0, help="also run bench.fuzz with N inputs")
    ap.add_argument("--intake-sizes", help="override the intake batch sizes, e.g. 100,1000,10000")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per benchmark")
    args = ap.parse_args()
    plan = dict(SIZES[args.size])
    if args.intake_sizes:
        plan["intake"] = ["--sizes", args.intake_sizes, *plan["intake"][2:]]
    if args.fuzz:
        plan["fuzz"] = ["-n", str(args.fuzz), "--crashes", "fuzz-crashes"]
    if args.only:
        wanted = args.only.split(",")
        plan = {k: v for k, v in plan.items() if k in wanted}
    rows: list[Row] = []
    for name, bench_args in plan.items():
        got, took = run_one(name, bench_args, args.timeout)
        rows += got
        print(f"   ({took:.0f} s)", flush=True)
    print()
    print(f"podatelna benchmarks, size {args.size}, {time.strftime('%Y-%m-%d %H:%M %Z')}")
    print(table(rows))


if __name__ == "__main__":
    main()
