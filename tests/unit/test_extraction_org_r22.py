"""The organisation, twenty-second round (issue 18). Wording and names are the tests' own,
none a corpus case.

- A name whose last word the designator list holds ("Corporation", "Limited",
  "Incorporated") followed by the legal form its law writes ("d.o.o.", "AB", "GmbH"): the
  name goes on to the last form; a name certain without the form the text writes is wrong.
"""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from intake.extraction.org import legal_name_in
from tests.unit.extraction_helpers import body, extract, mail


def _x(text: str) -> Extraction:
    return extract(mail(body(text), sender="vera@kestrel.example", sender_name="Vera Horn"))


def _name(x: Extraction) -> tuple[object, bool]:
    n = x.fields.get("organization.name")
    return (n.value if n else None, bool(n and n.certain))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Dear colleagues,\n\nBaltic Signal Corporation d.o.o. (OIB 12345678901), Rijeka, "
            "would like to film at your office on election night.\n\nBest,\nVera Horn\n",
            "Baltic Signal Corporation d.o.o.",
        ),
        (
            "Hello,\nwe ask for the XML results feed.\n\nRegards\nVera Horn\nNordlys Media Limited AB\n"
            "Storgatan 5, Malmö\n",
            "Nordlys Media Limited AB",
        ),
        (
            "Dobrý den,\nžádáme o přístup k výsledkům voleb.\n\nS pozdravem\nVera Horn\n"
            "Kestrel Broadcasting Incorporated, GmbH\nWien\n",
            "Kestrel Broadcasting Incorporated, GmbH",
        ),
        (
            "Guten Tag,\nim Auftrag der Danube Press Corporation Kft. bitten wir um Drehgenehmigung "
            "für die Wahlnacht.\nVera Horn\n",
            "Danube Press Corporation Kft.",
        ),
    ],
)
def test_name_goes_on_to_the_last_legal_form(text: str, want: str) -> None:
    value, _ = _name(_x(text))
    assert value == want


def test_legal_name_in_keeps_both_forms() -> None:
    assert legal_name_in("Sava Film Corporation d.o.o., Ljubljana") == "Sava Film Corporation d.o.o."


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a branch after the form is read once, not taken for a second form
        ("Alpine Wire Ltd., organizační složka, Praha", "Alpine Wire Ltd., organizační složka"),
        # two firms joined by "a": the first stays alone
        ("Orel Media s.r.o. a Sokol Print a.s. žádají", "Orel Media s.r.o."),
        # one form only: nothing to add
        ("Kestrel Corporation, Vienna", "Kestrel Corporation"),
    ],
)
def test_no_second_form_no_change(text: str, want: str) -> None:
    assert legal_name_in(text) == want


# --- a note passing on a contractor's or host's mail: the note's writer applies ---------

_SUPPLIER = (
    "Ahoj,\nposílám adresy: produkce 192.0.2.40 a 192.0.2.41, test 192.0.2.49.\n\n"
    "Petr Vála\nServerovna Kolín s.r.o., IČO 27114201\n"
)


def _with_supplier(note: str) -> Extraction:
    from tests.unit.test_extraction_org_r21 import _attached_mail

    return extract(
        mail(body(note), *_attached_mail(_SUPPLIER), sender="lipa@lipovelisty.example", sender_name="Eva Lípová")
    )


def _org(x: Extraction) -> tuple[object, object]:
    n, i = x.fields.get("organization.name"), x.fields.get("organization.ico")
    return (n.value if n else None, i.value if i else None)


@pytest.mark.parametrize(
    "note",
    [
        "Dobrý den,\nLipové listy s.r.o. se hlásí o přístup k XML s výsledky. Adresy posílá náš "
        "správce serveru, jeho mail je v příloze.\n\nS pozdravem\nEva Lípová\n"
        "Lipové listy s.r.o., Husova 3, Kolín, IČO 27114236\n",
        "Zdravím,\nv příloze technické údaje od firmy, která nám spravuje web.\n\nEva Lípová, "
        "jednatelka\nLipové listy s.r.o.\nIČ: 271 14 236\n",
        "Dobrý deň,\nprikladám správu nášho dodávateľa s adresami, prosíme o prístup k výsledkom.\n"
        "Eva Lípová\nLipové listy s.r.o. | IČO 27114236\n",
        "Hello,\nour hosting provider's e-mail with the addresses is attached; we apply for the "
        "results feed.\n\nKind regards\nEva Lípová\nLipové listy s.r.o. (Company ID 27114236)\n",
    ],
)
def test_the_forwarders_own_firm_over_the_suppliers(note: str) -> None:
    x = _with_supplier(note)
    assert _org(x) == ("Lipové listy s.r.o.", "27114236")
    assert not x.fields["organization.name"].certain


def test_a_note_acting_for_a_client_keeps_the_forwarded_firm() -> None:
    note = (
        "Dobrý den,\nzastupujeme našeho klienta, jeho technik posílá adresy v příloze.\n"
        "Eva Lípová\nLipové listy s.r.o., IČO 27114236\n"
    )
    assert _org(_with_supplier(note))[0] != "Lipové listy s.r.o."


def test_a_note_naming_no_firm_keeps_the_forwarded_one() -> None:
    note = "Dobrý den,\npřeposílám adresy od dodavatele.\nEva Lípová\n"
    assert _org(_with_supplier(note)) == ("Serverovna Kolín s.r.o.", "27114201")


# --- a freelancer passing on his host's mail: he is the applicant -------------------------

_HOST = (
    "Dobrý den,\nVáš server má přidělené adresy 192.0.2.60 a 192.0.2.61.\n\n"
    "S pozdravem\nZákaznická podpora Hostinko\ntel. 800 200 300\n"
)


def _freelancer(note: str) -> Extraction:
    from tests.unit.test_extraction_org_r21 import _attached_mail

    return extract(
        mail(body(note), *_attached_mail(_HOST), sender="ota@pisalek.example", sender_name="Ota Písálek")
    )


@pytest.mark.parametrize(
    "note",
    [
        "Dobrý den,\njako OSVČ (IČO 74120590) píšu blog o volbách a žádám o XML s výsledky. "
        "Adresy mi poslal hosting, mail přikládám.\n\nOta Písálek\n",
        "Zdravím,\npracuji na volné noze a chci výsledky voleb na svůj web. Údaje od poskytovatele "
        "serveru jsou v příloze.\nDíky\nOta Písálek\n",
        "Hello,\nI am a self-employed journalist and apply for the results feed; my host's "
        "e-mail with the addresses is attached.\nOta Písálek\n",
        "Dobrý deň,\nsom živnostník, píšem o voľbách. Prikladám mail od hostingu s adresami.\n"
        "Ota Písálek\n",
    ],
)
def test_a_freelancers_note_names_him_the_applicant(note: str) -> None:
    n = _freelancer(note).fields.get("organization.name")
    assert n is not None and n.value == "Ota Písálek" and not n.certain


def test_a_note_of_a_firm_is_no_freelancer() -> None:
    note = "Dobrý den,\nadresy od hostingu jsou v příloze.\nOta Písálek\nPísálek Media s.r.o., IČO 27114236\n"
    n = _freelancer(note).fields.get("organization.name")
    assert n is not None and n.value == "Písálek Media s.r.o."


# --- a contributory organisation written in full, with its founder ------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kino Luna, příspěvková organizace obce Dolní Lhota, žádá o povolení natáčení.",
            "Kino Luna, příspěvková organizace obce Dolní Lhota",
        ),
        (
            "Muzeum Podlesí, příspěvková organizace kraje Vysočina\nHlavní 4, Jihlava",
            "Muzeum Podlesí, příspěvková organizace kraje Vysočina",
        ),
        (
            "Mestská televízia Brezno, príspevková organizácia mesta Brezno",
            "Mestská televízia Brezno, príspevková organizácia mesta Brezno",
        ),
        (
            "Zpravodaj Lipník, příspěvková organizace statutárního města Lipník nad Bečvou (IČO 71503960)",
            "Zpravodaj Lipník, příspěvková organizace statutárního města Lipník nad Bečvou",
        ),
    ],
)
def test_a_contributory_organisations_founder_is_part_of_its_name(text: str, want: str) -> None:
    assert legal_name_in(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the founder's word without its name: the name ends at the form
        ("Zpravodaj Lipník, příspěvková organizace města, žádá o data", "Zpravodaj Lipník, příspěvková organizace"),
        # "města X" before the form belongs to the name already
        ("Kulturní zařízení města Lipník, příspěvková organizace", "Kulturní zařízení města Lipník, příspěvková organizace"),
    ],
)
def test_no_founder_named_after_the_form(text: str, want: str) -> None:
    assert legal_name_in(text) == want


# --- a region's office stands for the region, the legal entity ----------------------------


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Krajský úřad Podlesského kraje", "Podlesský kraj"),
        ("Krajský úřad Kraje Horácko", "Kraj Horácko"),
        ("Krajský úřad Lipeckého kraje", "Lipecký kraj"),
        ("Krajsky urad Podlesskeho kraje", "Podlessky kraj"),
    ],
)
def test_a_regions_office_is_the_region(name: str, want: str) -> None:
    from intake.extraction.org_heads import entity_of_office

    assert entity_of_office(name) == want


@pytest.mark.parametrize("name", ["Krajské listy Podlesí s.r.o.", "Krajský úřad práce", "Podlesský kraj"])
def test_other_names_stay(name: str) -> None:
    from intake.extraction.org_heads import entity_of_office

    assert entity_of_office(name) == name


def test_a_regions_office_in_a_signature_names_the_region_unsure() -> None:
    text = (
        "Dobrý den,\nžádáme o přístup k výsledkům voleb ve formátu XML.\n\nS pozdravem\n\nIng. Vera Horn\n"
        "tisková mluvčí\nKrajský úřad Podlesského kraje\nIČO: 70891249\n"
    )
    value, certain = _name(_x(text))
    assert value == "Podlesský kraj" and not certain
