"""The thirty-first held-out part ``ya`` (tests/corpus/thirtyfirst/ya###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails,
HTML-only mails with tables, forwards and replies with quoted history including the office's own
press release and contacts, corrections, signatures naming several people, foreign senders
writing English), its label mix (mostly feed access, at least three applicants without an IČO,
IPv6 addresses in both roles, a netmask block and a written range of four production addresses,
a box ID in a mail's signature, phones from seven countries) and at least four data messages that
each carry a file — plus that every file it writes loads and every label is valid by
tests/corpus/LABELS.md. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.corpus.loader import THIRTYFIRST_DIR, parse_path
from tests.corpus.make_thirtyfirst_ya import PREFIX, all_cases, files
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.thirtyfirst_ya_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 733")
PATHS = part_paths(THIRTYFIRST_DIR, PREFIX)


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "")


def test_ids_and_files_on_disk() -> None:
    cases = all_cases()
    check_ids_numbered([c["id"] for c in cases], PREFIX, 42)
    check_files_on_disk(PATHS, files())


@pytest.mark.parametrize("path", messages(PATHS), ids=lambda p: p.stem)
def test_every_message_loads_and_its_label_is_valid(path) -> None:
    check_loads(path)
    assert parse_path(path).components
    check_labels(path.stem, read_labels(path), {s.value for s in Style})


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures and foreign senders."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 3
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 4
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.PHONE, Style.HTML):
        assert styles[style] >= 3, style
    assert styles[Style.FOREIGN] >= 5 and styles[Style.SIGNATURE] >= 3
    assert len(styles) == len(Style)
    clients = {v for c in cases for _, v in c.get("headers", [])}
    assert len(clients) >= 12


def test_the_part_has_its_label_mix() -> None:
    """Mostly feed only, every request-type combination, at least three applicants without an
    IČO, IPv6 in both roles, four-address production blocks, a box ID in a mail's signature,
    production without test, phones from seven countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2, types
    assert types[(FILM,)] >= 2 and types[(FEED, FILM)] >= 2
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 2
    assert any(lab["production_ips"] and not lab["test_ips"] for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+39", "+43"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


def test_raw_messages_vary_in_encoding_and_wrapping() -> None:
    raw = b"".join(files()[p.name] for p in messages(PATHS))
    for marker in (
        b'format="flowed"',
        b'delsp="yes"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"multipart/alternative",
        b"text/html",
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
    ):
        assert marker in raw, marker
