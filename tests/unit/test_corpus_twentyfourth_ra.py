"""The twentyfourth held-out part ``ra`` (tests/corpus/twentyfourth/ra###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty
mails, HTML-only mails with tables, forwards and replies with quoted history including the
office's own press release and contacts, corrections, signatures naming several people, foreign
senders writing English), its label mix (at least three applicants without an IČO, an IPv6 test
and production address, four-address blocks, a box ID in a mail's signature, phones from several
countries), data messages that each carry a file of several kinds, and that every file loads and
every label is valid (LABELS.md). These cases were written by hand apart from the extraction
rules and are scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_twentyfourth_ra import PART, all_cases
from tests.corpus.part_checks import check_labels, read_labels
from tests.corpus.parts import part_paths
from tests.corpus.twentyfourth_ra_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 733")
MESSAGES = [p for p in part_paths(PART.out, PART.prefix) if p.suffix in (".eml", ".xml")]


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "")


def test_the_part_has_42_cases_and_its_files_on_disk() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"ra{n:03d}" for n in range(1, 43)]
    files = PART.files()
    on_disk = part_paths(PART.out, PART.prefix)
    assert sorted(p.name for p in on_disk) == sorted(files)
    for path in on_disk:
        assert path.read_bytes() == files[path.name], path.name


@pytest.mark.parametrize("path", MESSAGES, ids=lambda p: p.stem)
def test_every_file_loads_and_its_label_is_valid(path: Path) -> None:
    parsed = parse_path(path)
    assert parsed.components
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems
    labels = read_labels(path)
    check_labels(path.stem, labels, {s.value for s in Style})
    assert set(labels["request_types"]) <= {FEED, FILM}
    assert labels["organization"]["ico"] is None or ico_valid(labels["organization"]["ico"])
    phone = labels["contact"]["phone"]
    assert phone is None or re.fullmatch(r"\+[1-9]\d{7,14}", phone)
    for ip in labels["production_ips"] + labels["test_ips"]:
        assert str(ipaddress.ip_address(ip)) == ip


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures and foreign senders."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    assert sum("<table" in c.get("html", "") for c in cases) >= 3
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 3
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 3
    assert any(kind == "eml" for c in cases for kind, _, _ in c.get("attachments", []))
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.MOBILE, Style.HTML):
        assert styles[style] >= 2, style
    assert styles[Style.FOREIGN] >= 4 and styles[Style.SIGNATURE] >= 3
    assert len(styles) >= 10
    clients = {v for c in cases for _, v in c.get("headers", [])}
    assert len(clients) >= 12, clients


def test_the_part_has_its_label_mix() -> None:
    """All three request-type combinations, at least three applicants without an IČO, IPv6
    production and test addresses, four-address blocks, production without test addresses,
    a box ID in a mail's signature and phones from several countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert set(types) == {(FEED,), (FILM,), (FEED, FILM)}, types
    assert types[(FEED,)] > len(cases) // 2, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 2
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])
    mails = [c["labels"] for c in cases if "databox" not in c]
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
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


def test_the_raw_messages_mix_encodings_and_charsets() -> None:
    raw = b"".join(p.read_bytes() for p in MESSAGES)
    for marker in (
        b'format="flowed"',
        b'delsp="yes"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
        b"multipart/alternative",
        b"multipart/signed",
        b"message/rfc822",
        b"windows-1250",
        b"iso-8859-2",
    ):
        assert marker in raw, marker
