"""The certainty gates of round 24 (issue 18), measured on the held-out parts as the rules
met them unseen (``tests/corpus/certainty_audit.py``):

1. OTHER_EMAIL: the contact's person or e-mail taken from the sender (signature, header)
   while the writer's own text gives another person's e-mail address.
2. OBLIQUE_NAME: an organisation's name whose first word stands in an oblique case.
3. COVER_CONTACT: a contact read from an attachment while a line of the cover note speaks of
   the contact and gives an address or a number.

Each gate flags in four invented messages and leaves two structural readings certain. Every
text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import pytest

from intake.extraction.certainty import Gate, context, evidence, gate
from intake.extraction.review import Reason
from intake.extraction.segments import Block, Kind, Line, split_body


def _gate(text: str, key: str, value: str, *, header: bool = False) -> tuple[Gate, Reason] | None:
    """The gate for ``value`` read from the first line of ``text`` that holds it (or from the
    From header)."""
    blocks = split_body("body.txt", text)
    ctx = context(blocks)
    if header:
        return gate(key, value, evidence(value, "header:from", None, blocks), ctx)
    digits = value[-3:]
    no = next(
        ln.no
        for b in blocks
        for ln in b.lines
        if value in ln.text or (key == "contact.phone" and digits in ln.text.replace(" ", ""))
    )
    return gate(key, value, evidence(value, "body.txt", no, blocks), ctx)


OTHER_EMAIL: dict[str, tuple[str, str, str, bool]] = {
    "colleague_in_sentence_person": (
        "Dobrý den,\n\nRádio Vltava Sever s.r.o. žádá o přístup k XML. Vše technické "
        "vyřizuje naše kolegyně Iveta Machová, machova@vltavasever.example.\n\n"
        "S pozdravem\nOndřej Bartoš\nředitel\n",
        "contact.person",
        "Ondřej Bartoš",
        False,
    ),
    "colleague_in_sentence_email": (
        "Dobrý den,\n\nRádio Vltava Sever s.r.o. žádá o přístup k XML. Vše technické "
        "vyřizuje naše kolegyně Iveta Machová, machova@vltavasever.example.\n\n"
        "S pozdravem\nOndřej Bartoš\n",
        "contact.email",
        "bartos@vltavasever.example",
        True,
    ),
    "slovak_form_in_body": (
        "Dobrý deň,\n\nposielam vyplnený formulár:\nŽiadateľ ..... Novinky Orava s.r.o.\n"
        "Kontakt ..... Zuzana Hríbová, hribova@novinkyorava.example\n\n"
        "S pozdravom\nMarek Lipták\n",
        "contact.person",
        "Marek Lipták",
        False,
    ),
    "english_producer": (
        "Hello,\n\nwe would like to film at the counting centre on election night. Please "
        "arrange everything with our producer, Helen Cross (h.cross@northlight.example).\n\n"
        "Best regards\nDavid Moor\nreporter\n",
        "contact.person",
        "David Moor",
        False,
    ),
}


@pytest.mark.parametrize("name", sorted(OTHER_EMAIL))
def test_the_sender_is_flagged_when_the_text_gives_another_address(name: str) -> None:
    text, key, value, header = OTHER_EMAIL[name]
    assert _gate(text, key, value, header=header) == (Gate.OTHER_EMAIL, Reason.OTHER_PERSON)


@pytest.mark.parametrize(
    ("text", "key", "value", "header"),
    [
        (  # the text gives the sender's own address again
            "Dobrý den,\n\nžádáme o přístup k XML, pište prosím na bartos@vltavasever.example."
            "\n\nS pozdravem\nOndřej Bartoš\n",
            "contact.person",
            "Ondřej Bartoš",
            False,
        ),
        (  # no address in the own text at all
            "Dobrý den,\n\nžádáme o přístup k XML z adresy 192.0.2.7.\n\nDěkuji\nOndřej Bartoš\n",
            "contact.email",
            "bartos@vltavasever.example",
            True,
        ),
    ],
)
def test_the_sender_stays_certain_without_another_address(
    text: str, key: str, value: str, header: bool
) -> None:
    assert _gate(text, key, value, header=header) is None


OBLIQUE: dict[str, str] = {
    "genitive_plural_adjective": "Kroměřížských novin s.r.o.",
    "genitive_singular_adjective": "Brněnského deníku a.s.",
    "dative_plural": "Jihočeským listům s.r.o.",
    "locative_plural": "Slovenských médiách s.r.o.",
}


@pytest.mark.parametrize("name", sorted(OBLIQUE))
def test_a_name_in_an_oblique_case_is_flagged(name: str) -> None:
    value = OBLIQUE[name]
    text = f"Dobrý den,\n\nŽadatel: {value}\nIČO: 27104567\n\nDěkuji\nJana Malá\n"
    assert _gate(text, "organization.name", value) == (Gate.OBLIQUE_NAME, Reason.OBLIQUE_NAME)


@pytest.mark.parametrize("value", ["Kroměřížské noviny s.r.o.", "Rádio Hlas Ústí s.r.o."])
def test_a_nominative_name_stays_certain(value: str) -> None:
    text = f"Dobrý den,\n\nŽadatel: {value}\nIČO: 27104567\n\nDěkuji\nJana Malá\n"
    assert _gate(text, "organization.name", value) is None


def _cover_gate(note: str, attachment: str, key: str, value: str) -> tuple[Gate, Reason] | None:
    """The gate for ``value`` read from the attachment's line that holds it, under ``note``."""
    blocks = [
        *split_body("body.txt", note),
        Block(
            "zadost.docx",
            Kind.ATTACHMENT,
            tuple(Line(i, t) for i, t in enumerate(attachment.splitlines(), 1)),
        ),
    ]
    no = next(ln.no for ln in blocks[-1].lines if value in ln.text)
    return gate(key, value, evidence(value, "zadost.docx", no, blocks), context(blocks))


_FORM = (
    "Jihočeský rozhlas Tábor s.r.o., IČO 27104567\nŽádáme o přístup k výsledkům voleb (XML).\n"
    "Produkční IP: 192.0.2.40\nKontaktní osoba: Radim Šebek, sebek@jrtabor.example, 602 418 927\n"
)

COVER: dict[str, tuple[str, str]] = {
    "czech_replaced_contact": (
        "Dobrý den,\nv příloze žádost. Kontaktní osobou bude místo kolegy Šebka Dana Vlčková, "
        "vlckova@jrtabor.example.\n\nDěkuji\nDana Vlčková\n",
        "Radim Šebek",
    ),
    "english_cover_contact": (
        "Hello,\nplease find our application attached. For any contact during the election "
        "please call me on 731 220 418.\n\nRegards\nIvo Lang\n",
        "sebek@jrtabor.example",
    ),
    "slovak_cover_contact": (
        "Dobrý deň,\nposielame žiadosť. Kontaktná osoba: Jana Kováčová, 0905 318 227.\n\n"
        "S pozdravom\nJana Kováčová\n",
        "Radim Šebek",
    ),
    "german_cover_contact": (
        "Guten Tag,\nanbei unser Antrag. Ansprechpartnerin ist ab sofort Eva Roth, "
        "roth@jrtabor.example.\n\nMit freundlichen Grüßen\nEva Roth\n",
        "sebek@jrtabor.example",
    ),
}


@pytest.mark.parametrize("name", sorted(COVER))
def test_an_attachment_contact_is_flagged_when_the_cover_note_gives_one(name: str) -> None:
    note, value = COVER[name]
    key = "contact.email" if "@" in value else "contact.person"
    assert _cover_gate(note, _FORM, key, value) == (Gate.COVER_CONTACT, Reason.OTHER_PERSON)


@pytest.mark.parametrize(
    "note",
    [
        "Dobrý den,\nv příloze posíláme žádost o přístup k XML.\n\nDěkuji\nDana Vlčková\n",
        # the contact word without any address or number on its line
        "Dobrý den,\nkontaktní údaje jsou v příloze.\n\nS pozdravem\nDana Vlčková\n",
    ],
)
def test_an_attachment_contact_stays_certain_under_a_plain_note(note: str) -> None:
    assert _cover_gate(note, _FORM, "contact.person", "Radim Šebek") is None
