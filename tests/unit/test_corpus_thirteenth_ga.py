"""The thirteenth held-out part ``ga`` (tests/corpus/thirteenth/ga###-…): the files on disk are
exactly what its generator makes, every label is well-formed and never the office's own, every
message loads, the set is varied, and its emphasis — e-mail as people really send it (phone
two-liners, chatty mails, HTML-only tables, forwards, replies with quoted history, corrections,
follow-ups, foreign senders, many mail clients) — is present. Extraction is deliberately not
run: the set is only scored at the end of the rule work."""

from __future__ import annotations

import email
import email.policy
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.make_thirteenth_ga import N0, PART, all_cases, files
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.thirteenth_ga_common import Style

COUNT = 42
STYLES = frozenset(s.value for s in Style)
MESSAGES = messages(part_paths(PART.out, PART.prefix))
EMAILS = [p for p in MESSAGES if p.suffix == ".eml"]
CLIENTS = (
    b"iPhone Mail",
    b"Android-Mail",
    b"K-9 Mail for Android",
    b"X-Gm-Message-State",
    b"Microsoft Outlook 16.0",
    b"Outlook on the web",
    b"Thunderbird",
    b"Apple Mail",
    b"Seznam Email",
    b"Roundcube",
    b"Zimbra",
)


def test_ids_are_numbered_and_the_files_on_disk_are_what_the_generator_makes() -> None:
    ids = [c["id"] for c in all_cases()]
    assert len(ids) == COUNT
    check_ids_numbered(ids, "ga", COUNT)
    assert N0 == 3300
    assert files() == files()
    check_files_on_disk(part_paths(PART.out, PART.prefix), files())
    assert {p.stem for p in MESSAGES} == set(ids)


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_case_loads_and_its_labels_are_well_formed(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)
    check_loads(path)


@pytest.mark.parametrize("path", EMAILS, ids=[p.stem for p in EMAILS])
def test_the_sender_header_names_one_example_address(path: Path) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    addresses = msg["From"].addresses
    assert len(addresses) == 1
    assert addresses[0].domain.endswith(".example"), addresses[0]


def test_data_messages_carry_a_file_and_name_their_sender_box() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert databox
    for case in databox:
        assert case.get("attachments"), case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]


def test_the_part_is_varied() -> None:
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8, styles
    kinds = {kind for c in cases for kind, _, _ in c.get("attachments", [])}
    assert len(kinds - {"eml"}) >= 4, kinds
    types = {tuple(c["labels"]["request_types"]) for c in cases}
    assert types == {
        ("feed_access",),
        ("recording_permit",),
        ("feed_access", "recording_permit"),
    }
    labels = [c["labels"] for c in cases]
    assert any(lab["organization"]["ico"] is None for lab in labels)
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])


def test_the_part_has_its_e_mail_emphasis() -> None:
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 3
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 3
    styles = {c["style"] for c in cases}
    assert {
        Style.MOBILE,
        Style.CHATTY,
        Style.FORWARD,
        Style.REPLY,
        Style.CORRECTION,
        Style.FOLLOWUP,
        Style.FOREIGN,
        Style.SIGNATURE,
    } <= styles
    raw = b"".join(p.read_bytes() for p in EMAILS)
    for marker in CLIENTS:
        assert marker in raw, marker
