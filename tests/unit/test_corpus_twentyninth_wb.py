"""The twentyninth held-out part ``wb`` (tests/corpus/twentyninth/wb###-…): what is particular to
this part — its emphasis on attachments, forms and data-box messages (every attachment kind at least
twice, forwarded .eml files included, a file behind every mail, empty or short cover mails, forms
with ticked and unticked boxes and ANO/NE or Yes/No columns, cover notes that change the attachment,
every style of its writer's module, at least twelve data messages with the application in the
annotation, in the file or in both, each carrying a file and an annotation of at most 255
characters, six kinds of file among them) and its label mix (feed access only, filming only and both
in its own counts, applicants without an IČO, an IPv6 test address, a netmask block, box IDs in
mails, phones from six countries). The checks every part shares (ids, files, labels, loading,
variety, the sender header, the sender box, the attachment kinds, office MIME types, charsets,
encodings, wrappers and mail clients of its ``Part`` record) are in test_corpus_parts.py. These
cases were written by hand apart from the extraction rules and are scored only at the end of the
round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.corpus.make_twentyninth_wb import all_cases
from tests.corpus.twentyninth_wb_common import FEED, FILM, Style

BOXES = re.compile(r"[☒☐☑✓]|\[[xX ]\]|\bANO\b|\bYes\b")


def _text(value: Any) -> str:
    """Every string inside an attachment's content (paragraphs, rows, nested tables)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(_text(v) for v in value.values())
    if isinstance(value, list | tuple):
        return " ".join(_text(v) for v in value)
    return ""


def test_data_messages_carry_files_and_short_annotations() -> None:
    """At least twelve data messages, each with a file and an annotation within ISDS's 255
    characters; the application in the annotation only, in the file only, and in both."""
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 12
    for case in databox:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
    styles = Counter(c["style"] for c in databox)
    for style in (Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH):
        assert styles[style] >= 3, style
    kinds = {kind for c in databox for kind, _, _ in c["attachments"]}
    assert kinds >= {"pdf", "docx", "odt", "xlsx", "rtf", "txt"}, kinds


def test_the_part_has_its_attachment_and_form_emphasis() -> None:
    """Every attachment kind, empty cover mails, forms with box characters or ANO/NE/Yes/No
    columns, cover notes that change the attachment and forwarded .eml files."""
    cases = all_cases()
    mails = [c for c in cases if "databox" not in c]
    assert all(c.get("attachments") for c in mails)
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 2, kind
    empty = [c for c in mails if not c.get("body", "x").replace("Odesláno z iPhonu", "").strip()]
    assert len(empty) >= 3
    forms = [c for c in cases if BOXES.search(_text(c.get("attachments", [])))]
    assert len(forms) >= 8
    styles = Counter(c["style"] for c in cases)
    assert len(styles) == len(Style)
    assert styles[Style.AMENDMENT] >= 3 and styles[Style.FORWARD_EML] >= 3


def test_the_part_has_its_label_mix() -> None:
    """Feed access only, filming only and both in its own counts, applicants without an IČO, an
    IPv6 test address, a netmask block, box IDs from mail signatures and letterheads, phones from
    six countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 6
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+44", "+48", "+49"):
        assert any(phone.startswith(country) for phone in phones), country
