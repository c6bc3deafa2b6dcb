"""A drill, sixtieth round (issue 18): addresses given relative to others. (a) The test
address said to be the production one but for its last octet, the new octet written before
the replaced one ("testovací ta samá co produkce, jen .71 místo .70", "the same as
production, only .21 instead of .20", "die gleiche, nur .41 statt .40"): production A, test
A with the new octet (cy002). Near misses: a test use said to be the production one outright
(no test address), a "same" said of something else. (b) A forward of a colleague's
application whose forwarder adds one address to the colleague's list, saying the colleague
sent it to them by mistake ("omylem poslal jen mně", "sent it to me by mistake"): the
mistake is the sending, not an address, so the colleague's addresses of that use stand and
the addition joins them (cy008). Near miss: a forwarder who says an address of the
colleague's was wrong (the correction replaces it). Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it; only the address fields are drilled.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}
_IPS = ("production_ips", "test_ips")


def _mail(text: str, sender: str, name: str) -> ParsedMessage:
    return mail(body(text), subject="Přístup k výsledkům voleb", sender=sender, sender_name=name)


def _want(prod: list[str], test: list[str]) -> Label:
    return label(FEED, (None, None, None), prod, test, (None, None, None))


_SIG = "\n\nS pozdravem\nIva Nová\nZprávy Východ s.r.o.\ntel. 603 123 456\n"

# (a) the test address relative to production, the new octet first
CASES["cs_same_only_new_instead_of_old"] = (
    _mail(
        "Dobrý den,\n\nprosíme o přístup k XML výsledkům.\n\nProdukce bude 198.51.100.70, "
        "testovací ta samá co produkce, jen .71 místo .70 (nastavil to kolega).\n" + _SIG,
        "iva@zpravy.example",
        "Iva Nová",
    ),
    _want(["198.51.100.70"], ["198.51.100.71"]),
)
CASES["en_same_only_new_instead_of_old"] = (
    _mail(
        "Hello,\n\nwe would like access to the results feed.\n\nProduction: 203.0.113.20. "
        "Test is the same as production, only .21 instead of .20.\n" + _SIG,
        "iva@zpravy.example",
        "Iva Nová",
    ),
    _want(["203.0.113.20"], ["203.0.113.21"]),
)
CASES["de_gleiche_nur_statt"] = (
    _mail(
        "Guten Tag,\n\nwir bitten um Zugang zu den Wahlergebnissen.\n\nProduktion: 192.0.2.40, "
        "Test die gleiche, nur .41 statt .40.\n" + _SIG,
        "iva@zpravy.example",
        "Iva Nová",
    ),
    _want(["192.0.2.40"], ["192.0.2.41"]),
)
CASES["pl_taki_sam_tylko_zamiast"] = (
    _mail(
        "Dzień dobry,\n\nprosimy o dostęp do wyników wyborów.\n\nProdukcja 198.51.100.90, "
        "testowy taki sam, tylko .91 zamiast .90.\n" + _SIG,
        "iva@zpravy.example",
        "Iva Nová",
    ),
    _want(["198.51.100.90"], ["198.51.100.91"]),
)
CASES["sk_ta_ista_len_namiesto"] = (
    _mail(
        "Dobrý deň,\n\nžiadame o prístup k výsledkom volieb.\n\nProdukčná 192.0.2.10, "
        "testovacia tá istá, len .11 namiesto .10.\n" + _SIG,
        "iva@zpravy.example",
        "Iva Nová",
    ),
    _want(["192.0.2.10"], ["192.0.2.11"]),
)
CASES["cs_same_no_dots_new_first"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k výsledkům voleb.\n\nProdukční IP 203.0.113.44, "
        "testovací je stejná, jen 45 místo 44.\n" + _SIG,
        "iva@zpravy.example",
        "Iva Nová",
    ),
    _want(["203.0.113.44"], ["203.0.113.45"]),
)
# near misses: the same outright, "same" of something else
CASES["near_cs_same_outright"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k výsledkům voleb.\n\nProdukce bude 198.51.100.70, "
        "testovací ta samá co produkce.\n" + _SIG,
        "iva@zpravy.example",
        "Iva Nová",
    ),
    _want(["198.51.100.70"], []),
)
CASES["near_cs_two_prod_same_range"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k výsledkům voleb.\n\nProdukční adresy 198.51.100.70 "
        "a .71 (stejný rozsah jako loni), testovací 192.0.2.5.\n" + _SIG,
        "iva@zpravy.example",
        "Iva Nová",
    ),
    _want(["198.51.100.70", "198.51.100.71"], ["192.0.2.5"]),
)

# (b) a forwarder adding one address to a colleague's list, the sending called a mistake
CASES["cs_forward_omylem_adds_test"] = (
    _mail(
        "Dobrý den,\n\npřeposílám žádost kolegy Malého, kterou omylem poslal jen mně. "
        "Přidávám ještě jednu testovací adresu: 192.0.2.88.\n\nEva Kalná\n\n"
        "-----Original Message-----\nFrom: Petr Malý <maly@zpravy.example>\n"
        "Sent: Monday, September 8, 2025 9:10 AM\nTo: Eva Kalná <kalna@zpravy.example>\n"
        "Subject: žádost o XML\n\nDobrý den,\nZprávy Východ s.r.o. žádá o přístup k výsledkům "
        "voleb.\nProdukce: 198.51.100.20\nTest: 192.0.2.87\nKontakt: Petr Malý, "
        "maly@zpravy.example, tel. 603 111 222\n",
        "kalna@zpravy.example",
        "Eva Kalná",
    ),
    _want(["198.51.100.20"], ["192.0.2.87", "192.0.2.88"]),
)
CASES["en_forward_by_mistake_adds_prod"] = (
    _mail(
        "Hello,\n\nforwarding my colleague's request, which he sent to me by mistake. Please "
        "also add one more production address: 203.0.113.12.\n\nAnna Grey\n\n"
        "-----Original Message-----\nFrom: Tom Hill <hill@gazette.example>\n"
        "Sent: Monday, September 8, 2025 9:10 AM\nTo: Anna Grey <grey@gazette.example>\n"
        "Subject: XML results\n\nHello,\nRiverside Gazette Ltd asks for access to the results "
        "feed.\nProduction: 203.0.113.10, 203.0.113.11\nTest: 198.51.100.5\nContact: Tom Hill, "
        "hill@gazette.example, +44 117 496 0555\n",
        "grey@gazette.example",
        "Anna Grey",
    ),
    _want(["203.0.113.10", "203.0.113.11", "203.0.113.12"], ["198.51.100.5"]),
)
CASES["sk_forward_omylom_doplnam_prod"] = (
    _mail(
        "Dobrý deň,\n\nposielam ďalej žiadosť kolegu, ktorú omylom poslal iba mne. Dopĺňam ešte "
        "jednu produkčnú adresu: 192.0.2.33.\n\nZuzana Hrdá\n\n"
        "-----Original Message-----\nFrom: Ján Kráľ <kral@hlas.example>\n"
        "Sent: Monday, September 8, 2025 9:10 AM\nTo: Zuzana Hrdá <hrda@hlas.example>\n"
        "Subject: žiadosť o XML\n\nDobrý deň,\nZáhorský hlas s.r.o. žiada o prístup k "
        "výsledkom volieb.\nProdukcia: 192.0.2.31, 192.0.2.32\nTest: 198.51.100.9\n"
        "Kontakt: Ján Kráľ, kral@hlas.example, tel. 0905 221 318\n",
        "hrda@hlas.example",
        "Zuzana Hrdá",
    ),
    _want(["192.0.2.31", "192.0.2.32", "192.0.2.33"], ["198.51.100.9"]),
)
# near miss: the forwarder corrects an address of the colleague's
CASES["near_cs_forward_corrects_prod"] = (
    _mail(
        "Dobrý den,\n\npřeposílám žádost kolegy Malého. Kolega se v produkční adrese spletl, "
        "správně je 198.51.100.26.\n\nEva Kalná\n\n"
        "-----Original Message-----\nFrom: Petr Malý <maly@zpravy.example>\n"
        "Sent: Monday, September 8, 2025 9:10 AM\nTo: Eva Kalná <kalna@zpravy.example>\n"
        "Subject: žádost o XML\n\nDobrý den,\nZprávy Východ s.r.o. žádá o přístup k výsledkům "
        "voleb.\nProdukce: 198.51.100.62\nTest: 192.0.2.87\nKontakt: Petr Malý, "
        "maly@zpravy.example, tel. 603 111 222\n",
        "kalna@zpravy.example",
        "Eva Kalná",
    ),
    _want(["198.51.100.26"], ["192.0.2.87"]),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [x for x in misses(p, want) if x.startswith(_IPS)] == []
