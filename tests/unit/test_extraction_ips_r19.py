"""Round 19: IPv6 addresses written as their last groups ("::1") are completed from a whole
address, never read as the fragment itself."""

from __future__ import annotations

import ipaddress

import pytest

from intake.extraction.ips import Role, find_ips
from intake.extraction.review import Reason


def _by_role(text: str, context: str = "") -> dict[Role | None, list[str]]:
    out: dict[Role | None, list[str]] = {}
    for m in find_ips(text, context=context):
        if not m.excluded:
            out.setdefault(m.role, []).extend(str(a) for a in m.addresses)
    return out


@pytest.mark.parametrize(
    ("text", "context", "prod", "test"),
    [
        (
            "Ta adresa končící ::a je ostrá, ta s koncovkou ::b je testovací.",
            "> povolte 2001:db8:77::a a 2001:db8:77::b",
            "2001:db8:77::a",
            "2001:db8:77::b",
        ),
        (
            "Production is the one ending in ::5, the other one (::6) is for testing.",
            "> hosts: 2001:db8:9:1::5, 2001:db8:9:1::6",
            "2001:db8:9:1::5",
            "2001:db8:9:1::6",
        ),
        (
            "Produkční server: 2001:db8:f00::10, testovací ::11",
            "",
            "2001:db8:f00::10",
            "2001:db8:f00::11",
        ),
        (
            "Prvá adresa (posledná skupina ::20) je produkčná, druhá (::21) testovacia.",
            ">> 2001:db8:4:5::20 a 2001:db8:4:5::21",
            "2001:db8:4:5::20",
            "2001:db8:4:5::21",
        ),
    ],
)
def test_v6_fragment_completed(text: str, context: str, prod: str, test: str) -> None:
    found = find_ips(text, context=context)
    roles = _by_role(text, context)
    assert roles.get(Role.PRODUCTION) == [prod]
    assert roles.get(Role.TEST) == [test]
    # the completed address is never certain
    assert all(not m.certain for m in found if ipaddress.ip_address(test) in m.addresses)
    assert all(str(a).startswith("2001:") for m in found for a in m.addresses)


def test_v6_fragment_without_whole_address_is_no_value() -> None:
    # no whole address ends so: the fragment is never a value, the text is flagged
    found = find_ips("Produkční je ta končící ::7, testovací ::8.", context="> 2001:db8::1")
    assert not any(ipaddress.IPv6Address("::7") in m.addresses for m in found)
    assert not any(ipaddress.IPv6Address("::8") in m.addresses for m in found)


def test_v6_fragment_ambiguous_is_no_value() -> None:
    # two whole addresses of different networks end so: no guess
    found = find_ips(
        "Ostrý provoz: ::1", context="> 2001:db8:a::1 a 2001:db8:b::1"
    )
    assert all(ipaddress.IPv6Address("::1") not in m.addresses for m in found)
    assert not any(m.addresses for m in found if m.role is Role.PRODUCTION)


def test_whole_v6_unchanged() -> None:
    # whole addresses (also an IPv4-mapped one) are read as before, certain on a label
    found = find_ips("Produkční IP: 2001:db8:c0::1\nTestovací IP: ::ffff:192.0.2.7")
    assert [str(a) for m in found for a in m.addresses] == ["2001:db8:c0::1", "192.0.2.7"]
    assert found[0].certain and found[0].doubt is None
    assert Reason.SHORTHAND not in {m.doubt for m in found}
