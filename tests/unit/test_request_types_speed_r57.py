"""Proofs of the quick tests of ``request_types`` (round 57's speed work): each gives the
answer of the slower search it stands for."""

from __future__ import annotations

import random

from intake.extraction import request_types as rt

_CHARS = "aZ1٣ .!?\n\t\u00a0)(xé2b"


def test_item_hint() -> None:
    """A line with neither ')' nor a digit holds no ``_ITEM_MARK`` once folded: every
    alternative of the mark holds a digit or ')', and the fold turns no character into one."""
    for key, value in rt._FOLD.items():
        plain = value if isinstance(value, str) else chr(value)
        assert not any(c.isdecimal() or c == ")" for c in plain if c != chr(key)), chr(key)
    rng = random.Random(57)
    for _ in range(20000):
        line = "".join(rng.choice(_CHARS + "ąčř") for _ in range(rng.randint(0, 12)))
        if ")" not in line and rt._DECIMAL.search(line) is None:
            assert rt._ITEM_MARK.search(rt._folded(line)) is None, line


def test_ref_scan() -> None:
    """``_REF_SCAN`` finds a text exactly when one of ``_REF_STEMS`` is in it."""
    rng = random.Random(57)
    pieces = [*rt._REF_STEMS, b"po", b"bo", b"punk", b"  ", b"x", b"\n"]
    for _ in range(20000):
        low = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 4)))
        assert (rt._REF_SCAN.search(low) is not None) == any(s in low for s in rt._REF_STEMS), low


def test_ended() -> None:
    """``_ended`` answers as a search of ``_ENDED``."""
    rng = random.Random(57)
    for _ in range(50000):
        sentence = "".join(rng.choice(_CHARS) for _ in range(rng.randint(0, 8)))
        assert rt._ended(sentence) == (rt._ENDED.search(sentence) is not None), repr(sentence)
