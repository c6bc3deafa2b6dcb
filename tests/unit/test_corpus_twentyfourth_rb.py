"""The twentyfourth held-out part ``rb`` (tests/corpus/twentyfourth/rb###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (attachments behind most
mails, empty or near-empty bodies, amending notes and forwarded .eml files, checkbox forms with
unticked boxes, [x]/[ ] and ANO/NE answers, at least twelve data messages with the application
in the annotation only, in the file only and in both, with files of six kinds and boxes of three
types) and its label mix (feed access only, filming only and both in set numbers, applicants
without an IČO, an IPv6 test address, a netmask block of four, box IDs in mail signatures or
letterheads, phones from five countries). The checks every part shares (ids, files, labels,
loading, variety, the sender header, the sender box, the attachment kinds, office MIME types,
charsets, encodings, wrappers and mail clients of its ``Part`` record) are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

from collections import Counter
from typing import Any

from tests.corpus.make_twentyfourth_rb import all_cases
from tests.corpus.twentyfourth_rb_common import EMPTY, FEED, FILM, TICK, TICK2, Style


def _text(value: Any) -> str:
    """Every string inside a case spec or attachment content, joined."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return "\n".join(_text(v) for v in value.values())
    if isinstance(value, list | tuple):
        return "\n".join(_text(v) for v in value)
    return ""


def test_attachments_behind_mails_and_bodies_that_say_nothing() -> None:
    cases = all_cases()
    mails = [c for c in cases if "databox" not in c]
    assert sum(bool(c.get("attachments")) for c in mails) >= 20
    assert any(c.get("body") == "" for c in mails), "an empty body"
    styles = Counter(c["style"] for c in cases)
    for style in (Style.EMPTY_BODY, Style.AMENDING_NOTE, Style.FORWARDED_EML):
        assert styles[style] >= 2, style
    assert len(styles) >= 10


def test_forms_have_ticked_and_unticked_answers() -> None:
    texts = [_text(c) for c in all_cases()]
    assert any(EMPTY in t and (TICK in t or TICK2 in t) for t in texts)
    assert any("[x]" in t and "[ ]" in t for t in texts)
    assert sum("ANO" in t and ("NE" in t.split()) for t in texts) >= 1
    assert Counter(c["style"] for c in all_cases())[Style.FORM] >= 4


def test_at_least_twelve_data_messages_of_every_shape() -> None:
    box = [c for c in all_cases() if "databox" in c]
    assert len(box) >= 12
    styles = Counter(c["style"] for c in box)
    assert styles[Style.DATABOX_ANNOTATION] >= 3 and styles[Style.DATABOX_FILE] >= 5
    assert styles[Style.DATABOX_BOTH] >= 3
    for case in box:
        assert len(case["subject"]) <= 255, "dmAnnotation holds at most 255 characters"
        assert case.get("attachments"), "ISDS carries at least one file in every message"
        if case["style"] == Style.DATABOX_ANNOTATION:
            files = _text([content for _, _, content in case["attachments"]])
            lab = case["labels"]
            for value in (*lab["production_ips"], *lab["test_ips"], lab["contact"]["phone"]):
                assert value is None or value not in files, (case["id"], value)
    kinds = {kind for c in box for kind, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt"} <= kinds
    assert len({c["databox"]["type"] for c in box}) >= 3


def test_the_part_has_its_label_mix() -> None:
    """Feed access only, filming only and both in set numbers, declined and withdrawn
    requests, applicants without an IČO, an IPv6 test address, a netmask block of four, box IDs
    in mail signatures or letterheads, phones from five countries."""
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 15 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 8, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 3
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+48", "+49"):
        assert any(phone.startswith(country) for phone in phones), country
