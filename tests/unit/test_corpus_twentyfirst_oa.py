"""The twentyfirst held-out part ``oa`` (tests/corpus/twentyfirst/oa###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails,
many mail clients, HTML-only mails with tables, forwards and replies with quoted history
including the office's own press release, confirmation and contacts, corrections, signatures
naming several people, foreign senders), its label mix (mostly feed access, at least three
applicants without an IČO, IPv6 production and test addresses, a netmask block of four, a box ID
in a mail's signature, phones from several countries) and at least four data messages that each
carry a file — plus that every generated file loads and every label is well-formed (LABELS.md).
The checks every part shares are in test_corpus_parts.py. These cases were written by hand apart
from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.make_twentyfirst_oa import N0, PART, all_cases, files
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.twentyfirst_oa_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 733")
PATHS = messages(part_paths(PART.out, PART.prefix))
CLIENTS = (
    b"Microsoft Outlook 16.0",
    b"Microsoft Outlook 14.0",
    b"Microsoft Outlook Express",
    b"Microsoft-MacOutlook",
    b"Outlook on the web",
    b"Thunderbird",
    b"Apple Mail",
    b"iPhone Mail",
    b"K-9 Mail for Android",
    b"Samsung Email",
    b"Android Mail",
    b"Email.cz (Seznam Email)",
    b"Roundcube",
    b"Zimbra",
    b"X-Gm-Message-State",
    b"Evolution",
    b"eM Client",
    b"YMailNorrin",
)
MAIL_MIX = (
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
)


def test_the_part_has_42_cases_numbered_from_its_offset() -> None:
    assert N0 == 5700
    check_ids_numbered([c["id"] for c in all_cases()], "oa", 42)
    check_files_on_disk(part_paths(PART.out, PART.prefix), files())
    assert len(PATHS) == 42


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_every_file_loads_and_its_label_is_well_formed(path: Path) -> None:
    check_labels(path.stem, read_labels(path), {s.value for s in Style})
    check_loads(path)


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes and foreign senders."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 3
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 3
    quoting_office = [c for c in cases if OFFICE_QUOTED.search(c.get("body", c.get("html", "")))]
    assert len(quoting_office) >= 4
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.PHONE):
        assert styles[style] >= 3, style
    assert styles[Style.FOREIGN] >= 6 and styles[Style.SIGNATURE] >= 1
    assert len(styles) == len(Style)


def test_the_raw_messages_mix_clients_charsets_and_encodings() -> None:
    raw = b"".join(p.read_bytes() for p in PATHS)
    for marker in (*CLIENTS, *MAIL_MIX):
        assert marker in raw, marker


def test_the_part_has_its_label_mix() -> None:
    """Mostly feed access only, every combination of requests, at least three applicants
    without an IČO, IPv6 production and test addresses, a four-address block, a box ID in a
    mail's signature and phones from several countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2, types
    assert types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 3, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(lab["production_ips"] and not lab["test_ips"] for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+43", "+48", "+44", "+36", "+39"):
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


def test_mails_carry_every_attachment_kind() -> None:
    kinds = {kind for c in all_cases() for kind, _, _ in c.get("attachments", [])}
    assert kinds >= {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"}, kinds
