"""The thirtieth held-out part ``xb`` (tests/corpus/thirtieth/xb###-…): what is particular to
this part — its emphasis on attachments, forms and data-box messages (every office-document kind
and TXT at least twice and a forwarded .eml three times behind short or empty cover mails, forms
with box characters, brackets and yes/no columns, at least twelve data messages with the
application in the annotation, in the file or in both, each with a file and an annotation within
255 characters, cover notes that change their attachment, letterheads with IČO and box IDs) and
its label mix (filming only and both in its own counts, applicants without an IČO, a four-address
block, box IDs in mails, phones from five countries). The checks every part shares (ids, files,
labels, loading, variety, the sender header, the sender box, the attachment kinds, office MIME
types, charsets, encodings, wrappers and mail clients of its ``Part`` record) are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.make_thirtieth_xb import all_cases
from tests.corpus.thirtieth_xb_common import DATABOX_STYLES, FEED, FILM, Style

BOX_CHARS = re.compile(r"[☒☐☑✔✘]|\[[xX ]\]")


def _text(obj: object) -> str:
    return repr(obj)


def test_the_part_has_its_attachment_emphasis() -> None:
    """All but a few HTML mails carry an attachment; every kind appears, forwarded .eml three
    times;
    empty or near-empty cover mails; forms with box characters, brackets and yes/no columns."""
    cases = all_cases()
    mails = [c for c in cases if "databox" not in c]
    assert sum(bool(c.get("attachments")) for c in cases) >= 38
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt"):
        assert kinds[kind] >= 2, kind
    assert kinds["eml"] >= 3
    assert sum(len(c.get("body", "").strip()) < 25 for c in mails) >= 3
    ticks = [c for c in cases if BOX_CHARS.search(_text(c.get("attachments", c.get("html"))))]
    assert len(ticks) >= 6
    yes_no = [c for c in cases if re.search(r"\b(ANO|Ja|YES)\b", _text(c.get("attachments")))]
    assert len(yes_no) >= 4
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 10
    for style in (Style.FORM, Style.COVER_CHANGES, Style.FORWARD_EML, Style.LETTERHEAD):
        assert styles[style] >= 3, style


def test_the_part_has_at_least_12_data_messages_of_every_kind() -> None:
    """At least 12 data messages: the application in the annotation, in the file or both;
    each with a file and an annotation of at most 255 characters."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    assert {c["style"] for c in boxes} == DATABOX_STYLES
    for style in DATABOX_STYLES:
        assert sum(c["style"] == style for c in boxes) >= 3, style
    for case in boxes:
        assert case["attachments"], case["id"]
        assert len(case["subject"]) <= 255, case["id"]


def test_the_part_has_its_label_mix() -> None:
    """Filming only and both at least four times each, applicants without an IČO, a
    four-address block, box IDs in three mails, phones from five countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 4, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 3
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+44", "+49", "+48"):
        assert any(p.startswith(country) for p in phones), country
