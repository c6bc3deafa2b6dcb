"""The twentieth held-out part ``na`` (tests/corpus/twentieth/na###-…): what is particular to
this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty and sloppy
mails, many mail clients, HTML-only mails with tables, forwards and replies with quoted history
including the office's own press release and contacts, corrections, signatures naming several
people, foreign senders writing English), its label mix (mostly feed access, every request-type
combination, at least three applicants without an IČO, IPv6 production and test addresses, a
block of four production addresses, box IDs in a mail's signature and a document's footer, phones
from several countries), data messages that each carry a file, and that every generated file
loads (``tests.corpus.loader.parse_path``) with a label valid by LABELS.md. These cases were
written by hand apart from the extraction rules and are scored only at the end of the round:
extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.make_twentieth_na import PART, all_cases, files
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.twentieth_na_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 733")
PATHS = messages(part_paths(PART.out, PART.prefix))
STYLES = frozenset(s.value for s in Style)


def _text(case: dict[str, Any]) -> str:
    return case.get("body", "") + case.get("html", "")


def test_forty_two_cases_numbered_and_on_disk() -> None:
    ids = [c["id"] for c in all_cases()]
    assert len(ids) == 42
    check_ids_numbered(ids, "na", 42)
    assert PART.n0 == 5400
    check_files_on_disk(part_paths(PART.out, PART.prefix), files())
    assert {p.stem for p in PATHS} == set(ids)


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_every_file_loads_and_its_label_is_valid(path: Path) -> None:
    labels = read_labels(path)
    check_labels(path.stem, labels, STYLES)
    check_loads(path)
    org = labels["organization"]
    assert org["ico"] is None or ico_valid(org["ico"])
    assert org["ico"] != "00025593" and org["databox_id"] != "2gfaasy"
    phone = labels["contact"]["phone"]
    assert phone is None or re.fullmatch(r"\+[1-9]\d{7,14}", phone)
    assert set(labels["request_types"]) <= {FEED, FILM}
    for key in ("production_ips", "test_ips"):
        assert isinstance(labels[key], list)


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures and foreign senders."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 2
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 4
    assert any(kind == "eml" for c in cases for kind, _, _ in c.get("attachments", []))
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.MOBILE, Style.HTML):
        assert styles[style] >= 3, style
    assert styles[Style.FOREIGN] >= 5 and styles[Style.SIGNATURE] >= 2
    assert len(styles) >= 12


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert set(types) == {(FEED,), (FILM,), (FEED, FILM)}
    assert types[(FEED,)] > len(cases) // 2, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+39", "+34"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file_of_several_kinds() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    kinds = set()
    for case in databox:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 5, kinds
    assert sum(p.suffix == ".xml" for p in PATHS) == len(databox)


def test_the_raw_messages_mix_clients_charsets_and_encodings() -> None:
    raw = b"".join(p.read_bytes() for p in PATHS if p.suffix == ".eml")
    for marker in (
        b'format="flowed"',
        b'delsp="yes"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"multipart/alternative",
        b"multipart/signed",
        b"message/rfc822",
        b"text/html",
        b"windows-1250",
        b"iso-8859-2",
        b"Microsoft Outlook 16.0",
        b"Microsoft Outlook 14.0",
        b"Microsoft-MacOutlook",
        b"Outlook on the web",
        b"Thunderbird",
        b"Apple Mail",
        b"iPhone Mail",
        b"K-9 Mail for Android",
        b"Samsung Email",
        b"Seznam Email",
        b"Roundcube",
        b"Zimbra",
        b"X-Gm-Message-State",
        b"Evolution",
        b"eM Client",
    ):
        assert marker in raw, marker
    kinds = {kind for c in all_cases() for kind, _, _ in c.get("attachments", [])}
    assert kinds >= {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"}, kinds
