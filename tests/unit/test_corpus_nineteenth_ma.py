"""The nineteenth held-out part ``ma`` (tests/corpus/nineteenth/ma###-…): what is particular to
this part — its emphasis on e-mail as people really send it (notes typed on phones, chatty
mails, HTML-only mails with tables, forwards and replies with quoted history including the
office's own press release, instructions and contacts, corrections, signatures naming several
people, foreign senders writing English), its mix of mail clients, charsets and encodings, its
label mix (mostly feed access, at least three applicants without an IČO, IPv6 production and
test addresses, blocks of four, box IDs in signatures, phones from seven countries) and at least
four data messages that each carry a file; plus that every generated file loads and every label
is well-formed (LABELS.md). These cases were written by hand apart from the extraction rules and
are scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.make_nineteenth_ma import N0, PART, all_cases, files
from tests.corpus.nineteenth_ma_common import FEED, FILM, Style
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 733")
MESSAGES = messages(part_paths(PART.out, PART.prefix))
MARKERS = (
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
    b"Microsoft Outlook",
    b"MacOutlook",
    b"Outlook on the web",
    b"Thunderbird",
    b"Apple Mail",
    b"iPhone Mail",
    b"K-9 Mail for Android",
    b"Android-Mail",
    b"Seznam Email",
    b"Roundcube",
    b"Zimbra",
    b"Evolution",
    b"X-Gm-Message-State",
)


def _text(case: dict[str, object]) -> str:
    return str(case.get("body", "")) + str(case.get("html", ""))


def test_the_part_has_42_cases_numbered_from_its_offset() -> None:
    ids = [c["id"] for c in all_cases()]
    check_ids_numbered(ids, "ma", 42)
    assert N0 == 5100


def test_the_files_on_disk_are_what_the_generator_makes() -> None:
    check_files_on_disk(part_paths(PART.out, PART.prefix), files())
    assert {p.stem for p in MESSAGES} == {c["id"] for c in all_cases()}


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_file_loads_and_its_label_is_well_formed(path: Path) -> None:
    check_labels(path.stem, read_labels(path), {s.value for s in Style})
    check_loads(path)


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures and foreign senders."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    assert sum(bool(re.search(r"^>", str(c.get("body", "")), re.M)) for c in cases) >= 4
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 3
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.PHONE_NOTE):
        assert styles[style] >= 3, style
    assert styles[Style.FOREIGN] >= 6 and styles[Style.SIGNATURE] >= 3
    assert styles[Style.DATABOX] >= 4
    assert len(styles) >= 12


def test_the_raw_messages_mix_clients_charsets_and_encodings() -> None:
    raw = b"".join(p.read_bytes() for p in MESSAGES)
    for marker in MARKERS:
        assert marker in raw, marker


def test_the_part_has_its_label_mix() -> None:
    """Mostly feed access only, every request combination, at least three applicants without
    an IČO, IPv6 production and test addresses, four-address blocks, box IDs in mail
    signatures and phones from seven countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert set(types) == {(FEED,), (FILM,), (FEED, FILM)}
    assert types[(FEED,)] > len(cases) // 2, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 3
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+39", "+36", "+44"):
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
    assert sum(p.suffix == ".xml" for p in MESSAGES) == len(databox)


def test_the_part_attaches_every_supported_kind() -> None:
    kinds = {kind for c in all_cases() for kind, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"} <= kinds, kinds
