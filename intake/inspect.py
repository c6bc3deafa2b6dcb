"""Offline analysis of one file for ``podatelna inspect``: every stage in memory, nothing stored.

The JSON keys are a contract (monitoring and acceptance checks depend on them); see the
README's "podatelna inspect" section.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from intake.model import Channel, Code, DocumentKind, Problem, VerificationOutcome
from intake.pipeline import ExtractResult, Stages, empty_verification, problem_dicts


def _unverifiable(channel: Channel, exc: Exception) -> VerificationOutcome:
    """Verification could not be evaluated: indeterminate, never accepted (a data message's
    seal is the seal that failed, never a missing signature)."""
    base = empty_verification()
    if channel is Channel.DATABOX:
        problem = Problem(Code.SEAL_INVALID, f"Pečeť datové zprávy nelze ověřit: {exc}")
    else:
        problem = Problem(Code.SIGNATURE_INDETERMINATE, f"Podpis nelze ověřit: {exc}")
    return VerificationOutcome(
        signature={**base.signature, "status": "indeterminate"},
        accepted_signature=False,
        problems=(problem,),
    )


def analyse(
    stages: Stages,
    raw: bytes,
    channel: Channel,
    *,
    file: str,
    deadline: datetime,
    received_at: datetime | None = None,
) -> dict[str, Any]:
    received = received_at or stages.receipt_time(raw, channel)
    on_time = None if received is None else received <= deadline
    problems: list[Problem] = []
    checked = stages.check(raw, channel)
    problems += checked.problems
    try:
        outcome = stages.verify(raw, channel, received)
    except Exception as exc:  # could not evaluate: indeterminate, never accepted
        outcome = _unverifiable(channel, exc)
    problems += outcome.problems
    kind = checked.classified.kind
    receipt = kind is DocumentKind.DELIVERY_RECEIPT
    # a delivery receipt is no application: nothing to extract, no deadline to meet
    extraction = ExtractResult({}, ()) if receipt else stages.extract(raw, channel)
    problems += extraction.problems
    if receipt:
        on_time = None
    if on_time is False:
        problems.append(Problem(Code.LATE, f"Podání doručeno po lhůtě ({deadline.isoformat()})."))
    data = extraction.data
    org = data.get("organization") or {}
    contact = data.get("contact") or {}
    sig = outcome.signature or empty_verification().signature
    return {
        "file": file,
        "channel": channel.value,
        "received_at": received.isoformat() if received else None,
        "on_time": on_time,
        "signature": {
            "status": sig.get("status", "missing"),
            "qualified": bool(sig.get("qualified", False)),
            "level": sig.get("level"),
            "signer_name": sig.get("signer_name"),
            "signer_email": sig.get("signer_email"),
            "kind": sig.get("kind"),
        },
        "document_kind": kind.value,
        "delivery_receipts": [dict(r) for r in checked.classified.receipts],
        "accepted_signature": bool(outcome.accepted_signature),
        "request_types": list(data.get("request_types") or []),
        "organization": {
            "name": org.get("name"),
            "ico": org.get("ico"),
            "databox_id": org.get("databox_id"),
        },
        "production_ips": list(data.get("production_ips") or []),
        "test_ips": list(data.get("test_ips") or []),
        "contact": {
            "person": contact.get("person"),
            "email": contact.get("email"),
            "phone": contact.get("phone"),
        },
        "problems": problem_dicts(problems),
        "subject": checked.parsed.subject,
        "components": [
            {
                "name": c.name,
                "role": c.role,
                "detected_type": c.detected_type,
                "size": len(c.data),
                "problem": c.problem,
            }
            for c in checked.components
        ],
        "verifications": [dict(r) for r in outcome.records],
        "fields": data.get("fields", {}),
    }
