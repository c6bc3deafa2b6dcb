"""The fifty-second held-out part ``cg`` (tests/corpus/fiftysecond/cg###-…): what is particular
to this part — e-mail as people really send it (phone-typed notes without diacritics, addresses
typed with commas or spaces, many mail clients, HTML-only mails with tables, an HTML part that
corrects its plain text, replies answering the office inline and quoting the office's own
identifiers, a thread resent with one change, an application in the Subject line, an assistant
naming the editor-in-chief as the contact, format=flowed breaks in the role sentence, senders
from several countries; data messages that each carry a file) and its label mix. The checks
every part shares are in test_corpus_parts.py. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not
run here."""

from __future__ import annotations

import email
import email.policy
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftysecond_cg_common import CLIENTS, FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftysecond_cg import all_cases, files

OFFICE = ("00025593", "2gfaasy", "274 052 733")
DOTLESS = re.compile(r"\b\d{1,3}([, ])\d{1,3}\1\d{1,3}\1\d{1,3}\b")
DIACRITICS = re.compile(r"[áčďéěíňóřšťúůýž]", re.IGNORECASE)
COUNTRIES = ("+420", "+421", "+43", "+48", "+36", "+49", "+44", "+386")


def _mails() -> list[dict[str, Any]]:
    return [c for c in all_cases() if "databox" not in c]


def _client(case: dict[str, Any]) -> str | None:
    for name, headers in CLIENTS.items():
        if case.get("headers") == headers:
            return name
    return None


def test_many_clients_and_phone_typed_notes() -> None:
    mails = _mails()
    assert all(_client(c) for c in mails), [c["id"] for c in mails if not _client(c)]
    assert len({_client(c) for c in mails}) >= 10
    phone = [c for c in mails if c["style"] == Style.PHONE]
    assert len(phone) >= 5
    bare = [c for c in phone if not DIACRITICS.search(c["body"].split("Odesl")[0])]
    assert len(bare) >= 4
    dotless = {m.group(1) for c in mails if (m := DOTLESS.search(c.get("body", "")))}
    assert dotless == {",", " "}
    styles = Counter(c["style"] for c in all_cases())
    assert len(styles) >= 8
    for style in (Style.HTML, Style.REPLY, Style.FORWARD, Style.SIGNATURE, Style.FOREIGN):
        assert styles[style] >= 2, style


def test_html_only_and_html_that_differs_from_text() -> None:
    mails = _mails()
    html_only = [c for c in mails if "html" in c and "body" not in c]
    assert len(html_only) >= 4
    assert sum("<table" in c["html"] for c in html_only) >= 4
    differing = [c for c in mails if "html" in c and "body" in c and "<s>" in c["html"]]
    assert differing
    for case in differing:
        test_ips = case["labels"]["test_ips"]
        assert all(ip in case["html"] and ip not in case["body"] for ip in test_ips)


def test_replies_quote_history_and_the_office() -> None:
    mails = _mails()
    quoted = [c for c in mails if re.search(r"^>", c.get("body", ""), re.M)]
    assert len(quoted) >= 4
    replies = [c for c in mails if c["style"] == Style.REPLY]
    assert len(replies) >= 3
    inline = [c for c in replies if re.search(r"^>+ .*\?\n[^>\n]", c["body"], re.M)]
    assert len(inline) >= 2, "questions of the office answered inline"
    assert any(">> Which addresses are test ones?\nthe .12 one" in c["body"] for c in inline)
    office = [c for c in all_cases() if any(x in repr(c) for x in OFFICE)]
    assert len(office) >= 3
    for case in all_cases():
        org = case["labels"]["organization"]
        assert org["ico"] != "00025593" and org["databox_id"] != "2gfaasy"
        assert "274052733" not in (case["labels"]["contact"]["phone"] or "")
    thread = [c for c in mails if c["style"] == Style.THREAD]
    assert thread and all(c["body"].count(">> ") >= 5 for c in thread)


def test_round_specials() -> None:
    mails = _mails()
    subject = [c for c in mails if c["style"] == Style.SUBJECT]
    assert subject
    for case in subject:
        for ip in case["labels"]["production_ips"] + case["labels"]["test_ips"]:
            assert ip in case["subject"] and ip not in case["body"]
    assistant = next(c for c in mails if "asistentka" in c.get("body", ""))
    assert assistant["labels"]["contact"]["email"] not in assistant["from"]
    flowed = [c for c in mails if c.get("flowed")]
    assert len(flowed) >= 3 and any(c.get("delsp") for c in flowed)
    assert any(re.search(r"(testovací|Produkční) \n", c["body"]) for c in flowed)


def test_data_messages_each_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert any(len(c["attachments"]) >= 2 for c in boxes)
    assert any(c["databox"]["type"] == 40 for c in boxes)


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 8
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        assert lab["organization"]["ico"] is None or ico_valid(lab["organization"]["ico"])
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 5
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    countries = {c for c in COUNTRIES for p in phones if p.startswith(c)}
    assert len(countries) >= 6, countries


def test_written_messages_have_the_raw_markers() -> None:
    written = files()
    raw = b"".join(data for name, data in written.items() if name.endswith(".eml"))
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
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
    assert sum(name.endswith(".xml") for name in written) >= 4
