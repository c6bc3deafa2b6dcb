"""A drill, fifty-fifth round (issue 18): a CIDR block whose sentence says its network and
broadcast addresses are not used ("blok 192.0.2.244/30, síťová a broadcast adresa se
nepoužívají"): the request is the block's host addresses, not nothing. Near-miss negatives:
a block given with its network and broadcast addresses included, a plain block, a block the
text calls old and no longer used. Every message was labelled by ``tests/corpus/LABELS.md``
before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _case(key: str, text: str, prod: list[str], test: list[str]) -> None:
    CASES[key] = (
        mail(body(text), subject="Žádost o přístup k výsledkům voleb (XML)",
             sender="it@lab.example", sender_name="X"),
        label(FEED, (None, None, None), prod, test, (None, None, None)),
    )


_SIGN = "\n\nS pozdravem\nJan Novák\nNovinky z Hané s.r.o.\n"
_H30 = ["192.0.2.245", "192.0.2.246"]
_case(
    "cz_sitova_broadcast_nepouzivaji",
    "Dobrý den,\n\nžádáme o přístup k výsledkům voleb v XML.\n\nNáš blok je 192.0.2.244/30, "
    "síťová a broadcast adresa se samozřejmě nepoužívají. Testovat budeme ze stejných strojů."
    + _SIGN,
    _H30,
    [],
)
_case(
    "cz_bez_sitove_a_broadcastove",
    "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb.\n\n"
    "Produkční IP: 192.0.2.244/30 (bez síťové a broadcastové adresy)" + _SIGN,
    _H30,
    [],
)
_case(
    "sk_sietova_vysielacia",
    "Dobrý deň,\n\nžiadame o prístup k výsledkom volieb.\n\n"
    "Produkčné adresy: 198.51.100.8/30, sieťovú a broadcast adresu nepoužívame." + _SIGN,
    ["198.51.100.9", "198.51.100.10"],
    [],
)
_case(
    "en_network_broadcast_excluded",
    "Hello,\n\nwe request access to the election results XML feed.\n\n"
    "Production: 203.0.113.64/29, network and broadcast addresses excluded.\n"
    "Test: 203.0.113.80\n\nBest regards\nAnna Lee\nNorth Star Media Ltd\n",
    ["203.0.113.65", "203.0.113.66", "203.0.113.67", "203.0.113.68", "203.0.113.69",
     "203.0.113.70"],
    ["203.0.113.80"],
)
_case(
    "de_netz_broadcast",
    "Guten Tag,\n\nwir beantragen den Zugang zu den Wahlergebnissen (XML).\n\n"
    "Produktiv: 198.51.100.20/30 (ohne Netz- und Broadcastadresse)\n\n"
    "Mit freundlichen Grüßen\nKarl Maier\nDonau Medien GmbH\n",
    ["198.51.100.21", "198.51.100.22"],
    [],
)
_case(
    "pl_adres_sieci_rozgloszeniowy",
    "Dzień dobry,\n\nprosimy o dostęp do wyników wyborów w XML.\n\n"
    "Adresy produkcyjne: 192.0.2.100/30, bez adresu sieci i rozgłoszeniowego.\n\n"
    "Pozdrawiam\nPiotr Nowak\nGazeta Śląska sp. z o.o.\n",
    ["192.0.2.101", "192.0.2.102"],
    [],
)
# near-miss negatives
_case(
    "neg_including_network_broadcast",
    "Dobrý den,\n\nžádáme o přístup k výsledkům voleb v XML.\n\n"
    "Produkční IP: 192.0.2.244/30 (celý blok včetně síťové a broadcast adresy)" + _SIGN,
    ["192.0.2.244", "192.0.2.245", "192.0.2.246", "192.0.2.247"],
    [],
)
_case(
    "neg_plain_block",
    "Dobrý den,\n\nžádáme o přístup k výsledkům voleb v XML.\n\n"
    "Produkční IP: 192.0.2.244/30" + _SIGN,
    ["192.0.2.244", "192.0.2.245", "192.0.2.246", "192.0.2.247"],
    [],
)
_case(
    "neg_old_block_not_used",
    "Dobrý den,\n\nžádáme o přístup k výsledkům voleb v XML.\n\n"
    "Produkční IP: 198.51.100.30\n"
    "Starý blok 192.0.2.244/30 už nepoužíváme." + _SIGN,
    ["198.51.100.30"],
    [],
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.split(":")[0].endswith("_ips")] == []
