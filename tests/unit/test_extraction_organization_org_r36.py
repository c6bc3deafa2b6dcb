"""The organisation and its IČO, thirty-sixth round (issue 18).

A data box registered to a branch ("X, organizační složka") beside a text naming the firm
itself: the text's name is kept when the text writes it as the applicant (with its IČO), the
box's name is taken when the text's is only a parent's letter (a power of attorney, a
letterhead); the two differ, so never certain. An IČO hyphenated in groups ("2439-1859") and
one paired with the name in a label's cell ("Žadatel (IČO)<tab>Město X (00305618)") are read.
The organisation on a document's issuer line ("Vydal:", "Issued by:") is a third party (the
union issuing a press card), not the applicant. The digits of a code joined to its capitals
("SN-2025-04417") are no phone. Wording, formats and names are the tests' own, none a
corpus case; the values were labelled by ``tests/corpus/LABELS.md`` before the rules were
run on them.
"""

from __future__ import annotations

import pytest

from tests.unit.drill_helpers import html_body
from tests.unit.extraction_helpers import (
    body,
    certain,
    data_message,
    extract,
    mail,
    text_file,
)

_IP = "\nProdukční IP: 192.0.2.10\n"

# ------------------------------ a branch's data box ---------------------------------------

_BRANCHES = [
    pytest.param(
        "Pražská média, s.r.o., IČO 66382998\nŽádost o přístup k výsledkům voleb ve formátu XML\n"
        "Kontakt: Jan Novák, jan@prazskamedia.example",
        "Pražská média, s.r.o., odštěpný závod Brno",
        "Pražská média, s.r.o.",
        id="cs-heading-with-ico",
    ),
    pytest.param(
        "APPLICATION FOR XML ACCESS\nApplicant: Danube Wire Ltd (Company ID 04903111)\n"
        "Contact: Mark Ellis, mark@danubewire.example",
        "Danube Wire Ltd, organizační složka",
        "Danube Wire Ltd",
        id="en-applicant-company-id",
    ),
    pytest.param(
        "Žiadateľ\tVáhské noviny, a. s.\tIČO\t27275621\nKontaktná osoba\tEva Hrušková",
        "Váhské noviny, a. s., organizačná zložka",
        "Váhské noviny, a. s.",
        id="sk-table-row",
    ),
    pytest.param(
        "Antrag auf Zugang zu den Wahlergebnissen (XML)\nAntragsteller: Donau Medien GmbH, IČO: 32161891\n"
        "Ansprechpartner: Jonas Weber",
        "Donau Medien GmbH, Zweigniederlassung Prag",
        "Donau Medien GmbH",
        id="de-applicant-ico",
    ),
    pytest.param(
        "Nordlicht Verlag GmbH, Hauptstraße 5, 10115 Berlin\nVOLLMACHT\nHiermit bevollmächtigen wir "
        "Herrn Paul Krüger, unsere Prager Zweigniederlassung in Wahlsachen zu vertreten.\n"
        "Berlin, 1. September 2025",
        "Nordlicht Verlag GmbH, organizační složka",
        "Nordlicht Verlag GmbH, organizační složka",
        id="near-miss-parent-letterhead-no-ico",
    ),
    pytest.param(
        "Fjord Press AS, Storgata 1, Oslo, org. no.\n918 445 120, authorises Ms Ingrid Dahl to act for "
        "its Prague branch.\nOslo, 2 September 2025",
        "Fjord Press AS, organizační složka",
        "Fjord Press AS, organizační složka",
        id="near-miss-parent-power-of-attorney",
    ),
]


@pytest.mark.parametrize(("letter", "box", "want"), _BRANCHES)
def test_a_branchs_box_beside_the_firm(letter: str, box: str, want: str) -> None:
    p = data_message(
        "Žádost o přístup k XML, IČO 51065690" if "IČO" not in letter else "Žádost o přístup k XML",
        text_file("zadost.txt", letter + _IP),
        dm_sender=box,
    )
    x = extract(p)
    assert (x.organization_name or "").casefold() == want.casefold()
    assert not certain(x, "organization.name")


# ------------------------------ the IČO's written forms -----------------------------------

_ICOS = [
    pytest.param("Žadatel: Rádio Haná, s.r.o.\nIČO: 4672-1584", "46721584", id="cs-hyphen-4-4"),
    pytest.param(
        "Žiadateľ: Spišský hlas, s. r. o.\nIČO: 34-052-313", "34052313", id="sk-hyphen-2-3-3"
    ),
    pytest.param("Applicant: Brno Wire Ltd\nCompany ID: 5520–1873", "55201873", id="en-en-dash"),
    pytest.param(
        "Žadatel: Zpravodaj Krnov, z. s.\nI.Č.: 8435-0865", "84350865", id="cs-dotted-label-hyphen"
    ),
    pytest.param("Název / IČO: Rádio Beskydy s.r.o. / 04903111", "04903111", id="cs-paired-slash"),
    pytest.param(
        "Applicant, Company ID:\tNorth Star Media Ltd, 27275621", "27275621", id="en-paired-comma"
    ),
    pytest.param(
        "Obchodné meno a IČO: Spišské echo, s. r. o. (32161891)",
        "32161891",
        id="sk-paired-a-brackets",
    ),
    pytest.param(
        "Žadatel (název, IČO): Spolek Hlas Vysočiny, z. s., 46721584",
        "46721584",
        id="cs-paired-comma-label",
    ),
    pytest.param(
        "Antragsteller / IČO: Egerland Rundfunk GmbH (34052313)",
        "34052313",
        id="de-paired-slash-brackets",
    ),
    pytest.param(
        "Žadatel: Jan Malý, fotograf\nIČO: dosud nepřiděleno\nTel.: 603-914-552",
        None,
        id="near-miss-phone-hyphens",
    ),
    pytest.param("Žadatel: Obec Lhotka\nČ. j.: 4672-1584", None, id="near-miss-file-number"),
    pytest.param(
        "Žadatel (IČO)\tJan Malý (nepřiděleno)\nTel.\t603 914 552",
        None,
        id="near-miss-paired-without-number",
    ),
]


@pytest.mark.parametrize(("text", "want"), _ICOS)
def test_the_ico_as_written(text: str, want: str | None) -> None:
    x = extract(mail(body("Dobrý den,\n\nposílám žádost.\n\n" + text + _IP)))
    assert x.organization_ico == want
    if want is not None:
        assert certain(x, "organization.ico")


def test_the_ico_paired_in_an_html_table() -> None:
    html = (
        "<p>Dobrý den, posíláme formulář.</p><table><tr><td>Organizace / IČ</td>"
        "<td>Obec Lhota u Rokycan / 51065690</td></tr><tr><td>Produkční IP</td><td>192.0.2.10</td></tr>"
        "</table>"
    )
    x = extract(mail(html_body(html)))
    assert x.organization_ico == "51065690"


def test_a_suppliers_paired_ico_is_not_the_applicants() -> None:
    text = (
        "Žadatel: Rádio Podluží s.r.o., IČO: 55201873\nDodavatel (IČO)\tHostNet s.r.o. (40281400)"
    )
    x = extract(mail(body(text + _IP)))
    assert x.organization_ico == "55201873"


# ------------------------------ a document's issuer ---------------------------------------

_ISSUERS = [
    pytest.param(
        "Dobrý den,\n\njsem nezávislý kameraman a žádám o povolení natáčet na sběrném místě. IČO 60554983.\n\n"
        "Petr Holý, tel. 731 555 210",
        "OSVĚDČENÍ O ČLENSTVÍ\nJméno: Petr Holý\nVystavila: Asociace nezávislých médií, z. s.",
        "Petr Holý",
        id="cs-membership-vystavila",
    ),
    pytest.param(
        "Hello,\n\nI am a freelance photojournalist and ask for permission to take photographs at a "
        "collection point.\n\nAnna Berg, +420 608 441 009",
        "PRESS ACCREDITATION\nName: Anna Berg\nIssued by: European Press Union AISBL",
        "Anna Berg",
        id="en-accreditation-issued-by",
    ),
    pytest.param(
        "Dobrý deň,\n\nsom fotograf na voľnej nohe a prosím o povolenie fotografovať.\n\nJuraj Kováč, "
        "+421 903 222 111",
        "PREUKAZ ČLENA\nMeno: Juraj Kováč\nVydal: Slovenský syndikát novinárov",
        "Juraj Kováč",
        id="sk-card-vydal",
    ),
    pytest.param(
        "Guten Tag,\n\nich bin freie Fotografin und bitte um die Erlaubnis, im Wahllokal zu fotografieren.\n\n"
        "Lena Vogel, +49 171 2345678",
        "PRESSEAUSWEIS\nInhaberin: Lena Vogel\nAusgestellt von: Deutscher Journalisten-Verband e.V.",
        "Lena Vogel",
        id="de-presseausweis",
    ),
    pytest.param(
        "Dobrý den,\n\nŽadatel: Rádio Podluží s.r.o., IČO 84350865\nŽádáme o povolení natáčet.\n\nKarel Vrba",
        "CERTIFIKÁT\nVydal: Česká asociace rozhlasů, z. s.\nPro: Rádio Podluží s.r.o.",
        "Rádio Podluží s.r.o.",
        id="near-miss-company-with-certificate",
    ),
    pytest.param(
        "Dobrý den,\n\nvydavatel: Týdeník Horácko, s.r.o., IČO 91623260, žádá o přístup k XML.\n\nJana Malá",
        "Příloha: výpis z rejstříku\nTýdeník Horácko, s.r.o.",
        "Týdeník Horácko, s.r.o.",
        id="near-miss-publisher-label",
    ),
]


@pytest.mark.parametrize(("cover", "card", "want"), _ISSUERS)
def test_an_issuer_is_not_the_applicant(cover: str, card: str, want: str) -> None:
    x = extract(mail(body(cover), text_file("prukaz.txt", card), sender="foto@drill.example"))
    assert (x.organization_name or "").casefold() == want.casefold()


# ------------------------------ a code's digits -------------------------------------------

_CODES = [
    pytest.param(
        "Číslo průkazu: CZ-2025-77812\nTel.: 731 555 210", "+420731555210", id="cs-card-number"
    ),
    pytest.param(
        "Č. j.: MBR/2025/604118\nmobil 604 220 118", "+420604220118", id="cs-file-reference"
    ),
    pytest.param(
        "Evidenční číslo: EV-602-114-331\ntel. 777 120 450", "+420777120450", id="cs-register-code"
    ),
    pytest.param(
        "Ref.: INV-2025-601233\nMobile: +420 608 441 009", "+420608441009", id="en-invoice-ref"
    ),
    pytest.param(
        "Číslo preukazu: SNS-0905-123456\nTel.: +421 903 222 111",
        "+421903222111",
        id="sk-card-code",
    ),
    pytest.param(
        "Objednávka OBJ-221-445-667\ntelefon 736 101 202", "+420736101202", id="cs-order-code"
    ),
    pytest.param("Kontakt: tel-603 914 552", "+420603914552", id="near-miss-tel-hyphen"),
    pytest.param("Kontakt: Jana Malá/603 914 552", "+420603914552", id="near-miss-name-slash"),
]


@pytest.mark.parametrize(("text", "want"), _CODES)
def test_a_codes_digits_are_no_phone(text: str, want: str) -> None:
    x = extract(
        mail(body("Dobrý den,\n\nžádost o přístup k XML.\n\n" + text + "\n\nJana Malá" + _IP))
    )
    assert x.contact_phone == want
