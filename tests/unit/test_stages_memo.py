"""The stages of one submission parse its bytes once (the costly part), and a content check
made without the scanner is never reused where a scanned one is required."""

from __future__ import annotations

from typing import Any

import pytest

import intake.stages as stages_mod
from intake.config import CampaignConfig
from intake.content.check import ContentPolicy
from intake.model import Channel
from tests.fakes import eml


class CountingScanner:
    def __init__(self) -> None:
        self.calls = 0

    def scan(self, data: bytes) -> Any:
        from intake.content.clamd import ScanResult, ScanStatus

        self.calls += 1
        return ScanResult(ScanStatus.CLEAN, None)


def test_parse_once_per_item_and_scan_not_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bytes] = []
    real = stages_mod.parse

    def counting(raw: bytes, channel: Channel) -> Any:
        calls.append(raw)
        return real(raw, channel)

    monkeypatch.setattr(stages_mod, "parse", counting)
    scanner = CountingScanner()
    st = stages_mod.PipelineStages(
        campaign=CampaignConfig(), verifier=None, content_policy=ContentPolicy(), scanner=scanner
    )
    a, b = eml(1), eml(2)
    st.extract(a, Channel.EMAIL)  # content check without a scanner
    assert scanner.calls == 0
    st.check(a, Channel.EMAIL)  # needs the scan: the unscanned result is not reused
    assert scanner.calls > 0
    scanned = scanner.calls
    st.extract(a, Channel.EMAIL)  # the scanned result serves extraction
    assert len(calls) == 1 and scanner.calls == scanned
    st.check(b, Channel.EMAIL)
    assert len(calls) == 2
    assert st.check(b, Channel.EMAIL).parsed.subject == st.check(b, Channel.EMAIL).parsed.subject
    assert len(calls) == 2
