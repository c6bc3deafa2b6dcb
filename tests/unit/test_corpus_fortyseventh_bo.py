"""The forty-seventh held-out part ``bo`` (tests/corpus/fortyseventh/bo###-…): what is
particular to this part — e-mail as people really send it (phone-typed notes without
diacritics, SMS-style lower-case notes, chatty messages, HTML-only mails with tables, replies
and forwards with quoted history quoting the office's own identifiers, corrections inside one
message, signatures naming several people, format=flowed wrapping, many mail clients, foreign
senders giving national phones without a country code, data messages each carrying a file)
and its label mix. The checks every part shares are in test_corpus_parts.py. These cases were
written by hand apart from the extraction rules and are scored only at the end of the round:
extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
from collections import Counter
from typing import Any

from tests.corpus.fortyseventh_bo_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fortyseventh_bo import all_cases, files

OFFICE_MARKS = ("00025593", "2gfaasy", "274 052 733", "czso.cz")
CLIENT_KEYS = ("X-Mailer", "User-Agent", "X-Originating-Client", "X-Gm-Features")


def _mails() -> list[dict[str, Any]]:
    return [c for c in all_cases() if "databox" not in c]


def _quoted(case: dict[str, Any]) -> bool:
    return any(line.startswith(">") for line in case.get("body", "").splitlines()) or (
        "Od: " in case.get("body", "") or "Original Message" in case.get("body", "")
    )


def test_the_part_is_mail_as_people_send_it() -> None:
    cases = all_cases()
    assert len(cases) == 42
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    for style in (Style.PHONE, Style.SMS, Style.HTML, Style.REPLY, Style.FOREIGN):
        assert styles[style] >= 2, style
    html_only = [c for c in _mails() if "html" in c and "body" not in c]
    assert len(html_only) >= 4
    assert any("<table" in c["html"] for c in html_only)
    replies = [c for c in _mails() if c["style"] == Style.REPLY and _quoted(c)]
    assert len(replies) >= 2
    sms = [c for c in _mails() if c["style"] == Style.SMS]
    for case in sms:  # lower case apart from an IPv6 address and the client's footer
        note = case["body"].split("\n\nOdeslano")[0]
        words = [w for w in note.split() if ":" not in w]
        assert all(w == w.lower() for w in words), case["id"]
    phone_typed = [c for c in _mails() if c["style"] == Style.PHONE]
    assert any(c["body"].isascii() for c in phone_typed)


def test_the_office_is_quoted_but_never_labelled() -> None:
    quoting = [c for c in _mails() if sum(m in c.get("body", "") for m in OFFICE_MARKS) >= 2]
    assert len(quoting) >= 2
    for case in all_cases():
        flat = repr(case["labels"]).casefold()
        assert not any(m.replace(" ", "") in flat.replace(" ", "") for m in OFFICE_MARKS)


def test_many_mail_clients() -> None:
    clients = {(k, v) for c in _mails() for k, v in c.get("headers", []) if k in CLIENT_KEYS}
    assert len(clients) >= 10


def test_foreign_phones_and_several_named_people() -> None:
    phones = [c["labels"]["contact"]["phone"] for c in all_cases()]
    countries = {"+420", "+421", "+48", "+43", "+49", "+36", "+44", "+353"}
    seen = {cc for cc in countries for p in phones if p and p.startswith(cc)}
    assert len(seen) >= 6, seen
    national = 0
    for case in _mails():
        phone = case["labels"]["contact"]["phone"]
        if phone and not phone.startswith("+420"):
            written = case["body"].replace(" ", "")
            assert phone not in written, case["id"]  # given without its country code
            national += 1
    assert national >= 6
    signed = [c for c in all_cases() if c["style"] == Style.SIGNATURE]
    assert len(signed) >= 3
    for case in signed:
        person = case["labels"]["contact"]["person"]
        assert person.split()[0] in case["body"] and person not in case["from"], case["id"]


def test_a_reply_gives_a_new_mobile_over_the_quoted_landline() -> None:
    case = next(c for c in all_cases() if "new-mobile" in c["id"])
    top, _, quoted = case["body"].partition("\n> ")
    phone = case["labels"]["contact"]["phone"]
    assert phone[4:7] in top.replace(" ", "") and phone[4:] not in quoted.replace(" ", "")


def test_data_messages_each_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    kinds = {k for c in all_cases() for k, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "eml"} <= kinds


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 8
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        for ip in lab["production_ips"] + lab["test_ips"]:
            assert str(ipaddress.ip_address(ip)) == ip
        assert lab["organization"]["ico"] is None or ico_valid(lab["organization"]["ico"])
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 2
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 2
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 3


def test_written_messages_have_the_raw_markers() -> None:
    written = files()
    assert sum(name.endswith(".xml") for name in written) >= 4
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
