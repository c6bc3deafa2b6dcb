"""The twentyeighth held-out part ``va`` (tests/corpus/twentyeighth/va###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails,
many mail clients, HTML-only mails with tables, forwards and replies with quoted history including
the office's own press release and contacts, corrections, signatures naming several people,
foreign senders writing English), its label mix (at least three applicants without an IČO, an
IPv6 production and an IPv6 test address, a block of four, a box ID in a mail's signature, phones
from several countries) and at least four data messages, each with a file. Every generated file
loads and every label is valid per LABELS.md. The checks every part shares run in
test_corpus_parts.py once the part is registered there. These cases were written by hand apart
from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.make_twentyeighth_va import N0, PART, PREFIX, all_cases, files
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.twentyeighth_va_common import FEED, FILM, Style

DIRECTORY = PART.out
ON_DISK = part_paths(DIRECTORY, PREFIX)
OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 733")
CLIENTS = (
    b"Microsoft Outlook 16.0",
    b"Microsoft-MacOutlook",
    b"Outlook on the web",
    b"Thunderbird",
    b"Apple Mail",
    b"iPhone Mail",
    b"K-9 Mail for Android",
    b"Samsung Email",
    b"Email.cz (Seznam Email)",
    b"Roundcube",
    b"Zimbra",
    b"X-Gm-Message-State",
    b"Evolution",
)
MAIL_MIX = (
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
)


def _text(case: dict[str, Any]) -> str:
    return case.get("body", "") + case.get("html", "")


def test_the_part_is_42_numbered_cases_from_its_offset() -> None:
    assert N0 == 7800 and PREFIX == "va"
    check_ids_numbered([c["id"] for c in all_cases()], PREFIX, 42)


def test_the_files_on_disk_are_what_the_generator_makes() -> None:
    check_files_on_disk(ON_DISK, files())


@pytest.mark.parametrize("path", messages(ON_DISK), ids=lambda p: p.stem)
def test_every_message_loads_and_its_label_is_valid(path: Path) -> None:
    check_loads(path)
    labels = read_labels(path)
    check_labels(path.stem, labels, {s.value for s in Style})
    assert set(labels["request_types"]) <= {FEED, FILM}
    ico = labels["organization"]["ico"]
    assert ico is None or ico_valid(ico)
    for ip_list in (labels["production_ips"], labels["test_ips"]):
        assert isinstance(ip_list, list)


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures and foreign senders."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 3
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 3
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.MOBILE, Style.HTML):
        assert styles[style] >= 3, style
    assert styles[Style.CORRECTION] >= 2 and styles[Style.SIGNATURE] >= 3
    assert styles[Style.FOREIGN] >= 5
    assert len(styles) >= 10


def test_the_raw_messages_vary_clients_charsets_and_encodings() -> None:
    raw = b"".join(data for name, data in files().items() if name.endswith(".eml"))
    for marker in (*CLIENTS, *MAIL_MIX):
        assert marker in raw, marker


def test_the_part_has_its_label_mix() -> None:
    """All request-type combinations, at least three applicants without an IČO, IPv6 in both
    roles, a four-address block, production without test, a box ID in a mail's signature and
    phones from six countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert {(FEED,), (FILM,), (FEED, FILM)} <= set(types)
    assert types[(FEED,)] > len(cases) // 2, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(lab["production_ips"] and not lab["test_ips"] for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+39", "+43"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file_and_name_their_sender_box() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    kinds = set()
    for case in databox:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


def test_the_sender_header_is_one_example_address() -> None:
    import email
    import email.policy

    for name, data in files().items():
        if not name.endswith(".eml"):
            continue
        msg = email.message_from_bytes(data, policy=email.policy.default)
        addresses = msg["From"].addresses
        assert len(addresses) == 1, name
        assert addresses[0].domain.endswith(".example"), name
