"""Digits an OCR of a scan read as letters (O/o for 0, l/I for 1, S for 5, B for 8, Z for
2), read back as digits only where the text has the shape of a value the application gives: a
dotted quad (an address, with its mask), a labelled IČO, a labelled phone number. A value read
so must pass its own check (octets, checksum, a valid number) and is never certain
(``Reason.OCR_SLIP``): the officer compares it with the scan."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field

from intake.extraction.fields import ico_valid, phones_in

_SLIPS = str.maketrans("OolISBZ", "0011582")
# The patterns below open with a lookahead of their first characters: a quick test at each
# position before the lookbehind (``test_regex_prefilters`` proves the letters complete).
_N = r"[0-9OolISBZ]"
"""A digit or a letter OCR gives for one; never a bar ("|"), which is more often a table's
rule than a one ("198.18.7.2||" is a row of cells)."""

_QUAD = re.compile(
    rf"(?=[0-9OolISBZ])(?<![\w.|/@:-])(?P<a>{_N}{{1,3}}(?:\.{_N}{{1,3}}){{3}})(?:/(?P<m>{_N}{{1,2}}))?(?![\w|@]|\.\w|:\w)"
)
_ICO = re.compile(
    r"(?=[IiCR])(?<!\w)(?:I[ČC]O?|I[čc]o|ičo|ico|Company\s+ID(?:\s*\(I[ČC]O?\))?|ID\s+No\.?|Reg\.?\s*No\.?)"
    rf"[^\S\n]*[:.]?[^\S\n]*(?P<v>{_N}(?:[^\S\n]?{_N}){{7}})(?![\w|]|[^\S\n]?\d)"
)
_PHONE = re.compile(
    r"(?=[TtPpMmHhG])(?<!\w)(?:[Tt]el(?:efon|efón|éfono|efono|éphone|ephone)?|TEL|[Pp]hone|[Mm]obil|[Mm]ob|[Hh]andy|GSM)"
    r"\.?(?:[^\S\n]*č\.)?[^\S\n]*:?[^\S\n]*"
    rf"(?P<v>(?:(?:\+|00|OO)[^\S\n]?{_N}{{3}}[^\S\n]?)?{_N}{{3}}[^\S\n]?{_N}{{3}}[^\S\n]?{_N}{{3}})(?![\w|]|[^\S\n]?\d)"
)

_CONTACT_PHONE = re.compile(
    # an unlabelled number at the end of a contact line, after a comma ("Kontakt: Jan Kos,
    # kos@x.example, 6O3 2lO 45O"): grouped by spaces as a phone number is written
    r"(?=[KCA])(?<!\w)(?:Kontakt\w*|Contact\w*|Ansprechpartner\w*|Kapcsolat\w*)[^\S\n]*:[^\n]*?,[^\S\n]*"
    rf"(?P<v>(?:\+[^\S\n]?{_N}{{3}}[^\S\n])?{_N}{{3}}[^\S\n]{_N}{{3}}[^\S\n]{_N}{{3}})[^\S\n]*$",
    re.MULTILINE,
)
_GAP = r"(?:[^\S\n]+\.[^\S\n]*|[^\S\n]*\.[^\S\n]+)"
_SPACED_QUAD = re.compile(
    # a dotted quad a scan or a hand spaced out ("192 . 0 . 2 . 50", "198 .51 .100 .20",
    # "192. 0. 2. 90"): every dot with a space beside it
    rf"(?<![\w.,])(\d{{1,3}}){_GAP}(\d{{1,3}}){_GAP}(\d{{1,3}}){_GAP}(\d{{1,3}})"
    r"(?![\w.]|[^\S\n]*\.[^\S\n]*\d)"
)


@dataclass
class OcrRepairs:
    """The values read by undoing OCR slips, to be flagged wherever they are extracted."""

    networks: list[ipaddress.IPv4Network] = field(default_factory=list)
    icos: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    """The last nine digits of each phone number."""
    broken_words: set[str] = field(default_factory=set)
    """Words a PDF table's cell broke over two lines, glued back only by the geometry
    (``intake.content.pdfgrid.BROKEN_WORD``): they might be two words."""

    def has_ip(self, address: str) -> bool:
        if not self.networks:
            return False  # no repaired network: nothing to parse the address for
        try:
            a = ipaddress.ip_address(address.split("/")[0])
        except ValueError:
            return False
        return any(a in n for n in self.networks)


def _slipped(raw: str, least_digits: int) -> str | None:
    """``raw`` with its slips undone, when it has a slip and at least ``least_digits`` digits."""
    digits = sum(ch.isdigit() for ch in raw)
    if digits == len(re.sub(r"[\s./+]", "", raw)) or digits < least_digits:
        return None
    return raw.translate(_SLIPS)


def _quad(m: re.Match[str], out: OcrRepairs) -> str:
    fixed = _slipped(m.group(0), 2)
    if fixed is None:
        return m.group(0)
    octets = fixed.split("/")[0].split(".")
    if any(len(o) > 1 and o.startswith("0") for o in octets):
        return m.group(0)
    try:
        net = ipaddress.IPv4Network(fixed, strict=False)
    except ValueError:
        return m.group(0)
    out.networks.append(net)
    return fixed


def _ico(m: re.Match[str], out: OcrRepairs) -> str:
    fixed = _slipped(m.group("v"), 3)
    if fixed is None or not ico_valid(re.sub(r"\s", "", fixed)):
        return m.group(0)
    out.icos.add(re.sub(r"\s", "", fixed))
    return m.group(0)[: m.start("v") - m.start()] + fixed


def _phone(m: re.Match[str], out: OcrRepairs) -> str:
    fixed = _slipped(m.group("v"), 3)
    if fixed is None:
        return m.group(0)
    found = phones_in(fixed)
    if len(found) != 1:
        return m.group(0)
    out.phones.add(found[0][1][-9:])
    return m.group(0)[: m.start("v") - m.start()] + fixed


def _spaced(m: re.Match[str], out: OcrRepairs) -> str:
    """A spaced-out quad closed up, padded with spaces to its length (positions stay)."""
    octets = m.groups()
    if any(int(o) > 255 or (len(o) > 1 and o.startswith("0")) for o in octets):
        return m.group(0)
    quad = ".".join(octets)
    out.networks.append(ipaddress.IPv4Network(quad))
    return quad.ljust(len(m.group(0)))


def undo_ocr_slips(text: str, out: OcrRepairs) -> str:
    """``text`` with the slips of its addresses, labelled IČOs and phones undone (each one
    recorded in ``out``), and its spaced-out quads closed up; the text unchanged when it has
    none."""
    if " ." in text or ". " in text:
        text = _SPACED_QUAD.sub(lambda m: _spaced(m, out), text)
    if not any(ch in text for ch in "OolISBZ"):
        return text
    text = _QUAD.sub(lambda m: _quad(m, out), text)
    text = _ICO.sub(lambda m: _ico(m, out), text)
    text = _PHONE.sub(lambda m: _phone(m, out), text)
    return _CONTACT_PHONE.sub(lambda m: _phone(m, out), text)
