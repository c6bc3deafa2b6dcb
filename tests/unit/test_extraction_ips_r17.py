"""IP addresses, seventeenth round: principles generalised from the seventeenth part.

1. A word of apposition alone before an address ("…, tedy B", "…, tj. B", "…, i.e. B",
   "…, that is B", "…, czyli B") ties the clause before it to the address after it: that
   clause leads the next address, it does not trail the one before ("servery A až .14,
   testovací stroj je o jednu výš, tedy B": kc021, the range read as test). A range follows
   the same order rules as a single address.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import body, extract, mail


def _read(text: str) -> tuple[list[str], bool | None, list[str], bool | None]:
    x = extract(mail(body(f"Dobrý den,\n\n{text}\n\nJan Malý")))
    p, t = x.fields.get("production_ips"), x.fields.get("test_ips")
    return (
        [str(a) for a in x.production_ips],
        None if p is None else p.certain,
        [str(a) for a in x.test_ips],
        None if t is None else t.certain,
    )


# Principle 1: an apposition's clause leads the address after it.


@pytest.mark.parametrize(
    ("text", "production", "test"),
    [
        (
            "Naše vysílací stroje běží na 203.0.113.30 až .32, zkušební server je hned za nimi, "
            "tedy 203.0.113.33.",
            ["203.0.113.30", "203.0.113.31", "203.0.113.32"],
            ["203.0.113.33"],
        ),
        (
            "Our boxes use 203.0.113.40-203.0.113.41, the staging one sits right after them, "
            "i.e. 203.0.113.42.",
            ["203.0.113.40", "203.0.113.41"],
            ["203.0.113.42"],
        ),
        (
            "Servery redakce majú 198.51.100.60, testovacie prostredie beží o číslo vyššie, "
            "teda 198.51.100.61.",
            ["198.51.100.60"],
            ["198.51.100.61"],
        ),
        (
            "Redakční server je 198.51.100.70, testovací server je hned další, tj. "
            "198.51.100.71.",
            ["198.51.100.70"],
            ["198.51.100.71"],
        ),
        (
            "We pull from 192.0.2.80/31, for testing we keep a separate box, that is "
            "192.0.2.90.",
            ["192.0.2.80", "192.0.2.81"],
            ["192.0.2.90"],
        ),
    ],
)
def test_apposition_clause_leads_the_next_address(
    text: str, production: list[str], test: list[str]
) -> None:
    p, pc, t, tc = _read(text)
    assert (p, t) == (production, test)
    assert tc is False  # read from a sentence: never certain


@pytest.mark.parametrize(
    ("text", "production", "test"),
    [
        # a use said right after the first address still trails it
        (
            "Adresa 198.51.100.90 je testovací, produkční je o jednu vyšší, tedy 198.51.100.91.",
            ["198.51.100.91"],
            ["198.51.100.90"],
        ),
        # no apposition: the last connector still splits the gap as before
        (
            "Testovací stroj má 198.51.100.95, ostrý provoz pak poběží z 198.51.100.96.",
            ["198.51.100.96"],
            ["198.51.100.95"],
        ),
    ],
)
def test_apposition_near_misses(text: str, production: list[str], test: list[str]) -> None:
    p, _, t, _ = _read(text)
    assert (p, t) == (production, test)
