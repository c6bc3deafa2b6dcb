"""The thirty-third held-out part ``bb`` (tests/corpus/thirtythird/bb###-…): what is particular
to this part — its emphasis on attachments, forms and data-box messages (office documents under
a short cover mail or an empty body, forwarded .eml files, forms with box characters, bracket
notation and ANO/NE or Yes/No columns, tables with role columns or row headers, data messages
with the application in the annotation, in the file or in both, cover notes that change the
attachment) and its label mix (filming only at least four times and both at least five, at
least five applicants without an IČO, an IPv6 test address, a /30 block, box IDs in two mails,
phones from six countries). The checks every part shares (ids, files, labels, loading, variety,
the sender header, the sender box, the attachment kinds, office MIME types, charsets, encodings
and mail clients of its ``Part`` record) are in test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.make_thirtythird_bb import all_cases
from tests.corpus.thirtythird_bb_common import FEED, FILM, Style

BOXES = re.compile(r"[☐☑☒]|\[[ xX]\]")


def _text(content: object) -> str:
    """Every string inside an attachment's content spec, joined."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return " ".join(_text(v) for v in content.values())
    if isinstance(content, list | tuple):
        return " ".join(_text(v) for v in content)
    return ""


def test_data_messages_carry_files_and_short_annotations() -> None:
    """At least twelve data messages, each with a file and an annotation of at most 255
    characters; the application in the annotation only, in the file only and in both."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    for case in boxes:
        assert case["attachments"], case["id"]
        assert len(case["subject"]) <= 255, case["id"]
    ips = [
        c
        for c in boxes
        if any(ip in c["subject"] for ip in c["labels"]["production_ips"])
        or FILM in c["labels"]["request_types"]
        and "natáč" in c["subject"]
    ]
    assert len(ips) >= 4, "applications in the annotation"
    assert len({c["databox"].get("type", 20) for c in boxes}) >= 4, "several sender types"
    assert len({k for c in boxes for k, _, _ in c["attachments"]}) >= 5


def test_the_part_has_its_attachment_and_form_emphasis() -> None:
    cases = all_cases()
    mails = [c for c in cases if "databox" not in c]
    assert all(c.get("attachments") for c in mails), "every mail carries an attachment"
    kinds = Counter(k for c in cases for k, _, _ in c["attachments"])
    assert set(kinds) == {"pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"}, kinds
    assert sum(c.get("body") == "" for c in mails) >= 3, "empty bodies"
    forms = [c for c in cases if BOXES.search(_text(c["attachments"]))]
    assert len(forms) >= 6, "box characters or bracket notation"
    yes_no = [c for c in cases if re.search(r"\bANO\b|\bYes\b", _text(c["attachments"]))]
    assert len(yes_no) >= 4, "ANO/NE or Yes/No columns"
    styles = Counter(c["style"] for c in cases)
    assert styles[Style.DATABOX] >= 12 and styles[Style.COVER_CHANGE] >= 4
    assert styles[Style.FOREIGN] >= 4 and len(styles) >= 8


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 5, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 5
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels), "a /30 block"
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+49", "+48", "+44"):
        assert any(p.startswith(country) for p in phones), country
