"""Request types and the organisation, eighth round (issue 18): principles written for the
test in wording of their own (Czech with and without diacritics, Slovak, English; prose, a
form, a reply), none a corpus case."""

from __future__ import annotations

import pytest

from intake.extraction.request_types import FEED, RECORDING, Part, request_types


def _types(text: str) -> tuple[str, ...]:
    return request_types([(text, Part.TEXT)], has_ips=True)[0]


# ------------------------------------------- a bracketed aside is a scope of its own -----
# A negation inside brackets is about what the aside says (an address's role, a detail),
# never about a request named outside them; a negation after the closing bracket is not
# inside the aside.


@pytest.mark.parametrize(
    "text",
    [
        "Žádáme o přístup k XML (adresa 192.0.2.5, záložní žádná) a také o natáčení na "
        "přebíracím místě.",
        "zadame o XML (server 198.51.100.4, testovaci nemame) a chceme i natacet ve Zline.",
        "žiadame o prístup k XML (produkčná 192.0.2.7, testovacia žiadna) a tiež o povolenie "
        "nakrúcať na preberacom mieste.",
        "We would like XML access (192.0.2.7, test: none) and also permission to film at the "
        "collection point in Brno.",
        "Doplňuji: XML chceme (IP 203.0.113.9 – test nepotřebujeme) a přijedeme natáčet do "
        "Jihlavy.",
        "Zadost | XML (IP 192.0.2.66, bez zalohy) a natoceni reportaze na prebiracim miste v "
        "Kladne",
    ],
)
def test_a_negation_inside_brackets_declines_no_request_outside(text: str) -> None:
    assert _types(text) == (FEED, RECORDING)


@pytest.mark.parametrize(
    "text",
    [
        "O přístup k XML (server 192.0.2.5 a 192.0.2.6) již nežádáme, prosíme jen o povolení "
        "natáčet v Ostravě.",
        "o pristup k XML (adresy 192.0.2.5, 192.0.2.6) uz nezadame; natacet v Opave ale chceme.",
        "O prístup k XML (adresa 192.0.2.5) už nežiadame, žiadame iba o povolenie nakrúcať.",
        "The XML feed (addresses 192.0.2.5 and .6) is no longer needed; we only ask for "
        "permission to film at the collection point.",
    ],
)
def test_a_negation_after_a_closed_aside_declines_the_request_before_it(text: str) -> None:
    assert _types(text) == (RECORDING,)


def test_a_negation_inside_brackets_about_a_request_still_declines_it() -> None:
    assert _types("Žádáme o přístup k XML (natáčet nebudeme), server 192.0.2.5.") == (FEED,)


# --------------------- a later correction takes back what a form ticked, in any wording -----
# A request is taken back by any form of a withdrawing verb (active or passive: "berte jako
# staženou", "je odvolána", "treat it as withdrawn") or by saying it cannot be done
# ("nestihneme", "nezvládneme", "we cannot make it"); a clause that takes back "that part"
# without naming it refers to the request its sentence named before it.


@pytest.mark.parametrize(
    "text",
    [
        "Přístup k XML: ano\nNatáčení: ano\n\nOprava: natáčení nakonec nezvládneme, tuto část "
        "žádosti berte jako zrušenou.",
        "XML ☒  natáčení ☒\nPS: s natáčením to nevyjde, tu položku prosím považujte za "
        "staženou.",
        "Prístup k XML: áno\nNakrúcanie: áno\nOprava: nakrúcanie nestihneme, túto časť žiadosti "
        "berte ako stiahnutú.",
        "XML feed: yes\nFilming: yes\nUpdate: we cannot make the filming after all, please "
        "treat that part as withdrawn.",
        "Přístup k XML | ano\nNatáčení | ano\n\nNatáčet nakonec nestihneme, tato část žádosti "
        "je odvolána.",
        "XML: ano\nNataceni: ano\n\nk nataceni: nestihneme to, povazujte to za stazene.",
    ],
)
def test_a_later_correction_takes_back_a_ticked_request(text: str) -> None:
    assert _types(text) == (FEED,)


def test_taking_back_something_the_sentence_does_not_name_keeps_the_requests() -> None:
    text = "XML: ano\nNatáčení: ano\n\nStarší verzi této žádosti prosím berte jako staženou."
    assert _types(text) == (FEED, RECORDING)
