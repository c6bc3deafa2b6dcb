"""Regenerate the third-round held-out cases written by hand "e" (tests/corpus/fresh/e001-… to
e042-…) from their case specs (fresh_e_*.py):

    .venv/bin/python -m tests.corpus.make_fresh_e

The case spec and the rendering are those of ``make_blind_a`` (its docstring documents the
keys): e-mail cases become ``<id>.eml``, data-box cases (a ``databox`` key) ``<id>.xml``,
labels ``<id>.json``. Case ``n`` is rendered as number ``N0 + n`` so that its dates and
data-message IDs differ from the other sets'. The output is byte-identical between runs; only
files whose names start with ``e`` and three digits are touched (the other two writers of the
third round have their own prefixes and generators).

Written by hand apart from the extraction rules: the labels are how a careful officer reads
each application (tests/corpus/LABELS.md), never what a program makes of it. Scored only at
the end of the rule work (``python -m tests.corpus.accuracy --set heldout``)."""

from __future__ import annotations

from typing import Any

from tests.corpus import fresh_e_1, fresh_e_2, fresh_e_3
from tests.corpus.loader import FRESH_DIR
from tests.corpus.parts import part_files, write_part

OUT = FRESH_DIR
PREFIX = "e"
N0 = 500


def all_cases() -> list[dict[str, Any]]:
    return fresh_e_1.CASES + fresh_e_2.CASES + fresh_e_3.CASES


def files() -> dict[str, bytes]:
    """Every file this part writes, by name: the message (.eml or .xml) and the label (.json)."""
    return part_files(all_cases(), N0)


def main() -> None:
    count = write_part(PREFIX, all_cases(), OUT, N0)
    print(f"{count} cases (prefix {PREFIX}) written to {OUT}")


if __name__ == "__main__":
    main()
