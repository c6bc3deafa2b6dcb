"""The fortieth held-out part ``aq`` (tests/corpus/fortieth/aq###-…): what is particular to this
part — its emphasis on attachments, forms and data-box messages (every office attachment kind and
TXT at least twice, forwarded .eml at least three times, attachments behind at least 38 cases, an
empty mail body, at least six forms with box characters, brackets or check marks and two with ANO/NE
columns, at least ten styles; at least twelve data messages of at least five attachment kinds, each
with a file and an annotation of at most 255 characters, with the application in the annotation
only, in the file only, or in both, each at least three times) and its label mix (mostly feed
access, filming only and both at least four times each, at least two applicants without an IČO, an
IPv6 test address, a netmask block, production without test addresses at least three times, a box ID
from a mail's signature block, phones from four countries). The checks every part shares (ids,
files, labels, loading, variety, the sender header, the sender box, the attachment kinds and the
office MIME types, mail clients, charsets, encodings and wrappers of its ``Part`` record) are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.corpus.fortieth_aq_common import FEED, FILM, Style
from tests.corpus.make_fortieth_aq import all_cases

DATABOX_STYLES = (Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH)
BOX_MARKS = re.compile(r"[☐☑☒✔✘]|\[x\]|\[ \]")


def _text(value: Any) -> str:
    """Every string inside a case spec's attachment content, joined."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(_text(v) for v in value.values())
    if isinstance(value, list | tuple):
        return " ".join(_text(v) for v in value)
    return ""


def test_the_part_has_its_attachment_and_form_emphasis() -> None:
    """Every office kind and TXT at least twice and .eml at least three times, attachments behind
    at least 38 cases, an empty body, at least six box-character forms and two ANO/NE forms, at
    least ten styles and forms, cover notes, attachments and HTML tables at least three times."""
    cases = all_cases()
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= (2 if kind != "eml" else 3), (kind, kinds)
    assert sum(bool(c.get("attachments")) for c in cases) >= 38
    assert any(c.get("body") == "" for c in cases), "a mail with an empty body"
    forms = [
        c for c in cases if BOX_MARKS.search(_text(c.get("attachments", [])) + c.get("html", ""))
    ]
    assert len(forms) >= 6
    ano_ne = [c for c in cases if re.search(r"\bANO\b", _text(c.get("attachments", [])))]
    assert len(ano_ne) >= 2
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 10
    for style in (Style.FORM, Style.COVER_NOTE, Style.ATTACHMENT, Style.HTML_TABLE):
        assert styles[style] >= 3, style


def test_data_messages() -> None:
    """At least twelve, each with a file and a short annotation and in a data-message style; the
    three places the application may be (annotation, file, both) each at least three times; at
    least five attachment kinds among them."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["style"] in DATABOX_STYLES, case["id"]
    styles = Counter(c["style"] for c in boxes)
    assert all(styles[s] >= 3 for s in DATABOX_STYLES), styles
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 5


def test_the_part_has_its_label_mix() -> None:
    """Mostly feed access only, filming only and both at least four times each, at least two
    applicants without an IČO, an IPv6 test address, a four-address block, production without
    test addresses at least three times, a box ID in a mail's signature and phones from four
    countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2
    assert types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 4, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 2
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+47", "+49"):
        assert any(p.startswith(country) for p in phones), country
