"""Reading the development corpus: .eml files parsed with the service's own MIME parser
(``mail.mime.parse_email``), plus their labels."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from intake.model import ParsedMessage
from mail.mime import parse_email

CORPUS = Path(__file__).parent


def parse(raw: bytes) -> ParsedMessage:
    return parse_email(raw)


def cases() -> list[tuple[Path, dict[str, Any]]]:
    out = []
    for eml in sorted((CORPUS / "cases").glob("*.eml")):
        labels = json.loads(eml.with_suffix(".json").read_text(encoding="utf-8"))
        out.append((eml, labels))
    return out
