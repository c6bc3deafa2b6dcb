"""The thirty-ninth held-out part ``an`` (tests/corpus/thirtyninth/an###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (every office kind and TXT
and forwarded .eml attachments at least twice each, short cover mails and empty bodies, checkbox,
bracket and ANO/NE forms, tables with merged and nested cells, a DOCX footer, every style of its
writer's style module, at least twelve data messages of at least five attachment kinds, from a
public authority's and a self-employed person's box, with the addresses in the annotation or only
in the file, each annotation at most 255 characters), its label mix (mostly feed access, filming
only at least five and both at least three times, applicants without an IČO, an IPv6 test
address, a four-address block, a box ID in a mail's letterhead, phones from five countries) and
the office's identifiers quoted in letters but never labelled. The checks every part shares (ids,
files, labels, loading, variety, the sender header, the sender box, the attachment kinds and the
office MIME types, mail clients, charsets, encodings and wrappers of its ``Part`` record) are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

from collections import Counter
from typing import Any

from tests.corpus.make_thirtyninth_an import PART, all_cases
from tests.corpus.part_checks import messages
from tests.corpus.parts import part_paths
from tests.corpus.thirtyninth_an_common import FEED, FILM, Style

PATHS = messages(part_paths(PART.out, PART.prefix))
BOX_CHARS = ("☒", "☐", "&#9745;", "[x]", "[X]", "[ ]")


def _text(value: Any) -> str:
    """All strings inside a case spec's attachment content, joined."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(_text(v) for v in value.values())
    if isinstance(value, list | tuple):
        return " ".join(_text(v) for v in value)
    return ""


def test_the_part_has_its_attachment_emphasis() -> None:
    """Every office kind, TXT and .eml at least twice, attachments behind at least 38 cases,
    empty bodies, short cover mails, checkbox and yes/no forms, a merged XLSX cell, a nested
    DOCX table, a DOCX footer, every style and forms, amendments, forwards, data messages and
    foreign senders at least three times each."""
    cases = all_cases()
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 2, kind
    assert sum(bool(c.get("attachments")) for c in cases) >= 38
    mails = [c for c in cases if "databox" not in c]
    assert sum(c.get("body") == "" for c in mails) >= 3, "empty bodies"
    short = [c for c in mails if c.get("attachments") and len(c.get("body", "x")) < 120]
    assert len(short) >= 6, "short cover mails"
    docs = [_text(c.get("attachments", [])) + c.get("html", "") for c in cases]
    assert sum(any(b in d for b in BOX_CHARS) for d in docs) >= 6, "checkbox forms"
    assert sum(("ANO" in d and "NE" in d) or "Yes" in d for d in docs) >= 4, "yes/no columns"
    contents = [content for c in cases for _, _, content in c.get("attachments", [])]
    sheets = [s for x in contents if isinstance(x, list) for s in x if isinstance(s, dict)]
    assert any(s.get("merge") for s in sheets), "a merged XLSX cell"
    blocks = [b for x in contents if isinstance(x, dict) for b in x.get("blocks", [])]
    assert any(isinstance(b, dict) and b.get("nested") for b in blocks), "a nested DOCX table"
    assert any(isinstance(x, dict) and x.get("footer") for x in contents), "a DOCX footer"
    styles = Counter(c["style"] for c in cases)
    assert len(styles) == len(Style)
    for style in (Style.FORM, Style.AMENDMENT, Style.FORWARD, Style.DATABOX, Style.FOREIGN):
        assert styles[style] >= 3, style


def test_the_part_has_at_least_twelve_data_messages_of_every_shape() -> None:
    """At least twelve data messages, each with a file and an annotation of at most 255
    characters, of at least five attachment kinds, from a public authority's and a
    self-employed person's box, with the addresses in the annotation at least twice and only in
    the file at least four times."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    for case in boxes:
        assert case.get("attachments"), f"{case['id']}: ISDS needs a file"
        assert len(case["subject"]) <= 255, f"{case['id']}: annotation too long"
    kinds = {kind for c in boxes for kind, _, _ in c["attachments"]}
    assert len(kinds) >= 5, kinds
    assert any(c["databox"].get("type") == 10 for c in boxes), "a public authority"
    assert any(c["databox"].get("type") == 30 for c in boxes), "a self-employed person"
    with_ip = [c for c in boxes if c["labels"]["production_ips"]]
    only_annotation = [
        c for c in with_ip if c["labels"]["production_ips"][0].split("/")[0] in c["subject"]
    ]
    assert len(only_annotation) >= 2, "addresses in the annotation"
    assert len(with_ip) - len(only_annotation) >= 4, "addresses only in the file"


def test_the_part_has_its_label_mix() -> None:
    """Feed access only at least 25 times, filming only at least five and both at least three
    times, at least three applicants without an IČO, an IPv6 test address, a four-address block,
    a box ID in a mail's letterhead and phones from five countries."""
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 25 and types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 3, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels), "a /30 or a netmask"
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a letterhead"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+44", "+46"):
        assert any(phone.startswith(country) for phone in phones), country


def test_the_office_identifiers_appear_only_as_quoted_office_data() -> None:
    """Some letters print the office's IČO and data box; no label ever carries them."""
    raw = b"".join(p.read_bytes() for p in PATHS)
    assert b"2gfaasy" in raw or any(
        "2gfaasy" in _text(c.get("attachments", [])) for c in all_cases()
    )
    for case in all_cases():
        flat = repr(case["labels"])
        assert "00025593" not in flat and "2gfaasy" not in flat
