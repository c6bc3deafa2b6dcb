"""The forty-fourth held-out part ``bf`` (tests/corpus/fortyfourth/bf###-…): what is particular
to this part — e-mail as people really send it (notes typed on a phone without diacritics,
HTML-only mails with tables and lists, replies and forwards with quoted history including the
office's own quoted identifiers, corrections inside one message, signatures naming several
people, format=flowed wrapped inside a role sentence, foreign senders writing English, many
mail clients) with five data messages each carrying a file, and its label mix (feed access,
filming only and both, applicants without an IČO, IPv6 production addresses, production
without test, a contact other than the sender, phones from many countries). The checks every
part shares are in test_corpus_parts.py. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not
run here."""

from __future__ import annotations

import re
from collections import Counter
from email.utils import parseaddr
from typing import Any

from tests.corpus.fortyfourth_bf_common import CLIENTS, FEED, FILM, Style
from tests.corpus.make_fortyfourth_bf import all_cases

OFFICE_MARKS = ("00025593", "2gfaasy", "274 052 733", "czso.cz")
PHONE = re.compile(r"(?:\+\d{2,3}[ (]|\b0)?\d{3}[ ]?\d{3}[ ]?\d{3,4}\b")
QUOTED = re.compile(r"^> ?\S", re.M)
ENGLISH = re.compile(r"\b(?:Dear|Hello|Good (?:morning|afternoon)|Best|Kind regards)\b")


def _mails() -> list[dict[str, Any]]:
    return [c for c in all_cases() if "databox" not in c]


def _text(case: dict[str, Any]) -> str:
    return case.get("body", "") + case.get("html", "")


def test_many_mail_clients_and_phone_typed_notes() -> None:
    mails = _mails()
    headers = {tuple(map(tuple, c.get("headers", []))) for c in mails}
    used = [
        name for name, h in CLIENTS.items() if any(set(map(tuple, h)) <= set(x) for x in headers)
    ]
    assert len(used) >= 10, used
    for c in mails:
        assert c.get("headers"), f"{c['id']} names no mail client"
    mobile = [c for c in mails if c["style"] == Style.MOBILE]
    assert len(mobile) >= 3
    ascii_only = [c for c in mails if c.get("body") and c["body"].isascii()]
    assert len(ascii_only) >= 3, "notes typed without diacritics"
    sent_from_phone = [
        c for c in mails if re.search(r"Odesl[aá]no z|Odoslane z|Inviato da", _text(c))
    ]
    assert len(sent_from_phone) >= 4


def test_html_only_mails_have_tables_or_lists() -> None:
    html_only = [c for c in _mails() if "html" in c and "body" not in c]
    assert len(html_only) >= 4
    assert sum("<table" in c["html"] for c in html_only) >= 3
    assert any("rowspan" in c["html"] for c in html_only)
    assert any("<ul>" in c["html"] for c in html_only)
    assert all(c["style"] == Style.HTML for c in html_only)
    assert any("body" in c and "html" in c for c in _mails()), "one multipart/alternative"


def test_replies_forwards_and_the_offices_quoted_identifiers() -> None:
    mails = _mails()
    replies = [c for c in mails if c["style"] == Style.REPLY and QUOTED.search(c["body"])]
    assert len(replies) >= 2
    forwards = [c for c in mails if c["style"] == Style.FORWARD]
    assert len(forwards) >= 3
    assert any(k == "eml" for c in forwards for k, _, _ in c.get("attachments", []))
    assert (
        sum("From:" in c.get("body", "") or "Původní e-mail" in c.get("body", "") for c in forwards)
        >= 2
    )
    quoting_office = [c for c in mails if sum(m in _text(c) for m in OFFICE_MARKS) >= 2]
    assert len(quoting_office) >= 3
    for c in all_cases():
        flat = repr(c["labels"]).casefold()
        assert not any(m.replace(" ", "") in flat.replace(" ", "") for m in OFFICE_MARKS)


def test_corrections_signatures_and_flowed_wrapping() -> None:
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    assert set(styles) <= set(Style)
    for style in (Style.CORRECTION, Style.SIGNATURE, Style.FOREIGN, Style.CHATTY):
        assert styles[style] >= 3, style
    signatures = [c for c in cases if c["style"] == Style.SIGNATURE]
    several = [c for c in signatures if len(PHONE.findall(_text(c))) >= 2]
    assert len(several) >= 3, "signatures naming several people with their phones"
    flowed = [c for c in _mails() if c.get("flowed")]
    assert len(flowed) >= 2 and any(c.get("delsp") for c in flowed)
    for c in flowed:
        soft = [line for line in c["body"].split("\n") if line.endswith(" ")]
        assert any(re.search(r"\b(?:z|bude|na|k)\s*$", line) for line in soft), c["id"]
    foreign = [c for c in cases if c["style"] == Style.FOREIGN]
    assert len(foreign) >= 6 and all(ENGLISH.search(c["body"]) for c in foreign)


def test_data_messages_each_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    kinds = {k for c in boxes for k, _, _ in c["attachments"]}
    assert kinds >= {"pdf", "docx", "xlsx", "odt", "rtf"}
    assert any(c["databox"]["type"] == 40 for c in boxes)


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 25 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 6
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 5
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 4
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 4
    other = [c for c in _mails() if c["labels"]["contact"]["email"] != parseaddr(c["from"])[1]]
    assert len(other) >= 6, "contacts other than the sender"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    countries = ("+420", "+421", "+43", "+49", "+48", "+36", "+44", "+39", "+33")
    found = [cc for cc in countries if any(p.startswith(cc) for p in phones)]
    assert len(found) >= 6, found
