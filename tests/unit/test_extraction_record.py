"""extract_application on whole submissions: problems, provenance, data box, quota."""

from __future__ import annotations

from datetime import UTC, datetime

from intake.extraction.model import Extraction
from intake.extraction.quota import check_quota
from intake.model import Channel, Component, ComponentRole, ParsedMessage
from tests.unit.extraction_helpers import body as _body
from tests.unit.extraction_helpers import extract as _x
from tests.unit.extraction_helpers import mail


def _mail(
    body: str,
    *,
    sender: str = "jan@media.example",
    name: str = "Jan Novák",
    subject: str = "Žádost o XML",
) -> ParsedMessage:
    return mail(_body(body, name="body.txt"), subject=subject, sender=sender, sender_name=name)


def _codes(x: Extraction) -> list[str]:
    return [p.code for p in x.problems]


def test_to_dict_has_exactly_the_contract_keys() -> None:
    x = _x(
        _mail("Produkční IP: 8.8.8.8\nKontaktní osoba: Jan Novák, 601 234 567, jan@media.example")
    )
    d = x.to_dict()
    assert set(d) == {
        "request_types",
        "organization",
        "production_ips",
        "test_ips",
        "contact",
        "fields",
        "amends",
        "recording_permit",
        "language",
        "sender_reference",
    }
    assert (d["amends"], d["recording_permit"], d["language"]) == (False, None, "cs")
    assert set(d["organization"]) == {"name", "ico", "databox_id"}
    assert set(d["contact"]) == {"person", "email", "phone"}
    assert d["production_ips"] == ["8.8.8.8"] and d["test_ips"] == []
    assert d["contact"] == {
        "person": "Jan Novák",
        "email": "jan@media.example",
        "phone": "+420601234567",
    }
    prov = d["fields"]["production_ips"]
    assert prov == {"component": "body.txt", "line": 1, "certain": True}
    assert _codes(x) == []


def test_limits_blocks_and_non_public() -> None:
    x = _x(
        _mail(
            "Produkce: 8.8.4.0/29, 10.0.0.1\nTest: 192.0.2.1-192.0.2.6\n"
            "Kontakt: Jan Novák, tel. 601 234 567, jan@media.example"
        )
    )
    assert len(x.production_ips) == 9 and x.production_ips[-1] == "10.0.0.1"
    assert len(x.test_ips) == 6
    codes = _codes(x)
    for c in ("too_many_production_ips", "too_many_test_ips", "non_public_ip", "ip_range"):
        assert c in codes
    non_public = next(p for p in x.problems if p.code == "non_public_ip")
    assert "10.0.0.1" in non_public.message and "8.8.4.1" not in non_public.message


def test_duplicates_removed_in_order_of_first_appearance() -> None:
    x = _x(_mail("Produkce: 8.8.8.9, 8.8.8.8\nznovu 8.8.8.9 a 8.8.8.0/31"))
    assert x.production_ips == ("8.8.8.9", "8.8.8.8", "8.8.8.0", "8.8.8.1")


def test_missing_things_are_problems_and_uncertain_values_flagged() -> None:
    x = _x(_mail("Dobrý den, žádáme o přístup k XML serveru.\n", name="", sender="a@b.example"))
    codes = _codes(x)
    assert "no_ip_addresses" in codes and "missing_contact_phone" in codes
    # the From address stands in for the contact e-mail, flagged for review
    assert x.contact_email == "a@b.example"
    assert x.fields["contact.email"].certain is False
    assert "needs_review" in codes and "missing_contact_email" not in codes
    bad_ico = _x(_mail("Žadatel: Příklad s.r.o., IČO 12345678\nProdukce: 8.8.8.8"))
    # a number failing the IČO checksum is not taken; the officer is told which one it was
    assert bad_ico.organization_ico is None
    assert bad_ico.fields["organization.ico"].certain is False
    assert any(
        p.code == "needs_review" and "IČO" in p.message and "12345678" in p.message
        for p in bad_ico.problems
    )


def test_databox_message_uses_envelope() -> None:
    body = "Produkční IP: 8.8.8.8\nKontakt: Eva Malá, 601 111 222, eva@radio.example"
    p = ParsedMessage(
        channel=Channel.DATABOX,
        subject="Žádost",
        sender="abc2def",
        date=datetime(2022, 12, 23, 22, 58, tzinfo=UTC),
        envelope={"dbIDSender": "abc2def", "dmSender": "Rádio Příklad s.r.o."},
        components=(Component("zadost.txt", ComponentRole.ATTACHMENT, body.encode()),),
    )
    x = _x(p)
    assert x.organization_databox_id == "abc2def"
    assert x.organization_name == "Rádio Příklad s.r.o."
    assert x.fields["organization.databox_id"].component == "envelope"
    assert x.production_ips == ("8.8.8.8",) and x.contact_phone == "+420601111222"


def test_recording_permit_fields() -> None:
    x = _x(
        _mail(
            """Žádost o povolení k přítomnosti na přebíracím místě
Kameraman: Petr Holý, tel. 732 333 444
Žadatel: Jana Malá
Redakce: TV Příklad s.r.o.
Adresa: Husova 3, 530 02 Pardubice
E-mail: mala@tv.example, holy@tv.example
Rozsah záznamu: obrazový záznam bez zvuku
Přebírací místo: okres Pardubice
""",
            subject="Natáčení",
        )
    )
    assert x.request_types == ("recording_permit",)
    rp = x.recording_permit
    assert rp is not None
    assert (rp.person, rp.applicant, rp.newsroom) == ("Petr Holý", "Jana Malá", "TV Příklad s.r.o.")
    assert rp.address == "Husova 3, 530 02 Pardubice"
    assert rp.scope == "obrazový záznam bez zvuku"
    assert rp.collection_point == "okres Pardubice"
    assert rp.emails == ("mala@tv.example", "holy@tv.example")
    assert "+420732333444" in rp.phones
    assert "no_ip_addresses" not in _codes(x)


def test_recording_permit_person_named_in_the_form_wording() -> None:
    x = _x(_mail("Osoba, pro kterou se povolení vydává: Jan Vzorek, kameraman\n"
                 "Žadatel: Petr Novák\n", subject="Povolení k přítomnosti na přebíracím místě"))
    assert x.recording_permit is not None and x.recording_permit.person == "Jan Vzorek"


def test_amendment_detected() -> None:
    assert _x(_mail("Doplnění žádosti: testovací IP 8.8.8.8", subject="Doplnění")).amends
    assert not _x(_mail("Produkce: 8.8.8.8")).amends


def test_quota_across_applications() -> None:
    first = _x(_mail("Produkce: 8.8.8.1, 8.8.8.2, 8.8.8.3"))
    second = _x(_mail("Produkce: 8.8.8.4, 8.8.8.5, 8.8.8.6, 8.8.8.3"))
    probs = check_quota(second, [first], amends=False)
    # the stored form (to_dict) works the same; the amends flag is read from it when not given
    assert [p.code for p in check_quota(second.to_dict(), [first.to_dict()])] == [
        p.code for p in probs
    ]
    amendment = _x(_mail("Oprava žádosti – produkce: 8.8.8.7", subject="Oprava"))
    assert check_quota(amendment.to_dict(), [first.to_dict(), second.to_dict()]) == []
    assert [p.code for p in probs] == ["too_many_production_ips", "needs_review"]
    assert "6 adres" in probs[0].message
    tight = check_quota(second, [first], amends=False, max_production_ips=4)
    assert "nejvýše 4" in tight[0].message
    assert check_quota(second, [first], amends=True) == []
    assert check_quota(second, [], amends=False) == []
    small = _x(_mail("Produkce: 8.8.8.1"))
    assert [p.code for p in check_quota(small, [first], amends=False)] == ["needs_review"]


def test_zfo_end_to_end() -> None:
    from databox.standin.authority import SealingAuthority
    from databox.standin.messages import make_demo_zfo
    from databox.zfo import parse_zfo
    from tests.unit.docs import docx_bytes

    form = docx_bytes(
        [
            "Žádost o registraci k vyhrazenému připojení",
            [
                ["Produkční IP", "8.8.8.8, 8.8.4.4"],
                ["Testovací IP", "1.1.1.1"],
                ["Kontaktní osoba", "Tomáš Příkladný"],
                ["Telefon", "777 12 34 56"],
                ["E-mail", "tech@radio-vlna.example"],
            ],
        ]
    )
    zfo = make_demo_zfo(
        SealingAuthority.generate(),
        "kb9egte",
        "Rádio Testovací Vlna s.r.o.",
        "Volba prezidenta 2023 – XML – registrace",
        [
            (
                "zadost.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                form,
            )
        ],
    )
    x = _x(parse_zfo(zfo))
    d = x.to_dict()
    assert d["organization"] == {
        "name": "Rádio Testovací Vlna s.r.o.",
        "ico": None,
        "databox_id": "kb9egte",
    }
    assert d["production_ips"] == ["8.8.8.8", "8.8.4.4"] and d["test_ips"] == ["1.1.1.1"]
    assert d["contact"] == {
        "person": "Tomáš Příkladný",
        "email": "tech@radio-vlna.example",
        "phone": "+420777123456",
    }
    assert d["request_types"] == ["feed_access"]
    assert d["fields"]["production_ips"]["component"] == "zadost.docx"


def test_huge_blocks_are_counted_and_flagged_but_not_listed() -> None:
    x = _x(_mail("Produkce: 10.0.0.0/8\nTest: 192.0.2.0/29\nKontakt: Jan Novák, 601 234 567"))
    assert x.production_ips == () and x.production_count == 2**24
    assert len(x.test_ips) == 8
    non_public = next(p for p in x.problems if p.code == "non_public_ip")
    assert "10.0.0.0/8" in non_public.message and "192.0.2.0/29" in non_public.message
    assert "too_many_production_ips" in _codes(x) and "ip_range" in _codes(x)


def test_organisation_from_display_name_only_as_uncertain_fallback() -> None:
    x = _x(
        _mail(
            "Produkce: 8.8.8.8\nJan Novák, 601 234 567",
            name="Deník Ukázkový",
            sender="redakce@denik.example",
        )
    )
    assert x.organization_name == "Deník Ukázkový"
    assert x.fields["organization.name"].certain is False
    y = _x(_mail("Produkce: 8.8.8.8", name="IT oddělení"))
    assert y.organization_name is None
