"""The allow-list formats: one enum, one registry (media type + renderer), and everything that
names a format (API parameter, agent config, help text) derived from it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from intake.config import AgentConfig
from intake.feed.render import FORMATS_HELP, REGISTRY, Format, ListView, render

ENTRIES = [
    {
        "address": "198.51.100.7",
        "role": "production",
        "organisation": "Redakce",
        "registry_number": "R/1",
    },
    {
        "address": "2001:db8::/64",
        "role": "test",
        "organisation": "Redakce",
        "registry_number": "R/2",
    },
]
VIEW = ListView.of(3, "test", datetime(2023, 1, 2, 3, 4, 5, tzinfo=UTC), ENTRIES)


def test_every_format_has_a_media_type_and_a_renderer() -> None:
    assert set(REGISTRY) == set(Format)
    for fmt, rendering in REGISTRY.items():
        assert rendering.media_type.startswith(("text/plain", "application/json")), fmt
        assert "198.51.100.7" in render(VIEW, fmt).decode("utf-8"), fmt


def test_help_text_and_error_list_every_format() -> None:
    assert all(f.value in FORMATS_HELP for f in Format)
    assert Format.parse("nftables") is Format.NFTABLES
    with pytest.raises(ValueError) as err:
        Format.parse("xml")
    assert "'xml'" in str(err.value) and FORMATS_HELP in str(err.value)


def test_agent_config_takes_exactly_the_formats() -> None:
    for fmt in Format:
        assert AgentConfig(format=fmt.value).format is fmt
    with pytest.raises(ValidationError):
        AgentConfig(format="xml")  # type: ignore[arg-type]
