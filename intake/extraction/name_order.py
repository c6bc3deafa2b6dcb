"""The order of a person's name's words: whether a name of two words is written surname
first ("Halász Réka", "Čermák Jan"), decided from the given names and surnames that the
Faker person lists give (``name_data``), never from the name's place alone."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from enum import Enum

from intake.extraction.languages import written_in
from intake.extraction.memo import per_application
from intake.extraction.name_data import GIVEN_NAMES, SURNAMES
from intake.extraction.names import ascii_folded

_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
"""One word of a name: letters, perhaps joined by a hyphen or an apostrophe."""


class NameOrder(Enum):
    """How a name's two words stand."""

    GIVEN_FIRST = "given-first"
    SURNAME_FIRST = "surname-first"
    """The last word is a known given name and the first is not one, or the first is a
    known surname where the last is not."""
    UNKNOWN = "unknown"
    """Not a name of two words the lists can place."""


def _known(word: str) -> tuple[bool, bool]:
    """Whether ``word`` is a known given name and whether a known surname (each part of a
    double name: "Jan-Niklas", "Novák-Svoboda")."""
    parts = ascii_folded(word).casefold().split("-")
    return all(p in GIVEN_NAMES for p in parts), all(p in SURNAMES for p in parts)


@per_application(maxsize=4096)
def name_order(name: str) -> NameOrder:
    """The order of ``name``'s two words, each capitalised: SURNAME_FIRST when the lists
    say the last word is the given name ("Halász Réka": "Réka" a given name, "Halász" no
    given name), or both are given names but only the first is also a surname ("Kalina
    Ondřej" beside "Ondřej Kalina"); GIVEN_FIRST otherwise; UNKNOWN for anything but two
    words of letters."""
    words = name.split()
    if len(words) != 2 or not all(_NAME_WORD.fullmatch(w) and w[:1].isupper() for w in words):
        return NameOrder.UNKNOWN
    (first_given, first_surname), (last_given, last_surname) = _known(words[0]), _known(words[1])
    if last_given and not first_given:
        return NameOrder.SURNAME_FIRST
    if first_given and last_given and first_surname and not last_surname:
        return NameOrder.SURNAME_FIRST
    return NameOrder.GIVEN_FIRST


_HUNGARIAN = re.compile(r"[őűŐŰ]|\+36[\s(\d]|\.hu\b|\b(?:Kft|Zrt|Nyrt|Bt)\.")
"""A Hungarian writer's marks: the letters ő/ű, a +36 number, a .hu domain, a Hungarian
company form."""
_SURNAME_FIRST_LABEL = re.compile(
    r"(?i)\b(?:příjmení|priezvisko)\s*(?:a|,|/|\+|&)\s*(?:jméno|meno)\b"
    r"|\b(?:surname|last\s+name|family\s+name),?\s*(?:and\s+|/\s*)?(?:first|given)\s+name\b"
)
"""A form's label that asks for the surname first ("Příjmení a jméno", "Surname, first name")."""


_WEST_SLAVIC = re.compile(r"[řěůčšžňťďýľĺŕäŘĚŮČŠŽŇŤĎÝĽĹŔÄ]|ov[áa]$", re.IGNORECASE)
"""A Czech or Slovak name's marks that no Hungarian name has: a letter of their alphabets only
(ř, ě, ů, č, š, ž, ň, ť, ď, ý, ľ, ĺ, ŕ, ä) or a woman's surname in -ová."""


_CZECH_SLOVAK_TEXT = re.compile(
    r"[řěůľĺŕôŘĚŮĽĹŔÔ]|\b(?:kontaktn[íá]\s+osob\w*|spole[čc]nost|spolo[čc]nos[ťt]|[žz]adatel\w*|[žz]iadate[ľl]\w*|"
    r"[žz][áa]dost|[žz]iados[ťt]|jm[ée]no|meno)\b",
    re.IGNORECASE,
)
"""A letter only Czech or Slovak writing has (ř, ě, ů; ľ, ĺ, ŕ, ô), or a Czech or Slovak
form's label ("Kontaktní osoba", "Společnost", "Žadatel"): a Czech or Slovak writer's form."""


def _czech_slovak_surname_first(words: Sequence[str], text: str) -> bool:
    """Whether a name of two words that the lists read surname first is surely a Czech or
    Slovak one so written: its first word is a woman's surname by its form, "-ová" after a
    stem ("Horáková", "Kořínková") or "-á" where it or its masculine "-ý" is a known surname
    ("Malá", "Novotná"), which no Hungarian or foreign surname is (anywhere in the text); or
    its letters show it Czech or Slovak (``_WEST_SLAVIC``: "Dvořáková Marie", "Kratochvíl
    Ondřej") and the text writes it as a form's value or a table's cell (``_in_cell``)."""
    if _woman_surname(words[0]):
        return True
    return any(_WEST_SLAVIC.search(w) for w in words) and _in_cell(words, text)


def _woman_surname(first: str) -> bool:
    """Whether ``first`` is a Czech or Slovak woman's surname by its form: "-ová" after a stem,
    or "-á" where it or its masculine "-ý" is a known surname."""
    folded = ascii_folded(first).casefold()
    if first.endswith("ová") and len(first) >= 6:
        return True
    return first.endswith("á") and len(first) >= 4 and (folded in SURNAMES or f"{folded[:-1]}y" in SURNAMES)


_CELL_NAME = re.compile(
    r"(?:^|[:\t|])[^\S\n]*([^\W\d_]+)[^\S\n]+([^\W\d_]+)(?=[^\S\n]*(?:[\t|]|$))", re.MULTILINE
)
"""A form's value or a table's cell of two words."""


def _table_surname_first(words: Sequence[str], text: str) -> bool:
    """Whether the name of ``words``, written as a form's value or a table's cell, stands
    among cells of the same text that surely write a Czech or Slovak name surname first (a
    woman's surname by its form before a given name: "Chalupa Roman" in the rows of a
    contacts sheet beside "Slaninová Eva"): the form writes its names surname first."""
    if not _in_cell(words, text):
        return False
    own = [w.casefold() for w in words]
    for m in _CELL_NAME.finditer(text):
        other = [m.group(1), m.group(2)]
        if [w.casefold() for w in other] != own and _woman_surname(other[0]) and name_order(" ".join(other)) is NameOrder.SURNAME_FIRST:
            return True
    return False


def _in_cell(words: Sequence[str], text: str) -> bool:
    """Whether the text writes the name of ``words``, in that order, as a form's value or a
    table's cell: after a label's colon, a tab, a bar or a column's gap of spaces on its line,
    or before a tab or a bar as a row's first cell (a signature's own line keeps the order
    written)."""
    name = r"[^\S\n]+".join(map(re.escape, words))
    before = r"(?:[:\t|]|\S[^\S\n]{2,})[^\S\n]*(?:[^\W\d_]{1,5}\.[^\S\n]*)*" + name + r"(?!\w)"
    after = r"(?<!\w)" + name + r"[^\S\n]*[\t|]"  # a row's first cell
    return re.search(f"{before}|{after}", text, re.IGNORECASE) is not None


def _count(words: Sequence[str], folded: str) -> int:
    return len(re.findall(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", folded))


def ordered_name(name: str, text: str, sender: str = "", line: str = "") -> tuple[str, bool] | None:
    """The contact person ``name`` in the order LABELS.md labels it, read against the text
    it came from, with whether that order is sure; None when ``name`` stands. A Czech or
    Slovak name that a form writes surname first ("Novotná Tereza") is turned given name
    first where a label asks for the surname first, the text or the sender's header name also
    writes it given name first, or its first word is a woman's surname by form ("Horáková Lenka") (sure), and so is
    a name that its letters show Czech or Slovak ("Dvořáková Marie", "Kratochvíl Ondřej")
    written as a form's value or a table's cell; a name in a cell of a form the writer
    writes in Czech or Slovak (``_CZECH_SLOVAK_TEXT``) is turned too, never sure; otherwise
    it stands, for the caller to flag. A Hungarian writer's name (ő/ű, +36, .hu, Kft.) keeps the writer's
    order: a name the text writes mostly surname first ("KOVÁCS Eszter") is turned back
    (never sure). A name whose two words are both given names and surnames ("Šimon Jakub")
    is read by ``_either_way``, the ``sender``'s header name with the text. ``line``: the
    line the name was read from, whose order decides a Hungarian writer's name."""
    words = name.split()
    order = name_order(name)
    if order is NameOrder.UNKNOWN:
        return None
    folded = text.casefold()
    lower = [w.casefold() for w in words]
    if _HUNGARIAN.search(text):
        return _hungarian_order(words, order, folded, line)
    if order is NameOrder.GIVEN_FIRST and all(_known(w) == (True, True) for w in words):
        return _either_way(words, text, sender)
    if order is not NameOrder.SURNAME_FIRST or _known(words[0])[0]:  # "Kalina Filip": both given names
        return None
    if (
        not _SURNAME_FIRST_LABEL.search(text)
        and not _count(lower[::-1], folded)
        and not _czech_slovak_surname_first(words, text)
        and not _sender_given_first(words, sender)
        and not _table_surname_first(words, text)
    ):
        if _in_cell(words, text) and (written_in(text) == "cs" or _CZECH_SLOVAK_TEXT.search(text)):
            # a Czech or Slovak form's cell ("Kontaktní osoba | Fiala Richard"): turned, unsure
            return f"{words[1]} {words[0]}", False
        return None  # kept as written, flagged by the caller: the writer may be Hungarian
    return f"{words[1]} {words[0]}", True


def _hungarian_order(words: Sequence[str], order: NameOrder, folded: str, line: str) -> tuple[str, bool] | None:
    """A Hungarian writer's name in the order the writer gives it for the contact (LABELS.md):
    None (it stands) where the text never writes it the other way. Where it does, the order
    is not settled and the name is never sure: it is turned back to surname first when the
    text writes it so more often ("Halmos Gergely (producer, kapcsolattartó)" beside an
    English summary's "Contact: Gergely Halmos"), or as often and the ``line`` it was read
    from writes it so ("Kapcsolattartó: NAGY Zsófia" under a cover signed "Zsófia Nagy"), and
    kept otherwise ("Contact: Péter Szabó" above a signature "Szabó Péter")."""
    lower = [w.casefold() for w in words]
    turned = f"{words[1]} {words[0]}"
    as_read, other_way = _count(lower, folded), _count(lower[::-1], folded)
    if not other_way:
        return None
    at = line.casefold()
    line_turned = bool(_count(lower[::-1], at)) and not _count(lower, at)
    turn = other_way > as_read or (other_way == as_read and line_turned)
    if turn and order is not NameOrder.SURNAME_FIRST and name_order(turned) is NameOrder.SURNAME_FIRST:
        return turned, False
    return " ".join(words), False


def _sender_given_first(words: Sequence[str], sender: str) -> bool:
    """Whether the sender's header name (an e-mail's display name, a person's data box's
    registered name) writes the name of ``words`` the other way round, given name first
    ("Marek Jandera" for a form's "Jandera Marek")."""
    header = [ascii_folded(w).casefold() for w in sender.split()]
    return header == [ascii_folded(w).casefold() for w in words[::-1]]


def _either_way(words: Sequence[str], text: str, sender: str) -> tuple[str, bool] | None:
    """A name whose two words are both given names and surnames ("Šimon Jakub", "Martin
    Tomáš"), which the lists cannot order: None (it stands, sure) unless a form's value or a
    table's cell writes it (``_in_cell``) and no free line (``_free``: a signature, a
    sentence) writes it in that order too; there either order may be meant, and it is turned
    round where a label asks for the surname first or a free line or the sender's header name
    writes it the other way ("Jakub Šimon"), and kept otherwise; never sure."""
    if not _in_cell(words, text) or _free(words, text):
        return None
    turned = [words[1], words[0]]
    if _free(turned, text) or _sender_given_first(words, sender) or _SURNAME_FIRST_LABEL.search(text):
        return " ".join(turned), False
    return " ".join(words), False


_CELL_BEFORE = re.compile(r"(?:[:\t|]|\S[^\S\n]{2,})[^\S\n]*(?:[^\W\d_]{1,5}\.[^\S\n]*)*$")
_CELL_AFTER = re.compile(r"[^\S\n]*[\t|]")


def _free(words: Sequence[str], text: str) -> bool:
    """Whether the text writes the name of ``words``, in that order, on a line outside a
    form's value or a table's cell (``_in_cell``): a signature, a sentence."""
    name = r"[^\S\n]+".join(map(re.escape, words))
    for m in re.finditer(rf"(?<!\w){name}(?!\w)", text, re.IGNORECASE):
        head = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if not _CELL_BEFORE.search(head) and not _CELL_AFTER.match(text, m.end()):
            return True
    return False


_OBLIQUE_END = re.compile(r"(?:em|ou|om|ovi|ě|é|i|u|ým|ím)$")
"""The endings of a Czech or Slovak given name in the instrumental, dative or accusative."""
_OBLIQUE_GIVEN = re.compile(r"(?:ě|ovi|[šžčřj]i)$")
"""A Czech given name's dative ending that folded reads like another language's given name
("Janě" as "jane", "Tomáši" as "tomasi")."""


def nominative_name(name: str, forms: Callable[[str, str], list[str]]) -> str | None:
    """``name`` of two words in an oblique case ("Pavlem Růžičkou", "Ivanou Pokornou",
    "Tomášovi Královi") turned to the nominative, when its first word is no known given name
    but one of its nominatives (``forms(word, case)``: instrumental, dative, accusative) is;
    a woman's surname in "-ou" or "-é" becomes "-á". None when ``name`` reads as a nominative."""
    words = name.split()
    if len(words) != 2 or not _OBLIQUE_END.search(words[0]):
        return None
    if _known(words[0])[0] and not _OBLIQUE_GIVEN.search(words[0]):
        return None
    for case in ("ins", "dat", "acc"):
        soft = [words[0][:-1]] if case == "dat" and re.search(r"[šžčřj]i$", words[0]) else []  # "Tomáši"
        given = next((f for f in [*forms(words[0], case), *soft] if f != words[0] and _known(f)[0]), None)
        if given is None:
            continue
        surname = words[1]
        if given.endswith("a") and surname.endswith(("ou", "é")):  # a woman's: "Pokornou", "Malé"
            return f"{given} {surname.removesuffix('ou').removesuffix('é')}á"
        options = [f for f in forms(surname, case) if f != surname]
        return f"{given} {options[0] if options else surname}"
    return None
