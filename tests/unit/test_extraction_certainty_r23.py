"""The certainty gate (issue 18, round 23): a certain value whose kind of evidence was wrong
too often on unseen writing (``tests/corpus/certainty_audit.py``) is made unsure.

1. HISTORY: an organisation's or contact's value read from a forwarded or quoted message.
2. SIGNATURE_ORG: an organisation's name or IČO on an unlabelled line of a signature.
3. NAME_SENTENCE: an organisation's name carrying the words of the sentence before it.

Each gate flags in four invented messages and leaves two structural readings certain. Every
text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import pytest

from intake.extraction.certainty import Evidence, Gate, evidence, gate
from intake.extraction.review import Reason
from intake.extraction.segments import split_body


def _gate(text: str, key: str, value: str) -> tuple[Gate, Reason] | None:
    """The gate for ``value`` read from the first line of ``text`` that holds it."""
    blocks = split_body("body.txt", text)
    no = next(ln.no for b in blocks for ln in b.lines if value in ln.text or (
        key == "contact.phone" and value[-3:] in ln.text.replace(" ", "")))
    return gate(key, value, evidence(value, "body.txt", no, blocks))


_FWD = "\n\n---------- Forwarded message ---------\nFrom: Petr Vlk <vlk@sumava-net.example>\n" \
       "Date: Mon, 1 Sep 2025 10:00\nSubject: XML\n\n"

HISTORY: dict[str, tuple[str, str, str]] = {
    "org_in_forward": (
        "Dobrý den,\nposílám dál, viz níže.\n\nJana Malá" + _FWD
        + "Dobrý den,\nza firmu Šumava Net s.r.o. posíláme adresy.\nŠumava Net s.r.o.\n",
        "organization.name", "Šumava Net s.r.o.",
    ),
    "ico_in_forward": (
        "Ahoj,\nto je ta žádost.\nJ." + _FWD + "Posíláme žádost, Šumava Net s.r.o., IČO 27104567.\n",
        "organization.ico", "27104567",
    ),
    "phone_label_in_forward": (
        "Dobrý den,\npřeposílám.\n\nMalá" + _FWD + "Kontakt: Petr Vlk, 602 418 927\n",
        "contact.phone", "+420602418927",
    ),
    "person_in_quote": (
        "Dobrý den,\nano, platí.\n\nJana Malá\n\nDne 1. 9. 2025 v 10:00 Petr Vlk napsal(a):\n"
        "> Kontaktní osoba: Petr Vlk\n> Šumava Net s.r.o.\n",
        "contact.person", "Petr Vlk",
    ),
}


@pytest.mark.parametrize("name", sorted(HISTORY))
def test_values_of_the_history_are_flagged(name: str) -> None:
    text, key, value = HISTORY[name]
    assert _gate(text, key, value) == (Gate.HISTORY, Reason.ORIGINAL)


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("Dobrý den,\nKontaktní osoba: Jana Malá\nIČO: 27104567\n" + _FWD + "Petr Vlk\n",
         "contact.person", "Jana Malá"),
        ("Dobrý den,\nžadatel: Šumava Net s.r.o., IČO 27104567\n" + _FWD + "Ahoj\n",
         "organization.ico", "27104567"),
    ],
)
def test_values_of_the_own_text_stay_certain(text: str, key: str, value: str) -> None:
    assert _gate(text, key, value) is None


_LETTER = "Dobrý den,\nžádáme o přístup k XML, produkce 198.51.100.7.\n\nS pozdravem\nJan Dvořák\n"
SIGNED: dict[str, tuple[str, str]] = {
    "contractor_name_ico": ("NetOps Jih s.r.o., IČO 07341822\n", "07341822"),
    "agency_name": ("PR agentura Kompas s.r.o.\n", "PR agentura Kompas s.r.o."),
    "firm_with_role": ("správce sítě, Hosting Morava a.s.\n", "Hosting Morava a.s."),
    "firm_address": ("Datacentrum Brno s.r.o., Veveří 12, Brno\n", "Datacentrum Brno s.r.o."),
}


@pytest.mark.parametrize("name", sorted(SIGNED))
def test_an_organisation_of_a_signature_line_is_flagged(name: str) -> None:
    line, value = SIGNED[name]
    key = "organization.ico" if value.isdigit() else "organization.name"
    text = _LETTER + line
    blocks = split_body("body.txt", text)
    no = next(ln.no for b in blocks for ln in b.lines if value in ln.text)
    proof = evidence(value, "body.txt", no, blocks)
    assert proof.kind is Evidence.SIGNATURE
    assert gate(key, value, proof) == (Gate.SIGNATURE_ORG, Reason.SIGNATURE)


@pytest.mark.parametrize(
    ("line", "key", "value"),
    [
        ("IČO: 07341822\n", "organization.ico", "07341822"),
        ("Organizace: Šumava Net s.r.o.\n", "organization.name", "Šumava Net s.r.o."),
    ],
)
def test_a_labelled_line_of_a_signature_stays_certain(line: str, key: str, value: str) -> None:
    assert _gate(_LETTER + line, key, value) is None


NAMES = [
    "Wahlen in Tschechien möchte die Nordfernsehen Produktion GmbH",
    "I'm writing on behalf of Nordlys Broadcasting AS",
    "we are contacting you for Baltic Wire Ltd",
    "Zasíláme za naši společnost Mediální Orbis s.r.o.",
]


@pytest.mark.parametrize("name", NAMES)
def test_a_name_with_the_words_of_its_sentence_is_flagged(name: str) -> None:
    text = "Dobrý den,\n" + name + " žádá o přístup k XML.\n"
    assert _gate(text, "organization.name", name) == (Gate.NAME_SENTENCE, Reason.SENTENCE)


@pytest.mark.parametrize(
    "name", ["Západomoravská univerzita v Jihlavě", "Týdeník pro Vysočinu, spol. s r.o."]
)
def test_a_name_with_a_few_lower_case_words_stays_certain(name: str) -> None:
    text = "Dobrý den,\nŽadatel: " + name + "\n"
    assert _gate(text, "organization.name", name) is None
