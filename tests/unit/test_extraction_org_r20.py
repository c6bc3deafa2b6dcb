"""The organisation, twentieth round (issue 18). Wording and names are the tests' own, none a
corpus case.

- A name read from a sentence opens with the sentence's grammar: a Czech or Slovak head
  noun declined ("za Agenturu X a.s.", "pro Televizi Y s.r.o.", "jménem Redakce …") is
  turned to the nominative a letterhead writes; an article and a common noun of another
  language ("la société X SAS", "die Firma Y GmbH", "the company Z Ltd") are cut off.
"""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from intake.extraction.org_heads import letterhead_form
from intake.model import Component, ComponentRole
from tests.unit.extraction_helpers import body, extract, mail, text_file

_IPS = "\nAdresy pro ostrý provoz: 192.0.2.10, 192.0.2.11\n"


def _x(text: str, *extra: Component) -> Extraction:
    return extract(mail(body(text), *extra, sender="brouk@webovna.example", sender_name="Tomáš Brouk"))


def _name(x: Extraction) -> str | None:
    f = x.fields.get("organization.name")
    return None if f is None else str(f.value)


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("Agenturu Severka a.s.", "Agentura Severka a.s."),
        ("Agentuře Severka a.s.", "Agentura Severka a.s."),
        ("Agenturou Severka a.s.", "Agentura Severka a.s."),
        ("Televizi Podhůří s.r.o.", "Televize Podhůří s.r.o."),
        ("Redakci Hlasů Pomoraví, z.s.", "Redakce Hlasů Pomoraví, z.s."),
        ("Společnosti Lipan Media a.s.", "Společnost Lipan Media a.s."),
        ("Agentúru Dunajpress, a.s.", "Agentúra Dunajpress, a.s."),
        ("Televíziu Poiplie s.r.o.", "Televízia Poiplie s.r.o."),
        ("Vydavateľstvom Tatran s.r.o.", "Vydavateľstvo Tatran s.r.o."),
        ("AGENTURU SEVERKA A.S.", "AGENTURA SEVERKA A.S."),
        ("la société Rhône Images SARL", "Rhône Images SARL"),
        ("La société Rhône Images SARL", "Rhône Images SARL"),
        ("die Firma Alpenblick Medien GmbH", "Alpenblick Medien GmbH"),
        ("The company Harbourside Media Ltd", "Harbourside Media Ltd"),
        ("l'agence Sud Reportages SAS", "Sud Reportages SAS"),
    ],
)
def test_head_of_a_name_as_a_letterhead_writes_it(raw: str, want: str) -> None:
    assert letterhead_form(raw) == want


@pytest.mark.parametrize(
    "raw",
    [
        "Agentura Severka a.s.",  # already the nominative
        "Televize Podhůří s.r.o.",
        "Společnost přátel Vltavy, z.s.",
        "Agence France-Presse",  # a name's own first word, no article
        "Agentur Bergmann GmbH",  # German, capitalised, no article: the name's own
        "Firma Novák s.r.o.",
        "Der Standard Verlagsgesellschaft m.b.H.",
        "Agenturní zpravodajství s.r.o.",  # another word with the same stem
    ],
)
def test_a_name_in_the_nominative_or_of_its_own_stays(raw: str) -> None:
    assert letterhead_form(raw) == raw


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Dobrý den,\nza Agenturu Severka a.s. žádáme o přístup k výsledkům voleb v XML."
            + _IPS
            + "\nS pozdravem\nTomáš Brouk\n",
            "agentura severka a.s.",
        ),
        (
            "Dobrý den,\njako externí správce sítě pro Televizi Podhůří s.r.o. (IČO 27114236) "
            "posílám žádost o XML výsledky." + _IPS + "\nTomáš Brouk\n",
            "televize podhůří s.r.o.",
        ),
        (
            "Bonjour,\nLa société Rhône Images SARL souhaite filmer la soirée électorale à "
            "Prague.\n\nCordialement\nTomáš Brouk\n",
            "rhône images sarl",
        ),
        (
            "Hello,\nthe company Harbourside Media Ltd would like to film the count in Prague "
            "on election night.\n\nBest regards\nTomáš Brouk\n",
            "harbourside media ltd",
        ),
    ],
)
def test_a_name_in_a_sentence_reaches_the_record_in_the_nominative(text: str, want: str) -> None:
    name = _name(_x(text))
    assert name is not None and name.casefold() == want


# ------------- an IČO written in dotted groups, as a phone number ------------------------


def _ico(x: Extraction) -> tuple[str | None, bool]:
    f = x.fields.get("organization.ico")
    return (None, False) if f is None else (str(f.value), f.certain)


@pytest.mark.parametrize(
    "line",
    [
        "Lipan Media s.r.o., IČ 271.142.36",
        "IČO: 2711.4236",
        "Lipan Media s.r.o. / ico 27.11.42.36",
        "Company ID 271.14.236 (Lipan Media s.r.o.)",
    ],
)
def test_an_ico_in_dotted_groups_is_read(line: str) -> None:
    x = _x("Dobrý den, prosím o XML." + _IPS + line + "\nTomáš Brouk, 777 204 519\n")
    assert _ico(x) == ("27114236", True)


@pytest.mark.parametrize(
    "line",
    [
        "IČO: doplníme, verze 12.04.2024",  # a date after other words: no number of the label
        "IČ 271.142.3",  # seven digits
        "IČO 271.142.366.1",  # nine digits
    ],
)
def test_dotted_groups_of_another_length_are_no_ico(line: str) -> None:
    x = _x("Dobrý den, prosím o XML." + _IPS + "Lipan Media s.r.o., " + line + "\nTomáš Brouk\n")
    assert _ico(x)[0] != "27114236" and (_ico(x)[0] is None or len(_ico(x)[0] or "") == 8)


# ------------- a foreign company's branch set off by a dash ------------------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "Nordlicht Media GmbH – organizační složka (pražská redakce, IČO 27114236) žádá o "
            "přístup k výsledkům.",
            "nordlicht media gmbh – organizační složka",
        ),
        (
            "Harbourside Media Ltd — odštěpný závod (IČO 27114236) would like to apply for the XML feed.",
            "harbourside media ltd — odštěpný závod",
        ),
        (
            "Baltic Wire Agency – organizačná zložka, IČO 27114236, žiada o prístup k výsledkom.",
            "baltic wire agency – organizačná zložka",
        ),
        (
            "Za Alpenblick Medien AG – pobočka Praha (IČO 27114236) žádám o výsledky voleb.",
            "alpenblick medien ag – pobočka praha",
        ),
    ],
)
def test_a_branch_after_a_dash_keeps_its_designation(line: str, want: str) -> None:
    x = _x("Dobrý den,\n" + line + _IPS + "\nTomáš Brouk\n")
    name = _name(x)
    assert name is not None and name.casefold() == want
    assert not x.fields["organization.name"].certain


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Deník Jih s.r.o. – redakce Brno žádá o přístup k výsledkům.", "deník jih s.r.o."),
        ("Rádio Vzor s.r.o. – organizace voleb nás zajímá, žádáme o XML.", "rádio vzor s.r.o."),
    ],
)
def test_a_dash_before_other_words_still_ends_the_name(line: str, want: str) -> None:
    name = _name(_x("Dobrý den,\n" + line + _IPS + "\nTomáš Brouk\n"))
    assert name is not None and name.casefold() == want


# ------------- a writer with no firm and no IČO is their own applicant -------------------


@pytest.mark.parametrize(
    "text",
    [
        "dobry den, prosim o xml vysledky pro muj blog o volbach, ico nemam, je to jen konicek."
        + _IPS
        + "\nkontakt: Radek Jelínek, 731 555 208, radek@volby-blog.example\n",
        "Dobrý den,\nvýsledky chci zobrazovat na svém webu. Nemám firmu ani IČO, dělám to ve volném "
        "čase." + _IPS + "\nRadek Jelínek\n731 555 208\n",
        "Dobrý deň,\nnie som firma, stránku o voľbách robím sám po večeroch." + _IPS
        + "\nRadek Jelínek, 731 555 208\n",
        "Hello,\nI don't have a company, the election map is a weekend project of mine." + _IPS
        + "\nRadek Jelínek\n+420 731 555 208\n",
    ],
)
def test_a_writer_without_a_firm_is_named_by_their_own_name(text: str) -> None:
    x = _x(text)
    assert _name(x) == "Radek Jelínek"
    assert not x.fields["organization.name"].certain


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Dobrý den,\nza Deník Jih s.r.o. žádám o XML, IČO nemám po ruce, doplním." + _IPS
            + "\nRadek Jelínek\n",
            "deník jih s.r.o.",
        ),
        (
            "Hello,\nwe have no Czech company ID, Nordlicht Media GmbH is registered in Hamburg."
            + _IPS + "\nRadek Jelínek\n",
            "nordlicht media gmbh",
        ),
    ],
)
def test_an_organisation_named_beside_no_ico_stays(text: str, want: str) -> None:
    name = _name(_x(text))
    assert name is not None and name.casefold() == want


# ------------- the client's IČO over the one in the writer's signature --------------------


def _attached_mail(text: str) -> list[Component]:
    raw = (
        "From: Jana Horná <horna@client.example>\r\nTo: brouk@webovna.example\r\nSubject: XML\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + text
    ).encode()
    return [
        Component("povereni.eml", ComponentRole.ATTACHMENT, raw, "message/rfc822"),
        Component(
            "body-2.txt", ComponentRole.BODY_TEXT, text.encode(), "text/plain",
            parent="povereni.eml", charset="utf-8", text=text,
        ),
    ]


_SIGNED = "\n--\nTomáš Brouk\nWebovna Brouk | správa webů | IČO 27114201\n"


@pytest.mark.parametrize(
    ("note", "client_text", "attach"),
    [
        (
            "Dobrý den,\nza klienta Horní listy s.r.o. posílám žádost o XML, jejich e-mail přikládám.",
            "Pane Brouku, vyřiďte to prosím za nás. Jsme Horní listy s.r.o., IČO 27114236.\nJana Horná",
            "mail",
        ),
        (
            "Dobrý den,\nv zastoupení vydavatele Horní listy s.r.o. žádám o přístup k výsledkům.",
            "Pověření: Horní listy s.r.o. (IČO 27114236) pověřuje Tomáše Brouka podáním žádosti.",
            "file",
        ),
        (
            "Hello,\non behalf of our client Horní listy s.r.o. I apply for the XML results feed.",
            "Tomáši, please apply for us. Horní listy s.r.o., Company ID 27114236.\nJana",
            "mail",
        ),
        (
            "Dobrý deň,\nza nášho klienta Horní listy s.r.o. žiadam o prístup k výsledkom volieb.",
            "Horní listy s.r.o., IČO: 27114236 – žiadame o XML výsledky, vybaví to p. Brouk.",
            "file",
        ),
    ],
)
def test_the_clients_ico_over_the_writers_signature(note: str, client_text: str, attach: str) -> None:
    extra = _attached_mail(client_text) if attach == "mail" else [text_file("povereni.txt", client_text)]
    x = _x(note + _IPS + _SIGNED, *extra)
    assert _ico(x) == ("27114236", False)


def test_a_signature_of_the_applicant_itself_keeps_its_ico() -> None:
    text = (
        "Dobrý den,\nza Horní listy s.r.o. žádám o přístup k XML." + _IPS
        + "\n--\nTomáš Brouk\nHorní listy s.r.o. | IČO 27114236\n"
    )
    assert _ico(_x(text))[0] == "27114236"


def test_a_signature_ico_stays_when_no_other_is_written() -> None:
    text = "Dobrý den,\nza klienta Horní listy s.r.o. žádám o přístup k XML." + _IPS + _SIGNED
    assert _ico(_x(text))[0] != "27114236"


# ------------- a form's row labels the owner of the number before its cell ---------------

_OFFICE_HEAD = (
    "Český statistický úřad, Na padesátém 81, Praha 10\n"
    "IČO 00025593, ID DS 2gfaasy, podatelna@czso.cz\n"
    "Žádost o přístup k výsledkům voleb\n"
)


def _ids(x: Extraction) -> tuple[object, object]:
    ico, box = x.fields.get("organization.ico"), x.fields.get("organization.databox_id")
    return (ico.value if ico else None, box.value if box else None)


@pytest.mark.parametrize(
    "rows",
    [
        "Název žadatele\tHorní listy s.r.o.\nIČO žadatele\t27114236\nID datové schránky žadatele\tk7mw2qa\n",
        "Žadatel\tHorní listy s.r.o.\nIČO vydavatele\t27114236\nDatová schránka vydavatele\tk7mw2qa\n",
        "Applicant\tHorní listy s.r.o.\nIČO of the applicant\t27114236\nData box of the applicant\tk7mw2qa\n",
        "Názov žiadateľa\tHorní listy s.r.o.\nIČO žiadateľa\t27114236\nID schránky žiadateľa\tk7mw2qa\n",
    ],
)
def test_a_forms_labelled_ids_under_the_offices_header_are_the_applicants(rows: str) -> None:
    x = _x("Dobrý den,\nzasílám vyplněný formulář.\n\nJana Horná\n", text_file("formular.txt", _OFFICE_HEAD + rows + _IPS))
    assert _ids(x) == ("27114236", "k7mw2qa")


def test_the_offices_header_alone_gives_no_ids() -> None:
    x = _x("Dobrý den,\nzasílám formulář.\n\nJana Horná\n", text_file("formular.txt", _OFFICE_HEAD + "Název žadatele\tHorní listy s.r.o.\n" + _IPS))
    assert _ids(x) == (None, None)


def test_a_word_cell_after_the_owner_is_no_box() -> None:
    x = _x("Dobrý den,\nformulář.\n\nJana Horná\n", text_file("f.txt", _OFFICE_HEAD + "Datová schránka žadatele\tnemáme\tdoplníme\n" + _IPS))
    assert _ids(x)[1] is None


def test_two_numbers_after_an_owner_label_are_rivals() -> None:
    rows = "Název žadatele\tHorní listy s.r.o.\tDolní listy s.r.o.\nIČO žadatele\t27114236\t27114201\n"
    x = _x("Dobrý den,\nformulář.\n\nJana Horná\n", text_file("f.txt", rows + _IPS))
    f = x.fields.get("organization.ico")
    assert f is None or not f.certain
