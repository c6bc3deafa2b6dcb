"""The fifty-ninth held-out part ``de`` (tests/corpus/fiftyninth/de###-…): what is particular
to this part — e-mail as people really send it (phone-typed notes without diacritics, chatty
mails, many mail clients, HTML-only mails with tables, replies and forwards with quoted
history including the office's own identifiers, corrections, signatures naming several
people, format=flowed wrapping inside a role sentence, a pasted screenshot's OCR, foreign
senders) and its label mix. The checks every part shares are in test_corpus_parts.py. These
cases were written by hand apart from the extraction rules and are scored only at the end of
the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
from collections import Counter

from tests.corpus.fiftyninth_de_common import FEED, FILM, Style
from tests.corpus.make_fiftyninth_de import all_cases, files

OFFICE = ("00025593", "2gfaasy", "274 052 733")


def test_html_only_mails_replies_and_office_quotes() -> None:
    cases = all_cases()
    assert len(cases) == 42
    html_only = [c for c in cases if "html" in c and c.get("body") is None]
    assert len(html_only) >= 4
    assert any("rowspan" in c["html"] for c in html_only), "a merged role cell"
    replies = [c for c in cases if c["style"] == Style.REPLY and "\n>" in c.get("body", "")]
    assert len(replies) >= 2
    quoting = [c for c in cases if sum(o in repr(c) for o in OFFICE) >= 2]
    assert len(quoting) >= 2
    for case in cases:
        lab = case["labels"]
        assert lab["organization"]["ico"] != "00025593"
        assert lab["organization"]["databox_id"] != "2gfaasy"
        assert lab["contact"]["phone"] != "+420274052733"


def test_many_clients_and_phone_typed_mails() -> None:
    cases = all_cases()
    mails = [c for c in cases if "databox" not in c]
    clients = {tuple(c["headers"]) for c in mails if c.get("headers")}
    assert len(clients) >= 10
    phone = [c for c in cases if c["style"] == Style.PHONE]
    assert len(phone) >= 3
    for case in phone:
        assert not any(ch in case["body"][:120] for ch in "ěščřžýáíéůú"), case["id"]
    assert any(c.get("flowed") and "produkční / \ntestovací" in c["body"] for c in cases)
    assert any(c["style"] == Style.OCR and "l0" in c["body"] for c in cases)
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    for style in (Style.HTML, Style.FOREIGN, Style.CORRECTION, Style.FORWARD):
        assert styles[style] >= 3, style


def test_data_messages_each_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 8
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 2
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+48", "+36", "+49", "+44"):
        assert any(p.startswith(country) for p in phones), country


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
