"""bench/crash: the crash campaign at full size.

1 000 S/MIME-signed e-mails in Dovecot + 200 sealed data-box messages in the ISDS stand-in,
taken in by ``podatelna poll --no-process`` and ``podatelna worker`` on a PostgreSQL registry;
50 SIGKILLs at random points of progress (each process restarted). Runs
``tests/reliability/test_crash_campaign.py`` with the sizes in the environment (the same code
as the reduced test: real servers from the pytest fixtures) and prints the figures.

Usage: .venv/bin/python -m bench.crash [--mails 1000] [--box 200] [--kills 50] [--seed N]
Needs PostgreSQL 15 and Dovecot (as the tests do).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEST = "tests/reliability/test_crash_campaign.py::test_random_sigkills_lose_and_double_nothing"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mails", type=int, default=1000)
    ap.add_argument("--box", type=int, default=200)
    ap.add_argument("--kills", type=int, default=50)
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args()
    env = dict(
        os.environ,
        CRASH_MAILS=str(args.mails),
        CRASH_BOX=str(args.box),
        CRASH_KILLS=str(args.kills),
    )
    if args.seed is not None:
        env["CRASH_SEED"] = str(args.seed)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", "--timeout=0", TEST],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    line = next((x for x in run.stdout.splitlines() if x.startswith("CRASH-CAMPAIGN ")), None)
    if line is None:
        print(run.stdout[-6000:], run.stderr[-3000:], sep="\n")
        print("crash campaign did not finish")
        return 1
    figures = json.loads(line.split(" ", 1)[1])
    print(f"crash campaign: {args.mails} e-mails + {args.box} data-box messages, PostgreSQL")
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"  {key:<{width}}  {value}")
    verdict = "PASS" if run.returncode == 0 else "FAIL"
    if run.returncode != 0:
        print(run.stdout[-4000:])
    print(f"result: {verdict}")
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())
