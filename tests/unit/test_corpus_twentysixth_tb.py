"""The twentysixth held-out part ``tb`` (tests/corpus/twentysixth/tb###-…): what is particular to
this part — its emphasis on attachments, forms and data messages (every office kind plus TXT and
forwarded .eml attachments at least three times each, a file behind every message, short or empty
cover mails, forms with ticked and unticked boxes, brackets and ANO/NE columns, tables with role
columns, row headers and merged cells, at least twelve data messages with an annotation within
255 characters, cover notes that change the attachment, letterheads and signature blocks with IČO
and box IDs), its label mix (mostly feed access, filming only and both in set numbers, applicants
without an IČO, a block of four production addresses, an IPv6 test address, a box ID in a mail,
the office's own identifiers quoted, phones from six countries) and its own label rules (every
applicant named, every contact with a person and an e-mail). The checks every part shares (ids,
files, labels, loading, variety, the sender header, the sender box, the attachment kinds, office
MIME types, charsets, encodings, wrappers and mail clients of its ``Part`` record) are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.make_twentysixth_tb import all_cases
from tests.corpus.twentysixth_tb_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"00025593|2gfaasy")


def test_every_label_names_its_applicant_and_a_contact_person_with_an_e_mail() -> None:
    """The writer's own label rules beyond LABELS.md's shared checks."""
    for case in all_cases():
        lab = case["labels"]
        assert lab["organization"]["name"], case["id"]
        contact = lab["contact"]
        assert contact["person"] and contact["email"], case["id"]


def test_the_part_has_its_attachment_form_and_databox_emphasis() -> None:
    cases = all_cases()
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 3, (kind, kinds)
    assert all(c.get("attachments") for c in cases), "every case carries a file"
    databox = [c for c in cases if "databox" in c]
    assert len(databox) >= 12
    assert all(len(c["subject"]) <= 255 for c in databox), "annotation at most 255 characters"
    mails = [c for c in cases if "databox" not in c]
    assert sum(len(c.get("body", "").strip()) < 80 and "html" not in c for c in mails) >= 5
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORM, Style.TABLE, Style.FORWARD, Style.COVER_NOTE, Style.FOREIGN):
        assert styles[style] >= 2, style
    assert len(styles) >= 10


def _text(value: object) -> str:
    return str(value)


def test_forms_use_boxes_brackets_and_yes_no_columns() -> None:
    text = _text(all_cases())
    for mark in ("☒", "☐", "☑", "✔", "[x]", "[ ]", "[X]", "ANO", "NE", "ÁNO", "NIE"):
        assert mark in text, mark


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2 and types[(FILM,)] >= 3
    assert types[(FEED, FILM)] >= 5
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(len(lab["production_ips"]) == 4 for lab in labels), "a block or a range"
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a letter"
    quoting_office = [c for c in cases if OFFICE_QUOTED.search(_text(c))]
    assert len(quoting_office) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+44", "+43", "+48"):
        assert any(p.startswith(country) for p in phones), country
