"""The twentysecond held-out part ``pa`` (tests/corpus/twentysecond/pa###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty and
sloppy mails, many mail clients, HTML-only mails with tables and lists, forwards and replies
with quoted history including the office's own announcement and contacts, corrections,
signatures naming several people, foreign senders writing English), its label mix (at least
three applicants without an IČO, IPv6 in both roles, address blocks, box IDs in signatures,
phones from several countries) and data messages that each carry a file; plus that every file
it writes loads and every label is well-formed by LABELS.md. These cases were written by hand
apart from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import email.utils
import ipaddress
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_twentysecond_pa import PART, all_cases
from tests.corpus.parts import part_paths
from tests.corpus.twentysecond_pa_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 733")
FILES = part_paths(PART.out, PART.prefix)
MESSAGES = [p for p in FILES if p.suffix in (".eml", ".xml")]


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "")


def test_the_generated_files_are_what_the_generator_makes() -> None:
    expected = PART.files()
    assert sorted(p.name for p in FILES) == sorted(expected)
    for path in FILES:
        assert path.read_bytes() == expected[path.name], path.name
    assert len(MESSAGES) == len(all_cases()) == 42


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_message_loads(path: Path) -> None:
    parsed = parse_path(path)
    assert parsed.components
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_label_is_well_formed(path: Path) -> None:
    lab = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert lab["id"] == path.stem and lab["description"].strip()
    assert lab["style"] in set(Style)
    types = lab["request_types"]
    assert types and len(types) == len(set(types)) and set(types) <= {FEED, FILM}
    for key in ("production_ips", "test_ips"):
        ips = lab[key]
        assert len(ips) == len(set(ips)) <= 5
        assert all(str(ipaddress.ip_address(ip)) == ip for ip in ips), ips
    assert not set(lab["production_ips"]) & set(lab["test_ips"])
    assert bool(lab["production_ips"]) == (FEED in types)
    if FEED not in types:
        assert not lab["test_ips"]
    org, contact = lab["organization"], lab["contact"]
    assert org["name"] and contact["person"]
    assert org["ico"] is None or ico_valid(org["ico"])
    assert org["ico"] != "00025593" and org["databox_id"] != "2gfaasy"
    assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    assert contact["email"] is None or re.fullmatch(r"[^@\s]+@[\w.-]+\.example", contact["email"])
    assert "czso.cz" not in (contact["email"] or "")


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures, foreign senders and many mail clients."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    assert sum("<table" in c.get("html", "") for c in cases) >= 3
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 3
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 3
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.MOBILE, Style.HTML):
        assert styles[style] >= 2, style
    assert styles[Style.FOREIGN] >= 5 and styles[Style.SIGNATURE] >= 2
    assert len(styles) >= 10
    clients = {v for c in cases for _, v in c.get("headers", [])}
    assert len(clients) >= 12
    assert any(c.get("flowed") and c.get("delsp") for c in cases)
    assert any(kind == "eml" for c in cases for kind, _, _ in c.get("attachments", []))


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2 and types[(FILM,)] >= 3
    assert types[(FEED, FILM)] >= 3
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+39"):
        assert any(phone.startswith(country) for phone in phones), country
    senders = [email.utils.parseaddr(c["from"])[1] for c in cases if "from" in c]
    contacts = [c["labels"]["contact"]["email"] for c in cases if "from" in c]
    assert sum(s != e for s, e in zip(senders, contacts, strict=True)) >= 6


def test_data_messages_each_carry_a_file_of_several_kinds() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


def test_the_raw_mails_carry_their_encodings_and_wrappers() -> None:
    raw = b"".join(p.read_bytes() for p in MESSAGES if p.suffix == ".eml")
    for marker in (
        b"windows-1250",
        b"iso-8859-2",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
        b"quoted-printable",
        b'format="flowed"',
        b"multipart/alternative",
        b"multipart/signed",
        b"message/rfc822",
    ):
        assert marker in raw, marker
    for path in (p for p in MESSAGES if p.suffix == ".eml"):
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert len(msg["From"].addresses) == 1, path.name
