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


# --- a reply to the office's query completes the application quoted below it ---------------
# The office writes back only about an application; when the applicant answers the office's
# message and their own application is quoted below it, the answer completes that
# application: what the answer does not give is read from it (never for certain).


def _answer(new: str, query: str, original: str, header: str, writer: str) -> Extraction:
    inner = "\n".join(f">> {ln}" for ln in original.splitlines())
    outer = "\n".join(f"> {ln}" for ln in query.splitlines())
    office, applicant = "<podatelna@czso.cz>", f"{writer} <petr@horni-posta.example>"
    text = (
        f"{new}\n\n{header.format(office)}\n{outer}\n>\n"
        f"> {header.format(applicant)}\n{inner}\n"
    )
    sender, name = SENDER
    return extract(mail(body(text), subject="Re: Žádost", sender=sender, sender_name=name))


@pytest.mark.parametrize(
    ("new", "query", "original", "header"),
    [
        (  # Czech
            "Testovací adresa bude 192.0.2.61.",
            "Dobrý den, uveďte prosím, zda budete mít i testovací adresu.",
            "Horní pošta s.r.o. žádá o přístup k XML, produkční IP 192.0.2.60.\nPetr Dvořák",
            "Dne 4. 3. 2025 v 10:12 {} napsal(a):",
        ),
        (  # Czech without diacritics
            "Testovaci adresa bude 192.0.2.61.",
            "Dobry den, uvedte prosim testovaci adresu, pokud ji mate.",
            "Horni posta s.r.o. zada o pristup k XML, produkcni IP 192.0.2.60.\nPetr Dvorak",
            "Dne 4. 3. 2025 v 10:12 {} napsal(a):",
        ),
        (  # Slovak
            "Testovacia adresa bude 192.0.2.61.",
            "Dobrý deň, uveďte prosím aj testovaciu adresu.",
            "Horná pošta s.r.o. žiada o prístup k XML, produkčná IP 192.0.2.60.\nPeter Dvorák",
            "Dňa 4. 3. 2025 o 10:12 {} napísal(a):",
        ),
        (  # English
            "Our test address will be 192.0.2.61.",
            "Dear applicant, please tell us whether you will use a test address.",
            "Upper Post Ltd applies for access to the XML feed, production IP 192.0.2.60.\nPeter Dvorak",
            "On Tue, Mar 4, 2025 at 10:12 AM {} wrote:",
        ),
    ],
)
def test_an_answer_to_the_offices_query_keeps_the_quoted_applications_addresses(
    new: str, query: str, original: str, header: str
) -> None:
    x = _answer(new, query, original, header, "Petr Dvořák")
    assert (x.production_ips, x.test_ips) == (("192.0.2.60",), ("192.0.2.61",))
    assert not x.fields["production_ips"].certain


def test_an_answer_takes_the_quoted_applications_phone_not_its_header_as_a_name() -> None:
    x = _answer(
        "Testovací adresa bude 192.0.2.61.",
        "Uveďte prosím testovací adresu.",
        "Žádáme o přístup k XML, produkční IP 192.0.2.60.\nPetr Dvořák, redaktor, 604 112 358",
        "On Tue, Mar 4, 2025 at 10:12 AM {} wrote:",
        "Petr Dvořák",
    )
    assert x.contact_phone == "+420604112358" and not x.fields["contact.phone"].certain
    assert x.contact_person == "Petr Dvořák"


def test_an_answer_to_the_office_without_the_application_below_reads_only_itself() -> None:
    text = (
        "Testovací adresa bude 192.0.2.61.\n\nDne 4. 3. 2025 <podatelna@czso.cz> napsal(a):\n"
        "> Dobrý den, uveďte prosím testovací adresu. Povolená adresa 192.0.2.60.\n"
    )
    sender, name = SENDER
    x = extract(mail(body(text), subject="Re: Žádost", sender=sender, sender_name=name))
    assert (x.production_ips, x.test_ips) == ((), ("192.0.2.61",))
