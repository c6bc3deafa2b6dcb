"""IP addresses, ninth round: principles generalised from the ninth held-out part."""

from __future__ import annotations

import pytest

from intake.extraction.ips import find_ips
from tests.unit.docs import docx_bytes, xlsx_bytes
from tests.unit.extraction_helpers import attachment, certain, extract, mail
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


# Principle 2: the sender's own words beat an attached document on the use of an address. A
# cover note that names the use of an address the attachment gives another use ("the rows are
# swapped", "A is the test one") corrects the attachment: that address keeps the cover's use
# only; the reading stays unsure.

_SWAPPED_FORM = ["Produkční IP: 192.0.2.140", "Testovací IP: 192.0.2.141"]


@pytest.mark.parametrize(
    "cover",
    [
        "Dobrý den, ve formuláři jsou role obráceně: 192.0.2.141 je produkční, 192.0.2.140 testovací.",
        "Dobry den, v priloze jsme spletli radky - 192.0.2.140 je testovaci a 192.0.2.141 ostra.",
        "Dobrý deň, v prílohe sú adresy zamenené: produkčná je 192.0.2.141, testovacia 192.0.2.140.",
        "Hello, the attached form has the roles mixed up: 192.0.2.141 is production and "
        "192.0.2.140 is for testing.",
        "Guten Tag, im Formular sind die Zeilen vertauscht: Produktion 192.0.2.141, Test 192.0.2.140.",
        "Oprava k příloze:\nostrý provoz: 192.0.2.141\ntest: 192.0.2.140",
    ],
)
def test_a_cover_naming_another_use_than_the_attachment_wins(cover: str) -> None:
    for att in (attachment("form.txt", "\n".join(_SWAPPED_FORM).encode()),
                attachment("form.docx", docx_bytes(_SWAPPED_FORM))):
        x = extract(mail(_body(cover), att))
        assert x.production_ips == ("192.0.2.141",) and x.test_ips == ("192.0.2.140",)
        assert not certain(x, "production_ips") and not certain(x, "test_ips")


def test_a_cover_agreeing_with_the_attachment_changes_nothing() -> None:
    cover = "Dobrý den, produkční je 192.0.2.140, testovací 192.0.2.141, vše dle přílohy."
    x = extract(mail(_body(cover), attachment("form.docx", docx_bytes(_SWAPPED_FORM))))
    assert x.production_ips == ("192.0.2.140",) and x.test_ips == ("192.0.2.141",)


# Principle 3: an address the sender says they drop or leave out - in any of our languages,
# the verb before or after the address in its clause - is withdrawn; the rest of the list stays.


@pytest.mark.parametrize(
    "text",
    [
        "Adresu 203.0.113.9 vypouštíme, ostrý provoz: 203.0.113.1 až 203.0.113.4.",
        "Adresu 203.0.113.9 vypustte, produkce jen 203.0.113.1-203.0.113.4.",
        "Adresu 203.0.113.9 vypúšťame; produkčné adresy 203.0.113.1 - 203.0.113.4.",
        "We are dropping 203.0.113.9; production is 203.0.113.1-203.0.113.4 only.",
        "Bitte streichen Sie 203.0.113.9. Produktion: 203.0.113.1 bis 203.0.113.4.",
        "Adres 203.0.113.9 usuwamy z wniosku. Produkcja: 203.0.113.1-203.0.113.4.",
        "Please omit 203.0.113.9 from the list.\nProduction: 203.0.113.1-203.0.113.4",
    ],
)
def test_an_address_the_sender_drops_is_withdrawn(text: str) -> None:
    kept = [a for m in find_ips(text) if not m.excluded for a in m.addresses]
    assert [str(a) for a in kept] == [f"203.0.113.{i}" for i in range(1, 5)]


def test_a_reply_dropping_an_address_of_the_offices_quote_keeps_its_own_range() -> None:
    reply = (
        "Hello,\n\nthank you. We drop the sixth address 192.0.2.36; please allow only "
        "192.0.2.31 - 192.0.2.35 for production.\n\nJane Hill\n\n-----Original Message-----\n"
        "From: podatelna\n\nYou listed 192.0.2.31 to 192.0.2.36; at most five can be allowed."
    )
    x = extract(mail(_body(reply), subject="Re: Vaše žádost"))
    assert x.production_ips == tuple(f"192.0.2.{i}" for i in range(31, 36))


# Principle 4: an address named by its offset from a written one ("o jedna vyšší", "the next
# two", "i kolejny adres") is that address, written out; an address written after the words
# ("a následující adresa 192.0.2.9") is the one meant, not an offset.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ostrý provoz: 192.0.2.70 a adresa o jedna vyšší.", ["192.0.2.70", "192.0.2.71"]),
        ("Produkcni server 192.0.2.70 a nasledujici adresa, test zadny.",
         ["192.0.2.70", "192.0.2.71"]),
        ("Produkčné: 192.0.2.70 a dve nasledujúce adresy.",
         ["192.0.2.70", "192.0.2.71", "192.0.2.72"]),
        ("Production: 192.0.2.70 and the next two addresses.",
         ["192.0.2.70", "192.0.2.71", "192.0.2.72"]),
        ("Produktion: 192.0.2.70 und die nächste Adresse.", ["192.0.2.70", "192.0.2.71"]),
        ("Produkcja: 192.0.2.70 i kolejny adres.", ["192.0.2.70", "192.0.2.71"]),
        ("Live\t192.0.2.70 and the following one", ["192.0.2.70", "192.0.2.71"]),
    ],
)
def test_an_address_named_by_its_offset_is_written_out(text: str, expected: list[str]) -> None:
    assert [a for a, _ in _roles(text)] == expected
    assert all(r in (P, None) for _, r in _roles(text))


@pytest.mark.parametrize(
    "text",
    [
        "Produkce: 192.0.2.70 a následující adresa 192.0.2.90.",
        "Production: 192.0.2.70 and the next one: 192.0.2.90",
    ],
)
def test_an_address_written_after_next_is_the_one_meant(text: str) -> None:
    assert [a for a, _ in _roles(text)] == ["192.0.2.70", "192.0.2.90"]


# Principle 5: an address belongs to the nearest machine named before it. "Your server" (the
# office's) names an address only when no machine of the sender's own stands between them.


@pytest.mark.parametrize(
    "text",
    [
        "Data z vašeho XML serveru budeme stahovat - naše servery 192.0.2.80 a 192.0.2.81.",
        "Data z vaseho serveru stahujeme na nase stroje 192.0.2.80 a 192.0.2.81.",
        "Z vášho servera budeme sťahovať na naše servery 192.0.2.80 a 192.0.2.81.",
        "We will poll your XML server from our main hosts 192.0.2.80 and 192.0.2.81.",
        "(1) results from your server -\n    our machines 192.0.2.80 and 192.0.2.81;",
        "Your results server\tour servers: 192.0.2.80, 192.0.2.81",
    ],
)
def test_an_own_machine_between_your_server_and_the_address_owns_it(text: str) -> None:
    kept = [str(a) for m in find_ips(text) if not m.excluded for a in m.addresses]
    assert kept == ["192.0.2.80", "192.0.2.81"]


def test_an_address_right_after_your_server_is_still_the_offices() -> None:
    text = "Váš server 192.0.2.1 nám neodpovídá; naše produkční adresa je 192.0.2.80."
    kept = [str(a) for m in find_ips(text) if not m.excluded for a in m.addresses]
    assert kept == ["192.0.2.80"]
