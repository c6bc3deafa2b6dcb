"""The twentyfourth held-out part ``rc`` (tests/corpus/twentyfourth/rc###-…): what is particular
to this part — its emphasis on unusual applicants and wording (foreign media in their own
language or mixed with English, freelancers, universities, institutes and municipalities,
agencies and IT contractors writing for a medium, terse notes and long letters), addresses as
ranges, CIDR blocks, netmasks and IPv6, replaced, temporary and internal hosts, request types
declined, withdrawn or deferred, filming-only requests and at least four data messages (one
with the application only in its annotation); plus that every label names an applicant and a contact person, never the office
by name. The checks every part shares (ids, files, labels, loading, variety, the sender header,
the sender box, the mail clients, charsets, encodings, wrappers and attachment kinds of its
``Part`` record) are in test_corpus_parts.py. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not run
here."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from tests.corpus.make_twentyfourth_rc import PART, all_cases
from tests.corpus.twentyfourth_rc_common import FEED, FILM, Style


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: c["id"])
def test_every_label_names_the_applicant_and_a_person(case: dict) -> None:
    lab = json.loads((PART.out / f"{case['id']}.json").read_text(encoding="utf-8"))
    org = lab["organization"]
    assert org["name"] and "Český statistický úřad" not in org["name"]
    assert lab["contact"]["person"]


def test_the_part_has_its_emphasis() -> None:
    """Foreign languages and mixed English, freelancers, institutions, contractors, terse notes,
    long letters, hosts, ranges, declined types and filming only, forms, a forward, a reply."""
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert styles[Style.FOREIGN] + styles[Style.MIXED] >= 10, styles
    for style in (Style.RANGE, Style.HOSTS, Style.CONTRACTOR, Style.DATABOX):
        assert styles[style] >= 3, style
    for style in (Style.FREELANCE, Style.INSTITUTION, Style.TERSE, Style.LETTER, Style.FORM):
        assert styles[style] >= 1, style
    assert styles[Style.DECLINED] + styles[Style.FILMING] >= 4
    assert len(styles) >= 12
    assert sum("html" in c and "body" not in c for c in cases) >= 1
    assert any(kind == "eml" for c in cases for kind, _, _ in c.get("attachments", []))


def test_the_part_has_its_label_mix() -> None:
    """Filming-only requests, both types, applicants without an IČO, blocks expanded, an IPv6
    test address, phones from many countries, box IDs from data messages and a signature."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 3, types
    assert types[(FEED,)] > len(cases) // 2
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 8
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(len(lab["production_ips"]) == 3 for lab in labels)
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    phones = {lab["contact"]["phone"][:3] for lab in labels if lab["contact"]["phone"]}
    for country in ("+42", "+49", "+48", "+36", "+33", "+34", "+46", "+47", "+39", "+45"):
        assert country in phones, country
    data = [c for c in cases if "databox" in c]
    assert len(data) >= 4
    annotation_only = [
        c
        for c in data
        if c["labels"]["production_ips"]
        and not any(
            ip in repr(body)
            for _, _, body in c.get("attachments", [])
            for ip in c["labels"]["production_ips"]
        )
    ]
    assert annotation_only, "a data message with the application only in its annotation"
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
