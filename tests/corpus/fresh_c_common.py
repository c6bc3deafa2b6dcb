"""Shared pieces of the third held-out half, prefix ``c`` (c001–c042): the label builder, the
closed set of styles of this part, the office's own texts that replies quote, and the IČO
check-digit rule.

Written by hand apart from the extraction rules and the other writers' cases (issue 18)."""

from __future__ import annotations

import html
from enum import StrEnum

from tests.corpus.label_rules import L as L
from tests.corpus.label_rules import ico_valid as ico_valid

FEED = ["feed_access"]
REC = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]


class Style(StrEnum):
    """How an application of this part is written; every case has exactly one (the one that
    makes it hard), even when it also has traits of others."""

    OUTLOOK = "outlook"
    """Outlook: HTML (MsoNormal) with a plain alternative, often windows-1250."""
    GMAIL = "gmail"
    """Gmail: multipart/alternative with dir=ltr divs."""
    THUNDERBIRD_FLOWED = "thunderbird-flowed"
    """format=flowed soft breaks in the middle of the sentence that gives the roles."""
    APPLE_MAIL = "apple-mail"
    WEBMAIL_HTML = "webmail-html-only"
    """HTML-only mail from a webmail, base64 or quoted-printable."""
    MOBILE = "mobile"
    """Written on a phone: short, a client footer, little punctuation."""
    HTML_TABLE = "html-table"
    REPLY_OFFICE = "reply-quoting-office"
    FORWARD_OWN = "forward-own"
    FORWARD_COLLEAGUE = "forward-colleague"
    CORRECTION = "correction"
    """A value replaced later in the same message."""
    FOLLOW_UP = "follow-up-correction"
    """A second message that corrects the first, which it quotes."""
    TWO_LINE = "two-line-note"
    CHATTY = "long-chatty"
    SIGNATURE = "signature-block"
    ROLE_ORDER = "roles-by-order"
    """Roles given by sentence order ("respectively", "v uvedeném pořadí")."""
    COMBINED_LABEL = "combined-labels"
    LOOKALIKES = "look-alikes"
    """Versions, netmasks, dates, OIDs, old addresses next to the real ones."""
    SLOVAK = "slovak"
    ENGLISH = "english"
    ATTACHMENT = "attachment"
    FORM = "form-checkboxes"
    DATABOX = "databox-message"
    DECLINED = "declined-or-withdrawn"


OFFICE_SIGNATURE = """Ing. Radek Šindelář
odbor informatiky, oddělení zpracování výsledků voleb
Český statistický úřad | Na padesátém 81 | 100 82 Praha 10
IČO: 00025593 | ID DS: 2gfaasy
Tel.: +420 274 052 733 | E-mail: volby.media@czso.cz"""

OFFICE_CALL = """Vážené redakce,

stejně jako při minulých volbách nabízí Český statistický úřad sdělovacím
prostředkům přístup na vyhrazený server, odkud si mohou v průběhu sčítání
hlasů stahovat průběžné výsledky ve formátu XML. Žádost musí obsahovat název
a IČO žadatele, nejvýše 5 IP adres pro ostrý provoz, nejvýše 5 IP adres pro
testování (testovací přístup končí v den voleb ve 12:00), jméno kontaktní
osoby, e-mail a telefon. Vzor: ostrý provoz 192.0.2.10, test 192.0.2.20.

Žádosti o povolení natáčet nebo fotografovat na přebíracích místech posílejte
zvlášť, s uvedením přebíracího místa a jmen členů štábu.

Žádosti podepsané uznávaným elektronickým podpisem přijímá podatelna
(podatelna@czso.cz) nebo datová schránka 2gfaasy."""


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def outlook_html(text: str, extra: str = "", charset: str = "utf-8") -> str:
    """Outlook's HTML for a plain text: one MsoNormal paragraph per line; ``extra`` is raw
    HTML (a table, a quoted header block) appended inside the Word section; ``charset`` is
    what the meta tag declares (the part's own charset, as Outlook writes it)."""
    paras = "".join(
        f'<p class="MsoNormal">{_esc(line) or "&nbsp;"}<o:p></o:p></p>\n'
        for line in text.split("\n")
    )
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word"><head>'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
        "<style>p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; "
        'font-family:"Calibri",sans-serif;}</style></head>'
        '<body lang="CS" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
        f'<div class="WordSection1">\n{paras}{extra}</div></body></html>'
    )


def gmail_html(text: str, attribution: str | None = None, quoted: str | None = None) -> str:
    """Gmail's HTML: a dir=ltr div with <br> line breaks and, for a reply, the quoted text in
    a gmail_quote blockquote under its attribution line."""
    body = "<br>".join(_esc(line) for line in text.split("\n"))
    out = f'<div dir="ltr">{body}</div>'
    if attribution is not None and quoted is not None:
        q = "<br>".join(_esc(line) for line in quoted.split("\n"))
        out += (
            '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f"{_esc(attribution)}<br></div>"
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            f"{q}</blockquote></div>"
        )
    return out


def quote(text: str) -> str:
    """Text quoted with "> " the way plain-text clients quote it."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))
