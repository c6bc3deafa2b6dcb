"""Round 21: roles given by order ("respectively", "bzw.", "resp.") whatever the wording of the
uses (an adverb, a verb) and wherever the mail client wrapped the sentence."""

from __future__ import annotations

import pytest

from intake.extraction.ips import Role, find_ips
from intake.extraction.segments import logical_lines
from tests.unit.extraction_helpers import SIG, body, extract, mail


def _roles(text: str) -> list[tuple[str, Role | None]]:
    return [(m.text, m.role) for m in find_ips(text) if not m.excluded]


# 1. "respectively" in any language the rules know gives the roles in order, the uses named
#    by adverbs or verbs too ("ostře, resp. testovat"), never for certain.


@pytest.mark.parametrize(
    "text",
    [
        "Z adres 192.0.2.10 a 192.0.2.20 budeme stahovat ostře, resp. testovat.",
        "Adresy 192.0.2.10 a 192.0.2.20 poslouží pro ostrý běh, respektive pro zkoušky.",
        "Ze strojů 192.0.2.10 a 192.0.2.20 chceme výsledky brát naostro respektive je testovat.",
        "Povolte prosím 192.0.2.10 a 192.0.2.20 - první pro ostrý provoz, druhou na testy.",
        "We will pull live and test from 192.0.2.10 and 192.0.2.20 respectively.",
        "Bitte 192.0.2.10 und 192.0.2.20 freischalten, für den Livebetrieb bzw. für Tests.",
        "Z adries 192.0.2.10 a 192.0.2.20 budeme sťahovať naostro, resp. testovať.",
    ],
)
def test_respectively_gives_the_roles_in_order(text: str) -> None:
    found = find_ips(text)
    assert [(m.text, m.role) for m in found] == [
        ("192.0.2.10", Role.PRODUCTION),
        ("192.0.2.20", Role.TEST),
    ]
    assert not any(m.certain for m in found)


@pytest.mark.parametrize(
    "text",
    [
        # a wrapped German sentence: the line ends in an article, the next starts with a noun
        "Freizuschalten sind bitte unsere beiden Rechner 192.0.2.10 und 192.0.2.20, für den\n"
        "Produktivbetrieb bzw. für die Testphase.",
        "Wir bitten um Zugang für 192.0.2.10 und 192.0.2.20 und zwar jeweils für den\n"
        "Live-Abruf bzw. für Testzwecke.",
        "Please allow our two servers 192.0.2.10 and 192.0.2.20, serving for the\n"
        "Production feed and the Test feed respectively.",
        "Prosíme o povolení adres 192.0.2.10 a 192.0.2.20 pro naši redakci, a to pro\n"
        "Ostrý provoz, resp. Testování.",
    ],
)
def test_a_sentence_wrapped_after_an_article_or_preposition_is_read_whole(text: str) -> None:
    assert _roles(text) == [("192.0.2.10", Role.PRODUCTION), ("192.0.2.20", Role.TEST)]


def test_a_wrapped_respectively_sentence_in_a_mail() -> None:
    text = (
        "Sehr geehrte Damen und Herren,\n\n"
        "gerne möchten wir die Adressen 198.51.100.31 und 198.51.100.32 eintragen lassen, für die\n"
        "Produktion bzw. die Testumgebung.\n" + SIG
    )
    x = extract(mail(body(text)))
    assert [str(a) for a in x.production_ips] == ["198.51.100.31"]
    assert [str(a) for a in x.test_ips] == ["198.51.100.32"]


# near misses: no order word, or a line that ends a clause, stays as it was


def test_two_addresses_and_two_uses_without_an_order_word_get_no_order() -> None:
    # "ostře i testovat": both uses for both, not one each in turn
    found = find_ips("Adresy 192.0.2.10 a 192.0.2.20 budeme stahovat ostře i testovat.")
    assert [m.role for m in found] != [Role.PRODUCTION, Role.TEST]
    assert not any(m.certain for m in found)


@pytest.mark.parametrize(
    "text",
    [
        # a line ending in a noun or a verb: a capital on the next line starts a new line
        "Posíláme vám adresy pro přístup k volebním výsledkům, jak jsme se dohodli\nDěkuji",
        "Wir haben die Unterlagen zu den Servern der Redaktion beigefügt und senden\nGrüße",
        # short lines are not wrapped by a client
        "Adresa je pro\nTest",
    ],
)
def test_a_line_not_ending_in_an_article_is_not_joined(text: str) -> None:
    assert len(logical_lines(text)) == 2


def test_a_sharp_adverb_outside_a_use_is_no_cue_without_order() -> None:
    # one address with "ostře sledovaný" and nothing in order: no role from order
    found = find_ips("Server 192.0.2.10 je ostře sledovaný, prosím povolit.")
    assert [m.role for m in found] in ([None], [Role.PRODUCTION])
    assert not any(m.certain for m in found)
