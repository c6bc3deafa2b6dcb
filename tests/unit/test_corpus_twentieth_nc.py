"""The twentieth held-out part ``nc`` (tests/corpus/twentieth/nc###-…): what is particular to
this part — its emphasis on unusual applicants and wording (foreign media writing in their own
language or mixing it with English, freelancers, universities and institutes, municipalities,
agencies, IT contractors, terse notes and long letters), its addresses (CIDR blocks, netmasks,
written ranges, roles by order, IPv6, replaced, temporary and internal hosts) and its request
types (declined, withdrawn, conditional, put off to a later election, filming only), phones from
many countries, data messages with the application only in the annotation and HTML-only mails.
The checks every part shares (ids, files, labels, loading, variety, the sender header, the sender
box, the mail clients, charsets, encodings, wrappers and attachment kinds of its ``Part`` record)
are in test_corpus_parts.py. These cases were written by hand apart from the extraction rules and
are scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.make_twentieth_nc import all_cases
from tests.corpus.twentieth_nc_common import FEED, FILM, Style


def _text(case: dict) -> str:
    """Everything a case writes by hand: body, HTML, annotation and attachment contents."""
    parts = [case.get("subject", ""), case.get("body", ""), case.get("html", "")]
    parts += [repr(content) for _, _, content in case.get("attachments", [])]
    return "\n".join(parts)


def test_the_part_has_its_applicant_emphasis() -> None:
    """Foreign media in their own languages, mixed English, freelancers, universities,
    municipalities, agencies, contractors, terse notes and long letters."""
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert styles[Style.FOREIGN] >= 10
    for style in (Style.FREELANCER, Style.UNIVERSITY, Style.TERSE, Style.CORRECTION):
        assert styles[style] >= 3, style
    for style in (Style.MIXED, Style.MUNICIPALITY, Style.CONTRACTOR, Style.LETTER):
        assert styles[style] >= 2, style
    assert styles[Style.DATABOX] >= 4
    assert len(styles) >= 12
    text = "\n".join(_text(c) for c in cases)
    for word in (
        "Sehr geehrte",  # German
        "Szanowni Państwo",  # Polish
        "Dobrý deň",  # Slovak
        "Tisztelt",  # Hungarian
        "Madame, Monsieur",  # French
        "Estimados",  # Spanish
        "Med vänliga hälsningar",  # Swedish
        "Med venlig hilsen",  # Danish
        "Ystävällisin terveisin",  # Finnish
        "Gentili signori",  # Italian
        "Grüezi",  # Swiss German
    ):
        assert word in text, word


def test_the_part_has_its_address_forms() -> None:
    """CIDR blocks, netmasks, written and short ranges, IPv6 (full form and a block), roles by
    order, and old, internal and temporary hosts in the text."""
    cases = all_cases()
    text = "\n".join(_text(c) for c in cases)
    assert re.search(r"\d+\.\d+\.\d+\.\d+/30\b", text)
    assert re.search(r"2001:db8:[0-9a-f:]+/126", text)
    assert len(re.findall(r"255\.255\.255\.25[24]", text)) >= 3
    assert re.search(r"\d+\.\d+\.\d+\.\d+-\d{1,3}\b", text), "a short range"
    assert re.search(r"\d+\.\d+\.\d+\.\d+ (až|bis) \d+\.\d+\.\d+\.\d+", text)
    assert "respectively" in text and "den första" in text and "la primera" in text
    assert "2001:db8:4a1:0:0:0:0:10" in text, "an IPv6 address in its full form"
    assert re.search(r"\b10\.\d+\.\d+\.\d+", text), "an internal address"
    labels = [c["labels"] for c in cases]
    blocks = [lab for lab in labels if len(lab["production_ips"]) == 4]
    assert len(blocks) >= 6
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 4
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert sum(not lab["test_ips"] for lab in labels if FEED in lab["request_types"]) >= 6


def test_the_part_has_its_label_mix() -> None:
    """Filming only, both types and feed only; declined, withdrawn and later-election requests;
    many applicants without an IČO; phones from many countries; box IDs from envelopes and a
    signature."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 8 and types[(FEED,)] >= 20, types
    declined = [
        c
        for c in cases
        if re.search(
            r"declin|withdraw|takes? .* back|later election|"
            r"not needed|NE\b|'\[ \]'",
            c["description"],
        )
    ]
    assert len(declined) >= 7
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 12
    phones = {lab["contact"]["phone"][:3] for lab in labels if lab["contact"]["phone"]}
    for country in (
        "+42",
        "+49",
        "+48",
        "+36",
        "+33",
        "+34",
        "+46",
        "+47",
        "+45",
        "+35",
        "+39",
        "+41",
        "+43",
        "+32",
        "+52",
    ):
        assert country in phones, country
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    ip = re.compile(r"\d+\.\d+\.\d+\.\d+")
    annotation_only = [
        c
        for c in cases
        if "databox" in c
        and ip.search(c["subject"])
        and not any(ip.search(repr(content)) for _, _, content in c.get("attachments", []))
    ]
    assert len(annotation_only) >= 2, "the application only in the annotation"


def test_the_part_has_html_only_mails() -> None:
    cases = [c for c in all_cases() if "databox" not in c]
    assert sum("html" in c and "body" not in c for c in cases) >= 3
