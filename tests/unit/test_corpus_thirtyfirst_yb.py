"""The thirty-first held-out part ``yb`` (tests/corpus/thirtyfirst/yb###-…): what is particular
to this part — its emphasis on attachments, forms and data-box messages (every office-document
kind, TXT and forwarded .eml at least twice behind short or empty cover mails, a forwarded .eml
that carries its own attachment, forms with box characters, brackets and ANO/NE or Ja/Nein
columns, tables with role columns, row headers and merged role cells, cover notes and
annotations that change a value of their attachment, letterheads with IČO and box IDs, at least
twelve data messages with the application in the annotation, in the file or in both, each with
a file and an annotation within 255 characters) and its label mix. Every generated file loads
and every label is valid per LABELS.md. The checks every part shares are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from intake.model import Channel
from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_thirtyfirst_yb import PART, all_cases, files
from tests.corpus.parts import part_paths
from tests.corpus.thirtyfirst_yb_common import DATABOX_STYLES, FEED, FILM, Style

BOX_CHARS = re.compile(r"[☒☐☑]|\[[xX ]\]")
YES_NO = re.compile(r"'(ANO|Ja)', '(NE|Nein)'|<th>ANO</th><th>NE</th>")
ON_DISK = part_paths(PART.out, PART.prefix)
MESSAGES = [p for p in ON_DISK if p.suffix in (".eml", ".xml")]
OFFICE = ("00025593", "2gfaasy", "czso.cz")
PHONE = re.compile(r"\+[1-9]\d{7,14}")


def _text(obj: object) -> str:
    return repr(obj)


def test_the_files_on_disk_are_what_the_generator_makes() -> None:
    expected = files()
    assert sorted(p.name for p in ON_DISK) == sorted(expected)
    for path in ON_DISK:
        assert path.read_bytes() == expected[path.name], path.name
    assert len(MESSAGES) == len(all_cases()) == 42


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_file_loads(path: Path) -> None:
    parsed = parse_path(path)
    assert parsed.components
    assert (parsed.channel is Channel.DATABOX) == (path.suffix == ".xml")
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_label_is_valid(path: Path) -> None:
    """LABELS.md: request types from the two values, IČO with its check digit, E.164 phones,
    lists of canonical addresses (at most five each, no overlap), never the office's data."""
    lab = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert lab["id"] == path.stem and lab["style"] in {s.value for s in Style}
    types = lab["request_types"]
    assert types and set(types) <= {FEED, FILM} and len(types) == len(set(types))
    for key in ("production_ips", "test_ips"):
        ips = lab[key]
        assert isinstance(ips, list) and len(ips) == len(set(ips)) <= 5
        assert all(str(ipaddress.ip_address(ip)) == ip for ip in ips)
    assert not set(lab["production_ips"]) & set(lab["test_ips"])
    assert bool(lab["production_ips"]) == (FEED in types)
    org, contact = lab["organization"], lab["contact"]
    assert org["name"]
    assert org["ico"] is None or ico_valid(org["ico"])
    assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
    assert contact["phone"] is None or PHONE.fullmatch(contact["phone"])
    flat = json.dumps({k: v for k, v in lab.items() if k != "description"}).casefold()
    assert not any(o in flat for o in OFFICE)


def test_the_part_has_its_attachment_emphasis() -> None:
    """Nearly every mail carries a file; every kind at least twice, forwarded .eml three
    times and once with its own attachment; empty cover mails; forms with box characters,
    brackets and yes/no columns; cover notes that change their attachment."""
    cases = all_cases()
    mails = [c for c in cases if "databox" not in c]
    assert sum(bool(c.get("attachments")) for c in mails) >= len(mails) - 2
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt"):
        assert kinds[kind] >= 2, kind
    assert kinds["eml"] >= 3
    inner = [s for c in cases for k, _, s in c.get("attachments", []) if k == "eml"]
    assert any(s.get("attachments") for s in inner), "a forwarded .eml with its own file"
    assert sum(not c.get("body", "x").strip() for c in mails) >= 3
    ticks = [c for c in cases if BOX_CHARS.search(_text(c.get("attachments", c.get("html"))))]
    assert len(ticks) >= 6
    yes_no = [c for c in cases if YES_NO.search(_text(c.get("attachments", c.get("html"))))]
    assert len(yes_no) >= 4
    merged = [c for c in cases if "'merge'" in _text(c.get("attachments"))]
    assert merged
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 10
    for style in (Style.FORM, Style.COVER_CHANGES, Style.FORWARD_EML, Style.LETTERHEAD):
        assert styles[style] >= 3, style


def test_the_part_has_at_least_12_data_messages_of_every_kind() -> None:
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
    """Every request-type combination (filming only and both at least four times), applicants
    without an IČO, IPv6 production addresses, a four-address block, production without test,
    box IDs in three mails, phones from six countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 4 and types[(FEED,)] >= 20, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 2
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(lab["production_ips"] and not lab["test_ips"] for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 3
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+44", "+48", "+49"):
        assert any(p.startswith(country) for p in phones), country


def test_the_raw_messages_mix_clients_charsets_and_wrappers() -> None:
    raw = b"".join(p.read_bytes() for p in MESSAGES if p.suffix == ".eml")
    for marker in (
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
        b'format="flowed"',
        b"Content-Transfer-Encoding: base64",
        b"Microsoft Outlook",
        b"Thunderbird",
        b"Apple Mail",
        b"Email.cz",
        b"Roundcube",
        b"iPhone Mail",
        b"Zimbra",
    ):
        assert marker in raw, marker
