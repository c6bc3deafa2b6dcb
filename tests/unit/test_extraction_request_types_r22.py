"""Request types, twenty-second round (issue 18).

1. A request taken back in a sentence of its own that points back with a demonstrative
   ("Tuto žádost stahujeme.", "We withdraw that request.", "Retiramos esa solicitud.",
   "Diesen Antrag ziehen wir zurück.") refers to the one request the sentence before it
   names (earlier rounds read only the clauses of the same sentence); a demonstrative
   before a message or a document ("ten e-mail z pondělí") takes back a text, not a request.
2. A verb of taking pictures or shooting video in any person, tense or mood ("fotila
   bych", "vyfotíme", "nafotil", "točila krátká videa", "natočíme záběry") names the
   recording permit; "točit" without what is shot ("točíme se kolem výsledků") does not.

Wording and names are the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from intake.extraction import request_types as rt

FEED = (rt.FEED,)
REC = (rt.RECORDING,)
BOTH = (rt.FEED, rt.RECORDING)


def _read(text: str, has_ips: bool = False) -> tuple[tuple[str, ...], object]:
    return rt.request_types([(text, rt.Part.TEXT)], has_ips)


# ------------- 1. a withdrawal pointing back to the sentence before ---------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Žádáme o přístup k XML. V minulém e-mailu jsme žádali i o natáčení. Tuto žádost stahujeme.",
            id="cs-tuto-zadost",
        ),
        pytest.param(
            "Žiadame o prístup k výsledkom volieb v XML. Minulý týždeň sme žiadali aj o natáčanie "
            "na zbernom mieste. Túto žiadosť rušíme, redaktor nepríde.",
            id="sk-tuto-ziadost",
        ),
        pytest.param(
            "We ask for XML access to the results. In our earlier mail we also asked to film at the "
            "collection point. We withdraw that request.",
            id="en-that-request",
        ),
        pytest.param(
            "Wir beantragen Zugang zum XML. Früher baten wir auch um eine Drehgenehmigung. "
            "Diesen Antrag ziehen wir zurück.",
            id="de-diesen-antrag",
        ),
        pytest.param(
            "Nous demandons l'accès au XML. Nous avions aussi demandé un tournage au centre. "
            "Cette demande est annulée.",
            id="fr-cette-demande",
        ),
        pytest.param(
            "Solicitamos acceso al servidor XML. En el correo anterior pedimos grabar en el centro "
            "de recogida. Esa petición la retiramos.",
            id="es-esa-peticion",
        ),
    ],
)
def test_a_withdrawal_pointing_back_takes_the_request_before(text: str) -> None:
    assert _read(text)[0] == FEED


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Žádáme o XML. Natáčet budeme. Ten e-mail z pondělí berte jako bezpředmětný.",
            id="cs-message-taken-back",
        ),
        pytest.param(
            "We ask for XML and for filming at the collection point. Please disregard that attachment.",
            id="en-attachment-taken-back",
        ),
        pytest.param(
            "Chceme natáčet na sběrném místě. Zrušte prosím předchozí e-mail.",
            id="cs-no-demonstrative",
        ),
    ],
)
def test_taking_back_a_message_keeps_the_requests(text: str) -> None:
    assert rt.RECORDING in _read(text)[0]


# ------------- 2. verbs of taking pictures in any form ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Rád bych na sběrném místě v Plzni fotil během volební noci.", id="cs-fotil"),
        pytest.param(
            "Ráda bych fotila a točila krátká videa ve volební noci na sběrném místě.",
            id="cs-tocila-videa",
        ),
        pytest.param(
            "Chtěli bychom si vyfotit sběrné místo během přebírání výsledků.", id="cs-vyfotit"
        ),
        pytest.param(
            "Prosím o svolení: natočíme na sběrném místě pár záběrů pro zpravodajství.",
            id="cs-natocime-zabery",
        ),
        pytest.param(
            "Rád by som fotil na zbernom mieste vo volebnú noc, len fotky.", id="sk-fotil"
        ),
    ],
)
def test_a_verb_of_taking_pictures_asks_for_the_permit(text: str) -> None:
    assert _read(text)[0] == REC


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Točíme se kolem výsledků, prosíme o XML.", id="cs-tocime-se"),
        pytest.param("Fotky z minulých voleb nemáme. Žádáme o XML.", id="cs-fotky-nouns"),
        pytest.param("Žádáme o XML. Fotit nebudeme.", id="cs-declined"),
    ],
)
def test_no_picture_taking_asked(text: str) -> None:
    assert _read(text)[0] == FEED
