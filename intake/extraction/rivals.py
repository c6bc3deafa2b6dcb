"""The rival check, run once over an extraction's result: a value marked certain is made
unsure when the message holds an unexplained rival of the same kind and the value does not
stand on a labelled line ("IČO: …", "Telefon: …", a table's labelled cell), the one
structure precise enough to outweigh a rival. Independent of wording: it reads only the
values, their lines and the digits or forms of the rivals."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum

from intake.extraction.fields import CSU, Office, ico_valid
from intake.extraction.model import FieldValue
from intake.extraction.names import without_marks
from intake.extraction.review import Reason
from intake.extraction.segments import Block


class Check(StrEnum):
    """The rival checks, each measured on its own (``tests/unit/test_extraction_rivals.py``)."""

    ICO = "ico"
    """Another valid IČO under an IČO label: the organisation's name and IČO."""
    NAME_FORM = "name_form"
    """An organisation's name that is not well-formed as a name (a lower-case or function
    first word): never certain."""
    NAME = "name"
    """Another company's name with a legal form anywhere in the message: an unlabelled
    organisation's name."""
    MOBILE = "mobile"
    """A landline chosen while a mobile number stands in another component of the message
    (a forwarded or attached original, an attachment)."""
    TABLE_ICO = "table_ico"
    """Another valid IČO in the same column of another row of the table whose row gave the
    IČO (a printer's or a founder's row beside the publisher's): the row's name and IČO."""
    OWNER_IN_DOUBT = "owner_in_doubt"
    """An IČO read within two lines below an organisation's name that is itself unsure
    because the text names another organisation (a group's letterhead over a subsidiary's
    application): the number belongs to the name in doubt."""


_LABELLED = re.compile(
    # "IČO: …", "Kontaktní telefon: …", "Název organizace | …", "Tel.<tab>…": a label of at
    # most five words (no comma, bracket or digit in it) opens the line and a colon, bar,
    # tab or equals sign closes it
    r"^[^\S\n]*(?:[-*•>|][^\S\n]*)?[^\W\d_][^\W\d_.]*\.?(?:[^\S\n]{1,3}[^\W\d_][^\W\d_.]*\.?){0,4}"
    r"[^\S\n]*(?:[:=|\t]|\.{2,})"
)
_ICO_LABEL = re.compile(
    r"(?=[IiCcRr])\b(?:I[ČC]O?|IČ|Company\s+(?:ID|No)|Reg(?:istration)?\.?\s*No)\b", re.IGNORECASE
)
_EIGHT = re.compile(r"(?<![\w.,/-])\d(?:[^\S\n]?\d){7}(?![\w/-]|[.,]\d|[^\S\n]?\d)")
_MOBILE = re.compile(
    # a Czech (6xx, 7xx) or Slovak (9xx) mobile number, with or without the country code
    r"(?<![\w+.])(?:(\+|00)?(42[01])[^\S\n]?|0)?([679]\d{2})[^\S\n]?(\d{3})[^\S\n]?(\d{3})(?!\w|\.\d|[^\S\n]?\d)"
)
_CZ_MOBILE = re.compile(r"^\+420[67]\d{8}$|^\+4219\d{8}$")
_FORM_NAME = re.compile(
    # a company's name and its legal form: a capitalised word, up to three words more, then
    # the form ("Mediální servis Orbis s.r.o.", "Baltic Wire Ltd", "Hírvidék Média Kft.")
    r"(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])\b([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w&-]*(?:[^\S\n]{1,3}[\w&-]+){0,3},?[^\S\n]{1,3})"
    r"(?:spol\.\s?s\s?r\.\s?o\.|s\.\s?r\.\s?o\.|a\.\s?s\.|z\.\s?s\.|o\.\s?p\.\s?s\.|z\.\s?ú\.|GmbH|Ltd\.?|Inc\.?|"
    r"Kft\.?|sp\.\s?z\s?o\.\s?o\.|k\.\s?s\.|v\.\s?o\.\s?s\.)(?!\w)"
)
_WORD = re.compile(r"\w{3,}")
_FUNCTION_WORDS = frozenset("a az an and i o u v z s k na pro do od za při pri jako".split())
"""Words that open a clause, never an organisation's name: an article ("A Hírvidék …",
"Az …" taken from a sentence's start), a conjunction or preposition ("The", "Naše" open
real names and are not here)."""


def line_at(
    blocks: Iterable[Block], component: str | None, no: int | None
) -> tuple[Block, str] | None:
    """The block of ``component`` holding line ``no``, and that line's text."""
    if component is None or no is None:
        return None
    for b in blocks:
        if b.component == component:
            for ln in b.lines:
                if ln.no == no:
                    return b, ln.text
    return None


def _line(blocks: Iterable[Block], component: str | None, no: int | None) -> str | None:
    found = line_at(blocks, component, no)
    return found[1] if found is not None else None


def labelled(line: str | None) -> bool:
    """The value's line opens with a label (the structural rule that may make it certain)."""
    return line is not None and _LABELLED.match(line) is not None


def _texts(blocks: Sequence[Block]) -> list[str]:
    seen: dict[str, None] = {}
    for b in blocks:
        seen.setdefault(b.text, None)
    return list(seen)


def ico_rivals(texts: Iterable[str], value: str, office: Office = CSU) -> list[str]:
    """Valid IČOs other than ``value`` and the office's, each under an IČO label on its line."""
    out: list[str] = []
    for text in texts:
        if not _ICO_LABEL.search(text):
            continue
        for m in _EIGHT.finditer(text):
            digits = re.sub(r"\s", "", m.group(0))
            if digits in (value, office.ico) or not ico_valid(digits):
                continue
            start = text.rfind("\n", 0, m.start()) + 1
            if _ICO_LABEL.search(text, max(start, m.start() - 40), m.start()):
                out.append(digits)
    return out


def name_rivals(texts: Iterable[str], value: str) -> list[str]:
    """Names with a legal form that share no word of three letters or more with ``value``."""
    own = without_marks(value).casefold()
    out: list[str] = []
    for text in texts:
        for m in _FORM_NAME.finditer(text):
            words = _WORD.findall(without_marks(m.group(1)).casefold())
            if words and not any(w in own for w in words):
                out.append(m.group(0))
    return out


_VERB_OPENING = re.compile(
    r"[^\W\d_]{2,}(?:ám|ím|áme|íme|eme|ime|ame|em|am|u|i)\s+"
    r"(?:v|ve|za|z|ze|na|pro|pre|jménem|jmenem|menom|mene|o|k|ke|s|se|u|od|do)\s"
)
"""A first word with the ending of a verb in the first person (Czech, Slovak: "Píši", "Zasílám",
"Žiadame", "Posielam") followed by a lower-case preposition: the start of a sentence ("Píši
v zájmu …", "Obracím se za …"), not of a name."""


def ill_formed_name(name: str) -> bool:
    """An organisation's name that opens with a lower-case word or a function word, or with a
    verb of the writer's sentence ("Píši v zájmu …")."""
    first, _, rest = name.strip().partition(" ")
    if not rest:
        return False
    if first[:1].islower() or first.casefold() in _FUNCTION_WORDS:
        return True
    return _VERB_OPENING.match(name.strip()) is not None


def _mobiles(texts: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for text in texts:
        for m in _MOBILE.finditer(text):
            cc = m.group(2) or ("421" if m.group(3).startswith("9") else "420")
            if cc == "420" and m.group(3).startswith("9"):
                continue
            out.add("+" + cc + m.group(3) + m.group(4) + m.group(5))
    return out


def _open(value: FieldValue | None, blocks: Sequence[Block]) -> bool:
    """A certain value read from a line of text that no label opens: the values a rival may
    put in doubt (an envelope's or a header's value has no line and stays as it is)."""
    return (
        value is not None
        and value.certain
        and isinstance(value.value, str)
        and value.line is not None
        and not labelled(_line(blocks, value.component, value.line))
    )


def _read_with_rival_ico(name: FieldValue, ico: FieldValue, blocks: Sequence[Block]) -> bool:
    """A certain name read on the line of its IČO where no label opens that line (the IČO
    itself certain or already in doubt): a rival IČO elsewhere may put the name in doubt."""
    return (
        name.certain
        and isinstance(ico.value, str)
        and ico.line is not None
        and (name.component, name.line) == (ico.component, ico.line)
        and not labelled(_line(blocks, ico.component, ico.line))
    )


def _table_rival(ico: FieldValue, blocks: Sequence[Block], office: Office) -> bool:
    """A certain IČO read from a table's row (cells split by tabs) that carries no IČO label
    of its own, while another row of the same table holds another valid IČO in the same
    column: the row read may be another party's (a printer, a founder)."""
    found = line_at(blocks, ico.component, ico.line)
    if found is None or "\t" not in found[1] or _ICO_LABEL.search(found[1]):
        return False
    block, text = found
    cells = [c.replace(" ", "").strip() for c in text.split("\t")]
    if str(ico.value) not in cells:
        return False
    col = cells.index(str(ico.value))
    for ln in block.lines:
        if ln.no == ico.line or "\t" not in ln.text:
            continue
        other = ln.text.split("\t")
        digits = other[col].replace(" ", "").strip() if col < len(other) else ""
        if len(digits) == 8 and digits.isdigit() and digits not in (ico.value, office.ico) and ico_valid(digits):
            return True
    return False


def _owner_in_doubt(name: FieldValue | None, ico: FieldValue | None) -> bool:
    """A certain IČO read at most two lines below an unsure name of the same component that
    was put in doubt by another organisation the text names (``Reason.OTHER_ORGANIZATION``)."""
    return (
        name is not None
        and ico is not None
        and ico.certain
        and not name.certain
        and str(name.reason or "").startswith(str(Reason.OTHER_ORGANIZATION))
        and name.component == ico.component
        and name.line is not None
        and ico.line is not None
        and 0 <= ico.line - name.line <= 2
    )


def _unsure(value: FieldValue, check: Check, reason: Reason) -> tuple[Check, FieldValue]:
    return check, dataclasses.replace(value, certain=False, reason=reason)


def _organization(
    fields: Mapping[str, FieldValue], blocks: Sequence[Block], texts: list[str], office: Office
) -> dict[str, tuple[Check, FieldValue]]:
    out: dict[str, tuple[Check, FieldValue]] = {}
    ico, name = fields.get("organization.ico"), fields.get("organization.name")
    if (
        name is not None
        and name.certain
        and isinstance(name.value, str)
        and ill_formed_name(name.value)
    ):
        out["organization.name"] = _unsure(name, Check.NAME_FORM, Reason.DESCRIPTIVE)
    if ico is not None and _open(ico, blocks) and ico_rivals(texts, ico.value, office):
        out["organization.ico"] = _unsure(ico, Check.ICO, Reason.OTHER_ORGANIZATION)
    if name is not None and ico is not None and _read_with_rival_ico(name, ico, blocks) and ico_rivals(texts, str(ico.value), office):
        # the name read on its IČO's line, another IČO given: a printer's or a host's in
        # prose ("tiskne X s.r.o., IČO …") against the applicant's in its signature
        out.setdefault("organization.name", _unsure(name, Check.ICO, Reason.OTHER_ORGANIZATION))
    if name is not None and _open(name, blocks) and name_rivals(texts, name.value):
        out.setdefault("organization.name", _unsure(name, Check.NAME, Reason.OTHER_ORGANIZATION))
    if ico is not None and ico.certain and _table_rival(ico, blocks, office):
        out.setdefault("organization.ico", _unsure(ico, Check.TABLE_ICO, Reason.OTHER_ORGANIZATION))
        if name is not None and name.certain and (name.component, name.line) == (ico.component, ico.line):
            out.setdefault("organization.name", _unsure(name, Check.TABLE_ICO, Reason.OTHER_ORGANIZATION))
    if _owner_in_doubt(name, ico) and ico is not None:
        out.setdefault("organization.ico", _unsure(ico, Check.OWNER_IN_DOUBT, Reason.OTHER_ORGANIZATION))
    return out


def rival_checks(
    fields: Mapping[str, FieldValue], blocks: Sequence[Block], office: Office = CSU
) -> dict[str, tuple[Check, FieldValue]]:
    """The certain values each check would make unsure, with the check that fired."""
    texts = _texts(blocks)
    out = _organization(fields, blocks, texts, office)
    phone = fields.get("contact.phone")
    if (
        phone is not None
        and _open(phone, blocks)
        and phone.value.startswith(("+420", "+421"))
        and not _CZ_MOBILE.match(phone.value)
        and any(
            _mobiles([text]) - {phone.value}
            for component, text in dict.fromkeys((b.component, b.text) for b in blocks)
            if component != phone.component
        )
    ):
        out["contact.phone"] = _unsure(phone, Check.MOBILE, Reason.OTHER_CANDIDATE)
    return out


def rivals(
    fields: Mapping[str, FieldValue], blocks: Sequence[Block], office: Office = CSU
) -> dict[str, FieldValue]:
    """The hook of ``extract_application``: the certain values a rival puts in doubt."""
    return {k: v for k, (_, v) in rival_checks(fields, blocks, office).items()}
