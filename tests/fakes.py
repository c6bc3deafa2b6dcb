"""Fakes for unit and service tests (never used outside tests)."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator, Sequence
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

from intake.model import (
    Channel,
    Code,
    ParsedMessage,
    Problem,
    RawItem,
    SourceNotice,
    VerificationOutcome,
    VerificationRecord,
)
from intake.pipeline import CheckResult, ComponentInfo, ExtractResult, Triage, triage
from intake.receipt import Arrival, Receipt, ReceiptBasis, ReceiptPolicy, ReceiptReason
from mail.headers import received_by
from storage.tables import Submission


def valid_record() -> VerificationRecord:
    """A passed qualified S/MIME signature's record, every key ``build_record`` writes."""
    return {
        "kind": "smime",
        "covered": "MIME entity (multipart/signed)",
        "result": "valid",
        "indication": "TOTAL_PASSED",
        "indication_urn": "urn:etsi:019102:mainindication:TOTAL_PASSED",
        "subindication": None,
        "subindication_urn": None,
        "verified_at": "2022-12-19T09:00:05+00:00",
        "validation_time": "2022-12-19T09:00:00+00:00",
        "signature_type": "kvalifikovaný elektronický podpis",
        "level": "QES",
        "recognised_signature": True,
        "qualified": True,
        "qc_type": "esign",
        "qscd": True,
        "qualification_basis": "eu-trusted-list",
        "qualification_detail": None,
        "trust_service_provider": "Testovací autorita",
        "trust_service": None,
        "signer_name": "Jana Nováková",
        "certificate": None,
        "path": [],
        "revocation_checked": True,
        "revoked": False,
        "revocation_time": None,
        "revocation": [],
        "signing_time_claimed": None,
        "timestamp_time": None,
        "digest_algorithm": "sha256",
        "signature_algorithm": "rsassa_pkcs1v15",
        "intact": True,
        "signature_value_valid": True,
        "modification_after_signing": None,
        "notes": [],
        "explanation": "",
        "ades_level": "B",
        "poe_time": None,
    }


DEADLINE = datetime.fromisoformat("2022-12-23T23:59:59+01:00")


def body_text(data: bytes) -> ComponentInfo:
    """The plain-text body of a message as the check stage lists it."""
    return ComponentInfo(
        name="body.txt",
        role="body_text",
        data=data,
        declared_type="text/plain",
        detected_type="text/plain",
    )


class FakeStages:
    """Minimal stand-ins for the real stages: parse with the stdlib, accept every signature."""

    def __init__(self, accepted: bool = True) -> None:
        self.accepted = accepted
        self.calls: list[str] = []

    def receipt_time(self, raw: bytes, channel: Channel) -> datetime | None:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        rec = msg.get("Received")
        if rec and ";" in str(rec):
            try:
                return parsedate_to_datetime(str(rec).rsplit(";", 1)[1].strip())
            except (TypeError, ValueError):
                return None
        return None

    def receipt(
        self, raw: bytes, channel: Channel, arrival: Arrival, policy: ReceiptPolicy
    ) -> Receipt:
        """The fixtures' messages are back-dated to the 2022 campaign: the fake takes the top
        Received header at any age and from any relay, on any channel (the real rule, bounded
        and per source, is ``intake.receipt.decide``, tested on its own)."""
        when = self.receipt_time(raw, channel)
        if when is None:
            return Receipt(
                arrival.at, ReceiptBasis.ARRIVAL, ReceiptReason.NO_RECEIVED, arrival, policy.max_skew
            )
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        relay = received_by(str(msg.get("Received", "")))
        return Receipt(
            when,
            ReceiptBasis.TRUSTED_RELAY,
            ReceiptReason.TRUSTED_RELAY,
            arrival,
            policy.max_skew,
            relay=relay,
            relay_time=when,
        )

    def check(self, raw: bytes, channel: Channel) -> CheckResult:
        self.calls.append("check")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        body = msg.get_body(("plain",)) if msg.is_multipart() else msg
        text = body.get_content() if body is not None else ""
        parsed = ParsedMessage(
            channel=channel, subject=str(msg.get("Subject", "")), sender=str(msg.get("From", ""))
        )
        return CheckResult(parsed, (body_text(text.encode()),), ())

    def verify(
        self, raw: bytes, channel: Channel, received_at: datetime | None
    ) -> VerificationOutcome:
        self.calls.append("verify")
        return VerificationOutcome(
            records=(valid_record(),) if self.accepted else (),
            signature={"status": "valid" if self.accepted else "missing"},
            accepted_signature=self.accepted,
            problems=() if self.accepted else (Problem(Code.SIGNATURE_MISSING, "nepodepsáno"),),
        )

    def extract(self, raw: bytes, channel: Channel) -> ExtractResult:
        self.calls.append("extract")
        return ExtractResult(
            data={
                "request_types": ["feed_access"],
                "production_ips": ["198.51.100.7"],
                "test_ips": [],
                "organization": {"name": "Deník Test", "ico": "27074358"},
            },
            problems=(),
        )

    def quota_problems(self, extraction: ExtractResult, earlier: Sequence[Any]) -> list[Any]:
        return []

    def triage(
        self, received_at: datetime | None, accepted: bool, problems: Sequence[Problem]
    ) -> Triage:
        return triage(
            received_at=received_at,
            deadline=DEADLINE,
            accepted_signature=accepted,
            problems=problems,
        )


class FakeSource:
    """A list of items as a source; records acknowledgements."""

    def __init__(self, name: str, items: Sequence[RawItem | SourceNotice]) -> None:
        self.name = name
        self.items = list(items)
        self.acked: list[str] = []

    def poll(self) -> Iterator[RawItem | SourceNotice]:
        acked = set(self.acked)
        yield from (i for i in self.items if i.ref not in acked)

    def acknowledge(self, ref: str) -> None:
        self.acked.append(ref)

    def close(self) -> None:
        pass


def eml(n: int, *, date: str = "Mon, 19 Dec 2022 10:00:00 +0100", body: str = "") -> bytes:
    """A small, distinct e-mail with a Received header carrying ``date``."""
    return (
        f"Received: from mx.example by mx.podatelna.example; {date}\r\n"
        f"From: redakce{n}@example.cz\r\nTo: podatelna@czso.example\r\n"
        f"Subject: =?utf-8?q?=C5=BD=C3=A1dost_{n}?=\r\nMessage-ID: <m{n}@example.cz>\r\n"
        f"Date: {date}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Žádáme o přístup. IP 198.51.100.{n % 250}\r\n{body}\r\n"
    ).encode()


def submission_row(n: int, at: datetime, **fields: Any) -> Submission:
    """A ``Submission`` row (not added to any session) with registry number
    ``CSU-EP/<year>/<n>``, received and registered at ``at``, in state ``received``;
    ``fields`` set or override any column."""
    values: dict[str, Any] = {
        "registry_number": f"CSU-EP/{at.year}/{n:06d}",
        "registry_year": at.year,
        "registry_seq": n,
        "channel": "email",
        "source": "test",
        "source_ref": f"r{n}",
        "sha256": f"{n:064x}",
        "size": 1,
        "received_at": at,
        "registered_at": at,
        "updated_at": at,
        "state": "received",
    }
    return Submission(**(values | fields))
