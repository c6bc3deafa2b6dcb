"""IP addresses with roles from Czech and English cues; blocks, ranges and shorthand."""

from __future__ import annotations

import pytest

from intake.extraction.ips import MAX_EXPAND, Role, find_ips, is_public, parse_address
from intake.extraction.model import Extraction
from intake.extraction.review import Reason
from tests.unit.docs import pdf_table
from tests.unit.extraction_helpers import attachment, extract, mail, text_file
from tests.unit.extraction_helpers import body as _body


def _roles(text: str) -> list[tuple[str, str | None]]:
    return [(str(a), m.role and m.role.value) for m in find_ips(text) for a in m.addresses]


P, T = "production", "test"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "IP adresy pro ostrý provoz:\n 1) 192.0.2.10\n 2) 192.0.2.11\nTestovací IP adresy:\n"
            " – 203.0.113.40",
            [("192.0.2.10", P), ("192.0.2.11", P), ("203.0.113.40", T)],
        ),
        (
            "produkce: 198.51.100.7; 198.51.100.8\ntest: 198.51.100.64/31",
            [("198.51.100.7", P), ("198.51.100.8", P), ("198.51.100.64", T), ("198.51.100.65", T)],
        ),
        (
            "Ostré adresy (203.0.113.5 a .6), nově 203.0.113.7. Na testování stačí 203.0.113.200.",
            [("203.0.113.5", P), ("203.0.113.6", P), ("203.0.113.7", P), ("203.0.113.200", T)],
        ),
        (
            "servery 82.208.6.1 a 82.208.6.2 (ostrý provoz), na testy používáme 82.208.6.9",
            [("82.208.6.1", P), ("82.208.6.2", P), ("82.208.6.9", T)],
        ),
        ("1.2.3.4 (produkce) a 1.2.3.5 (test)", [("1.2.3.4", P), ("1.2.3.5", T)]),
        (
            "Production IPs:\n- 185.64.12.10\nTest IPs:\n- 185.64.12.50",
            [("185.64.12.10", P), ("185.64.12.50", T)],
        ),
        (
            "Live servers: 148.251.10.2 and 148.251.10.3\nTesting server: 148.251.10.9",
            [("148.251.10.2", P), ("148.251.10.3", P), ("148.251.10.9", T)],
        ),
        (
            "IP adresa\tÚčel\n195.113.10.5\tprodukce\n195.113.10.70\ttest",
            [("195.113.10.5", P), ("195.113.10.70", T)],
        ),
        (
            "Produkční IP\tTestovací IP\n185.8.236.10\t185.8.236.50",
            [("185.8.236.10", P), ("185.8.236.50", T)],
        ),
        (
            "hlavní server 37.157.192.10, záložní server 37.157.192.11",
            [("37.157.192.10", P), ("37.157.192.11", P)],
        ),
        ("Testovací (během ostrého provozu budou odpojeny): 5.180.40.3", [("5.180.40.3", T)]),
        (
            "please whitelist 5.44.60.10 and 5.44.60.11 for production and 5.44.60.12 for testing.",
            [("5.44.60.10", P), ("5.44.60.11", P), ("5.44.60.12", T)],
        ),
        (
            "IP adresy 1.1.1.1 a 1.1.1.2 jsou produkční, 1.1.1.3 testovací",
            [("1.1.1.1", P), ("1.1.1.2", P), ("1.1.1.3", T)],
        ),
        (
            "Produkční IP         Testovací IP\n31.47.98.10          31.47.98.20",
            [("31.47.98.10", P), ("31.47.98.20", T)],
        ),
        ("1.2.3.4/1.2.3.5 (produkce)", [("1.2.3.4", P), ("1.2.3.5", P)]),
    ],
)
def test_roles(text: str, expected: list[tuple[str, str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("192.0.2.10-192.0.2.12", ["192.0.2.10", "192.0.2.11", "192.0.2.12"]),
        ("192.0.2.10–12", ["192.0.2.10", "192.0.2.11", "192.0.2.12"]),
        ("192.0.2.10 až 192.0.2.11", ["192.0.2.10", "192.0.2.11"]),
        ("od 192.0.2.10 do 192.0.2.11", ["192.0.2.10", "192.0.2.11"]),
        ("192.0.2.10 do 5 minut", ["192.0.2.10"]),
        ("192.0.2.10 – 23. 12. 2022", ["192.0.2.10"]),
        ("203.0.113.5, .6 a .7", ["203.0.113.5", "203.0.113.6", "203.0.113.7"]),
        ("198.51.100.66/30", ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"]),
        ("2001:db8::/126", ["2001:db8::", "2001:db8::1", "2001:db8::2", "2001:db8::3"]),
        ("2001:DB8:0:0::10", ["2001:db8::10"]),
        ("192.000.002.010", ["192.0.2.10"]),
        ("host 192.0.2.1/32", ["192.0.2.1"]),
        # a block at the end of a sentence: the full stop is not part of the prefix
        ("pro ostrý provoz: 192.0.2.16/30.", ["192.0.2.16", "192.0.2.17", "192.0.2.18",
                                              "192.0.2.19"]),
    ],
)
def test_expansion_and_canonical_form(text: str, addresses: list[str]) -> None:
    assert [str(a) for m in find_ips(text) for a in m.addresses] == addresses


@pytest.mark.parametrize(
    "text",
    [
        "dne 12.12.2022 v 10:30:00",
        "tel. 601.234.567",
        "verze 1.2.3",
        "MAC 00:1a:2b:3c:4d:5e",
        "999.1.1.1",
        "IČO 12345678",
    ],
)
def test_not_addresses(text: str) -> None:
    assert find_ips(text) == []


def test_ranges_are_marked_and_huge_blocks_only_counted() -> None:
    (single,) = find_ips("192.0.2.1")
    assert not single.is_block and single.count == 1
    (block,) = find_ips("10.0.0.0/8")
    assert block.is_block and block.count == 2**24 and block.addresses == ()
    assert 2**24 > MAX_EXPAND


def test_exclusions() -> None:
    ms = find_ips(
        "Produkční IP: 94.124.104.7\nLoňskou adresu 94.124.104.2 prosím odeberte.\n"
        "Místo 94.124.104.3 použijte 94.124.104.4."
    )
    got = {str(m.addresses[0]): m.excluded for m in ms}
    assert got == {
        "94.124.104.7": False,
        "94.124.104.2": True,
        "94.124.104.3": True,
        "94.124.104.4": False,
    }


def test_removal_heading_and_replacement() -> None:
    ms = find_ips(
        "Produkční IP: 1.1.1.1\nProsíme odebrat tyto adresy:\n- 2.2.2.2\n- 3.3.3.3\n\n"
        "původní adresu 5.5.5.5 ponecháváme\nnahraďte 6.6.6.6 za 7.7.7.7"
    )
    got = {str(m.addresses[0]): m.excluded for m in ms}
    assert got == {
        "1.1.1.1": False,
        "2.2.2.2": True,
        "3.3.3.3": True,
        "5.5.5.5": False,
        "6.6.6.6": True,
        "7.7.7.7": False,
    }


def test_the_offices_own_server_is_not_requested() -> None:
    ms = find_ips("Budeme se připojovat na váš server 194.50.64.5 z adresy 192.0.2.7 (produkce).")
    assert [(str(m.addresses[0]), m.excluded) for m in ms] == [
        ("194.50.64.5", True),
        ("192.0.2.7", False),
    ]


def test_uncertain_without_any_cue() -> None:
    (m,) = find_ips("IP adresy: 178.238.32.7")
    assert m.role is None and not m.certain
    (m2,) = find_ips("Produkce: 178.238.32.7")
    assert m2.role is Role.PRODUCTION and m2.certain


@pytest.mark.parametrize(
    ("addr", "public"),
    [
        ("192.0.2.1", False),
        ("10.1.2.3", False),
        ("100.64.0.1", False),
        ("127.0.0.1", False),
        ("169.254.1.1", False),
        ("2001:db8::1", False),
        ("fe80::1", False),
        ("8.8.8.8", True),
        ("2a02:598:2::1234", True),
        ("224.0.0.1", False),
    ],
)
def test_public(addr: str, public: bool) -> None:
    a = parse_address(addr)
    assert a is not None and is_public(a) is public


# ---------------------------------------------- a sentence wrapped after an abbreviation ----


def _placed(text: str) -> list[tuple[str, str | None, bool]]:
    """(address, role, withdrawn) of every listed address."""
    return [
        (str(a), m.role and m.role.value, m.excluded) for m in find_ips(text) for a in m.addresses
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Slovak, the order word ends the first line
            "Pre ostrú prevádzku a pre testovanie použijeme adresy 198.51.100.20, resp.\n"
            "198.51.100.21.",
            [("198.51.100.20", P, False), ("198.51.100.21", T, False)],
        ),
        (  # Czech without diacritics, the roles after the addresses
            "Adresy 192.0.2.40 a 192.0.2.41 budou slouzit pro produkci, resp.\n"
            "pro testovani.",
            [("192.0.2.40", P, False), ("192.0.2.41", T, False)],
        ),
        (  # 'tj.' at the end of a line: the explanation goes on with the address
            "Testovat budeme jen z jednoho stroje v redakci, tj.\n203.0.113.90, nic dalšího.",
            [("203.0.113.90", T, False)],
        ),
    ],
)
def test_a_line_ending_in_an_abbreviation_goes_on(
    text: str, expected: list[tuple[str, str | None, bool]]
) -> None:
    assert _placed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a correction wrapped right before the address it replaces
            "Dobrý den, v odpoledním e-mailu jsem se spletl u testovací adresy, místo\n"
            "192.0.2.130 tam patří 192.0.2.131. Zbytek platí.",
            [("192.0.2.130", T, True), ("192.0.2.131", T, False)],
        ),
        (  # English, 'instead of' at the end of the line
            "Sorry, there was a typo in the test address of my application: use 198.51.100.9 instead of\n"
            "198.51.100.8 please, everything else stays.",
            [("198.51.100.9", T, False), ("198.51.100.8", T, True)],
        ),
    ],
)
def test_a_long_line_wrapped_before_an_address_in_mid_sentence(
    text: str, expected: list[tuple[str, str | None, bool]]
) -> None:
    assert _placed(text) == expected


def test_a_heading_without_colon_above_a_list_is_not_joined_with_it() -> None:
    ms = find_ips(
        "Níže posíláme adresy našich serverů pro ostrý provoz na příští volby\n"
        "192.0.2.61\n192.0.2.62\n\nTestovací server na příští volby bude jen jeden\n192.0.2.70"
    )
    assert [(str(m.addresses[0]), m.role, m.certain) for m in ms] == [
        ("192.0.2.61", Role.PRODUCTION, True),
        ("192.0.2.62", Role.PRODUCTION, True),
        ("192.0.2.70", Role.TEST, True),
    ]


def test_a_line_that_may_end_a_sentence_is_not_joined_with_an_address_line() -> None:
    ms = find_ips(
        "Ostrý provoz zajistí servery 192.0.2.31 a 192.0.2.32 v pražském datacentru\n"
        "192.0.2.40 je testovací."
    )
    assert [(str(m.addresses[0]), m.role) for m in ms] == [
        ("192.0.2.31", Role.PRODUCTION),
        ("192.0.2.32", Role.PRODUCTION),
        ("192.0.2.40", Role.TEST),
    ]


# ---------------------------------------------- paired labels: "produkční / testovací: A / B" --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Production/Test IP: 198.51.100.7/198.51.100.8", [("198.51.100.7", P), ("198.51.100.8", T)]),
        ("Ostra / testovaci adresa: 203.0.113.10 / 203.0.113.20", [("203.0.113.10", P), ("203.0.113.20", T)]),
        ("IP adresa ostrá | testovacia: 192.0.2.5 | 192.0.2.6", [("192.0.2.5", P), ("192.0.2.6", T)]),
        (
            "Produkce / test: 192.0.2.1, 192.0.2.2 / 192.0.2.3",
            [("192.0.2.1", P), ("192.0.2.2", P), ("192.0.2.3", T)],
        ),
        ("Test / live address: 192.0.2.9 / 192.0.2.8", [("192.0.2.9", T), ("192.0.2.8", P)]),
    ],
)
def test_a_label_pairing_two_uses_with_two_values(text: str, expected: list[tuple[str, str]]) -> None:
    ms = find_ips(text)
    assert _roles(text) == expected
    assert not any(m.certain for m in ms)  # a label naming two uses is never certain


def test_paired_label_with_unpaired_values_is_no_pairing() -> None:
    # three values for two uses: no pairing to read; the label's first use, unsure
    ms = find_ips("Produkční / testovací IP: 192.0.2.1 / 192.0.2.2 / 192.0.2.3")
    assert not any(m.certain for m in ms)
    assert [m.role for m in ms] != [Role.PRODUCTION, Role.TEST, Role.TEST]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "IP adresa (ostrá / testovací):\n192.0.2.71 / 192.0.2.72",
            [("192.0.2.71", P), ("192.0.2.72", T)],
        ),
        (
            "Live / staging servers\n198.51.100.11, 198.51.100.12 / 198.51.100.13",
            [("198.51.100.11", P), ("198.51.100.12", P), ("198.51.100.13", T)],
        ),
    ],
)
def test_a_paired_label_above_its_values(text: str, expected: list[tuple[str, str]]) -> None:
    assert _roles(text) == expected
    assert not any(m.certain for m in find_ips(text))


@pytest.mark.parametrize(
    "text",
    [
        "Adresy pro ostrý a testovací provoz:\n192.0.2.1\n192.0.2.2",
        "Production and test addresses\n- 198.51.100.1\n- 198.51.100.2",
        "Produkční a testovací IP: 203.0.113.1\n203.0.113.2",
        "IP pre ostrú aj testovaciu prevádzku:\n192.0.2.5, 192.0.2.6",
    ],
)
def test_a_heading_naming_both_uses_gives_no_certain_use(text: str) -> None:
    ms = find_ips(text)
    assert len(ms) >= 2 and not any(m.certain for m in ms)


# ---------------------------------------------- the whole submission: replies, forwards ----


def _mail(body: str, *attachments: tuple[str, bytes], subject: str = "Žádost") -> Extraction:
    files = (attachment(name, data) for name, data in attachments)
    sender, name = "jana@zpravy.example", "Jana Malá"
    return extract(mail(_body(body), *files, subject=subject, sender=sender, sender_name=name))


def _unsure(x: Extraction, key: str) -> bool:
    return not x.fields[key].certain


_OUTLOOK_OFFICE = (
    "From: Volby ČSÚ <volby@czso.cz>\nSent: Thursday, 1 December 2022 10:12\n"
    "To: Jana Malá <jana@zpravy.example>\nSubject: RE: Request\n\n"
    "Dear Ms Malá, your application lacks the test address. Our server is 194.50.64.5.\n\n"
)


@pytest.mark.parametrize(
    ("body", "production", "test"),
    [
        (  # English, Outlook: the office's query, below it the applicant's original
            "As requested, here is our test address: 198.51.100.99.\nJana Malá\n\n"
            + _OUTLOOK_OFFICE
            + "From: Jana Malá <jana@zpravy.example>\nSent: Wednesday, 30 November 2022 16:00\n"
            "To: volby@czso.cz\nSubject: Request\n\n"
            "Production: 198.51.100.90, 198.51.100.91\nJana Malá, +420 601 111 222\n",
            ("198.51.100.90", "198.51.100.91"),
            ("198.51.100.99",),
        ),
        (  # Czech, Gmail: nested quotes, completing after the office's question
            "Doplňujeme podle Vaší výzvy testovací IP 192.0.2.9.\nJ. Malá\n\n"
            "Dne 1. 12. 2022 v 10:12 Volby <volby@czso.cz> napsal(a):\n"
            "> Ve Vaší žádosti chybí testovací adresa.\n>\n"
            "> Dne 30. 11. 2022 v 16:00 Jana Malá <jana@zpravy.example> napsal(a):\n"
            ">> Ostré IP: 192.0.2.1\n",
            ("192.0.2.1",),
            ("192.0.2.9",),
        ),
        (  # Slovak follow-up to one's own message: a forgotten use added
            "Ešte dopĺňam testovaciu adresu, ktorú som včera zabudla: 203.0.113.77\n\n"
            "Dňa 30. 11. 2022 o 16:00 Jana Malá <jana@zpravy.example> napísala:\n"
            "> Produkčná IP: 203.0.113.70\n",
            ("203.0.113.70",),
            ("203.0.113.77",),
        ),
        (  # Czech without diacritics, 'zapomnel jsem'
            "Zapomnel jsem v zadosti testovaci adresu: 203.0.113.88.\n\n"
            "Dne 30.11.2022 Jana Mala <jana@zpravy.example> napsal(a):\n"
            "> Produkcni adresy: 203.0.113.80, 203.0.113.81\n",
            ("203.0.113.80", "203.0.113.81"),
            ("203.0.113.88",),
        ),
    ],
)
def test_a_reply_completing_the_application_uses_the_applicants_quoted_original(
    body: str, production: tuple[str, ...], test: tuple[str, ...]
) -> None:
    x = _mail(body, subject="Re: Žádost")
    assert x.production_ips == production and x.test_ips == test
    assert _unsure(x, "production_ips")  # taken from the earlier message


def test_completing_a_reply_never_takes_the_offices_addresses() -> None:
    x = _mail(
        "In addition to my application, the test address is 198.51.100.99.\n\n" + _OUTLOOK_OFFICE,
        subject="RE: Request",
    )
    assert x.production_ips == () and x.test_ips == ("198.51.100.99",)


# ---------------------------------------------- corrections of a quoted or attached original --


@pytest.mark.parametrize(
    ("body", "production", "test"),
    [
        (  # English, the correction names the replaced address after 'not'
            "Correction to my message below: the second production address should read "
            "198.51.100.12, not 198.51.100.21.\n\n"
            "On Wed, 30 Nov 2022 at 16:00, Jana Malá <jana@zpravy.example> wrote:\n"
            "> Production: 198.51.100.11, 198.51.100.21\n> Test: 198.51.100.30\n",
            ("198.51.100.11", "198.51.100.12"),
            ("198.51.100.30",),
        ),
        (  # Czech: the replacement written before the replaced one, in the middle of a list
            "V původní zprávě jsem spletl první testovací adresu, správně je 203.0.113.41 "
            "(ne 203.0.113.14). Ostatní platí.\n\n"
            "Dne 30. 11. 2022 v 16:00 Jana Malá <jana@zpravy.example> napsal(a):\n"
            "> Ostrý provoz: 203.0.113.10\n> Testovací: 203.0.113.14, 203.0.113.15\n",
            ("203.0.113.10",),
            ("203.0.113.41", "203.0.113.15"),
        ),
        (  # Slovak, 'namiesto' and the replaced address in the middle of three
            "Dobrý deň, v mojej pôvodnej správe prosím namiesto 192.0.2.22 uveďte 192.0.2.29.\n\n"
            "Dňa 30. 11. 2022 o 16:00 Jana Malá <jana@zpravy.example> napísala:\n"
            "> Produkčné IP: 192.0.2.21, 192.0.2.22, 192.0.2.23\n",
            ("192.0.2.21", "192.0.2.29", "192.0.2.23"),
            (),
        ),
    ],
)
def test_a_reply_correcting_one_address_of_the_quoted_original_keeps_the_others(
    body: str, production: tuple[str, ...], test: tuple[str, ...]
) -> None:
    x = _mail(body, subject="Re: Žádost")
    assert x.production_ips == production and x.test_ips == test
    assert _unsure(x, "production_ips")
    assert not test or _unsure(x, "test_ips")


def test_the_body_corrects_an_address_of_the_attached_form() -> None:
    from tests.unit.docs import docx_bytes

    form = docx_bytes(
        [
            "Žádost o přístup k výsledkům",
            [["Účel", "IP adresa"], ["produkce", "192.0.2.14"], ["produkce", "192.0.2.15"],
             ["test", "192.0.2.30"]],
        ]
    )
    x = _mail(
        "Zasílám žádost v příloze. Pozor, u ostré adresy je v ní překlep – místo 192.0.2.15 "
        "patří 192.0.2.16.\n",
        ("zadost.docx", form),
    )
    assert x.production_ips == ("192.0.2.14", "192.0.2.16") and x.test_ips == ("192.0.2.30",)
    assert _unsure(x, "production_ips")


def test_a_later_list_in_the_same_text_is_not_withdrawn_by_an_earlier_line() -> None:
    x = _mail(
        "Loňskou adresu 192.0.2.50 prosím odeberte.\n\nProdukční IP: 192.0.2.50, 192.0.2.51\n"
    )
    assert x.production_ips == ("192.0.2.50", "192.0.2.51")


@pytest.mark.parametrize(
    "text",
    [
        "Testovací adresa 192.0.2.15 má být 192.0.2.16, omlouvám se.",
        "Testovacia adresa 192.0.2.15 mala byť 192.0.2.16.",
        "Testovací IP: 192.0.2.15 - oprava, správně 192.0.2.16",
        "Test address 192.0.2.15 should read 192.0.2.16.",
    ],
)
def test_an_address_corrected_by_the_next_one_on_its_line(text: str) -> None:
    assert _placed(text) == [("192.0.2.15", T, True), ("192.0.2.16", T, False)]


# ---------------------------------------------- look-alikes: context networks, other hosts ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Naše síť je 198.51.100.0/24, povolte prosím jen 198.51.100.10 (produkce) "
            "a 198.51.100.11 (test).",
            [("198.51.100.10", P, False), ("198.51.100.11", T, False)],
        ),
        (
            "We sit in our provider's range 203.0.113.0/25; the fixed addresses we were given are "
            "203.0.113.20 and 203.0.113.21, please allow them for live use.",
            [("203.0.113.20", P, False), ("203.0.113.21", P, False)],
        ),
        (
            "Rozsah poskytovatele: 192.0.2.0 - 192.0.2.63\nProdukční IP: 192.0.2.10",
            [("192.0.2.10", P, False)],
        ),
        (
            "Sme v sieti 192.0.2.0/26 a produkčná adresa bude 192.0.2.5.",
            [("192.0.2.5", P, False)],
        ),
    ],
)
def test_a_network_holding_the_listed_addresses_is_context(
    text: str, expected: list[tuple[str, str | None, bool]]
) -> None:
    assert [p for p in _placed(text) if not p[2]] == expected
    assert any(m.excluded and m.is_block for m in find_ips(text))


@pytest.mark.parametrize(
    "text",
    [
        "Produkce: 198.51.100.8/30\nTest: 192.0.2.7",
        "Produkční rozsah: 198.51.100.8/30, z toho 198.51.100.9 je hlavní server",
    ],
)
def test_a_labelled_block_stays_requested(text: str) -> None:
    assert not any(m.excluded for m in find_ips(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Loni jsme chodili přes DNS 198.51.100.53, letos z ostré IP 203.0.113.5.", ["203.0.113.5"]),
        ("Production: 203.0.113.5 (gateway: 203.0.113.1)", ["203.0.113.5"]),
        ("Ostrý provoz 192.0.2.10, výchozí brána je 192.0.2.1, DNS server 192.0.2.53.", ["192.0.2.10"]),
        ("Produkčná IP 192.0.2.10; mail server 192.0.2.25 nepatrí k žiadosti.", ["192.0.2.10"]),
    ],
)
def test_a_host_named_as_something_else_is_not_requested(text: str, kept: list[str]) -> None:
    assert [a for a, _, gone in _placed(text) if not gone] == kept


# ---------------------------------------------- PDF tables: role cells beside several lines ---


@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
@pytest.mark.parametrize(
    ("rows", "widths", "production", "test"),
    [
        (  # several addresses in one cell, a role cell beside them
            [["Účel", "Adresy", "Pozn."],
             ["Ostrý provoz", "198.51.100.10<br/>198.51.100.11<br/>198.51.100.12", "hlavní"],
             ["Test", "198.51.100.20<br/>198.51.100.21", ""]],
            [120, 150, 100],
            ("198.51.100.10", "198.51.100.11", "198.51.100.12"),
            ("198.51.100.20", "198.51.100.21"),
        ),
        (  # Slovak, IPv6 addresses wrapped inside a narrow cell
            [["Prevádzka", "Adresy", "Poznámka"],
             ["produkčná", "2001:db8:4410:77::10, 2001:db8:4410:77::11", "dual stack"],
             ["testovacia", "203.0.113.45", "vývoj"]],
            [90, 70, 100],
            ("2001:db8:4410:77::10", "2001:db8:4410:77::11"),
            ("203.0.113.45",),
        ),
        (  # English, a range and a host mask wrapped mid-address
            [["Use", "Range", "Note"],
             ["live", "198.51.100.70–198.51.100.72", "three servers"],
             ["staging", "198.51.100.75/32", "one box"]],
            [90, 62, 100],
            ("198.51.100.70", "198.51.100.71", "198.51.100.72"),
            ("198.51.100.75",),
        ),
    ],
)
def test_a_pdf_table_row_whose_cells_span_several_lines(
    rows: list[list[str]], widths: list[int], production: tuple[str, ...],
    test: tuple[str, ...], valign: str,
) -> None:
    # without ruled cells (a ruled table whose address wraps is read by its grid:
    # test_extraction_tables) only the positions tell the rows apart: a guess
    x = _mail("Žádost v příloze.\n", ("zadost.pdf", pdf_table(rows, widths, valign, grid=False)))
    assert (x.production_ips, x.test_ips) == (production, test)
    assert _unsure(x, "production_ips") or valign == "TOP"


def test_role_cells_at_the_foot_of_their_rows_in_layout_text() -> None:
    text = (
        "      Druh                  IP adresa\n"
        "                            192.0.2.50\n"
        "      Produkce              192.0.2.51\n"
        "                            192.0.2.60\n"
        "      Test                  192.0.2.61\n"
    )
    ms = find_ips(text)
    assert _roles(text) == [("192.0.2.50", P), ("192.0.2.51", P), ("192.0.2.60", T), ("192.0.2.61", T)]
    assert not any(m.certain for m in ms) and all(m.doubt is Reason.LAYOUT for m in ms)


def test_a_list_ending_in_commas_keeps_its_lines_in_one_row() -> None:
    # a role cell of two lines; the address cell's commas say which lines are one cell
    text = (
        "                                198.51.100.31,\n"
        "   Adresy pro ostrý             198.51.100.32,\n"
        "   provoz                       198.51.100.33\n"
        "   Adresy pro testy             198.51.100.39\n"
        "   Kontakt                      Eva Malá\n"
    )
    assert _roles(text) == [
        ("198.51.100.31", P), ("198.51.100.32", P), ("198.51.100.33", P), ("198.51.100.39", T)
    ]


def test_role_cells_at_the_top_of_their_rows_in_layout_text() -> None:
    # top-aligned (the word processors' default) - or the last role cell at the foot of a
    # row of three: both fit, the first is read, unsure
    text = (
        "   Produkční IP          192.0.2.70\n"
        "                         192.0.2.71\n"
        "                         192.0.2.72\n"
        "   Testovací IP          192.0.2.80\n"
    )
    ms = find_ips(text)
    assert _roles(text) == [("192.0.2.70", P), ("192.0.2.71", P), ("192.0.2.72", P), ("192.0.2.80", T)]
    assert not any(m.certain for m in ms)
    # a role cell on the first line with more rows of its own below: only top fits, certain
    sure = "   Produkční IP          192.0.2.70\n                         192.0.2.71\n"
    assert [m.certain for m in find_ips(sure)] == [True, True]


def test_layout_guess_is_named_in_the_review_note() -> None:
    from tests.unit.docs import pdf_bytes

    pdf = pdf_bytes(["IP adresy:", "", "                    198.51.100.10",
                     "Ostrý provoz        198.51.100.11", "                    198.51.100.20",
                     "Test                198.51.100.21"])
    x = _mail("Žádost v příloze.\n", ("zadost.pdf", pdf))
    assert x.production_ips == ("198.51.100.10", "198.51.100.11")
    assert x.test_ips == ("198.51.100.20", "198.51.100.21")
    assert any("rozložení tabulky" in p.message for p in x.problems if p.code == "needs_review")


# ---------------------------------------------- written forms beyond the corpus ---------------


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("Produkce: 198.51.100.[70-72]", ["198.51.100.70", "198.51.100.71", "198.51.100.72"]),
        ("Production: 198.51.100.70, 71 and 72.", ["198.51.100.70", "198.51.100.71", "198.51.100.72"]),
        ("Ostré adresy: 203.0.113.5, 6, 7", ["203.0.113.5", "203.0.113.6", "203.0.113.7"]),
        ("Produkce: 198.51.100.64 s maskou /30",
         ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"]),
        ("Live: 198.51.100.64 (prefix /31)", ["198.51.100.64", "198.51.100.65"]),
        # a bare number after an address that is no last octet: a count, a date
        ("Produkce: 198.51.100.70, 2 servery za NAT", ["198.51.100.70"]),
        ("Produkce 198.51.100.70, 14. 1. 2023 spuštění", ["198.51.100.70"]),
    ],
)
def test_shorthand_ranges_prefixes_and_last_octets(text: str, addresses: list[str]) -> None:
    assert [str(a) for m in find_ips(text) for a in m.addresses] == addresses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pre-production (staging): 198.51.100.30\nProduction: 198.51.100.31",
         [("198.51.100.30", T), ("198.51.100.31", P)]),
        ("Předprodukční prostředí: 198.51.100.30", [("198.51.100.30", T)]),
        ("QA: 198.51.100.30\nPROD: 198.51.100.31", [("198.51.100.30", T), ("198.51.100.31", P)]),
        ("Sandbox – 192.0.2.3", [("192.0.2.3", T)]),
        ("zkuš. 192.0.2.3, zál. 192.0.2.4, prim. 192.0.2.5",
         [("192.0.2.3", T), ("192.0.2.4", P), ("192.0.2.5", P)]),
        ("Redundantní server 198.51.100.11, hlavní 198.51.100.10, test 198.51.100.20",
         [("198.51.100.11", P), ("198.51.100.10", P), ("198.51.100.20", T)]),
        ("Production: [2001:db8::10]", [("2001:db8::10", P)]),
    ],
)
def test_abbreviated_and_other_names_of_the_uses(text: str, expected: list[tuple[str, str]]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dvě produkční a jedna testovací: 198.51.100.10, 198.51.100.11, 198.51.100.12", [P, P, T]),
        ("2 production and 1 test address: 198.51.100.10, 198.51.100.11, 198.51.100.12", [P, P, T]),
        ("Servery 192.0.2.1, 192.0.2.2, 192.0.2.3 – první dvě ostré, poslední testovací.", [P, P, T]),
        ("We use 192.0.2.1, 192.0.2.2 and 192.0.2.3: the first for testing, the other two live.",
         [T, P, P]),
        ("Jedna testovacia a dve produkčné: 192.0.2.7, 192.0.2.8, 192.0.2.9", [T, P, P]),
        ("Adresy pro 1 testovací a 2 ostré stroje: 192.0.2.20, 192.0.2.21–192.0.2.22", [T, P]),
    ],
)
def test_uses_given_by_how_many_addresses_each_has(text: str, expected: list[str]) -> None:
    ms = find_ips(text)
    assert [m.role and m.role.value for m in ms] == expected
    assert not any(m.certain for m in ms)


def test_numbers_that_do_not_add_up_give_no_counted_uses() -> None:
    ms = find_ips("Dvě produkční a dvě testovací: 192.0.2.1, 192.0.2.2, 192.0.2.3")
    assert not any(m.certain for m in ms)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Loni jsme měli 192.0.2.1, letos prosíme o 192.0.2.2 (produkce).", ["192.0.2.2"]),
        ("Dříve jsme používali 192.0.2.1 a 192.0.2.3. Nově: produkce 192.0.2.2", ["192.0.2.2"]),
        ("Last year we used 198.51.100.1; this year please allow 198.51.100.2 for production.",
         ["198.51.100.2"]),
        ("Vlani sme mali 203.0.113.1, teraz máme produkčnú 203.0.113.2.", ["203.0.113.2"]),
    ],
)
def test_an_address_of_the_past_beside_one_for_now_is_withdrawn(text: str, kept: list[str]) -> None:
    assert [a for a, _, gone in _placed(text) if not gone] == kept


def test_the_past_alone_or_as_a_model_keeps_its_address() -> None:
    (m,) = find_ips("Loni jsme měli přidělenu 192.0.2.1.")
    assert not m.excluded and not m.certain and m.doubt is Reason.PAST
    (same,) = find_ips("Produkční IP stejně jako loni: 192.0.2.1")
    assert not same.excluded and same.certain


@pytest.mark.parametrize(
    "text",
    [
        "Produkční IP: 198.51.100.10\nTestovací IP: stejná jako produkční",
        "Production: 198.51.100.10\nTest: same as production",
        "Produkčná IP: 198.51.100.10\nTestovacia: tá istá ako produkčná",
        "Produkční IP: 198.51.100.10\nTestovací IP bude stejná",
    ],
)
def test_the_test_use_said_to_be_the_production_one_gives_no_test_address(text: str) -> None:
    # LABELS: testing from the production address gives no test address (r38, aj026)
    ms = [m for m in find_ips(text) if not m.excluded]
    assert [(str(m.addresses[0]), m.role and m.role.value) for m in ms] == [("198.51.100.10", P)]


@pytest.mark.parametrize(
    "text",
    [
        "Testovací IP: 198.51.100.10\nProdukční IP: stejná jako testovací",
        "Pro testování použijeme stejnou adresu jako pro ostrý provoz: 198.51.100.10",
    ],
)
def test_one_use_said_to_be_the_same_as_the_other(text: str) -> None:
    ms = find_ips(text)
    assert sorted((str(m.addresses[0]), m.role and m.role.value) for m in ms) == [
        ("198.51.100.10", P), ("198.51.100.10", T)
    ]
    assert any(not m.certain for m in ms)


# ---------------------------------------------- certainty: what a label does not cover ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a use of its own after the label, in words or a bracket: unsure
            "Produkční IP: 198.51.100.10, 198.51.100.11 (testovací server je vypnutý)",
            [("198.51.100.10", P, True), ("198.51.100.11", T, False)],
        ),
        ("Ostrý provoz: 198.51.100.10, testovací 198.51.100.20",
         [("198.51.100.10", P, True), ("198.51.100.20", T, False)]),
        # … but a label of its own is one
        ("Ostrá IP: 198.51.100.10 / testovací IP: 198.51.100.20",
         [("198.51.100.10", P, True), ("198.51.100.20", T, True)]),
        ("Live: 198.51.100.10; test: 198.51.100.20",
         [("198.51.100.10", P, True), ("198.51.100.20", T, True)]),
        # words after the address naming the other use
        ("Test IP: 198.51.100.20 (after the election it becomes production)", [("198.51.100.20", T, False)]),
        # a sentence above the address, not a heading
        ("Testovací provoz spustíme v prosinci, adresa serveru bude tato.\n198.51.100.10",
         [("198.51.100.10", T, False)]),
        # a line with a label of its own under a heading
        ("Produkční IP adresy:\n198.51.100.10\nPoznámka: do 15. 1. půjde z 198.51.100.12",
         [("198.51.100.10", P, True), ("198.51.100.12", P, False)]),
        ("Produkční adresy:\n- server 1: 198.51.100.10\n- server 2: 198.51.100.11",
         [("198.51.100.10", P, True), ("198.51.100.11", P, True)]),
    ],
)
def test_a_label_gives_certainty_only_to_what_it_covers(
    text: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert [(str(m.addresses[0]), m.role and m.role.value, m.certain) for m in find_ips(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vývojové (nepovolovat): 198.51.100.12",
        "Test server – do not whitelist: 198.51.100.12",
        "Interní stroj, neregistrovat: 198.51.100.12",
    ],
)
def test_an_address_not_to_be_allowed(text: str) -> None:
    assert [m.excluded for m in find_ips(text)] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "Produkční IP: 198.51.100.10 (bude i testovací)",
        "Live: 198.51.100.10, also for testing",
        "Produkčná IP 198.51.100.10 – aj pre testovanie",
    ],
)
def test_one_address_said_to_serve_the_other_use_too(text: str) -> None:
    ms = find_ips(text)
    assert sorted(m.role.value for m in ms if m.role) == [P, T]
    assert not all(m.certain for m in ms)


def test_the_body_and_an_attachment_giving_one_use_different_addresses_is_unsure() -> None:
    from tests.unit.docs import docx_bytes

    form = docx_bytes([[["Produkční IP", "192.0.2.10"], ["Testovací IP", "192.0.2.20"]]])
    x = _mail("Produkční IP: 192.0.2.11\nŽádost v příloze.\n", ("zadost.docx", form))
    assert set(x.production_ips) == {"192.0.2.10", "192.0.2.11"}
    assert _unsure(x, "production_ips") and not _unsure(x, "test_ips")
    same = _mail("Produkční IP: 192.0.2.10\nŽádost v příloze.\n", ("zadost.docx", form))
    assert same.production_ips == ("192.0.2.10",) and not _unsure(same, "production_ips")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IP adresy: 198.51.100.10 a 198.51.100.11. Ta druhá je jen pro testy.",
         [("198.51.100.10", None), ("198.51.100.11", T)]),
        ("Addresses: 198.51.100.10, 198.51.100.11 - the latter is our test box.",
         [("198.51.100.10", None), ("198.51.100.11", T)]),
        ("Adresy 192.0.2.1, 192.0.2.2 a 192.0.2.3, přičemž poslední slouží k testování.",
         [("192.0.2.1", None), ("192.0.2.2", None), ("192.0.2.3", T)]),
        ("IP: 192.0.2.1 a 192.0.2.2; prvá je produkčná.", [("192.0.2.1", P), ("192.0.2.2", None)]),
    ],
)
def test_an_ordinal_after_the_addresses_points_at_one_of_them(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    ms = find_ips(text)
    assert _roles(text) == expected
    assert not any(m.certain for m in ms)


@pytest.mark.parametrize(
    "body",
    [
        "K původní žádosti přidáváme ještě jednu produkční IP: 192.0.2.12.\n\n"
        "Dne 30. 11. 2022 Jana Malá <jana@zpravy.example> napsal(a):\n"
        "> Produkční IP: 192.0.2.10, 192.0.2.11\n",
        "Please add one more production address to my request below: 192.0.2.12\n\n"
        "On Wed, 30 Nov 2022, Jana Malá <jana@zpravy.example> wrote:\n"
        "> Production: 192.0.2.10, 192.0.2.11\n",
    ],
)
def test_a_reply_adding_an_address_of_a_use_keeps_the_originals(body: str) -> None:
    x = _mail(body, subject="Re: Žádost")
    assert set(x.production_ips) == {"192.0.2.10", "192.0.2.11", "192.0.2.12"}
    assert _unsure(x, "production_ips")


def test_a_reply_replacing_the_list_of_a_use_drops_the_originals() -> None:
    x = _mail(
        "Produkční IP se nám změnily, platí nově: 192.0.2.30 (viz původní žádost níže).\n\n"
        "Dne 30. 11. 2022 Jana Malá <jana@zpravy.example> napsal(a):\n"
        "> Produkční IP: 192.0.2.10, 192.0.2.11\n> Testovací IP: 192.0.2.20\n",
        subject="Re: Žádost",
    )
    assert x.production_ips == ("192.0.2.30",) and x.test_ips == ("192.0.2.20",)


@pytest.mark.parametrize(
    "body",
    [
        "Náš web běží na 198.51.100.80, XML budeme stahovat z 198.51.100.10.\n",
        "Our website is hosted at 198.51.100.80 and the feed client runs on 198.51.100.10.\n",
        "Redakční e-mail jde přes 198.51.100.80; stahovat budeme z 198.51.100.10.\n",
    ],
)
def test_an_address_beside_another_kind_of_server_is_unsure(body: str) -> None:
    x = _mail(body)
    assert "198.51.100.10" in x.production_ips and _unsure(x, "production_ips")
    assert any("jinému serveru" in p.message for p in x.problems if p.code == "needs_review")


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("Produkce: 198.51.100.8\nMaska: 255.255.255.252",
         ["198.51.100.8", "198.51.100.9", "198.51.100.10", "198.51.100.11"]),
        ("IP address: 198.51.100.8\nSubnet mask: 255.255.255.255", ["198.51.100.8"]),
        # a mask far from any address is no address either
        ("Produkce: 198.51.100.8\n\nKontakt: Jana Malá\nTelefon: 601 123 456\nMaska: 255.255.255.0",
         ["198.51.100.8"]),
        # a version after a product named in CamelCase
        ("Používáme FeedReader 2.4.1.9 na serveru 198.51.100.8 (ostrý provoz).", ["198.51.100.8"]),
    ],
)
def test_a_mask_on_its_own_line_and_a_products_version(text: str, addresses: list[str]) -> None:
    assert [str(a) for m in find_ips(text) if not m.excluded for a in m.addresses] == addresses


def test_indented_lists_under_headings_are_no_table() -> None:
    text = (
        "Produkční adresy:\n    192.0.2.1\n    192.0.2.2\nTestovací:\n    192.0.2.3\n"
        "    192.0.2.4\n    192.0.2.5\n"
    )
    assert _roles(text) == [
        ("192.0.2.1", P), ("192.0.2.2", P), ("192.0.2.3", T), ("192.0.2.4", T), ("192.0.2.5", T)
    ]
    assert all(m.certain for m in find_ips(text))


@pytest.mark.parametrize(
    "text",
    [
        "Původně uvedená adresa 192.0.2.1 zůstává, nově přidáváme produkční 192.0.2.2.",
        "Povolte prosím dříve než 10. 1. ostrou 192.0.2.1 a nově i 192.0.2.2.",
    ],
)
def test_an_address_that_stays_is_no_address_of_the_past(text: str) -> None:
    assert [a for a, _, gone in _placed(text) if not gone] == ["192.0.2.1", "192.0.2.2"]


def test_a_block_of_one_use_holding_an_address_of_the_other_stays() -> None:
    ms = find_ips("Ostrý provoz z rozsahu 198.51.100.0/30, test z 198.51.100.2.")
    assert [(m.count, m.role, m.excluded) for m in ms] == [
        (4, Role.PRODUCTION, False), (1, Role.TEST, False)
    ]


# ---------------------------------------------- certainty: no competing candidate ------------


@pytest.mark.parametrize(
    "body",
    [
        "Produkční IP: 198.51.100.7\nTestovací IP: 198.51.100.8\n\n"
        "Stahovat bude náš FeedReader 2.4.1.9.\n",
        "Produkcni IP: 198.51.100.7\nTestovaci IP: 198.51.100.8\n\nStahuje NewsPuller 3.1.0.2\n",
        "Production IP: 198.51.100.7\nTest IP: 198.51.100.8\n\n"
        "The download runs in ResultsGrabber 5.0.0.1 on both.\n",
        "Produkčná IP: 198.51.100.7\nTestovacia IP: 198.51.100.8\n\nSťahuje VolbyKlient 1.2.3.4.\n",
    ],
)
def test_an_address_like_token_no_rule_placed_leaves_both_lists_unsure(body: str) -> None:
    x = _mail(body)
    assert x.production_ips == ("198.51.100.7",) and x.test_ips == ("198.51.100.8",)
    for key in ("production_ips", "test_ips"):
        assert x.fields[key].reason == Reason.STRAY


@pytest.mark.parametrize(
    "body",
    [
        "Produkční IP: 198.51.100.7\nTestovací IP: 198.51.100.8\nStahovač verze 2.4.1.9.\n",
        "Production IP: 198.51.100.7\nTest IP: 198.51.100.8\nClient version 2.4.1.9, OID 2.5.29.32\n",
        "Produkční IP: 198.51.100.7\nMaska: 255.255.255.255\nTestovací IP: 198.51.100.8\n",
        "Produkční IP: 198.51.100.7\nTestovací IP: 198.51.100.8\nFeed: https://203.0.113.5/xml\n",
    ],
)
def test_a_token_named_as_a_version_mask_or_url_is_no_competing_address(body: str) -> None:
    x = _mail(body)
    assert x.production_ips == ("198.51.100.7",) and x.test_ips == ("198.51.100.8",)
    assert not _unsure(x, "production_ips") and not _unsure(x, "test_ips")


@pytest.mark.parametrize(
    "body",
    [
        "Produkční IP: 198.51.100.7\nTestovací IP: 198.51.100.7\n",
        "Production\tTest\n198.51.100.7\t198.51.100.7\n",
    ],
)
def test_one_address_in_both_lists_is_unsure(body: str) -> None:
    x = _mail(body)
    assert x.production_ips == ("198.51.100.7",) == x.test_ips
    assert x.fields["production_ips"].reason == x.fields["test_ips"].reason == Reason.BOTH_USES


@pytest.mark.parametrize(
    "body",
    [
        "K žádosti níže posílám aktuální produkční IP 203.0.113.71\n\n"
        "Dne 30. 11. 2022 v 16:00 Jana Malá <jana@zpravy.example> napsal(a):\n"
        "> Produkční IP: 203.0.113.70\n> Testovací IP: 203.0.113.77\n",
        "Further to my original message below, production: 203.0.113.71\n\n"
        "On 30 Nov 2022 Jana Malá <jana@zpravy.example> wrote:\n"
        "> Production: 203.0.113.70\n> Test: 203.0.113.77\n",
    ],
)
def test_a_use_the_earlier_message_gives_other_addresses_is_unsure(body: str) -> None:
    x = _mail(body, subject="Re: Žádost")
    assert x.production_ips == ("203.0.113.71",) and x.test_ips == ("203.0.113.77",)
    assert x.fields["production_ips"].reason == Reason.EARLIER


@pytest.mark.parametrize(
    "body",
    [
        "Produkční IP:198.51.100.7\nTestovací IP:198.51.100.8\n",
        "Production IP:198.51.100.7; test IP:198.51.100.8\n",
    ],
)
def test_a_label_glued_to_its_address(body: str) -> None:
    x = _mail(body)
    assert x.production_ips == ("198.51.100.7",) and x.test_ips == ("198.51.100.8",)


# ---------------------------------------------- roles by order, headings above columns -------

A, B, C = "203.0.113.150", "203.0.113.151", "203.0.113.12"


@pytest.mark.parametrize(
    "text",
    [
        f"Our two machines are {A} and {B}, for production and testing respectively. "
        f"The address {C} we gave you by phone is no longer in use.",
        f"Servery {A} a {B} slouží pro ostrý, resp. testovací provoz. Dříve používaná {C} "
        "už neplatí, nepovolujte ji.",
        f"Adresy {A} a {B} jsou pro ostry a testovaci provoz v tomto poradi. Adresu {C} "
        "prosim nepovolujte.",
        f"Adresy {A} a {B} sú pre ostrú, resp. testovaciu prevádzku. Adresa {C} sa už "
        "nepoužíva.",
    ],
)
def test_roles_in_order_are_read_in_their_own_sentence(text: str) -> None:
    assert [(a, r) for a, r, gone in _placed(text) if not gone] == [(A, P), (B, T)]
    assert [a for a, _, gone in _placed(text) if gone] == [C]


@pytest.mark.parametrize(
    "body",
    [
        f"The machines:\n\nLive (production):\n  {A}   ingest-a.lon\n  {B}   ingest-b.lon\n"
        f"Test only:\n  {C}    staging\n\nRegards\n",
        f"Ostrý provoz:\n    {A}    srv1.redakce\n    {B}    srv2.redakce\nTestovací:\n"
        f"    {C}    notebook\n",
        f"Ostry provoz:\n\t{A}\tsrv1\n\t{B}\tsrv2\nTestovaci:\n\t{C}\tnb\n",
    ],
)
def test_a_heading_between_indented_lists_with_notes_is_no_table_cell(body: str) -> None:
    x = _mail(body)
    assert x.production_ips == (A, B) and x.test_ips == (C,)
    assert not _unsure(x, "production_ips") and not _unsure(x, "test_ips")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an enumeration's next item is no last octet
            "1) přístup k XML – ostré 198.51.100.230 a 198.51.100.231, testovací 198.51.100.239, "
            "2) povolení natáčet",
            [("198.51.100.230", P), ("198.51.100.231", P), ("198.51.100.239", T)],
        ),
        (
            "1. pristup - ostre IP 198.18.20.5, testovaci IP 198.18.21.5, 2. povoleni pro stab",
            [("198.18.20.5", P), ("198.18.21.5", T)],
        ),
        (
            "(1) feed access: production 192.0.2.5, test 192.0.2.6, (2) a filming permit",
            [("192.0.2.5", P), ("192.0.2.6", T)],
        ),
        (  # an abbreviated use before its label is no end of a sentence
            "Žádost – prod. IP 198.51.100.140 a 198.51.100.141, test. IP 198.51.100.150",
            [("198.51.100.140", P), ("198.51.100.141", P), ("198.51.100.150", T)],
        ),
        (
            "Prod. adresy 198.51.100.140, 198.51.100.141; zál. server 198.51.100.142, "
            "tst. IP 198.51.100.150",
            [("198.51.100.140", P), ("198.51.100.141", P), ("198.51.100.142", P),
             ("198.51.100.150", T)],
        ),
        (  # testing named by a noun ('zkoušení', 'zkouška')
            "Ostré budou 203.0.113.33 a 203.0.113.34. Na zkoušení před volbami použijeme "
            "203.0.113.39.",
            [("203.0.113.33", P), ("203.0.113.34", P), ("203.0.113.39", T)],
        ),
        (
            "Ostre: 203.0.113.33. Pro zkousku spojeni 203.0.113.39.",
            [("203.0.113.33", P), ("203.0.113.39", T)],
        ),
    ],
)
def test_enumerations_abbreviations_and_nouns_for_testing(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(a, r) for a, r, gone in _placed(text) if not gone] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pro ostrý provoz 198.51.100.41, pro testování 198.51.100.200, kterou po volbách zrušíme.",
        "Test: 198.51.100.200 (po skonceni voleb ji zrusime)",
        "Test server 198.51.100.200, which we will remove after the election.",
        "Testovacia 198.51.100.200, ktorú po voľbách zrušíme.",
    ],
)
def test_a_removal_planned_for_after_the_elections_is_no_withdrawal(text: str) -> None:
    assert ("198.51.100.200", T, False) in _placed(text)


def test_trying_from_the_production_server_is_no_testing() -> None:
    text = "Web běží na serveru 198.51.100.180, testovací nemáme – budeme zkoušet rovnou odtud."
    assert _placed(text) == [("198.51.100.180", None, False)]


@pytest.mark.parametrize(
    ("body", "production", "test"),
    [
        (
            "Adresy pro ostrý provoz: 203.0.113.25 a 203.0.113.26\nTestovací adresa: 203.0.113.30\n\n"
            "Ještě oprava: ta druhá ostrá adresa není .26, ale 203.0.113.62.\n",
            ("203.0.113.25", "203.0.113.62"), ("203.0.113.30",),
        ),
        (
            "ostre: 203.0.113.90, 203.0.113.91\ntestovaci: 203.0.113.99\n\n"
            "jo a jeste - .99 je nas stary router, ktery uz nepouzivame. Spravne ma byt 203.0.113.98.\n",
            ("203.0.113.90", "203.0.113.91"), ("203.0.113.98",),
        ),
        (
            "Production | 203.0.113.25, 203.0.113.26\nTest | 203.0.113.30\n\n"
            "Sorry, the second production address is not .26 but 203.0.113.62.\n",
            ("203.0.113.25", "203.0.113.62"), ("203.0.113.30",),
        ),
        (
            "Ostrá prevádzka: 203.0.113.25, 203.0.113.26\nTestovacia: 203.0.113.30\n\n"
            "Oprava: .30 je chybne, správne je testovacia 203.0.113.31.\n",
            ("203.0.113.25", "203.0.113.26"), ("203.0.113.31",),
        ),
    ],
)
def test_a_correction_naming_the_wrong_address_by_its_last_octet(
    body: str, production: tuple[str, ...], test: tuple[str, ...]
) -> None:
    x = _mail(body)
    assert x.production_ips == production and x.test_ips == test
    assert _unsure(x, "production_ips") or _unsure(x, "test_ips")


def test_a_last_octet_the_text_does_not_call_wrong_withdraws_nothing() -> None:
    x = _mail("Ostré: 203.0.113.25, 203.0.113.26\nTest: 203.0.113.30\n\nAdresa .26 je záložní.\n")
    assert x.production_ips == ("203.0.113.25", "203.0.113.26") and x.test_ips == ("203.0.113.30",)


NET = ("198.18.20.8", "198.18.20.9", "198.18.20.10", "198.18.20.11")


@pytest.mark.parametrize(
    "paragraph",
    [
        "We ask for access from our newsroom network 198.18.20.8 with netmask 255.255.255.252 "
        "(production). We do not need test access.",
        "Produkční síť redakce: 198.18.20.8 s maskou 255.255.255.252, testovací nemáme.",
        "Produkcni sit: 198.18.20.8 with the subnet mask 255.255.255.252",
        "Zugang für unser Netz (Produktion) 198.18.20.8 mit der Netzmaske 255.255.255.252.",
    ],
)
def test_an_address_with_a_netmask_named_in_words_in_a_docx(paragraph: str) -> None:
    from tests.unit.docs import docx_bytes

    x = _mail("Registration attached.\n", ("registration.docx", docx_bytes([paragraph])))
    assert x.production_ips == NET and x.test_ips == ()


@pytest.mark.parametrize(
    "note",
    [
        "Stahovat budeme nasim klientem volby-fetch 2.4.1.7 (bezi na Debianu 11.6), interval 30 s.",
        "Stahovat budeme naším stahovačem vysledky-dl 2.4.1.7 každých 30 sekund.",
        "We download with our script results_pull 2.4.1.7 every 30 seconds.",
        "Sťahovať budeme naším nástrojom volby-sync 2.4.1.7.",
    ],
)
def test_a_programs_version_beside_labelled_lists_is_no_address(note: str) -> None:
    x = _mail(f"ostra: 198.18.150.21, 198.18.150.22\ntestovaci: 198.18.150.30\n\n{note}\n")
    assert x.production_ips == ("198.18.150.21", "198.18.150.22")
    assert x.test_ips == ("198.18.150.30",)
    assert _unsure(x, "test_ips")  # a token the rules set aside is never certain


def test_a_script_on_a_server_is_no_version() -> None:
    x = _mail("Testovací skript na 198.18.150.30 poběží jen do voleb.\nOstrá: 198.18.150.21\n")
    assert x.test_ips == ("198.18.150.30",) and x.production_ips == ("198.18.150.21",)


@pytest.mark.parametrize(
    "text",
    [
        "Adresy serverů (sloupec Role: P = produkční / ostrý provoz, T = testovací):\n\n"
        "   Role     Adresa            Umístění\n   P        198.51.100.180    VPS Ostrava\n"
        "   T        198.51.100.181    VPS Ostrava\n   P        198.51.100.190    kancelář\n",
        "Use: L - live, S - staging\n\nUse\tAddress\nL\t198.51.100.180\nS\t198.51.100.181\n"
        "L\t198.51.100.190\n",
        "Legenda: O = ostrá prevádzka, T = testovacia\n| O | 198.51.100.180 |\n| T | 198.51.100.181 |\n"
        "| O | 198.51.100.190 |\n",
    ],
)
def test_role_letters_explained_by_a_legend(text: str) -> None:
    assert [(a, r) for a, r, gone in _placed(text) if not gone] == [
        ("198.51.100.180", P), ("198.51.100.181", T), ("198.51.100.190", P)
    ]


def test_role_letters_explained_by_a_legend_in_apdf_table() -> None:
    rows = [
        ["Role (P = produkční, T = testovací)", "Adresa", "Umístění"],
        ["P", "198.51.100.180", "VPS Ostrava"],
        ["T", "198.51.100.181", "VPS Ostrava"],
        ["P", "198.51.100.190", "kancelář"],
    ]
    x = _mail("Žádost v příloze.\n", ("zadost.pdf", pdf_table(rows, [250, 110, 90], "TOP")))
    assert x.production_ips == ("198.51.100.180", "198.51.100.190")
    assert x.test_ips == ("198.51.100.181",)


def test_letters_without_a_legend_give_no_use() -> None:
    assert _placed("A   198.51.100.180\nB   198.51.100.181\n") == [
        ("198.51.100.180", None, False), ("198.51.100.181", None, False)
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Omlouvám se, v žádosti níže jsem prohodil role dvou adres: 198.51.100.12 je naše "
        "testovací a 198.51.100.15 je ostrá. Ostatní údaje platí.\n\n"
        "Dne 2. 2. 2023 Jana Malá <jana@zpravy.example> napsal(a):\n"
        "> Ostré IP: 198.51.100.11, 198.51.100.12\n> Testovací IP: 198.51.100.15\n",
        "Sorry, in my message below I swapped two addresses: 198.51.100.12 is our test box and "
        "198.51.100.15 is production. Everything else stays.\n\n"
        "On 2 Feb 2023 Jana Malá <jana@zpravy.example> wrote:\n"
        "> Production: 198.51.100.11, 198.51.100.12\n> Test: 198.51.100.15\n",
        "Prepáčte, v žiadosti nižšie som zamenila adresy, je to naopak: 198.51.100.12 je "
        "testovacia a 198.51.100.15 produkčná.\n\n"
        "Dňa 2. 2. 2023 Jana Malá <jana@zpravy.example> napísala:\n"
        "> Produkčné IP: 198.51.100.11, 198.51.100.12\n> Testovacia IP: 198.51.100.15\n",
    ],
)
def test_a_follow_up_swapping_two_addresses_keeps_the_originals_others(body: str) -> None:
    x = _mail(body, subject="Re: Žádost")
    assert x.production_ips == ("198.51.100.11", "198.51.100.15")
    assert x.test_ips == ("198.51.100.12",)
    assert _unsure(x, "production_ips") and _unsure(x, "test_ips")


@pytest.mark.parametrize(
    "new",
    [
        "k naší žádosti (viz níže) ještě doplňuji druhou testovací adresu 198.51.100.99.",
        "k nasi zadosti nize jeste doplnuji druhou testovaci adresu 198.51.100.99.",
        "k žiadosti nižšie dopĺňam ešte druhú testovaciu adresu 198.51.100.99.",
        "Further to my application below: one more test address, 198.51.100.99.",
    ],
)
def test_a_reply_adding_a_second_address_of_a_use_keeps_the_originals(new: str) -> None:
    x = _mail(
        f"{new}\n\nDne 6. 2. 2023 Jana Malá <jana@zpravy.example> napsal(a):\n"
        "> Ostrý provoz: 198.51.100.94, 198.51.100.95\n> Test: 198.51.100.98\n",
        subject="Re: Žádost",
    )
    assert x.production_ips == ("198.51.100.94", "198.51.100.95")
    assert x.test_ips == ("198.51.100.98", "198.51.100.99")
    assert _unsure(x, "test_ips")


@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
@pytest.mark.parametrize(
    ("rows", "production", "test"),
    [
        (
            [["Environment", "Addresses", "Notes"],
             ["Production", "192.0.2.96/30", "school data centre, the NAT pool of our ingest servers"],
             ["Test", "2001:db8:c3::10<br/>2001:db8:c3::11", "lab network, used before election day only"]],
            ("192.0.2.96", "192.0.2.97", "192.0.2.98", "192.0.2.99"),
            ("2001:db8:c3::10", "2001:db8:c3::11"),
        ),
        (
            [["Prostředí", "Adresy", "Poznámka"],
             ["Ostrý provoz", "192.0.2.96/31", "datové centrum školy, NAT pro naše stahovací stroje"],
             ["Testovací", "2001:db8:c3::10<br/>2001:db8:c3::11", "laboratoř, jen do dne voleb"]],
            ("192.0.2.96", "192.0.2.97"),
            ("2001:db8:c3::10", "2001:db8:c3::11"),
        ),
    ],
)
def test_a_pdf_rows_note_cell_taller_than_its_address_and_role(
    rows: list[list[str]], production: tuple[str, ...], test: tuple[str, ...], valign: str
) -> None:
    x = _mail("Request attached.\n", ("request.pdf", pdf_table(rows, [100, 120, 130], valign)))
    assert (x.production_ips, x.test_ips) == (production, test)


@pytest.mark.parametrize(
    "body",
    [
        "na výzvu níže reaguji: server, ze kterého budu stahovat, má adresu 203.0.113.77.\n\n"
        "Díky předem\nTomáš Kreml\n\n"
        "po 16. 1. 2023 v 9:14 odesílatel Šindelář Radek <volby.media@czso.cz> napsal:\n\n"
        "> Vážené redakce,\n> žádost musí obsahovat IP adresy. Vzor: ostrý provoz 192.0.2.10, "
        "test 192.0.2.20.\n",
        "In reply to your call below: the server we will use is 203.0.113.77.\n\nBest,\nTom\n\n"
        "On Mon, 16 Jan 2023 at 09:14, Volby CZSO <volby.media@czso.cz> wrote:\n\n"
        "> Dear newsrooms,\n> Example: production 192.0.2.10, test 192.0.2.20.\n",
        "Na výzvu nižšie: náš server má adresu 203.0.113.77.\n\nVďaka\nTomáš\n\n"
        "Dňa 16. 1. 2023 o 9:14 Volby ČSÚ <volby.media@czso.cz> napísal:\n\n"
        "> Vzor: ostrý provoz 192.0.2.10, test 192.0.2.20.\n",
    ],
)
def test_the_offices_quoted_call_under_a_header_closing_the_signature_is_not_the_original(
    body: str,
) -> None:
    x = _mail(body, subject="Re: Výzva")
    assert x.production_ips == ("203.0.113.77",) and x.test_ips == ()


# ------------------------- round 5: principles an officer applies, in wordings of every kind ----
# Principle 1: a correction names the wrong value and its replacement; the wrong one, however it
# is named (in full, by its last octet, "changes to", "ne/not/nie …"), is withdrawn and the
# replacement takes its place and use; an address on a line that corrects is never certain.


@pytest.mark.parametrize(
    "text",
    [
        "Testovací adresa 192.0.2.15 se mění na 192.0.2.16.",
        "testovaci adresa 192.0.2.15 se meni na 192.0.2.16, puvodni stroj jsme vyradili",
        "Testovacia adresa 192.0.2.15 sa mení na 192.0.2.16.",
        "The test address 192.0.2.15 changes to 192.0.2.16 from Monday.",
        "Our test address 192.0.2.15 has changed to 192.0.2.16.",
        "Test IP: 192.0.2.15 → 192.0.2.16 (new machine)",
        "Testovací IP se změnila z 192.0.2.15 na 192.0.2.16.",
        "Testovací adresu 192.0.2.15 nahraďte prosím adresou 192.0.2.16.",
        "Testovaciu adresu 192.0.2.15 vymeňte, prosím, za 192.0.2.16.",
        "Please replace the test address 192.0.2.15 with 192.0.2.16.",
    ],
)
def test_an_address_that_changes_to_another_is_replaced(text: str) -> None:
    assert _placed(text) == [("192.0.2.15", T, True), ("192.0.2.16", T, False)]
    # never certain: a doubt on the replacement makes its list unsure
    assert all(m.doubt is Reason.CORRECTED for m in find_ips(text) if not m.excluded)


_LABELLED = "Produkční adresy: 198.51.100.15, 198.51.100.52\nTestovací adresa: 198.51.100.53\n\n"


@pytest.mark.parametrize(
    "note",
    [
        "Oprava: v první produkční adrese jsem přehodil číslice, správně má být\n"
        "198.51.100.51 (ne .15). Ostatní adresy platí.\n",
        "Oprava: prvni produkcni adresa ma byt 198.51.100.51, ne .15.\n",
        "Oprava: prvá produkčná adresa má byť 198.51.100.51 (nie .15).\n",
        "Correction: the first production address should be 198.51.100.51 (not .15).\n",
        "Sorry, a typo: 198.51.100.51 instead of .15 for production.\n",
        "Korektura – místo .15 platí 198.51.100.51.\n",
    ],
)
def test_a_later_correction_naming_the_wrong_address_by_its_last_octet(note: str) -> None:
    x = _mail(_LABELLED + note)
    assert x.production_ips == ("198.51.100.51", "198.51.100.52")
    assert x.test_ips == ("198.51.100.53",)
    assert _unsure(x, "production_ips")


@pytest.mark.parametrize(
    "body",
    [
        "oprava k mé včerejší žádosti: testovací adresa 198.51.100.99 se mění na 198.51.100.98"
        "\n(stroj .99 jsme museli vyřadit). Ostatní údaje platí beze změny.\n\n"
        "Dne 07.09.2022 v 15:31 Jana Malá <jana@zpravy.example> napsal(a):\n"
        "> produkční IP: 198.51.100.96, 198.51.100.97\n> testovací IP: 198.51.100.99\n",
        "A change to my request below: the test address 198.51.100.99 is replaced by "
        "198.51.100.98.\n\nOn Tue, 6 Sep 2022 at 15:31, Jana Malá <jana@zpravy.example> wrote:\n"
        "> Production: 198.51.100.96, 198.51.100.97\n> Test: 198.51.100.99\n",
        "Zmena k mojej žiadosti: testovacia adresa 198.51.100.99 sa mení na 198.51.100.98.\n\n"
        "Dňa 6. 9. 2022 o 15:31 Jana Malá <jana@zpravy.example> napísala:\n"
        "> Produkčné IP: 198.51.100.96, 198.51.100.97\n> Testovacia IP: 198.51.100.99\n",
    ],
)
def test_a_reply_to_ones_own_mail_changing_an_address_replaces_it(body: str) -> None:
    x = _mail(body, subject="Re: Žádost")
    assert x.production_ips == ("198.51.100.96", "198.51.100.97")
    assert x.test_ips == ("198.51.100.98",)
    assert _unsure(x, "test_ips")


# Principle 2: a range, list or sentence goes on across a line break after its connecting word
# ("od A do", "from A to", "A až", "A, resp."): the next line's address ends it.


@pytest.mark.parametrize(
    "text",
    [
        "Ostré pripojenie pôjde zo štyroch adries v rozsahu od 198.51.100.20 do\n"
        "198.51.100.23 (vrátane), na testovanie použijeme 198.51.100.30.",
        "Ostrý provoz poběží z adres od 198.51.100.20 až\n198.51.100.23, testovat budeme z "
        "198.51.100.30.",
        "Ostry provoz pujde z rozsahu 198.51.100.20 az\n198.51.100.23, testovat budeme z "
        "198.51.100.30.",
        "Live traffic will come from 198.51.100.20 to\n198.51.100.23 inclusive; testing from "
        "198.51.100.30.",
        "For production we use the range from 198.51.100.20 through\n198.51.100.23, for testing "
        "198.51.100.30.",
        "Produkcia: 198.51.100.20 -\n198.51.100.23, test: 198.51.100.30",
    ],
)
def test_a_range_broken_at_the_end_of_a_line(text: str) -> None:
    got = _roles(text)
    assert got == [(f"198.51.100.{i}", P) for i in range(20, 24)] + [("198.51.100.30", T)]


# Principle 3: a lead ending in a colon describes the list below it as if written on its line:
# uses given by count or order there apply to the addresses that follow.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Registrujeme dvě adresy pro ostrý provoz a jednu testovací, v tomto pořadí:\n"
         "192.0.2.33, 192.0.2.34, 192.0.2.99.", [P, P, T]),
        ("Registrujeme dve adresy pro ostry provoz a jednu testovaci, v tomto poradi:\n"
         "192.0.2.33, 192.0.2.34, 192.0.2.99", [P, P, T]),
        ("Posielame jednu testovaciu a dve produkčné adresy:\n192.0.2.7\n192.0.2.8\n192.0.2.9",
         [T, P, P]),
        ("We register two live addresses and one for testing, in this order:\n"
         "- 192.0.2.33\n- 192.0.2.34\n- 192.0.2.99", [P, P, T]),
        ("The first two are for production, the last one for testing:\n"
         "1) 203.0.113.5\n2) 203.0.113.6\n3) 203.0.113.7", [P, P, T]),
        ("Adresy pro ostrý, resp. testovací provoz:\n203.0.113.5, 203.0.113.9", [P, T]),
    ],
)
def test_uses_by_count_or_order_in_a_lead_above_the_list(
    text: str, expected: list[str]
) -> None:
    ms = [m for m in find_ips(text) for _ in m.addresses]
    assert [m.role and m.role.value for m in ms] == expected
    assert not any(m.certain for m in ms)


# Principle 4: an address the text says is no longer valid or used (in any wording, with or
# without diacritics) is withdrawn, not read with the use of the sentence before it.


@pytest.mark.parametrize(
    "text",
    [
        "Server mame novy: ostry 192.0.2.77, testovaci 192.0.2.78. Ta stara adresa 192.0.2.5 uz "
        "neplati, to byl ten server co nam loni odesel.",
        "Ostrý 192.0.2.77, testovací 192.0.2.78. Adresa 192.0.2.5 už neplatí.",
        "Ostrá 192.0.2.77, testovacia 192.0.2.78. Adresa 192.0.2.5 už neplatí, server sme zrušili.",
        "Live 192.0.2.77, test 192.0.2.78. The address 192.0.2.5 is no longer valid.",
        "Live 192.0.2.77, test 192.0.2.78. 192.0.2.5 is obsolete now.",
        "Ostrý 192.0.2.77, testovací 192.0.2.78. Adresa 192.0.2.5 přestala platit.",
    ],
)
def test_an_address_no_longer_valid_is_withdrawn(text: str) -> None:
    assert [(a, r) for a, r, gone in _placed(text) if not gone] == [
        ("192.0.2.77", P), ("192.0.2.78", T)
    ]


# Principle 5: a use written after a sentence's full stop belongs to the next sentence and its
# addresses, never to the address that ends the sentence before it.


@pytest.mark.parametrize(
    "text",
    [
        "Our ingest servers are IPv6-only for production: 2001:db8:4a1::10 and 2001:db8:4a1::11. "
        "For testing before the night we'll use one IPv4 box, 192.0.2.200.",
        "Live feed comes from 198.51.100.10 and 198.51.100.11. For the dry run only one machine, "
        "192.0.2.200.",
        "Ostrý provoz: 198.51.100.10 a 198.51.100.11. Na testování jeden notebook, 192.0.2.200.",
        "Ostry provoz pobezi z 198.51.100.10 a 198.51.100.11. Pro testy stari jeden stroj, "
        "192.0.2.200.",
        "Pre ostrú prevádzku 198.51.100.10 a 198.51.100.11. Na testovanie jeden server, "
        "192.0.2.200.",
        "Produkce: 198.51.100.10, 198.51.100.11. Testovat budeme z redakce, 192.0.2.200.",
    ],
)
def test_a_use_after_a_full_stop_belongs_to_the_next_sentence(text: str) -> None:
    roles = [r for _, r in _roles(text)]
    assert roles == [P, P, T]


# Principle 6: addresses serve only the feed: an application whose last word declines or
# withdraws the feed asks for no addresses, wherever they are written (the request types say
# why and stay unsure).


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("dopĺňam našu žiadosť z pondelka: prístup k XML serveru nakoniec nepotrebujeme, "
         "preto túto časť žiadosti sťahujeme. Povolenie na nakrúcanie naďalej platí.\n\n"
         "Dňa 12. 12. 2022 o 9:05 Jana Malá <jana@zpravy.example> napísala:\n"
         "> Žiadame o prístup k XML serveru (produkcia 198.51.100.161, test 198.51.100.162)\n"
         "> a o povolenie nakrúcať na preberacom mieste.\n", "Re: Žiadosť"),
        ("K mé žádosti níže: přístup k XML serveru nakonec nepotřebujeme, žádost o něj "
         "stahujeme. O povolení k natáčení žádáme dál.\n\n"
         "Dne 12. 12. 2022 v 9:05 Jana Malá <jana@zpravy.example> napsal(a):\n"
         "> Žádáme o přístup k XML (produkční IP 198.51.100.161, testovací 198.51.100.162)\n"
         "> a o povolení k natáčení na přebíracím místě.\n", "Re: Žádost"),
        ("Regarding my request below: we withdraw the request for the XML feed, we no longer "
         "need it. The filming permit request stands.\n\n"
         "On Mon, 12 Dec 2022 at 09:05, Jana Malá <jana@zpravy.example> wrote:\n"
         "> We ask for access to the XML server (production 198.51.100.161, test 198.51.100.162)\n"
         "> and for a permit to film at the collection point.\n", "Re: Request"),
        ("Naše servery 198.51.100.161 (ostrý) a 198.51.100.162 (test) znáte z minula, letos "
         "ale přístup k XML serveru nepotřebujeme. Žádáme jen o povolení k natáčení na "
         "přebíracím místě.\n", "Žádost"),
        ("Nase servery 198.51.100.161 (ostry) a 198.51.100.162 (test) znate, letos ale "
         "pristup k XML serveru nepotrebujeme. Zadame jen o povoleni k nataceni na "
         "prebiracim miste.\n", "Zadost"),
        ("We only ask for a filming permit at the collection point. We do not need access to "
         "the XML server after all, so please ignore 198.51.100.161 and 198.51.100.162.\n",
         "Request"),
    ],
)
def test_no_addresses_when_the_feed_is_declined_or_withdrawn(body: str, subject: str) -> None:
    x = _mail(body, subject=subject)
    assert x.request_types == ("recording_permit",)
    assert (x.production_ips, x.test_ips) == ((), ())
    assert "production_ips" not in x.fields and "test_ips" not in x.fields
    assert _unsure(x, "request_types")


# Principle 7: a reply header is any line that names who wrote the text below ("… napsal:",
# "… napísala:", "… wrote:", "… schrieb:", "… napisał:", "… a écrit :"), with or without "Dne";
# the applicant's own original quoted below the office's reply is the text the new one completes.


@pytest.mark.parametrize(
    ("header", "office_header"),
    [
        ("po 26. 9. 2022 v 16:02 Jana Malá <jana@zpravy.example> napsal:",
         "út 27. 9. 2022 v 10:14 odesílatel Volby ČSÚ <volby@czso.cz> napsal:"),
        ("po 26. 9. 2022 v 16:02 Jana Malá <jana@zpravy.example> napsala:",
         "út 27. 9. 2022 v 10:14 Volby ČSÚ <volby@czso.cz> napsal:"),
        ("26. 9. 2022 16:02, Jana Malá <jana@zpravy.example> napísala:",
         "27. 9. 2022 10:14, Volby ČSÚ <volby@czso.cz> napísal:"),
        ("Am 26.09.2022 um 16:02 schrieb Jana Malá <jana@zpravy.example>:",
         "Am 27.09.2022 um 10:14 schrieb Volby ČSÚ <volby@czso.cz>:"),
        ("W dniu 26.09.2022 o 16:02, Jana Malá <jana@zpravy.example> napisał:",
         "W dniu 27.09.2022 o 10:14, Volby ČSÚ <volby@czso.cz> napisał:"),
        ("Le 26/09/2022 à 16:02, Jana Malá <jana@zpravy.example> a écrit :",
         "Le 27/09/2022 à 10:14, Volby ČSÚ <volby@czso.cz> a écrit :"),
    ],
)
def test_the_applicants_original_below_the_offices_reply_under_any_reply_header(
    header: str, office_header: str
) -> None:
    body = (
        "doplňuji: testovací adresa bude 192.0.2.101.\n\nDěkuji, Jana Malá\n\n"
        f"{office_header}\n> Dobrý den,\n> prosím doplňte případnou testovací adresu.\n>\n"
        "> Český statistický úřad, IČO 00025593\n> tel. +420 274 052 733\n>\n"
        f"> {header}\n>> Zpravy s.r.o. žádá o přístup k XML výsledkům voleb\n"
        ">> z produkční adresy 192.0.2.100.\n>> Jana Malá, redaktorka\n"
    )
    x = _mail(body, subject="Re: Žádost")
    assert x.production_ips == ("192.0.2.100",) and x.test_ips == ("192.0.2.101",)
    assert _unsure(x, "production_ips")


# Principle 8: a note in brackets wrapped over several lines of a table cell is one note: a use
# word inside it ("bude odpojeno při ostrém provozu", "switched off during live processing")
# starts no row and gives no use.


def _laid_out(header: tuple[str, str], rows: list[tuple[list[str], str]]) -> str:
    """A table as PDF text extraction lays it out: the address on its row's last line."""
    pad = " " * 20
    out = [f"{pad}{header[0]:<30}{header[1]}"]
    for cell, address in rows:
        out += [f"{pad}{line}" for line in cell[:-1]]
        out.append(f"{pad}{cell[-1]:<30}{address}")
    return "Prosíme o registraci adres:\n\n" + "\n".join(out) + "\n\nS pozdravem\n"


@pytest.mark.parametrize(
    ("header", "rows", "expected"),
    [
        (("Účel", "IP adresa"),
         [(["ostrý provoz – hlavní", "server redakčního", "systému"], "192.0.2.77"),
          (["ostrý provoz – záložní", "server (druhé datové", "centrum)"], "192.0.2.78"),
          (["testovací prostředí", "(bude odpojeno při", "ostrém zpracování)"], "192.0.2.200")],
         [P, P, T]),
        (("Ucel", "IP adresa"),
         [(["ostry provoz"], "192.0.2.10"),
          (["testovaci stroj", "(odpojime ho pred", "ostrym provozem)"], "192.0.2.20")],
         [P, T]),
        (("Účel", "IP adresa"),
         [(["testovacie prostredie", "(vypneme ho počas", "ostrej prevádzky)"], "192.0.2.30"),
          (["produkčný server"], "192.0.2.31")],
         [T, P]),
        (("Use", "IP address"),
         [(["staging box", "(switched off during", "live processing)"], "198.51.100.5"),
          (["live ingest", "server"], "198.51.100.6")],
         [T, P]),
        (("Use", "IP address"),
         [(["production", "(primary site)"], "198.51.100.7"),
          (["dry-run laptop (not", "used for production", "on the night)"], "198.51.100.8")],
         [P, T]),
        (("Účel", "Adresa"),
         [(["zkušební provoz", "(nepoužije se pro", "produkci ani jako", "zálohu)"], "203.0.113.9"),
          (["produkce"], "203.0.113.10")],
         [T, P]),
    ],
)
def test_a_wrapped_note_in_brackets_gives_no_use(
    header: tuple[str, str], rows: list[tuple[list[str], str]], expected: list[str]
) -> None:
    assert [r for _, r in _roles(_laid_out(header, rows))] == expected


# Principle 9: a legend's letter gives its row the use wherever the letter stands - before or
# after the address, in the last cell of a row too.


@pytest.mark.parametrize(
    "text",
    [
        "#\tIP\ttyp (P = produkce, T = test)\n1\t198.51.100.180\tP\n2\t198.51.100.181\tT\n"
        "3\t198.51.100.190\tP\n",
        "Adresa\tUmístění\tRole\n198.51.100.180\tVPS Ostrava\tP\n198.51.100.181\tkancelář\tT\n"
        "198.51.100.190\tkancelář\tP\n(P = produkční, T = testovací)\n",
        "Legenda: O = ostrá prevádzka, T = testovacia\n| 198.51.100.180 | O |\n"
        "| 198.51.100.181 | T |\n| 198.51.100.190 | O |\n",
        "Use: L - live, S - staging\n\nAddress          Use\n198.51.100.180   L\n"
        "198.51.100.181   S\n198.51.100.190   L\n",
        "Adresa IP        Ucel (O = ostry provoz, Z = zkusebni)\n198.51.100.180   O\n"
        "198.51.100.181   Z\n198.51.100.190   O\n",
        "IP address\tRole\n198.51.100.180\tP\n198.51.100.181\tT\n198.51.100.190\tP\n\n"
        "Key: P = production, T = testing\n",
    ],
)
def test_role_letters_after_the_address(text: str) -> None:
    assert [(a, r) for a, r, gone in _placed(text) if not gone] == [
        ("198.51.100.180", P), ("198.51.100.181", T), ("198.51.100.190", P)
    ]


def test_role_letters_in_the_last_column_of_an_xlsx_sheet() -> None:
    from tests.unit.docs import xlsx_bytes

    sheet = xlsx_bytes(
        [["#", "IP", "typ (P = produkce, T = test)"], ["1", "203.0.113.120", "P"],
         ["2", "203.0.113.121", "P"], ["3", "203.0.113.125", "T"]]
    )
    x = _mail("IP adresy uvádíme v přiložené tabulce.\n", ("ip_adresy.xlsx", sheet))
    assert x.production_ips == ("203.0.113.120", "203.0.113.121")
    assert x.test_ips == ("203.0.113.125",)
    assert _unsure(x, "production_ips")  # a letter's use comes from a legend, never certain


def test_two_ranges_each_broken_at_a_line_end() -> None:
    text = "Ostrý provoz od 192.0.2.1 do\n192.0.2.4, test od 192.0.2.9 do\n192.0.2.10."
    assert _roles(text) == [(f"192.0.2.{i}", P) for i in range(1, 5)] + [
        ("192.0.2.9", T), ("192.0.2.10", T)
    ]


def test_joining_lines_stops_at_a_bound() -> None:
    from intake.extraction.segments import logical_lines

    joined = logical_lines("192.0.2.1 do\n" * 2000)
    assert len(joined) > 1 and max(len(t) for _, t in joined) < 1100


# Sixth round, principle 1: a use named after a line's last address, in a new sentence or
# clause left open at the line's end ("… 1.2.3.5. Testovací adresa:" / "1.2.3.6"), names the
# use of the addresses on the next line - never the use of the line's own label.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ostrý provoz: 198.18.5.1 a 198.18.5.2. Na testování:\n198.18.5.9",
         [P, P, T]),
        ("Adresy pro ostry provoz 185.10.10.1, 185.10.10.2; testovaci adresa je\n185.10.10.50.",
         [P, P, T]),
        ("Produkčné adresy: 91.127.4.20, 91.127.4.21. Testovacia adresa bude\n91.127.4.30",
         [P, P, T]),
        ("Production hosts are 100.64.3.10 and 100.64.3.11. For the test environment use\n"
         "100.64.3.99 only.", [P, P, T]),
        ("Testovací server: 77.48.1.5. Ostré servery:\n77.48.1.6, 77.48.1.7", [T, P, P]),
        ("| Live feed: 146.102.8.1. Staging box: |\n| 146.102.8.77 |", [P, T]),
    ],
)
def test_a_use_opened_after_a_lines_last_address_leads_the_next_line(
    text: str, expected: list[str]
) -> None:
    assert [r for _, r in _roles(text)] == expected


def test_an_open_label_at_a_line_end_in_an_attachment_gives_the_next_lines_use() -> None:
    x = extract(mail(
        _body("Dobrý den, žádost je v příloze.\nJan Novák"),
        text_file("zadost.txt",
                  "Žádáme o přístup k XML serveru.\nIP adresy pro ostrý provoz: 192.0.2.71, "
                  "192.0.2.72. Testovací adresa:\n192.0.2.79.\nJan Novák, ředitel\n"),
    ))
    assert [str(a) for a in x.production_ips] == ["192.0.2.71", "192.0.2.72"]
    assert [str(a) for a in x.test_ips] == ["192.0.2.79"]


# Sixth round, principle 2: the feed sees an address translated by NAT as the public address it
# is translated to; the internal (RFC 1918, shared) addresses a text writes beside NAT are
# context, never requested - wherever they stand in the line or sentence.


@pytest.mark.parametrize(
    ("text", "prod", "test"),
    [
        ("Ostrý provoz: 203.0.113.61 (NAT z 10.20.0.5 a 10.20.0.6). Test: 203.0.113.62",
         ["203.0.113.61"], ["203.0.113.62"]),
        ("Servery 192.168.40.11 a 192.168.40.12 jdou ven pres NAT s verejnou adresou "
         "198.51.100.44, to je ostry provoz.", ["198.51.100.44"], []),
        ("Produkcia: 198.51.100.45 (SNAT pre vnútorné 172.20.1.1–172.20.1.3)\n"
         "Test: 198.51.100.46", ["198.51.100.45"], ["198.51.100.46"]),
        ("Production: 172.16.9.10 -> NAT -> 203.0.113.88\nTesting: 203.0.113.89",
         ["203.0.113.88"], ["203.0.113.89"]),
        ("host\tinternal\tpublic (after NAT)\tuse\nweb1\t10.1.1.1\t192.0.2.91\tproduction\n"
         "lab\t10.1.1.9\t192.0.2.92\ttest", ["192.0.2.91"], ["192.0.2.92"]),
        ("Produkční IP je 100.64.7.7, ale do internetu jdeme překladem adres (NAT) přes "
         "198.51.100.47.", ["198.51.100.47"], []),
    ],
)
def test_internal_addresses_beside_nat_are_not_requested(
    text: str, prod: list[str], test: list[str]
) -> None:
    x = extract(mail(_body(f"Dobrý den,\nžádáme o přístup k XML serveru.\n{text}\nJan Novák\n")))
    assert [str(a) for a in x.production_ips] == prod
    assert [str(a) for a in x.test_ips] == test


def test_a_private_address_without_nat_is_still_reported() -> None:
    x = extract(mail(_body("Produkce: 203.0.113.61\nTest: 192.168.1.20\nJan Novák\n")))
    assert [str(a) for a in x.test_ips] == ["192.168.1.20"]


# Sixth round, principle 3: of the uses a line's words name before its first address, the one
# in that address's own sentence counts; an earlier sentence's use is about something else
# ("… je to ostrý provoz. Testovat budeme z A").


@pytest.mark.parametrize(
    "text",
    [
        "Povolte jen tu veřejnou, je to ostrý provoz. Testovat budeme z domova přes 198.18.7.70.",
        "Povolte jen tu verejnou, je to ostry provoz. Na testy pouzijeme 198.18.7.70.",
        "Produkcia už beží, to je ostrá prevádzka. Testovať budeme z 198.18.7.70.",
        "That one is our production box. Testing will come from 198.18.7.70 in the office.",
        "| Ostrý provoz máme vyřešený. Zkušební přístup: 198.18.7.70 |",
        "> Live traffic is covered above. For the test feed please allow 198.18.7.70.",
    ],
)
def test_the_use_in_an_addresss_own_sentence_beats_an_earlier_one(text: str) -> None:
    assert _roles(text) == [("198.18.7.70", T)]


def test_an_earlier_sentence_naming_a_use_still_leads_when_the_own_names_none() -> None:
    assert _roles("Ostrý provoz. Adresa 198.18.7.71.") == [("198.18.7.71", P)]


# Sixth round, principle 4: a table with a column asking whether to allow the row (Povolit,
# Allow, Whitelist, Zařadit …) withdraws every row whose cell there says no - whatever its use
# column or host name says.


@pytest.mark.parametrize(
    ("text", "prod", "test"),
    [
        ("Server\tIP\tÚčel\tPovolit\nweb-a\t198.18.3.1\tostrý provoz\tano\n"
         "dns-a\t198.18.3.53\tostrý provoz\tne\nlab\t198.18.3.9\ttest\tano",
         ["198.18.3.1"], ["198.18.3.9"]),
        ("| Host | Address | Use | Allow? |\n| app1 | 198.18.4.1 | production | yes |\n"
         "| backup | 198.18.4.2 | production | no |\n| qa | 198.18.4.3 | test | yes |",
         ["198.18.4.1"], ["198.18.4.3"]),
        ("Stroj\tAdresa\tÚčel\tPovoliť\nfeed1\t198.18.5.1\tprodukcia\táno\n"
         "skok\t198.18.5.2\ttestovanie\tnie\nfeed2\t198.18.5.3\tprodukcia\táno",
         ["198.18.5.1", "198.18.5.3"], []),
        ("Nazev;IP;Ucel;Zaradit do povolenych\nhlavni;198.18.6.1;produkce;ano\n"
         "zaloha;198.18.6.2;produkce;ano\nzabbix;198.18.6.3;produkce;ne",
         ["198.18.6.1", "198.18.6.2"], []),
        ("host        address       use          whitelist\nfe1         198.18.8.1    "
         "production   yes\nmon         198.18.8.2    production   no\nstage       198.18.8.3"
         "    test         yes", ["198.18.8.1"], ["198.18.8.3"]),
        ("Povolit\tIP\tÚčel\nne\t198.18.9.1\tprodukce\nano\t198.18.9.2\tprodukce\n"
         "ano\t198.18.9.3\ttest", ["198.18.9.2"], ["198.18.9.3"]),
    ],
)
def test_rows_a_tables_allow_column_says_no_to_are_withdrawn(
    text: str, prod: list[str], test: list[str]
) -> None:
    x = extract(mail(_body(f"Dobrý den,\nžádáme o přístup k XML serveru.\n\n{text}\n\nJan Novák\n")))
    assert [str(a) for a in x.production_ips] == prod
    assert [str(a) for a in x.test_ips] == test


# Sixth round, principle 5: an instruction to leave an address out of the allow-list - a
# negated verb of putting, adding or allowing in its clause, or a label saying the addresses
# after it are not needed - withdraws it, in any language and whichever side of it it stands.


@pytest.mark.parametrize(
    "line",
    [
        "Monitorovací server 198.18.20.5 nás jen sleduje, mezi povolené ho nedávejte.",
        "Zaloha DB 198.18.20.5 - tu prosim do seznamu nepridavejte.",
        "Bastion 198.18.20.5 do zoznamu nepridávajte, slúži len správcom.",
        "The jump host 198.18.20.5 only reaches you over SSH, please leave it out.",
        "Not needed: jump host 198.18.20.5.",
        "Netreba povoliť: 198.18.20.5 (monitoring).",
        "> Don't whitelist 198.18.20.5, it only pings you.",
        "Nepotřebujeme povolit: 198.18.20.5.",
    ],
)
def test_an_address_the_text_says_to_leave_out_is_withdrawn(line: str) -> None:
    x = extract(mail(_body(
        f"Dobrý den,\nžádáme o přístup k XML serveru.\nProdukce: 198.18.20.1\n{line}\nJan Novák\n"
    )))
    assert [str(a) for a in x.production_ips] == ["198.18.20.1"]
    assert [str(a) for a in x.test_ips] == []


def test_a_label_of_unneeded_addresses_withdraws_its_whole_list_only() -> None:
    roles = [
        (str(a), m.excluded) for m in find_ips(
            "Not needed: bastion 198.18.21.2, office proxy 198.18.21.3. Test: 198.18.21.9"
        ) for a in m.addresses
    ]
    assert roles == [("198.18.21.2", True), ("198.18.21.3", True), ("198.18.21.9", False)]


# Sixth round, principle 6: a use named after a comma or a conjunction that comes before the
# next address leads that next address; it does not trail the address before the comma
# ("ze sítě A, testovat budeme z B": A is not a test address).


@pytest.mark.parametrize(
    "text",
    [
        "Stahovat budeme ze sítě 198.18.30.0/30, testovat z jediné stanice 198.18.30.9.",
        "Stahovat budeme z 198.18.30.1 a testovat z 198.18.30.9",
        "data bude tahat 198.18.30.1, na testy pouzijeme 198.18.30.9",
        "Dáta budeme sťahovať z 198.18.30.1, testovať budeme z 198.18.30.9.",
        "We will pull the feed from 198.18.30.1, and test from 198.18.30.9.",
        "Feed pulls from 198.18.30.1; staging will use 198.18.30.9",
    ],
)
def test_a_use_after_a_comma_leads_the_next_address_not_the_one_before(text: str) -> None:
    roles = _roles(text)
    assert roles[-1] == ("198.18.30.9", T)
    assert all(r != T for _, r in roles[:-1])


def test_a_use_right_after_an_address_before_the_comma_stays_its_own() -> None:
    assert _roles("Z 198.18.30.9 budeme jen testovat, ostrý provoz půjde z 198.18.30.1") == [
        ("198.18.30.9", T), ("198.18.30.1", P)
    ]


# Sixth round, principle 7: an address withdrawn out of a range or block given earlier (in the
# same text or in the original a reply builds on) leaves the rest of the range standing.


@pytest.mark.parametrize(
    ("text", "prod", "test"),
    [
        ("Produkce: 198.18.40.1–198.18.40.3\nAdresu 198.18.40.2 prosím odeberte, server už "
         "nepoužíváme.", ["198.18.40.1", "198.18.40.3"], []),
        ("Please remove 198.18.40.3 from the range in my mail below.\n\n"
         "On Mon, 12 Dec 2022 at 09:05, Jana Malá <jana@zpravy.example> wrote:\n"
         "> Production: 198.18.40.1-198.18.40.3\n> Test: 198.18.40.9",
         ["198.18.40.1", "198.18.40.2"], ["198.18.40.9"]),
        ("Testovací síť 198.18.41.0/30.\nZ ní prosím 198.18.41.3 vyřaďte.", [],
         ["198.18.41.0", "198.18.41.1", "198.18.41.2"]),
        ("Z rozsahu nizsie prosim vynechajte 198.18.42.2, ten stroj sme zrusili.\n\n"
         "Dňa 12. 12. 2022 o 9:05 Jana Malá <jana@zpravy.example> napísala:\n"
         "> Produkcia: 198.18.42.1-198.18.42.3\n",
         ["198.18.42.1", "198.18.42.3"], []),
        ("Produkce 198.18.43.[1-4].\nAdresa 198.18.43.4 už neplatí.",
         ["198.18.43.1", "198.18.43.2", "198.18.43.3"], []),
        ("Production range 198.18.44.10 to 198.18.44.13.\n198.18.44.12 is decommissioned.",
         ["198.18.44.10", "198.18.44.11", "198.18.44.13"], []),
    ],
)
def test_an_address_withdrawn_from_a_range_leaves_the_rest(
    text: str, prod: list[str], test: list[str]
) -> None:
    x = extract(mail(_body(f"Dobrý den,\nžádáme o přístup k XML serveru.\n{text}\n"),
                     subject="Re: Žádost"))
    assert [str(a) for a in x.production_ips] == prod
    assert [str(a) for a in x.test_ips] == test
    assert not all(x.fields[k].certain for k in ("production_ips", "test_ips") if k in x.fields)


# Sixth round, principle 8: a use named only to say it is not needed or not there ("testovací
# připojení nepotřebujeme", "we don't need a test connection") names no use of the address
# beside it.


@pytest.mark.parametrize(
    "text",
    [
        "Náš server má jedinou adresu 198.18.50.1, testovací připojení nepotřebujeme.",
        "Server 198.18.50.1, testovaci pristup nepotrebujeme.",
        "Server má adresu 198.18.50.1, testovacie pripojenie netreba.",
        "Our only server is 198.18.50.1, we don't need a test connection.",
        "Server 198.18.50.1 (no separate testing box needed)",
        "Adresa 198.18.50.1; zkušební prostředí vůbec nemáme.",
    ],
)
def test_a_use_named_as_not_needed_gives_no_use(text: str) -> None:
    assert [r for _, r in _roles(text)] in ([None], [P])


# Sixth round, principle 9: an instruction not to allow something ends with its sentence or
# clause: the address a later sentence gives stands ("… nepovolujte ji. Testovací stanice: A").


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Starou adresu prosím nepovolujte. Testovací stanice: 198.18.60.9", T),
        ("stara adresa uz neplati, nepovolujte ji. Ostry provoz: 198.18.60.9", P),
        ("Starú adresu nepovoľujte. Testovacia stanica: 198.18.60.9.", T),
        ("Please don't allow the old one. Test box: 198.18.60.9", T),
        ("Do not add the office router! Production: 198.18.60.9", P),
        ("Tu minulou nezařazujte; test: 198.18.60.9", T),
    ],
)
def test_a_refusal_ends_with_its_sentence(text: str, role: str) -> None:
    assert [(str(a), m.role and m.role.value, m.excluded) for m in find_ips(text)
            for a in m.addresses] == [("198.18.60.9", role, False)]


# Sixth round, principle 10: a clause naming a use opened after a comma or a conjunction at the
# end of a line whose next line begins with an address leads that address (a sentence wrapped
# before its address), not the address before the comma.


@pytest.mark.parametrize(
    "text",
    [
        "Náš server je na 198.18.70.1, k testování použijeme\n198.18.70.9.",
        "Server bezi na 198.18.70.1, testovat budeme z\n198.18.70.9",
        "Server beží na 198.18.70.1, na testovanie použijeme\n198.18.70.9.",
        "Our server sits at 198.18.70.1, and for testing we will use\n198.18.70.9.",
        "Produkce 198.18.70.1 a testovací\n198.18.70.9",
        "Live: 198.18.70.1, staging box\n198.18.70.9 (office)",
    ],
)
def test_a_use_opened_after_a_comma_at_a_line_end_leads_the_next_line(text: str) -> None:
    roles = _roles(text)
    assert roles[-1] == ("198.18.70.9", T)
    assert all(r != T for _, r in roles[:-1])


# Sixth round, principle 11: a word of withdrawing belongs to its own clause; a later clause
# that names a replacement for it ("místo něj", "namiesto neho", "instead", "na jeho místo")
# gives the new address, which stands.


@pytest.mark.parametrize(
    "text",
    [
        "Server 198.18.80.4 jsme vyřadili, místo něj povolte 198.18.80.7.",
        "Server 198.18.80.4 jsme zrusili, misto nej prosim 198.18.80.7.",
        "Server 198.18.80.4 sme vyradili, namiesto neho povoľte 198.18.80.7.",
        "198.18.80.4 was removed from service, and instead we use 198.18.80.7.",
        "Adresu 198.18.80.4 odeberte a náhradou povolte 198.18.80.7.",
        "198.18.80.4 zrušte, na jeho místo přijde 198.18.80.7.",
    ],
)
def test_a_replacement_named_after_a_withdrawal_stands(text: str) -> None:
    assert [(str(a), m.excluded) for m in find_ips(text) for a in m.addresses] == [
        ("198.18.80.4", True), ("198.18.80.7", False)
    ]


@pytest.mark.parametrize(
    "reply",
    [
        "Server 198.18.81.4 jsme vyřadili, místo něj prosím povolte 198.18.81.7. Ostatní beze "
        "změny.",
        "We retired 198.18.81.4, and instead please allow 198.18.81.7. Everything else stays.",
        "Server 198.18.81.4 sme vyradili, namiesto neho povoľte 198.18.81.7. Zvyšok platí.",
    ],
)
def test_a_reply_replacing_one_address_of_its_quoted_original_keeps_the_rest(reply: str) -> None:
    x = extract(mail(_body(
        f"Dobrý den,\n{reply}\n\nDne 12. 12. 2022 v 9:05 Jana Malá <jana@zpravy.example> "
        "napsal(a):\n> Produkce: 198.18.81.4, 198.18.81.5\n> Test: 198.18.81.9\n"
    ), subject="Re: Žádost"))
    assert sorted(str(a) for a in x.production_ips) == ["198.18.81.5", "198.18.81.7"]
    assert [str(a) for a in x.test_ips] == ["198.18.81.9"]
    assert not x.fields["production_ips"].certain


@pytest.mark.parametrize(
    "text",
    [
        "Data budeme brát na 192.0.2.10; pro odzkoušení spojení povolte také 192.0.2.11.",
        "Přebíráme na 192.0.2.10. Na vyzkoušení připojení prosíme i 192.0.2.11.",
        "prebirat budeme na 192.0.2.10, na vyzkouseni spojeni jeste 192.0.2.11",
        "Výsledky sťahujeme na 192.0.2.10, na vyskúšanie spojenia povoľte aj 192.0.2.11.",
        "Results go to 192.0.2.10; to try out the connection please also allow 192.0.2.11.",
        "Server\tÚčel\n192.0.2.10\tpřebírání dat\n192.0.2.11\totestování spojení",
        "Odběr: 192.0.2.10\nOvěření spojení předem: 192.0.2.11",
    ],
)
def test_an_address_for_trying_the_connection_out_is_a_test_address(text: str) -> None:
    """A careful officer reads the purpose, not a fixed word: an address given for trying
    out, checking or verifying the connection is a test address, whatever the prefix or
    language of the verb (odzkoušet, vyzkoušet, otestovat, vyskúšať, try out, ověřit)."""
    assert ("192.0.2.11", T) in _roles(text)
    assert ("192.0.2.10", T) not in _roles(text)


# Seventh round, principle 2: a cover note that refuses a whole use of addresses without naming
# one ("the test address in the form: please do not allow it") withdraws every address of that
# use the attached application gives; the other use stands (an emptied list is no value to
# flag; a withdrawal that leaves other addresses of the use is unsure).

_FORM = "Žadatel: Nová média, s.r.o.\nOstrý provoz: 192.0.2.51\nTestovací provoz: 192.0.2.52\n"


@pytest.mark.parametrize(
    ("cover", "withdrawn", "stays"),
    [
        ("Dobrý den, posílám žádost. Testovací adresu z formuláře prosím nepovolujte, "
         "testovat letos nebudeme.\nJana Malá", "test_ips", "production_ips"),
        ("Dobry den, v priloze zadost. Testovaci IP uz prosim nepouzivejte, server jsme "
         "zrusili.\nJana Mala", "test_ips", "production_ips"),
        ("Dobrý deň, v prílohe žiadosť. Testovaciu adresu prosím nepovoľujte.\nJana Malá",
         "test_ips", "production_ips"),
        ("Hello, the form is attached. Please do not allow the test address in it, our "
         "staging box is gone.\nJane Small", "test_ips", "production_ips"),
        ("Hi, form attached. Don't whitelist the testing IP from the form.\nJ.",
         "test_ips", "production_ips"),
        ("Dobrý den, formulář přikládám. Produkční adresu z formuláře prosím nezařazujte, "
         "ten server ještě nemáme.\nJ. M.", "production_ips", "test_ips"),
    ],
)
def test_a_cover_refusing_a_use_withdraws_that_use_from_the_attachment(
    cover: str, withdrawn: str, stays: str
) -> None:
    x = extract(mail(_body(cover), text_file("zadost.txt", _FORM)))
    assert getattr(x, withdrawn) == ()
    assert getattr(x, stays) != ()


def test_a_cover_refusing_a_use_keeps_its_own_address_of_that_use() -> None:
    x = extract(mail(
        _body("Testovací adresu z formuláře nepovolujte. Testovací bude nově 192.0.2.59.\nJ."),
        text_file("zadost.txt", _FORM),
    ))
    assert [str(a) for a in x.test_ips] == ["192.0.2.59"]


# Seventh round, principle 3: a list of addresses followed by a sentence that gives no address
# but assigns uses by count or position ("the first two are production, the last one is for
# testing") assigns them to that list, whatever the language or diacritics.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Povolte prosím 192.0.2.61, 192.0.2.62 a 192.0.2.63. První dvě jsou ostré servery, "
         "poslední je testovací.", [P, P, T]),
        ("Povolte prosim 192.0.2.61, 192.0.2.62 a 192.0.2.63. Prvni dve jsou\nprodukcni, "
         "posledni je testovaci stroj.", [P, P, T]),
        ("Prosíme o 192.0.2.61, 192.0.2.62 a 192.0.2.63. Prvé dve sú produkčné, posledná "
         "je testovacia.", [P, P, T]),
        ("We need 192.0.2.61, 192.0.2.62 and 192.0.2.63. The first one is for testing, the "
         "other two are production.", [T, P, P]),
        ("Adresy: 192.0.2.61, 192.0.2.62, 192.0.2.63. Jedna testovací a dvě produkční, "
         "v tomto pořadí.", [T, P, P]),
        ("Whitelist: 192.0.2.61 and 192.0.2.62. The first is live, the second is staging.",
         [P, T]),
    ],
)
def test_a_next_sentence_assigning_uses_by_position_reads_the_list_before(
    text: str, expected: list[str]
) -> None:
    assert [r for _, r in _roles(text)] == expected


# Seventh round, principle 4: a netmask is never an address; it makes the address it follows a
# block, also when a line break parts it from its word (a wrapped sentence or a form).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Náš server má síť 192.0.2.200 s maskou\n255.255.255.252, povolte ji pro ostrý provoz.",
         ["192.0.2.200", "192.0.2.201", "192.0.2.202", "192.0.2.203"]),
        ("Produkcni sit 192.0.2.200 s maskou\n255.255.255.254 prosim povolit.",
         ["192.0.2.200", "192.0.2.201"]),
        ("Produkčná sieť 192.0.2.204 s maskou siete\n255.255.255.252.",
         ["192.0.2.204", "192.0.2.205", "192.0.2.206", "192.0.2.207"]),
        ("Production network 192.0.2.208, netmask\n255.255.255.254, please allow.",
         ["192.0.2.208", "192.0.2.209"]),
        ("Ostrý provoz: 192.0.2.212\nMaska:\n255.255.255.254",
         ["192.0.2.212", "192.0.2.213"]),
        ("Live servers use 192.0.2.216 with subnet mask\n  255.255.255.252 (four hosts).",
         ["192.0.2.216", "192.0.2.217", "192.0.2.218", "192.0.2.219"]),
    ],
)
def test_a_mask_parted_from_its_word_by_a_line_break_makes_a_block(
    text: str, expected: list[str]
) -> None:
    assert [a for a, _ in _roles(text)] == expected
    assert all(not a.startswith("255.") for a, _ in _roles(text))


# Seventh round, principle 5: a dotted number right after a software name and a version mark
# ("volby-sync v 4.2.0.11") is the software's version, not an address.


@pytest.mark.parametrize(
    "text",
    [
        "Náš stahovač (volby-sync v 4.2.0.11, open source) poběží v produkci na 192.0.2.5.",
        "Nas skript xml_fetch v. 3.1.0.2 bezi na produkcnim 192.0.2.5.",
        "Náš nástroj data-loader v 2.0.1.5 beží na produkčnom serveri 192.0.2.5.",
        "Our feed-puller v10.2.0.1 runs in production on 192.0.2.5.",
        "Software\tAdresa\nvolby-sync v 4.2.0.11\t192.0.2.5 (ostrý provoz)",
        "Klient: results-dl v.1.4.0.12\nProdukční IP: 192.0.2.5",
    ],
)
def test_a_dotted_number_after_a_software_name_and_version_mark_is_no_address(text: str) -> None:
    assert [a for a, _ in _roles(text)] == ["192.0.2.5"]


# Seventh round, principle 6: a clause saying the applicant has no machine of a use ("I do not
# have a separate test machine") names that use only to deny it: no cue for the address before.


@pytest.mark.parametrize(
    "text",
    [
        "My server is 192.0.2.5, I do not have a separate test machine.",
        "Our box is 192.0.2.5 - we don't have a staging server.",
        "Server: 192.0.2.5, the newsroom has no test environment.",
        "Stahovat budeme z 192.0.2.5, redakce nemá testovací stroj.",
        "Stahovat budeme z 192.0.2.5, testovaci server nemame.",
        "Sťahovať budeme z 192.0.2.5, nemajú testovací server.",
    ],
)
def test_a_clause_denying_a_machine_of_a_use_is_no_cue_for_it(text: str) -> None:
    assert _roles(text) in ([("192.0.2.5", None)], [("192.0.2.5", P)])


# Eighth round, principle 1: a private address the text calls internal or translated (NAT in
# any inflection: "za NATem", "v NATu"; "interní/vnitřní adresa", "internal address"; a machine
# that "goes out through" a public address) is a machine behind the public address, never one
# to allow - in a sentence, a parenthesis or a table column, in any language.


@pytest.mark.parametrize(
    ("text", "prod", "test"),
    [
        ("Servery 192.168.5.10 a 192.168.5.11 sedí za NATem, do internetu vystupují jako "
         "203.0.113.90 (ostrý provoz).", ["203.0.113.90"], []),
        ("Stroje 10.4.0.7 a 10.4.0.8 sú za NATom, von idú cez 198.51.100.90 (produkcia).\n"
         "Test: 198.51.100.91", ["198.51.100.90"], ["198.51.100.91"]),
        ("Production: 192.0.2.94\nThe test box 172.16.3.3 has an internal address and goes "
         "out through 192.0.2.93.", ["192.0.2.94"], ["192.0.2.93"]),
        ("Ostry provoz 203.0.113.96. Testovaci stroj 10.9.9.9 je interni adresa, ven chodi "
         "pres 203.0.113.95.", ["203.0.113.96"], ["203.0.113.95"]),
        ("Produkce: 198.51.100.97 (v NATu za ní jsou stroje 10.2.2.1 a 10.2.2.2)",
         ["198.51.100.97"], []),
        ("stroj\tvnitřní IP\tveřejná IP\túčel\nweb\t192.168.1.5\t203.0.113.98\tprodukce\n"
         "lab\t192.168.1.6\t203.0.113.99\ttest", ["203.0.113.98"], ["203.0.113.99"]),
    ],
)
def test_internal_machines_behind_a_public_address_are_not_requested(
    text: str, prod: list[str], test: list[str]
) -> None:
    x = extract(mail(_body(f"Dobrý den,\nžádáme o přístup k XML serveru.\n{text}\nJan Novák\n")))
    assert ([str(a) for a in x.production_ips], [str(a) for a in x.test_ips]) == (prod, test)


# Eighth round, principle 2: a replacement named after its withdrawn predecessor - by a verb
# of replacing whose object is that predecessor ("nahradila ho B", "nahradil ju B") or by a
# clause opened with "now/newly" ("…, nově B", "…, now B") - is the new address, which stands.


@pytest.mark.parametrize(
    ("text", "prod", "test"),
    [
        ("Pro ostrý provoz jsme dřív používali 198.51.100.30, to už neplatí, nahradila ho "
         "198.51.100.31.", ["198.51.100.31"], []),
        ("Testovací server mal predtým 203.0.113.50, ten sme zrušili, nahradil ho "
         "203.0.113.51.\nProdukcia: 203.0.113.52", ["203.0.113.52"], ["203.0.113.51"]),
        ("Produkce: 192.0.2.10\nTest: dříve 198.51.100.60 – ten jsme zrušili, nově "
         "198.51.100.61", ["192.0.2.10"], ["198.51.100.61"]),
        ("Production: 192.0.2.10\nTesting: previously 2001:db8:5::1, decommissioned, now "
         "2001:db8:5::2", ["192.0.2.10"], ["2001:db8:5::2"]),
        ("Ostry provoz: drive 203.0.113.70, ten uz neplati, nove 203.0.113.71",
         ["203.0.113.71"], []),
        ("Záložní server 192.0.2.20 jsme vyřadili a vystřídal ho 192.0.2.21 (produkce).",
         ["192.0.2.21"], []),
    ],
)
def test_a_replacement_named_after_its_withdrawn_predecessor_stands(
    text: str, prod: list[str], test: list[str]
) -> None:
    x = extract(mail(_body(f"Dobrý den,\nžádáme o přístup k XML serveru.\n{text}\nJan Novák\n")))
    assert ([str(a) for a in x.production_ips], [str(a) for a in x.test_ips]) == (prod, test)


def test_a_removal_after_now_still_withdraws() -> None:
    x = extract(mail(_body("Ostrý provoz: 192.0.2.10\nZrušte nyní prosím 192.0.2.11.\nJan\n")))
    assert [str(a) for a in x.production_ips] == ["192.0.2.10"]


# Eighth round, principle 3: a use followed by a word saying there is none ("test žádný",
# "test: none", "testovacia – žiadna", "test n/a") denies that use: it is no cue for the
# address before it.


@pytest.mark.parametrize(
    "text",
    [
        "chceme XML (ip 198.51.100.80, test zadny)",
        "Posíláme IP 203.0.113.81, testovací žádná.",
        "Our IP is 192.0.2.82 (test: none).",
        "Adresa 198.51.100.83, testovacia - žiadna.",
        "Ostrá 203.0.113.84; test – nemáme.",
        "address 192.0.2.85, test n/a",
    ],
)
def test_a_use_said_to_be_none_is_no_cue_for_the_address_before(text: str) -> None:
    (addr, role), = _roles(text)
    assert role in (None, P)
    x = extract(mail(_body(f"Dobrý den,\nžádáme o přístup k XML.\n{text}\nJan Novák\n")))
    assert ([str(a) for a in x.production_ips], list(x.test_ips)) == ([addr], [])


# Eighth round, principle 4: a dotted number after a label naming a program (klient, software,
# aplikace, client app, program) and that program's name is its version, never an address -
# labelled lines and table cells alike; an address after such a label alone stays an address.


@pytest.mark.parametrize(
    "text",
    [
        "Produkce: 192.0.2.5\nTest: -\nklient: stahovac-xml 1.0.4.2",
        "Produkce: 192.0.2.5\nAplikace: volebni_klient 5.2.0.1",
        "Produkce: 192.0.2.5\nprogram: nasxml 4.4.1.0",
        "Production: 192.0.2.5\nClient app: results-poller 2.0.3.1",
        "Produkcia: 192.0.2.5\nAplikácia: zberac-vysledkov 3.3.0.9",
        "Produkce\t192.0.2.5\nSoftware\tvolby-dl\t1.2.3.4",
    ],
)
def test_a_dotted_number_after_a_program_label_and_name_is_its_version(text: str) -> None:
    assert [a for a, _ in _roles(text)] == ["192.0.2.5"]


@pytest.mark.parametrize(
    "text", ["Klient: 198.51.100.5", "Client server: 198.51.100.5", "Aplikační server 198.51.100.5"]
)
def test_an_address_after_a_program_label_alone_stays(text: str) -> None:
    assert [a for a, _ in _roles(text)] == ["198.51.100.5"]


# Eighth round, principle 5: uses given by count or position ("the first two … production, the
# last … testing") hold whatever words stand between the number and the use in its clause
# ("první dvě jsou pro ostrý provoz", "prvé tri sú určené pre produkciu", "the first one is
# for testing") - before a list under a colon as well as after one.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We send three addresses - the first two are used for production, the last one only "
         "for testing:\n192.0.2.1\n192.0.2.2\n192.0.2.3", [P, P, T]),
        ("Posielame štyri adresy, prvé tri sú určené pre produkciu, posledná slúži na "
         "testovanie:\n- 198.51.100.1\n- 198.51.100.2\n- 198.51.100.3\n- 198.51.100.4",
         [P, P, P, T]),
        ("Adresy: prvni dve slouzi pro ostry provoz, posledni je jen testovaci:\n203.0.113.1\n"
         "203.0.113.2\n203.0.113.3", [P, P, T]),
        ("Posíláme 192.0.2.1, 192.0.2.2 a 192.0.2.3. První dvě z nich používáme pro ostrý "
         "provoz, poslední jen na testy.", [P, P, T]),
        ("Two addresses follow; the first one is for testing, the second is our live server:\n"
         "192.0.2.8\n192.0.2.9", [T, P]),
        ("Zasíláme 3 IP: 2 z nich budou sloužit pro produkci a 1 bude testovací:\n"
         "1) 198.51.100.7\n2) 198.51.100.8\n3) 198.51.100.9", [P, P, T]),
    ],
)
def test_uses_by_count_or_position_span_the_words_of_their_clause(
    text: str, expected: list[str]
) -> None:
    assert [r for _, r in _roles(text)] == expected
    x = extract(mail(_body(f"Dobrý den,\nžádáme o přístup k XML.\n{text}\nJan Novák\n")))
    assert len(x.production_ips) == expected.count(P)
    assert len(x.test_ips) == expected.count(T)


# Eighth round, principle 6: a reply that adds machines to what it already asked for, or
# speaks of the earlier one as still there ("přidali jsme ještě dva servery … ten původní",
# "pribudol ešte jeden", "one more … the existing one stays"), builds on its own quoted
# original: the original's addresses stand beside the new ones (unsure).


@pytest.mark.parametrize(
    ("new", "old", "prod", "test"),
    [
        ("Přidáváme ještě testovací server 198.51.100.9.", "Žádáme o XML, produkce 198.51.100.5.",
         ["198.51.100.5"], ["198.51.100.9"]),
        ("We've set up two more machines, so three in total: the original one plus 192.0.2.21 "
         "and 192.0.2.22.", "Our IP: 192.0.2.20", ["192.0.2.20", "192.0.2.21", "192.0.2.22"], []),
        ("Pribudol ešte jeden produkčný server: 203.0.113.12.", "Produkčná IP 203.0.113.11",
         ["203.0.113.11", "203.0.113.12"], []),
        ("Jeste pribyl ostry 198.51.100.31, ten puvodni plati dal.", "ostry provoz 198.51.100.30",
         ["198.51.100.30", "198.51.100.31"], []),
        ("Vedle té stávající adresy povolte prosím i 192.0.2.41.", "ostrý provoz: 192.0.2.40",
         ["192.0.2.40", "192.0.2.41"], []),
        ("Plus one more production box, 203.0.113.77; the existing server stays.",
         "Production: 203.0.113.76", ["203.0.113.76", "203.0.113.77"], []),
    ],
)
def test_a_reply_adding_machines_builds_on_its_quoted_original(
    new: str, old: str, prod: list[str], test: list[str]
) -> None:
    x = _mail(
        f"{new}\nJana Malá\n\nDne 6. 2. 2023 Jana Malá <jana@zpravy.example> napsal(a):\n> {old}\n",
        subject="Re: Žádost",
    )
    assert (list(x.production_ips), list(x.test_ips)) == (prod, test)
    assert _unsure(x, "production_ips")


# Eighth round, principle 7: a use said to run from the same machine as the address given
# ("testy poběží na tomtéž stroji", "testing from the same box") asks for no address of that
# use: it is no cue for the address, which keeps its own (the one server is production).


@pytest.mark.parametrize(
    "text",
    [
        "Stahujeme z 198.51.100.14 – testy poběží na tomtéž stroji.",
        "Our only server is 192.0.2.44; testing will run from the same machine.",
        "Server 203.0.113.44, testovať budeme z toho istého počítača.",
        "IP 198.51.100.45 (jedina, test pojede ze stejneho serveru)",
        "Address: 192.0.2.46 - we will test from the same box as well.",
        "Server\t192.0.2.47\tjediný, testy ze stejného stroje",
    ],
)
def test_a_use_run_from_the_same_machine_is_no_cue_for_its_address(text: str) -> None:
    (addr, role), = _roles(text)
    assert role in (None, P)
    x = extract(mail(_body(f"Dobrý den,\nžádáme o přístup k XML.\n{text}\nJan Novák\n")))
    assert ([str(a) for a in x.production_ips], list(x.test_ips)) == ([addr], [])


# Eighth round, principle 8: an applicant's answer to the office's question, with the
# applicant's own application quoted under that question, completes the application: what the
# answer does not name stands from the quoted original (unsure).


@pytest.mark.parametrize(
    ("new", "office", "old", "prod", "test"),
    [
        ("Testovací adresa bude 198.51.100.21.", "Doplňte prosím, zda máte testovací adresu.",
         "Žádáme o XML, server 198.51.100.20.", ["198.51.100.20"], ["198.51.100.21"]),
        ("Our test box is 192.0.2.31.", "Please let us know whether you will test.",
         "We apply for the XML feed from 192.0.2.30.", ["192.0.2.30"], ["192.0.2.31"]),
        ("Testovacie adresy máme dve: 203.0.113.41 a 203.0.113.42.",
         "Uveďte prosím aj testovacie adresy.", "Žiadame o prístup k XML z adresy 203.0.113.40.",
         ["203.0.113.40"], ["203.0.113.41", "203.0.113.42"]),
        ("testovaci bude 198.51.100.51", "Budete pouzivat i testovaci adresu?",
         "Zadame o XML, IP 198.51.100.50", ["198.51.100.50"], ["198.51.100.51"]),
        ("Ostrý provoz pojede z 192.0.2.61.", "Chybí adresa pro ostrý provoz.",
         "Testovací server: 192.0.2.60", ["192.0.2.61"], ["192.0.2.60"]),
        ("Production will come from 203.0.113.71 and 203.0.113.72.",
         "Your application gives no production address.", "Test: 203.0.113.70",
         ["203.0.113.71", "203.0.113.72"], ["203.0.113.70"]),
    ],
)
def test_an_answer_to_the_offices_question_completes_the_quoted_application(
    new: str, office: str, old: str, prod: list[str], test: list[str]
) -> None:
    x = _mail(
        f"Dobrý den,\n{new}\nJana Malá\n\n"
        "On Wed, Oct 5, 2022 at 1:02 PM <podatelna@czso.cz> wrote:\n"
        f"> Dobrý den, {office}\n>\n"
        "> On Tue, Oct 4, 2022 at 4:40 PM Jana Malá <jana@zpravy.example> wrote:\n"
        f">> Dobrý den,\n>> {old}\n>> Jana Malá\n",
        subject="Re: Žádost",
    )
    assert (list(x.production_ips), list(x.test_ips)) == (prod, test)
    assert _unsure(x, "production_ips" if any(a in old for a in prod) else "test_ips")


# Eighth round, principle 9: a sentence that refers back to the addresses of the sentence before
# ("Those addresses …", "Tyto adresy …", "Tieto …", "It …", "Both …") and says they are gone or
# not to be allowed withdraws them - the withdrawal need not share their sentence.


@pytest.mark.parametrize(
    ("text", "prod"),
    [
        ("Last year we used 192.0.2.11 and 192.0.2.12. Those addresses are gone now, please do "
         "not allow them.\nProduction: 192.0.2.71", ["192.0.2.71"]),
        ("V seznamu u vás máme 198.51.100.11 a 198.51.100.12. Tyto adresy prosím vyřaďte.\n"
         "Ostrý provoz: 198.51.100.71", ["198.51.100.71"]),
        ("Na zozname máte 203.0.113.11 a 203.0.113.12. Tieto adresy už neplatia.\n"
         "Produkcia: 203.0.113.71", ["203.0.113.71"]),
        ("U vas jsou vedene 192.0.2.21 a 192.0.2.22. Ty uz neplati.\nOstry provoz: 192.0.2.72",
         ["192.0.2.72"]),
        ("Your list has 198.51.100.31 for us. It is no longer in use.\n"
         "Production: 198.51.100.73", ["198.51.100.73"]),
        ("We were at 203.0.113.31 and 203.0.113.32. Both have been decommissioned.\n"
         "Production: 203.0.113.74", ["203.0.113.74"]),
        ("Máme povoleno 198.51.100.41 a 198.51.100.42. Přestěhovali jsme se a tyto adresy "
         "prosím vyřaďte.\nOstrý provoz: 198.51.100.75", ["198.51.100.75"]),
    ],
)
def test_a_next_sentence_referring_back_withdraws_the_addresses_before(
    text: str, prod: list[str]
) -> None:
    x = extract(mail(_body(f"Dobrý den,\nžádáme o přístup k XML.\n{text}\nJan Novák\n")))
    assert list(x.production_ips) == prod
    assert _unsure(x, "production_ips")


@pytest.mark.parametrize(
    "text",
    [
        "Production: 192.0.2.71 and 192.0.2.72. The old website is no longer in use.",
        "Production: 192.0.2.71 and 192.0.2.72. It replaces the box that is no longer in use.",
        "Ostrý provoz: 192.0.2.71 a 192.0.2.72. Ty nahrazují server, který už neplatí.",
        "Production: 192.0.2.71 and 192.0.2.72. This year we no longer film at the stations.",
        "Ostrý provoz: 192.0.2.71 a 192.0.2.72. Tento rok už nenatáčíme.",
    ],
)
def test_a_next_sentence_about_something_else_withdraws_nothing(text: str) -> None:
    x = extract(mail(_body(f"{text}\nJan Novák\n")))
    assert list(x.production_ips) == ["192.0.2.71", "192.0.2.72"]


# Eighth round, principle 10: "is not A, but B" - an address after a negated "is" with a
# contrast after it ("není A, ale B", "is not A but B", "nie je A, ale B", "isn't A - it's B")
# is the wrong one, corrected to the next.


@pytest.mark.parametrize(
    ("text", "prod", "test"),
    [
        ("Produkční adresa není 192.0.2.5, ale 192.0.2.50.", ["192.0.2.50"], []),
        ("The test address is not 198.51.100.8 but 198.51.100.80.", [], ["198.51.100.80"]),
        ("Produkčná IP nie je 203.0.113.9, ale 203.0.113.90.", ["203.0.113.90"], []),
        ("ostra IP neni 192.0.2.6, nybrz 192.0.2.60", ["192.0.2.60"], []),
        ("Testovací adresa bude nikoli 198.51.100.4, ale 198.51.100.40.", [], ["198.51.100.40"]),
        ("Our production address isn't 203.0.113.3 - it's 203.0.113.30.", ["203.0.113.30"], []),
    ],
)
def test_an_address_after_a_negated_is_with_a_contrast_is_corrected(
    text: str, prod: list[str], test: list[str]
) -> None:
    x = extract(mail(_body(f"Dobrý den,\nžádáme o přístup k XML.\n{text}\nJan Novák\n")))
    assert (list(x.production_ips), list(x.test_ips)) == (prod, test)


def test_a_negated_is_without_a_contrast_withdraws_nothing() -> None:
    x = extract(mail(_body("Produkční adresa není 192.0.2.5 jediná, máme i 192.0.2.6.\nJan\n")))
    assert list(x.production_ips) == ["192.0.2.5", "192.0.2.6"]


# Eighth round, principle 11: a last number written alone beside a full address on its line
# ("správně 192.0.2.27, ne .21", "198.51.100.44 (not .41)") names the address with that
# address's first three numbers - also when the one it withdraws is in the quoted original.


@pytest.mark.parametrize(
    ("new", "old", "prod", "test"),
    [
        ("Správně je 192.0.2.27, ne .21.", "Produkční IP: 192.0.2.20, 192.0.2.21",
         ["192.0.2.20", "192.0.2.27"], []),
        ("The second one should read 198.51.100.44 (not .41).",
         "Production: 198.51.100.40, 198.51.100.41", ["198.51.100.40", "198.51.100.44"], []),
        ("Správne má byť 203.0.113.66, nie .61.", "Produkcia: 203.0.113.60, 203.0.113.61",
         ["203.0.113.60", "203.0.113.66"], []),
        ("spravne ma byt 192.0.2.37 (ne .31, ta patri jinemu serveru)",
         "Produkcni IP: 192.0.2.30, 192.0.2.31", ["192.0.2.30", "192.0.2.37"], []),
        ("Testovací opravuji na 198.51.100.99, nikoli .98.",
         "Produkce: 198.51.100.90\n> Test: 198.51.100.98", ["198.51.100.90"], ["198.51.100.99"]),
        ("Please use 203.0.113.15 instead of .14.", "Production: 203.0.113.14",
         ["203.0.113.15"], []),
    ],
)
def test_a_last_number_beside_a_full_address_names_an_address_of_its_prefix(
    new: str, old: str, prod: list[str], test: list[str]
) -> None:
    x = _mail(
        f"Dobrý den, omlouvám se za chybu.\n{new}\nZbytek platí.\nJana Malá\n\n"
        f"Dne 6. 2. 2023 Jana Malá <jana@zpravy.example> napsal(a):\n> {old}\n",
        subject="Re: Žádost",
    )
    assert (list(x.production_ips), list(x.test_ips)) == (prod, test)


# Eighth round, principle 12: a ruled heading naming the earlier text ("— Původní text žádosti
# —", "--- původní datová zpráva ---", "--- Original request ---", "=== Pôvodná žiadosť ===")
# starts the quoted original inside one text: the correction above it applies to it.


@pytest.mark.parametrize(
    ("text", "prod", "test"),
    [
        ("Opravujeme testovací adresu: správně 192.0.2.31 (nikoli 192.0.2.13).\n\n"
         "— Původní text žádosti —\nProdukce: 192.0.2.10\nTest: 192.0.2.13",
         ["192.0.2.10"], ["192.0.2.31"]),
        ("Correction: the production address is 198.51.100.22, not 198.51.100.21.\n\n"
         "--- Original request ---\nProduction: 198.51.100.20, 198.51.100.21",
         ["198.51.100.20", "198.51.100.22"], []),
        ("Oprava: testovacia adresa je 203.0.113.45 (nie 203.0.113.54).\n\n"
         "=== Pôvodná žiadosť ===\nProdukcia: 203.0.113.40\nTest: 203.0.113.54",
         ["203.0.113.40"], ["203.0.113.45"]),
        ("oprava: spravna testovaci IP je 192.0.2.77, nikoli 192.0.2.7\n\n"
         "-- puvodni zprava z datove schranky --\nOstry provoz: 192.0.2.70\nTest: 192.0.2.7",
         ["192.0.2.70"], ["192.0.2.77"]),
        ("Adresa 198.51.100.37 se nebude používat, místo ní prosíme povolit 198.51.100.38. "
         "Adresa 198.51.100.36 platí dál.\n\n--- původní datová zpráva ---\n"
         "Produkce: 198.51.100.36, 198.51.100.37.", ["198.51.100.36", "198.51.100.38"], []),
        ("Please correct the test address to 203.0.113.99 (not 203.0.113.98).\n\n"
         "***** Previous message *****\nTest: 203.0.113.98\nProduction: 203.0.113.90",
         ["203.0.113.90"], ["203.0.113.99"]),
    ],
)
def test_a_ruled_heading_naming_the_original_starts_it_inside_one_text(
    text: str, prod: list[str], test: list[str]
) -> None:
    for x in (
        extract(mail(_body(f"Dobrý den,\n{text}\n"))),
        extract(mail(_body("Dobrý den, posíláme opravu.\nJan Novák\n"),
                     text_file("oprava.txt", f"Dobrý den,\n{text}\n"))),
    ):
        assert (list(x.production_ips), list(x.test_ips)) == (prod, test)


@pytest.mark.parametrize(
    "text",
    [
        "Adresa 192.0.2.37 se nebude používat, povolte 192.0.2.38.",
        "Adresa 192.0.2.37 sa už nebude používať; povoľte 192.0.2.38.",
        "Address 192.0.2.37 will not be used any more, please allow 192.0.2.38.",
        "192.0.2.37 won't be used; allow 192.0.2.38 instead.",
        "adresu 192.0.2.37 nebudeme pouzivat, povolte 192.0.2.38",
        "IP 192.0.2.37 will no longer be used. Production: 192.0.2.38",
    ],
)
def test_an_address_said_to_be_out_of_use_from_now_is_withdrawn(text: str) -> None:
    x = extract(mail(_body(f"Dobrý den,\nžádáme o přístup k XML.\n{text}\nJan Novák\n")))
    assert list(x.production_ips) == ["192.0.2.38"]


# Eighth round, principle 13: a use said to stay as it was ("zůstává stejný jako loni", "stays
# the same as last year", "zostáva rovnaký ako minulý rok") with its address written right
# after it in its clause names that address's current use; the past word compares, it does not
# date the address.


@pytest.mark.parametrize(
    ("text", "prod", "test"),
    [
        ("Testovací server zůstává stejný jako vloni, 198.51.100.15. Ostrý provoz nově "
         "198.51.100.40.", ["198.51.100.40"], ["198.51.100.15"]),
        ("The test machine stays the same as last year: 192.0.2.15. Production is now "
         "192.0.2.40.", ["192.0.2.40"], ["192.0.2.15"]),
        ("Testovací server zostáva rovnaký ako minulý rok, 203.0.113.15; produkcia je nová: "
         "203.0.113.40.", ["203.0.113.40"], ["203.0.113.15"]),
        ("Testovaci stroj zustava stejny jako loni, 198.51.100.25, ostry je novy 198.51.100.26.",
         ["198.51.100.26"], ["198.51.100.25"]),
        ("Ostrý server zůstává beze změny – 192.0.2.50, testovací nově 192.0.2.59.",
         ["192.0.2.50"], ["192.0.2.59"]),
        ("Our test box remains the same as in 2022: 203.0.113.65. Production moves to "
         "203.0.113.60.", ["203.0.113.60"], ["203.0.113.65"]),
    ],
)
def test_a_use_staying_as_it_was_names_the_address_after_it(
    text: str, prod: list[str], test: list[str]
) -> None:
    x = extract(mail(_body(f"Dobrý den,\nžádáme o přístup k XML.\n{text}\nJan Novák\n")))
    assert (list(x.production_ips), list(x.test_ips)) == (prod, test)
