"""Near misses of the r42 trap drill's fixes (``test_extraction_drill_r42_trap.py``): a mail
system's address is never a contact's, yet a person's address on the same domain is; a date and
hour shaped like an address is none, yet an address before a word starting with "h" is; a
value both renderings of a message write stays certain, one only the plain part writes does not.
Labelled by ``tests/corpus/LABELS.md`` before extraction ran.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

from intake.extraction.review import Reason
from tests.unit.drill_helpers import html_body
from tests.unit.extraction_helpers import body, certain, extract, mail


def test_noreply_in_body_is_not_the_contact() -> None:
    x = extract(
        mail(
            body(
                "Dobrý den,\n\nžádáme o přístup k výsledkům voleb pro Náchodský týden s.r.o.\n"
                "IP: 192.0.2.14\n\nNotifikace nám chodí z no-reply@nachodskytyden.example.\n\n"
                "S pozdravem\nJan Řehák\n605 118 207\n"
            ),
            sender="rehak@nachodskytyden.example",
            sender_name="Jan Řehák",
        )
    )
    assert x.contact_email == "rehak@nachodskytyden.example"


def test_person_address_with_bounce_like_word_stays() -> None:
    x = extract(
        mail(
            body(
                "Dobrý den,\n\nžádáme o přístup k výsledkům voleb pro Náchodský týden s.r.o.\n"
                "IP: 192.0.2.14\nKontakt: Eva Bouncová, bouncova@nachodskytyden.example\n"
            ),
            sender="redakce@nachodskytyden.example",
        )
    )
    assert x.contact_email == "bouncova@nachodskytyden.example"


def test_date_and_hour_is_not_an_address() -> None:
    x = extract(
        mail(
            body(
                "Dobrý den,\n\nžádáme o přístup k výsledkům voleb.\nProdukční IP: 198.51.100.9\n"
                "Test bychom provedli 12.10.9.45 hod.\n\nIva Nová, 603 123 456\n"
            )
        )
    )
    assert list(x.production_ips) == ["198.51.100.9"]
    assert list(x.test_ips) == []


def test_address_before_a_word_with_h_stays() -> None:
    x = extract(
        mail(
            body(
                "Dobrý den,\n\nžádáme o přístup k výsledkům voleb.\n"
                "Produkční IP: 10.10.10.10 hlavní, 198.51.100.9 (záloha)\n\nIva Nová, 603 123 456\n"
            )
        )
    )
    assert "198.51.100.9" in x.production_ips


def test_renderings_agree_stays_certain() -> None:
    text = "Dobrý den,\n\nžádáme o přístup k výsledkům voleb.\nProdukční IP: 203.0.113.15\n\nIva Nová\n"
    html = "<p>Dobrý den,</p><p>žádáme o přístup k výsledkům voleb.<br>Produkční IP: 203.0.113.15</p><p>Iva Nová</p>"
    x = extract(mail(body(text), html_body(html)))
    assert list(x.production_ips) == ["203.0.113.15"] and certain(x, "production_ips")


def test_renderings_differ_flags() -> None:
    text = "Dobrý den,\n\nžádáme o přístup k výsledkům voleb.\nProdukční IP: 203.0.113.15\n\nIva Nová\n"
    html = "<p>Dobrý den,</p><p>žádáme o přístup k výsledkům voleb.<br>Produkční IP: 203.0.113.16</p><p>Iva Nová</p>"
    x = extract(mail(body(text), html_body(html)))
    assert not certain(x, "production_ips")
    assert x.fields["production_ips"].reason is Reason.RENDERINGS
