"""The thirty-ninth held-out part ``am`` (tests/corpus/thirtyninth/am###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails,
at least ten distinct mail-client header values, UTF-8, windows-1250 and ISO-8859-2 mails, a
flowed and a signed mail, HTML-only mails with tables, forwards and replies with quoted history
including the office's own press release and contacts, corrections, signatures naming several
people, foreign senders writing English), its label mix (mostly feed access, filming only and
both at least twice and three times, at least three applicants without an IČO, a four-address
block, a box ID in a mail's signature, phones from seven countries), that every label names its
organisation (never the statistics office) and a contact person with an e-mail address, that
every e-mail parses without problems, and at least four data messages that each carry a file, of
several kinds, with an annotation of at most 255 characters. The checks every part shares (ids,
files, labels, loading, variety, the sender header, the sender box, the attachment kinds and the
mail clients, charsets, encodings and wrappers of its ``Part`` record, enough data messages) are
in test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.loader import parse_path
from tests.corpus.make_thirtyninth_am import PART, all_cases
from tests.corpus.parts import part_paths
from tests.corpus.thirtyninth_am_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 05\d \d{3}")
EMAILS = [p for p in part_paths(PART.out, PART.prefix) if p.suffix == ".eml"]


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "")


def test_the_part_has_its_e_mail_emphasis() -> None:
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    html_tables = [c for c in cases if "<table" in c.get("html", "")]
    assert len(html_tables) >= 4
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 1
    quoting_office = [c for c in cases if "databox" not in c and OFFICE_QUOTED.search(_text(c))]
    assert len(quoting_office) >= 3
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.MOBILE, Style.HTML):
        assert styles[style] >= 2, style
    assert styles[Style.FOREIGN] >= 5 and styles[Style.SIGNATURE] >= 3
    assert len(styles) >= 10
    clients = {v for c in cases for _, v in c.get("headers", [])}
    assert len(clients) >= 10
    assert {c.get("charset", "utf-8") for c in cases} >= {"utf-8", "windows-1250", "iso-8859-2"}
    assert any(c.get("flowed") for c in cases) and any(c.get("smime") for c in cases)


def test_the_part_has_its_label_mix() -> None:
    """At least three applicants without an IČO, mostly feed access only, filming only at least
    twice and both at least three times, a four-address block, a box ID in a mail's signature and
    phones from seven countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2 and types[(FILM,)] >= 2 and types[(FEED, FILM)] >= 3
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+48", "+49", "+39", "+44", "+33"):
        assert any(phone.startswith(country) for phone in phones), country


def test_every_label_names_its_organisation_and_a_contact() -> None:
    """Beyond the shared label checks: every label names an organisation that is not the
    statistics office, and a contact person with an e-mail address."""
    for case in all_cases():
        org, contact = case["labels"]["organization"], case["labels"]["contact"]
        assert org["name"] and "statistick" not in org["name"].lower(), case["id"]
        assert contact["person"], case["id"]
        assert contact["email"] and "@" in contact["email"], case["id"]


@pytest.mark.parametrize("path", EMAILS, ids=[p.stem for p in EMAILS])
def test_every_e_mail_parses_without_problems(path: Path) -> None:
    """Beyond the shared loading check (which demands no problems only of data messages): no
    e-mail of this part leaves the parser a problem."""
    message = parse_path(path)
    assert message.components and not message.problems, path.name


def test_data_messages_each_carry_a_file() -> None:
    """At least four data messages, each with a file and an annotation of at most 255
    characters, with at least four attachment kinds among them."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert len(case["subject"]) <= 255, case["id"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds
