"""``metadata.xml`` of a filing export (schema ``podatelna-export-1.xsd``, shipped next to
this module). Pure: facts in, bytes out."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from lxml import etree

SCHEMA_NAME = "podatelna-export-1.xsd"
SCHEMA_PATH = Path(__file__).with_name(SCHEMA_NAME)
XSI = "http://www.w3.org/2001/XMLSchema-instance"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class FileRef:
    """A file of the export: its path inside the filing's directory, hash, size and type."""

    path: str
    sha256: str
    size: int
    media_type: str


@dataclass(frozen=True)
class ComponentMeta:
    position: int
    name: str
    role: str
    detected_type: str
    declared_type: str
    parent: str | None
    problem: str | None
    detail: str | None
    file: FileRef


@dataclass(frozen=True)
class FilingMeta:
    """Everything ``metadata.xml`` states about one filing (taken from the registry)."""

    originator: str
    registry_number: str
    registry_year: int
    sequence_number: int
    channel: str
    source: str
    received_at: datetime
    registered_at: datetime
    state: str
    on_time: bool | None
    accepted_signature: bool | None
    sender: str
    sender_name: str
    subject: str
    message_id: str
    envelope: Mapping[str, Any]
    original: FileRef
    components: Sequence[ComponentMeta]
    verification: FileRef
    signatures: Sequence[Mapping[str, Any]]
    """``{"kind", "status", "verified_at"}`` per verification record."""
    application: Mapping[str, Any] | None
    decisions: Sequence[Mapping[str, Any]]
    """``{"kind", "actor", "at", "reason"}``."""
    problems: Mapping[str, Any]
    exported_at: datetime
    sender_record: Mapping[str, Any] | None = None
    """``{"id", "kind", "name", "ico", "databox_id", "emails"}`` of the jmenný rejstřík."""
    sender_reference: str = ""
    origin: str = "digital"
    assigned_officer: str | None = None


def _text(value: object) -> str:
    """A string XML 1.0 can carry (characters it cannot are dropped)."""
    return _NOT_XML.sub("", "" if value is None else str(value))


def _sub(node: Any, tag: str, text: object = None, /, **attrs: object) -> Any:
    el = etree.SubElement(node, tag, {k: _text(v) for k, v in attrs.items() if v is not None})
    if text is not None:
        el.text = _text(text)
    return el


def _file(parent: Any, tag: str, ref: FileRef) -> None:
    _sub(parent, tag, path=ref.path, sha256=ref.sha256, size=ref.size, mediaType=ref.media_type)


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _envelope(root: Any, envelope: Mapping[str, Any]) -> None:
    if not envelope.get("dmID"):
        return
    dm = _sub(root, "dataMessage")
    _sub(dm, "dmID", envelope["dmID"])
    for key, tag in (
        ("dbIDSender", "senderBoxId"),
        ("dmDeliveryTime", "deliveryTime"),
        ("dmAcceptanceTime", "acceptanceTime"),
    ):
        if envelope.get(key):
            _sub(dm, tag, envelope[key])


def _components(root: Any, components: Sequence[ComponentMeta]) -> None:
    box = _sub(root, "components", count=len(components))
    for c in components:
        el = _sub(
            box,
            "component",
            position=c.position,
            role=c.role,
            detectedType=c.detected_type,
            declaredType=c.declared_type,
            parent=c.parent,
        )
        _sub(el, "name", c.name)
        _file(el, "file", c.file)
        if c.problem:
            _sub(el, "problem", c.detail or "", code=c.problem)


def _application(root: Any, app: Mapping[str, Any] | None) -> None:
    if app is None:
        return
    el = _sub(root, "application")
    for t in app.get("request_types") or []:
        _sub(el, "requestType", t)
    org = app.get("organization") or {}
    o = _sub(el, "organisation")
    _sub(o, "name", org.get("name") or "")
    if org.get("ico"):
        _sub(o, "ico", org["ico"])
    if org.get("databox_id"):
        _sub(o, "databoxId", org["databox_id"])
    for ip in app.get("production_ips") or []:
        _sub(el, "productionIp", ip)
    for ip in app.get("test_ips") or []:
        _sub(el, "testIp", ip)


def _outcome(root: Any, meta: FilingMeta) -> None:
    decisions = _sub(root, "decisions")
    for d in meta.decisions:
        el = _sub(decisions, "decision", kind=d["kind"], actor=d["actor"], at=d["at"].isoformat())
        if d.get("reason"):
            _sub(el, "reason", d["reason"])
    problems = _sub(root, "problems")
    for stage, items in meta.problems.items():
        for p in items or []:
            _sub(problems, "problem", p.get("message", ""), stage=stage, code=p.get("code", ""))


def _register(root: Any, meta: FilingMeta) -> None:
    """The register fields: sender record, sender's reference, origin, assigned officer."""
    rec = meta.sender_record
    if rec is not None:
        el = _sub(root, "senderRecord", id=rec["id"], kind=rec["kind"])
        _sub(el, "name", rec.get("name") or "")
        if rec.get("ico"):
            _sub(el, "ico", rec["ico"])
        if rec.get("databox_id"):
            _sub(el, "databoxId", rec["databox_id"])
        for e in rec.get("emails") or []:
            _sub(el, "email", e)
    if meta.sender_reference:
        _sub(root, "senderReference", meta.sender_reference)
    _sub(root, "origin", meta.origin)
    if meta.assigned_officer:
        _sub(root, "assignedOfficer", meta.assigned_officer)


def metadata_xml(meta: FilingMeta) -> bytes:
    """The filing's ``metadata.xml`` (UTF-8, valid against ``podatelna-export-1.xsd``)."""
    root = etree.Element("filing", nsmap={"xsi": XSI})
    root.set(f"{{{XSI}}}noNamespaceSchemaLocation", SCHEMA_NAME)
    root.set("version", "1")
    for tag, value in (
        ("originator", meta.originator),
        ("registryNumber", meta.registry_number),
        ("registryYear", meta.registry_year),
        ("sequenceNumber", meta.sequence_number),
        ("channel", meta.channel),
        ("source", meta.source),
        ("receivedAt", meta.received_at.isoformat()),
        ("registeredAt", meta.registered_at.isoformat()),
        ("state", meta.state),
    ):
        _sub(root, tag, value)
    if meta.on_time is not None:
        _sub(root, "onTime", _bool(meta.on_time))
    if meta.accepted_signature is not None:
        _sub(root, "acceptedSignature", _bool(meta.accepted_signature))
    sender = _sub(root, "sender")
    _sub(sender, "address", meta.sender)
    _sub(sender, "name", meta.sender_name)
    _register(root, meta)
    _sub(root, "subject", meta.subject)
    if meta.message_id:
        _sub(root, "messageId", meta.message_id)
    _envelope(root, meta.envelope)
    _file(root, "original", meta.original)
    _components(root, meta.components)
    ver = _sub(root, "verification")
    _file(ver, "file", meta.verification)
    for s in meta.signatures:
        _sub(ver, "signature", kind=s["kind"], status=s["status"], verifiedAt=s["verified_at"])
    _application(root, meta.application)
    _outcome(root, meta)
    _sub(root, "exportedAt", meta.exported_at.isoformat())
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def schema() -> etree.XMLSchema:
    """The export schema, for validating a ``metadata.xml``."""
    return etree.XMLSchema(etree.parse(str(SCHEMA_PATH)))
