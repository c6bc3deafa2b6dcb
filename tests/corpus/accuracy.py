"""Field accuracy of the extraction over a labelled corpus (used by the test and by hand):

    .venv/bin/python -m tests.corpus.accuracy [--set tuning|heldout] [-q]

prints each miss, then per-field accuracy and the number of wrong values an officer would
not be warned about: a value was extracted, it differs from the label, and its provenance
says it is certain (``FieldValue.certain``; uncertain values raise ``needs_review``).
Missing values (nothing extracted where the label has one) are counted apart: the
extraction's ``missing_*``/``no_ip_addresses`` problems already show them."""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from intake.content.check import ContentPolicy, check_content
from intake.extraction.extract import extract_application
from tests.corpus.loader import SETS, cases, parse_path

FIELDS = (
    "request_types",
    "organization.name",
    "organization.ico",
    "organization.databox_id",
    "production_ips",
    "test_ips",
    "contact.person",
    "contact.email",
    "contact.phone",
)


def _get(d: dict[str, Any], key: str) -> Any:
    for part in key.split("."):
        d = d.get(part) if isinstance(d, dict) else None  # type: ignore[assignment]
    return d


ACADEMIC_TITLE = re.compile(
    r"(?<![\w.])(?:Ing|Mgr|Bc|BcA|MgA|PhDr|JUDr|MUDr|MVDr|RNDr|PaedDr|ThDr|Dr|doc|prof|"
    r"Ph\.\s?D|CSc|DrSc|DiS|MBA|LL\.\s?M|M\.\s?A|B\.\s?A|MSc|BSc)(?:\.|(?!\w))",
)
"""Degrees before or after a person's name: not part of the name, so a label and a value that
differ only by them are the same person (one labeller keeps "Ing.", another drops it)."""


# Chinese, Japanese and Korean scripts: a space between two of their letters ("山本 彩" for
# "山本彩") is spacing, not a different name (LABELS.md: spacing does not matter).
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_CJK_SPACE = re.compile(f"(?<=[{_CJK}])\\s+(?=[{_CJK}])")


def _person(v: str) -> str:
    """A person's name without degrees, in any letter case ("JAN NOVÁK" is "Jan Novák"), with
    its diacritics (they tell two names apart)."""
    v = _CJK_SPACE.sub("", v)
    return re.sub(r"\s+", " ", ACADEMIC_TITLE.sub(" ", v)).strip(" ,").casefold()


def _norm(v: Any, key: str) -> Any:
    if key == "contact.person" and isinstance(v, str):
        return _person(v)
    if key == "request_types":
        return sorted(v or [])
    if isinstance(v, list):
        return list(v)
    if isinstance(v, str):
        v = re.sub(r"\s+", " ", _CJK_SPACE.sub("", v)).strip()
        return v.casefold() if key in ("contact.email", "organization.name") else v
    return v


def analyse(path: Path) -> dict[str, Any]:
    parsed = parse_path(path)
    content = check_content(parsed, policy=ContentPolicy(), scanner=None)
    return extract_application(parsed, content).to_dict()


@dataclass
class FieldScore:
    right: int = 0
    wrong: int = 0
    """A value was extracted and differs from the label."""
    unflagged: int = 0
    """Wrong and marked certain: no needs_review warns the officer."""
    missing: int = 0
    """Nothing extracted where the label has a value."""
    flagged: int = 0
    """Extracted values marked uncertain (right or wrong): how much the officer must check."""
    extracted: int = 0

    @property
    def total(self) -> int:
        return self.right + self.wrong + self.missing


@dataclass
class Score:
    fields: dict[str, FieldScore] = field(default_factory=lambda: {k: FieldScore() for k in FIELDS})
    misses: list[str] = field(default_factory=list)
    cases: int = 0

    @property
    def accuracy(self) -> float:
        total = sum(f.total for f in self.fields.values())
        return sum(f.right for f in self.fields.values()) / total if total else 0.0

    @property
    def unflagged(self) -> int:
        return sum(f.unflagged for f in self.fields.values())

    @property
    def flagged_share(self) -> tuple[int, int]:
        """(flagged, extracted) values over all fields."""
        fs = self.fields.values()
        return sum(f.flagged for f in fs), sum(f.extracted for f in fs)


def _score_field(score: Score, name: str, key: str, want: Any, got: dict[str, Any]) -> None:
    have = _norm(_get(got, key), key)
    fs = score.fields[key]
    certain = got.get("fields", {}).get(key, {}).get("certain", True)
    if have not in (None, "", []):
        fs.extracted += 1
        fs.flagged += not certain
    if want == have:
        fs.right += 1
        return
    if have in (None, "", []):
        fs.missing += 1
        kind = "missing"
    else:
        fs.wrong += 1
        fs.unflagged += bool(certain)
        kind = "wrong" if certain else "wrong, flagged"
    score.misses.append(f"{name}: {key}: want {want!r}, got {have!r} ({kind})")


def score_set(set_name: str = "tuning", *, first: int | None = None) -> Score:
    """The score of a set; ``first``: only the cases numbered up to it (``NN-…`` ids)."""
    score = Score()
    for path, labels in cases(set_name):
        if first is not None and int(path.stem.split("-", 1)[0]) > first:
            continue
        score.cases += 1
        got = analyse(path)
        for key in FIELDS:
            _score_field(score, path.stem, key, _norm(_get(labels, key), key), got)
    return score


def evaluate(
    verbose: bool = False, set_name: str = "tuning", *, first: int | None = None
) -> tuple[float, list[str]]:
    score = score_set(set_name, first=first)
    return score.accuracy, score.misses


def report(score: Score, set_name: str) -> str:
    lines = [
        f"set {set_name}: {score.cases} cases",
        "field                      accuracy  wrong  unflagged  missing  flagged",
    ]
    for key, fs in score.fields.items():
        acc = fs.right / fs.total if fs.total else 0.0
        lines.append(
            f"{key:<26} {acc:8.4f} {fs.wrong:6d} {fs.unflagged:10d} {fs.missing:8d} "
            f"{fs.flagged:4d}/{fs.extracted}"
        )
    flagged, extracted = score.flagged_share
    share = flagged / extracted if extracted else 0.0
    lines.append(
        f"accuracy {score.accuracy:.4f} ({len(score.misses)} misses), "
        f"unflagged wrong values {score.unflagged}, "
        f"flagged values {flagged}/{extracted} ({share:.1%})"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.corpus.accuracy")
    ap.add_argument("--set", dest="set_name", choices=sorted(SETS), default="tuning")
    ap.add_argument("-q", "--quiet", action="store_true", help="do not list the misses")
    args = ap.parse_args(argv)
    score = score_set(args.set_name)
    if not args.quiet:
        print("\n".join(score.misses))
    print(report(score, args.set_name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
