"""Request types, sixteenth round (issue 18): a recording named by a compound noun
("videozáznam", "fotozáznam", "audiozáznam") is the filming asked for as much as "záznam"
alone; and a filing whose own title (a subject, a data message's annotation) names a
recording that no text of it is read as asking for is never read for certain. Wording,
formats and names are the tests' own, none a corpus case.

Outcome before this round's rules (16 tests): 13 failed (the seven compound nouns, six of
the eight titles: the title's type counted for certain or the reading certain); all pass after."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from tests.unit.extraction_helpers import BOTH, FEED, SIG, data_message, text_file
from tests.unit.extraction_helpers import body as _body
from tests.unit.extraction_helpers import extract as _x
from tests.unit.extraction_helpers import mail as _mail

_IP = "\nAdresy pro ostrý provoz: 192.0.2.10\n"


def _read(text: str, subject: str = "Žádost", *, databox: bool = False) -> Extraction:
    if databox:
        doc = text_file("zadost.txt", text + _IP + SIG)
        return _x(data_message(subject, doc, dm_sender="Krajské listy, z.s."))
    return _x(_mail(_body(text + _IP + SIG), subject=subject))


# ------------------- a compound noun of a recording asks for the filming -------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param("Žádáme o přístup k XML výsledkům a o povolení pořídit videozáznam na sběrném místě v Jihlavě.", BOTH, id="cs-videozaznam"),
        pytest.param("Zadame o pristup k XML vysledkum a o povoleni poridit videozaznam v budove uradu.", BOTH, id="cs-ascii"),
        pytest.param("Žiadame o prístup k XML a o povolenie vyhotoviť videozáznam na zbernom mieste.", BOTH, id="sk-vyhotovit"),
        pytest.param("Prosíme o povolení pořídit fotozáznam z přebírání výsledků v Kolíně.", BOTH, id="cs-fotozaznam"),
        pytest.param("Chtěli bychom požádat o souhlas s pořízením audiozáznamu při předávání výsledků.", BOTH, id="cs-audiozaznam"),
        pytest.param("Dobrý den,\nkromě dat prosíme také o možnost pořídit krátký videozáznam pro naše zpravodajství.", BOTH, id="cs-reply-kratky"),
    ],
)
def test_compound_recording_noun_asks_for_filming(text: str, want: tuple[str, ...]) -> None:
    x = _read(text)
    assert tuple(x.request_types) == want


def test_compound_recording_noun_in_a_data_message_document() -> None:
    text = "Žádáme o přístup k XML výsledkům a o povolení pořídit videozáznam v sídle úřadu."
    x = _read(text, "Žádost – data a záznam", databox=True)
    assert tuple(x.request_types) == BOTH


# -------------- a title naming a recording that no text asks for: never certain --------------
@pytest.mark.parametrize(
    ("text", "subject", "databox"),
    [
        pytest.param("Žádáme o přístup k XML výsledkům voleb.", "Žádost – přístup k datům a záznam", True, id="cs-annotation-zaznam"),
        pytest.param("Zadame o pristup k XML vysledkum.", "Zadost o data a videozaznam", False, id="cs-ascii-subject"),
        pytest.param("We request access to the XML results feed.", "Request: results feed and recording", False, id="en-subject"),
        pytest.param("Wir beantragen Zugang zu den Wahlergebnissen (XML).", "Antrag – Daten und Videoaufnahme", False, id="de-subject"),
        pytest.param("Prosimy o dostęp do danych XML wyników wyborów.", "Wniosek – dane i nagranie", True, id="pl-annotation"),
        pytest.param("Žiadame o prístup k XML výsledkom volieb.", "Žiadosť – dáta a kamera", False, id="sk-kamera"),
        pytest.param("Prosíme o zpřístupnění XML výsledků.", "XML + natáčení", True, id="cs-annotation-natoceni"),
        pytest.param("Please grant us access to the results server.", "Data access & filming", False, id="en-filming-title"),
    ],
)
def test_title_naming_a_recording_leaves_the_reading_unsure(text: str, subject: str, databox: bool) -> None:
    x = _read(text, subject, databox=databox)
    assert "feed_access" in x.request_types
    assert not x.fields["request_types"].certain


def test_title_without_a_recording_keeps_a_plain_reading_certain() -> None:
    x = _read("Žádáme o přístup k XML výsledkům voleb.", "Žádost – přístup k datům", databox=True)
    assert tuple(x.request_types) == FEED
    assert x.fields["request_types"].certain
