"""Shared pieces of the third-round held-out cases, prefix ``e`` (fresh_e_*.py): the closed
set of styles, the IČO checksum, and what the mail clients the applicants use do to a text
(Thunderbird's format=flowed soft breaks, Gmail's, Outlook's and Apple Mail's HTML part and
their identifying headers). Only markup lives here; every application's wording is its own."""

from __future__ import annotations

from enum import StrEnum
from html import escape

from tests.corpus.label_rules import ico_valid as ico_valid


class Style(StrEnum):
    OUTLOOK = "outlook"
    GMAIL = "gmail"
    THUNDERBIRD = "thunderbird"
    APPLE_MAIL = "apple_mail"
    WEBMAIL = "webmail"
    HTML_ONLY = "html_only"
    LETTER = "letter"
    FORM = "form"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    NOTE = "note"
    SPREADSHEET = "spreadsheet"
    SIGNED = "signed"
    DATABOX = "databox"


OUTLOOK = [
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Content-Language", "cs"),
]
OUTLOOK_EN = [
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Content-Language", "en-GB"),
]
THUNDERBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101 Thunderbird/102.9.1",
    ),
    ("Content-Language", "cs"),
]
THUNDERBIRD_LINUX = [
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:102.0) Gecko/20100101 Thunderbird/102.10.0"),
    ("Content-Language", "en-US"),
]
APPLE_MAIL = [("X-Mailer", "Apple Mail (2.3731.400.51.1.1)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.1")]


def flowed(text: str, width: int = 72) -> str:
    """A text as Thunderbird sends it with format=flowed: lines longer than ``width`` broken
    after a space, the space left at the end of the line (a soft break); quoted lines are left
    as they are."""
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > width and not line.startswith(">"):
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[: cut + 1])
            line = line[cut + 1 :]
        out.append(line)
    return "\n".join(out)


def gmail_html(text: str) -> str:
    """Gmail's HTML alternative of a plain text: one ``div dir="ltr"``, lines joined by
    ``<br>``."""
    lines = [escape(line) for line in text.rstrip("\n").split("\n")]
    return '<div dir="ltr">' + "<br>".join(lines) + "</div>\n"


def outlook_html(text: str) -> str:
    """Outlook's HTML alternative: a Word section of MsoNormal paragraphs, empty lines as
    ``&nbsp;`` paragraphs."""
    paras = []
    for line in text.rstrip("\n").split("\n"):
        inner = escape(line) if line.strip() else "&nbsp;"
        paras.append(f"<p class=MsoNormal>{inner}<o:p></o:p></p>")
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<head><meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>'
        '<body lang=CS link="#0563C1"><div class=WordSection1>\n'
        + "\n".join(paras)
        + "\n</div></body></html>\n"
    )


def apple_html(text: str) -> str:
    """Apple Mail's HTML alternative: one ``div`` per line, ``<div><br></div>`` for blank
    lines."""
    divs = [
        f"<div>{escape(line)}</div>" if line.strip() else "<div><br></div>"
        for line in text.rstrip("\n").split("\n")
    ]
    return (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
        'line-break: after-white-space;">' + "".join(divs) + "</body></html>\n"
    )
