"""The eighteenth held-out part ``lc`` (tests/corpus/eighteenth/lc###-…): what is particular to
this part — unusual applicants and wording (foreign media in their own languages or mixed
English, freelancers, universities and institutes, municipalities, agencies, IT contractors),
every labelled address written in the case, addresses written as ranges, CIDR blocks, netmasks,
IPv6 and replaced or internal hosts, request types declined, withdrawn, conditional, put off or
filming only, HTML-only mails and data messages that each carry a file. The checks every part
shares (ids, files, labels, loading, variety, the sender header, the sender box, the mail
clients, charsets, encodings and attachment kinds of its ``Part`` record) are in
test_corpus_parts.py. The cases were written by hand apart from the extraction rules and are
scored only at the end of the round; extraction is deliberately not run here."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from tests.corpus.eighteenth_lc_common import FEED, FILM, Style
from tests.corpus.make_eighteenth_lc import all_cases

CASES = all_cases()
FOREIGN_WORDS = {
    "de": "Mit freundlichen Grüßen",
    "pl": "Z poważaniem",
    "sk": "S pozdravom",
    "hu": "Üdvözlettel",
    "fr": "Cordialement",
    "es": "Atentamente",
    "sv": "Vänliga hälsningar",
    "da": "Med venlig hilsen",
    "no": "Mvh",
    "fi": "Ystävällisin terveisin",
}
_V4 = r"\d{1,3}(?:\.\d{1,3}){3}"
_V6 = r"[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}"


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("labels", "description", "id", "style"):
                yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _text(case: dict[str, Any]) -> str:
    return "\n".join(_strings(case))


def _written(text: str) -> set[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """Every address written in a case, with blocks, netmasks and ranges expanded."""
    found: set[Any] = set()
    for token in re.findall(rf"{_V4}|{_V6}", text):
        try:
            found.add(ipaddress.ip_address(token))
        except ValueError:
            pass
    for net in re.findall(rf"((?:{_V4}|{_V6})/\d{{1,3}})", text):
        found.update(ipaddress.ip_network(net, strict=False))
    mask = rf"({_V4})\s*(?:/|s maskou)?\s*(255\.255\.255\.\d{{1,3}})"
    for addr, netmask in re.findall(mask, text):
        found.update(ipaddress.ip_network(f"{addr}/{netmask}", strict=False))
    span = rf"(?:od\s+)?({_V4})\s*(?:–|-|až|do)\s*({_V4}|\d{{1,3}})\b"
    for first, last in re.findall(span, text):
        lo = ipaddress.IPv4Address(first)
        hi = last if "." in last else first.rsplit(".", 1)[0] + "." + last
        top = ipaddress.IPv4Address(hi)
        if lo < top and int(top) - int(lo) < 8:
            found.update(ipaddress.IPv4Address(i) for i in range(int(lo), int(top) + 1))
    return found


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_every_labelled_address_is_written_in_the_case(case: dict[str, Any]) -> None:
    """A labelled address is in the text itself or in a block, netmask or range written there."""
    written = _written(_text(case))
    labels = case["labels"]
    for ip in labels["production_ips"] + labels["test_ips"]:
        assert ipaddress.ip_address(ip) in written, (case["id"], ip)


def test_data_messages_each_carry_a_file() -> None:
    databox = [c for c in CASES if "databox" in c]
    assert len(databox) >= 4
    for case in databox:
        assert case.get("attachments"), case["id"]


def test_the_part_has_its_unusual_applicants() -> None:
    styles = Counter(c["style"] for c in CASES)
    assert len(styles) >= 12, styles
    for style in (
        Style.FOREIGN,
        Style.MIXED_ENGLISH,
        Style.FREELANCER,
        Style.UNIVERSITY,
        Style.MUNICIPALITY,
        Style.AGENCY,
        Style.CONTRACTOR,
        Style.TERSE,
        Style.LETTER,
    ):
        assert styles[style] >= 2, style
    text = "\n".join(_text(c) for c in CASES)
    for language, closing in FOREIGN_WORDS.items():
        assert closing in text, language
    assert sum(c["labels"]["organization"]["ico"] is None for c in CASES) >= 10


def test_the_part_writes_addresses_in_unusual_notations() -> None:
    text = "\n".join(_text(c) for c in CASES)
    assert len(re.findall(rf"{_V4}/\d{{2}}\b", text)) >= 4
    assert len(re.findall(r"255\.255\.255\.\d+", text)) >= 2
    assert re.search(rf"{_V4}\s*(?:–|až)\s*{_V4}", text)
    assert re.search(r"2001:0db8:", text), "an IPv6 address written in full"
    labels = [c["labels"] for c in CASES]
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert any(len(lab["production_ips"]) == 4 for lab in labels)


def test_the_part_has_its_request_type_mix() -> None:
    types = Counter(tuple(c["labels"]["request_types"]) for c in CASES)
    assert types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 5, types
    declined = [
        c
        for c in CASES
        if c["labels"]["request_types"] == [FEED]
        and re.search(
            r"nicht|nie |not|nepožadujeme|neevidujte|ne\)|ikke|No solicitamos|zurück", _text(c)
        )
    ]
    assert len(declined) >= 6


def test_the_part_has_html_only_mails() -> None:
    assert sum("html" in c and "body" not in c for c in CASES) >= 2
