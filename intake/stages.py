"""The real pipeline stages with their dependencies bound: content policy and scanner,
signature verifier, campaign limits. ``build_stages(settings)`` is called by the composition
root; tests may pass any object satisfying ``intake.pipeline.Stages`` instead."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from intake.config import CampaignConfig
from intake.model import Channel, ParsedMessage, Problem, VerificationOutcome
from intake.pipeline import (
    CheckResult,
    Classified,
    ComponentInfo,
    ExtractResult,
    Triage,
    claimed_receipt_time,
    classify,
    parse,
    triage,
)
from intake.receipt import Arrival, Receipt, ReceiptPolicy, receipt_of

if TYPE_CHECKING:
    from intake.content.check import ContentPolicy
    from intake.content.clamd import Scanner
    from intake.content.result import ContentResult
    from intake.extraction.fields import Office
    from intake.extraction.quota import IpSets
    from verifiers.api import Verifier


@dataclass
class PipelineStages:
    """Stage functions over stored bytes. Results are pure functions of the bytes; the last
    item's parse and content check are memoised (keyed by its SHA-256), because the stages of
    one submission usually run one after another and parsing is the costly part."""

    campaign: CampaignConfig
    verifier: Verifier
    content_policy: ContentPolicy
    scanner: Scanner | None = None
    office: Office | None = None
    """None: the defaults (ČSÚ)."""
    documentation_public: bool = False
    """Demo mode (``Settings.demo``): the documentation ranges count as public addresses."""
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def _parsed(self, raw: bytes, channel: Channel) -> ParsedMessage:
        key = hashlib.sha256(raw).hexdigest() + channel.value
        with self._lock:
            if self._memo.get("key") != key:
                self._memo.clear()
                self._memo["key"] = key
            if "parsed" not in self._memo:
                self._memo["parsed"] = parse(raw, channel)
            parsed: ParsedMessage = self._memo["parsed"]
            return parsed

    def _classified(self, raw: bytes, channel: Channel) -> Classified:
        """What the item is (``intake.pipeline.classify``), memoised with its parse."""
        parsed = self._parsed(raw, channel)
        key = hashlib.sha256(raw).hexdigest() + channel.value
        with self._lock:
            cached = self._memo.get("classified") if self._memo.get("key") == key else None
        if cached is None:
            cached = classify(parsed)
            with self._lock:
                if self._memo.get("key") == key:
                    self._memo["classified"] = cached
        result: Classified = cached
        return result

    def receipt_time(self, raw: bytes, channel: Channel) -> datetime | None:
        return claimed_receipt_time(raw, channel)

    def receipt(
        self, raw: bytes, channel: Channel, arrival: Arrival, policy: ReceiptPolicy
    ) -> Receipt:
        return receipt_of(raw, channel, arrival, policy)

    def _content(
        self, raw: bytes, channel: Channel, *, scan: bool
    ) -> tuple[ParsedMessage, ContentResult]:
        """Parse + content check; a scanned result also serves a request without scanning."""
        from intake.content.check import check_content

        parsed = self._parsed(raw, channel)
        with self._lock:
            cached = self._memo.get("content")
        if cached is not None and (cached[0] or not scan):
            result: ContentResult = cached[1]
            return parsed, result
        content = check_content(
            parsed, policy=self.content_policy, scanner=self.scanner if scan else None
        )
        with self._lock:
            if self._memo.get("key") == hashlib.sha256(raw).hexdigest() + channel.value:
                # a scan that failed is not kept: the re-check after a hold scans again
                self._memo["content"] = (
                    (scan and content.scanned) or self.scanner is None,
                    content,
                )
        return parsed, content

    def check(self, raw: bytes, channel: Channel) -> CheckResult:
        parsed, content = self._content(raw, channel, scan=True)
        by_name = {(f.name, f.parent): f for f in content.findings}
        infos = []
        for comp in content.components:
            f = by_name.get((comp.name, comp.parent))
            infos.append(
                ComponentInfo(
                    name=comp.name,
                    role=comp.role.value,
                    data=comp.data,
                    declared_type=comp.declared_type,
                    detected_type=getattr(f, "detected_type", "") or "",
                    parent=comp.parent,
                    problem=getattr(f, "problem", None),
                    detail=getattr(f, "detail", None),
                )
            )
        return CheckResult(
            parsed,
            tuple(infos),
            tuple(parsed.problems) + tuple(content.problems),
            scan=tuple(content.scan_records()),
            hold=self.content_policy.scan_required and not content.scanned,
            classified=self._classified(raw, channel),
        )

    def verify(
        self, raw: bytes, channel: Channel, received_at: datetime | None
    ) -> VerificationOutcome:
        from intake.verification import verify_submission

        return verify_submission(
            raw,
            self._parsed(raw, channel),
            received_at=received_at,
            verifier=self.verifier,
            classified=self._classified(raw, channel),
        )

    def extract(self, raw: bytes, channel: Channel) -> ExtractResult:
        from intake.extraction.extract import extract_application

        parsed, content = self._content(raw, channel, scan=False)
        ex = extract_application(
            parsed,
            content,
            max_production_ips=self.campaign.max_production_ips,
            max_test_ips=self.campaign.max_test_ips,
            **({"office": self.office} if self.office is not None else {}),
            documentation_public=self.documentation_public,
        )
        return ExtractResult(
            data=ex.to_dict(),
            problems=tuple(ex.problems),
            language=str(getattr(ex, "language", "cs") or "cs"),
        )

    def quota_problems(self, extraction: ExtractResult, earlier: Sequence[IpSets]) -> list[Problem]:
        from intake.extraction.quota import check_quota

        return list(
            check_quota(
                extraction.data,
                earlier,
                max_production_ips=self.campaign.max_production_ips,
                max_test_ips=self.campaign.max_test_ips,
            )
        )

    def triage(
        self, received_at: datetime | None, accepted: bool, problems: Sequence[Problem]
    ) -> Triage:
        return triage(
            received_at=received_at,
            deadline=self.campaign.deadline,
            accepted_signature=accepted,
            problems=problems,
        )
