"""bench/compare: the issue-20 figures of the current tree beside a baseline commit, with ratios.

``python -m bench`` runs each benchmark twice in one go — first on a worktree of the baseline
commit (``BASELINE``, the commit before the issue-20 work) through the baseline's own bench
modules and virtual environment, then on this tree — and prints one table:

  scaleout  filings/s and CPU ms per filing (worker + PostgreSQL), 1 and 2 workers
                                                                (bench/scaleout.py, PostgreSQL)
  embedded  the embedded default's rate at 1 000 filings (SQLite, one process)
                                                                (bench/intake.py)
  feed      the feed's 304 rate and nginx's in the same run     (bench/feed.py --only b)
  verify    S/MIME verification rate vs naive pyHanko           (bench/verify.py)
  growth    cost per filing and worker RSS with 1k/10k/100k filings already in the registry
            (bench/growth.py; current tree only, ``--growth``)

The baseline worktree is made on first use (``git worktree add --detach`` and its own
``.venv`` with ``pip install -e .[test]``) under the cache directory and reused afterwards;
``--baseline PATH`` uses an existing checkout with its own ``.venv`` instead,
``--drop-baseline`` removes the cached worktree at the end. ``--quick`` runs CI-size inputs
(a few minutes); the full run takes about 15–25 minutes on a 2-core machine.
``--profile`` also records a py-spy flame graph of a current-tree worker (one-worker scale-out)
into ``bench/profiles/``.

Usage: .venv/bin/python -m bench [--quick] [--only scaleout,feed] [--baseline PATH]
       [--baseline-commit 7dd2a65] [--growth] [--profile] [--drop-baseline]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = "7dd2a65"
"""The commit before the issue-20 work."""
FLAT = 1.2
"""Growth: at most this much more CPU per filing or worker memory at the largest registry
than at the smallest counts as flat (the runs' noise on a busy machine is about ±15 %)."""
READY = ".podatelna-bench-ready"
"""Marker in a baseline worktree: its ``.venv`` is complete (holds the commit's full hash)."""


class Better(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"


@dataclass(frozen=True)
class Goal:
    """A goal on a figure: on the ratio current/baseline, or on the current value itself."""

    limit: float
    on_ratio: bool

    def text(self, better: Better) -> str:
        sign = ">=" if better is Better.HIGHER else "<="
        limit = f"{self.limit:.3g}"
        return f"{sign} {limit}x baseline" if self.on_ratio else f"{sign} {limit}"

    def met(self, better: Better, current: float, baseline: float | None) -> bool | None:
        value = ratio(current, baseline) if self.on_ratio else current
        if value is None:
            return None
        return value >= self.limit if better is Better.HIGHER else value <= self.limit


@dataclass(frozen=True)
class Figure:
    bench: str
    name: str
    unit: str
    better: Better
    goal: Goal | None = None


Figures = dict[Figure, float]


def ratio(current: float | None, baseline: float | None) -> float | None:
    """current / baseline, or None when either is missing or the baseline is 0."""
    if current is None or baseline is None or baseline == 0:
        return None
    return current / baseline


# --- what each bench prints, as figures ----------------------------------------------------

_HI, _LO = Better.HIGHER, Better.LOWER


def scaleout_figures(out: str) -> Figures:
    """The result table of ``bench.scaleout``: one row per worker count."""
    figs: Figures = {}
    row = re.compile(
        r"^\s+(\d+)\s+[\d.]+\s+([\d.]+)\s+[\d.]+x\s+([\d.]+)\s+([\d.]+)\s+\d+%", re.MULTILINE
    )
    for m in row.finditer(out):
        k, rate, cpu, pg = int(m.group(1)), *(float(g) for g in m.groups()[1:])
        w = f"{k} worker{'s' if k > 1 else ''}"
        third = Goal(1 / 3, on_ratio=True)
        figs[Figure("scaleout", f"filings/s, {w}", "/s", _HI)] = rate
        figs[Figure("scaleout", f"CPU ms/filing worker+PostgreSQL, {w}", "ms", _LO, third)] = (
            cpu + pg
        )
        figs[Figure("scaleout", f"  of which PostgreSQL, {w}", "ms", _LO)] = pg
    return figs


def embedded_figures(out: str) -> Figures:
    figs: Figures = {}
    for m in re.finditer(r"batch\s+(\d+): +([\d.]+) items/s", out):
        n = int(m.group(1))
        figs[Figure("embedded", f"SQLite, one process, {n:,} filings", "/s", _HI,
                    Goal(3, on_ratio=True))] = float(m.group(2))  # fmt: skip
    return figs


def feed_figures(out: str) -> Figures:
    m = re.search(r"feed API \(.*?\) ([\d,.]+)/s, nginx static ([\d,.]+)/s", out)
    if m is None:
        return {}
    ours, nginx = (float(g.replace(",", "")) for g in m.groups())
    return {
        Figure("feed", "304 Not Modified, feed API", "/s", _HI): ours,
        Figure("feed", "304 Not Modified, nginx static", "/s", _HI): nginx,
        Figure("feed", "feed API / nginx", "x", _HI, Goal(0.5, on_ratio=False)): ours / nginx,
    }


def verify_figures(out: str) -> Figures:
    ours = re.search(r"podatelna .*?:\s+([\d.]+) msgs/s", out)
    naive = re.search(r"naive pyHanko.*?:\s+([\d.]+) msgs/s", out)
    if ours is None or naive is None:
        return {}
    o, n = float(ours.group(1)), float(naive.group(1))
    return {
        Figure("verify", "S/MIME verification, podatelna", "/s CPU", _HI): o,
        Figure("verify", "S/MIME verification, naive pyHanko", "/s CPU", _HI): n,
        Figure("verify", "podatelna / naive pyHanko", "x", _HI, Goal(10, on_ratio=False)): o / n,
    }


def growth_figures(out: str) -> Figures:
    """``bench.growth``: one line per preloaded registry size."""
    figs: Figures = {}
    row = re.compile(
        r"^growth (\w+) (\d+) preloaded: ([\d.]+) CPU ms/filing \(worker ([\d.]+), "
        r"PostgreSQL ([\d.]+), registration ([\d.]+)\), worker peak RSS ([\d.]+) MiB",
        re.MULTILINE,
    )
    sizes: dict[str, list[tuple[int, float, float]]] = {}
    for m in row.finditer(out):
        db, n = m.group(1), int(m.group(2))
        total, rss = float(m.group(3)), float(m.group(7))
        figs[Figure("growth", f"{db}, {n:,} in registry: CPU ms/filing", "ms", _LO)] = total
        figs[Figure("growth", f"{db}, {n:,} in registry: worker peak RSS", "MiB", _LO)] = rss
        sizes.setdefault(db, []).append((n, total, rss))
    flat = Goal(FLAT, on_ratio=False)
    for db, seen in sizes.items():
        (n0, cpu0, rss0), (n1, cpu1, rss1) = min(seen), max(seen)
        if n1 > n0:
            what = f"{db}, {n1:,} / {n0:,} in registry"
            figs[Figure("growth", f"{what}: CPU per filing", "x", _LO, flat)] = cpu1 / cpu0
            figs[Figure("growth", f"{what}: worker peak RSS", "x", _LO, flat)] = rss1 / rss0
    return figs


@dataclass(frozen=True)
class Bench:
    name: str
    module: str
    args: tuple[str, ...]
    quick_args: tuple[str, ...]
    parse: Callable[[str], Figures]
    baseline: bool = True
    """Also run on the baseline (the growth bench does not exist there)."""


BENCHES = (
    Bench("scaleout", "bench.scaleout", ("--items", "1000", "--workers", "1", "2"),
          ("--items", "150", "--workers", "1", "2"), scaleout_figures),
    Bench("embedded", "bench.intake", ("--sizes", "1000", "--stream", "0"),
          ("--sizes", "150", "--stream", "0"), embedded_figures),
    Bench("feed", "bench.feed", ("--only", "b", "--seconds", "5"),
          ("--only", "b", "--seconds", "2"), feed_figures),
    Bench("verify", "bench.verify", ("-n", "1000"), ("-n", "100"), verify_figures),
    Bench("growth", "bench.growth", ("--sizes", "1000", "10000", "100000", "--batch", "500"),
          ("--sizes", "1000", "10000", "--batch", "100"), growth_figures, baseline=False),
)  # fmt: skip


# --- the baseline worktree -----------------------------------------------------------------


def baseline_steps(
    repo: Path, commit: str, target: Path, python: str = "python3"
) -> list[list[str]]:
    """The commands that make ``target`` a ready baseline of ``commit``: nothing when its
    marker names that commit, the venv only when the worktree is there, else both."""
    marker = target / READY
    if marker.exists() and marker.read_text().strip() == commit:
        return []
    steps: list[list[str]] = []
    if not (target / ".git").exists():
        steps.append(["git", "-C", str(repo), "worktree", "add", "--detach", str(target), commit])
    venv = target / ".venv"
    steps.append([python, "-m", "venv", "--clear", str(venv)])
    steps.append([str(venv / "bin" / "pip"), "install", "-q", "-e", f"{target}[test]"])
    return steps


def full_commit(repo: Path, commit: str) -> str:
    out = subprocess.run(
        ["git", "-C", str(repo), "rev-parse", "--verify", f"{commit}^{{commit}}"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return out.stdout.strip()


def default_cache() -> Path:
    env = os.environ.get("PODATELNA_BENCH_CACHE")
    base = Path(env) if env else Path.home() / ".cache" / "podatelna-bench"
    return base


def prepare_baseline(repo: Path, commit: str, cache: Path) -> Path:
    """The cached baseline worktree of ``commit`` with its ``.venv``, made if needed."""
    sha = full_commit(repo, commit)
    target = cache / f"baseline-{sha[:12]}"
    target.parent.mkdir(parents=True, exist_ok=True)
    steps = baseline_steps(repo, sha, target)
    for cmd in steps:
        print("   $ " + " ".join(cmd), flush=True)
        subprocess.run(cmd, check=True)
    if steps:
        (target / READY).write_text(sha + "\n")
    return target


def drop_baseline(repo: Path, target: Path) -> None:
    subprocess.run(["git", "-C", str(repo), "worktree", "remove", "--force", str(target)],
                   check=False)  # fmt: skip
    shutil.rmtree(target, ignore_errors=True)


# --- running and the table -----------------------------------------------------------------


@dataclass
class Outcome:
    figures: Figures
    seconds: float
    error: str = ""


def run_bench(tree: Path, bench: Bench, args: Sequence[str], timeout: float) -> Outcome:
    python = tree / ".venv" / "bin" / "python"
    cmd = [str(python if python.exists() else sys.executable), "-m", bench.module, *args]
    env = {**os.environ, "PYTHONPATH": str(tree)}
    print(f"== {bench.name} @ {tree}: {' '.join(cmd[1:])}", flush=True)
    t = time.monotonic()
    try:
        p = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True,
                           timeout=timeout)  # fmt: skip
    except subprocess.TimeoutExpired:
        return Outcome({}, time.monotonic() - t, f"timed out after {timeout:.0f} s")
    took = time.monotonic() - t
    sys.stdout.write(p.stdout)
    if p.returncode != 0:
        last = (p.stderr.strip().splitlines() or ["?"])[-1][:120]
        return Outcome({}, took, f"exit {p.returncode}: {last}")
    figs = bench.parse(p.stdout)
    return Outcome(figs, took, "" if figs else "no figures found in its output")


def _fmt(v: float | None) -> str:
    if v is None:
        return "-"
    if abs(v) >= 1000:
        return f"{v:,.0f}"
    return f"{v:.2f}" if abs(v) < 10 else f"{v:.1f}"


Line = tuple[str, str, str, str, str, str]


def table_lines(current: Figures, baseline: Figures) -> list[Line]:
    """One line per figure (in the current run's order, then any only the baseline has):
    bench, figure, baseline, current, current/baseline, goal (with ok / NOT MET)."""
    lines: list[Line] = []
    order = list(current) + [f for f in baseline if f not in current]
    for f in order:
        cur, base = current.get(f), baseline.get(f)
        r = ratio(cur, base)
        goal = ""
        if f.goal is not None:
            met = f.goal.met(f.better, cur, base) if cur is not None else None
            verdict = {True: "ok", False: "NOT MET", None: "?"}[met]
            goal = f"{f.goal.text(f.better)}: {verdict}"
        unit = "" if f.unit == "x" else f" {f.unit}"
        lines.append((f.bench, f.name + (f" ({unit.strip()})" if unit else ""), _fmt(base),
                      _fmt(cur), f"{r:.2f}x" if r is not None else "-", goal))  # fmt: skip
    return lines


def render(lines: list[Line]) -> str:
    head: Line = ("bench", "figure", "baseline", "current", "ratio", "goal")
    widths = [max(len(r[i]) for r in [head, *lines]) for i in range(6)]
    right = {2, 3, 4}
    fmt = "  ".join(f"{{:{'>' if i in right else '<'}{w}}}" for i, w in enumerate(widths))
    sep = "  ".join("-" * w for w in widths)
    return "\n".join([fmt.format(*head), sep, *(fmt.format(*r) for r in lines)])


def profile(items: int, out_dir: Path) -> Path | None:
    """A py-spy flame graph of the one-worker scale-out on this tree (every process the bench
    starts, the worker's stacks under its own ``process`` root)."""
    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(spy).exists():
        print("(profile skipped: py-spy not installed; pip install py-spy)")
        return None
    out_dir.mkdir(parents=True, exist_ok=True)
    svg = out_dir / f"flame-scaleout-{time.strftime('%Y%m%d-%H%M%S')}.svg"
    cmd = [spy, "record", "--subprocesses", "--rate", "200", "--format", "flamegraph",
           "-o", str(svg), "--", sys.executable, "-m", "bench.scaleout",
           "--items", str(items), "--workers", "1"]  # fmt: skip
    print("== profile: " + " ".join(cmd), flush=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    p = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    sys.stdout.write(p.stdout)
    if p.returncode != 0 or not svg.exists():
        print(f"(profile failed: {(p.stderr.strip().splitlines() or ['?'])[-1]})")
        return None
    return svg


def _args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="CI-size inputs")
    ap.add_argument("--only", help="comma-separated: " + ",".join(b.name for b in BENCHES))
    ap.add_argument("--baseline", type=Path, help="an existing baseline checkout with .venv")
    ap.add_argument("--baseline-commit", default=BASELINE)
    ap.add_argument("--cache", type=Path, default=None, help="where baseline worktrees are kept")
    ap.add_argument("--drop-baseline", action="store_true", help="remove it afterwards")
    ap.add_argument("--no-baseline", action="store_true", help="the current tree only")
    ap.add_argument("--growth", action="store_true", help="also bench.growth (current tree)")
    ap.add_argument("--profile", action="store_true", help="py-spy flame graph of a worker")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per bench run")
    return ap.parse_args(argv)


def selected(only: str | None, growth: bool) -> list[Bench]:
    wanted = set(only.split(",")) if only else None
    return [
        b for b in BENCHES
        if (b.name in wanted if wanted is not None else (b.name != "growth" or growth))
    ]  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    args = _args(argv)
    started = time.monotonic()
    base_tree: Path | None = None
    if not args.no_baseline:
        base_tree = args.baseline or prepare_baseline(
            ROOT, args.baseline_commit, args.cache or default_cache()
        )
    current: Figures = {}
    baseline: Figures = {}
    errors: list[str] = []
    for b in selected(args.only, args.growth):
        bench_args = b.quick_args if args.quick else b.args
        for tree, into, side in ((base_tree, baseline, "baseline"), (ROOT, current, "current")):
            if tree is None or (side == "baseline" and not b.baseline):
                continue
            got = run_bench(tree, b, bench_args, args.timeout)
            into.update(got.figures)
            print(f"   ({got.seconds:.0f} s)", flush=True)
            if got.error:
                errors.append(f"{b.name} ({side}): {got.error}")
    svg = profile(100 if args.quick else 300, ROOT / "bench" / "profiles") if args.profile else None
    if base_tree is not None and args.drop_baseline and args.baseline is None:
        drop_baseline(ROOT, base_tree)
    print()
    label = args.baseline_commit if base_tree is not None else "(none)"
    print(f"podatelna: current tree beside baseline {label}, {'quick' if args.quick else 'full'},"
          f" {os.cpu_count()} CPU(s), {time.strftime('%Y-%m-%d %H:%M %Z')},"
          f" {time.monotonic() - started:.0f} s")  # fmt: skip
    print(render(table_lines(current, baseline)))
    for e in errors:
        print(f"! {e}")
    if svg is not None:
        print(f"flame graph: {svg}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
