"""Containers inside a message: HTML bodies (to text), TNEF (``winmail.dat``) and opaque S/MIME
``application/pkcs7-mime`` signed-data. Pure functions; they raise ``ValueError`` on input they
cannot read and the MIME walker turns that into a recorded problem."""

from __future__ import annotations

import re
from dataclasses import dataclass

from asn1crypto import cms

_DROP_TAGS = frozenset(("script", "style", "head", "template", "object", "embed", "iframe", "svg"))
_BLOCK_TAGS = frozenset(
    ("p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote")
)
_BR = frozenset(("br",))


def html_to_text(html: str) -> str:
    """Readable plain text of an HTML body. Nothing is rendered or fetched: scripts, styles and
    embedded objects are dropped, the remaining text nodes are joined line by line."""
    from bs4 import BeautifulSoup, Tag  # imported when an HTML body is read (a tenth of a second)

    def tags(names: frozenset[str]) -> list[Tag]:
        """``soup.find_all(names)`` in one walk (bs4 builds a matcher at every call, which
        costs several times the walk)."""
        return [t for t in soup.descendants if isinstance(t, Tag) and t.name in names]

    soup = BeautifulSoup(html, "html.parser")
    for tag in tags(_DROP_TAGS):
        tag.decompose()
    for br in tags(_BR):
        br.replace_with("\n")
    for block in tags(_BLOCK_TAGS):
        block.insert_before("\n")
        block.insert_after("\n")
    text = soup.get_text()
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


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
