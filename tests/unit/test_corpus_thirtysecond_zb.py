"""The thirty-second held-out part ``zb`` (tests/corpus/thirtysecond/zb###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (every office document kind,
TXT and forwarded .eml attachments behind a short cover or an empty body, ticked and unticked
boxes, ANO/NE and Yes/No columns, data messages with the application in the annotation, in the
file or in both, cover notes that change the attachment), its label mix, and that every file it
writes loads and every label is valid per LABELS.md. These cases were written by hand apart from
the extraction rules and are scored only at the end of the round: extraction is deliberately not
run here."""

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
from tests.corpus.make_thirtysecond_zb import PART, all_cases, files
from tests.corpus.parts import part_paths
from tests.corpus.thirtysecond_zb_common import DATABOX_STYLES, FEED, FILM, Style

OUT = PART.out
REQUEST_TYPES = {FEED, FILM}
OFFICE = ("00025593", "2gfaasy", "czso.cz", "274052733")
BOX_CHARS = re.compile(r"[☐☑☒✔]|\[[ xX]\]")


def _mails() -> list[dict]:
    return [c for c in all_cases() if "databox" not in c]


def _databox() -> list[dict]:
    return [c for c in all_cases() if "databox" in c]


def _attachment_text(content: object) -> str:
    return repr(content)


def test_the_part_has_42_numbered_cases() -> None:
    ids = [c["id"] for c in all_cases()]
    assert [i[:5] for i in ids] == [f"zb{n:03d}" for n in range(1, 43)]
    assert all(re.fullmatch(r"zb\d{3}-[a-z0-9-]+", i) for i in ids)


def test_files_on_disk_are_the_generators_output() -> None:
    expected = files()
    on_disk = part_paths(OUT, "zb")
    assert sorted(p.name for p in on_disk) == sorted(expected)
    for path in on_disk:
        assert path.read_bytes() == expected[path.name], path.name


@pytest.mark.parametrize("path", [p for p in part_paths(OUT, "zb") if p.suffix != ".json"])
def test_every_file_loads(path: Path) -> None:
    parsed = parse_path(path)
    assert parsed.components
    assert (parsed.channel is Channel.DATABOX) == (path.suffix == ".xml")
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems
    assert path.with_suffix(".json").is_file()


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: c["id"])
def test_every_label_is_valid(case: dict) -> None:
    """LABELS.md: request types from the two values, IČO with its check digit, lists of
    canonical addresses (feed only with a production address), E.164 phones, never the office."""
    lab = case["labels"]
    types = lab["request_types"]
    assert types and set(types) <= REQUEST_TYPES and len(types) == len(set(types))
    for key in ("production_ips", "test_ips"):
        ips = lab[key]
        assert isinstance(ips, list) and len(ips) == len(set(ips)) <= 5
        assert all(str(ipaddress.ip_address(ip)) == ip for ip in ips), ips
    assert not set(lab["production_ips"]) & set(lab["test_ips"])
    if FEED in types:
        assert lab["production_ips"]
    else:
        assert not lab["production_ips"] and not lab["test_ips"]
    org, contact = lab["organization"], lab["contact"]
    assert org["name"]
    assert org["ico"] is None or ico_valid(org["ico"]), org["ico"]
    assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    assert contact["email"] is None or contact["email"].endswith(".example")
    flat = json.dumps(lab, ensure_ascii=False).casefold()
    assert not any(o in flat for o in OFFICE)
    assert case["style"] in {s.value for s in Style}


def test_the_part_has_its_attachment_and_form_emphasis() -> None:
    """Every attachment kind, forwarded .eml, empty bodies, box characters or brackets, ANO/NE
    or Yes/No columns, every mail carrying a file except the HTML forms."""
    kinds = Counter(kind for c in all_cases() for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 2, (kind, kinds)
    mails = _mails()
    assert sum(not c.get("body", "x").strip() for c in mails if "html" not in c) >= 2
    with_boxes = [
        c
        for c in all_cases()
        if BOX_CHARS.search(c.get("html", "") + _attachment_text(c.get("attachments", [])))
    ]
    assert len(with_boxes) >= 8
    yes_no = [
        c
        for c in all_cases()
        if re.search(r"\bANO\b.{0,40}\bNE\b|\bYes\b.{0,40}\bNo\b", _attachment_text(c), re.S)
    ]
    assert len(yes_no) >= 4
    styles = Counter(c["style"] for c in all_cases())
    for style in (Style.FORM, Style.FORWARD, Style.COVER_CORRECTION, Style.EMPTY_BODY):
        assert styles[style] >= 3, style
    assert len(styles) >= 10


def test_data_messages_cover_annotation_file_and_both() -> None:
    boxes = _databox()
    assert len(boxes) >= 12
    styles = Counter(c["style"] for c in boxes)
    assert set(styles) == DATABOX_STYLES and min(styles.values()) >= 3
    for case in boxes:
        assert case["attachments"], case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    kinds = {kind for c in boxes for kind, _, _ in c["attachments"]}
    assert len(kinds) >= 5, kinds
    assert not any(c["style"] in DATABOX_STYLES for c in _mails())


def test_the_part_has_its_label_mix() -> None:
    """Every request-type combination, applicants without an IČO, IPv6 on both roles, an
    expanded block, box IDs from e-mail letterheads and foreign phones."""
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 5
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 4
    mails = [c["labels"] for c in _mails()]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+44", "+48", "+49"):
        assert any(p.startswith(country) for p in phones), country


def test_raw_messages_have_the_mail_mix() -> None:
    raw = b"".join(v for k, v in files().items() if k.endswith(".eml"))
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
    ):
        assert marker in raw, marker
