"""A reply that adds to a list builds on the list it adds to.

A careful officer reads "we added one more server: B" under the applicant's own quoted
application as "the addresses of the application, and B": an addition presupposes the list
it extends, so the quoted original is read (unsure: it is earlier text) and its addresses
come first. The office's own quoted message is never that list.

Each case is in wording unlike the corpus case that showed it (Czech with and without
diacritics, Slovak, English)."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from tests.unit.extraction_helpers import body, extract, mail

SENDER = ("petr@horni-posta.example", "Petr Dvořák")


def _reply(new: str, quoted: str, writer: str = "Petr Dvořák <petr@horni-posta.example>") -> Extraction:
    quote = "\n".join(f"> {ln}" for ln in quoted.splitlines())
    text = f"{new}\n\nDne 3. 3. 2025 {writer} napsal(a):\n{quote}\n"
    sender, name = SENDER
    return extract(mail(body(text), subject="Re: Žádost", sender=sender, sender_name=name))


@pytest.mark.parametrize(
    ("new", "quoted", "production", "test"),
    [
        (  # Czech: a past-tense addition, the use named
            "Přidali jsme ještě jeden stroj, produkční adresa 192.0.2.51.",
            "Dobrý den, žádáme o přístup k XML.\nProdukční IP: 192.0.2.50",
            ("192.0.2.50", "192.0.2.51"),
            (),
        ),
        (  # Czech without diacritics: a test address added, the production one stays
            "Pridavame jeste testovaci adresu 198.51.100.8.",
            "Zadost o XML\nProdukcni IP: 198.51.100.1\nTestovaci IP: 198.51.100.7",
            ("198.51.100.1",),
            ("198.51.100.7", "198.51.100.8"),
        ),
        (  # Slovak
            "Pridali sme ešte jeden server, produkčná IP 203.0.113.12.",
            "Dobrý deň, žiadame o prístup k XML.\nProdukčná IP: 203.0.113.11",
            ("203.0.113.11", "203.0.113.12"),
            (),
        ),
        (  # English, present perfect
            "We have added one more production host: 192.0.2.71.",
            "Hello, we apply for the XML feed.\nProduction IP: 192.0.2.70",
            ("192.0.2.70", "192.0.2.71"),
            (),
        ),
        (  # English, "additionally", two added
            "Additionally please allow production 198.18.1.2 and 198.18.1.3.",
            "We request access to the XML results.\nProduction: 198.18.1.1",
            ("198.18.1.1", "198.18.1.2", "198.18.1.3"),
            (),
        ),
    ],
)
def test_an_addition_in_a_reply_keeps_the_quoted_originals_addresses_first(
    new: str, quoted: str, production: tuple[str, ...], test: tuple[str, ...]
) -> None:
    x = _reply(new, quoted)
    assert (x.production_ips, x.test_ips) == (production, test)
    assert not x.fields["production_ips"].certain  # partly read from earlier text


def test_a_reply_replacing_without_adding_does_not_take_the_quoted_address() -> None:
    x = _reply(
        "Produkční adresa je od zítřka jiná: 192.0.2.91.",
        "Žádáme o přístup k XML.\nProdukční IP: 192.0.2.90",
    )
    assert x.production_ips == ("192.0.2.91",)


def test_an_addition_never_takes_the_offices_quoted_addresses() -> None:
    x = _reply(
        "Přidáváme ještě produkční 192.0.2.81.",
        "Vážený pane, evidujeme Vaši žádost, povolená adresa 192.0.2.80.\nVolby ČSÚ",
        writer="Volby ČSÚ <volby@csu.gov.cz>",
    )
    assert x.production_ips == ("192.0.2.81",)
