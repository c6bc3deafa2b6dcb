"""Request types, twentieth round (issue 18): "only" with a word of the present time ("teď
jen XML", "for now only the feed") decides that the other request, named elsewhere, is not
asked for now; a decline naming the data or the results and no request cue ("data
nepotřebujeme") declines the feed, not the request its sentence named before. Wording,
formats and names are the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from intake.extraction import request_types as rt

FEED = (rt.FEED,)
REC = (rt.RECORDING,)
BOTH = (rt.FEED, rt.RECORDING)


def _types(text: str, has_ips: bool) -> tuple[str, ...]:
    return rt.request_types([(text, rt.Part.TEXT)], has_ips)[0]


# ---------------- "now only X": the other request is not asked for now ----------------
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Prosím o XML pro naši redakci. Natáčení bychom chtěli na podzimních volbách, teď jen XML.",
            id="cs-ted-jen",
        ),
        pytest.param(
            "Žiadame o XML. Nakrúcanie plánujeme na jeseň, zatiaľ len prístup k XML.",
            id="sk-zatial-len",
        ),
        pytest.param(
            "We would like to film at the count in spring. For now we need only the XML feed.",
            id="en-for-now-only",
        ),
        pytest.param(
            "Wir möchten später auch drehen. Jetzt beantragen wir nur den Zugang zu den XML-Daten.",
            id="de-jetzt-nur",
        ),
        pytest.param(
            "Chcielibyśmy nagrywać przy następnych wyborach, na razie prosimy tylko o XML.",
            id="pl-na-razie-tylko",
        ),
    ],
)
def test_now_only_the_feed_declines_filming(text: str) -> None:
    assert _types(text, True) == FEED


@pytest.mark.parametrize(
    "text",
    [
        # "only" without a present time: the other request stays as the text says
        pytest.param(
            "Žádáme o přístup k XML a o povolení k natáčení. Natáčet bude jen náš kameraman.",
            id="cs-only-who-films",
        ),
        pytest.param(
            "We request the XML feed and permission to film; the crew will film only the count.",
            id="en-only-scope",
        ),
    ],
)
def test_only_without_now_keeps_both(text: str) -> None:
    assert _types(text, True) == BOTH


# ---------------- a decline naming the data declines the feed ----------------
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Chceme natočit reportáž o sčítání výsledků voleb. Žádáme o povolení k natáčení; data nepotřebujeme.",
            id="cs-data-nepotrebujeme",
        ),
        pytest.param(
            "Radi by sme nakrútili reportáž zo zberného miesta. Prosíme o povolenie na nakrúcanie, výsledky nepotrebujeme.",
            id="sk-vysledky",
        ),
        pytest.param(
            "We would like to film a short report on how the election results are counted. We request a recording permit; the results data we don't need.",
            id="en-data-dont-need",
        ),
        pytest.param(
            "Náš štáb chce natáčet sčítání hlasů, prosíme o povolení natáčení, o samotná data nežádáme.",
            id="cs-o-data-nezadame",
        ),
    ],
)
def test_declined_data_is_the_feed(text: str) -> None:
    assert _types(text, False) == REC


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a decline with no data noun still declines what its sentence named before
        pytest.param(
            "Přístup k XML už máme zajištěn, o ten proto nežádáme. Žádáme o povolení k natáčení.",
            REC,
            id="cs-antecedent",
        ),
        # the data asked for and filming declined: the data noun is after the decline's object
        pytest.param("Žádáme o přístup k XML datům; natáčet nebudeme.", FEED, id="cs-feed-asked"),
    ],
)
def test_decline_without_data_noun_unchanged(text: str, want: tuple[str, ...]) -> None:
    assert _types(text, True) == want
