"""bench/fuzz: many mutated or generated inputs through every stage target; counts per target.

Targets and seeds are those of ``tests/fuzz`` (``tests.fuzz.harness``): MIME parsing, S/MIME
verification, CMS (ZFO seal) verification, ZFO and its inner XML, PDF/DOCX/XLSX/ODT text,
IP/phone/e-mail finders, content checks and the whole ``analyse()``. Inputs are real samples
with 1–4 random edits, or random bytes (1 in 10). An exception escaping a target is counted and
the input saved to ``--crashes`` (copy small ones to ``tests/fuzz/regressions/<target>/``).

Usage: .venv/bin/python -m bench.fuzz [-n 100000] [--seed 1] [--only mime,cms]
       .venv/bin/python -m bench.fuzz --atheris mime [--runs 20000]   (coverage-guided, libFuzzer)
The pytest suite honours PODATELNA_FUZZ_EXAMPLES (hypothesis examples per target) as well.
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

WEIGHTS = {
    "mime": 16,
    "smime": 14,
    "cms": 14,
    "zfo": 10,
    "zfo_xml": 10,
    "document": 12,
    "contacts": 10,
    "content": 8,
    "analyse": 6,
}
"""Share of the inputs per target (cheap targets get more)."""


def run(total: int, seed: int, only: list[str] | None, crashes: Path) -> dict[str, dict]:
    from tests.fuzz.harness import build_harness, mutate

    h = build_harness()
    rnd = random.Random(seed)
    targets = h.targets()
    names = [n for n in WEIGHTS if not only or n in only]
    weight = sum(WEIGHTS[n] for n in names)
    out: dict[str, dict] = {}
    for name in names:
        fn, seeds = targets[name], h.seeds[name]
        n = max(1, total * WEIGHTS[name] // weight)
        outcomes: Counter[str] = Counter()
        escaped: Counter[str] = Counter()
        slowest = 0.0
        t0 = time.monotonic()
        for i in range(n):
            if i < len(seeds):
                data = seeds[i]
            elif rnd.random() < 0.1:
                data = rnd.randbytes(rnd.randint(0, 512))
            else:
                data = mutate(rnd.choice(seeds), rnd)
            t = time.monotonic()
            try:
                outcomes[fn(data).split(",")[0]] += 1
            except Exception as exc:
                key = f"{type(exc).__name__}: {str(exc)[:60]}"
                if not escaped[key]:
                    crashes.mkdir(parents=True, exist_ok=True)
                    path = crashes / f"{name}-{len(escaped)}.bin"
                    path.write_bytes(data)
                    where = traceback.extract_tb(exc.__traceback__)[-1]
                    print(f"  ESCAPED {name}: {key} at {where.filename}:{where.lineno} -> {path}")
                escaped[key] += 1
            slowest = max(slowest, time.monotonic() - t)
        took = time.monotonic() - t0
        out[name] = {
            "inputs": n,
            "escaped": sum(escaped.values()),
            "outcomes": len(outcomes),
            "top": outcomes.most_common(3),
            "seconds": took,
            "slowest": slowest,
        }
        print(
            f"{name:<9} {n:>7} inputs  {sum(escaped.values()):>3} escaped  "
            f"{len(outcomes):>3} distinct outcomes  {n / took:8.0f}/s  slowest "
            f"{slowest * 1000:6.0f} ms  top: "
            + ", ".join(f"{k[:28]}={v}" for k, v in outcomes.most_common(3)),
            flush=True,
        )
    return out


def run_atheris(target: str, runs: int) -> None:
    """libFuzzer via atheris, coverage-guided, starting from the target's seeds."""
    import tempfile

    import atheris

    from tests.fuzz.harness import build_harness

    h = build_harness()
    atheris.instrument_all()
    fn = h.targets()[target]
    corpus = Path(tempfile.mkdtemp(prefix=f"atheris-{target}-"))
    for i, s in enumerate(h.seeds[target]):
        (corpus / f"seed-{i}").write_bytes(s)
    atheris.Setup([sys.argv[0], f"-runs={runs}", "-max_len=131072", str(corpus)], fn)
    atheris.Fuzz()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=100_000, help="inputs in total (%(default)s)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", help="comma-separated targets")
    ap.add_argument("--crashes", type=Path, default=Path("fuzz-crashes"))
    ap.add_argument("--atheris", metavar="TARGET", help="coverage-guided run of one target")
    ap.add_argument("--runs", type=int, default=20_000, help="atheris runs")
    args = ap.parse_args()
    logging.disable(logging.CRITICAL)
    if args.atheris:
        run_atheris(args.atheris, args.runs)
        return
    t = time.monotonic()
    res = run(args.n, args.seed, args.only.split(",") if args.only else None, args.crashes)
    total = sum(r["inputs"] for r in res.values())
    bad = sum(r["escaped"] for r in res.values())
    print(f"total: {total} inputs, {bad} escaped, {time.monotonic() - t:.0f} s")
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
