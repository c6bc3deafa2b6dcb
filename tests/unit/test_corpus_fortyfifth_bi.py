"""The forty-fifth held-out part ``bi`` (tests/corpus/fortyfifth/bi###-…): what is particular
to this part — e-mail as people really send it (notes typed on a phone without diacritics,
chatty messages, at least ten distinct mail clients, HTML-only mails with tables, replies and
forwards with quoted history including the office's own press release and contacts,
corrections inside one message, signatures naming several people, format=flowed soft breaks
inside a role sentence, foreign senders writing English with phones from many countries, data
messages each carrying a file) and its label mix. The checks every part shares are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import re
from collections import Counter
from typing import Any

from tests.corpus.fortyfifth_bi_common import FEED, FILM, Style
from tests.corpus.make_fortyfifth_bi import all_cases, files

OFFICE = ("00025593", "2gfaasy", "274 052 733")
DIACRITICS = re.compile(r"[áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]")
QUOTED = re.compile(
    r"^>|-----Original Message-----|Původní e-mail|Forwarded message|<b>From:</b>|^From: ",
    re.M,
)


def _mails() -> list[dict[str, Any]]:
    return [c for c in all_cases() if "databox" not in c]


def test_html_only_mails_and_many_clients() -> None:
    mails = _mails()
    html_only = [c for c in mails if "html" in c and "body" not in c]
    assert len(html_only) >= 4
    assert sum("<table" in c["html"] for c in html_only) >= 3
    assert any("html" in c and "body" in c for c in mails), "a multipart/alternative mail"
    clients = {tuple(c["headers"]) for c in mails if c.get("headers")}
    assert len(clients) >= 10
    assert all(c.get("headers") for c in mails), "every mail names its client"


def test_quoted_history_and_the_offices_own_identifiers() -> None:
    mails = _mails()
    replies = [c for c in mails if c["style"] == Style.REPLY and QUOTED.search(c["body"])]
    assert len(replies) >= 2
    quoting_office = [c for c in mails if all(o in c.get("body", "") for o in OFFICE)]
    assert len(quoting_office) >= 2
    for case in all_cases():
        lab = case["labels"]
        assert lab["organization"]["ico"] != "00025593"
        assert lab["organization"]["databox_id"] != "2gfaasy"
        assert "czso.cz" not in (lab["contact"]["email"] or "")
        assert lab["contact"]["phone"] != "+420274052733"
    forwards = [c for c in all_cases() if c["style"] == Style.FORWARD]
    assert len(forwards) >= 3
    assert any(k == "eml" for c in forwards for k, _, _ in c.get("attachments", []))


def test_phone_typed_sloppy_flowed_and_corrected_mail() -> None:
    mails = _mails()
    styles = Counter(c["style"] for c in all_cases())
    assert len(styles) >= 8
    for style in (Style.MOBILE, Style.CHATTY, Style.CORRECTION, Style.SIGNATURE, Style.FLOWED):
        assert styles[style] >= 2, style
    bare = [
        c
        for c in mails
        if "body" in c and not DIACRITICS.search(c["body"].split("\n-- ")[0].split("Odesl")[0])
    ]
    assert len(bare) >= 3, "notes typed without diacritics"
    flowed = [c for c in mails if c.get("flowed")]
    assert len(flowed) >= 2 and any(c.get("delsp") for c in flowed)
    for case in flowed:
        assert " \r\n" in case["body"], case["id"]
    signed_by_many = [c for c in mails if c["style"] == Style.SIGNATURE]
    for case in signed_by_many:
        text = case.get("body", "") + case.get("html", "")
        assert len(re.findall(r"\+?\d{3}[ \d]{8,}", text)) >= 2, case["id"]


def test_foreign_senders_and_their_phones() -> None:
    cases = all_cases()
    foreign = [c for c in cases if c["style"] == Style.FOREIGN]
    assert len(foreign) >= 6
    english = [c for c in foreign if re.search(r"\b(Dear|Hello|Hi|Good)\b", c.get("body", ""))]
    assert len(english) >= 5
    phones = [c["labels"]["contact"]["phone"] for c in cases if c["labels"]["contact"]["phone"]]
    countries = {
        cc
        for p in phones
        for cc in ("+420", "+421", "+43", "+48", "+49", "+36", "+44", "+1", "+39")
        if p.startswith(cc)
    }
    assert len(countries) >= 6


def test_data_messages_carry_files() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert len({k for c in boxes for k, _, _ in c["attachments"]}) >= 4
    assert any(c["databox"]["type"] == 40 for c in boxes)


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    assert len(cases) == 42
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 8
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 2
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 2
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    kinds = Counter(k for c in cases for k, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "eml"):
        assert kinds[kind] >= 1, kind


def test_written_messages_have_the_raw_markers() -> None:
    raw = b"".join(data for name, data in files().items() if name.endswith(".eml"))
    for marker in (
        b'format="flowed"',
        b'delsp="yes"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
        b"multipart/alternative",
        b"text/html",
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
    ):
        assert marker in raw, marker
    for name, data in files().items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
