"""Instructions executed per application: parse + content check + extraction, load-independent.

    .venv/bin/python -m bench.instructions [--step N] [--against DIR]

Wall-clock and even CPU-time figures swing by 15-20 % on a shared machine; the number of
machine instructions a pass executes does not. This benchmark counts them with valgrind's
callgrind (``perf stat -e instructions`` needs a hardware counter, which a virtual machine
often lacks) over the path of the throughput benchmarks: each file parsed (``parse_email``,
or ``parse_inner_xml`` for a data-box case), content-checked (``check_content``, no scanner)
and extracted (``extract_application``). The sample is every N-th (``--step``, default 16:
67 cases) of the sorted .eml/.xml files of tests/corpus/{cases,heldout,blind,fresh,fourth,
sixth,fifth,seventh}. The figure is one *warm* pass: a process that imports and runs the sample once
(warm-up: lazy imports, compiled patterns, metadata) is subtracted from one that runs it
twice, so start-up and first-use costs are excluded. ``PYTHONHASHSEED`` is fixed so that
both runs execute the same hash order.

Prints instructions per application for the checkout it runs in; with ``--against DIR`` (a
checkout of another commit with its own ``.venv``, e.g. the baseline of issue 18) also that
checkout's figure, measured on the same files, and the ratio of this tree to DIR (below 1 is
fewer instructions). Each checkout is run with its own venv and imports its own code; the
corpus files are this tree's, so both measure the same input. Under callgrind Python runs
about 50x slower: a run takes several minutes per checkout (both processes of one checkout run
side by side)."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIRS = ("cases", "heldout", "blind", "fresh", "fourth", "sixth", "fifth", "seventh")


def sample(step: int) -> list[Path]:
    """Every ``step``-th of the sorted corpus files of this tree."""
    corpus = ROOT / "tests" / "corpus"
    files = sorted(
        p for d in CORPUS_DIRS for p in (corpus / d).iterdir() if p.suffix in (".eml", ".xml")
    )
    return files[::step]


def worker(paths: list[Path], passes: int) -> None:
    """Run in the checkout to measure (cwd, its venv): ``passes`` passes over ``paths``."""
    sys.path[0] = os.getcwd()  # not bench/, whose modules would shadow the packages
    from databox.zfo import parse_inner_xml
    from intake.content.check import ContentPolicy, check_content
    from intake.extraction.extract import extract_application
    from mail.mime import parse_email

    raws = [(p.suffix, p.read_bytes()) for p in paths]
    for _ in range(passes):
        for suffix, raw in raws:
            parsed = parse_inner_xml(raw) if suffix == ".xml" else parse_email(raw)
            content = check_content(parsed, policy=ContentPolicy(), scanner=None)
            extract_application(parsed, content)


def _instructions(checkout: Path, list_file: Path, passes: int) -> int:
    """Instructions callgrind counts for one worker process of ``passes`` passes."""
    with tempfile.TemporaryDirectory(prefix="bench-instr-") as tmp:
        out = Path(tmp) / "callgrind.out"
        cmd = [
            "valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
            str(checkout / ".venv" / "bin" / "python"), str(Path(__file__).resolve()),
            "--worker", str(list_file), "--passes", str(passes),
        ]  # fmt: skip
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        env.pop("PYTHONPATH", None)
        subprocess.run(cmd, cwd=checkout, env=env, check=True, capture_output=True)
        totals = re.search(r"^totals:\s*(\d+)", out.read_text(), re.MULTILINE)
        if totals is None:
            raise RuntimeError(f"no totals in callgrind output of {checkout}")
        return int(totals.group(1))


def per_application(checkout: Path, list_file: Path, count: int) -> float:
    """Instructions of one warm pass per application: (warm-up + pass) - (warm-up)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        two = pool.submit(_instructions, checkout, list_file, 2)
        one = pool.submit(_instructions, checkout, list_file, 1)
        return (two.result() - one.result()) / count


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--step", type=int, default=16, help="every N-th corpus file (default 16)")
    ap.add_argument("--against", type=Path, help="another checkout with its own .venv")
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--passes", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker is not None:
        worker([Path(line) for line in args.worker.read_text().splitlines()], args.passes)
        return
    files = sample(args.step)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", prefix="bench-instr-") as lst:
        lst.write("\n".join(str(p) for p in files))
        lst.flush()
        mine = per_application(ROOT, Path(lst.name), len(files))
        print(f"{len(files)} files (every {args.step}th), one warm pass under callgrind")
        print(f"{ROOT}: {mine / 1e6:.2f} M instructions per application")
        if args.against is not None:
            other = per_application(args.against.resolve(), Path(lst.name), len(files))
            print(f"{args.against.resolve()}: {other / 1e6:.2f} M instructions per application")
            print(f"ratio this/against: {mine / other:.3f}")


if __name__ == "__main__":
    main()
