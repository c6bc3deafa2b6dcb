"""The field rules remember per-line readings (phones, e-mails, names) within one application:
the next application starts without them, and what one application left behind never changes
another's result."""

from __future__ import annotations

from intake.extraction import contact, fields, ips, memo, org, places, request_types
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
    assert all(cache.cache_info().currsize for cache in PER_APPLICATION)
    memo.forget_texts()
    assert [cache.cache_info().currsize for cache in PER_APPLICATION] == [0, 0, 0]


def test_a_result_does_not_depend_on_the_application_before() -> None:
    after_first = extract(SECOND)  # extract empties the memos before each application
    extract(FIRST)
    after_other = extract(SECOND)
    for cache in (*PER_APPLICATION, contact._same_person):
        cache.cache_clear()
    fresh = extract(SECOND)
    assert after_first == after_other == fresh
    assert fresh.contact_phone == "+420602111222"


def test_an_application_starts_with_no_text_of_another_remembered() -> None:
    """Every ``memo.per_application`` cache is emptied before each application, so that no
    application (and no bench pass over the same files) profits from another's texts."""
    extract(FIRST)
    kept = (ips._cues, org._has_legal_form, places.places_country, request_types._piece_read)
    assert all(cache in memo._CACHES for cache in kept)
    assert any(cache.cache_info().currsize for cache in kept)
    probe = "IP 192.0.2.99 je jen náhradní, slouží k testování"
    ips._cues(probe)
    hits = ips._cues.cache_info().hits
    ips._cues(probe)
    assert ips._cues.cache_info().hits == hits + 1  # remembered within one application
    extract(SECOND)
    hits = ips._cues.cache_info().hits
    ips._cues(probe)
    assert ips._cues.cache_info().hits == hits  # asked afresh after SECOND began


def test_forget_texts_empties_every_cache_it_keeps() -> None:
    extract(FIRST)
    assert sum(cache.cache_info().currsize for cache in memo._CACHES) > 0
    memo.forget_texts()
    assert [cache.cache_info().currsize for cache in memo._CACHES] == [0] * len(memo._CACHES)
