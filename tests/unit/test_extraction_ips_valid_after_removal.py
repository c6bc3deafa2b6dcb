"""An address named valid in the clause after a removal ("A prosím zrušte, platí B") is the new
address, not a second one removed (issue 18; the reader used to withdraw both)."""

from __future__ import annotations

import pytest

from tests.unit.test_extraction_ips import _mail


@pytest.mark.parametrize(
    ("body", "production", "test"),
    [
        (
            "Žádáme o přístup k XML.\nProdukční IP: 192.0.2.9\n"
            "Adresu 192.0.2.9 prosím zrušte, platí 192.0.2.40.\n",
            ("192.0.2.40",),
            (),
        ),
        (
            "Žádáme o přístup k XML. Adresu 192.0.2.9 prosím zrušte, platí 192.0.2.40.\n",
            ("192.0.2.40",),
            (),
        ),
        (
            "Žiadame o prístup k XML.\nProdukčná IP: 198.51.100.7\n"
            "Adresu 198.51.100.7 zrušte, platná je 198.51.100.70.\n",
            ("198.51.100.70",),
            (),
        ),
        (
            "We ask for XML access.\nProduction: 192.0.2.9\n"
            "Please remove 192.0.2.9; valid is 192.0.2.40.\n",
            ("192.0.2.40",),
            (),
        ),
        (
            "Wir beantragen den XML-Zugang.\nProduktion: 203.0.113.9\n"
            "Bitte 203.0.113.9 löschen, es gilt 203.0.113.90.\n",
            ("203.0.113.90",),
            (),
        ),
    ],
)
def test_the_address_valid_after_a_removal_is_kept(
    body: str, production: tuple[str, ...], test: tuple[str, ...]
) -> None:
    x = _mail(body)
    assert (x.production_ips, x.test_ips) == (production, test)
    # a replacement read from a sentence is never certain
    assert not x.fields["production_ips"].certain


def test_valid_for_the_other_address_too_removes_both() -> None:
    """The clause "platí to i pro B" extends the removal to B: nothing is kept."""
    x = _mail(
        "Žádáme o přístup k XML.\nProdukce: 192.0.2.9, test 192.0.2.41\n"
        "Adresu 192.0.2.9 zrušte, platí to i pro 192.0.2.41.\n"
    )
    assert (x.production_ips, x.test_ips) == ((), ())
