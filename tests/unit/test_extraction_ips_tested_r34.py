"""Round 34 (issue 18): the one set of servers serving for tests too, and a correction giving
a use a new value over the other text; a drill written and labelled by LABELS.md before
extraction was run on it.

Class 1 — an address (or a list) given with no use, or as the server(s) to access from,
then "testovat budeme přímo z nich" / "I will test from it as well, so no separate test
address" (ca019, cc032): the one set serves for everything, testing included - production,
no test address (LABELS.md). Near misses: testing from another address, from a machine
with no address, from a labelled test server, and from the address only for a while.

Class 2 — a correction naming a use and a new value, without naming the old one ("Oprava k
příloze: testovací adresa je B", cb012): it replaces that use's value of the other text
(annotation or cover over the attachment, reply over the quoted original, a later line over
an earlier one); the old value leaves that use, its other use stands. Near misses: a cover
adding an address, correcting another field, naming the old value, or keeping a use.
"""

from __future__ import annotations

import pytest

from intake.model import Component
from tests.unit.extraction_helpers import SIG, body, data_message, extract, mail, text_file

_HELLO = "Dobrý den,\n\n"


def _read(*components: Component) -> tuple[list[str], list[str]]:
    x = extract(mail(*components))
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]


_TESTED_CASES = [
    pytest.param(
        "žádáme o přístup k XML výsledkům. Naše servery mají adresy 203.0.113.21 a "
        "203.0.113.22; z těchto strojů budeme zároveň i testovat.\n",
        ["203.0.113.21", "203.0.113.22"],
        [],
        id="t1-cz-from-these-machines",
    ),
    pytest.param(
        "prosíme o sprístupnenie volebných výsledkov pre server 198.51.100.77, testovať "
        "budeme tiež z neho.\n",
        ["198.51.100.77"],
        [],
        id="t2-sk-test-from-it-too",
    ),
    pytest.param(
        "Please whitelist 192.0.2.140 - the same box will be used for testing too, we have "
        "no separate test environment.\n",
        ["192.0.2.140"],
        [],
        id="t3-en-same-box-for-testing",
    ),
    pytest.param(
        "bitte schalten Sie 203.0.113.90 frei; zum Testen nutzen wir denselben Rechner.\n",
        ["203.0.113.90"],
        [],
        id="t4-de-denselben-rechner",
    ),
    pytest.param(
        "proszę o dostęp z adresu 198.51.100.33 – z niego będziemy również testować.\n",
        ["198.51.100.33"],
        [],
        id="t5-pl-z-niego-testowac",
    ),
    pytest.param(
        "IP adresa našeho serveru je 203.0.113.250 (testovat budeme také z ní).\n",
        ["203.0.113.250"],
        [],
        id="t6-cz-in-parentheses",
    ),
    pytest.param(
        "adresa našeho serveru je 198.51.100.5, žádný zvláštní testovací server nemáme, "
        "testujeme rovnou z produkce.\n",
        ["198.51.100.5"],
        [],
        id="t7-cz-test-from-production",
    ),
    pytest.param(
        "Access from 2001:db8:5::10 please. Testing will be done from that same host.\n",
        ["2001:db8:5::10"],
        [],
        id="t8-en-that-same-host-next-sentence",
    ),
    pytest.param(
        "IP 192.0.2.66 – na testovanie použijeme tú istú.\n",
        ["192.0.2.66"],
        [],
        id="t9-sk-tu-istu",
    ),
    pytest.param(
        "Our servers:\n- 192.0.2.11\n- 192.0.2.12\nWe'll run the tests from these as well.\n",
        ["192.0.2.11", "192.0.2.12"],
        [],
        id="t10-en-list-then-sentence",
    ),
    pytest.param(
        "Server 203.0.113.21, testovat budeme z 203.0.113.29.\n",
        ["203.0.113.21"],
        ["203.0.113.29"],
        id="tn1-near-miss-another-address",
    ),
    pytest.param(
        "Our server is 192.0.2.140; we test from our laptops.\n",
        ["192.0.2.140"],
        [],
        id="tn2-near-miss-no-address",
        marks=pytest.mark.xfail(
            strict=True, reason="testing from a machine with no address: read as test, flagged"
        ),
    ),
    pytest.param(
        "Produkce: 192.0.2.1\nDalší server 192.0.2.2, z něj budeme testovat.\n",
        ["192.0.2.1"],
        ["192.0.2.2"],
        id="tn5-near-miss-production-given-elsewhere",
    ),
    pytest.param(
        "Připojíme se z 198.51.100.1 a 198.51.100.2, první na testování, druhá pro ostrý provoz.\n",
        ["198.51.100.2"],
        ["198.51.100.1"],
        id="tn6-near-miss-uses-in-order",
    ),
    pytest.param(
        "Testovací server 192.0.2.50, z něj budeme testovat.\n",
        [],
        ["192.0.2.50"],
        id="tn3-near-miss-labelled-test-server",
    ),
    pytest.param(
        "Produktion 203.0.113.5, Testserver 203.0.113.6 – von dort testen wir.\n",
        ["203.0.113.5"],
        ["203.0.113.6"],
        id="tn4-near-miss-de-test-server-named",
    ),
]


@pytest.mark.parametrize(("text", "production", "test"), _TESTED_CASES)
def test_tested_from_the_same(text: str, production: list[str], test: list[str]) -> None:
    assert _read(body(_HELLO + text + SIG)) == (production, test)


def test_tested_only_for_a_while_is_never_certain() -> None:
    """ "We will test from it until the new server arrives, production will then be B": which
    use A has is a reading - never a certain value."""
    x = extract(
        mail(
            body(
                "Hello,\n\nplease allow 198.51.100.8 - we will test from it until the new server "
                "arrives, production will then be 198.51.100.9.\n" + SIG
            )
        )
    )
    assert "198.51.100.9" in [str(a) for a in x.production_ips]
    assert not x.fields["production_ips"].certain
    if x.test_ips:
        assert not x.fields["test_ips"].certain


_FORM = "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB\n\n{}\n" + SIG

_CORRECTION_CASES = [
    pytest.param(
        "Dobrý den,\nv příloze posílám žádost. Oprava: produkční adresa je správně "
        "198.51.100.41, v příloze je chybně.\n",
        "Produkční IP: 198.51.100.40\nTestovací IP: 198.51.100.50",
        ["198.51.100.41"],
        ["198.51.100.50"],
        id="c1-cz-production-corrected",
    ),
    pytest.param(
        "Hello,\nCorrection to the attached form: the test address should be 192.0.2.77.\n",
        "Production IP: 192.0.2.70\nTest IP: 192.0.2.71",
        ["192.0.2.70"],
        ["192.0.2.77"],
        id="c2-en-test-should-be",
    ),
    pytest.param(
        "Dobrý deň,\nOprava k prílohe: testovacia adresa je 203.0.113.12 (vo formulári je "
        "omylom rovnaká ako produkčná).\n",
        "Produkčná IP: 203.0.113.11\nTestovacia IP: 203.0.113.11",
        ["203.0.113.11"],
        ["203.0.113.12"],
        id="c3-sk-same-as-production-by-mistake",
    ),
    pytest.param(
        "Guten Tag,\nKorrektur zum Formular: die Produktionsadresse lautet richtig "
        "198.51.100.99.\n",
        "Produktions-IP: 198.51.100.98\nTest-IP: 198.51.100.97",
        ["198.51.100.99"],
        ["198.51.100.97"],
        id="c4-de-lautet-richtig",
    ),
    pytest.param(
        "Dzień dobry,\nkorekta do załącznika: adres testowy to 192.0.2.222.\n",
        "Adres produkcyjny: 192.0.2.220\nAdres testowy: 192.0.2.221",
        ["192.0.2.220"],
        ["192.0.2.222"],
        id="c5-pl-korekta",
    ),
    pytest.param(
        "Hello,\nsorry, one mistake in the attached application: the production IP is "
        "2001:db8:44::2.\n",
        "Production IP: 2001:db8:44::1\nTest IP: 2001:db8:44::9",
        ["2001:db8:44::2"],
        ["2001:db8:44::9"],
        id="c6-en-ipv6-mistake",
    ),
    pytest.param(
        "Dobrý den,\nK příloze doplňujeme ještě jednu testovací adresu: 192.0.2.92.\n",
        "Produkční IP: 192.0.2.90\nTestovací IP: 192.0.2.91",
        ["192.0.2.90"],
        ["192.0.2.91", "192.0.2.92"],
        id="cn1-near-miss-cover-adds",
    ),
    pytest.param(
        "Dobrý den,\nOprava k příloze: kontaktní telefon je 603 999 888.\n",
        "Produkční IP: 192.0.2.90\nTestovací IP: 192.0.2.91",
        ["192.0.2.90"],
        ["192.0.2.91"],
        id="cn2-near-miss-other-field-corrected",
    ),
    pytest.param(
        "Dobrý den,\nOprava: produkční je 192.0.2.95, testovací 192.0.2.91 platí.\n",
        "Produkční IP: 192.0.2.90\nTestovací IP: 192.0.2.91",
        ["192.0.2.95"],
        ["192.0.2.91"],
        id="cn3-near-miss-test-kept",
    ),
]


@pytest.mark.parametrize(("cover", "form", "production", "test"), _CORRECTION_CASES)
def test_cover_correction_over_form(
    cover: str, form: str, production: list[str], test: list[str]
) -> None:
    x = extract(mail(body(cover + SIG), text_file("zadost.txt", _FORM.format(form))))
    assert ([str(a) for a in x.production_ips], [str(a) for a in x.test_ips]) == (production, test)
    if x.test_ips != [] and production != [str(a) for a in x.production_ips]:
        assert not x.fields["production_ips"].certain


def test_annotation_corrects_attachment() -> None:
    """cb012's shape in Slovak words: the annotation over the attached form."""
    x = extract(
        data_message(
            "Žiadosť o prístup – v prílohe. Oprava k prílohe: testovacia IP je 198.51.100.61.",
            text_file(
                "ziadost.txt",
                _FORM.format("Produkčná IP: 198.51.100.60\nTestovacia IP: 198.51.100.60"),
            ),
            dm_sender="Noviny Záhorie s.r.o.",
        )
    )
    assert [str(a) for a in x.production_ips] == ["198.51.100.60"]
    assert [str(a) for a in x.test_ips] == ["198.51.100.61"]
    assert not x.fields["test_ips"].certain


def test_reply_corrects_quoted_original() -> None:
    text = (
        "Dobrý den,\nomlouvám se, v žádosti níže byla chyba – testovací IP je 198.51.100.130.\n"
        + SIG
        + "\nDne 3. 9. 2030 v 10:12 Iva Nová <a@zpravy.example> napsal(a):\n"
        "> Dobrý den,\n> žádáme o přístup k výsledkům voleb.\n"
        "> Produkční IP: 198.51.100.120\n> Testovací IP: 198.51.100.121\n"
    )
    assert _read(body(text)) == (["198.51.100.120"], ["198.51.100.130"])


def test_later_line_corrects_earlier() -> None:
    text = (
        "žádáme o přístup k výsledkům voleb.\nProdukční IP: 203.0.113.30\n"
        "Testovací IP: 203.0.113.31\n\nOprava: testovací adresa je 203.0.113.35.\n"
    )
    assert _read(body(_HELLO + text + SIG)) == (["203.0.113.30"], ["203.0.113.35"])
