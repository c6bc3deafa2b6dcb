"""The twentysecond held-out part ``pb`` (tests/corpus/twentysecond/pb###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (files behind most cases,
mails with an empty body, one case with two files, forms with ticked and unticked boxes and
ANO/NE columns, tables with merged or spanning role cells, nested tables, page headers and
footers, at least twelve data messages from three kinds of box with the application in the
annotation, in the file or in both, annotations within 255 characters, every style with many
data messages and cover notes) and its label mix (feed access only in more than half, filming
only and both, applicants without an IČO, an IPv6 test address, blocks of four, production-only
labels, box IDs in mails, contacts other than the sender, phones from five countries). The
checks every part shares (ids, files, labels, loading, variety, the sender header, the sender
box, the attachment kinds, office MIME types, charsets, encodings, wrappers and mail clients of
its ``Part`` record) are in test_corpus_parts.py. These cases were written by hand apart from
the extraction rules and are scored only at the end of the round: extraction is deliberately not
run here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.corpus.make_twentysecond_pb import all_cases
from tests.corpus.twentysecond_pb_common import FEED, FILM, Style

BOXES = re.compile(r"[☒☐☑■□]|\[[xX ]\]")


def _texts(value: Any) -> str:
    """Every string inside a case spec or an attachment's content, joined."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(_texts(v) for v in value.values())
    if isinstance(value, list | tuple):
        return " ".join(_texts(v) for v in value)
    return ""


def test_files_behind_most_cases_and_short_covers() -> None:
    """Most cases carry a file; some mails have an empty body and one case carries two files."""
    cases = all_cases()
    assert sum(bool(c.get("attachments")) for c in cases) >= 36
    mails = [c for c in cases if "databox" not in c]
    assert sum(c.get("body") == "" and not c.get("html") for c in mails) >= 2
    assert any(len(c.get("attachments", [])) >= 2 for c in cases)


def test_forms_and_tables() -> None:
    """Box characters and bracket notation in forms, ANO/NE answers, merged and spanning role
    cells, nested tables and a page header or footer carrying identifiers."""
    cases = all_cases()
    with_boxes = [
        c for c in cases if BOXES.search(_texts(c.get("attachments", [])) + c.get("body", ""))
    ]
    assert len(with_boxes) >= 6
    assert (
        sum(
            bool(re.search(r"\b(ANO|NE|ano|ne)\b", _texts(c.get("attachments", [])))) for c in cases
        )
        >= 3
    )
    specs = [content for c in cases for _, _, content in c.get("attachments", [])]
    assert any(
        isinstance(s, list) and any(isinstance(x, dict) and x.get("merge") for x in s)
        for s in specs
    )
    assert any(
        isinstance(s, dict)
        and any(isinstance(b, dict) and b.get("nested") for b in s.get("blocks", []))
        for s in specs
    )
    assert any("rowspan" in c.get("html", "") for c in cases)
    assert sum(isinstance(s, dict) and bool(s.get("footer") or s.get("header")) for s in specs) >= 4


def test_data_messages_with_the_application_in_annotation_file_or_both() -> None:
    """At least twelve data messages: some whose annotation holds the addresses or the request,
    some whose annotation is only a pointer to the file; boxes of three kinds."""
    boxed = [c for c in all_cases() if "databox" in c]
    assert len(boxed) >= 12
    for case in boxed:
        assert len(case["subject"]) <= 255, "ISDS annotations hold at most 255 characters"
        assert case.get("attachments"), "a data message carries at least one file"
    in_annotation = [
        c
        for c in boxed
        if re.search(r"\d+\.\d+\.\d+\.\d+|natáčet|fotografovat|natáčení ve", c["subject"])
    ]
    pointer_only = [c for c in boxed if c not in in_annotation]
    assert len(in_annotation) >= 5 and len(pointer_only) >= 5
    assert {c["databox"].get("type", 20) for c in boxed} >= {10, 20, 40}


def test_the_part_has_its_label_mix() -> None:
    """Feed access only in more than half, filming only and both, applicants without an IČO,
    an IPv6 test address, blocks expanded to four, box IDs in mails' letterheads,
    production-only labels, contacts other than the sender and foreign phones."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2, types
    assert types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 4, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 2
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 4
    mails = [c for c in cases if "databox" not in c]
    assert sum(bool(c["labels"]["organization"]["databox_id"]) for c in mails) >= 2
    others = [c for c in mails if c["labels"]["contact"]["email"] not in c["from"]]
    assert len(others) >= 8
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+48", "+49"):
        assert any(p.startswith(country) for p in phones), country


def test_every_style_with_many_data_messages_and_cover_notes() -> None:
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert len(styles) == len(Style), styles
    assert styles[Style.DATABOX] >= 12 and styles[Style.COVER_NOTE] >= 3
