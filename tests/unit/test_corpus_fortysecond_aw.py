"""The forty-second held-out part ``aw`` (tests/corpus/fortysecond/aw###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (attachments behind at least
forty cases, empty bodies carrying the application, checkbox, bracket and ANO/NE forms, forms,
tables, corrections, foreign senders and forwards at least twice each; at least twelve data
messages that each carry a file, of at least five kinds, with short and long annotations of at
most 255 characters) and its label mix (feed access, filming only and both counts, applicants
without an IČO, an IPv6 test address, a block of four production addresses, a box ID in a mail's
letterhead, phones from five countries). The checks every part shares (ids, files, labels,
loading, variety, the sender header, the sender box, the attachment kinds, office MIME types and
the mail clients, charsets, encodings and wrappers of its ``Part`` record) are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.fortysecond_aw_common import FEED, FILM, Style
from tests.corpus.make_fortysecond_aw import all_cases

BOXES = re.compile(r"[☐☒☑]|\[[ xX]\]|\bANO\b|\báno\b")


def _text(value: object) -> str:
    return repr(value)


def test_the_part_has_its_attachment_emphasis() -> None:
    cases = all_cases()
    assert sum(bool(c.get("attachments")) for c in cases) >= 40
    mails = [c for c in cases if "databox" not in c]
    assert sum(not c.get("body", "x").strip() and "html" not in c for c in mails) >= 2
    forms = [c for c in cases if BOXES.search(_text(c.get("attachments")) + c.get("body", ""))]
    assert len(forms) >= 8
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORM, Style.TABLE, Style.CORRECTION, Style.FOREIGN, Style.FORWARD):
        assert styles[style] >= 2, style


def test_data_messages_cover_annotation_file_and_both() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
    bare = [c for c in boxes if len(c["subject"]) < 60]
    long = [c for c in boxes if len(c["subject"]) >= 100]
    assert len(bare) >= 4 and len(long) >= 4
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 5


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 4
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a letterhead"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+44", "+48"):
        assert any(p.startswith(country) for p in phones), country
