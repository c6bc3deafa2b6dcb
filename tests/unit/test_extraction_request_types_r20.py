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


# ---------------- a question asking the office to take the message as a request ----------------
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Prosíme o přístup k XML. Náš kameraman by rád natáčel na sběrném místě – můžete to brát i jako žádost o povolení natáčení?",
            id="cs-brat-jako-zadost",
        ),
        pytest.param(
            "We request the XML feed. Our photographer hopes to be at the count too; could you consider this also as a request for a recording permit?",
            id="en-consider-as-request",
        ),
        pytest.param(
            "Žiadame o XML. Môžete toto považovať aj za žiadosť o nakrúcanie na zbernom mieste?",
            id="sk-povazovat-za-ziadost",
        ),
        pytest.param(
            "Please register us for the XML feed. We'd like a cameraman at a collection point as well - can you treat this as an application for a filming permit?",
            id="en-treat-as-application",
        ),
    ],
)
def test_question_to_take_as_request_asks(text: str) -> None:
    assert _types(text, True) == BOTH


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "We request the XML feed. Could you tell us whether filming at a collection point is possible?",
            id="en-ask-about",
        ),
        pytest.param("Žádáme o XML. Je možné natáčet na sběrném místě?", id="cs-is-it-possible"),
    ],
)
def test_question_about_filming_still_only_asks(text: str) -> None:
    x, why = rt.request_types([(text, rt.Part.TEXT)], True)
    assert x == FEED
    assert why is not None


# ---------------- a title of sentences that declines is the newest word ----------------
_FORM = "[X] přístup k výsledkům ve formátu XML\n[X] povolení pořizovat záznam na sběrném místě\nIP\t192.0.2.5"


@pytest.mark.parametrize(
    "note",
    [
        "Žádost o XML, formulář přikládáme. Natáčení je zaškrtnuté nedopatřením, o něj nežádáme.",
        "Formulář v příloze. Pole natáčení prosím ignorujte, natáčet nebudeme.",
        "Request form attached. The filming box was ticked by mistake; we do not need a filming permit.",
        "Žiadosť v prílohe. Nakrúcanie rušíme, zaškrtli sme ho omylom.",
    ],
)
def test_annotation_note_declining_overrides_form(note: str) -> None:
    types, why = rt.request_types([(_FORM, rt.Part.TEXT), (note, rt.Part.SUBJECT)], True)
    assert types == FEED
    assert why is not None


@pytest.mark.parametrize(
    "note",
    [
        "Žádost o přístup k XML a natáčení",  # a title, no sentences: the form decides
        "Žádost o přístup k XML. Formulář v příloze.",  # sentences, no decline
    ],
)
def test_annotation_title_keeps_form(note: str) -> None:
    types, _ = rt.request_types([(_FORM, rt.Part.TEXT), (note, rt.Part.SUBJECT)], True)
    assert types == BOTH


# ---------------- a postscript referring to an item numbered in the body ----------------
_ITEMS = "Žádáme o:\n1) přístup k XML výsledkům,\n2) povolení k natáčení na sběrném místě.\nIP: 192.0.2.9"


@pytest.mark.parametrize(
    "ps",
    [
        "S pozdravem\nJana Nová\n\nPS: bod 2 ruším, kameraman onemocněl.",
        "Best regards\nJohn Smith\n\nP.S. Please disregard item 2, our crew is not travelling.",
        "Mit freundlichen Grüßen\nAnna Huber\n\nPS: Punkt 2 ziehen wir zurück.",
        "S pozdravom\nPeter Malý\n\nPS: bod 2 berieme späť.",
    ],
)
def test_postscript_withdraws_item_numbered_in_body(ps: str) -> None:
    types, why = rt.request_types([(_ITEMS, rt.Part.TEXT), (ps, rt.Part.SIGNATURE)], True)
    assert types == FEED
    assert why is not None


@pytest.mark.parametrize(
    "ps",
    [
        "S pozdravem\nJana Nová\n\nPS: k bodu 2 – kameraman je Petr Malý.",  # no withdrawal
        "S pozdravem\nJana Nová\n\nPS: bod 3 ruším.",  # no such item in the body
    ],
)
def test_postscript_without_withdrawal_of_a_numbered_request(ps: str) -> None:
    types, _ = rt.request_types([(_ITEMS, rt.Part.TEXT), (ps, rt.Part.SIGNATURE)], True)
    assert types == BOTH


# ---------------- leave to record or broadcast from a place ----------------
@pytest.mark.parametrize(
    "text",
    [
        "Potřebujeme XML s výsledky a prosím i o povolení nahrávat a vysílat přímo ze sběrného místa.",
        "Žádáme o přístup k XML. Dále žádáme o povolení vysílat živě z volební místnosti.",
        "Prosíme o XML; zároveň prosíme o povolenie vysielať naživo zo zberného miesta.",
        "Chtěli bychom XML výsledky a povolení k nahrávání rozhovorů na místě.",
    ],
)
def test_leave_to_record_or_broadcast_asks_filming(text: str) -> None:
    assert _types(text, True) == BOTH


@pytest.mark.parametrize(
    "text",
    [
        "Žádáme o přístup k XML; povolení vysílat z místa nepotřebujeme.",
        "Žádáme o přístup k XML, data budeme nahrávat do naší databáze.",
    ],
)
def test_leave_to_broadcast_declined_or_data_loaded(text: str) -> None:
    assert _types(text, True) == FEED


# ---------------- a contacts table's role cell is no request ----------------
_FORM_BOTH = "Přístup k XML\tano\nNatáčení na sběrném místě\tano\nIP\t192.0.2.7\n\n"


@pytest.mark.parametrize(
    "contacts",
    [
        "Jméno\tRole\tE-mail\tKontakt\nEva Malá\tkamera\tmala@example.org\tne",
        "Name\tRole\tE-mail\tPrimary\nJohn Doe\tcameraman\tdoe@example.org\tno",
        "Jméno\tFunkce\tE-mail\tHlavní\nPetr Kos\tfotograf\tkos@example.org\tne",
        "Meno\tRola\tE-mail\tKontakt\nJana Biela\tkameramanka\tbiela@example.org\tnie",
    ],
)
def test_contacts_row_with_camera_role_is_no_request(contacts: str) -> None:
    assert _types(_FORM_BOTH + contacts, True) == BOTH


def test_form_row_declining_filming_still_declines() -> None:
    form = "Přístup k XML\tano\nNatáčení na sběrném místě\tne\nIP\t192.0.2.7\n"
    assert _types(form, True) == FEED


# ---------------- the results as what the filming is about ----------------
@pytest.mark.parametrize(
    "text",
    [
        "Zmocňujeme pana Nováka k jednání ve věci povolení pořizovat zvukové záznamy při zpracování výsledků voleb v roce 2026",
        "Žádáme o povolení k natáčení při sčítání výsledků voleb.",
        "Prosíme o povolení natáčet během zpracování volebních výsledků.",
        "Žiadame o povolenie nakrúcať pri spracovaní výsledkov volieb.",
    ],
)
def test_results_as_filming_topic_not_feed(text: str) -> None:
    types, why = rt.request_types([(text, rt.Part.TEXT)], False)
    assert types == REC
    assert why is not None


@pytest.mark.parametrize(
    "text",
    [
        "Žádáme o povolení natáčet a o výsledky voleb.",
        "Prosíme o povolení pořizovat záznam; dále prosíme o výsledky voleb v XML.",
    ],
)
def test_results_asked_beside_filming_stay(text: str) -> None:
    assert _types(text, False) == BOTH
