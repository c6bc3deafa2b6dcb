"""What a filing's export directory holds, as a list of files (pure): the original message,
its components, the verification record (``verification.json``), ``metadata.xml`` and the
schema it follows."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from intake.export.metadata import (
    SCHEMA_NAME,
    SCHEMA_PATH,
    ComponentMeta,
    FileRef,
    FilingMeta,
    metadata_xml,
)
from storage.registry import SubmissionParts
from storage.tables import Submission

ORIGINAL = {
    "email": ("original.eml", "message/rfc822"),
    "databox": ("original.zfo", "application/x-zfo"),
}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class ExportFile:
    path: str
    """Relative to the filing's directory, '/'-separated."""
    data: bytes


def safe_name(name: str, limit: int = 120) -> str:
    """``name`` as one harmless path segment: ASCII letters, digits, ``._-`` only, no leading
    dot, at most ``limit`` characters (the extension kept)."""
    cleaned = _UNSAFE.sub("_", name.replace("\\", "/").split("/")[-1]).lstrip("._") or "file"
    if len(cleaned) > limit:
        stem, dot, ext = cleaned.rpartition(".")
        ext = ext[:16] if dot else ""
        cleaned = (stem if dot else cleaned)[: limit - len(ext) - 1] + ("." + ext if ext else "")
    return cleaned


def directory_name(registry_number: str) -> str:
    """``CSU-EP/2022/000123`` → ``CSU-EP_2022_000123``."""
    return safe_name(registry_number.replace("/", "_"), limit=100)


def _ref(path: str, data: bytes, media_type: str) -> FileRef:
    return FileRef(path, hashlib.sha256(data).hexdigest(), len(data), media_type)


def _verification(sub: Submission, parts: SubmissionParts, comps: Sequence[ComponentMeta]) -> bytes:
    """The verification record: the content checks (vyhláška 259/2012 §4(1)) per component
    and every signature/seal record (§4(7)), as the registry holds them."""
    doc: dict[str, Any] = {
        "registry_number": sub.registry_number,
        "sha256": sub.sha256,
        "accepted_signature": sub.accepted_signature,
        "on_time": sub.on_time,
        "content_checks": [
            {
                "component": c.name,
                "file": c.file.path,
                "detected_type": c.detected_type,
                "declared_type": c.declared_type,
                "sha256": c.file.sha256,
                "size": c.file.size,
                "problem": c.problem,
                "detail": c.detail,
            }
            for c in comps
        ],
        "signatures": [
            {
                "kind": v.kind,
                "status": v.status,
                "verified_at": v.verified_at.isoformat(),
                "record": v.record,
            }  # fmt: skip
            for v in parts.verifications
        ],
        "problems": sub.problems,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2, default=str).encode("utf-8")


def _envelope(sub: Submission) -> dict[str, Any]:
    """The ISDS envelope: the parsed ZFO's, over what the data-box source reported."""
    if sub.channel != "databox":
        return {}
    source = {k: v for k, v in sub.meta.items() if k.startswith(("dm", "db"))}
    return {**source, **(sub.meta.get("envelope") or {})}


def _application(parts: SubmissionParts) -> dict[str, Any] | None:
    app = parts.application
    if app is None:
        return None
    return {
        "request_types": app.request_types,
        "organization": app.data.get("organization") or {},
        "production_ips": app.production_ips,
        "test_ips": app.test_ips,
    }


def _sender_record(parts: SubmissionParts) -> dict[str, Any] | None:
    rec = parts.sender
    if rec is None:
        return None
    return {
        "id": rec.id,
        "kind": rec.kind,
        "name": rec.name,
        "ico": rec.ico,
        "databox_id": rec.databox_id,
        "emails": list(rec.emails or []),
    }


def export_files(
    sub: Submission,
    parts: SubmissionParts,
    original: bytes,
    blobs: Sequence[bytes],
    *,
    originator: str,
    exported_at: datetime,
) -> list[ExportFile]:
    """Every file of ``sub``'s export; ``blobs`` are its components' bytes, in order."""
    name, media = ORIGINAL.get(sub.channel, ("original.bin", "application/octet-stream"))
    files = [ExportFile(name, original)]
    comps: list[ComponentMeta] = []
    for c, data in zip(parts.components, blobs, strict=True):
        path = f"components/{c.position:03d}-{safe_name(c.name)}"
        files.append(ExportFile(path, data))
        ref = _ref(path, data, c.detected_type or c.declared_type or "application/octet-stream")
        comps.append(
            ComponentMeta(
                c.position,
                c.name,
                c.role,
                c.detected_type,
                c.declared_type,
                c.parent,
                c.problem,
                c.detail,
                ref,
            )  # fmt: skip
        )
    verification = _verification(sub, parts, comps)
    files.append(ExportFile("verification.json", verification))
    meta = FilingMeta(
        originator=originator,
        registry_number=sub.registry_number,
        registry_year=sub.registry_year,
        sequence_number=sub.registry_seq,
        channel=sub.channel,
        source=sub.source,
        received_at=sub.received_at,
        registered_at=sub.registered_at,
        state=sub.state,
        on_time=sub.on_time,
        accepted_signature=sub.accepted_signature,
        sender=sub.sender,
        sender_name=sub.sender_name,
        subject=sub.subject,
        message_id=sub.message_id,
        envelope=_envelope(sub),
        original=_ref(name, original, media),
        components=comps,
        verification=_ref("verification.json", verification, "application/json"),
        signatures=[
            {
                "kind": v.kind or "unknown",
                "status": v.status or "unknown",
                "verified_at": v.verified_at.isoformat(),
            }  # fmt: skip
            for v in parts.verifications
        ],
        application=_application(parts),
        decisions=[
            {"kind": d.kind, "actor": d.actor, "at": d.decided_at, "reason": d.reason}
            for d in parts.decisions
        ],
        problems=sub.problems,
        exported_at=exported_at,
        sender_record=_sender_record(parts),
        sender_reference=sub.sender_reference,
        origin=sub.origin,
        assigned_officer=sub.assigned_to,
    )
    files.append(ExportFile("metadata.xml", metadata_xml(meta)))
    files.append(ExportFile(SCHEMA_NAME, SCHEMA_PATH.read_bytes()))
    return files
