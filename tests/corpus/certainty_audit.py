"""Precision of the certainty paths on writing the rules had not seen (issue 18, round 23).

Each held-out part was scored once, against the rules of the commit before it joined tuning.
This script replays that: for each part it checks the scoring commit out in a detached
worktree, extracts every case of the part with that commit's code, and records every value the
old rules marked certain, whether it is right by the CURRENT label, its provenance and the text
of its line (read with the current segmentation). Then it classifies the evidence of each value
(``intake.extraction.certainty.evidence``) and prints evidence kind x field -> certain, wrong.

    .venv/bin/python -m tests.corpus.certainty_audit collect   # writes bench/certainty_audit.jsonl.gz
    .venv/bin/python -m tests.corpus.certainty_audit append    # adds only the parts not recorded
    .venv/bin/python -m tests.corpus.certainty_audit table     # the precision table
    .venv/bin/python -m tests.corpus.certainty_audit tuning    # the same over current tuning

Never run on the part being written (``heldout`` of the current loader)."""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench" / "certainty_audit.jsonl.gz"
PYTHON = sys.executable

PARTS: tuple[tuple[str, str, str, str], ...] = (
    # (part, set name at the scoring commit, scoring commit, current set name)
    ("13", "heldout", "7933de7^", "heldout13"),
    ("14", "heldout", "f91f614", "heldout14"),
    ("15", "heldout", "930c692", "heldout15"),
    ("16", "heldout", "7f11350", "heldout16"),
    ("17", "heldout", "5fbf885", "heldout17"),
    ("18", "heldout", "b65f768", "heldout18"),
    ("19", "heldout", "9d53752", "heldout19"),
    ("20", "heldout20", "9d53752", "heldout20"),
    ("21", "heldout", "f4f8549", "heldout21"),
    ("22", "heldout", "da71d87", "heldout22"),
    ("23", "heldout", "528c323", "heldout23"),
    ("24", "heldout", "740548e", "heldout24"),
    ("25", "heldout", "1810112", "heldout25"),
)

_OLD_RUN = """
import json, sys
from tests.corpus.accuracy import analyse
from tests.corpus.loader import cases
for path, _ in cases(sys.argv[1]):
    d = analyse(path)
    rel = path.relative_to(path.parents[2]).as_posix()
    print(json.dumps({"path": "tests/corpus/" + rel.split("/", 1)[1] if rel.startswith("corpus/")
                      else rel, "got": d}, ensure_ascii=False))
"""


def message_blocks(parsed: Any) -> list[Any]:
    """The message's text blocks as the current extraction reads them (for the line texts)."""
    from intake.content.check import ContentPolicy, check_content
    from intake.extraction.extract import _blocks

    return _blocks(parsed, check_content(parsed, policy=ContentPolicy(), scanner=None))


def _old_results(part: str, set_name: str, commit: str) -> list[dict[str, Any]]:
    wt = Path(tempfile.gettempdir()) / f"podatelna-audit-{part}"
    if not wt.exists():
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(wt), commit],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
    out = subprocess.run(
        [PYTHON, "-c", _OLD_RUN, set_name], cwd=wt, check=True, capture_output=True, text=True
    ).stdout
    return [json.loads(ln) for ln in out.splitlines() if ln.strip()]


def _records(part: str, results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from intake.extraction.certainty import evidence
    from tests.corpus.accuracy import FIELDS, _get, _norm
    from tests.corpus.loader import parse_path

    out = []
    for r in results:
        path = ROOT / r["path"]
        labels = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        blocks = message_blocks(parse_path(path))
        # every address field's values, certain or not: the live gate takes them all out of
        # the cover note's rivals (``certainty._unplaced_ips``)
        placed_ips = sorted(
            {
                str(v).split("/")[0]
                for k in ("production_ips", "test_ips")
                if isinstance(_get(r["got"], k), list)
                for v in _get(r["got"], k)
            }
        )
        for key in FIELDS:
            prov = r["got"].get("fields", {}).get(key, {})
            have = _norm(_get(r["got"], key), key)
            if have in (None, "", []) or not prov.get("certain", True):
                continue
            proof = evidence(_get(r["got"], key), prov.get("component"), prov.get("line"), blocks)
            out.append(
                {
                    "part": part,
                    "case": path.stem,
                    "field": key,
                    "value": _get(r["got"], key),
                    "right": have == _norm(_get(labels, key), key),
                    "component": prov.get("component"),
                    "line": prov.get("line"),
                    "text": proof.line,
                    "kind": proof.kind,
                    "place": proof.place,
                    "placed_ips": placed_ips,
                }
            )
    return out


def collect(append: bool = False) -> None:
    """Replay every part (or, with ``append``, only the parts not yet in the record)."""

    def one(p: tuple[str, str, str, str]) -> tuple[str, list[dict[str, Any]]]:
        return p[0], _old_results(p[0], p[1], p[2])

    done: set[str] = set()
    if append and OUT.exists():
        with gzip.open(OUT, "rt", encoding="utf-8") as f:
            done = {json.loads(ln)["part"] for ln in f}
    with ThreadPoolExecutor(6) as ex:
        results = list(ex.map(one, [p for p in PARTS if p[0] not in done]))
    with gzip.open(OUT, "at" if append else "wt", encoding="utf-8") as f:
        for part, res in results:
            for rec in _records(part, res):
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def reclassify(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The recorded values with their evidence kind by the current classifier."""
    from intake.extraction.certainty import context, evidence
    from tests.corpus.loader import parse_path

    placed: dict[str, set[str]] = {}
    for rec in records:
        if "placed_ips" in rec:  # a newer record: the case's address values, however sure
            placed.setdefault(rec["case"], set()).update(rec["placed_ips"])
        elif rec["field"] in ("production_ips", "test_ips") and isinstance(rec["value"], list):
            placed.setdefault(rec["case"], set()).update(
                str(v).split("/")[0] for v in rec["value"]
            )
    cache: dict[str, Any] = {}
    for rec in records:
        if rec["case"] not in cache:
            path = next((ROOT / "tests/corpus").glob(f"*/{rec['case']}.*ml"))
            blocks = message_blocks(parse_path(path))
            ctx = context(blocks)
            # as the live gate: an own address an address field holds is no rival (older
            # records keep the certain fields' values only)
            ctx = replace(ctx, own_ips=ctx.own_ips - placed.get(rec["case"], set()))
            cache[rec["case"]] = (blocks, ctx)
        blocks, rec["ctx"] = cache[rec["case"]]
        proof = evidence(rec["value"], rec["component"], rec["line"], blocks)
        rec["kind"], rec["place"], rec["text"] = proof.kind, proof.place, proof.line
    return records


def table(records: list[dict[str, Any]]) -> str:
    certain: Counter[tuple[str, str]] = Counter()
    wrong: Counter[tuple[str, str]] = Counter()
    for rec in records:
        k = (rec["kind"], rec["field"])
        certain[k] += 1
        wrong[k] += not rec["right"]
    lines = [f"{'evidence':<22} {'field':<24} {'certain':>7} {'wrong':>5} {'precision':>9}"]
    for k in sorted(certain, key=lambda k: (k[0], k[1])):
        c, w = certain[k], wrong[k]
        lines.append(f"{k[0]:<22} {k[1]:<24} {c:7d} {w:5d} {(c - w) / c:9.4f}")
    kinds: Counter[str] = Counter()
    kw: Counter[str] = Counter()
    for (kind, _), c in certain.items():
        kinds[kind] += c
        kw[kind] += wrong[(kind, _)]
    lines.append("")
    for kind in sorted(kinds):
        c, w = kinds[kind], kw[kind]
        lines.append(f"{kind:<22} {'(all fields)':<24} {c:7d} {w:5d} {(c - w) / c:9.4f}")
    return "\n".join(lines)


def gates(records: list[dict[str, Any]]) -> str:
    """Per gate: the certain values it would flag and how many of them were wrong (its catch)."""
    from intake.extraction.certainty import Evidence, Proof, gate
    from intake.extraction.segments import Kind

    fired: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    for rec in records:
        place = Kind(rec["place"]) if rec.get("place") else None
        proof = Proof(Evidence(rec["kind"]), place, rec["text"])
        found = gate(rec["field"], rec["value"], proof, rec.get("ctx"))
        if found is not None:
            fired[found[0]] += 1
            caught[found[0]] += not rec["right"]
    wrong = sum(not rec["right"] for rec in records)
    out = [f"{g:<16} fires {fired[g]:5d}  wrong among them {caught[g]:3d}" for g in sorted(fired)]
    return "\n".join([*out, f"all gates: caught {sum(caught.values())} of {wrong} wrong certain"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.corpus.certainty_audit")
    ap.add_argument("what", choices=("collect", "append", "table", "wrong", "gates", "tuning"))
    args = ap.parse_args(argv)
    if args.what in ("collect", "append"):
        collect(append=args.what == "append")
    if args.what == "tuning":
        tuned = ROOT / "bench" / "certainty_tuning.jsonl"
        collect_tuning(tuned)
        print(gates(reclassify([json.loads(ln) for ln in tuned.read_text("utf-8").splitlines()])))
        return 0
    with gzip.open(OUT, "rt", encoding="utf-8") as f:
        records = reclassify([json.loads(ln) for ln in f])
    if args.what == "wrong":
        for rec in records:
            if not rec["right"]:
                rec.pop("ctx", None)
                print(json.dumps(rec, ensure_ascii=False))
        return 0
    print(gates(records) if args.what == "gates" else table(records))
    return 0



def _tuning_one(item: tuple[str, str]) -> list[dict[str, Any]]:
    """Every certain value of one tuning case under the current rules, with its evidence."""
    from intake.extraction.certainty import evidence
    from tests.corpus.accuracy import FIELDS, _get, _norm, analyse
    from tests.corpus.loader import parse_path

    path, labels_text = Path(item[0]), item[1]
    labels = json.loads(labels_text)
    got = analyse(path)
    blocks = message_blocks(parse_path(path))
    out = []
    for key in FIELDS:
        prov = got.get("fields", {}).get(key, {})
        have = _norm(_get(got, key), key)
        if have in (None, "", []) or not prov.get("certain", True):
            continue
        proof = evidence(_get(got, key), prov.get("component"), prov.get("line"), blocks)
        out.append(
            {
                "part": "tuning",
                "case": path.stem,
                "field": key,
                "value": _get(got, key),
                "right": have == _norm(_get(labels, key), key),
                "component": prov.get("component"),
                "line": prov.get("line"),
                "text": proof.line,
                "kind": proof.kind,
                "place": proof.place,
            }
        )
    return out


def collect_tuning(out: Path) -> None:
    """The certain values of the current tuning set (the gate's cost is read from them)."""
    from multiprocessing import Pool

    from tests.corpus.loader import cases

    items = [(str(p), json.dumps(lab)) for p, lab in cases("tuning")]
    with Pool(8) as pool, out.open("w", encoding="utf-8") as f:
        for recs in pool.imap(_tuning_one, items, chunksize=8):
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    sys.exit(main())
