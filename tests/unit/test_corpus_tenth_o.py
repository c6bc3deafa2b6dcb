"""The tenth held-out part ``o`` (tests/corpus/tenth/o###-…): ids, files exactly as the
generator makes them, well-formed labels that never name the office, every message loads, a
varied set, and what is particular to this part — its e-mail emphasis (phone notes, chatty
mails, HTML-only tables, forwards, replies, corrections, follow-ups, crowded signatures,
foreign senders, many mail clients). Extraction is deliberately not run here: the part is
scored only at the end of the rule work."""

from __future__ import annotations

import email
import email.policy
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus import make_tenth_o
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.tenth_o_common import Style

COUNT = 42
OUT = make_tenth_o.PART.out
CASES = make_tenth_o.all_cases()
ON_DISK = part_paths(OUT, make_tenth_o.PREFIX)
MESSAGES = messages(ON_DISK)
EMAILS = [p for p in MESSAGES if p.suffix == ".eml"]
STYLES = frozenset(s.value for s in Style)
ALL_REQUEST_TYPES = {("feed_access",), ("recording_permit",), ("feed_access", "recording_permit")}


def test_ids_are_numbered_o001_to_o042_in_order() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == COUNT
    check_ids_numbered(ids, "o", COUNT)


def test_the_files_on_disk_are_exactly_what_the_generator_makes() -> None:
    check_files_on_disk(ON_DISK, make_tenth_o.files())


def test_the_generator_is_deterministic_and_numbers_from_2400() -> None:
    assert make_tenth_o.N0 == 2400
    assert make_tenth_o.files() == make_tenth_o.files()


def test_every_case_has_a_message_and_a_label() -> None:
    assert len(MESSAGES) == COUNT
    assert {p.stem for p in MESSAGES} == {c["id"] for c in CASES}
    assert all(p.with_suffix(".json").is_file() for p in MESSAGES)


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_case_loads_and_its_label_is_well_formed(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)
    check_loads(path)


def test_a_data_message_label_names_its_envelope_sender_box() -> None:
    databox = [c for c in CASES if "databox" in c]
    assert len(databox) >= 2
    assert sum(p.suffix == ".xml" for p in MESSAGES) == len(databox)
    for case in databox:
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"], case["id"]


def test_the_part_is_varied() -> None:
    styles = Counter(c["style"] for c in CASES)
    assert len(styles) >= 8, styles
    kinds = {kind for c in CASES for kind, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"} <= kinds, kinds
    types = {tuple(c["labels"]["request_types"]) for c in CASES}
    assert types == ALL_REQUEST_TYPES, types
    labels = [c["labels"] for c in CASES]
    assert any(lab["organization"]["ico"] is None for lab in labels)
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])
    icos = [lab["organization"]["ico"] for lab in labels if lab["organization"]["ico"]]
    assert len(icos) == len(set(icos)), "each applicant company has its own IČO"


def test_the_part_has_its_e_mail_emphasis() -> None:
    """Phone notes, chatty mails, forwards, replies, corrections, follow-ups, signatures and
    foreign senders at least twice each; HTML-only mails; several mail clients, charsets
    and transfer encodings."""
    styles = [c["style"] for c in CASES]
    for style in (
        Style.PHONE,
        Style.CHATTY,
        Style.HTML_TABLE,
        Style.FORWARD,
        Style.REPLY,
        Style.CORRECTION,
        Style.FOLLOWUP,
        Style.SIGNATURE,
        Style.FOREIGN,
    ):
        assert styles.count(style) >= 2, style
    assert sum("html" in c and "body" not in c for c in CASES) >= 3
    raw = b"".join(p.read_bytes() for p in EMAILS)
    for marker in (
        b"Microsoft Outlook",
        b"Apple Mail",
        b"Thunderbird",
        b"Email.cz",
        b"Roundcube",
        b"iPhone Mail",
        b"Android Mail",
        b'format="flowed"',
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
        b"multipart/alternative",
        b"Content-Transfer-Encoding: base64",
    ):
        assert marker in raw, marker


@pytest.mark.parametrize("path", EMAILS, ids=[p.stem for p in EMAILS])
def test_from_header_names_one_example_address(path: Path) -> None:
    """A display name with a comma is quoted, so the sender header is one whole address."""
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    addresses = msg["From"].addresses
    assert len(addresses) == 1
    assert addresses[0].domain.endswith(".example"), addresses[0]
