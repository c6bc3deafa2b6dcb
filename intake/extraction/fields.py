"""Finders for single values in text blocks: IČO, data-box ID, e-mail addresses and phone
numbers (person names: ``intake.extraction.names``). Each returns the value with its line,
or None."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

import phonenumbers
from email_validator import SPECIAL_USE_DOMAIN_NAMES, EmailNotValidError, validate_email

from intake.extraction.memo import per_application
from intake.extraction.review import Reason
from intake.extraction.segments import Block, Kind, Line


@dataclass(frozen=True)
class Office:
    """The receiving office's own identifiers: letters addressed to it carry them, and they
    are never taken for the applicant's (``[office]`` in the configuration)."""

    domains: tuple[str, ...] = ("czso.cz", "csu.gov.cz")
    databox_id: str = "2gfaasy"
    phone_prefixes: tuple[str, ...] = ("+42027405",)
    """E.164 prefixes of the office's numbers (ČSÚ: 274 05x xxx)."""
    reference_prefixes: tuple[str, ...] = ("CSU", "ČSÚ", "CZSO")
    """How the office's own reference numbers (č. j., evidenční číslo) begin: such a number
    quoted back in a letter is never taken for the sender's reference."""
    ico: str = "00025593"
    """The office's own IČO: a letter's recipient block carries it, never the applicant's."""


CSU = Office()


@dataclass(frozen=True)
class Hit:
    value: str
    component: str
    line: int
    certain: bool = True
    reason: str | None = None
    """Why the value is not certain (``intake.extraction.review.Reason``)."""


def lines_of(blocks: Iterable[Block]) -> Iterator[tuple[Block, Line]]:
    for b in blocks:
        for ln in b.lines:
            yield b, ln


# ---------------------------------------------------------------- IČO -------------------


def ico_valid(digits: str) -> bool:
    """IČO checksum: weights 8..2 over the first seven digits, mod 11."""
    if not re.fullmatch(r"\d{8}", digits):
        return False
    s = sum(int(d) * w for d, w in zip(digits[:7], range(8, 1, -1), strict=True))
    check = (11 - s % 11) % 10
    return check == int(digits[7])


_ICO = re.compile(
    r"(?=[ICRBicrb])(?:\bI[ČC]O?\s*(?:/|,|\s+a|\s+and|\s*\+)\s*DI[ČC]\b|\bI[ČC]O?(?:\b|(?=\d))|\bIČ\b|\bId\.\s?[čc]\.|\bIdentifika[čc]n[íé]\s+[čc][íi]slo(?:\s+(?:osoby|organiz[áa]cie))?|\bCompany\s+(?:ID|No\.?|number|"
    r"registration\s+(?:no\.?|number))(?:\s*\(\s*I[ČC]O?\s*\))?|\bID\s+No\.?|\bReg(?:istration)?\.?\s*(?:No\.?|number|ID)|\bBusiness\s+ID"
    r"|\bIN\b"
    # the initials dotted ("I.Č.", "I. Č. O.")
    r"|\bI\.[^\S\n]?[ČC]\.(?:[^\S\n]?O\.)?)"
    # the label glossed in brackets in another language ("Reg. No. (IČO)", "IČO (Company
    # ID)", "IČ (identifikační číslo)"): words only, never a number
    r"(?:[^\S\n]*\([^()\d\n]{1,40}\))?"
    # whose number it is, before the colon or "je" ("IČO spolku:", "Company ID of the
    # publisher:", "IČO vydavatele Alfa s.r.o. je …")
    # or a table cell's bound; words of the label's cell, never a number
    r"(?:(?:[^\S\t]+(?!\d)[^\s,;:|=]+){1,6}?(?=\s*[:|=]|\t|\s+(?:je|is)\s+\d)"
    # or a few words of the sentence between the label and its number, no punctuation ("IČO
    # školy 60192844", "IČO máme 05623189", "IČO naší firmy zní …"): read, never for certain
    # (not the words the key's value is read after below: "je", "is", "má být", "správně")
    r"|(?![^\S\n]+(?:je|is|správně|spravne|correct\w*|m[áa]|m[ěe]lo|malo|mal|should)\s)"
    r"(?P<free>(?:[^\S\n]+[^\W\d_]{2,}\.?){1,3}(?=[^\S\n]+\d)))?"
    # a key and its value: "IČO: …", "ico = …", "ICO => …", "IČO := …", "ič.: …"
    r"\s*(?:\.\s?:|[:.|]|:?=>?|\.{2,}|…+)?"
    # a printed form's leader after the key or its colon, dots (spaced or not), an ellipsis or
    # a rule of underscores ("IČO: ........ 1234…", "IČO: . . . . 1234…", "IČO: ____ 1234…")
    r"(?:[^\S\n]*(?:\.(?:[^\S\n]?\.){2,}|…+|_{2,})[^\S\n]*:?)?"
    r"\s*(?:je\s+|is\s+|správně\s+|spravne\s+|correct(?:ly)?\s+|(?P<fix>(?:má|ma|mělo|melo|malo|mal)\s+(?:být|byt|byť)|should\s+(?:be|read))\s+)?"
    # eight digits, spaced in groups or dotted in thousands ("14.866.269")
    # a tab is a table cell's bound, never a space inside a number ("IČO<tab>1234…<tab>1234…":
    # a merged cell written once per column it spans)
    # or dotted in other groups, as a phone number is ("091.735.44", "2711.4236"; eight
    # digits in all, counted by the reader)
    # or hyphenated in groups, as a form's field or a register's printout may ("2439-1859")
    r"(?P<vat>(?:CZ|SK)\s?)?(?P<d>\d(?:[^\S\t\n]?\d){7}|\d{2,4}(?:\.\d{2,4}){1,3}|\d{2,4}(?:[-‑–]\d{2,4}){1,3})"
    r"(?![^\S\t\n]?\d|[.\-‑–]\d)",
    re.IGNORECASE,
)
_EIGHT = re.compile(r"\d(?:\s?\d){7}|\d{2,4}(?:[.\-‑–]\d{2,4}){1,3}")
"""A quick test of a block for eight digits, before the line-by-line matchers."""
_PAIRED_ICO = re.compile(
    # a label cell joining the IČO to another field ("Žadatel (IČO)", "Název / IČO", "Name,
    # Company ID"), then its cell's bound
    r"(?:[^\S\n]*[(/,+&][^\S\n]*|[^\S\n]+(?:a|and|&)[^\S\n]+)"
    r"(?:I[ČC]O?|IČ|Company\s+ID|Reg(?:istration)?\.?\s*No\.?|Identifika[čc]n[íé]\s+[čc][íi]slo)\b\.?[^\S\n]*\)?"
    # the pair glossed in another language, in brackets or after a slash ("Název / IČO (Name /
    # ID)", "Název, IČO / Name, ID"): words only, never a number
    r"(?:[^\S\n]*\([^()\d\n:]{1,40}\)|[^\S\n]*/[^\S\n]*[^\W\d][^\d\n:()/\t]{0,20}(?:/[^\S\n]*[^\W\d][^\d\n:()/\t]{0,20})?)?"
    r"[^\S\n]*(?:\t|[:|=]|\s{3,})[^\S\n]*"
    # the value cell: the name, then the number in brackets or after a slash or a comma
    r"(?P<name>[^\t\n|:()/]{2,120}?)[^\S\n]*(?:\(|/|,|–|-)[^\S\n]*(?:I[ČC]O?[^\S\n]*:?[^\S\n]*)?"
    r"(?P<vat>(?!))?(?P<fix>(?!))?(?P<d>\d(?:[^\S\t\n]?\d){7})[^\S\n]*\)?(?![^\S\t\n]?\d)",
    re.IGNORECASE,
)
"""An IČO in the value cell of a label that pairs it with the name: "Žadatel (IČO)<tab>Město
X (00305618)", "Název / IČO: Alfa s.r.o. / 12345678"."""


def _ico_matches(line: str) -> list[re.Match[str]]:
    """The labelled IČOs of a line (``_ICO``), else one paired with the name in its cell."""
    found = list(_ICO.finditer(line))
    if found or _EIGHT.search(line) is None:
        return found
    return list(_PAIRED_ICO.finditer(line))


_DIC = re.compile(r"\bDI[ČC]\s*[:.]?\s*CZ\s?(\d{8})(?!\d)", re.IGNORECASE)


_FOREIGN_REGISTER = re.compile(
    # the lookahead of the first letters only makes the search quick
    r"(?=[A-Z])(?:\b(?:AT|BE|BG|CY|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|"
    r"PT|RO|SE|SI|XI)\s?U?\d{7,12}\b|\bCompanies\s+House\b|\b(?:Handelsregister|Firmenbuch|"
    r"Registro\s+(?:delle\s+)?Imprese|Registre\s+du\s+commerce|Kamer\s+van\s+Koophandel)\w*|"
    r"\b(?:HRB|HRA|KRS|REGON|SIREN|SIRET|RCS|KvK|CIF|NIF|CRN|EIN)\b)"
)
"""A foreign register or VAT number on the line (not CZ or SK, whose companies have an
IČO): the number labelled there is that register's, no IČO ("Company No. 0123456, VAT GB
…", "Handelsregister HRB 12345")."""


def foreign_register(line: str) -> bool:
    """Whether a line names a foreign register or VAT number: its numbers are no IČO."""
    return _FOREIGN_REGISTER.search(line) is not None


_CZECH_LABEL = re.compile(r"I[ČC]O?\b|IČ")


def _czech_label_beside_register(line: str, component: str, no: int, office: Office) -> Hit | None:
    """A number labelled with the Czech word itself ("IČO", "IČ") on a line naming a foreign
    register: a foreign firm's Czech branch ("X SA, odštěpný závod Praha (IČO …), … SIREN
    …") has an IČO of its own; never for certain, the line names another register."""
    for m in _ICO.finditer(line):
        digits = re.sub(r"[\s.\-‑–]", "", m.group("d"))
        if _CZECH_LABEL.match(m.group()) and not m.group("vat") and digits != office.ico and ico_valid(digits):
            return Hit(digits, component, no, False, Reason.OTHER_CANDIDATE)
    return None


def find_ico(blocks: Iterable[Block], office: Office = CSU) -> Hit | None:
    """The first labelled IČO that passes the checksum (unsure when the text labels another
    valid one: a provider's, a parent's), else a failing one or one read from a DIČ; none
    from a line naming a foreign register or VAT number (``foreign_register``)."""
    fallback: Hit | None = None
    found: Hit | None = None
    for b, ln in lines_of(b for b in blocks if _EIGHT.search(b.text)):
        if foreign_register(ln.text):
            fallback = fallback or _czech_label_beside_register(ln.text, b.component, ln.no, office)
            continue
        for m in _ico_matches(ln.text):
            digits = re.sub(r"[\s.\-‑–]", "", m.group("d"))
            if len(digits) != 8:
                continue  # dotted groups of another length: a date, a version, a sum
            if m.groupdict().get("free"):  # "IČO školy 60192844": words of a sentence between
                if _CZECH_LABEL.match(m.group()) and digits != office.ico and ico_valid(digits):
                    fallback = fallback or Hit(digits, b.component, ln.no, False, Reason.SENTENCE)
                continue
            if digits == office.ico or (found is not None and digits == found.value):
                continue
            if fix := _put_right(b, ln, m.end(), digits, office):
                return fix
            if (found or fallback) and ico_valid(digits) and _corrects(ln.text, m):
                # "Oprava: správné IČO je …" after another: the later value stands
                return Hit(digits, b.component, ln.no, False, Reason.CORRECTED)
            if m.group("vat"):  # "IČ: CZ12345678": a VAT number written for the IČO
                if ico_valid(digits):
                    fallback = fallback or Hit(digits, b.component, ln.no, False, Reason.DIC)
                continue
            if found is not None and ico_valid(digits):
                return Hit(found.value, found.component, found.line, False, Reason.OTHER_CANDIDATE)
            if ico_valid(digits):
                found = Hit(digits, b.component, ln.no)
                if _rival_in_row(ln.text[m.end() :], digits):
                    return Hit(digits, b.component, ln.no, False, Reason.OTHER_CANDIDATE)
                continue
            fallback = fallback or Hit(digits, b.component, ln.no, False, Reason.CHECKSUM)
        if fallback is None and found is None:
            d = _DIC.search(_with_wrapped_value(b, ln))
            if d and ico_valid(d.group(1)) and d.group(1) != office.ico:
                fallback = Hit(d.group(1), b.component, ln.no, False, Reason.DIC)
    return found or fallback


_BARE_ICO = re.compile(r"^[^\S\n]*(\d(?:[^\S\n]?\d){7})(?![^\S\n]?\d|[.,/:-]\d)")
"""Eight digits opening a line, no longer number."""
_ICO_ASKED = re.compile(
    r"(?<!\w)(?:I[ČC]O?|IČ|IČ\s?DPH)(?!\w)|company\s+(?:id|registration)|registration\s+(?:no|number)|"
    r"identifika[čc]n\w*\s+[čc][íi]sl",
    re.IGNORECASE,
)
"""A question about the IČO ("Uveďte prosím IČO žadatele.", "Please state your company ID")."""


def ico_answered(written: Sequence[Block], quoted: Sequence[Block], office: Office = CSU) -> Hit | None:
    """A bare IČO answering the office's quoted question item by item ("> 1. Uveďte prosím IČO
    žadatele." and under it "04173864 (Liberecký večerník s.r.o.)"): the first line of the
    writer's block right under a quoted line asking for the IČO, when it passes the checksum;
    never for certain (ANSWERED_ICO)."""
    if not quoted:
        return None
    for b in written:
        if b.kind is not Kind.OWN or not _EIGHT.search(b.text):
            continue
        first = next((ln for ln in b.lines if ln.text.strip()), None)
        m = _BARE_ICO.match(first.text) if first is not None else None
        if first is None or m is None:
            continue
        digits = re.sub(r"\s", "", m.group(1))
        if digits == office.ico or not ico_valid(digits):
            continue
        above = [ln for q in quoted if q.component == b.component for ln in q.lines if ln.no < first.no and ln.text.strip()]
        last = max(above, key=lambda ln: ln.no, default=None)
        if last is not None and first.no - last.no <= 3 and _ICO_ASKED.search(last.text):
            return Hit(digits, b.component, first.no, False, Reason.ANSWERED_ICO)
    return None


_LABEL_AT_END = re.compile(r"\bDI[ČC]\s*[:.]?\s*$", re.IGNORECASE)


def _with_wrapped_value(b: Block, ln: Line) -> str:
    """A line, and the next line of its block when the line ends in a DIČ label: a PDF's
    line break (a letterhead wrapped) puts the number on the line below ("… · DIČ" /
    "CZ12345678")."""
    if not _LABEL_AT_END.search(ln.text):
        return ln.text
    at = b.lines.index(ln)
    return ln.text if at + 1 >= len(b.lines) else f"{ln.text}\n{b.lines[at + 1].text}"


_ICO_FIX = re.compile(
    # a word putting the number just written right: "pardon, preklep, spravne …", "oprava:
    # má být …", "sorry, typo – correct is …", "ich meine …"; no digit before it
    r"^[^\d]{0,80}?\b(?:oprav\w*|překlep\w*|preklep\w*|pardon|sorry|omyl\w*|chybně|chybne|"
    r"nesprávně|nespravne|správně|spravne|správne|správné|spravné|(?:má|ma|mělo|melo|malo|mal)\s+(?:být|byt|byť)|"
    r"should\s+(?:be|read|have\s+been)|correct\w*|typo|i\s+mean|richtig|korrekt\w*|"
    r"ich\s+meine|vlastně|vlastne)\b"
    # then the number given instead, with no other digit between
    r"[^\d]{0,40}?(?<![\w+])(\d(?:[^\S\n]?\d){7})(?![^\S\n]?\d|[.,/-]\d)",
    re.IGNORECASE,
)
"""A labelled IČO put right in the same breath ("ICO 36591042 - pardon, preklep, spravne
36590142", "IČO 25596614, oprava: má být 25596641"): the later number stands for it."""


_FIX_BEFORE = re.compile(
    r"(?i)\b(?:oprav(?:a|y|u|ou|en[oaáéýe]|uj\w*|te|ím|im)|překlep\w*|preklep\w*|pardon|sorry|omyl\w*|"
    r"správn\w*|spravn\w*|correct\w*|richtig\w*|korrekt\w*)\b[^\d\n]{0,40}$"
)
"""Words before a labelled IČO that put an earlier one right ("Oprava: správné IČO je …",
"sorry, the correct company ID is …")."""


def _corrects(line: str, m: re.Match[str]) -> bool:
    """Whether a labelled IČO is given to put another right: a word of correction just
    before its label (``_FIX_BEFORE``) or "má být" / "should be" after it."""
    return bool(m.group("fix")) or _FIX_BEFORE.search(line, max(0, m.start() - 60), m.start()) is not None


def _put_right(b: Block, ln: Line, end: int, digits: str, office: Office) -> Hit | None:
    """The IČO that the words after a labelled one (the rest of its line and the next line)
    give in its place (``_ICO_FIX``), when it passes the checksum: never for certain
    (CORRECTED)."""
    rest = ln.text[end:]
    at = b.lines.index(ln)
    if at + 1 < len(b.lines):
        rest += "\n" + b.lines[at + 1].text
    m = _ICO_FIX.search(rest)
    if m is None:
        return None
    fixed = re.sub(r"\s", "", m.group(1))
    if fixed == digits or fixed == office.ico or not ico_valid(fixed):
        return None
    return Hit(fixed, b.component, ln.no, False, Reason.CORRECTED)


_SHORT_ICO = re.compile(r"(?=[Ii])(?<!\w)(?:I[ČC][O0]?|IČ)[^\S\n]*[:.]?[^\S\n]*(\d{6,7})(?:\.0)?(?![\w/-]|[.,]\d|[^\S\t\n]?\d)")
"""An IČO of six or seven digits in its cell or after its label ("IČO<tab>298719", also
"IČ0<tab>…" where the digit repair took the label's O for a zero): a spreadsheet stores the
number as a number and drops its leading zeros."""


def ico_without_zeros(blocks: Iterable[Block], office: Office = CSU) -> Hit | None:
    """A labelled IČO that lost its leading zeros (``_SHORT_ICO``), padded with them when
    the checksum then holds: never for certain (LEADING_ZEROS)."""
    for b, ln in lines_of(b for b in blocks if "I" in b.text or "i" in b.text):
        for m in _SHORT_ICO.finditer(ln.text):
            digits = m.group(1).zfill(8)
            if ico_valid(digits) and digits != office.ico:
                return Hit(digits, b.component, ln.no, False, Reason.LEADING_ZEROS)
    return None


_MANGLED_ICO = re.compile(
    r"(?=[IiVv])(?<![\w.])(?:I[ČCčc]0|[Ii][Vv][Oo]|I\.[^\S\n]?[ČC]\.[^\S\n]?0\.?)[^\S\n]*[:.]?[^\S\n]*"
    r"(\d(?:[^\S\t\n]?\d){7})(?![\w/-]|[.,]\d|[^\S\t\n]?\d)"
)
"""An IČO label a phone keyboard or autocorrect mangled ("Ivo 12345678" for "IČO", "IČ0" or
"IC0" with a zero for the letter O) right before eight digits."""


def ico_mangled_label(blocks: Iterable[Block], office: Office = CSU) -> Hit | None:
    """The eight digits after a mangled IČO label (``_MANGLED_ICO``) when they pass the
    checksum: never for certain ("Ivo" is a man's name as well; MANGLED_LABEL)."""
    for b, ln in lines_of(b for b in blocks if _EIGHT.search(b.text)):
        for m in _MANGLED_ICO.finditer(ln.text):
            digits = re.sub(r"\s", "", m.group(1))
            if ico_valid(digits) and digits != office.ico:
                return Hit(digits, b.component, ln.no, False, Reason.MANGLED_LABEL)
    return None


_CELL_NUMBER = re.compile(r"\t[^\S\n]*(\d(?:[^\S\t\n]?\d){7})[^\S\n]*(?=\t|$)")


def _rival_in_row(rest: str, digits: str) -> bool:
    """Whether a later cell of a labelled IČO's row holds another valid eight-digit number (a
    second organisation's column): the same number again is the merged cell spread out."""
    for m in _CELL_NUMBER.finditer(rest):
        other = re.sub(r"\s", "", m.group(1))
        if other != digits and ico_valid(other):
            return True
    return False


# ---------------------------------------------------------------- data box ---------------

_BOX = re.compile(
    # a label is a word of its own and the ID a token of its own: neither is a piece of an
    # e-mail address, a host name or a web address ("info@datovka-monitor.example")
    r"(?=[IiDd])(?<![\w.@-])(?:\bIDDS\b|\bID\s*DS\b|ID\s+(?:datové\s+schránky|datove\s+schranky|DS|schránky|schranky)|datov(?:á|a|é|e)\s+schránk(?:a|y)|"
    r"datov(?:á|a)\s+schranka|datovk[ay]|\bDS\b|data[- ]?box(?:\s+ID)?|ISDS(?:\s+ID)?)"
    # whose box it is, before a colon or a table cell's bound ("ID datové schránky
    # žadatele<tab>…", "data box of the publisher: …")
    r"(?:(?:[^\S\t\n]+[^\W\d][^\s,;:|=]*){1,3}?(?=[^\S\n]*[:|=]|\t))?"
    r"\s*(?:ID)?\s*[:.\-–]?"
    # a printed form's leader, as after an IČO's key ("ID DS: ........ abc1234")
    r"(?:[^\S\n]*(?:\.(?:[^\S\n]?\.){2,}|…+|_{2,})[^\S\n]*:?)?"
    r"\s*(?:(?:je|is|má|has)\s+(?:(?:the\s+)?ID\s+)?)?([a-z0-9]{7})\b(?![.@/-]\w)",
    re.IGNORECASE,
)


_NOT_BOX = frozenset(
    {"pending", "unknown", "missing", "neuvedu", "zrizena", "zrizeny", "prosime", "posleme"}
)
"""Words of seven letters written after a data-box label instead of an ID."""


_SENTENCE_GOES_ON = re.compile(r"[ \t]+[a-záčďéěíňóřšťúůýžäöüßąęłńśźżàâçèêëîïôùû]")
"""A word in lower case right after: the token read is a word of a sentence."""


_BOX_LABEL_ENDS = re.compile(
    r"(?<![\w.@-])(?:IDDS|ID\s*DS|ID\s+(?:datov[ée]\s+schr[áa]nky|schr[áa]nky)|datov[áa]\s+schr[áa]nka|"
    r"data[- ]?box(?:\s+ID)?)[^\S\n]*:?[^\S\n]*$",
    re.IGNORECASE,
)
"""A data box's label closing a line, its ID not on it ("…, IČO 28761057, ID DS:")."""
_ID_ALONE = re.compile(r"^[^\S\n]*([a-z0-9]{7})[^\S\n]*(?:$|[,;])")
"""A token of seven small letters and digits opening a line, nothing of a sentence after it."""


def _wrapped_box(above: str, line: str, office: Office) -> str | None:
    """A data box's ID that a PDF or a wrapped mail puts on the line below its label (``ID
    DS:`` closing the line above): read, never for certain (WRAPPED)."""
    if not above.rstrip().endswith((":", "DS", "ds", "ID", "box", "schránky", "schranky")):
        return None
    if (m := _ID_ALONE.match(line)) is None or _BOX_LABEL_ENDS.search(above) is None:
        return None
    v = m.group(1)
    if v.isdigit() or v.isalpha() or v == office.databox_id.lower():
        return None
    return v


def find_databox(blocks: Iterable[Block], office: Office = CSU) -> Hit | None:
    """The first data-box ID after a label (unsure when the text labels another one); an ID
    without a digit (a word is seven letters too) only when no other is given, and never
    for certain."""
    letters: Hit | None = None
    found: Hit | None = None
    above = ""
    for b, ln in lines_of(b for b in blocks if _BOX.search(b.text)):  # one search per block
        if len(ln.text) > 2000 and " " not in ln.text[:200]:
            continue  # base64 of a data message read as text, not prose
        if (wrapped := _wrapped_box(above, ln.text, office)) is not None and found is None:
            found = Hit(wrapped, b.component, ln.no, False, Reason.WRAPPED)
        above = ln.text
        for m in _BOX.finditer(ln.text):
            v = m.group(1)
            if v.lower() == office.databox_id.lower() or v.isdigit():
                continue
            if v.isalpha():
                if _SENTENCE_GOES_ON.match(ln.text, m.end()):
                    continue  # "Data box: applied for …": a word of a sentence, not an ID
                if letters is None and v == v.lower() and v not in _NOT_BOX:
                    letters = Hit(v, b.component, ln.no, False, Reason.NO_DIGIT)
                continue
            if found is not None and v.lower() != found.value:
                return Hit(found.value, found.component, found.line, False, Reason.OTHER_CANDIDATE)
            if found is None:
                certain = v == v.lower()
                why = None if certain else Reason.LETTER_CASE
                found = Hit(v.lower(), b.component, ln.no, certain, why)
    return found or letters


# ---------------------------------------------------------------- e-mail -----------------

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?![\w-])")


def is_office_address(addr: str, office: Office = CSU) -> bool:
    dom = addr.rsplit("@", 1)[-1].lower()
    return any(dom == d.lower() or dom.endswith("." + d.lower()) for d in office.domains)


_AUTOMATED = re.compile(
    # a mail system's own address, which no person reads: a newsletter tool's unsubscribe
    # address in a footer, a no-reply sender, a bounce or daemon address
    r"(?=[bdmnpu])(?:no[._-]?reply|do[._-]?not[._-]?reply|unsubscribe|mailer[._-]?daemon|"
    r"postmaster|bounces?)(?:[._+-][\w.+-]*)?@",
    re.IGNORECASE,
)


def is_automated_address(addr: str) -> bool:
    """The address is a mail system's own (``_AUTOMATED``), never a contact's."""
    return _AUTOMATED.match(addr) is not None


def emails_in(text: str, office: Office = CSU) -> list[str]:
    """The valid e-mail addresses of ``text``; not the office's, nor a mail system's own."""
    out: list[str] = []
    if "@" not in text:
        return out
    for m in _EMAIL.finditer(text):
        if (valid := valid_email(m.group(0).rstrip("."))) is not None:
            out.append(valid)
    return [e for e in out if not is_office_address(e, office) and not is_automated_address(e)]


@per_application(maxsize=1024)
def valid_email(candidate: str) -> str | None:
    """The normalised form of an e-mail address (None: not a valid one); remembered within
    one application (``memo.per_application``): the same address stands in the
    signature, the quoted message and the headers' copies (one in five checks repeats one)."""
    if (plain := _plain_address(candidate)) is not None:
        return plain
    try:
        v = validate_email(candidate, check_deliverability=False, test_environment=True)
    except EmailNotValidError:
        return None
    return v.normalized


_PLAIN_ADDRESS = re.compile(
    r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})",
    re.ASCII,
)
"""An address of ASCII letters, digits and "._+-" only, whose domain's labels neither start
nor end with a hyphen and whose top-level domain is letters: one the validator accepts as
written, its domain lower-cased (``test_email_plain``)."""
_RESERVED_DOMAINS = tuple(d for d in SPECIAL_USE_DOMAIN_NAMES if d != "test")


def _plain_address(candidate: str) -> str | None:
    """``validate_email``'s normalised form of a plain address (``_PLAIN_ADDRESS``), read
    without the validator (about forty times quicker); None: not such an address, or one
    with a rarer trait (a long part, a double hyphen, a reserved domain) left to it."""
    m = _PLAIN_ADDRESS.fullmatch(candidate)
    if m is None or len(candidate) > 200 or "--" in m[1] or m.start(1) > 65:
        return None
    domain = m[1].lower()
    if any(domain == d or domain.endswith("." + d) for d in _RESERVED_DOMAINS):
        return None
    return candidate[: m.start(1)] + domain


# ---------------------------------------------------------------- phones -----------------

phonenumbers.enable_pattern_cache()
"""The phone library keeps the patterns of its metadata (a fixed, bounded set) compiled,
instead of compiling them anew whenever they have dropped out of ``re``'s cache of 512
patterns: every multipart message's boundary is a new pattern there, and a pass over the
corpus recompiled some 250 metadata patterns (about 1 % of parse, content check and
extraction together). The patterns and what they match stay the same."""


_OCTET = r"(?:25[0-5]|2[0-4]\d|[01]?\d?\d)"
_NOT_PHONES = re.compile(
    # the lookahead of the first characters (digits, hex digits, a colon) only makes it quick;
    # so does the second: a match opens with a digit, or is an IPv6 address, a colon within
    # its first five characters (a word's letters "a" to "f" are no start)
    r"(?=[\dA-Fa-f:])(?=\d|[0-9A-Fa-f]{0,4}:)(?:"
    # an IPv4 address: four groups of at most 255, no country code's plus before it (a phone
    # written "+420.723.400.115" is no address)
    rf"(?<![\d.+]){_OCTET}(?:\.{_OCTET}){{3}}(?:/\d{{1,3}})?(?![\d.]\d)|"
    # an IPv4 address whose keyboard slipped one of its dots to a space or a comma ("203
    # 0.113.30", "203.0.113,17"): two dots kept, four groups of at most 255; no phone plan
    # groups its digits so (a Czech mobile's first group is over 255, a French one has five)
    rf"(?<![\d.+,]){_OCTET}(?:[ ,]{_OCTET}\.{_OCTET}\.{_OCTET}|\.{_OCTET}[ ,]{_OCTET}\.{_OCTET}|"
    rf"\.{_OCTET}\.{_OCTET}[ ,]{_OCTET})(?![\d.,]?\d)|"
    r"[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}|\b\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\b|"
    # a Czech or Slovak bank account: an optional prefix and a dash, six to ten digits in one
    # piece and the bank's code of four digits after a slash ("0382719031/0800",
    # "19-2000145399/0800"); never a phone's area code and slash ("02/5441 2233")
    r"(?<![\d/-])(?:\d{1,6}-)?\d{6,10}/\d{4}(?![\d/-]|[^\S\n]?\d))"
)
_FAX = re.compile(r"\bfax\b", re.IGNORECASE)
_TEL = re.compile(r"tel", re.IGNORECASE)
_ID_LABEL_END = re.compile(
    r"I[ČC]O?\s*:?\s*$|DIČ\s*:?\s*\w*$|"
    r"\b(?:SIREN|SIRET|NIPC|NIF|NIE|CIF|NIP|KRS|REGON|HRB|HRA|UID|P\.\s?IVA|C\.F\.|KvK|CRN)\s*(?:n[°ºo]\.?|nr\.?|no\.?)?\s*[:.]?\s*$"
)
"""A company or tax number's label just before the digits (the Czech IČO and DIČ, a foreign
register's: "SIREN 812 447 903", "NIPC 514 280 377", "NIP 527-…"): its number is no phone."""
_CODE_PREFIX = re.compile(r"(?<![\w.+-])(?!(?i:tel|mob|gsm|cel|han|ph|kom|fax|nr|no)|[TMPF][-‐‑/]$)[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{1,6}[-‐‑/]$")
"""Capitals joined to the digits by a hyphen or a slash, as a card's, a file's or a
reference's number is written ("SN-2025-04417", "ČJ/2025/4471"); never a phone label
("tel-", "mob/", "T-", "M/")."""
_TRUNK_ZERO = re.compile(r"(\+\d{1,3})[^\S\n]?\(0\)[^\S\n]?")


def _without_trunk_zero(m: re.Match[str]) -> str:
    """"+421 (0) 905" as "     +421 905": the same length (offsets stay), one space after
    the country code."""
    code = m.group(1)
    return " " * (len(m.group(0)) - len(code) - 1) + code + " "


def phones_in(text: str, office: Office = CSU, region: str = "CZ") -> list[tuple[int, str]]:
    """(offset, E.164) of every valid phone number in ``text`` (``region``: the numbering
    plan of numbers written without a country code)."""
    out: list[tuple[int, str]] = []
    if _DIGIT_RUN.search(text) is None:
        return out  # no run of seven digits: no phone number, skip the costly matcher
    # IP addresses and dates look like digit groups to the phone matcher: blank them out
    text = _NOT_PHONES.sub(lambda m: " " * len(m.group(0)), text)
    if "(0" in text:  # "+420 (0)602 …", "+44 (0)20 …": the trunk zero is not dialled
        text = _TRUNK_ZERO.sub(_without_trunk_zero, text)
    for start, number in _matches(text, region):
        before = text[max(0, start - 12) : start]
        if _FAX.search(before) and not _TEL.search(before):
            continue
        if _ID_LABEL_END.search(before):
            continue
        if _CODE_PREFIX.search(before):
            continue  # the digits of a code ("SN-2025-04417", "ČJ/2025/4471"): no phone
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if office.phone_prefixes and e164.startswith(office.phone_prefixes):
            continue
        out.append((start, e164))
    return out



def mobile_number(e164: str) -> bool:
    """Whether a number is a mobile line in its country's plan ("+421 905 123 456")."""
    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE


def premium_rate(e164: str) -> bool:
    """Whether a number is a premium-rate line of the Czech plan ("+420 905 123 456", a
    Slovak mobile written without its country code and read in the Czech plan); the plan's
    premium lines all start with a 9, so no other number is parsed again."""
    if not e164.startswith("+4209"):
        return False
    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.PREMIUM_RATE


_DIGIT_RUN = re.compile(r"\d(?:[^\S\n]{0,2}[-–./()]?[^\S\n]{0,2}\d){6,}")
"""Seven digits or more, grouped by spaces, dashes, dots, slashes or brackets: where a phone
number can be. The matcher reads only around such runs, not a whole long text (a data
message parsed as text is 80 kB of base64 on one line)."""


def _matches(text: str, region: str) -> Iterator[tuple[int, phonenumbers.PhoneNumber]]:
    """(offset in ``text``, number) of the phone matcher over the windows round digit runs."""
    windows: list[list[int]] = []
    for run in _DIGIT_RUN.finditer(text):
        lo, hi = max(0, run.start() - 8), min(len(text), run.end() + 8)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        # the matcher's candidates never span a line break, and a break beside one is neither
        # a letter nor a currency sign: each line of a window is read alone, the same numbers
        at = lo
        for piece in text[lo:hi].split("\n"):
            for start, number in window_phones(piece, region):
                yield at + start, number
            at += len(piece) + 1


@per_application(maxsize=1024)
def window_phones(chunk: str, region: str) -> tuple[tuple[int, phonenumbers.PhoneNumber], ...]:
    """(offset, number) of each valid phone number the matcher finds in one line of a window
    of digit runs; remembered within one application (``memo.per_application``): a line and
    the text it stands in, a cell and its row hold the same lines (a fifth of the windows'
    lines of the tuning corpus repeat within their application)."""
    if _holds_no_phone(chunk, region):
        return ()
    matcher = phonenumbers.PhoneNumberMatcher(chunk, region, leniency=phonenumbers.Leniency.VALID)
    return tuple((m.start, m.number) for m in matcher)


_WINDOW_DIGIT = re.compile(r"\d")
_PLUS = re.compile("[+\uff0b]")
"""The plus signs the phone matcher reads (ASCII and full-width)."""


@cache
def _dialling(region: str) -> tuple[int, str] | None:
    """(fewest digits of a national number, international prefix) of ``region``'s numbering
    plan, from the phone library's metadata; None when its prefixes are not plain digits or
    it rewrites national numbers (then no window is skipped)."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if meta is None or meta.general_desc is None or not meta.general_desc.possible_length:
        return None
    idd = meta.international_prefix or ""
    if not idd.isdigit() or meta.national_prefix_transform_rule:
        return None
    return min(meta.general_desc.possible_length), idd


def _holds_no_phone(chunk: str, region: str) -> bool:
    """Whether the matcher provably finds no valid number in ``chunk`` ("IČO 28531728"):
    without a plus sign a number is either national, as many digits as ``region``'s
    shortest number at least, or dialled with the international prefix, whose digits then
    stand in the window's digits."""
    plan = _dialling(region)
    if plan is None or _PLUS.search(chunk) is not None:
        return False
    digits = "".join(_WINDOW_DIGIT.findall(chunk))
    shortest, idd = plan
    return digits.isascii() and len(digits) < shortest and idd not in digits
