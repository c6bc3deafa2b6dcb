"""Regenerate the fourth held-out set's part ``f`` (tests/corpus/fourth/f001-… to f042-…),
from its case specs (fourth_f_*.py):

    .venv/bin/python -m tests.corpus.make_fourth_f

The case spec and the rendering are those of the blind halves (``make_blind_a.render`` and
``labels_json``, documented there); case ``n`` of this part is rendered as number ``N0 + n``
so that its dates and data-message IDs differ from the other sets. The output is
byte-identical between runs. Only files whose names start with ``f`` followed by three digits
are touched; the prefixes ``g`` and ``h`` of the same set are written by their own generators.

These cases were written by hand apart from the extraction rules: they are scored only at the
end of the rule work (``python -m tests.corpus.accuracy --set heldout``), never tuned against."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.corpus import fourth_f_1, fourth_f_2, fourth_f_3
from tests.corpus.parts import part_files, write_part

OUT = Path(__file__).parent / "fourth"
PREFIX = "f"
N0 = 600


def all_cases() -> list[dict[str, Any]]:
    return fourth_f_1.CASES + fourth_f_2.CASES + fourth_f_3.CASES


def files() -> dict[str, bytes]:
    """Every file this part writes, by name: the message (.eml or .xml) and the label (.json)."""
    return part_files(all_cases(), N0)


def main() -> None:
    count = write_part(PREFIX, all_cases(), OUT, N0)
    print(f"{count} held-out cases (prefix {PREFIX}) written to {OUT}")


if __name__ == "__main__":
    main()
