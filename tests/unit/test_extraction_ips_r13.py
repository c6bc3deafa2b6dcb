"""IP addresses, thirteenth round: principles generalised from the thirteenth held-out part.

1. A covering text that calls the attached document old, last year's or outdated
   ("přikládám formulář z loňska", "the attached form is from last year", "das Formular ist
   veraltet") supersedes the document's addresses: the covering text's own addresses count,
   never for certain; with none of its own the document's addresses stay, unsure (gb039).
2. A clause saying that other addresses - named as old, last year's, the previous ones - are
   no longer valid withdraws those, not the addresses written just before it ("nyní jen A a
   B, loňské adresy už neplatí") (gb039).
3. A use named after a list only to say there is none of it ("A a B, testovací zatím nemáme",
   "A and B, no test server yet", "Testserver haben wir keinen") does not give the list that
   use: the list has no stated use (production by default, unsure) (ga001).
4. After a replacement ("místo A nastavte B"), words about the replaced one ("ten starý už
   neexistuje", "the old one is gone", "der alte ist abgeschaltet") withdraw the replaced
   address, not the new one written just before them (gb018).
5. A label with its colon closing a line after its addresses ("Produkce: A, B Test:") opens
   the next line's address; it does not give its use to the addresses before it (gb040, a
   PDF in columns).
6. A netmask on the line below an address, in the last column of a text laid out in columns
   (the other columns giving no address), makes that address a block, never for certain
   (gb031).
7. The covering text saying it has or needs none of a use ("testovací tentokrát
   nepotřebujeme", "we don't need a test address", "Test: keiner") while a text of the
   filing gives addresses of that use: two rival readings, that use is never certain (why
   gb039's test address from the old form was certain).

Outcome: 68 principle probes and 12 control cases; before this round 56 of the 68 probes
failed (P1 11/11, P2 8/9, P3 5/14, P4 6/8, P5 9/9, P6 8/8, P7 9/9, counted on the code before
each change); after it all pass.
"""

from __future__ import annotations

import pytest

from intake.extraction.ips import Role, find_ips
from tests.unit.extraction_helpers import body, certain, extract, mail, text_file

# Principle 1: an attachment the covering text calls old or superseded gives no addresses
# when the covering text gives its own, and never certain ones otherwise.

_OLD_FORM = "Žadatel: Vzorová média s.r.o.\nProdukce: 192.0.2.10, 192.0.2.11\nTest: 192.0.2.12\n"


@pytest.mark.parametrize(
    ("cover", "production", "test"),
    [
        # Czech: last year's application attached, the addresses changed
        ("Přikládám loňskou přihlášku, adresy se ale změnily: stahovat budeme z 198.51.100.20 "
         "a 198.51.100.21.", ["198.51.100.20", "198.51.100.21"], []),
        # Czech without diacritics: an old form, valid addresses in the mail
        ("V priloze je stary formular. Platna adresa produkce je 203.0.113.5, test 203.0.113.6.",
         ["203.0.113.5"], ["203.0.113.6"]),
        # Slovak: last year's form, its addresses no longer valid
        ("Prikladám vlaňajší formulár, adresy v ňom už neplatia. Produkcia: 198.51.100.70.",
         ["198.51.100.70"], []),
        # English: the attached form is from last year
        ("The attached form is from last year; our current download server is 203.0.113.80.",
         ["203.0.113.80"], []),
        # German: the attached form is outdated
        ("Das angehängte Formular ist veraltet. Wir laden jetzt nur von 198.51.100.90 herunter.",
         ["198.51.100.90"], []),
        # Polish: last year's form, the addresses are out of date
        ("Załączam zeszłoroczny formularz, adresy są już nieaktualne. Teraz pobieramy z "
         "203.0.113.90.", ["203.0.113.90"], []),
        # English: the old application for reference, new production and test lines
        ("Our old application is attached for reference only - its addresses are outdated.\n"
         "Production: 198.51.100.120\nTest: 198.51.100.121", ["198.51.100.120"],
         ["198.51.100.121"]),
        # Czech: the form from the previous year, current address written in the text
        ("Formulář v příloze je z minulého roku, aktuální adresa pro ostrý provoz je "
         "198.51.100.200.", ["198.51.100.200"], []),
        # Italian: the attached form is the old one from last year
        ("Il modulo allegato è quello vecchio dell'anno scorso; ora scarichiamo da 203.0.113.150.",
         ["203.0.113.150"], []),
    ],
)
def test_an_attachment_called_old_gives_way_to_the_cover(
    cover: str, production: list[str], test: list[str]
) -> None:
    x = extract(mail(body(f"Dobrý den,\n\n{cover}\n\nJan Malý"), text_file("form.txt", _OLD_FORM)))
    assert list(x.production_ips) == production, cover
    assert list(x.test_ips) == test, cover
    assert not certain(x, "production_ips"), cover


@pytest.mark.parametrize(
    "cover",
    [
        # the cover calls the form old and gives no address: the form's addresses, unsure
        "Přikládám náš loňský formulář, snad ještě platí.",
        "Attached is last year's form, nothing else changed I think.",
    ],
)
def test_an_attachment_called_old_with_no_cover_address_is_unsure(cover: str) -> None:
    x = extract(mail(body(f"Dobrý den,\n\n{cover}\n\nJan Malý"), text_file("form.txt", _OLD_FORM)))
    assert list(x.production_ips) == ["192.0.2.10", "192.0.2.11"], cover
    assert not certain(x, "production_ips"), cover
    assert not certain(x, "test_ips"), cover


@pytest.mark.parametrize(
    "cover",
    [
        # controls: a new or corrected form replacing an old one stands, certain
        "V příloze posílám nový formulář, ten starý z minulého týdne neplatí.",
        "Please find the updated form attached, the old one is obsolete.",
        "Posíláme vyplněný formulář v příloze.",
        # a place named with the word in it ("Staré Město") says nothing of the form's age
        "Přikládám formulář obce Staré Město.",
    ],
)
def test_a_new_form_sent_in_place_of_an_old_one_stands(cover: str) -> None:
    x = extract(mail(body(f"Dobrý den,\n\n{cover}\n\nJan Malý"), text_file("form.txt", _OLD_FORM)))
    assert list(x.production_ips) == ["192.0.2.10", "192.0.2.11"], cover
    assert list(x.test_ips) == ["192.0.2.12"], cover
    assert certain(x, "production_ips"), cover


# Principle 2: "A and B from now on, the old addresses are no longer valid": the clause about
# the old ones withdraws them, not A and B.


def _kept(text: str) -> list[str]:
    return [str(a) for m in find_ips(text) if not m.excluded for a in m.addresses]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Czech: last year's addresses
        ("Nově stahujeme z 198.51.100.30 a 198.51.100.31, loňské adresy už neplatí.",
         ["198.51.100.30", "198.51.100.31"]),
        # Czech without diacritics: the old ones are not to be used
        ("Od ledna jen 203.0.113.44, stare adresy uz nepouzivejte.", ["203.0.113.44"]),
        # Slovak: last year's addresses are not valid
        ("Teraz sťahujeme z 198.51.100.52, vlaňajšie adresy už neplatia.", ["198.51.100.52"]),
        # English: last year's addresses are no longer valid
        ("From now on we download from 203.0.113.7, last year's addresses are no longer valid.",
         ["203.0.113.7"]),
        # German: the old addresses no longer apply
        ("Neu ist 198.51.100.3, die alten Adressen gelten nicht mehr.", ["198.51.100.3"]),
        # Polish: last year's addresses are out of date
        ("Obecnie pobieramy z 192.0.2.77, zeszłoroczne adresy są już nieaktualne.",
         ["192.0.2.77"]),
        # English: the old ones are switched off
        ("Please allow 198.51.100.140 and 198.51.100.141; the old ones are switched off.",
         ["198.51.100.140", "198.51.100.141"]),
        # Czech: the earlier addresses are cancelled
        ("Povolte prosím 203.0.113.60 (produkce), dřívější adresy rušíme.", ["203.0.113.60"]),
        # Czech: the addresses used so far will not be used
        ("Stahovat budeme z 192.0.2.33, dosavadní adresy se nebudou používat.", ["192.0.2.33"]),
    ],
)
def test_a_clause_about_the_old_addresses_withdraws_only_those(
    text: str, expected: list[str]
) -> None:
    assert _kept(text) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        # controls: the address itself said to be out of use stays withdrawn
        "Adresa 198.51.100.3 už neplatí.",
        "We used 203.0.113.7, it is no longer valid.",
        "198.51.100.9 bitte nicht mehr verwenden.",
    ],
)
def test_an_address_said_to_be_out_of_use_stays_withdrawn(text: str) -> None:
    assert _kept(text) == [], text


# Principle 3: a use named after a list to say there is none of it is not the list's use.


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Czech: "testovací stroj zatím nemáme"
        ("Stahovat budeme z 198.51.100.14 a 198.51.100.15, testovací stroj zatím nemáme.",
         ["198.51.100.14", "198.51.100.15"]),
        # English: "no test server yet"
        ("We will pull the feed from 203.0.113.20 and 203.0.113.21, no test server yet.",
         ["203.0.113.20", "203.0.113.21"]),
        # German: "einen Testserver haben wir noch keinen"
        ("Abruf von 198.51.100.90 und 198.51.100.91, einen Testserver haben wir noch keinen.",
         ["198.51.100.90", "198.51.100.91"]),
        # Slovak: "testovací server zatiaľ nemáme"
        ("Sťahovať budeme z 203.0.113.30, testovací server zatiaľ nemáme.", ["203.0.113.30"]),
        # Polish: "serwera testowego na razie nie mamy"
        ("Pobieramy z 192.0.2.140 i 192.0.2.141, serwera testowego na razie nie mamy.",
         ["192.0.2.140", "192.0.2.141"]),
        # English: "test environment not needed"
        ("Addresses: 198.51.100.44, 198.51.100.45 - test environment not needed.",
         ["198.51.100.44", "198.51.100.45"]),
        # Czech: "testovací prostředí nepotřebujeme"
        ("Jde o 203.0.113.71 – testovací prostředí nepotřebujeme.", ["203.0.113.71"]),
        # Czech without diacritics: "zadny testovaci nemame"
        ("Pristup z 192.0.2.55 a 192.0.2.56, zadny testovaci server nemame.",
         ["192.0.2.55", "192.0.2.56"]),
        # Italian: "un server di test non l'abbiamo ancora"
        ("Scaricheremo da 203.0.113.99, un server di test non l'abbiamo ancora.",
         ["203.0.113.99"]),
        # Czech: a plain "testovací server nemáme"
        ("Přístup z 198.51.100.120 a 198.51.100.121, testovací server nemáme.",
         ["198.51.100.120", "198.51.100.121"]),
        # German: "eine Testumgebung brauchen wir nicht"
        ("Zugriff von 192.0.2.130, eine Testumgebung brauchen wir nicht.", ["192.0.2.130"]),
        # Polish: "środowiska testowego nie potrzebujemy"
        ("Pobieramy z 203.0.113.140, środowiska testowego nie potrzebujemy.", ["203.0.113.140"]),
        # Slovak: "testovacie prostredie nepotrebujeme"
        ("Sťahujeme z 198.51.100.150 a 198.51.100.151, testovacie prostredie nepotrebujeme.",
         ["198.51.100.150", "198.51.100.151"]),
        # French: "pas encore de serveur de test"
        ("Téléchargement depuis 192.0.2.150, pas encore de serveur de test.", ["192.0.2.150"]),
    ],
)
def test_a_use_said_to_be_absent_is_not_the_lists_use(line: str, expected: list[str]) -> None:
    x = extract(mail(body(f"Dobrý den,\nprosíme o přístup k XML.\n{line}\nJan Malý")))
    assert list(x.production_ips) == expected, line
    assert list(x.test_ips) == [], line


@pytest.mark.parametrize(
    "line",
    [
        # controls: the use named after the list is the list's own
        "Adresy 198.51.100.14 a 198.51.100.15, obě testovací.",
        "We will connect from 203.0.113.20 and 203.0.113.21, both for testing only.",
    ],
)
def test_a_use_named_after_a_list_stays_its_use(line: str) -> None:
    x = extract(mail(body(f"Dobrý den,\nprosíme o přístup k XML.\n{line}\nJan Malý")))
    assert list(x.production_ips) == [], line
    assert len(x.test_ips) == 2, line


# Principle 4: "instead of A use B, the old one is gone": B stands.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Czech: "ten starý už neexistuje"
        ("Místo 192.0.2.9 prosím nastavte 192.0.2.19, ten starý už neexistuje.", ["192.0.2.19"]),
        # Czech without diacritics: "ten stary uz nepouzivame"
        ("Misto 203.0.113.8 dejte 203.0.113.18, ten stary uz nepouzivame.", ["203.0.113.18"]),
        # Slovak: "ten pôvodný už neexistuje"
        ("Namiesto 198.51.100.8 nastavte 198.51.100.28, ten pôvodný už neexistuje.",
         ["198.51.100.28"]),
        # German: "der alte ist abgeschaltet"
        ("Statt 192.0.2.70 bitte 192.0.2.71 eintragen, der alte ist abgeschaltet.",
         ["192.0.2.71"]),
        # English: "the old one is gone"
        ("Instead of 203.0.113.40 please use 203.0.113.41, the old one is gone.",
         ["203.0.113.41"]),
        # Polish: "tamten stary już nie działa" - "tamten" points at the replaced one
        ("Zamiast 198.51.100.80 proszę wpisać 198.51.100.81, tamten stary już nie działa.",
         ["198.51.100.81"]),
        # Czech: "ta stará adresa se už nebude používat"
        ("Místo 192.0.2.44 platí 192.0.2.45, ta stará se už nebude používat.", ["192.0.2.45"]),
        # German: "die alte gilt nicht mehr"
        ("Statt 203.0.113.90 gilt jetzt 203.0.113.91, die alte gilt nicht mehr.",
         ["203.0.113.91"]),
    ],
)
def test_words_about_the_replaced_one_keep_the_new_one(text: str, expected: list[str]) -> None:
    assert _kept(text) == expected, text


# Principle 5: a label closing a line opens the next line; it does not trail.


def _by_role(text: str) -> tuple[list[str], list[str]]:
    found = [m for m in find_ips(text) if not m.excluded]
    test = [str(a) for m in found if m.role is Role.TEST for a in m.addresses]
    return [str(a) for m in found if m.role is not Role.TEST for a in m.addresses], test


@pytest.mark.parametrize(
    ("text", "production", "test"),
    [
        # Czech
        ("Produkce: 198.51.100.10, 198.51.100.11 Test:\n198.51.100.12",
         ["198.51.100.10", "198.51.100.11"], ["198.51.100.12"]),
        # English, "Testing:"
        ("Live: 203.0.113.1 and 203.0.113.2 Testing:\n203.0.113.3",
         ["203.0.113.1", "203.0.113.2"], ["203.0.113.3"]),
        # German
        ("Produktiv: 192.0.2.20 Test:\n192.0.2.21", ["192.0.2.20"], ["192.0.2.21"]),
        # Slovak
        ("Produkcia: 198.51.100.30, 198.51.100.31 Testovacia:\n198.51.100.32",
         ["198.51.100.30", "198.51.100.31"], ["198.51.100.32"]),
        # Polish
        ("Produkcja: 203.0.113.50 Testowy:\n203.0.113.51", ["203.0.113.50"], ["203.0.113.51"]),
        # the other way round: test first, production label closing the line
        ("Test: 192.0.2.60 Produkce:\n192.0.2.61", ["192.0.2.61"], ["192.0.2.60"]),
        # Czech without diacritics, a two-word label
        ("Ostry provoz: 198.51.100.70 Testovaci adresa:\n198.51.100.71",
         ["198.51.100.70"], ["198.51.100.71"]),
        # a PDF in two columns: the left column's text beside the addresses
        ("Firma s.r.o.            Produkce: 198.51.100.80, 198.51.100.81 Test:\n"
         "Brno                    198.51.100.82",
         ["198.51.100.80", "198.51.100.81"], ["198.51.100.82"]),
        # English, "Test server:"
        ("Production: 203.0.113.90 Test server:\n203.0.113.91", ["203.0.113.90"],
         ["203.0.113.91"]),
    ],
)
def test_a_label_closing_a_line_opens_the_next(
    text: str, production: list[str], test: list[str]
) -> None:
    assert _by_role(text) == (production, test), text


@pytest.mark.parametrize(
    ("text", "production", "test"),
    [
        # controls: a use written after the addresses without a colon is theirs
        ("198.51.100.3, 198.51.100.4 (test)", [], ["198.51.100.3", "198.51.100.4"]),
        ("Adresa 198.51.100.3 je testovací.", [], ["198.51.100.3"]),
    ],
)
def test_a_use_trailing_its_addresses_stays_theirs(
    text: str, production: list[str], test: list[str]
) -> None:
    assert _by_role(text) == (production, test), text


# Principle 6: a netmask in the last column below an address makes it a block (unsure).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Czech: the PDF's left column holds the address of the applicant
        ("Zpravodaj z.s.          test: 203.0.113.46\nHorní nám. 2, Opava     maska 255.255.255.254",
         ["203.0.113.46", "203.0.113.47"]),
        # English: "netmask"
        ("Applicant Ltd.          Test: 198.51.100.8\nLondon                  netmask 255.255.255.252",
         ["198.51.100.8", "198.51.100.9", "198.51.100.10", "198.51.100.11"]),
        # Czech: the IČO in the left column, "maska:" with a colon
        ("Zpravodaj z.s.          produkce: 192.0.2.16\nIČO 12345678            maska: 255.255.255.254",
         ["192.0.2.16", "192.0.2.17"]),
        # Slovak: "maska siete"
        ("Noviny s.r.o.           Produkcia: 203.0.113.20\nKošice                  maska siete "
         "255.255.255.254", ["203.0.113.20", "203.0.113.21"]),
        # English: "subnet mask"
        ("Newsroom                Production: 198.51.100.100\nPrague 1                subnet mask "
         "255.255.255.254", ["198.51.100.100", "198.51.100.101"]),
        # Polish: "maska"
        ("Gazeta sp. z o.o.       Produkcja: 192.0.2.40\nKraków                  maska "
         "255.255.255.252", ["192.0.2.40", "192.0.2.41", "192.0.2.42", "192.0.2.43"]),
        # German: "Netzmaske"
        ("Zeitung GmbH            Test: 203.0.113.60\nWien                    Netzmaske "
         "255.255.255.254", ["203.0.113.60", "203.0.113.61"]),
        # three columns: a phone number in the middle one
        ("Spolek z.s.     Kontakt: Jana     test: 198.51.100.200\n"
         "Opava           602 111 222       maska 255.255.255.254",
         ["198.51.100.200", "198.51.100.201"]),
    ],
)
def test_a_mask_in_the_column_below_an_address_makes_a_block(
    text: str, expected: list[str]
) -> None:
    found = [m for m in find_ips(text) if not m.excluded]
    assert [str(a) for m in found for a in m.addresses] == expected, text
    assert not found[-1].certain, text


# Principle 7: a use the covering text says it has or needs none of is never certain.

_FORM = "Žadatel: Vzorová média s.r.o.\nProdukce: 198.51.100.10\nTest: 198.51.100.11\n"


@pytest.mark.parametrize(
    ("cover", "key"),
    [
        # Czech without diacritics
        ("V priloze zadost, testovaci server zatim nemame.", "test_ips"),
        # Czech: after "ale", in a sentence of its own
        ("Posíláme formulář. Produkci máme, ale testovací stroj zatím nemáme.", "test_ips"),
        # a label with "none" in the covering text
        ("Formulář přikládám.\nTest: žádný", "test_ips"),
        # production said to be absent
        ("Formulář přikládám, ostrý provoz zatím nemáme.", "production_ips"),
    ],
)
def test_a_use_the_cover_says_is_absent_is_never_certain(cover: str, key: str) -> None:
    x = extract(mail(body(f"Dobrý den,\n\n{cover}\n\nJan Malý"), text_file("form.txt", _FORM)))
    assert list(x.production_ips) == ["198.51.100.10"], cover  # the wording removes nothing
    assert list(x.test_ips) == ["198.51.100.11"], cover
    assert not certain(x, key), cover


@pytest.mark.parametrize(
    "cover",
    [
        # Czech, Slovak, English, German, Polish
        "Formulář v příloze, testovací adresu tentokrát nepotřebujeme.",
        "Žiadosť v prílohe, testovacie prostredie nepotrebujeme.",
        "Form attached; we don't need a test address this time.",
        "Antrag anbei, eine Testumgebung brauchen wir nicht.",
        "Wniosek w załączniku, środowiska testowego nie potrzebujemy.",
    ],
)
def test_a_use_the_cover_says_is_not_needed_is_withdrawn_unsure(cover: str) -> None:
    """A use the cover says it does not need is not used (LABELS: left out; r48: refused as a
    whole, as the r36 drill's "Testovací už nepotřebujeme" is)."""
    x = extract(mail(body(f"Dobrý den,\n\n{cover}\n\nJan Malý"), text_file("form.txt", _FORM)))
    assert list(x.production_ips) == ["198.51.100.10"], cover
    assert list(x.test_ips) == [], cover  # no test value left to present


@pytest.mark.parametrize(
    "cover",
    [
        # controls: no other address of the use, a use not spoken of as absent
        "Formulář v příloze, jinou testovací adresu nemáme.",
        "Formulář v příloze, jiné údaje nemáme.",
    ],
)
def test_no_other_address_of_a_use_leaves_it_certain(cover: str) -> None:
    x = extract(mail(body(f"Dobrý den,\n\n{cover}\n\nJan Malý"), text_file("form.txt", _FORM)))
    assert certain(x, "test_ips"), cover
