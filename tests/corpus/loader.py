"""Reading the labelled corpora: e-mail cases (.eml) parsed with the service's own MIME parser
(``mail.mime.parse_email``), data-box cases (.xml, the inner XML of a received data message)
with the service's own ``databox.zfo.parse_inner_xml``, plus their labels.

Two sets: ``tuning`` (tests/corpus/cases/, the rules are developed against it) and ``heldout``
(tests/corpus/heldout/, written apart from the rules and only scored)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from databox.zfo import parse_inner_xml
from intake.model import ParsedMessage
from mail.mime import parse_email

CORPUS = Path(__file__).parent
SETS = {"tuning": CORPUS / "cases", "heldout": CORPUS / "heldout"}
SUFFIXES = (".eml", ".xml")


def parse(raw: bytes) -> ParsedMessage:
    return parse_email(raw)


def parse_path(path: Path) -> ParsedMessage:
    """A corpus file as the pipeline would see it: .xml is a data message, .eml an e-mail."""
    raw = path.read_bytes()
    return parse_inner_xml(raw) if path.suffix == ".xml" else parse_email(raw)


def cases(set_name: str = "tuning") -> list[tuple[Path, dict[str, Any]]]:
    out = []
    for msg in sorted(p for p in SETS[set_name].iterdir() if p.suffix in SUFFIXES):
        labels = json.loads(msg.with_suffix(".json").read_text(encoding="utf-8"))
        out.append((msg, labels))
    return out
