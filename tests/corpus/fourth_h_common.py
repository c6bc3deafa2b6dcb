"""Shared helpers of the fourth-round held-out part ``h`` (fourth_h_*.py): the label builder
(LABELS.md format), the IČO check digit, the styles this part uses and small HTML builders
for mail-client bodies. Case text is written in the case modules, not here."""

from __future__ import annotations

from enum import StrEnum
from html import escape
from typing import Any

FEED = ["feed_access"]
REC = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

_WEIGHTS = (8, 7, 6, 5, 4, 3, 2)


class Style(StrEnum):
    OUTLOOK = "outlook"
    GMAIL = "gmail"
    THUNDERBIRD = "thunderbird"
    APPLE_MAIL = "apple-mail"
    WEBMAIL = "webmail"
    HTML_ONLY = "html-only"
    LETTER = "letter"
    FORM = "form"
    FORWARD = "forward"
    REPLY = "reply"
    DATABOX = "databox"
    NOTE = "note"
    SIGNED = "signed"


def check_digit(seven: str) -> str:
    """The eighth digit of an IČO whose first seven digits are ``seven``."""
    rest = sum(int(d) * w for d, w in zip(seven, _WEIGHTS, strict=True)) % 11
    return str((11 - rest) % 10)


def ico(seven: str) -> str:
    """A valid IČO: ``seven`` digits followed by their check digit."""
    return seven + check_digit(seven)


def ico_valid(value: str) -> bool:
    return len(value) == 8 and value.isdigit() and value[7] == check_digit(value[:7])


def L(  # noqa: N802 - short label builder in the corpus's label format (LABELS.md)
    types: list[str],
    name: str | None,
    ico_: str | None,
    prod: list[str],
    test: list[str],
    person: str | None,
    email: str | None,
    phone: str | None,
    box: str | None = None,
) -> dict[str, Any]:
    return {
        "request_types": types,
        "organization": {"name": name, "ico": ico_, "databox_id": box},
        "production_ips": prod,
        "test_ips": test,
        "contact": {"person": person, "email": email, "phone": phone},
    }


def paras(text: str) -> str:
    """Plain text as HTML paragraphs (blank line = new paragraph, line break = <br>)."""
    blocks = [b for b in text.strip("\n").split("\n\n")]
    return "".join(
        f"<p>{'<br>'.join(escape(line) for line in b.split(chr(10)))}</p>" for b in blocks
    )


def table(rows: list[list[str]], head: bool = True, border: int = 1) -> str:
    """An HTML table; the first row as header cells when ``head``."""
    out = []
    for i, row in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{escape(c)}</{tag}>" for c in row) + "</tr>")
    return f'<table border="{border}" cellpadding="4" cellspacing="0">{"".join(out)}</table>'


def page(inner: str, font: str = "Calibri") -> str:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f'<body style="font-family:{font},sans-serif;font-size:11pt">{inner}</body></html>'
    )


def soft(text: str) -> str:
    """A format=flowed body: a ``~`` at the end of a line marks a soft break (a trailing
    space, which the source file cannot carry)."""
    return text.replace("~\n", " \n")
