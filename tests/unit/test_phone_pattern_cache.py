"""The phone library's metadata patterns stay compiled once ``intake.extraction.fields`` is
imported (``phonenumbers.enable_pattern_cache``): a pattern that has dropped out of ``re``'s
own cache is not compiled again, and it matches as before."""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers.re_util import re_compile

from intake.extraction import fields


def test_a_metadata_pattern_survives_a_purge_of_the_re_cache() -> None:
    meta = phonenumbers.PhoneMetadata.metadata_for_region("CZ")
    assert meta is not None and meta.general_desc is not None
    pattern = meta.general_desc.national_number_pattern
    assert pattern
    first = re_compile(pattern)
    re.purge()
    assert re_compile(pattern) is first
    assert first.pattern == pattern and first.flags == re.compile(pattern).flags


def test_numbers_read_the_same_after_a_purge() -> None:
    text = "tel. 602 318 447, mobil +421 905 123 456, fax 274 052 222"
    before = fields.phones_in(text)
    fields.window_phones.cache_clear()
    re.purge()
    assert fields.phones_in(text) == before
    assert [n for _, n in before] == ["+420602318447", "+421905123456"]
