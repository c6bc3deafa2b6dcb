"""``request_types._cued_lines`` finds the lines holding a hit of ``_stem_hits`` (a stem, a
short stem only at a word's start) by one scan for all the stems that goes on at the next
line after a hit: the same lines as every hit of every stem. These tests compare the two
on texts full of stems, stems inside words and stems overlapping each other."""

from __future__ import annotations

import bisect
import re

from hypothesis import given
from hypothesis import strategies as st

from intake.extraction import request_types as rt


def _every_hit_lines(low: bytes) -> set[int]:
    breaks = [i for i, c in enumerate(low) if c == ord("\n")]
    return {bisect.bisect_left(breaks, i) for i in rt._stem_hits(low)}


_TEXTS = [
    "Žádáme o přístup k XML a natáčení.\nTIP: zip\nskip ip\n(ip) 192.0.2.1",
    "aipristup\nxacc acc\nfilm sfilm\n\nfeedback feed\n.xml\n",
    "photographer record\nrecord\n\nstab, crew; kamera\nzipcode\n",
    "naccess\n9ip\nip9\n_ip\n-xml\nšxml\n",
    "",
    "\n\n\n",
]


def test_the_lines_of_every_hit() -> None:
    for text in _TEXTS:
        low = rt._folded_bytes(text)
        assert rt._cued_lines(low) == _every_hit_lines(low), text
    assert rt._cued_lines(rt._folded_bytes(_TEXTS[1])) == {0, 1, 2, 4, 5}


_PIECES = [s.decode() for s, _ in rt._STEM_BYTES] + ["a", "x", "9", " ", "\n", "_", "-", "č"]


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_any_text_gives_the_lines_of_every_hit(pieces: list[str]) -> None:
    low = rt._folded_bytes("".join(pieces))
    assert rt._cued_lines(low) == _every_hit_lines(low)


@given(st.text(alphabet="ipxmlaceedfsrobtn \n.9", max_size=60))
def test_any_letters_give_the_lines_of_every_hit(text: str) -> None:
    low = rt._folded_bytes(text)
    assert rt._cued_lines(low) == _every_hit_lines(low)


def _scan(rx: re.Pattern[bytes], low: bytes) -> list[tuple[int, bytes]]:
    """Every (start, stem) the scan finds, going on one byte after each."""
    out, at = [], 0
    while (m := rx.search(low, at)) is not None:
        out.append((m.start(), m.group()))
        at = m.start() + 1
    return out


_WRITTEN = re.compile(rt._STEM_SCAN_WRITTEN)


def test_the_grouped_scan_finds_what_the_written_one_finds() -> None:
    assert rt._STEM_SCAN.pattern != rt._STEM_SCAN_WRITTEN
    for text in [*_TEXTS, "".join(_PIECES), " ".join(_PIECES), "".join(reversed(_PIECES))]:
        low = rt._folded_bytes(text)
        assert _scan(rt._STEM_SCAN, low) == _scan(_WRITTEN, low), text


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_any_text_the_grouped_scan_finds_what_the_written_one_finds(pieces: list[str]) -> None:
    low = rt._folded_bytes("".join(pieces))
    assert _scan(rt._STEM_SCAN, low) == _scan(_WRITTEN, low)
