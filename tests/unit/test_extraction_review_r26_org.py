"""Review of the twenty-sixth round (issue 18): the organisation and the request types.

Each test reproduces a reviewer's example (and a variant or two of the same class). Wording
and names are the tests' own, none a corpus case."""

from __future__ import annotations

import time

import pytest

from intake.extraction import request_types as rt
from intake.extraction.org_heads import entity_of_town_office
from tests.unit.extraction_helpers import body, extract, mail

_TAIL = "\nAdresy pro ostrý provoz: 192.0.2.10\nKontakt: Iva Nová, 603 123 456, iva@posta.example\n"


def _x(text: str):  # type: ignore[no-untyped-def]
    return extract(mail(body(text + _TAIL), sender="x@posta.example"))


def _name(text: str) -> tuple[str | None, bool]:
    v = _x(text).fields.get("organization.name")
    return (v.value, v.certain) if v is not None else (None, False)


# 1. French "enregistrer": the words before what is recorded are whole words.
@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, nous demandons l'accès au flux XML. Nous aimerions enregistrer la raison de notre demande.",
        "Bonjour, nous demandons l'accès au flux XML. Merci d'enregistrer la liaison avec notre serveur.",
    ],
)
def test_enregistrer_does_not_match_inside_a_word(text: str) -> None:
    assert "recording_permit" not in _x(text).request_types


def test_enregistrer_still_names_what_is_recorded() -> None:
    x = _x("Bonjour, nous demandons l'accès au flux XML. Nous aimerions enregistrer l'ambiance.")
    assert "recording_permit" in x.request_types


def test_enregistrer_is_quick_on_a_long_word() -> None:
    start = time.perf_counter()
    for pat in (rt._REC_CUES, rt._ANY_CUE):
        pat.search("enregistrer " + "a" * 400 + " x")
    assert time.perf_counter() - start < 0.5


# 4. "wrongly" alone is no mistake in the request.
@pytest.mark.parametrize(
    "text",
    [
        "Hello, we request access to the XML feed. We would like to film the count because last year it was wrongly reported.",
        "Hello, we request access to the XML feed. We also want to film the count, as the results were wrongly described in the past.",
    ],
)
def test_wrongly_reported_is_not_a_withdrawal(text: str) -> None:
    x = _x(text)
    assert "recording_permit" in x.request_types


# 8. "Případně" at the start of a sentence is the same condition as "případně".
def test_sentence_initial_pripadne_is_left_to_the_office() -> None:
    a = _x("Dobrý den, žádáme o přístup k XML. Případně bychom i natáčeli, je-li třeba.")
    b = _x("Dobrý den, žádáme o přístup k XML. případně bychom i natáčeli, je-li třeba.")
    assert tuple(a.request_types) == tuple(b.request_types) == ("feed_access", "recording_permit")
    assert a.fields["request_types"].certain == b.fields["request_types"].certain


# 3. A lower-case word inside a name does not cut it; a governing noun before it does.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Jsme Nadační fond pro podporu Zlínského kraje, z.s. a žádáme o přístup k XML.", "Nadační fond pro podporu Zlínského kraje, z.s."),
        ("Píšu za Sdružení obcí Moravskoslezského kraje, z.s. Žádáme o přístup k XML.", "Sdružení obcí Moravskoslezského kraje, z.s."),
        ("Žádáme o přístup k XML jménem spolku Spolek přátel Starého Města z.s.", "Spolek přátel Starého Města z.s."),
        ("Dobrý den,\nžádáme o přístup k XML pro potřeby Moravskoslezského deníku a.s., IČO 66003946.", "Moravskoslezský deník a.s."),
    ],
)
def test_a_lower_case_word_inside_a_name_keeps_it_whole(text: str, want: str) -> None:
    assert _name(text)[0] == want


# 5. A university with its seat is the applicant only when the writer acts for it.
@pytest.mark.parametrize(
    ("text", "not_want"),
    [
        ("Dobrý den, píšu za Nordic Wire Service. Data zpracujeme ve spolupráci s Ostravskou univerzitou v Ostravě. Žádáme o přístup k XML.", "Ostravská univerzita v Ostravě"),
        ("Jsem nezávislý novinář, absolvent Masarykovy univerzity v Brně, a žádám o přístup k XML.", "Masarykova univerzita v Brně"),
        ("Jsem doktorand Slezské univerzity v Opavě a pro svůj blog žádám o přístup k XML.", "Slezská univerzita v Opavě"),
    ],
)
def test_a_university_named_in_passing_is_not_the_applicant(text: str, not_want: str) -> None:
    assert _name(text)[0] != not_want


# 6. After an adjective, an "-ou" word with no adjective after it is the noun.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Dobrý den, byli jsme pověřeni Slezskou agenturou Větrník s.r.o., která žádá o přístup k XML.", "Slezská agentura Větrník s.r.o."),
        ("Dobrý den, web je provozován Krajskou agenturou Sever a.s. a žádáme o přístup k XML.", "Krajská agentura Sever a.s."),
        ("Dobrý den, web je provozován Krajskou společností Jih s.r.o. a žádáme o přístup k XML.", "Krajská společnost Jih s.r.o."),
    ],
)
def test_an_instrumental_noun_before_a_name(text: str, want: str) -> None:
    assert _name(text)[0] == want


# 9. A possessive adjective before "univerzita" keeps its stem.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Dobrý den, zastupuji Masarykovou univerzitu v Brně a žádám o přístup k XML.", "Masarykova univerzita v Brně"),
        ("Dobrý den, přidělte Karlově univerzitě v Praze přístup k XML.", "Karlova univerzita v Praze"),
        ("Dobrý den, jménem Mendelovy univerzity v Brně žádám o přístup k XML.", "Mendelova univerzita v Brně"),
    ],
)
def test_a_possessive_university_is_made_nominative(text: str, want: str) -> None:
    assert _name(text)[0] == want


# 10. A municipality named in the text: its place alone, in its own form.
@pytest.mark.parametrize(
    ("office", "line"),
    [
        ("Městský úřad", "Vážení, žádáme jménem města Prahy o přístup k XML."),
        ("Obecní úřad", "S pozdravem starosta obce Lhota Jan Novák"),
        ("Městský úřad", "Sídlíme v centru města Ve Lhotě."),
        ("Obecní úřad", "Za obec Horní Lhota Petr Malý"),
    ],
)
def test_a_municipality_in_a_sentence_is_not_read_past_its_place(office: str, line: str) -> None:
    assert entity_of_town_office(office, [line]) is None


@pytest.mark.parametrize(
    ("office", "line", "want"),
    [
        ("Městský úřad", "v zastoupení města Rokytnice nad Jizerou žádám o XML", "Město Rokytnice nad Jizerou"),
        ("Městský úřad", "MĚSTO DOLNÍ BROD – Městský úřad", "Město Dolní Brod"),
        ("Městský úřad", "za město Karlovy Vary", "Město Karlovy Vary"),
    ],
)
def test_a_municipality_in_its_own_form(office: str, line: str, want: str) -> None:
    assert entity_of_town_office(office, [line]) == want


# 7. The endings of a Czech verb's person do not read English words.
@pytest.mark.parametrize("word", ["site", "date", "late", "state", "time", "same", "name", "on"])
def test_english_words_are_no_side_of_a_condition(word: str) -> None:
    assert not rt._OFFICE_SIDE.fullmatch(word) and not rt._OWN_SIDE.fullmatch(word)


@pytest.mark.parametrize(("word", "office"), [("muzete", True), ("dovolite", True), ("mate", True), ("sezeneme", False), ("budeme", False), ("zdazymy", False)])
def test_czech_verb_endings_still_read(word: str, office: bool) -> None:
    assert bool(rt._OFFICE_SIDE.fullmatch(word)) is office
    assert bool(rt._OWN_SIDE.fullmatch(word)) is not office


# 2. A polite ask for "our viewers" / "naši televizi" is the asker's own; another party only
# when it does the act itself.
@pytest.mark.parametrize(
    "text",
    [
        "Dobrý den, žádáme o přístup k XML. Mohli bychom u vás natáčet sčítání pro naši televizi?",
        "Hello, we request access to the XML feed. Could we please film the count for our viewers?",
        "Hello, we request access to the XML feed. Could we please film the count for the evening news?",
        "Dobrý den, žádáme o přístup k XML. Můžeme prosím natáčet pro den voleb?",
    ],
)
def test_a_polite_ask_for_the_askers_audience_is_a_request(text: str) -> None:
    assert "recording_permit" in _x(text).request_types


def test_a_question_for_another_party_to_film_is_not_the_askers() -> None:
    x = _x("Hello, we request access to the XML feed. Would it be possible for our partner station to film at the count?")
    assert tuple(x.request_types) == ("feed_access",)


# 12. A longer abbreviation's stop does not end the sentence that names the organisation.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Hello, we are Corp. Media Nordic and we request access to the XML feed.", "Corp. Media Nordic"),
        ("Hello, we are Assoc. Press Nordic, a wire service, and we request access to the XML feed.", "Assoc. Press Nordic"),
        ("Hello, we are Nordic Wire Info. We request access to the XML feed.", "Nordic Wire Info"),
    ],
)
def test_an_abbreviation_inside_a_name_keeps_it(text: str, want: str) -> None:
    assert _name(text)[0] == want
