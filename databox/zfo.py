"""ZFO (sealed data message) parsing: unwrap the CMS SignedData, parse the inner XML.

Pure functions, no I/O. ``parse_zfo`` never raises on bad input: what it cannot read is
recorded as a ``Problem`` on the returned ``ParsedMessage``. The seal is NOT verified here
(that is the ``verifiers`` package's job); this module only reads what the seal covers.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from asn1crypto import cms
from lxml import etree

from intake.model import (
    Channel,
    Code,
    Component,
    ComponentRole,
    DocumentKind,
    ParsedMessage,
    Problem,
)

NS = "http://isds.czechpoint.cz/v20"
NS_MESSAGE = "http://isds.czechpoint.cz/v20/message"
NS_SENT = "http://isds.czechpoint.cz/v20/SentMessage"
NS_DELIVERY = "http://isds.czechpoint.cz/v20/delivery"
XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
PRAGUE = ZoneInfo("Europe/Prague")

ENVELOPE_COMPONENT = "dm_envelope.xml"
"""Name of the synthetic component holding the envelope XML (files' contents left out)."""

# Fields of the returned message that sit beside dmDm (not inside it).
_MESSAGE_FIELDS = (
    "dmHash",
    "dmQTimestamp",
    "dmDeliveryTime",
    "dmAcceptanceTime",
    "dmMessageStatus",
    "dmAttachmentSize",
)


def hardened_parser() -> etree.XMLParser:
    """An lxml parser that loads no DTD, expands no entity and touches no network.

    ``huge_tree`` is on because ISDS messages carry attachments as base64 text nodes that
    exceed libxml2's default 10 MB node limit (big messages reach ~130 MB)."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=True,
        remove_pis=True,
    )


@dataclass
class _Collector:
    problems: list[Problem] = field(default_factory=list)

    def add(self, code: Code, message: str, component: str | None = None) -> None:
        self.problems.append(Problem(code=code, message=message, component=component))


def unwrap_cms(raw: bytes) -> bytes:
    """The encapsulated content of a CMS SignedData (the ZFO's inner XML), unverified.

    Raises ``ValueError`` when ``raw`` is not a SignedData with attached content."""
    try:
        info = cms.ContentInfo.load(raw)
        if info["content_type"].native != "signed_data":
            raise ValueError(f"CMS content type is {info['content_type'].native}, not signed data")
        signed = info["content"]
        content = signed["encap_content_info"]["content"]
        data = content.native if content is not None else None
    except ValueError:
        raise
    except Exception as exc:  # asn1crypto raises assorted errors on malformed DER
        raise ValueError(f"not a CMS structure: {exc.__class__.__name__}") from exc
    if not data:
        raise ValueError("the CMS SignedData carries no encapsulated content")
    if not isinstance(data, bytes):
        raise ValueError("unexpected encapsulated content type")
    return data


def parse_time(text: str | None) -> datetime | None:
    """An ``xs:dateTime`` as an aware datetime (naive values are read as Prague time)."""
    if not text:
        return None
    value = text.strip()
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    dt = datetime.fromisoformat(value)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=PRAGUE)
    return dt


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname


def _text(el: etree._Element) -> str:
    if el.get(XSI_NIL) in ("true", "1"):
        return ""
    return (el.text or "").strip()


def _find(root: etree._Element, name: str) -> etree._Element | None:
    for el in root.iter(etree.Element):
        if _local(el) == name:
            return el
    return None


def _decode_file(el: etree._Element, name: str, c: _Collector) -> bytes | None:
    for child in el:
        if not isinstance(child.tag, str):
            continue
        kind = _local(child)
        if kind == "dmEncodedContent":
            text = "".join((child.text or "").split())
            try:
                return base64.b64decode(text, validate=True)
            except (binascii.Error, ValueError):
                c.add(
                    Code.ZFO_FILE_UNDECODABLE, f"file {name!r}: content is not valid base64", name
                )
                return None
        if kind == "dmXMLContent":
            inner = [x for x in child if isinstance(x.tag, str)]
            return b"".join(etree.tostring(x, encoding="UTF-8") for x in inner)
    c.add(Code.ZFO_FILE_EMPTY, f"file {name!r} has no content element", name)
    return None


def _envelope(doc: etree._Element, dm_dm: etree._Element) -> dict[str, str]:
    env: dict[str, str] = {}
    for child in dm_dm:
        if isinstance(child.tag, str) and _local(child) != "dmFiles":
            env[_local(child)] = _text(child)
    holder = dm_dm.getparent()
    if holder is not None:
        for child in holder:
            if isinstance(child.tag, str) and _local(child) in _MESSAGE_FIELDS:
                env[_local(child)] = _text(child)
                if _local(child) == "dmHash" and child.get("algorithm"):
                    env["dmHashAlgorithm"] = child.get("algorithm", "")
        for attr in ("dmType", "specMessFlag"):
            if holder.get(attr) is not None:
                env[attr] = holder.get(attr, "")
        events = _events(holder)
        if events:
            env["dmEvents"] = events
    root_ns = etree.QName(doc).namespace or ""
    env["zfoKind"] = {NS_MESSAGE: "received", NS_SENT: "sent", NS_DELIVERY: "delivery"}.get(
        root_ns, "unknown"
    )
    return env


def _events(holder: etree._Element) -> str:
    """A delivery receipt's ``dmEvents``, one ``time<TAB>description`` line per event."""
    lines = []
    for el in holder.iter(etree.Element):
        if _local(el) != "dmEvent":
            continue
        parts = {_local(c): _text(c) for c in el if isinstance(c.tag, str)}
        lines.append(f"{parts.get('dmEventTime', '')}\t{parts.get('dmEventDescr', '')}")
    return "\n".join(lines)


def events_of(envelope: Mapping[str, str]) -> list[tuple[str, str]]:
    """``(time, description)`` of each event a delivery receipt's envelope lists."""
    out = []
    for line in (envelope.get("dmEvents") or "").splitlines():
        when, _, what = line.partition("\t")
        out.append((when, what))
    return out


def _strip_contents(doc: etree._Element) -> bytes:
    """The inner XML with each file's content removed (in place: the files have been decoded
    already, and a big message is not copied): the envelope as a small document."""
    for el in list(doc.iter(etree.Element)):
        if _local(el) == "dmFile":
            for child in list(el):
                el.remove(child)
    return bytes(etree.tostring(doc, encoding="UTF-8", xml_declaration=True))


def safe_name(name: str | None) -> str | None:
    """A sender-given file name (dmFileDescr) as a component name: no directories, no control
    characters, no leading dots. The original stays in the sealed XML (the evidence)."""
    if not name:
        return None
    name = re.sub(r"[\x00-\x1f\x7f]", "", name)
    name = re.split(r"[/\\]", name)[-1].strip().lstrip(".").strip()
    return name or None


def parse_inner_xml(xml: bytes, problems: list[Problem] | None = None) -> ParsedMessage:
    """Parse the inner XML of a ZFO (or a ``MessageDownloadResponse``) into a ParsedMessage."""
    c = _Collector(list(problems or []))
    try:
        tree = etree.fromstring(xml, hardened_parser()).getroottree()
    except etree.XMLSyntaxError as exc:
        c.add(Code.ZFO_XML_INVALID, f"inner XML is not well-formed: {exc.msg}")
        return ParsedMessage(channel=Channel.DATABOX, problems=tuple(c.problems))
    if tree.docinfo.doctype:
        c.add(Code.ZFO_XML_DOCTYPE, "inner XML has a document type declaration; refused")
        return ParsedMessage(channel=Channel.DATABOX, problems=tuple(c.problems))
    doc = tree.getroot()
    dm_dm = _find(doc, "dmDm")
    if dm_dm is None:
        c.add(Code.ZFO_NOT_MESSAGE, f"inner XML root {_local(doc)!r} holds no dmDm envelope")
        return ParsedMessage(channel=Channel.DATABOX, problems=tuple(c.problems))
    env = _envelope(doc, dm_dm)
    date: datetime | None = None
    try:
        date = parse_time(env.get("dmDeliveryTime"))
    except ValueError:
        c.add(Code.ZFO_BAD_TIME, f"dmDeliveryTime {env.get('dmDeliveryTime')!r} is not a date-time")
    if date is None and env["zfoKind"] in ("received", "unknown"):
        c.add(Code.ZFO_NO_DELIVERY_TIME, "the message has no delivery time (dmDeliveryTime)")
    components: list[Component] = []
    files = _find(dm_dm, "dmFiles")
    for i, el in enumerate(files.iter(etree.Element) if files is not None else ()):
        if _local(el) != "dmFile":
            continue
        name = safe_name(el.get("dmFileDescr")) or f"file-{i}"
        data = _decode_file(el, name, c)
        if data is None:
            continue
        components.append(
            Component(
                name=name,
                role=ComponentRole.ATTACHMENT,
                data=data,
                declared_type=el.get("dmMimeType") or "application/octet-stream",
            )
        )
    if not components and env["zfoKind"] != "delivery":
        c.add(Code.ZFO_NO_FILES, "the message carries no file")
    envelope_xml = _strip_contents(doc)
    components.insert(
        0,
        Component(
            name=ENVELOPE_COMPONENT,
            role=ComponentRole.ENVELOPE,
            data=envelope_xml,
            declared_type="application/xml",
            charset="utf-8",
            text=envelope_xml.decode("utf-8"),
        ),
    )
    delivery = env["zfoKind"] == "delivery"
    return ParsedMessage(
        channel=Channel.DATABOX,
        kind=DocumentKind.DELIVERY_RECEIPT if delivery else DocumentKind.FILING,
        subject=env.get("dmAnnotation", ""),
        sender=env.get("dbIDSender", ""),
        sender_name=env.get("dmSender", ""),
        message_id=env.get("dmID", ""),
        date=date,
        components=tuple(components),
        envelope=env,
        problems=tuple(c.problems),
    )


def parse_zfo(raw: bytes) -> ParsedMessage:
    """Parse a ZFO into a ParsedMessage (channel databox). Never raises on bad input."""
    try:
        try:
            xml = unwrap_cms(raw)
        except ValueError as exc:
            return ParsedMessage(
                channel=Channel.DATABOX,
                problems=(Problem(Code.ZFO_NOT_CMS, f"not a sealed data message (ZFO): {exc}"),),
            )
        return parse_inner_xml(xml)
    except Exception as exc:  # defensive: a parser must not take the pipeline down
        return ParsedMessage(
            channel=Channel.DATABOX,
            problems=(
                Problem(Code.ZFO_UNREADABLE, f"ZFO could not be read: {exc.__class__.__name__}"),
            ),
        )


def peek(raw: bytes) -> dict[str, str]:
    """``dmID`` and ``dmDeliveryTime`` of a ZFO, read by streaming the inner XML (file
    contents are dropped as they pass, so a big message is not held twice). Unverified.
    Raises ``ValueError`` when the ZFO or its XML cannot be read."""
    xml = unwrap_cms(raw)
    found: dict[str, str] = {}
    try:
        for _, el in etree.iterparse(
            io.BytesIO(xml),
            events=("end",),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=True,
        ):
            name = _local(el)
            if name in ("dmID", "dmDeliveryTime") and name not in found:
                found[name] = _text(el)
            elif name in ("dmEncodedContent", "dmXMLContent"):
                el.clear()
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"inner XML is not well-formed: {exc.msg}") from exc
    return found


def delivery_time(raw: bytes) -> datetime | None:
    """``dmDeliveryTime`` of a ZFO (aware), or None when it cannot be read."""
    return parse_zfo(raw).date
