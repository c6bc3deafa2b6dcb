"""The thirtieth held-out part ``xb`` (tests/corpus/thirtieth/xb###-…): what is particular to
this part — its emphasis on attachments, forms and data-box messages (every office-document
kind, TXT and forwarded .eml attachments behind short or empty cover mails, forms with box
characters, brackets and yes/no columns, data messages with the application in the annotation,
in the file or in both, cover notes that change their attachment, letterheads with IČO and box
IDs) and its label mix — plus that every generated file loads and every label is valid by
tests/corpus/LABELS.md. The checks every part shares are in test_corpus_parts.py. These cases
were written by hand apart from the extraction rules and are scored only at the end of the
round: extraction is deliberately not run here."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from email.utils import getaddresses
from pathlib import Path

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_thirtieth_xb import PART, all_cases, files
from tests.corpus.parts import part_paths
from tests.corpus.thirtieth_xb_common import DATABOX_STYLES, FEED, FILM, Style

OFFICE = ("00025593", "2gfaasy", "czso.cz")
BOX_CHARS = re.compile(r"[☒☐☑✔✘]|\[[xX ]\]")


def _paths() -> list[Path]:
    return [p for p in part_paths(PART.out, PART.prefix) if p.suffix in (".eml", ".xml")]


def _text(obj: object) -> str:
    return repr(obj)


def test_the_part_has_42_cases_and_its_files_on_disk() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"xb{n:03d}" for n in range(1, 43)]
    expected = files()
    on_disk = part_paths(PART.out, PART.prefix)
    assert sorted(p.name for p in on_disk) == sorted(expected)
    for path in on_disk:
        assert path.read_bytes() == expected[path.name], path.name


@pytest.mark.parametrize("path", _paths(), ids=lambda p: p.stem)
def test_every_file_loads(path: Path) -> None:
    parsed = parse_path(path)
    assert parsed.components
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems


def test_every_label_is_valid() -> None:
    for case in all_cases():
        lab = case["labels"]
        types = lab["request_types"]
        assert types and set(types) <= {FEED, FILM} and len(set(types)) == len(types)
        assert case["style"] in set(Style)
        for key in ("production_ips", "test_ips"):
            ips = lab[key]
            assert isinstance(ips, list) and len(ips) == len(set(ips)) <= 5
            for ip in ips:
                assert str(ipaddress.ip_address(ip)) == ip, ip
        assert not set(lab["production_ips"]) & set(lab["test_ips"])
        if FEED in types:
            assert lab["production_ips"], case["id"]
        else:
            assert not lab["production_ips"] and not lab["test_ips"], case["id"]
        org, contact = lab["organization"], lab["contact"]
        assert org["ico"] is None or ico_valid(org["ico"]), case["id"]
        assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
        assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
        assert contact["email"] is None or contact["email"].endswith(".example")
        assert not any(o in _text(lab).casefold() for o in OFFICE), case["id"]


def test_the_part_has_its_attachment_emphasis() -> None:
    """All but a few HTML mails carry an attachment; every kind appears, forwarded .eml three
    times;
    empty or near-empty cover mails; forms with box characters, brackets and yes/no columns."""
    cases = all_cases()
    mails = [c for c in cases if "databox" not in c]
    assert sum(bool(c.get("attachments")) for c in cases) >= 38
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt"):
        assert kinds[kind] >= 2, kind
    assert kinds["eml"] >= 3
    assert sum(len(c.get("body", "").strip()) < 25 for c in mails) >= 3
    ticks = [c for c in cases if BOX_CHARS.search(_text(c.get("attachments", c.get("html"))))]
    assert len(ticks) >= 6
    yes_no = [c for c in cases if re.search(r"\b(ANO|Ja|YES)\b", _text(c.get("attachments")))]
    assert len(yes_no) >= 4
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 10
    for style in (Style.FORM, Style.COVER_CHANGES, Style.FORWARD_EML, Style.LETTERHEAD):
        assert styles[style] >= 3, style


def test_the_part_has_at_least_12_data_messages_of_every_kind() -> None:
    """At least 12 data messages: the application in the annotation, in the file or both;
    each with a file, an annotation of at most 255 characters and its sender box labelled."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    assert {c["style"] for c in boxes} == DATABOX_STYLES
    for style in DATABOX_STYLES:
        assert sum(c["style"] == style for c in boxes) >= 3, style
    for case in boxes:
        assert case["attachments"], case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 4, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(lab["production_ips"] and not lab["test_ips"] for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 3
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+44", "+49", "+48"):
        assert any(p.startswith(country) for p in phones), country


def test_each_mail_has_one_example_sender() -> None:
    for case in (c for c in all_cases() if "databox" not in c):
        senders = getaddresses([case["from"]])
        assert len(senders) == 1 and senders[0][1].endswith(".example"), case["id"]
