"""The thirty-second held-out part ``zb`` (tests/corpus/thirtysecond/zb###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (every attachment kind at
least twice, TXT and forwarded .eml attachments behind a short cover or an empty body, ticked
and unticked boxes, ANO/NE and Yes/No columns, cover notes that change the attachment, at least
twelve data messages with the application in the annotation, in the file or in both, each with a
file of several kinds and an annotation within 255 characters), labels that name their applicant,
and its label mix (feed access only at least twenty times, filming only and both at least four
and five, applicants without an IČO, an IPv6 test address, a four-address block, production
without test addresses in four cases, box IDs in two mails, phones from five countries). The
checks every part shares (ids, files, labels, loading, variety, the sender header, the sender
box, the attachment kinds, office MIME types, mail mix, annotations and mail clients of its
``Part`` record) are in test_corpus_parts.py. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not run
here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.make_thirtysecond_zb import all_cases
from tests.corpus.thirtysecond_zb_common import DATABOX_STYLES, FEED, FILM, Style

BOX_CHARS = re.compile(r"[☐☑☒✔]|\[[ xX]\]")


def _mails() -> list[dict]:
    return [c for c in all_cases() if "databox" not in c]


def _databox() -> list[dict]:
    return [c for c in all_cases() if "databox" in c]


def _attachment_text(content: object) -> str:
    return repr(content)


def test_every_label_names_its_applicant() -> None:
    """Every label names its applicant (the shared label checks allow an empty name)."""
    for case in all_cases():
        assert case["labels"]["organization"]["name"].strip(), case["id"]


def test_the_part_has_its_attachment_and_form_emphasis() -> None:
    """Every attachment kind, forwarded .eml, empty bodies, box characters or brackets, ANO/NE
    or Yes/No columns, every mail carrying a file except the HTML forms."""
    kinds = Counter(kind for c in all_cases() for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 2, (kind, kinds)
    mails = _mails()
    assert sum(not c.get("body", "x").strip() for c in mails if "html" not in c) >= 2
    with_boxes = [
        c
        for c in all_cases()
        if BOX_CHARS.search(c.get("html", "") + _attachment_text(c.get("attachments", [])))
    ]
    assert len(with_boxes) >= 8
    yes_no = [
        c
        for c in all_cases()
        if re.search(r"\bANO\b.{0,40}\bNE\b|\bYes\b.{0,40}\bNo\b", _attachment_text(c), re.S)
    ]
    assert len(yes_no) >= 4
    styles = Counter(c["style"] for c in all_cases())
    for style in (Style.FORM, Style.FORWARD, Style.COVER_CORRECTION, Style.EMPTY_BODY):
        assert styles[style] >= 3, style
    assert len(styles) >= 10


def test_data_messages_cover_annotation_file_and_both() -> None:
    boxes = _databox()
    assert len(boxes) >= 12
    styles = Counter(c["style"] for c in boxes)
    assert set(styles) == DATABOX_STYLES and min(styles.values()) >= 3
    for case in boxes:
        assert case["attachments"], case["id"]
        assert len(case["subject"]) <= 255, case["id"]
    kinds = {kind for c in boxes for kind, _, _ in c["attachments"]}
    assert len(kinds) >= 5, kinds
    assert not any(c["style"] in DATABOX_STYLES for c in _mails())


def test_the_part_has_its_label_mix() -> None:
    """Feed access only at least twenty times, filming only and both at least four and five
    times, applicants without an IČO, an IPv6 test address, an expanded block, production
    without test addresses in four cases, box IDs from e-mail letterheads and phones from five
    countries."""
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 5, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 4
    mails = [c["labels"] for c in _mails()]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+44", "+48", "+49"):
        assert any(p.startswith(country) for p in phones), country
