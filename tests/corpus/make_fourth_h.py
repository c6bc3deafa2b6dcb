"""Regenerate the fourth-round held-out part ``h`` (tests/corpus/fourth/h001-… to h042-…) from
its case specs (fourth_h_*.py):

    .venv/bin/python -m tests.corpus.make_fourth_h

The case spec and the rendering are those of the blind halves (``make_blind_a.render`` and
``labels_json``, documented there); case ``n`` of this part is rendered as number ``N0 + n``
so that its dates and data-message IDs differ from the other sets. The output is
byte-identical between runs. Only files whose names start with ``h`` followed by three digits
are touched; the prefixes ``f`` and ``g`` of the same set are written by their own generators.

These cases were written by hand apart from the extraction rules: they are scored only at the
end of the rule work (``python -m tests.corpus.accuracy --set heldout``), never tuned against."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.corpus import fourth_h_1, fourth_h_2, fourth_h_3
from tests.corpus.make_blind_a import labels_json, render

OUT = Path(__file__).parent / "fourth"
PREFIX = "h"
N0 = 800


def all_cases() -> list[dict[str, Any]]:
    return fourth_h_1.CASES + fourth_h_2.CASES + fourth_h_3.CASES


def files() -> dict[str, bytes]:
    """Every file this part writes: the message (.eml or .xml) and the label (.json)."""
    out: dict[str, bytes] = {}
    for n, case in enumerate(all_cases()):
        name, raw = render(case, N0 + n)
        out[name] = raw
        out[f"{case['id']}.json"] = labels_json(case).encode("utf-8")
    return out


def mine(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob(f"{PREFIX}[0-9][0-9][0-9]-*") if p.is_file())


def main() -> None:
    ids = [c["id"] for c in all_cases()]
    assert len(ids) == len(set(ids)), "duplicate case id"
    assert all(i.startswith(PREFIX) for i in ids), "this part writes only h### files"
    written = files()
    OUT.mkdir(exist_ok=True)
    for old in mine(OUT):
        old.unlink()
    for name, raw in written.items():
        (OUT / name).write_bytes(raw)
    print(f"{len(ids)} held-out cases (prefix {PREFIX}) written to {OUT}")


if __name__ == "__main__":
    main()
