"""IP addresses, seventeenth round: principles generalised from the seventeenth part.

1. A word of apposition alone before an address ("…, tedy B", "…, tj. B", "…, i.e. B",
   "…, that is B", "…, czyli B") ties the clause before it to the address after it: that
   clause leads the next address, it does not trail the one before ("servery A až .14,
   testovací stroj je o jednu výš, tedy B": kc021, the range read as test). A range follows
   the same order rules as a single address.
2. The sentence after an address's own that points back at that one address with a
   demonstrative and a word for it ("That machine has been decommissioned", "Ten stroj jsme
   vyřadili", "Táto adresa už neplatí", "Dieser Server ist abgeschaltet") and says it is gone
   withdraws it, as "those addresses" did for a list (kc007: the retired address kept).
3. A line that corrects ("*B – oprava", "sorry, I mean B", "B (preklep)", "oprava: B") and
   gives an address a slip of typing away from exactly one address of the address line just
   before it (the same first three octets, last octets one edit apart: ".71"/".17",
   ".133"/".13") withdraws that one; the correction takes its place and use, never for
   certain (ka034: a phone's autocorrected address kept beside its correction). An address
   unlike the earlier ones may be an addition: both stay, flagged.
4. A cover note asking not to enter an address of the attached form, with a negated verb of
   entering or filling in ("prosím nezadávejte", "nezadávajte", "nevyplňujte", "do not set
   up", "nicht eintragen"), withdraws it from the form's list (kb042: the dropped test
   address kept).
5. A later statement of the whole list overrides the order earlier sentences gave the
   addresses in ("Loni A a B; B nahradila C. Letos tedy prosím A a C": A, C): the last
   mentions of a use, on one line, joined only by commas or conjunctions, naming each of the
   use's addresses once, give the order (ka042: the replacement put first).
"""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import body, extract, mail, text_file


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


# Principle 2: a demonstrative pointing back at the one address of the sentence before.


@pytest.mark.parametrize(
    ("text", "production"),
    [
        (
            "Loni jsme stahovali z 198.51.100.40. Ten stroj jsme mezitím vyřadili, prosím ho "
            "už nepovolujte.\n\nProdukční IP: 198.51.100.41",
            ["198.51.100.41"],
        ),
        (
            "Until now we pulled the feed from 203.0.113.7. This server has been switched off "
            "for good.\n\nProduction IP: 203.0.113.8",
            ["203.0.113.8"],
        ),
        (
            "Doteraz sme používali 192.0.2.50. Táto adresa už neplatí.\n\n"
            "Produkčná IP: 192.0.2.51",
            ["192.0.2.51"],
        ),
        (
            "Bisher kam der Abruf von 192.0.2.60. Dieser Rechner ist stillgelegt.\n\n"
            "Produktion: 192.0.2.61",
            ["192.0.2.61"],
        ),
    ],
)
def test_one_address_pointed_back_at_as_gone(text: str, production: list[str]) -> None:
    p, pc, t, _ = _read(text)
    assert (p, t) == (production, [])
    assert pc is False  # a withdrawal read from a sentence: never certain


@pytest.mark.parametrize(
    ("text", "production"),
    [
        # the demonstrative's sentence says nothing of its being gone
        (
            "Produkční IP: 198.51.100.41. Ten stroj běží nonstop v naší serverovně.",
            ["198.51.100.41"],
        ),
        # another, older machine than the address named: not a pointer back at it
        (
            "Produkční IP: 198.51.100.42. Ten starý server z loňska už nepoužíváme.",
            ["198.51.100.42"],
        ),
    ],
)
def test_pointer_back_near_misses(text: str, production: list[str]) -> None:
    p, _, t, _ = _read(text)
    assert (p, t) == (production, [])


# Principle 3: a correcting line replaces the address it is a slip of.


@pytest.mark.parametrize(
    ("text", "production", "test"),
    [
        (
            "Prosíme o přístup k XML, produkční IP 198.51.100.84\n"
            "198.51.100.48 – oprava, prohodil jsem číslice",
            ["198.51.100.48"],
            [],
        ),
        ("Test server: 203.0.113.25\nsorry, I mean 203.0.113.52", [], ["203.0.113.52"]),
        ("Žiadame o prístup, IP 192.0.2.133\n*192.0.2.13 (preklep)", ["192.0.2.13"], []),
        (
            "Povolte prosím 198.51.100.20 a 198.51.100.36\noprava: 198.51.100.63",
            ["198.51.100.20", "198.51.100.63"],
            [],
        ),
    ],
)
def test_correcting_line_replaces_its_slip(
    text: str, production: list[str], test: list[str]
) -> None:
    p, pc, t, tc = _read(text)
    assert (p, t) == (production, test)
    assert pc is not True and tc is not True  # a correction's reading: never certain


def test_correction_a_slip_of_two_earlier_addresses_keeps_all_flagged() -> None:
    # ".11" is one digit away from both ".13" and ".31": which one it corrects is a guess
    p, pc, t, _ = _read(
        "Povolte prosím IP 198.51.100.13 a 198.51.100.31\n*198.51.100.11 – oprava"
    )
    assert (p, t) == (["198.51.100.13", "198.51.100.31", "198.51.100.11"], [])
    assert pc is False


def test_next_line_without_correction_keeps_both() -> None:
    p, _, t, _ = _read("Povolte prosím tyto IP:\n198.51.100.17\n198.51.100.71")
    assert (p, t) == (["198.51.100.17", "198.51.100.71"], [])


# Principle 4: a cover note asking not to enter an address of the attached form.

_FORM = (
    "Žádost o přístup k XML\nProdukční IP: 198.51.100.5\nTestovací IP: 192.0.2.99\n"
    "Kontakt: Jan Malý"
)


def _covered(note: str) -> tuple[list[str], list[str]]:
    x = extract(mail(body(f"Dobrý den,\n\n{note}\n\nJan Malý"), text_file("zadost.txt", _FORM)))
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]


@pytest.mark.parametrize(
    "note",
    [
        "V příloze formulář. Testovací adresu 192.0.2.99, kterou v něm uvádíme, prosím "
        "nezadávejte, test nakonec nebude.",
        "Posielame formulár. Testovaciu adresu 192.0.2.99 z formulára prosím nezadávajte.",
        "The form is attached. Please do not set up 192.0.2.99 from it, we dropped the box.",
        "Formular anbei. Die Testadresse 192.0.2.99 bitte nicht eintragen.",
        "Formulář posíláme v příloze, adresu 192.0.2.99 prosím nevyplňujte do systému.",
    ],
)
def test_cover_note_asks_not_to_enter_a_form_address(note: str) -> None:
    assert _covered(note) == (["198.51.100.5"], [])


@pytest.mark.parametrize(
    "note",
    [
        "V příloze formulář; testovací adresu 192.0.2.99 prosím zadejte, jak je v něm uvedena.",
        "Form attached. Please do not forget to enter 192.0.2.99 as our test address.",
    ],
)
def test_cover_note_confirming_a_form_address_keeps_it(note: str) -> None:
    assert _covered(note) == (["198.51.100.5"], ["192.0.2.99"])


# Principle 5: a restated list at the end gives the order.


@pytest.mark.parametrize(
    ("text", "production"),
    [
        (
            "Loni jsme měli 198.51.100.10 a 198.51.100.11; adresa .11 už neplatí, nahradila ji "
            "198.51.100.12. Letos prosím 198.51.100.10 a 198.51.100.12.",
            ["198.51.100.10", "198.51.100.12"],
        ),
        (
            "Last year we had 203.0.113.20 and 203.0.113.21. The .21 box was retired and "
            "replaced by 203.0.113.25. This year please allow 203.0.113.20 and 203.0.113.25.",
            ["203.0.113.20", "203.0.113.25"],
        ),
        (
            "Adresu 192.0.2.5 už nepoužíváme, místo ní máme 192.0.2.9. Povolte tedy prosím "
            "192.0.2.2 a 192.0.2.9, obě produkční.",
            ["192.0.2.2", "192.0.2.9"],
        ),
        (
            "Vlani sme mali 192.0.2.50 a 192.0.2.51, adresa .51 sa už nepoužíva a nahradila ju "
            "192.0.2.55. Tento rok teda prosíme 192.0.2.50, 192.0.2.55.",
            ["192.0.2.50", "192.0.2.55"],
        ),
    ],
)
def test_restated_list_gives_the_order(text: str, production: list[str]) -> None:
    p, pc, t, _ = _read(text)
    assert (p, t) == (production, [])
    assert pc is False  # a withdrawal and a replacement read from sentences


@pytest.mark.parametrize(
    ("text", "production"),
    [
        (
            "Servery 198.51.100.60 a 198.51.100.61. Adresa 198.51.100.60 je hlavní.",
            ["198.51.100.60", "198.51.100.61"],
        ),
        (
            "Povolte 198.51.100.80 a 198.51.100.81. Na 198.51.100.81 běží i záloha, "
            "198.51.100.80 je hlavní.",
            ["198.51.100.80", "198.51.100.81"],
        ),
    ],
)
def test_repeated_addresses_not_restated_as_a_list(text: str, production: list[str]) -> None:
    p, _, t, _ = _read(text)
    assert (p, t) == (production, [])
