"""An application pasted twice, its second copy changed (the fiftieth part's bz019): the same
label opening two lines with different addresses makes that field unsure; the same label
with the same addresses, or one line listing several, stays certain."""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import body, certain, extract, mail

_COPY = (
    "Žadatel: Vysočina Online s.r.o.\n"
    "{prod_label}: 198.51.100.77, 198.51.100.78\n"
    "{test_label}: {test}\n"
    "Kontakt: Radka Benešová, +420 737 204 516\n"
)


def _twice(prod_label: str, test_label: str, first: str, second: str, between: str) -> str:
    one = _COPY.format(prod_label=prod_label, test_label=test_label, test=first)
    two = _COPY.format(prod_label=prod_label, test_label=test_label, test=second)
    return f"Dobrý den,\n\n{one}\n{between}\n\n{two}\nR. Benešová\n"


@pytest.mark.parametrize(
    ("prod_label", "test_label", "between"),
    [
        ("Produkční IP", "Testovací IP", "--- opravená verze ---"),
        ("Produkčná IP", "Testovacia IP", "Oprava, platí táto:"),
        ("Production IP", "Test IP", "Sorry, the corrected copy:"),
        ("Produktiv-IP", "Test-IP", "Korrigierte Fassung:"),
    ],
)
def test_a_label_given_twice_with_other_addresses_is_unsure(
    prod_label: str, test_label: str, between: str
) -> None:
    x = extract(mail(body(_twice(prod_label, test_label, "198.51.100.85", "198.51.100.86", between))))
    assert "198.51.100.86" in x.test_ips
    assert not certain(x, "test_ips")
    assert certain(x, "production_ips")  # given twice alike: no rival


def test_the_same_label_with_the_same_address_stays_certain() -> None:
    x = extract(mail(body(_twice("Produkční IP", "Testovací IP", "198.51.100.85", "198.51.100.85", "Znovu:"))))
    assert list(x.test_ips) == ["198.51.100.85"]
    assert certain(x, "test_ips")


def test_one_label_listing_several_addresses_stays_certain() -> None:
    text = (
        "Dobrý den,\n\nžádáme o přístup k XML.\n"
        "Žadatel: Vysočina Online s.r.o.\n"
        "Produkční IP: 198.51.100.77, 198.51.100.78\n"
        "Testovací IP: 198.51.100.85, 198.51.100.86\n"
        "Kontakt: Radka Benešová, +420 737 204 516\n\nR. Benešová\n"
    )
    x = extract(mail(body(text)))
    assert list(x.test_ips) == ["198.51.100.85", "198.51.100.86"]
    assert certain(x, "test_ips")
    assert certain(x, "production_ips")
