"""Contact phone, thirteenth round (issue 18): principles a careful officer applies in any
language and format, each probed in wording unlike any corpus case.

1. A number written nationally is read in the plan of its letter's language, but the office's
   own country's plan may read the same digits too: when two plans the number may be written
   in (the language's and the Czech one) both know it, it stays flagged - unless the text
   writes the country code, its line names the country (then that country's plan reads it),
   or only one plan reads it as what its line says it is (a mobile, a landline). A number in
   a Czech text read in the Czech plan has no such rival (a Slovak or German number is
   written with a trunk zero). Of two plans in doubt, an applicant registered in the office's
   country (a labelled IČO) has its number there: the Czech reading, still flagged.

2. The plans a writer may write a number in include their country's, told by the text's
   e-mail addresses ("…@gazeta-opole.pl" in an English letter): a number that plan reads as
   well as the chosen one stays flagged; an address or web name on the line names no country.

Read by the rules before this round (commit ab582e1), 10 of the first 15 probes failed, 2 of
the 3 of principle 2; after it none.

Every text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from tests.unit.extraction_helpers import body, certain, extract, mail, text_file


def _mail(text: str, sender: str = "redakcja@media.example", sender_name: str = "") -> Extraction:
    return extract(mail(body(text), sender=sender, sender_name=sender_name))


# ------------------------- 1. a number two plans read stays flagged, unless told apart --

IN_DOUBT: dict[str, str] = {
    # a Polish text, a national number the Czech plan reads too
    "polish_plain_line_landline_digits": (
        "Dzień dobry,\n\nprosimy o dostęp do wyników z adresu 198.51.100.21.\n"
        "Osoba kontaktowa: Marek Kowal, tel. 596 123 456\n\nPozdrawiam\nMarek Kowal\n"
    ),
    "polish_mobile_word_both_read_a_mobile": (
        "Szanowni Państwo,\n\nnasza redakcja prosi o dostęp z adresu 198.51.100.21.\n"
        "Kontakt: Ewa Lis, kom. 731 222 333, lis@gazeta-beskidy.example\n\nZ poważaniem\nEwa Lis\n"
    ),
    "polish_table_row": (
        "Dzień dobry,\n\nprzesyłamy wniosek o dostęp z adresu 198.51.100.21.\n\n"
        "Osoba\tAnna Mróz\nTelefon\t222 333 444\nE-mail\tmroz@radio-odra.example\n"
    ),
    "polish_signature_no_diacritics": (
        "Dzien dobry,\n\nprosimy o dostep z adresu 198.51.100.21 do wynikow wyborow.\n\n"
        "Pozdrawiam serdecznie\nJan Zych\ntel. 485 111 222\n"
    ),
    "german_two_german_speaking_plans": (
        "Sehr geehrte Damen und Herren,\n\nwir bitten um Zugang für 198.51.100.21.\n"
        "Sie erreichen mich unter 0662 876 543.\n\nMit freundlichen Grüßen\nMaria Huber\n"
    ),
    "polish_line_names_no_country_other_text_does": (
        "Dzień dobry,\n\npiszemy z Cieszyna, prosimy o dostęp z adresu 198.51.100.21.\n"
        "Kontakt: Piotr Wrona, telefon 558 700 111\n\nPozdrawiam\nPiotr Wrona\n"
    ),
    "polish_form_with_colon_label": (
        "Wniosek o dostęp do wyników wyborów\n\nAdres IP: 198.51.100.21\n"
        "Imię i nazwisko: Zofia Kruk\nNr telefonu: 326 540 118\nE-mail: kruk@kurier.example\n"
    ),
}


@pytest.mark.parametrize("key", sorted(IN_DOUBT))
def test_a_national_number_two_plans_read_stays_flagged(key: str) -> None:
    x = _mail(IN_DOUBT[key])
    assert x.contact_phone is not None
    assert not certain(x, "contact.phone")


def test_a_national_number_in_an_attached_polish_letter_stays_flagged() -> None:
    letter = (
        "Szanowni Państwo,\nw imieniu Radia Zaolzie prosimy o dostęp z adresu 198.51.100.21.\n"
        "Osoba kontaktowa: Beata Sikora, telefon 596 700 812.\nZ poważaniem\nBeata Sikora\n"
    )
    x = extract(mail(body("W załączeniu wniosek."), text_file("wniosek.txt", letter), sender="sikora@zaolzie.example"))
    assert x.contact_phone is not None
    assert not certain(x, "contact.phone")


TOLD_APART: dict[str, tuple[str, str]] = {
    # (text, the number as the text tells it)
    "polish_country_code_written": (
        "Dzień dobry,\n\nprosimy o dostęp z adresu 198.51.100.21.\n"
        "Kontakt: Marek Kowal, tel. +48 596 123 456\n",
        "+48596123456",
    ),
    "polish_line_names_czech_number": (
        "Dzień dobry,\n\nprosimy o dostęp z adresu 198.51.100.21.\n"
        "Kontakt: Marek Kowal, czeski numer 596 123 456\n",
        "+420596123456",
    ),
    "polish_mobile_only_in_poland": (
        "Dzień dobry,\n\nprosimy o dostęp z adresu 198.51.100.21.\n"
        "Kontakt: Marek Kowal, kom. 512 345 678\n",
        "+48512345678",
    ),
    "czech_text_czech_number_no_rival": (
        "Dobrý den,\n\nžádáme o přístup z adresy 198.51.100.21.\n"
        "Kontaktní osoba: Jana Malá, tel. 558 711 400\n",
        "+420558711400",
    ),
    "english_text_czech_number_no_rival": (
        "Hello,\n\nwe request access to the results feed from 198.51.100.21.\n"
        "Contact person: Jana Mala, phone 596 123 456\n",
        "+420596123456",
    ),
}


@pytest.mark.parametrize("key", sorted(TOLD_APART))
def test_a_number_the_text_tells_apart_is_certain(key: str) -> None:
    text, phone = TOLD_APART[key]
    x = _mail(text)
    assert x.contact_phone == phone
    assert certain(x, "contact.phone")


REGISTERED: dict[str, tuple[str, str]] = {
    # (a Polish text whose number both plans read, the reading of the applicant's country)
    "polish_letter_of_a_czech_registered_firm": (
        "Dzień dobry,\n\nfirma Głos Beskidu s.r.o., IČO 12345679, z Trzyńca prosi o dostęp "
        "z adresu 198.51.100.21.\nKontakt: Jan Sikora, tel. 596 123 456\n\nPozdrawiam\nJan Sikora\n",
        "+420596123456",
    ),
    "polish_letter_of_a_polish_firm_krs": (
        "Dzień dobry,\n\nGłos Śląska sp. z o.o. (KRS 0000123456) prosi o dostęp z adresu "
        "198.51.100.21.\nKontakt: Jan Sikora, tel. 596 123 456\n\nPozdrawiam\nJan Sikora\n",
        "+48596123456",
    ),
}


@pytest.mark.parametrize("key", sorted(REGISTERED))
def test_of_two_plans_in_doubt_the_applicants_country_reads_it_flagged(key: str) -> None:
    text, phone = REGISTERED[key]
    x = _mail(text)
    assert x.contact_phone == phone
    assert not certain(x, "contact.phone")


ADDRESS_COUNTRY: dict[str, str] = {
    # a text in no plan's language, or in Czech, from an address of a country whose plan
    # reads the same national digits as the Czech one
    "english_letter_polish_address": (
        "Hello,\n\nwe request access to the results feed from 198.51.100.21.\n"
        "Contact: Piotr Zawada, zawada@gazeta-opole.pl, phone 601 234 567\n"
    ),
    "czech_letter_polish_address": (
        "Dobrý den,\n\nžádáme o přístup z adresy 198.51.100.21.\n"
        "Kontakt: Piotr Zawada, zawada@gazeta-opole.pl, tel. 326 540 118\n"
    ),
    "english_letter_swiss_address_trunk_zero": (
        "Good morning,\n\nplease grant 198.51.100.21 access to the results feed.\n"
        "Contact: Urs Keller, keller@bote.ch, phone 044 555 12 34\n"
    ),
}


@pytest.mark.parametrize("key", sorted(ADDRESS_COUNTRY))
def test_a_number_the_writers_country_reads_too_stays_flagged(key: str) -> None:
    x = _mail(ADDRESS_COUNTRY[key])
    assert x.contact_phone is not None
    assert not certain(x, "contact.phone")
