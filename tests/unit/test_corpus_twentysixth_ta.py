"""The twentysixth held-out part ``ta`` (tests/corpus/twentysixth/ta###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails,
HTML-only mails with tables, forwards and replies with quoted history including the office's own
press release and contacts, corrections, signatures naming several people, foreign senders
writing English, many mail clients, charsets and flowed text), its label mix (mostly feed
access, both request types together at least twice, applicants without an IČO, a block of four
production addresses, a box ID in a mail's signature, phones from eight countries), at least four
data messages that each carry a file, of several kinds, with an annotation within 255 characters,
and its own label rules (exactly the five label fields, an organisation name in every label). The
checks every part shares (ids, files, labels, loading, variety, the sender header, the sender
box, the mail clients, charsets, encodings and attachment kinds of its ``Part`` record, enough
data messages) are in test_corpus_parts.py. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not run
here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.make_twentysixth_ta import all_cases
from tests.corpus.twentysixth_ta_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 733")
FIELDS = {"request_types", "organization", "production_ips", "test_ips", "contact"}


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "")


def test_the_part_has_its_e_mail_emphasis() -> None:
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 2
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 3
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.MOBILE, Style.HTML, Style.DATABOX):
        assert styles[style] >= 2, style
    assert styles[Style.FOREIGN] >= 5 and styles[Style.SIGNATURE] >= 2
    assert styles[Style.CORRECTION] >= 2
    assert len(styles) >= 10
    mails = [c for c in cases if "databox" not in c]
    clients = {v for c in mails for _, v in c.get("headers", [])}
    assert len(clients) >= 10
    assert {c.get("charset", "utf-8") for c in mails} >= {"utf-8", "iso-8859-2", "windows-1250"}
    assert any(c.get("flowed") for c in mails)


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(labels) // 2, types
    assert types[(FEED, FILM)] >= 2, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+48", "+43", "+49", "+44", "+39", "+33"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file_of_several_kinds() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert len(case["subject"]) <= 255, case["id"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


def test_every_label_has_exactly_its_fields_and_an_organisation_name() -> None:
    """The writer's own label rules beyond LABELS.md's shared checks: no field missing or extra,
    and every applicant named."""
    for case in all_cases():
        lab = case["labels"]
        assert set(lab) == FIELDS, case["id"]
        assert lab["organization"]["name"], case["id"]
