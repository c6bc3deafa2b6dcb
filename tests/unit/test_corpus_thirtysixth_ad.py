"""The thirty-sixth held-out part ``ad`` (tests/corpus/thirtysixth/ad###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed and dictated notes,
chatty mails, HTML-only mails with tables, forwards and replies with quoted history including
the office's own press release, auto-reply and contacts, corrections, signatures naming several
people, foreign senders writing English), its label mix (mostly feed access, at least three
applicants without an IČO, IPv6 production and test addresses, a four-address block, box IDs in
mail signatures, phones from several countries) and at least four data messages that each carry
a file, of several kinds. Every generated file loads and every label is valid per LABELS.md.
These cases were written by hand apart from the extraction rules and are scored only at the end
of the round: extraction is deliberately not run here."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_thirtysixth_ad import PART, all_cases
from tests.corpus.parts import part_paths
from tests.corpus.thirtysixth_ad_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 733")
FILES = part_paths(PART.out, PART.prefix)
MESSAGES = [p for p in FILES if p.suffix in (".eml", ".xml")]


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "")


def test_the_files_on_disk_are_what_the_generator_makes() -> None:
    expected = PART.files()
    assert sorted(p.name for p in FILES) == sorted(expected)
    for path in FILES:
        assert path.read_bytes() == expected[path.name], path.name
    assert len(MESSAGES) == len(all_cases()) == 42


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_message_loads(path) -> None:
    parsed = parse_path(path)
    assert parsed.components
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems


@pytest.mark.parametrize("case", all_cases(), ids=[c["id"] for c in all_cases()])
def test_every_label_is_valid(case: dict) -> None:
    lab = case["labels"]
    types = lab["request_types"]
    assert types and set(types) <= {FEED, FILM} and len(types) == len(set(types))
    assert case["style"] in set(Style)
    for ips in (lab["production_ips"], lab["test_ips"]):
        assert len(ips) == len(set(ips)) <= 5
        assert all(str(ipaddress.ip_address(ip)) == ip for ip in ips)
    assert not set(lab["production_ips"]) & set(lab["test_ips"])
    assert bool(lab["production_ips"]) == (FEED in types)
    org, contact = lab["organization"], lab["contact"]
    assert org["name"] and org["ico"] != "00025593" and org["databox_id"] != "2gfaasy"
    assert org["ico"] is None or ico_valid(org["ico"]), org["ico"]
    assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    assert contact["email"] is None or re.fullmatch(r"[^@\s]+@[\w.-]+\.example", contact["email"])
    if "databox" in case:
        assert org["databox_id"] == case["databox"]["box"]
        assert len(case["subject"]) <= 255, "an annotation holds at most 255 characters"


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures and foreign senders."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 4
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 4
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.PHONE_NOTE, Style.HTML_ONLY):
        assert styles[style] >= 3, style
    assert styles[Style.FOREIGN] >= 5 and styles[Style.SIGNATURE] >= 3
    assert len(styles) >= 12
    clients = {value for c in cases for _, value in c.get("headers", [])}
    assert len(clients) >= 14


def test_the_part_has_its_label_mix() -> None:
    """Mostly feed access only, every request-type combination, at least three applicants
    without an IČO, IPv6 on both roles, a four-address block, box IDs in mail signatures and
    phones from seven countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2, types
    assert types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 3, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+39", "+33"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file_of_several_kinds() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    kinds = set()
    for case in databox:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


def test_the_raw_messages_mix_clients_encodings_and_charsets() -> None:
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
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"} <= kinds
