"""IP addresses, ninth round: principles generalised from the ninth held-out part."""

from __future__ import annotations

import pytest

from intake.extraction.ips import find_ips
from tests.unit.docs import docx_bytes, xlsx_bytes
from tests.unit.extraction_helpers import attachment, extract, mail
from tests.unit.extraction_helpers import body as _body


def _roles(text: str) -> list[tuple[str, str | None]]:
    return [(str(a), m.role and m.role.value) for m in find_ips(text) for a in m.addresses]


P, T = "production", "test"

# Principle 1: a netmask is never an address. One written after an address in the same row or
# sentence - across a table's cell border, a comma, a semicolon or a slash with spaces - makes
# that address a block; one with no address before it is dropped.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prostredi|Adresa|Maska|\nostry provoz|10.20.30.40|255.255.255.254|\n"
            "test|10.20.30.50|255.255.255.255|",
            [("10.20.30.40", P), ("10.20.30.41", P), ("10.20.30.50", T)],
        ),
        (
            "Prostredie\tSiet\tMaska siete\nprodukčné\t203.0.113.8\t255.255.255.252\n"
            "testovacie\t203.0.113.20\t255.255.255.255",
            [("203.0.113.8", P), ("203.0.113.9", P), ("203.0.113.10", P), ("203.0.113.11", P),
             ("203.0.113.20", T)],
        ),
        (
            "Production network: 198.51.100.64 ; 255.255.255.254\nTest host: 198.51.100.90",
            [("198.51.100.64", P), ("198.51.100.65", P), ("198.51.100.90", T)],
        ),
        (
            "Ostrý provoz: 192.0.2.100, maska 255.255.255.254. Testovací: 192.0.2.120.",
            [("192.0.2.100", P), ("192.0.2.101", P), ("192.0.2.120", T)],
        ),
        (
            "Produktion: 198.51.100.32 | Netzmaske: 255.255.255.252\nTest: 198.51.100.40",
            [("198.51.100.32", P), ("198.51.100.33", P), ("198.51.100.34", P),
             ("198.51.100.35", P), ("198.51.100.40", T)],
        ),
        (
            "Síť pro ostrý provoz | 255.255.255.0\nProdukční server: 192.0.2.7",
            [("192.0.2.7", P)],
        ),
    ],
)
def test_a_netmask_after_an_address_makes_a_block_and_is_never_an_address(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _roles(text) == expected


def test_a_netmask_column_of_a_spreadsheet_makes_blocks() -> None:
    rows = [["Použití", "IP adresa", "Maska"], ["ostrý provoz", "192.0.2.16", "255.255.255.254"],
            ["testování", "192.0.2.30", "255.255.255.255"]]
    x = extract(mail(_body("Dobrý den, žádost v příloze."),
                      attachment("adresy.xlsx", xlsx_bytes(rows))))
    assert list(x.production_ips) == ["192.0.2.16", "192.0.2.17"]
    assert list(x.test_ips) == ["192.0.2.30"]


def test_a_netmask_in_a_word_table_makes_a_block() -> None:
    table = [["Prostředí", "Síť", "Maska podsítě"], ["produkce", "198.51.100.200", "255.255.255.252"],
             ["test", "198.51.100.210", "255.255.255.255"]]
    x = extract(mail(_body("Posílám specifikaci."),
                      attachment("spec.docx", docx_bytes([table]))))
    assert list(x.production_ips) == [f"198.51.100.{i}" for i in range(200, 204)]
    assert list(x.test_ips) == ["198.51.100.210"]
