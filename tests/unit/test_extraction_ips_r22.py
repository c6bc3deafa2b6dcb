"""Round 22: a netmask after an address, however it is written (any language's word for a
mask in any case, a preposition before it, a slash with spaces, brackets, the next line),
makes that address its block."""

from __future__ import annotations

import pytest

from intake.extraction.ips import find_ips


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
