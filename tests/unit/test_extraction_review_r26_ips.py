"""Review of round 26 (address reader, attached versions, certainty): each finding's example
and a variant or two of its class."""

from __future__ import annotations

import pytest

from intake.extraction.ips import Role, find_ips


def _roles(text: str) -> list[tuple[str, Role | None, bool]]:
    return [(m.text, m.role, m.excluded) for m in find_ips(text)]


# 1. an address of version's shape after a use word is an address
@pytest.mark.parametrize(
    ("text", "addr", "role"),
    [
        ("Non-prod 3.12.5.20", "3.12.5.20", Role.TEST),
        ("Pre-prod 3.12.5.20", "3.12.5.20", Role.TEST),
        ("Klient stahuje výsledky, produkce 3.12.5.20", "3.12.5.20", Role.PRODUCTION),
        ("The client will use 5.10.20.30 for production.", "5.10.20.30", Role.PRODUCTION),
        ("Naše aplikace běží u klienta, testovací 4.10.2.7", "4.10.2.7", Role.TEST),
        ("The agent will use 6.1.2.3 for testing.", "6.1.2.3", Role.TEST),
    ],
)
def test_version_shaped_address_with_use(text: str, addr: str, role: Role) -> None:
    assert _roles(text) == [(addr, role, False)]


@pytest.mark.parametrize(
    "text",
    ["parser (volby-parser 2.4.1.0)", "the current release of feedgrab is 4.1.0.2"],
)
def test_version_still_a_version(text: str) -> None:
    assert all(excluded for _, _, excluded in _roles(text))
