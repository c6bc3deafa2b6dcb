"""The twenty-fifth held-out part ``sa`` (tests/corpus/twentyfifth/sa###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails,
HTML-only mails with tables, forwards and replies with quoted history including the office's own
text and contacts, corrections, signatures naming several people, foreign senders writing
English, many mail clients), its label mix (mostly feed access, at least three applicants without
an IČO, IPv6 addresses in both roles, a block of four production addresses, box IDs in mails'
signatures, phones from seven countries), data messages that each carry a file, every file
loading and every label valid by LABELS.md. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not run
here."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from typing import Any

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_twentyfifth_sa import PART, all_cases, files
from tests.corpus.parts import part_paths
from tests.corpus.twentyfifth_sa_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 733")
CLIENTS = (
    b"Microsoft Outlook",
    b"Outlook on the web",
    b"Apple Mail",
    b"Thunderbird",
    b"Email.cz",
    b"Roundcube",
    b"iPhone Mail",
    b"Android-Mail",
    b"K-9 Mail for Android",
    b"Zimbra",
    b"X-Gm-Message-State",
    b"Evolution",
)


def _text(case: dict[str, Any]) -> str:
    return case.get("body", "") + case.get("html", "")


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures and foreign senders."""
    cases = all_cases()
    assert len(cases) == 42
    assert sum("html" in c and "body" not in c for c in cases) >= 3
    assert sum("html" in c and "body" in c for c in cases) >= 2
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 1
    assert sum("Original Message" in _text(c) or "Původní zpráva" in _text(c) for c in cases) >= 2
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 4
    assert any(kind == "eml" for c in cases for kind, _, _ in c.get("attachments", []))
    styles = Counter(c["style"] for c in cases)
    for style in (Style.REPLY, Style.MOBILE, Style.HTML, Style.SIGNATURE):
        assert styles[style] >= 3, style
    for style in (Style.FORWARD, Style.CORRECTION):
        assert styles[style] >= 2, style
    assert styles[Style.FOREIGN] >= 5
    assert set(styles) == set(Style)


def test_the_part_uses_many_mail_clients_and_encodings() -> None:
    raw = b"".join(data for name, data in files().items() if name.endswith(".eml"))
    for client in CLIENTS:
        assert client in raw, client
    for marker in (
        b'format="flowed"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"multipart/alternative",
        b"multipart/signed",
        b"message/rfc822",
        b"windows-1250",
        b"iso-8859-2",
    ):
        assert marker in raw, marker


def test_the_part_has_its_label_mix() -> None:
    """Mostly feed access only, every request-type combination, at least three applicants
    without an IČO, IPv6 in both roles, a four-address block, box IDs in mails' signatures and
    phones from seven countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2, types
    assert types[(FILM,)] >= 2 and types[(FEED, FILM)] >= 2, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(lab["production_ips"] and not lab["test_ips"] for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+48", "+49", "+39", "+44", "+43"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file_of_several_kinds() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert len(case["subject"]) <= 255, f"{case['id']}: annotation too long"
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


def test_the_files_on_disk_are_the_generators() -> None:
    on_disk = {p.name: p.read_bytes() for p in part_paths(PART.out, PART.prefix)}
    assert on_disk == files()


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: c["id"][:5])
def test_every_file_loads(case: dict[str, Any]) -> None:
    suffix = ".xml" if "databox" in case else ".eml"
    parsed = parse_path(PART.out / f"{case['id']}{suffix}")
    assert parsed.components


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: c["id"][:5])
def test_every_label_is_valid(case: dict[str, Any]) -> None:
    """LABELS.md: known request types, IČO checksum, E.164 phones, canonical address lists
    with no address in both roles, never the office's own identifiers."""
    lab = case["labels"]
    assert lab["request_types"] and set(lab["request_types"]) <= {FEED, FILM}
    assert len(set(lab["request_types"])) == len(lab["request_types"])
    org, contact = lab["organization"], lab["contact"]
    assert org["ico"] is None or ico_valid(org["ico"]), org["ico"]
    assert org["ico"] != "00025593" and org["databox_id"] != "2gfaasy"
    assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    assert contact["email"] is None or contact["email"].endswith(".example")
    for key in ("production_ips", "test_ips"):
        ips = lab[key]
        assert isinstance(ips, list) and len(ips) == len(set(ips)) <= 5
        assert all(str(ipaddress.ip_address(ip)) == ip for ip in ips), ips
    assert not set(lab["production_ips"]) & set(lab["test_ips"])
    assert bool(lab["production_ips"]) == (FEED in lab["request_types"])
    assert re.fullmatch(r"sa\d{3}-[a-z0-9-]+", case["id"])
