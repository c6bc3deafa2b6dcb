"""The twentyninth held-out part ``wa`` (tests/corpus/twentyninth/wa###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails,
HTML-only mails with tables, forwards and replies with quoted history including the office's own
press release and contacts, corrections, signatures naming several people, foreign senders
writing English), its label mix (mostly feed access, at least three applicants without an IČO,
an IPv6 test address, a four-address block, a box ID in a mail's signature, phones from seven
countries), labels naming an applicant other than the office, and at least four data messages,
each with a file of several kinds and an annotation within 255 characters. The checks every part
shares (ids, files, labels, loading, variety, the sender header, the sender box, the mail
clients, charsets, encodings and attachment kinds of its ``Part`` record, enough data messages)
are in test_corpus_parts.py. These cases were written by hand apart from the extraction rules
and are scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.make_twentyninth_wa import all_cases
from tests.corpus.twentyninth_wa_common import FEED, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 05\d \d{3}")


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "")


def test_every_label_names_an_applicant_other_than_the_office() -> None:
    """The office's identifiers are kept out of every label by a shared check; its name too."""
    for case in all_cases():
        name = case["labels"]["organization"]["name"]
        assert name and "statistick" not in name.lower(), case["id"]


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures and foreign senders."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 2
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 3
    assert any(kind == "eml" for c in cases for kind, _, _ in c.get("attachments", []))
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION):
        assert styles[style] >= 2, style
    for style in (Style.MOBILE, Style.HTML, Style.SIGNATURE, Style.DATABOX):
        assert styles[style] >= 3, style
    assert styles[Style.FOREIGN] >= 5
    assert len(styles) >= 10


def test_the_part_has_its_label_mix() -> None:
    """Mostly feed access only, at least three applicants without an IČO, an IPv6 test address,
    a four-address block, a box ID in a mail's signature, phones from seven countries."""
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(labels) // 2, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+39", "+43"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file_of_several_kinds() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    kinds = set()
    for case in databox:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert len(case["subject"]) <= 255, case["id"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds
