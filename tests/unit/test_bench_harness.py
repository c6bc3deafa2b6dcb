"""The decisions of the side-by-side bench (``bench.compare``) and the growth preload
(``bench.growth``): ratios and goals, reading each bench's output, the baseline worktree's
preparation steps, and the cloned rows. No timing here."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.compare import (
    READY,
    Better,
    Figure,
    Goal,
    baseline_steps,
    embedded_figures,
    feed_figures,
    growth_figures,
    ratio,
    scaleout_figures,
    selected,
    table_lines,
    verify_figures,
)
from bench.growth import Cloner, Template, rechain, renumber, statement_costs
from storage.audit import GENESIS, chain_hash
from storage.tables import AuditEntry

SCALEOUT = """\
  1 worker(s): 31.7 items/s

scale-out: 1000 items, PostgreSQL 15 (fsync on), 2 CPU(s)
  workers  seconds  items/s  speed-up  CPU ms/item: workers  PostgreSQL  machine busy  other load  gapless  repeats
        1     31.5     31.7     1.00x                  26.0         5.7           62%        0.03      yes        0
        2     19.0     52.7     1.66x                  27.1         6.1           97%        0.10      yes        0
"""  # noqa: E501


def test_ratio_is_current_over_baseline_and_missing_without_either() -> None:
    assert ratio(30.0, 10.0) == 3.0
    assert ratio(None, 10.0) is None
    assert ratio(5.0, None) is None
    assert ratio(5.0, 0.0) is None


def test_goal_on_ratio_and_on_value_in_both_directions() -> None:
    third = Goal(1 / 3, on_ratio=True)
    assert third.met(Better.LOWER, 10.0, 31.0) is True
    assert third.met(Better.LOWER, 11.0, 31.0) is False
    assert third.met(Better.LOWER, 10.0, None) is None
    half = Goal(0.5, on_ratio=False)
    assert half.met(Better.HIGHER, 0.51, None) is True
    assert half.met(Better.HIGHER, 0.49, 0.2) is False
    assert third.text(Better.LOWER) == "<= 0.333x baseline"
    assert half.text(Better.HIGHER) == ">= 0.5"


def test_scaleout_rows_give_rate_and_cpu_of_worker_plus_postgresql() -> None:
    figs = {f.name: v for f, v in scaleout_figures(SCALEOUT).items()}
    assert figs["filings/s, 1 worker"] == 31.7
    assert figs["filings/s, 2 workers"] == 52.7
    assert abs(figs["CPU ms/filing worker+PostgreSQL, 1 worker"] - 31.7) < 1e-9
    assert abs(figs["CPU ms/filing worker+PostgreSQL, 2 workers"] - 33.2) < 1e-9
    assert figs["  of which PostgreSQL, 2 workers"] == 6.1


def test_embedded_feed_and_verify_outputs() -> None:
    emb = embedded_figures(
        "(a) batch   1000:    21.9 items/s end to end (80/s registered), 1000/1000 ready"
    )
    assert list(emb.values()) == [21.9]
    feed = feed_figures(
        "(b) 304/s with 50 connections, 5 s: feed API (outermost ASGI, as serve) 24,310/s, "
        "nginx static 86,020/s, ratio 0.28 (goal >= 0.4)"
    )
    by_name = {f.name: v for f, v in feed.items()}
    assert by_name["304 Not Modified, feed API"] == 24310
    assert by_name["304 Not Modified, nginx static"] == 86020
    assert abs(by_name["feed API / nginx"] - 24310 / 86020) < 1e-9
    ver = verify_figures(
        "naive pyHanko (fresh context per message):     40.0 msgs/s (CPU)\n"
        "podatelna (verdict cache per signer cert):    364.0 msgs/s (CPU)\n"
    )
    assert {f.name: v for f, v in ver.items()}["podatelna / naive pyHanko"] == 9.1
    assert feed_figures("(b) skipped: wrk not installed") == {}


def test_growth_lines_and_flatness_from_smallest_to_largest() -> None:
    out = "".join(
        f"growth postgresql {n} preloaded: {cpu} CPU ms/filing (worker 23.0, PostgreSQL 5.1,"
        f" registration 4.1), worker peak RSS {rss} MiB, gapless yes\n"
        for n, cpu, rss in ((1000, 30.0, 136), (100000, 39.0, 140))
    )
    figs = growth_figures(out)
    by_name = {f.name: v for f, v in figs.items()}
    assert by_name["postgresql, 100,000 in registry: CPU ms/filing"] == 39.0
    assert by_name["postgresql, 1,000 in registry: worker peak RSS"] == 136.0
    cpu = next(f for f in figs if f.name.endswith("/ 1,000 in registry: CPU per filing"))
    rss = next(f for f in figs if f.name.endswith("/ 1,000 in registry: worker peak RSS"))
    assert figs[cpu] == 1.3 and cpu.goal is not None
    assert cpu.goal.met(cpu.better, figs[cpu], None) is False  # 30 % more: not flat
    assert rss.goal is not None and rss.goal.met(rss.better, figs[rss], None) is True


def test_table_marks_goals_and_keeps_baseline_only_figures() -> None:
    cpu = Figure("scaleout", "CPU", "ms", Better.LOWER, Goal(1 / 3, on_ratio=True))
    old = Figure("verify", "gone", "/s", Better.HIGHER)
    lines = table_lines({cpu: 12.0}, {cpu: 30.0, old: 5.0})
    assert lines[0] == ("scaleout", "CPU (ms)", "30.0", "12.0", "0.40x",
                        "<= 0.333x baseline: NOT MET")  # fmt: skip
    assert lines[1][:5] == ("verify", "gone (/s)", "5.00", "-", "-")
    assert table_lines({cpu: 9.0}, {cpu: 30.0})[0][5].endswith(": ok")


def test_selection_leaves_growth_out_unless_asked() -> None:
    assert "growth" not in [b.name for b in selected(None, growth=False)]
    assert "growth" in [b.name for b in selected(None, growth=True)]
    assert [b.name for b in selected("feed,verify", growth=False)] == ["feed", "verify"]


def test_baseline_steps_make_only_what_is_missing(tmp_path: Path) -> None:
    repo, target, sha = tmp_path / "repo", tmp_path / "base", "a" * 40
    steps = baseline_steps(repo, sha, target)
    assert steps[0] == ["git", "-C", str(repo), "worktree", "add", "--detach", str(target), sha]
    assert [s[1:3] for s in steps[1:]] == [["-m", "venv"], ["install", "-q"]]
    target.mkdir()
    (target / ".git").write_text("gitdir: elsewhere\n")
    assert [s[1] for s in baseline_steps(repo, sha, target)] == ["-m", "install"]
    (target / READY).write_text(sha + "\n")
    assert baseline_steps(repo, sha, target) == []
    assert len(baseline_steps(repo, "b" * 40, target)) == 2  # another commit: venv again


def test_renumber_keeps_prefix_and_width() -> None:
    assert renumber("CSU-2026-000017", 123) == "CSU-2026-000123"
    assert renumber("EP/2026/7", 1234) == "EP/2026/1234"
    assert renumber("X", 5) == "X-5"


def _template() -> Template:
    at = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    sub: dict[str, Any] = {"id": 7, "registry_number": "EP-2026-000007", "registry_seq": 7,
                           "registry_year": 2026, "source_ref": "m7.eml", "sha256": "x",
                           "size": 1, "sender": "a@example.cz", "sender_id": 3}  # fmt: skip
    org = {"id": 3, "emails": ["a@example.cz"], "merged_into": None}
    notice = {"id": 9, "submission_id": 7, "idempotency_key": "receipt-7",
              "recipient": "a@example.cz"}  # fmt: skip
    audit = [{"id": i, "at": at, "actor": "system", "action": f"a{i}", "subject_type": st,
              "subject_id": sid, "data": {}, "prev_hash": "", "hash": ""}
             for i, st, sid in ((1, "submission", "7"), (2, "source", "drop"))]  # fmt: skip
    rows = {"organisation": [org], "submission": [sub], "component": [], "verification": [],
            "application": [{"id": 4, "submission_id": 7, "organisation_id": 3}],
            "decision": [], "notice": [notice], "audit_entry": audit}  # fmt: skip
    return Template(rows, {7: b"From: a@example.cz\r\n\r\nbody\r\n"})


def test_clones_are_distinct_filings_linked_to_their_own_rows() -> None:
    cloner = Cloner(_template())
    first, data0 = cloner.filing(0)
    second, data1 = cloner.filing(1)
    s0, s1 = first["submission"][0], second["submission"][0]
    assert (s0["id"], s1["id"]) == (1, 2)
    assert (s0["registry_seq"], s1["registry_number"]) == (1, "EP-2026-000002")
    assert s0["sha256"] == hashlib.sha256(data0).hexdigest() != s1["sha256"]
    assert data1.endswith(_template().originals[7])
    assert s0["source_ref"] != s1["source_ref"]
    o0, o1 = first["organisation"][0], second["organisation"][0]
    assert (s0["sender_id"], s1["sender_id"]) == (o0["id"], o1["id"]) == (1, 2)
    assert o0["emails"] != o1["emails"]
    assert second["organisation_email"] == [{"organisation_id": 2, "email": o1["emails"][0]}]
    assert second["application"][0]["organisation_id"] == 2
    assert second["application"][0]["submission_id"] == 2
    n0, n1 = first["notice"][0], second["notice"][0]
    assert n0["idempotency_key"] != n1["idempotency_key"]
    # the submission's audit entries follow it; a source's entry is not cloned
    assert [e["subject_id"] for e in first["audit_entry"] + second["audit_entry"]] == ["1", "2"]


def test_rechain_links_every_entry_to_the_one_before() -> None:
    cloner = Cloner(_template())
    entries = [e for k in range(3) for e in cloner.filing(k)[0]["audit_entry"]]
    rechain(entries)
    prev = GENESIS
    for e in entries:
        fields = {k: e[k] for k in ("at", "actor", "action", "subject_type", "subject_id", "data")}
        assert e["prev_hash"] == prev
        assert e["hash"] == chain_hash(prev, AuditEntry(**fields))
        prev = e["hash"]
    assert len({e["hash"] for e in entries}) == 3


def test_statement_costs_sum_durations_per_statement_with_literals_folded() -> None:
    log = (
        "2026-12-04 22:00:00 UTC [1] LOG:  duration: 2.500 ms  execute <unnamed>: SELECT a\n"
        "\tFROM t\n\tWHERE t.id = 5\n"
        "2026-12-04 22:00:00 UTC [1] DETAIL:  Parameters: $1 = '7'\n"
        "2026-12-04 22:00:01 UTC [1] LOG:  duration: 1.500 ms  execute <unnamed>: SELECT a\n"
        "\tFROM t\n\tWHERE t.id = 6\n"
        "2026-12-04 22:00:02 UTC [2] LOG:  duration: 0.100 ms  statement: COMMIT\n"
    )
    assert statement_costs(log) == [
        (4.0, 2, "SELECT a FROM t WHERE t.id = ?"),
        (0.1, 1, "COMMIT"),
    ]
