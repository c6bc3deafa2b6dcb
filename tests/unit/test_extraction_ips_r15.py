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
   swapped); other formats keep it too.
"""

from __future__ import annotations

import pytest

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
