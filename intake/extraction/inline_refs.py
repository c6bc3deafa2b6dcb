"""An inline answer pointing at the quoted addresses by shorthand ("ta .12, zbylé dvě jsou
ostré", "the .12 one. The .10 and .11 are production.", "die .69 ist Test, die anderen
Produktion", "tá posledná", "ano, všechny"): the addresses are the quoted ones, their uses
given by the answer or by the question it answers. Read as a synthetic own text with the
addresses written in full; nothing read from it is certain (the caller flags it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.extraction.ips import IPAddress, Mention, Role, clause_use
from intake.extraction.segments import Block, Kind, Line

_OCTET = re.compile(r"(?<![\w.])\.(\d{1,3})(?!\.?\d)")
_CLAUSE = re.compile(r"[;,]|\.(?=\s|$)|\s[-–—]\s")
_REST = re.compile(
    r"(?=[zoprtdaül])\b(?:zbyl\w*|ostatn\w*|ostatné|pozosta\w*|rest|others?|remaining|"
    r"übrig\w*|ander\w*|les\s+autres|autres)\b",
    re.IGNORECASE,
)
_ALL = re.compile(
    r"(?=[vwamotb])\b(?:všechny|všetky|wszystkie|all|alle|tous|toutes|mindegyik|obě|oba|both|beide)\b",
    re.IGNORECASE,
)
_FIRST = re.compile(
    r"(?=[pfe])\b(?:prvn\w*|prv[áúý]|pierwsz\w*|first|erste\w*|premi\w*)\b", re.IGNORECASE
)
_LAST = re.compile(r"(?=[pld])\b(?:posledn\w*|last|letzte\w*|dernie\w*|derni\w*)\b", re.IGNORECASE)
_SECOND = re.compile(
    r"(?=[dszm])\b(?:druh[áéýou]\w*|second\w*|zweite\w*|drug[aiy]\w*|deuxi\w*|második)\b",
    re.IGNORECASE,
)
_NO = re.compile(r"^\W*(?:ne|nie|no|nein|non|nem|žádn\w*|none)\b", re.IGNORECASE)


def _question(line_no: int, quoted: Sequence[Block]) -> str:
    """The quoted line right above an answer (the question it answers), '' when none."""
    for b in quoted:
        for ln in b.lines:
            if ln.no == line_no - 1:
                return ln.text
    return ""


def _targets(
    clause: str, listed: Sequence[IPAddress], taken: set[IPAddress]
) -> list[IPAddress] | None:
    """The quoted addresses a clause points at; None when a shorthand fits none or two."""
    octets = _OCTET.findall(clause)
    if octets:
        out = []
        for o in octets:
            fit = [a for a in listed if str(a).rsplit(".", 1)[-1] == o]
            if len(fit) != 1:
                return None
            out.append(fit[0])
        return out
    if _REST.search(clause):
        return [a for a in listed if a not in taken]
    if _ALL.search(clause):
        return list(listed)
    if _FIRST.search(clause):
        return [listed[0]]
    if _LAST.search(clause):
        return [listed[-1]]
    if _SECOND.search(clause):
        # of two addresses, "druhá" after the one named is the other one
        rest = [a for a in listed if a not in taken]
        return rest if len(listed) == 2 and len(rest) == 1 else [listed[1]]
    return []


def _lists(quoted: Sequence[tuple[Block, Mention]]) -> list[list[IPAddress]]:
    """The quoted addresses grouped by the line that lists them."""
    by_line: dict[tuple[int, int], list[IPAddress]] = {}
    for b, m in quoted:
        if not m.excluded and not m.is_block:
            at = by_line.setdefault((id(b), m.line), [])
            at.extend(a for a in m.addresses if a not in at)
    return list(by_line.values())


def _answer(
    text: str, question: str, lists: Sequence[list[IPAddress]]
) -> dict[IPAddress, Role] | None:
    """The uses an answer line gives the quoted addresses it points at (None: not such an
    answer, or a shorthand that cannot be resolved)."""
    if _NO.match(text):
        return None
    clauses = [c for c in _CLAUSE.split(text) if c.strip()]
    asked = clause_use(question)
    octets = set(_OCTET.findall(text))
    if octets:
        homes = [ls for ls in lists if octets <= {str(a).rsplit(".", 1)[-1] for a in ls}]
    else:
        homes = list(lists) if len(lists) == 1 else []
    if len(homes) != 1 or len(homes[0]) < 2:
        return None
    listed = homes[0]
    out: dict[IPAddress, Role] = {}
    for c in clauses:
        targets = _targets(c, listed, set(out))
        if targets is None:
            return None
        role = clause_use(c)
        given = set(out.values())
        if role is None and out and _REST.search(c):
            # "the rest": the use the other clause did not give
            role = next(iter({Role.PRODUCTION, Role.TEST} - given)) if len(given) == 1 else None
        elif role is None:
            role = asked
        if role is None and targets or clause_use(c) is not None and not targets:
            return None  # a use given to no address, or an address given no use
        out.update((a, role) for a in targets if role is not None)
    return _all_placed(out, listed, asked)


def _all_placed(
    out: dict[IPAddress, Role], listed: Sequence[IPAddress], asked: Role | None
) -> dict[IPAddress, Role] | None:
    """The answer's uses when they place every listed address: the addresses an answer to
    "which one is the test one?" leaves out have the other use; an answer placing only some
    of them otherwise leaves the uses in doubt (None)."""
    left = [a for a in listed if a not in out]
    if not out or not left:
        return out or None
    if asked is None or set(out.values()) != {asked}:
        return None
    other = Role.TEST if asked is Role.PRODUCTION else Role.PRODUCTION
    return out | dict.fromkeys(left, other)


def shorthand_answers(
    own: Sequence[Block], quoted: Sequence[tuple[Block, Mention]], blocks: Sequence[Block]
) -> list[Block]:
    """Synthetic own blocks writing in full the addresses an inline answer points at, one
    use a line ("test: A"), placed at the answer's line."""
    lists = _lists(quoted)
    if not lists:
        return []
    out: list[Block] = []
    quoted_blocks = [b for b in blocks if b.kind is Kind.QUOTED]
    for b in own:
        for ln in b.lines:
            if not ln.text.strip() or len(ln.text) > 160:
                continue
            uses = _answer(ln.text, _question(ln.no, quoted_blocks), lists)
            if not uses:
                continue
            lines = [
                Line(
                    ln.no,
                    f"{'test' if r is Role.TEST else 'production'}: "
                    + ", ".join(str(a) for a, u in uses.items() if u is r),
                )
                for r in (Role.PRODUCTION, Role.TEST)
                if r in uses.values()
            ]
            out.append(Block(b.component, Kind.OWN, tuple(lines)))
    return out


_ADDED_OCTET = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[jeatpnidmoä])\b(?:ještě|jeste|ešte|este|also|and|plus|auch|noch|dazu|też|tez|"
    r"jeszcze|még|aussi|også|även|i)\s+(?:(?:ta|tá|the|die|der|das|la|le|az)\s+)?"
    r"(?<![\w.])\.(\d{1,3})(?![\d.]\d|\d)",
    re.IGNORECASE,
)
"""A last octet written alone after a word of adding ("a ještě .20 na test", "and also .20
for testing", "und noch die .20 als Test")."""


def octets_added(own: Sequence[Block], quoted: Sequence[tuple[Block, Mention]]) -> list[Block]:
    """A reply of a line or two adding one address by its last octet to the quoted
    application's list ("a ještě .20 na test" above the quoted mail): synthetic own blocks
    writing it in full with the one network prefix all the quoted IPv4 addresses share, in
    the use the line names (none when the prefix or the use is not plain, or the octet is
    one of the quoted addresses' - a pointer, not an addition)."""
    prefixes = {
        str(a).rsplit(".", 1)[0]
        for _, m in quoted
        if not m.excluded
        for a in m.addresses
        if a.version == 4
    }
    ends = {str(a).rsplit(".", 1)[1] for _, m in quoted for a in m.addresses if a.version == 4}
    if len(prefixes) != 1:
        return []
    (prefix,) = prefixes
    out: list[Block] = []
    for b in own:
        for ln in b.lines:
            if len(ln.text) > 100 or (add := _ADDED_OCTET.search(ln.text)) is None:
                continue
            role = clause_use(ln.text)
            if role is None or add.group(1) in ends or int(add.group(1)) > 255:
                continue
            label = "test" if role is Role.TEST else "production"
            out.append(Block(b.component, Kind.OWN, (Line(ln.no, f"{label}: {prefix}.{add.group(1)}"),)))
    return out
