"""The thirty-fourth held-out part ``cb`` (tests/corpus/thirtyfourth/cb###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (PDF, DOCX, ODT, XLSX, RTF,
TXT and forwarded .eml attachments behind short cover mails or empty bodies; forms with ticked
and unticked box characters, [x]/[ ] brackets and ANO/NE columns; tables with role columns and
row headers; at least twelve data messages with the application only in the annotation, only in
the file, or in both, each carrying a file and an annotation of at most 255 characters; cover
notes that change the attachment; letterheads with IČO and data-box IDs) and its label mix (mostly
feed access, applicants without an IČO, an IPv6 test address, a netmask block, box IDs from mail
letterheads and signatures, Czech, Slovak, German and Polish phones). The checks every part
shares (ids, files, labels, loading, variety, the sender header, the sender box, the attachment
kinds, office MIME types, charsets, encodings, the forwarded message, annotations and mail clients
of its ``Part`` record) are in test_corpus_parts.py. These cases were written by hand apart from
the extraction rules and are scored only at the end of the round: extraction is deliberately not
run here."""

from __future__ import annotations

from collections import Counter
from typing import Any

from tests.corpus.make_thirtyfourth_cb import all_cases
from tests.corpus.thirtyfourth_cb_common import FEED, Style


def _text(case: dict[str, Any]) -> str:
    return case.get("body") or case.get("html") or ""


def test_data_messages_carry_a_file_and_a_short_annotation() -> None:
    """At least twelve data messages, each with a file and an annotation of at most 255
    characters, of at least five kinds between them; application in the annotation only, in the
    file only and in both all occur."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
    styles = Counter(c["style"] for c in boxes)
    for style in (Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH):
        assert styles[style] >= 2, style
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 5


def test_the_part_has_its_attachment_and_form_emphasis() -> None:
    cases = all_cases()
    mails = [c for c in cases if "databox" not in c]
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
    """Mostly feed access only, applicants without an IČO, an IPv6 test address, a netmask
    block, box IDs from mail letterheads and signatures, Czech, Slovak, German and Polish
    phones."""
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(labels) // 2, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 3
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48"):
        assert any(p.startswith(country) for p in phones), country
