"""An officer's correction is checked and normalised by the extraction's own rules."""

from __future__ import annotations

import pytest

from intake.extraction.validate import InvalidValue, corrected


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("contact.email", "Jan.Novak@Example.CZ", "Jan.Novak@example.cz"),
        ("contact.email", "  redakce@deník.cz ", "redakce@deník.cz"),
        ("contact.phone", "777 123 456", "+420777123456"),
        ("contact.phone", "+420 (224) 123-456", "+420224123456"),
        ("contact.phone", "+44 20 7946 0958", "+442079460958"),
        ("organization.ico", "000 06 947", "00006947"),
        ("organization.databox_id", "AB12CD3", "ab12cd3"),
        ("organization.name", "Deník Ukázka, s.r.o.", "Deník Ukázka, s.r.o."),
        ("contact.person", "", None),
        ("contact.email", None, None),
        ("production_ips", ["198.51.100.7", "2001:DB8:0:0::1", "198.51.100.7"],
         ["198.51.100.7", "2001:db8::1"]),
        ("test_ips", ["010.001.002.003"], ["10.1.2.3"]),
        ("request_types", ["feed_access"], ["feed_access"]),
    ],
)
def test_valid_values_are_normalised(field: str, value: object, expected: object) -> None:
    assert corrected(field, value) == expected


@pytest.mark.parametrize(
    ("field", "value", "czech"),
    [
        ("contact.email", "not-an-email", "není platná e-mailová adresa"),
        ("contact.email", "a@example.cz\r\nBcc: b@example.cz", "nesmí obsahovat konec řádku"),
        ("contact.email", "a@example.cz\nx", "nesmí obsahovat konec řádku"),
        ("contact.phone", "abc", "není platné telefonní číslo"),
        ("contact.phone", "123", "není platné telefonní číslo"),
        ("organization.databox_id", "<script>", "není ID datové schránky"),
        ("organization.databox_id", "1234567", "není ID datové schránky"),
        ("organization.ico", "00006948", "nesouhlasí jeho kontrolní číslice"),
        ("organization.ico", "1234", "nemá 8 číslic"),
        ("organization.name", "Deník\r\nX-Header: y", "nesmí obsahovat konec řádku"),
        ("contact.person", "A" * 301, "nejvýše 300 znaků"),
        ("production_ips", ["198.51.100.300"], "není IP adresa"),
        ("test_ips", ["fe80::1%eth0"], "není IP adresa"),
        ("test_ips", ["example.cz"], "není IP adresa"),
        ("request_types", ["everything"], "není známý druh žádosti"),
    ],
)
def test_invalid_values_are_refused_in_czech(field: str, value: object, czech: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        corrected(field, value)
    assert czech in caught.value.message_cs
    assert str(caught.value)  # the English text for the CLI and the logs
