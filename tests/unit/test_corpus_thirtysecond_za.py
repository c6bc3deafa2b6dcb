"""The thirty-second held-out part ``za`` (tests/corpus/thirtysecond/za###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails,
HTML-only mails with tables, forwards and replies with quoted history including the office's own
press release and contacts, corrections, signatures naming several people, foreign senders
writing English, at least twelve client headers), its label mix (mostly feed access, filming
only and both at least three times each, at least three applicants without an IČO, IPv6 test and
production addresses, four-address production blocks, box IDs in two mails' signatures, phones
from eight countries) and at least four data messages, each with a file of several kinds and an
annotation within 255 characters; plus that every generated file loads and every label is valid
per LABELS.md. The checks every part shares are in test_corpus_parts.py once the part is
registered there. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from tests.corpus.make_thirtysecond_za import PART, all_cases
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.thirtysecond_za_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 733")
FILES = messages(part_paths(PART.out, PART.prefix))


def _text(case: dict[str, Any]) -> str:
    return case.get("body", "") + case.get("html", "")


def test_ids_and_files_are_the_generators() -> None:
    ids = [c["id"] for c in all_cases()]
    check_ids_numbered(ids, "za", 42)
    check_files_on_disk(part_paths(PART.out, PART.prefix), PART.files())
    assert PART.n0 == 9000
    assert {p.stem for p in FILES} == set(ids)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_file_loads_and_its_label_is_valid(path: Any) -> None:
    check_labels(path.stem, read_labels(path), set(Style))
    check_loads(path)


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures, foreign senders and many mail clients."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 2
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 4
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.PHONE, Style.HTML):
        assert styles[style] >= 3, style
    assert styles[Style.FOREIGN] >= 5 and styles[Style.SIGNATURE] >= 3
    assert len(styles) == len(Style)
    clients = {v for c in cases for _, v in c.get("headers", []) if v}
    assert len(clients) >= 12
    assert any(kind == "eml" for c in cases for kind, _, _ in c.get("attachments", []))
    assert any(c.get("smime") for c in cases)
    assert {c.get("charset") for c in cases} >= {"windows-1250", "iso-8859-2"}
    assert any(c.get("delsp") for c in cases)


def test_the_part_has_its_label_mix() -> None:
    """Mostly feed only, filming only and both at least three times each, at least three
    applicants without an IČO, IPv6 addresses in both roles, four-address production blocks,
    box IDs in two mails' signatures, phones from eight countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2, types
    assert types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 3
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 2
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+39", "+43", "+380"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file_of_several_kinds() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds
    assert sum(p.suffix == ".xml" for p in FILES) == len(boxes)


def test_the_part_covers_every_attachment_kind_and_request_combination() -> None:
    cases = all_cases()
    kinds = {kind for c in cases for kind, _, _ in c.get("attachments", [])}
    assert kinds >= {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"}, kinds
    types = {tuple(c["labels"]["request_types"]) for c in cases}
    assert types == {(FEED,), (FILM,), (FEED, FILM)}
