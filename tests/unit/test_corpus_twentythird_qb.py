"""The twentythird held-out part ``qb`` (tests/corpus/twentythird/qb###-…): what is particular to
this part — its emphasis on attachments, forms and data-box messages (every attachment kind
including a forwarded .eml, covers that are short or empty, cover notes that change the
attached application, forms with box characters, brackets and ANO/NE answers, tables with role
columns, row headers, merged and nested cells, at least twelve data messages with the
application in the annotation, in the file or in both) and its label mix. Every file loads
with the corpus loader and every label is valid per tests/corpus/LABELS.md. The checks every
part shares are in test_corpus_parts.py once the part is registered there. These cases were
written by hand apart from the extraction rules and are scored only at the end of the round:
extraction is deliberately not run here."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from intake.model import Channel
from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import TWENTYTHIRD_DIR, parse_path
from tests.corpus.make_twentythird_qb import N0, PART, all_cases, files
from tests.corpus.part_checks import check_files_on_disk, check_labels, read_labels
from tests.corpus.parts import part_paths
from tests.corpus.twentythird_qb_common import FEED, FILM, Style

CASES = all_cases()
MAILS = [c for c in CASES if "databox" not in c]
BOXES = [c for c in CASES if "databox" in c]
PATHS = [p for p in part_paths(TWENTYTHIRD_DIR, "qb") if p.suffix in (".eml", ".xml")]
OFFICE = ("00025593", "2gfaasy", "czso.cz", "274052733")


def _text(content: Any) -> str:
    """The text of an attachment spec, nested dicts and tables included."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return " ".join(_text(v) for v in content.values())
    if isinstance(content, (list, tuple)):
        return " ".join(_text(v) for v in content)
    return "" if content is None else str(content)


def _attached(case: dict[str, Any]) -> str:
    return " ".join(_text(content) for _, _, content in case.get("attachments", []))


def test_the_part_has_42_cases_numbered_in_order() -> None:
    ids = [c["id"] for c in CASES]
    assert [i[:5] for i in ids] == [f"qb{n:03d}" for n in range(1, 43)]
    assert all(re.fullmatch(r"qb\d{3}-[a-z0-9-]+", i) for i in ids)
    assert PART.prefix == "qb" and N0 == 6400


def test_the_files_on_disk_are_what_the_generator_makes() -> None:
    check_files_on_disk(part_paths(TWENTYTHIRD_DIR, "qb"), files())
    assert files() == files()
    assert {p.stem for p in PATHS} == {c["id"] for c in CASES}


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_every_message_loads_and_its_label_is_valid(path: Path) -> None:
    parsed = parse_path(path)
    assert parsed.components
    assert (parsed.channel is Channel.DATABOX) == (path.suffix == ".xml")
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems
    labels = read_labels(path)
    check_labels(path.stem, labels, {s.value for s in Style})
    assert labels["request_types"] and set(labels["request_types"]) <= {FEED, FILM}
    ico = labels["organization"]["ico"]
    assert ico is None or ico_valid(ico)
    phone = labels["contact"]["phone"]
    assert phone is None or re.fullmatch(r"\+[1-9]\d{7,14}", phone)
    for key in ("production_ips", "test_ips"):
        assert isinstance(labels[key], list)
        assert all(str(ipaddress.ip_address(ip)) == ip for ip in labels[key])
    flat = repr({k: v for k, v in labels.items() if k != "description"}).casefold()
    assert not any(o in flat for o in OFFICE)


def test_attachments_of_every_kind_with_short_or_empty_covers() -> None:
    kinds = Counter(kind for c in CASES for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 1, kind
    assert kinds["pdf"] >= 8 and kinds["docx"] >= 8 and kinds["xlsx"] >= 4
    assert sum(bool(c.get("attachments")) for c in MAILS) >= len(MAILS) - 2
    assert sum(c.get("body") == "" for c in MAILS) >= 3, "empty bodies"
    assert sum(kind == "eml" for c in MAILS for kind, _, _ in c.get("attachments", [])) >= 4
    assert any(len(c.get("attachments", [])) >= 2 for c in MAILS), "two files in one mail"


def test_forms_tables_and_amending_covers() -> None:
    attached = [_attached(c) + c.get("html", "") for c in CASES]
    for marker in ("☒", "☐", "☑", "[x]", "[ ]", "(X)", "( )", "✔"):
        assert any(marker in text for text in attached), marker
    assert sum(bool(re.search(r"\b(ANO|ano)\b", t)) for t in attached) >= 3
    specs = [content for c in CASES for kind, _, content in c.get("attachments", [])]
    docx = [s for s in specs if isinstance(s, dict) and "blocks" in s]
    tables = [b for s in docx for b in s["blocks"] if isinstance(b, dict)]
    assert any(t.get("merge") for t in tables) and any(t.get("nested") for t in tables)
    assert any(s.get("header") for s in docx) and any(s.get("footer") for s in docx)
    xlsx = [s for s in specs if isinstance(s, list) and s and isinstance(s[0], dict)]
    assert any(len(s) >= 2 for s in xlsx) and any(sh.get("merge") for s in xlsx for sh in s)
    styles = Counter(c["style"] for c in CASES)
    assert styles[Style.AMENDING_COVER] >= 4 and styles[Style.FORM] >= 5
    assert styles[Style.TABLE] >= 4 and styles[Style.FORWARD] >= 4
    assert len(styles) == len(Style), "every style of the part is used"


def test_data_messages_in_annotation_file_or_both() -> None:
    assert len(BOXES) >= 12
    styles = Counter(c["style"] for c in BOXES)
    for style in (Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH):
        assert styles[style] >= 3, style
    for case in BOXES:
        assert case["attachments"], "a data message carries a file"
        assert len(case["subject"]) <= 255, "dmAnnotation holds at most 255 characters"
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    kinds = {kind for c in BOXES for kind, _, _ in c["attachments"]}
    assert len(kinds) >= 4, kinds
    office_in_file = [c for c in BOXES if "2gfaasy" in _attached(c)]
    assert len(office_in_file) >= 3, "the office's own box printed in the applicant's letter"


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in CASES]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(CASES) // 2
    assert types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 8
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 2
    assert sum(bool(lab["organization"]["databox_id"]) for lab in labels) >= 16
    mails_with_box = [c for c in MAILS if c["labels"]["organization"]["databox_id"]]
    assert len(mails_with_box) >= 3, "a data-box ID from a letterhead or signature"
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(lab["production_ips"] and not lab["test_ips"] for lab in labels)
    assert sum(lab["contact"]["email"] is None for lab in labels) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+49"):
        assert any(p.startswith(country) for p in phones), country


def test_the_raw_messages_mix_clients_charsets_and_wrappers() -> None:
    raw = b"".join(p.read_bytes() for p in PATHS)
    for marker in (
        b"multipart/signed",
        b"message/rfc822",
        b'format="flowed"',
        b'delsp="yes"',
        b"windows-1250",
        b"iso-8859-2",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
        b"quoted-printable",
        b"multipart/alternative",
        b"text/html",
        b"<p:dmAnnotation>",
        b"Microsoft Outlook 16.0",
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
    ):
        assert marker in raw, marker
