"""Where a value came from reads in Czech on the detail page, also for an attached message's
header."""

from __future__ import annotations

import pytest

from intake.web.detail import source_cs


@pytest.mark.parametrize(
    ("component", "shown"),
    [
        ("envelope", "obálka zprávy"),
        ("header:From", "hlavička From"),
        ("header:From (puvodni.eml)", "hlavička From (puvodni.eml)"),
        ("zadost.pdf", "zadost.pdf"),
        (None, "neurčeno"),
        ("", "neurčeno"),
    ],
)
def test_a_source_is_shown_in_czech(component: str | None, shown: str) -> None:
    assert source_cs(component) == shown


def test_a_file_named_like_a_header_is_not_translated() -> None:
    assert source_cs("header:Fromage.txt") == "header:Fromage.txt"
