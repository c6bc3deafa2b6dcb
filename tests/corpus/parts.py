"""The one generator behind every hand-written held-out part (make_fresh_* and make_fourth_*).

A part is a list of case specs in the format of ``make_blind_a`` (its docstring documents the
spec), a file prefix (one letter, or two once the letters ran out) and a number offset ``n0``: case ``n`` is rendered with
``make_blind_a.render`` as number ``n0 + n`` so that its dates and data-message IDs differ from
the other sets', and its label with ``labels_json``. E-mail cases become ``<id>.eml``, data-box
cases (a ``databox`` key) ``<id>.xml``, labels ``<id>.json``. The output is byte-identical
between runs. Writing a part touches only the files whose names start with its prefix followed
by three digits; the other parts of the same directory have their own prefixes. Each
``make_fresh_*``/``make_fourth_*`` module declares its part as one ``Part`` and runs its
``main``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus.make_blind_a import labels_json, render

Case = dict[str, Any]


def part_files(cases: list[Case], n0: int) -> dict[str, bytes]:
    """File name → bytes of every file the part writes: its messages and their labels."""
    out: dict[str, bytes] = {}
    for n, case in enumerate(cases):
        name, raw = render(case, n0 + n)
        out[name] = raw
        out[f"{case['id']}.json"] = labels_json(case).encode("utf-8")
    return out


def part_paths(directory: Path, prefix: str) -> list[Path]:
    """The files of the part with this prefix that are on disk, sorted."""
    return sorted(p for p in directory.glob(f"{prefix}[0-9][0-9][0-9]-*") if p.is_file())


def write_part(prefix: str, cases: list[Case], out_dir: Path, n0: int) -> int:
    """Replace the part's files in ``out_dir`` with freshly rendered ones; return the case count."""
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate case id"
    assert all(i.startswith(prefix) for i in ids), f"this part writes only {prefix}### files"
    written = part_files(cases, n0)
    out_dir.mkdir(exist_ok=True)
    for old in part_paths(out_dir, prefix):
        old.unlink()
    for name, raw in written.items():
        (out_dir / name).write_bytes(raw)
    return len(ids)


@dataclass(frozen=True)
class Part:
    """One part: its file prefix, output directory, number offset and case lists (the
    ``CASES`` of its case modules, in order); ``noun`` names its cases in ``main``'s output."""

    prefix: str
    out: Path
    n0: int
    case_lists: tuple[list[Case], ...]
    noun: str = "held-out cases"

    def cases(self) -> list[Case]:
        return [case for cases in self.case_lists for case in cases]

    def files(self) -> dict[str, bytes]:
        """Every file this part writes, by name: the message (.eml or .xml) and the label."""
        return part_files(self.cases(), self.n0)

    def main(self) -> None:
        count = write_part(self.prefix, self.cases(), self.out, self.n0)
        print(f"{count} {self.noun} (prefix {self.prefix}) written to {self.out}")
