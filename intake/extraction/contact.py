"""The applicant's contact (person, e-mail, phone), told apart from quoted or forwarded
footers: labelled contact lines first, then the sender's own text, then their signature."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from intake.extraction.fields import CSU, Hit, Office, emails_in, phones_in
from intake.extraction.names import clean_name
from intake.extraction.org import legal_name_in
from intake.extraction.review import Reason
from intake.extraction.segments import Block, Kind, Line

_CONTACT_LABEL = re.compile(
    r"^\s*(?:[-*•–]\s*)?\*{0,2}(?:(?:hlavní\s+|technick[áýé]\s+|odpovědn[áý]\s+)?kontakt(?:n[íái]\s+osoba)?"
    r"(?:\s+pro\s+[\w\s]{1,30}?)?(?:\s+(?:jsem\s+já|budu\s+já|jsem|je|bude))?|technick[áý]\s+(?:osoba|kontakt|správce)|"
    r"(?:odpovědn|zodpovědn)\w*\s+(?:osoba|pracovník\w*)|kontaktní\s+pracovník\w*|"
    r"správce\s+(?:serveru|systému)|contact\s+details|"
    r"osoba\s+odpovědná[\w\s]{0,30}?|vyřizuje|vybavuje|kontaktní\s+údaje|"
    r"kontakt\s+(?:na\s+)?žadatel[e]?|kontakt\s+žiadateľa|applicant'?s\s+contact|"
    r"(?:technical\s+|main\s+)?contact(?:\s+person)?|responsible\s+person|"
    r"person\s+responsible[\w\s]{0,30}?)\*{0,2}(?:\s*[:\-–|]|\t|\s*$|(?<=vyřizuje|vybavuje)\s)"
    r"\s*(?P<v>.*)$",
    re.IGNORECASE,
)
_PERSON_LABEL = re.compile(
    r"^\s*(?:[-*•–]\s*)?(?:jméno(?:\s+a\s+příjmení)?(?:\s+kontaktní\s+osoby)?|meno(?:\s+kontaktnej"
    r"\s+osoby)?|name(?:\s+of\s+(?:the\s+)?contact(?:\s+person)?)?|contact\s+name|osoba|person)"
    r"(?:\s*[:\-–]|\t)\s*(?P<v>.+)$",
    re.IGNORECASE,
)
_EMAIL_LABEL = re.compile(r"\b(?:e-?mail|email|mail)\b", re.IGNORECASE)
_PHONE_LABEL = re.compile(r"\b(?:tel\w*|phone|mobil\w*|mob\.|gsm|call)\b", re.IGNORECASE)
_NON_CONTACT = re.compile(
    r"\b(?:dispečink|dispatch|recepce|reception|ústředna|switchboard|fax|nonstop|"
    r"redakce\s+tel|helpdesk|noc)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Contact:
    person: Hit | None
    email: Hit | None
    phone: Hit | None


def _window(block: Block, idx: int, size: int = 4) -> list[Line]:
    return list(block.lines[idx : idx + size])


def _first_email(lines: Sequence[Line], block: Block, office: Office) -> Hit | None:
    for ln in lines:
        es = emails_in(ln.text, office)
        if es:
            return Hit(es[0], block.component, ln.no)
    return None


def _first_phone(
    lines: Sequence[Line], block: Block, office: Office, *, strict: bool = True
) -> Hit | None:
    """The first contact phone of ``lines``; a labelled line's number in the Slovak plan when
    it is no Czech one ("tel. 02/5441 2233" in a Slovak letter)."""
    for ln in lines:
        for off, num in phones_in(ln.text, office):
            if strict and _NON_CONTACT.search(ln.text[max(0, off - 30) : off]):
                continue
            return Hit(num, block.component, ln.no)
    for ln in lines:
        label = _PHONE_LABEL.search(ln.text)
        if label is None:
            continue
        for off, num in phones_in(ln.text, office, "SK"):
            if off > label.start():
                return Hit(num, block.component, ln.no)
    return None


def _under_header(block: Block, idx: int) -> Hit | None:
    """A header row of a table ("Kontaktní osoba | Telefon | E-mail" as tab-separated cells):
    the person in the contact column of the next row."""
    header = block.lines[idx].text
    if "\t" not in header or idx + 1 >= len(block.lines):
        return None
    cells = header.split("\t")
    col = next((j for j, c in enumerate(cells) if _CONTACT_LABEL.fullmatch(c.strip())), None)
    row = block.lines[idx + 1].text.split("\t")
    if col is None or col >= len(row) or len(row) != len(cells):
        return None
    name = clean_name(row[col].strip())
    return Hit(name, block.component, block.lines[idx + 1].no) if name else None


def _anchor(blocks: Sequence[Block]) -> tuple[Block, int, Hit | None] | None:
    """The labelled contact line: (block, index of line, person found there)."""
    for b in blocks:
        for i, ln in enumerate(b.lines):
            if "\t" in ln.text and (below := _under_header(b, i)) is not None:
                return b, i, below
            m = _CONTACT_LABEL.match(ln.text)
            if not m:
                continue
            value = m.group("v")
            person = clean_name(value) if value.strip() else None
            if person is None and value.strip():
                for cell in re.split(r"[,;/|()]|\s[-–]\s", value):
                    if "@" not in cell and (person := clean_name(cell.strip())):
                        break
            if person is None:
                for nxt in b.lines[i + 1 : i + 3]:
                    pm = _PERSON_LABEL.match(nxt.text)
                    cand = clean_name(pm.group("v") if pm else nxt.text)
                    if cand:
                        return b, i, Hit(cand, b.component, nxt.no)
            return b, i, Hit(person, b.component, ln.no) if person else None
    return None


_PROSE = re.compile(
    r"(?:kontaktní\s+osob(?:ou|a)\s+(?:je|bude)|technick\w+\s+(?:záležitosti|stránku)\s+"
    r"(?:má\s+na\s+starosti|zajišťuje|odpovídá)|za\s+technickou\s+stránku\s+odpovídá|"
    r"(?:contact\s+person|technical\s+contact|point\s+of\s+contact)\s+(?:is|will\s+be))\s+"
    r"(?:pan\s+|paní\s+|kolega\s+|kolegyně\s+|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+)?(?P<v>[^,;()\n]{3,60})",
    re.IGNORECASE,
)


_LOOSE = re.compile(
    r"\b(?:(?:kontakt\w*|contact)\b[^.;:\n]{0,40}?\s(?:je|bude|is|will\s+be)|"
    r"(?:kontakt(?:ní\s+osoba)?|kontaktná\s+osoba|contact(?:\s+person)?)\b|"
    r"(?:questions|dotaz\w*|obra[ťc]\w*|direct|reach|kontaktujte|volejte|call)\b[^.\n]{0,60}?"
    r"(?=\b(?:Mr|Ms|Mrs|Dr|pan|paní|pana|Ing|Mgr)\b))\s*"
    r"(?:pan\s+|paní\s+|(?P<acc>pana\s+)|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+|Dr\.?\s+|Ing\.\s+|Mgr\.\s+)?"
    r"(?P<v>[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+){1,2})",
    re.IGNORECASE,
)
"""A contact named in a looser sentence ("our contact in all technical matters is Mr …",
"kontakt Jan Lukeš 606 …"): taken, never for certain."""


_PROSE_WORDS = (
    "kontakt", "contact", "technick", "questions", "dotaz", "obra", "direct", "reach", "volejte",
    "call",
)
"""A quick test before ``_PROSE`` and ``_LOOSE``: one of these is in every line they match."""


def _prose_anchor(blocks: Sequence[Block]) -> tuple[Block, int, Hit | None] | None:
    """``Kontaktní osobou je Jan Malý (…)``: a contact named in a sentence (certain only in
    the set phrases of ``_PROSE``)."""
    for certain, rx in ((True, _PROSE), (False, _LOOSE)):
        for b in blocks:
            for i, ln in enumerate(b.lines):
                low = ln.text.lower()
                if not any(word in low for word in _PROSE_WORDS):
                    continue
                for m in rx.finditer(ln.text):
                    if name := _leading_name(m.group("v")):
                        if "acc" in m.groupdict() and m.group("acc"):
                            name = _nominative(name)
                        reason = None if certain else Reason.SENTENCE
                        return b, i, Hit(name, b.component, ln.no, certain, reason)
    return None


_MASCULINE_CASE = re.compile(r"(?:(?<=[^aeiouyáéíóúůý])a|(?<=[šžčřjťďň])e|(?<=[íý])ho|(?<=é)ho)$")


def _nominative(name: str) -> str:
    """A man's name after "pana" (accusative or genitive: "pana Lukáše Dvořáka") turned
    back by its regular endings (-a, -e after a soft consonant, -ého, -ího); irregular ones
    ("Karla", "Marka") stay.
    Used only for a value that is unsure anyway."""
    words = [_MASCULINE_CASE.sub("", w) for w in name.split()]
    return " ".join(w[:-1] + "ý" if w.endswith("é") else w for w in words)


def _leading_name(text: str) -> str | None:
    """The person's name at the start of ``text``, dropping what follows it."""
    words = text.split()
    for n in (3, 2):
        if len(words) >= n and (name := clean_name(" ".join(words[:n]))):
            return name
    return None


_APPLICANT_LABEL = re.compile(
    r"^\s*(?:[-*•–]\s*)?(?:žadatel(?:ka)?|žiadateľ(?:ka)?|applicant|requester)(?:\s*[:\-–|]|\t)"
    r"\s*(?P<v>.+)$",
    re.IGNORECASE,
)
_CREW = re.compile(
    r"\b(?:kameram\w*|kameraman\w*|fotograf\w*|photographer|camera\w*|zvukař\w*|"
    r"reportér\w*|štáb\w*|crew|osvětlovač\w*)\b",
    re.IGNORECASE,
)
"""Words naming a member of a recording crew: the person a permit is for, not the contact."""


def _labelled_person(own: Sequence[Block]) -> tuple[Hit, Block, int] | None:
    """The person of a labelled line ("Jméno: …", "Žadatel: Jana Nová, editorka"): a
    crew member ("Osoba: Petr Malý, kameraman") yields to another labelled person; two
    different people left are for the officer to decide. Returns the hit, its block and the
    index of its line there."""
    found: list[tuple[Hit, Block, int, bool]] = []
    for b in own:
        for i, ln in enumerate(b.lines):
            m = _PERSON_LABEL.match(ln.text) or _APPLICANT_LABEL.match(ln.text)
            if m and (n := clean_name(m.group("v"))):
                found.append((Hit(n, b.component, ln.no), b, i, bool(_CREW.search(m.group("v")))))
    if not found:
        return None
    kept = [f for f in found if not f[3]] or found
    hit, b, i, _ = kept[0]
    if len({f[0].value for f in kept}) > 1:
        hit = dataclasses.replace(hit, certain=False, reason=Reason.OTHER_PERSON)
    return hit, b, i


def _signature_person(blocks: Sequence[Block]) -> Hit | None:
    for b in blocks:
        if b.kind is not Kind.SIGNATURE:
            continue
        for ln in b.lines[:8]:
            if legal_name_in(ln.text):
                continue  # an organisation line (s.r.o., a.s. …), not a person
            for cell in re.split(r"\s[|•·]\s|,\s", ln.text):
                name = clean_name(cell.strip(" -–"))
                if name:
                    return Hit(name, b.component, ln.no, certain=True)
    return None


_CELL = re.compile(r"\s[-–—|•·]\s|,\s|;\s")


def _person_beside_contact(own: Sequence[Block], office: Office) -> Hit | None:
    """A name written in one line with an e-mail or phone ("Jana Malá, 603 …, jana@…"), a
    signature without its block: taken, never for certain."""
    for b in own:
        for ln in b.lines:
            names = (clean_name(cell.strip()) for cell in _CELL.split(ln.text))
            name = next((n for n in names if n), None)
            if name and (emails_in(ln.text, office) or phones_in(ln.text, office)):
                return Hit(name, b.component, ln.no, False, Reason.SIGNATURE)
    return None


def _second_person(blocks: Sequence[Block], block: Block, idx: int, person: str) -> bool:
    """Another labelled contact line after the first names someone else: which of the two is
    the applicant's contact is for the officer to decide."""
    rest = list(blocks[blocks.index(block) + 1 :]) if block in blocks else []
    later = [Block(block.component, block.kind, block.lines[idx + 1 :]), *rest]
    other = _anchor(later)
    return other is not None and other[2] is not None and other[2].value != person


def _unplaced_contact(own: Sequence[Block], person: str) -> bool:
    """A labelled contact line in the own text names no person the rules can read, or
    names someone other than ``person``."""
    for b in own:
        for ln in b.lines:
            m = _CONTACT_LABEL.match(ln.text)
            if m is not None and person.split()[-1] not in m.group("v"):
                return True
    return False


def _unlabelled(
    own: Sequence[Block],
    signature: Sequence[Block],
    first: Callable[[Sequence[Line], Block], Hit | None],
    every: Callable[[str], list[str]],
) -> Hit | None:
    """The first e-mail or phone (``first``) in the own text, else in the signature, where no
    label or contact line names one: certain only when the text has no other candidate."""
    found: Hit | None = None
    others: set[str] = set()
    for b in [*own, *signature]:
        for ln in b.lines:
            values = every(ln.text)
            if not values:
                continue
            others.update(values)
            found = found or first([ln], b)
    if found is not None and len(others) > 1:
        return dataclasses.replace(found, certain=False, reason=Reason.OTHER_CANDIDATE)
    return found


_CHANGE = re.compile(
    r"\b(?:správně|spravne|oprav\w*|překlep\w*|preklep\w*|nově|nove|změn\w*|zmen\w*|"
    r"now|new|correct\w*|typo|instead|should\s+(?:be|read))\b",
    re.IGNORECASE,
)


def corrected_contact(
    contact: Contact, blocks: Sequence[Block], office: Office = CSU
) -> Contact:
    """A phone or e-mail the text changes or corrects after giving it ("v telefonu jsem
    udělala překlep, správně je …", "my phone is now …"): the value right after the word of
    change replaces the one found, never for certain."""
    phone, email = contact.phone, contact.email
    for b in blocks:
        for ln in b.lines:
            change = _CHANGE.search(ln.text)
            if change is None:
                continue
            after = [n for off, n in phones_in(ln.text, office) if off > change.start()]
            if after and _PHONE_LABEL.search(ln.text) and (phone is None or phone.value != after[0]):
                phone = Hit(after[0], b.component, ln.no, False, Reason.CORRECTED)
            tail = emails_in(ln.text[change.start() :], office)
            if tail and _EMAIL_LABEL.search(ln.text) and (email is None or email.value != tail[0]):
                email = Hit(tail[0], b.component, ln.no, False, Reason.CORRECTED)
    return Contact(contact.person, email, phone)


def find_contact(
    own: Sequence[Block],
    signature: Sequence[Block],
    fallback: Sequence[Block],
    office: Office = CSU,
) -> Contact:
    """``own``: the sender's own text and attachments; ``signature``: their signature blocks;
    ``fallback``: forwarded or quoted text, used only when nothing else has a value."""
    person = email = phone = None
    anchor = _anchor(own) or _anchor(signature) or _prose_anchor(own)
    if anchor:
        b, i, person = anchor
        if person is not None and _second_person(own, b, i, person.value):
            person = dataclasses.replace(person, certain=False, reason=Reason.OTHER_PERSON)
        win = _window(b, i)
        email = _first_email(win, b, office)
        phone = _first_phone(win, b, office)
    if person is None and (labelled := _labelled_person(own)) is not None:
        person, b, i = labelled
        win = _window(b, i, 2)
        email = email or _first_email(win, b, office)
        phone = phone or _first_phone(win, b, office)
    if email is None:
        for b in own:
            for ln in b.lines:
                if _EMAIL_LABEL.search(ln.text) and (es := emails_in(ln.text, office)):
                    email = Hit(es[0], b.component, ln.no)
                    break
            if email:
                break
    if phone is None:
        for b in own:
            for ln in b.lines:
                if _PHONE_LABEL.search(ln.text):
                    phone = _first_phone([ln], b, office)
                    if phone:
                        break
            if phone:
                break
    if person is None:
        person = _signature_person(signature)
        if person is not None and _unplaced_contact(own, person.value):
            # a contact line the rules could not read, or another name: the signer is only
            # the default contact
            person = dataclasses.replace(person, certain=False, reason=Reason.DEFAULT_CONTACT)
    if person is None:
        person = _person_beside_contact(own, office)
    if email is None:
        email = _unlabelled(
            own, signature, lambda ls, b: _first_email(ls, b, office), lambda t: emails_in(t, office)
        )
    if phone is None:
        phone = _unlabelled(
            own,
            signature,
            lambda ls, b: _first_phone(ls, b, office),
            lambda t: [n for _, n in phones_in(t, office)],
        )
    if person is None and fallback:
        a2 = _anchor(fallback)
        if a2 and a2[2]:
            person = Hit(a2[2].value, a2[2].component, a2[2].line, False, Reason.QUOTED)
    return Contact(person, email, phone)
