"""Helpers of the MIME parsing tests."""

from __future__ import annotations

from intake.model import ComponentRole, ParsedMessage

CRLF = b"\r\n"


def msg(*lines: bytes) -> bytes:
    return CRLF.join(lines)


def by_role(p: ParsedMessage, role: ComponentRole) -> list:
    return [c for c in p.components if c.role is role]


def codes(p: ParsedMessage) -> set[str]:
    return {pr.code for pr in p.problems}
