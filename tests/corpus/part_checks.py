"""The label and file checks shared by the corpus-part tests (tests/unit/test_corpus_*.py):
labels well-formed (IČO checksum, documentation address ranges, at most 5 + 5 addresses,
E.164 phones, ``.example`` e-mails), never the office's own identifiers, every message loads,
and the files on disk are exactly what the part's generator makes."""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from intake.model import Channel
from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path

DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]
OFFICE = ("00025593", "2gfaasy", "czso.cz", "+420274052733", "420274052733", "274052733")
FEED = "feed_access"
REQUEST_TYPES = {FEED, "recording_permit"}


def read_labels(path: Path) -> dict[str, Any]:
    """The labels stored next to a message file."""
    return dict(json.loads(path.with_suffix(".json").read_text(encoding="utf-8")))


def messages(paths: list[Path]) -> list[Path]:
    return [p for p in paths if p.suffix in (".eml", ".xml")]


def check_ids_numbered(ids: list[str], prefix: str, count: int) -> None:
    """Ids are ``<prefix>001-…`` to ``<prefix><count>-…`` in order, lower-case slugs."""
    width = len(prefix) + 3
    assert [i[:width] for i in ids] == [f"{prefix}{n:03d}" for n in range(1, count + 1)]
    assert all(re.fullmatch(rf"{prefix}\d{{3}}-[a-z0-9-]+", i) for i in ids), ids


def check_files_on_disk(on_disk: list[Path], expected: Mapping[str, bytes]) -> None:
    """The part's files on disk are exactly the generator's output, byte for byte."""
    assert sorted(p.name for p in on_disk) == sorted(expected)
    for path in on_disk:
        assert path.read_bytes() == expected[path.name], path.name


def check_ips(ips: list[str]) -> None:
    assert len(ips) == len(set(ips)) <= 5
    for ip in ips:
        addr = ipaddress.ip_address(ip)
        assert str(addr) == ip, "labels use the canonical (compressed) form"
        assert any(addr in net for net in DOC_NETS), ip


def _check_request(labels: dict[str, Any]) -> None:
    types = labels["request_types"]
    # Empty only for a message that withdraws a whole earlier application (LABELS.md).
    assert set(types) <= REQUEST_TYPES
    assert len(types) == len(set(types))
    check_ips(labels["production_ips"])
    check_ips(labels["test_ips"])
    assert not set(labels["production_ips"]) & set(labels["test_ips"])
    if FEED in types:
        assert labels["production_ips"], "feed access needs at least one production address"
    else:
        assert not labels["production_ips"] and not labels["test_ips"]


def _check_applicant(labels: dict[str, Any]) -> None:
    org, contact = labels["organization"], labels["contact"]
    assert set(org) == {"name", "ico", "databox_id"}
    assert set(contact) == {"person", "email", "phone"}
    assert org["ico"] is None or ico_valid(org["ico"]), org["ico"]
    assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    assert contact["email"] is None or re.fullmatch(r"[^@\s]+@[\w.-]+\.example", contact["email"])
    flat = repr({k: v for k, v in labels.items() if k != "description"}).casefold()
    assert not any(o in flat for o in OFFICE), "the office's own data is never the applicant's"


def check_labels(stem: str, labels: dict[str, Any], styles: Collection[str]) -> None:
    """A label file is well-formed (LABELS.md) and names the applicant, never the office."""
    assert labels["id"] == stem and labels["description"].strip()
    assert labels["style"] in styles
    _check_request(labels)
    _check_applicant(labels)


def check_loads(path: Path) -> None:
    """The message parses into components on its channel; a data message without problems."""
    parsed = parse_path(path)
    assert parsed.components
    assert (parsed.channel is Channel.DATABOX) == (path.suffix == ".xml")
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems
