"""The thirty-fifth held-out part ``db`` (tests/corpus/thirtyfifth/db###-…): what is particular to
this part — its emphasis on attachments, forms and data-box messages (every attachment kind
including forwarded .eml, mails with an empty body or a short cover, checkbox forms with ticked and
unticked characters, bracket notation and ANO/NE columns, cover notes that change the attached
application, at least twelve data messages with the application in the annotation, in the file or
in both, each carrying a file and an annotation of at most 255 characters), its label mix, and
that every label names its organisation and a contact person. The checks every part shares (ids,
files, labels, loading, variety, the sender header, the sender box, the attachment kinds and the
office MIME types, mail clients, charsets, encodings and wrappers of its ``Part`` record) are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.corpus.make_thirtyfifth_db import all_cases
from tests.corpus.thirtyfifth_db_common import FEED, FILM, Style


def _databox(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [c for c in cases if "databox" in c]


def _texts(case: dict[str, Any]) -> str:
    """The case's own text and the text of its attachments' specs, as one string."""
    return repr([case.get("subject"), case.get("body"), case.get("html"), case.get("attachments")])


def test_the_part_has_its_attachment_emphasis() -> None:
    """Every attachment kind, forwarded .eml files, mails with an empty body, amending covers."""
    cases = all_cases()
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 2, kind
    mails = [c for c in cases if "databox" not in c]
    assert all(c.get("attachments") or "html" in c for c in mails)
    assert sum(not (c.get("body") or "").strip() and "html" not in c for c in mails) >= 3
    styles = Counter(c["style"] for c in cases)
    assert set(styles) == set(Style), styles
    assert styles[Style.AMENDING_COVER] >= 2 and styles[Style.FORWARDED_EML] >= 3


def test_the_part_has_checkbox_forms() -> None:
    """Ticked and unticked box characters, bracket notation and ANO/NE columns."""
    texts = [_texts(c) for c in all_cases()]
    assert sum("☒" in t or "☑" in t or "&#9745;" in t for t in texts) >= 3
    assert sum("☐" in t or "&#9744;" in t for t in texts) >= 3
    assert sum(bool(re.search(r"\[[xX]\]", t)) for t in texts) >= 2
    assert sum(bool(re.search(r"'ANO', 'NE'|ano/ne", t)) for t in texts) >= 3
    assert sum(c["style"] == Style.FORM for c in all_cases()) >= 5


def test_data_messages_each_carry_a_file_and_a_short_annotation() -> None:
    databox = _databox(all_cases())
    assert len(databox) >= 12
    for case in databox:
        assert case.get("attachments"), case["id"]
        assert 0 < len(case["subject"]) <= 255, case["id"]
        assert "body" not in case and "html" not in case, case["id"]
    styles = Counter(c["style"] for c in databox)
    for style in (Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH):
        assert styles[style] >= 3, style
    assert len({kind for c in databox for kind, _, _ in c["attachments"]}) >= 5


def test_the_part_has_its_label_mix() -> None:
    """Feed access alone at least twenty times, filming alone at least five, both at least
    seven; applicants without an IČO, at least two with an IPv6 production address, a /30 block,
    at least four with production but no test addresses, box IDs from letterheads and signatures
    of mails, foreign phones and contacts who are not the sender."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 7, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 2
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert sum(not lab["test_ips"] for lab in labels if lab["production_ips"]) >= 4
    mails = [c for c in cases if "databox" not in c]
    assert sum(bool(c["labels"]["organization"]["databox_id"]) for c in mails) >= 2
    phones = {lab["contact"]["phone"][:3] for lab in labels if lab["contact"]["phone"]}
    assert {"+42", "+43", "+48"} <= phones
    assert any(lab["contact"]["phone"].startswith("+421") for lab in labels)
    other_contact = [c for c in mails if c["labels"]["contact"]["email"] not in c["from"]]
    assert len(other_contact) >= 3


def test_every_label_names_the_organisation_and_a_contact_person() -> None:
    """Beyond the shared label checks: every label has an organisation name and a contact
    person."""
    for case in all_cases():
        labels = case["labels"]
        assert labels["organization"]["name"], case["id"]
        assert labels["contact"]["person"], case["id"]
