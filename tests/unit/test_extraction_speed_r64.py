"""The claims of round 64's speed cuts that are not plain memoisation of a pure function:

- ``certainty._value_spots`` and ``certainty._only_in_repeated_line`` skip a block whose text
  lacks the address: a line of a block is part of the block's text (``Block.text`` joins its
  lines), so a line writing the address stands only in a block whose text holds it. Checked
  against the per-line search without the skip, on made-up blocks and addresses.
- ``org.header_cells`` hands out a new list on every call (its pairs are remembered within
  one application): a caller changing it changes no later answer."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from intake.extraction import certainty, org
from intake.extraction.memo import forget_texts
from intake.extraction.segments import Block, Kind, Line

_IPS = ["192.0.2.1", "192.0.2.10", "10.1.2.3", "2001:db8::1", "1.2.3.4", "0.2.1"]
_WORDS = ["IP:", "adresa", " ", "", ".", "x", "1", "\n", *_IPS]


def _naive_spots(values: list[Any], blocks: list[Block]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for v in values:
        ip = str(v).split("/")[0]
        spot = next(
            (
                (bi, li)
                for bi, b in enumerate(blocks)
                for li, ln in enumerate(b.lines)
                if certainty._ip_at(ip, ln.text)
            ),
            None,
        )
        if spot is not None:
            out.append(spot)
    return out


def _naive_repeated(ip: str, blocks: list[Block]) -> bool:
    texts = [
        (bi, ln.text.strip())
        for bi, b in enumerate(blocks)
        for ln in b.lines
        if certainty._ip_at(ip, ln.text)
    ]
    return len(texts) >= 2 and len(set(texts)) == 1


_LINE = st.lists(st.sampled_from(_WORDS), max_size=6).map("".join)
_BLOCK = st.lists(_LINE, max_size=5).map(
    lambda texts: Block("body", Kind.OWN, tuple(Line(i + 1, t) for i, t in enumerate(texts)))
)


@settings(max_examples=500, deadline=None)
@given(
    blocks=st.lists(_BLOCK, max_size=4),
    values=st.lists(st.sampled_from([*_IPS, "10.1.2.0/24"]), max_size=3),
)
def test_the_block_skip_finds_the_same_lines(blocks: list[Block], values: list[str]) -> None:
    assert all(ln.text in b.text for b in blocks for ln in b.lines)
    assert certainty._value_spots(values, blocks) == _naive_spots(values, blocks)
    for ip in _IPS:
        assert certainty._only_in_repeated_line(ip, blocks) == _naive_repeated(ip, blocks)


def test_header_cells_hands_out_a_new_list() -> None:
    forget_texts()
    header, row = "Žadatel\tIČO\tIP adresa", "Volební blog s.r.o.\t27074358\t192.0.2.1"
    first = org.header_cells(header, row)
    assert first is not None
    first.clear()
    again = org.header_cells(header, row)
    assert again and again != first
    forget_texts()
    assert org.header_cells(header, row) == again
