"""The field rules remember per-line readings (phones, e-mails, names) within one application:
the next application starts without them, and what one application left behind never changes
another's result."""

from __future__ import annotations

from intake.extraction import contact, fields
from tests.unit.extraction_helpers import SIG, body, extract, mail

FIRST = mail(
    body(
        "Dobrý den,\nžádáme o přístup k XML pro IP 203.0.113.5.\n"
        "Kontakt: Ing. Petr Malý, +420 602 111 222, petr.maly@noviny.example\n"
    ),
    sender="petr.maly@noviny.example",
)
SECOND = mail(
    body(
        "Dobrý den,\nžádáme o přístup k XML pro IP 198.51.100.7.\n"
        "Kontakt: Petr Malý, 602 111 222\n" + SIG
    ),
)
"""Two applications that share a name and a phone's digits, in other lines."""

PER_APPLICATION = (contact._person_name, fields.window_phones, fields.valid_email)


def test_the_next_application_starts_without_the_memos() -> None:
    extract(FIRST)
    assert all(memo.cache_info().currsize for memo in PER_APPLICATION)
    contact.new_application()
    assert [memo.cache_info().currsize for memo in PER_APPLICATION] == [0, 0, 0]


def test_a_result_does_not_depend_on_the_application_before() -> None:
    after_first = extract(SECOND)  # the memos hold what FIRST left (extract clears at _contact)
    extract(FIRST)
    after_other = extract(SECOND)
    for memo in (*PER_APPLICATION, contact._same_person):
        memo.cache_clear()
    fresh = extract(SECOND)
    assert after_first == after_other == fresh
    assert fresh.contact_phone == "+420602111222"
