"""Containers inside a message: HTML bodies (to text), TNEF (``winmail.dat``) and opaque S/MIME
``application/pkcs7-mime`` signed-data. Pure functions; they raise ``ValueError`` on input they
cannot read and the MIME walker turns that into a recorded problem."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from asn1crypto import cms

_DROP_TAGS = frozenset(("script", "style", "head", "template", "object", "embed", "iframe", "svg"))
_BLOCK_TAGS = frozenset(
    ("p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote")
)


def html_to_text(html: str) -> str:
    """Readable plain text of an HTML body. Nothing is rendered or fetched: scripts, styles and
    embedded objects are dropped, the remaining text nodes are joined line by line."""
    from bs4 import BeautifulSoup  # imported when an HTML body is read (a tenth of a second)

    soup = BeautifulSoup(html, "html.parser")
    text = soup_text(soup, _DROP_TAGS, _BLOCK_TAGS)
    _PARSED[html] = soup  # left as parsed: the content check reads this body again
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_PARSED: dict[str, Any] = {}
"""The trees ``html_to_text`` parsed for the message being parsed, by their markup: the
content check renders the same body again (``intake.content.text.html_to_text``) and takes
the tree instead of parsing the markup a second time. Emptied when the next message's parse
starts (``forget_parsed``), so no message is served another's tree."""


def parsed_html(html: str) -> Any:
    """The tree of ``html`` (``BeautifulSoup(html, "html.parser")``): the one this message's
    parse built, handed over once (the caller may change it), else a new parse."""
    soup = _PARSED.pop(html, None)
    if soup is not None:
        return soup
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "html.parser")


def forget_parsed() -> None:
    """Drop the trees of the previous message's HTML bodies."""
    _PARSED.clear()


_BLOCK_END = object()


def soup_text(soup: Any, drop: Collection[str], blocks: Collection[str]) -> str:
    """``soup.get_text()`` as it would be after every element named in ``drop`` was
    decomposed, every ``<br>`` replaced by a line break and a line break inserted before and
    after every element named in ``blocks`` — read in one walk, the tree left as it is
    (changing a bs4 tree costs more than parsing it). The strings read are those
    ``get_text`` reads (``interesting_string_types``: no comments, no script text)."""
    from bs4 import NavigableString, Tag

    types = soup.interesting_string_types
    if types is None:
        types = Tag.MAIN_CONTENT_STRING_TYPES
    wanted = (lambda t: t is types) if isinstance(types, type) else types.__contains__
    out: list[str] = []
    stack: list[Any] = list(reversed(soup.contents))
    while stack:
        node = stack.pop()
        if node is _BLOCK_END:
            out.append("\n")
        elif isinstance(node, Tag):
            name = node.name
            if name in drop:
                continue
            if name == "br":
                out.append("\n")
                continue
            if name in blocks:
                out.append("\n")
                stack.append(_BLOCK_END)
            stack.extend(reversed(node.contents))
        elif isinstance(node, NavigableString) and wanted(type(node)):
            out.append(node)
    return "".join(out)


@dataclass(frozen=True)
class TnefContent:
    body_text: str | None
    body_html: str | None
    body_rtf: bytes | None
    attachments: tuple[tuple[str, bytes], ...]


def expand_tnef(data: bytes) -> TnefContent:
    """Bodies and attachments of a TNEF (``winmail.dat``) blob, via tnefparse."""
    from tnefparse import TNEF  # imported when a winmail.dat turns up

    try:
        tnef = TNEF(data, do_checksum=False)
    except Exception as exc:  # tnefparse raises assorted errors on corrupt input
        raise ValueError(f"not a readable TNEF object: {exc}") from exc
    attachments = []
    for att in tnef.attachments:
        try:
            name = att.long_filename() or att.name
        except Exception:
            name = att.name
        attachments.append((name or "", bytes(att.data or b"")))
    try:
        rtf = tnef.rtfbody
    except Exception:
        rtf = None
    return TnefContent(
        body_text=_text(tnef.body),
        body_html=_text(tnef.htmlbody),
        body_rtf=rtf if isinstance(rtf, bytes) and rtf else None,
        attachments=tuple(attachments),
    )


def _text(value: object) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("cp1252", "replace")
    if isinstance(value, str):
        value = value.rstrip("\x00")
        return value or None
    return None


@dataclass(frozen=True)
class Pkcs7Content:
    kind: str
    """CMS content type: ``signed_data``, ``enveloped_data``, …"""
    content: bytes | None
    """Encapsulated content of signed-data (None when detached or not signed-data)."""


def unwrap_pkcs7(data: bytes) -> Pkcs7Content:
    """The encapsulated content of a CMS object, WITHOUT verifying anything (verification is the
    ``verifiers`` package's job; this only lets the message's inner MIME be shown)."""
    try:
        info = cms.ContentInfo.load(data)
        kind = str(info["content_type"].native)
        if kind != "signed_data":
            return Pkcs7Content(kind, None)
        inner = info["content"]["encap_content_info"]["content"]
        if inner.native is None:
            return Pkcs7Content(kind, None)
        return Pkcs7Content(kind, bytes(inner.native))
    except Exception as exc:  # asn1crypto raises ValueError/TypeError and friends lazily
        raise ValueError(f"not a readable CMS object: {exc}") from exc
