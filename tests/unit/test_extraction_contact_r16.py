"""Contact person, e-mail and phone, sixteenth round (issue 18): principles a careful
officer applies in any language and format, each probed in wording unlike the corpus case.

1. The words that describe the contact after their name ("Oliver Grant, Central Europe
   producer", "Jana Malá, Nové Zámky zpravodajka") are the contact's job: a capitalised
   run of words right before a job title qualifies the title (a region, a desk, a beat)
   and names nobody else, so the contact's own numbers after it stay theirs (a mobile
   beside a switchboard).

Every text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from tests.unit.extraction_helpers import body, extract, mail


def _value(x: Extraction, key: str) -> str | None:
    f = x.fields.get(key)
    return None if f is None else str(f.value)


# ----------- 1. a qualifier before the contact's job title names nobody else --------------

# key: (text, the contact's phone)
QUALIFIED: dict[str, tuple[str, str]] = {
    "english_region_producer": (
        "Hello,\n\nwe would like the results feed.\n\nContact: Megan Ford, Northern Europe "
        "correspondent, +44 20 7946 0100 (switchboard), mobile +44 7911 123456.\n\nBest\nMegan\n",
        "+447911123456",
    ),
    "english_desk_editor": (
        "Hi,\n\nplease register our servers.\nReach me: Daniel Price, Foreign Desk editor, "
        "+44 161 496 0000 (reception), direct +44 161 496 0123\n",
        "+441614960123",
    ),
    "czech_region_zpravodajka": (
        "Dobrý den,\n\nžádáme o XML výstup.\nKontakt: Jana Malá, Jižní Morava zpravodajka, "
        "ústředna 541 000 111, mobil 604 222 333.\n\nDěkuji\n",
        "+420604222333",
    ),
    "czech_no_diacritics": (
        "Dobry den,\n\nzadame o pristup k datum.\nKontakt: Petr Hajek, Severni Cechy reporter, "
        "recepce 475 000 100, mobil 731 555 666\n",
        "+420731555666",
    ),
    "slovak_region_redaktor": (
        "Dobrý deň,\n\nžiadame o prístup k výsledkom.\nKontakt: Marek Kováč, Stredné Slovensko "
        "redaktor, ústredňa +421 48 415 0000, mobil +421 905 123 456\n",
        "+421905123456",
    ),
    "german_ressort_leiter": (
        "Guten Tag,\n\nwir beantragen den Zugang.\nKontakt: Jonas Weber, Digitale Medien "
        "Leiter, Zentrale +49 30 5555 0000, Handy +49 151 2345 6789\n",
        "+4915123456789",
    ),
    "polish_region_koordynator": (
        "Dzień dobry,\n\nprosimy o dostęp.\nKontakt: Anna Nowak, Dolny Śląsk koordynator, "
        "centrala +48 71 555 00 00, komórka +48 601 234 567\n",
        "+48601234567",
    ),
    "english_table_row": (
        "Hello,\n\nplease grant access.\n\nContact | Laura Green, Central Asia producer | "
        "+44 20 7946 0200 (switchboard) | mobile +44 7700 123456\n",
        "+447700123456",
    ),
}


@pytest.mark.parametrize("key", sorted(QUALIFIED))
def test_a_qualifier_before_the_job_title_names_nobody_else(key: str) -> None:
    text, phone = QUALIFIED[key]
    x = extract(mail(body(text), sender="desk@media.example"))
    assert _value(x, "contact.phone") == phone
