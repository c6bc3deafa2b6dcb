"""Addresses, fortieth round (issue 18, helper r40-addr): a drill written and labelled by
``tests/corpus/LABELS.md`` before extraction was run on it. Every text is invented.

Class A — an ordinal counting runs of an event ("We plan the first test on 24.9.", ar039), not
pointing at one of the addresses before it. Near misses: an ordinal pointing at an address
("the first one is for tests", "první testovací, druhá ostrá").

Class B — a note under a list of one address a line whose items stand apart by blank lines
(an HTML list or paragraphs, ap017) points into the list by place. Near misses: a note too far
below, items that name their own use.

Class C — testing from the same machine, and "no test address", in the Nordic languages and
Dutch (ar007): no test address. Near misses: a test machine of its own named; "the same
network" with an address of its own.

Class D — an address its sentence says will not fetch the data, or is only a front end or
named for information (ar034): left out. Near misses: a machine that will not fetch until
later; a negation about something else before a use.
"""

from __future__ import annotations

import pytest

from intake.model import ComponentRole
from tests.unit.extraction_helpers import SIG, body, extract, mail


def _ips(x: object) -> tuple[list[str], list[str]]:
    return (
        [str(a) for a in x.production_ips],  # type: ignore[attr-defined]
        [str(a) for a in x.test_ips],  # type: ignore[attr-defined]
    )


def _body(text: str) -> tuple[list[str], list[str]]:
    return _ips(extract(mail(body(text + SIG, ComponentRole.BODY_TEXT))))


def _html(html: str) -> tuple[list[str], list[str]]:
    return _ips(extract(mail(body(html, ComponentRole.BODY_HTML))))


_EVENT_ORDINAL = [
    pytest.param(
        "Hello,\nour downloader will run on 203.0.113.11; the staging box is 203.0.113.12."
        " The first test is scheduled for 3.10.2025.\n",
        ["203.0.113.11"],
        ["203.0.113.12"],
        id="a1-en-first-test",
    ),
    pytest.param(
        "Dobrý den,\nostrá data budeme stahovat na 192.0.2.21, testovat budeme z 192.0.2.22."
        " První testování proběhne v týdnu od 15. 9.\n",
        ["192.0.2.21"],
        ["192.0.2.22"],
        id="a2-cz-prvni-testovani",
    ),
    pytest.param(
        "Guten Tag,\nder Abruf läuft auf 198.51.100.31, die Testumgebung ist 198.51.100.32."
        " Der erste Testlauf ist für Oktober geplant.\n",
        ["198.51.100.31"],
        ["198.51.100.32"],
        id="a3-de-erster-testlauf",
    ),
    pytest.param(
        "Dobrý deň,\nprodukcia pôjde z 192.0.2.41 a testy z 192.0.2.42. Prvý pokus urobíme"
        " hneď po pridelení prístupu.\n",
        ["192.0.2.41"],
        ["192.0.2.42"],
        id="a4-sk-prvy-pokus",
    ),
    pytest.param(
        "Hi,\nlive: 203.0.113.51 / test: 203.0.113.52. The second download attempt failed"
        " yesterday, so please check the allowlist.\n",
        ["203.0.113.51"],
        ["203.0.113.52"],
        id="a5-en-second-attempt",
    ),
    pytest.param(
        "Hello,\nwe fetch from 198.51.100.61; 198.51.100.62 is our test VM. The first"
        " production run will be on election night.\n",
        ["198.51.100.61"],
        ["198.51.100.62"],
        id="a6-en-first-production-run",
    ),
    # near misses: the ordinal points at an address
    pytest.param(
        "Hello,\nplease allow 203.0.113.71 and 203.0.113.72. The first one is only for tests,"
        " the second is production.\n",
        ["203.0.113.72"],
        ["203.0.113.71"],
        id="a7-near-first-one",
    ),
    pytest.param(
        "Dobrý den,\nadresy 192.0.2.81 a 192.0.2.82. První testovací, druhá ostrá.\n",
        ["192.0.2.82"],
        ["192.0.2.81"],
        id="a8-near-prvni-testovaci",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _EVENT_ORDINAL)
def test_event_ordinal(text: str, prod: list[str], test: list[str]) -> None:
    assert _body(text) == (prod, test)


_SPACED_LIST = [
    pytest.param(
        "<p>Dobrý den,</p><p>žádáme o přístup k XML. Adresy:</p><ul><li>192.0.2.91</li>"
        "<li>192.0.2.92</li></ul><p>Druhá z nich je testovací, první ostrá.</p>"
        "<p>Kontakt: Iva Nová, 603 123 456</p>",
        ["192.0.2.91"],
        ["192.0.2.92"],
        id="b1-html-ul-druha",
    ),
    pytest.param(
        "<div>Hello,</div><div>please allow:</div><ol><li>203.0.113.101</li>"
        "<li>203.0.113.102</li></ol><div>The latter is our test machine.</div>"
        "<div>Contact: Iva Nová, 603 123 456</div>",
        ["203.0.113.101"],
        ["203.0.113.102"],
        id="b2-html-ol-latter",
    ),
    pytest.param(
        "Dobrý den,\nadresy serverů:\n\n198.51.100.111\n\n198.51.100.112\n\nPosledná je len"
        " na testovanie.\n",
        ["198.51.100.111"],
        ["198.51.100.112"],
        id="b3-sk-paragraphs-posledna",
    ),
    pytest.param(
        "<p>Hej,</p><p>IP:</p><p>192.0.2.121</p><p>192.0.2.122</p><p>The first is"
        " production, the second one is for testing.</p><p>Contact: Iva Nová, 603 123 456</p>",
        ["192.0.2.121"],
        ["192.0.2.122"],
        id="b4-html-paragraphs-first-second",
    ),
    pytest.param(
        "Dobrý den,\nadresy:\n\n- 203.0.113.131\n\n- 203.0.113.132\n\n- 203.0.113.133\n\n"
        "Třetí slouží jen k testování.\n",
        ["203.0.113.131", "203.0.113.132"],
        ["203.0.113.133"],
        id="b5-cz-dash-items-treti",
    ),
    pytest.param(
        "<p>Hello,</p><ul><li><p>198.51.100.141</p></li><li><p>198.51.100.142</p></li></ul>"
        "<p>Note: the second address is a test box.</p><p>Contact: Iva Nová, 603 123 456</p>",
        ["198.51.100.141"],
        ["198.51.100.142"],
        id="b6-html-li-p-note",
    ),
    # near misses: items with their own use; a list with no note under it
    pytest.param(
        "Dobrý den,\n\nostrý: 192.0.2.151\n\ntestovací: 192.0.2.152\n\nPrvní kolo testů"
        " začne v září.\n",
        ["192.0.2.151"],
        ["192.0.2.152"],
        id="b7-near-labelled-items",
    ),
    pytest.param(
        "Hello,\n\n203.0.113.161\n\n203.0.113.162\n\nBoth are our production servers.\n",
        ["203.0.113.161", "203.0.113.162"],
        [],
        id="b8-near-both-production",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _SPACED_LIST)
def test_note_under_spaced_list(text: str, prod: list[str], test: list[str]) -> None:
    got = _html(text) if text.startswith("<") else _body(text)
    assert got == (prod, test)


_SAME_HOST = [
    pytest.param(
        "Hej,\nvår server har IP 198.51.100.171. Vi testar från samma server.\n",
        ["198.51.100.171"],
        [],
        id="c1-sv-samma-server",
    ),
    pytest.param(
        "Hei,\nserveren vår er 203.0.113.181, og testing skjer fra samme maskin.\n",
        ["203.0.113.181"],
        [],
        id="c2-no-samme-maskin",
    ),
    pytest.param(
        "Hej,\nvores server: 192.0.2.191. Vi tester fra den samme maskine, ingen separat"
        " testadresse.\n",
        ["192.0.2.191"],
        [],
        id="c3-da-den-samme",
    ),
    pytest.param(
        "Goedendag,\nonze server is 198.51.100.201; we testen vanaf dezelfde machine.\n",
        ["198.51.100.201"],
        [],
        id="c4-nl-dezelfde-machine",
    ),
    pytest.param(
        "Hello,\nthe feed goes to 203.0.113.211. Geen testserver, we testen op dezelfde server.\n",
        ["203.0.113.211"],
        [],
        id="c5-nl-geen-testserver",
    ),
    pytest.param(
        "Hej!\nJag hämtar resultaten till 192.0.2.221 – ingen testadress behövs, testerna"
        " körs där.\n",
        ["192.0.2.221"],
        [],
        id="c6-sv-ingen-testadress",
    ),
    # near misses: a test machine of its own
    pytest.param(
        "Hej,\nproduktion: 198.51.100.231. Vi testar från en annan maskin, 198.51.100.232.\n",
        ["198.51.100.231"],
        ["198.51.100.232"],
        id="c7-near-annan-maskin",
    ),
    pytest.param(
        "Goedendag,\nproductie 203.0.113.241, testen vanaf 203.0.113.242 in hetzelfde netwerk.\n",
        ["203.0.113.241"],
        ["203.0.113.242"],
        id="c8-near-same-network",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _SAME_HOST)
def test_same_host_nordic(text: str, prod: list[str], test: list[str]) -> None:
    assert _body(text) == (prod, test)


_NOT_FETCHING = [
    pytest.param(
        "Dobrý den,\ndata bude stahovat server 192.0.2.11. Redakční web běží na 192.0.2.12,"
        " ten se k vám připojovat nebude.\n",
        ["192.0.2.11"],
        [],
        id="d1-cz-pripojovat-nebude",
    ),
    pytest.param(
        "Hello,\nproduction fetcher: 198.51.100.21. Our public site is at 198.51.100.22,"
        " which does not fetch anything from you.\n",
        ["198.51.100.21"],
        [],
        id="d2-en-does-not-fetch",
    ),
    pytest.param(
        "Dobrý deň,\nostrá adresa 203.0.113.31, testovacia 203.0.113.32. Adresa 203.0.113.33"
        " je len náš frontend, nesťahuje nič.\n",
        ["203.0.113.31"],
        ["203.0.113.32"],
        id="d3-sk-len-frontend",
    ),
    pytest.param(
        "Guten Tag,\nder Abruf erfolgt von 192.0.2.41. Unser Webserver 192.0.2.42 greift nicht"
        " zu, er zeigt nur die Ergebnisse an.\n",
        ["192.0.2.41"],
        [],
        id="d4-de-greift-nicht-zu",
    ),
    pytest.param(
        "Dobrý den,\nprodukce 198.51.100.51.\nPro úplnost: 198.51.100.52 je jen pro informaci,"
        " je to náš reverzní proxy.\n",
        ["198.51.100.51"],
        [],
        id="d5-cz-jen-pro-informaci",
    ),
    pytest.param(
        "Hi,\nwe pull the XML from 203.0.113.61 (live) and 203.0.113.62 (test). The frontend"
        " at 203.0.113.63 won't connect to your servers.\n",
        ["203.0.113.61"],
        ["203.0.113.62"],
        id="d6-en-wont-connect",
    ),
    # near misses: a machine that will fetch later; a negation about something else
    pytest.param(
        "Dobrý den,\nostrý server 192.0.2.71 zatím stahovat nebude, začne až v den voleb.\n",
        ["192.0.2.71"],
        [],
        id="d7-near-zatim",
    ),
    pytest.param(
        "Hello,\nplease allow 198.51.100.81 for production; it only polls the feed, we do not"
        " need any other access.\n",
        ["198.51.100.81"],
        [],
        id="d8-near-other-access",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _NOT_FETCHING)
def test_not_fetching(text: str, prod: list[str], test: list[str]) -> None:
    assert _body(text) == (prod, test)
