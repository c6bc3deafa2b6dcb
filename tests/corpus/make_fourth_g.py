"""Regenerate the fourth-round held-out set, prefix ``g`` (tests/corpus/fourth/g001-… to
g042-…), from its case specs (fourth_g_*.py):

    .venv/bin/python -m tests.corpus.make_fourth_g

The case spec and the rendering are those of ``make_blind_a`` (its docstring documents the
spec); cases are numbered from ``N0`` so that their dates and data-message IDs differ from the
other sets'. The output is byte-identical between runs. Only files whose names start with
``g`` followed by three digits are touched; the f and h parts are written by their own
generators.

These cases emphasise attachments, forms and data-box messages. They were written by hand
apart from the extraction rules: score them only at the end of the fourth round of rule work,
never tune against them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.corpus import fourth_g_1, fourth_g_2, fourth_g_3
from tests.corpus.parts import part_files, write_part

OUT = Path(__file__).parent / "fourth"
PREFIX = "g"
N0 = 700


def all_cases() -> list[dict[str, Any]]:
    return fourth_g_1.CASES + fourth_g_2.CASES + fourth_g_3.CASES


def files() -> dict[str, bytes]:
    """Every file this part writes, by name: the message (.eml or .xml) and the label (.json)."""
    return part_files(all_cases(), N0)


def main() -> None:
    count = write_part(PREFIX, all_cases(), OUT, N0)
    print(f"{count} fourth-round cases (prefix {PREFIX}) written to {OUT}")


if __name__ == "__main__":
    main()
