"""The thirty-eighth held-out part ``ak`` (tests/corpus/thirtyeighth/ak###-…): what is particular
to this part — its emphasis on attachments, forms and data-box messages (many PDFs, Word files and
spreadsheets, attachments behind nearly every mail, cover notes and empty bodies, forms with box
characters, brackets and ANO/NE or YES/NO columns, spreadsheets with merged cells, at least twelve
data messages with the application in the annotation, in the file or in both, each annotation at
most 255 characters) and its label mix (filming only and both at least three times each,
applicants without an IČO, an IPv6 test address, a block of at least four addresses, production
without test addresses at least five times, box IDs from a mail's letterhead or signature, phones
from five countries, contacts other than the sender). The checks every part shares (ids, files,
labels, loading, variety, the sender header, the sender box, the attachment kinds and the office
MIME types, mail clients, charsets, encodings and wrappers of its ``Part`` record) are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.make_thirtyeighth_ak import all_cases
from tests.corpus.thirtyeighth_ak_common import FEED, FILM, Style

BOXES = re.compile(r"[☐☒☑✔✘]|\[[xX ]\]|\([xX ]\)")


def _text(case: dict) -> str:
    """Everything written in a case spec (body, HTML, subject, attachment contents)."""
    return repr({k: v for k, v in case.items() if k not in ("labels", "description")})


def test_the_part_has_its_attachment_and_form_emphasis() -> None:
    """Many PDFs, Word files and spreadsheets, attachments behind nearly every mail, empty
    bodies, forms with box characters and ANO/YES columns, spreadsheets with merged cells, and
    forms, tables, corrections, empty bodies and foreign senders at least three times each."""
    cases = all_cases()
    mails = [c for c in cases if "databox" not in c]
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    assert kinds["pdf"] >= 8 and kinds["docx"] >= 5 and kinds["xlsx"] >= 5, kinds
    assert sum(bool(c.get("attachments")) for c in mails) >= len(mails) - 3
    empty = [
        c
        for c in mails
        if not c.get("body", "x").strip() or "Odesláno z iPhonu" == (c.get("body", "").strip())
    ]
    assert len(empty) >= 3
    assert sum(bool(BOXES.search(_text(c))) for c in cases) >= 6
    assert sum("ANO" in _text(c) or "YES" in _text(c) for c in cases) >= 3
    assert (
        sum(
            any(
                k == "xlsx" and any(s.get("merge") for s in v)
                for k, _, v in c.get("attachments", [])
            )
            for c in cases
        )
        >= 3
    )
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 10
    for style in (Style.FORM, Style.TABLE, Style.CORRECTION, Style.EMPTY, Style.FOREIGN):
        assert styles[style] >= 3, style


def test_data_messages_carry_files_and_short_annotations() -> None:
    """At least twelve data messages, each with a file, an annotation of at most 255
    characters, the application in the annotation, the file or both (each shape at least three
    times), with at least five attachment kinds among them."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
    styles = Counter(c["style"] for c in boxes)
    for style in (Style.DATABOX_NOTE, Style.DATABOX_FILE, Style.DATABOX_BOTH):
        assert styles[style] >= 3, style
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 5


def test_the_part_has_its_label_mix() -> None:
    """Feed access only at least once, filming only and both at least three times each, at
    least two applicants without an IČO, an IPv6 test address, a block of at least four
    addresses, production without test addresses at least five times, box IDs from a mail's
    letterhead or signature in at least three mails, phones from five countries, and at least
    three contacts other than the sender."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] and types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 3
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 2
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) >= 4 for lab in labels)
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 5
    mails = [c for c in cases if "databox" not in c]
    assert sum(bool(c["labels"]["organization"]["databox_id"]) for c in mails) >= 3
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+44", "+49"):
        assert any(p.startswith(country) for p in phones), country
    others = [c for c in mails if c["labels"]["contact"]["email"] not in c["from"]]
    assert len(others) >= 3
