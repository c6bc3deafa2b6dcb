"""The thirty-sixth held-out part ``af`` (tests/corpus/thirtysixth/af###-…): what is particular
to this part — unusual applicants and wording (foreign media writing their own languages or
mixed with English, freelancers, universities, municipalities, agencies and IT contractors
writing for a medium, terse notes and long letters), addresses written as ranges, CIDR blocks,
netmasks and order words, IPv6, replaced, temporary and internal hosts, request types declined,
withdrawn, conditional, left for a later election or filming only, and at least four data
messages that each carry a file — plus that every file loads and every label is valid by
tests/corpus/LABELS.md. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.make_thirtysixth_af import N0, PART, all_cases
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.thirtysixth_af_common import FEED, FILM, Style

MESSAGES = messages(part_paths(PART.out, PART.prefix))
TEXT_KINDS = ("body", "html")


def _text(case: dict[str, Any]) -> str:
    """Everything the applicant wrote in the case, mail body, HTML and attachments alike."""
    parts = [case.get(k, "") for k in TEXT_KINDS] + [case["subject"]]
    parts += [repr(content) for _, _, content in case.get("attachments", [])]
    return "\n".join(parts)


def test_ids_files_and_offset() -> None:
    cases = all_cases()
    check_ids_numbered([c["id"] for c in cases], "af", 42)
    check_files_on_disk(part_paths(PART.out, PART.prefix), PART.files())
    assert N0 == 10400 and PART.files() == PART.files()
    assert len(MESSAGES) == 42


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_file_loads_and_its_label_is_valid(path: Path) -> None:
    labels = read_labels(path)
    check_labels(path.stem, labels, set(Style))
    check_loads(path)
    org, contact = labels["organization"], labels["contact"]
    assert org["ico"] is None or ico_valid(org["ico"])
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    assert set(labels["request_types"]) <= {FEED, FILM}
    assert labels["request_types"] == sorted(labels["request_types"])
    for key in ("production_ips", "test_ips"):
        assert isinstance(labels[key], list)


def test_the_part_has_its_unusual_applicants() -> None:
    """Foreign media in at least eight languages' worth of countries, freelancers,
    universities, municipalities, agencies and contractors, terse notes and long letters."""
    styles = Counter(c["style"] for c in all_cases())
    assert styles[Style.FOREIGN] >= 10
    for style in (Style.FREELANCER, Style.UNIVERSITY, Style.AGENCY, Style.CONTRACTOR):
        assert styles[style] >= 2, style
    assert (
        styles[Style.MUNICIPALITY]
        + sum(c["databox"].get("type") == 10 for c in all_cases() if "databox" in c)
        >= 4
    )
    assert styles[Style.TERSE] >= 2 and styles[Style.LETTER] >= 2
    assert len(styles) >= 10
    phones = {c["labels"]["contact"]["phone"] for c in all_cases()} - {None}
    for country in (
        "+420",
        "+421",
        "+49",
        "+48",
        "+36",
        "+34",
        "+43",
        "+45",
        "+47",
        "+358",
        "+44",
        "+32",
    ):
        assert any(p.startswith(country) for p in phones), country
    words = (
        "Sehr geehrte",
        "Szanowni",
        "Dobrý deň",
        "Tisztelt",
        "Madame",
        "Estimados",
        "Kære",
        "Hej",
        "Hei",
        "Bonjour",
    )
    texts = "\n".join(_text(c) for c in all_cases())
    assert all(w in texts for w in words)


def test_the_part_has_its_address_forms() -> None:
    """Ranges, CIDR blocks and netmasks expanded; order words; IPv6 in both roles; replaced,
    temporary and internal hosts left out of the labels."""
    cases = all_cases()
    texts = [_text(c) for c in cases]
    labels = [c["labels"] for c in cases]
    assert sum(bool(re.search(r"/(3[01]|127)\b", t)) for t in texts) >= 3
    assert sum("255.255.255.252" in t for t in texts) >= 2
    assert sum(bool(re.search(r"\d+\.\d+\.\d+\.\d+ ?(–|-|až) ?\d+", t)) for t in texts) >= 3
    orders = ("bzw.", "odpowiednio", "respectively", "První je", "první je")
    assert sum(any(w in t for w in orders) for t in texts) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 2
    assert sum(any(":" in ip for ip in lab["test_ips"]) for lab in labels) >= 2
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 3
    every_label_ip = {ip for lab in labels for k in ("production_ips", "test_ips") for ip in lab[k]}
    for left_out in (
        "198.51.100.200",
        "198.51.100.180",
        "10.20.0.15",
        "172.16.8.11",
        "203.0.113.140",
    ):
        assert left_out not in every_label_ip
    assert any(lab["production_ips"] and not lab["test_ips"] for lab in labels)


def test_the_part_has_its_request_type_mix() -> None:
    """Every combination; filming only at least five times; declines, withdrawals and
    conditional wishes appear in the texts."""
    types = Counter(tuple(c["labels"]["request_types"]) for c in all_cases())
    assert set(types) == {(FEED,), (FILM,), (FEED, FILM)}
    assert types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 8
    assert sum(c["labels"]["organization"]["ico"] is None for c in all_cases()) >= 10


def test_data_messages_each_carry_a_file_and_a_short_annotation() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


def test_the_raw_messages_mix_clients_charsets_and_wrappers() -> None:
    raw = b"".join(p.read_bytes() for p in MESSAGES)
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
        b"<p:dmAnnotation>",
        b"Microsoft Outlook 16.0",
        b"Microsoft-MacOutlook",
        b"Outlook on the web",
        b"Thunderbird",
        b"Apple Mail",
        b"iPhone Mail",
        b"K-9 Mail for Android",
        b"Samsung Email",
        b"Email.cz (Seznam Email)",
        b"Roundcube",
        b"Zimbra",
        b"X-Gm-Message-State",
        b"Evolution",
        b"Claws Mail",
        b"YMailNorrin",
    ):
        assert marker in raw, marker
    kinds = {kind for c in all_cases() for kind, _, _ in c.get("attachments", [])}
    assert kinds >= {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"}
