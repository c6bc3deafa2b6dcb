"""The thirty-fourth held-out part ``cc`` (tests/corpus/thirtyfourth/cc###-…): what is particular
to this part — unusual applicants and wording (foreign media in their own language or mixed
English, freelancers, universities, municipalities, agencies, IT contractors writing for a
medium, terse notes and long letters), addresses as ranges, CIDR blocks, netmasks, order words
and IPv6, replaced, temporary and internal hosts, request types declined, withdrawn, conditional,
for a later election or filming only, and at least four data messages — plus that every file
loads and every label is well-formed (LABELS.md). These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not run
here."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_thirtyfourth_cc import PART, all_cases
from tests.corpus.part_checks import check_labels, messages
from tests.corpus.parts import part_paths
from tests.corpus.thirtyfourth_cc_common import FEED, FILM, Style

FILES = messages(part_paths(PART.out, PART.prefix))
STYLES = {s.value for s in Style}


def _text(case: dict[str, Any]) -> str:
    """Everything a case's writer typed: body, HTML, annotation and document contents."""
    return " ".join(
        [case.get("body", ""), case.get("html", ""), case.get("subject", "")]
        + [repr(content) for _, _, content in case.get("attachments", [])]
    )


def test_the_part_has_42_cases_and_their_files() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"cc{n:03d}" for n in range(1, 43)]
    assert {p.stem for p in FILES} == {c["id"] for c in cases}


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_file_loads_and_its_label_is_well_formed(path: Path) -> None:
    parsed = parse_path(path)
    assert parsed.components
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems
    labels = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    check_labels(path.stem, labels, STYLES)
    assert labels["organization"]["ico"] is None or ico_valid(labels["organization"]["ico"])
    phone = labels["contact"]["phone"]
    assert phone is None or re.fullmatch(r"\+[1-9]\d{7,14}", phone)
    for ip in labels["production_ips"] + labels["test_ips"]:
        assert str(ipaddress.ip_address(ip)) == ip
    assert set(labels["request_types"]) <= {FEED, FILM}


def test_the_part_has_its_applicants_and_languages() -> None:
    """Foreign media in at least eight languages, freelancers, universities, municipalities,
    agencies, contractors, terse notes and long letters."""
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert styles[Style.FOREIGN] >= 8
    for style in (Style.FREELANCER, Style.UNIVERSITY, Style.MUNICIPALITY, Style.CONTRACTOR):
        assert styles[style] >= 2, style
    assert styles[Style.TERSE] >= 3 and styles[Style.LETTER] >= 2
    assert len(styles) >= 12
    words = (
        "Sehr geehrte|Grüß Gott",
        "Szanowni",
        "Dobrý deň",
        "Köszönöm|Kapcsolattartó",
        "Madame, Monsieur",
        "Estimados",
        "Hej|hälsningar",
        "Hei!",
        "Ansøgning",
        "Ystävällisin",
    )
    texts = [_text(c) for c in cases]
    for word in words:
        assert any(re.search(word, t) for t in texts), word
    universities = [
        c
        for c in cases
        if c["style"] == Style.UNIVERSITY
        or "univerzita" in (c["labels"]["organization"]["name"] or "").casefold()
    ]
    assert len(universities) >= 3


def test_the_part_has_its_address_forms() -> None:
    """Ranges, CIDR blocks, netmasks, IPv6 in both lists, and text-only internal addresses
    that never reach a label."""
    cases = all_cases()
    texts = [_text(c) for c in cases]
    assert sum(bool(re.search(r"/3[01]\b", t)) for t in texts) >= 3
    assert sum("255.255.255." in t for t in texts) >= 2
    assert sum(bool(re.search(r"\d\s?[–-]\s?(?:192|198|203)\.", t)) for t in texts) >= 3
    labels = [c["labels"] for c in cases]
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert sum(bool(re.search(r"\b10\.\d+\.\d+\.\d+\b", t)) for t in texts) >= 2
    internal = ipaddress.ip_network("10.0.0.0/8")
    for lab in labels:
        for ip in lab["production_ips"] + lab["test_ips"]:
            assert ipaddress.ip_address(ip) not in internal, ip


def test_the_part_has_its_request_type_mix() -> None:
    """Film only (five), both, and feed only with a recording request declined, withdrawn or put
    off to a later election; a feed made conditional and so not asked."""
    cases = all_cases()
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases)
    assert types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 4 and types[(FEED,)] >= 20
    feed_only_mentioning_film = [
        c
        for c in cases
        if c["labels"]["request_types"] == [FEED]
        and re.search(r"natáč|film|nagrywa", _text(c), re.I)
    ]
    assert len(feed_only_mentioning_film) >= 4
    film_only_mentioning_xml = [
        c for c in cases if c["labels"]["request_types"] == [FILM] and "XML" in _text(c)
    ]
    assert len(film_only_mentioning_xml) >= 5


def test_data_messages_each_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    assert sum(p.suffix == ".xml" for p in FILES) == len(boxes)
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


def test_the_part_uses_every_attachment_kind_and_many_mail_forms() -> None:
    cases = all_cases()
    kinds = {kind for c in cases for kind, _, _ in c.get("attachments", [])}
    assert kinds >= {"pdf", "docx", "xlsx", "odt", "rtf", "eml"}, kinds
    raw = b"".join(p.read_bytes() for p in FILES)
    for marker in (
        b'format="flowed"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"multipart/alternative",
        b"text/html",
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
        b"<p:dmAnnotation>",
    ):
        assert marker in raw, marker
