"""Shared helpers of the fourth-round held-out part ``h`` (fourth_h_*.py): the label builder
(LABELS.md format), the IČO check digit, the styles this part uses and small HTML builders
for mail-client bodies. Case text is written in the case modules, not here."""

from __future__ import annotations

from enum import StrEnum
from html import escape
from typing import Any

from tests.corpus.label_rules import ico as ico
from tests.corpus.label_rules import ico_valid as ico_valid
from tests.corpus.label_rules import label

FEED = ["feed_access"]
REC = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]


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
    return label(types, (name, ico_, box), prod, test, (person, email, phone))


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
