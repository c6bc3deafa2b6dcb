"""The forty-sixth held-out part ``bl`` (tests/corpus/fortysixth/bl###-…): what is particular
to this part — e-mail as people really send it (phone-typed notes without diacritics, chatty
messages, at least ten distinct mail clients, HTML-only mails with tables, replies and forwards
whose quoted history carries part of the application and sometimes the office's own
identifiers, corrections inside one message, signatures naming several people, format=flowed
wraps inside a role sentence, foreign senders with phones in their national formats) and its
label mix, plus at least four data messages each carrying a file. The checks every part shares
are in test_corpus_parts.py. These cases were written by hand apart from the extraction rules
and are scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import re
from collections import Counter
from email.message import EmailMessage
from typing import Any, cast

from tests.corpus.fortysixth_bl_common import FEED, FILM, Style
from tests.corpus.make_fortysixth_bl import all_cases, files

OFFICE = ("00025593", "2gfaasy", "274 052 733")
QUOTED = re.compile(r"^>|^Od: .+\nOdesláno: |^-+ ?(Forwarded|Původní)", re.M)
DIACRITICS = re.compile(r"[áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]")
CLIENT_KEYS = ("x-mailer", "user-agent", "x-gm-features", "x-originating-client", "x-pm-origin")


def _text(case: dict[str, Any]) -> str:
    """What the sender wrote: subject, bodies and attachments (not the label)."""
    parts = (case.get("subject"), case.get("body"), case.get("html"), case.get("attachments"))
    return repr(parts)


def _mails() -> list[dict[str, Any]]:
    return [c for c in all_cases() if "databox" not in c]


def _client(case: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple((k, v) for k, v in case.get("headers", []) if k.lower() in CLIENT_KEYS)


def _parsed() -> dict[str, EmailMessage]:
    return {
        name: cast(EmailMessage, email.message_from_bytes(data, policy=email.policy.default))
        for name, data in files().items()
        if name.endswith(".eml")
    }


def test_mail_clients_are_many_and_every_mail_names_one() -> None:
    mails = _mails()
    assert all(_client(c) for c in mails), [c["id"] for c in mails if not _client(c)]
    assert len({_client(c) for c in mails}) >= 10
    for name, msg in _parsed().items():
        assert any(msg[k] is not None for k in CLIENT_KEYS), name


def test_html_only_mails_with_tables() -> None:
    html_only = [c for c in _mails() if "html" in c and "body" not in c]
    assert len(html_only) >= 4
    assert sum("<table" in c["html"] for c in html_only) >= 3
    assert any("rowspan" in c["html"] for c in html_only)
    assert all(c["style"] == Style.HTML for c in html_only)
    parsed = _parsed()
    for case in html_only:
        msg = parsed[case["id"] + ".eml"]
        assert msg.get_content_type() == "text/html", case["id"]


def test_quoted_replies_forwards_and_the_offices_identifiers() -> None:
    mails = _mails()
    quoted = [c for c in mails if QUOTED.search(c.get("body", ""))]
    replies = [c for c in quoted if c["style"] == Style.REPLY]
    assert len(replies) >= 2 and len(quoted) >= 6
    office = [c for c in mails if any(x in c.get("body", "") for x in OFFICE)]
    assert len(office) >= 2
    for case in office:
        lab = case["labels"]
        assert lab["organization"]["ico"] != "00025593"
        assert lab["organization"]["databox_id"] != "2gfaasy"
        assert "274052733" not in (lab["contact"]["phone"] or "")
    assert any(k == "eml" for c in mails for k, _, _ in c.get("attachments", []))


def test_data_split_between_reply_and_quoted_original() -> None:
    """In several cases the IČO or an address is only in the quoted part, another only in the
    answer above it: the label needs both."""
    split = 0
    for case in _mails():
        body = case.get("body", "")
        m = QUOTED.search(body)
        if not m:
            continue
        top, rest = body[: m.start()], body[m.start() :]
        lab = case["labels"]
        values = [lab["organization"]["ico"], *lab["production_ips"], *lab["test_ips"]]
        values = [v for v in values if v]
        if any(v in rest and v not in top for v in values) and any(
            v in top and v not in rest for v in values
        ):
            split += 1
    assert split >= 3


def test_corrections_flowed_phones_and_no_diacritics() -> None:
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    assert styles[Style.CORRECTION] >= 4 and styles[Style.FOREIGN] >= 6
    flowed = [c for c in cases if c.get("flowed")]
    assert len(flowed) >= 2 and any(c.get("delsp") for c in flowed)
    for case in flowed:
        lines = case["body"].split("\n")
        pairs = zip(lines, lines[1:], strict=False)
        assert any(a.endswith(" ") and re.search(r"\d\.\d", b) for a, b in pairs), case["id"]
    phone_typed = [c for c in cases if c["style"] == Style.PHONE]
    assert len(phone_typed) >= 2
    for case in phone_typed:
        typed = re.split(r"\n\nOdes|\n\nOdos", case["body"])[0]
        assert not DIACRITICS.search(typed), case["id"]
    signatures = [c for c in cases if c["style"] == Style.SIGNATURE]
    assert len(signatures) >= 3


def test_foreign_phones_from_many_countries_written_nationally() -> None:
    labels = [c["labels"] for c in all_cases()]
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    countries = ("+420", "+421", "+44", "+43", "+48", "+36", "+33", "+49", "+1")
    seen = {cc for cc in countries for p in phones if p.startswith(cc)}
    assert len(seen) >= 6
    national = 0
    for case in all_cases():
        phone = case["labels"]["contact"]["phone"] or ""
        if phone.startswith("+420") or not phone:
            continue
        text = re.sub(r"[\s()-]", "", _text(case))
        if phone not in text and "00" + phone[1:] not in text:
            national += 1  # written without its country code: the country is in the words
    assert national >= 6


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 8
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 2
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 3
    boxes = [c for c in cases if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]


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
    for name, msg in _parsed().items():
        assert str(msg["From"]).rstrip(">").endswith(".example"), name
