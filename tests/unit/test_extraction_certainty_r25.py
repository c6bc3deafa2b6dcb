"""The certainty gates of round 25 (issue 18), measured on the held-out parts as the rules
met them unseen (``tests/corpus/certainty_audit.py``):

1. COVER_TYPE: request types without a type that a clause of the cover note (beside an
   attachment, the form) names alone and does not negate.
2. PERSON_WORDS: a contact person of three or more words not read from a label or a table.
3. LETTER_WORD: an organisation's name opened by a word of one letter.
4. OBLIQUE_NAME, widened: a first word in the locative "-ě" before a comma.
5. ATTACHMENT_IPS: addresses read from an attachment while the cover note gives an IPv4
   address not among them.

Each gate flags in four invented messages and leaves two structural readings certain. Every
text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import pytest

from intake.extraction.certainty import Evidence, Gate, Proof, context, evidence, gate
from intake.extraction.review import Reason
from intake.extraction.segments import Block, Kind, Line, split_body

FEED = "feed_access"
RECORDING = "recording_permit"

_FORM = (
    "ŽÁDOST\nŽadatel: Rádio Podhůří s.r.o.\nIČO: 27104567\n"
    "Přístup k výsledkům voleb (XML): ANO\nPovolení k natáčení na sběrném místě: NE\n"
    "Produkční IP: 192.0.2.40\n"
)


def _blocks(note: str, attachment: str | None = _FORM) -> list[Block]:
    blocks = list(split_body("body.txt", note))
    if attachment is not None:
        lines = tuple(Line(i, t) for i, t in enumerate(attachment.splitlines(), 1))
        blocks.append(Block("zadost.pdf", Kind.ATTACHMENT, lines))
    return blocks


def _type_gate(note: str, value: list[str], attachment: str | None = _FORM) -> object:
    blocks = _blocks(note, attachment)
    return gate("request_types", value, Proof(Evidence.NO_LINE), context(blocks))


COVER_TYPE: dict[str, tuple[str, list[str]]] = {
    "czech_form_box_forgotten": (
        "Dobrý den,\n\nposílám vyplněný formulář. Na sběrném místě bychom navíc rádi "
        "natočili krátkou reportáž pro naše zpravodajství, v žádosti jsem to "
        "přehlédl.\n\nDěkuji\nPetr Sláma\n",
        [FEED],
    ),
    "english_cover_adds_filming": (
        "Hello,\n\nplease find our application attached. Our crew would also like to film "
        "at the counting centre on election night.\n\nKind regards\nMark Ellis\n",
        [FEED],
    ),
    "slovak_cover_adds_filming": (
        "Dobrý deň,\n\nv prílohe je naša žiadosť.\nOkrem toho prosíme aj o povolenie "
        "nakrúcať na zbernom mieste v Žiline.\n\nS pozdravom\nIveta Hrušková\n",
        [FEED],
    ),
    "german_cover_adds_filming": (
        "Guten Tag,\n\nanbei unser Formular. Zusätzlich bitten wir um eine Drehgenehmigung "
        "für die Wahlnacht in Prag.\n\nMit freundlichen Grüßen\nKarl Huber\n",
        [FEED],
    ),
    "czech_cover_adds_the_feed": (
        "Dobrý den,\n\nv příloze žádost o natáčení. Prosíme také o přístup k výsledkům "
        "voleb ve formátu XML – adresy dodáme.\n\nS pozdravem\nAlena Krejčí\n",
        [RECORDING],
    ),
}


@pytest.mark.parametrize("name", sorted(COVER_TYPE))
def test_a_form_reading_is_flagged_when_the_cover_note_names_the_other_type(name: str) -> None:
    note, value = COVER_TYPE[name]
    assert _type_gate(note, value) == (Gate.COVER_TYPE, Reason.COVER_TYPE)


@pytest.mark.parametrize(
    ("note", "value"),
    [
        # the other type declined in the note
        ("Dobrý den,\n\nv příloze žádost. Natáčet nebudeme.\n\nDěkuji\nPetr Sláma\n", [FEED]),
        ("Hello,\n\nthe form is attached. We do not need a filming permit.\n\nEva Lind\n", [FEED]),
        # an answer after a colon ("Natáčení: ne")
        ("Dobrý den,\n\nshrnuji: povolení k natáčení: ne\n\nPetr Sláma\n", [FEED]),
        # a clause naming both types (the topic of the filming, settled by the reading)
        (
            "Dobrý den,\n\nžádáme o povolení natáčení při zpracování výsledků voleb.\n\n"
            "Jana Malá\n",
            [RECORDING],
        ),
        # both types read
        (
            "Dobrý den,\n\nchtěli bychom i natáčet na sběrném místě.\n\nPetr Sláma\n",
            [FEED, RECORDING],
        ),
    ],
)
def test_a_form_reading_stays_certain_under_a_settled_note(note: str, value: list[str]) -> None:
    assert _type_gate(note, value) is None


def test_a_message_without_an_attachment_is_left_to_the_reading() -> None:
    note = COVER_TYPE["english_cover_adds_filming"][0]
    assert _type_gate(note, [FEED], attachment=None) is None


def _gate(text: str, key: str, value: str) -> object:
    """The gate for ``value`` read from the first line of ``text`` that holds it."""
    blocks = split_body("body.txt", text)
    no = next(ln.no for b in blocks for ln in b.lines if value in ln.text)
    return gate(key, value, evidence(value, "body.txt", no, blocks), context(blocks))


PERSON_WORDS: dict[str, tuple[str, str]] = {
    "german_function_in_sentence": (
        "Guten Tag,\n\ndie Nord Welle GmbH möchte in Prag drehen. Ansprechpartnerin ist unsere "
        "Redakteurin Lena Hoff, Telefon +49 40 3861 2205.\n\nMit Grüßen\nLena Hoff\n",
        "Redakteurin Lena Hoff",
    ),
    "czech_function_in_signature": (
        "Dobrý den,\n\nžádáme o přístup k XML.\n\nS pozdravem\n\nredaktorka Jana Nováková\n"
        "Rádio Podhůří s.r.o.\n",
        "redaktorka Jana Nováková",
    ),
    "english_bare_line": (
        "Hello,\n\nplease allow our crew to film on election night.\n\nContact person below.\n"
        "\nProducer Tom Hale\n",
        "Producer Tom Hale",
    ),
    "slovak_sentence_three_words": (
        "Dobrý deň,\n\nžiadame o prístup k XML. Kontaktovať môžete šéfredaktora Martin Ján "
        "Hudec na čísle 0905 318 227.\n\nĎakujem\n",
        "Martin Ján Hudec",
    ),
}


@pytest.mark.parametrize("name", sorted(PERSON_WORDS))
def test_a_person_of_three_words_from_free_text_is_flagged(name: str) -> None:
    text, value = PERSON_WORDS[name]
    assert _gate(text, "contact.person", value) == (Gate.PERSON_WORDS, Reason.NAME_WORDS)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a labelled line: the label says it is the person
        (
            "Dobrý den,\n\nKontaktní osoba: Maria Teresa Lopez\nTel.: 602 418 927\n",
            "Maria Teresa Lopez",
        ),
        # a surname's particles are not words of a function
        (
            "Hello,\n\nwe ask for access to the XML results. Please contact Jan van der Berg "
            "with any question.\n\nRegards\n",
            "Jan van der Berg",
        ),
    ],
)
def test_a_labelled_or_two_word_person_stays_certain(text: str, value: str) -> None:
    assert _gate(text, "contact.person", value) is None


LETTER_WORD = (
    "A Hírvidék Média s.r.o.",
    "a Nord Welle GmbH",
    "I Rádio Beskydy s.r.o.",
    "Y Noticias del Sur S.L.",
)


@pytest.mark.parametrize("value", LETTER_WORD)
def test_a_name_opened_by_a_one_letter_word_is_flagged(value: str) -> None:
    text = f"Dobrý den,\n\nžádá {value} (IČO 27104567) o přístup k XML.\n\nDěkuji\n"
    assert _gate(text, "organization.name", value) == (Gate.LETTER_WORD, Reason.SENTENCE)


@pytest.mark.parametrize("value", ["A-Z Media s.r.o.", "A.S.A. Rádio s.r.o."])
def test_a_name_with_a_letter_abbreviation_stays_certain(value: str) -> None:
    text = f"Dobrý den,\n\nŽadatel: {value}\nIČO: 27104567\n"
    assert _gate(text, "organization.name", value) is None


LOCATIVE = (
    "Jihlavě, veřejná vysoká škola",
    "Ostravě, příspěvková organizace",
    "Brně, z. s.",
    "Opavě, vysoká škola",
)


@pytest.mark.parametrize("value", LOCATIVE)
def test_a_name_opened_by_a_locative_place_is_flagged(value: str) -> None:
    text = f"Dobrý den,\n\nŽadatel: {value}\nIČO: 60893125\n"
    assert _gate(text, "organization.name", value) == (Gate.OBLIQUE_NAME, Reason.OBLIQUE_NAME)


@pytest.mark.parametrize("value", ["Země Media s.r.o.", "Západomoravská univerzita v Jihlavě"])
def test_a_nominative_with_a_place_stays_certain(value: str) -> None:
    text = f"Dobrý den,\n\nŽadatel: {value}\nIČO: 60893125\n"
    assert _gate(text, "organization.name", value) is None


_IP_FORM = (
    "Žadatel: Rádio Podhůří s.r.o.\nIČO: 27104567\n"
    "Produkční IP\t192.0.2.40\nTestovací IP\t192.0.2.41\n"
)


def _ip_gate(note: str, key: str, value: list[str]) -> object:
    blocks = _blocks(note, _IP_FORM)
    no = next(ln.no for ln in blocks[-1].lines if value[0] in ln.text)
    return gate(key, value, evidence(value[0], "zadost.pdf", no, blocks), context(blocks))


ATTACHMENT_IPS: dict[str, tuple[str, str, list[str]]] = {
    "czech_cover_new_test_address": (
        "Dobrý den,\n\nv příloze žádost; testovací server jsme mezitím přesunuli na "
        "192.0.2.77.\n\nDěkuji\nPetr Sláma\n",
        "test_ips",
        ["192.0.2.41"],
    ),
    "english_cover_replaces_production": (
        "Hello,\n\nthe attached form lists our old server. Please use 198.51.100.12 "
        "instead.\n\nRegards\nMark Ellis\n",
        "production_ips",
        ["192.0.2.40"],
    ),
    "slovak_cover_adds_address": (
        "Dobrý deň,\n\nk formuláru ešte doplníme druhý produkčný uzol 192.0.2.42.\n\n"
        "S pozdravom\nIveta Hrušková\n",
        "production_ips",
        ["192.0.2.40"],
    ),
    "german_cover_other_address": (
        "Guten Tag,\n\nanbei der Antrag. Bitte beachten Sie, dass die Testadresse jetzt "
        "203.0.113.9 lautet.\n\nMit Grüßen\nKarl Huber\n",
        "test_ips",
        ["192.0.2.41"],
    ),
}


@pytest.mark.parametrize("name", sorted(ATTACHMENT_IPS))
def test_attachment_addresses_are_flagged_when_the_note_gives_others(name: str) -> None:
    note, key, value = ATTACHMENT_IPS[name]
    assert _ip_gate(note, key, value) == (Gate.ATTACHMENT_IPS, Reason.OTHER_CANDIDATE)


@pytest.mark.parametrize(
    "note",
    [
        "Dobrý den,\n\nv příloze posíláme žádost o přístup k XML.\n\nDěkuji\nPetr Sláma\n",
        # the note repeats the form's address (a CIDR block of it too)
        "Hello,\n\nour server 192.0.2.40 (block 192.0.2.40/31) is in the form.\n\nMark Ellis\n",
    ],
)
def test_attachment_addresses_stay_certain_under_a_plain_note(note: str) -> None:
    assert _ip_gate(note, "production_ips", ["192.0.2.40"]) is None
