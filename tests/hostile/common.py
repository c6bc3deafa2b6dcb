"""Running one hostile input through every stage, as ``podatelna inspect`` does."""

from __future__ import annotations

from typing import Any

from intake.inspect import analyse
from intake.model import Channel
from tests.fuzz.harness import AT, DEADLINE, Harness


def inspect(h: Harness, raw: bytes, channel: Channel = Channel.EMAIL) -> dict[str, Any]:
    return analyse(h.stages, raw, channel, file="hostile", deadline=DEADLINE, received_at=AT)


def codes(result: dict[str, Any]) -> set[str]:
    return {p["code"] for p in result["problems"]}


def component(result: dict[str, Any], name: str) -> dict[str, Any]:
    found = [c for c in result["components"] if c["name"] == name]
    assert found, f"no component {name!r} in {[c['name'] for c in result['components']]}"
    return found[0]


def messages(result: dict[str, Any]) -> str:
    return " | ".join(p["message"] for p in result["problems"])
