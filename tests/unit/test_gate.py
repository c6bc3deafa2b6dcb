"""The approval gate's pure parts: never-published and non-public addresses (IPv4, IPv6, CIDR
blocks), the blocking problems of a filing, and the value re-check after a correction."""

from __future__ import annotations

from typing import Any

import pytest

from intake import gate
from intake.recheck import Limits, value_problems


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("0.0.0.0", "unspecified"),
        ("0.1.2.3", "unspecified"),
        ("127.0.0.1", "loopback"),
        ("127.255.0.9", "loopback"),
        ("169.254.10.1", "link-local"),
        ("224.0.0.251", "multicast"),
        ("239.1.1.1", "multicast"),
        ("255.255.255.255", "broadcast"),
        ("240.0.0.1", "reserved"),
        ("::", "unspecified"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("febf::1", "link-local"),
        ("ff02::1", "multicast"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped: judged as the IPv4 address
        # a block overlapping a never-published range is left out whole
        ("126.0.0.0/7", "loopback"),
        ("169.254.0.0/15", "link-local"),
        ("192.0.0.0/2", "multicast"),
        ("0.0.0.0/0", "unspecified"),
        ("fe00::/7", "link-local"),
        ("::/0", "unspecified"),
        ("not an address", "invalid"),
    ],
)
def test_never_published(address: str, why: str) -> None:
    assert gate.never_published(address) == why
    # whatever the decision
    assert gate.withheld_reason(address, non_public_overridden=True) == why


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("100.64.0.1", "shared"),
        ("100.127.255.254", "shared"),
        ("192.0.2.10", "documentation"),
        ("198.51.100.7", "documentation"),
        ("203.0.113.0/28", "documentation"),
        ("fd00::1", "private"),
        ("2001:db8::5", "documentation"),
        ("192.168.0.0/15", "private"),  # overlaps 192.168.0.0/16
        ("198.18.0.1", "non-public"),  # benchmarking: not global either
    ],
)
def test_non_public_needs_the_override(address: str, why: str) -> None:
    assert gate.never_published(address) is None
    assert gate.needs_override(address) == why
    assert gate.withheld_reason(address, non_public_overridden=False) == why
    assert gate.withheld_reason(address, non_public_overridden=True) is None


@pytest.mark.parametrize(
    "address", ["193.84.54.1", "8.8.8.8", "193.84.54.0/28", "2a00:1028::1", "2a00:1028::/64"]
)
def test_public_addresses_are_published(address: str) -> None:
    assert gate.never_published(address) is None
    assert gate.needs_override(address) is None
    assert gate.withheld_reason(address, non_public_overridden=False) is None


def blocking(**kw: Any) -> list[tuple[str, str | None]]:
    args: dict[str, Any] = {
        "channel": "email",
        "accepted_signature": True,
        "problems": {},
        "request_types": ["feed_access"],
        "uncertain_fields": frozenset(),
    }
    args.update(kw)
    return [(b.code, b.field) for b in gate.blocking_problems(**args)]


def test_blocking_problems() -> None:
    assert blocking() == []
    assert blocking(accepted_signature=False) == [("signature_not_accepted", None)]
    assert blocking(accepted_signature=None, channel="databox") == [("seal_invalid", None)]
    problems = {
        "extract": [
            {"code": "non_public_ip", "message": "10.0.0.1"},
            {"code": "missing_contact_phone", "message": "x"},  # not blocking
            {"code": "no_ip_addresses", "message": "x"},
        ],
        "triage": [{"code": "too_many_production_ips", "message": "7"}],
        "check": [{"code": "malware_scan_failed", "message": "clamd"}],
    }
    assert blocking(problems=problems) == [
        ("non_public_ip", None),
        ("no_ip_addresses", None),
        ("too_many_production_ips", None),
        ("malware_scan_failed", None),
    ]
    # no addresses blocks a feed-access request only
    assert ("no_ip_addresses", None) not in blocking(
        problems=problems, request_types=["recording_permit"]
    )
    # an uncertain address field blocks until confirmed; other uncertain fields do not
    assert blocking(uncertain_fields={"test_ips", "contact.phone"}) == [
        ("needs_review", "test_ips")
    ]
    late = gate.blocking_problems(
        channel="email",
        accepted_signature=True,
        problems={"triage": [{"code": "late", "message": "po lhůtě"}]},
        request_types=[],
        uncertain_fields=(),
    )
    assert not gate.overridable(late)
    assert gate.summary(late) == "late"


def test_recheck_recomputes_the_value_problems() -> None:
    data: dict[str, Any] = {
        "request_types": ["feed_access"],
        "production_ips": [f"193.84.54.{i}" for i in range(1, 7)],
        "test_ips": [],
        "contact": {"email": "a@example.cz", "phone": None},
        "fields": {"production_ips": {"certain": False}},
    }
    codes = {p.code for p in value_problems(data, Limits(5, 5))}
    assert codes == {"too_many_production_ips", "missing_contact_phone", "needs_review"}
    data["production_ips"] = data["production_ips"][:5]
    data["fields"] = {"production_ips": {"certain": True}}
    data["contact"]["phone"] = "+420 777 000 111"
    assert value_problems(data, Limits(5, 5)) == []
    data["test_ips"] = ["10.0.0.0/29"]  # a block: 8 addresses, private
    codes = {p.code for p in value_problems(data, Limits(5, 5))}
    assert codes == {"too_many_test_ips", "non_public_ip", "ip_range"}
    data["production_ips"], data["test_ips"] = [], []
    assert [p.code for p in value_problems(data, Limits(5, 5))] == ["no_ip_addresses"]


@pytest.mark.parametrize(
    "address", ["192.0.2.10", "198.51.100.0/30", "203.0.113.255", "2001:db8:15::10", "::ffff:192.0.2.1"]
)
def test_documentation_ranges_are_public_in_demo_mode_only(address: str) -> None:
    from ipaddress import ip_address

    from intake.extraction.ips import is_public

    assert gate.needs_override(address) == "documentation"
    assert gate.needs_override(address, documentation_public=True) is None
    assert gate.withheld_reason(address, non_public_overridden=False) == "documentation"
    assert (
        gate.withheld_reason(address, non_public_overridden=False, documentation_public=True)
        is None
    )
    if "/" not in address and "::ffff:" not in address:
        assert not is_public(ip_address(address))
        assert is_public(ip_address(address), documentation_public=True)


@pytest.mark.parametrize("address", ["10.0.0.12", "192.0.2.0/23", "100.64.0.1", "127.0.0.1"])
def test_demo_mode_makes_nothing_else_public(address: str) -> None:
    assert gate.never_published(address) or gate.needs_override(
        address, documentation_public=True
    )


def test_recheck_in_demo_mode_keeps_documentation_addresses_clean() -> None:
    data: dict[str, Any] = {
        "request_types": ["feed_access"],
        "production_ips": ["192.0.2.10", "2001:db8::1"],
        "test_ips": ["203.0.113.40"],
        "contact": {"email": "a@example.cz", "phone": "+420 777 000 111"},
    }
    assert [p.code for p in value_problems(data, Limits(5, 5))] == ["non_public_ip"]
    assert value_problems(data, Limits(5, 5, documentation_public=True)) == []
