"""The fifty-first held-out part ``cd`` (tests/corpus/fiftyfirst/cd###-…): what is particular to
this part — e-mail as people really send it (phone-typed notes without diacritics, HTML-only
mails with tables, quoted replies and forwards carrying the office's own press release and
receipt confirmation, IT/editor threads, one-line follow-ups, inline text and attachment that
differ, signatures in several languages, many mail clients, foreign senders) and its label mix.
The checks every part shares are in test_corpus_parts.py. These cases were written by hand
apart from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftyfirst_cd_common import FEED, FILM, Style
from tests.corpus.make_fiftyfirst_cd import all_cases, files

OFFICE = re.compile(r"00025593|2gfaasy|274 052 733|@czso\.cz")
QUOTED = re.compile(r"^>", re.MULTILINE)
RECEIPT = re.compile(r"Potvrzení o doručení|POTVRZENÍ O DORUČENÍ|Potvrzujeme doručení")


def _mails() -> list[dict[str, Any]]:
    return [c for c in all_cases() if "databox" not in c]


def _text(case: dict[str, Any]) -> str:
    return case.get("body", "") + case.get("html", "")


def test_mail_emphasis_html_replies_clients() -> None:
    cases = all_cases()
    assert len(cases) == 42
    mails = _mails()
    html_only = [c for c in mails if "html" in c and "body" not in c]
    assert len(html_only) >= 4
    assert all("<table" in c["html"] or "<ul" in c["html"] for c in html_only)
    quoted = [c for c in mails if QUOTED.search(c.get("body", ""))]
    assert len(quoted) >= 2
    office = [c for c in mails if "00025593" in _text(c) and OFFICE.search(_text(c))]
    assert len(office) >= 2
    assert sum(bool(RECEIPT.search(_text(c))) for c in mails) >= 2
    clients = {tuple(c.get("headers", [])) for c in mails}
    assert len(clients) >= 10
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    for style in (Style.PHONE, Style.FOLLOWUP, Style.THREAD, Style.FOREIGN, Style.HTML):
        assert styles[style] >= 2, style
    assert styles[Style.CORRECTION] >= 3


def test_phone_notes_lack_diacritics_and_followups_are_short() -> None:
    cases = all_cases()
    phone = [c for c in cases if c["style"] == Style.PHONE]
    assert any("iPhonu" in c["body"] for c in phone)
    assert sum("ICO" in c["body"] for c in phone) >= 2
    for case in (c for c in cases if c["style"] == Style.FOLLOWUP):
        first = case["body"].split("\n\n")[0]
        assert len(first) < 60 and QUOTED.search(case["body"]), case["id"]
    signatures = [c for c in cases if "Mit freundlichen Grüßen" in _text(c)]
    assert len(signatures) >= 2


def test_data_messages_carry_files() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 4


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 6
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        assert lab["organization"]["ico"] != "00025593"
        assert lab["organization"]["databox_id"] != "2gfaasy"
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    countries = ("+420", "+421", "+43", "+48", "+36", "+33", "+39")
    assert sum(any(p.startswith(cc) for p in phones) for cc in countries) >= 6


def test_written_messages_have_the_raw_markers() -> None:
    raw = b"".join(data for name, data in files().items() if name.endswith(".eml"))
    for marker in (
        b'format="flowed"',
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
