"""Near-miss negatives of the thirty-ninth round's trap gates (issue 18): an old-section heading
over one paragraph only, a data box beside the firm's own statutory body and IČO, a contact label
naming a matter that is not another party's."""

from __future__ import annotations

from tests.unit.extraction_helpers import body, certain, extract, mail


def test_year_heading_over_one_paragraph_keeps_addresses_certain() -> None:
    x = extract(
        mail(
            body(
                "Dobrý den,\n\nžádáme o přístup k výsledkům.\n\nVolby 2025\n"
                "Produkční IP: 198.51.100.10\nProdukční IP záložní: 198.51.100.11\n\n"
                "Jana Malá\nDeník Jih, s.r.o.\ntel. 603 123 456\n"
            ),
            sender="mala@denikjih.example",
        )
    )
    assert x.production_ips == ("198.51.100.10", "198.51.100.11")
    assert certain(x, "production_ips")


def test_box_beside_statutory_body_and_own_ico_stays_certain() -> None:
    x = extract(
        mail(
            body(
                "Dobrý den,\n\nžádáme o povolení natáčení ve volební místnosti v Brně.\n"
                "Kontaktní osoba: Jana Malá, 603 123 456\n\n"
                "Deník Jih, s.r.o., zastoupená jednatelem Petrem Novým\n"
                "IČO: 45207194\nDatová schránka: k4rnw8e\n"
            ),
            sender="mala@denikjih.example",
        )
    )
    assert x.organization_databox_id == "k4rnw8e"
    assert certain(x, "organization.databox_id")


def test_contact_label_for_press_is_read() -> None:
    x = extract(
        mail(
            body(
                "Dobrý den,\n\nžádáme o přístup k výsledkům pro server 198.51.100.10.\n\n"
                "Kontakt pro tisk: Jana Malá, mala@denikjih.example, 603 123 456\n\n"
                "Deník Jih, s.r.o.\n"
            ),
            sender="redakce@denikjih.example",
        )
    )
    assert x.contact_person == "Jana Malá"
    assert certain(x, "contact.person")
