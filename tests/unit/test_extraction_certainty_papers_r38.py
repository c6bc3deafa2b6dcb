"""Issue 18, after the thirty-eighth round: the two wrong-and-certain values the thirty-sixth
round's blind drill left. A card about a person (a press card, an accreditation, an identity
card) pasted or attached beside the application is a paper of its own: its labelled contact
lines are not the applicant's contact for certain. A paper whose title says it is another
firm's (the parent company's register extract, a supplier's) names another party: its
organisation is not the applicant's for certain either (``Reason.OTHER_DOCUMENT``). The
applicant's own register extract keeps naming the applicant.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.extraction.certainty import Document, other_document
from intake.extraction.review import Reason
from intake.extraction.segments import Block, Kind, Line
from tests.unit.extraction_helpers import body, extract, mail


def _block(text: str) -> Block:
    lines = tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n")))
    return Block("b", Kind.OWN, lines)


@pytest.mark.parametrize(
    "title",
    [
        "PRESS CARD",
        "Novinářský průkaz",
        "Novinársky preukaz č. 4471",
        "Presseausweis",
        "Legitymacja prasowa",
        "Carte de presse 2026",
        "Accreditation",
        "Akreditace na volby 2026",
        "Občanský průkaz",
        "ID card",
    ],
)
def test_a_card_about_a_person_is_a_paper(title: str) -> None:
    text = f"{title}\nName: Ada Lind\nPhone: +46 70 123 45 67\nEmail: ada@freelance.example\n"
    assert other_document(_block(text), 3) is Document.PAPER


@pytest.mark.parametrize(
    "title",
    [
        "Příloha – výpis z obchodního rejstříku mateřské společnosti:",
        "Príloha – výpis z obchodného registra materskej spoločnosti:",
        "Výpis z obchodního rejstříku našeho dodavatele",
        "Attachment: power of attorney of our contractor",
    ],
)
def test_another_firms_paper_names_another_party(title: str) -> None:
    text = f"{title}\nObchodní firma: Západ Media Group a.s.\nIČO: 44870922\n"
    assert other_document(_block(text), 2) is Document.DEAL


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the applicant's own extract; a card mentioned in a sentence, not a title
        "Výpis z obchodního rejstříku\nObchodní firma: Deník Jih s.r.o.\nIČO: 50041088\n",
        "Kontaktní osoba: Eva Malá (novinářský průkaz má u sebe)\nTelefon: 601 222 333\n",
        "Server nám spravuje dodavatel.\nKontaktní osoba: Eva Malá\nTelefon: 601 222 333\n",
    ],
)
def test_own_papers_and_sentences(text: str) -> None:
    assert other_document(_block(text), 2) is not Document.DEAL
    if not text.startswith("Výpis"):
        assert other_document(_block(text), 2) is None


def test_a_reporters_press_card_gives_no_certain_contact() -> None:
    x = extract(
        mail(
            body(
                "Dear Sir or Madam,\n\nwe would like to film the vote count in Brno. Our reporter"
                " will be on site; her card is below. I am the contact for this request.\n\n"
                "Kind regards,\nMark Holden\nEditor, Northgate Media Ltd\n\n"
                "PRESS CARD\nName: Ada Lind\nCard No.: IFJ-11873\nPhone: +46 70 123 45 67\n"
                "Email: ada@freelance.example\n"
            ),
            sender="m.holden@northgate.example",
            sender_name="Mark Holden",
        )
    )
    email = x.fields["contact.email"]
    assert email.value in ("m.holden@northgate.example", "ada@freelance.example")
    if email.value == "ada@freelance.example":
        assert not email.certain and email.reason == Reason.OTHER_DOCUMENT


def test_the_parent_companys_extract_gives_no_certain_applicant() -> None:
    x = extract(
        mail(
            body(
                "Dobrý den,\nžádáme o přístup k XML výsledkům, server 203.0.113.40.\n\n"
                "Kontaktní osoba: Eva Malá, 601 222 333\n\nDeník Jih s.r.o., IČO 50041088\n\n"
                "Příloha – výpis z obchodního rejstříku mateřské společnosti:\n"
                "Obchodní firma: Jih Media Holding a.s.\nIČO: 44870922\n"
            ),
            sender="mala@denikjih.example",
        )
    )
    name = x.fields["organization.name"]
    if name.value == "Jih Media Holding a.s.":
        assert not name.certain
    else:
        assert name.value == "Deník Jih s.r.o."
