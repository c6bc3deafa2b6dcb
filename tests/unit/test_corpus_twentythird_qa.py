"""The twentythird held-out part ``qa`` (tests/corpus/twentythird/qa###-…): what is particular to
this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails,
HTML-only mails with tables, forwards and replies with quoted history including the office's own
press release and contacts, corrections, signatures naming several people, foreign senders
writing English), its label mix (at least three applicants without an IČO, every request-type
combination, IPv6 production and test addresses, a block of four production addresses, a box ID
in a mail's signature, phones from several countries) and at least four data messages that each
carry a file; plus that every generated file loads and every label is valid per LABELS.md. The
checks every part shares run in test_corpus_parts.py once the part is registered there. These
cases were written by hand apart from the extraction rules and are scored only at the end of the
round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.make_twentythird_qa import PART, all_cases, files
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.twentythird_qa_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 733")
ON_DISK = part_paths(PART.out, PART.prefix)


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "")


def test_the_part_is_42_numbered_cases_and_its_files_are_generated() -> None:
    ids = [c["id"] for c in all_cases()]
    check_ids_numbered(ids, "qa", 42)
    check_files_on_disk(ON_DISK, files())
    assert PART.n0 == 6300


@pytest.mark.parametrize("path", messages(ON_DISK), ids=lambda p: p.stem)
def test_every_message_loads_and_its_label_is_valid(path: Path) -> None:
    check_loads(path)
    labels = read_labels(path)
    check_labels(path.stem, labels, {s.value for s in Style})
    org, contact = labels["organization"], labels["contact"]
    assert org["ico"] is None or ico_valid(org["ico"])
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    assert set(labels["request_types"]) <= {FEED, FILM}
    for ip in labels["production_ips"] + labels["test_ips"]:
        assert isinstance(ip, str)


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures and foreign senders; many mail clients."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 3
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 3
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.PHONE, Style.HTML):
        assert styles[style] >= 3, style
    assert styles[Style.FOREIGN] >= 5 and styles[Style.SIGNATURE] >= 2
    assert len(styles) >= 10
    clients = {v for c in cases for _, v in c.get("headers", [])}
    assert len(clients) >= 12


def test_the_raw_messages_vary_in_format() -> None:
    raw = b"".join(data for name, data in files().items() if name.endswith(".eml"))
    for marker in (
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
    ):
        assert marker in raw, marker


def test_the_part_has_its_label_mix() -> None:
    """At least three applicants without an IČO, every request-type combination, IPv6 in
    both roles, a four-address block, a box ID in a mail's signature, phones from several
    countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert {(FEED,), (FILM,), (FEED, FILM)} <= set(types), types
    assert types[(FEED,)] > len(cases) // 2
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(lab["production_ips"] and not lab["test_ips"] for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+48", "+49", "+44"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file_of_several_kinds() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


def test_every_e_mail_has_one_sender_address() -> None:
    for name, data in files().items():
        if not name.endswith(".eml"):
            continue
        msg = email.message_from_bytes(data, policy=email.policy.default)
        assert len(msg["From"].addresses) == 1, name
        assert msg["From"].addresses[0].domain.endswith(".example"), name
