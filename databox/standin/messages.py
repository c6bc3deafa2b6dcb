"""Build received data messages the way ISDS does: inner XML, ``dmHash`` over the exact
``dmDm`` bytes, sealed as a ZFO by the test authority.

``make_demo_zfo`` is the public helper the embedded demo uses to put applications into the
stand-in's box; ``break_seal`` makes a ZFO whose seal no longer matches its content."""

from __future__ import annotations

import base64
import hashlib
import itertools
import math
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from asn1crypto import cms
from lxml import etree

from databox.standin.authority import SealingAuthority
from databox.zfo import NS, NS_MESSAGE, PRAGUE, unwrap_cms

XSI = "http://www.w3.org/2001/XMLSchema-instance"
DEFAULT_RECIPIENT_BOX = "csu4bx7"
DEFAULT_RECIPIENT_NAME = "Český statistický úřad"

FileSpec = tuple[str, str, bytes]
"""(file name, MIME type, content)"""


@dataclass(frozen=True)
class MessageSpec:
    """Everything that goes into one received message."""

    dm_id: str
    sender_box: str
    sender_name: str
    annotation: str
    files: Sequence[FileSpec]
    delivery_time: datetime
    sender_type: int = 20
    sender_address: str = "Praha"
    recipient_box: str = DEFAULT_RECIPIENT_BOX
    recipient_name: str = DEFAULT_RECIPIENT_NAME
    acceptance_time: datetime | None = None
    message_status: int = 4
    sender_ref: str | None = None


_DM_IDS = itertools.count(10_000_000 + secrets.randbelow(80_000_000))


def new_dm_id() -> str:
    """A fresh numeric message ID (ISDS IDs are decimal strings, at most 20 characters).
    Unique in this process: counted up from a random start, as ISDS counts (random draws
    collided about once in 4 000 boxes of 200 messages)."""
    return str(next(_DM_IDS))


def isds_time(value: datetime) -> str:
    """ISDS writes times in Prague local time with an offset and milliseconds."""
    return value.astimezone(PRAGUE).isoformat(timespec="milliseconds")


def _el(parent: etree._Element, name: str, text: str | None, ns: str = NS) -> etree._Element:
    el = etree.SubElement(parent, f"{{{ns}}}{name}")
    if text is None:
        el.set(f"{{{XSI}}}nil", "true")
    else:
        el.text = text
    return el


def attachment_size_kb(files: Sequence[FileSpec]) -> int:
    return math.ceil(sum(len(f[2]) for f in files) / 1024)


def build_dm_dm(spec: MessageSpec) -> etree._Element:
    """The ``dmDm`` element: the envelope group followed by ``dmFiles``."""
    dm = etree.Element(f"{{{NS}}}dmDm", nsmap={"p": NS, "xsi": XSI})
    for name, value in (
        ("dmID", spec.dm_id),
        ("dbIDSender", spec.sender_box),
        ("dmSender", spec.sender_name),
        ("dmSenderAddress", spec.sender_address),
        ("dmSenderType", str(spec.sender_type)),
        ("dmRecipient", spec.recipient_name),
        ("dmRecipientAddress", "Na padesátém 81, 100 82 Praha 10"),
        ("dmSenderOrgUnit", None),
        ("dmSenderOrgUnitNum", None),
        ("dbIDRecipient", spec.recipient_box),
        ("dmRecipientOrgUnit", None),
        ("dmRecipientOrgUnitNum", None),
        ("dmToHands", None),
        ("dmAnnotation", spec.annotation),
        ("dmRecipientRefNumber", None),
        ("dmSenderRefNumber", spec.sender_ref),
        ("dmRecipientIdent", None),
        ("dmSenderIdent", None),
        ("dmLegalTitleLaw", None),
        ("dmLegalTitleYear", None),
        ("dmLegalTitleSect", None),
        ("dmLegalTitlePar", None),
        ("dmLegalTitlePoint", None),
        ("dmPersonalDelivery", "false"),
        ("dmAllowSubstDelivery", "true"),
    ):
        _el(dm, name, value)
    files = etree.SubElement(dm, f"{{{NS}}}dmFiles")
    for i, (fname, mime, data) in enumerate(spec.files):
        f = etree.SubElement(files, f"{{{NS}}}dmFile")
        f.set("dmMimeType", mime)
        f.set("dmFileMetaType", "main" if i == 0 else "enclosure")
        f.set("dmFileDescr", fname)
        content = etree.SubElement(f, f"{{{NS}}}dmEncodedContent")
        content.text = base64.b64encode(data).decode("ascii")
    return dm


def build_message_xml(spec: MessageSpec) -> bytes:
    """The inner XML of a received-message ZFO. ``dmHash`` is SHA-256 over the exact bytes of
    the serialised ``dmDm`` element as they appear in the document."""
    dm_bytes = etree.tostring(build_dm_dm(spec), encoding="UTF-8", xml_declaration=False)
    digest = base64.b64encode(hashlib.sha256(dm_bytes).digest()).decode("ascii")
    q = NS_MESSAGE
    tail = etree.Element(f"{{{q}}}tail", nsmap={"q": q, "xsi": XSI})
    _el(tail, "dmHash", digest, q).set("algorithm", "SHA-256")
    _el(tail, "dmQTimestamp", None, q)
    _el(tail, "dmDeliveryTime", isds_time(spec.delivery_time), q)
    acc = spec.acceptance_time
    _el(tail, "dmAcceptanceTime", isds_time(acc) if acc else None, q)
    _el(tail, "dmMessageStatus", str(spec.message_status), q)
    _el(tail, "dmAttachmentSize", str(attachment_size_kb(spec.files)), q)
    rest = b"".join(
        etree.tostring(child, encoding="UTF-8", xml_declaration=False)
        .replace(f' xmlns:q="{q}"'.encode(), b"")
        .replace(f' xmlns:xsi="{XSI}"'.encode(), b"")
        for child in tail
    )
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        + f'<q:MessageDownloadResponse xmlns:q="{q}" xmlns:xsi="{XSI}">'.encode()
        + b"<q:dmReturnedMessage>"
        + dm_bytes
        + rest
        + b"</q:dmReturnedMessage></q:MessageDownloadResponse>"
    )


def make_zfo(authority: SealingAuthority, spec: MessageSpec) -> bytes:
    return authority.seal(build_message_xml(spec))


def make_demo_zfo(
    authority: SealingAuthority,
    sender_box: str,
    sender_name: str,
    annotation: str,
    files: Sequence[FileSpec],
    *,
    dm_id: str | None = None,
    delivery_time: datetime | None = None,
    sender_type: int = 20,
    recipient_box: str = DEFAULT_RECIPIENT_BOX,
) -> bytes:
    """A sealed received-message ZFO from a sender box to ``recipient_box`` (the demo API)."""
    spec = MessageSpec(
        dm_id=dm_id or new_dm_id(),
        sender_box=sender_box,
        sender_name=sender_name,
        annotation=annotation,
        files=list(files),
        delivery_time=delivery_time or datetime.now(PRAGUE) - timedelta(seconds=1),
        sender_type=sender_type,
        recipient_box=recipient_box,
    )
    return make_zfo(authority, spec)


def break_seal(zfo: bytes) -> bytes:
    """The same ZFO with one byte of its sealed content changed, so that the seal (message
    digest) no longer verifies while the structure still parses."""
    content = unwrap_cms(zfo)
    marker = content.find(b"dmAnnotation>")
    pos = marker + len(b"dmAnnotation>") if marker >= 0 else len(content) // 2
    while pos < len(content) - 1 and not content[pos : pos + 1].isalnum():
        pos += 1
    ch = content[pos : pos + 1]
    changed = content[:pos] + (b"X" if ch != b"X" else b"Y") + content[pos + 1 :]
    if content in zfo:  # a primitive OCTET STRING: swap the byte in place, lengths unchanged
        return zfo.replace(content, changed, 1)
    # Constructed (chunked) content: rebuild the structure. Only the changed field is
    # re-encoded (no dump(force=True), which would pin asn1crypto's OID name maps).
    info = cms.ContentInfo.load(zfo)
    info["content"]["encap_content_info"]["content"] = changed
    return bytes(info.dump())
