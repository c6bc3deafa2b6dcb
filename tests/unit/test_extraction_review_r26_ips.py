"""Review of round 26 (address reader, attached versions, certainty): each finding's example
and a variant or two of its class."""

from __future__ import annotations

import pytest

from intake.extraction.ips import Role, find_ips
from intake.extraction.versions import disowned_files


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


# 5. an internal address noted as never reaching the office; not by a superlative or "nebo"
@pytest.mark.parametrize(
    ("note", "withdrawn"),
    [
        ("Testovací IP: 10.0.5.10, ten s Vámi nekomunikuje", True),
        ("Testovací IP: 10.0.5.10, it doesn't talk to you", True),
        ("Testovací IP: 10.0.5.10, it won't connect with you", True),
        ("Testovací IP: 10.0.5.10 – připojí se k vám nejdřív přes VPN", False),
        ("Testovací IP: 10.0.5.10, k vám nebo k nám", False),
        ("Testovací IP: 10.0.5.10 – připojí se k vám nejprve přes VPN", False),
    ],
)
def test_internal_note(note: str, withdrawn: bool) -> None:
    found = _roles("Produkční IP: 198.51.100.10\n" + note)
    assert found[0] == ("198.51.100.10", Role.PRODUCTION, False)
    assert found[1][0] == "10.0.5.10" and found[1][2] is withdrawn


# 6. a use set right after a second word of correction: the first address stays
@pytest.mark.parametrize(
    "text",
    [
        "198.51.100.10 sorry, should be test and 198.51.100.20 production",
        "198.51.100.10 – oprava: správně testovací a 198.51.100.20 ostrá",
        "198.51.100.10 pardon, correction: should be test and 198.51.100.20 production",
    ],
)
def test_use_set_right_after_second_correction_word(text: str) -> None:
    assert _roles(text) == [
        ("198.51.100.10", Role.TEST, False),
        ("198.51.100.20", Role.PRODUCTION, False),
    ]


_FILES = ["zadost_2024.txt", "zadost_2025.txt"]


# 2-4. which of two attached versions the covering text leaves out
@pytest.mark.parametrize(
    ("own", "left_out"),
    [
        # 2. an age word picking the valid file does not disown it
        ("Platí ten starší.", {"zadost_2025.txt"}),
        ("Please use the older one.", {"zadost_2025.txt"}),
        ("Berte prosím ten předchozí, 2025 jsem poslal omylem.", {"zadost_2025.txt"}),
        ("Ta novější platí.", {"zadost_2024.txt"}),
        ("The older one is wrong.", {"zadost_2024.txt"}),
        ("zadost_2024.txt je starší.", {"zadost_2024.txt"}),
        # 3. "opravená" calls a file the valid one
        ("Ta druhá je opravená.", {"zadost_2024.txt"}),
        ("Ta první je opravená.", {"zadost_2025.txt"}),
        # 4. an ordinal counting addresses names no file
        ("The first address in the form is old.", set()),
        ("Ta první adresa ve formuláři je stará.", set()),
        ("The first IP address is old.", set()),
        ("Ta první je stará.", {"zadost_2024.txt"}),
    ],
)
def test_disowned_versions(own: str, left_out: set[str]) -> None:
    assert disowned_files(own, _FILES, lambda f: True) == left_out
