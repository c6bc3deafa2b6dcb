"""The twentyseventh held-out part ``ua`` (tests/corpus/twentyseventh/ua###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails,
HTML-only mails with tables, forwards and replies with quoted history including the office's own
press release and contacts, corrections, signatures naming several people, foreign senders
writing English), its label mix (mostly feed access, filming only and both at least twice each,
at least three applicants without an IČO, an IPv6 test address, a block of four production
addresses, a box ID in a mail's signature, phones from eight countries), data messages that each
carry a file, of several kinds, with an annotation within 255 characters, and its own label rules
(every applicant named, every contact with a person and an e-mail). The checks every part shares
(ids, files, labels, loading, variety, the sender header, the sender box, the mail clients,
charsets, encodings and attachment kinds of its ``Part`` record, enough data messages) are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.make_twentyseventh_ua import all_cases
from tests.corpus.twentyseventh_ua_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 05\d \d{3}")


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "")


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures and foreign senders."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 2
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 3
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.MOBILE, Style.HTML):
        assert styles[style] >= 2, style
    assert styles[Style.FOREIGN] >= 5 and styles[Style.SIGNATURE] >= 2
    assert len(styles) >= 10


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2, types
    assert types[(FILM,)] >= 2 and types[(FEED, FILM)] >= 2, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+39", "+31", "+43"):
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


def test_every_label_names_its_applicant_and_a_contact_person_with_an_e_mail() -> None:
    """The writer's own label rules beyond LABELS.md's shared checks."""
    for case in all_cases():
        lab = case["labels"]
        assert lab["organization"]["name"], case["id"]
        contact = lab["contact"]
        assert contact["person"] and contact["email"], case["id"]
