"""The twentyninth held-out part ``wa`` (tests/corpus/twentyninth/wa###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails,
HTML-only mails with tables, forwards and replies with quoted history including the office's own
press release and contacts, corrections, signatures naming several people, foreign senders
writing English), its label mix (at least three applicants without an IČO, an IPv6 production
and an IPv6 test address, a four-address block, a box ID in a mail's signature, phones from
several countries) and data messages that each carry a file; plus that every file loads and
every label is well formed per tests/corpus/LABELS.md. These cases were written by hand apart
from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_twentyninth_wa import PART, all_cases
from tests.corpus.parts import part_paths
from tests.corpus.twentyninth_wa_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 05\d \d{3}")
E164 = re.compile(r"^\+[1-9]\d{7,14}$")
FOUND = [p for p in part_paths(PART.out, PART.prefix) if p.suffix in (".eml", ".xml")]


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "")


def test_the_part_has_42_cases_and_their_files() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"wa{n:03d}" for n in range(1, 43)]
    assert {p.stem for p in FOUND} == {c["id"] for c in cases}
    assert PART.files() == {p.name: p.read_bytes() for p in part_paths(PART.out, "wa")}


@pytest.mark.parametrize("path", FOUND, ids=[p.stem for p in FOUND])
def test_every_file_loads(path: Path) -> None:
    parsed = parse_path(path)
    assert parsed is not None


@pytest.mark.parametrize("path", FOUND, ids=[p.stem for p in FOUND])
def test_every_label_is_valid(path: Path) -> None:
    lab = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert lab["id"] == path.stem and lab["style"] in set(Style)
    assert lab["request_types"] and set(lab["request_types"]) <= {FEED, FILM}
    assert len(lab["request_types"]) == len(set(lab["request_types"]))
    org = lab["organization"]
    assert org["name"] and "statistick" not in org["name"].lower()
    assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
    assert org["databox_id"] is None or (
        len(org["databox_id"]) == 7 and org["databox_id"] != "2gfaasy"
    )
    for key in ("production_ips", "test_ips"):
        assert isinstance(lab[key], list)
        for ip in lab[key]:
            assert str(ipaddress.ip_address(ip)) == ip, ip
    if FEED not in lab["request_types"]:
        assert not lab["production_ips"] and not lab["test_ips"]
    contact = lab["contact"]
    assert contact["phone"] is None or E164.match(contact["phone"]), contact["phone"]
    assert contact["email"] is None or contact["email"].endswith(".example")


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures and foreign senders."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 2
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 3
    assert any(kind == "eml" for c in cases for kind, _, _ in c.get("attachments", []))
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION):
        assert styles[style] >= 2, style
    for style in (Style.MOBILE, Style.HTML, Style.SIGNATURE, Style.DATABOX):
        assert styles[style] >= 3, style
    assert styles[Style.FOREIGN] >= 5
    assert len(styles) >= 10


def test_the_part_has_its_label_mix() -> None:
    """Every request-type combination, at least three applicants without an IČO, IPv6 in both
    roles, a four-address block, a box ID in a mail's signature, phones from several countries."""
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert set(types) == {(FEED,), (FILM,), (FEED, FILM)}
    assert types[(FEED,)] > len(labels) // 2, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+39", "+43"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file_of_several_kinds() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    kinds = set()
    for case in databox:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


def test_the_raw_messages_use_many_clients_charsets_and_encodings() -> None:
    raw = b"".join(p.read_bytes() for p in FOUND if p.suffix == ".eml")
    for marker in (
        b'format="flowed"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
        b"multipart/alternative",
        b"multipart/signed",
        b"message/rfc822",
        b"text/html",
        b"windows-1250",
        b"iso-8859-2",
        b"Microsoft Outlook 16.0",
        b"Microsoft-MacOutlook",
        b"Outlook on the web",
        b"Thunderbird",
        b"Apple Mail",
        b"iPhone Mail",
        b"K-9 Mail for Android",
        b"Samsung Email",
        b"Email.cz (Seznam Email)",
        b"Roundcube",
        b"Zimbra",
        b"X-Gm-Message-State",
        b"Evolution",
    ):
        assert marker in raw, marker
    kinds = {kind for c in all_cases() for kind, _, _ in c.get("attachments", [])}
    assert kinds >= {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"}, kinds
