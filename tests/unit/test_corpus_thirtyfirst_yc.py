"""The thirty-first held-out part ``yc`` (tests/corpus/thirtyfirst/yc###-…): what is particular
to this part — its emphasis on unusual applicants and wording (foreign media writing in their
own languages or mixed English, freelancers, universities, municipalities, agencies and IT
contractors, terse notes and long letters, phones from ten countries), addresses written as
ranges, CIDR blocks, netmasks and order words, IPv6 test addresses, replaced, temporary and
internal hosts, request types declined, withdrawn, conditional, for a later election or for
filming only, and at least four data messages, each with a file and an annotation within 255
characters. The checks every part shares (ids, files, labels, loading, variety, the sender
header, the sender box, the mail clients, charsets, encodings, wrappers and attachment kinds of
its ``Part`` record) are in test_corpus_parts.py. These cases were written by hand apart from
the extraction rules and are scored only at the end of the round: extraction is deliberately not
run here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.corpus.make_thirtyfirst_yc import all_cases
from tests.corpus.thirtyfirst_yc_common import FEED, FILM, Style


def _text(case: dict[str, Any]) -> str:
    """Everything a case writes: body, HTML, annotation and attachment contents."""
    return " ".join(
        [case.get("body", ""), case.get("html", ""), case["subject"]]
        + [repr(content) for _, _, content in case.get("attachments", [])]
    )


def test_the_part_has_its_unusual_applicants() -> None:
    """Foreign media in many languages, freelancers, universities, municipalities, agencies,
    contractors, terse notes and long letters."""
    styles = Counter(c["style"] for c in all_cases())
    assert styles[Style.FOREIGN] + styles[Style.MIXED] >= 12, styles
    for style in (Style.TERSE, Style.UNIVERSITY, Style.MUNICIPALITY, Style.AGENCY):
        assert styles[style] >= 2, style
    assert styles[Style.CONTRACTOR] >= 3 and styles[Style.LETTER] >= 3
    assert len(styles) >= 12
    phones = {c["labels"]["contact"]["phone"] for c in all_cases()} - {None}
    for country in ("+49", "+48", "+421", "+36", "+33", "+34", "+46", "+47", "+45", "+358"):
        assert any(p.startswith(country) for p in phones), country
    foreign_words = ("Sehr geehrte", "Szanowni", "Tisztelt", "Madame", "Estimados", "Hyvä")
    texts = " ".join(_text(c) for c in all_cases())
    assert all(w in texts for w in foreign_words)
    freelancers = [c for c in all_cases() if c["style"] in (Style.FREELANCER, Style.TERSE)]
    assert any(
        c["labels"]["organization"]["name"] == c["labels"]["contact"]["person"] for c in freelancers
    ), "a natural person applying as themselves"


def test_addresses_come_as_blocks_ranges_and_ipv6() -> None:
    """Blocks of four (a /30 and a netmask), a /31, an IPv6 /127, written ranges, an IPv6 test
    address; netmasks, versions and internal hosts in the text are never labelled."""
    labels = [c["labels"] for c in all_cases()]
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 2
    assert sum(len(lab["production_ips"]) == 3 for lab in labels) >= 2
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    texts = [_text(c) for c in all_cases()]
    assert any("255.255.255.252" in t for t in texts)
    assert sum(bool(re.search(r"[\d:]/(3[01]|127)\b", t)) for t in texts) >= 3
    every_ip = {ip for lab in labels for ip in lab["production_ips"] + lab["test_ips"]}
    for never in ("255.255.255.252", "2.4.1.3", "10.12.0.5", "172.16.40.11", "192.0.2.55"):
        assert never not in every_ip


def test_request_types_are_declined_withdrawn_or_filming_only() -> None:
    """Filming only at least four times, both at least three, feed access only at least 25;
    declined and withdrawn types do not count and a declined feed leaves no addresses."""
    types = Counter(tuple(c["labels"]["request_types"]) for c in all_cases())
    assert types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 3 and types[(FEED,)] >= 25, types
    by_id = {c["id"][:5]: c["labels"] for c in all_cases()}
    for declined_film in ("yc001", "yc012", "yc014", "yc030"):
        assert by_id[declined_film]["request_types"] == [FEED]
    for declined_feed in ("yc010", "yc018", "yc037", "yc040"):
        assert by_id[declined_feed]["request_types"] == [FILM]
        assert not by_id[declined_feed]["production_ips"]
    assert by_id["yc017"]["request_types"] == [FEED, FILM], "a conditional request counts"
    assert by_id["yc029"]["request_types"] == [FEED], "a request for a later election counts"


def test_at_least_four_data_messages_each_with_a_file_and_a_short_annotation() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    kinds = set()
    for case in databox:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert kinds >= {"pdf", "docx", "xlsx"}
