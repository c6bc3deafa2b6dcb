"""The ninth held-out part ``v`` (tests/corpus/ninth/v###-…): the files on disk are exactly
what its generator makes, every label is well-formed (LABELS.md: IČO checksum, documentation
address ranges, at most 5 + 5 addresses, E.164 phones, known request types) and never the
office's own, every message loads, and the part has its e-mail emphasis and variety. Extraction
is deliberately not run: this set is only scored at the end of the rule work."""

from __future__ import annotations

import email
import email.policy
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus import make_ninth_v
from tests.corpus.ninth_v_common import Style
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths

OUT = make_ninth_v.PART.out
CASES = make_ninth_v.all_cases()
ON_DISK = part_paths(OUT, make_ninth_v.PREFIX)
MESSAGES = messages(ON_DISK)
EMAILS = [p for p in MESSAGES if p.suffix == ".eml"]
STYLES = frozenset(s.value for s in Style)


def test_ids_are_v001_to_v042() -> None:
    check_ids_numbered([c["id"] for c in CASES], "v", 42)


def test_files_on_disk_are_exactly_the_generators_output() -> None:
    check_files_on_disk(ON_DISK, make_ninth_v.files())


def test_the_generator_is_deterministic_and_numbers_from_its_offset() -> None:
    assert make_ninth_v.N0 == 2100
    assert make_ninth_v.files() == make_ninth_v.files()


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_labels_are_well_formed(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_message_loads(path: Path) -> None:
    check_loads(path)


def test_data_message_labels_name_the_envelope_sender() -> None:
    boxes = [c for c in CASES if "databox" in c]
    assert boxes
    for case in boxes:
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]


def test_the_part_is_varied() -> None:
    """At least eight styles, several attachment kinds, every request-type combination, an
    applicant without an IČO, IPv6 addresses, production addresses without test ones."""
    styles = Counter(c["style"] for c in CASES)
    assert len(styles) >= 8
    kinds = {kind for c in CASES for kind, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "eml"} <= kinds
    combos = {tuple(c["labels"]["request_types"]) for c in CASES}
    assert {("feed_access",), ("recording_permit",), ("feed_access", "recording_permit")} <= combos
    labels = [c["labels"] for c in CASES]
    assert any(lab["organization"]["ico"] is None for lab in labels)
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(lab["production_ips"] and not lab["test_ips"] for lab in labels)
    icos = [lab["organization"]["ico"] for lab in labels if lab["organization"]["ico"]]
    assert len(icos) == len(set(icos)), "each applicant company has its own IČO"


def test_the_part_has_its_e_mail_emphasis() -> None:
    """Phone notes, chatty mails, forwards, replies, corrections and follow-ups; HTML-only
    mails; several mail clients; Slovak and English besides Czech."""
    styles = [c["style"] for c in CASES]
    for style in (
        Style.PHONE,
        Style.CHATTY,
        Style.FORWARD,
        Style.REPLY,
        Style.CORRECTION,
        Style.FOLLOWUP,
        Style.SIGNATURE,
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
        b'format="flowed"',
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
        b"Content-Transfer-Encoding: base64",
        b"multipart/alternative",
    ):
        assert marker in raw, marker


@pytest.mark.parametrize("path", EMAILS, ids=[p.stem for p in EMAILS])
def test_from_header_names_one_example_address(path: Path) -> None:
    """A display name with a comma is quoted, so the sender header is one whole address."""
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    addresses = msg["From"].addresses
    assert len(addresses) == 1
    assert addresses[0].domain.endswith(".example"), addresses[0]
