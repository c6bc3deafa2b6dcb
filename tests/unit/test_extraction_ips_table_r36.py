"""Addresses, thirty-sixth round (issue 18, helper r36-table): a drill written and labelled by
``tests/corpus/LABELS.md`` before extraction was run on it. Every text is invented.

Class 1 — a heading or paragraph saying the addresses BELOW are old, no longer valid or to be
removed governs the table or list right under it, across the blank lines an HTML paragraph or
table leaves, until the rows end (ad028). Near misses: a heading saying the old addresses
stay, a sentence naming the old ones gone and the list below new or final.

Class 2 — an address the text says not to allow, in its own sentence after it, is left out
even when its machine is called temporary or its end is still to come (af040, af027). Near
misses: a refusal whose object is another thing ("nothing else", "a test address").
"""

from __future__ import annotations

import pytest

from intake.model import ComponentRole
from tests.unit.extraction_helpers import SIG, body, extract, mail


def _read(text: str, html: bool = False) -> tuple[list[str], list[str]]:
    part = body(text, ComponentRole.BODY_HTML, name="body.html") if html else body(text + SIG)
    x = extract(mail(part))
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]


_TABLE = "<table border=1><tr><th>{}</th><th>{}</th></tr><tr><td>{}</td><td>{}</td></tr></table>"

_HEADING_CASES = [
    pytest.param(
        "<div><p>Dobrý den, žádáme o přístup k XML.</p><p><b>Tyto adresy už nepoužíváme – vyřaďte"
        " je prosím:</b></p>" + _TABLE.format("Produkční", "Testovací", "192.0.2.10", "192.0.2.11")
        + "<p><b>Platné od 1. 9.:</b></p>"
        + _TABLE.format("Produkční", "Testovací", "192.0.2.20", "192.0.2.21")
        + "<p>Kontakt: Iva Nová, 603 123 456</p></div>",
        True,
        ["192.0.2.20"],
        ["192.0.2.21"],
        id="h1-cz-html-vyradte-then-dated-heading",
    ),
    pytest.param(
        "Dobrý deň, žiadame o prístup k XML.\n\nStaré IP adresy (z minulých volieb), prosím vymazať:\n\n"
        "  - 203.0.113.5\n  - 203.0.113.6\n\nNové:\n  produkcia: 203.0.113.50\n  test: 203.0.113.51\n",
        False,
        ["203.0.113.50"],
        ["203.0.113.51"],
        id="h2-sk-plain-list-under-old-heading",
    ),
    pytest.param(
        "<p>Hello, we request access to the XML results.</p><p><b>Old addresses – no longer in use,"
        " please remove:</b></p><ul><li>198.51.100.7 (production)</li><li>198.51.100.8 (test)</li>"
        "</ul><p><b>Current addresses:</b></p><ul><li>198.51.100.70 (production)</li>"
        "<li>198.51.100.80 (test)</li></ul><p>Contact: Iva Nová, 603 123 456</p>",
        True,
        ["198.51.100.70"],
        ["198.51.100.80"],
        id="h3-en-html-lists",
    ),
    pytest.param(
        "Guten Tag, wir beantragen den Zugang zum XML.\n\nNicht mehr gültige Adressen (bitte löschen):\n\n"
        "Produktion | Test\n192.0.2.30 | 192.0.2.31\n\nNeue Adressen ab sofort:\n\n"
        "Produktion | Test\n192.0.2.40 | 192.0.2.41\n",
        False,
        ["192.0.2.40"],
        ["192.0.2.41"],
        id="h4-de-bar-tables",
    ),
    pytest.param(
        "Dobrý den, prosíme o přístup k výsledkům v XML.\n\nLoňské adresy – ty prosím zrušte:\n\n"
        "198.51.100.90\n198.51.100.91\n\nLetos budeme stahovat z:\n\nprodukce 198.51.100.95\n"
        "test 198.51.100.96\n",
        False,
        ["198.51.100.95"],
        ["198.51.100.96"],
        id="h5-cz-lonske-bare-list",
    ),
    pytest.param(
        "Hi, XML access please.\n\nPlease remove the following addresses from last year:\n\n"
        "| Production | Test |\n|---|---|\n| 203.0.113.60 | 203.0.113.61 |\n\nNew ones:\n\n"
        "| Production | Test |\n|---|---|\n| 203.0.113.70 | 203.0.113.71 |\n",
        False,
        ["203.0.113.70"],
        ["203.0.113.71"],
        id="h6-en-markdown-tables",
    ),
    # near misses: the old addresses stay; the list below is the new one
    pytest.param(
        "<p>Žádáme o přístup k XML.</p><p><b>Adresy zůstávají stejné jako loni:</b></p>"
        + _TABLE.format("produkce", "test", "192.0.2.60", "192.0.2.61"),
        True,
        ["192.0.2.60"],
        ["192.0.2.61"],
        id="h7-near-cz-same-as-last-year",
    ),
    pytest.param(
        "Žádáme o přístup k XML. Původní adresy jsme zrušili, nové jsou tyto:\n\n"
        "Produkce: 198.51.100.110\nTest: 198.51.100.111\n",
        False,
        ["198.51.100.110"],
        ["198.51.100.111"],
        id="h8-near-cz-old-gone-new-below",
    ),
    pytest.param(
        "Staré adresy jsme už odstranili sami. Prosíme o přístup k XML pro:\n\n192.0.2.70 (produkce)\n",
        False,
        ["192.0.2.70"],
        [],
        id="h9-near-cz-last-sentence-asks",
    ),
]


@pytest.mark.parametrize(("text", "html", "prod", "test"), _HEADING_CASES)
def test_removal_heading_governs_table_below(
    text: str, html: bool, prod: list[str], test: list[str]
) -> None:
    assert _read(text, html) == (prod, test)


_REFUSED_CASES = [
    pytest.param(
        "Žádáme o přístup k XML. Dočasně běžíme na 192.0.2.80, ten ale prosím nepovolujte, do voleb ho"
        " vypneme. Ostrý provoz: 192.0.2.81.\n",
        ["192.0.2.81"],
        [],
        id="r1-cz-docasne-nepovolujte",
    ),
    pytest.param(
        "Žiadame o prístup k XML. Server 203.0.113.20 je iba provizórny – nezaraďujte ho prosím."
        " Produkčný server: 203.0.113.21\n",
        ["203.0.113.21"],
        [],
        id="r2-sk-provizorny-nezaradujte",
    ),
    pytest.param(
        "We request XML access. We're temporarily on 198.51.100.150 until the migration is done; this"
        " one should not be whitelisted. Production: 198.51.100.151, test: 198.51.100.152.\n",
        ["198.51.100.151"],
        ["198.51.100.152"],
        id="r3-en-should-not-be-whitelisted-after-semicolon",
    ),
    pytest.param(
        "Wir beantragen den XML-Zugang. Der Rechner 192.0.2.90 ist nur übergangsweise in Betrieb, bitte"
        " nicht freischalten. Produktiv: 192.0.2.91\n",
        ["192.0.2.91"],
        [],
        id="r4-de-nicht-freischalten",
    ),
    pytest.param(
        "Nous demandons l'accès XML. Notre serveur provisoire 203.0.113.30 sera arrêté fin septembre,"
        " ne l'autorisez pas. Production : 203.0.113.31\n",
        ["203.0.113.31"],
        [],
        id="r5-fr-ne-l-autorisez-pas",
    ),
    pytest.param(
        "Solicitamos acceso al XML. La IP 198.51.100.160 es temporal, por favor no la añadan."
        " Producción: 198.51.100.161\n",
        ["198.51.100.161"],
        [],
        id="r6-es-no-la-anadan",
    ),
    # near misses: the refusal's object is another thing
    pytest.param(
        "Žádáme o přístup k XML. Produkční server 192.0.2.100 – nepřidávejte prosím testovací adresu,"
        " žádnou nemáme.\n",
        ["192.0.2.100"],
        [],
        id="r7-near-cz-no-test-address",
    ),
    pytest.param(
        "We request XML access. Production: 198.51.100.170, do not whitelist anything else.\n",
        ["198.51.100.170"],
        [],
        id="r8-near-en-nothing-else",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _REFUSED_CASES)
def test_address_not_to_allow_left_out(text: str, prod: list[str], test: list[str]) -> None:
    assert _read(text) == (prod, test)
