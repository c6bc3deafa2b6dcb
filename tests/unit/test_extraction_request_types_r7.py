"""Request types, seventh round (issue 18): principles written for the test in wording of
their own (Czech with and without diacritics, Slovak, English; prose, a list, a form), none a
corpus case."""

from __future__ import annotations

import pytest

from intake.extraction.request_types import FEED, RECORDING, Part, request_types


def _types(text: str) -> tuple[str, ...]:
    return request_types([(text, Part.TEXT)], has_ips=True)[0]


# ----------------------------------- a lettered item taken back later in the text -------
# An enumerated list may be lettered as well as numbered: "žádost pod bodem b) bereme zpět"
# withdraws the request item b) names, as "bod 2" does item 2.


@pytest.mark.parametrize(
    "text",
    [
        "Žádáme o:\na) přístup k XML výsledkům, server 192.0.2.5;\nb) povolení natáčet na "
        "přebíracím místě.\nDoplněk: žádost pod bodem b) bereme zpět.",
        "Zadame o:\na) pristup k XML vysledkum, server 192.0.2.5;\nb) povoleni natacet na "
        "prebiracim miste.\nDoplnek: zadost pod bodem b) bereme zpet.",
        "Žiadame o:\na) prístup k XML výsledkom;\nb) povolenie nakrúcať na preberacom mieste.\n"
        "Bod b) berieme späť, štáb nepríde.",
        "We request:\n(a) access to the XML results feed;\n(b) permission to film at the "
        "collection point.\nPlease disregard point (b), our crew will not come.",
        "Požadujeme: a) přístup k serveru s výsledky voleb, b) natáčení na přebíracím místě. "
        "Položku b) prosím škrtněte.",
        "Request list\n a) dedicated server access\n b) filming at the collection point\n"
        "Update: item b) is withdrawn.",
    ],
)
def test_a_lettered_item_taken_back_is_withdrawn(text: str) -> None:
    assert _types(text) == (FEED,)


# -------------------------- a negation about addresses declines no request ---------------
# "testovaciu adresu nemáme", "no test address": the negation is about the addresses, never
# about a request named beside it.


@pytest.mark.parametrize(
    "text",
    [
        "žádám o přístup k XML (server 192.0.2.9, testovací adresu nemáme) a zároveň o "
        "povolení natáčet na přebíracím místě.",
        "zadam o pristup k XML (server 192.0.2.9, testovaci adresu nemame) a zaroven o "
        "povoleni natacet na prebiracim miste.",
        "žiadam o prístup k XML (sieť 192.0.2.8/31, testovaciu adresu nemáme) a zároveň o "
        "povolenie natáčať na preberacom mieste.",
        "we ask for access to the XML feed (192.0.2.9; we have no test address) and also for "
        "permission to film at the collection point.",
        "prosíme o XML přístup pro 192.0.2.9, žádnou záložní adresu nemáme, a také o natáčení "
        "na přebíracím místě v Brně.",
        "Please grant XML access to 192.0.2.9 (no second address) and a permit to film at "
        "the collection point.",
    ],
)
def test_a_negation_about_addresses_declines_no_request(text: str) -> None:
    assert set(_types(text)) == {FEED, RECORDING}
