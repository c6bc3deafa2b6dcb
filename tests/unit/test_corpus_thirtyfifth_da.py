"""The thirty-fifth held-out part ``da`` (tests/corpus/thirtyfifth/da###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty and
sloppy mails, many mail clients, HTML-only mails with tables, forwards and replies with quoted
history including the office's own press release, answers and contacts, corrections, signatures
naming several people, foreign senders writing English and German), its label mix (mostly feed
access, filming only and both at least twice each, at least three applicants without an IČO,
IPv6 production and test addresses, a four-address block, a box ID in a mail's signature, phones
from eight countries), at least four data messages that each carry a file, of several kinds,
with an annotation of at most 255 characters, and that every file loads and every label is valid
(LABELS.md: IČO check digit, E.164 phones, lists of canonical addresses, the two request types).
The checks every part shares are in test_corpus_parts.py. These cases were written by hand apart
from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_thirtyfifth_da import PART, all_cases
from tests.corpus.parts import part_paths
from tests.corpus.thirtyfifth_da_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 733")
MESSAGES = [p for p in part_paths(PART.out, PART.prefix) if p.suffix in (".eml", ".xml")]


def _text(case: dict[str, Any]) -> str:
    return case.get("body", "") + case.get("html", "")


def test_ids_and_files_match_the_generator() -> None:
    ids = [c["id"] for c in all_cases()]
    assert [i[:5] for i in ids] == [f"da{n:03d}" for n in range(1, 43)]
    assert all(re.fullmatch(r"da\d{3}-[a-z0-9-]+", i) for i in ids)
    on_disk = part_paths(PART.out, PART.prefix)
    expected = PART.files()
    assert sorted(p.name for p in on_disk) == sorted(expected)
    for path in on_disk:
        assert path.read_bytes() == expected[path.name], path.name


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_file_loads(path: Path) -> None:
    parsed = parse_path(path)
    assert parsed.components
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems


def _check_ips(ips: list[str]) -> None:
    assert isinstance(ips, list) and len(ips) == len(set(ips)) <= 5
    for ip in ips:
        assert str(ipaddress.ip_address(ip)) == ip, "canonical (compressed) form"


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_label_is_valid(path: Path) -> None:
    labels = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert labels["id"] == path.stem and labels["style"] in {s.value for s in Style}
    types = labels["request_types"]
    assert types and set(types) <= {FEED, FILM} and len(types) == len(set(types))
    _check_ips(labels["production_ips"])
    _check_ips(labels["test_ips"])
    assert not set(labels["production_ips"]) & set(labels["test_ips"])
    assert bool(labels["production_ips"]) == (FEED in types)
    org, contact = labels["organization"], labels["contact"]
    assert org["name"] and "statistick" not in org["name"].casefold()
    assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
    assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
    assert org["databox_id"] != "2gfaasy"
    assert contact["person"] and contact["email"].endswith(".example")
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures, foreign senders and many mail clients."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 5
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 3
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 5
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.MOBILE, Style.HTML):
        assert styles[style] >= 3, style
    assert styles[Style.FOREIGN] >= 6 and styles[Style.SIGNATURE] >= 3
    assert len(styles) >= 12
    clients = {value for c in cases for _, value in c.get("headers", [])}
    assert len(clients) >= 14, clients


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2, types
    assert types[(FILM,)] >= 2 and types[(FEED, FILM)] >= 2, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+39", "+31", "+43", "+36"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file() -> None:
    """At least four data messages, each with a file, of at least four kinds between them, the
    annotation within ISDS's 255 characters, the label's box the envelope's sender."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


def test_the_raw_messages_mix_encodings_and_wrappers() -> None:
    raw = b"".join(p.read_bytes() for p in MESSAGES)
    for marker in (
        b'format="flowed"',
        b'delsp="yes"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
        b"multipart/alternative",
        b"text/html",
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
        b"<p:dmAnnotation>",
    ):
        assert marker in raw, marker
    kinds = {kind for c in all_cases() for kind, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"} <= kinds, kinds
