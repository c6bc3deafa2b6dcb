"""Field accuracy of the extraction over the corpus (used by the test and by hand:
``.venv/bin/python -m tests.corpus.accuracy [-v]``)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from intake.content.check import ContentPolicy, check_content
from intake.extraction.extract import extract_application
from tests.corpus.loader import cases, parse

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


def _norm(v: Any, key: str) -> Any:
    if key == "request_types":
        return sorted(v or [])
    if isinstance(v, list):
        return list(v)
    if isinstance(v, str):
        v = re.sub(r"\s+", " ", v).strip()
        return v.casefold() if key in ("contact.email", "organization.name") else v
    return v


def analyse(path: Path) -> dict[str, Any]:
    parsed = parse(path.read_bytes())
    content = check_content(parsed, policy=ContentPolicy(), scanner=None)
    return extract_application(parsed, content).to_dict()


def evaluate(verbose: bool = False) -> tuple[float, list[str]]:
    total = right = 0
    misses: list[str] = []
    for path, labels in cases():
        got = analyse(path)
        for key in FIELDS:
            total += 1
            want, have = _norm(_get(labels, key), key), _norm(_get(got, key), key)
            if want == have:
                right += 1
            else:
                misses.append(f"{path.stem}: {key}: want {want!r}, got {have!r}")
    return right / total, misses


if __name__ == "__main__":
    score, misses = evaluate()
    print("\n".join(misses))
    print(f"accuracy {score:.4f} ({len(misses)} misses)")
    sys.exit(0)
