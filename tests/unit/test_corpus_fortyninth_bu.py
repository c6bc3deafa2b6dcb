"""The forty-ninth held-out part ``bu`` (tests/corpus/fortyninth/bu###-…): what is particular
to this part — e-mail as people really send it (phone-typed notes without diacritics, chatty
notes, at least ten mail clients, HTML-only mails with tables, quoted replies and forwards that
carry the office's own identifiers, an automatic ticket acknowledgement and an out-of-office
inside the thread, corrections inside one message, shared redakce@/it@/servis@ mailboxes signed
by a team, signatures with several people or several phone numbers, format=flowed wrapped
inside a role sentence, Czech by Slovak, Polish, Ukrainian and Vietnamese-Czech writers,
foreign senders in English, addresses pasted from a terminal, a ticket and a router page, data
messages carrying a file) and its label mix. The checks every part shares are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import re
from collections import Counter
from typing import Any

from tests.corpus.fortyninth_bu_common import FEED, FILM, Style
from tests.corpus.make_fortyninth_bu import all_cases, files

OFFICE = ("00025593", "2gfaasy", "274 052 733", "czso.cz")
DIACRITICS = re.compile(r"[áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]")


def _text(case: dict[str, Any]) -> str:
    return repr({k: v for k, v in case.items() if k not in ("labels", "description", "id")})


def _client(case: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple(case.get("headers", []))


def test_the_part_is_mail_as_people_send_it() -> None:
    cases = all_cases()
    assert len(cases) == 42
    mails = [c for c in cases if "databox" not in c]
    html_only = [c for c in mails if "html" in c and "body" not in c]
    assert len(html_only) >= 4
    assert all(
        "<table" in c["html"] or "<ul>" in c["html"] or "<blockquote>" in c["html"]
        for c in html_only
    )
    assert sum("<table" in c["html"] for c in html_only) >= 3
    quoted = [c for c in mails if re.search(r"^> ", c.get("body", ""), re.M)]
    assert len(quoted) >= 2
    assert sum(c["style"] == Style.REPLY for c in cases) >= 3
    office = [c for c in cases if sum(o in _text(c) for o in OFFICE) >= 2]
    assert len(office) >= 3
    clients = {_client(c) for c in mails if _client(c)}
    assert len(clients) >= 10
    assert all(_client(c) for c in mails)
    phone_typed = [c for c in mails if c["style"] == Style.PHONE]
    assert any(not DIACRITICS.search(c["body"]) for c in phone_typed)
    flowed = [c for c in mails if c.get("flowed")]
    assert len(flowed) >= 2 and any(c.get("delsp") for c in flowed)
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    for style in (Style.NONNATIVE, Style.SHARED, Style.PASTE, Style.CORRECTION, Style.FOREIGN):
        assert styles[style] >= 2, style
    assert styles[Style.NONNATIVE] >= 4


def test_shared_mailboxes_and_thread_noise() -> None:
    mails = [c for c in all_cases() if "databox" not in c]
    shared = [c for c in mails if re.match(r"[^<]*<(redakce|it|servis)@", c["from"])]
    assert {re.search(r"<(\w+)@", c["from"]).group(1) for c in shared} >= {  # type: ignore[union-attr]
        "redakce",
        "it",
        "servis",
    }
    for case in shared:
        person = case["labels"]["contact"]["person"]
        assert person and person in _text(case)
        assert person.split()[-1] not in case["from"], case["id"]
    texts = [_text(c) for c in mails]
    assert any("Automatická odpověď" in t or "mimo kancelář" in t for t in texts)
    assert any("vygenerována automaticky" in t for t in texts)
    assert any("curl" in t for t in texts) and any("WAN IP" in t for t in texts)
    assert any("[#NET-" in t for t in texts)
    assert any("fax" in t and "ústředna" in t for t in texts)


def test_data_messages_each_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert any(c["databox"]["type"] == 40 for c in boxes)


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 8
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        assert lab["organization"]["ico"] != "00025593"
        assert lab["organization"]["databox_id"] != "2gfaasy"
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    assert all(re.fullmatch(r"\+[1-9]\d{7,14}", p) for p in phones)
    countries = ("+420", "+421", "+48", "+380", "+49", "+43", "+36", "+44")
    assert sum(any(p.startswith(c) for p in phones) for c in countries) >= 6
    assert not any(p.startswith("+420274052733") for p in phones)


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
    html_only = 0
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
            html_only += msg.get_content_type() == "text/html"
    assert html_only >= 4
