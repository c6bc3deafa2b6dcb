"""The thirty-seventh held-out part ``ag`` (tests/corpus/thirtyseventh/ag###-…): what is
particular to this part — its emphasis on e-mail as people really send it (phone-typed notes,
chatty mails, HTML-only mails with tables, forwards and replies with quoted history including
the office's own press release, acknowledgement and contacts, corrections, signatures naming
several people, foreign senders writing English, at least fifteen mail clients), its label mix
(mostly feed access, filming only and both at least three times each, at least three applicants
without an IČO, IPv6 production and test addresses, a four-address block, box IDs in mail
signatures, phones from nine countries), that every label names its organisation, and at least
four data messages that each carry a file, of several kinds, with an annotation of at most 255
characters. It also checks that every generated file loads and every label is valid by
tests/corpus/LABELS.md (IČO checksum, E.164 phones, canonical addresses, the two request
types). These cases were written by hand apart from the extraction rules and are scored only at
the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.make_thirtyseventh_ag import PART, all_cases
from tests.corpus.part_checks import check_labels, check_loads, messages, read_labels
from tests.corpus.parts import part_paths
from tests.corpus.thirtyseventh_ag_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 733")
FILES = messages(part_paths(PART.out, PART.prefix))


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "")


def test_the_files_on_disk_are_the_generators() -> None:
    expected = PART.files()
    on_disk = part_paths(PART.out, PART.prefix)
    assert sorted(p.name for p in on_disk) == sorted(expected)
    assert len(FILES) == len(all_cases()) == 42


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_file_loads_and_its_label_is_valid(path: Path) -> None:
    check_labels(path.stem, read_labels(path), set(Style))
    check_loads(path)


def test_every_label_names_its_organisation() -> None:
    for case in all_cases():
        assert case["labels"]["organization"]["name"], case["id"]


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
    assert len(clients) >= 15


def test_the_part_has_its_label_mix() -> None:
    """Mostly feed access only, filming only and both at least three times each, at least three
    applicants without an IČO, IPv6 addresses, a four-address block, box IDs in mail signatures
    and phones from nine countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2, types
    assert types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 3, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+39", "+33", "+43", "+36"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file_of_several_kinds() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    kinds = set()
    for case in databox:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert len(case["subject"]) <= 255, "an annotation holds at most 255 characters"
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


def test_every_attachment_kind_and_wrapper_appears() -> None:
    kinds = {kind for c in all_cases() for kind, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"} <= kinds
    raw = b"".join(p.read_bytes() for p in FILES)
    for marker in (
        b'format="flowed"',
        b'delsp="yes"',
        b"multipart/signed",
        b"message/rfc822",
        b"windows-1250",
        b"iso-8859-2",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
        b"<p:dmAnnotation>",
    ):
        assert marker in raw, marker
