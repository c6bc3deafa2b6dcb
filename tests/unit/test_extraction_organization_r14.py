"""The organisation, fourteenth round (issue 18): a name read out of running prose is never
certain and its start is cut at the sentence's verbs of wanting (any language); a labelled
value is the whole name up to the kind written after it; a foreign legal form written
without its diacritics is still a legal form; a host name in a server table is never a name;
a person's name with an IČO is a sole trader applying. Wording, formats and names are the
tests' own, none a corpus case.

Outcome before this round's rules: see the report of the round (counted per principle)."""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import body as _body
from tests.unit.extraction_helpers import extract as _x
from tests.unit.extraction_helpers import mail as _mail
from tests.unit.extraction_helpers import text_file as _text_file

_IP = "\nProduction IP: 192.0.2.10\n"


def _org(text: str, *attachments: str, ip: str = _IP) -> tuple[str | None, bool]:
    files = [_text_file(f"a{i}.txt", a) for i, a in enumerate(attachments)]
    x = _x(_mail(_body(text + ip), *files, sender="x@posta.example"))
    value = x.fields.get("organization.name")
    return (value.value, value.certain) if value is not None else (None, False)


# ------------------- a name read out of running prose is never certain -------------------
# Where a name with a legal form stands inside a sentence that goes on around it, where it
# starts is the reader's guess: the words of a sentence before it ("… möchte die", "would
# like", "chtěla by") are cut off, and the value is never certain.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Für unseren Bericht über die Kommunalwahlen in Böhmen möchte die Moldau Bild Studio GmbH "
            "am Wahlabend in Pilsen filmen. Wir bitten um Genehmigung.",
            "Moldau Bild Studio GmbH",
        ),
        (
            "Zur Berichterstattung über die Wahl in Prag möchten die Elbe Medienhaus GmbH und ihr Team "
            "die Ergebnisse als XML beziehen.",
            "Elbe Medienhaus GmbH",
        ),
        (
            "For our coverage of the Czech vote in Brno would like Riverside Broadcast Ltd to receive "
            "the results feed.",
            "Riverside Broadcast Ltd",
        ),
        (
            "Kvůli zpravodajství o volbách v Ostravě chtěla by Slezská Obrazovka s.r.o. získat "
            "přístup k výsledkům v XML.",
            "Slezská Obrazovka s.r.o.",
        ),
        (
            "Kvoli spravodajstvu o voľbách v Nitre chcela by Ponitrie Vysielanie s.r.o. prístup "
            "k výsledkom.",
            "Ponitrie Vysielanie s.r.o.",
        ),
        (
            "W związku z wyborami w Czechach chciałaby Beskidy Obraz sp. z o.o. otrzymać dostęp "
            "do wyników XML.",
            "Beskidy Obraz sp. z o.o.",
        ),
        (
            "Pour couvrir les élections en Moravie souhaite Vallée Images SARL recevoir le flux XML "
            "des résultats.",
            "Vallée Images SARL",
        ),
        (
            "Per il nostro servizio sulle elezioni in Boemia vorrebbe Laguna Video S.r.l. ricevere "
            "i risultati in XML.",
            "Laguna Video S.r.l.",
        ),
        (
            "Para nuestra cobertura de las elecciones en Praga quiere Meseta Noticias S.L. recibir "
            "los resultados en XML.",
            "Meseta Noticias S.L.",
        ),
    ],
)
def test_a_name_read_out_of_prose_is_cut_at_the_sentence_and_unsure(text: str, name: str) -> None:
    value, sure = _org(text)
    assert (value, sure) == (name, False)


@pytest.mark.parametrize(
    "text",
    [
        "Dobrý den, pro naši reportáž o volbách v Plzni posíláme za Západní obraz, spol. s r.o. "
        "žádost o přístup k datům.",
        "Im Rahmen der Wahlnacht in Prag bittet die Grenzland Zeitung Verlag GmbH um den Zugang.",
        "Ahoj, v rámci voleb v Liberci chce Ještědský zpravodaj s.r.o. výsledky v XML.",
        "During the vote in Ostrava our partner Northgate Radio Ltd will take the XML feed for us.",
        "Czesc, przy wyborach w Brnie redakcja Morawski Kurier sp. z o.o. prosi o dostęp do XML.",
        "Pri voľbách v Košiciach naša nová redakcia Východný týždeň s.r.o. žiada o prístup.",
        "Hei, for valget i Praha ønsker Fjordkanalen AS å motta resultatene som XML.",
        "Hallo, tijdens de verkiezingen in Brno wil Polder Nieuws B.V. de XML-uitslagen ontvangen.",
    ],
)
def test_a_name_in_a_running_sentence_is_never_certain(text: str) -> None:
    """Whatever the value read, a name the sentence goes on around is never presented as
    certain (no label, no letterhead, no IČO on its line)."""
    value, sure = _org(text)
    assert value is not None and not sure, (value, sure)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Alfa Obraz s.r.o.\nNa Příkopě 12, Praha\n\nŽádáme o přístup k XML.", "Alfa Obraz s.r.o."),
        ("Žadatel: Beta Zvuk s.r.o.\nŽádáme o přístup k XML.", "Beta Zvuk s.r.o."),
        ("Applicant: Gamma Wire Ltd\nWe request access to the XML feed.", "Gamma Wire Ltd"),
        ("Za Delta Zprávy a.s., IČO 27082440, žádám o přístup k XML.", "Delta Zprávy a.s."),
    ],
)
def test_a_name_outside_prose_stays_certain(text: str, name: str) -> None:
    """A heading line, a label's value, a name tied to its IČO on the line: certain as before
    (the prose rule flags only what a sentence lends its bounds)."""
    assert _org(text) == (name, True)


# ---------------- a labelled value is the whole name up to its kind in words ----------------
# "Žadatel: X univerzita v Y, veřejná vysoká škola": the value after a label opens with the
# name; the kind written after it in words ends it, the words before the place belong to it.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Žadatel: Severomoravská univerzita v Opavě, veřejná vysoká škola, IČO: 27082440",
            "Severomoravská univerzita v Opavě, veřejná vysoká škola",
        ),
        (
            "Zadatel: Vychodoceska univerzita v Hradci, verejna vysoka skola",
            "Vychodoceska univerzita v Hradci, verejna vysoka skola",
        ),
        (
            "Žiadateľ: Podunajská univerzita v Komárne, verejná vysoká škola",
            "Podunajská univerzita v Komárne, verejná vysoká škola",
        ),
        (
            "Název organizace: Ústav regionálních studií v Kolíně, veřejná výzkumná instituce",
            "Ústav regionálních studií v Kolíně, veřejná výzkumná instituce",
        ),
        (
            "| Žadatel | Knihovna města u Labe, příspěvková organizace |",
            "Knihovna města u Labe, příspěvková organizace",
        ),
        (
            "Organizace:\tMuzeum regionu na Vysočině, příspěvková organizace\tIČO 27082440",
            "Muzeum regionu na Vysočině, příspěvková organizace",
        ),
        (
            "Žadatel\nVysoká škola mediální v Táboře, soukromá vysoká škola\n",
            "Vysoká škola mediální v Táboře, soukromá vysoká škola",
        ),
        (
            "Obchodní firma: Nadace pro nezávislé zprávy v Brně, nadační fond",
            "Nadace pro nezávislé zprávy v Brně, nadační fond",
        ),
    ],
)
def test_a_labelled_name_is_whole_up_to_its_kind(text: str, name: str) -> None:
    value, _ = _org(text)
    assert value == name


@pytest.mark.parametrize(
    "text",
    [
        "Žadatel: Jana Malá, jednatelka Omega Vysílání s.r.o.",
        "Applicant: submitted by John Smith for Lakeside Radio Ltd",
        "Applicant: the newsroom of Kappa News Ltd",
        "Antragsteller: wir, die Talblick Verlag GmbH",
    ],
)
def test_a_labelled_name_with_words_left_off_before_it_is_unsure(text: str) -> None:
    """Words after the label that are not the name (a person, the request, a pronoun) are
    left off: the name read after them is not the label's whole value, never certain."""
    value, sure = _org(text)
    assert value is not None and not sure, (value, sure)
