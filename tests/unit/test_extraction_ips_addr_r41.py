"""Round 41 (issue 18), helper r41-addr: a drill written and labelled by LABELS.md before
extraction was run on it.

1. The test use said to be the production one in the address's own clause, where the clause
   ends ("IP A maska 255.255.255.255, test stejna.", "A, test IP same as production",
   "(testovací je stejná)"): the tests run from the production machine, no test address
   (LABELS; au028). Near misses: a test address of its own after the same words, the same
   address but for its end ("testovací stejná, jen poslední číslo 51").
"""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import SIG, body, extract, mail


def _read(text: str) -> tuple[list[str], list[str]]:
    x = extract(mail(body(text + SIG)))
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]


_SAME_INLINE = [
    pytest.param(
        "Dobrý den, žádáme o přístup k XML. Adresa 203.0.113.40/32, test stejná.",
        ["203.0.113.40"],
        [],
        id="s1-cz-cidr-test-stejna",
    ),
    pytest.param(
        "Dobrý deň, prosíme o prístup. IP 198.51.100.90, testovacia rovnaká.",
        ["198.51.100.90"],
        [],
        id="s2-sk-testovacia-rovnaka",
    ),
    pytest.param(
        "Hi, please allow our server 192.0.2.61, test IP same as production. Thanks",
        ["192.0.2.61"],
        [],
        id="s3-en-test-ip-same-as-production",
    ),
    pytest.param(
        "Dobrý den,\nIP adresa serveru: 198.51.100.14 (testovací je stejná).\nDěkuji",
        ["198.51.100.14"],
        [],
        id="s4-cz-parenthesis",
    ),
    pytest.param(
        "Guten Tag, wir bitten um Zugang. Unsere IP 203.0.113.88, die Testadresse ist dieselbe.",
        ["203.0.113.88"],
        [],
        id="s5-de-testadresse-dieselbe",
    ),
    pytest.param(
        "zdravim, ip: 192.0.2.33\nmaska 255.255.255.255\ntest: stejná\n",
        ["192.0.2.33"],
        [],
        id="s6-cz-lines",
    ),
    pytest.param(
        "Hello, prod 198.51.100.7, staging identical.",
        ["198.51.100.7"],
        [],
        id="s7-en-staging-identical",
    ),
    pytest.param(  # near miss: a test address of its own
        "Produkce 198.51.100.20, test stejná síť, adresa 198.51.100.21.",
        ["198.51.100.20"],
        ["198.51.100.21"],
        marks=pytest.mark.xfail(
            strict=True,
            reason="left: 'test stejná síť, adresa B' gives B production (flagged, not certain)",
        ),
        id="n1-cz-same-network-own-address",
    ),
    pytest.param(  # near miss: "as last time", then the address
        "Ostrá 203.0.113.30, testovací stejná jako minule, tj. 203.0.113.31.",
        ["203.0.113.30"],
        ["203.0.113.31"],
        id="n2-cz-as-before-then-address",
    ),
    pytest.param(  # near miss: the same address but for its end
        "IP 192.0.2.50, testovací stejná, jen poslední číslo 51.",
        ["192.0.2.50"],
        ["192.0.2.51"],
        id="n3-cz-but-last-octet",
    ),
    pytest.param(  # near miss: a test address of its own after "the same"
        "Production 192.0.2.70, test: the same range, 192.0.2.71.",
        ["192.0.2.70"],
        ["192.0.2.71"],
        id="n4-en-same-range-own-address",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _SAME_INLINE)
def test_test_use_said_same_in_the_address_clause(
    text: str, prod: list[str], test: list[str]
) -> None:
    assert _read(text) == (prod, test)
