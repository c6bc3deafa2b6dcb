"""Profile schedule (Europe/Prague windows) and the renderers."""

from __future__ import annotations

import ipaddress
import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from intake.config import CampaignConfig
from intake.feed.profiles import active_profile, next_boundary, scheduled_profile
from intake.feed.render import Format, ListView, render, trusted_comment

PRAGUE = ZoneInfo("Europe/Prague")
WINDOWS = CampaignConfig().live_windows


def test_default_windows_switch_at_14_prague_on_saturday() -> None:
    start = datetime(2023, 1, 14, 14, 0, tzinfo=PRAGUE)
    assert start.astimezone(UTC).hour == 13  # CET = UTC+1
    assert scheduled_profile(start - timedelta(seconds=1), WINDOWS) == "test"
    assert scheduled_profile(start, WINDOWS) == "live"
    assert scheduled_profile(datetime(2023, 1, 15, 23, 59, 59, tzinfo=PRAGUE), WINDOWS) == "live"
    assert scheduled_profile(datetime(2023, 1, 16, 0, 0, tzinfo=PRAGUE), WINDOWS) == "test"
    assert scheduled_profile(datetime(2023, 1, 28, 13, 0, tzinfo=UTC), WINDOWS) == "live"
    assert scheduled_profile(datetime(2023, 1, 21, 13, 0, tzinfo=UTC), WINDOWS) == "test"


def test_override_wins_and_auto_follows_schedule() -> None:
    inside = datetime(2023, 1, 14, 15, 0, tzinfo=PRAGUE)
    outside = datetime(2023, 1, 10, 15, 0, tzinfo=PRAGUE)
    assert active_profile(inside, WINDOWS, "test") == "test"
    assert active_profile(outside, WINDOWS, "live") == "live"
    assert active_profile(inside, WINDOWS, "auto") == "live"
    assert active_profile(outside, WINDOWS, None) == "test"


def test_next_boundary() -> None:
    before = datetime(2023, 1, 1, tzinfo=UTC)
    assert next_boundary(before, WINDOWS) == WINDOWS[0][0]
    inside = datetime(2023, 1, 14, 20, 0, tzinfo=PRAGUE)
    nb = next_boundary(inside, WINDOWS)
    assert nb is not None and nb > WINDOWS[0][1] and nb - WINDOWS[0][1] < timedelta(seconds=1)
    assert scheduled_profile(nb, WINDOWS) == "test"
    assert next_boundary(datetime(2024, 1, 1, tzinfo=UTC), WINDOWS) is None


ENTRIES = [
    {
        "address": "198.51.100.7",
        "role": "production",
        "organisation": "Deník\nallow all;",
        "registry_number": "CSU-EP/2022/000001",
    },
    {
        "address": "2001:db8::5",
        "role": "production",
        "organisation": "Rádio",
        "registry_number": "CSU-EP/2022/000002",
    },
    {
        "address": "203.0.113.9",
        "role": "test",
        "organisation": "Deník",
        "registry_number": "CSU-EP/2022/000001",
    },
    {
        "address": "198.51.100.7",
        "role": "production",
        "organisation": "TV",
        "registry_number": "CSU-EP/2022/000003",
    },
]
AT = datetime(2022, 12, 20, 10, 0, tzinfo=UTC)


def _view(profile: str) -> ListView:
    return ListView.of(12, profile, AT, ENTRIES)


def test_profiles_select_roles() -> None:
    assert render(_view("test"), Format.TEXT) == b"198.51.100.7\n203.0.113.9\n2001:db8::5\n"
    assert render(_view("live"), Format.TEXT) == b"198.51.100.7\n2001:db8::5\n"


def test_nginx_include_has_no_applicant_text() -> None:
    out = render(_view("live"), Format.NGINX).decode()
    assert out.splitlines()[1:] == [
        "allow 198.51.100.7;  # CSU-EP/2022/000001 CSU-EP/2022/000003",
        "allow 2001:db8::5;  # CSU-EP/2022/000002",
        "deny all;",
    ]
    assert "version 12 profile live" in out.splitlines()[0]
    assert "allow all" not in out and "Deník" not in out


def test_nftables_ipset_haproxy() -> None:
    nft = render(_view("test"), Format.NFTABLES).decode()
    assert "flush set inet podatelna media_v4" in nft
    assert "add element inet podatelna media_v4 { 198.51.100.7, 203.0.113.9 }" in nft
    assert "add element inet podatelna media_v6 { 2001:db8::5 }" in nft
    ipset = render(_view("live"), Format.IPSET).decode().splitlines()
    assert "add podatelna-v4-new 198.51.100.7" in ipset
    assert "add podatelna-v6-new 2001:db8::5" in ipset
    assert ipset.index("flush podatelna-v4-new") < ipset.index("swap podatelna-v4-new podatelna-v4")
    assert not any("203.0.113.9" in line for line in ipset)
    hap = [
        ln
        for ln in render(_view("test"), Format.HAPROXY).decode().splitlines()
        if not ln.startswith("#")
    ]
    assert [str(ipaddress.ip_address(a)) for a in hap] == hap and len(hap) == 3


def test_json_and_empty_lists() -> None:
    doc = json.loads(render(_view("live"), Format.JSON))
    assert doc["version"] == 12 and doc["profile"] == "live"
    assert doc["addresses"] == ["198.51.100.7", "2001:db8::5"]
    assert {e["registry_number"] for e in doc["entries"]} == {
        "CSU-EP/2022/000001",
        "CSU-EP/2022/000002",
        "CSU-EP/2022/000003",
    }
    empty = ListView.of(1, "live", AT, [])
    for fmt in Format:
        assert "198.51" not in render(empty, fmt).decode()
    assert render(empty, Format.NGINX).decode().endswith("deny all;\n")
    assert "add element" not in render(empty, Format.NFTABLES).decode()


def test_trusted_comment_binds_version_profile_format() -> None:
    tc = trusted_comment(_view("live"), Format.NGINX)
    assert tc == f"timestamp:{int(AT.timestamp())}\tversion:12\tprofile:live\tformat:nginx"
