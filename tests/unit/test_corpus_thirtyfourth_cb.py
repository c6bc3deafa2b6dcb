"""The thirty-fourth held-out part ``cb`` (tests/corpus/thirtyfourth/cb###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (PDF, DOCX, ODT, XLSX, RTF,
TXT and forwarded .eml attachments behind short cover mails or empty bodies; forms with ticked
and unticked box characters, [x]/[ ] brackets and ANO/NE columns; tables with role columns and
row headers; at least twelve data messages with the application only in the annotation, only in
the file, or in both, each carrying a file and an annotation of at most 255 characters; cover
notes that change the attachment; letterheads with IČO and data-box IDs), its label mix, and that
every generated file loads and every label is valid by LABELS.md. These cases were written by
hand apart from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_thirtyfourth_cb import PART, all_cases, files
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.thirtyfourth_cb_common import FEED, FILM, Style

PATHS = messages(part_paths(PART.out, PART.prefix))
OFFICE = re.compile(r"00025593|2gfaasy")


def _text(case: dict[str, Any]) -> str:
    return case.get("body") or case.get("html") or ""


def test_ids_and_files_on_disk() -> None:
    ids = [c["id"] for c in all_cases()]
    check_ids_numbered(ids, "cb", 42)
    check_files_on_disk(part_paths(PART.out, PART.prefix), files())
    assert PART.n0 == 9700 and files() == files()


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_every_file_loads_and_its_label_is_valid(path: Path) -> None:
    assert parse_path(path).components
    check_loads(path)
    labels = read_labels(path)
    check_labels(path.stem, labels, {s.value for s in Style})
    org, contact = labels["organization"], labels["contact"]
    assert org["ico"] is None or ico_valid(org["ico"])
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    for ip in labels["production_ips"] + labels["test_ips"]:
        assert str(ipaddress.ip_address(ip)) == ip
    assert set(labels["request_types"]) <= {FEED, FILM}
    assert not OFFICE.search(repr({k: v for k, v in labels.items() if k != "description"}))


def test_data_messages_carry_a_file_and_a_short_annotation() -> None:
    """At least twelve data messages, each with a file and an annotation of at most 255
    characters, the label's box the envelope's sender; application in the annotation only, in
    the file only and in both all occur."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    styles = Counter(c["style"] for c in boxes)
    for style in (Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH):
        assert styles[style] >= 2, style
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 5


def test_the_part_has_its_attachment_and_form_emphasis() -> None:
    cases = all_cases()
    mails = [c for c in cases if "databox" not in c]
    kinds = {kind for c in cases for kind, _, _ in c.get("attachments", [])}
    assert kinds >= {"pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"}
    assert all(c.get("attachments") for c in mails), "every mail carries an attachment"
    assert sum(not _text(c).strip() for c in mails) >= 2, "empty bodies"
    assert sum(len(_text(c)) < 200 for c in mails) >= 8, "short cover notes"
    raw = repr(cases)
    for box in ("☒", "☐", "&#9745;", "[x]", "[X]", "[ ]", "ANO", "NE"):
        assert box in raw, box
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 10, styles
    for style in (Style.AMENDING_COVER, Style.FORWARDED_EML, Style.LETTERHEAD, Style.FORM):
        assert styles[style] >= 2, style


def test_the_part_has_its_label_mix() -> None:
    """Every request-type combination, applicants without an IČO, IPv6 production and test
    addresses, a netmask block, production without test, box IDs from mail letterheads and
    signatures, Czech, Slovak, German and Polish phones."""
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert set(types) == {(FEED,), (FILM,), (FEED, FILM)}, types
    assert types[(FEED,)] > len(labels) // 2
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(lab["production_ips"] and not lab["test_ips"] for lab in labels)
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 3
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48"):
        assert any(p.startswith(country) for p in phones), country


def test_raw_messages_vary_clients_and_encodings() -> None:
    raw = b"".join(p.read_bytes() for p in PATHS)
    for marker in (
        b"windows-1250",
        b"iso-8859-2",
        b'format="flowed"',
        b"Content-Transfer-Encoding: base64",
        b"message/rfc822",
        b"text/html",
        b"<p:dmAnnotation>",
        b"Microsoft Outlook 16.0",
        b"Outlook on the web",
        b"Thunderbird",
        b"Apple Mail",
        b"iPhone Mail",
        b"Email.cz (Seznam Email)",
        b"Roundcube",
        b"Zimbra",
        b"X-Gm-Message-State",
    ):
        assert marker in raw, marker
