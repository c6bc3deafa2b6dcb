"""The nineteenth held-out part ``mb`` (tests/corpus/nineteenth/mb###-…): what is particular to
this part — its emphasis on attachments, forms and data-box messages (many PDFs, Word files and
spreadsheets, attachments behind most mails, empty bodies carrying the application, a signed
mail, forms with ticked and unticked box characters, [x]/[ ] brackets and ANO/NE columns, cover
notes that change the attachment, at least twelve data messages with the application in the
annotation, in the file or in both, one from a natural person's box) and its label mix (filming
only and both counts, applicants without an IČO, an IPv6 test address, a netmask block,
data-box IDs from a mail's letterhead or signature, phones from five countries, ten styles). The
checks every part shares (ids, files, labels, loading, variety, the sender header, the sender
box, the attachment kinds, office MIME types, charsets, wrappers and mail clients of its ``Part``
record) are in test_corpus_parts.py. These cases were written by hand apart from the extraction
rules and are scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from tests.corpus.make_nineteenth_mb import all_cases
from tests.corpus.nineteenth_mb_common import FEED, FILM, Style


def _texts(obj: Any) -> Iterator[str]:
    """Every string inside a case's attachment contents (paragraphs, cells, nested specs)."""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for value in obj.values():
            yield from _texts(value)
    elif isinstance(obj, list | tuple):
        for item in obj:
            yield from _texts(item)


def _all_text(case: dict[str, Any]) -> str:
    return "\n".join(_texts([case.get("body"), case.get("html"), case.get("attachments")]))


def test_many_attachments_and_cover_mails() -> None:
    cases = all_cases()
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    assert kinds["pdf"] >= 8 and kinds["docx"] >= 5 and kinds["xlsx"] >= 3, kinds
    mails = [c for c in cases if "databox" not in c]
    assert sum(bool(c.get("attachments")) for c in mails) >= 20
    assert sum(c.get("body") == "" for c in mails) >= 2, "empty bodies carrying the application"
    assert any(c.get("smime") for c in mails)


def test_forms_tick_and_leave_boxes() -> None:
    texts = [_all_text(c) for c in all_cases()]
    assert sum("☒" in t or "☑" in t for t in texts) >= 3
    assert sum("☐" in t for t in texts) >= 3
    assert sum(bool(re.search(r"\[[xX]\]", t)) for t in texts) >= 4
    assert sum(bool(re.search(r"\[ \]", t)) for t in texts) >= 2
    assert sum("ANO" in t and "NE" in t for t in texts) >= 3
    styles = Counter(c["style"] for c in all_cases())
    assert styles[Style.FORM] >= 5 and styles[Style.CORRECTION] >= 3


def test_at_least_twelve_data_messages_in_all_three_shapes() -> None:
    cases = all_cases()
    databox = [c for c in cases if "databox" in c]
    assert len(databox) >= 12
    for case in databox:
        assert case.get("attachments"), case["id"]
    shapes = Counter(c["style"] for c in databox)
    assert shapes[Style.DATABOX_ANNOTATION] >= 2
    assert shapes[Style.DATABOX_FILE] >= 5
    assert shapes[Style.DATABOX_BOTH] >= 4
    assert any(c["databox"].get("type") == 40 for c in databox), "a natural person's box"


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 6, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels), "a netmask block"
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44"):
        assert any(p.startswith(country) for p in phones), country
    assert len(Counter(c["style"] for c in cases)) >= 10
