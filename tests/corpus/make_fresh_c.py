"""Regenerate the third held-out half, prefix ``c`` (tests/corpus/fresh/c001-… to c042-…),
from its case specs (fresh_c_*.py):

    .venv/bin/python -m tests.corpus.make_fresh_c

The case spec and the rendering are those of the blind halves (``make_blind_a.render`` and
``labels_json``, documented there); case ``n`` of this part is rendered as number ``N0 + n``
so that its dates and data-message IDs differ from the other sets. The output is
byte-identical between runs. Only files whose names start with ``c`` followed by three digits
are touched; the prefixes ``d`` and ``e`` of the same set are written by their own generators.

These cases were written by hand apart from the extraction rules: they are scored only at the
end of the rule work (``python -m tests.corpus.accuracy --set heldout``), never tuned against."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.corpus import fresh_c_1, fresh_c_2, fresh_c_3
from tests.corpus.parts import part_files, write_part

OUT = Path(__file__).parent / "fresh"
PREFIX = "c"
N0 = 300


def all_cases() -> list[dict[str, Any]]:
    return fresh_c_1.CASES + fresh_c_2.CASES + fresh_c_3.CASES


def files() -> dict[str, bytes]:
    """Every file this part writes, by name: the message (.eml or .xml) and the label (.json)."""
    return part_files(all_cases(), N0)


def main() -> None:
    count = write_part(PREFIX, all_cases(), OUT, N0)
    print(f"{count} held-out cases (prefix {PREFIX}) written to {OUT}")


if __name__ == "__main__":
    main()
