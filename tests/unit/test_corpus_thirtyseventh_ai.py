"""The thirty-seventh held-out part ``ai`` (tests/corpus/thirtyseventh/ai###-…): what is
particular to this part — its emphasis on unusual applicants and wording (foreign media writing
their own languages, freelancers, universities and institutes, municipalities, agencies and IT
contractors, terse notes and long letters), addresses written as ranges, CIDR blocks, netmasks
and IPv6, and request types declined, withdrawn, conditional or left for a later election — its
label mix (IPv6 in at least three labels' production addresses, four-address blocks, filming
only at least five times and both at least four, at least ten applicants without an IČO, box IDs
in two mails, phones from fifteen countries) and at least four data messages that each carry a
file, with an annotation of at most 255 characters. The checks every part shares (ids, files,
labels, loading, variety, the sender header, the sender box, the attachment kinds and the mail
clients, charsets, encodings and wrappers of its ``Part`` record) are in test_corpus_parts.py.
These cases were written by hand apart from the extraction rules and are scored only at the end
of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.make_thirtyseventh_ai import all_cases
from tests.corpus.thirtyseventh_ai_common import FEED, FILM, Style


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "") + case["subject"]


def test_the_part_has_its_emphasis() -> None:
    """Foreign languages, freelancers, universities, municipalities, agencies, contractors,
    terse notes and letters; at least four data messages, each with a file."""
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert styles[Style.FOREIGN] >= 8
    for style in (
        Style.FREELANCE,
        Style.UNIVERSITY,
        Style.MUNICIPALITY,
        Style.AGENCY,
        Style.CONTRACTOR,
        Style.TERSE,
        Style.FORM,
        Style.REPLY,
    ):
        assert styles[style] >= 2, style
    assert len(styles) >= 12
    databox = [c for c in cases if "databox" in c]
    assert len(databox) >= 4
    assert all(c.get("attachments") and len(c["subject"]) <= 255 for c in databox)
    texts = " ".join(_text(c) for c in cases)
    for word in (
        "Sehr geehrte",
        "Szanowni",
        "Dobrý deň",
        "Tisztelt",
        "Madame",
        "Estimados",
        "Hej",
        "Grüezi",
        "Dear Sir",
    ):
        assert word in texts or any(word in str(c.get("attachments")) for c in cases), word


def test_addresses_are_written_in_unusual_ways() -> None:
    """Ranges, CIDR blocks, netmasks, IPv6 (also a block and a range), internal hosts."""
    texts = " ".join(_text(c) + str(c.get("attachments", "")) for c in all_cases())
    assert re.search(r"\d/3[01]\b", texts) and "/126" in texts
    assert "255.255.255.252" in texts and "255.255.255.254" in texts
    assert re.search(r"\d bis \d|\d to 2001|\d – 192|\d-153", texts)
    assert "10.20.0.15" in texts and "172.16.8.20" in texts
    labels = [c["labels"] for c in all_cases()]
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(len(lab["test_ips"]) == 4 for lab in labels)


def test_the_label_mix() -> None:
    """Filming only at least five times and both at least four, at least ten applicants without
    an IČO, box IDs in two mails, phones from fifteen countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 4
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 10
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in (
        "+420",
        "+421",
        "+49",
        "+48",
        "+36",
        "+33",
        "+34",
        "+46",
        "+47",
        "+43",
        "+45",
        "+358",
        "+32",
        "+41",
        "+44",
    ):
        assert any(p.startswith(country) for p in phones), country
