"""The fourteenth held-out part ``ha`` (tests/corpus/fourteenth/ha###-…): the files on disk are
exactly what its generator makes, every label is well-formed and names the applicant, never
the office (tests/corpus/part_checks.py), and the part is varied the way its emphasis asks:
e-mail as people really send it (phone notes, chatty mails, HTML-only mails, quoted replies,
forwards, corrections, follow-ups, foreign senders), several attachment kinds and data
messages that carry a file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.corpus import part_checks
from tests.corpus.fourteenth_ha_common import Style
from tests.corpus.make_fourteenth_ha import PART, all_cases
from tests.corpus.parts import part_paths

STYLES = {s.value for s in Style}


def _on_disk() -> list[Path]:
    return part_paths(PART.out, PART.prefix)


def test_ids_are_numbered_ha001_to_ha042() -> None:
    part_checks.check_ids_numbered([c["id"] for c in all_cases()], "ha", 42)


def test_the_files_on_disk_are_what_the_generator_makes() -> None:
    part_checks.check_files_on_disk(_on_disk(), PART.files())


def test_the_generator_is_deterministic() -> None:
    assert PART.files() == PART.files()


@pytest.mark.parametrize("path", part_checks.messages(_on_disk()), ids=lambda p: p.stem)
def test_every_label_is_well_formed(path: Path) -> None:
    part_checks.check_labels(path.stem, part_checks.read_labels(path), STYLES)


@pytest.mark.parametrize("path", part_checks.messages(_on_disk()), ids=lambda p: p.stem)
def test_every_message_loads(path: Path) -> None:
    part_checks.check_loads(path)


def test_the_part_is_varied() -> None:
    cases = all_cases()
    styles = {c["style"] for c in cases}
    assert len(styles) >= 8
    assert {Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.FOLLOWUP, Style.FOREIGN} <= styles
    kinds = {kind for c in cases for kind, _, _ in c.get("attachments", [])}
    assert len(kinds) >= 4, kinds
    assert sum("databox" in c for c in cases) >= 2
    assert sum("html" in c and "body" not in c for c in cases) >= 3
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 3
    types = [frozenset(c["labels"]["request_types"]) for c in cases]
    assert {frozenset({"feed_access"}), frozenset({"recording_permit"})} <= set(types)
    assert frozenset({"feed_access", "recording_permit"}) in types


def test_data_messages_carry_a_file_and_some_address_is_ipv6() -> None:
    cases = all_cases()
    for case in (c for c in cases if "databox" in c):
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    ips = [ip for c in cases for ip in c["labels"]["production_ips"] + c["labels"]["test_ips"]]
    assert any(":" in ip for ip in ips)


def test_a_comma_in_a_sender_name_is_quoted() -> None:
    for case in all_cases():
        name = case.get("from", "").rpartition("<")[0].strip()
        if "," in name:
            assert name.startswith('"') and name.endswith('"'), case["id"]


MAIL_MIX = (
    b'format="flowed"',
    b"quoted-printable",
    b"Content-Transfer-Encoding: base64",
    b"multipart/alternative",
    b"multipart/signed",
    b"text/html",
    b"windows-1250",
    b"iso-8859-2",
    b"Microsoft Outlook",
    b"Outlook on the web",
    b"Apple Mail",
    b"Thunderbird",
    b"Seznam Email",
    b"Roundcube",
    b"Zimbra",
    b"X-Gm-Message-State",
    b"iPhone Mail",
    b"Android-Mail",
    b"K-9 Mail for Android",
)


def test_the_raw_messages_mix_mail_clients_encodings_and_charsets() -> None:
    raw = b"".join(p.read_bytes() for p in part_checks.messages(_on_disk()))
    for marker in MAIL_MIX:
        assert marker in raw, marker
