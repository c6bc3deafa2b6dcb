"""Round 22: a netmask after an address, however it is written (any language's word for a
mask in any case, a preposition before it, a slash with spaces, brackets, the next line),
makes that address its block."""

from __future__ import annotations

import pytest

from intake.extraction.ips import Role, find_ips
from intake.extraction.segments import logical_lines
from tests.unit.extraction_helpers import SIG, body, certain, extract, mail


def _addresses(text: str) -> list[str]:
    return [str(a) for m in find_ips(text) if not m.excluded for a in m.addresses]


_PAIR = ["203.0.113.8", "203.0.113.9"]
_FOUR = ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"]


# 1. A netmask named by its word in any language or case, with a preposition or without.


@pytest.mark.parametrize(
    "text",
    [
        # Polish, instrumental after "z"
        "Adres serwera: 203.0.113.8 z maską 255.255.255.254",
        # Polish, "maska podsieci" in brackets
        "Serwer produkcyjny 203.0.113.8 (maska podsieci 255.255.255.254)",
        # French, "avec le masque de sous-réseau"
        "Notre serveur 203.0.113.8 avec le masque de sous-réseau 255.255.255.254.",
        # Spanish, "con máscara"
        "La dirección de producción es 203.0.113.8 con máscara 255.255.255.254.",
        # Italian, "maschera di sottorete"
        "Indirizzo di produzione 203.0.113.8, maschera di sottorete 255.255.255.254",
        # Dutch, "met subnetmasker"
        "Productie: 203.0.113.8 met subnetmasker 255.255.255.254",
        # Hungarian, "maszk"
        "Éles szerver: 203.0.113.8, maszk 255.255.255.254",
        # German with the article, capitalised
        "Produktiv: 203.0.113.8 mit der Subnetzmaske 255.255.255.254",
        # Czech, locative "v masce"? no: "a maskou" after a comma
        "Ostrá adresa 203.0.113.8, se síťovou maskou 255.255.255.254",
        # a slash with spaces around it
        "Produkce: 203.0.113.8 / 255.255.255.254",
        # the bare mask in brackets
        "Production host 203.0.113.8 (255.255.255.254)",
    ],
)
def test_a_netmask_in_any_wording_makes_a_block(text: str) -> None:
    assert _addresses(text) == _PAIR


@pytest.mark.parametrize(
    "text",
    [
        "Nos serveurs de production se trouvent dans le réseau 198.51.100.64, masque "
        "255.255.255.252.",
        "Sieć produkcyjna 198.51.100.64, maska 255.255.255.252.",
        "Red de producción 198.51.100.64 / máscara 255.255.255.252",
        "Production subnet 198.51.100.64\nSubnet mask: 255.255.255.252",
        "Productie 198.51.100.64\nNetmasker 255.255.255.252",
        "Síť pro ostrý provoz 198.51.100.64 s maskou\n255.255.255.252, díky.",
        "Réseau de production 198.51.100.64, masque de sous-réseau\n255.255.255.252",
    ],
)
def test_a_netmask_of_four_addresses_in_other_languages(text: str) -> None:
    assert _addresses(text) == _FOUR


# Near misses: a netmask word without a mask after it, a mask word inside another word.


def test_a_mask_word_without_a_netmask_leaves_the_address() -> None:
    assert _addresses("Serwer 203.0.113.8 z maską sieci ustawioną przez dostawcę.") == [
        "203.0.113.8"
    ]


def test_a_bracketed_address_is_not_a_mask() -> None:
    assert _addresses("Produkce 203.0.113.8 (záložní 203.0.113.20)") == [
        "203.0.113.8",
        "203.0.113.20",
    ]


def test_a_masked_word_is_no_mask_label() -> None:
    assert _addresses("Server 203.0.113.8 maskovaný 255.255.255.254 nemáme") == ["203.0.113.8"]


# 2. A reply giving no address of its own places the quoted message's addresses by their
#    order ("the first is production, the second test"), never for certain.

def _quoted_reply(note: str, quoted_line: str) -> list[list[str]]:
    text = (
        note + "\n\nS pozdravem\nIva Nová\n\n"
        "Dne 3. 9. 2025 Iva Nová napsala:\n"
        "> Dobrý den, za Zprávy s.r.o. žádáme o přístup k XML.\n"
        f"> {quoted_line}\n"
    )
    x = extract(mail(body(text + SIG)))
    assert not certain(x, "production_ips")
    return [[str(a) for a in x.production_ips], [str(a) for a in x.test_ips]]


@pytest.mark.parametrize(
    "note",
    [
        "Upřesňuji: první z adres v mé žádosti je ostrá, druhá slouží k testům.",
        "To clarify: of the two addresses below, the first one is production and the second "
        "one is for testing.",
        "Spresňujem – prvá adresa je produkčná, druhá adresa testovacia.",
        "Zur Präzisierung: die erste Adresse ist für den Livebetrieb, die zweite für Tests.",
        "K vašemu dotazu: ta první adresa je produkční; ta druhá je testovací.",
    ],
)
def test_a_reply_places_the_quoted_addresses_by_order(note: str) -> None:
    got = _quoted_reply(note, "Adresy: 192.0.2.30 a 192.0.2.31.")
    assert got == [["192.0.2.30"], ["192.0.2.31"]]


def test_a_reply_placing_them_on_separate_quoted_lines() -> None:
    text = (
        "Omlouvám se, první z adres je testovací, druhá produkční.\n\n"
        "Dne 3. 9. 2025 Iva Nová napsala:\n"
        "> Dobrý den, za Zprávy s.r.o. žádáme o přístup k XML z adres:\n"
        "> 192.0.2.30\n> 192.0.2.31\n"
    )
    x = extract(mail(body(text + SIG)))
    assert [str(a) for a in x.production_ips] == ["192.0.2.31"]
    assert [str(a) for a in x.test_ips] == ["192.0.2.30"]


def test_a_reply_naming_one_place_only_leaves_the_uses_in_doubt() -> None:
    got = _quoted_reply("Ta první adresa je produkční.", "Adresy: 192.0.2.30 a 192.0.2.31.")
    assert got[0] == ["192.0.2.30", "192.0.2.31"]


def test_a_reply_without_places_leaves_the_quoted_uses() -> None:
    got = _quoted_reply("Děkuji, vše platí, jak jsem psala.", "Produkce 192.0.2.30, test 192.0.2.31.")
    assert got == [["192.0.2.30"], ["192.0.2.31"]]


# 3. A label a line break split after its use ("… testovací IP" / "adresa: A"), as a PDF's
#    text or a mail client wraps it: the address takes the use of the label's first half.

def _roles_of(text: str) -> list[tuple[str, Role | None]]:
    joined = "\n".join(t for _, t in logical_lines(text))
    return [(m.text, m.role) for m in find_ips(joined) if not m.excluded]


@pytest.mark.parametrize(
    "text",
    [
        "Žádáme o přístup k výsledkům ve formátu XML. Produkční IP adresa: 192.0.2.10, testovací IP\n"
        "adresa: 192.0.2.19.",
        "Prosíme o povolení přístupu z našich serverů, ostrá adresa: 192.0.2.10, testovací\n"
        "adresa: 192.0.2.19.",
        "We ask for access to the results feed; production address: 192.0.2.10, and test\n"
        "IP address: 192.0.2.19.",
        "Žiadame o prístup k výsledkom. Produkčná adresa: 192.0.2.10, skúšobná IP\n"
        "adresa: 192.0.2.19.",
        "Wir bitten um Zugang zum XML-Feed: Produktion: 192.0.2.10, und die Test\n"
        "IP-Adresse: 192.0.2.19.",
    ],
)
def test_a_label_split_by_a_line_break_keeps_its_use(text: str) -> None:
    assert _roles_of(text) == [("192.0.2.10", Role.PRODUCTION), ("192.0.2.19", Role.TEST)]


def test_a_postal_address_label_after_a_long_line_is_not_joined() -> None:
    text = "Kontaktní osoba pro technické záležitosti: Jan Novák, správce IP\nAdresa: Na Příkopě 5"
    assert len(logical_lines(text)) == 2


def test_a_label_line_after_a_finished_sentence_is_not_joined() -> None:
    text = "Žádáme o přístup k výsledkům voleb ve formátu XML pro naši redakci.\nadresa: 192.0.2.19"
    assert len(logical_lines(text)) == 2


# 4. A version of something named between the word and the number ("verze formuláře
#    1.4.2.0") is no address; a version word before a use or an address word is no version.


@pytest.mark.parametrize(
    "line",
    [
        "ŽÁDOST MÉDIA – VOLBY 2025 (verze formuláře 2.3.1.0)",
        "Application form, version of the template 2.3.1.0",
        "Formularz zgłoszeniowy (wersja formularza 2.3.1.0)",
        "Tento dokument je ve verzi šablony 2.3.1.0 a platí od září.",
        "Formulaire de demande – version du modèle 2.3.1.0",
    ],
)
def test_a_version_of_a_named_thing_is_no_address(line: str) -> None:
    assert _addresses(line + "\nProdukce: 192.0.2.110") == ["192.0.2.110"]


def test_a_version_word_before_an_address_word_leaves_the_address() -> None:
    assert _addresses("Nová verze adresy 192.0.2.110 platí od zítřka.") == ["192.0.2.110"]


def test_a_version_word_before_a_use_leaves_the_address() -> None:
    assert _addresses("Ve verzi pro test 192.0.2.119 a produkci 192.0.2.110.") == [
        "192.0.2.119",
        "192.0.2.110",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Produkcja: 203.0.113.8 | Maska podsieci: 255.255.255.254",
        "Production: 203.0.113.8; subnet mask 255.255.255.254",
        "Production | 203.0.113.8 | masque : 255.255.255.254",
        "Produktion: 203.0.113.8 | Netzmaske: 255.255.255.254",
    ],
)
def test_a_netmask_in_the_next_cell_makes_a_block(text: str) -> None:
    assert _addresses(text) == _PAIR
