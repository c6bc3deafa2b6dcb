"""The certainty gate, run once over an extraction's result after the rival check: the kind of
evidence each certain value stands on (a labelled line, a table cell, a signature line, a free
sentence, …) and, for the kinds whose precision on unseen writing fell short
(``tests/corpus/certainty_audit.py``), the value is made unsure."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from intake.extraction.model import FieldValue
from intake.extraction.review import Reason
from intake.extraction.rivals import labelled
from intake.extraction.segments import Block, Kind


class Evidence(StrEnum):
    """What made a value certain, read from its provenance and its line."""

    NO_LINE = "no_line"
    """No component or line (the request types, a value derived from several places)."""
    HEADER = "header"
    """A message header (From, Reply-To)."""
    ENVELOPE = "envelope"
    """A data message's envelope field."""
    LABEL = "label"
    """A line opened by a label and a colon, bar or tab ("Kontaktní osoba: …")."""
    TABLE = "table"
    """A cell of a table row (bars or tabs) not opened by a label."""
    SIGNATURE = "signature"
    """A line of the writer's signature block."""
    BARE = "bare"
    """A line that holds the value alone (with a degree, a function word or punctuation)."""
    QUOTED_TEXT = "quoted_text"
    """A line of a forwarded or quoted message, not labelled."""
    ATTACHMENT = "attachment"
    """An unlabelled line of an attachment."""
    SENTENCE = "sentence"
    """A free sentence of the writer's own text."""


_CELL = re.compile(r"\||\t")
_BARE_NOISE = re.compile(r"[\W\d_]+")


def _line_of(
    blocks: Sequence[Block], component: str | None, no: int | None
) -> tuple[Block, str] | None:
    if component is None or no is None:
        return None
    for b in blocks:
        if b.component == component:
            for ln in b.lines:
                if ln.no == no:
                    return b, ln.text
    return None


def _bare(line: str, value: Any) -> bool:
    """The line is the value and little else (at most two short words besides)."""
    if not isinstance(value, str):
        return False
    rest = line.replace(value, " ", 1) if value in line else line
    words = [w for w in _BARE_NOISE.split(rest) if w]
    return value in line and len(words) <= 2 and len(rest.strip()) <= 24


@dataclass(frozen=True)
class Proof:
    """A certain value's evidence: its kind, the kind of block its line stands in, the line."""

    kind: Evidence
    place: Kind | None = None
    line: str | None = None


def evidence(
    key: str, value: Any, component: str | None, no: int | None, blocks: Sequence[Block]
) -> Proof:
    """The kind of evidence of a value at ``component``/``no``, its block's kind and its line."""
    if component is not None and component.startswith("header:"):
        return Proof(Evidence.HEADER)
    if component is not None and component.startswith("envelope:") and no is None:
        return Proof(Evidence.ENVELOPE)
    found = _line_of(blocks, component, no)
    if found is None:
        return Proof(Evidence.NO_LINE)
    block, line = found
    if labelled(line):
        kind = Evidence.LABEL
    elif block.kind is Kind.SIGNATURE:
        kind = Evidence.SIGNATURE
    elif _CELL.search(line):
        kind = Evidence.TABLE
    elif _bare(line, value):
        kind = Evidence.BARE
    elif block.kind in (Kind.FORWARDED, Kind.QUOTED):
        kind = Evidence.QUOTED_TEXT
    elif block.kind is Kind.ATTACHMENT:
        kind = Evidence.ATTACHMENT
    else:
        kind = Evidence.SENTENCE
    return Proof(kind, block.kind, line)


class Gate(StrEnum):
    """The certainty gates, each measured on its own (``tests/corpus/certainty_audit.py``)."""

    HISTORY = "history"
    """An organisation's or contact's value read from a forwarded or quoted message (the
    history a writer builds on, whose people and firms are often not the applicant's)."""
    SIGNATURE_ORG = "signature_org"
    """An organisation's name or IČO read from an unlabelled line of the writer's signature
    (a contractor's or agency's own firm)."""
    NAME_SENTENCE = "name_sentence"
    """An organisation's name holding three or more lower-case words before its last
    capitalised word: the words of the sentence it was read from ("… möchte die Nord GmbH",
    "writing on behalf of Nordlys AS")."""


_ORG_KEYS = frozenset(("organization.name", "organization.ico"))
_PARTY_KEYS = _ORG_KEYS | {"contact.person", "contact.email", "contact.phone"}
_GATED_KEYS = _PARTY_KEYS
_FORM_PART = re.compile(
    r"^(?:spol\.?|s\.?|r\.?o\.?|s\.r\.o\.?|a\.s\.?|z\.s\.?|z\.ú\.?|o\.p\.s\.?|k\.s\.?|v\.o\.s\.?|"
    r"sp\.?|z|o\.o\.?|d\.o\.o\.?|se|a)[,.]?$",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[^\s,;()]+")


def _sentence_words(name: str) -> bool:
    """Three or more lower-case words stand before the name's last capitalised word."""
    words = [w for w in _WORDS.findall(name) if not _FORM_PART.match(w)]
    last = max((i for i, w in enumerate(words) if w[:1].isupper()), default=-1)
    return sum(1 for w in words[:last] if w[:1].islower()) >= 3


def gate(key: str, value: Any, proof: Proof) -> tuple[Gate, Reason] | None:
    """The gate that makes a certain value with this evidence unsure, and its reason."""
    if key in _PARTY_KEYS and proof.place in (Kind.FORWARDED, Kind.QUOTED):
        return Gate.HISTORY, Reason.ORIGINAL
    if key in _ORG_KEYS and proof.kind is Evidence.SIGNATURE:
        return Gate.SIGNATURE_ORG, Reason.SIGNATURE
    if key == "organization.name" and isinstance(value, str) and _sentence_words(value):
        return Gate.NAME_SENTENCE, Reason.SENTENCE
    return None


def certainty_gate(
    fields: Mapping[str, FieldValue], blocks: Sequence[Block]
) -> dict[str, FieldValue]:
    """The hook of ``extract_application``: the certain values whose evidence is of a kind
    that was wrong too often on unseen writing, made unsure."""
    out: dict[str, FieldValue] = {}
    for key, fv in fields.items():
        if not fv.certain or key not in _GATED_KEYS:
            continue
        found = gate(key, fv.value, evidence(key, fv.value, fv.component, fv.line, blocks))
        if found is not None:
            out[key] = dataclasses.replace(fv, certain=False, reason=found[1])
    return out
