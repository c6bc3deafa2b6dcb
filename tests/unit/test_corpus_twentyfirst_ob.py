"""The twentyfirst held-out part ``ob`` (tests/corpus/twentyfirst/ob###-…): what is particular to
this part — its emphasis on attachments, forms and data messages (every attachment kind behind a
short cover mail or an empty body, forms with ticked and unticked box characters, [x]/[ ] and
ANO/NE columns, tables with role columns or row headers, at least twelve data messages with the
application only in the annotation, only in the file or in both, cover notes that change the
attachment, letterheads and signature blocks with IČO and box IDs, the office's own identifiers
printed in attachments) and its label mix. The checks every part shares (ids, files, labels,
loading, variety, the sender header, the sender box, the attachment kinds, office MIME types,
charsets, encodings, wrappers and mail clients of its ``Part`` record) are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

from collections import Counter
from typing import Any

from tests.corpus.make_twentyfirst_ob import all_cases
from tests.corpus.twentyfirst_ob_common import BOTH, FEED, FILM, Style


def _text(case: dict[str, Any]) -> str:
    """Everything a case's sender wrote: subject, bodies and attachment contents."""
    return repr([case.get("subject"), case.get("body"), case.get("html"), case.get("attachments")])


def test_every_attachment_kind_twice_behind_short_or_empty_mails() -> None:
    cases = all_cases()
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 2, kind
    mails = [c for c in cases if "databox" not in c]
    assert sum(c.get("attachments") is not None for c in mails) >= len(mails) - 1
    assert sum(not c.get("body", "x").strip() for c in mails) >= 2, "mails with an empty body"
    assert sum("html" in c and "body" not in c for c in mails) >= 2, "HTML-only covers"


def test_forms_tables_and_amending_covers() -> None:
    texts = [_text(c) for c in all_cases()]
    assert sum("☒" in t or "☑" in t for t in texts) >= 2
    assert sum("☐" in t for t in texts) >= 3
    assert any("[x]" in t and "[ ]" in t for t in texts)
    assert any("✔" in t and "✘" in t for t in texts)
    assert sum("ANO" in t and "NE" in t for t in texts) >= 5
    styles = Counter(c["style"] for c in all_cases())
    assert styles[Style.FORM] >= 5 and styles[Style.TABLE] >= 4
    assert styles[Style.AMEND] >= 3 and styles[Style.FORWARD] >= 3
    assert len(styles) == len(Style)


def test_data_messages_of_every_shape() -> None:
    """At least twelve data messages: the application in the annotation, in the file, in
    both, from at least four kinds of sender box; every one carries a file (a message without
    one is refused) and an annotation of at most 255 characters."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    shapes = Counter(c["style"] for c in boxes)
    for style in (Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH):
        assert shapes[style] >= 3, style
    assert len({c["databox"].get("type", 20) for c in boxes}) >= 4, "sender types"
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, "an annotation holds at most 255 characters"


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(labels) // 2
    assert types[(FILM,)] >= 5 and types[tuple(BOTH)] >= 5
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 2, "expanded blocks"
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 4
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 3, "box in a letter"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+45", "+48", "+49"):
        assert any(p.startswith(country) for p in phones), country


def test_the_office_s_identifiers_appear_only_as_the_office_s() -> None:
    """The office's own IČO and box are printed in some attachments, never labelled."""
    printed = [c for c in all_cases() if "2gfaasy" in _text(c)]
    assert len(printed) >= 2
