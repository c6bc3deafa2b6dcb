"""IP addresses, fourteenth round: principles generalised from the fourteenth held-out part,
and a sweep of certainty over short invented applications.

1. A list of one use that the text continues past what was read - a last octet after a
   conjunction of any language ("A und .21", "A sowie .31", "A oraz .71", "A y .101"), after
   words that only go on with the list ("A and also .41", "A a také .51"), in brackets
   ("A (second box ends in .21)") or alone at the start of the next line ("A,\\n .21") - is
   read whole: the last octet is the address before it with that octet. A list read through
   words, not a list's marks, is never certain (Reason.SHORTHAND); a last octet in a later
   sentence than its address is no address of the list, but the line stays unsure (hc001).
2. A range written in words - one language's opening and closing word ("od … do", "from …
   to/through", "von … bis", "de … à", "da/dal/dall' … a/al/all'", "desde … hasta", "od …
   po"), perhaps with the noun "address" after each, the last octet repeated or not - is a
   range: every address from the first to the last (hc038).
3. An address after a two-capital abbreviation of its own ("GW", "FW") is apart from the
   label's list before it: never certain (found by the sweep).
4. A line whose addresses the items read only in part - two joined by "or" in any language
   ("A nebo B", "A oder B", "A lub B": alternatives), a prefix left apart after an address
   ("A / 29"), an IPv6 address written as its last groups only ("::11") - is never certain
   (found by the sweep).
5. A list said to be provisional ("prozatím", "vorläufig", "for now", "možná se ještě
   změní"), or words between two of its addresses that limit one to a time or put them in a
   sequence ("A (until 31 Oct), then B", "A jen do pátku, pak B", "A, ab 1. 11. B"), is never
   certain (Reason.TEMPORARY); a limit after the whole list names no rival (found by the
   sweep).
6. A dotted number that is no address and no date, on a line of addresses or as the value
   of a use's label ("Testovací: 198.51.100.10.1", "198.51.100.300", "198.51.100"), is a
   value the reader could not read: the uses are never certain (Reason.UNREAD), and no
   address is cut out of it (the item pattern took "198.51.100.1" out of
   "198.51.100.10.1"); an OID on a line of its own and a date are no such value.
7. An address said in the clause after it to be another machine ("B is our mail server", "B
   - to je náš web", "B ist unser DNS") makes its line's list never certain
   (Reason.OTHER_HOST); a table's host-name cell ("web-01") does not (found by the sweep).
8. A last octet written alone on a line without addresses that names none of the addresses
   read before it ("Test: totožná s produkcí kromě posledního čísla (.11)") is a value left
   unread: the uses are never certain (Reason.UNREAD); last octets restating addresses read
   before ("(In English: production .31 and .32, test .35.)") are none (found by a third
   sweep batch).
9. The sweep (``test_no_wrong_value_is_certain``): applications in the styles of issue 18's
   classes (tables, respectively-sentences, corrections, replies, netmasks, version numbers,
   old addresses, mixed languages) whose right reading is plain to a person; every value
   extracted must be right or flagged.

Outcome: 16 + 14 + 3 principle probes, 3 controls and 38 sweep cases; on the code before
this round (ips.py and review.py of 893a420) 16 of the 16 P1 probes, 9 of the 14 P2 probes,
3 of the 3 P3 probes and 2 of the 38 sweep cases failed (the controls passed); after it all
pass. P4 (8 probes, 1 control), added later: 7 of the 8 failed on the code before it;
P5 (9 probes, 2 controls): 6 of the 9 failed on the code before it (the controls passed);
P6 and P7 (8 + 8 probes, 3 controls): 16 of the 16 failed on the code before them. A second
sweep batch of 20 cases, written after P1-P3 were in, found P4-P7 (6 of its cases failed on
the code of c7ed1bf: 'A nebo B', 'A / 29', '::11', '(until 31 Oct), then B',
'Testovací: 198.51.100.10.1', 'B is our mail server' - each a wrong value certain); 58 sweep
cases in all. P8 (8 probes, 1 control): 5 of the 8 failed on the code before it (044af6c).
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


# Principle 1: a list the text continues is read whole; read through words, never certain.

_P1_BY_MARKS = [
    # German: 'und' joins a last octet
    "Produktion: 198.51.100.20 und .21\nTest: 203.0.113.40",
    # German: 'sowie' (as well as)
    "Produktionsserver: 198.51.100.20 sowie .21, Testserver: 203.0.113.40",
    # Slovak: 'aj'
    "Produkcia: 198.51.100.20 aj .21\nTest: 203.0.113.40",
    # Polish: 'oraz'
    "Produkcja: 198.51.100.20 oraz .21\nTest: 203.0.113.40",
    # French: 'et'
    "Production : 198.51.100.20 et .21\nTest : 203.0.113.40",
    # Italian: 'e'
    "Produzione: 198.51.100.20 e .21\nTest: 203.0.113.40",
    # Spanish: 'y'
    "Producción: 198.51.100.20 y .21\nPruebas: 203.0.113.40",
    # German: a bare last number after 'und'
    "Produktion: 198.51.100.20 und 21\nTest: 203.0.113.40",
]


@pytest.mark.parametrize("text", _P1_BY_MARKS)
def test_a_list_joined_by_any_languages_conjunction_is_read_whole(text: str) -> None:
    production, _, test, _ = _read(text)
    assert production == ["198.51.100.20", "198.51.100.21"], text
    assert test == ["203.0.113.40"], text


_P1_BY_WORDS = [
    # English: 'and also'
    "Production: 198.51.100.20 and also .21\nTest: 203.0.113.40",
    # Czech: 'a také'
    "Ostrý provoz: 198.51.100.20 a také .21\nTest: 203.0.113.40",
    # Czech without diacritics, a dash and a backup word
    "Produkce 198.51.100.20 - a taky zaloha .21.\nTest 203.0.113.40",
    # English: the last octet alone on the next line of a list
    "Production: 198.51.100.20,\n  .21\nTest: 203.0.113.40",
    # Czech: in brackets, naming the second server by its ending
    "Ostrý provoz: 198.51.100.20 (a druhý server s koncovkou .21)\nTest: 203.0.113.40",
    # English: in brackets
    "Production: 198.51.100.20 (second box ends in .21)\nTest: 203.0.113.40",
    # Czech sentence wrapped before the last octet, the test address after it
    "Produkční servery jsou 198.51.100.20 a\n.21, testovací 203.0.113.40.",
    # Czech: a server added later in the week
    "Produkce: 198.51.100.20 a 198.51.100.19, v pondělí přidáme ještě .21\nTest: 203.0.113.40",
]


@pytest.mark.parametrize("text", _P1_BY_WORDS)
def test_a_list_continued_in_words_is_read_whole_and_never_certain(text: str) -> None:
    production, sure, test, _ = _read(text)
    assert "198.51.100.21" in production, text
    assert "198.51.100.20" in production, text
    assert test == ["203.0.113.40"], text
    assert sure is False, text


def test_a_last_octet_in_a_later_sentence_is_no_address_of_the_list() -> None:
    production, sure, _, _ = _read(
        "Ostrý provoz: 198.51.100.1 a 198.51.100.2. Adresy .6 a .7 jsme zrušili."
    )
    assert production == ["198.51.100.1", "198.51.100.2"]
    assert sure is False


def test_a_last_octet_the_text_calls_wrong_is_no_address() -> None:
    production, _, _, _ = _read("Produkce: 198.51.100.29, oprava: ne .29, ale 198.51.100.30")
    assert production == ["198.51.100.30"]


# Principle 2: a range written in words, in every language, is every address of it.

_FOUR = ["198.51.100.10", "198.51.100.11", "198.51.100.12", "198.51.100.13"]


@pytest.mark.parametrize(
    "text",
    [
        # Italian, the noun after both words (hc038's form, other addresses)
        "I nostri server di produzione vanno dall'indirizzo 198.51.100.10 all'indirizzo "
        "198.51.100.13 compreso.",
        # Italian label: 'da … a'
        "Produzione: da 198.51.100.10 a 198.51.100.13",
        # Italian: 'dal … al' with the last octet alone
        "Produzione: dal 198.51.100.10 al .13",
        # Czech: 'od adresy … až po adresu'
        "Produkční rozsah je od adresy 198.51.100.10 až po adresu 198.51.100.13.",
        # Czech: 'od … do'
        "Ostrý provoz: od 198.51.100.10 do 198.51.100.13",
        # Slovak: 'od … po'
        "Produkcia: od 198.51.100.10 po 198.51.100.13",
        # Polish: 'od … do' with the last octet alone
        "Serwery produkcyjne mają adresy od 198.51.100.10 do .13.",
        # English: 'from … through' with the last octet alone
        "Our production servers run from 198.51.100.10 through .13.",
        # English: 'from … to'
        "Production range: from 198.51.100.10 to 198.51.100.13",
        # German: 'von … bis' with the last octet alone
        "Unsere Produktionsserver liegen im Bereich von 198.51.100.10 bis .13.",
        # French: 'de l'adresse … à l'adresse'
        "Nos serveurs de production vont de l'adresse 198.51.100.10 à l'adresse "
        "198.51.100.13.",
        # Spanish: 'desde … hasta'
        "Producción: desde 198.51.100.10 hasta 198.51.100.13",
        # Czech: 'od … do' with a bare last number
        "Ostrý provoz: od 198.51.100.10 do 13.",
        # German: 'zwischen … und'
        "Produktion: alle Adressen zwischen 198.51.100.10 und 198.51.100.13",
    ],
)
def test_a_range_in_words_is_every_address_of_it(text: str) -> None:
    production, _, test, _ = _read(text)
    assert production == _FOUR, text
    assert test == [], text


def test_words_of_two_languages_make_no_range() -> None:
    # 'from' opens an English range, 'a' closes none in English: a list of two addresses
    production, _, _, _ = _read("We will download from 198.51.100.10 a 198.51.100.13.")
    assert production == ["198.51.100.10", "198.51.100.13"]


# Principle 3: an address after an abbreviation of its own is apart from the label's list.


@pytest.mark.parametrize(
    "text",
    [
        "Produkce: 198.51.100.87 (GW 198.51.100.1)\nTest: 203.0.113.88",
        "Production: 198.51.100.87 (FW 198.51.100.2)",
        "Produktion: 198.51.100.87 (VM 198.51.100.3)\nTest: 203.0.113.88",
    ],
)
def test_an_address_after_an_abbreviation_of_its_own_is_never_certain(text: str) -> None:
    production, sure, _, _ = _read(text)
    assert production[0] == "198.51.100.87", text
    assert sure is False, text


# The sweep: every value extracted is right or flagged.

_SWEEP: list[tuple[str, list[str], list[str]]] = [
    # respectively-sentences
    ("Produkční a testovací server mají adresy 198.51.100.10, resp. 198.51.100.11.",
     ["198.51.100.10"], ["198.51.100.11"]),
    ("Production and test servers are 198.51.100.12 and 198.51.100.13 respectively.",
     ["198.51.100.12"], ["198.51.100.13"]),
    ("Testovací a produkční adresa: 198.51.100.14 respektive 198.51.100.15.",
     ["198.51.100.15"], ["198.51.100.14"]),
    ("IP (prod/test): 198.51.100.64 / 198.51.100.65", ["198.51.100.64"], ["198.51.100.65"]),
    # tables
    ("Server        | Účel     | IP\nstroj-a       | test     | 198.51.100.16\n"
     "stroj-b       | produkce | 198.51.100.17", ["198.51.100.17"], ["198.51.100.16"]),
    ("Role\tIP\nProdukce\t198.51.100.18\nTest\t198.51.100.19",
     ["198.51.100.18"], ["198.51.100.19"]),
    ("Live: 198.51.100.49 / Test: 203.0.113.50 / Backup: 198.51.100.51",
     ["198.51.100.49", "198.51.100.51"], ["203.0.113.50"]),
    # netmasks and blocks
    ("Produkce: 198.51.100.20 (maska 255.255.255.252)\nTest: 203.0.113.21",
     ["198.51.100.20", "198.51.100.21", "198.51.100.22", "198.51.100.23"], ["203.0.113.21"]),
    ("Produkce: 198.51.100.24 255.255.255.254\nTest: 203.0.113.22",
     ["198.51.100.24", "198.51.100.25"], ["203.0.113.22"]),
    ("Produkce: 198.51.100.53-55\nTest: 198.51.100.56",
     ["198.51.100.53", "198.51.100.54", "198.51.100.55"], ["198.51.100.56"]),
    ("Produkce: 198.51.100.60/30\nTest: 203.0.113.60",
     ["198.51.100.60", "198.51.100.61", "198.51.100.62", "198.51.100.63"], ["203.0.113.60"]),
    # version numbers
    ("Náš stahovací klient verze 2.4.1.7 poběží na 198.51.100.26 (ostrý provoz).",
     ["198.51.100.26"], []),
    ("Firmware 10.2.0.1 na routeru, produkční IP 198.51.100.27, testovací 198.51.100.28.",
     ["198.51.100.27"], ["198.51.100.28"]),
    # corrections
    ("Produkce: 198.51.100.29, oprava: ne .29, ale 198.51.100.30", ["198.51.100.30"], []),
    ("Produkční adresa je 198.51.100.31. Omlouvám se, správně má být 198.51.100.32.",
     ["198.51.100.32"], []),
    ("Production IP: 198.51.100.33 - sorry, typo, it is 198.51.100.34.", ["198.51.100.34"], []),
    # old addresses
    ("Ostrá IP 198.51.100.35 (dříve jsme používali 198.51.100.36, ta už neplatí).",
     ["198.51.100.35"], []),
    ("Produktion: 198.51.100.37 (die alte 198.51.100.38 bitte löschen)", ["198.51.100.37"], []),
    ("Stará adresa 198.51.100.39 už neplatí, nová produkční je 198.51.100.40.",
     ["198.51.100.40"], []),
    ("Production: 198.51.100.91\nTest: 203.0.113.92\nOld production address 198.51.100.93 can "
     "be removed.", ["198.51.100.91"], ["203.0.113.92"]),
    # replies
    ("> Uveďte prosím IP adresy pro ostrý provoz.\nOstrý provoz: 198.51.100.41\n"
     "Test: 198.51.100.42", ["198.51.100.41"], ["198.51.100.42"]),
    # mixed languages and lists
    ("Produkce 198.51.100.43, test 198.51.100.44, a také pro test ještě .45.",
     ["198.51.100.43"], ["198.51.100.44", "198.51.100.45"]),
    ("Unsere Live-Server: 198.51.100.46 und 198.51.100.47; zum Testen nehmen wir 203.0.113.48.",
     ["198.51.100.46", "198.51.100.47"], ["203.0.113.48"]),
    ("Server pro ostrý provoz i testování: 198.51.100.52.", ["198.51.100.52"], ["198.51.100.52"]),
    ("Wir bitten um Freischaltung von 198.51.100.66 (Produktion) und 198.51.100.67 (Test).",
     ["198.51.100.66"], ["198.51.100.67"]),
    ("Prosimy o dostęp dla adresów 198.51.100.68 (produkcja) i 198.51.100.69 (testy).",
     ["198.51.100.68"], ["198.51.100.69"]),
    ("Production: 198.51.100.70, 198.51.100.71, and our DNS resolver 198.51.100.72",
     ["198.51.100.70", "198.51.100.71"], []),
    ("Ostrý provoz: 198.51.100.73\nNaše webové stránky běží na 198.51.100.74.",
     ["198.51.100.73"], []),
    ("Production: 198.51.100.75\nTest: the same as production plus 203.0.113.76",
     ["198.51.100.75"], ["198.51.100.75", "203.0.113.76"]),
    ("Produkce: 198.51.100.77\nTest: zatím žádný, později 203.0.113.78", ["198.51.100.77"],
     ["203.0.113.78"]),
    ("Produkce: 198.51.100.79, 198.51.100.80\nTest: 203.0.113.81\n"
     "Pozn.: 198.51.100.80 je jen záložní.", ["198.51.100.79", "198.51.100.80"],
     ["203.0.113.81"]),
    ("Produkce 198.51.100.82 a 83, test 84.", ["198.51.100.82", "198.51.100.83"],
     ["198.51.100.84"]),
    ("Production is 198.51.100.85; the second production box will get .86 next month.",
     ["198.51.100.85", "198.51.100.86"], []),
    ("Produkce: 198.51.100.87 (GW 198.51.100.1)\nTest: 203.0.113.88", ["198.51.100.87"],
     ["203.0.113.88"]),
    ("Production: 198.51.100.89 (NAT from 10.0.0.5)\nTest: 203.0.113.90", ["198.51.100.89"],
     ["203.0.113.90"]),
    ("Ostrý provoz: 198.51.100.94 a 198.51.100.95, v pondělí přidáme ještě .96",
     ["198.51.100.94", "198.51.100.95", "198.51.100.96"], []),
    ("Produktion: 198.51.100.120 und zusätzlich 198.51.100.121\nTest: 203.0.113.50",
     ["198.51.100.120", "198.51.100.121"], ["203.0.113.50"]),
    ("Production: 198.51.100.20\nand 198.51.100.21\nTest: 203.0.113.40",
     ["198.51.100.20", "198.51.100.21"], ["203.0.113.40"]),
    # a second batch, written after the first principles were in
    ("Produkce: 198.51.100.10\nTest: 198.51.100.11\nP.S. Pro jistotu ještě záložní stroj "
     "198.51.100.12.", ["198.51.100.10", "198.51.100.12"], ["198.51.100.11"]),
    ("Produkce: 198.51.100.10 nebo 198.51.100.11 (ještě nevíme)", ["198.51.100.10"], []),
    ("Production: 198.51.100.10 (version 1.2.3.4 of our fetcher)\nTest: 203.0.113.11",
     ["198.51.100.10"], ["203.0.113.11"]),
    ("Produkce: 198.51.100.10 / 29\nTest: 203.0.113.11",
     [f"198.51.100.{n}" for n in range(8, 16)], ["203.0.113.11"]),
    ("Produkce: 198.51.100.10.\nTest: .11", ["198.51.100.10"], ["198.51.100.11"]),
    ("Production: 2001:db8::10 and ::11\nTest: 2001:db8::20", ["2001:db8::10", "2001:db8::11"],
     ["2001:db8::20"]),
    ("Produkce: 198.51.100.10 až .12 kromě .11", ["198.51.100.10", "198.51.100.12"], []),
    ("Production: 198.51.100.8/29 except .9",
     [f"198.51.100.{n}" for n in range(8, 16) if n != 9], []),
    ("Produkce: 198.51.100.10\nVerze aplikace: 3.2.1.0\nTest: 203.0.113.5", ["198.51.100.10"],
     ["203.0.113.5"]),
    ("Production: 198.51.100.10 (until 31 Oct), then 198.51.100.20", ["198.51.100.20"], []),
    ("Prod: 198.51.100.10 (ale možná se ještě změní)", ["198.51.100.10"], []),
    ("Produkce: 198.51.100.10\nTestovací: 198.51.100.10.1", ["198.51.100.10"], []),
    ("Production: 198.51.100.10; 198.51.100.11 is our mail server\nTest: 203.0.113.5",
     ["198.51.100.10"], ["203.0.113.5"]),
    ("Produkce: 198.51.100.10\nTest: 203.0.113.5\n(IP-Adresse des Proxys: 198.51.100.200)",
     ["198.51.100.10"], ["203.0.113.5"]),
    ("Production: 198.51.100.10\nTest: 203.0.113.5\nNote: the production address above is "
     "wrong, it should be 198.51.100.11.", ["198.51.100.11"], ["203.0.113.5"]),
    ("Production – 198.51.100.10; test – 203.0.113.5 a 203.0.113.6 (ten druhý je vlastně "
     "produkční)", ["198.51.100.10", "203.0.113.6"], ["203.0.113.5"]),
    ("Produkce:\n- 198.51.100.10\n- 198.51.100.11 (ten už ale nepoužíváme)\nTest:\n"
     "- 203.0.113.5", ["198.51.100.10"], ["203.0.113.5"]),
    ("Our production IP is 198.51.100.10 (previously 198.51.100.9).", ["198.51.100.10"], []),
    ("Ostrý provoz: 198.51.100.10\nTest: 203.0.113.5\nOstrý provoz (nový od 1. 12.): "
     "198.51.100.20", ["198.51.100.20"], ["203.0.113.5"]),
    ("Produkcja: 198.51.100.10-12; testy: 203.0.113.5",
     ["198.51.100.10", "198.51.100.11", "198.51.100.12"], ["203.0.113.5"]),
]


@pytest.mark.parametrize(("text", "production", "test"), _SWEEP)
def test_no_wrong_value_is_certain(text: str, production: list[str], test: list[str]) -> None:
    got_p, sure_p, got_t, sure_t = _read(text)
    assert got_p == production or not sure_p, (text, got_p)
    assert got_t == test or not sure_t, (text, got_t)


# Principle 4: a line whose addresses the items read only in part - alternatives joined by
# "or", a prefix left after an address, an IPv6 address written as its last groups only - is
# never certain.


@pytest.mark.parametrize(
    "text",
    [
        # Czech: alternatives
        "Produkce: 198.51.100.10 nebo 198.51.100.11 (ještě nevíme)\nTest: 203.0.113.40",
        # Slovak: alternatives
        "Produkcia: 198.51.100.10 alebo 198.51.100.11\nTest: 203.0.113.40",
        # English: alternatives
        "Production: 198.51.100.10 or 198.51.100.11, whichever you prefer",
        # German: alternatives
        "Produktion: 198.51.100.10 oder 198.51.100.11",
        # Polish: alternatives
        "Produkcja: 198.51.100.10 lub 198.51.100.11",
        # Czech: a prefix written apart from its address
        "Produkce: 198.51.100.10 / 29\nTest: 203.0.113.40",
        # English: a prefix written apart, in a table cell
        "Role\tIP\nProduction\t198.51.100.10 / 30\nTest\t203.0.113.40",
        # English: an IPv6 address shortened to its last group
        "Production: 2001:db8::10 and ::11\nTest: 2001:db8::20",
    ],
)
def test_a_line_read_in_part_is_never_certain(text: str) -> None:
    production, sure, _, _ = _read(text)
    assert production, text
    assert sure is False, text


def test_a_plain_list_stays_certain() -> None:
    production, sure, test, sure_t = _read("Produkce: 198.51.100.10, 198.51.100.11\nTest: 203.0.113.40")
    assert (production, sure, test, sure_t) == (
        ["198.51.100.10", "198.51.100.11"], True, ["203.0.113.40"], True
    )


# Principle 5: a list said to be provisional, or words between two of its addresses that
# limit one to a time or put them in a sequence, is never certain.


@pytest.mark.parametrize(
    "text",
    [
        # English: until a date, then another address
        "Production: 198.51.100.10 (until 31 Oct), then 198.51.100.20",
        # Czech: only till Friday, then another
        "Produkce: 198.51.100.10 jen do pátku, pak 198.51.100.20",
        # Slovak: later another
        "Produkcia: 198.51.100.10, neskôr 198.51.100.20",
        # German: from a date on
        "Produktion: 198.51.100.10, ab 1. 11. 198.51.100.20",
        # Polish: temporarily, later another
        "Produkcja: 198.51.100.10 tymczasowo, potem 198.51.100.20",
        # Czech: provisional, may still change
        "Prod: 198.51.100.10 (ale možná se ještě změní)",
        # German: provisional
        "Produktion: 198.51.100.10 (vorläufig)",
        # English: for now
        "Production: 198.51.100.10 for now",
        # Italian: later another
        "Produzione: 198.51.100.10, dopo 198.51.100.20",
    ],
)
def test_a_list_said_to_change_in_time_is_never_certain(text: str) -> None:
    production, sure, _, _ = _read(text)
    assert production[0] == "198.51.100.10", text
    assert sure is False, text


@pytest.mark.parametrize(
    "text",
    [
        # a limit after the whole list names no rival: both hold until then
        "Test systems: 198.51.100.30 and 198.51.100.31 (only until the final rehearsal)",
        "Test\t198.51.100.30\tjen do 30. 9.",
    ],
)
def test_a_time_limit_after_the_whole_list_leaves_it_certain(text: str) -> None:
    x = extract(mail(body(f"Dobrý den,\n\nProdukce: 203.0.113.9\n{text}\n\nJan Malý")))
    assert x.fields["test_ips"].certain, text


# Principle 6: a dotted number that is no address and no date, on a line of addresses or as
# the value of a use's label, is a value the reader could not read: the uses are never
# certain, and no address is cut out of it.


@pytest.mark.parametrize(
    "text",
    [
        # Czech: a five-part number under the test label (no '198.51.100.1' cut out of it)
        "Produkce: 198.51.100.10\nTestovací: 198.51.100.10.1",
        # English: a last number over 255
        "Production: 198.51.100.10 and 198.51.100.300\nTest: 203.0.113.5",
        # English: three parts only
        "Production: 198.51.100.10, 198.51.100\nTest: 203.0.113.5",
        # German: a four-digit last number
        "Produktion: 198.51.100.10\nTest: 203.0.113.1000",
        # Slovak: a five-part number beside an address
        "Produkcia: 198.51.100.10, 198.51.100.11.5",
        # Polish: a test label's value with a number over 255
        "Produkcja: 198.51.100.10\nTesty: 203.0.113.256",
        # Czech without diacritics: three parts on the test label
        "Produkce: 198.51.100.10\nTestovaci: 203.0.113",
        # English: under the production label, five parts
        "Test: 203.0.113.5\nProduction: 198.51.100.10.20",
    ],
)
def test_a_value_the_reader_cannot_read_leaves_the_uses_unsure(text: str) -> None:
    production, sure_p, test, sure_t = _read(text)
    assert "198.51.100.1" not in production and "203.0.113.100" not in test, text
    assert sure_p is not True and sure_t is not True, text


@pytest.mark.parametrize(
    "text",
    [
        "Produkce: 198.51.100.10\nOID naší CA: 1.3.6.1.4.1.311",
        "Produkce: 198.51.100.10, dne 12.10.2025 přidáme 198.51.100.11",
    ],
)
def test_an_oid_apart_or_a_date_is_no_unread_value(text: str) -> None:
    x = extract(mail(body(f"Dobrý den,\n\n{text}\n\nJan Malý")))
    assert "198.51.100.10" in [str(a) for a in x.production_ips]
    if "OID" in text:
        assert x.fields["production_ips"].certain


# Principle 7: an address said in its own clause to be another machine (mail, web, DNS,
# gateway) makes its line's list never certain; a table's host-name cell does not.


@pytest.mark.parametrize(
    "text",
    [
        "Production: 198.51.100.10; 198.51.100.11 is our mail server\nTest: 203.0.113.5",
        "Produkce: 198.51.100.10, 198.51.100.11 – to je náš web\nTest: 203.0.113.5",
        "Produktion: 198.51.100.10, 198.51.100.11 ist unser DNS\nTest: 203.0.113.5",
        "Produkcia: 198.51.100.10, 198.51.100.11 (to je naša webová stránka)\nTest: 203.0.113.5",
        "Produkcja: 198.51.100.10, 198.51.100.11 to nasz serwer pocztowy SMTP\nTest: 203.0.113.5",
        "Production : 198.51.100.10, 198.51.100.11 = notre passerelle gateway\nTest : 203.0.113.5",
        "Produkce: 198.51.100.10 a 198.51.100.11, což je jen náš router\nTest: 203.0.113.5",
        "Production: 198.51.100.10, 198.51.100.11 (the intranet box)\nTest: 203.0.113.5",
    ],
)
def test_an_address_said_to_be_another_machine_is_never_certain(text: str) -> None:
    production, sure, _, _ = _read(text)
    assert production[0] == "198.51.100.10", text
    assert sure is False, text


def test_a_host_name_cell_in_a_table_names_no_other_machine() -> None:
    production, sure, test, _ = _read(
        "Účel\tIP\tStroj\nProdukce\t198.51.100.12\tweb-01\nTest\t203.0.113.5\tweb-02"
    )
    assert (production, test, sure) == (["198.51.100.12"], ["203.0.113.5"], True)


# Principle 8: a last octet written alone on a line without addresses, naming none of the
# addresses read before it, is a value left unread: the uses are never certain.


@pytest.mark.parametrize(
    "text",
    [
        "Produkce: 198.51.100.10\nTest: totožná s produkcí kromě posledního čísla (.11)",
        "Produkce: 198.51.100.10\nTestovaci: stejna, jen koncovka .11",
        "Produkcia: 198.51.100.10\nTest: rovnaká, len na konci .11",
        "Production: 198.51.100.10\nTest: same network, the host ends in .11",
        "Produktion: 198.51.100.10\nTest: gleiches Netz, Endung .11",
        "Produkcja: 198.51.100.10\nTest: ta sama sieć, końcówka .11",
        "Production : 198.51.100.10\nTest : même réseau, terminaison .11",
        "Produzione: 198.51.100.10\nTest: stessa rete, finale .11",
    ],
)
def test_a_last_octet_no_list_takes_leaves_the_uses_unsure(text: str) -> None:
    production, sure, _, _ = _read(text)
    assert production[0] == "198.51.100.10", text
    assert sure is False, text


def test_last_octets_restating_the_addresses_read_are_no_unread_value() -> None:
    production, sure, test, _ = _read(
        "Produksjon: 203.0.113.31, 203.0.113.32\nTest: 203.0.113.35\n\n"
        "(In English, in case: production .31 and .32, test .35.)"
    )
    assert (production, test, sure) == (["203.0.113.31", "203.0.113.32"], ["203.0.113.35"], True)
