"""Regenerate the third-round held-out cases, prefix ``d`` (tests/corpus/fresh/d001-… to
d042-…), from their case specs (fresh_d_*.py):

    .venv/bin/python -m tests.corpus.make_fresh_d

The case spec and the file formats are those of ``make_blind_a`` (its docstring documents the
spec); its ``render`` and ``labels_json`` are reused, with the case numbers offset by ``N0``
so that the dates and data-message IDs differ from the other sets. E-mail cases become
``<id>.eml``, data-box cases (a ``databox`` key) ``<id>.xml``, labels ``<id>.json``. The output
is byte-identical between runs. Only files whose names start with ``d`` and three digits are
touched: the other writers of this held-out half have their own prefixes and generators.

These cases were written by hand apart from the extraction rules: they are scored only at the
end of the rule work (``python -m tests.corpus.accuracy --set heldout``), never tuned against."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.corpus import fresh_d_1, fresh_d_2, fresh_d_3
from tests.corpus.parts import part_files, write_part

OUT = Path(__file__).parent / "fresh"
PREFIX = "d"
N0 = 400


def all_cases() -> list[dict[str, Any]]:
    return fresh_d_1.CASES + fresh_d_2.CASES + fresh_d_3.CASES


def files() -> dict[str, bytes]:
    """Every file this part writes, by name: the message (.eml or .xml) and the label (.json)."""
    return part_files(all_cases(), N0)


def main() -> None:
    count = write_part(PREFIX, all_cases(), OUT, N0)
    print(f"{count} held-out cases (prefix {PREFIX}) written to {OUT}")


if __name__ == "__main__":
    main()
