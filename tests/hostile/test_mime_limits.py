"""10 000 MIME parts, 1 000 levels of multipart nesting, deep message/rfc822 nesting: each is
refused or cut short with a recorded problem code, never a crash or a hang."""

from __future__ import annotations

import time

import pytest

from mail.mime import parse_email
from tests.fuzz.harness import Harness
from tests.hostile import builders as B
from tests.hostile.common import codes, inspect


@pytest.mark.timeout(120)
def test_ten_thousand_parts_are_cut_at_the_part_limit(harness: Harness) -> None:
    from mail.parts import MAX_PARTS

    raw = B.many_parts(10_000)
    parsed = parse_email(raw)
    assert "mime_too_many_parts" in {p.code for p in parsed.problems}
    assert len(parsed.components) <= MAX_PARTS
    t = time.monotonic()
    result = inspect(harness, raw)
    assert "mime_too_many_parts" in codes(result)
    assert len(result["components"]) <= MAX_PARTS
    assert time.monotonic() - t < 90


@pytest.mark.timeout(60)
def test_many_parts_with_one_name_stay_linear(harness: Harness) -> None:
    """Equal attachment names are numbered; with the part limit that stays cheap."""
    raw = B.mail([("zadost.pdf", "application/pdf", b"%PDF-1.4 x")] * 1500)
    t = time.monotonic()
    parsed = parse_email(raw)
    assert time.monotonic() - t < 20
    names = [c.name for c in parsed.components if c.role.value == "attachment"]
    assert len(names) == len(set(names))
    assert "mime_too_many_parts" in {p.code for p in parsed.problems}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("levels", [50, 1000])
def test_deep_multipart_nesting(harness: Harness, levels: int) -> None:
    result = inspect(harness, B.deep_multipart(levels))
    found = codes(result)
    assert found & {"mime_too_deep", "unparsable_message"}, found
    assert result["signature"]["status"] == "missing"


@pytest.mark.timeout(60)
@pytest.mark.parametrize("levels", [50, 1000])
def test_deep_rfc822_nesting(harness: Harness, levels: int) -> None:
    result = inspect(harness, B.deep_rfc822(levels))
    found = codes(result)
    assert found & {"mime_too_deep", "unparsable_message"}, found
    assert result["signature"]["status"] == "missing"
