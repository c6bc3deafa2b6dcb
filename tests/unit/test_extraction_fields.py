"""IČO, data-box ID, names, phones, e-mails, organisation and contact; quoted footers."""

from __future__ import annotations

import pytest

from intake.extraction.contact import find_contact
from intake.extraction.fields import (
    Office,
    emails_in,
    find_databox,
    find_ico,
    ico_valid,
    phones_in,
)
from intake.extraction.names import clean_name
from intake.extraction.org import find_organization
from intake.extraction.segments import Kind, split_body, whole


@pytest.mark.parametrize(
    ("ico", "ok"),
    [
        ("25596641", True),
        ("00025593", True),
        ("27082440", True),
        ("12345678", False),
        ("2559664", False),
        ("25596642", False),
    ],
)
def test_ico_checksum(ico: str, ok: bool) -> None:
    assert ico_valid(ico) is ok


def test_find_ico_forms() -> None:
    for text in (
        "IČO: 25596641",
        "IČ 255 96 641",
        "ICO 25596641",
        "Company ID: 25596641",
        "(IČO 25596641)",
    ):
        hit = find_ico([whole("x", text)])
        assert hit is not None and hit.value == "25596641" and hit.certain, text
    bad = find_ico([whole("x", "IČO 12345678")])
    assert bad is not None and not bad.certain
    assert find_ico([whole("x", "tel. 601 234 567")]) is None


def test_find_databox() -> None:
    for text in (
        "ID datové schránky: abc2def",
        "ID DS: abc2def",
        "datová schránka abc2def",
        "data box ID: abc2def",
    ):
        hit = find_databox([whole("x", text)])
        assert hit is not None and hit.value == "abc2def", text
    # the office's own box and plain words are not the applicant's box
    assert find_databox([whole("x", "zasláno do datové schránky 2gfaasy")]) is None
    assert find_databox([whole("x", "datová schránka: nemáme")]) is None


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Ing. Jana Vzorová, vedoucí vývoje", "Jana Vzorová"),
        ("Mgr. Petr Ukázka, Ph.D.", "Petr Ukázka"),
        ("Tomáš Příkladný, tel. 777 12 34 56", "Tomáš Příkladný"),
        ("Mr. Daniel Hughes", "Daniel Hughes"),
        ("Anna-Marie Nová-Králová", "Anna-Marie Nová-Králová"),
        ("pan Jan Novák ml.", "Jan Novák"),
        ("paní Ing. Eva Malá", "Eva Malá"),
        ("Deník Ukázkový", None),
        ("Praha 10", None),
        ("tech@x.cz", None),
    ],
)
def test_clean_name(raw: str, name: str | None) -> None:
    assert clean_name(raw) == name


def test_phones_normalised_to_e164() -> None:
    text = (
        "tel. 777 12 34 56; +420 601 234 567; 00420 222 333 444; (+420) 222 111 333; "
        "+420-777-888-999; +44 20 7946 0958; IČO 27082440"
    )
    assert [p for _, p in phones_in(text)] == [
        "+420777123456",
        "+420601234567",
        "+420222333444",
        "+420222111333",
        "+420777888999",
        "+442079460958",
    ]


def test_emails_skip_the_office() -> None:
    assert emails_in("jana@media.example, podatelna@czso.cz, x@csu.gov.cz") == [
        "jana@media.example"
    ]


def test_another_office_is_configured_not_hard_coded() -> None:
    """Any public body can run podatelna: its own domains, box and numbers are skipped, and
    ČSÚ's are then ordinary values."""
    kraj = Office(domains=("kr-example.cz",), databox_id="abc2def", phone_prefixes=("+420499",))
    text = "podatelna@kr-example.cz, jana@czso.cz; tel. +420 499 111 222, +420 274 051 111"
    assert emails_in(text, kraj) == ["jana@czso.cz"]
    assert [p for _, p in phones_in(text, kraj)] == ["+420274051111"]
    assert [p for _, p in phones_in(text)] == ["+420499111222"]
    assert find_databox([whole("x", "datová schránka abc2def")], kraj) is None
    hit = find_databox([whole("x", "datová schránka 2gfaasy")], kraj)
    assert hit is not None and hit.value == "2gfaasy"
    own = [whole("x", "Kontakt: Jana Nová, jana@kr-example.cz, tel. +420 499 111 222")]
    contact = find_contact(own, [], [], kraj)
    assert contact.email is None and contact.phone is None


def test_contact_not_taken_from_quoted_footer() -> None:
    body = """Dobrý den,
posíláme IP adresy: 192.0.2.1

Lucie Benešová
Info Portal s.r.o.

Dne 14. 12. 2022 v 10:12 Jana Úřednická napsal(a):
> Kontaktní osoba: Ing. Jana Úřednická
> tel. +420 274 052 111, jana.urednicka@example.org
"""
    blocks = split_body("body.txt", body)
    kinds = [b.kind for b in blocks]
    assert Kind.QUOTED in kinds and Kind.SIGNATURE in kinds
    own = [b for b in blocks if b.kind is Kind.OWN]
    sig = [b for b in blocks if b.kind is Kind.SIGNATURE]
    rest = [b for b in blocks if b.kind is Kind.QUOTED]
    c = find_contact(own, sig, rest)
    assert c.person is not None and c.person.value == "Lucie Benešová"
    assert c.email is None and c.phone is None
    org = find_organization(blocks, skip_kinds=(Kind.QUOTED,))
    assert org is not None and org.value == "Info Portal s.r.o."


def test_outlook_header_block_starts_quote() -> None:
    body = "Díky.\n\nOd: Jan Referent <jan@example.org>\nOdesláno: úterý\nKomu: x\n\ntel. 274 052 999\n"
    blocks = split_body("b", body)
    assert blocks[-1].kind is Kind.QUOTED
    assert "274 052 999" in blocks[-1].text


def test_forward_marker() -> None:
    body = (
        "Přeposílám.\n\n---------- Forwarded message ---------\nOd: A <a@b.cz>\n\nIP: 192.0.2.1\n"
    )
    assert split_body("b", body)[-1].kind is Kind.FORWARDED


@pytest.mark.parametrize(
    ("line", "org"),
    [
        ("Žadatel: Mediální dům Příklad, a.s., IČO 52601811", "Mediální dům Příklad, a.s."),
        ("Název: Zprávy Vysočina s.r.o., IČ: 09139095", "Zprávy Vysočina s.r.o."),
        ("Organisation: GlobalWire News Ltd.", "GlobalWire News Ltd."),
        ("Žadatel: Pavla Nová, TV Východ s.r.o., Husova 3", "TV Východ s.r.o."),
        ("žádáme o přístup k XML serveru pro Kraj News s.r.o., IČO 85280844.", "Kraj News s.r.o."),
        ("Městské noviny, z.ú., IČO 23667125, žádají", "Městské noviny, z.ú."),
        ("Redakce: Deník Ukázkový", "Deník Ukázkový"),
    ],
)
def test_organization(line: str, org: str) -> None:
    hit = find_organization([whole("x", line, Kind.OWN)])
    assert hit is not None and hit.value == org
