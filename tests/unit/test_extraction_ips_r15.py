"""IP addresses, fifteenth round: principles generalised from the fifteenth held-out part,
and a sweep of certainty over short invented applications.

1. Uses given by position in a list the sentence before names ("The first three are
   production, the last two staging", "Die ersten drei … die letzten zwei", "De tre första …
   de två sista"): the number after a position word ("the last two", "poslední dvě",
   "ostatnie dwa") is the count of that use, not one address; number words of the languages
   applicants write in count (ic016). Roles read from a later sentence stay unsure.
2. A range given as its first and last address in words ("počínaje A a konče B", "starting
   with A, ending with B", "beginnend mit A und endend mit B", "zaczynając od A, kończąc na
   B", "počnúc A a končiac B") is every address from the first to the last (ic038); a range
   read through words is never certain.
3. A verb of replacing between two addresses says which replaces which only with the word
   "new" or "old" before the second ("A z něj nahradil nový B" - Czech names the subject
   after the verb -, "A was superseded by the new B", "der neue B ersetzt den alten A"):
   the old one is withdrawn, the new one given (ib026, a cover mail replacing an address of
   its attached form); a line that replaces is never certain.
4. A table whose header row names the use of each column above a column of row labels
   ("| | ostrý | testovací |", the corner cell empty) keeps that corner as a cell when an HTML
   body is read as text, so each use stays over its own column (ia029: production and test
   swapped); other formats keep it too, and so does a table that opens the HTML body.
5. "Instead" right after an address ("the form lists A - please use B instead", "použijte B
   místo něj", "nehmen Sie B stattdessen", "użyjcie B zamiast tego") withdraws the address
   before it in its sentence, unless the two are one list ("our new A and B instead" replaces
   others); the replacement is never certain. A capitalised word German writes anyway
   ("verwenden Sie A", "die Adresse A") is no product name that makes the address a version
   number (found by the sweep).
7. A word of order in more languages - "henholdsvis" (Danish, Norwegian: respectively), the
   ordinals "den första … den andra", "pierwszy … drugi", "le premier … le second", "el
   primero … el segundo", "il primo … il secondo", "die erste … die zweite" - gives the uses
   of a list's addresses in order, as "respectively" does (found by a second sweep batch);
   a use read from the order stays unsure.
8. A row of addresses set off by semicolons under a header whose cells are set off by
   semicolons ("Server;Produkce;Test" over "web1;A;B") is a row of cells: each address takes
   its column's use, as under a tab or pipe header (the flagged sweep miss); a row is cells
   only when it has the header's number of them.
6. The sweep (``test_no_wrong_value_is_certain``, ``test_no_wrong_value_is_certain_in_tables``):
   applications in the styles of issue 18's classes - respectively-sentences in many
   languages, tables with role columns in text, HTML, DOCX, XLSX and ODS, replacements in
   cover mails of an attached form - whose right reading is plain to a person; every value
   extracted must be right or flagged.

Outcome: on the code before this round (60c7e59) 52 of the principle probes failed - P1 9 of
9, P2 9 of 9, P3 8 of 9, P4 8 of 8 HTML probes and 1 of 1 (the DOCX/XLSX/ODS controls and
P2's control passed), P5 9 of 9, P7 8 of 8 - and none of the 43 sweep cases (31 + 12) gave a
wrong value as certain; 5 gave a flagged wrong value when written, all now read right (an
HTML table opening the body, "use B instead", "henholdsvis", "den första … den andra", a
semicolon table "Server;Produkce;Test" - P8, 8 of 8 probes failed before it, the control
passed). After it all pass.
"""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from intake.model import ComponentRole
from tests.unit.docs import docx_bytes, ods_bytes, xlsx_bytes
from tests.unit.extraction_helpers import attachment, body, extract, mail


def _read(text: str) -> tuple[list[str], bool | None, list[str], bool | None]:
    x = extract(mail(body(f"Dobrý den,\n\n{text}\n\nJan Malý")))
    p, t = x.fields.get("production_ips"), x.fields.get("test_ips")
    return (
        [str(a) for a in x.production_ips],
        None if p is None else p.certain,
        [str(a) for a in x.test_ips],
        None if t is None else t.certain,
    )


_FIVE = "198.51.100.11, 198.51.100.12, 198.51.100.13, 203.0.113.21, 203.0.113.22"

# Principle 1: uses by position and count in the sentence after the list.


@pytest.mark.parametrize(
    "text",
    [
        # English, a use after "the last two" without a verb
        f"Kindly allow these five hosts: {_FIVE}. The first three are production, the last "
        "two our staging boxes.",
        # Czech
        f"Adresy k povolení: {_FIVE}. První tři jsou produkční, poslední dvě testovací.",
        # Czech without diacritics
        f"Adresy k povoleni: {_FIVE}. Prvni tri jsou produkcni, posledni dve testovaci.",
        # Slovak
        f"Prosíme povoliť {_FIVE}. Prvé tri sú produkčné, posledné dve testovacie.",
        # German
        f"Bitte freischalten: {_FIVE}. Die ersten drei sind Produktion, die letzten zwei Test.",
        # Polish
        f"Prosimy o dostęp dla {_FIVE}. Pierwsze trzy są produkcyjne, ostatnie dwa testowe.",
        # Swedish
        f"Vänligen öppna för {_FIVE}. De tre första är produktion, de två sista test.",
        # English with digits
        f"IPs: {_FIVE}. First 3 = production, last 2 = test.",
        # French
        f"Adresses à autoriser : {_FIVE}. Les trois premières sont de production, les deux "
        "dernières de test.",
    ],
)
def test_uses_by_position_and_count_split_the_list(text: str) -> None:
    production, p_certain, test, t_certain = _read(text)
    assert production == ["198.51.100.11", "198.51.100.12", "198.51.100.13"], text
    assert test == ["203.0.113.21", "203.0.113.22"], text
    assert p_certain is not True and t_certain is not True, text


# Principle 2: a range given as its first and last address.

_FOUR = ["198.51.100.10", "198.51.100.11", "198.51.100.12", "198.51.100.13"]


@pytest.mark.parametrize(
    "text",
    [
        # Czech (ic038's form, other addresses)
        "Povolte prosím čtyři adresy, počínaje 198.51.100.10 a konče 198.51.100.13, vše ostrý "
        "provoz.",
        # Czech without diacritics, last octet alone
        "Ostry provoz: pocinaje 198.51.100.10 a konce .13",
        # Slovak
        "Produkcia: počnúc 198.51.100.10 a končiac 198.51.100.13",
        # English
        "Production: starting with 198.51.100.10, ending with 198.51.100.13.",
        # English, 'beginning at … ending at'
        "Our live servers: beginning at 198.51.100.10 and ending at 198.51.100.13",
        # German
        "Produktion: beginnend mit 198.51.100.10 und endend mit .13",
        # Polish
        "Serwery produkcyjne: zaczynając od 198.51.100.10, kończąc na 198.51.100.13",
        # Spanish
        "Producción: empezando por 198.51.100.10 y terminando en 198.51.100.13",
        # French
        "Production : commençant par 198.51.100.10 et finissant par 198.51.100.13",
    ],
)
def test_a_range_by_its_first_and_last_address_is_every_address_of_it(text: str) -> None:
    production, p_certain, test, _ = _read(text)
    assert production == _FOUR, text
    assert test == [], text
    assert p_certain is not True, text


def test_a_start_word_without_an_end_word_makes_no_range() -> None:
    production, _, _, _ = _read(
        "Produkce: počínaje 198.51.100.10 a 198.51.100.13 (další přibudou)."
    )
    assert production == ["198.51.100.10", "198.51.100.13"]


# Principle 3: a replacement read from "new"/"old" before the second address.

_LISTED = "Produkce: 203.0.113.101, 203.0.113.102."


@pytest.mark.parametrize(
    "text",
    [
        # Czech, object first (ib026's form, other wording)
        f"{_LISTED}\nServer 203.0.113.101 mezitím nahradil nový 203.0.113.110.",
        # Czech without diacritics
        f"{_LISTED}\nServer 203.0.113.101 uz nahradil novy 203.0.113.110.",
        # Czech, subject first with 'old'
        f"{_LISTED}\nNový stroj 203.0.113.110 nahradil starý 203.0.113.101.",
        # Slovak
        f"{_LISTED}\nServer 203.0.113.101 medzičasom nahradil nový 203.0.113.110.",
        # English, passive with 'new'
        f"{_LISTED}\nNote: 203.0.113.101 has been superseded by the new 203.0.113.110.",
        # English, active with 'old'
        f"{_LISTED}\nThe new box 203.0.113.110 replaced the old 203.0.113.101 last week.",
        # German
        f"{_LISTED}\nDer neue Server 203.0.113.110 ersetzt den alten 203.0.113.101.",
        # Polish
        f"{_LISTED}\nSerwer 203.0.113.101 zastąpił nowy 203.0.113.110.",
        # French
        f"{_LISTED}\nLe nouveau 203.0.113.110 remplace l'ancien 203.0.113.101.",
    ],
)
def test_a_replacement_is_read_from_new_and_old(text: str) -> None:
    production, p_certain, test, _ = _read(text)
    assert sorted(production) == ["203.0.113.102", "203.0.113.110"], text
    assert test == [], text
    assert p_certain is not True, text


# Principle 4: the empty corner of a table's header row keeps the columns' uses in place.

_PROD2 = ["198.51.100.180", "198.51.100.181"]
_TEST2 = ["198.51.100.190", "198.51.100.191"]


def _html_table(corner: str, uses: tuple[str, str], labels: tuple[str, str]) -> str:
    rows = "".join(
        f"<tr><td>{label}</td><td>{p}</td><td>{t}</td></tr>"
        for label, p, t in zip(labels, _PROD2, _TEST2, strict=True)
    )
    return (
        "<p>Dobrý den, posílám adresy.</p><table>"
        f"<tr>{corner}<th>{uses[0]}</th><th>{uses[1]}</th></tr>{rows}</table><p>Jan Malý</p>"
    )


@pytest.mark.parametrize(
    ("corner", "uses", "labels"),
    [
        # Czech, an empty header cell (ia029's form, other addresses)
        ("<th></th>", ("ostrý", "testovací"), ("IP 1", "IP 2")),
        # an empty data cell as the corner
        ("<td></td>", ("Produkce", "Test"), ("Server A", "Server B")),
        # a corner of one non-breaking space
        ("<th>&nbsp;</th>", ("Production", "Testing"), ("Host 1", "Host 2")),
        # German
        ("<td> </td>", ("Produktiv", "Testumgebung"), ("Rechner 1", "Rechner 2")),
        # Slovak without diacritics
        ("<th></th>", ("ostra prevadzka", "testovacia"), ("1.", "2.")),
        # Polish
        ("<th></th>", ("produkcja", "testy"), ("adres 1", "adres 2")),
        # Czech without diacritics, labels with a colon
        ("<td></td>", ("ostry provoz", "test"), ("IP c. 1:", "IP c. 2:")),
        # English, the corner a bold empty cell
        ("<td><b></b></td>", ("Live", "Staging"), ("#1", "#2")),
    ],
)
def test_an_html_tables_empty_corner_keeps_the_uses_over_their_columns(
    corner: str, uses: tuple[str, str], labels: tuple[str, str]
) -> None:
    html = _html_table(corner, uses, labels)
    x = extract(mail(body(html, role=ComponentRole.BODY_HTML)))
    assert [str(a) for a in x.production_ips] == _PROD2, html
    assert [str(a) for a in x.test_ips] == _TEST2, html


_GRID = [
    ["", "ostrý provoz", "testovací provoz"],
    ["IP 1", _PROD2[0], _TEST2[0]],
    ["IP 2", _PROD2[1], _TEST2[1]],
]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("adresy.docx", docx_bytes([_GRID])),
        ("adresy.xlsx", xlsx_bytes(_GRID)),
        ("adresy.ods", ods_bytes(_GRID)),
    ],
)
def test_an_attached_tables_empty_corner_keeps_the_uses_over_their_columns(
    name: str, data: bytes
) -> None:
    x = extract(mail(body("Dobrý den, adresy jsou v příloze.\n\nJan Malý"), attachment(name, data)))
    assert [str(a) for a in x.production_ips] == _PROD2, name
    assert [str(a) for a in x.test_ips] == _TEST2, name


def test_a_table_that_opens_an_html_body_keeps_its_corner() -> None:
    html = (
        "<table><tr><td></td><td>Test</td><td>Produkce</td></tr>"
        "<tr><td>IP</td><td>203.0.113.52</td><td>198.51.100.52</td></tr></table><p>Jan Malý</p>"
    )
    x = extract(mail(body(html, role=ComponentRole.BODY_HTML)))
    assert [str(a) for a in x.production_ips] == ["198.51.100.52"]
    assert [str(a) for a in x.test_ips] == ["203.0.113.52"]


# Principle 5: "instead" right after an address withdraws the one before it in its sentence.

_FORM = "Produkce: 198.51.100.62\nTest: 203.0.113.62\n"


@pytest.mark.parametrize(
    "text",
    [
        # English
        f"{_FORM}The form lists 203.0.113.62 for testing - please use 203.0.113.63 instead.",
        # English, 'in its place'
        f"{_FORM}Our form gives 203.0.113.62; kindly register 203.0.113.63 in its place.",
        # Czech
        f"{_FORM}Ve formuláři je pro test 203.0.113.62, použijte prosím 203.0.113.63 místo něj.",
        # Czech without diacritics
        f"{_FORM}Ve formulari je 203.0.113.62, pouzijte prosim 203.0.113.63 misto toho.",
        # Slovak
        f"{_FORM}Vo formulári je 203.0.113.62, použite prosím 203.0.113.63 namiesto toho.",
        # German, 'Sie' right before the address
        f"{_FORM}Das Formular nennt 203.0.113.62, bitte verwenden Sie 203.0.113.63 stattdessen.",
        # Polish
        f"{_FORM}W formularzu jest 203.0.113.62, prosimy użyć 203.0.113.63 zamiast tego.",
        # French
        f"{_FORM}Le formulaire indique 203.0.113.62, merci d'utiliser 203.0.113.63 à la place.",
        # Spanish
        f"{_FORM}El formulario indica 203.0.113.62, usen por favor 203.0.113.63 en su lugar.",
    ],
)
def test_instead_after_an_address_withdraws_the_one_before(text: str) -> None:
    production, _, test, t_certain = _read(text)
    assert production == ["198.51.100.62"], text
    assert test == ["203.0.113.63"], text
    assert t_certain is not True, text


def test_one_list_said_to_come_instead_withdraws_none_of_it() -> None:
    production, _, _, _ = _read(
        "Please allow our new production servers 198.51.100.105 and 198.51.100.106 instead."
    )
    assert production == ["198.51.100.105", "198.51.100.106"]


# The sweep: every value extracted is right or flagged.

_P, _T = "198.51.100.", "203.0.113."
_SWEEP: list[tuple[str, list[str], list[str]]] = [
    (
        "Adresy pro ostrý a testovací provoz jsou 198.51.100.10 a 203.0.113.10 (v tomto pořadí).",
        [_P + "10"],
        [_T + "10"],
    ),
    (
        "Für Produktion bzw. Test nutzen wir 198.51.100.11 bzw. 203.0.113.11.",
        [_P + "11"],
        [_T + "11"],
    ),
    (
        "Nasze serwery produkcyjny i testowy mają odpowiednio adresy 198.51.100.12 i 203.0.113.12.",
        [_P + "12"],
        [_T + "12"],
    ),
    (
        "I server di produzione e di test sono rispettivamente 198.51.100.13 e 203.0.113.13.",
        [_P + "13"],
        [_T + "13"],
    ),
    ("Testovací a ostrý server: 203.0.113.14, resp. 198.51.100.14.", [_P + "14"], [_T + "14"]),
    (
        "Nos serveurs de test et de production : 203.0.113.15 et 198.51.100.15 respectivement.",
        [_P + "15"],
        [_T + "15"],
    ),
    (
        "Los servidores de producción y pruebas son 198.51.100.16 y 203.0.113.16, respectivamente.",
        [_P + "16"],
        [_T + "16"],
    ),
    (
        "Produkčný a testovací server majú adresy 198.51.100.17, resp. 203.0.113.17.",
        [_P + "17"],
        [_T + "17"],
    ),
    (
        "Adresy 198.51.100.18, 198.51.100.19 a 203.0.113.18. První dvě jsou pro ostrý provoz, poslední pro test.",
        [_P + "18", _P + "19"],
        [_T + "18"],
    ),
    (
        "Hosts: 198.51.100.20, 198.51.100.21, 203.0.113.20, 203.0.113.21. The former two serve production, the latter two testing.",
        [_P + "20", _P + "21"],
        [_T + "20", _T + "21"],
    ),
    (
        "IP adresa        ostrý   test\n198.51.100.22    ano     ne\n203.0.113.22     ne      ano",
        [_P + "22"],
        [_T + "22"],
    ),
    (
        "| | Produktion | Test |\n|---|---|---|\n| IP 1 | 198.51.100.23 | 203.0.113.23 |\n| IP 2 | 198.51.100.24 | 203.0.113.24 |",
        [_P + "23", _P + "24"],
        [_T + "23", _T + "24"],
    ),
    ("Server;Produkce;Test\nweb1;198.51.100.25;203.0.113.25", [_P + "25"], [_T + "25"]),
    (
        "Produkce: 198.51.100.26, 198.51.100.27\nTest: 203.0.113.26\nDoplněk: místo 198.51.100.27 použijte prosím 198.51.100.28.",
        [_P + "26", _P + "28"],
        [_T + "26"],
    ),
    (
        "Production: 198.51.100.29\nTest: 203.0.113.29\nUpdate: instead of 203.0.113.29 please use 203.0.113.30 for testing.",
        [_P + "29"],
        [_T + "30"],
    ),
    (
        "Produktion: 198.51.100.31\nTest: 203.0.113.31\nNachtrag: statt 198.51.100.31 bitte 198.51.100.32 freischalten.",
        [_P + "32"],
        [_T + "31"],
    ),
    (
        "Produkcja: 198.51.100.33\nTesty: 203.0.113.33\nKorekta: zamiast 198.51.100.33 proszę wpisać 198.51.100.34.",
        [_P + "34"],
        [_T + "33"],
    ),
    (
        "Produkce: 198.51.100.35, 198.51.100.36\nServer 198.51.100.36 jsme mezitím vyměnili za 198.51.100.37.",
        [_P + "35", _P + "37"],
        [],
    ),
    (
        "Production: 198.51.100.38, 198.51.100.39\nThe old 198.51.100.39 will be replaced by the new 198.51.100.40 next week.",
        [_P + "38", _P + "40"],
        [],
    ),
    (
        "Produkce: 198.51.100.41\nNový server 198.51.100.42 nahradí starý 198.51.100.41.",
        [_P + "42"],
        [],
    ),
]


_SWEEP_2: list[tuple[str, list[str], list[str]]] = [
    # a second batch: respectively-sentences and words of order in more languages
    (
        "Våra produktions- och testservrar har adresserna 198.51.100.70 respektive 203.0.113.70.",
        [_P + "70"],
        [_T + "70"],
    ),
    (
        "Onze productie- en testserver hebben respectievelijk 198.51.100.71 en 203.0.113.71.",
        [_P + "71"],
        [_T + "71"],
    ),
    (
        "Az éles és a teszt szerver címe 198.51.100.72, illetve 203.0.113.72.",
        [_P + "72"],
        [_T + "72"],
    ),
    ("Test- und Produktivsystem: 203.0.113.73 bzw. 198.51.100.73", [_P + "73"], [_T + "73"]),
    (
        "Serwery testowy i produkcyjny mają adresy odpowiednio 203.0.113.74 i 198.51.100.74.",
        [_P + "74"],
        [_T + "74"],
    ),
    (
        "Ostrý provoz a test: 198.51.100.75 a 198.51.100.76, v uvedeném pořadí. Poslední adresa se mění na 198.51.100.77.",
        [_P + "75"],
        [_P + "77"],
    ),
    (
        "Vores produktions- og testserver har henholdsvis 198.51.100.78 og 203.0.113.78.",
        [_P + "78"],
        [_T + "78"],
    ),
    (
        "Production (first three) and test (last one): 198.51.100.79, .80, .81, 203.0.113.79",
        [_P + "79", _P + "80", _P + "81"],
        [_T + "79"],
    ),
    (
        "Adresy 198.51.100.82 a 203.0.113.82 – první je produkční, druhá testovací.",
        [_P + "82"],
        [_T + "82"],
    ),
    (
        "Die erste Adresse 198.51.100.83 ist für die Produktion, die zweite 203.0.113.83 für Tests.",
        [_P + "83"],
        [_T + "83"],
    ),
    (
        "Adresy 198.51.100.84, 198.51.100.85 a 203.0.113.84: dvě ostré, jedna testovací.",
        [_P + "84", _P + "85"],
        [_T + "84"],
    ),
    (
        "IPs 198.51.100.86 och 203.0.113.86 – den första för produktion, den andra för test.",
        [_P + "86"],
        [_T + "86"],
    ),
]


@pytest.mark.parametrize(("text", "production", "test"), _SWEEP + _SWEEP_2)
def test_no_wrong_value_is_certain(text: str, production: list[str], test: list[str]) -> None:
    got_p, sure_p, got_t, sure_t = _read(text)
    assert got_p == production or not sure_p, (text, got_p)
    assert got_t == test or not sure_t, (text, got_t)


_TABLE_SWEEP: list[tuple[str, bool, str | None, list[list[str]] | None, list[str], list[str]]] = [
    (
        "<table><tr><th>Účel</th><th>IP adresa</th></tr><tr><td>testovací</td><td>203.0.113.50</td></tr><tr><td>ostrý</td><td>198.51.100.50</td></tr></table>",
        True,
        None,
        None,
        [_P + "50"],
        [_T + "50"],
    ),
    (
        "<table><tr><th>Adresa</th><th>Produkce</th><th>Test</th></tr><tr><td>198.51.100.51</td><td>ano</td><td>ne</td></tr><tr><td>203.0.113.51</td><td>ne</td><td>ano</td></tr></table>",
        True,
        None,
        None,
        [_P + "51"],
        [_T + "51"],
    ),
    (
        "<table><tr><td></td><td>Test</td><td>Produkce</td></tr><tr><td>IP</td><td>203.0.113.52</td><td>198.51.100.52</td></tr></table>",
        True,
        None,
        None,
        [_P + "52"],
        [_T + "52"],
    ),
    (
        "<p>Wir bitten um Freischaltung:</p><table><tr><th></th><th>Testsystem</th><th>Produktivsystem</th></tr><tr><th>Server 1</th><td>203.0.113.53</td><td>198.51.100.53</td></tr><tr><th>Server 2</th><td>203.0.113.54</td><td>198.51.100.54</td></tr></table>",
        True,
        None,
        None,
        [_P + "53", _P + "54"],
        [_T + "53", _T + "54"],
    ),
    (
        "Dobrý den, adresy v příloze.",
        False,
        "ip.xlsx",
        [
            ["", "testovací", "ostrý"],
            ["IP 1", "203.0.113.55", "198.51.100.55"],
            ["IP 2", "203.0.113.56", "198.51.100.56"],
        ],
        [_P + "55", _P + "56"],
        [_T + "55", _T + "56"],
    ),
    (
        "Dobrý den, adresy v příloze.",
        False,
        "ip.docx",
        [["Role", "IP"], ["Test", "203.0.113.57"], ["Produkce", "198.51.100.57"]],
        [_P + "57"],
        [_T + "57"],
    ),
    (
        "Hello, see the attached sheet.",
        False,
        "ips.ods",
        [["", "Production", "Staging"], ["primary", "198.51.100.58", "203.0.113.58"]],
        [_P + "58"],
        [_T + "58"],
    ),
    (
        "Dobrý den, v příloze formulář. Místo 198.51.100.60 z formuláře použijte prosím 198.51.100.61.",
        False,
        "form.docx",
        [["Ostrý provoz", "198.51.100.60"], ["Test", "203.0.113.60"]],
        [_P + "61"],
        [_T + "60"],
    ),
    (
        "Hi, the attached form lists 203.0.113.62 for testing - please use 203.0.113.63 instead.",
        False,
        "form.xlsx",
        [["Production", "198.51.100.62"], ["Test", "203.0.113.62"]],
        [_P + "62"],
        [_T + "63"],
    ),
    (
        "Guten Tag, anbei das Formular; statt 198.51.100.64 bitte 198.51.100.65 eintragen.",
        False,
        "form.docx",
        [["Produktion", "198.51.100.64"], ["Test", "203.0.113.64"]],
        [_P + "65"],
        [_T + "64"],
    ),
    (
        "Dobrý den, ve formuláři je 198.51.100.66, ten už nepoužíváme, nahradil ho nový 198.51.100.67.",
        False,
        "form.ods",
        [["Produkce", "198.51.100.66"], ["Test", "203.0.113.66"]],
        [_P + "67"],
        [_T + "66"],
    ),
]


def _table_mail(
    cover: str, html: bool, name: str | None, rows: list[list[str]] | None
) -> Extraction:
    text = (
        body(f"{cover}<p>Jan Malý</p>", role=ComponentRole.BODY_HTML)
        if html
        else body(f"{cover}\n\nJan Malý")
    )
    if name is None or rows is None:
        return extract(mail(text))
    kind = name.rsplit(".", 1)[1]
    data = (
        docx_bytes([rows])
        if kind == "docx"
        else xlsx_bytes(rows)
        if kind == "xlsx"
        else ods_bytes(rows)
    )
    return extract(mail(text, attachment(name, data)))


@pytest.mark.parametrize(("cover", "html", "name", "rows", "production", "test"), _TABLE_SWEEP)
def test_no_wrong_value_is_certain_in_tables(
    cover: str,
    html: bool,
    name: str | None,
    rows: list[list[str]] | None,
    production: list[str],
    test: list[str],
) -> None:
    x = _table_mail(cover, html, name, rows)
    p, t = x.fields.get("production_ips"), x.fields.get("test_ips")
    got_p, got_t = [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]
    assert got_p == production or p is None or not p.certain, (cover, got_p)
    assert got_t == test or t is None or not t.certain, (cover, got_t)


# Principle 7: words of order in more languages.


@pytest.mark.parametrize(
    "text",
    [
        # Danish
        "Vores produktions- og testserver har henholdsvis 198.51.100.78 og 203.0.113.78.",
        # Norwegian
        "Produksjons- og testserveren vår har henholdsvis 198.51.100.78 og 203.0.113.78.",
        # Swedish ordinals
        "IP 198.51.100.78 och 203.0.113.78 – den första för produktion, den andra för test.",
        # Polish ordinals
        "Adresy 198.51.100.78 i 203.0.113.78: pierwszy produkcyjny, drugi testowy.",
        # French ordinals
        "Adresses 198.51.100.78 et 203.0.113.78 : la première pour la production, la "
        "seconde pour les tests.",
        # Spanish ordinals
        "Direcciones 198.51.100.78 y 203.0.113.78: la primera para producción, la segunda "
        "para pruebas.",
        # Italian ordinals
        "Indirizzi 198.51.100.78 e 203.0.113.78: il primo per la produzione, il secondo per "
        "i test.",
        # Danish, the test one named first
        "Test- og produktionsserver: henholdsvis 203.0.113.78 og 198.51.100.78.",
    ],
)
def test_words_of_order_in_more_languages_give_the_uses(text: str) -> None:
    production, p_certain, test, t_certain = _read(text)
    assert production == ["198.51.100.78"], text
    assert test == ["203.0.113.78"], text
    assert p_certain is not True and t_certain is not True, text


# Principle 8: a row set off by semicolons under a semicolon header is a row of cells.


@pytest.mark.parametrize(
    "text",
    [
        "Server;Produkce;Test\nweb1;198.51.100.25;203.0.113.25",
        "Stroj;Ostrý provoz;Testovací provoz\nsrv-a;198.51.100.25;203.0.113.25",
        "Stroj;Ostry provoz;Testovaci provoz\nsrv-a;198.51.100.25;203.0.113.25",
        "Host;Production;Staging\nfeed-01;198.51.100.25;203.0.113.25",
        "Rechner;Produktion;Testumgebung\nr1;198.51.100.25;203.0.113.25",
        "Serwer;Produkcja;Testy\ns1;198.51.100.25;203.0.113.25",
        "Server; Test; Produkcia\nweb; 203.0.113.25; 198.51.100.25",
        "Nr;Produkce;Test\n1;198.51.100.25;203.0.113.25\n2;;",
    ],
)
def test_a_semicolon_row_under_a_semicolon_header_is_cells(text: str) -> None:
    production, _, test, _ = _read(text)
    assert production == ["198.51.100.25"], text
    assert test == ["203.0.113.25"], text


def test_a_semicolon_list_under_no_header_is_one_list() -> None:
    production, _, test, _ = _read("Produkce: 198.51.100.25; 198.51.100.26")
    assert production == ["198.51.100.25", "198.51.100.26"]
    assert test == []
