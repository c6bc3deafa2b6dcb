"""The sender's own reference (značka / č. j. odesílatele, vyhláška 259/2012 Sb. §10): read
conservatively from what the applicant wrote.

Taken only after a label that names the writer's own reference — "Naše značka", "Naše zn.",
"Naše č. j.", "Č. j.", "Sp. zn.", "Our ref.", "Ref." — at the start of a line or of a
letterhead column; never after "Váš dopis zn.", "Vaše zn.", "Your ref." (that is the office's
own number quoted back), never a value that starts with one of the office's own prefixes,
never from forwarded or quoted text. Two different candidates: none is taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from intake.extraction.fields import Hit, lines_of
from intake.extraction.segments import Block

_LABEL = re.compile(
    r"(?:^|\t|\s{2,}|\|)\s*(?:[-*•]\s*)?"
    r"(?:na[šs]e?\s+(?:zna[čc]ka|zn\.?|[čc]\.\s*j\.?|[čc]j\.?|[čc]íslo\s+jednací|ref\.?)"
    r"|[čc]\.\s*j\.|[čc]j\.|[čc]íslo\s+jednací|sp\.\s*zn\.|spisová\s+značka"
    r"|our\s+ref(?:erence)?\.?|ref(?:erence)?(?:\s+no)?\.?)"
    r"\s*[:.]?\s*",
    re.IGNORECASE,
)
_HINT = re.compile(r"(?=[zčcjr])(?:zn|[čc]\.?\s*j|jednac|ref)", re.IGNORECASE)
"""What every label of ``_LABEL`` contains: lines without it skip the costly pattern."""
_END = re.compile(
    r"\t|\s{2,}|\s\|\s|\s+(?:ze\s+dne|vyřizuje|datum|date|tel\.?|v\s+praze|dne)\b", re.IGNORECASE
)
_VALUE = re.compile(r"[0-9A-Za-zÁČĎÉĚÍŇÓŘŠŤÚŮÝŽáčďéěíňóřšťúůýž][\w./\-–: ]{1,58}")
_FOREIGN = re.compile(r"\b(?:vaš\w*|váš|your)\s*$", re.IGNORECASE)
"""A label preceded by "Váš dopis", "Vaše", "Your": the office's reference, not the sender's."""


def _value(rest: str) -> str | None:
    """The reference at the start of ``rest``: up to a column gap or the next label; a word or
    few with a digit in them, nothing that reads like a sentence."""
    cut = _END.search(rest)
    text = (rest[: cut.start()] if cut else rest).strip().rstrip(".,;:")
    m = _VALUE.fullmatch(text)
    if m is None or not any(ch.isdigit() for ch in text) or text.count(" ") > 3:
        return None
    return text


def _candidates(blocks: Iterable[Block], own_prefixes: Sequence[str]) -> list[Hit]:
    own = tuple(p.casefold() for p in own_prefixes if p)
    out: list[Hit] = []
    for b, ln in lines_of(blocks):
        if not _HINT.search(ln.text):
            continue
        for m in _LABEL.finditer(ln.text):
            if _FOREIGN.search(ln.text[: m.start() + 1]):
                continue
            value = _value(ln.text[m.end() :])
            if value is None or value.casefold().startswith(own):
                continue
            out.append(Hit(value, b.component, ln.no))
    return out


def find_sender_reference(blocks: Iterable[Block], own_prefixes: Sequence[str]) -> Hit | None:
    """The one reference the sender gives for their own letter, or None (none, or several
    different ones)."""
    found = _candidates(blocks, own_prefixes)
    values = {h.value.casefold() for h in found}
    return found[0] if len(values) == 1 else None
