"""Request types and the organisation (issue 18, fourth round): a value is certain only when
a structural rule gave it and the applicant's text offers no competing candidate the rule
did not rule out.

Every text here is written for the test, in varied wording (Czech with and without
diacritics, Slovak, English); none is a corpus case."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from intake.extraction.review import Reason
from tests.unit.extraction_helpers import BOTH, FEED, REC, extract, mail, text_file
from tests.unit.extraction_helpers import body as _body

_IPS = "\nOstrá IP: 8.8.8.8\n"


def _x(body: str, attachment: str | None = None) -> Extraction:
    files = () if attachment is None else (text_file("zadost.txt", attachment),)
    return extract(mail(_body(body), *files, sender="jana@zpravy.example", sender_name="Jana Zelená"))


def _types(x: Extraction) -> tuple[tuple[str, ...], bool, str | None]:
    f = x.fields["request_types"]
    return x.request_types, f.certain, f.reason


# ------------------------------- the other request type named, not decided explicitly ----


@pytest.mark.parametrize(
    "body",
    [
        "Please register us for the dedicated results feed. Your notice also mentions filming "
        "at the collection points, which is good to know.",
        "Prosime o pristup k XML serveru s vysledky. Na vasem webu jsme videli i moznost "
        "nataceni na prebiracim miste, diky za info.",
        "Žiadame o prístup k výsledkom vo formáte XML. Videli sme aj ponuku nakrúcania na "
        "preberacom mieste.",
    ],
)
def test_a_request_type_only_named_beside_one_asked_for_is_unsure(body: str) -> None:
    types, certain, reason = _types(_x(body + _IPS))
    assert "feed_access" in types
    assert not certain
    assert reason == Reason.OTHER_TYPE


@pytest.mark.parametrize(
    "body",
    [
        "Žádáme o povolení natáčet na přebíracím místě v Kolíně. XML data odebíráme přes "
        "agenturu, ty tedy nepotřebujeme.",
        "Žiadame o povolenie nakrúcať na preberacom mieste v Trnave. Prístup k výsledkom máme "
        "cez materskú firmu, preto o neho nežiadame.",
        "We would like permission to film at the collection point in Kladno. The XML results "
        "come to us through an agency, so we don't need them.",
    ],
)
def test_a_decline_that_names_no_request_type_declines_the_one_its_sentence_named_unsure(body: str) -> None:
    """(fifth round) The decline refers to the request its sentence named before it; the
    text both names and declines it, so the reading stays unsure."""
    types, certain, reason = _types(_x(body))
    assert types == ("recording_permit",)
    assert not certain
    assert reason == Reason.DECLINED


@pytest.mark.parametrize(
    "form",
    [
        "ŽÁDOST (nehodící se škrtněte)\nŽádám o: přístup k XML serveru s výsledky / povolení "
        "k natáčení na přebíracím místě\n",
        "ZIADOST\nZiadame o: pristup k vysledkom vo formate XML / povolenie nakrucat na "
        "preberacom mieste (nehodiace sa preskrtnite)\n",
        "APPLICATION FORM\nWe apply for: access to the results server / permission to film at "
        "the collection point (delete as appropriate)\n",
    ],
)
def test_both_types_asked_in_a_form_that_says_to_strike_one_out_is_unsure(form: str) -> None:
    types, certain, reason = _types(_x("Formulář v příloze.", form + _IPS))
    assert types == BOTH
    assert not certain
    assert reason == Reason.FORM_UNRESOLVED


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Prosíme o přístup k XML serveru." + _IPS, FEED),
        ("XML: 8.8.8.8 (ostrý provoz)", FEED),
        (
            "1) Přístup k XML výsledkům z adresy 8.8.8.8.\n2) Povolení natáčet na přebíracím "
            "místě v Písku, kameraman Ota Král.",
            BOTH,
        ),
        (
            "Ráda bych požádala o povolení natáčet na přebíracím místě v Táboře. Výsledky v XML "
            "nepotřebujeme.",
            REC,
        ),
        (
            "Data z XML serveru chceme pro web (IP 8.8.8.8) a zároveň bychom rádi natáčeli na "
            "přebíracím místě v Berouně.",
            BOTH,
        ),
    ],
)
def test_each_type_decided_explicitly_stays_certain(body: str, want: tuple[str, ...]) -> None:
    types, certain, reason = _types(_x(body))
    assert types == want
    assert certain, reason


# ------------------------------------------------------------------ the organisation ----


def _org(x: Extraction) -> tuple[str | None, bool | None, str | None]:
    f = x.fields.get("organization.name")
    return x.organization_name, None if f is None else f.certain, None if f is None else f.reason


@pytest.mark.parametrize(
    ("letter", "name"),
    [
        (
            "Vydavatelství JIŽNÍ LISTY s.r.o.\nPalackého 5, 370 01 České Budějovice\n",
            "JIŽNÍ LISTY s.r.o.",
        ),
        (
            "Vydavateľstvo TATRY PRESS, s. r. o.\nHlavná 12, 040 01 Košice\n",
            "TATRY PRESS, s. r. o.",
        ),
        ("Publisher NORTH WIND MEDIA Ltd.\n12 High Street, Leeds\n", "NORTH WIND MEDIA Ltd."),
    ],
)
def test_a_descriptive_word_before_a_name_in_capitals_is_left_out_unsure(
    letter: str, name: str
) -> None:
    got, certain, reason = _org(_x("Žádost v příloze.", letter + "Žádáme o přístup k XML." + _IPS))
    assert (got, certain, reason) == (name, False, Reason.DESCRIPTIVE)


def test_a_descriptive_word_written_like_the_name_is_part_of_it() -> None:
    got, certain, _ = _org(_x("Vydavatelství Pootaví, s.r.o.\nŽádáme o přístup k XML." + _IPS))
    assert (got, certain) == ("Vydavatelství Pootaví, s.r.o.", True)


@pytest.mark.parametrize(
    "body",
    [
        "Dobrý den, jsem novinářka na volné noze a prosím o přístup k XML serveru.\n"
        "Kontaktní osoba: Klára Dvořáková, 605 111 222",
        "Hello, I am a freelance data journalist and would like access to the XML results feed.\n"
        "Contact person: Klára Dvořáková, +420 605 111 222",
        "Dobry den, jsem jednoclenna redakce (podcast) a zadam o pristup k XML vysledkum.\n"
        "Kontaktni osoba: Klára Dvořáková, 605 111 222",
    ],
)
def test_a_freelancer_without_an_organisation_is_the_applicant_unsure(body: str) -> None:
    got, certain, reason = _org(_x(body + _IPS))
    assert (got, certain, reason) == ("Klára Dvořáková", False, Reason.NATURAL_PERSON)


def test_a_municipality_named_in_a_sentence_with_its_ico_is_found_unsure() -> None:
    body = (
        "za Statutární město Horní Lhota (vydavatele Zpravodaje, IČ 00244732) posílám adresy."
        + _IPS
    )
    got, certain, _ = _org(_x(body))
    assert (got, certain) == ("Statutární město Horní Lhota", False)


@pytest.mark.parametrize(
    "line",
    [
        "Company ID (IČO): 25608410",
        "Northbridge Media, z. s., ID No. 25608410, registered office Praha",
        "Company No. (IČ): 25608410",
    ],
)
def test_an_ico_under_english_labels_is_read(line: str) -> None:
    x = _x(
        "Application attached.", line + "\nWe apply for access to the XML results server." + _IPS
    )
    assert x.organization_ico == "25608410"
