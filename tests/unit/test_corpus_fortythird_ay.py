"""The forty-third held-out part ``ay`` (tests/corpus/fortythird/ay###-…): what is particular to
this part — its emphasis on e-mail as people really send it (at least four HTML-only mails, at
least two replies with quoted history and two forwards, at least two cases quoting the office's
own identifiers, notes typed without diacritics, corrections inside one message, closings naming
several people, format=flowed soft breaks inside a role sentence, at least ten distinct mail
client headers, foreign senders writing English) and its label mix (feed access, filming only
and both, applicants without an IČO, an IPv6 production address, phones from at least six
countries, at least four data messages each carrying a file). The checks every part shares (ids,
files, labels, loading, variety, the sender header, the sender box, the attachment kinds and
the raw markers) are in test_corpus_parts.py. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not
run here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.corpus.fortythird_ay_common import CLIENTS, FEED, FILM, Style
from tests.corpus.make_fortythird_ay import all_cases, files

OFFICE_IDS = re.compile(r"00025593|2gfaasy|274 052 733")
QUOTED = re.compile(r"^>", re.MULTILINE)
DIACRITICS = re.compile(r"[áčďéěíňóřšťúůýž]", re.IGNORECASE)
ENGLISH = re.compile(r"\b(?:we|would like|access|regards)\b", re.IGNORECASE)


def _mails() -> list[dict[str, Any]]:
    return [c for c in all_cases() if "databox" not in c]


def test_the_part_has_its_mail_emphasis() -> None:
    mails = _mails()
    html_only = [c for c in mails if "html" in c and "body" not in c]
    assert len(html_only) >= 4
    assert any("html" in c and "body" in c for c in mails), "a multipart/alternative mail"
    quoted = [c for c in mails if QUOTED.search(c.get("body", ""))]
    assert len(quoted) >= 2
    office = [c for c in mails if OFFICE_IDS.search(c.get("body", "") + c.get("html", ""))]
    assert len(office) >= 2
    styles = Counter(c["style"] for c in all_cases())
    for style in (Style.REPLY, Style.FORWARD, Style.CORRECTION, Style.PHONE, Style.HTML):
        assert styles[style] >= 2, style
    assert styles[Style.FOREIGN] >= 4 and styles[Style.SIGNATURE] >= 2


def test_phone_notes_are_typed_without_diacritics() -> None:
    phone = [c for c in all_cases() if c["style"] == Style.PHONE]
    assert len(phone) >= 3
    for case in phone:
        first_line = case["body"].split("\n", 2)[:2]
        assert not DIACRITICS.search(" ".join(first_line)), case["id"]


def test_flowed_mails_break_inside_a_role_sentence() -> None:
    flowed = [c for c in _mails() if c.get("flowed")]
    assert len(flowed) >= 2
    for case in flowed:
        soft = [line for line in case["body"].split("\n") if line.endswith(" ") and line != "-- "]
        assert soft, case["id"]
        assert any(re.search(r"(?i)produkční|testovací|kontaktní", line) for line in soft)


def test_the_mail_clients_are_many() -> None:
    used = {tuple(c["headers"]) for c in _mails() if c.get("headers")}
    assert all(c.get("headers") for c in _mails()), "every mail names its client"
    assert len(used) >= 10
    assert used <= {tuple(h) for h in CLIENTS.values()}
    raw = b"".join(v for k, v in files().items() if k.endswith(".eml"))
    for marker in (
        b"Microsoft Outlook",
        b"Thunderbird",
        b"Apple Mail",
        b"iPhone Mail",
        b"Android",
        b"Seznam",
        b"Roundcube",
        b"Zimbra",
        b"X-Gm-Message-State",
        b"Evolution",
    ):
        assert marker in raw, marker


def test_foreign_senders_write_english() -> None:
    foreign = [c for c in _mails() if c["style"] == Style.FOREIGN]
    english = [c for c in foreign if ENGLISH.search(c.get("body", ""))]
    assert len(english) >= 4


def test_data_messages_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 4


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 6
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 5
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    mails = [c["labels"] for c in _mails()]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+48", "+49", "+36", "+386", "+44"):
        assert any(p.startswith(country) for p in phones), country


def test_the_contact_is_often_not_the_sender() -> None:
    """Assistants, editors and shared boxes send; the label names the contact they name."""
    differ = [c for c in _mails() if c["labels"]["contact"]["email"] not in c["from"]]
    assert len(differ) >= 5
