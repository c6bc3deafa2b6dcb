"""The thirty-seventh held-out part ``ah`` (tests/corpus/thirtyseventh/ah###-…): what is particular
to this part — its emphasis on attachments, forms and data-box messages (every attachment kind at
least twice including forwarded .eml, mails with an empty body, forms with box characters, bracket
notation and ANO/NE columns, cover notes that change the attachment, at least twelve data messages
with the application in the annotation, in the file or in both, each annotation at most 255
characters, box IDs in letterheads and signatures) and its label mix (at least twenty feed access
only, filming only at least three and both at least five times, at least three applicants without
an IČO, an IPv6 test address, a four-address block, phones from five countries). The checks every
part shares (ids, files, labels, loading, variety, the sender header, the sender box, the
attachment kinds and the office MIME types, mail clients, charsets, encodings and wrappers of its
``Part`` record) are in test_corpus_parts.py. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not run
here."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from tests.corpus.make_thirtyseventh_ah import all_cases
from tests.corpus.thirtyseventh_ah_common import FEED, FILM, Style

DATABOX_STYLES = {Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH}


def _strings(value: Any) -> Iterator[str]:
    """Every string inside an attachment's content (paragraphs, cells, nested specs)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _attachment_text(case: dict[str, Any]) -> str:
    return "\n".join(s for _, _, content in case.get("attachments", []) for s in _strings(content))


def test_data_messages_are_many_and_each_carries_a_file() -> None:
    """At least twelve data messages, annotations within ISDS's 255 characters, each with a
    file, the application in the annotation, in the file or in both (each shape at least three
    times), one with two files, one from a public authority's box."""
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 12
    for case in databox:
        assert case["attachments"], case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["style"] in DATABOX_STYLES, case["id"]
    styles = Counter(c["style"] for c in databox)
    assert all(styles[s] >= 3 for s in DATABOX_STYLES), styles
    assert any(len(c["attachments"]) >= 2 for c in databox), "a data message with two files"
    assert any(c["databox"].get("type") == 10 for c in databox), "a public authority's box"


def test_the_part_has_its_attachment_emphasis() -> None:
    """Every attachment kind (also a forwarded .eml), mails with an empty or signature-only
    body, cover notes that change the attachment."""
    cases = all_cases()
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 2, kind
    mails = [c for c in cases if "databox" not in c]
    assert sum(1 for c in mails if c.get("attachments")) >= len(mails) - 3
    bodies = [c.get("body", "x") for c in mails]
    empty = [b for b in bodies if not b.strip() or b.startswith("-- ")]
    assert len(empty) >= 3
    styles = Counter(c["style"] for c in cases)
    assert styles[Style.COVER_CHANGE] >= 3 and styles[Style.FORM] >= 4
    assert len(styles) >= 10


def test_forms_use_box_characters_brackets_and_yes_no_columns() -> None:
    text = "\n".join(_attachment_text(c) + c.get("html", "") for c in all_cases())
    for mark in ("☒", "☐", "☑", "[x]", "[X]", "[ ]", "ANO", "NE", "áno", "nie", "✔", "✘"):
        assert mark in text, mark


def test_box_ids_in_letterheads_and_signatures() -> None:
    """E-mailed applications whose label takes the box ID from a signature or letterhead."""
    mails = [c for c in all_cases() if "databox" not in c]
    boxed = [c for c in mails if c["labels"]["organization"]["databox_id"]]
    assert len(boxed) >= 2
    for case in boxed:
        box = case["labels"]["organization"]["databox_id"]
        assert box in case.get("body", "") + _attachment_text(case), case["id"]


def test_the_part_has_its_label_mix() -> None:
    """At least twenty feed access only, filming only at least three and both at least five
    times, at least three applicants without an IČO, an IPv6 test address, a block expanded to
    four addresses, phones from five countries."""
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 5, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    phones = [lab["contact"]["phone"] for lab in labels]
    for country in ("+420", "+421", "+43", "+48", "+44"):
        assert any(p and p.startswith(country) for p in phones), country
