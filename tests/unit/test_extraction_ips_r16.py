"""IP addresses, sixteenth round: principles generalised from the sixteenth held-out part.

1. A use word followed by a preposition before its address ("testy na A", "testovacie na A",
   "testy na serwerze A", "test na adrese A") names that address's use: "na" is the
   preposition of the languages that write it (Czech, Slovak, Polish, Slovenian, Croatian),
   not "n/a" - only "n/a" written with its slash, or in capitals ("NA"), says there is none
   (ja028: the test address read as production).
2. Words of being out of use in a clause of their own after an address that name another use
   ("servery A až B, testovacie prostredie nepoužívame", "A, we do not use a test
   environment", "A, Testumgebung nutzen wir nicht") say there is none of that use; they do
   not withdraw the address before them (jc008: production addresses missing). The address's
   own words ("A testovací už nepoužíváme") still withdraw it.
3. A corrected address takes the place of the one it replaces in the list, also when the
   sentence of the correction runs on to the next line ("Místo A má být správně / B.") as
   mail wraps it (jc010: the corrected address put last); a replacement is never certain.
4. A word of replacing that points back ("místo něj", "in its place", "stattdessen", "zamiast
   niego") in the clause that leads the next address withdraws the address before it, also
   across a sentence's end ("Uvedli jsme blok A/29, to je moc. Zapište místo něj jen B/30":
   jb035, the narrowed block); never certain.
5. A passive of replacing whose agent is the next address ("A bude nahrazena adresou B",
   "A wird durch B ersetzt", "A zostanie zastąpiony przez B", "A sera remplacée par B")
   withdraws A and gives B, also when the note amends the attached form (jb031: a data
   message's enclosure amending its main document); never certain.
6. A cover note cancelling a whole use of the attached form's addresses, naming no address
   ("testovacie prostredie rušíme, produkcia ostáva", "we cancel the test access", "die
   Testumgebung entfällt"), withdraws that use's addresses; in a sentence naming both uses
   the clause of the cancelling names the use (found by the sweep: an unflagged wrong test
   address).
7. A cover note speaking of an address of the attached form by its last octet alone ("Oprava
   k příloze: .71 je ve skutečnosti testovací stroj") says something of it the reader does
   not read: the uses of the addresses are not certain (found by the sweep: production and
   test wrong and certain).
8. The sweep (``test_no_wrong_value_is_certain_across_documents``): cover notes amending an
   attached form - adding, dropping, replacing, changing a use, cancelling a use - in
   several languages; every value extracted must be right or flagged. Written against the
   code after P1-P5, 3 of its 12 cases gave a wrong value as certain (P6, P7 fixed them).
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


# Principle 1: "na" after a use word is a preposition, not "n/a".


@pytest.mark.parametrize(
    "text",
    [
        # Czech, plural noun of the use
        "Živý provoz chceme pouštět z 198.51.100.40, testy na 198.51.100.41.",
        # Czech without diacritics, adjective alone
        "Ostra verze bezi na 198.51.100.40 a testovaci na 198.51.100.41.",
        # Slovak
        "Produkcia pobeží na 198.51.100.40, testovanie na 198.51.100.41.",
        # Polish
        "Produkcja działa na 198.51.100.40, testy na 198.51.100.41.",
        # Slovenian / Croatian
        "Produkcija je na 198.51.100.40, testiranje na 198.51.100.41.",
        # Czech, a form line with the preposition before the address
        "Adresa produkce: 198.51.100.40\nZkušební prostředí na 198.51.100.41",
        # Czech, a reply in a semicolon list
        "Díky za dotaz; produkce na 198.51.100.40; test na 198.51.100.41.",
        # Slovak, a dash between the clauses
        "Ostrá prevádzka na 198.51.100.40 – testy na 198.51.100.41",
    ],
)
def test_na_after_a_use_word_is_a_preposition(text: str) -> None:
    production, _, test, _ = _read(text)
    assert production == ["198.51.100.40"], text
    assert test == ["198.51.100.41"], text


@pytest.mark.parametrize(
    "text",
    [
        "Produkce: 198.51.100.40\nTest: N/A",
        "Produkce: 198.51.100.40, test: n/a",
        "Production 198.51.100.40; test NA",
    ],
)
def test_na_with_its_slash_or_in_capitals_still_says_none(text: str) -> None:
    production, _, test, _ = _read(text)
    assert production == ["198.51.100.40"], text
    assert test == [], text


# Principle 2: "we use no test environment" after an address does not withdraw it.

_THREE = ["192.0.2.20", "192.0.2.21", "192.0.2.22"]


@pytest.mark.parametrize(
    "text",
    [
        # Czech
        "Žádáme o přístup pro servery 192.0.2.20 až 192.0.2.22, testovací prostředí "
        "nepoužíváme.",
        # Czech without diacritics
        "Pristup pro 192.0.2.20-192.0.2.22, testovaci prostredi nepouzivame.",
        # Slovak, a numbered item
        "1) prístup k dátam – stroje 192.0.2.20 až .22, skúšobné prostredie nepoužívame;",
        # English
        "Our hosts are 192.0.2.20 to 192.0.2.22 - we do not use a test environment.",
        # English, 'no longer' about staging
        "Please allow 192.0.2.20 through 192.0.2.22; staging is no longer in use.",
        # German
        "Bitte freischalten: 192.0.2.20 bis 192.0.2.22, eine Testumgebung nutzen wir nicht "
        "mehr.",
        # Polish
        "Prosimy o dostęp dla 192.0.2.20 - 192.0.2.22, środowiska testowego już nie "
        "używamy.",
        # Czech, a reply with the statement after a dash
        "Ano, jde o 192.0.2.20, 192.0.2.21 a 192.0.2.22 – zkušební server už nepoužíváme.",
    ],
)
def test_no_test_use_after_an_address_does_not_withdraw_it(text: str) -> None:
    production, _, test, _ = _read(text)
    assert production == _THREE, text
    assert test == [], text


def test_an_addresss_own_words_of_being_out_of_use_still_withdraw_it() -> None:
    production, _, test, _ = _read(
        "Produkce: 192.0.2.20, 192.0.2.21 testovací už nepoužíváme, 192.0.2.22."
    )
    assert "192.0.2.21" not in production + test


# Principle 3: a correction wrapped onto the next line keeps the list's order.

_ORIGINAL = (
    "\n\n-----Původní zpráva-----\nOd: Jan Malý\n\nDobrý den,\nprodukční adresy: "
    "198.51.100.15, 198.51.100.60\nS pozdravem Jan Malý"
)


@pytest.mark.parametrize(
    "reply",
    [
        # Czech
        "omlouvám se, v žádosti jsem se spletl: místo 198.51.100.15 má být\n198.51.100.51.",
        # Czech without diacritics
        "pardon, preklep: misto 198.51.100.15 ma byt spravne\n198.51.100.51. Zbytek plati.",
        # Slovak
        "ospravedlňujem sa, namiesto 198.51.100.15 má byť\n198.51.100.51.",
        # English
        "sorry, a typo in my request: instead of 198.51.100.15 it should read\n"
        "198.51.100.51.",
        # English, 'replace … with' wrapped
        "Please replace 198.51.100.15 with\n198.51.100.51, the rest stands.",
        # German
        "Entschuldigung, statt 198.51.100.15 muss es heißen\n198.51.100.51.",
        # Polish
        "przepraszam, zamiast 198.51.100.15 powinno być\n198.51.100.51.",
        # Czech, the wrap right after the preposition
        "Oprava: adresu 198.51.100.15 prosím nahraďte adresou\n198.51.100.51.",
    ],
)
def test_a_wrapped_correction_takes_the_place_of_the_address_it_replaces(reply: str) -> None:
    x = extract(mail(body(f"Dobrý den,\n\n{reply}\n\nJan Malý{_ORIGINAL}")))
    assert [str(a) for a in x.production_ips] == ["198.51.100.51", "198.51.100.60"], reply
    assert x.fields["production_ips"].certain is False, reply


def test_a_next_line_of_another_use_after_a_withdrawal_keeps_its_use() -> None:
    x = extract(
        mail(
            body(
                "Dobrý den,\n\nadresu 198.51.100.15 prosím zrušte\nTestovací adresa: "
                f"198.51.100.70\n\nJan Malý{_ORIGINAL}"
            )
        )
    )
    assert [str(a) for a in x.production_ips] == ["198.51.100.60"]
    assert [str(a) for a in x.test_ips] == ["198.51.100.70"]


# Principle 4: "in its place" before the next address withdraws the one before.


@pytest.mark.parametrize(
    "text",
    [
        # Czech, a block narrowed
        "Dříve jsme psali 203.0.113.40/29, to je moc. Zapište prosím místo něj jen "
        "203.0.113.40/30.",
        # Czech without diacritics
        "Puvodne 203.0.113.40/29 - je to moc, misto nej povolte 203.0.113.40/30.",
        # Slovak
        "Uviedli sme 203.0.113.40/29, čo je priveľa. Zapíšte namiesto neho iba "
        "203.0.113.40/30.",
        # English
        "Our form says 203.0.113.40/29, which is too large. Please register in its place "
        "only 203.0.113.40/30.",
        # German
        "Im Formular steht 203.0.113.40/29, das ist zu groß. Bitte tragen Sie stattdessen "
        "nur 203.0.113.40/30 ein.",
        # Polish
        "W formularzu jest 203.0.113.40/29, to za dużo. Prosimy wpisać zamiast niego tylko "
        "203.0.113.40/30.",
        # Italian
        "Nel modulo c'è 203.0.113.40/29, troppo grande; inserite al suo posto solo "
        "203.0.113.40/30.",
        # Spanish
        "En el formulario figura 203.0.113.40/29, demasiado grande. Registren en su lugar "
        "solo 203.0.113.40/30.",
    ],
)
def test_in_its_place_before_an_address_withdraws_the_one_before(text: str) -> None:
    production, p_certain, test, _ = _read(text)
    assert production == ["203.0.113.40", "203.0.113.41", "203.0.113.42", "203.0.113.43"], text
    assert test == [], text
    assert p_certain is not True, text


# Principle 5: "A will be replaced by B" in a note amending the attached form.

_FORM = "Žádost o přístup\nProdukční adresy: 198.51.100.70, 198.51.100.71\nKontakt: Jan Malý"


@pytest.mark.parametrize(
    "note",
    [
        # Czech
        "Doplnění: adresa 198.51.100.71 bude nahrazena adresou 198.51.100.79.",
        # Czech without diacritics
        "Doplneni: adresa 198.51.100.71 bude nahrazena novou adresou 198.51.100.79.",
        # Slovak
        "Upozornenie: adresa 198.51.100.71 bude nahradená adresou 198.51.100.79.",
        # German
        "Nachtrag: die 198.51.100.71 wird durch 198.51.100.79 ersetzt.",
        # Polish
        "Uzupełnienie: adres 198.51.100.71 zostanie zastąpiony przez 198.51.100.79.",
        # French
        "Complément : l'adresse 198.51.100.71 sera remplacée par 198.51.100.79.",
        # Italian
        "Nota: l'indirizzo 198.51.100.71 sarà sostituito da 198.51.100.79.",
        # Czech, past tense with the server named
        "Mezitím byl 198.51.100.71 vystřídán serverem 198.51.100.79.",
    ],
)
def test_a_passive_of_replacing_withdraws_the_attached_forms_address(note: str) -> None:
    x = extract(mail(body(f"Dobrý den,\n\n{note}\n\nJan Malý"), text_file("zadost.txt", _FORM)))
    assert sorted(str(a) for a in x.production_ips) == ["198.51.100.70", "198.51.100.79"], note
    assert x.fields["production_ips"].certain is False, note


# Principle 6: a cover cancelling a whole use of the attached form's addresses.

_FORM_BOTH = (
    "Žádost o přístup\nProdukční adresy: 198.51.100.70, 198.51.100.71\n"
    "Testovací adresa: 198.51.100.90\nKontakt: Jan Malý"
)


@pytest.mark.parametrize(
    "note",
    [
        # Slovak, both uses named
        "Zmena oproti formuláru: testovacie prostredie rušíme, produkcia ostáva.",
        # Czech
        "K příloze: testovací přístup rušíme, ostrý provoz zůstává beze změny.",
        # Czech without diacritics, imperative
        "K priloze: testovaci adresu prosim zruste.",
        # English
        "Regarding the attached form: we cancel the test access, production stays.",
        # German
        "Zum Formular: die Testumgebung entfällt, die Produktion bleibt.",
        # Polish
        "Do formularza: środowisko testowe usuwamy, produkcja bez zmian.",
        # English, a reply line
        "Please cancel the staging entry from the form; the live ones stand.",
        # Czech, 'but'
        "Produkční adresy z formuláře platí, ale testovací zrušte.",
    ],
)
def test_a_cover_cancelling_a_use_withdraws_that_uses_addresses(note: str) -> None:
    x = extract(
        mail(body(f"Dobrý den,\n\n{note}\n\nJan Malý"), text_file("zadost.txt", _FORM_BOTH))
    )
    assert [str(a) for a in x.production_ips] == ["198.51.100.70", "198.51.100.71"], note
    assert [str(a) for a in x.test_ips] == [], note


# Principle 7: a last octet alone in a cover, of an attached address, leaves the uses unsure.


@pytest.mark.parametrize(
    "note",
    [
        # Czech
        "Oprava k příloze: .71 je ve skutečnosti testovací stroj.",
        # Czech without diacritics
        "Oprava: .71 je ve skutecnosti testovaci.",
        # Slovak
        "Oprava k prílohe: .71 je v skutočnosti testovací server.",
        # English
        "Correction to the form: .71 is actually our staging box.",
        # German
        "Korrektur zum Formular: die .71 ist eigentlich unser Testsystem.",
        # Polish
        "Korekta: .71 to w rzeczywistości serwer testowy.",
        # French
        "Correction : la .71 est en fait notre serveur de test.",
        # English, a reply line
        "> Produkční adresy: ...\nThe .71 one moved to testing last week.",
    ],
)
def test_a_last_octet_in_a_cover_leaves_the_uses_unsure(note: str) -> None:
    x = extract(mail(body(f"Dobrý den,\n\n{note}\n\nJan Malý"), text_file("zadost.txt", _FORM)))
    assert x.fields["production_ips"].certain is False, note


# The sweep: amendments of an attached form by its cover note.

_SWEEP = [
    ("K formuláři: testovací adresu prosím vůbec nezapisujte, test nebudeme dělat.",
     ["198.51.100.70", "198.51.100.71"], []),
    ("Oprava k příloze: .71 je ve skutečnosti testovací stroj.",
     ["198.51.100.70"], ["198.51.100.71", "198.51.100.90"]),
    ("Addendum: please also allow 198.51.100.72 for production.",
     ["198.51.100.70", "198.51.100.71", "198.51.100.72"], ["198.51.100.90"]),
    ("Nachtrag: 198.51.100.71 entfällt.", ["198.51.100.70"], ["198.51.100.90"]),
    ("Update to the attached form: the test address changes to 198.51.100.91.",
     ["198.51.100.70", "198.51.100.71"], ["198.51.100.91"]),
    ("Dodatek: adres testowy 198.51.100.90 proszę usunąć.",
     ["198.51.100.70", "198.51.100.71"], []),
    ("V příloze je chyba, produkční adresy jsou prohozené s testovací: 198.51.100.90 je ostrá, "
     "198.51.100.70 a 198.51.100.71 testovací.",
     ["198.51.100.90"], ["198.51.100.70", "198.51.100.71"]),
    ("Doplnenie k prílohe: namiesto 198.51.100.70 uveďte 198.51.100.75, ostatné platí.",
     ["198.51.100.75", "198.51.100.71"], ["198.51.100.90"]),
    ("Correction: in the form, 198.51.100.71 should read 198.51.100.17.",
     ["198.51.100.70", "198.51.100.17"], ["198.51.100.90"]),
    ("Hinweis zum Formular: Die Testadresse 198.51.100.90 wird künftig durch 198.51.100.99 "
     "ersetzt.", ["198.51.100.70", "198.51.100.71"], ["198.51.100.99"]),
    ("Upřesnění: adresa .71 bude od května nahrazena adresou 198.51.100.81.",
     ["198.51.100.70", "198.51.100.81"], ["198.51.100.90"]),
    ("Zmena oproti formuláru: testovacie prostredie rušíme, produkcia ostáva.",
     ["198.51.100.70", "198.51.100.71"], []),
]


@pytest.mark.parametrize(("note", "production", "test"), _SWEEP)
def test_no_wrong_value_is_certain_across_documents(
    note: str, production: list[str], test: list[str]
) -> None:
    x = extract(
        mail(body(f"Dobrý den,\n\n{note}\n\nJan Malý"), text_file("zadost.txt", _FORM_BOTH))
    )
    for key, want, got in (
        ("production_ips", production, [str(a) for a in x.production_ips]),
        ("test_ips", test, [str(a) for a in x.test_ips]),
    ):
        field = x.fields.get(key)
        assert got == want or (field is not None and not field.certain), (note, key, got)
