"""The thirtieth held-out part ``xa`` (tests/corpus/thirtieth/xa###-…): what is particular to
this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails,
HTML-only mails with tables, forwards and replies with quoted history including the office's own
press release and contacts, corrections, signatures naming several people, foreign senders
writing English), its label mix (mostly feed access, at least three applicants without an IČO,
IPv6 production and test addresses, a four-address block, a box ID in a mail's signature, phones
from several countries), at least four data messages that each carry a file, and that every
file loads and every label is well-formed (LABELS.md). These cases were written by hand apart
from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.make_thirtieth_xa import PART, all_cases, files
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.thirtieth_xa_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 733")
PATHS = messages(part_paths(PART.out, PART.prefix))
STYLES = frozenset(s.value for s in Style)


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "")


def test_the_part_has_42_numbered_cases_on_disk() -> None:
    check_ids_numbered([c["id"] for c in all_cases()], "xa", 42)
    check_files_on_disk(part_paths(PART.out, PART.prefix), files())
    assert len(PATHS) == 42


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_every_file_loads_and_its_label_is_well_formed(path: Path) -> None:
    """IČO checksum, E.164 phones, documentation address ranges, request types from the two
    values, never the office's own data; the message parses on its channel."""
    check_labels(path.stem, read_labels(path), STYLES)
    check_loads(path)


def test_the_part_has_its_e_mail_emphasis() -> None:
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 6
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 4
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 4
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.MOBILE, Style.HTML):
        assert styles[style] >= 3, style
    assert styles[Style.FOREIGN] >= 6 and styles[Style.SIGNATURE] >= 2
    assert len(styles) >= 10
    clients = {v for c in cases for _, v in c.get("headers", [])}
    assert len(clients) >= 13, clients
    assert any(c.get("smime") for c in cases)
    assert any(kind == "eml" for c in cases for kind, _, _ in c.get("attachments", []))


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert set(types) == {(FEED,), (FILM,), (FEED, FILM)}
    assert types[(FEED,)] > len(cases) // 2, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+39", "+43"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file_of_several_kinds() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    assert sum(p.suffix == ".xml" for p in PATHS) == len(databox)
    kinds = set()
    for case in databox:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


def test_the_raw_messages_mix_clients_charsets_and_encodings() -> None:
    raw = b"".join(p.read_bytes() for p in PATHS)
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
        b"<p:dmAnnotation>",
    ):
        assert marker in raw, marker
