"""``fields._holds_no_phone`` skips a window of text without running the phone matcher; it
may only skip a window in which the matcher finds nothing. Windows of digit groups, separators
and the plus signs, the international prefix and words round them: wherever the test says
"no phone", the matcher must agree."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from intake.extraction import fields


def _found(chunk: str, region: str) -> bool:
    matcher = phonenumbers.PhoneNumberMatcher(chunk, region, leniency=phonenumbers.Leniency.VALID)
    return any(True for _ in matcher)


def test_the_plus_signs_are_the_matchers() -> None:
    # a test-only look at the library's private set of plus signs
    plus = phonenumbers.phonenumberutil._PLUS_CHARS
    assert {c for c in map(chr, range(0x10000)) if fields._PLUS.fullmatch(c)} == set(plus)


@pytest.mark.parametrize(
    ("chunk", "region", "skipped"),
    [
        ("IČO 28531728, ", "CZ", True),
        ("IČO: 2853 1728", "CZ", True),
        ("tel. 603 123 456", "CZ", False),  # nine digits: a Czech mobile number
        ("tel. +1 212 555 0100", "CZ", False),
        ("volejte 0049 30 1234", "CZ", False),  # the international prefix
        ("IČO 28531728", "SK", False),  # Slovak numbers may be six digits long
        ("č. ١٢٣٤٥٦٧٨", "CZ", False),  # digits of another script: not judged
    ],
)
def test_examples(chunk: str, region: str, skipped: bool) -> None:
    assert fields._holds_no_phone(chunk, region) is skipped
    if skipped:
        assert not _found(chunk, region)


_PIECES = st.sampled_from(
    [" ", "-", ".", "/", "(", ")", "+", "00", "0", "IČO ", "tel. ", "x", "ext. 12", "420", "\n"]
)
_GROUP = st.text(alphabet="0123456789", min_size=1, max_size=5)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.one_of(_GROUP, _PIECES), min_size=1, max_size=10), st.sampled_from(["CZ", "SK"]))
@example(["IČO ", "2853", "1728"], "CZ")
@example(["00", "683", " ", "4002"], "CZ")
def test_a_skipped_window_holds_no_phone(parts: list[str], region: str) -> None:
    chunk = "".join(parts)
    if fields._holds_no_phone(chunk, region):
        assert not _found(chunk, region), chunk
