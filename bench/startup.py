"""bench/startup: ``podatelna inspect`` of one small e-mail, as a fresh process each time.

Issue 16's goal: one small e-mail inspected in at most 1 s of wall time, almost all of which
is start-up (imports). Builds the test PKI, writes a small S/MIME-signed e-mail and an
unsigned one, then runs ``python -m intake inspect FILE`` (offline, the PKI's anchors and CRLs
on the command line) ``-n`` times each and prints, per e-mail:

- wall time (median and best of the runs) and the CPU time of the child (user+sys, median);
  wall time suffers from other load on the machine, CPU time much less;
- the import time: the sum of the top-level imports of one ``-X importtime`` run, and the
  five heaviest top-level packages by their own import time.

The load average is printed next to the figures. Usage:
    .venv/bin/python -m bench.startup [-n 10]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from tests.fixtures.pki import build_pki

ROOT = Path(__file__).resolve().parents[1]
_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)")


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def timed_runs(cmd: list[str], cwd: Path, n: int) -> tuple[list[float], list[float]]:
    """Wall and CPU (user+sys) seconds of ``n`` runs of ``cmd``."""
    walls, cpus = [], []
    for _ in range(n):
        cpu0, t0 = _children_cpu(), time.perf_counter()
        subprocess.run(cmd, cwd=cwd, env=_env(), check=True, capture_output=True)
        walls.append(time.perf_counter() - t0)
        cpus.append(_children_cpu() - cpu0)
    return walls, cpus


def import_profile(cmd: list[str], cwd: Path) -> tuple[float, list[tuple[str, float]]]:
    """Total top-level import time (s) of one run, and the heaviest packages (self time)."""
    p = subprocess.run(
        [cmd[0], "-X", "importtime", *cmd[1:]], cwd=cwd, env=_env(), capture_output=True, text=True
    )
    total = 0
    own: Counter[str] = Counter()
    for line in p.stderr.splitlines():
        m = _LINE.match(line)
        if not m:
            continue
        self_us, cumulative_us, indent, name = m.groups()
        if not indent:
            total += int(cumulative_us)
        own[name.split(".")[0]] += int(self_us)
    return total / 1e6, [(k, v / 1e6) for k, v in own.most_common(5)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=10, help="runs per e-mail (default %(default)s)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        pki, srv = build_pki(tmp)
        srv.shutdown()  # inspect is offline: anchors and CRLs come from the command line
        mails = {
            "S/MIME-signed": pki.smime("qualified"),
            "unsigned": pki.headers("alice@example.cz") + pki.entity(),
        }
        for label, raw in mails.items():
            f = tmp / f"{label.split('-')[0].lower().replace('/', '')}.eml"
            f.write_bytes(raw)
            cmd = [sys.executable, "-m", "intake", "inspect", str(f), "--json",
                   "--trust-dir", str(pki.anchors_dir), "--crl-dir", str(pki.crl_dir)]  # fmt: skip
            subprocess.run(cmd, cwd=tmp, env=_env(), check=True, capture_output=True)  # warm
            walls, cpus = timed_runs(cmd, tmp, args.n)
            imports, heaviest = import_profile(cmd, tmp)
            print(
                f"inspect {label} e-mail ({len(raw)} B), {args.n} runs: wall median "
                f"{statistics.median(walls):.3f} s, best {min(walls):.3f} s; CPU median "
                f"{statistics.median(cpus):.3f} s; imports {imports:.3f} s"
            )
            print("   heaviest imports (own time): " + ", ".join(f"{k} {v:.3f} s" for k, v in heaviest))
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs; goal: wall <= 1 s")


if __name__ == "__main__":
    main()
